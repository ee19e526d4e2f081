package graph

import (
	"cmp"
	"encoding/json"
	"maps"
	"slices"
)

// Rows is the graph of a set of articles as Load writes it into an empty
// database in one transaction, prepared once so that every writer renders
// the same graph: Load, and the Cypher, CSV and GraphML writers of Export.
//
// A property that has no value is absent, never an empty list: a node with
// no other names has no aliases property.
type Rows struct {
	Articles []ArticleRow // sorted by id
	Nodes    []NodeRow    // sorted by label (schema order), then key
	Mentions []MentionRow // sorted by article id, then node key
	Rels     []RelRow     // sorted by type (schema order), source, then target
}

// ArticleRow is an Article node. Besides Props, a writer sets loaded_at,
// the time it writes the node (Load: the server's datetime()).
type ArticleRow struct {
	ID    string
	Props map[string]any // id, title, published, source, path (strings), bytes (int64)
}

// LoadedAt is the Article property holding when the article was written.
const LoadedAt = "loaded_at"

// NodeRow is an entity node, one per key whatever the number of articles
// that mention it.
type NodeRow struct {
	Label string
	Key   string
	// Props: key, name (strings); aliases ([]string, the other names seen,
	// sorted); generic (true) and scope for generic entities; country.
	Props map[string]any
}

// MentionRow is a MENTIONS relationship from an article to an entity node,
// with the number of the article's mentions of it as property count.
type MentionRow struct {
	Article string // article id
	Key     string // node key
	Count   int64
}

// RelRow is a relationship of the ontology, one per (type, source,
// target) whatever the number of sentences that support it.
type RelRow struct {
	Type                     string
	Source, Target           string // node keys
	SourceLabel, TargetLabel string
	// Props holds everything on the relationship: the parallel lists
	// articles, evidence, spans, said_by, dates and evidence_props
	// ([]string, one entry per supporting sentence, oldest article first;
	// a list whose entries are all "" is absent), first_seen and
	// last_seen (absent when no article is dated), and the schema's
	// properties of the type (strings, the latest dated value).
	Props map[string]any

	entries provenance // the supporting sentences, in the order of the lists
}

// evidenceEntry is one supporting sentence on a relationship: the parallel
// lists articles, evidence, spans, said_by, dates and evidence_props, read
// at one index.
type evidenceEntry struct {
	article, evidence, span, saidBy, date, props string
}

// provenance is the evidence of one relationship, in list order.
type provenance []evidenceEntry

// merged returns the relationship's properties from its evidence: the
// lists (a list whose entries are all "" is absent), first_seen and
// last_seen, and per property in names the value of the latest dated entry
// that states it. withNulls includes what is absent as nil, for a SET that
// must remove it.
func (p provenance) merged(names []string, withNulls bool) map[string]any {
	props := map[string]any{}
	if withNulls {
		for _, n := range names {
			props[n] = nil
		}
	}
	byDate := slices.Clone(p)
	slices.SortStableFunc(byDate, func(x, y evidenceEntry) int { return cmp.Compare(x.date, y.date) })
	for _, e := range byDate {
		var m map[string]string
		_ = json.Unmarshal([]byte(e.props), &m) // written by propsJSON; an unreadable entry states nothing
		for k, v := range m {
			if slices.Contains(names, k) {
				props[k] = v
			}
		}
		if e.date != "" {
			if _, ok := props["first_seen"]; !ok {
				props["first_seen"] = e.date
			}
			props["last_seen"] = e.date
		}
	}
	lists := map[string][]string{}
	for _, e := range p {
		for k, v := range map[string]string{"articles": e.article, "evidence": e.evidence, "spans": e.span,
			"said_by": e.saidBy, "dates": e.date, "evidence_props": e.props} {
			lists[k] = append(lists[k], v)
		}
	}
	for k, v := range lists {
		if slices.ContainsFunc(v, func(s string) bool { return s != "" }) {
			props[k] = v
		} else if withNulls {
			props[k] = nil
		}
	}
	return props
}

// rows merges prepared articles into the rows of one graph.
func (m *model) rows(arts []*article) Rows {
	var out Rows
	arts = slices.SortedFunc(slices.Values(arts), func(x, y *article) int { return cmp.Compare(x.id, y.id) })
	nodes := map[string]*NodeRow{}
	aliases := map[string]map[string]bool{} // key -> names other than the node's name
	for _, a := range arts {
		out.Articles = append(out.Articles, ArticleRow{ID: a.id, Props: a.props})
		for _, n := range a.nodes {
			row := nodes[n.key]
			if row == nil {
				props := map[string]any{"key": n.key, "name": n.name}
				if n.generic {
					props["generic"], props["scope"] = true, n.scope
				}
				if n.country != "" {
					props["country"] = n.country
				}
				row = &NodeRow{Label: n.label, Key: n.key, Props: props}
				nodes[n.key] = row
				aliases[n.key] = map[string]bool{}
			}
			for _, x := range append([]string{n.name}, n.aliases...) {
				if x != row.Props["name"] {
					aliases[n.key][x] = true
				}
			}
			out.Mentions = append(out.Mentions, MentionRow{Article: a.id, Key: n.key, Count: int64(n.mentions)})
		}
	}
	for key, row := range nodes {
		if len(aliases[key]) > 0 {
			row.Props["aliases"] = slices.Sorted(maps.Keys(aliases[key]))
		}
		out.Nodes = append(out.Nodes, *row)
	}
	slices.SortFunc(out.Nodes, func(x, y NodeRow) int {
		return cmp.Or(cmp.Compare(m.labelOrder[x.Label], m.labelOrder[y.Label]), cmp.Compare(x.Key, y.Key))
	})
	slices.SortFunc(out.Mentions, func(x, y MentionRow) int {
		return cmp.Or(cmp.Compare(x.Article, y.Article), cmp.Compare(x.Key, y.Key))
	})

	groups := map[[3]string]*RelRow{}
	for _, a := range arts {
		for _, r := range a.rels {
			k := [3]string{r.typ, r.source, r.target}
			g := groups[k]
			if g == nil {
				g = &RelRow{Type: r.typ, Source: r.source, Target: r.target,
					SourceLabel: nodes[r.source].Label, TargetLabel: nodes[r.target].Label}
				groups[k] = g
			}
			g.entries = append(g.entries, evidenceEntry{article: a.id, evidence: r.evidence, span: r.span,
				saidBy: r.saidBy, date: a.date, props: propsJSON(r.props)})
		}
	}
	for _, g := range groups {
		// Oldest article first, as several loads in date order would
		// append them.
		slices.SortStableFunc(g.entries, func(x, y evidenceEntry) int { return cmp.Compare(x.date, y.date) })
		g.Props = g.entries.merged(m.rels[g.Type].Properties, false)
		out.Rels = append(out.Rels, *g)
	}
	slices.SortFunc(out.Rels, func(x, y RelRow) int {
		return cmp.Or(cmp.Compare(m.typeOrder[x.Type], m.typeOrder[y.Type]),
			cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	return out
}
