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
