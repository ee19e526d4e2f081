package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/schema"
)

// factory holds what commands need from the outside world. Main builds the
// real one; tests build one over buffers and fakes.
type factory struct {
	IO         *IOStreams
	Getenv     func(string) string
	HTTPClient func() *http.Client
	OpenStore  storeOpener
	Now        func() time.Time
	Version    string
}

// globalOptions are the flags every command takes.
type globalOptions struct {
	SchemaFiles []string
	Quiet       bool
	warnings    io.Writer // where the schema's warnings go, unless Quiet
}

// loadSchema returns the default schema extended by the --schema files. A
// file that cannot be read or parsed is a configuration error naming it;
// the schema's warnings (an alias that names two entries) are printed.
func (g *globalOptions) loadSchema() (*schema.Schema, error) {
	for _, p := range g.SchemaFiles {
		f, err := os.Open(p)
		if err != nil {
			return nil, &configError{Msg: "cannot read schema file " + p, Setting: "--schema", Err: err}
		}
		f.Close()
	}
	s, err := schema.Load(g.SchemaFiles...)
	if err != nil {
		msg := "invalid schema"
		if len(g.SchemaFiles) > 0 {
			msg += " file " + strings.Join(g.SchemaFiles, ", ")
		}
		return nil, &configError{Msg: msg, Setting: "--schema", Err: err}
	}
	if !g.Quiet && g.warnings != nil {
		for _, w := range s.Warnings {
			fmt.Fprintln(g.warnings, "geokg: "+w.String())
		}
	}
	return s, nil
}

// Main runs geokg with the process's arguments and streams and returns
// its exit code. SIGINT and SIGTERM cancel the context the commands run
// with, so that they stop after the current article or batch; a second
// signal ends the process at once.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, a second one kills at once.
		<-ctx.Done()
		stop()
	}()
	f := &factory{
		IO:         systemIOStreams(),
		Getenv:     os.Getenv,
		HTTPClient: newHTTPClient,
		OpenStore:  openGraphStore,
		Now:        time.Now,
		Version:    buildVersion(),
	}
	return run(ctx, f, os.Args[1:])
}

// run executes the command line args and returns the exit code; errors
// are printed on f.IO.ErrOut as one line each.
func run(ctx context.Context, f *factory, args []string) int {
	root := newCmdRoot(f)
	root.SetArgs(args)
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	name := ""
	if cmd != nil && cmd != root {
		name = strings.TrimPrefix(cmd.CommandPath(), root.Name()+" ")
	}
	var fe *failedError
	switch {
	case errors.As(err, &fe) && fe.Total <= 1:
		// The article's own error line has been printed already.
	case errors.Is(err, context.Canceled):
		printError(f.IO.ErrOut, name, errors.New("interrupted"))
	default:
		printError(f.IO.ErrOut, name, err)
	}
	return exitCode(err)
}

const rootLong = `geokg reads geopolitical news articles, extracts the countries, people,
organizations, places, facilities, weapon systems, programs and agreements
they name and the relations between them (who met, threatens, sanctions,
supplies whom...), and prints them or loads them into Neo4j.

Articles are plain text (.txt, .md), HTML pages (.html, .htm: reduced to
the article's title, date and text) or http(s) URLs; "-" reads standard
input and directories are read recursively. An RSS, Atom or JSON feed
stands for its items; geokg follow polls feeds and loads what is new.

Neo4j connection settings come from the environment, as for Neo4j's own
tools, or from flags, which win:
  NEO4J_URI       --uri        default neo4j://localhost:7687
  NEO4J_USERNAME  --username   default neo4j
  NEO4J_PASSWORD  --password
  NEO4J_DATABASE  --database   default neo4j

Exit codes:
  0    everything worked
  1    some articles failed (each is named on standard error); the others
       were processed
  2    usage or configuration error: bad flag or argument, unreadable or
       invalid --schema file, Neo4j unreachable or refusing the credentials,
       or lost (or silent past --timeout) part way through a load: the
       articles not reached are counted; run the same command again
  130  interrupted (Ctrl-C or SIGTERM) after the current article or batch`

const rootExample = `  # Print the graph of one article as JSON
  geokg extract article.txt

  # Load a directory of articles into the local Neo4j
  NEO4J_PASSWORD=secret geokg load articles/

  # Counts of nodes and relationships in Neo4j
  geokg stats`

// newCmdRoot builds the geokg command and its subcommands.
func newCmdRoot(f *factory) *cobra.Command {
	g := &globalOptions{warnings: f.IO.ErrOut}
	root := &cobra.Command{
		Use:           "geokg <command> [flags]",
		Short:         "Extract a knowledge graph from geopolitical news and load it into Neo4j",
		Long:          rootLong,
		Example:       rootExample,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q; see geokg --help", args[0])
			}
			return cmd.Help()
		},
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%w; see %s --help", err, cmd.CommandPath())}
	})
	root.CompletionOptions.DisableDefaultCmd = true
	pf := root.PersistentFlags()
	pf.StringArrayVar(&g.SchemaFiles, "schema", nil, "extend the default schema with a YAML `FILE` (repeatable; later files win)")
	pf.BoolVarP(&g.Quiet, "quiet", "q", false, "print no progress bar and no summary")

	root.AddCommand(
		newCmdExtract(f, g, nil),
		newCmdParse(f, g),
		newCmdLoad(f, g, nil),
		newCmdFollow(f, g, nil),
		newCmdSchema(f, g),
		newCmdStats(f, g, nil),
		newCmdCypher(f, g, nil),
		newCmdForget(f, g, nil),
		newCmdVersion(f),
		newCmdBrowser(f, g, nil),
	)
	return root
}

// exactArgs requires exactly n arguments. Cobra's own validators return
// plain errors; this one and minArgs return usage errors, so that a
// missing argument exits with status 2.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("want %s, got %d arguments; see %s --help", what, len(args), cmd.CommandPath())
		}
		return nil
	}
}

// minArgs requires at least n arguments.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("want %s; see %s --help", what, cmd.CommandPath())
		}
		return nil
	}
}
