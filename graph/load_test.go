package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/geokg/geokg/extract"
)

// TestLoadIsIdempotent protects re-runs: loading the same documents a
// second time (same Store or a new one) creates no node and no
// relationship, and leaves the graph exactly as it was, whatever the
// batch size.
func TestLoadIsIdempotent(t *testing.T) {
	for _, size := range []int{1, 40, 500} {
		t.Run(fmt.Sprintf("batch %d", size), func(t *testing.T) {
			st, driver, cfg := cleanStore(t)
			st.cfg.BatchSize = size
			docs := append(corpus(testSchema(t), 1, 30, 20), readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json"))
			first := mustLoad(t, st, docs...)
			if first.Articles != len(docs) || first.NodesCreated == 0 || first.RelsCreated == 0 {
				t.Fatalf("first load: %+v", first)
			}
			before := dump(t, driver, true)

			cfg.BatchSize = size
			for i, s := range []*Store{st, openStore(t, cfg)} {
				again := mustLoad(t, s, docs...)
				if again.Articles != 0 || again.Skipped != len(docs) || again.NodesCreated != 0 || again.RelsCreated != 0 {
					t.Errorf("load %d again: %+v, want only skips", i+2, again)
				}
				diffLines(t, "after loading again", before, dump(t, driver, true))
			}
		})
	}
}

// TestBatchSizeDoesNotChangeTheGraph checks that one article per
// transaction and many per transaction give the same graph.
func TestBatchSizeDoesNotChangeTheGraph(t *testing.T) {
	st, driver, _ := cleanStore(t)
	docs := corpus(testSchema(t), 2, 40, 25)
	st.cfg.BatchSize = 1
	mustLoad(t, st, docs...)
	one := dump(t, driver, true)
	reset(t, st, driver)
	st.cfg.BatchSize = 10000
	mustLoad(t, st, docs...)
	diffLines(t, "batch 1 vs 10000", one, dump(t, driver, true))
}

// TestSecondArticleAddsEvidence protects the one-fact-one-relationship
// rule: a second article stating a known fact adds its sentence to the
// existing relationship; properties follow the latest article; generic
// systems are shared when their owner is, and kept apart otherwise.
func TestSecondArticleAddsEvidence(t *testing.T) {
	st, driver, _ := cleanStore(t)
	s1 := mustLoad(t, st, readGraph(t, "supplies-1.json"))
	if s1.Articles != 1 || s1.NodesCreated != 8 || s1.RelsCreated != 5 || s1.RelsMatched != 0 {
		t.Errorf("first article: %+v, want 8 nodes and 5 relationships created", s1)
	}
	s2 := mustLoad(t, st, readGraph(t, "supplies-2.json"))
	// New: the interceptor missiles and OPPOSES; known: Russia, Iran, USA,
	// Lavrov, the US radar; SUPPLIES, HOLDS_OFFICE, DEPLOYS gain evidence.
	if s2.NodesCreated != 1 || s2.NodesMatched != 5 || s2.RelsCreated != 1 || s2.RelsMatched != 3 {
		t.Errorf("second article: %+v, want 1/5 nodes and 1/3 relationships created/matched", s2)
	}
	tests := []struct {
		name, cypher, want string
	}{
		{"one SUPPLIES", `MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS n`, "1"},
		{"two sentences", `MATCH (:Country {key: "country:RUS"})-[r:SUPPLIES]->(:Country {key: "country:IRN"}) RETURN r.evidence AS v`,
			"[Moscow has delivered air defence systems to Tehran. Russia is selling Tor-M1 anti-aircraft missile systems to Iran.]"},
		{"two reports, two Evidence nodes", `MATCH (r:Evidence {fact: "SUPPLIES|country:RUS|country:IRN"}) RETURN count(r) AS v`, "2"},
		{"report count", `MATCH ()-[r:SUPPLIES]->() RETURN r.reports AS v`, "2"},
		{"item of the latest", `MATCH ()-[r:SUPPLIES]->() RETURN r.item AS v`, "air defence systems"},
		{"office title and dates", `MATCH (:Person)-[r:HOLDS_OFFICE]->(:Country) RETURN [r.title, r.first_seen, r.last_seen] AS v`,
			"[foreign minister 2007-04-23 2007-05-02]"},
		{"status now current, location kept", `MATCH (:Country {key: "country:USA"})-[r:DEPLOYS]->() RETURN [r.status, r.location] AS v`,
			"[current Czech Republic]"},
		{"one US radar", `MATCH (w:WeaponSystem {name: "radar"}) RETURN collect(w.key) AS v`, "[weaponsystem:radar@country:USA]"},
		{"unowned missiles scoped by article", `MATCH (w:WeaponSystem {name: "interceptor missiles"}) RETURN w.key AS v`,
			"weaponsystem:interceptor-missiles@sha256:2222222222222222"},
		{"aliases united, sorted", `MATCH (c:Country {key: "country:RUS"}) RETURN c.aliases AS v`, "[Kremlin Moscow Russian]"},
		{"symmetric stored once, small key first", `MATCH (a)-[r:MET_WITH]->(b)
MATCH (e:Evidence {fact: "MET_WITH|" + a.key + "|" + b.key}) RETURN [a.key, b.key, e.said_by[0]] AS v`,
			"[person:robert-gates person:sergei-lavrov organization:interfax]"},
		{"mentions counted", `MATCH (:Article {id: "sha256:1111111111111111"})-[m:MENTIONS]->(c:Country {key: "country:RUS"}) RETURN m.count AS v`, "4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := query(t, driver, tt.cypher, nil)
			if len(rows) != 1 {
				t.Fatalf("%d rows", len(rows))
			}
			for _, v := range rows[0] {
				if got := fmt.Sprint(v); got != tt.want {
					t.Errorf("got %s, want %s", got, tt.want)
				}
			}
		})
	}
}

