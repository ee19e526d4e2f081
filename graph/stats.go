package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Stats counts the graph: nodes by label (Article included) and
// relationships by type (MENTIONS included). Labels and types of the
// schema with no element are reported as 0.
type Stats struct {
	Nodes         map[string]int `json:"nodes"`
	Relationships map[string]int `json:"relationships"`
}

// Stats reads the counts. Each count is one lookup in Neo4j's count store,
// so it is cheap however large the graph.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Nodes: map[string]int{}, Relationships: map[string]int{}}
	var parts []string
	for _, l := range append([]string{articleLabel}, s.model.labels...) {
		st.Nodes[l] = 0
		parts = append(parts, fmt.Sprintf("MATCH (n:%s) RETURN 'node' AS kind, '%s' AS name, count(n) AS n", l, l))
	}
	for _, t := range append([]string{mentionsType}, s.model.types...) {
		st.Relationships[t] = 0
		parts = append(parts, fmt.Sprintf("MATCH ()-[r:%s]->() RETURN 'rel' AS kind, '%s' AS name, count(r) AS n", t, t))
	}
	recs, err := s.run(ctx, strings.Join(parts, "\nUNION ALL\n"), nil, neo4j.AccessModeRead)
	if err != nil {
		return st, fmt.Errorf("graph: stats: %w", err)
	}
	for _, r := range recs {
		name, n := r.Values[1].(string), int(r.Values[2].(int64))
		if r.Values[0] == "node" {
			st.Nodes[name] = n
		} else {
			st.Relationships[name] = n
		}
	}
	return st, nil
}
