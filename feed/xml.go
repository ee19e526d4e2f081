package feed

import (
	"bytes"
	"encoding/xml"
	"strings"

	"golang.org/x/net/html/charset"
)

// XML namespaces of the elements read here.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsRSS1    = "http://purl.org/rss/1.0/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
)

// elem is any XML element with what geokg may read of it. Each field of
// the documents below is a list of them because one local name can come
// in several namespaces (an RSS item's <title> and <media:title>, its
// <link> and <atom:link>): pick chooses the one wanted.
type elem struct {
	XMLName xml.Name
	Text    string `xml:",chardata"` // text with entities and CDATA decoded
	Inner   string `xml:",innerxml"` // raw markup, for Atom's type="xhtml"
	Type    string `xml:"type,attr"`
	Href    string `xml:"href,attr"`
	Rel     string `xml:"rel,attr"`
	Src     string `xml:"src,attr"`
	Perma   string `xml:"isPermaLink,attr"` // of an RSS <guid>
	Title   []elem `xml:"title"`            // of an Atom <source>
}

// pick returns the first element of es in one of the namespaces spaces
// ("" is no namespace) that has text, or the zero elem.
func pick(es []elem, spaces ...string) elem {
	for _, e := range es {
		for _, s := range spaces {
			if e.XMLName.Space == s && (strings.TrimSpace(e.Text) != "" || strings.TrimSpace(e.Inner) != "") {
				return e
			}
		}
	}
	return elem{}
}

// content returns the element's content as text or HTML, as Atom's type says
// (RSS elements have no type: their text is taken as HTML, which plain
// text also is), and whether it is HTML.
func (e elem) content() (string, bool) {
	switch strings.ToLower(strings.TrimSpace(e.Type)) {
	case "text", "text/plain":
		return strings.TrimSpace(e.Text), false
	case "xhtml", "application/xhtml+xml":
		return strings.TrimSpace(e.Inner), true
	}
	return strings.TrimSpace(e.Text), true
}

// rssItem is an RSS 0.9x, 1.0 or 2.0 item.
type rssItem struct {
	Title       []elem `xml:"title"`
	Link        []elem `xml:"link"`
	GUID        []elem `xml:"guid"`
	About       string `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# about,attr"`
	PubDate     []elem `xml:"pubDate"`
	Date        []elem `xml:"date"` // dc:date
	Description []elem `xml:"description"`
	Encoded     []elem `xml:"encoded"` // content:encoded
	Source      []elem `xml:"source"`
}

// rssDoc is an RSS document: <rss><channel> for 0.9x and 2.0, <rdf:RDF>
// with items beside the channel for 1.0.
type rssDoc struct {
	Channel struct {
		Title []elem    `xml:"title"`
		Link  []elem    `xml:"link"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items []rssItem `xml:"item"`
}

// atomEntry is an Atom entry; atomDoc an Atom feed.
type atomEntry struct {
	ID        []elem `xml:"id"`
	Title     []elem `xml:"title"`
	Links     []elem `xml:"link"`
	Published []elem `xml:"published"`
	Updated   []elem `xml:"updated"`
	Summary   []elem `xml:"summary"`
	Content   []elem `xml:"content"`
	Source    []elem `xml:"source"`
}

type atomDoc struct {
	Title   []elem      `xml:"title"`
	Links   []elem      `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

// newDecoder returns a lenient XML decoder: HTML entities such as &nbsp;,
// which feeds often use without declaring them, are known, and encodings
// other than UTF-8 are decoded from the XML declaration's label.
func newDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// xmlRoot returns the format of an XML document by its root element and
// that element, or NotFeed.
func xmlRoot(data []byte) (Format, xml.StartElement) {
	d := newDecoder(data)
	for {
		tok, err := d.Token()
		if err != nil {
			return NotFeed, xml.StartElement{}
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case start.Name.Local == "rss":
			return RSS, start
		case start.Name.Local == "RDF" && start.Name.Space == nsRDF:
			return RSS, start
		case start.Name.Local == "feed" && (start.Name.Space == nsAtom || start.Name.Space == ""):
			return Atom, start
		}
		return NotFeed, start
	}
}

// parseXML reads an RSS or Atom document; other XML is ErrNotFeed.
func parseXML(data []byte) (*Feed, error) {
	format, start := xmlRoot(data)
	if format == NotFeed {
		return nil, ErrNotFeed
	}
	d := newDecoder(data)
	// Skip to the root element, then decode it whole.
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, &syntaxError{Format: format, Err: err}
		}
		if s, ok := tok.(xml.StartElement); ok && s.Name == start.Name {
			start = s
			break
		}
	}
	if format == Atom {
		var doc atomDoc
		if err := d.DecodeElement(&doc, &start); err != nil {
			return nil, &syntaxError{Format: format, Err: err}
		}
		return doc.feed(), nil
	}
	var doc rssDoc
	if err := d.DecodeElement(&doc, &start); err != nil {
		return nil, &syntaxError{Format: format, Err: err}
	}
	return doc.feed(), nil
}

