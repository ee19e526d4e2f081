package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/schema"
)

func testSchema(t testing.TB) *schema.Schema {
	t.Helper()
	s, err := schema.Default()
	if err != nil {
		t.Fatalf("schema: %v", err)
	}
	return s
}

// storeConfig turns the test server's settings into a Config.
func storeConfig(c neo4jtest.Config) Config {
	return Config{URI: c.URI, Username: c.Username, Password: c.Password, Database: c.Database}
}

// cleanStore gives the test a Store on an empty graph (see neo4jtest.Clean)
// and the driver, to look at the graph with queries of its own.
func cleanStore(t testing.TB) (*Store, neo4j.DriverWithContext, Config) {
	t.Helper()
	driver, nc := neo4jtest.Clean(t)
	cfg := storeConfig(nc)
	return openStore(t, cfg), driver, cfg
}

func openStore(t testing.TB, cfg Config) *Store {
	t.Helper()
	ctx := context.Background()
	st, err := Open(ctx, cfg, testSchema(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = st.Close(context.Background()) })
	return st
}

// readGraph reads a GUIDE-shaped JSON extraction from testdata.
func readGraph(t testing.TB, name string) *extract.Graph {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var g extract.Graph
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &g
}

// query runs a read query with the test's own driver and returns the rows
// as maps.
func query(t testing.TB, driver neo4j.DriverWithContext, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(neo4jtest.ConfigFromEnv().Database))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	out := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.AsMap()
	}
	return out
}

// count returns the single integer a counting query returns.
func count(t testing.TB, driver neo4j.DriverWithContext, cypher string) int {
	t.Helper()
	rows := query(t, driver, cypher, nil)
	if len(rows) != 1 || len(rows[0]) != 1 {
		t.Fatalf("%s: want one value, got %v", cypher, rows)
	}
	for _, v := range rows[0] {
		return int(v.(int64))
	}
	return 0
}

func mustLoad(t testing.TB, st *Store, docs ...*extract.Graph) Summary {
	t.Helper()
	sum, err := st.Load(context.Background(), docs)
	if err != nil {
		t.Fatalf("Load: %v (failed %+v)", err, sum.Failed)
	}
	return sum
}

// reset empties the database and puts the schema back, for tests that
// compare two loads while holding neo4jtest's lock.
func reset(t testing.TB, st *Store, driver neo4j.DriverWithContext) {
	t.Helper()
	ctx := context.Background()
	if err := neo4jtest.EmptyDatabase(ctx, driver, st.cfg.Database); err != nil {
		t.Fatal(err)
	}
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
}

// dump is a canonical picture of the whole graph, one sorted line per node
// and relationship (Evidence nodes and REPORTS included), for comparing two
// ways of reaching a graph: every property but the Articles' loaded_at,
// and aliases too unless withAliases is false (Forget keeps the aliases an
// article contributed).
func dump(t testing.TB, driver neo4j.DriverWithContext, withAliases bool) []string {
	t.Helper()
	var out []string
	for _, row := range query(t, driver, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS p", nil) {
		p := row["p"].(map[string]any)
		delete(p, "loaded_at")
		if !withAliases {
			delete(p, "aliases")
		}
		out = append(out, fmt.Sprint("node ", row["labels"], " ", canon(p)))
	}
	rels := query(t, driver, `MATCH (s)-[r]->(t)
RETURN coalesce(s.key, s.id) AS s, type(r) AS type, coalesce(t.key, t.fact + "|" + t.article) AS t, properties(r) AS p`, nil)
	for _, row := range rels {
		out = append(out, fmt.Sprint("rel ", row["s"], " ", row["type"], " ", row["t"], " ", canon(row["p"].(map[string]any))))
	}
	slices.Sort(out)
	return out
}

// canon prints a map with sorted keys.
func canon(m map[string]any) string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Fprintf(&b, "%s=%v ", k, m[k])
	}
	return b.String()
}

// diffLines reports the lines only in a and only in b.
func diffLines(t testing.TB, what string, a, b []string) {
	t.Helper()
	if slices.Equal(a, b) {
		return
	}
	onlyA, onlyB := []string{}, []string{}
	for _, l := range a {
		if !slices.Contains(b, l) {
			onlyA = append(onlyA, l)
		}
	}
	for _, l := range b {
		if !slices.Contains(a, l) {
			onlyB = append(onlyB, l)
		}
	}
	t.Errorf("%s: graphs differ (%d vs %d lines)\nonly in first:\n  %s\nonly in second:\n  %s", what, len(a), len(b),
		strings.Join(head(onlyA, 10), "\n  "), strings.Join(head(onlyB, 10), "\n  "))
}

func head(l []string, n int) []string { return l[:min(n, len(l))] }
