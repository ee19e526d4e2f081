package main

import (
	"bufio"
	"encoding/json"
	"errors"
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
// directory dir, with csvMemory bytes for its aggregates, 0 for the
// default).
func newGraphWriter(format string, out io.Writer, dir string, csvMemory int, s *schema.Schema) (graphWriter, error) {
	switch format {
	case "json":
		return &jsonWriter{w: bufio.NewWriter(out), indent: true}, nil
	case "jsonl":
		return &jsonWriter{w: bufio.NewWriter(out)}, nil
	case "csv":
		c, err := graph.NewCSVWriter(s, dir)
		if err != nil {
			return nil, &configError{Msg: "cannot write the CSV files in " + dir, Setting: "--out", Err: err}
		}
		if csvMemory > 0 {
			c.SetMemory(csvMemory)
		}
		return &csvWriter{c: c, dir: dir}, nil
	case "cypher", "graphml":
		x, err := graph.NewExport(s)
		if err != nil {
			return nil, &configError{Msg: "cannot use the schema", Setting: "--schema", Err: err}
		}
		return &exportWriter{x: x, format: format, out: out}, nil
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

// csvWriter streams articles into the neo4j-admin CSV files in dir: each
// article's own rows are written at once, the merged entities and facts
// on Close, so memory does not grow with the corpus's text.
type csvWriter struct {
	c   *graph.CSVWriter
	dir string
}

// Write writes an article; one the schema refuses is that article's
// error, one the files cannot hold fails the export.
func (w *csvWriter) Write(g *extract.Graph) error {
	err := w.c.Add(g)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, graph.ErrInvalid):
		return articleFault(g, err)
	}
	return &configError{Msg: "cannot write the CSV files in " + w.dir, Setting: "--out", Err: err}
}

// Close writes the merged rows and gives the files their names.
func (w *csvWriter) Close() error {
	if err := w.c.Close(); err != nil {
		return &configError{Msg: "cannot write the CSV files in " + w.dir, Setting: "--out", Err: err}
	}
	return nil
}

// exportWriter collects articles into a graph.Export, which checks them as
// geokg load does, and renders the merged graph on Close: a Cypher script
// or GraphML on out.
type exportWriter struct {
	x      *graph.Export
	format string
	out    io.Writer
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
	if e.format == "cypher" {
		return e.x.WriteCypher(e.out)
	}
	return e.x.WriteGraphML(e.out)
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
