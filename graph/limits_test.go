package graph

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
)

// TestLoadRefusesOversizedArticle checks that an article whose rows exceed
// what one transaction may hold is refused up front, naming the limit,
// before anything touches the server (this Store has no driver at all).
func TestLoadRefusesOversizedArticle(t *testing.T) {
	m, err := newModel(testSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	st := &Store{model: m, cfg: Config{}.withDefaults()}
	huge := strings.Repeat("Russia supplies Iran with missiles. ", MaxArticleBytes/36+1)
	g := &extract.Graph{
		Article: extract.Article{ID: "big", Path: "big.txt"},
		Entities: []extract.Entity{
			{ID: "country:RUS", Label: "Country", Name: "Russia"},
			{ID: "country:IRN", Label: "Country", Name: "Iran"},
		},
		Relations: []extract.Relation{{Type: "SUPPLIES", Source: "country:RUS", Target: "country:IRN", Evidence: huge}},
	}
	sum, err := st.Load(context.Background(), []*extract.Graph{g})
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("err %v, want ErrInvalid", err)
	}
	if len(sum.Failed) != 1 || !strings.Contains(sum.Failed[0].Error, "over the 16 MiB one transaction may hold") {
		t.Errorf("failed %+v", sum.Failed)
	}
}
