package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
)

// loadOptions are the flags and arguments of `geokg load`.
type loadOptions struct {
	Conn   connOptions
	Batch  int
	JSON   bool
	Inputs []string
}

// newCmdLoad builds `geokg load`. runF replaces the run in tests of flag
// parsing.
func newCmdLoad(f *factory, g *globalOptions, runF func(context.Context, *loadOptions) error) *cobra.Command {
	opts := &loadOptions{}
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract articles and write their graph into Neo4j",
		Long: `Extract entities and relations from each article and write them into Neo4j.

PATH is read as by geokg extract: files, directories (recursively), http(s)
URLs or "-" for standard input. Constraints and indexes are created first
(as by geokg schema apply). Articles are written in batches of --batch
(the first few smaller), the next batch extracted while one is written;
each article is written whole or not at all, and an article already in
the graph is skipped, so loading the same files again changes nothing and
an interrupted load can simply be run again.

At the end it prints the articles read, the nodes and relationships created
and matched (already there), the time taken and the throughput.`,
		Example: `  # Load a directory into the local Neo4j
  export NEO4J_PASSWORD=secret
  geokg load articles/

  # Another server and database, with the summary as JSON
  geokg load --uri neo4j+s://db.example.com --database news --json articles/

  # A page from the web
  geokg load https://example.com/news/2007/04/23/gates-moscow`,
		Args: minArgs(1, "at least one PATH (a file, directory, URL or -)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if opts.Batch < 1 {
				return usagef("--batch %d: want at least 1", opts.Batch)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return loadRun(cmd.Context(), f, g, opts)
		},
	}
	addConnFlags(cmd, &opts.Conn)
	cmd.Flags().IntVar(&opts.Batch, "batch", 200, "write `N` articles per call to Neo4j")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the summary as JSON")
	return cmd
}

// loadReport is what `geokg load` prints, as text or as JSON.
type loadReport struct {
	Read          int     `json:"articles_read"`    // articles read and extracted
	Failed        int     `json:"articles_failed"`  // articles that could not be read, extracted or written
	Loaded        int     `json:"articles_loaded"`  // articles written
	Skipped       int     `json:"articles_skipped"` // articles already in the graph
	Empty         int     `json:"articles_empty"`   // inputs with no text, skipped
	Facts         int     `json:"facts_read"`       // relations extracted from the articles read
	NodesCreated  int     `json:"nodes_created"`
	NodesMatched  int     `json:"nodes_matched"`
	RelsCreated   int     `json:"relationships_created"`
	RelsMatched   int     `json:"relationships_matched"`
	Mentions      int     `json:"mentions_created"` // MENTIONS, not in RelsCreated
	Seconds       float64 `json:"seconds"`
	ArticlesPerS  float64 `json:"articles_per_second"`
	Interrupted   bool    `json:"interrupted,omitempty"`
	TotalArticles int     `json:"articles_total"` // inputs named or found
}

// add counts what one call to Load did.
func (r *loadReport) add(s graph.Summary) {
	r.Loaded += s.Articles
	r.Skipped += s.Skipped
	r.NodesCreated += s.NodesCreated
	r.NodesMatched += s.NodesMatched
	r.RelsCreated += s.RelsCreated
	r.RelsMatched += s.RelsMatched
	r.Mentions += s.MentionsCreated
}

// print writes the report as aligned text or as JSON.
func (r *loadReport) print(w io.Writer, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	empty := ""
	if r.Empty > 0 {
		empty = fmt.Sprintf(", %d empty (skipped)", r.Empty)
	}
	// Entity nodes and facts, with Article nodes and MENTIONS apart, so
	// that the figures add up to geokg stats' totals.
	_, err := fmt.Fprintf(w, `Articles:       %d read, %d failed%s; %d loaded, %d already in the graph
Facts:          %d extracted
Nodes:          %d created, %d matched (entities; plus %d Article nodes created)
Relationships:  %d created, %d matched (facts; plus %d MENTIONS created)
Time:           %.2fs (%.1f articles/s)
`, r.Read, r.Failed, empty, r.Loaded, r.Skipped, r.Facts, r.NodesCreated, r.NodesMatched, r.Loaded,
		r.RelsCreated, r.RelsMatched, r.Mentions, r.Seconds, r.ArticlesPerS)
	return err
}

