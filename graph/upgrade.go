package graph

import (
	"context"
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// evidenceConstraint is created before the first write of this model, so
// a graph with articles and without it was written by an older geokg.
const evidenceConstraint = "geokg_evidence_key"

// ErrOldGraph means the database holds articles loaded by a geokg that
// kept every report's evidence in lists on the relationship. Loading on
// top of it would mix two models; the articles must be loaded again into
// an empty database.
var ErrOldGraph = errors.New("the graph was loaded by an older geokg (evidence lists on relationships); " +
	"load the articles again into an empty database (a new --database, or first " +
	"MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS)")

// checkModel returns ErrOldGraph for a graph of the older model: articles
// but no Evidence constraint. It costs two lookups.
func (s *Store) checkModel(ctx context.Context) error {
	recs, err := s.run(ctx, "SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name",
		map[string]any{"name": evidenceConstraint}, neo4j.AccessModeRead)
	if err != nil || len(recs) > 0 {
		return err
	}
	recs, err = s.run(ctx, "MATCH (a:Article) RETURN a.id LIMIT 1", nil, neo4j.AccessModeRead)
	if err != nil {
		return err
	}
	if len(recs) > 0 {
		return ErrOldGraph
	}
	return nil
}
