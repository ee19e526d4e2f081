package main

import (
	"context"
	"errors"
	"strings"

	"github.com/geokg/geokg/extract"
)

// articles reads and extracts sources one at a time, so that at most one
// article's text is in memory whatever the number of inputs.
type articles struct {
	sources   []source
	reader    *reader
	extractor *extract.Extractor
	progress  *progress
	command   string // for error lines
	skipEmpty bool   // skip, with a note, inputs with no text but white space
}

// newArticles prepares a run over sources for command, with a progress
// bar on standard error when it is a terminal.
func newArticles(f *factory, g *globalOptions, sources []source, x *extract.Extractor, command string) *articles {
	return &articles{
		sources:   sources,
		reader:    &reader{stdin: f.IO.In, client: f.HTTPClient(), userAgent: "geokg/" + f.Version},
		extractor: x,
		progress:  newProgress(f.IO, g.Quiet, len(sources), command),
		command:   command,
	}
}

// tally counts what happened to the articles of a run.
type tally struct {
	Read   int // articles extracted (successfully read)
	Failed int // articles that could not be read or extracted
	Empty  int // inputs with no text but white space: skipped with a note
}

// each extracts every source in turn and hands the graph to fn. An article
// that fails (or for which fn returns an *articleError) is reported on one
// line and counted; the run goes on. Any other error from fn stops the run. When ctx is cancelled the article under way
// is finished and each returns an *interruptedError.
func (a *articles) each(ctx context.Context, fn func(*extract.Graph) error) (tally, error) {
	var t tally
	for _, src := range a.sources {
		if ctx.Err() != nil {
			return t, &interruptedError{Done: t.Read + t.Failed, Total: len(a.sources), What: "read"}
		}
		in, err := a.reader.read(ctx, src)
		if err == nil && a.skipEmpty && strings.TrimSpace(in.Text) == "" {
			// Nothing to extract: an Article node without title or text
			// would only be noise.
			t.Empty++
			printError(a.progress, a.command, &articleError{Name: src.Name, Err: errors.New("empty article (no text), skipped")})
			a.progress.Add(1)
			continue
		}
		if err == nil {
			var g *extract.Graph
			// The article under way is finished even if a signal comes.
			g, err = a.extractor.Extract(context.WithoutCancel(ctx), in)
			if err == nil {
				err = fn(g)
				var ae *articleError
				switch {
				case err == nil:
					t.Read++
					a.progress.Add(1)
					continue
				case !errors.As(err, &ae):
					return t, err
				}
			} else {
				err = &articleError{Name: src.Name, Err: err}
			}
		}
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return t, &interruptedError{Done: t.Read + t.Failed, Total: len(a.sources), What: "read"}
		}
		t.Failed++
		printError(a.progress, a.command, err)
		a.progress.Add(1)
	}
	return t, nil
}
