package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/geokg/geokg/extract"
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
	case "cypher":
		return newCypherWriter(out, s), nil
	case "graphml":
		return newGraphMLWriter(out, s), nil
	case "csv":
		return newCSVWriter(dir, s)
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

// checkGraph verifies what the Cypher, GraphML and CSV writers rely on:
// every label and relationship type is in the schema and is a safe
// identifier, and every relation joins entities of the article.
func checkGraph(s *schema.Schema, g *extract.Graph) error {
	labels := make(map[string]string, len(g.Entities))
	for _, e := range g.Entities {
		if !schema.IsIdentifier(e.Label) || !s.HasLabel(e.Label) {
			return articleFault(g, fmt.Errorf("entity %q: label %q is not in the schema", e.ID, e.Label))
		}
		if e.ID == "" {
			return articleFault(g, fmt.Errorf("entity %q has no id", e.Name))
		}
		labels[e.ID] = e.Label
	}
	for _, r := range g.Relations {
		if _, ok := s.Relation(r.Type); !ok || !schema.IsIdentifier(r.Type) {
			return articleFault(g, fmt.Errorf("relationship type %q is not in the schema", r.Type))
		}
		if labels[r.Source] == "" || labels[r.Target] == "" {
			return articleFault(g, fmt.Errorf("%s relation joins %q and %q, which are not both entities of the article", r.Type, r.Source, r.Target))
		}
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
