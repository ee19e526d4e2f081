package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
)

// decodeGraphs reads one JSON document or JSON Lines into graphs.
func decodeGraphs(t *testing.T, out []byte) []extract.Graph {
	t.Helper()
	var gs []extract.Graph
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	for dec.More() {
		var g extract.Graph
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("output is not the JSON contract: %v\n%s", err, out)
		}
		gs = append(gs, g)
	}
	return gs
}

// TestExtractFileJSON checks one text file: an indented document that
// unmarshals into extract.Graph and carries the file's path.
func TestExtractFileJSON(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", "MOSCOW (Reuters) - Robert Gates met Vladimir Putin.\n")
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", p); code != 0 {
		t.Fatalf("exit %d", code)
	}
	gs := decodeGraphs(t, c.stdout.Bytes())
	if len(gs) != 1 || gs[0].Article.Path != p || gs[0].Article.ID == "" {
		t.Fatalf("got %+v", gs)
	}
	if !strings.Contains(c.stdout.String(), "\n  \"article\"") {
		t.Errorf("one article should be indented JSON:\n%s", c.stdout)
	}
	if gs[0].Entities == nil || gs[0].Relations == nil {
		t.Errorf("entities and relations must be [] not null")
	}
}

// TestExtractDirJSONLines checks a directory: recursive, sorted, only
// article extensions, hidden entries skipped, one compact line each.
func TestExtractDirJSONLines(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", "Second.\n")
	writeFile(t, dir, "a.md", "First.\n")
	writeFile(t, dir, "sub/c.htm", "<html><body><p>Third.</p></body></html>")
	writeFile(t, dir, "sub/d.HTML", "<html><body><p>Fourth.</p></body></html>")
	writeFile(t, dir, "notes.json", "{}")
	writeFile(t, dir, ".hidden/e.txt", "Hidden.\n")
	writeFile(t, dir, ".f.txt", "Hidden.\n")
	writeFile(t, dir, "README.md", "# Notes, not an article\n")
	writeFile(t, dir, "sub/Notes.MD", "Notes.\n")
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", dir); code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(c.stdout.String()), "\n")
	var paths []string
	for _, g := range decodeGraphs(t, c.stdout.Bytes()) {
		paths = append(paths, strings.TrimPrefix(g.Article.Path, dir+string(filepath.Separator)))
	}
	want := []string{"a.md", "b.txt", "sub/c.htm", "sub/d.HTML"}
	if strings.Join(paths, ",") != strings.Join(want, ",") || len(lines) != len(want) {
		t.Errorf("paths %v in %d lines, want %v in as many lines", paths, len(lines), want)
	}

	// A directory of one article is JSON Lines too: one compact line.
	one := t.TempDir()
	writeFile(t, one, "only.txt", "Only.\n")
	writeFile(t, one, "README.md", "# Notes\n")
	if code := c.run(t, "extract", one); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if out := c.stdout.String(); strings.Count(out, "\n") != 1 || len(decodeGraphs(t, []byte(out))) != 1 {
		t.Errorf("a directory of one article gave %q, want one JSON line", out)
	}
}

