package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// evidenceIndex, the index on the Evidence nodes' (fact, date), is
// created before the first write of a model with Evidence nodes, so a
// graph with articles and without it (nor oldEvidenceConstraint) was
// written by a geokg that kept evidence lists on relationships.
const evidenceIndex = "geokg_evidence_fact"

// oldEvidenceConstraint is the uniqueness constraint on Evidence.key of
// the first model with Evidence nodes, whose nodes also repeated their
// fact's type, source and target. This model stores neither (the fact key
// and the article say it all), so upgradeEvidence removes them.
const oldEvidenceConstraint = "geokg_evidence_key"

// ErrOldGraph means the database holds articles loaded by a geokg that
// kept every report's evidence in lists on the relationship. Loading on
// top of it would mix two models; the articles must be loaded again into
// an empty database.
var ErrOldGraph = errors.New("the graph was loaded by an older geokg (evidence lists on relationships); " +
	"load the articles again into an empty database (a new --database, or first " +
	"MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS)")

// checkModel returns ErrOldGraph for a graph of the lists model. Only a
// graph without the Evidence index or the older Evidence constraint can be
// one: never loaded by a model with Evidence nodes, or just imported from
// CSV by neo4j-admin (which makes no indexes). It is old if it has
// articles, no Evidence node and a relationship with the lists model's
// articles list; the last check scans the relationships, but only for a
// graph with articles and no Evidence.
func (s *Store) checkModel(ctx context.Context) error {
	for _, q := range []struct {
		cypher string
		want   bool // the answer that lets the check go on
	}{
		{"SHOW INDEXES YIELD name WHERE name IN $names RETURN name", false},
		{"MATCH (a:Article) RETURN 1 LIMIT 1", true},
		{"MATCH (e:Evidence) RETURN 1 LIMIT 1", false},
		{"MATCH ()-[r]->() WHERE r.articles IS NOT NULL RETURN 1 LIMIT 1", true},
	} {
		recs, err := s.run(ctx, q.cypher, map[string]any{"names": []string{evidenceIndex, oldEvidenceConstraint}}, neo4j.AccessModeRead)
		if err != nil {
			return err
		}
		if (len(recs) > 0) != q.want {
			return nil
		}
	}
	return ErrOldGraph
}

// upgradeEvidenceQuery removes what the first Evidence model repeated,
// ten thousand nodes a transaction, so that the upgrade of a large graph
// needs no more memory than a load. It finds them through the old
// constraint's index on key.
const upgradeEvidenceQuery = `MATCH (e:Evidence) WHERE e.key IS NOT NULL
CALL { WITH e REMOVE e.key, e.type, e.source, e.target } IN TRANSACTIONS OF 10000 ROWS`

// upgradeEvidence brings a graph of the first Evidence model (it has
// oldEvidenceConstraint) to this one: its Evidence nodes lose key, type,
// source and target, then the constraint goes. Each step is idempotent,
// so an interrupted upgrade, or two loaders upgrading at once, end in the
// same graph; the constraint goes last, so a graph keeps its marker until
// the upgrade is complete. A graph without the constraint costs one
// SHOW CONSTRAINTS.
func (s *Store) upgradeEvidence(ctx context.Context) error {
	recs, err := s.run(ctx, "SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name",
		map[string]any{"name": oldEvidenceConstraint}, neo4j.AccessModeRead)
	if err != nil || len(recs) == 0 {
		return err
	}
	// CALL ... IN TRANSACTIONS runs only in an auto-commit transaction.
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, upgradeEvidenceQuery, nil, txMeta)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("upgrade evidence: %w", classify(ctx, err))
	}
	if _, err := s.run(ctx, "DROP CONSTRAINT "+oldEvidenceConstraint+" IF EXISTS", nil, neo4j.AccessModeWrite); err != nil {
		return fmt.Errorf("upgrade evidence: %w", err)
	}
	return nil
}
