package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/extract"
)

// Load writes the extractions into the graph, article by article, and
// reports what it did. Each article's writes commit together or not at
// all: several small articles may share a managed write transaction (up to
// Config.BatchSize relations), and when such a transaction fails for another
// reason than a lost server, its articles are retried one by one so that
// one bad article does not take its neighbours down.
//
// A transaction runs three queries whatever its size: the Article nodes,
// the entity nodes of all labels with their MENTIONS, the relationships of
// all types, each an UNWIND over rows sorted by key (so that concurrent
// loaders take locks in the same order).
//
// An article already in the graph (same id) is skipped, which makes Load
// idempotent: loading the same documents twice writes nothing the second
// time. Articles that were not written are listed in Summary.Failed and
// the error is non-nil (wrapping ErrUnavailable, ErrAuth or ErrInvalid
// when that is the cause); running Load again completes the job.
func (s *Store) Load(ctx context.Context, docs []*extract.Graph) (Summary, error) {
	start := time.Now()
	var sum Summary
	var todo []*article
	seen := map[string]bool{}
	for i, g := range docs {
		a, err := s.model.prepare(g)
		if err != nil {
			id, path := fmt.Sprintf("#%d", i), ""
			if g != nil && g.Article.ID != "" {
				id, path = g.Article.ID, g.Article.Path
			}
			sum.fail(id, path, fmt.Errorf("load %s: %w", id, err))
			continue
		}
		if w := weight(a); w > MaxArticleBytes {
			sum.fail(a.id, a.path, fmt.Errorf("load %s: %w: its graph takes %d MiB, over the %d MiB one transaction may hold; split the article",
				a.id, ErrInvalid, w>>20, MaxArticleBytes>>20))
			continue
		}
		if seen[a.id] {
			sum.Skipped++
			continue
		}
		seen[a.id] = true
		todo = append(todo, a)
	}
	if len(todo) > 0 {
		if err := s.ensureSchema(ctx); err != nil {
			for _, a := range todo {
				sum.fail(a.id, a.path, fmt.Errorf("load %s: %w", a.id, err))
			}
			todo = nil
		}
	}
	if len(todo) > 0 {
		s.writeAll(ctx, &sum, todo)
	}
	sum.Elapsed = time.Since(start)
	if n := len(sum.Failed); n > 0 {
		return sum, fmt.Errorf("load: %d of %d articles not written: %w", n, len(docs), sum.Failed[0].Err)
	}
	return sum, nil
}

// writeAll writes todo in transactions of at most Config.BatchSize
// relations, adding what it did to sum.
func (s *Store) writeAll(ctx context.Context, sum *Summary, todo []*article) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	queue := batch(todo, s.cfg.BatchSize)
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		r, err := s.writeBatch(ctx, sess, b)
		switch {
		case err == nil:
			sum.add(r)
		case fatal(ctx, err):
			failAll(sum, b, err)
			failAll(sum, slices.Concat(queue...), err)
			queue = nil
		case len(b) > 1:
			// Isolate the article at fault: retry the batch's articles one
			// by one, before the rest; the others go through.
			singles := make([][]*article, len(b))
			for j, a := range b {
				singles[j] = []*article{a}
			}
			queue = append(singles, queue...)
		default:
			failAll(sum, b, err)
		}
	}
}

// MaxArticleBytes bounds the rows of one article, which are written in
// one transaction: far above a news article's (a 10 KB story makes a few
// KB of rows), far below what the server's transaction memory holds with
// a 1 GiB heap. A larger article is refused before anything is written.
const MaxArticleBytes = 16 << 20

// weight estimates the bytes of an article's rows as sent to the server.
func weight(a *article) int {
	n := 0
	for _, x := range a.nodes {
		n += len(x.key) + len(x.name) + len(x.scope) + len(x.country) + 16
		for _, s := range x.aliases {
			n += len(s)
		}
	}
	for _, r := range a.rels {
		n += len(r.typ) + len(r.source) + len(r.target) + len(r.evidence) + len(r.span) + len(r.saidBy) + 16
		for k, v := range r.props {
			n += len(k) + len(v)
		}
	}
	return n
}

func failAll(sum *Summary, arts []*article, err error) {
	for _, a := range arts {
		sum.fail(a.id, a.path, fmt.Errorf("load %s: %w", a.id, err))
	}
}

// fatal reports an error after which no further write can succeed: the
// server is gone, the credentials were refused or the caller gave up.
func fatal(ctx context.Context, err error) bool {
	return ctx.Err() != nil || errors.Is(err, ErrUnavailable) || errors.Is(err, ErrAuth)
}

