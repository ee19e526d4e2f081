package main

import (
	"context"
	"fmt"
	"net/url"
	"os/exec"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/graph"
)

// browserOptions are the flags of `geokg browser`.
type browserOptions struct {
	Conn       connOptions
	BrowserURL string
	NoOpen     bool
	PrintConf  bool
	PrintGraSS bool

	// Open opens a URL in the desktop's browser; nil means xdg-open.
	Open func(ctx context.Context, url string) error
}

const browserLong = `Print the address of the Neo4j Browser pointed at the configured server and
database, and links that put geokg's ready-made queries into the Browser's
editor: open one, then press Ctrl+Enter (or the run button) to run it.

After you connect, the Browser applies geokg's graph style (one colour and a
caption per label, relationship types on the edges) and sets the queries'
parameters ($country, $source, $type, $target), because scripts/neo4j
configures browser.post_connect_cmd from scripts/neo4j-server/extra.conf.
Change a parameter in the Browser with e.g.  :param country => "Iran"

With a desktop (DISPLAY or WAYLAND_DISPLAY set) the Browser is opened with
xdg-open, unless --no-open.`

// newCmdBrowser builds `geokg browser`.
func newCmdBrowser(f *factory, g *globalOptions, runF func(context.Context, *browserOptions) error) *cobra.Command {
	opts := &browserOptions{}
	cmd := &cobra.Command{
		Use:   "browser",
		Short: "Print the Neo4j Browser's address and links to ready-made queries",
		Long:  browserLong,
		Example: `  geokg browser
  geokg browser --no-open --database neo4j
  geokg browser --print-conf > scripts/neo4j-server/extra.conf
  geokg browser --grass > geokg.grass`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return browserRun(cmd.Context(), f, g, opts)
		},
	}
	opts.Conn.cmd = cmd
	targets := map[string]*string{"uri": &opts.Conn.URI, "username": &opts.Conn.Username, "database": &opts.Conn.Database}
	for _, s := range connSettings {
		p, ok := targets[s.flag]
		if !ok { // no password: it never goes into a URL
			continue
		}
		cmd.Flags().StringVar(p, s.flag, "", fmt.Sprintf("%s (env %s, default %s)", s.usage, s.env, s.def))
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.BrowserURL, "browser-url", graph.DefaultBrowserURL, "address of the Neo4j Browser")
	fl.BoolVar(&opts.NoOpen, "no-open", false, "do not open the Browser, only print the links")
	fl.BoolVar(&opts.PrintConf, "print-conf", false, "print the neo4j.conf lines that style the Browser (scripts/neo4j-server/extra.conf) and exit")
	fl.BoolVar(&opts.PrintGraSS, "grass", false, "print the Browser graph style sheet (GraSS) and exit")
	cmd.MarkFlagsMutuallyExclusive("print-conf", "grass")
	return cmd
}

func browserRun(ctx context.Context, f *factory, g *globalOptions, opts *browserOptions) error {
	s, err := g.loadSchema()
	if err != nil {
		return err
	}
	w := f.IO.Out
	switch {
	case opts.PrintConf:
		conf, err := graph.ExtraConf(s)
		if err != nil {
			return err
		}
		_, err = fmt.Fprint(w, conf)
		return err
	case opts.PrintGraSS:
		st, err := graph.BrowserStyle(s)
		if err != nil {
			return err
		}
		_, err = fmt.Fprint(w, st.GraSS())
		return err
	}

	r := opts.Conn.resolve(f.Getenv)
	dbms, err := browserDBMS(r["uri"].value, r["username"].value)
	if err != nil {
		return &configError{Msg: "invalid Neo4j URI " + r["uri"].value, Setting: r["uri"].origin, Err: err}
	}
	base, err := graph.BrowserURL(opts.BrowserURL, dbms, r["database"].value)
	if err != nil {
		return &configError{Msg: "invalid Browser address", Setting: "--browser-url", Err: err}
	}
	fmt.Fprintf(w, "Neo4j Browser: %s\n", base)
	fmt.Fprintf(w, "  Connect as %s. Then the Browser applies geokg's style and sets the parameters\n", r["username"].value)
	fmt.Fprintf(w, "  %s (change one with  :param country => \"Iran\").\n\n", paramsLine(graph.DefaultBrowserParams()))
	fmt.Fprintln(w, "Ready-made queries: open a link, then press Ctrl+Enter to run the query.")
	for _, q := range graph.BrowserQueries() {
		link, err := graph.EditURL(base, q.Cypher)
		if err != nil {
			return fmt.Errorf("query %s: %w", q.Name, err)
		}
		fmt.Fprintf(w, "\n  %s: %s\n  %s\n", q.Name, q.Title, link)
	}

	if opts.NoOpen || !hasDesktop(f.Getenv) {
		return nil
	}
	open := opts.Open
	if open == nil {
		open = xdgOpen
	}
	if err := open(ctx, base); err != nil {
		// The links are printed: not opening is worth a warning only.
		fmt.Fprintf(f.IO.ErrOut, "geokg browser: warning: cannot open the Browser: %v\n", err)
	}
	return nil
}

// browserDBMS returns the Bolt URI for the Browser's connect form, with
// the user name in it (neo4j://neo4j@localhost:7687) so that the form
// has it filled in. The password never goes into a URL.
func browserDBMS(uri, user string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Host == "" || !strings.HasPrefix(u.Scheme, "bolt") && !strings.HasPrefix(u.Scheme, "neo4j") {
		return "", fmt.Errorf("want bolt:// or neo4j:// with a host, got %q", uri)
	}
	u.User = nil
	if user != "" {
		u.User = url.User(user)
	}
	return u.String(), nil
}

// paramsLine formats params as $k="v", sorted by name.
func paramsLine(params map[string]any) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("$%s=%q", k, fmt.Sprint(params[k]))
	}
	return strings.Join(parts, ", ")
}

// hasDesktop reports whether a graphical session is there to open a URL in.
func hasDesktop(getenv func(string) string) bool {
	return getenv("DISPLAY") != "" || getenv("WAYLAND_DISPLAY") != ""
}

// xdgOpen opens url with xdg-open, which returns once the browser is
// started.
func xdgOpen(ctx context.Context, url string) error {
	out, err := exec.CommandContext(ctx, "xdg-open", url).CombinedOutput()
	if err != nil {
		return fmt.Errorf("xdg-open %s: %w: %s", url, err, strings.TrimSpace(string(out)))
	}
	return nil
}
