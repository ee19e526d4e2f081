package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/geokg/geokg/extract"
)

// TestForgetRemovesExactlyWhatOnlyItSupported protects Forget: loading
// some articles and forgetting one gives the graph of loading the others
// (aliases aside, which entities keep), with the shared facts'
// properties and dates recomputed; forgetting them all empties the graph.
func TestForgetRemovesExactlyWhatOnlyItSupported(t *testing.T) {
	st, driver, _ := cleanStore(t)
	ctx := context.Background()
	a1, a2 := readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json")
	gen := corpus(testSchema(t), 5, 25, 20)

	tests := []struct {
		name   string
		load   []*extract.Graph
		forget []string
		keep   []*extract.Graph
	}{
		{"later article", []*extract.Graph{a1, a2}, []string{a2.Article.ID}, []*extract.Graph{a1}},
		{"earlier article", []*extract.Graph{a1, a2}, []string{a1.Article.ID}, []*extract.Graph{a2}},
		{"one of a corpus", gen, []string{gen[7].Article.ID}, append(append([]*extract.Graph{}, gen[:7]...), gen[8:]...)},
		{"all", []*extract.Graph{a1, a2}, []string{a1.Article.ID, a2.Article.ID}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reset(t, st, driver)
			mustLoad(t, st, tt.keep...)
			want := dump(t, driver, false)

			reset(t, st, driver)
			mustLoad(t, st, tt.load...)
			for _, id := range tt.forget {
				sum, err := st.Forget(ctx, id)
				if err != nil {
					t.Fatalf("Forget %s: %v", id, err)
				}
				if sum.Articles != 1 {
					t.Errorf("Forget %s: %+v", id, sum)
				}
			}
			diffLines(t, "forget vs never loaded", want, dump(t, driver, false))
			if len(tt.keep) == 0 {
				if n := count(t, driver, `MATCH (n) RETURN count(n)`); n != 0 {
					t.Errorf("%d nodes left, want none", n)
				}
			}
		})
	}
}

// TestForgetDetails checks the summary, the recomputed properties of a
// shared fact, ErrNotFound, and that a forgotten article loads again.
func TestForgetDetails(t *testing.T) {
	st, driver, _ := cleanStore(t)
	ctx := context.Background()
	a1, a2 := readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json")
	mustLoad(t, st, a1, a2)
	full := dump(t, driver, true)

	sum, err := st.Forget(ctx, a2.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Only a2: interceptor missiles (node) and OPPOSES; shared: SUPPLIES,
	// HOLDS_OFFICE, DEPLOYS of the radar.
	if sum.Articles != 1 || sum.NodesDeleted != 1 || sum.RelsDeleted != 1 || sum.RelsMatched != 3 {
		t.Errorf("Forget: %+v, want 1 node and 1 relationship deleted, 3 updated", sum)
	}
	rows := query(t, driver, `MATCH (:Country {key: "country:USA"})-[r:DEPLOYS]->()
RETURN r.status AS status, r.last_seen AS last, size(r.evidence) AS n`, nil)
	if len(rows) != 1 || rows[0]["status"] != "planned" || rows[0]["last"] != "2007-04-23" || rows[0]["n"] != int64(1) {
		t.Errorf("DEPLOYS after forgetting the later article: %v, want status planned, last seen 2007-04-23, 1 sentence", rows)
	}

	if _, err := st.Forget(ctx, a2.Article.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Forget twice: %v, want ErrNotFound", err)
	}
	again := mustLoad(t, st, a2)
	if again.Articles != 1 {
		t.Errorf("reload after Forget: %+v", again)
	}
	diffLines(t, "forget then reload", full, dump(t, driver, true))
}
