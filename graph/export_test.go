package graph

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/internal/hostile"
)

// export returns an Export of the graphs.
func export(t *testing.T, graphs ...*extract.Graph) *Export {
	t.Helper()
	x, err := NewExport(testSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range graphs {
		if err := x.Add(g); err != nil {
			t.Fatal(err)
		}
	}
	return x
}

// dated returns validGraph as article id, published on date, supplying item.
func dated(id, date, item, saidBy string) *extract.Graph {
	g := validGraph()
	g.Article.ID, g.Article.Published = id, date
	g.Relations[0].Properties = map[string]string{"item": item}
	g.Relations[0].Evidence = "evidence of " + id
	g.Relations[0].SaidBy = saidBy
	return g
}

// TestRowsMerge checks the merged rows every writer renders: one node per
// key with the union of the names, one MENTIONS per article, one
// relationship per (type, source, target) with its summary (reports, the
// latest dated property and where it comes from, the first and last
// dates), one Evidence row per (fact, article), and no list that holds
// only "".
func TestRowsMerge(t *testing.T) {
	newer := dated("b", "2008-01-01", "S-400", "")
	newer.Entities[0].Aliases = []string{"Russian Federation"}
	rows := export(t, newer, dated("a", "2007-01-01", "S-300", "")).Rows()
	if len(rows.Articles) != 2 || rows.Articles[0].ID != "a" {
		t.Errorf("articles %+v", rows.Articles)
	}
	var russia NodeRow
	for _, n := range rows.Nodes {
		if n.Key == "country:RUS" {
			russia = n
		}
	}
	if got := russia.Props["aliases"]; !slices.Equal(got.([]string), []string{"Moscow", "Russian Federation"}) {
		t.Errorf("aliases %v", got)
	}
	if _, ok := rows.Nodes[1].Props["aliases"]; ok && rows.Nodes[1].Key == "country:IRN" {
		t.Errorf("a node without other names has aliases %v", rows.Nodes[1].Props["aliases"])
	}
	if len(rows.Mentions) != 6 {
		t.Errorf("%d mentions, want 3 per article", len(rows.Mentions))
	}
	if len(rows.Rels) != 1 {
		t.Fatalf("%d relationships, want 1", len(rows.Rels))
	}
	p := rows.Rels[0].Props
	if p["reports"] != int64(2) || p["item"] != "S-400" || p["first_seen"] != "2007-01-01" || p["last_seen"] != "2008-01-01" ||
		!slices.Equal(p["property_from"].([]string), []string{"item 2008-01-01 b"}) {
		t.Errorf("relationship %v", p)
	}
	if len(rows.Evidence) != 2 || rows.Evidence[0].Article != "a" || rows.Evidence[0].Props["date"] != "2007-01-01" {
		t.Fatalf("evidence rows %+v, want one per article", rows.Evidence)
	}
	if _, ok := rows.Evidence[0].Props["said_by"]; ok {
		t.Errorf("said_by %v: a list of empty strings must be absent", rows.Evidence[0].Props["said_by"])
	}
	rows = export(t, dated("a", "", "S-300", "person:putin"), dated("b", "", "S-400", "")).Rows()
	p = rows.Rels[0].Props
	if got := rows.Evidence[0].Props["said_by"]; !slices.Equal(got.([]string), []string{"person:putin"}) {
		t.Errorf("said_by %v", got)
	}
	if _, ok := rows.Evidence[0].Props["date"]; ok {
		t.Errorf("date %v of an undated article", rows.Evidence[0].Props["date"])
	}
	if _, ok := p["first_seen"]; ok {
		t.Errorf("first_seen %v of undated articles", p["first_seen"])
	}
	// Undated: the later article id wins the ties.
	if p["item"] != "S-400" {
		t.Errorf("item %v, want S-400 (article b after a)", p["item"])
	}
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
// hostile.Value value comes back intact from its literal.
func TestCypherEscapesHostileValues(t *testing.T) {
	var buf bytes.Buffer
	if err := export(t, hostile.Graph("art1")).WriteCypher(&buf); err != nil {
		t.Fatal(err)
	}
	script := buf.String()
	lits := checkCypher(t, script)
	if n := slices.Index(lits, hostile.Value); n < 0 {
		t.Errorf("the hostile.Value value does not round-trip through a literal:\n%s", script)
	}
	if strings.Contains(script, "\u2028") {
		t.Errorf("a line separator was written raw")
	}
	// Same shape with harmless values: the code outside literals is equal.
	clean := hostile.Graph("art1")
	clean.Article.Title, clean.Article.Path, clean.Article.Source = "t", "p", "s"
	clean.Entities[0].Name, clean.Entities[0].Aliases = "n", []string{"n", "X; Y"}
	for i := range clean.Relations {
		clean.Relations[i].Evidence = "e"
	}
	clean.Relations[0].Properties = map[string]string{"title": "t"}
	var buf2 bytes.Buffer
	if err := export(t, clean).WriteCypher(&buf2); err != nil {
		t.Fatal(err)
	}
	code1, _ := cypherTokens(t, script)
	code2, _ := cypherTokens(t, buf2.String())
	if code1 != code2 {
		t.Errorf("hostile values changed the code of the script:\n%s\n---\n%s", code1, code2)
	}
	// A generic entity is scoped by its owner, as the loader does.
	if !strings.Contains(script, "'weaponsystem:radar@country:RUS'") {
		t.Errorf("generic entity key not scoped:\n%s", script)
	}
	stmts, err := SplitScript(script)
	if err != nil {
		t.Fatal(err)
	}
	// Schema, articles, one statement per label with nodes, per label with
	// mentions, per (type, labels) with relationships, and the evidence.
	if want := len(testModel(t).schemaStatements()) + 1 + 1 + 3 + 3 + 3 + 1; len(stmts) != want {
		t.Errorf("%d statements, want %d", len(stmts), want)
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

// TestExportRejectsLabelsOutsideSchema checks that a label or type not in
// the schema never reaches Cypher text, GraphML or CSV: Add refuses the
// article and the writers render only the others.
func TestExportRejectsLabelsOutsideSchema(t *testing.T) {
	badLabel := hostile.Graph("a")
	badLabel.Entities[1].Label = "Country) DETACH DELETE n //"
	badType := hostile.Graph("b")
	badType.Relations[0].Type = "KNOWS]->() DETACH DELETE n //"
	x := export(t)
	for _, g := range []*extract.Graph{badLabel, badType} {
		if err := x.Add(g); !errors.Is(err, ErrInvalid) {
			t.Errorf("Add: %v, want ErrInvalid", err)
		}
	}
	var buf bytes.Buffer
	if err := x.WriteCypher(&buf); err != nil {
		t.Fatal(err)
	}
	if err := x.WriteGraphML(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "DETACH") || strings.Contains(buf.String(), "KNOWS") {
		t.Errorf("rejected article written:\n%s", buf.String())
	}
}

// graphMLDoc is GraphML as the tests read it back.
type graphMLDoc struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
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
			Directed *string       `xml:"directed,attr"`
			Data     []graphMLData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// checkGraphML checks what GraphML readers (networkx, Gephi) insist on:
// every data key declared for its element kind with a known type, unique
// ids, edges between declared nodes, no undirected edge in the directed
// graph. It returns the document.
func checkGraphML(t *testing.T, raw []byte) graphMLDoc {
	t.Helper()
	var doc graphMLDoc
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("%v\n%s", err, raw)
	}
	keys := map[string]string{} // id -> for
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		keys[k.ID] = k.For
		if !slices.Contains([]string{"boolean", "int", "long", "float", "double", "string"}, k.Type) {
			t.Errorf("key %s: attr.type %q", k.ID, k.Type)
		}
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	nodes := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if nodes[n.ID] {
			t.Errorf("node %s twice", n.ID)
		}
		nodes[n.ID] = true
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %s: data key %s is not a declared node key", n.ID, d.Key)
			}
		}
	}
	edges := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		if edges[e.ID] {
			t.Errorf("edge %s twice", e.ID)
		}
		edges[e.ID] = true
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s joins %s and %s, not both nodes", e.ID, e.Source, e.Target)
		}
		if e.Directed != nil {
			t.Errorf("edge %s has directed=%q (networkx refuses mixed graphs)", e.ID, *e.Directed)
		}
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge %s: data key %s is not a declared edge key", e.ID, d.Key)
			}
		}
	}
	return doc
}

