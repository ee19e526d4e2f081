package feed

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that no input makes Detect, Parse or Text panic, that
// Parse and Detect agree on what is a feed, and that links stay absolute
// and titles one line.
//
//	go test -fuzz FuzzParse -fuzztime 2m ./feed
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"<rss><channel><item><title>a</title></item></channel></rss>",
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>x</div></content></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1","items":[{"id":1,"content_html":"<p>x"}]}`,
		"<!DOCTYPE html><html>",
		"",
	} {
		f.Add([]byte(s))
	}
	base, _ := url.Parse("https://example.org/feed/")
	f.Fuzz(func(t *testing.T, data []byte) {
		format := Detect(data)
		feed, err := Parse(data, base)
		if errors.Is(err, ErrNotFeed) != (format == NotFeed) {
			t.Fatalf("Detect = %v but Parse error = %v", format, err)
		}
		if err != nil {
			return
		}
		if feed.Format != format {
			t.Fatalf("Parse format %v, Detect %v", feed.Format, format)
		}
		for _, it := range feed.Items {
			if u, err := url.Parse(it.Link); it.Link != "" && err == nil && !u.IsAbs() {
				t.Fatalf("relative link %q", it.Link)
			}
			if it.Title != oneLine(it.Title) {
				t.Fatalf("title %q is not one line", it.Title)
			}
			text := Text(it.Content, it.ContentHTML)
			if utf8.ValidString(it.Content) && !utf8.ValidString(text) {
				t.Fatalf("Text made invalid UTF-8 of %q", it.Content)
			}
		}
	})
}
