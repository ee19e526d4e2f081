package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestFollowFlags checks the usage errors of geokg follow.
func TestFollowFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"follow"}, "geokg: follow: want at least one FEED_URL; see geokg follow --help"},
		{[]string{"follow", "feed.xml"}, "geokg: follow: feed.xml: want an http(s) feed URL"},
		{[]string{"follow", "--every", "100ms", "https://example.org/rss"}, "geokg: follow: --every 100ms: want at least 1s"},
		{[]string{"follow", "--every", "soon", "https://example.org/rss"}, `geokg: follow: invalid argument "soon" for "--every" flag: time: invalid duration "soon"; see geokg follow --help`},
	} {
		c := newCLI(nil, nil)
		if code := c.run(t, tc.args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", tc.args, code, exitUsage)
		}
		if got := strings.Join(c.stderrLines(), "\n"); got != tc.want {
			t.Errorf("%v: stderr %q, want %q", tc.args, got, tc.want)
		}
	}
}

// pollLines returns the poll lines of follow's output without their
// timestamps.
func pollLines(t *testing.T, out string) []string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		ts, rest, ok := strings.Cut(l, " ")
		if _, err := time.Parse(time.RFC3339, ts); !ok || err != nil {
			t.Errorf("line %q does not start with a time", l)
		}
		lines = append(lines, rest)
	}
	return lines
}

// TestFollowTwiceLoadsNothing runs geokg follow --once twice over the same
// feed, as a restart would, and checks that the second run loads nothing
// and fetches no page again: the graph is the state. An article loaded
// before by geokg load from its URL counts as known too, and a URL that
// is not a feed gets one line while the other feed is still loaded.
func TestFollowTwiceLoadsNothing(t *testing.T) {
	_, cfg := neo4jtest.Clean(t)
	s := newSite(t)
	s.pages(2, 3, 4)
	s.set("/rss.xml", doc{ctype: "application/rss+xml", body: rssFeed(s.URL, []item{
		{n: 1, link: "/pages/1.html", fullText: true, date: "2024-03-01T10:00:00Z"},
		{n: 2, link: "/pages/2.html", date: "2024-03-02T10:00:00Z"},
		{n: 3, link: "/pages/3.html", date: "2024-03-03T10:00:00Z"},
		{n: 4, link: "/pages/4.html", date: "2024-03-04T10:00:00Z"},
	})})
	s.set("/home.html", doc{ctype: "text/html", body: page(9)})
	c := newCLI(envOf(cfg), nil)

	if rep := loadJSON(t, c, s.URL+"/pages/4.html"); rep.Loaded != 1 {
		t.Fatalf("load of one page: %+v", rep)
	}
	if code := c.run(t, "follow", "--once", s.URL+"/rss.xml", s.URL+"/home.html"); code != exitFailed {
		t.Fatalf("first follow: exit %d, want %d (one URL is not a feed)", code, exitFailed)
	}
	if got, want := pollLines(t, c.stdout.String()), []string{
		s.URL + "/rss.xml: 4 items, 3 new: 3 loaded, 0 already in the graph, 0 failed",
	}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("first follow printed %q, want %q", got, want)
	}
	if got := c.stderrLines(); len(got) != 2 || got[0] != "geokg: "+s.URL+"/home.html: not a feed (RSS, Atom or JSON Feed)" ||
		got[1] != "geokg: follow: 1 of 2 feeds failed" {
		t.Errorf("first follow: stderr %q", got)
	}
	if n := statsJSON(t, c).Nodes["Article"]; n != 4 {
		t.Errorf("%d articles after the first follow, want 4", n)
	}

	c = newCLI(envOf(cfg), nil) // a restart: nothing kept but the graph
	if code := c.run(t, "follow", "--once", s.URL+"/rss.xml"); code != 0 {
		t.Fatalf("second follow: exit %d", code)
	}
	if got, want := pollLines(t, c.stdout.String()), []string{
		s.URL + "/rss.xml: 4 items, 0 new: 0 loaded, 0 already in the graph, 0 failed",
	}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("second follow printed %q, want %q", got, want)
	}
	for _, p := range []string{"/pages/2.html", "/pages/3.html", "/pages/4.html"} {
		if n := s.get(s.hits, p); n != 1 {
			t.Errorf("%s fetched %d times, want once in all", p, n)
		}
	}
	if n := statsJSON(t, c).Nodes["Article"]; n != 4 {
		t.Errorf("%d articles after the second follow, want 4", n)
	}
}

