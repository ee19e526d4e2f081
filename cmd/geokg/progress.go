package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows articles done, articles per second and an ETA on
// standard error. It is a no-op unless enabled; lines printed through it
// do not tear the bar.
type progress struct {
	bar *progressbar.ProgressBar
	w   io.Writer
}

// newProgress returns a progress for total articles. The bar is shown only
// for more than one article, when standard error is a terminal and the
// user did not ask for quiet.
func newProgress(ios *IOStreams, quiet bool, total int, what string) *progress {
	p := &progress{w: ios.ErrOut}
	if quiet || total <= 1 || !ios.IsStderrTTY() {
		return p
	}
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(ios.ErrOut),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
	return p
}

// Add counts n more articles done.
func (p *progress) Add(n int) {
	if p.bar != nil {
		_ = p.bar.Add(n)
	}
}

// AddTotal counts n more articles to do (n may be negative): a feed found
// among the inputs stands for its items.
func (p *progress) AddTotal(n int) {
	if p.bar != nil {
		p.bar.ChangeMax(p.bar.GetMax() + n)
	}
}

// Write writes b on standard error, clearing the bar first so that the
// line is not torn; the bar is drawn again on the next Add.
func (p *progress) Write(b []byte) (int, error) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	return p.w.Write(b)
}

// Finish removes the bar.
func (p *progress) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
	}
}
