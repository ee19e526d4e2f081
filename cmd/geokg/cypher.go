package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// cypherWriter writes a Cypher script that builds the same graph as
// `geokg load` (package graph's model): constraints first, then for each
// article a MERGE of its Article node, one UNWIND ... MERGE statement per
// label for its entities (keyed by key, linked by MENTIONS) and one per
// relationship type and endpoint labels for its relations (one
// relationship per source, type and target, with the article's evidence
// sentences and spans appended to lists).
//
// Values are only ever written as literals through cypherString; labels,
// relationship types and property names only after checkGraph found them
// in the schema's whitelist. The script needs no parameters and no client
// commands, so it runs in Neo4j Browser, cypher-shell or any driver alike,
// and running it twice changes nothing.
type cypherWriter struct {
	w       *bufio.Writer
	s       *schema.Schema
	started bool
}

// newCypherWriter returns a cypherWriter on out.
func newCypherWriter(out io.Writer, s *schema.Schema) *cypherWriter {
	return &cypherWriter{w: bufio.NewWriter(out), s: s}
}

// header writes the script's comment and constraints, once.
func (c *cypherWriter) header() {
	c.started = true
	w := c.w
	fmt.Fprintln(w, "// Written by geokg extract --format cypher. Run it in Neo4j Browser or with")
	fmt.Fprintln(w, "//   cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher")
	fmt.Fprintln(w, "// It MERGEs, so running it again changes nothing.")
	fmt.Fprintln(w, "CREATE CONSTRAINT geokg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;")
	for _, l := range c.s.Labels {
		if schema.IsIdentifier(l.Name) && l.Name != "Article" {
			fmt.Fprintf(w, "CREATE CONSTRAINT geokg_%s_key IF NOT EXISTS FOR (n:%s) REQUIRE n.key IS UNIQUE;\n", strings.ToLower(l.Name), l.Name)
		}
	}
	fmt.Fprintln(w)
}