func dataValue(ds []graphMLData, key string) string {
	for _, d := range ds {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

// TestGraphMLStructure checks the GraphML of two articles sharing
// entities: a well-formed graph of the merged rows, hostile.Value values intact.
func TestGraphMLStructure(t *testing.T) {
	var buf bytes.Buffer
	if err := export(t, hostile.Graph("art1"), hostile.Graph("art2")).WriteGraphML(&buf); err != nil {
		t.Fatal(err)
	}
	doc := checkGraphML(t, buf.Bytes())
	// 2 articles, 3 entities, 6 Evidence; 6 MENTIONS, HOLDS_OFFICE,
	// DEPLOYS, MET_WITH, 6 REPORTS.
	if len(doc.Graph.Nodes) != 11 || len(doc.Graph.Edges) != 15 {
		t.Fatalf("%d nodes, %d edges; want 11 and 15", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	byID := map[string][]graphMLData{}
	for _, n := range doc.Graph.Nodes {
		byID[n.ID] = n.Data
	}
	if _, ok := byID["weaponsystem:radar@country:RUS"]; !ok {
		t.Errorf("generic node not scoped by its owner: %v", byID)
	}
	p := byID["person:x"]
	if got := dataValue(p, "n_name"); got != hostile.Value {
		t.Errorf("name %q, want %q", got, hostile.Value)
	}
	if dataValue(p, "n_labels") != ":Person" || dataValue(p, "n_aliases") != `["X; Y"]` {
		t.Errorf("person data %v", p)
	}
	for _, e := range doc.Graph.Edges {
		if dataValue(e.Data, "e_type") == "HOLDS_OFFICE" && dataValue(e.Data, "e_reports") != "2" {
			t.Errorf("HOLDS_OFFICE reports %s", dataValue(e.Data, "e_reports"))
		}
	}
}

// TestCSVFiles checks the neo4j-admin files: typed headers, one row per
// node and per merged relationship, strings quoted (so "" stays an empty
// string), absent values empty, lists split by U+001F only.
func TestCSVFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	x := export(t, hostile.Graph("art1"), hostile.Graph("art2"))
	if err := x.WriteCSV(dir); err != nil {
		t.Fatal(err)
	}
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return rows
	}
	col := func(rows [][]string, name string) int {
		i := slices.Index(rows[0], name)
		if i < 0 {
			t.Fatalf("no column %s in %q", name, rows[0])
		}
		return i
	}
	arts, nodes, mentions, rels := read("articles.csv"), read("entities.csv"), read("mentions.csv"), read("relationships.csv")
	if len(arts) != 3 || len(nodes) != 4 || len(mentions) != 7 || len(rels) != 4 {
		t.Fatalf("rows: %d articles, %d nodes, %d mentions, %d relationships (with headers)", len(arts), len(nodes), len(mentions), len(rels))
	}
	for _, h := range []string{"id:ID(Article)", ":LABEL", "bytes:long", "loaded_at:datetime", "title:string"} {
		col(arts, h)
	}
	for _, h := range []string{"key:ID(Entity)", "aliases:string[]", "generic:boolean", "scope:string"} {
		col(nodes, h)
	}
	col(mentions, "count:long")
	for _, h := range []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "evidence:string[]", "reports:long", "title:string"} {
		col(rels, h)
	}
	evidence, reports := read("evidence.csv"), read("reports.csv")
	if len(evidence) != 7 || len(reports) != 7 {
		t.Errorf("rows: %d evidence, %d reports (with headers), want 6 each", len(evidence), len(reports))
	}
	for _, h := range []string{":ID(Evidence)", ":LABEL", "evidence:string[]", "spans:string[]", "fact:string"} {
		col(evidence, h)
	}
	person := nodes[slices.IndexFunc(nodes, func(r []string) bool { return r[0] == "person:x" })]
	if person[col(nodes, "name:string")] != hostile.Value || person[col(nodes, "aliases:string[]")] != "X; Y" {
		t.Errorf("person row %q", person)
	}
	ho := rels[slices.IndexFunc(rels, func(r []string) bool { return r[2] == "HOLDS_OFFICE" })]
	// The latest three sentences, newest first: art2's, then art1's last.
	if ev := strings.Split(ho[col(rels, "evidence:string[]")], "\x1f"); len(ev) != 3 || ev[0] != "Second sentence." || ev[1] != hostile.Value {
		t.Errorf("evidence %q", ev)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "articles.csv"))
	if !strings.Contains(string(raw), `,"",`) {
		t.Errorf("the empty published date is not a quoted empty string:\n%s", raw)
	}

	bad := hostile.Graph("art3")
	bad.Relations[0].Evidence = "a\x1fb"
	x = export(t, bad)
	if err := x.WriteCSV(t.TempDir()); err == nil || !strings.Contains(err.Error(), "U+001F") {
		t.Errorf("a list value holding the delimiter: %v", err)
	}
}

