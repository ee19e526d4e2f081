package main

import (
	"bufio"
	"encoding/json"
	"io"
	"maps"
	"slices"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// graphWriter writes graphs one article at a time. Close ends the document
// (closing tags, flushing files); it is called once, also after an error.
type graphWriter interface {
	Write(*extract.Graph) error
	Close() error
}

// newGraphWriter returns the writer of format on out (or, for csv, in the
// directory dir).
func newGraphWriter(format string, out io.Writer, dir string, s *schema.Schema) (graphWriter, error) {
	switch format {
	case "json":
		return &jsonWriter{w: bufio.NewWriter(out), indent: true}, nil
	case "jsonl":
		return &jsonWriter{w: bufio.NewWriter(out)}, nil
	case "cypher", "graphml", "csv":
		x, err := graph.NewExport(s)
		if err != nil {
			return nil, &configError{Msg: "cannot use the schema", Setting: "--schema", Err: err}
		}
		return &exportWriter{x: x, format: format, out: out, dir: dir}, nil
	}
	return nil, usagef("unknown format %q", format)
}

// jsonWriter writes the JSON contract: indented for one article, one
// compact document per line otherwise.
type jsonWriter struct {
	w      *bufio.Writer
	indent bool
}

// Write writes one article's document and flushes it.
func (j *jsonWriter) Write(g *extract.Graph) error {
	enc := json.NewEncoder(j.w)
	enc.SetEscapeHTML(false)
	if j.indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(g); err != nil {
		return err
	}
	return j.w.Flush()
}

// Close flushes what is left.
func (j *jsonWriter) Close() error { return j.w.Flush() }

// exportWriter collects articles into a graph.Export, which checks them as
// geokg load does, and renders the merged graph on Close: a Cypher script,
// GraphML on out, or the neo4j-admin CSV files in dir.
type exportWriter struct {
	x      *graph.Export
	format string
	out    io.Writer
	dir    string
}

// Write adds an article; one the schema refuses is that article's error.
func (e *exportWriter) Write(g *extract.Graph) error {
	if err := e.x.Add(g); err != nil {
		return articleFault(g, err)
	}
	return nil
}

// Close writes the graph.
func (e *exportWriter) Close() error {
	switch e.format {
	case "cypher":
		return e.x.WriteCypher(e.out)
	case "graphml":
		return e.x.WriteGraphML(e.out)
	}
	if err := e.x.WriteCSV(e.dir); err != nil {
		return &configError{Msg: "cannot write the CSV files", Setting: "--out", Err: err}
	}
	return nil
}

// articleFault makes err the failure of g's article.
func articleFault(g *extract.Graph, err error) error {
	name := g.Article.Path
	switch name {
	case "-":
		name = "standard input"
	case "":
		name = "article " + g.Article.ID
	}
	return &articleError{Name: name, Err: err}
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
