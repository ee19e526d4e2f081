package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const (
	forgetArticleQuery = `MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(n)
RETURN a.id AS id, collect(elementId(n)) AS nodes`

	// The article's reports, each with its fact's relationship, locked in
	// the order of the facts and read after the lock. Both ends of a fact
	// are entities the article mentions; the fact key ("TYPE|source|target")
	// names them, so the source is the mentioned entity whose key follows
	// the type in it, and the target the one whose key ends it.
	forgetReportsQuery = `MATCH (a:Article {id: $id})-[:REPORTS]->(e:Evidence)
WITH a, e, split(e.fact, "|")[0] AS type ORDER BY e.fact
MATCH (a)-[:MENTIONS]->(s) WHERE e.fact STARTS WITH type + "|" + s.key + "|"
WITH a, e, type, s, substring(e.fact, size(type) + size(s.key) + 2) AS target
MATCH (a)-[:MENTIONS]->(t) WHERE t.key = target
MATCH (s)-[r]->(t) WHERE type(r) = type
SET r._geokg_lock = true
WITH e, r, s, t
RETURN e {.*} AS e, type(r) AS type, s.key AS source, t.key AS target,
  elementId(s) AS s, elementId(t) AS t, properties(r) AS props`

	// The other reports of a fact, newest first (the dated ones through
	// the index on (fact, date), and the undated ones; up to $limit of
	// each, ordered by stamp by the caller); $state, when not null, keeps those that
	// state that property.
	forgetOthersQuery = `CALL {
  MATCH (e:Evidence) WHERE e.fact = $fact AND e.date >= "" AND e.article <> $id
    AND ($state IS NULL OR $state IN e.states)
  WITH e ORDER BY e.date DESC, e.article DESC LIMIT $limit
  RETURN e
  UNION ALL
  MATCH (e:Evidence) WHERE e.fact = $fact AND e.date IS NULL AND e.article <> $id
    AND ($state IS NULL OR $state IN e.states)
  WITH e ORDER BY e.article DESC LIMIT $limit
  RETURN e
}
RETURN e {.*} AS e`

	// The earliest and latest dates of a fact's other reports.
	forgetDatesQuery = `CALL {
  MATCH (e:Evidence) WHERE e.fact = $fact AND e.date > "" AND e.article <> $id
  WITH e ORDER BY e.date ASC LIMIT 1 RETURN e.date AS first
}
CALL {
  MATCH (e:Evidence) WHERE e.fact = $fact AND e.date > "" AND e.article <> $id
  WITH e ORDER BY e.date DESC LIMIT 1 RETURN e.date AS last
}
RETURN first, last`

	forgetDeleteEvidenceQuery = `MATCH (:Article {id: $id})-[:REPORTS]->(e:Evidence) DETACH DELETE e`

	forgetDeleteArticleQuery = `MATCH (a:Article {id: $id}) DETACH DELETE a`

	// An entity no article mentions any more goes. Its relationships were
	// all supported by this article and are already gone; DETACH is a guard.
	forgetDeleteNodesQuery = `UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid AND NOT (n)<-[:MENTIONS]-()
DETACH DELETE n`
)

// Forget removes an article: its node and MENTIONS, its Evidence nodes,
// every relationship only it supported and every entity node no other
// article mentions. The summaries of the relationships it shared are
// updated as if it had never been loaded: the report count drops, and the
// dates, latest sentences and properties it provided are looked up again
// among the remaining reports (through the index on the fact's key), so
// the cost is proportional to the article's facts, not to their
// popularity. All of it happens in one transaction. The Summary counts
// the article (Articles), the entity nodes deleted (NodesDeleted), the
// relationships deleted (RelsDeleted) and those that lost a report but
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
	recs, err := runTx(ctx, tx, forgetArticleQuery, params)
	if err != nil {
		return sum, err
	}
	if len(recs) == 0 {
		return sum, ErrNotFound
	}
	nodes := recs[0].Values[1]

	recs, err = runTx(ctx, tx, forgetReportsQuery, params)
	if err != nil {
		return sum, fmt.Errorf("reports: %w", err)
	}
	// A relationship is found again, to be updated or deleted, between its
	// two nodes as the loader finds it (see relUpdateBranch), never by its
	// element id.
	var updates, deletes []map[string]any
	for _, rec := range recs {
		ev, _ := rec.Values[0].(map[string]any)
		rep := reportOf(ev)
		rep.typ, _ = rec.Values[1].(string)
		rep.source, _ = rec.Values[2].(string)
		rep.target, _ = rec.Values[3].(string)
		row := map[string]any{"type": rep.typ, "s": rec.Values[4], "t": rec.Values[5]}
		sm := readSummary(rec.Values[6].(map[string]any))
		if sm.reports <= 1 {
			deletes = append(deletes, row)
			continue
		}
		if err := s.withoutReport(ctx, tx, &sm, rep); err != nil {
			return sum, fmt.Errorf("fact %s: %w", rep.fact(), err)
		}
		row["props"] = sm.params(s.model.rels[rep.typ].Properties)
		updates = append(updates, row)
	}
	for _, step := range []struct {
		what, query string
		params      map[string]any
	}{
		{"update relationships", s.model.relUpdateQuery, map[string]any{"rows": byPosition(updates, "type", s.model.typeOrder)}},
		{"delete relationships", s.model.relDeleteQuery, map[string]any{"rows": byPosition(deletes, "type", s.model.typeOrder)}},
		{"delete evidence", forgetDeleteEvidenceQuery, params},
		{"delete article", forgetDeleteArticleQuery, params},
		{"delete entities", forgetDeleteNodesQuery, map[string]any{"eids": nodes}},
	} {
		res, err := tx.Run(ctx, step.query, step.params)
		if err != nil {
			return sum, fmt.Errorf("%s: %w", step.what, err)
		}
		c, err := res.Consume(ctx)
		if err != nil {
			return sum, fmt.Errorf("%s: %w", step.what, err)
		}
		if step.what == "delete entities" {
			sum.NodesDeleted = c.Counters().NodesDeleted()
		}
	}
	sum.Articles = 1
	sum.RelsDeleted = len(deletes)
	sum.RelsMatched = len(updates)
	return sum, nil
}

