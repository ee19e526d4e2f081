package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/fetch"
	"github.com/geokg/geokg/graph"
)

// followOptions are the flags and arguments of `geokg follow`.
type followOptions struct {
	Conn  connOptions
	Every time.Duration
	Once  bool
	Feeds []string
}

// minEvery is the shortest --every: feeds are other people's servers.
const minEvery = time.Second

// validate checks the feed URLs and the polling interval.
func (o *followOptions) validate() error {
	if o.Every < minEvery {
		return usagef("--every %s: want at least %s", o.Every, minEvery)
	}
	for _, u := range o.Feeds {
		if !isURL(u) {
			return usagef("%s: want an http(s) feed URL", u)
		}
	}
	return nil
}

// newCmdFollow builds `geokg follow`. runF replaces the run in tests of
// flag parsing.
func newCmdFollow(f *factory, g *globalOptions, runF func(context.Context, *followOptions) error) *cobra.Command {
	opts := &followOptions{}
	cmd := &cobra.Command{
		Use:   "follow FEED_URL...",
		Short: "Poll news feeds and load their new articles into Neo4j",
		Long: `Poll RSS, Atom or JSON feeds every --every and load each new article into Neo4j.

An item is new when no article in the graph has its link (or, failing
that, its id) as path, and its text is not in the graph either: the graph
is the only state, so a restart, or a second machine following the same
feeds into the same graph, loads nothing twice. An item is read from the
feed when the feed carries its full text, else from its page.

Requests are polite: one at a time per host with a pause between two, a
User-Agent naming geokg, conditional requests so that an unchanged feed
costs a 304 and nothing else, retries with backoff when a server fails,
and a timeout and a size cap on each. A feed or item that cannot be read
gets one line on standard error; the others are still loaded.

Each poll prints one line per feed. Ctrl-C stops after the article under
way (exit 130).`,
		Example: `  # Follow two feeds, every 15 minutes
  export NEO4J_PASSWORD=secret
  geokg follow https://feeds.bbci.co.uk/news/world/rss.xml \
    https://www.state.gov/rss-feed/press-releases/feed/ --every 15m

  # One poll, for cron
  geokg follow --once https://example.com/world/rss.xml`,
		Args: minArgs(1, "at least one FEED_URL"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Feeds = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return followRun(cmd.Context(), f, g, opts)
		},
	}
	addConnFlags(cmd, &opts.Conn)
	cmd.Flags().DurationVar(&opts.Every, "every", 15*time.Minute, "poll each feed every `DURATION` (e.g. 15m, 1h)")
	cmd.Flags().BoolVar(&opts.Once, "once", false, "poll each feed once and exit")
	return cmd
}

// followStore is what follow needs of the store: loading, and looking up
// which article paths the graph has.
type followStore interface {
	store
	IndexPaths(ctx context.Context) error
	KnownPaths(ctx context.Context, paths []string) (map[string]bool, error)
}

// follower polls feeds into one store. Its only state of its own is what
// saves work within a run: the validators of each feed's last answer, and
// the paths of the feed's last items that it has loaded or found in the
// graph (no more, so that memory does not grow with time).
type follower struct {
	f           *factory
	g           *globalOptions
	st          followStore
	reader      *reader
	extractor   *extract.Extractor
	uri         string // for the error when Neo4j is lost
	validators  map[string]fetch.Validators
	seen        map[string]map[string]bool // feed URL -> item paths
	loaded      int                        // articles loaded in this run
	failed      int                        // articles that failed in this run
	feedsFailed int                        // feed reads that failed in this run
}

