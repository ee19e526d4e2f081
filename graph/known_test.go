package graph

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/extract"
)

// TestKnownPaths protects geokg follow's test of novelty: the paths of
// loaded articles are known, others are not, and the look-up uses the
// index that IndexPaths makes (twice without error).
func TestKnownPaths(t *testing.T) {
	st, driver, cfg := cleanStore(t)
	ctx := context.Background()
	for range 2 {
		if err := st.IndexPaths(ctx); err != nil {
			t.Fatalf("IndexPaths: %v", err)
		}
	}
	a := &extract.Graph{Article: extract.Article{ID: "0000000000000001", Path: "https://example.org/a", Bytes: 1}}
	b := &extract.Graph{Article: extract.Article{ID: "0000000000000002", Path: "https://example.org/b", Bytes: 1}}
	mustLoad(t, st, a, b)

	got, err := st.KnownPaths(ctx, []string{"https://example.org/b", "https://example.org/c", "https://example.org/a", "https://example.org/b"})
	if err != nil {
		t.Fatal(err)
	}
	if keys := slices.Sorted(maps.Keys(got)); !slices.Equal(keys, []string{"https://example.org/a", "https://example.org/b"}) {
		t.Errorf("known %v, want a and b", keys)
	}
	if got, err := st.KnownPaths(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no paths: %v, %v", got, err)
	}

	res, err := neo4j.ExecuteQuery(ctx, driver, "EXPLAIN "+knownPathsQuery, map[string]any{"paths": []string{"x"}},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatal(err)
	}
	if plan := res.Summary.Plan(); plan == nil || !usesIndex(plan) {
		t.Errorf("KnownPaths does not seek the path index")
	}
}

// usesIndex reports whether a plan has an index seek.
func usesIndex(p neo4j.Plan) bool {
	if op := p.Operator(); op == "NodeIndexSeek" || op == "NodeIndexSeek@neo4j" {
		return true
	}
	for _, c := range p.Children() {
		if usesIndex(c) {
			return true
		}
	}
	return false
}
