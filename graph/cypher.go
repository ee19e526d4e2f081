package graph

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/geokg/geokg/schema"
)

// scriptChunk bounds the rows of one UNWIND statement of the script.
const scriptChunk = 500

// Statements of the Cypher script; labels and types come from the model.
const (
	scriptArticles = `UNWIND %s AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.props, a.loaded_at = datetime()`
	scriptNodes = `UNWIND %s AS row
MERGE (n:%s {key: row.key})
ON CREATE SET n += row.props
` + addAliases
	scriptMentions = `UNWIND %s AS row
MATCH (a:Article {id: row.article})
MATCH (n:%s {key: row.key})
MERGE (a)-[m:MENTIONS]->(n)
ON CREATE SET m.count = row.count`
	// A relationship gets the summary of these articles' reports when the
	// script creates it; one that exists already is left as it is.
	scriptRels = `UNWIND %s AS row
MATCH (s:%s {key: row.source})
MATCH (t:%s {key: row.target})
MERGE (s)-[r:%s]->(t)
ON CREATE SET r += row.props`
	// An Evidence node is its article's report of one fact, so it is
	// found from the article, by its fact key.
	scriptEvidence = `UNWIND %s AS row
MATCH (a:Article {id: row.article})
MERGE (a)-[:REPORTS]->(e:Evidence {fact: row.fact})
ON CREATE SET e += row.props`
)

// WriteCypher writes a Cypher script that builds the graph Load writes:
// the constraints and indexes of ApplySchema, then the Article nodes, the
// entity nodes, the MENTIONS, the relationships with their summaries and
// the Evidence nodes with their REPORTS, each an UNWIND over literal rows,
// running Load's own clause for aliases. So it needs no parameters and no
// client commands; statements end with a line ending in ";" and values
// never span lines. Running it again, or after a load of the same
// articles, changes nothing. A relationship that exists already keeps its
// summary: to add articles to a graph that holds others, use geokg load.
//
// Values are written only as literals escaped by cypherValue; labels and
// types only from the model, which holds schema identifiers.
func (x *Export) WriteCypher(out io.Writer) error {
	w := bufio.NewWriter(out)
	rows := x.Rows()
	m := x.model
	fmt.Fprintln(w, "// Written by geokg extract --format cypher: the graph geokg load writes for")
	fmt.Fprintln(w, "// these articles. Run it with `geokg cypher FILE`, cypher-shell -f FILE or in")
	fmt.Fprintln(w, "// Neo4j Browser. It MERGEs, so running it again changes nothing.")
	for _, stmt := range append(m.schemaStatements(), m.fulltextStatement()) {
		fmt.Fprintf(w, "%s;\n", stmt)
	}
	fmt.Fprintln(w)

	stmt := func(format string, lits []string, names ...any) {
		for len(lits) > 0 {
			n := min(len(lits), scriptChunk)
			list := "[\n  " + strings.Join(lits[:n], ",\n  ") + "\n]"
			fmt.Fprintf(w, format+";\n\n", append([]any{list}, names...)...)
			lits = lits[n:]
		}
	}
	var arts []string
	for _, a := range rows.Articles {
		arts = append(arts, cypherValue(map[string]any{"id": a.ID, "props": a.Props}))
	}
	stmt(scriptArticles, arts)

	labelOf := map[string]string{}
	byLabel := map[string][]string{}
	for _, n := range rows.Nodes {
		labelOf[n.Key] = n.Label
		byLabel[n.Label] = append(byLabel[n.Label], cypherValue(map[string]any{
			"key": n.Key, "props": n.Props, "names": n.Names()}))
	}
	mentions := map[string][]string{}
	for _, mr := range rows.Mentions {
		l := labelOf[mr.Key]
		mentions[l] = append(mentions[l], cypherValue(map[string]any{"article": mr.Article, "key": mr.Key, "count": mr.Count}))
	}
	for _, l := range m.labels {
		stmt(scriptNodes, byLabel[l], l)
	}
	for _, l := range m.labels {
		stmt(scriptMentions, mentions[l], l)
	}

	type shape struct{ typ, src, dst string }
	var shapes []shape
	byShape := map[shape][]string{}
	for _, r := range rows.Rels {
		k := shape{r.Type, r.SourceLabel, r.TargetLabel}
		if byShape[k] == nil {
			shapes = append(shapes, k)
		}
		byShape[k] = append(byShape[k], cypherValue(map[string]any{"source": r.Source, "target": r.Target, "props": r.Props}))
	}
	slices.SortFunc(shapes, func(a, b shape) int {
		return cmp.Or(cmp.Compare(m.typeOrder[a.typ], m.typeOrder[b.typ]),
			cmp.Compare(m.labelOrder[a.src], m.labelOrder[b.src]), cmp.Compare(m.labelOrder[a.dst], m.labelOrder[b.dst]))
	})
	for _, k := range shapes {
		stmt(scriptRels, byShape[k], k.src, k.dst, k.typ)
	}
	var evidence []string
	for _, e := range rows.Evidence {
		evidence = append(evidence, cypherValue(map[string]any{"article": e.Article, "fact": e.Props["fact"], "props": e.Props}))
	}
	stmt(scriptEvidence, evidence)
	return w.Flush()
}

// cypherValue returns v as a Cypher literal: strings, booleans, integers,
// nil, lists and maps of them (map keys sorted, quoted unless plain
// identifiers).
func cypherValue(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return cypherString(v)
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case []string:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = cypherString(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []map[string]any:
		parts := make([]string, len(v))
		for i, m := range v {
			parts[i] = cypherValue(m)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = cypherName(k) + ": " + cypherValue(v[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	panic(fmt.Sprintf("graph: cypherValue: unexpected %T", v)) // the rows hold only the types above
}

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

// cypherName returns name as a property key: as is when it is a plain
// identifier, else quoted with backticks (doubled inside).
func cypherName(name string) string {
	if schema.IsIdentifier(name) {
		return name
	}
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}
