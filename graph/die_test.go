package graph

import (
	"context"
	"errors"
	"net/url"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestServerDiesMidLoad protects the promise to the CLI: when Neo4j goes
// away in the middle of a Load, Load returns ErrUnavailable and lists in
// Summary.Failed exactly the articles that are not in the graph; running
// Load again writes those and only those, and the graph is the one a
// single uninterrupted load gives.
func TestServerDiesMidLoad(t *testing.T) {
	st, driver, cfg := cleanStore(t)
	ctx := context.Background()
	const relsPerArticle = 20
	docs := corpus(testSchema(t), 6, 120, relsPerArticle)
	mustLoad(t, st, docs...)
	want := dump(t, driver, true)
	reset(t, st, driver)

	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := neo4jtest.StartProxy(t, u.Host)
	pc := cfg
	pc.URI = "bolt://" + p.Addr()
	pc.BatchSize = 3 * relsPerArticle // three articles per transaction
	pc.retryTime = 2 * time.Second
	ps := openStore(t, pc)
	if err := ps.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}

	// Kill the "server" once a third of the articles are in.
	done := make(chan struct{})
	go func() {
		defer close(done)
		for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); {
			res, err := neo4j.ExecuteQuery(ctx, driver, `MATCH (a:Article) RETURN count(a) AS n`, nil,
				neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
			if err == nil && res.Records[0].Values[0].(int64) >= int64(len(docs)/3) {
				p.Kill()
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	start := time.Now()
	sum, err := ps.Load(ctx, docs)
	<-done
	t.Logf("interrupted load: %d written, %d failed, in %v: %v", sum.Articles, len(sum.Failed), time.Since(start), err)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Load error %v, want ErrUnavailable", err)
	}
	if len(sum.Failed) == 0 || sum.Articles+len(sum.Failed) != len(docs) {
		t.Fatalf("written %d + failed %d, want %d in all, some failed", sum.Articles, len(sum.Failed), len(docs))
	}
	inGraph := count(t, driver, `MATCH (a:Article) RETURN count(a)`)
	// A commit whose acknowledgement was lost may be in the graph although
	// reported failed; at most one transaction's worth of articles.
	if inGraph < sum.Articles || inGraph > sum.Articles+pc.BatchSize/relsPerArticle {
		t.Errorf("%d articles in the graph, Load reported %d written", inGraph, sum.Articles)
	}

	rerun := mustLoad(t, st, docs...)
	if rerun.Articles != len(docs)-inGraph || rerun.Skipped != inGraph {
		t.Errorf("re-run: %+v, want %d written and %d skipped", rerun, len(docs)-inGraph, inGraph)
	}
	diffLines(t, "interrupted then re-run vs one load", want, dump(t, driver, true))
}
