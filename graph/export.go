package graph

import (
	"fmt"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// Export collects extractions, checked as Load checks them, and renders
// the graph Load would write for them as a Cypher script (WriteCypher),
// CSV files for neo4j-admin database import (WriteCSV) or GraphML
// (WriteGraphML). Relationships are merged over all articles, so the
// writers render at the end; an Export holds the prepared rows of every
// article until then.
type Export struct {
	model *model
	arts  []*article
	seen  map[string]bool
}

// NewExport returns an empty Export for schema s.
func NewExport(s *schema.Schema) (*Export, error) {
	if s == nil {
		return nil, fmt.Errorf("graph: export: nil schema")
	}
	m, err := newModel(s)
	if err != nil {
		return nil, fmt.Errorf("graph: export: %w", err)
	}
	return &Export{model: m, seen: map[string]bool{}}, nil
}

// Add checks g against the schema and keeps its rows. The error wraps
// ErrInvalid when g cannot be written; the Export is unchanged then. An
// article whose id was added before is skipped, as Load skips it.
func (x *Export) Add(g *extract.Graph) error {
	a, err := x.model.prepare(g)
	if err != nil {
		return err
	}
	if x.seen[a.id] {
		return nil
	}
	x.seen[a.id] = true
	x.arts = append(x.arts, a)
	return nil
}

// Rows returns the merged rows of the articles added so far.
func (x *Export) Rows() Rows { return x.model.rows(x.arts) }
