package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/geokg/geokg/schema"
)

// This file holds what the Neo4j Browser (5.x) needs to show the graph the
// way geokg means it: a graph style (GraSS) made from the schema's labels,
// the post-connect command that applies it, and ready-made queries as
// links that open in the Browser's editor.
//
// How the Browser 5.24 applies them (from its source, neo4j/neo4j-browser
// tag 5.24.0):
//
//   - The server setting browser.post_connect_cmd is read after connecting
//     (dbMetaEpics.ts: rawSettings['browser.post_connect_cmd'] from
//     dbms.clientConfig()), split on ';' outside of quotes and backticks
//     (commandUtils.ts: extractPostConnectCommandsFromServerConfig), and
//     each part runs as ':' + part (commandsDuck.ts: postConnectCmdEpic).
//   - ':style <text>' hands <text> to parseGrass (grassUtils.ts), which
//     tries JSON.parse first and falls back to the CSS-like syntax. The CSS
//     syntax separates properties with ';', which the post-connect split
//     would cut, so the command carries the JSON form, whose only ';' would
//     be inside quoted strings.
//   - ':params {json}' replaces the Browser's query parameters without a
//     round trip to the server (helpers/params.ts), so the ready-made
//     queries find $country etc. set after every connect.
//   - '?cmd=edit&arg=<line>&arg=<line>' puts the lines, joined by
//     newlines, into the editor without running them (editorDuck.ts:
//     populateEditorFromUrlEpic). The Browser decodes the whole URL before
//     it looks for arg=, so a query must not contain '&' or '#'.
//   - '?dbms=<bolt url>&db=<name>' preselects the server and the database
//     on the connect form (discoveryDuck.ts: discoveryOnStartupEpic).

// StyleProp is one property of a GraSS rule, such as color: #4C8EDA.
type StyleProp struct {
	Name, Value string
}

// StyleRule is one GraSS rule: a selector (node, relationship,
// node.Country, relationship.SUPPLIES) and its properties in order.
type StyleRule struct {
	Selector string
	Props    []StyleProp
}

// Style is a Neo4j Browser graph style sheet (GraSS).
type Style struct {
	Rules []StyleRule
}

// Text colours the Browser itself uses on dark and light fills.
const (
	lightText = "#FFFFFF"
	darkText  = "#2A2C34"
)

var hexColor = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// BrowserStyle returns the graph style for the labels of s: per label its
// colour, a darker border, a readable text colour and a caption from the
// label's Caption property (name unless the schema says otherwise, title
// for Article), without icons; relationships show their type. A label
// without a colour is left to the Browser's automatic colours.
func BrowserStyle(s *schema.Schema) (Style, error) {
	if s == nil {
		return Style{}, errors.New("browser style: nil schema")
	}
	st := Style{Rules: []StyleRule{
		{Selector: "node", Props: []StyleProp{
			{"diameter", "65px"},
			{"font-size", "11px"},
			{"caption", "{name}"},
		}},
		{Selector: "relationship", Props: []StyleProp{
			{"color", "#A5ABB6"},
			{"shaft-width", "2px"},
			{"font-size", "9px"},
			{"padding", "3px"},
			{"text-color-external", "#000000"},
			{"text-color-internal", "#FFFFFF"},
			{"caption", "<type>"},
		}},
	}}
	seen := map[string]bool{}
	for _, l := range s.Labels {
		if !schema.IsIdentifier(l.Name) {
			return Style{}, fmt.Errorf("browser style: label %q is not an identifier", l.Name)
		}
		if seen[l.Name] {
			continue
		}
		seen[l.Name] = true
		caption := l.Caption
		if caption == "" {
			caption = "name"
		}
		if !schema.IsIdentifier(caption) {
			return Style{}, fmt.Errorf("browser style: caption %q of label %s is not a property name", caption, l.Name)
		}
		props := []StyleProp{}
		if l.Color != "" {
			if !hexColor.MatchString(l.Color) {
				return Style{}, fmt.Errorf("browser style: colour %q of label %s is not #rrggbb", l.Color, l.Name)
			}
			color := strings.ToUpper(l.Color)
			props = append(props,
				StyleProp{"color", color},
				StyleProp{"border-color", darken(color)},
				StyleProp{"text-color-internal", textColor(color)},
			)
		}
		props = append(props, StyleProp{"caption", "{" + caption + "}"})
		if l.Name == articleLabel {
			props = append(props, StyleProp{"diameter", "45px"})
		}
		st.Rules = append(st.Rules, StyleRule{Selector: "node." + l.Name, Props: props})
	}
	return st, nil
}

// Rule returns the rule with the given selector, or false.
func (s Style) Rule(selector string) (StyleRule, bool) {
	for _, r := range s.Rules {
		if r.Selector == selector {
			return r, true
		}
	}
	return StyleRule{}, false
}

