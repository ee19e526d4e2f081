package graph

import (
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// TestEntityKeys protects the generic-entity key scheme: named entities
// keep their id; a generic one is scoped by its owner, else its place,
// else its article, so "radar" never collapses across unrelated stories.
func TestEntityKeys(t *testing.T) {
	usa := extract.Entity{ID: "country:USA", Label: "Country", Name: "United States"}
	pol := extract.Entity{ID: "country:POL", Label: "Country", Name: "Poland"}
	cze := extract.Entity{ID: "country:CZE", Label: "Country", Name: "Czech Republic"}
	radar := extract.Entity{ID: "weaponsystem:radar", Label: "WeaponSystem", Name: "radar", Generic: true}
	s400 := extract.Entity{ID: "weaponsystem:s-400", Label: "WeaponSystem", Name: "S-400"}
	rel := func(typ, s, t string) extract.Relation { return extract.Relation{Type: typ, Source: s, Target: t} }

	tests := []struct {
		name     string
		entities []extract.Entity
		rels     []extract.Relation
		id, want string
	}{
		{"named keeps its id", []extract.Entity{usa, s400}, []extract.Relation{rel("DEPLOYS", usa.ID, s400.ID)}, s400.ID, "weaponsystem:s-400"},
		{"generic scoped by owner", []extract.Entity{usa, cze, radar},
			[]extract.Relation{rel("LOCATED_IN", radar.ID, cze.ID), rel("DEPLOYS", usa.ID, radar.ID)}, radar.ID, "weaponsystem:radar@country:USA"},
		{"smallest of several owners", []extract.Entity{usa, pol, radar},
			[]extract.Relation{rel("BUILDS", usa.ID, radar.ID), rel("DEVELOPS", pol.ID, radar.ID)}, radar.ID, "weaponsystem:radar@country:POL"},
		{"generic scoped by place", []extract.Entity{cze, radar},
			[]extract.Relation{rel("LOCATED_IN", radar.ID, cze.ID)}, radar.ID, "weaponsystem:radar@country:CZE"},
		{"opposing is not owning", []extract.Entity{usa, radar},
			[]extract.Relation{rel("OPPOSES", usa.ID, radar.ID)}, radar.ID, "weaponsystem:radar@sha256:abc"},
		{"generic alone scoped by article", []extract.Entity{radar}, nil, radar.ID, "weaponsystem:radar@sha256:abc"},
	}
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &extract.Graph{Article: extract.Article{ID: "sha256:abc"}, Entities: tt.entities, Relations: tt.rels}
			if got := EntityKeys(s, g)[tt.id]; got != tt.want {
				t.Errorf("key of %s = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}
