package graph

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// poolSize is how many distinct entities of each label the generated
// corpus draws from. Few countries and many people, as in the news: the
// same country pairs recur across articles, so relationships gain
// evidence and loaders contend on the same nodes.
var poolSize = map[string]int{
	"Country": 40, "Person": 400, "Organization": 120, "Location": 150,
	"Facility": 80, "WeaponSystem": 100, "Program": 60, "Agreement": 60,
}

// corpus generates n articles of about rels relations each, the same for
// the same seed: entities drawn from fixed pools, relations of the
// schema's types between labels they allow, every fifth weapon system
// generic, dates spread over 2007.
func corpus(s *schema.Schema, seed uint64, n, rels int) []*extract.Graph {
	rng := rand.New(rand.NewPCG(seed, 1))
	docs := make([]*extract.Graph, n)
	for i := range docs {
		g := &extract.Graph{Article: extract.Article{
			ID:        fmt.Sprintf("sha256:%016x", seed<<32|uint64(i)),
			Title:     fmt.Sprintf("Generated article %d", i),
			Published: fmt.Sprintf("2007-%02d-%02d", 1+i%12, 1+i%28),
			Source:    "Generator",
			Path:      fmt.Sprintf("gen/%d.txt", i),
		}}
		ents := map[string]extract.Entity{}
		entity := func(label string) string {
			k := rng.IntN(poolSize[label])
			id := fmt.Sprintf("%s:%d", label, k)
			e, ok := ents[id]
			if !ok {
				e = extract.Entity{ID: id, Label: label, Name: fmt.Sprintf("%s %d", label, k),
					Aliases: []string{fmt.Sprintf("%s #%d", label, k)}, Generic: label == "WeaponSystem" && k%5 == 0}
			}
			e.Mentions++
			ents[id] = e
			return id
		}
		for j := range rels {
			rt := s.Relations[rng.IntN(len(s.Relations))]
			src := entity(rt.Sources[rng.IntN(len(rt.Sources))])
			dst := entity(rt.Targets[rng.IntN(len(rt.Targets))])
			if rt.Symmetric && dst < src {
				src, dst = dst, src
			}
			props := map[string]string{}
			for _, p := range rt.Properties {
				props[p] = fmt.Sprintf("%s %d", p, rng.IntN(3))
			}
			g.Relations = append(g.Relations, extract.Relation{
				Type: rt.Name, Source: src, Target: dst, Properties: props,
				Evidence: fmt.Sprintf("Sentence %d of article %d: %s %s %s.", j, i, src, rt.Name, dst),
				Span:     extract.Span{j * 100, j*100 + 60},
			})
		}
		for _, id := range slices.Sorted(maps.Keys(ents)) {
			g.Entities = append(g.Entities, ents[id])
		}
		docs[i] = g
	}
	return docs
}