// TestExtractStdin checks "-" and --format jsonl for a single article.
func TestExtractStdin(t *testing.T) {
	c := newCLI(nil, nil)
	c.stdin.WriteString("Iran said on Monday it would resume talks with the EU.\n")
	if code := c.run(t, "extract", "--format", "jsonl", "-"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	out := c.stdout.String()
	if strings.Count(out, "\n") != 1 {
		t.Errorf("jsonl should be one line:\n%s", out)
	}
	gs := decodeGraphs(t, c.stdout.Bytes())
	if len(gs) != 1 || gs[0].Article.Path != "-" || gs[0].Article.Bytes != 55 {
		t.Errorf("got %+v", gs)
	}
}

// TestExtractHTMLPage checks a saved news page: the title and date come
// from the page's metadata and the navigation is not article text.
func TestExtractHTMLPage(t *testing.T) {
	p := fixture(t, "html/gates-moscow-missile-shield.html")
	in, err := (&reader{}).read(context.Background(), source{Name: p, Path: p})
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Gates seeks to ease Russian fears over missile shield" || in.Published != "2007-04-23" || in.Source != "" {
		t.Errorf("title %q, published %q, source %q (want the extractor to read it from the dateline)", in.Title, in.Published, in.Source)
	}
	for _, want := range []string{"MOSCOW (Reuters) - U.S. Defense Secretary Robert Gates", "“We have no intention of threatening Russia,”", "Anatoly Serdyukov", "Bushehr nuclear power plant"} {
		if !strings.Contains(in.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, bad := range []string{"Privacy", "Related stories", "Advertisement", "dataLayer", "Sport"} {
		if strings.Contains(in.Text, bad) {
			t.Errorf("text has page furniture %q:\n%s", bad, in.Text)
		}
	}
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", p); code != 0 {
		t.Fatalf("exit %d", code)
	}
	g := decodeGraphs(t, c.stdout.Bytes())[0]
	if g.Article.Title != in.Title || g.Article.Published != "2007-04-23" || g.Article.Path != p {
		t.Errorf("article metadata not passed to the extractor: %+v", g.Article)
	}
}

// TestExtractURL checks an http URL served on loopback: HTML by its
// Content-Type, the User-Agent, and a failing URL reported on one line.
func TestExtractURL(t *testing.T) {
	page, err := os.ReadFile(fixture(t, "html/gates-moscow-missile-shield.html"))
	if err != nil {
		t.Fatal(err)
	}
	var agent string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		agent = r.Header.Get("User-Agent")
		switch r.URL.Path {
		case "/news/gates": // no extension: HTML is told by the Content-Type
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/plain":
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "Plain text article.\n")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	c := newCLI(nil, nil)
	if code := c.run(t, "extract", srv.URL+"/news/gates", srv.URL+"/plain"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	gs := decodeGraphs(t, c.stdout.Bytes())
	if len(gs) != 2 || gs[0].Article.Title != "Gates seeks to ease Russian fears over missile shield" || gs[0].Article.Path != srv.URL+"/news/gates" {
		t.Errorf("got %+v", gs)
	}
	if gs[1].Article.Bytes != len("Plain text article.\n") {
		t.Errorf("plain text: %+v", gs[1].Article)
	}
	if agent != "geokg/test" {
		t.Errorf("User-Agent %q", agent)
	}

	missing := srv.URL + "/missing"
	if code := c.run(t, "extract", missing); code != exitFailed {
		t.Fatalf("404: exit %d, want %d", code, exitFailed)
	}
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != "geokg: "+missing+": HTTP 404 Not Found" {
		t.Errorf("stderr %q", lines)
	}
}

// TestExtractBinaryFile checks that a binary file fails alone: one line
// naming it, exit 1, and the other articles are still written.
func TestExtractBinaryFile(t *testing.T) {
	dir := t.TempDir()
	bin := writeFile(t, dir, "x.bin", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00")
	ok := writeFile(t, dir, "ok.txt", "Text.\n")
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", bin); code != exitFailed {
		t.Fatalf("exit %d, want %d", code, exitFailed)
	}
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != "geokg: "+bin+": binary file, not text" {
		t.Errorf("stderr %q", lines)
	}
	if c.stdout.Len() != 0 {
		t.Errorf("stdout %q", c.stdout)
	}

	if code := c.run(t, "extract", bin, ok); code != exitFailed {
		t.Fatalf("exit %d, want %d", code, exitFailed)
	}
	if gs := decodeGraphs(t, c.stdout.Bytes()); len(gs) != 1 || gs[0].Article.Path != ok {
		t.Errorf("the good article should be written: %+v", gs)
	}
	if lines := c.stderrLines(); len(lines) != 2 || !strings.Contains(lines[0], bin) || lines[1] != "geokg: extract: 1 of 2 articles failed" {
		t.Errorf("stderr %q", lines)
	}
}

// TestExtractEmptyFiles checks that empty and whitespace-only files give a
// valid empty graph and exit 0.
func TestExtractEmptyFiles(t *testing.T) {
	dir := t.TempDir()
	for _, content := range []string{"", " \n\t\r\n"} {
		p := writeFile(t, dir, "e.txt", content)
		c := newCLI(nil, nil)
		if code := c.run(t, "extract", p); code != 0 {
			t.Fatalf("%q: exit %d", content, code)
		}
		gs := decodeGraphs(t, c.stdout.Bytes())
		if len(gs) != 1 || len(gs[0].Entities) != 0 || len(gs[0].Relations) != 0 || gs[0].Entities == nil {
			t.Errorf("%q: got %+v", content, gs)
		}
	}
}

// TestExtractMissingFile checks that a path that does not exist fails as
// that article, naming it.
func TestExtractMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.txt")
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", p); code != exitFailed {
		t.Fatalf("exit %d", code)
	}
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != "geokg: "+p+": no such file or directory" {
		t.Errorf("stderr %q", lines)
	}
}

// TestExtractEmptyDir checks that a directory without articles is a usage
// error naming it.
func TestExtractEmptyDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "x.json", "{}")
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", dir); code != exitUsage || !strings.Contains(c.errb.String(), dir) {
		t.Fatalf("exit %d, stderr %q", code, c.errb)
	}
}

