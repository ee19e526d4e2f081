package main

import (
	"context"
	"errors"
	"slices"

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
	}
}

// tally counts what happened to the articles of a run.
type tally struct {
	Read   int // articles extracted (successfully read)
	Failed int // articles that could not be read or extracted
}

// each extracts every source in turn and hands the graph to fn. An article
// that fails (or for which fn returns an *articleError) is reported on one
// line and counted; the run goes on. Any other error from fn stops the run. When ctx is cancelled the article under way
// is finished and each returns an *interruptedError.
func (a *articles) each(ctx context.Context, fn func(*extract.Graph) error) (tally, error) {
	var t tally
	for i := 0; i < len(a.sources); i++ {
		src := a.sources[i]
		if ctx.Err() != nil {
			return t, &interruptedError{Done: t.Read + t.Failed, Total: len(a.sources), What: "read"}
		}
		in, err := a.reader.read(ctx, src)
		var fi *feedItems
		if errors.As(err, &fi) {
			// A feed stands for its items, read next.
			a.sources = slices.Concat(a.sources[:i], fi.items, a.sources[i+1:])
			a.progress.AddTotal(len(fi.items) - 1)
			i--
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
