package main

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os/exec"
	"strconv"
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
	Serve      bool
	Port       int

	// Open opens a URL in the desktop's browser; nil means xdg-open.
	Open func(ctx context.Context, url string) error
	// Ready, when set, is called with the guide's address once --serve
	// listens (tests use it).
	Ready func(guideURL string)

	cmd *cobra.Command
}

// defaultGuidePort is the port --serve listens on unless --port says
// otherwise.
const defaultGuidePort = 7480

const browserLong = `Print the address of the Neo4j Browser pointed at the configured server and
database, and links that put geokg's ready-made queries into the Browser's
editor: open one, then press Ctrl+Enter (or the run button) to run it.
The address follows the server: the host of the Bolt URI, the HTTP port of
NEO4J_HTTP_PORT (the variable scripts/neo4j starts the server with, default
7474); --browser-url overrides both.

With --serve, geokg serves its Browser guide on localhost until Ctrl+C and
prints a link that opens the Browser with the guide in its sidebar: the
ready-made queries and a timeline as clickable blocks that read the
parameters you set ($country, $source, $type, $target), and how to read the
graph. Change a parameter with e.g.  :param country => "Iran"; running a
query from the guide never resets it. The guide is served at
http://localhost:7480/geokg.html (--port), a host the Browser accepts guides
from by default; it listens on loopback only.

After you connect, the Browser applies geokg's graph style (one colour and a
caption per label, short captions on the edges) because scripts/neo4j and
docker-compose.yml configure browser.post_connect_cmd (see --print-conf).
For Neo4j Desktop or Aura, drop the file of --grass on the Browser.

With a desktop (DISPLAY or WAYLAND_DISPLAY set) the Browser is opened with
xdg-open, unless --no-open.`

// newCmdBrowser builds `geokg browser`.
func newCmdBrowser(f *factory, g *globalOptions, runF func(context.Context, *browserOptions) error) *cobra.Command {
	opts := &browserOptions{}
	cmd := &cobra.Command{
		Use:   "browser",
		Short: "Print the Neo4j Browser's address and links to ready-made queries, or serve geokg's Browser guide",
		Long:  browserLong,
		Example: `  geokg browser
  geokg browser --serve
  NEO4J_HTTP_PORT=7476 geokg browser --no-open
  geokg browser --browser-url https://neo4j.example.org/browser/
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
	opts.cmd = cmd
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
	fl.StringVar(&opts.BrowserURL, "browser-url", "", "address of the Neo4j Browser (default http://<Bolt host>:<NEO4J_HTTP_PORT or 7474>/browser/)")
	fl.BoolVar(&opts.NoOpen, "no-open", false, "do not open the Browser, only print the links")
	fl.BoolVar(&opts.Serve, "serve", false, "serve geokg's Browser guide on loopback until interrupted")
	fl.IntVar(&opts.Port, "port", defaultGuidePort, "`PORT` of localhost the guide is served on with --serve (0: any free port)")
	fl.BoolVar(&opts.PrintConf, "print-conf", false, "print the neo4j.conf lines that style the Browser (scripts/neo4j-server/extra.conf) and exit")
	fl.BoolVar(&opts.PrintGraSS, "grass", false, "print the Browser graph style sheet (GraSS) and exit")
	cmd.MarkFlagsMutuallyExclusive("print-conf", "grass", "serve")
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
	address, setting, err := browserAddress(opts, f.Getenv, r["uri"].value)
	if err != nil {
		return &configError{Msg: "invalid Browser address", Setting: setting, Err: err}
	}
	base, err := graph.BrowserURL(address, dbms, r["database"].value)
	if err != nil {
		return &configError{Msg: "invalid Browser address", Setting: setting, Err: err}
	}
	if opts.Serve {
		return serveGuide(ctx, f, s, opts, base, r["username"].value)
	}

	fmt.Fprintf(w, "Neo4j Browser: %s\n", base)
	fmt.Fprintf(w, "  Connect as %s; the Browser applies geokg's style.\n", r["username"].value)
	fmt.Fprintln(w, "  For the guide (these queries and more, with parameters you set once): geokg browser --serve")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Ready-made queries: open a link, edit the names in the editor if you like, then press Ctrl+Enter.")
	for _, q := range graph.BrowserQueries() {
		link, err := literalLink(base, q)
		if err != nil {
			return err
		}
		title, err := graph.LiteralQuery(q.Title, graph.DefaultBrowserParams())
		if err != nil {
			return fmt.Errorf("query %s: %w", q.Name, err)
		}
		fmt.Fprintf(w, "\n  %s: %s\n  %s\n", q.Name, title, link)
	}
	openIfDesktop(ctx, f, opts, base)
	return nil
}

// literalLink returns the edit link of q with the default parameters
// written into the query: a link opens a fresh page, which has none set.
func literalLink(base string, q graph.BrowserQuery) (string, error) {
	cypher, err := graph.LiteralQuery(q.Cypher, graph.DefaultBrowserParams())
	if err != nil {
		return "", fmt.Errorf("query %s: %w", q.Name, err)
	}
	link, err := graph.EditURL(base, cypher)
	if err != nil {
		return "", fmt.Errorf("query %s: %w", q.Name, err)
	}
	return link, nil
}

// browserAddress returns the Browser's address and the setting it comes
// from: --browser-url when given, else the Bolt URI's host (127.0.0.1 for
// localhost, where scripts/neo4j listens) with the port of NEO4J_HTTP_PORT,
// else 7474.
func browserAddress(opts *browserOptions, getenv func(string) string, uri string) (address, setting string, err error) {
	if opts.cmd != nil && opts.cmd.Flags().Changed("browser-url") {
		return opts.BrowserURL, "--browser-url", nil
	}
	port, setting := "7474", "default; set NEO4J_HTTP_PORT or --browser-url"
	if p := getenv("NEO4J_HTTP_PORT"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return "", "NEO4J_HTTP_PORT", fmt.Errorf("NEO4J_HTTP_PORT=%q is not a port number", p)
		}
		port, setting = p, "NEO4J_HTTP_PORT"
	}
	host := "127.0.0.1"
	if u, err := url.Parse(uri); err == nil && u.Hostname() != "" && u.Hostname() != "localhost" {
		host = u.Hostname()
	}
	return "http://" + net.JoinHostPort(host, port) + "/browser/", setting, nil
}

// openIfDesktop opens url in the desktop's browser unless --no-open or
// there is no desktop; failing to is a warning only (the links are
// printed).
func openIfDesktop(ctx context.Context, f *factory, opts *browserOptions, url string) {
	if opts.NoOpen || !hasDesktop(f.Getenv) {
		return
	}
	open := opts.Open
	if open == nil {
		open = xdgOpen
	}
	if err := open(ctx, url); err != nil {
		fmt.Fprintf(f.IO.ErrOut, "geokg browser: warning: cannot open the Browser: %v\n", err)
	}
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
