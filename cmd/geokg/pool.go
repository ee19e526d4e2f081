package main

import (
	"context"
	"errors"
	"runtime"

	"github.com/geokg/geokg/extract"
)

// extracted is one article's outcome, from a worker to the writer.
type extracted struct {
	src   source
	graph *extract.Graph
	err   error
}

// eachParallel is each with the articles read and extracted by a pool of
// workers (one per core, or workers if > 0) while fn still receives the
// graphs one at a time in input order, so the output is the same as each's.
// At most 2×workers articles are in memory at once.
func (a *articles) eachParallel(ctx context.Context, workers int, fn func(*extract.Graph) error) (tally, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers == 1 || len(a.sources) <= 1 {
		return a.each(ctx, fn)
	}
	stop := make(chan struct{})
	defer close(stop)
	// queue holds one result slot per started article, in input order.
	queue := make(chan chan extracted, 2*workers)
	go func() {
		defer close(queue)
		sem := make(chan struct{}, workers)
		for _, src := range a.sources {
			slot := make(chan extracted, 1)
			select {
			case queue <- slot:
			case <-stop:
				return
			}
			select {
			case sem <- struct{}{}:
			case <-stop:
				return
			}
			go func() {
				defer func() { <-sem }()
				slot <- a.extract(ctx, src)
			}()
		}
	}()
	var t tally
	for slot := range queue {
		if ctx.Err() != nil {
			return t, &interruptedError{Done: t.Read + t.Failed, Total: len(a.sources), What: "read"}
		}
		r := <-slot
		err := r.err
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
			return t, &interruptedError{Done: t.Read + t.Failed, Total: len(a.sources), What: "read"}
		}
		t.Failed++
		printError(a.progress, a.command, err)
		a.progress.Add(1)
	}
	return t, nil
}

// extract reads and extracts one source; the extraction, once started, is
// finished even if a signal comes.
func (a *articles) extract(ctx context.Context, src source) extracted {
	if ctx.Err() != nil {
		return extracted{src: src, err: ctx.Err()}
	}
	in, err := a.reader.read(ctx, src)
	if err != nil {
		return extracted{src: src, err: err}
	}
	g, err := a.extractor.Extract(context.WithoutCancel(ctx), in)
	if err != nil {
		return extracted{src: src, err: &articleError{Name: src.Name, Err: err}}
	}
	return extracted{src: src, graph: g}
}