// TestSplitScript checks where statements end and which lines they start on.
func TestSplitScript(t *testing.T) {
	tests := []struct {
		script string
		want   []Statement
		err    string
	}{
		{"RETURN 1;\n\nRETURN 2", []Statement{{"RETURN 1", 1}, {"RETURN 2", 3}}, ""},
		{"// a; comment\nRETURN ';' AS x;", []Statement{{"// a; comment\nRETURN ';' AS x", 2}}, ""},
		{"RETURN 'it\\'s;\n' AS `a;b`;;", []Statement{{"RETURN 'it\\'s;\n' AS `a;b`", 1}}, ""},
		{"/* x;\n y */ RETURN \"a\\\";\";\nRETURN 3;", []Statement{{"/* x;\n y */ RETURN \"a\\\";\"", 2}, {"RETURN 3", 3}}, ""},
		{"   \n// only comments\n", nil, ""},
		{"RETURN 1;\n:param x => 1;", nil, "line 2: client command"},
		{"RETURN 'open", nil, "line 1: string does not end"},
		{"RETURN 1;\n/* open", nil, "line 2: comment does not end"},
	}
	for _, tt := range tests {
		got, err := SplitScript(tt.script)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("SplitScript(%q): %v, want %q", tt.script, err, tt.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("SplitScript(%q) = %+v, %v; want %+v", tt.script, got, err, tt.want)
		}
	}
}