// batch groups articles, in order, into transactions of at most max
// relations. An article is never split; one larger than max gets a batch
// of its own.
func batch(arts []*article, max int) [][]*article {
	var out [][]*article
	var cur []*article
	n := 0
	for _, a := range arts {
		if len(cur) > 0 && n+size(a) > max {
			out = append(out, cur)
			cur, n = nil, 0
		}
		cur = append(cur, a)
		n += size(a)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// writeBatch writes arts in one managed transaction, retried by the driver
// on transient errors (deadlocks included), within Config.TxTimeout.
func (s *Store) writeBatch(ctx context.Context, sess neo4j.SessionWithContext, arts []*article) (Summary, error) {
	out, err := s.execute(ctx, sess, neo4j.AccessModeWrite, func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error) {
		return s.writeTx(ctx, tx, arts)
	})
	if err != nil {
		return Summary{}, err
	}
	return out.(Summary), nil
}

// writeTx is the body of one load transaction. The driver may run it more
// than once, so it keeps no state outside its return value.
func (s *Store) writeTx(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) (Summary, error) {
	var sum Summary
	// 1. Articles. MERGE on the unique id locks it, so two loaders racing
	// on one article write it once: the second sees it and skips.
	arts = slices.SortedFunc(slices.Values(arts), func(x, y *article) int { return cmp.Compare(x.id, y.id) })
	artRows := make([]map[string]any, len(arts))
	for i, a := range arts {
		artRows[i] = map[string]any{"id": a.id, "props": a.props}
	}
	recs, err := collect(ctx, tx, articleQuery, artRows)
	if err != nil {
		return sum, fmt.Errorf("articles: %w", err)
	}
	artEID := map[string]string{}
	for _, r := range recs {
		if created, _ := r.Values[2].(bool); created {
			artEID[r.Values[0].(string)] = r.Values[1].(string)
		}
	}
	var fresh []*article
	for _, a := range arts {
		if _, ok := artEID[a.id]; ok {
			fresh = append(fresh, a)
		}
	}
	sum.Articles = len(fresh)
	sum.Skipped = len(arts) - len(fresh)
	if len(fresh) == 0 {
		return sum, nil
	}

	rows := s.model.rows(fresh)

	// 2. Entity nodes, all labels in one query, rows sorted by label then
	// key so that concurrent loaders lock in the same order, and the
	// MENTIONS of the new articles.
	mentions := map[string][]map[string]any{} // node key -> MENTIONS
	for _, mr := range rows.Mentions {
		mentions[mr.Key] = append(mentions[mr.Key], map[string]any{"a": artEID[mr.Article], "count": mr.Count})
	}
	nodes := make([]map[string]any, len(rows.Nodes))
	for i, n := range rows.Nodes {
		nodes[i] = map[string]any{"label": n.Label, "key": n.Key, "props": n.Props,
			"names": n.Names(), "mentions": mentions[n.Key]}
	}
	nodeEID := map[string]string{} // key -> element id
	res, err := tx.Run(ctx, s.model.nodeQuery, map[string]any{"rows": byPosition(nodes, "label", s.model.labelOrder)})
	if err != nil {
		return sum, fmt.Errorf("nodes: %w", err)
	}
	recs, err = res.Collect(ctx)
	if err != nil {
		return sum, fmt.Errorf("nodes: %w", err)
	}
	for _, r := range recs {
		nodeEID[r.Values[0].(string)] = r.Values[1].(string)
	}
	c, err := res.Consume(ctx)
	if err != nil {
		return sum, fmt.Errorf("nodes: %w", err)
	}
	sum.NodesCreated = c.Counters().NodesCreated()
	sum.NodesMatched = len(nodes) - sum.NodesCreated
	sum.MentionsCreated = c.Counters().RelationshipsCreated()

	// 3. Relationships, all types in one query, one row per (type,
	// source, target) sorted so, locked and read; then their new
	// summaries and the Evidence nodes, one per (fact, article).
	if len(rows.Rels) == 0 {
		return sum, nil
	}
	params := make([]map[string]any, len(rows.Rels))
	byFact := map[string]RelRow{}
	for i, r := range rows.Rels {
		f := factKey(r.Type, r.Source, r.Target)
		params[i] = map[string]any{"type": r.Type, "fact": f, "s": nodeEID[r.Source], "t": nodeEID[r.Target]}
		byFact[f] = r
	}
	res, err = tx.Run(ctx, s.model.relQuery, map[string]any{"rows": byPosition(params, "type", s.model.typeOrder)})
	if err != nil {
		return sum, fmt.Errorf("relationships: %w", err)
	}
	recs, err = res.Collect(ctx)
	if err != nil {
		return sum, fmt.Errorf("relationships: %w", err)
	}
	if c, err = res.Consume(ctx); err != nil {
		return sum, fmt.Errorf("relationships: %w", err)
	}
	sum.RelsCreated = c.Counters().RelationshipsCreated()
	sum.RelsMatched = len(rows.Rels) - sum.RelsCreated
	updates := make([]map[string]any, 0, len(recs))
	for _, rec := range recs {
		r := byFact[rec.Values[0].(string)]
		props, _ := rec.Values[2].(map[string]any)
		sm := readSummary(props)
		for _, x := range r.reports {
			sm.add(x)
		}
		updates = append(updates, map[string]any{"type": r.Type, "s": nodeEID[r.Source], "t": nodeEID[r.Target],
			"props": sm.params(s.model.rels[r.Type].Properties)})
	}
	evidence := make([]map[string]any, len(rows.Evidence))
	for i, e := range rows.Evidence {
		evidence[i] = map[string]any{"a": artEID[e.Article], "props": e.Props}
	}
	for _, q := range []struct {
		what, cypher string
		rows         any
	}{
		{"relationship summaries", s.model.relUpdateQuery, byPosition(updates, "type", s.model.typeOrder)},
		{"evidence", evidenceQuery, evidence},
	} {
		if _, err := runTx(ctx, tx, q.cypher, map[string]any{"rows": q.rows}); err != nil {
			return sum, fmt.Errorf("%s: %w", q.what, err)
		}
	}
	return sum, nil
}

// collect runs cypher in tx with rows as $rows and returns its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, rows []map[string]any) ([]*neo4j.Record, error) {
	return runTx(ctx, tx, cypher, map[string]any{"rows": rows})
}

// runTx runs one query in tx and returns its records.
func runTx(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}
