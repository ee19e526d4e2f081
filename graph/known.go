package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The queries of KnownPaths and IndexPaths. An index on Article.path keeps
// KnownPaths a lookup per path however large the graph grows.
const (
	knownPathsQuery = `UNWIND $paths AS p
MATCH (a:Article {path: p})
RETURN DISTINCT p AS path`
	pathIndexStatement = "CREATE INDEX geokg_article_path IF NOT EXISTS FOR (a:Article) ON (a.path)"
)

// IndexPaths creates the index on Article.path that KnownPaths uses; it
// is idempotent. The schema statements of load and of the Cypher script
// create it too; geokg follow calls it once before its first poll, for a
// graph made before the index existed.
func (s *Store) IndexPaths(ctx context.Context) error {
	if _, err := s.run(ctx, pathIndexStatement, nil, neo4j.AccessModeWrite); err != nil && !alreadyExists(err) {
		return fmt.Errorf("graph: index article paths: %w", err)
	}
	return nil
}

// KnownPaths returns those of paths that are the path of an Article in
// the graph: the URLs of pages and feed items already loaded. It is how
// geokg follow tells new items from old ones with the graph as its only
// state, so that a restart, or a second machine, loads nothing twice.
func (s *Store) KnownPaths(ctx context.Context, paths []string) (map[string]bool, error) {
	known := map[string]bool{}
	if len(paths) == 0 {
		return known, nil
	}
	recs, err := s.run(ctx, knownPathsQuery, map[string]any{"paths": paths}, neo4j.AccessModeRead)
	if err != nil {
		return nil, fmt.Errorf("graph: known paths: %w", err)
	}
	for _, r := range recs {
		if p, ok := r.Values[0].(string); ok {
			known[p] = true
		}
	}
	return known, nil
}
