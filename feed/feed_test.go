package feed

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestDetect checks recognition by content: root element or JSON Feed
// version, whatever comes before (BOM, white space, XML declaration,
// comments, DOCTYPE).
func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want Format
	}{
		{"rss", `<rss version="2.0"><channel/></rss>`, RSS},
		{"rss after prolog", "\ufeff \n<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE rss>\n<rss/>", RSS},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>`, RSS},
		{"rdf without its namespace", `<RDF/>`, NotFeed},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`, Atom},
		{"atom without namespace", `<feed></feed>`, Atom},
		{"other namespace feed", `<feed xmlns="urn:other"/>`, NotFeed},
		{"json feed", `{"version": "https://jsonfeed.org/version/1", "items": []}`, JSON},
		{"json feed http", `{"version": "http://jsonfeed.org/version/1.1"}`, JSON},
		{"broken json feed", `{"version": "https://jsonfeed.org/version/1.1", "items": [}`, JSON},
		{"other json", `{"version": "2", "items": []}`, NotFeed},
		{"html", "<!DOCTYPE html><html><head><title>x</title></head></html>", NotFeed},
		{"sitemap", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>`, NotFeed},
		{"text", "MOSCOW (Reuters) - Talks.", NotFeed},
		{"empty", "", NotFeed},
		{"broken xml", "<", NotFeed},
	} {
		if got := Detect([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: Detect = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// date parses an RFC 3339 time for the expectations.
func date(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestParse checks every field read from the files of testdata/, one per
// format, against what a reader of the file sees.
func TestParse(t *testing.T) {
	base, _ := url.Parse("https://news.example.org/feeds/world.xml")
	for _, tc := range []struct {
		file string
		want *Feed
	}{
		{"rss2-fulltext.xml", &Feed{Format: RSS, Title: "World Desk & Wire", Link: "https://news.example.org/", Items: []Item{
			{
				ID: "story-1001", Title: "Gates meets Putin in Moscow",
				Link:      "https://news.example.org/2007/04/23/gates-moscow",
				Published: date(t, "2007-04-23T10:30:00Z"), Source: "Reuters",
				Content:     "<p>MOSCOW &#8212; U.S. Defense Secretary Robert Gates met President Vladimir Putin.</p><p>They discussed&nbsp;missile defense.<script>track()</script></p>",
				ContentHTML: true, Summary: "Short teaser.",
			},
			{
				ID: "https://news.example.org/2007/04/24/iran-talks", Title: "Iran talks resume",
				Link:      "https://news.example.org/2007/04/24/iran-talks",
				Published: date(t, "2007-04-24T08:00:00Z"), Summary: "<p>Negotiators met in Geneva.</p>",
			},
		}}},
		{"rss1.rdf", &Feed{Format: RSS, Title: "Old Wire", Link: "https://old.example.net/", Items: []Item{
			{ID: "https://old.example.net/a/1", Title: "Café summit in Zürich", Link: "https://old.example.net/a/1",
				Published: date(t, "2005-03-01T00:00:00Z")},
		}}},
		{"atom.xml", &Feed{Format: Atom, Title: "Ministry Press Releases", Link: "https://gov.example.int/", Items: []Item{
			{
				ID: "tag:gov.example.int,2024:101", Title: "Minister visits Warsaw",
				Link:      "https://news.example.org/feeds/releases/101",
				Published: date(t, "2024-05-06T09:00:00+02:00"), Source: "Foreign Office",
				Content:     `<div xmlns="http://www.w3.org/1999/xhtml"><p>The minister met <b>Polish</b> officials.</p><p>Talks covered air defense.</p></div>`,
				ContentHTML: true, Summary: "A visit.",
			},
			{
				ID: "tag:gov.example.int,2024:102", Title: "Statement on <sanctions>",
				Link:      "https://gov.example.int/releases/102",
				Published: date(t, "2024-05-08T12:00:00Z"),
				Content:   "<p>The ministry announced new sanctions.</p>", ContentHTML: true,
			},
			{
				ID: "tag:gov.example.int,2024:103", Title: "Video briefing",
				Link:      "https://gov.example.int/releases/103",
				Published: date(t, "2024-05-09T12:00:00Z"), Summary: "A briefing on video.",
			},
		}}},
		{"feed.json", &Feed{Format: JSON, Title: "JSON Desk", Link: "https://json.example.com/", Items: []Item{
			{ID: "1", Title: "Text item", Link: "https://json.example.com/1", Published: date(t, "2023-02-01T10:00:00-05:00"),
				Content: "First paragraph.\n\nSecond   paragraph."},
			{ID: "2", Title: "HTML item", Link: "https://elsewhere.example.com/2", Published: date(t, "2023-02-02T10:00:00Z"),
				Content: "<p>Hello <i>world</i>.</p>", ContentHTML: true},
			{ID: "3", Title: "Summary only", Link: "https://json.example.com/3", Summary: "Just a summary."},
		}}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse(data, base)
			if err != nil {
				t.Fatal(err)
			}
			if got.Format != tc.want.Format || got.Title != tc.want.Title || got.Link != tc.want.Link {
				t.Errorf("feed = %v %q %q, want %v %q %q", got.Format, got.Title, got.Link, tc.want.Format, tc.want.Title, tc.want.Link)
			}
			if len(got.Items) != len(tc.want.Items) {
				t.Fatalf("%d items, want %d: %+v", len(got.Items), len(tc.want.Items), got.Items)
			}
			for i, w := range tc.want.Items {
				g := got.Items[i]
				if !g.Published.Equal(w.Published) {
					t.Errorf("item %d: Published %v, want %v", i, g.Published, w.Published)
				}
				g.Published, w.Published = time.Time{}, time.Time{}
				if !reflect.DeepEqual(g, w) {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

// TestParseErrors checks the errors of documents that are not feeds or
// not well formed: they say which, and for XML where.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"html page", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", ErrNotFeed.Error()},
		{"plain text", "Just words.", ErrNotFeed.Error()},
		{"other json", `{"a": 1}`, ErrNotFeed.Error()},
		{"truncated rss", "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>A</title>", "malformed RSS feed: XML syntax error on line 2: unexpected EOF"},
		{"unterminated atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title><![CDATA[A</title></entry></feed>",
			"malformed Atom feed: XML syntax error on line 2: unexpected EOF in CDATA section"},
		{"broken json feed", `{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": }]}`,
			"malformed JSON Feed feed: invalid character '}' looking for beginning of value"},
		{"json feed with wrong types", `{"version": "https://jsonfeed.org/version/1.1", "items": {"title": 1}}`,
			"malformed JSON Feed feed: json: cannot unmarshal object into Go struct field jsonDoc.items of type []feed.jsonItem"},
	} {
		_, err := Parse([]byte(tc.in), nil)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: error %v, want %s", tc.name, err, tc.want)
		}
		if tc.want == ErrNotFeed.Error() && !errors.Is(err, ErrNotFeed) {
			t.Errorf("%s: error %v is not ErrNotFeed", tc.name, err)
		}
	}
}

