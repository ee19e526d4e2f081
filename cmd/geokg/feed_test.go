package main

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/fetch"
)

// story returns the text of news story i: about a hundred words naming
// countries, people and organizations, different for each i.
func story(i int) string {
	countries := []string{"Russia", "Iran", "Poland", "Germany", "China", "France", "Turkey", "Japan", "Israel"}
	a, b := countries[i%len(countries)], countries[(i+4)%len(countries)]
	return fmt.Sprintf(`%[1]s and %[2]s held talks in Geneva on Monday about the missile shield and sanctions, story number %[3]d.

U.S. Defense Secretary Robert Gates met Russian President Vladimir Putin, who said %[1]s opposed the plan. NATO invited %[2]s to join the talks next month.

Officials from %[1]s said the negotiations would continue in Vienna, while diplomats from %[2]s warned that new sanctions could follow if the agreement collapsed. The United Nations Security Council is expected to discuss the matter again before the end of the year, according to several people familiar with the talks who asked not to be named.`, a, b, i)
}

// page returns an HTML article page holding story i.
func page(i int) string {
	var paras strings.Builder
	for _, p := range strings.Split(story(i), "\n\n") {
		paras.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	return fmt.Sprintf(`<!DOCTYPE html><html><head><title>Page title %d</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Page headline %d</h1>%s</article><footer>Contact us</footer></body></html>`, i, i, paras.String())
}

// item is one entry of a test feed.
type item struct {
	n        int    // story number
	link     string // path on the test server
	fullText bool   // the feed carries the story
	date     string // RFC 3339
}

// rssFeed returns an RSS 2.0 document of items, links relative to base.
func rssFeed(base string, items []item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title><link>` + base + `/</link>`)
	for _, it := range items {
		d, _ := time.Parse(time.RFC3339, it.date)
		fmt.Fprintf(&b, "\n<item><title>Feed title %d</title><link>%s%s</link><guid>%s%s</guid><pubDate>%s</pubDate><description>Teaser %d.</description>",
			it.n, base, it.link, base, it.link, d.Format(time.RFC1123Z), it.n)
		if it.fullText {
			fmt.Fprintf(&b, "<content:encoded><![CDATA[%s]]></content:encoded>", "<p>"+strings.ReplaceAll(html.EscapeString(story(it.n)), "\n\n", "</p><p>")+"</p>")
		}
		b.WriteString("</item>")
	}
	b.WriteString("\n</channel></rss>\n")
	return b.String()
}

// atomFeed returns an Atom document of items.
func atomFeed(base string, items []item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Ministry</title><link href="` + base + `/"/>`)
	for _, it := range items {
		fmt.Fprintf(&b, "\n<entry><id>urn:test:%d</id><title>Feed title %d</title><link rel=\"alternate\" href=\"%s%s\"/><published>%s</published><summary>Teaser %d.</summary>",
			it.n, it.n, base, it.link, it.date, it.n)
		if it.fullText {
			fmt.Fprintf(&b, "<content type=\"text\">%s</content>", html.EscapeString(story(it.n)))
		}
		b.WriteString("</entry>")
	}
	b.WriteString("\n</feed>\n")
	return b.String()
}

// jsonFeed returns a JSON Feed document of items.
func jsonFeed(base string, items []item) string {
	var parts []string
	for _, it := range items {
		content := ""
		if it.fullText {
			content = fmt.Sprintf(`, "content_text": %q`, story(it.n))
		}
		parts = append(parts, fmt.Sprintf(`{"id": "%d", "url": "%s%s", "title": "Feed title %d", "date_published": %q, "summary": "Teaser"%s}`,
			it.n, base, it.link, it.n, it.date, content))
	}
	return `{"version": "https://jsonfeed.org/version/1.1", "title": "Test JSON", "items": [` + strings.Join(parts, ",\n") + "]}"
}

// site is a loopback web server of feeds and pages whose content tests
// change between polls. It counts the requests for each path, and answers
// a request whose If-None-Match is the current ETag with 304.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	docs     map[string]doc
	hits     map[string]int // requests per path
	full     map[string]int // 200 answers per path
	notMod   map[string]int // 304 answers per path
	agents   map[string]bool
	slowDone chan struct{}
}

// doc is what the site serves at one path.
type doc struct {
	body, ctype, etag string
	status            int           // 200 when 0
	delay             time.Duration // before answering
}

func newSite(t *testing.T) *site {
	s := &site{docs: map[string]doc{}, hits: map[string]int{}, full: map[string]int{}, notMod: map[string]int{},
		agents: map[string]bool{}, slowDone: make(chan struct{})}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() { close(s.slowDone); s.Close() })
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	d, ok := s.docs[r.URL.Path]
	s.hits[r.URL.Path]++
	s.agents[r.UserAgent()] = true
	s.mu.Unlock()
	if d.delay > 0 {
		select {
		case <-time.After(d.delay):
		case <-r.Context().Done():
			return
		case <-s.slowDone:
			return
		}
	}
	switch {
	case !ok:
		http.NotFound(w, r)
		return
	case d.etag != "" && r.Header.Get("If-None-Match") == d.etag:
		s.count(s.notMod, r.URL.Path)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.count(s.full, r.URL.Path)
	if d.etag != "" {
		w.Header().Set("ETag", d.etag)
	}
	w.Header().Set("Content-Type", d.ctype)
	if d.status != 0 {
		w.WriteHeader(d.status)
	}
	w.Write([]byte(d.body))
}