// TestExtractBadSchema checks that an unreadable or invalid --schema file
// is exit 2 with one line naming it.
func TestExtractBadSchema(t *testing.T) {
	dir := t.TempDir()
	art := writeFile(t, dir, "a.txt", "Text.\n")
	bad := writeFile(t, dir, "bad.yaml", "labels: [\n")
	unknown := writeFile(t, dir, "unknown.yaml", "labelz: []\n")
	missing := filepath.Join(dir, "missing.yaml")
	for _, p := range []string{bad, unknown, missing} {
		c := newCLI(nil, nil)
		if code := c.run(t, "extract", "--schema", p, art); code != exitUsage {
			t.Errorf("%s: exit %d, want %d", p, code, exitUsage)
		}
		if lines := c.stderrLines(); len(lines) != 1 || !strings.Contains(lines[0], p) || !strings.HasPrefix(lines[0], "geokg: extract: ") {
			t.Errorf("%s: stderr %q", p, lines)
		}
		if c.stdout.Len() != 0 {
			t.Errorf("%s: stdout %q", p, c.stdout)
		}
	}
}

// TestExtractLargeFile checks that a 50 MB article goes through.
func TestExtractLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 50 MB")
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	line := "Russia said on Monday that the U.S. missile shield in Europe threatens its security.\n"
	n := 0
	for n < 50<<20 {
		w.WriteString(line)
		n += len(line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", "--format", "jsonl", p); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if gs := decodeGraphs(t, c.stdout.Bytes()); len(gs) != 1 || gs[0].Article.Bytes != n {
		t.Errorf("got %+v, want %d bytes", gs, n)
	}
}

// TestDecode checks the decoding of raw bytes: Latin-1, UTF-8 with a BOM,
// UTF-16, binary data and HTML sniffing.
func TestDecode(t *testing.T) {
	src := source{Name: "x", Path: "x.txt"}
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantErr error
	}{
		{"utf8", []byte("Café\n"), "Café\n", nil},
		{"latin1", []byte("Caf\xe9 in M\xfcnchen\n"), "Café in München\n", nil},
		{"windows-1252 quotes", []byte("\x93Quote\x94 \x96 dash"), "“Quote” – dash", nil},
		{"utf8 bom", []byte("\xef\xbb\xbfHello"), "Hello", nil},
		{"utf16le bom", []byte("\xff\xfeH\x00i\x00"), "Hi", nil},
		{"nul", []byte("Hello\x00World"), "", errBinary},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), "", errBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := decode(src, tt.in, "", nil)
			if err != tt.wantErr {
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			}
			if err == nil && in.Text != tt.want {
				t.Errorf("text %q, want %q", in.Text, tt.want)
			}
		})
	}
	in, err := decode(source{Name: "x", Path: "page.txt"}, []byte("  <!DOCTYPE html><html><head><title>T</title></head><body><article><p>Body text here.</p></article></body></html>"), "", nil)
	if err != nil || !strings.Contains(in.Text, "Body text here.") || strings.Contains(in.Text, "<") {
		t.Errorf("HTML by its first bytes: %+v, %v", in, err)
	}
}

// TestExtractInterrupted checks that a cancelled run stops after the
// article under way, keeps what was written well-formed, says how far it
// got and exits 130.
func TestExtractInterrupted(t *testing.T) {
	dir := t.TempDir()
	first := writeFile(t, dir, "1.txt", "First.\n")
	last := writeFile(t, dir, "3.txt", "Last.\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cancel() // the signal comes while this URL is being fetched
		<-r.Context().Done()
	}))
	defer srv.Close()
	c := newCLI(nil, nil)
	code := c.runContext(t, ctx, "extract", "--format", "graphml", first, srv.URL+"/slow", last)
	if code != exitInterrupted {
		t.Fatalf("exit %d, want %d", code, exitInterrupted)
	}
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != "geokg: extract: interrupted: extracted 1 of 3 articles" {
		t.Errorf("stderr %q", lines)
	}
	var doc struct {
		Nodes []struct{} `xml:"graph>node"`
	}
	if err := xml.Unmarshal(c.stdout.Bytes(), &doc); err != nil || len(doc.Nodes) != 1 {
		t.Errorf("output after interrupt: %v, %d nodes; want the first article's node, well-formed", err, len(doc.Nodes))
	}
}

