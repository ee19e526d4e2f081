package graph

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/geokg/geokg/extract"
)

// article is one extraction checked against the schema and turned into the
// rows the loader writes. Nothing in it has touched the database.
type article struct {
	id    string
	path  string
	date  string         // published, YYYY-MM-DD, or ""
	props map[string]any // the Article node's properties
	nodes []nodeRow      // sorted by label order, then key
	rels  []relRow       // in the order of the extraction
}

type nodeRow struct {
	label    string
	key      string
	name     string
	aliases  []string // without name, deduplicated, sorted
	generic  bool
	scope    string // what a generic entity's key is scoped by
	country  string
	mentions int
}

type relRow struct {
	typ, source, target string // node keys; symmetric types have source < target
	props               map[string]string
	evidence            string
	span                string // "start-end", byte offsets in the article text
	saidBy              string // node key of who said it, or ""
}

// size is what an article weighs against Config.BatchSize: its relations
// (its entities come along), and at least 1.
func size(a *article) int { return max(len(a.rels), 1) }

// prepare validates g and builds its rows. Every error wraps ErrInvalid:
// the article cannot be written as it is.
func (m *model) prepare(g *extract.Graph) (*article, error) {
	if g == nil {
		return nil, fmt.Errorf("%w: nil extraction", ErrInvalid)
	}
	if g.Article.ID == "" {
		return nil, fmt.Errorf("%w: article has no id", ErrInvalid)
	}
	keys := entityKeys(m.rels, g)
	a := &article{
		id:   g.Article.ID,
		path: g.Article.Path,
		date: g.Article.Published,
		props: map[string]any{
			"id": g.Article.ID, "title": g.Article.Title, "published": g.Article.Published,
			"source": g.Article.Source, "path": g.Article.Path, "bytes": int64(g.Article.Bytes),
		},
	}
	labels := map[string]string{} // entity id -> label
	byKey := map[string]*nodeRow{}
	for i, e := range g.Entities {
		switch {
		case e.ID == "":
			return nil, fmt.Errorf("%w: entity %d (%q) has no id", ErrInvalid, i, e.Name)
		case e.Name == "":
			return nil, fmt.Errorf("%w: entity %s has no name", ErrInvalid, e.ID)
		case !m.isLabel[e.Label]:
			return nil, fmt.Errorf("%w: entity %s: unknown label %q", ErrInvalid, e.ID, e.Label)
		}
		if l, dup := labels[e.ID]; dup && l != e.Label {
			return nil, fmt.Errorf("%w: entity %s is both %s and %s", ErrInvalid, e.ID, l, e.Label)
		}
		labels[e.ID] = e.Label
		n := byKey[keys[e.ID]]
		if n == nil {
			n = &nodeRow{label: e.Label, key: keys[e.ID], name: e.Name, generic: e.Generic, country: e.Country}
			if e.Generic {
				n.scope = n.key[len(e.ID)+1:]
			}
			byKey[n.key] = n
		}
		n.aliases = append(n.aliases, e.Name)
		n.aliases = append(n.aliases, e.Aliases...)
		n.mentions += max(e.Mentions, 1)
	}
	for _, n := range byKey {
		n.aliases = slices.DeleteFunc(n.aliases, func(s string) bool { return s == n.name || s == "" })
		slices.Sort(n.aliases)
		n.aliases = slices.Compact(n.aliases)
		a.nodes = append(a.nodes, *n)
	}
	slices.SortFunc(a.nodes, func(x, y nodeRow) int {
		return cmp.Or(cmp.Compare(m.labelOrder[x.label], m.labelOrder[y.label]), cmp.Compare(x.key, y.key))
	})

	for i, r := range g.Relations {
		rt, ok := m.rels[r.Type]
		if !ok {
			return nil, fmt.Errorf("%w: relation %d: unknown type %q", ErrInvalid, i, r.Type)
		}
		src, ok1 := labels[r.Source]
		dst, ok2 := labels[r.Target]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%w: relation %d (%s %s -> %s): endpoint is not an entity of the article",
				ErrInvalid, i, r.Type, r.Source, r.Target)
		}
		if !allows(rt, src, dst) {
			return nil, fmt.Errorf("%w: relation %d: %s cannot join %s %s to %s %s",
				ErrInvalid, i, r.Type, src, r.Source, dst, r.Target)
		}
		row := relRow{
			typ: r.Type, source: keys[r.Source], target: keys[r.Target],
			evidence: r.Evidence,
			span:     strconv.Itoa(r.Span.Start()) + "-" + strconv.Itoa(r.Span.End()),
		}
		if rt.Symmetric && row.target < row.source {
			row.source, row.target = row.target, row.source
		}
		if r.SaidBy != "" {
			row.saidBy = cmp.Or(keys[r.SaidBy], r.SaidBy)
		}
		for _, p := range rt.Properties {
			if v := r.Properties[p]; v != "" {
				if row.props == nil {
					row.props = map[string]string{}
				}
				row.props[p] = v
			}
		}
		a.rels = append(a.rels, row)
	}
	a.nodes = withoutIdleGeneric(a.nodes, a.rels)
	return a, nil
}

// withoutIdleGeneric drops the generic entities ("an agreement",
// "missiles") that no relation of the article joins: without a fact they
// say nothing and would only crowd the graph. Named entities stay.
func withoutIdleGeneric(nodes []nodeRow, rels []relRow) []nodeRow {
	used := map[string]bool{}
	for _, r := range rels {
		used[r.source], used[r.target] = true, true
	}
	return slices.DeleteFunc(nodes, func(n nodeRow) bool { return n.generic && !used[n.key] })
}

// propsJSON is how one evidence entry's properties are kept on the
// relationship, so that Forget can recompute them without the article.
func propsJSON(p map[string]string) string {
	if len(p) == 0 {
		return "{}"
	}
	b, _ := json.Marshal(p) // a map[string]string always marshals; keys sorted
	return string(b)
}