func (s *site) count(m map[string]int, path string) {
	s.mu.Lock()
	m[path]++
	s.mu.Unlock()
}

// set serves body at path.
func (s *site) set(path string, d doc) {
	s.mu.Lock()
	s.docs[path] = d
	s.mu.Unlock()
}

// get returns a count of m under the lock.
func (s *site) get(m map[string]int, path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return m[path]
}

// pages serves the article pages of stories ns at /pages/N.html.
func (s *site) pages(ns ...int) {
	for _, n := range ns {
		s.set(fmt.Sprintf("/pages/%d.html", n), doc{body: page(n), ctype: "text/html; charset=utf-8"})
	}
}

// TestExtractFeeds reads feeds of each format, with and without the full
// text of their items, and checks that each item is one article with the
// feed's link, title, date and source, read from the feed when it carries
// the text and from the page otherwise.
func TestExtractFeeds(t *testing.T) {
	s := newSite(t)
	s.pages(1, 2, 3)
	items := func(full bool) []item {
		return []item{
			{n: 1, link: "/pages/1.html", fullText: full, date: "2024-03-01T10:00:00Z"},
			{n: 2, link: "/pages/2.html", fullText: full, date: "2024-03-02T10:00:00Z"},
			{n: 3, link: "/pages/3.html", fullText: full, date: "2024-03-03T23:30:00-05:00"},
		}
	}
	const xml, jsonType = "application/rss+xml", "application/feed+json"
	for _, tc := range []struct {
		name, body, ctype, source string
		full                      bool
	}{
		{"rss full text", rssFeed(s.URL, items(true)), xml, "Test Wire", true},
		{"rss links", rssFeed(s.URL, items(false)), "text/xml", "Test Wire", false},
		{"atom full text", atomFeed(s.URL, items(true)), "application/atom+xml", "Test Ministry", true},
		{"atom links", atomFeed(s.URL, items(false)), "text/html", "Test Ministry", false}, // a wrong Content-Type: content decides
		{"json feed full text", jsonFeed(s.URL, items(true)), jsonType, "Test JSON", true},
		{"json feed links", jsonFeed(s.URL, items(false)), "application/json", "Test JSON", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "/" + strings.ReplaceAll(tc.name, " ", "-")
			s.set(path, doc{body: tc.body, ctype: tc.ctype})
			before := s.get(s.hits, "/pages/1.html") + s.get(s.hits, "/pages/2.html") + s.get(s.hits, "/pages/3.html")
			c := newCLI(nil, nil)
			if code := c.run(t, "extract", s.URL+path); code != 0 {
				t.Fatalf("exit %d", code)
			}
			gs := decodeGraphs(t, c.stdout.Bytes())
			if n := strings.Count(strings.TrimSpace(c.stdout.String()), "\n") + 1; n != 3 {
				t.Errorf("%d output lines, want 3 (a feed's items are several articles: JSON Lines)", n)
			}
			if len(gs) != 3 {
				t.Fatalf("%d articles, want 3", len(gs))
			}
			wantDates := []string{"2024-03-01", "2024-03-02", "2024-03-03"}
			for i, g := range gs {
				a := g.Article
				if a.Path != fmt.Sprintf("%s/pages/%d.html", s.URL, i+1) || a.Title != fmt.Sprintf("Feed title %d", i+1) ||
					a.Published != wantDates[i] || a.Source != tc.source {
					t.Errorf("article %d: %+v; want the feed's link, title, date and source", i, a)
				}
				if len(g.Entities) < 4 || len(g.Relations) == 0 {
					t.Errorf("article %d: %d entities, %d relations: the story was not read", i, len(g.Entities), len(g.Relations))
				}
			}
			after := s.get(s.hits, "/pages/1.html") + s.get(s.hits, "/pages/2.html") + s.get(s.hits, "/pages/3.html")
			switch {
			case tc.full && after != before:
				t.Errorf("%d page requests for a feed that carries the full text, want 0", after-before)
			case !tc.full && after-before != 3:
				t.Errorf("%d page requests, want 3 (one per item)", after-before)
			}
		})
	}
	if !s.agents["geokg/test"] || len(s.agents) != 1 {
		t.Errorf("User-Agents %v, want geokg/test only", s.agents)
	}
}