// withoutReport takes rep out of the summary sm of its fact. What rep did
// not provide stays; what it provided (a first or last date, one of the
// latest sentences, a property's value) is looked up again among the
// fact's other reports.
func (s *Store) withoutReport(ctx context.Context, tx neo4j.ManagedTransaction, sm *summary, rep *report) error {
	sm.reports--
	fact, st := rep.fact(), rep.stamp()
	if rep.date != "" && (rep.date == sm.first || rep.date == sm.last) {
		recs, err := runTx(ctx, tx, forgetDatesQuery, map[string]any{"fact": fact, "id": rep.article})
		if err != nil {
			return err
		}
		sm.first, sm.last = "", ""
		if len(recs) > 0 {
			sm.first, _ = recs[0].Values[0].(string)
			sm.last, _ = recs[0].Values[1].(string)
		}
	}
	others := func(state any, limit int) ([]*report, error) {
		recs, err := runTx(ctx, tx, forgetOthersQuery, map[string]any{"fact": fact, "id": rep.article, "state": state, "limit": int64(limit)})
		out := make([]*report, len(recs))
		for i, r := range recs {
			ev, _ := r.Values[0].(map[string]any)
			out[i] = reportOf(ev)
		}
		slices.SortFunc(out, func(x, y *report) int { return strings.Compare(y.stamp(), x.stamp()) })
		return out[:min(limit, len(out))], err
	}
	if slices.ContainsFunc(sm.recent, func(x sentence) bool { return strings.HasPrefix(x.from, st+" ") }) {
		latest, err := others(nil, recentEvidence)
		if err != nil {
			return err
		}
		sm.recent = nil
		for _, r := range latest {
			for _, x := range r.sentences {
				sm.recent = append(sm.recent, sentence{from: r.sentenceStamp(x), text: x.evidence})
			}
		}
		sm.trim()
	}
	for _, p := range slices.Sorted(maps.Keys(sm.from)) {
		if sm.from[p] != st {
			continue
		}
		delete(sm.props, p)
		delete(sm.from, p)
		latest, err := others(p, 1)
		if err != nil {
			return err
		}
		if len(latest) > 0 {
			sm.props[p], sm.from[p] = latest[0].props()[p], latest[0].stamp()
		}
	}
	return nil
}

// reportOf reads an Evidence node back into the report it was made from:
// its article, date and sentences. The fact's type, source and target are
// the caller's to set when it needs them (the node holds only the fact
// key, which a key holding "|" would make ambiguous to split).
func reportOf(ev map[string]any) *report {
	str := func(k string) string { v, _ := ev[k].(string); return v }
	r := &report{article: str("article"), date: str("date")}
	texts, spans, saidBy, props := strings1(ev["evidence"]), strings1(ev["spans"]), strings1(ev["said_by"]), strings1(ev["evidence_props"])
	for i, t := range texts {
		row := relRow{typ: r.typ, source: r.source, target: r.target, evidence: t}
		if i < len(spans) {
			row.span = spans[i]
		}
		if i < len(saidBy) {
			row.saidBy = saidBy[i]
		}
		if i < len(props) {
			_ = json.Unmarshal([]byte(props[i]), &row.props) // written by propsJSON; an unreadable entry states nothing
		}
		r.sentences = append(r.sentences, row)
	}
	return r
}