// provenanceQuery is the analyst's one-liner of the package doc.
const provenanceQuery = `MATCH (e:Evidence {fact: "SUPPLIES|country:RUS|country:IRN"})<-[:REPORTS]-(a:Article) RETURN a.id AS article, e.date AS date, e.evidence AS sentences ORDER BY date, article`

// TestProvenanceQuery checks that the one-line query of the package doc
// answers "which articles and sentences support Russia SUPPLIES Iran".
func TestProvenanceQuery(t *testing.T) {
	st, driver, _ := cleanStore(t)
	mustLoad(t, st, readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json"))
	var got []string
	for _, r := range query(t, driver, provenanceQuery, nil) {
		got = append(got, fmt.Sprint(r["article"], " ", r["date"], " ", r["sentences"]))
	}
	want := []string{
		"sha256:1111111111111111 2007-04-23 [Russia is selling Tor-M1 anti-aircraft missile systems to Iran.]",
		"sha256:2222222222222222 2007-05-02 [Moscow has delivered air defence systems to Tehran.]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("provenance:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(doc, provenanceQuery) {
		t.Errorf("the package doc does not show the tested provenance query")
	}
}

// TestHostileStringsStoredVerbatim protects against injection: quotes,
// backticks, braces and Cypher fragments in ids, names, aliases, evidence,
// title and properties are stored as written and run nothing.
func TestHostileStringsStoredVerbatim(t *testing.T) {
	st, driver, _ := cleanStore(t)
	hostile := []string{
		`'}) MATCH (n) DETACH DELETE n //`, `"`, "`", `{}`, `$x`, `\`, `\u0027`, "line\nbreak",
		"`}]->(x) DELETE x RETURN 1 //", `" OR 1=1 --`, "Ünïcödé ☢",
	}
	sentinel := query(t, driver, `CREATE (n:Sentinel {v: 1}) RETURN n.v AS v`, nil)
	if len(sentinel) != 1 {
		t.Fatal("sentinel not created")
	}
	for i, h := range hostile {
		g := &extract.Graph{
			Article: extract.Article{ID: "sha256:" + h, Title: h, Source: h, Path: h, Published: "2007-01-01"},
			Entities: []extract.Entity{
				{ID: "country:" + h, Label: "Country", Name: h, Aliases: []string{h + " alias"}},
				{ID: "person:" + h, Label: "Person", Name: "P " + h},
			},
			Relations: []extract.Relation{{Type: "HOLDS_OFFICE", Source: "person:" + h, Target: "country:" + h,
				Properties: map[string]string{"title": h}, Evidence: h, Span: extract.Span{i, i + 1}}},
		}
		mustLoad(t, st, g)
		rows := query(t, driver, `MATCH (a:Article {id: $id})-[:MENTIONS]->(c:Country)<-[r:HOLDS_OFFICE]-(p:Person)
RETURN a.title AS title, a.source AS source, a.path AS path, c.key AS key, c.name AS name, c.aliases[0] AS alias,
  p.name AS person, r.title AS office, r.evidence[0] AS evidence`, map[string]any{"id": "sha256:" + h})
		if len(rows) != 1 {
			t.Fatalf("%q: %d rows, want 1", h, len(rows))
		}
		want := map[string]string{"title": h, "source": h, "path": h, "key": "country:" + h, "name": h,
			"alias": h + " alias", "person": "P " + h, "office": h, "evidence": h}
		for k, w := range want {
			if got := rows[0][k]; got != w {
				t.Errorf("%q: %s = %q", h, k, got)
			}
		}
	}
	if n := count(t, driver, `MATCH (n:Sentinel) RETURN count(n)`); n != 1 {
		t.Errorf("sentinel nodes: %d, want 1", n)
	}
	if n := count(t, driver, `MATCH (a:Article) RETURN count(a)`); n != len(hostile) {
		t.Errorf("articles: %d, want %d", n, len(hostile))
	}
}

