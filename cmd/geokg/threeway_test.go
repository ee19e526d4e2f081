package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// The README's pipelines, run verbatim by TestThreeWaysSameGraph (and
// checked to be in README.md), in a directory holding articles/.
const (
	pipelineJSONL   = "geokg extract articles/ > graph.jsonl"
	pipelineGraphML = "geokg extract --format graphml articles/ > graph.graphml"
	pipelineCypher  = "geokg extract --format cypher articles/ > graph.cypher && geokg cypher graph.cypher"
	pipelinePipe    = "geokg extract --format cypher articles/ | geokg cypher -"
	pipelineCSV     = "geokg extract --format csv --out import/ articles/"
	pipelineImport  = `scripts/neo4j stop && scripts/neo4j admin database import full neo4j --overwrite-destination \
  --nodes=import/articles.csv --nodes=import/entities.csv --nodes=import/evidence.csv \
  --relationships=import/mentions.csv --relationships=import/relationships.csv \
  --relationships=import/reports.csv \
  --array-delimiter=U+001F --multiline-fields=true
scripts/neo4j start && geokg schema apply`
)

// TestREADMEPipelines checks that the pipelines these tests run are the
// README's, word for word.
func TestREADMEPipelines(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{pipelineJSONL, pipelineGraphML, pipelineCypher, pipelinePipe, pipelineCSV, pipelineImport} {
		if !strings.Contains(string(raw), p) {
			t.Errorf("README.md lacks the pipeline\n%s", p)
		}
	}
	if got := strings.Join(graph.CSVImportArgs("import"), " "); !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(pipelineImport, "\\\n", "")), " "), got) {
		t.Errorf("the import pipeline lacks the arguments graph.CSVImportArgs gives: %s", got)
	}
}

