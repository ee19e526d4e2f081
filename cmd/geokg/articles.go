package main

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/geokg/geokg/extract"
)

// articles reads and extracts the sources of a run: reading (and a feed's
// expansion into its items) in input order, extraction on a pool of
// workers, and the graphs handed on one at a time in input order, so the
// output does not depend on the number of cores and only a few articles'
// texts are in memory whatever the number of inputs.
type articles struct {
	sources   []source
	reader    *reader
	extractor *extract.Extractor
	progress  *progress
	command   string // for error lines
	skipEmpty bool   // skip, with a note, inputs with no text but white space

	mu    sync.Mutex
	total int // len(sources), plus each feed's items minus the feed
}

// newArticles prepares a run over sources for command, read by r, with a
// progress bar on standard error when it is a terminal.
func newArticles(f *factory, g *globalOptions, r *reader, sources []source, x *extract.Extractor, command string) *articles {
	return &articles{
		sources:   sources,
		reader:    r,
		extractor: x,
		progress:  newProgress(f.IO, g.Quiet, len(sources), command),
		command:   command,
		total:     len(sources),
	}
}

// count is the number of articles of the run as far as it is known: a feed
// counts as its items once it has been read.
func (a *articles) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.total
}

// tally counts what happened to the articles of a run.
type tally struct {
	Read   int // articles extracted (successfully read)
	Failed int // articles that could not be read or extracted
	Empty  int // inputs with no text but white space: skipped with a note
}

// extracted is one article's outcome, from a worker to the writer.
type extracted struct {
	graph *extract.Graph
	err   error
	empty bool // skipped for want of text; err says so
}

// each extracts every source with workers goroutines (one per core when
// workers <= 0) and hands the graphs to fn one at a time, in input order.
// An article that fails (or for which fn returns an *articleError) is
// reported on one line and counted; the run goes on. Any other error from
// fn stops the run. When ctx is cancelled no more sources are read: the
// articles already read, whose extraction is under way, are handed to fn
// (so what a signal stops does not depend on how far the reading had got
// ahead of the writing), then each returns an *interruptedError.
func (a *articles) each(ctx context.Context, workers int, fn func(*extract.Graph) error) (tally, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	stop := make(chan struct{})
	defer close(stop)
	// queue holds one result slot per article under way, in input order.
	queue := make(chan chan extracted, workers)
	go a.produce(ctx, workers, queue, stop)
	var t tally
	interrupted := func() error {
		return &interruptedError{Done: t.Read + t.Failed + t.Empty, Total: a.count(), What: "read"}
	}
	for slot := range queue {
		r := <-slot
		err := r.err
		if r.empty {
			t.Empty++
			printError(a.progress, a.command, err)
			a.progress.Add(1)
			continue
		}
		if err == nil {
			err = fn(r.graph)
			var ae *articleError
			switch {
			case err == nil:
				t.Read++
				a.progress.Add(1)
				continue
			case !errors.As(err, &ae):
				return t, err
			}
		}
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return t, interrupted()
		}
		t.Failed++
		printError(a.progress, a.command, err)
		a.progress.Add(1)
	}
	return t, nil
}

// produce reads the sources in order, replacing a feed by its items, and
// queues one slot per article, filled by a worker that extracts it. It
// closes queue when done or when stop is closed. When ctx is cancelled it
// reads no further and queues a last slot holding ctx's error.
func (a *articles) produce(ctx context.Context, workers int, queue chan<- chan extracted, stop <-chan struct{}) {
	defer close(queue)
	sem := make(chan struct{}, workers)
	todo := slices.Clone(a.sources)
	for len(todo) > 0 {
		if err := ctx.Err(); err != nil {
			slot := make(chan extracted, 1)
			slot <- extracted{err: err}
			select {
			case queue <- slot:
			case <-stop:
			}
			return
		}
		src := todo[0]
		todo = todo[1:]
		in, err := a.reader.read(ctx, src)
		var fi *feedItems
		if errors.As(err, &fi) {
			// A feed stands for its items, read next.
			todo = slices.Concat(fi.items, todo)
			a.mu.Lock()
			a.total += len(fi.items) - 1
			a.mu.Unlock()
			a.progress.AddTotal(len(fi.items) - 1)
			continue
		}
		slot := make(chan extracted, 1)
		select {
		case queue <- slot:
		case <-stop:
			return
		}
		if err != nil {
			slot <- extracted{err: err}
			continue
		}
		if a.skipEmpty && strings.TrimSpace(in.Text) == "" {
			// Nothing to extract: an Article node without title or text
			// would only be noise.
			slot <- extracted{err: &articleError{Name: src.Name, Err: errors.New("empty article (no text), skipped")}, empty: true}
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-stop:
			return
		}
		go func() {
			defer func() { <-sem }()
			// The extraction, once started, is finished even if a signal comes.
			g, err := a.extractor.Extract(context.WithoutCancel(ctx), in)
			if err != nil {
				err = &articleError{Name: src.Name, Err: err}
			}
			slot <- extracted{graph: g, err: err}
		}()
	}
}