// TestFailedArticleWritesNothing protects atomicity per article: an
// article rejected by validation, and one refused by the database in the
// middle of a shared transaction, leave nothing behind, are reported in
// Summary.Failed with a non-nil error, and do not stop the others.
func TestFailedArticleWritesNothing(t *testing.T) {
	st, driver, _ := cleanStore(t)
	if err := st.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	// A constraint geokg does not make, so that the database refuses one
	// article half-way through its transaction: after its Article node and
	// Country node were written, at its WeaponSystem node, whose scope
	// (its owner) is taken.
	query(t, driver, `CREATE CONSTRAINT test_weapon_scope FOR (w:WeaponSystem) REQUIRE w.scope IS UNIQUE`, nil)
	query(t, driver, `CREATE (:WeaponSystem {key: "weaponsystem:other", name: "other", scope: "country:ZZZ"})`, nil)

	docs := corpus(testSchema(t), 3, 5, 10)
	bad := &extract.Graph{Article: extract.Article{ID: "sha256:bad"},
		Entities: []extract.Entity{{ID: "x:1", Label: "Spaceship", Name: "Enterprise"}}}
	refused := &extract.Graph{Article: extract.Article{ID: "sha256:refused"},
		Entities: []extract.Entity{
			{ID: "country:ZZZ", Label: "Country", Name: "Zedland"},
			{ID: "weaponsystem:radar", Label: "WeaponSystem", Name: "radar", Generic: true},
		},
		Relations: []extract.Relation{{Type: "DEPLOYS", Source: "country:ZZZ", Target: "weaponsystem:radar", Evidence: "e"}}}
	all := []*extract.Graph{docs[0], bad, docs[1], refused, docs[2], docs[3], docs[4]}

	sum, err := st.Load(context.Background(), all)
	if err == nil {
		t.Fatal("Load: nil error, want one for the failed articles")
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("Load error %v does not wrap ErrInvalid (the first failure)", err)
	}
	if sum.Articles != 5 || len(sum.Failed) != 2 {
		t.Fatalf("summary %+v, want 5 written and 2 failed", sum)
	}
	failed := map[string]error{}
	for _, f := range sum.Failed {
		failed[f.ID] = f.Err
	}
	if !errors.Is(failed["sha256:bad"], ErrInvalid) {
		t.Errorf("bad article: %v, want ErrInvalid", failed["sha256:bad"])
	}
	if e := failed["sha256:refused"]; e == nil || !strings.Contains(e.Error(), "already exists") {
		t.Errorf("refused article: %v, want the constraint violation", e)
	}
	for _, q := range []string{
		`MATCH (a:Article) WHERE a.id IN ["sha256:bad", "sha256:refused"] RETURN count(a)`,
		`MATCH (c:Country {key: "country:ZZZ"}) RETURN count(c)`,
		`MATCH (e:Evidence {article: "sha256:refused"}) RETURN count(e)`,
	} {
		if n := count(t, driver, q); n != 0 {
			t.Errorf("%s: %d, want 0", q, n)
		}
	}
	if n := count(t, driver, `MATCH (a:Article) RETURN count(a)`); n != 5 {
		t.Errorf("articles: %d, want 5", n)
	}
}

