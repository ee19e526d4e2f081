// Package hostile holds test input whose values try to break out of
// whatever quotes them (Cypher literals and names, XML, CSV, JSON), for the
// tests of every writer. Import it from _test.go files only.
package hostile

import "github.com/geokg/geokg/extract"

// Value would break out of a naively quoted Cypher string or identifier,
// an XML text node or a CSV field.
const Value = "O'Brien \"the `boss`\" \\ '}) DETACH DELETE n // <x>&amp;\n;\u2028end"

// Graph returns an article with id whose values are all Value: a person
// holding an office (two sentences), a generic radar that Russia deploys,
// and a symmetric MET_WITH.
func Graph(id string) *extract.Graph {
	return &extract.Graph{
		Article: extract.Article{ID: id, Title: Value, Path: "dir/" + Value, Source: Value},
		Entities: []extract.Entity{
			{ID: "person:x", Label: "Person", Name: Value, Aliases: []string{Value, "X; Y"}, Mentions: 2},
			{ID: "country:RUS", Label: "Country", Name: "Russia", Aliases: []string{"Moscow"}},
			{ID: "weaponsystem:radar", Label: "WeaponSystem", Name: "radar", Generic: true},
		},
		Relations: []extract.Relation{
			{Type: "HOLDS_OFFICE", Source: "person:x", Target: "country:RUS", Properties: map[string]string{"title": Value}, Evidence: Value, Span: extract.Span{3, 40}},
			{Type: "HOLDS_OFFICE", Source: "person:x", Target: "country:RUS", Properties: map[string]string{}, Evidence: "Second sentence.", Span: extract.Span{41, 57}},
			{Type: "DEPLOYS", Source: "country:RUS", Target: "weaponsystem:radar", Evidence: "Russia deploys radar.", Span: extract.Span{60, 80}},
			{Type: "MET_WITH", Source: "person:x", Target: "country:RUS", Evidence: Value, Span: extract.Span{0, 2}},
		},
	}
}
