package graph

import (
	"cmp"
	"slices"
)

// nodeRows merges the nodes of several articles: one row per key, aliases
// united, with one mention per article (artEID: article id -> element id),
// sorted by label (in schema order) then key.
func (m *model) nodeRows(arts []*article, artEID map[string]string) []map[string]any {
	byKey := map[string]map[string]any{}
	var keys []nodeRow
	for _, a := range arts {
		for _, n := range a.nodes {
			row := byKey[n.key]
			if row == nil {
				props := map[string]any{"name": n.name}
				if n.generic {
					props["generic"], props["scope"] = true, n.scope
				}
				if n.country != "" {
					props["country"] = n.country
				}
				row = map[string]any{"label": n.label, "key": n.key, "name": n.name, "props": props,
					"aliases": []string{}, "mentions": []map[string]any{}}
				byKey[n.key] = row
				keys = append(keys, n)
			}
			row["mentions"] = append(row["mentions"].([]map[string]any),
				map[string]any{"a": artEID[a.id], "count": int64(n.mentions)})
			aliases := row["aliases"].([]string)
			for _, x := range append([]string{n.name}, n.aliases...) {
				if x != row["name"] && !slices.Contains(aliases, x) {
					aliases = append(aliases, x)
				}
			}
			row["aliases"] = aliases
		}
	}
	slices.SortFunc(keys, func(x, y nodeRow) int {
		return cmp.Or(cmp.Compare(m.labelOrder[x.label], m.labelOrder[y.label]), cmp.Compare(x.key, y.key))
	})
	out := make([]map[string]any, len(keys))
	for i, k := range keys {
		row := byKey[k.key]
		aliases := row["aliases"].([]string)
		slices.Sort(aliases)
		row["props"].(map[string]any)["aliases"] = aliases
		row["names"] = append([]string{k.name}, aliases...)
		delete(row, "aliases")
		out[i] = row
	}
	return out
}

type relParam struct {
	typ, source, target string
	row                 map[string]any
}

// relRows groups the relations of several articles by (type, source,
// target), sorted by type (in schema order), source and target. A row
// carries one evidence entry per sentence, the properties of the latest
// dated entry per property name, and the first and last dates.
func (m *model) relRows(arts []*article) []relParam {
	type entry struct {
		date string
		rel  relRow
		art  string
	}
	type group struct {
		typ, source, target string
		entries             []entry
	}
	groups := map[[3]string]*group{}
	for _, a := range arts {
		for _, r := range a.rels {
			k := [3]string{r.typ, r.source, r.target}
			g := groups[k]
			if g == nil {
				g = &group{typ: r.typ, source: r.source, target: r.target}
				groups[k] = g
			}
			g.entries = append(g.entries, entry{date: a.date, rel: r, art: a.id})
		}
	}
	var out []relParam
	for _, g := range groups {
		slices.SortStableFunc(g.entries, func(x, y entry) int { return cmp.Compare(x.date, y.date) })
		props := map[string]any{}
		entries := make([]map[string]any, len(g.entries))
		var first, last any
		for i, e := range g.entries {
			for k, v := range e.rel.props {
				props[k] = v
			}
			if e.date != "" {
				if first == nil {
					first = e.date
				}
				last = e.date
			}
			entries[i] = map[string]any{
				"article": e.art, "evidence": e.rel.evidence, "span": e.rel.span,
				"said_by": e.rel.saidBy, "date": e.date, "props": propsJSON(e.rel.props),
			}
		}
		out = append(out, relParam{typ: g.typ, source: g.source, target: g.target, row: map[string]any{
			"type": g.typ, "entries": entries, "props": props, "first": first, "last": last,
		}})
	}
	slices.SortFunc(out, func(x, y relParam) int {
		return cmp.Or(cmp.Compare(m.typeOrder[x.typ], m.typeOrder[y.typ]),
			cmp.Compare(x.source, y.source), cmp.Compare(x.target, y.target))
	})
	return out
}
