// Package feed reads news feeds: RSS (2.0, and 0.9x/1.0 which share its
// item model), Atom 1.0 and JSON Feed 1.x, recognised by their content, not
// by a file name or a Content-Type that servers often get wrong.
//
// It keeps only what geokg uses of an item: its id, title, link, date,
// source and, when the feed carries it, the full text. Parse never panics
// on any input (see FuzzParse); a document that is not a feed, or a feed
// that is not well formed, gives an error that says which.
//
// The readers are small on purpose, built on encoding/xml and
// encoding/json of the standard library: the only maintained parser
// offered by our module registry (github.com/mmcdole/gofeed) is served
// there from an unapproved copy, and the three formats need no more than
// the few fields below.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// Format is the kind of a feed document.
type Format int

// The formats Detect recognises.
const (
	NotFeed Format = iota
	RSS
	Atom
	JSON
)

// String returns the format's usual name.
func (f Format) String() string {
	switch f {
	case RSS:
		return "RSS"
	case Atom:
		return "Atom"
	case JSON:
		return "JSON Feed"
	}
	return "not a feed"
}

// Feed is a parsed feed: its own metadata and its items, in document order.
type Feed struct {
	Format Format
	Title  string // the channel's or feed's title: "Wikinews - Latest news"
	Link   string // the site's home page, absolute when it could be resolved
	Items  []Item
}

// Item is one entry of a feed.
type Item struct {
	ID        string    // guid, Atom id or JSON Feed id; may be empty
	Title     string    // plain text
	Link      string    // the article's page, absolute when it could be resolved
	Published time.Time // zero when the item has no date geokg can read
	Source    string    // the item's own source (RSS <source>, Atom <source><title>), if any
	// Content is the item's full text as the feed carries it
	// (content:encoded, Atom content, content_html or content_text);
	// empty when the feed carries only a summary or nothing.
	Content string
	// ContentHTML tells whether Content is HTML (else plain text).
	ContentHTML bool
	// Summary is the item's description or summary, HTML or text, for an
	// item with neither Content nor a link.
	Summary string
}

// ErrNotFeed is the error of Parse for a document Detect does not
// recognise.
var ErrNotFeed = errors.New("not a feed (RSS, Atom or JSON Feed)")

// Detect tells which feed format data is in, by its first element (rss,
// RDF, feed) or, for JSON, by its version ("https://jsonfeed.org/version/1.1").
// It reads no further than it must and never fails: anything else is
// NotFeed.
func Detect(data []byte) Format {
	data = trimHead(data)
	switch {
	case len(data) == 0:
		return NotFeed
	case data[0] == '{':
		var se *syntaxError
		if _, err := parseJSON(data); err == nil || errors.As(err, &se) {
			return JSON
		}
		return NotFeed
	case data[0] == '<':
		f, _ := xmlRoot(data)
		return f
	}
	return NotFeed
}

// Parse reads a feed document. base, when not nil, is the feed's own URL:
// relative links are resolved against it. A document that is not a feed
// gives ErrNotFeed; a feed that is not well formed gives an error naming
// its format and, for XML, the line.
func Parse(data []byte, base *url.URL) (*Feed, error) {
	data = trimHead(data)
	var (
		f   *Feed
		err error
	)
	switch {
	case len(data) > 0 && data[0] == '{':
		f, err = parseJSON(data)
		if errors.Is(err, errNotJSONFeed) {
			return nil, ErrNotFeed
		}
	case len(data) > 0 && data[0] == '<':
		f, err = parseXML(data)
	default:
		return nil, ErrNotFeed
	}
	if err != nil {
		return nil, err
	}
	f.Link = resolve(base, f.Link)
	for i := range f.Items {
		it := &f.Items[i]
		it.Link = resolve(base, it.Link)
		it.Title = oneLine(it.Title)
		it.Source = oneLine(it.Source)
	}
	f.Title = oneLine(f.Title)
	return f, nil
}

// trimHead drops a UTF-8 byte order mark and leading white space.
func trimHead(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	return bytes.TrimLeft(data, " \t\r\n")
}

// resolve returns ref made absolute against base; ref itself when it
// cannot be parsed or there is no base, and without its #fragment, which
// names a place in a page and not another article.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// parseDate reads the dates feeds use: RFC 1123 (RSS, with its many
// variants), RFC 3339 (Atom, JSON Feed, Dublin Core). It returns the zero
// time for an empty or unreadable date: a date is metadata, not a reason
// to drop an article.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	if t, err := dateparse.ParseAny(s); err == nil {
		return t
	}
	return time.Time{}
}

// oneLine folds white space runs into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// syntaxError is a feed that Detect recognised but that is not well formed.
type syntaxError struct {
	Format Format
	Err    error
}

func (e *syntaxError) Error() string { return fmt.Sprintf("malformed %s feed: %v", e.Format, e.Err) }
func (e *syntaxError) Unwrap() error { return e.Err }