// loadRun extracts the inputs and writes them into Neo4j batch by batch.
func loadRun(ctx context.Context, f *factory, g *globalOptions, opts *loadOptions) error {
	start := f.Now()
	sources, err := expandInputs(opts.Inputs)
	if err != nil {
		return err
	}
	st, s, err := connect(ctx, f, g, &opts.Conn, 0)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	if err := st.ApplySchema(ctx); err != nil {
		return connError(err, opts.Conn.resolve(f.Getenv))
	}
	x, err := extract.New(s)
	if err != nil {
		return &configError{Msg: "cannot build the extractor from the schema", Setting: "--schema", Err: err}
	}
	a := newArticles(f, g, newReader(f), sources, x, "load")
	a.skipEmpty = true // an Article node without text would only be noise
	p := a.progress
	rep := &loadReport{}
	w := &writer{ctx: ctx, st: st, p: p, rep: rep, uri: opts.Conn.resolve(f.Getenv)["uri"]}
	var batch []*extract.Graph
	names := map[string]string{} // article id -> input name, for error lines
	limit := min(opts.Batch, firstBatch)
	t, err := a.each(ctx, 0, func(gr *extract.Graph) error {
		rep.Facts += len(gr.Relations)
		batch = append(batch, gr)
		names[gr.Article.ID] = gr.Article.Path
		if len(batch) < limit {
			return nil
		}
		err := w.send(batch, names)
		batch, names = nil, map[string]string{}
		limit = min(2*limit, opts.Batch)
		return err
	})
	if err == nil || isInterrupted(err) {
		ferr := w.send(batch, names)
		if ferr == nil {
			ferr = w.wait()
		}
		if ferr != nil {
			err = ferr
		}
	}
	// On an error from each, a batch under way is still finished: what it
	// wrote is counted.
	if werr := w.wait(); werr != nil && err == nil {
		err = werr
	}
	p.Finish()
	rep.Read = t.Read
	rep.TotalArticles = a.count() // feeds stand for their items
	rep.Failed += t.Failed
	rep.Empty = t.Empty
	elapsed := f.Now().Sub(start)
	rep.Seconds = elapsed.Seconds()
	if rep.Seconds > 0 {
		rep.ArticlesPerS = float64(t.Read) / rep.Seconds
	}
	rep.Interrupted = isInterrupted(err)
	if opts.JSON || !g.Quiet {
		if perr := rep.print(f.IO.Out, opts.JSON); perr != nil && err == nil {
			err = perr
		}
	}
	// Done counts the articles whose fate is settled: written, already
	// there, failed or empty. Those extracted while the last batch was
	// written, and not sent, are not: a rerun loads them.
	done := rep.Loaded + rep.Skipped + rep.Failed + rep.Empty
	var se *stoppedError
	if errors.As(err, &se) {
		se.Done, se.Total = done, a.count()
		return se
	}
	var ie *interruptedError
	if errors.As(err, &ie) {
		ie.What, ie.Done, ie.Total = "loaded", done, a.count()
		return ie
	}
	if err != nil {
		return err
	}
	if rep.Failed > 0 {
		return &failedError{Failed: rep.Failed, Total: a.count()}
	}
	return nil
}

// firstBatch is the size of a load's first batch; each next one is twice
// the last, up to --batch. A cold server is slow on its first
// transactions (it plans the queries and compiles its code): small first
// batches keep them short against --timeout.
const firstBatch = 25

// writer writes the batches of a load on a goroutine of its own, one
// batch at a time and in order, so that the next batch is extracted while
// Neo4j writes the last one: on two cores the extraction costs no time.
// At most one batch is under way; send waits for it before it sends the
// next, and reports what it did (error lines, counts) on the caller's
// goroutine.
type writer struct {
	ctx context.Context
	st  store
	p   *progress
	rep *loadReport
	uri resolved

	done chan written // the result of the batch under way; nil when none
}

// written is what Load did with one batch.
type written struct {
	sum   graph.Summary
	err   error
	names map[string]string // article id -> input name
}

// send waits for the batch under way, then starts writing batch, unless
// the server was lost or a signal came meanwhile (then batch is not
// reached: a rerun loads it). It returns the stoppedError of a lost
// server, or the interruptedError of a signal.
func (w *writer) send(batch []*extract.Graph, names map[string]string) error {
	if err := w.wait(); err != nil {
		return err
	}
	if len(batch) == 0 {
		return nil
	}
	if w.ctx.Err() != nil {
		return &interruptedError{}
	}
	w.done = make(chan written, 1)
	go func(done chan<- written) {
		// A batch under way is finished even if a signal comes.
		sum, err := w.st.Load(context.WithoutCancel(w.ctx), batch)
		done <- written{sum, err, names}
	}(w.done)
	return nil
}

// wait waits for the batch under way, if any, and counts and reports what
// it did. A lost server is a stoppedError.
func (w *writer) wait() error {
	if w.done == nil {
		return nil
	}
	r := <-w.done
	w.done = nil
	w.rep.add(r.sum)
	lost := serverLost(r.err)
	for _, fa := range r.sum.Failed {
		if lost && serverLost(fa.Err) {
			continue // not reached: counted by the stoppedError
		}
		w.rep.Failed++
		name := r.names[fa.ID]
		if name == "" {
			name = fa.Path
		}
		printError(w.p, "load", &articleError{Name: name, Err: errors.New(fa.Error)})
	}
	if !lost {
		return nil
	}
	why := cause(r.err)
	if why == r.err.Error() {
		why = lastPart(r.err).Error()
	}
	return &stoppedError{Err: fmt.Errorf("lost Neo4j at %s (%s): %s", w.uri.value, w.uri.origin, why)}
}

// serverLost reports an error after which no write can succeed: the server
// is gone, silent past the timeout, or refuses the credentials.
func serverLost(err error) bool {
	return errors.Is(err, graph.ErrUnavailable) || errors.Is(err, graph.ErrAuth)
}

// isInterrupted reports whether err is a run stopped by a signal.
func isInterrupted(err error) bool {
	var ie *interruptedError
	return errors.As(err, &ie)
}
