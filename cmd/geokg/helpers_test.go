package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// testIOStreams returns streams backed by buffers, like gh's
// iostreams.Test(): the streams, then standard input, output and error.
func testIOStreams() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// cli is one in-process geokg with captured streams.
type cli struct {
	f                   *factory
	stdin, stdout, errb *bytes.Buffer
	env                 map[string]string
}

// newCLI returns a geokg whose environment is env only and whose store is
// opened by open (the real one when nil).
func newCLI(env map[string]string, open storeOpener) *cli {
	ios, in, out, errOut := testIOStreams()
	if env == nil {
		env = map[string]string{}
	}
	if open == nil {
		// Tests never reach the user's server at the default URI: a real
		// store talks only to the one env names (the tests' server).
		open = func(ctx context.Context, cfg graph.Config, s *schema.Schema) (store, error) {
			if cfg.URI == graph.DefaultURI {
				return nil, fmt.Errorf("test refuses the default server %s: %w", cfg.URI, graph.ErrUnavailable)
			}
			return openGraphStore(ctx, cfg, s)
		}
	}
	c := &cli{stdin: in, stdout: out, errb: errOut, env: env}
	c.f = &factory{
		IO:         ios,
		Getenv:     func(k string) string { return env[k] },
		HTTPClient: func() *http.Client { return &http.Client{Timeout: 5 * time.Second} },
		OpenStore:  open,
		Now:        time.Now,
		Version:    "test",
	}
	return c
}

// run runs geokg with args and returns the exit code.
func (c *cli) run(t *testing.T, args ...string) int {
	t.Helper()
	return c.runContext(t, context.Background(), args...)
}

func (c *cli) runContext(t *testing.T, ctx context.Context, args ...string) int {
	t.Helper()
	c.stdout.Reset()
	c.errb.Reset()
	code := run(ctx, c.f, args)
	t.Logf("geokg %s -> %d\nstderr: %s", strings.Join(args, " "), code, c.errb.String())
	return code
}

// stderrLines returns the non-empty lines written on standard error.
func (c *cli) stderrLines() []string {
	var out []string
	for _, l := range strings.Split(c.errb.String(), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// writeFile writes content to dir/name, creating directories.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// fixture returns the path of a file under the repository's fixtures/.
func fixture(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "fixtures", rel)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return p
}

// binary builds geokg once per test binary, for tests that need a real
// process (signals, two loaders at once).
var binary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "geokg-test-bin")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "geokg")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", &buildError{out: string(out), err: err}
	}
	return bin, nil
})

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

func geokgBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin, err := binary()
	if err != nil {
		t.Fatalf("build geokg: %v", err)
	}
	return bin
}

// fakeStore is a store that records what it is asked and answers from its
// fields.
type fakeStore struct {
	mu       sync.Mutex
	batches  [][]*extract.Graph
	applied  int
	closed   bool
	loadFn   func([]*extract.Graph) (graph.Summary, error)
	stats    graph.Stats
	forgetFn func(string) (graph.Summary, error)
	cfg      graph.Config
}

func (s *fakeStore) opener() storeOpener {
	return func(ctx context.Context, cfg graph.Config, _ *schema.Schema) (store, error) {
		s.cfg = cfg
		return s, nil
	}
}

func (s *fakeStore) Close(context.Context) error { s.closed = true; return nil }

func (s *fakeStore) ApplySchema(context.Context) error { s.applied++; return nil }

func (s *fakeStore) Load(_ context.Context, docs []*extract.Graph) (graph.Summary, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.batches = append(s.batches, append([]*extract.Graph(nil), docs...))
	if s.loadFn != nil {
		return s.loadFn(docs)
	}
	return graph.Summary{Articles: len(docs), NodesCreated: 2 * len(docs), RelsCreated: len(docs)}, nil
}

func (s *fakeStore) Forget(_ context.Context, id string) (graph.Summary, error) {
	if s.forgetFn != nil {
		return s.forgetFn(id)
	}
	return graph.Summary{Articles: 1, NodesDeleted: 3, RelsDeleted: 2}, nil
}

func (s *fakeStore) Stats(context.Context) (graph.Stats, error) { return s.stats, nil }

func (s *fakeStore) RunScript(_ context.Context, stmts []graph.Statement, _ map[string]any) (int, error) {
	return len(stmts), nil
}