// Write writes the statements of one article.
func (c *cypherWriter) Write(g *extract.Graph) error {
	if err := checkGraph(c.s, g); err != nil {
		return err
	}
	if !c.started {
		c.header()
	}
	w := c.w
	art := g.Article
	aid := cypherString(art.ID)
	keys := graph.EntityKeys(c.s, g)
	fmt.Fprintf(w, "// Article %s\n", aid)
	fmt.Fprintf(w, "MERGE (a:Article {id: %s}) ON CREATE SET a += %s, a.bytes = %d;\n", aid, cypherMap(
		"title", art.Title, "published", art.Published, "source", art.Source, "path", art.Path), art.Bytes)

	labelOf := map[string]string{}
	byLabel := map[string][]string{}
	seen := map[string]bool{}
	for _, e := range g.Entities {
		labelOf[e.ID] = e.Label
		k := keys[e.ID]
		if seen[k] {
			continue
		}
		seen[k] = true
		names := append([]string{e.Name}, e.Aliases...)
		aliases := make([]string, 0, len(e.Aliases))
		for _, a := range e.Aliases {
			if a != e.Name && a != "" && !slices.Contains(aliases, a) {
				aliases = append(aliases, a)
			}
		}
		slices.Sort(aliases)
		generic, scope := "null", "null"
		if e.Generic {
			generic, scope = "true", cypherString(strings.TrimPrefix(k, e.ID+"@"))
		}
		byLabel[e.Label] = append(byLabel[e.Label], fmt.Sprintf(
			"{key: %s, name: %s, aliases: %s, names: %s, generic: %s, scope: %s, country: %s, mentions: %d}",
			cypherString(k), cypherString(e.Name), cypherList(aliases), cypherList(names), generic, scope,
			cypherNullable(e.Country), max(e.Mentions, 1)))
	}
	for _, label := range sortedKeys(byLabel) {
		// label was checked against the schema by checkGraph.
		fmt.Fprintf(w, "UNWIND [%s] AS row\n", strings.Join(byLabel[label], ",\n  "))
		fmt.Fprintf(w, "MERGE (n:%s {key: row.key})\n", label)
		fmt.Fprintln(w, "ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.generic = row.generic, n.scope = row.scope, n.country = row.country")
		fmt.Fprintln(w, "ON MATCH SET n.aliases = coalesce(n.aliases, []) + [x IN row.names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])]")
		fmt.Fprintf(w, "WITH n, row MATCH (a:Article {id: %s}) MERGE (a)-[m:MENTIONS]->(n) ON CREATE SET m.count = row.mentions;\n", aid)
	}

	// One row per (type, source, target), as the loader does.
	type group struct{ typ, src, dst, source, target string }
	type entries struct {
		evidence, spans []string
		props           map[string]string
	}
	groups := map[group]*entries{}
	var order []group
	for _, r := range g.Relations {
		rt, _ := c.s.Relation(r.Type)
		src, dst := keys[r.Source], keys[r.Target]
		sl, dl := labelOf[r.Source], labelOf[r.Target]
		if rt.Symmetric && dst < src {
			src, dst, sl, dl = dst, src, dl, sl
		}
		k := group{r.Type, sl, dl, src, dst}
		e := groups[k]
		if e == nil {
			e = &entries{props: map[string]string{}}
			groups[k] = e
			order = append(order, k)
		}
		e.evidence = append(e.evidence, r.Evidence)
		e.spans = append(e.spans, fmt.Sprintf("%d-%d", r.Span.Start(), r.Span.End()))
		for _, p := range rt.Properties {
			if v := r.Properties[p]; v != "" {
				e.props[p] = v
			}
		}
	}
	type stmt struct{ typ, src, dst string }
	rowsOf := map[stmt][]string{}
	var stmts []stmt
	for _, k := range order {
		e := groups[k]
		props := make([]string, 0, 2*len(e.props))
		for _, name := range sortedKeys(e.props) {
			props = append(props, name, e.props[name])
		}
		sk := stmt{k.typ, k.src, k.dst}
		if rowsOf[sk] == nil {
			stmts = append(stmts, sk)
		}
		rowsOf[sk] = append(rowsOf[sk], fmt.Sprintf("{source: %s, target: %s, evidence: %s, spans: %s, props: %s}",
			cypherString(k.source), cypherString(k.target), cypherList(e.evidence), cypherList(e.spans), cypherMap(props...)))
	}
	slices.SortFunc(stmts, func(x, y stmt) int {
		return cmp.Or(cmp.Compare(x.typ, y.typ), cmp.Compare(x.src, y.src), cmp.Compare(x.dst, y.dst))
	})
	for _, k := range stmts {
		// Type and labels were checked against the schema by checkGraph.
		fmt.Fprintf(w, "UNWIND [%s] AS row\n", strings.Join(rowsOf[k], ",\n  "))
		fmt.Fprintf(w, "MATCH (s:%s {key: row.source}) MATCH (t:%s {key: row.target})\n", k.src, k.dst)
		fmt.Fprintf(w, "MERGE (s)-[r:%s]->(t)\n", k.typ)
		fmt.Fprintf(w, "WITH r, row WHERE NOT %s IN coalesce(r.articles, [])\n", aid)
		fmt.Fprintf(w, "SET r += row.props, r.articles = coalesce(r.articles, []) + [x IN row.evidence | %s],\n", aid)
		fmt.Fprintln(w, "  r.evidence = coalesce(r.evidence, []) + row.evidence, r.spans = coalesce(r.spans, []) + row.spans;")
	}
	fmt.Fprintln(w)
	return w.Flush()
}

// cypherNullable returns s as a string literal, or null when it is empty.
func cypherNullable(s string) string {
	if s == "" {
		return "null"
	}
	return cypherString(s)
}

// Close flushes what is left.
func (c *cypherWriter) Close() error { return c.w.Flush() }

// cypherString returns s as a single-quoted Cypher string literal. Quotes
// and backslashes are escaped, and every control or line-separator
// character is written as \uXXXX, so the literal cannot end early, span
// lines or smuggle text out into the statement; invalid UTF-8 becomes
// U+FFFD.
func cypherString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 {
				fmt.Fprintf(&b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// cypherList returns a list literal of strings.
func cypherList(xs []string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = cypherString(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// cypherMap returns a map literal of the non-empty values of key, value
// pairs. Keys that are not plain identifiers are quoted with backticks.
func cypherMap(kv ...string) string {
	parts := make([]string, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			continue
		}
		parts = append(parts, cypherName(kv[i])+": "+cypherString(kv[i+1]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// cypherName returns name as a property key: as is when it is a plain
// identifier, else quoted with backticks (doubled inside).
func cypherName(name string) string {
	if schema.IsIdentifier(name) {
		return name
	}
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