// TestFollowPolls runs geokg follow until interrupted over a feed that
// changes between polls, and checks that an unchanged feed costs a 304
// and loads nothing (ETag honoured), that only the new item of the
// changed feed is loaded, and that Ctrl-C exits 130 saying how many
// articles were loaded.
func TestFollowPolls(t *testing.T) {
	_, cfg := neo4jtest.Clean(t)
	s := newSite(t)
	s.pages(2, 3)
	first := []item{
		{n: 1, link: "/pages/1.html", fullText: true, date: "2024-03-01T10:00:00Z"},
		{n: 2, link: "/pages/2.html", date: "2024-03-02T10:00:00Z"},
	}
	s.set("/rss.xml", doc{ctype: "application/rss+xml", etag: `"v1"`, body: rssFeed(s.URL, first)})
	c := newCLI(envOf(cfg), nil)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int)
	go func() { done <- run(ctx, c.f, []string{"follow", "--every", "1s", s.URL + "/rss.xml"}) }()
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				cancel()
				<-done
				t.Fatalf("gave up waiting for %s; stdout %q, stderr %q", what, c.stdout, c.errb)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor("a poll answered 304", func() bool { return s.get(s.notMod, "/rss.xml") >= 1 })
	s.set("/rss.xml", doc{ctype: "application/rss+xml", etag: `"v2"`, body: rssFeed(s.URL, append(first,
		item{n: 3, link: "/pages/3.html", date: "2024-03-03T10:00:00Z"}))})
	// Polls run one after the other, each printed before the next is
	// sent: once the server has answered a third 304, the second one's
	// line is on stdout (waiting for the second alone raced its print).
	waitFor("the changed feed read, then two 304s again", func() bool {
		return s.get(s.full, "/rss.xml") >= 2 && s.get(s.notMod, "/rss.xml") >= 3
	})
	cancel()
	code := <-done

	if code != exitInterrupted {
		t.Errorf("exit %d, want %d", code, exitInterrupted)
	}
	if n := s.get(s.full, "/rss.xml"); n != 2 {
		t.Errorf("the feed's body was sent %d times, want 2 (once per version)", n)
	}
	for _, p := range []string{"/pages/2.html", "/pages/3.html"} {
		if n := s.get(s.hits, p); n != 1 {
			t.Errorf("%s fetched %d times, want 1", p, n)
		}
	}
	var loads []string
	notModified := 0
	for _, l := range pollLines(t, c.stdout.String()) {
		if strings.HasSuffix(l, ": not modified") {
			notModified++
		} else {
			loads = append(loads, strings.TrimPrefix(l, s.URL+"/rss.xml: "))
		}
	}
	if want := []string{
		"2 items, 2 new: 2 loaded, 0 already in the graph, 0 failed",
		"3 items, 1 new: 1 loaded, 0 already in the graph, 0 failed",
	}; strings.Join(loads, "\n") != strings.Join(want, "\n") || notModified < 2 {
		t.Errorf("polls %q and %d not modified; want %q and at least 2", loads, notModified, want)
	}
	if got := c.stderrLines(); len(got) != 1 || got[0] != "geokg: follow: interrupted: loaded 3 articles" {
		t.Errorf("stderr %q", got)
	}
	if n := statsJSON(t, c).Nodes["Article"]; n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
}
