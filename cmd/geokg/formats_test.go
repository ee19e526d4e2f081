package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// hostile is a value that would break out of a naively quoted Cypher
// string or identifier, an XML text node or a CSV field.
const hostile = "O'Brien \"the `boss`\" \\ '}) DETACH DELETE n // <x>&amp;\n;\u2028end"

// hostileGraph returns an article whose values are all hostile.
func hostileGraph(id string) *extract.Graph {
	return &extract.Graph{
		Article: extract.Article{ID: id, Title: hostile, Path: "dir/" + hostile, Source: hostile},
		Entities: []extract.Entity{
			{ID: "person:x", Label: "Person", Name: hostile, Aliases: []string{hostile, "X; Y"}, Mentions: 2},
			{ID: "country:RUS", Label: "Country", Name: "Russia", Aliases: []string{"Moscow"}},
			{ID: "weaponsystem:radar", Label: "WeaponSystem", Name: "radar", Generic: true},
		},
		Relations: []extract.Relation{
			{Type: "HOLDS_OFFICE", Source: "person:x", Target: "country:RUS", Properties: map[string]string{"title": hostile}, Evidence: hostile, Span: extract.Span{3, 40}},
			{Type: "HOLDS_OFFICE", Source: "person:x", Target: "country:RUS", Properties: map[string]string{}, Evidence: "Second sentence.", Span: extract.Span{41, 57}},
			{Type: "DEPLOYS", Source: "country:RUS", Target: "weaponsystem:radar", Evidence: "Russia deploys radar.", Span: extract.Span{60, 80}},
			{Type: "MET_WITH", Source: "person:x", Target: "country:RUS", Evidence: hostile, Span: extract.Span{0, 2}},
		},
	}
}

func defaultSchema(t *testing.T) *schema.Schema {
	t.Helper()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// cypherTokens splits a Cypher script into the code outside literals and
// comments, and the decoded string literals. It fails the test on a
// literal that does not end or an unknown escape.
func cypherTokens(t *testing.T, script string) (code string, literals []string) {
	t.Helper()
	var out strings.Builder
	rs := []rune(script)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '/' && i+1 < len(rs) && rs[i+1] == '/':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
			out.WriteRune('\n')
		case r == '`':
			j := i + 1
			for ; j < len(rs); j++ {
				if rs[j] == '`' {
					if j+1 < len(rs) && rs[j+1] == '`' {
						j++
						continue
					}
					break
				}
			}
			if j >= len(rs) {
				t.Fatalf("unterminated backtick identifier at %d", i)
			}
			out.WriteString("`id`")
			i = j
		case r == '\'' || r == '"':
			var lit strings.Builder
			j := i + 1
			for ; j < len(rs) && rs[j] != r; j++ {
				if rs[j] == '\n' {
					t.Fatalf("raw newline inside a literal at %d", j)
				}
				if rs[j] != '\\' {
					lit.WriteRune(rs[j])
					continue
				}
				j++
				switch rs[j] {
				case '\\', '\'', '"':
					lit.WriteRune(rs[j])
				case 'n':
					lit.WriteRune('\n')
				case 'r':
					lit.WriteRune('\r')
				case 't':
					lit.WriteRune('\t')
				case 'u':
					n, err := strconv.ParseUint(string(rs[j+1:j+5]), 16, 32)
					if err != nil {
						t.Fatalf("bad \\u escape at %d", j)
					}
					lit.WriteRune(rune(n))
					j += 4
				default:
					t.Fatalf("unknown escape \\%c at %d", rs[j], j)
				}
			}
			if j >= len(rs) {
				t.Fatalf("unterminated string literal at %d", i)
			}
			literals = append(literals, lit.String())
			out.WriteString("''")
			i = j
		default:
			out.WriteRune(r)
		}
	}
	return out.String(), literals
}

// checkCypher checks that a script's code, outside its literals, holds no
// statement geokg never writes.
func checkCypher(t *testing.T, script string) []string {
	t.Helper()
	code, lits := cypherTokens(t, script)
	for _, bad := range []string{"DELETE", "DETACH", "REMOVE", "DROP", "CALL", "LOAD CSV", "<x>"} {
		if strings.Contains(code, bad) {
			t.Errorf("code outside literals contains %q:\n%s", bad, code)
		}
	}
	return lits
}

