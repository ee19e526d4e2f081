package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const (
	forgetArticleQuery = `MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(n)
RETURN a.id AS id, collect(elementId(n)) AS nodes`

	// Every relationship the article supports starts at an entity it
	// mentions, so following MENTIONS then outgoing edges finds each once.
	forgetRelsQuery = `MATCH (:Article {id: $id})-[:MENTIONS]->(n)-[r]->()
WHERE $id IN r.articles
RETURN elementId(r) AS eid, type(r) AS type, r.articles, r.evidence, r.spans,
  r.said_by, r.dates, r.evidence_props`

	forgetUpdateQuery = `UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET r.articles = row.articles, r.evidence = row.evidence, r.spans = row.spans,
  r.said_by = row.said_by, r.dates = row.dates, r.evidence_props = row.evidence_props,
  r.first_seen = row.first, r.last_seen = row.last
SET r += row.props`

	forgetDeleteRelsQuery = `UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
DELETE r`

	forgetDeleteArticleQuery = `MATCH (a:Article {id: $id}) DETACH DELETE a`

	// An entity no article mentions any more goes. Its relationships were
	// all supported by this article and are already gone; DETACH is a guard.
	forgetDeleteNodesQuery = `UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid AND NOT (n)<-[:MENTIONS]-()
DETACH DELETE n`
)

// Forget removes an article: its node and MENTIONS, its evidence entries
// on every relationship, every relationship only it supported and every
// entity node no other article mentions. Properties of relationships it
// shared (title, status, first_seen, …) are recomputed from the evidence
// that remains. All of it happens in one transaction. The Summary counts
// the article (Articles), the entity nodes deleted (NodesDeleted), the
// relationships deleted (RelsDeleted) and those that lost evidence but
// stay (RelsMatched). Forgetting an article that is not loaded returns an
// error wrapping ErrNotFound.
func (s *Store) Forget(ctx context.Context, articleID string) (Summary, error) {
	start := time.Now()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	out, err := s.execute(ctx, sess, neo4j.AccessModeWrite, func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error) {
		return s.forgetTx(ctx, tx, articleID)
	})
	if err != nil {
		return Summary{Elapsed: time.Since(start)}, fmt.Errorf("forget %s: %w", articleID, err)
	}
	sum := out.(Summary)
	sum.Elapsed = time.Since(start)
	return sum, nil
}

func (s *Store) forgetTx(ctx context.Context, tx neo4j.ManagedTransaction, id string) (Summary, error) {
	var sum Summary
	params := map[string]any{"id": id}
	res, err := tx.Run(ctx, forgetArticleQuery, params)
	if err != nil {
		return sum, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return sum, err
	}
	if len(recs) == 0 {
		return sum, ErrNotFound
	}
	nodes := recs[0].Values[1]

	res, err = tx.Run(ctx, forgetRelsQuery, params)
	if err != nil {
		return sum, err
	}
	recs, err = res.Collect(ctx)
	if err != nil {
		return sum, err
	}
	var updates []map[string]any
	var deletes []string
	for _, r := range recs {
		p := provenanceOf(r.Values[2:])
		p = p.without(id)
		if len(p) == 0 {
			deletes = append(deletes, r.Values[0].(string))
			continue
		}
		row := p.params(s.model.rels[r.Values[1].(string)].Properties)
		row["eid"] = r.Values[0]
		updates = append(updates, row)
	}
	if len(updates) > 0 {
		if res, err = tx.Run(ctx, forgetUpdateQuery, map[string]any{"rows": updates}); err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return sum, fmt.Errorf("update relationships: %w", err)
		}
	}
	for _, step := range []struct {
		what, query string
		params      map[string]any
	}{
		{"relationships", forgetDeleteRelsQuery, map[string]any{"eids": deletes}},
		{"article", forgetDeleteArticleQuery, params},
		{"entities", forgetDeleteNodesQuery, map[string]any{"eids": nodes}},
	} {
		res, err := tx.Run(ctx, step.query, step.params)
		if err != nil {
			return sum, fmt.Errorf("delete %s: %w", step.what, err)
		}
		c, err := res.Consume(ctx)
		if err != nil {
			return sum, fmt.Errorf("delete %s: %w", step.what, err)
		}
		if step.what == "entities" {
			sum.NodesDeleted = c.Counters().NodesDeleted()
		}
	}
	sum.Articles = 1
	sum.RelsDeleted = len(deletes)
	sum.RelsMatched = len(updates)
	return sum, nil
}

// evidenceEntry is one supporting sentence on a relationship: the parallel
// lists articles, evidence, spans, said_by, dates and evidence_props, read
// at one index.
type evidenceEntry struct {
	article, evidence, span, saidBy, date, props string
}

type provenance []evidenceEntry

// provenanceOf zips the six parallel lists of a relationship.
func provenanceOf(lists []any) provenance {
	col := func(i, j int) string {
		l, _ := lists[i].([]any)
		if j < len(l) {
			s, _ := l[j].(string)
			return s
		}
		return ""
	}
	articles, _ := lists[0].([]any)
	p := make(provenance, len(articles))
	for j := range articles {
		p[j] = evidenceEntry{col(0, j), col(1, j), col(2, j), col(3, j), col(4, j), col(5, j)}
	}
	return p
}

func (p provenance) without(article string) provenance {
	return slices.DeleteFunc(p, func(e evidenceEntry) bool { return e.article == article })
}

// params returns the relationship's new lists, first and last dates and
// its properties: per property, the value of the latest dated entry that
// states it; a property no entry states any more is removed (set to null).
func (p provenance) params(names []string) map[string]any {
	lists := map[string][]string{}
	add := func(k, v string) { lists[k] = append(lists[k], v) }
	var first, last any
	props := map[string]any{}
	for _, n := range names {
		props[n] = nil
	}
	byDate := slices.Clone(p)
	slices.SortStableFunc(byDate, func(x, y evidenceEntry) int { return cmp.Compare(x.date, y.date) })
	for _, e := range byDate {
		var m map[string]string
		_ = json.Unmarshal([]byte(e.props), &m) // written by propsJSON; an unreadable entry states nothing
		for k, v := range m {
			props[k] = v
		}
		if e.date != "" {
			if first == nil {
				first = e.date
			}
			last = e.date
		}
	}
	for _, e := range p {
		add("articles", e.article)
		add("evidence", e.evidence)
		add("spans", e.span)
		add("said_by", e.saidBy)
		add("dates", e.date)
		add("evidence_props", e.props)
	}
	row := map[string]any{"first": first, "last": last, "props": props}
	for k, v := range lists {
		row[k] = v
	}
	return row
}
