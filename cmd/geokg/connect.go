package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// store is what the commands use of a *graph.Store; tests may fake it.
type store interface {
	Close(ctx context.Context) error
	ApplySchema(ctx context.Context) error
	Load(ctx context.Context, docs []*extract.Graph) (graph.Summary, error)
	Forget(ctx context.Context, articleID string) (graph.Summary, error)
	Stats(ctx context.Context) (graph.Stats, error)
	RunScript(ctx context.Context, stmts []graph.Statement, params map[string]any) (int, error)
}

// storeOpener opens a store; factory.OpenStore is one.
type storeOpener func(ctx context.Context, cfg graph.Config, s *schema.Schema) (store, error)

// openGraphStore opens the real Neo4j store.
func openGraphStore(ctx context.Context, cfg graph.Config, s *schema.Schema) (store, error) {
	st, err := graph.Open(ctx, cfg, s)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// connOptions are the Neo4j connection flags. A flag set on the command
// line wins over its environment variable, which wins over the default.
type connOptions struct {
	URI, Username, Password, Database string
	// Timeout bounds each connection attempt and each transaction, so
	// that a server that hangs costs at most that long.
	Timeout time.Duration

	cmd *cobra.Command // to tell flags that were set
}

// connSettings describes each setting: flag, environment variable, default.
var connSettings = []struct{ flag, env, def, usage string }{
	{"uri", "NEO4J_URI", graph.DefaultURI, "Neo4j Bolt `URI`"},
	{"username", "NEO4J_USERNAME", graph.DefaultUsername, "Neo4j user `NAME`"},
	{"password", "NEO4J_PASSWORD", "", "Neo4j `PASSWORD` (prefer the environment variable)"},
	{"database", "NEO4J_DATABASE", graph.DefaultDatabase, "Neo4j database `NAME`"},
}

// addConnFlags adds --uri, --username, --password and --database to cmd.
func addConnFlags(cmd *cobra.Command, o *connOptions) {
	o.cmd = cmd
	targets := []*string{&o.URI, &o.Username, &o.Password, &o.Database}
	for i, s := range connSettings {
		usage := s.usage + " (env " + s.env
		if s.def != "" {
			usage += ", default " + s.def
		}
		usage += ")"
		cmd.Flags().StringVar(targets[i], s.flag, "", usage)
	}
	cmd.Flags().DurationVar(&o.Timeout, "timeout", defaultTimeout,
		"give up on a connection attempt or a transaction after `DURATION` (a hung server costs at most that)")
}

// defaultTimeout is the default of --timeout: far above what a transaction
// of the default batch takes, far below a user's patience.
const defaultTimeout = 60 * time.Second

// resolved is a connection setting's value and where it came from.
type resolved struct {
	value, origin string
}

// resolve returns each setting's value, from the flag, else the
// environment, else the default, with where it came from.
func (o *connOptions) resolve(getenv func(string) string) map[string]resolved {
	values := []string{o.URI, o.Username, o.Password, o.Database}
	out := map[string]resolved{}
	for i, s := range connSettings {
		switch {
		case o.cmd != nil && o.cmd.Flags().Changed(s.flag):
			out[s.flag] = resolved{values[i], "--" + s.flag}
		case getenv(s.env) != "":
			out[s.flag] = resolved{getenv(s.env), s.env}
		default:
			out[s.flag] = resolved{s.def, "default; set " + s.env + " or --" + s.flag}
		}
	}
	return out
}

// connect loads the schema and opens the store. A failure is a
// configError that names the server and the setting to fix.
func connect(ctx context.Context, f *factory, g *globalOptions, o *connOptions, batchSize int) (store, *schema.Schema, error) {
	s, err := g.loadSchema()
	if err != nil {
		return nil, nil, err
	}
	r := o.resolve(f.Getenv)
	switch {
	case o.Timeout < 0:
		return nil, nil, usagef("--timeout %s: want a positive duration such as 30s", o.Timeout)
	case o.Timeout == 0:
		o.Timeout = defaultTimeout
	}
	cfg := graph.Config{
		Timeout:   o.Timeout,
		TxTimeout: o.Timeout,
		URI:       r["uri"].value,
		Username:  r["username"].value,
		Password:  r["password"].value,
		Database:  r["database"].value,
		BatchSize: batchSize,
	}
	st, err := f.OpenStore(ctx, cfg, s)
	if err != nil {
		return nil, nil, connError(err, r)
	}
	return st, s, nil
}

// connError turns a failure to open or use the store into one line that
// says what to fix.
func connError(err error, r map[string]resolved) error {
	uri := r["uri"]
	switch {
	case errors.Is(err, context.Canceled):
		return err
	case errors.Is(err, graph.ErrAuthRateLimited):
		return &configError{
			Msg: fmt.Sprintf("Neo4j at %s refuses logins of user %q for a few seconds after too many failed ones; wait and retry",
				uri.value, r["username"].value),
		}
	case errors.Is(err, graph.ErrAuth):
		user, pw := r["username"].origin, r["password"].origin
		if r["username"].origin[0] == 'd' { // default
			user = "default user"
		}
		if r["password"].value == "" {
			pw = "NEO4J_PASSWORD is not set"
		}
		return &configError{
			Msg:     fmt.Sprintf("Neo4j at %s refused the credentials of user %q", uri.value, r["username"].value),
			Setting: user + ", " + pw,
		}
	case errors.Is(err, graph.ErrNoDatabase):
		return &configError{
			Msg:     fmt.Sprintf("Neo4j at %s has no database %q", uri.value, r["database"].value),
			Setting: r["database"].origin,
		}
	case errors.Is(err, graph.ErrUnavailable):
		return &configError{Msg: "cannot reach Neo4j at " + uri.value, Setting: uri.origin, Err: lastPart(err)}
	}
	// The message names the server already: drop graph.Open's "graph: open URI: ".
	if rest, ok := strings.CutPrefix(err.Error(), "graph: open "+uri.value+": "); ok {
		err = errors.New(rest)
	}
	return &configError{Msg: "cannot use Neo4j at " + uri.value, Setting: uri.origin, Err: err}
}

// lastPart returns the innermost part of a chain of "context: cause"
// messages, which for a connection failure is what the system said
// ("connection refused", "i/o timeout").
func lastPart(err error) error {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && i+2 < len(msg) {
		msg = msg[i+2:]
	}
	return errors.New(msg)
}
