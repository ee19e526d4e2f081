package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/geokg/geokg/extract"
)

// TestOldGraphRefused checks that a graph of the older model (evidence
// lists on the relationship, no Evidence constraint) is refused with
// ErrOldGraph before anything is written, by ApplySchema and by Load.
func TestOldGraphRefused(t *testing.T) {
	st, driver, _ := cleanStore(t)
	ctx := context.Background()
	query(t, driver, `CREATE (:Article {id: "old"})-[:MENTIONS]->(:Country {key: "country:RUS"})
  -[:SUPPLIES {articles: ["old"], evidence: ["Russia sells."]}]->(:Country {key: "country:IRN"})`, nil)
	if err := st.ApplySchema(ctx); !errors.Is(err, ErrOldGraph) {
		t.Errorf("ApplySchema: %v, want ErrOldGraph", err)
	}
	sum, err := st.Load(ctx, []*extract.Graph{readGraph(t, "supplies-1.json")})
	if !errors.Is(err, ErrOldGraph) || sum.Articles != 0 {
		t.Errorf("Load: %+v, %v; want nothing written and ErrOldGraph", sum, err)
	}
	if n := count(t, driver, `MATCH (a:Article) RETURN count(a)`); n != 1 {
		t.Errorf("%d articles, want the old one only", n)
	}
}

// TestPreviousEvidenceModelUpgraded checks the upgrade of a graph written
// by the previous geokg, whose Evidence nodes repeated their fact's type,
// source and target and had a key under a uniqueness constraint:
// ApplySchema removes them, so the graph is the one this version loads,
// and a load and a forget on top work as on a new graph.
func TestPreviousEvidenceModelUpgraded(t *testing.T) {
	st, driver, _ := cleanStore(t)
	ctx := context.Background()
	a1, a2 := readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json")
	mustLoad(t, st, a1, a2)
	want := dump(t, driver, true)

	reset(t, st, driver)
	mustLoad(t, st, a1, a2)
	query(t, driver, `MATCH (e:Evidence) WITH e, split(e.fact, "|") AS f
SET e.key = e.fact + "|" + e.article, e.type = f[0], e.source = f[1], e.target = f[2]`, nil)
	query(t, driver, "CREATE CONSTRAINT "+oldEvidenceConstraint+" FOR (e:Evidence) REQUIRE e.key IS UNIQUE", nil)
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatalf("ApplySchema: %v", err)
	}
	diffLines(t, "upgraded vs loaded", want, dump(t, driver, true))
	if n := count(t, driver, `SHOW CONSTRAINTS YIELD name WHERE name = "`+oldEvidenceConstraint+`" RETURN count(*)`); n != 0 {
		t.Errorf("the old Evidence constraint is still there")
	}
	if _, err := st.Forget(ctx, a2.Article.ID); err != nil {
		t.Fatalf("Forget: %v", err)
	}
	mustLoad(t, st, a2)
	diffLines(t, "upgraded, forgotten and loaded again vs loaded", want, dump(t, driver, true))
}
