package feed

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the HTML elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figure: true, atom.Figcaption: true,
	atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

// skipped are the HTML elements whose content is not text of the article.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true,
}

// Text returns s as plain text: when isHTML, its markup is removed, block
// elements (p, div, br, li, headings...) become paragraph breaks and
// scripts and styles are dropped. Runs of spaces inside a paragraph become
// one space; paragraphs are separated by a blank line, as in the plain
// text articles geokg reads.
func Text(s string, isHTML bool) string {
	if !isHTML {
		return paragraphs(strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n"))
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := oneLine(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if blocks[n.DataAtom] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	flush()
	return strings.Join(paras, "\n\n")
}

// paragraphs joins the non-empty paragraphs of plain text, each on one
// line, with blank lines between them.
func paragraphs(ps []string) string {
	var out []string
	for _, p := range ps {
		if p = oneLine(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}