func (doc *rssDoc) feed() *Feed {
	f := &Feed{
		Format: RSS,
		Title:  pick(doc.Channel.Title, "", nsRSS1).Text,
		Link:   pick(doc.Channel.Link, "", nsRSS1).Text,
	}
	if f.Link == "" {
		f.Link = pick(doc.Channel.Link, nsAtom).Href
	}
	for _, items := range [][]rssItem{doc.Channel.Items, doc.Items} {
		for _, x := range items {
			it := Item{
				Title:   pick(x.Title, "", nsRSS1).Text,
				Link:    strings.TrimSpace(pick(x.Link, "", nsRSS1).Text),
				ID:      strings.TrimSpace(pick(x.GUID, "").Text),
				Summary: strings.TrimSpace(pick(x.Description, "", nsRSS1).Text),
				Source:  pick(x.Source, "").Text,
			}
			if it.ID == "" {
				it.ID = strings.TrimSpace(x.About)
			}
			if it.Link == "" {
				// A guid is a permalink unless it says otherwise.
				if g := pick(x.GUID, ""); g.Perma != "false" && isHTTP(g.Text) {
					it.Link = strings.TrimSpace(g.Text)
				}
			}
			if c := pick(x.Encoded, nsContent); c.Text != "" {
				it.Content, it.ContentHTML = strings.TrimSpace(c.Text), true
			}
			date := pick(x.PubDate, "").Text
			if date == "" {
				date = pick(x.Date, nsDC).Text
			}
			it.Published = parseDate(date)
			f.Items = append(f.Items, it)
		}
	}
	return f
}

func (doc *atomDoc) feed() *Feed {
	f := &Feed{
		Format: Atom,
		Title:  atomText(pick(doc.Title, nsAtom, "")),
		Link:   atomLink(doc.Links),
	}
	for _, e := range doc.Entries {
		it := Item{
			ID:    strings.TrimSpace(pick(e.ID, nsAtom, "").Text),
			Title: atomText(pick(e.Title, nsAtom, "")),
			Link:  atomLink(e.Links),
		}
		if s := pick(e.Source, nsAtom, ""); len(s.Title) > 0 {
			it.Source = atomText(pick(s.Title, nsAtom, ""))
		}
		if c := pick(e.Content, nsAtom, ""); c.Src == "" {
			if s, isHTML := c.content(); s != "" {
				it.Content, it.ContentHTML = s, isHTML
			}
		}
		it.Summary, _ = pick(e.Summary, nsAtom, "").content()
		date := pick(e.Published, nsAtom, "").Text
		if date == "" {
			date = pick(e.Updated, nsAtom, "").Text
		}
		it.Published = parseDate(date)
		f.Items = append(f.Items, it)
	}
	return f
}

// atomText returns an Atom text construct (a title) as plain text.
func atomText(e elem) string {
	return Text(e.content())
}

// atomLink returns the href of the alternate link (rel absent or
// "alternate"), which is the page of an entry or the site of a feed.
func atomLink(links []elem) string {
	for _, l := range links {
		if (l.XMLName.Space == nsAtom || l.XMLName.Space == "") && (l.Rel == "" || l.Rel == "alternate") && l.Href != "" {
			return l.Href
		}
	}
	return ""
}

// isHTTP reports whether s is an http or https URL.
func isHTTP(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
