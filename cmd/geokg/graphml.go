package main

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// graphMLWriter writes one GraphML document for all articles, for Gephi
// and yEd. Node ids are node keys as `geokg load` makes them, so an entity
// met in several articles is one node; every relation is an edge,
// undirected for the schema's symmetric types. encoding/xml
// escapes every value.
type graphMLWriter struct {
	out     io.Writer
	enc     *xml.Encoder
	s       *schema.Schema
	seen    map[string]bool // node ids written so far
	edges   int
	started bool
}

// newGraphMLWriter returns a graphMLWriter on out.
func newGraphMLWriter(out io.Writer, s *schema.Schema) *graphMLWriter {
	return &graphMLWriter{out: out, s: s, seen: map[string]bool{}}
}

type graphMLKey struct {
	XMLName  xml.Name `xml:"key"`
	ID       string   `xml:"id,attr"`
	For      string   `xml:"for,attr"`
	AttrName string   `xml:"attr.name,attr"`
	AttrType string   `xml:"attr.type,attr"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphMLNode struct {
	XMLName xml.Name      `xml:"node"`
	ID      string        `xml:"id,attr"`
	Data    []graphMLData `xml:"data"`
}

type graphMLEdge struct {
	XMLName  xml.Name      `xml:"edge"`
	ID       string        `xml:"id,attr"`
	Source   string        `xml:"source,attr"`
	Target   string        `xml:"target,attr"`
	Directed string        `xml:"directed,attr,omitempty"`
	Data     []graphMLData `xml:"data"`
}

var graphMLKeys = []graphMLKey{
	{ID: "label", For: "node", AttrName: "label", AttrType: "string"},
	{ID: "name", For: "node", AttrName: "name", AttrType: "string"},
	{ID: "aliases", For: "node", AttrName: "aliases", AttrType: "string"},
	{ID: "type", For: "edge", AttrName: "type", AttrType: "string"},
	{ID: "evidence", For: "edge", AttrName: "evidence", AttrType: "string"},
	{ID: "article", For: "edge", AttrName: "article", AttrType: "string"},
}

// start writes the header, the keys and the opening of the graph.
func (x *graphMLWriter) start() error {
	x.started = true
	if _, err := io.WriteString(x.out, xml.Header); err != nil {
		return err
	}
	x.enc = xml.NewEncoder(x.out)
	x.enc.Indent("", "  ")
	err := x.enc.EncodeToken(xml.StartElement{
		Name: xml.Name{Local: "graphml"},
		Attr: []xml.Attr{
			{Name: xml.Name{Local: "xmlns"}, Value: "http://graphml.graphdrawing.org/xmlns"},
			{Name: xml.Name{Local: "xmlns:xsi"}, Value: "http://www.w3.org/2001/XMLSchema-instance"},
			{Name: xml.Name{Local: "xsi:schemaLocation"}, Value: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"},
		},
	})
	if err != nil {
		return err
	}
	for _, k := range graphMLKeys {
		if err := x.enc.Encode(k); err != nil {
			return err
		}
	}
	return x.enc.EncodeToken(xml.StartElement{
		Name: xml.Name{Local: "graph"},
		Attr: []xml.Attr{
			{Name: xml.Name{Local: "id"}, Value: "geokg"},
			{Name: xml.Name{Local: "edgedefault"}, Value: "directed"},
		},
	})
}

// Write adds an article's new nodes and its edges.
func (x *graphMLWriter) Write(g *extract.Graph) error {
	if err := checkGraph(x.s, g); err != nil {
		return err
	}
	if !x.started {
		if err := x.start(); err != nil {
			return err
		}
	}
	keys := graph.EntityKeys(x.s, g)
	for _, e := range g.Entities {
		k := keys[e.ID]
		if x.seen[k] {
			continue
		}
		x.seen[k] = true
		n := graphMLNode{ID: k, Data: []graphMLData{{"label", e.Label}, {"name", e.Name}}}
		if len(e.Aliases) > 0 {
			n.Data = append(n.Data, graphMLData{"aliases", strings.Join(e.Aliases, "; ")})
		}
		if err := x.enc.Encode(n); err != nil {
			return err
		}
	}
	for _, r := range g.Relations {
		x.edges++
		e := graphMLEdge{
			ID:     "e" + strconv.Itoa(x.edges),
			Source: keys[r.Source],
			Target: keys[r.Target],
			Data:   []graphMLData{{"type", r.Type}, {"evidence", r.Evidence}, {"article", g.Article.ID}},
		}
		if rt, _ := x.s.Relation(r.Type); rt.Symmetric {
			e.Directed = "false"
		}
		if err := x.enc.Encode(e); err != nil {
			return err
		}
	}
	return x.enc.Flush()
}

// Close ends the document; with no article written it is still a valid,
// empty GraphML document.
func (x *graphMLWriter) Close() error {
	if !x.started {
		if err := x.start(); err != nil {
			return err
		}
	}
	if err := x.enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: "graph"}}); err != nil {
		return err
	}
	if err := x.enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: "graphml"}}); err != nil {
		return err
	}
	if err := x.enc.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(x.out, "\n")
	return err
}
