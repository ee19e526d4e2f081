package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// These tests load into the tests' own Neo4j (internal/neo4jtest): they run
// with GEOKG_INTEGRATION=1, which scripts/test sets.

func envOf(cfg neo4jtest.Config) map[string]string {
	return map[string]string{
		"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username,
		"NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database,
	}
}

// newsArticles writes articles first..last-1, each a small distinct story
// naming countries, people and organizations, and returns their paths.
func newsArticles(t *testing.T, dir string, first, last int) []string {
	t.Helper()
	countries := []string{"Russia", "Iran", "Poland", "Germany", "China", "France", "Turkey", "Japan", "Israel"}
	var paths []string
	for i := first; i < last; i++ {
		a, b := countries[i%len(countries)], countries[(i+3)%len(countries)]
		text := fmt.Sprintf(`%s and %s agree to new talks (story %d)

MOSCOW, April %d (Reuters) - U.S. Defense Secretary Robert Gates met Russian President Vladimir Putin on Monday.
%s said it opposed the missile shield, and %s imposed sanctions on Iran. NATO invited %s to join talks.
`, a, b, i, i%28+1, a, b, a)
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("story-%02d.txt", i), text))
	}
	return paths
}

func loadJSON(t *testing.T, c *cli, args ...string) loadReport {
	t.Helper()
	if code := c.run(t, append([]string{"load", "--json"}, args...)...); code != 0 {
		t.Fatalf("load: exit %d: %s", code, c.errb)
	}
	var rep loadReport
	if err := json.Unmarshal(c.stdout.Bytes(), &rep); err != nil {
		t.Fatalf("load --json: %v\n%s", err, c.stdout)
	}
	return rep
}

func statsJSON(t *testing.T, c *cli) graph.Stats {
	t.Helper()
	if code := c.run(t, "stats", "--json"); code != 0 {
		t.Fatalf("stats: exit %d: %s", code, c.errb)
	}
	var st graph.Stats
	if err := json.Unmarshal(c.stdout.Bytes(), &st); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, c.stdout)
	}
	return st
}

// TestLoadTwiceCreatesNothing checks that loading the same articles again
// reads them all and creates no node and no relationship.
func TestLoadTwiceCreatesNothing(t *testing.T) {
	_, cfg := neo4jtest.Clean(t)
	dir := t.TempDir()
	newsArticles(t, dir, 0, 6)
	html, err := os.ReadFile(fixture(t, "html/gates-moscow-missile-shield.html"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "page.html", string(html))
	c := newCLI(envOf(cfg), nil)

	first := loadJSON(t, c, "--batch", "3", dir)
	if first.Read != 7 || first.Loaded != 7 || first.Failed != 0 || first.NodesCreated == 0 || first.RelsCreated == 0 {
		t.Fatalf("first load: %+v; want 7 articles loaded, nodes and relationships created", first)
	}
	second := loadJSON(t, c, dir)
	if second.Read != 7 || second.Loaded != 0 || second.Skipped != 7 || second.NodesCreated != 0 || second.RelsCreated != 0 || second.Failed != 0 {
		t.Errorf("second load: %+v; want 7 read and skipped, nothing created", second)
	}
	st := statsJSON(t, c)
	if st.Nodes["Article"] != 7 {
		t.Errorf("%d Article nodes, want 7", st.Nodes["Article"])
	}
	// The summary adds up to the totals of geokg stats.
	nodes, rels := 0, 0
	for _, n := range st.Nodes {
		nodes += n
	}
	for _, n := range st.Relationships {
		rels += n
	}
	if first.Loaded+first.NodesCreated != nodes || first.RelsCreated+first.Mentions != rels || first.Mentions != st.Relationships["MENTIONS"] {
		t.Errorf("load summary %+v does not add up to stats %d nodes, %d relationships (%d MENTIONS)", first, nodes, rels, st.Relationships["MENTIONS"])
	}
}

// TestConcurrentLoadsMatchSequential runs two geokg load processes at once
// over overlapping sets of articles and checks that neither fails an
// article and that the graph is the one a single sequential load makes:
// no duplicate node, relationship or article.
func TestConcurrentLoadsMatchSequential(t *testing.T) {
	bin := geokgBinary(t)
	driver, cfg := neo4jtest.Clean(t)
	dir := t.TempDir()
	setA := newsArticles(t, filepath.Join(dir, "a"), 0, 8)
	setB := newsArticles(t, filepath.Join(dir, "b"), 4, 12) // stories 4..7 in both
	c := newCLI(envOf(cfg), nil)

	loadJSON(t, c, append(append([]string{}, setA...), setB...)...)
	want := statsJSON(t, c)
	if want.Nodes["Article"] != 12 {
		t.Fatalf("sequential load: %d articles, want 12", want.Nodes["Article"])
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := neo4jtest.EmptyDatabase(ctx, driver, cfg.Database); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 2)
	errs := make([]bytes.Buffer, 2)
	codes := make([]error, 2)
	for i, set := range [][]string{setA, setB} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.CommandContext(ctx, bin, append([]string{"load", "--batch", "2", "--json"}, set...)...)
			cmd.Env = append(os.Environ(), cfg.Env()...)
			cmd.Stdout, cmd.Stderr = &outs[i], &errs[i]
			codes[i] = cmd.Run()
		}()
	}
	wg.Wait()
	loaded := 0
	for i := range 2 {
		if codes[i] != nil {
			t.Errorf("loader %d: %v\n%s", i, codes[i], errs[i].String())
			continue
		}
		var rep loadReport
		if err := json.Unmarshal(outs[i].Bytes(), &rep); err != nil {
			t.Fatalf("loader %d: %v\n%s", i, err, outs[i].String())
		}
		if rep.Failed != 0 || rep.Read != 8 {
			t.Errorf("loader %d: %+v", i, rep)
		}
		loaded += rep.Loaded
	}
	if loaded != 12 {
		t.Errorf("the two loaders wrote %d articles between them, want 12 (each once)", loaded)
	}
	got := statsJSON(t, c)
	if !maps.Equal(got.Nodes, want.Nodes) || !maps.Equal(got.Relationships, want.Relationships) {
		t.Errorf("concurrent loads gave\n%v\n%v\nsequential gave\n%v\n%v", got.Nodes, got.Relationships, want.Nodes, want.Relationships)
	}
}

