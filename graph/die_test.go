package graph

import (
	"context"
	"errors"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// proxy forwards TCP connections to Neo4j until killed, so a test can make
// the server vanish under a running Load without stopping the shared one.
type proxy struct {
	l      net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	dead   bool
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{l: l, target: target}
	t.Cleanup(p.kill)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			if !p.track(c, s) {
				return
			}
			go func() { io.Copy(s, c); s.Close() }()
			go func() { io.Copy(c, s); c.Close() }()
		}
	}()
	return p
}

func (p *proxy) track(cs ...net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dead {
		for _, c := range cs {
			c.Close()
		}
		return false
	}
	p.conns = append(p.conns, cs...)
	return true
}

// kill closes the listener and every connection: the server is gone.
func (p *proxy) kill() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dead = true
	p.l.Close()
	for _, c := range p.conns {
		c.Close()
	}
}

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
	p := startProxy(t, u.Host)
	pc := cfg
	pc.URI = "bolt://" + p.l.Addr().String()
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
				p.kill()
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