// TestExtractFeedFailures checks that each bad item of a feed, and a
// malformed feed, gets one line naming it, and that the rest is read: a
// page that 404s, a huge page, a slow page, a page that is not an
// article, an item with neither text nor link.
func TestExtractFeedFailures(t *testing.T) {
	s := newSite(t)
	s.pages(1)
	s.set("/pages/huge.html", doc{body: "<html><body><p>" + strings.Repeat("word ", fetch.DefaultMaxBytes/5+1) + "</p></body></html>", ctype: "text/html"})
	s.set("/pages/slow.html", doc{body: page(2), ctype: "text/html", delay: 10 * time.Second})
	s.set("/pages/nav.html", doc{body: `<html><body><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></body></html>`, ctype: "text/html"})
	feed := rssFeed(s.URL, []item{
		{n: 1, link: "/pages/1.html", date: "2024-03-01T10:00:00Z"},
		{n: 2, link: "/pages/missing.html", date: "2024-03-01T10:00:00Z"},
		{n: 3, link: "/pages/huge.html", date: "2024-03-01T10:00:00Z"},
		{n: 4, link: "/pages/slow.html", date: "2024-03-01T10:00:00Z"},
		{n: 5, link: "/pages/nav.html", date: "2024-03-01T10:00:00Z"},
		{n: 6, link: "/pages/full.html", fullText: true, date: "2024-03-01T10:00:00Z"},
	})
	feed = strings.Replace(feed, "</channel>", "<item><title>Bare</title><guid isPermaLink=\"false\">bare-1</guid></item></channel>", 1)
	s.set("/feed.xml", doc{body: feed, ctype: "application/rss+xml"})
	s.set("/broken.xml", doc{body: "<rss><channel><item><title>A</title>\n<item>", ctype: "application/rss+xml"})
	text := writeFile(t, t.TempDir(), "a.txt", story(7))

	c := newCLI(nil, nil)
	c.f.HTTPClient = func() *http.Client { return &http.Client{Timeout: time.Second} }
	start := time.Now()
	code := c.run(t, "extract", s.URL+"/feed.xml", s.URL+"/broken.xml", s.URL+"/gone.xml", text)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d", code, exitFailed)
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("took %s: the slow page was not cut off after its 1s timeout", d)
	}
	want := []string{
		"geokg: " + s.URL + "/pages/missing.html: HTTP 404 Not Found",
		"geokg: " + s.URL + "/pages/huge.html: larger than the 16 MiB limit",
		"geokg: " + s.URL + "/pages/slow.html: timed out after 1s",
		"geokg: " + s.URL + "/pages/nav.html: not an article: the page has 2 words of text",
		"geokg: " + s.URL + "/feed.xml#bare-1: the feed carries no text for this item and no link",
		"geokg: " + s.URL + "/broken.xml: malformed RSS feed: XML syntax error on line 2: unexpected EOF",
		"geokg: " + s.URL + "/gone.xml: HTTP 404 Not Found",
		"geokg: extract: 7 of 10 articles failed",
	}
	if got := c.stderrLines(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	gs := decodeGraphs(t, c.stdout.Bytes())
	if len(gs) != 3 || gs[0].Article.Path != s.URL+"/pages/1.html" || gs[1].Article.Path != s.URL+"/pages/full.html" || gs[2].Article.Path != text {
		t.Errorf("articles %+v; want the good page, the full-text item and the file", gs)
	}
	if n := s.get(s.hits, "/pages/full.html"); n != 0 {
		t.Errorf("the full-text item's page was fetched %d times", n)
	}
}

// TestExtractFeedFileAndStdin checks that a feed is recognised by its
// content in a file, whatever its name, and on standard input.
func TestExtractFeedFileAndStdin(t *testing.T) {
	feed := rssFeed("https://example.org", []item{
		{n: 1, link: "/a", fullText: true, date: "2024-03-01T10:00:00Z"},
		{n: 2, link: "/b", fullText: true, date: "2024-03-02T10:00:00Z"},
	})
	p := writeFile(t, t.TempDir(), "feed.txt", feed)
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", p); code != 0 {
		t.Fatalf("file: exit %d", code)
	}
	if gs := decodeGraphs(t, c.stdout.Bytes()); len(gs) != 2 || gs[1].Article.Path != "https://example.org/b" || gs[1].Article.Title != "Feed title 2" {
		t.Errorf("file: %+v", gs)
	}
	c.stdin.WriteString(feed)
	if code := c.run(t, "extract", "-"); code != 0 {
		t.Fatalf("stdin: exit %d", code)
	}
	if gs := decodeGraphs(t, c.stdout.Bytes()); len(gs) != 2 || gs[0].Article.Path != "https://example.org/a" {
		t.Errorf("stdin: %+v", gs)
	}
	// An .html file is a page, whatever it holds.
	h := writeFile(t, t.TempDir(), "feed.html", feed)
	if code := c.run(t, "extract", h); code != 0 {
		t.Fatalf("html file: exit %d", code)
	}
	if gs := decodeGraphs(t, c.stdout.Bytes()); len(gs) != 1 || gs[0].Article.Path != h {
		t.Errorf("html file: %+v", gs)
	}
}