// TestCypherEscapesHostileValues checks that no value can leave its
// literal: the script's code is the same whatever the values, and every
// hostile value comes back intact from its literal.
func TestCypherEscapesHostileValues(t *testing.T) {
	var buf bytes.Buffer
	w := newCypherWriter(&buf, defaultSchema(t))
	if err := w.Write(hostileGraph("art1")); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	script := buf.String()
	lits := checkCypher(t, script)
	if n := slices.Index(lits, hostile); n < 0 {
		t.Errorf("the hostile value does not round-trip through a literal:\n%s", script)
	}
	if strings.Contains(script, "\u2028") {
		t.Errorf("a line separator was written raw")
	}
	// Same shape with harmless values: the code outside literals is equal.
	clean := hostileGraph("art1")
	clean.Article.Title, clean.Article.Path, clean.Article.Source = "t", "p", "s"
	clean.Entities[0].Name, clean.Entities[0].Aliases = "n", []string{"n", "X; Y"}
	for i := range clean.Relations {
		clean.Relations[i].Evidence = "e"
	}
	clean.Relations[0].Properties = map[string]string{"title": "t"}
	var buf2 bytes.Buffer
	w2 := newCypherWriter(&buf2, defaultSchema(t))
	if err := w2.Write(clean); err != nil {
		t.Fatal(err)
	}
	code1, _ := cypherTokens(t, script)
	code2, _ := cypherTokens(t, buf2.String())
	if code1 != code2 {
		t.Errorf("hostile values changed the code of the script:\n%s\n---\n%s", code1, code2)
	}
	// Two relations of one type between the same entities are one row with
	// two evidence entries, as the loader writes them.
	if !strings.Contains(script, "evidence: ['O\\'Brien") || !strings.Contains(script, "'Second sentence.']") {
		t.Errorf("evidence of one (source, type, target) not grouped:\n%s", script)
	}
	// A generic entity is scoped by its owner, as the loader does.
	if !strings.Contains(script, "'weaponsystem:radar@country:RUS'") {
		t.Errorf("generic entity key not scoped:\n%s", script)
	}
}

// TestCypherStringEscapes checks cypherString on single characters.
func TestCypherStringEscapes(t *testing.T) {
	tests := map[string]string{
		"plain":   `'plain'`,
		"it's":    `'it\'s'`,
		`a\b`:     `'a\\b'`,
		"q\"":     `'q\"'`,
		"l1\nl2":  `'l1\nl2'`,
		"\x00":    `'\u0000'`,
		"\u2029":  `'\u2029'`,
		"`tick`":  "'`tick`'",
		"Москва":  `'Москва'`,
		"\xff":    "'\uFFFD'",
		`\u0027`:  `'\\u0027'`,
		"\u0085x": `'\u0085x'`,
	}
	for in, want := range tests {
		if got := cypherString(in); got != want {
			t.Errorf("cypherString(%q) = %s, want %s", in, got, want)
		}
	}
	if got := cypherName("a`b"); got != "`a``b`" {
		t.Errorf("cypherName = %s", got)
	}
}

// TestWritersRejectLabelsOutsideSchema checks that a label or type not in
// the schema never reaches Cypher text, GraphML or CSV: the article fails.
func TestWritersRejectLabelsOutsideSchema(t *testing.T) {
	s := defaultSchema(t)
	badLabel := hostileGraph("a")
	badLabel.Entities[1].Label = "Country) DETACH DELETE n //"
	badType := hostileGraph("b")
	badType.Relations[0].Type = "KNOWS]->() DETACH DELETE n //"
	for _, g := range []*extract.Graph{badLabel, badType} {
		var buf bytes.Buffer
		writers := map[string]graphWriter{"cypher": newCypherWriter(&buf, s), "graphml": newGraphMLWriter(&buf, s)}
		cw, err := newCSVWriter(t.TempDir(), s)
		if err != nil {
			t.Fatal(err)
		}
		writers["csv"] = cw
		for name, w := range writers {
			err := w.Write(g)
			var ae *articleError
			if !errors.As(err, &ae) {
				t.Errorf("%s: err %v, want an article error", name, err)
			}
			w.Close()
		}
		if strings.Contains(buf.String(), "DETACH") {
			t.Errorf("rejected article written:\n%s", buf.String())
		}
	}
}

