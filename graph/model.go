package graph

import (
	"fmt"
	"slices"

	"github.com/geokg/geokg/schema"
)

// Names the loader itself owns. They are constants, never read from input.
const (
	articleLabel = "Article"
	mentionsType = "MENTIONS"
	fulltextName = "entityNames"
)

// model is the part of the schema the loader writes with: the entity
// labels and the relationship types. Every name in it has passed
// schema.IsIdentifier, so it may be written into Cypher text.
type model struct {
	labels  []string // entity labels, in schema order (Article excluded)
	isLabel map[string]bool
	types   []string // relationship types, in schema order
	rels    map[string]schema.RelationType

	labelOrder, typeOrder map[string]int // position in labels, types
	nodeQuery, relQuery   string         // built from labels and types
	relUpdateQuery        string         // the summaries relQuery read, written back
	relDeleteQuery        string         // relationships deleted between their nodes (Forget)
}

func newModel(s *schema.Schema) (*model, error) {
	m := &model{isLabel: map[string]bool{}, rels: map[string]schema.RelationType{}}
	for _, l := range s.Labels {
		if !schema.IsIdentifier(l.Name) {
			return nil, fmt.Errorf("label %q is not an identifier", l.Name)
		}
		if l.Name == evidenceLabel {
			return nil, fmt.Errorf("label %s is reserved for the loader", l.Name)
		}
		if l.Name == articleLabel || m.isLabel[l.Name] {
			continue
		}
		m.labels = append(m.labels, l.Name)
		m.isLabel[l.Name] = true
	}
	for _, r := range s.Relations {
		if !schema.IsIdentifier(r.Name) {
			return nil, fmt.Errorf("relationship type %q is not an identifier", r.Name)
		}
		if r.Name == mentionsType || r.Name == reportsType {
			return nil, fmt.Errorf("relationship type %s is reserved for the loader", r.Name)
		}
		if _, dup := m.rels[r.Name]; !dup {
			m.types = append(m.types, r.Name)
		}
		m.rels[r.Name] = r
	}
	if len(m.labels) == 0 || len(m.types) == 0 {
		return nil, fmt.Errorf("schema has no entity labels or no relationship types")
	}
	m.labelOrder, m.typeOrder = map[string]int{}, map[string]int{}
	for i, l := range m.labels {
		m.labelOrder[l] = i
	}
	for i, t := range m.types {
		m.typeOrder[t] = i
	}
	m.nodeQuery = unionQuery(nodeBranch, nodeQueryTail, m.labels)
	m.relQuery = unionQuery(relBranch, relQueryTail, m.types)
	m.relUpdateQuery = unionQuery(relUpdateBranch, relUpdateTail, m.types)
	m.relDeleteQuery = unionQuery(relDeleteBranch, relUpdateTail, m.types)
	return m, nil
}

// allows reports whether rt may join a source labelled src to a target
// labelled dst. An empty list allows any label.
func allows(rt schema.RelationType, src, dst string) bool {
	return (len(rt.Sources) == 0 || slices.Contains(rt.Sources, src)) &&
		(len(rt.Targets) == 0 || slices.Contains(rt.Targets, dst))
}