// TestSchemaApplyAndForget checks schema apply against the server, then
// forget of a loaded article and of an unknown one.
func TestSchemaApplyAndForget(t *testing.T) {
	_, cfg := neo4jtest.Clean(t)
	c := newCLI(envOf(cfg), nil)
	if code := c.run(t, "schema", "apply"); code != 0 {
		t.Fatalf("schema apply: exit %d", code)
	}
	dir := t.TempDir()
	p := newsArticles(t, dir, 0, 1)[0]
	if code := c.run(t, "extract", p); code != 0 {
		t.Fatal(code)
	}
	id := decodeGraphs(t, c.stdout.Bytes())[0].Article.ID
	loadJSON(t, c, p)
	if code := c.run(t, "forget", id); code != 0 {
		t.Fatalf("forget: exit %d", code)
	}
	if n := statsJSON(t, c).Nodes["Article"]; n != 0 {
		t.Errorf("%d articles after forget", n)
	}
	if code := c.run(t, "forget", id); code != exitFailed {
		t.Errorf("forget again: exit %d, want %d", code, exitFailed)
	}
}

// TestWrongPassword checks exit 2 and one line when the server refuses
// the credentials.
func TestWrongPassword(t *testing.T) {
	_, cfg := neo4jtest.Clean(t)
	env := envOf(cfg)
	env["NEO4J_PASSWORD"] = "wrong-" + cfg.Password
	c := newCLI(env, nil)
	if code := c.run(t, "stats"); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	want := fmt.Sprintf("geokg: stats: Neo4j at %s refused the credentials of user %q (NEO4J_USERNAME, NEO4J_PASSWORD)", cfg.URI, cfg.Username)
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != want {
		t.Errorf("stderr %q\nwant %q", lines, want)
	}
}

// TestCypherCommand runs scripts with geokg cypher: statements in order,
// parameters from --param, and a failing statement named by its line with
// the statements before it committed.
func TestCypherCommand(t *testing.T) {
	_, cfg := neo4jtest.Clean(t)
	dir := t.TempDir()
	c := newCLI(envOf(cfg), nil)
	good := writeFile(t, dir, "good.cypher", "CREATE (:Country {name: $name});\n// a comment; with a semicolon\nCREATE (:Country {name: 'it\\'s; fine'})")
	if code := c.run(t, "cypher", "--param", "name=Iran", good); code != 0 {
		t.Fatalf("exit %d: %s", code, c.errb)
	}
	if n := statsJSON(t, c).Nodes["Country"]; n != 2 {
		t.Errorf("%d countries after the script, want 2", n)
	}
	bad := writeFile(t, dir, "bad.cypher", "CREATE (:Country {name: 'Chad'});\n\nCREATE (:Country {name: }) ;\nCREATE (:Country {name: 'Mali'});\n")
	if code := c.run(t, "cypher", bad); code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if lines := c.stderrLines(); len(lines) != 1 || !strings.Contains(lines[0], bad+": line 3: statement 2: ") ||
		!strings.HasSuffix(lines[0], "(1 of 3 statements ran)") {
		t.Errorf("stderr %q", lines)
	}
	if n := statsJSON(t, c).Nodes["Country"]; n != 3 {
		t.Errorf("%d countries, want 3: the statement before the failure stays", n)
	}
}
