package graph

import (
	"cmp"
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
	Articles []ArticleRow  // sorted by id
	Nodes    []NodeRow     // sorted by label (schema order), then key
	Mentions []MentionRow  // sorted by article id, then node key
	Rels     []RelRow      // sorted by type (schema order), source, then target
	Evidence []EvidenceRow // sorted by key
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

// Names returns the node's name then its aliases: what the writers union
// into the node's names.
func (n NodeRow) Names() []string {
	name, _ := n.Props["name"].(string)
	aliases, _ := n.Props["aliases"].([]string)
	return append([]string{name}, aliases...)
}

// MentionRow is a MENTIONS relationship from an article to an entity node,
// with the number of the article's mentions of it as property count.
type MentionRow struct {
	Article string // article id
	Key     string // node key
	Count   int64
}

// RelRow is a relationship of the ontology, one per (type, source,
// target) whatever the number of articles that report it.
type RelRow struct {
	Type                     string
	Source, Target           string // node keys
	SourceLabel, TargetLabel string
	// Props is the relationship's summary of its reports (see facts.go):
	// reports (int64), evidence and evidence_from (the latest sentences
	// and their stamps), property_from, first_seen and last_seen (absent
	// when no report is dated), and the schema's properties of the type
	// that some report states (strings, the value of the latest report).
	Props map[string]any

	reports []*report // one per article, for Load to fold into the summary it finds
}

// EvidenceRow is an Evidence node, one article's report of one fact,
// linked from its Article by a REPORTS relationship.
type EvidenceRow struct {
	Article string // article id
	// Key names the report: fact key + "|" + article id. It is the node's
	// id in the CSV and GraphML files, not a property: (fact, article)
	// says the same.
	Key string
	// Props: fact, article, date (absent when
	// the article is undated) and the parallel per-sentence lists
	// evidence, spans, said_by and evidence_props, and states (a list
	// whose entries are all "", or that is empty, is absent).
	Props map[string]any
}

// summed returns r with Props set to the summary of its reports.
func (r RelRow) summed(m *model) RelRow {
	sm := readSummary(nil)
	for _, x := range r.reports {
		sm.add(x)
	}
	r.Props = m.relProps(r.Type, sm)
	return r
}

// relProps returns the properties of a relationship of type typ with
// summary sm, those without a value left out.
func (m *model) relProps(typ string, sm summary) map[string]any {
	props := map[string]any{}
	for k, v := range sm.params(m.rels[typ].Properties) {
		if v != nil {
			props[k] = v
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

	var fact *RelRow
	for _, r := range m.reports(arts) {
		if fact == nil || fact.Type != r.typ || fact.Source != r.source || fact.Target != r.target {
			if fact != nil {
				out.Rels = append(out.Rels, fact.summed(m))
			}
			fact = &RelRow{Type: r.typ, Source: r.source, Target: r.target,
				SourceLabel: nodes[r.source].Label, TargetLabel: nodes[r.target].Label}
		}
		fact.reports = append(fact.reports, r)
		out.Evidence = append(out.Evidence, EvidenceRow{Article: r.article, Key: r.key(), Props: r.evidence()})
	}
	if fact != nil {
		out.Rels = append(out.Rels, fact.summed(m))
	}
	slices.SortFunc(out.Evidence, func(x, y EvidenceRow) int { return cmp.Compare(x.Key, y.Key) })
	return out
}
