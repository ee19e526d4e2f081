package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/graph"
)

// cypherOptions are the flags and argument of `geokg cypher`.
type cypherOptions struct {
	Conn   connOptions
	Params []string // NAME=VALUE
	File   string   // path or "-"
}

// newCmdCypher builds `geokg cypher`.
func newCmdCypher(f *factory, g *globalOptions, runF func(context.Context, *cypherOptions) error) *cobra.Command {
	opts := &cypherOptions{}
	cmd := &cobra.Command{
		Use:   "cypher FILE|-",
		Short: "Run a Cypher script against Neo4j, statement by statement",
		Long: `Run a Cypher script, such as the one geokg extract --format cypher writes,
against Neo4j: statements end with ";" (outside strings, quoted names and
comments), and each runs in its own transaction, in order. The text is
sent as it is; values given with --param reach the statements as
parameters ($NAME). Client commands (:param, :begin, ...) are not run.

The first failing statement stops the run with its line; the statements
before it stay committed.`,
		Example: `  geokg extract --format cypher articles/ > graph.cypher
  geokg cypher graph.cypher
  echo 'MATCH (c:Country {name: $name}) RETURN c;' | geokg cypher --param name=Iran -`,
		Args: exactArgs(1, "one FILE or -"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			for _, p := range opts.Params {
				if name, _, ok := strings.Cut(p, "="); !ok || name == "" {
					return usagef("--param %q: want NAME=VALUE", p)
				}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return cypherRun(cmd.Context(), f, g, opts)
		},
	}
	addConnFlags(cmd, &opts.Conn)
	cmd.Flags().StringArrayVarP(&opts.Params, "param", "P", nil, "parameter `NAME=VALUE` (a string; repeatable)")
	return cmd
}

// cypherRun reads the script, splits it and runs it.
func cypherRun(ctx context.Context, f *factory, g *globalOptions, opts *cypherOptions) error {
	name := opts.File
	var text []byte
	var err error
	if name == "-" {
		name = "standard input"
		text, err = io.ReadAll(f.IO.In)
	} else {
		text, err = os.ReadFile(name)
	}
	if err != nil {
		return &articleError{Name: name, Err: err}
	}
	stmts, err := graph.SplitScript(string(text))
	if err != nil {
		return &articleError{Name: name, Err: err}
	}
	params := map[string]any{}
	for _, p := range opts.Params {
		k, v, _ := strings.Cut(p, "=")
		params[k] = v
	}
	st, _, err := connect(ctx, f, g, &opts.Conn, 0)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	n, err := st.RunScript(ctx, stmts, params)
	if err != nil {
		if errors.Is(err, graph.ErrUnavailable) || errors.Is(err, graph.ErrAuth) {
			return connError(err, opts.Conn.resolve(f.Getenv))
		}
		return &articleError{Name: name, Err: fmt.Errorf("%w (%d of %d statements ran)", err, n, len(stmts))}
	}
	if !g.Quiet {
		fmt.Fprintf(f.IO.ErrOut, "%d statements ran\n", n)
	}
	return nil
}
