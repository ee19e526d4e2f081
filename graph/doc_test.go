package graph

import (
	_ "embed"
	"strings"
	"testing"
)

// doc is the package documentation, for tests that check its examples.
//
//go:embed doc.go
var doc string

// docQueries returns the indented Cypher blocks of the doc's "Example
// Cypher" section.
func docQueries() []string {
	section := doc[strings.Index(doc, "// # Example Cypher"):]
	section = section[:strings.Index(section, "// # Errors")]
	var out []string
	var cur []string
	for _, line := range strings.Split(section, "\n") {
		if q, ok := strings.CutPrefix(line, "//\t"); ok {
			cur = append(cur, q)
			continue
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	return out
}

// TestDocQueriesRun keeps the package doc honest: every example query runs
// on a loaded graph and returns something.
func TestDocQueriesRun(t *testing.T) {
	st, driver, _ := cleanStore(t)
	mustLoad(t, st, readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json"))
	qs := docQueries()
	if len(qs) < 6 {
		t.Fatalf("found %d example queries in doc.go", len(qs))
	}
	for _, q := range qs {
		rows := query(t, driver, q, map[string]any{"id": "sha256:1111111111111111"})
		if len(rows) == 0 && !strings.Contains(q, "fulltext") { // the full-text index may lag
			t.Errorf("no rows from\n%s", q)
		}
	}
}