// TestLoadOrderFree protects the race-free, order-free merge: a reverse
// order load, and four Stores with their own drivers loading overlapping
// halves at the same time, give the same graph as one forward sequential
// load, every property compared (aliases, report counts, dates, latest
// sentences, properties) but the Articles' loaded_at. No article fails
// (deadlocks are retried) and no key or fact is duplicated.
//
// GEOKG_ORDERFREE_ARTICLES sets the corpus size (default 80): the same
// check at scale, as the README's "Loading at scale" reports it.
func TestLoadOrderFree(t *testing.T) {
	n := 80
	if v := os.Getenv("GEOKG_ORDERFREE_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 8 {
			t.Fatalf("GEOKG_ORDERFREE_ARTICLES=%q: want a number of articles, at least 8", v)
		}
	}
	st, driver, cfg := cleanStore(t)
	docs := corpus(testSchema(t), 4, n, 30)
	mustLoad(t, st, docs...)
	want := dump(t, driver, true)
	wantStats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	reset(t, st, driver)
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	st.cfg.BatchSize = 45
	mustLoad(t, st, reversed...)
	diffLines(t, "reverse vs forward", want, dump(t, driver, true))

	reset(t, st, driver)
	half := len(docs) / 2
	parts := [][]*extract.Graph{docs[:half], docs[half/2 : half+half/2], reversed[:half], reversed[half/2 : half+half/2]}
	sums := make([]Summary, len(parts))
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		c := cfg
		c.BatchSize = 60 + 37*i // different groupings, so transactions overlap unevenly
		s := openStore(t, c)
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i], errs[i] = s.Load(context.Background(), part)
		}()
	}
	wg.Wait()
	written := 0
	for i := range parts {
		if errs[i] != nil || len(sums[i].Failed) > 0 {
			t.Errorf("loader %d: %v, failed %v", i, errs[i], sums[i].Failed)
		}
		written += sums[i].Articles
	}
	if written != len(docs) {
		t.Errorf("articles written %d in all, want %d", written, len(docs))
	}
	for _, q := range []string{
		`MATCH (n) WHERE n.key IS NOT NULL WITH n.key AS k, count(*) AS c WHERE c > 1 RETURN count(*)`,
		`MATCH (a:Article) WITH a.id AS k, count(*) AS c WHERE c > 1 RETURN count(*)`,
		`MATCH (e:Evidence) WITH e.fact AS f, e.article AS a, count(*) AS c WHERE c > 1 RETURN count(*)`,
		`MATCH (s)-[r]->(t) WITH s, t, type(r) AS ty, count(*) AS c WHERE c > 1 RETURN count(*)`,
	} {
		if n := count(t, driver, q); n != 0 {
			t.Errorf("duplicates: %s: %d", q, n)
		}
	}
	gotStats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(gotStats) != fmt.Sprint(wantStats) {
		t.Errorf("stats %v, want %v", gotStats, wantStats)
	}
	diffLines(t, "4 concurrent loaders vs sequential", want, dump(t, driver, true))
}

// TestStats checks the counts against the known articles.
func TestStats(t *testing.T) {
	st, _, _ := cleanStore(t)
	mustLoad(t, st, readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json"))
	got, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{
		Nodes: map[string]int{"Article": 2, "Country": 3, "Person": 2, "Organization": 1, "Location": 0,
			"Facility": 0, "WeaponSystem": 3, "Program": 0, "Agreement": 0},
		Relationships: map[string]int{"MENTIONS": 14, "SUPPLIES": 1, "HOLDS_OFFICE": 1, "MET_WITH": 1, "DEPLOYS": 2, "OPPOSES": 1},
	}
	for k, n := range want.Nodes {
		if got.Nodes[k] != n {
			t.Errorf("nodes %s = %d, want %d", k, got.Nodes[k], n)
		}
	}
	for k, n := range want.Relationships {
		if got.Relationships[k] != n {
			t.Errorf("relationships %s = %d, want %d", k, got.Relationships[k], n)
		}
	}
	if got.Relationships["ATTACKS"] != 0 || len(got.Relationships) < 20 {
		t.Errorf("every schema type should be reported: %v", got.Relationships)
	}
}
