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

// checkModel returns ErrOldGraph for a graph of the older model. Only a
// graph without the Evidence constraint can be one: never loaded by this
// model, or just imported from CSV by neo4j-admin (which makes no
// constraints). It is old if it has articles, no Evidence node and a
// relationship with the older model's articles list; the last check scans
// the relationships, but only for a graph with articles and no Evidence.
func (s *Store) checkModel(ctx context.Context) error {
	for _, q := range []struct {
		cypher string
		want   bool // the answer that lets the check go on
	}{
		{"SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name", false},
		{"MATCH (a:Article) RETURN 1 LIMIT 1", true},
		{"MATCH (e:Evidence) RETURN 1 LIMIT 1", false},
		{"MATCH ()-[r]->() WHERE r.articles IS NOT NULL RETURN 1 LIMIT 1", true},
	} {
		recs, err := s.run(ctx, q.cypher, map[string]any{"name": evidenceConstraint}, neo4j.AccessModeRead)
		if err != nil {
			return err
		}
		if (len(recs) > 0) != q.want {
			return nil
		}
	}
	return ErrOldGraph
}
