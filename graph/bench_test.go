package graph

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// The benchmark corpus: 200 articles of 50 relations, 10,000 relations.
const benchArticles, benchRels = 200, 50

// naiveQuery is the way the loader is not written: one transaction per
// relation that MERGEs the article, both nodes, the MENTIONS and the
// relationship with its evidence.
const naiveQuery = `MERGE (a:Article {id: $article})
MERGE (s:%s {key: $s.key}) ON CREATE SET s.name = $s.name, s.aliases = $s.aliases
MERGE (t:%s {key: $t.key}) ON CREATE SET t.name = $t.name, t.aliases = $t.aliases
MERGE (a)-[:MENTIONS]->(s)
MERGE (a)-[:MENTIONS]->(t)
MERGE (s)-[r:%s]->(t)
SET r += $props, r.articles = coalesce(r.articles, []) + $article,
  r.evidence = coalesce(r.evidence, []) + $evidence`

func naiveLoad(ctx context.Context, driver neo4j.DriverWithContext, db string, docs []*extract.Graph) error {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer sess.Close(ctx)
	s, err := schema.Default()
	if err != nil {
		return err
	}
	for _, g := range docs {
		keys := EntityKeys(s, g)
		ents := map[string]extract.Entity{}
		for _, e := range g.Entities {
			ents[e.ID] = e
		}
		node := func(id string) map[string]any {
			return map[string]any{"key": keys[id], "name": ents[id].Name, "aliases": ents[id].Aliases}
		}
		for _, r := range g.Relations {
			props := map[string]any{}
			for k, v := range r.Properties {
				props[k] = v
			}
			cypher := fmt.Sprintf(naiveQuery, ents[r.Source].Label, ents[r.Target].Label, r.Type)
			params := map[string]any{"article": g.Article.ID, "s": node(r.Source), "t": node(r.Target),
				"props": props, "evidence": r.Evidence}
			_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				res, err := tx.Run(ctx, cypher, params)
				if err != nil {
					return nil, err
				}
				return res.Consume(ctx)
			}, txMeta)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// BenchmarkLoad loads the same generated corpus the naive way and with
// Store.Load into an emptied database (constraints and indexes in place
// for both), and reports relations written per second. The batched way
// runs with a BatchSize of 500 and with the default. The naive way takes
// about a minute.
//
//	go test -bench . -run '^$' ./graph
func BenchmarkLoad(b *testing.B) {
	st, driver, cfg := cleanStore(b)
	docs := corpus(testSchema(b), 7, benchArticles, benchRels)
	ctx := context.Background()
	if err := st.ApplySchema(ctx); err != nil {
		b.Fatal(err)
	}
	// Between runs only the data goes: the constraints, indexes and cached
	// query plans stay, as they do for a graph that keeps growing.
	reset := func(b *testing.B) {
		b.Helper()
		sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
		defer sess.Close(ctx)
		res, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	rels := float64(benchArticles * benchRels)
	run := func(name string, warm bool, load func() error) {
		b.Run(name, func(b *testing.B) {
			// One untimed load first, so that the server plans the queries
			// against a graph of this size, as it has in a long-lived
			// database; the cold figure is logged. The naive way plans its
			// queries once in 10,000 transactions: no need.
			if warm {
				reset(b)
				start := time.Now()
				if err := load(); err != nil {
					b.Fatal(err)
				}
				b.Logf("cold: %.0f rels/s", rels/time.Since(start).Seconds())
				b.ResetTimer()
			}
			var busy time.Duration
			for range b.N {
				b.StopTimer()
				reset(b)
				b.StartTimer()
				start := time.Now()
				if err := load(); err != nil {
					b.Fatal(err)
				}
				busy += time.Since(start)
			}
			b.ReportMetric(rels*float64(b.N)/busy.Seconds(), "rels/s")
		})
	}
	run("naive", false, func() error { return naiveLoad(ctx, driver, cfg.Database, docs) })
	for _, size := range []int{500, DefaultBatchSize} {
		run(fmt.Sprintf("batched-%d", size), true, func() error {
			st.cfg.BatchSize = size
			sum, err := st.Load(ctx, docs)
			if err == nil && sum.Articles != benchArticles {
				err = fmt.Errorf("wrote %d articles, want %d", sum.Articles, benchArticles)
			}
			return err
		})
	}
}
