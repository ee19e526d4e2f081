package graph

import (
	"cmp"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// WriteGraphML writes the graph Load would write as one GraphML document
// (Gephi, yEd, networkx): every Article and entity node, with its label in
// the attribute "labels" (":Country", as Neo4j's APOC export writes it) and
// its properties (Evidence nodes too, with their keys as ids); every
// MENTIONS, REPORTS and ontology relationship as a directed
// edge, with its type in "type" and its properties. Lists are written as
// JSON arrays in string attributes. Node ids are article ids and entity
// keys. encoding/xml escapes every value.
func (x *Export) WriteGraphML(out io.Writer) error {
	rows := x.Rows()
	type elem struct {
		id, source, target string
		props              map[string]any
	}
	var nodes, edges []elem
	for _, a := range rows.Articles {
		nodes = append(nodes, elem{id: a.ID, props: withKey(a.Props, "labels", ":"+articleLabel)})
	}
	for _, n := range rows.Nodes {
		nodes = append(nodes, elem{id: n.Key, props: withKey(n.Props, "labels", ":"+n.Label)})
	}
	for _, mr := range rows.Mentions {
		edges = append(edges, elem{source: mr.Article, target: mr.Key,
			props: map[string]any{"type": mentionsType, "count": mr.Count}})
	}
	for _, r := range rows.Rels {
		edges = append(edges, elem{source: r.Source, target: r.Target, props: withKey(r.Props, "type", r.Type)})
	}
	for _, e := range rows.Evidence {
		nodes = append(nodes, elem{id: e.Key, props: withKey(e.Props, "labels", ":"+evidenceLabel)})
		edges = append(edges, elem{source: e.Article, target: e.Key, props: map[string]any{"type": reportsType}})
	}

	// The keys: one per property name and element kind, typed.
	type key struct{ For, Name, Type string }
	var keys []key
	seen := map[[2]string]string{}
	keyID := func(kind, name string) string { return kind[:1] + "_" + name }
	for _, group := range []struct {
		kind  string
		elems []elem
	}{{"node", nodes}, {"edge", edges}} {
		for _, e := range group.elems {
			for name, v := range e.props {
				t := graphMLType(v)
				if prev, ok := seen[[2]string{group.kind, name}]; ok {
					if prev != t {
						return fmt.Errorf("graphml: %s property %s is both %s and %s", group.kind, name, prev, t)
					}
					continue
				}
				seen[[2]string{group.kind, name}] = t
				keys = append(keys, key{group.kind, name, t})
			}
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(-cmp.Compare(a.For, b.For), cmp.Compare(a.Name, b.Name)) // node keys first
	})

	if _, err := io.WriteString(out, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(out)
	enc.Indent("", "  ")
	start := func(name string, attrs ...string) error {
		el := xml.StartElement{Name: xml.Name{Local: name}}
		for i := 0; i+1 < len(attrs); i += 2 {
			el.Attr = append(el.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
		return enc.EncodeToken(el)
	}
	end := func(name string) error { return enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}}) }
	data := func(kind string, props map[string]any) error {
		names := make([]string, 0, len(props))
		for n := range props {
			names = append(names, n)
		}
		slices.Sort(names)
		for _, n := range names {
			if err := start("data", "key", keyID(kind, n)); err != nil {
				return err
			}
			if err := enc.EncodeToken(xml.CharData(graphMLText(props[n]))); err != nil {
				return err
			}
			if err := end("data"); err != nil {
				return err
			}
		}
		return nil
	}
	err := start("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
	for _, k := range keys {
		if err != nil {
			break
		}
		if err = start("key", "id", keyID(k.For, k.Name), "for", k.For, "attr.name", k.Name, "attr.type", k.Type); err == nil {
			err = end("key")
		}
	}
	if err == nil {
		err = start("graph", "id", "geokg", "edgedefault", "directed")
	}
	for _, n := range nodes {
		if err != nil {
			break
		}
		if err = start("node", "id", n.id); err == nil {
			if err = data("node", n.props); err == nil {
				err = end("node")
			}
		}
	}
	for i, e := range edges {
		if err != nil {
			break
		}
		if err = start("edge", "id", "e"+strconv.Itoa(i), "source", e.source, "target", e.target); err == nil {
			if err = data("edge", e.props); err == nil {
				err = end("edge")
			}
		}
	}
	if err == nil {
		if err = end("graph"); err == nil {
			err = end("graphml")
		}
	}
	if err == nil {
		err = enc.Flush()
	}
	if err == nil {
		_, err = io.WriteString(out, "\n")
	}
	if err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	return nil
}

// withKey returns a copy of props with k set to v.
func withKey(props map[string]any, k string, v any) map[string]any {
	out := make(map[string]any, len(props)+1)
	for pk, pv := range props {
		out[pk] = pv
	}
	out[k] = v
	return out
}

// graphMLType is the attr.type of a property value.
func graphMLType(v any) string {
	switch v.(type) {
	case bool:
		return "boolean"
	case int64:
		return "long"
	}
	return "string"
}

// graphMLText is a property value as attribute text; lists as JSON.
func graphMLText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	}
	b, _ := json.Marshal(v) // []string always marshals
	return string(b)
}
