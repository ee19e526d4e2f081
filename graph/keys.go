package graph

import (
	"slices"

	"github.com/geokg/geokg/extract"
)

// placeType is the relationship type whose target places a generic
// source ("radar LOCATED_IN the Czech Republic").
const placeType = "LOCATED_IN"

// ownsTarget reports whether a relationship of type t makes its source
// the owner of a generic target ("the United States DEPLOYS radar").
func ownsTarget(t string) bool {
	switch t {
	case "DEPLOYS", "BUILDS", "DEVELOPS":
		return true
	}
	return false
}

// EntityKeys returns the node key of every entity of g, by entity id.
//
// A named entity's key is its id: "country:RUS", "weaponsystem:s-400".
// A generic entity ("radar", "interceptor missiles") is scoped, so that the
// radar of one story does not become the radar of every story:
//
//	id "@" owner    the non-generic source of a DEPLOYS, BUILDS or DEVELOPS
//	                relation to it in the same article (the smallest id if
//	                several): "weaponsystem:radar@country:USA"
//	id "@" place    else the non-generic target of its LOCATED_IN relation:
//	                "weaponsystem:radar@country:CZE"
//	id "@" article  else the article id: "weaponsystem:radar@326f6ed9e07f00b8"
//
// So two articles about the American radar share one node, and a radar
// nobody owns stays with the article that mentions it.
func EntityKeys(g *extract.Graph) map[string]string {
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
		case ownsTarget(r.Type) && generic[r.Target] && !generic[r.Source]:
			owners[r.Target] = append(owners[r.Target], r.Source)
		case r.Type == placeType && generic[r.Source] && !generic[r.Target]:
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