// TestExtractFormatsWellFormed runs each format through the command and
// checks its output parses.
func TestExtractFormatsWellFormed(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Russia supplies Iran with missiles.\n")
	b := writeFile(t, dir, "b.txt", "B.\n")
	c := newCLI(nil, nil)

	if code := c.run(t, "extract", "--format", "graphml", a, b); code != 0 {
		t.Fatalf("graphml: exit %d", code)
	}
	var doc struct {
		Nodes []struct{} `xml:"graph>node"`
	}
	if err := xml.Unmarshal(c.stdout.Bytes(), &doc); err != nil || len(doc.Nodes) < 2 {
		t.Errorf("graphml: %v, %d nodes\n%s", err, len(doc.Nodes), c.stdout)
	}

	if code := c.run(t, "extract", "--format", "cypher", a, b); code != 0 {
		t.Fatalf("cypher: exit %d", code)
	}
	stmts, err := graph.SplitScript(c.stdout.String())
	if err != nil || !slices.ContainsFunc(stmts, func(s graph.Statement) bool { return strings.Contains(s.Text, "MERGE (a:Article") }) {
		t.Errorf("cypher: %v, no Article statement:\n%s", err, c.stdout)
	}

	out := filepath.Join(dir, "csv")
	if code := c.run(t, "extract", "--format", "csv", "--out", out, a, b); code != 0 {
		t.Fatalf("csv: exit %d", code)
	}
	nodeFiles, relFiles := graph.CSVFiles()
	for _, f := range append(nodeFiles, relFiles...) {
		if rows := readCSV(t, filepath.Join(out, f)); len(rows) < 2 {
			t.Errorf("%s: %d rows", f, len(rows))
		}
	}
	if c.stdout.Len() != 0 {
		t.Errorf("csv wrote on stdout: %q", c.stdout)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// TestProgressOnlyOnTerminal checks that the progress bar is drawn on
// standard error only when it is a terminal, for more than one article,
// without --quiet, and never on standard output.
func TestProgressOnlyOnTerminal(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 {
		writeFile(t, dir, fmt.Sprintf("%d.txt", i), "Text.\n")
	}
	one := filepath.Join(dir, "0.txt")
	tests := []struct {
		name string
		tty  bool
		args []string
		bar  bool
	}{
		{"pipe", false, []string{"extract", dir}, false},
		{"terminal", true, []string{"extract", dir}, true},
		{"terminal quiet", true, []string{"extract", "--quiet", dir}, false},
		{"terminal one article", true, []string{"extract", one}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(nil, nil)
			c.f.IO.stderrTTY = tt.tty
			if code := c.run(t, tt.args...); code != 0 {
				t.Fatalf("exit %d", code)
			}
			if got := strings.Contains(c.errb.String(), "articles"); got != tt.bar {
				t.Errorf("bar drawn %v, want %v: %q", got, tt.bar, c.errb)
			}
			decodeGraphs(t, c.stdout.Bytes()) // nothing but JSON on stdout
		})
	}
}

// TestUnreachableNeo4j checks that every command that needs Neo4j fails
// fast with exit 2 and one line naming the server and the setting when
// nothing listens at the URI.
func TestUnreachableNeo4j(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := "bolt://" + l.Addr().String()
	l.Close()
	art := writeFile(t, t.TempDir(), "a.txt", "Text.\n")
	for _, args := range [][]string{
		{"load", "--uri", uri, art},
		{"stats", "--uri", uri},
		{"schema", "apply", "--uri", uri},
		{"forget", "--uri", uri, "abc"},
	} {
		c := newCLI(nil, nil)
		start := time.Now()
		code := c.run(t, args...)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%v took %v", args, d)
		}
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
		want := fmt.Sprintf("cannot reach Neo4j at %s (--uri): connection refused", uri)
		if lines := c.stderrLines(); len(lines) != 1 || !strings.HasSuffix(lines[0], want) {
			t.Errorf("%v: stderr %q, want one line ending %q", args, lines, want)
		}
	}
	// From the environment, the message names the variable.
	c := newCLI(map[string]string{"NEO4J_URI": uri}, nil)
	if code := c.run(t, "stats"); code != exitUsage || !strings.Contains(c.errb.String(), "(NEO4J_URI)") {
		t.Errorf("exit %d, stderr %q", code, c.errb)
	}
}

// TestCypherCommandClientCommand checks that a script with a client
// command fails with its line before connecting.
func TestCypherCommandClientCommand(t *testing.T) {
	p := writeFile(t, t.TempDir(), "s.cypher", "RETURN 1;\n:param x => 1;\n")
	c := newCLI(nil, nil)
	if code := c.run(t, "cypher", p); code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if lines := c.stderrLines(); len(lines) != 1 || !strings.Contains(lines[0], p+": line 2: client command \":param x => 1;\"") {
		t.Errorf("stderr %q", lines)
	}
}

// TestCypherCommandMissingFile checks that a script that cannot be read is
// one line naming it once, with the system's reason, before connecting.
func TestCypherCommandMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "missing.cypher")
	c := newCLI(nil, nil)
	if code := c.run(t, "cypher", p); code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != "geokg: "+p+": no such file or directory" {
		t.Errorf("stderr %q", lines)
	}
}
