package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/internal/hostile"
	"github.com/geokg/geokg/schema"
)

func defaultSchema(t *testing.T) *schema.Schema {
	t.Helper()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestExportFormatsFailTheArticle checks that an article the schema
// refuses is that article's error in the cypher, graphml and csv formats,
// and that the others are written.
func TestExportFormatsFailTheArticle(t *testing.T) {
	bad := hostile.Graph("a")
	bad.Article.Path = "bad.txt"
	bad.Entities[1].Label = "Country) EVIL_MARKER //"
	for _, format := range []string{"cypher", "graphml", "csv"} {
		var buf bytes.Buffer
		w, err := newGraphWriter(format, &buf, t.TempDir(), 0, defaultSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		var ae *articleError
		if err := w.Write(bad); !errors.As(err, &ae) || ae.Name != "bad.txt" || !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: %v, want the error of bad.txt", format, err)
		}
		if err := w.Write(hostile.Graph("b")); err != nil {
			t.Errorf("%s: %v", format, err)
		}
		if err := w.Close(); err != nil {
			t.Errorf("%s: close: %v", format, err)
		}
		if strings.Contains(buf.String(), "EVIL_MARKER") {
			t.Errorf("%s: rejected article written", format)
		}
	}
}

// TestJSONRoundTrip checks that the json writer writes the contract.
func TestJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w, _ := newGraphWriter("jsonl", &buf, "", 0, defaultSchema(t))
	g := hostile.Graph("art1")
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
	if back.Entities[0].Name != hostile.Value || back.Relations[0].Evidence != hostile.Value || back.Relations[0].Span != g.Relations[0].Span {
		t.Errorf("round trip changed values: %+v", back)
	}
}

// TestCSVOutNotADirectory checks that --out naming a file is one line
// naming the directory and the flag, exit 2, before any article is read.
func TestCSVOutNotADirectory(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "a.txt", "Russia sold missiles to Iran.\n")
	out := writeFile(t, dir, "out", "")
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", "--format", "csv", "--out", out, in); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	want := "geokg: extract: cannot write the CSV files in " + out + " (--out): not a directory"
	if lines := c.stderrLines(); len(lines) != 1 || lines[0] != want {
		t.Errorf("stderr %q, want %q", lines, want)
	}
}