// TestThreeWaysSameGraph loads the same articles three ways and compares
// full dumps of the graphs (every node with its labels and properties,
// every relationship with its type, ends and properties): geokg load; the
// script of extract --format cypher run statement by statement by geokg
// cypher (also piped, also again on top, which changes nothing); and the
// CSV of extract --format csv imported with neo4j-admin into a fresh
// Neo4j of its own. Each way is the README's pipeline, run with bash.
func TestThreeWaysSameGraph(t *testing.T) {
	bin := geokgBinary(t)
	driver, cfg := neo4jtest.Clean(t)
	work := t.TempDir()
	arts := filepath.Join(work, "articles")
	newsArticles(t, arts, 0, 6)
	for _, f := range []string{"html/gates-moscow-missile-shield.html", "reuters-gates-missile-shield.txt", "own-strikes-and-supplies.txt"} {
		raw, err := os.ReadFile(fixture(t, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, arts, filepath.Base(f), string(raw))
	}
	writeFile(t, arts, "hostile.txt", "MOSCOW (Reuters) - \"O'Brien\"; said `x` \\ '}) DETACH DELETE n // Russia opposed the shield.\n"+
		"Iran said Russia supplied S-300 missiles to Iran.\n")
	writeFile(t, arts, "README.md", "# Not an article\nRussia supplies Iran.\n")
	pipeline := func(cmdline string, env ...string) {
		// the same relative paths every way: Article.path is "articles/..."
		t.Helper()
		cmd := exec.Command("bash", "-euo", "pipefail", "-c", cmdline)
		cmd.Dir = work
		cmd.Env = append(os.Environ(), append([]string{"PATH=" + filepath.Dir(bin) + ":" + os.Getenv("PATH")}, env...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", cmdline, err, out)
		}
	}

	// 1. geokg load.
	pipeline("geokg load --json articles/ > load.json", cfg.Env()...)
	var rep loadReport
	if raw, err := os.ReadFile(filepath.Join(work, "load.json")); err != nil || json.Unmarshal(raw, &rep) != nil {
		t.Fatalf("load.json: %v", err)
	}
	if rep.Loaded != 10 {
		t.Fatalf("load: %+v, want 10 articles (README.md is not one)", rep)
	}
	loaded := dump(t, driver, cfg.Database)
	if len(loaded.nodes) < 20 || len(loaded.rels) < 30 {
		t.Fatalf("load gave a small graph: %d nodes, %d relationships", len(loaded.nodes), len(loaded.rels))
	}

	// 2. The Cypher script, on top of the load (changes nothing), then on
	// an empty database (the same graph), then piped again (nothing).
	pipeline(pipelineCypher, cfg.Env()...)
	compareDumps(t, "load", loaded, "load + cypher script", dump(t, driver, cfg.Database))
	if err := neo4jtest.EmptyDatabase(context.Background(), driver, cfg.Database); err != nil {
		t.Fatal(err)
	}
	pipeline(pipelineCypher, cfg.Env()...)
	compareDumps(t, "load", loaded, "cypher script", dump(t, driver, cfg.Database))
	pipeline(pipelinePipe, cfg.Env()...)
	compareDumps(t, "load", loaded, "cypher script twice", dump(t, driver, cfg.Database))

	// 3. neo4j-admin import of the CSV into a Neo4j of its own, sharing the
	// test server's jars.
	pipeline(pipelineCSV)
	scripts, err := filepath.Abs(filepath.Join("..", "..", "scripts"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(scripts, filepath.Join(work, "scripts")); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(work, "neo4j-home")
	if err := os.MkdirAll(home, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(cfg.Home, "lib"), filepath.Join(home, "lib")); err != nil {
		t.Fatal(err)
	}
	bolt, http := freePort(t), freePort(t)
	imp := neo4jtest.Config{URI: "bolt://127.0.0.1:" + bolt, Username: "neo4j", Password: "import-test-pw", Database: "neo4j"}
	env := append(imp.Env(), "NEO4J_HOME_DIR="+home, "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+http)
	t.Cleanup(func() {
		cmd := exec.Command(filepath.Join(work, "scripts", "neo4j"), "stop")
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("stop the import server: %v\n%s", err, out)
		}
	})
	start := time.Now()
	pipeline(pipelineImport, env...)
	t.Logf("import and start took %v", time.Since(start).Round(time.Second))
	idriver, err := neo4jtest.Open(context.Background(), imp)
	if err != nil {
		t.Fatal(err)
	}
	defer idriver.Close(context.Background())
	compareDumps(t, "load", loaded, "neo4j-admin import", dump(t, idriver, imp.Database))

	// The other README pipelines run too.
	pipeline(pipelineJSONL)
	pipeline(pipelineGraphML)
	if raw, _ := os.ReadFile(filepath.Join(work, "graph.jsonl")); strings.Count(string(raw), "\n") != 10 {
		t.Errorf("graph.jsonl: %d lines, want 10", strings.Count(string(raw), "\n"))
	}
}

// freePort returns a TCP port free on the loopback interface right now.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

// graphDump is a graph as sorted lines: one per node (labels, properties)
// and one per relationship (type, ends, properties), ends named by their
// id or key. loaded_at, the time of writing, is replaced by its type.
type graphDump struct{ nodes, rels []string }

func dump(t *testing.T, driver neo4j.DriverWithContext, db string) graphDump {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	q := func(cypher string) []*neo4j.Record {
		res, err := neo4j.ExecuteQuery(ctx, driver, cypher, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		return res.Records
	}
	line := func(vals ...any) string {
		for i, v := range vals {
			if m, ok := v.(map[string]any); ok {
				if at, ok := m["loaded_at"]; ok {
					if _, isTime := at.(time.Time); !isTime {
						t.Errorf("loaded_at %v is a %T, want a datetime", at, at)
					}
					m["loaded_at"] = "<datetime>"
				}
				vals[i] = m
			}
		}
		b, err := json.Marshal(vals)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var d graphDump
	for _, r := range q("MATCH (n) RETURN labels(n), properties(n)") {
		d.nodes = append(d.nodes, line(r.Values...))
	}
	for _, r := range q("MATCH (s)-[r]->(e) RETURN type(r), coalesce(s.key, s.id), coalesce(e.key, e.id, e.fact + '|' + e.article), properties(r)") {
		d.rels = append(d.rels, line(r.Values...))
	}
	slices.Sort(d.nodes)
	slices.Sort(d.rels)
	return d
}

// compareDumps fails the test with the first lines that differ.
func compareDumps(t *testing.T, wantName string, want graphDump, gotName string, got graphDump) {
	t.Helper()
	for _, part := range []struct {
		what      string
		want, got []string
	}{{"nodes", want.nodes, got.nodes}, {"relationships", want.rels, got.rels}} {
		if slices.Equal(part.want, part.got) {
			continue
		}
		var only []string
		for _, l := range part.want {
			if !slices.Contains(part.got, l) {
				only = append(only, "- "+l)
			}
		}
		for _, l := range part.got {
			if !slices.Contains(part.want, l) {
				only = append(only, "+ "+l)
			}
		}
		if len(only) > 10 {
			only = only[:10]
		}
		t.Errorf("%s: %s has %d %s, %s %d; differing lines (- %s, + %s):\n%s", gotName, wantName, len(part.want), part.what,
			gotName, len(part.got), wantName, gotName, strings.Join(only, "\n"))
	}
}
