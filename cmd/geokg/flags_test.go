package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// execute runs cmd with args the way run does, and returns its error.
func execute(cmd *cobra.Command, args ...string) error {
	root := &cobra.Command{Use: "geokg", SilenceErrors: true, SilenceUsage: true}
	g := &globalOptions{}
	root.PersistentFlags().StringArrayVar(&g.SchemaFiles, "schema", nil, "")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(cmd)
	root.SetArgs(append([]string{cmd.Name()}, args...))
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	return root.ExecuteContext(context.Background())
}

// TestNewCmdExtract checks extract's flags and arguments, and that every
// bad combination is a usage error (exit 2) before anything is read.
func TestNewCmdExtract(t *testing.T) {
	tests := []struct {
		name    string
		args    string
		want    extractOptions
		wantErr string
	}{
		{name: "default json", args: "a.txt", want: extractOptions{Format: "json", Inputs: []string{"a.txt"}}},
		{name: "several inputs", args: "a.txt dir - https://x.test/a", want: extractOptions{Format: "json", Inputs: []string{"a.txt", "dir", "-", "https://x.test/a"}}},
		{name: "short format", args: "-f cypher a.txt", want: extractOptions{Format: "cypher", Inputs: []string{"a.txt"}}},
		{name: "jsonl", args: "--format jsonl a.txt", want: extractOptions{Format: "jsonl", Inputs: []string{"a.txt"}}},
		{name: "graphml", args: "--format=graphml a.txt", want: extractOptions{Format: "graphml", Inputs: []string{"a.txt"}}},
		{name: "csv with out", args: "--format csv --out out a.txt", want: extractOptions{Format: "csv", Out: "out", Inputs: []string{"a.txt"}}},
		{name: "csv without out", args: "--format csv a.txt", wantErr: "writes six files (articles, entities, evidence, mentions, relationships, reports): give their directory with --out DIR"},
		{name: "out without csv", args: "--out x a.txt", wantErr: "only for --format csv"},
		{name: "csv memory", args: "--format csv --out out --csv-memory 64 a.txt", want: extractOptions{Format: "csv", Out: "out", CSVMemory: 64, Inputs: []string{"a.txt"}}},
		{name: "csv memory without csv", args: "--format jsonl --csv-memory 64 a.txt", wantErr: "--csv-memory is only for --format csv"},
		{name: "negative csv memory", args: "--format csv --out out --csv-memory -1 a.txt", wantErr: "want a number of MB"},
		{name: "explain", args: "--explain a.txt", want: extractOptions{Format: "json", Explain: true, Inputs: []string{"a.txt"}}},
		{name: "explain jsonl", args: "--explain -f jsonl a.txt", want: extractOptions{Format: "jsonl", Explain: true, Inputs: []string{"a.txt"}}},
		{name: "explain cypher", args: "--explain -f cypher a.txt", wantErr: "--explain is only for --format json or jsonl"},
		{name: "bad format", args: "--format xml a.txt", wantErr: `--format "xml"`},
		{name: "no input", args: "", wantErr: "at least one PATH"},
		{name: "unknown flag", args: "--nope a.txt", wantErr: "unknown flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *extractOptions
			cmd := newCmdExtract(nil, nil, func(_ context.Context, o *extractOptions) error { got = o; return nil })
			err := execute(cmd, strings.Fields(tt.args)...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				if code := exitCode(err); code != exitUsage {
					t.Errorf("exit code %d, want %d", code, exitUsage)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Format != tt.want.Format || got.Out != tt.want.Out || strings.Join(got.Inputs, "|") != strings.Join(tt.want.Inputs, "|") {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// TestNewCmdLoad checks load's flags.
func TestNewCmdLoad(t *testing.T) {
	tests := []struct {
		name      string
		args      string
		wantBatch int
		wantJSON  bool
		wantURI   string
		wantErr   string
	}{
		{name: "defaults", args: "dir", wantBatch: 200},
		{name: "batch and json", args: "--batch 7 --json dir", wantBatch: 7, wantJSON: true},
		{name: "connection flags", args: "--uri bolt://db:7687 --username u --password p --database d dir", wantBatch: 200, wantURI: "bolt://db:7687"},
		{name: "zero batch", args: "--batch 0 dir", wantErr: "--batch 0"},
		{name: "bad batch", args: "--batch many dir", wantErr: "invalid argument"},
		{name: "no input", args: "--json", wantErr: "at least one PATH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *loadOptions
			cmd := newCmdLoad(nil, nil, func(_ context.Context, o *loadOptions) error { got = o; return nil })
			err := execute(cmd, strings.Fields(tt.args)...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || exitCode(err) != exitUsage {
					t.Fatalf("err = %v (exit %d), want usage error containing %q", err, exitCode(err), tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Batch != tt.wantBatch || got.JSON != tt.wantJSON || got.Conn.URI != tt.wantURI {
				t.Errorf("got batch %d json %v uri %q", got.Batch, got.JSON, got.Conn.URI)
			}
		})
	}
}

// TestConnSettingsPrecedence checks that a flag wins over the environment,
// which wins over the default, and that each value knows where it came
// from (error messages name it).
func TestConnSettingsPrecedence(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "bolt://env:7687", "NEO4J_PASSWORD": "envpw"}
	tests := []struct {
		name  string
		args  string
		key   string
		value string
		from  string
	}{
		{"default uri", "", "uri", "neo4j://localhost:7687", "default; set NEO4J_URI or --uri"},
		{"env uri", "", "uri", "bolt://env:7687", "NEO4J_URI"},
		{"flag uri wins", "--uri bolt://flag:7687", "uri", "bolt://flag:7687", "--uri"},
		{"default user", "", "username", "neo4j", "default; set NEO4J_USERNAME or --username"},
		{"flag user", "--username alice", "username", "alice", "--username"},
		{"env password", "", "password", "envpw", "NEO4J_PASSWORD"},
		{"flag password wins", "--password flagpw", "password", "flagpw", "--password"},
		{"empty flag still wins", "--database=", "database", "", "--database"},
		{"default database", "", "database", "neo4j", "default; set NEO4J_DATABASE or --database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := env
			if tt.name == "default uri" {
				e = map[string]string{}
			}
			var got map[string]resolved
			cmd := newCmdStats(nil, nil, func(_ context.Context, o *statsOptions) error {
				got = o.Conn.resolve(func(k string) string { return e[k] })
				return nil
			})
			if err := execute(cmd, strings.Fields(tt.args)...); err != nil {
				t.Fatal(err)
			}
			if r := got[tt.key]; r.value != tt.value || r.origin != tt.from {
				t.Errorf("%s = %q from %q, want %q from %q", tt.key, r.value, r.origin, tt.value, tt.from)
			}
		})
	}
}

// TestNewCmdForgetArgs checks that forget takes exactly one article id.
func TestNewCmdForgetArgs(t *testing.T) {
	for _, args := range []string{"", "a b"} {
		cmd := newCmdForget(nil, nil, func(context.Context, *forgetOptions) error { return nil })
		if err := execute(cmd, strings.Fields(args)...); exitCode(err) != exitUsage {
			t.Errorf("forget %q: err %v, want a usage error", args, err)
		}
	}
	var got string
	cmd := newCmdForget(nil, nil, func(_ context.Context, o *forgetOptions) error { got = o.ArticleID; return nil })
	if err := execute(cmd, "abc123"); err != nil || got != "abc123" {
		t.Errorf("forget abc123: id %q, err %v", got, err)
	}
}

// TestRootUsageErrors checks that the root command turns unknown commands,
// unknown flags and missing arguments into exit 2 with one line.
func TestRootUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"},
		{"--frobnicate"},
		{"extract"},
		{"extract", "--format", "pdf", "x.txt"},
		{"forget"},
		{"schema", "show", "extra"},
		{"version", "extra"},
	} {
		c := newCLI(nil, nil)
		if code := c.run(t, args...); code != exitUsage {
			t.Errorf("geokg %v: exit %d, want %d", args, code, exitUsage)
		}
		if lines := c.stderrLines(); len(lines) != 1 || !strings.HasPrefix(lines[0], "geokg: ") {
			t.Errorf("geokg %v: stderr %q, want one line starting with geokg:", args, lines)
		}
	}
}

// TestHelp checks that every command has --help with examples and that the
// root help documents the exit codes.
func TestHelp(t *testing.T) {
	c := newCLI(nil, nil)
	if code := c.run(t, "--help"); code != 0 {
		t.Fatalf("--help: exit %d", code)
	}
	for _, want := range []string{"Exit codes:", "0 ", "1 ", "2 ", "NEO4J_URI", "extract", "load", "schema", "stats", "forget", "version"} {
		if !strings.Contains(c.stdout.String(), want) {
			t.Errorf("geokg --help lacks %q", want)
		}
	}
	root := newCmdRoot(c.f)
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		if cmd.Runnable() && cmd.Example == "" {
			t.Errorf("%s has no Example", cmd.CommandPath())
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
	for _, args := range [][]string{{"extract", "--help"}, {"load", "--help"}, {"schema", "show", "--help"}, {"schema", "apply", "--help"}, {"stats", "--help"}, {"forget", "--help"}, {"version", "--help"}} {
		if code := c.run(t, args...); code != 0 || !strings.Contains(c.stdout.String(), "Examples:") {
			t.Errorf("geokg %v: exit %d, output without Examples", args, code)
		}
	}
}
