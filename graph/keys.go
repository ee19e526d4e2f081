package graph

import (
	"slices"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// EntityKeys returns the node key of every entity of g, by entity id.
//
// A named entity's key is its id: "country:RUS", "weaponsystem:s-400".
// A generic entity ("radar", "interceptor missiles") is scoped, so that the
// radar of one story does not become the radar of every story:
//
//	id "@" owner    the non-generic source of a relation to it whose type
//	                is owned_target in s (DEPLOYS, BUILDS, DEVELOPS) in the
//	                same article (the smallest id if several):
//	                "weaponsystem:radar@country:USA"
//	id "@" place    else the non-generic target of its relation whose
//	                type is places in s (LOCATED_IN):
//	                "weaponsystem:radar@country:CZE"
//	id "@" article  else the article id: "weaponsystem:radar@326f6ed9e07f00b8"
//
// So two articles about the American radar share one node, and a radar
// nobody owns stays with the article that mentions it.
func EntityKeys(s *schema.Schema, g *extract.Graph) map[string]string {
	types := make(map[string]schema.RelationType, len(s.Relations))
	for _, r := range s.Relations {
		types[r.Name] = r
	}
	return entityKeys(types, g)
}

// entityKeys is EntityKeys with the relationship types by name.
func entityKeys(types map[string]schema.RelationType, g *extract.Graph) map[string]string {
	generic := map[string]bool{}
	for _, e := range g.Entities {
		if e.Generic {
			generic[e.ID] = true
		}
	}
	keys := make(map[string]string, len(g.Entities))
	for _, e := range g.Entities {
		keys[e.ID] = e.ID
	}
	if len(generic) == 0 {
		return keys
	}
	owners := map[string][]string{}
	places := map[string][]string{}
	for _, r := range g.Relations {
		switch {
		case types[r.Type].OwnedTarget && generic[r.Target] && !generic[r.Source]:
			owners[r.Target] = append(owners[r.Target], r.Source)
		case types[r.Type].Places && generic[r.Source] && !generic[r.Target]:
			places[r.Source] = append(places[r.Source], r.Target)
		}
	}
	for id := range generic {
		scope := g.Article.ID
		if o := owners[id]; len(o) > 0 {
			scope = slices.Min(o)
		} else if p := places[id]; len(p) > 0 {
			scope = slices.Min(p)
		}
		keys[id] = id + "@" + scope
	}
	return keys
}