// TestCSVWritesNothingOnBadValue protects "loses nothing already
// written": a value the CSV files cannot hold (a list element with the
// array delimiter) fails the export before any file in the directory is
// replaced.
func TestCSVWritesNothingOnBadValue(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "articles.csv")
	if err := os.WriteFile(old, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g := hostile.Graph("art1")
	g.Relations[len(g.Relations)-1].Evidence = "a sentence with \x1f in it"
	err := export(t, g).WriteCSV(dir)
	if err == nil || !strings.Contains(err.Error(), "U+001F") {
		t.Fatalf("WriteCSV = %v, want an error naming U+001F", err)
	}
	if b, _ := os.ReadFile(old); string(b) != "old\n" {
		t.Errorf("articles.csv was replaced before the error: %q", b)
	}
}

// TestCSVWriterStreams checks the streaming writer: the merged files do
// not depend on the order articles arrive in, a repeated article is
// skipped, and no temporary file is left, after success or failure.
func TestCSVWriterStreams(t *testing.T) {
	write := func(graphs ...*extract.Graph) (string, error) {
		dir := t.TempDir()
		w, err := NewCSVWriter(testSchema(t), dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range graphs {
			if err := w.Add(g); err != nil {
				w.Close()
				return dir, err
			}
		}
		return dir, w.Close()
	}
	files := func(dir string) map[string]string {
		out := map[string]string{}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			lines := strings.Split(string(b), "\n")
			if e.Name() == "articles.csv" {
				lines = lines[:1] // loaded_at differs
			}
			slices.Sort(lines)
			out[e.Name()] = strings.Join(lines, "\n")
		}
		return out
	}
	one, err := write(dated("a1", "2020-01-02", "S-400", ""), dated("a2", "2020-01-01", "S-300", ""), hostile.Graph("art1"))
	if err != nil {
		t.Fatal(err)
	}
	two, err := write(hostile.Graph("art1"), dated("a2", "2020-01-01", "S-300", ""), dated("a1", "2020-01-02", "S-400", ""),
		dated("a2", "2020-01-01", "S-300", ""))
	if err != nil {
		t.Fatal(err)
	}
	f1, f2 := files(one), files(two)
	if len(f1) != 6 {
		t.Errorf("files %v, want the six and no temporary file", slices.Sorted(maps.Keys(f1)))
	}
	for name, b := range f1 {
		if f2[name] != b {
			t.Errorf("%s depends on the order of the articles:\n%s\n---\n%s", name, b, f2[name])
		}
	}

	bad := hostile.Graph("art3")
	bad.Relations[0].Evidence = "a\x1fb"
	dir, err := write(hostile.Graph("art1"), bad)
	if err == nil || !strings.Contains(err.Error(), "U+001F") {
		t.Errorf("a list value holding the delimiter: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed export left %d files", len(entries))
	}
}
