package graph

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
)

func testModel(t *testing.T) *model {
	t.Helper()
	m, err := newModel(testSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func validGraph() *extract.Graph {
	return &extract.Graph{
		Article: extract.Article{ID: "sha256:0001", Published: "2007-04-23"},
		Entities: []extract.Entity{
			{ID: "country:RUS", Label: "Country", Name: "Russia", Aliases: []string{"Moscow", "Russia"}},
			{ID: "country:IRN", Label: "Country", Name: "Iran"},
			{ID: "person:putin", Label: "Person", Name: "Vladimir Putin"},
		},
		Relations: []extract.Relation{
			{Type: "SUPPLIES", Source: "country:RUS", Target: "country:IRN",
				Properties: map[string]string{"item": "S-300", "colour": "red"}, Evidence: "e1", Span: extract.Span{3, 9}},
		},
	}
}

// TestPrepareRejects protects the whitelist: nothing that is not in the
// schema, and no relation with a dangling or ill-typed endpoint, gets
// near the query text. Each is an ErrInvalid for that article.
func TestPrepareRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(g *extract.Graph)
		want   string
	}{
		{"no article id", func(g *extract.Graph) { g.Article.ID = "" }, "no id"},
		{"unknown label", func(g *extract.Graph) { g.Entities[0].Label = "Country`) DETACH DELETE n //" }, "unknown label"},
		{"Article is not an entity label", func(g *extract.Graph) { g.Entities[0].Label = "Article" }, "unknown label"},
		{"entity without id", func(g *extract.Graph) { g.Entities[1].ID = "" }, "no id"},
		{"entity without name", func(g *extract.Graph) { g.Entities[1].Name = "" }, "no name"},
		{"one id, two labels", func(g *extract.Graph) {
			g.Entities = append(g.Entities, extract.Entity{ID: "country:IRN", Label: "Location", Name: "Iran"})
		}, "both"},
		{"unknown type", func(g *extract.Graph) { g.Relations[0].Type = "SUPPLIES]->() DELETE r //" }, "unknown type"},
		{"MENTIONS is the loader's", func(g *extract.Graph) { g.Relations[0].Type = "MENTIONS" }, "unknown type"},
		{"dangling endpoint", func(g *extract.Graph) { g.Relations[0].Target = "country:XXX" }, "not an entity"},
		{"ill-typed endpoint", func(g *extract.Graph) { g.Relations[0].Type = "HOLDS_OFFICE" }, "cannot join"},
	}
	m := testModel(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := validGraph()
			tt.mutate(g)
			_, err := m.prepare(g)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("prepare: %v, want ErrInvalid mentioning %q", err, tt.want)
			}
		})
	}
	if _, err := m.prepare(nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("prepare(nil): %v", err)
	}
}

// TestPrepareRows checks what a valid article turns into: aliases without
// the name, properties limited to the schema's, symmetric relations with
// source < target.
func TestPrepareRows(t *testing.T) {
	m := testModel(t)
	g := validGraph()
	g.Relations = append(g.Relations, extract.Relation{Type: "MET_WITH", Source: "person:putin", Target: "country:IRN", Span: extract.Span{10, 20}})
	a, err := m.prepare(g)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.nodes) != 3 || a.nodes[0].key != "country:IRN" || a.nodes[1].key != "country:RUS" || a.nodes[2].label != "Person" {
		t.Errorf("nodes not sorted by label order then key: %+v", a.nodes)
	}
	if got := strings.Join(a.nodes[1].aliases, ","); got != "Moscow" {
		t.Errorf("aliases of Russia = %q, want Moscow", got)
	}
	sup := a.rels[0]
	if len(sup.props) != 1 || sup.props["item"] != "S-300" || sup.span != "3-9" {
		t.Errorf("SUPPLIES row = %+v, want item only and span 3-9", sup)
	}
	met := a.rels[1]
	if met.source != "country:IRN" || met.target != "person:putin" {
		t.Errorf("MET_WITH not normalised: %s -> %s", met.source, met.target)
	}
}

// TestBatch checks that articles are grouped in order up to the batch size
// in relations (an article without any weighs 1) and never split.
func TestBatch(t *testing.T) {
	mk := func(n int) *article { return &article{rels: make([]relRow, n), nodes: make([]nodeRow, 2*n)} }
	arts := []*article{mk(3), mk(3), mk(5), mk(1), mk(0)}
	tests := []struct {
		size int
		want []int
	}{
		{1, []int{1, 1, 1, 1, 1}},
		{6, []int{2, 2, 1}},
		{100, []int{5}},
	}
	for _, tt := range tests {
		var got []int
		for _, b := range batch(arts, tt.size) {
			got = append(got, len(b))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("size %d: batches %v, want %v", tt.size, got, tt.want)
		}
	}
}