// followRun connects, then polls every feed in turn until interrupted (or
// once, with --once).
func followRun(ctx context.Context, f *factory, g *globalOptions, opts *followOptions) error {
	st, s, err := connect(ctx, f, g, &opts.Conn, 0)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	fs, ok := st.(followStore)
	if !ok {
		return fmt.Errorf("this store cannot look up article paths")
	}
	if err := st.ApplySchema(ctx); err != nil {
		return connError(err, opts.Conn.resolve(f.Getenv))
	}
	if err := fs.IndexPaths(ctx); err != nil {
		return connError(err, opts.Conn.resolve(f.Getenv))
	}
	x, err := extract.New(s)
	if err != nil {
		return &configError{Msg: "cannot build the extractor from the schema", Setting: "--schema", Err: err}
	}
	fl := &follower{
		f: f, g: g, st: fs, reader: newReader(f), extractor: x,
		uri:        opts.Conn.resolve(f.Getenv)["uri"].value,
		validators: map[string]fetch.Validators{},
		seen:       map[string]map[string]bool{},
	}
	for {
		for _, u := range opts.Feeds {
			if err := fl.poll(ctx, u); err != nil {
				return fl.stopped(err)
			}
		}
		if opts.Once {
			break
		}
		select {
		case <-ctx.Done():
			return fl.stopped(ctx.Err())
		case <-time.After(opts.Every):
		}
	}
	if fl.failed > 0 || fl.feedsFailed > 0 { // only with --once: each feed was read once
		return &failedError{Failed: fl.failed, Total: fl.loaded + fl.failed,
			FeedsFailed: fl.feedsFailed, Feeds: len(opts.Feeds)}
	}
	return nil
}

// stopped returns the error that ends a run: an interruption says how
// many articles were loaded.
func (fl *follower) stopped(err error) error {
	if errors.Is(err, context.Canceled) || isInterrupted(err) {
		return &interruptedError{What: "loaded", Done: fl.loaded}
	}
	return err
}

// poll reads one feed and loads its new items, each written whole as soon
// as it is extracted. A feed that cannot be read is reported and counted;
// only an interruption or the loss of Neo4j is returned.
func (fl *follower) poll(ctx context.Context, feedURL string) error {
	v := fl.validators[feedURL]
	items, notModified, err := fl.reader.fetchFeed(ctx, feedURL, &v)
	fl.validators[feedURL] = v
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err != nil:
		fl.feedsFailed++
		printError(fl.f.IO.ErrOut, "follow", &articleError{Name: feedURL, Err: err})
		return nil
	case notModified:
		fl.status("%s: not modified", feedURL)
		return nil
	}

	prev, seen := fl.seen[feedURL], map[string]bool{}
	fl.seen[feedURL] = seen
	var paths []string
	for _, it := range items {
		if prev[it.Path] {
			seen[it.Path] = true
		} else {
			paths = append(paths, it.Path)
		}
	}
	known, err := fl.st.KnownPaths(ctx, paths)
	if err != nil {
		return fl.lost(err)
	}
	var fresh []source
	for _, it := range items {
		switch {
		case known[it.Path]:
			seen[it.Path] = true
		case !seen[it.Path]:
			fresh = append(fresh, it)
		}
	}

	var sum graph.Summary
	a := newArticles(fl.f, fl.g, fl.reader, fresh, fl.extractor, "follow")
	t, err := a.each(ctx, 1, func(gr *extract.Graph) error {
		// An article under way is written even if a signal comes.
		s, err := fl.st.Load(context.WithoutCancel(ctx), []*extract.Graph{gr})
		switch {
		case errors.Is(err, graph.ErrUnavailable), errors.Is(err, graph.ErrAuth):
			return fl.lost(err)
		case len(s.Failed) > 0:
			return &articleError{Name: gr.Article.Path, Err: errors.New(s.Failed[0].Error)}
		case err != nil:
			return &articleError{Name: gr.Article.Path, Err: err}
		}
		sum.Articles += s.Articles
		sum.Skipped += s.Skipped
		seen[gr.Article.Path] = true
		return nil
	})
	a.progress.Finish()
	fl.loaded += sum.Articles
	fl.failed += t.Failed
	fl.status("%s: %d items, %d new: %d loaded, %d already in the graph, %d failed",
		feedURL, len(items), len(fresh), sum.Articles, sum.Skipped, t.Failed)
	return err
}

// lost is the error that ends a run when Neo4j stops answering.
func (fl *follower) lost(err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	return fmt.Errorf("lost Neo4j at %s: %w", fl.uri, err)
}

// status prints one line about a poll on standard output, with the time,
// unless --quiet.
func (fl *follower) status(format string, args ...any) {
	if fl.g.Quiet {
		return
	}
	fmt.Fprintf(fl.f.IO.Out, "%s %s\n", fl.f.Now().UTC().Format(time.RFC3339), fmt.Sprintf(format, args...))
}
