package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaStatements returns the constraint and index statements of the
// model, all IF NOT EXISTS. Names are derived from labels, which are
// identifiers.
func (m *model) schemaStatements() []string {
	stmts := []string{
		"CREATE CONSTRAINT geokg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
		// One Evidence node per (fact, article); the index on (fact,
		// date) finds a fact's reports in date order, for Forget and for
		// paging through a fact's provenance. It is the Evidence nodes'
		// only index: a node is created with its new Article (whose id is
		// unique), so no constraint is needed to keep it unique, and every
		// query reaches it by fact or from its Article.
		"CREATE INDEX " + evidenceIndex + " IF NOT EXISTS FOR (e:Evidence) ON (e.fact, e.date)",
		pathIndexStatement, // KnownPaths: geokg follow's "already loaded?"
	}
	for _, l := range m.labels {
		low := strings.ToLower(l)
		stmts = append(stmts,
			fmt.Sprintf("CREATE CONSTRAINT geokg_%s_key IF NOT EXISTS FOR (n:%s) REQUIRE n.key IS UNIQUE", low, l),
			fmt.Sprintf("CREATE INDEX geokg_%s_name IF NOT EXISTS FOR (n:%s) ON (n.name)", low, l),
		)
	}
	return stmts
}

func (m *model) fulltextStatement() string {
	// Eventually consistent: Lucene is updated after commit, off the
	// writer's path; a search may lag a load by a moment.
	return fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [n.name, n.aliases] "+
		"OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}",
		fulltextName, strings.Join(m.labels, "|"))
}

// ApplySchema creates what the model needs before the first write: a
// uniqueness constraint on key for every entity label (on id for Article;
// an index on fact and date for Evidence), an index on name for every
// entity label, and the full-text index entityNames over name and aliases
// of all entity labels. It is idempotent. When the schema gained labels
// since entityNames was made, the index is rebuilt over the new set. It
// waits until the indexes are online. A graph of the first Evidence model
// is upgraded in place (upgradeEvidence); one of the older model
// (evidence lists on relationships) is refused with ErrOldGraph.
func (s *Store) ApplySchema(ctx context.Context) error {
	if err := s.checkModel(ctx); err != nil {
		return fmt.Errorf("graph: apply schema: %w", err)
	}
	if err := s.upgradeEvidence(ctx); err != nil {
		return fmt.Errorf("graph: apply schema: %w", err)
	}
	for _, stmt := range s.model.schemaStatements() {
		if _, err := s.run(ctx, stmt, nil, neo4j.AccessModeWrite); err != nil && !alreadyExists(err) {
			return fmt.Errorf("graph: apply schema: %w", err)
		}
	}
	recs, err := s.run(ctx, "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes",
		map[string]any{"name": fulltextName}, neo4j.AccessModeRead)
	if err != nil {
		return fmt.Errorf("graph: apply schema: %w", err)
	}
	if len(recs) > 0 {
		var have []string
		for _, v := range recs[0].Values[0].([]any) {
			have = append(have, v.(string))
		}
		want := slices.Sorted(slices.Values(s.model.labels))
		slices.Sort(have)
		if !slices.Equal(have, want) {
			if _, err := s.run(ctx, "DROP INDEX "+fulltextName+" IF EXISTS", nil, neo4j.AccessModeWrite); err != nil {
				return fmt.Errorf("graph: apply schema: %w", err)
			}
		}
	}
	if _, err := s.run(ctx, s.model.fulltextStatement(), nil, neo4j.AccessModeWrite); err != nil && !alreadyExists(err) {
		return fmt.Errorf("graph: apply schema: %w", err)
	}
	if _, err := s.run(ctx, "CALL db.awaitIndexes(300)", nil, neo4j.AccessModeRead); err != nil {
		return fmt.Errorf("graph: apply schema: await indexes: %w", err)
	}
	if err := s.warmUp(ctx); err != nil {
		return fmt.Errorf("graph: apply schema: %w", err)
	}
	s.mu.Lock()
	s.schemaApplied = true
	s.mu.Unlock()
	return nil
}

// warmUp has the server plan the load queries now that the indexes are
// online. Planning the two union queries takes a good fraction of a second
// and is cached by the server, so a Load does not pay it, and a query
// broken by an odd schema fails here rather than mid-load.
func (s *Store) warmUp(ctx context.Context) error {
	empty := func(n int) [][]map[string]any {
		out := make([][]map[string]any, n)
		for i := range out {
			out[i] = []map[string]any{}
		}
		return out
	}
	for _, q := range []struct {
		cypher string
		rows   any
	}{
		{articleQuery, []map[string]any{}},
		{s.model.nodeQuery, empty(len(s.model.labels))},
		{s.model.relQuery, empty(len(s.model.types))},
		{s.model.relUpdateQuery, empty(len(s.model.types))},
		{evidenceQuery, []map[string]any{}},
	} {
		// Run with no rows: nothing is written, the plan is cached.
		if _, err := s.run(ctx, q.cypher, map[string]any{"rows": q.rows}, neo4j.AccessModeWrite); err != nil {
			return fmt.Errorf("plan %.40q: %w", q.cypher, err)
		}
	}
	return nil
}

// ensureSchema runs ApplySchema once per Store, before its first write.
func (s *Store) ensureSchema(ctx context.Context) error {
	s.mu.Lock()
	done := s.schemaApplied
	s.mu.Unlock()
	if done {
		return nil
	}
	return s.ApplySchema(ctx)
}

// alreadyExists reports the error a concurrent loader's identical CREATE
// ... IF NOT EXISTS can still raise when both run at the same moment.
func alreadyExists(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Schema.") &&
		strings.Contains(ne.Code, "AlreadyExists")
}