// Prop returns the value of the property name, or "".
func (r StyleRule) Prop(name string) string {
	for _, p := range r.Props {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

// GraSS returns the style in the Browser's CSS-like syntax, the text that
// ':style' shows and that can be pasted into it or dropped on the Browser.
func (s Style) GraSS() string {
	var b strings.Builder
	for i, r := range s.Rules {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r.Selector + " {\n")
		for _, p := range r.Props {
			v := p.Value
			if p.Name == "caption" {
				v = "'" + v + "'"
			}
			fmt.Fprintf(&b, "  %s: %s;\n", p.Name, v)
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// JSON returns the style as one line of JSON, the other syntax parseGrass
// accepts; unlike GraSS it has no ';' outside strings.
func (s Style) JSON() (string, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, r := range s.Rules {
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSONString(&b, r.Selector)
		b.WriteString(":{")
		for j, p := range r.Props {
			if j > 0 {
				b.WriteByte(',')
			}
			writeJSONString(&b, p.Name)
			b.WriteByte(':')
			writeJSONString(&b, p.Value)
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	out := b.String()
	if !json.Valid([]byte(out)) {
		return "", fmt.Errorf("browser style: invalid JSON %s", out)
	}
	return out, nil
}

func writeJSONString(b *strings.Builder, s string) {
	q, _ := marshalJSON(s) // a string always marshals
	b.WriteString(q)
}

// marshalJSON is json.Marshal without HTML escaping: '<type>' stays as
// written rather than becoming \u003ctype\u003e, so the neo4j.conf line
// holds no backslash.
func marshalJSON(v any) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// darken returns c (#RRGGBB) with each channel at 80%, for borders.
func darken(c string) string {
	r, g, bl := rgb(c)
	return fmt.Sprintf("#%02X%02X%02X", r*4/5, g*4/5, bl*4/5)
}

// textColor returns white on dark fills and near-black on light ones,
// by the fill's relative luminance (WCAG weights, no gamma).
func textColor(c string) string {
	r, g, b := rgb(c)
	if 0.2126*float64(r)+0.7152*float64(g)+0.0722*float64(b) > 150 {
		return darkText
	}
	return lightText
}

func rgb(c string) (r, g, b int) {
	v, _ := strconv.ParseUint(strings.TrimPrefix(c, "#"), 16, 32) // checked by hexColor
	return int(v >> 16 & 0xFF), int(v >> 8 & 0xFF), int(v & 0xFF)
}

// BrowserQuery is a ready-made Cypher query for analysts.
type BrowserQuery struct {
	Name   string // short identifier: neighbourhood, offices, ...
	Title  string // one line for humans
	Cypher string // the query; $parameters come from BrowserParams
}

// BrowserQueries returns the ready-made queries over the graph model of
// this package. Their parameters are those of DefaultBrowserParams.
func BrowserQueries() []BrowserQuery {
	return []BrowserQuery{
		{
			Name:  "neighbourhood",
			Title: "A country's neighbourhood: every fact about $country and who it links to",
			Cypher: `MATCH (c:Country {name: $country})-[r]-(n)
WHERE type(r) <> "MENTIONS"
RETURN c, r, n`,
		},
		{
			Name:  "offices",
			Title: "Who holds which office, and when it was reported",
			Cypher: `MATCH (p:Person)-[r:HOLDS_OFFICE]->(o)
RETURN p.name AS person, r.title AS title, o.name AS of,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.reports AS reports
ORDER BY of, person`,
		},
		{
			Name:  "deployments",
			Title: "Which weapon systems are deployed where, by whom",
			Cypher: `MATCH (w:WeaponSystem)
OPTIONAL MATCH (owner)-[d:DEPLOYS]->(w)
OPTIONAL MATCH (w)-[:LOCATED_IN]->(place)
WITH w, owner, d, collect(DISTINCT place.name) AS places
WHERE d IS NOT NULL OR size(places) > 0
RETURN w.name AS system, owner.name AS deployed_by, places AS located_in,
       d.location AS location, d.status AS status, d.quantity AS quantity
ORDER BY system, deployed_by`,
		},
		{
			Name:  "evidence",
			Title: "Which articles and sentences support a fact: $source $type $target",
			Cypher: `MATCH (s {name: $source})-[r]-(t {name: $target})
WHERE type(r) = $type AND r.reports IS NOT NULL
WITH startNode(r) AS s, r, endNode(r) AS t
MATCH (e:Evidence) WHERE e.fact = type(r) + "|" + s.key + "|" + t.key AND e.date >= ""
WITH s, r, t, e ORDER BY e.date DESC, e.article DESC SKIP 0 LIMIT 50
MATCH (a:Article)-[:REPORTS]->(e)
UNWIND e.evidence AS sentence
RETURN s.name AS source, type(r) AS type, t.name AS target,
       a.title AS article, e.date AS date, sentence`,
		},
		{
			Name:  "connected",
			Title: "The most connected actors (countries, people, organizations)",
			Cypher: `MATCH (n:Country|Person|Organization)
WITH n, COUNT { (n)-[r]-() WHERE type(r) <> "MENTIONS" } AS facts,
     COUNT { (n)<-[:MENTIONS]-(:Article) } AS articles
WHERE facts > 0
RETURN labels(n)[0] AS label, n.name AS actor, facts, articles
ORDER BY facts DESC, articles DESC, actor
LIMIT 25`,
		},
	}
}

// DefaultBrowserParams returns the parameters the ready-made queries use,
// set in the Browser after every connect by the post-connect command:
// Russia's neighbourhood and the evidence for "Russia SUPPLIES Iran".
// Change them in the Browser with e.g. :param country => "Iran".
func DefaultBrowserParams() map[string]any {
	return map[string]any{
		"country": "Russia",
		"source":  "Russia",
		"type":    "SUPPLIES",
		"target":  "Iran",
	}
}

// PostConnectCommand returns the value of the Neo4j setting
// browser.post_connect_cmd that applies the style of s and sets params
// (DefaultBrowserParams when nil) after each connect:
//
//	style {"node":{...},...}; params {"country":"Russia",...}
func PostConnectCommand(s *schema.Schema, params map[string]any) (string, error) {
	st, err := BrowserStyle(s)
	if err != nil {
		return "", err
	}
	style, err := st.JSON()
	if err != nil {
		return "", err
	}
	if params == nil {
		params = DefaultBrowserParams()
	}
	p, err := marshalJSON(params) // sorted keys: stable output
	if err != nil {
		return "", fmt.Errorf("browser params: %w", err)
	}
	cmd := "style " + style + "; params " + p
	if strings.ContainsAny(cmd, "\n\r\\") {
		return "", errors.New("post-connect command: newline or backslash in style or params")
	}
	return cmd, nil
}

// ExtraConf returns the neo4j.conf lines scripts/neo4j appends from
// scripts/neo4j-server/extra.conf: the post-connect command for s.
func ExtraConf(s *schema.Schema) (string, error) {
	cmd, err := PostConnectCommand(s, nil)
	if err != nil {
		return "", err
	}
	return `# Neo4j Browser settings for geokg, appended to neo4j.conf by scripts/neo4j.
# Generated from the schema's labels (schema/data/ontology.yaml) by
#   go run ./cmd/geokg browser --print-conf > scripts/neo4j-server/extra.conf
# (graph/browser.go); do not edit by hand, a test checks it is up to date.
#
# After each connect the Browser runs ":style {...}" (the GraSS as JSON:
# colours and captions per label) and ":params {...}" (the defaults of the
# ready-made queries that "geokg browser" prints).
browser.post_connect_cmd=` + cmd + "\n", nil
}

// DefaultBrowserURL is where scripts/neo4j serves the Browser.
const DefaultBrowserURL = "http://127.0.0.1:7474/browser/"

// BrowserURL returns the Browser's address base (DefaultBrowserURL when
// empty) with the connect form preset to the Bolt URI dbms and database
// db: base?dbms=...&db=.... Either may be empty.
func BrowserURL(base, dbms, db string) (string, error) {
	if base == "" {
		base = DefaultBrowserURL
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", fmt.Errorf("browser URL %q: %w", base, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("browser URL %q: want http(s)://host[:port]/browser/", base)
	}
	q := u.Query()
	if dbms != "" {
		q.Set("dbms", dbms)
	}
	if db != "" {
		q.Set("db", db)
	}
	u.RawQuery = encodeQuery(q)
	return u.String(), nil
}

// EditURL returns browserURL (as made by BrowserURL) with cmd=edit and one
// arg per line of cypher: opening it fills the Browser's editor with the
// query, ready to run. The Browser URL-decodes the whole address before it
// reads the args, so a query with '&' or '#' cannot travel this way.
func EditURL(browserURL, cypher string) (string, error) {
	if strings.ContainsAny(cypher, "&#") {
		return "", fmt.Errorf("edit link: query contains '&' or '#', which the Browser cuts off: %q", cypher)
	}
	if strings.TrimSpace(cypher) == "" {
		return "", errors.New("edit link: empty query")
	}
	u, err := url.Parse(browserURL)
	if err != nil {
		return "", fmt.Errorf("edit link: browser URL %q: %w", browserURL, err)
	}
	q := u.Query()
	q.Set("cmd", "edit")
	q.Del("arg")
	for _, line := range strings.Split(strings.TrimSpace(cypher), "\n") {
		q.Add("arg", line)
	}
	u.RawQuery = encodeQuery(q)
	return u.String(), nil
}

// encodeQuery is url.Values.Encode with %20 for spaces: the Browser turns
// '+' into a space too, but %20 is unambiguous to every reader.
func encodeQuery(q url.Values) string {
	return strings.ReplaceAll(q.Encode(), "+", "%20")
}