// graphMLDoc is the part of GraphML the tests read back.
type graphMLDoc struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphMLData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID       string        `xml:"id,attr"`
			Source   string        `xml:"source,attr"`
			Target   string        `xml:"target,attr"`
			Directed string        `xml:"directed,attr"`
			Data     []graphMLData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func dataValue(ds []graphMLData, key string) string {
	for _, d := range ds {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

// TestGraphMLWellFormed checks the GraphML of two articles sharing
// entities: it parses, declares its keys, has each entity once, and keeps
// hostile values intact.
func TestGraphMLWellFormed(t *testing.T) {
	var buf bytes.Buffer
	w := newGraphMLWriter(&buf, defaultSchema(t))
	for _, id := range []string{"art1", "art2"} {
		if err := w.Write(hostileGraph(id)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	var doc graphMLDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	var keys []string
	for _, k := range doc.Keys {
		keys = append(keys, k.ID)
	}
	for _, want := range []string{"label", "name", "type", "evidence"} {
		if !slices.Contains(keys, want) {
			t.Errorf("no key %q in %v", want, keys)
		}
	}
	if len(doc.Graph.Nodes) != 3 || len(doc.Graph.Edges) != 8 {
		t.Fatalf("%d nodes, %d edges; want 3 and 8", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	if id := doc.Graph.Nodes[2].ID; id != "weaponsystem:radar@country:RUS" {
		t.Errorf("generic node id %q, want it scoped by its owner", id)
	}
	n := doc.Graph.Nodes[0]
	// XML cannot hold U+2028 as such? It can; it must come back unchanged.
	if got := dataValue(n.Data, "name"); got != hostile {
		t.Errorf("name %q, want %q", got, hostile)
	}
	if dataValue(n.Data, "label") != "Person" {
		t.Errorf("label %q", dataValue(n.Data, "label"))
	}
	var sym, ids int
	seen := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		if e.Directed == "false" {
			sym++
			if dataValue(e.Data, "type") != "MET_WITH" {
				t.Errorf("undirected %s", dataValue(e.Data, "type"))
			}
		}
		if !seen[e.ID] {
			ids++
		}
		seen[e.ID] = true
	}
	if sym != 2 || ids != 8 {
		t.Errorf("%d undirected edges (want 2), %d distinct edge ids (want 8)", sym, ids)
	}
}

// TestCSVImportFiles checks nodes.csv and relationships.csv: the headers of
// neo4j-admin import, one row per entity across articles, aliases as a ";"
// array that no alias splits, and fields on one line.
func TestCSVImportFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	w, err := newCSVWriter(dir, defaultSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"art1", "art2"} {
		if err := w.Write(hostileGraph(id)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	nodes := readCSV(t, filepath.Join(dir, "nodes.csv"))
	rels := readCSV(t, filepath.Join(dir, "relationships.csv"))
	if got := strings.Join(nodes[0], ","); got != "id:ID,name,aliases:string[],:LABEL" {
		t.Errorf("nodes header %s", got)
	}
	if got := strings.Join(rels[0][:5], ","); got != ":START_ID,:END_ID,:TYPE,evidence,article" {
		t.Errorf("relationships header %s", got)
	}
	if len(nodes) != 4 || len(rels) != 9 {
		t.Fatalf("%d node rows, %d relationship rows; want 4 and 9", len(nodes), len(rels))
	}
	person := nodes[1]
	if person[0] != "person:x" || person[3] != "Person" {
		t.Errorf("person row %q", person)
	}
	if strings.ContainsAny(person[1], "\n\r\u2028") || !strings.Contains(person[1], `'}) DETACH DELETE n //`) {
		t.Errorf("name %q: want the value on one line", person[1])
	}
	if aliases := strings.Split(person[2], ";"); len(aliases) != 2 {
		t.Errorf("aliases %q split into %d, want 2", person[2], len(aliases))
	}
	title := slices.Index(rels[0], "title")
	if title < 0 || rels[1][title] == "" {
		t.Errorf("title property column missing or empty: %q / %q", rels[0], rels[1])
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "relationships.csv"))
	if lines := bytes.Count(raw, []byte("\n")); lines != 9 {
		t.Errorf("%d lines, want 9 (no field spans lines)", lines)
	}
}

// TestJSONRoundTrip checks that the json writer writes the contract.
func TestJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w, _ := newGraphWriter("jsonl", &buf, "", defaultSchema(t))
	g := hostileGraph("art1")
	for range 2 {
		if err := w.Write(g); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	var back extract.Graph
	if err := json.Unmarshal([]byte(lines[1]), &back); err != nil {
		t.Fatal(err)
	}
	if back.Entities[0].Name != hostile || back.Relations[0].Evidence != hostile || back.Relations[0].Span != g.Relations[0].Span {
		t.Errorf("round trip changed values: %+v", back)
	}
}
