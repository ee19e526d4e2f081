package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/feed"
	"github.com/geokg/geokg/fetch"
)

// Thresholds on an item's text, in words.
const (
	// minFullTextWords is the least content a feed must carry for an item
	// to be read from the feed rather than from its page: below it, the
	// content is a teaser ("Read more...").
	minFullTextWords = 80
	// minArticleWords is the least text an item's page must hold to be an
	// article, and not an index, a login form or a video.
	minArticleWords = 40
)

// feedItem is an item of a feed, with what the feed says of its source.
type feedItem struct {
	feed.Item
	FeedTitle string
}

// feedItems is what reader.read returns for an input that is a feed: the
// sources of its items, which take its place.
type feedItems struct{ items []source }

// Error says what the input was, should it ever be printed.
func (e *feedItems) Error() string { return fmt.Sprintf("a feed of %d items", len(e.items)) }

// asFeed returns the items of an input that is a feed, recognised by its
// content; nil for any other input, and for HTML files, which are pages
// whatever they hold. base resolves relative links.
func asFeed(src source, data []byte, base *url.URL) (*feedItems, error) {
	if ext := strings.ToLower(filepath.Ext(src.Path)); src.kind == fileSource && (ext == ".html" || ext == ".htm") {
		return nil, nil
	}
	if feed.Detect(data) == feed.NotFeed {
		return nil, nil
	}
	items, err := feedSources(src.Path, data, base)
	if err != nil {
		return nil, err
	}
	return &feedItems{items: items}, nil
}

// feedSources parses a feed document read from feedPath (its URL or
// file) and returns one source per item. base resolves relative links.
func feedSources(feedPath string, data []byte, base *url.URL) ([]source, error) {
	f, err := feed.Parse(data, base)
	if err != nil {
		return nil, err
	}
	out := make([]source, 0, len(f.Items))
	for i, it := range f.Items {
		path := itemPath(feedPath, i, it)
		out = append(out, source{
			Name: path,
			Path: path,
			kind: itemSource,
			item: &feedItem{Item: it, FeedTitle: f.Title},
		})
	}
	return out, nil
}

// itemPath is the path an item's article gets in the graph, by which
// geokg follow knows it on the next poll: its link (the article's
// canonical URL), else its id when that is a URL, else the feed's URL with
// the id (or the item's position) as fragment.
func itemPath(feedPath string, i int, it feed.Item) string {
	switch {
	case it.Link != "":
		return it.Link
	case isURL(it.ID):
		return it.ID
	case it.ID != "":
		return feedPath + "#" + url.PathEscape(it.ID)
	}
	return feedPath + "#item-" + strconv.Itoa(i+1)
}

// readItem returns the article of a feed item: the full text when the
// feed carries it, else the text of the linked page (read as any HTML
// page), else the item's summary. The feed's title, date and source win
// over the page's and over what the extractor would read in the text.
func (r *reader) readItem(ctx context.Context, src source) (extract.Input, error) {
	it := src.item
	in := extract.Input{Path: src.Path, Text: feed.Text(it.Content, it.ContentHTML)}
	if wordCount(in.Text) < minFullTextWords && it.Link != "" {
		page, err := r.fetch(ctx, it.Link, pageAccept, fetch.Validators{})
		if err != nil {
			return extract.Input{}, &articleError{Name: src.Name, Err: err}
		}
		pageURL, _ := url.Parse(page.URL)
		in, err = decode(source{Name: src.Name, Path: it.Link, kind: urlSource}, page.Body, page.ContentType, pageURL)
		if err != nil {
			return extract.Input{}, &articleError{Name: src.Name, Err: err}
		}
		if n := wordCount(in.Text); n < minArticleWords {
			return extract.Input{}, &articleError{Name: src.Name, Err: fmt.Errorf("not an article: the page has %d words of text", n)}
		}
		in.Path = src.Path
	}
	if strings.TrimSpace(in.Text) == "" {
		in.Text = feed.Text(it.Summary, true)
	}
	if strings.TrimSpace(in.Text) == "" {
		return extract.Input{}, &articleError{Name: src.Name, Err: errors.New("the feed carries no text for this item and no link")}
	}
	in.Text = strings.TrimSpace(in.Text) + "\n"
	in.Title = first(it.Title, in.Title)
	if !it.Published.IsZero() {
		in.Published = it.Published.Format(time.DateOnly)
	}
	in.Source = first(it.Source, it.FeedTitle, in.Source)
	return in, nil
}

// wordCount counts the words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

// first returns the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// fetchFeed is one poll of a feed: a conditional request with the
// validators of the last answer. It returns the feed's items, or
// notModified when the server says nothing changed.
func (r *reader) fetchFeed(ctx context.Context, feedURL string, v *fetch.Validators) (items []source, notModified bool, err error) {
	resp, err := r.fetch(ctx, feedURL, feedAccept, *v)
	if err != nil {
		return nil, false, err
	}
	if resp.NotModified {
		return nil, true, nil
	}
	base, _ := url.Parse(resp.URL)
	items, err = feedSources(feedURL, resp.Body, base)
	if err != nil {
		return nil, false, err
	}
	// Remember the validators only once the feed has been read, so that a
	// broken feed is fetched whole again next time.
	*v = resp.Validators
	return items, false, nil
}
