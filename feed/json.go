package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
)

// jsonDoc is a JSON Feed (https://www.jsonfeed.org/version/1.1/), the
// fields geokg reads.
type jsonDoc struct {
	Version     string     `json:"version"`
	Title       string     `json:"title"`
	HomePageURL string     `json:"home_page_url"`
	Items       []jsonItem `json:"items"`
}

type jsonItem struct {
	// ID is a string by the specification; some feeds write a number.
	ID            json.RawMessage `json:"id"`
	URL           string          `json:"url"`
	ExternalURL   string          `json:"external_url"`
	Title         string          `json:"title"`
	ContentHTML   string          `json:"content_html"`
	ContentText   string          `json:"content_text"`
	Summary       string          `json:"summary"`
	DatePublished string          `json:"date_published"`
	DateModified  string          `json:"date_modified"`
}

// errNotJSONFeed is a JSON document without a JSON Feed version.
var errNotJSONFeed = errors.New("JSON without a jsonfeed.org version")

// parseJSON reads a JSON Feed. A JSON document whose version is not a
// jsonfeed.org one is not a feed.
func parseJSON(data []byte) (*Feed, error) {
	var doc jsonDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		// Tell a broken JSON Feed from other JSON: look for the version.
		if bytes.Contains(data, []byte("jsonfeed.org/version/")) {
			return nil, &syntaxError{Format: JSON, Err: err}
		}
		return nil, errNotJSONFeed
	}
	v := strings.TrimPrefix(strings.TrimPrefix(doc.Version, "https://"), "http://")
	if !strings.HasPrefix(v, "jsonfeed.org/version/") {
		return nil, errNotJSONFeed
	}
	f := &Feed{Format: JSON, Title: doc.Title, Link: doc.HomePageURL}
	for _, x := range doc.Items {
		it := Item{
			ID:      jsonID(x.ID),
			Title:   x.Title,
			Link:    x.URL,
			Summary: strings.TrimSpace(x.Summary),
		}
		if it.Link == "" {
			it.Link = x.ExternalURL
		}
		switch {
		case strings.TrimSpace(x.ContentHTML) != "":
			it.Content, it.ContentHTML = strings.TrimSpace(x.ContentHTML), true
		case strings.TrimSpace(x.ContentText) != "":
			it.Content = strings.TrimSpace(x.ContentText)
		}
		it.Published = parseDate(x.DatePublished)
		if it.Published.IsZero() {
			it.Published = parseDate(x.DateModified)
		}
		f.Items = append(f.Items, it)
	}
	return f, nil
}

// jsonID returns an item id written as a JSON string or number.
func jsonID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
