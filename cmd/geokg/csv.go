package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// csvWriter writes nodes.csv and relationships.csv in the format of
// `neo4j-admin database import`: node keys as ids (the entity id, scoped
// for generic entities as `geokg load` does), aliases as a string array
// with the default ";" delimiter, the label in :LABEL, and per relation
// its type, evidence, article and the schema's relation properties. An
// entity met in several articles is one row.
type csvWriter struct {
	s          *schema.Schema
	nodesFile  *os.File
	relsFile   *os.File
	nodes      *csv.Writer
	rels       *csv.Writer
	properties []string // the schema's relation properties, sorted
	seen       map[string]bool
}

// The headers neo4j-admin database import reads.
var (
	csvNodeHeader = []string{"id:ID", "name", "aliases:string[]", ":LABEL"}
	csvRelHeader  = []string{":START_ID", ":END_ID", ":TYPE", "evidence", "article"}
)

// newCSVWriter creates dir and the two files in it, headers written.
func newCSVWriter(dir string, s *schema.Schema) (*csvWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &configError{Msg: "cannot create output directory " + dir, Setting: "--out", Err: err}
	}
	c := &csvWriter{s: s, seen: map[string]bool{}}
	props := map[string]bool{}
	for _, r := range s.Relations {
		for _, p := range r.Properties {
			props[p] = true
		}
	}
	for _, h := range csvRelHeader {
		delete(props, h)
	}
	c.properties = sortedKeys(props)
	var err error
	if c.nodesFile, err = os.Create(filepath.Join(dir, "nodes.csv")); err != nil {
		return nil, &configError{Msg: "cannot write nodes.csv", Setting: "--out", Err: err}
	}
	if c.relsFile, err = os.Create(filepath.Join(dir, "relationships.csv")); err != nil {
		c.nodesFile.Close()
		return nil, &configError{Msg: "cannot write relationships.csv", Setting: "--out", Err: err}
	}
	c.nodes, c.rels = csv.NewWriter(c.nodesFile), csv.NewWriter(c.relsFile)
	if err := c.nodes.Write(csvNodeHeader); err != nil {
		return nil, err
	}
	if err := c.rels.Write(append(append([]string(nil), csvRelHeader...), c.properties...)); err != nil {
		return nil, err
	}
	return c, nil
}

// Write adds an article's new nodes and its relationships.
func (c *csvWriter) Write(g *extract.Graph) error {
	if err := checkGraph(c.s, g); err != nil {
		return err
	}
	keys := graph.EntityKeys(c.s, g)
	for _, e := range g.Entities {
		k := keys[e.ID]
		if c.seen[k] {
			continue
		}
		c.seen[k] = true
		aliases := make([]string, 0, len(e.Aliases))
		for _, a := range e.Aliases {
			// ";" separates array elements; it must not split an alias.
			aliases = append(aliases, strings.ReplaceAll(csvField(a), ";", ","))
		}
		if err := c.nodes.Write([]string{k, csvField(e.Name), strings.Join(aliases, ";"), e.Label}); err != nil {
			return err
		}
	}
	for _, r := range g.Relations {
		row := []string{keys[r.Source], keys[r.Target], r.Type, csvField(r.Evidence), g.Article.ID}
		for _, p := range c.properties {
			row = append(row, csvField(r.Properties[p]))
		}
		if err := c.rels.Write(row); err != nil {
			return err
		}
	}
	c.nodes.Flush()
	c.rels.Flush()
	return errors.Join(c.nodes.Error(), c.rels.Error())
}

// Close flushes and closes both files.
func (c *csvWriter) Close() error {
	c.nodes.Flush()
	c.rels.Flush()
	err := errors.Join(c.nodes.Error(), c.rels.Error(), c.nodesFile.Close(), c.relsFile.Close())
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// csvField folds line breaks into spaces: neo4j-admin import rejects
// fields that span lines unless told --multiline-fields=true.
func csvField(s string) string {
	if !strings.ContainsAny(s, "\r\n\u2028\u2029\u0085") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == '\r' || r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085'
	}), " ")
}