// TestParseLenient checks what real feeds get wrong and readers forgive:
// undeclared HTML entities, a date in another layout, no dates at all,
// a numeric JSON id.
func TestParseLenient(t *testing.T) {
	f, err := Parse([]byte(`<rss><channel><title>A&nbsp;B</title>
<item><title>Caf&eacute; &amp; AT&T</title><link> https://x.example/1 </link><pubDate>23 Apr 2007 10:30 GMT</pubDate></item>
<item><title>No date</title><link>https://x.example/2</link><pubDate>someday</pubDate></item>
</channel></rss>`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "A B" || f.Items[0].Title != "Café & AT&T" || f.Items[0].Link != "https://x.example/1" {
		t.Errorf("titles and link: %q %q %q", f.Title, f.Items[0].Title, f.Items[0].Link)
	}
	if got := f.Items[0].Published.Format(time.DateOnly); got != "2007-04-23" {
		t.Errorf("lenient date: %s, want 2007-04-23", got)
	}
	if !f.Items[1].Published.IsZero() {
		t.Errorf("unreadable date: %v, want zero", f.Items[1].Published)
	}
}

// TestText checks HTML and plain text reduced to paragraphs.
func TestText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		html bool
		want string
	}{
		{"<p>One  <b>two</b>\nthree.</p><p>Four.</p>", true, "One two three.\n\nFour."},
		{"Line one<br>line two<script>x()</script><style>p{}</style>", true, "Line one\n\nline two"},
		{"<ul><li>a</li><li>b &amp; c</li></ul>", true, "a\n\nb & c"},
		{"<div><div>nested</div>tail</div>", true, "nested\n\ntail"},
		{"Tom &amp; Jerry", true, "Tom & Jerry"},
		{"", true, ""},
		{"First.\r\n\r\nSecond\nstill second.\n\n\n", false, "First.\n\nSecond still second."},
		{"<p>not html</p>", false, "<p>not html</p>"},
	} {
		if got := Text(tc.in, tc.html); got != tc.want {
			t.Errorf("Text(%q, %v) = %q, want %q", tc.in, tc.html, got, tc.want)
		}
	}
}

// TestParseKeepsOrder checks that items come in document order, channel
// items of RSS 2.0 included, and that a feed may have none.
func TestParseKeepsOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("<rss><channel>")
	for _, id := range []string{"c", "a", "b"} {
		b.WriteString("<item><guid isPermaLink=\"false\">" + id + "</guid></item>")
	}
	b.WriteString("</channel></rss>")
	f, err := Parse([]byte(b.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range f.Items {
		ids = append(ids, it.ID)
		if it.Link != "" {
			t.Errorf("item %s: link %q from a guid that is not a permalink", it.ID, it.Link)
		}
	}
	if strings.Join(ids, "") != "cab" {
		t.Errorf("ids %v, want c a b", ids)
	}
	if f, err := Parse([]byte("<rss><channel/></rss>"), nil); err != nil || len(f.Items) != 0 {
		t.Errorf("empty feed: %v, %v", f, err)
	}
}
