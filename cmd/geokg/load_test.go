package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// articlesDir writes n distinct small articles and returns their directory.
func articlesDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		writeFile(t, dir, fmt.Sprintf("%03d.txt", i), fmt.Sprintf("Article %d: Russia said on Monday it opposed the shield.\n", i))
	}
	return dir
}

// TestLoadBatchesAndSummary checks that load applies the schema, writes
// articles in batches of --batch, and prints the totals as text or JSON.
func TestLoadBatchesAndSummary(t *testing.T) {
	dir := articlesDir(t, 5)
	fs := &fakeStore{}
	c := newCLI(map[string]string{"NEO4J_PASSWORD": "pw"}, fs.opener())
	if code := c.run(t, "load", "--batch", "2", dir); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var sizes []int
	for _, b := range fs.batches {
		sizes = append(sizes, len(b))
	}
	if fmt.Sprint(sizes) != "[2 2 1]" || fs.applied != 1 || !fs.closed {
		t.Errorf("batches %v, schema applied %d times, closed %v", sizes, fs.applied, fs.closed)
	}
	if fs.cfg.Password != "pw" || fs.cfg.URI != graph.DefaultURI {
		t.Errorf("config %+v", fs.cfg)
	}
	out := c.stdout.String()
	for _, want := range []string{"5 read, 0 failed; 5 loaded", "10 created, 0 matched", "5 created, 0 matched", "articles/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}

	fs2 := &fakeStore{}
	c = newCLI(nil, fs2.opener())
	if code := c.run(t, "load", "--json", "--quiet", dir); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rep loadReport
	if err := json.Unmarshal(c.stdout.Bytes(), &rep); err != nil {
		t.Fatalf("--json: %v\n%s", err, c.stdout)
	}
	if rep.Read != 5 || rep.Loaded != 5 || rep.NodesCreated != 10 || rep.RelsCreated != 5 || rep.TotalArticles != 5 || rep.Seconds <= 0 {
		t.Errorf("report %+v", rep)
	}

	c = newCLI(nil, (&fakeStore{}).opener())
	if code := c.run(t, "load", "--quiet", dir); code != 0 || c.stdout.Len() != 0 {
		t.Errorf("--quiet: exit %d, stdout %q", code, c.stdout)
	}
}

// TestLoadFailedArticles checks that articles that cannot be read or
// written are named one per line, counted, and give exit 1, while the
// others are loaded.
func TestLoadFailedArticles(t *testing.T) {
	dir := articlesDir(t, 3)
	bin := writeFile(t, dir, "zz.txt", "bin\x00ary")
	bad := filepath.Join(dir, "001.txt")
	fs := &fakeStore{loadFn: func(docs []*extract.Graph) (graph.Summary, error) {
		var sum graph.Summary
		for _, d := range docs {
			if d.Article.Path == bad {
				sum.Failed = append(sum.Failed, graph.FailedArticle{ID: d.Article.ID, Path: d.Article.Path, Error: "load x: invalid extraction: entity 0 has no id"})
				continue
			}
			sum.Articles++
		}
		return sum, errors.New("load: 1 of 3 articles not written")
	}}
	c := newCLI(nil, fs.opener())
	if code := c.run(t, "load", "--json", dir); code != exitFailed {
		t.Fatalf("exit %d, want %d", code, exitFailed)
	}
	lines := c.stderrLines()
	want := []string{
		"geokg: " + bin + ": binary file, not text",
		"geokg: " + bad + ": load x: invalid extraction: entity 0 has no id",
		"geokg: load: 2 of 4 articles failed",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	var rep loadReport
	if err := json.Unmarshal(c.stdout.Bytes(), &rep); err != nil || rep.Failed != 2 || rep.Loaded != 2 || rep.Read != 3 {
		t.Errorf("report %+v, %v", rep, err)
	}
}

// TestLoadLostServer checks that losing Neo4j in the middle stops the run
// with exit 2 and one line that counts the articles never reached, not
// one error line per article.
func TestLoadLostServer(t *testing.T) {
	dir := articlesDir(t, 6)
	calls := 0
	fs := &fakeStore{loadFn: func(docs []*extract.Graph) (graph.Summary, error) {
		calls++
		if calls == 1 {
			return graph.Summary{Articles: len(docs)}, nil
		}
		// The second call writes one article, then the server goes.
		sum := graph.Summary{Articles: 1}
		lost := fmt.Errorf("%w: connection reset", graph.ErrUnavailable)
		for _, d := range docs[1:] {
			sum.Failed = append(sum.Failed, graph.FailedArticle{ID: d.Article.ID, Path: d.Article.Path, Error: lost.Error(), Err: lost})
		}
		return sum, fmt.Errorf("load: %w", lost)
	}}
	c := newCLI(nil, fs.opener())
	if code := c.run(t, "load", "--batch", "2", "--quiet", dir); code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	if len(fs.batches) != 2 {
		t.Errorf("%d batches sent, want 2 (none after the server was lost)", len(fs.batches))
	}
	want := "geokg: load: lost Neo4j at neo4j://localhost:7687 (default; set NEO4J_URI or --uri): connection reset; " +
		"stopped after 3 of 6 articles (3 not reached); rerun to continue"
	if got := c.stderrLines(); len(got) != 1 || got[0] != want {
		t.Errorf("stderr %q\nwant %q", got, want)
	}
}

// TestLoadEmptyArticles checks that empty and white-space-only inputs are
// skipped with a note, never loaded, and do not fail the run.
func TestLoadEmptyArticles(t *testing.T) {
	dir := articlesDir(t, 1)
	for name, text := range map[string]string{"empty.txt": "", "blank.txt": " \n\t\n"} {
		writeFile(t, dir, name, text)
	}
	fs := &fakeStore{}
	c := newCLI(nil, fs.opener())
	if code := c.run(t, "load", "--json", dir); code != exitOK {
		t.Fatalf("exit %d, want 0; stderr %s", code, c.errb.String())
	}
	n := 0
	for _, b := range fs.batches {
		n += len(b)
	}
	if n != 1 {
		t.Errorf("%d articles sent to the store, want 1", n)
	}
	lines := c.stderrLines()
	if len(lines) != 2 || !strings.Contains(lines[0], "empty article (no text), skipped") {
		t.Errorf("stderr %q, want one note per empty input", lines)
	}
	var rep loadReport
	if err := json.Unmarshal(c.stdout.Bytes(), &rep); err != nil || rep.Empty != 2 || rep.Loaded != 1 || rep.Failed != 0 {
		t.Errorf("report %+v, %v", rep, err)
	}
}

// TestLoadInterrupted checks that a signal during a run finishes the
// batch under way, prints the summary and exits 130.
func TestLoadInterrupted(t *testing.T) {
	dir := articlesDir(t, 6)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fs := &fakeStore{}
	fs.loadFn = func(docs []*extract.Graph) (graph.Summary, error) {
		cancel() // the signal arrives while the first batch is written
		return graph.Summary{Articles: len(docs)}, nil
	}
	c := newCLI(nil, fs.opener())
	if code := c.runContext(t, ctx, "load", "--batch", "2", "--json", dir); code != exitInterrupted {
		t.Fatalf("exit %d, want %d", code, exitInterrupted)
	}
	var rep loadReport
	if err := json.Unmarshal(c.stdout.Bytes(), &rep); err != nil || rep.Loaded != 2 || !rep.Interrupted {
		t.Errorf("report %+v, %v", rep, err)
	}
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != "geokg: load: interrupted: loaded 2 of 6 articles" {
		t.Errorf("stderr %q", lines)
	}
}

// TestOpenErrors checks the one-line messages and exit 2 for a server
// that refuses the credentials, refuses logins for a while, has no such
// database or cannot be reached.
func TestOpenErrors(t *testing.T) {
	tests := []struct {
		err  error
		env  map[string]string
		args []string
		want string
	}{
		{fmt.Errorf("graph: open: %w: boom", graph.ErrAuth), nil, []string{"stats"},
			`geokg: stats: Neo4j at neo4j://localhost:7687 refused the credentials of user "neo4j" (default user, NEO4J_PASSWORD is not set)`},
		{fmt.Errorf("graph: open: %w: boom", graph.ErrAuth), map[string]string{"NEO4J_USERNAME": "bob", "NEO4J_PASSWORD": "x"}, []string{"schema", "apply"},
			`geokg: schema apply: Neo4j at neo4j://localhost:7687 refused the credentials of user "bob" (NEO4J_USERNAME, NEO4J_PASSWORD)`},
		{fmt.Errorf("graph: open: %w: boom", graph.ErrAuthRateLimited), map[string]string{"NEO4J_PASSWORD": "x"}, []string{"stats"},
			`geokg: stats: Neo4j at neo4j://localhost:7687 refuses logins of user "neo4j" for a few seconds after too many failed ones; wait and retry`},
		{fmt.Errorf("graph: stats: %w: Neo4jError: news", graph.ErrNoDatabase), map[string]string{"NEO4J_PASSWORD": "x"}, []string{"stats", "--database", "news"},
			`geokg: stats: Neo4j at neo4j://localhost:7687 has no database "news" (--database)`},
		{errors.New("graph: open bolt://h:7474: server responded HTTP. Make sure you are not trying to connect to the http endpoint"), nil, []string{"stats", "--uri", "bolt://h:7474"},
			`geokg: stats: cannot use Neo4j at bolt://h:7474 (--uri): server responded HTTP. Make sure you are not trying to connect to the http endpoint`},
		{fmt.Errorf("graph: open bolt://h:1: %w: ConnectivityError: dial tcp: i/o timeout", graph.ErrUnavailable), nil, []string{"load", "--uri", "bolt://h:1", "x"},
			`geokg: load: cannot reach Neo4j at bolt://h:1 (--uri): i/o timeout`},
	}
	for _, tt := range tests {
		open := func(context.Context, graph.Config, *schema.Schema) (store, error) { return nil, tt.err }
		c := newCLI(tt.env, open)
		if code := c.run(t, tt.args...); code != exitUsage {
			t.Errorf("%v: exit %d", tt.args, code)
		}
		if got := strings.TrimSpace(c.errb.String()); got != tt.want {
			t.Errorf("%v:\n got %s\nwant %s", tt.args, got, tt.want)
		}
	}
}

// TestStatsOutput checks the counts table and --json.
func TestStatsOutput(t *testing.T) {
	fs := &fakeStore{stats: graph.Stats{
		Nodes:         map[string]int{"Article": 2, "Country": 5, "Person": 3, "Custom": 1},
		Relationships: map[string]int{"MENTIONS": 9, "MET_WITH": 2},
	}}
	c := newCLI(nil, fs.opener())
	if code := c.run(t, "stats"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	want := `Nodes
  Article            2
  Country            5
  Person             3
  Custom             1
  total             11
Relationships
  MENTIONS           9
  MET_WITH           2
  total             11
`
	if got := c.stdout.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if code := c.run(t, "stats", "--json"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var back graph.Stats
	if err := json.Unmarshal(c.stdout.Bytes(), &back); err != nil || back.Nodes["Country"] != 5 {
		t.Errorf("--json: %+v %v", back, err)
	}
}

// TestForget checks forget's output and an unknown article (exit 1).
func TestForget(t *testing.T) {
	fs := &fakeStore{}
	c := newCLI(nil, fs.opener())
	if code := c.run(t, "forget", "abc"); code != 0 || !strings.Contains(c.stdout.String(), "Forgot article abc: 3 entity nodes and 2 facts deleted, 4 facts kept with less evidence (plus its Article node and MENTIONS)\n") {
		t.Errorf("exit %d, stdout %q", code, c.stdout)
	}
	fs.forgetFn = func(id string) (graph.Summary, error) {
		return graph.Summary{}, fmt.Errorf("forget %s: %w", id, graph.ErrNotFound)
	}
	if code := c.run(t, "forget", "nope"); code != exitFailed || strings.TrimSpace(c.errb.String()) != "geokg: article nope: not in the graph" {
		t.Errorf("exit %d, stderr %q", code, c.errb)
	}
}

// TestSchemaShow checks that schema show prints YAML that is itself a
// valid schema file and includes the --schema overlays.
func TestSchemaShow(t *testing.T) {
	overlay := writeFile(t, t.TempDir(), "extra.yaml", "organizations:\n  - name: Daily Courier\n    kind: media\n")
	c := newCLI(nil, nil)
	if code := c.run(t, "schema", "show", "--schema", overlay); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s, err := schema.Parse("shown", c.stdout.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	def, _ := schema.Default()
	if len(s.Labels) != len(def.Labels) || len(s.Organizations) != len(def.Organizations)+1 {
		t.Errorf("%d labels, %d organizations", len(s.Labels), len(s.Organizations))
	}
}

// TestSchemaApply checks that schema apply applies and reports.
func TestSchemaApply(t *testing.T) {
	fs := &fakeStore{}
	c := newCLI(nil, fs.opener())
	if code := c.run(t, "schema", "apply", "--uri", "bolt://db:7687"); code != 0 || fs.applied != 1 {
		t.Fatalf("exit %d, applied %d", code, fs.applied)
	}
	if !strings.Contains(c.stdout.String(), "bolt://db:7687") || fs.cfg.URI != "bolt://db:7687" {
		t.Errorf("stdout %q, cfg %+v", c.stdout, fs.cfg)
	}
}

// TestVersion checks geokg version.
func TestVersion(t *testing.T) {
	c := newCLI(nil, nil)
	if code := c.run(t, "version"); code != 0 || !strings.HasPrefix(c.stdout.String(), "geokg test (go") {
		t.Errorf("exit %d, %q", code, c.stdout)
	}
}
