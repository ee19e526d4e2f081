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
// way geokg means it: a graph style (GraSS) made from the schema's labels
// and relationship types, the post-connect command that applies it,
// ready-made queries as links that open in the Browser's editor, and a
// Browser guide (browserguide.go) that runs the same queries.
//
// How the Browser 5.24 applies them (from its source, neo4j/neo4j-browser
// tag 5.24.0):
//
//   - The server setting browser.post_connect_cmd is read after connecting
//     (dbMetaEpics.ts: rawSettings['browser.post_connect_cmd'] from
//     dbms.clientConfig()), split on ';' outside of quotes and backticks
//     (commandUtils.ts: extractPostConnectCommandsFromServerConfig), and
//     each part runs as ':' + part (commandsDuck.ts: postConnectCmdEpic)
//     after every successful connect, reconnects included.
//   - ':style <text>' hands <text> to parseGrass (grassUtils.ts), which
//     tries JSON.parse first and falls back to the CSS-like syntax. The CSS
//     syntax separates properties with ';', which the post-connect split
//     would cut, so the command carries the JSON form, whose only ';' would
//     be inside quoted strings. The style is kept in the browser's local
//     storage ('grass'); every ':style' shows a frame
//     (commandInterpreterHelper.ts), which cannot be avoided.
//   - Query parameters live in memory only (paramsDuck.ts; 'params' is not
//     among the keys AppInit.tsx keeps in local storage): a page load starts
//     with none. That is why the post-connect command does not set them
//     (it would reset the user's values at every reconnect) and why the
//     printed links carry their values (see LiteralQuery).
//   - '?cmd=edit&arg=<line>&arg=<line>' puts the lines, joined by
//     newlines, into the editor without running them (editorDuck.ts:
//     populateEditorFromUrlEpic). The Browser decodes the whole URL before
//     it looks for arg=, so a query must not contain '&' or '#'.
//     '?cmd=guide&arg=<url>' opens a guide at once, and skips the start-up
//     commands (the connect form) and the post-connect command for that
//     page load (DISABLE_IMPLICIT_INIT_COMMANDS).
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

// BrowserStyle returns the graph style for the labels and relationship
// types of s: per label its colour, a darker border, a readable text
// colour and a caption from the label's Caption property (name unless the
// schema says otherwise, title for Article), without icons. Relationships
// are captioned with a short lower-case form of their type (RelationCaption)
// so that captions fit on the short edges around a busy node; the full type
// shows when the pointer rests on an edge. A label without a colour is left
// to the Browser's automatic colours.
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
			{"font-size", "8px"},
			{"padding", "2px"},
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
	st.Rules = append(st.Rules, loaderRules()...)
	for _, r := range s.Relations {
		if !schema.IsIdentifier(r.Name) {
			return Style{}, fmt.Errorf("browser style: relationship type %q is not an identifier", r.Name)
		}
		if seen["relationship."+r.Name] {
			continue
		}
		seen["relationship."+r.Name] = true
		st.Rules = append(st.Rules, StyleRule{Selector: "relationship." + r.Name, Props: []StyleProp{
			{"caption", RelationCaption(r.Name)},
		}})
	}
	return st, nil
}

// loaderRules styles what the loader itself writes beside the schema's
// labels and types: the Evidence node of each (fact, article), small, pale
// and captioned with its publication date so that it reads as a footnote
// rather than a thing; and the REPORTS and MENTIONS edges from Articles,
// thin and captioned in lower case like the fact types.
func loaderRules() []StyleRule {
	return []StyleRule{
		{Selector: "node." + evidenceLabel, Props: []StyleProp{
			{"color", "#E8E8E8"},
			{"border-color", darken("#E8E8E8")},
			{"text-color-internal", darkText},
			{"diameter", "30px"},
			{"caption", "{date}"},
		}},
		{Selector: "relationship." + reportsType, Props: []StyleProp{
			{"shaft-width", "1px"},
			{"caption", RelationCaption(reportsType)},
		}},
		{Selector: "relationship." + mentionsType, Props: []StyleProp{
			{"shaft-width", "1px"},
			{"caption", RelationCaption(mentionsType)},
		}},
	}
}

// RelationCaption returns the caption the Browser draws on an edge of
// type typ: the type in lower case with spaces, without a final "with"
// (the arrow says who with): COOPERATES_WITH is "cooperates", HOLDS_OFFICE
// "holds office", LOCATED_IN "located in". Lower case is about half as wide
// as upper case, which keeps the Browser from cutting captions short
// ("COOPER...") on the short edges around a busy node.
func RelationCaption(typ string) string {
	words := strings.Split(strings.ToLower(typ), "_")
	if len(words) > 1 && words[len(words)-1] == "with" {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
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

// BrowserQuery is a ready-made Cypher query for analysts. Queries that
// return sentences return each with its article's title as one map
// column: the Browser's table shows a string on one line however long
// (white-space: pre) but wraps a map to the column's width.
type BrowserQuery struct {
	Name   string // short identifier: neighbourhood, offices, ...
	Title  string // one line for humans
	Cypher string // the query; $parameters come from BrowserParams
}

// BrowserQueries returns the ready-made queries over the graph model of
// this package. Their parameters are those of DefaultBrowserParams. The
// evidence and timeline queries read a fact's Evidence nodes a page of 50
// reports at a time (SKIP 0 LIMIT 50: raise SKIP for the next page) in the
// order of the index on fact and date, so their cost does not grow with a
// fact's popularity; reports of undated articles are not in that index.
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
			Title: "The sentences behind one fact, $source $type $target, newest first, with their articles",
			Cypher: `MATCH (s {name: $source})-[r]-(t {name: $target})
WHERE type(r) = $type AND r.reports IS NOT NULL
WITH startNode(r) AS s, r, endNode(r) AS t
MATCH (e:Evidence) WHERE e.fact = type(r) + "|" + s.key + "|" + t.key AND e.date >= ""
WITH e ORDER BY e.date DESC, e.article DESC SKIP 0 LIMIT 50
MATCH (a:Article)-[:REPORTS]->(e)
UNWIND range(0, size(e.evidence) - 1) AS i
RETURN e.date AS date, {sentence: e.evidence[i], article: a.title} AS evidence
ORDER BY date DESC, e.article DESC, i`,
		},
		{
			Name:  "timeline",
			Title: "Every fact between $source and $target, oldest first, with its sentences",
			Cypher: `MATCH (s {name: $source})-[r]-(t {name: $target})
WHERE r.reports IS NOT NULL
WITH startNode(r) AS s, r, endNode(r) AS t
MATCH (e:Evidence) WHERE e.fact = type(r) + "|" + s.key + "|" + t.key AND e.date >= ""
WITH s, r, t, e ORDER BY e.date, e.article SKIP 0 LIMIT 50
MATCH (a:Article)-[:REPORTS]->(e)
UNWIND range(0, size(e.evidence) - 1) AS i
RETURN e.date AS date, s.name + " " + type(r) + " " + t.name AS fact,
       {sentence: e.evidence[i], article: a.title} AS evidence
ORDER BY date, fact, e.article, i`,
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

// DefaultBrowserParams returns the parameters the ready-made queries use:
// Russia's neighbourhood, the evidence for "Russia SUPPLIES Iran" and the
// timeline of Russia and Iran. The guide sets them once when the user asks
// (a page load starts without parameters); the printed links carry them
// as literals (LiteralQuery).
func DefaultBrowserParams() map[string]any {
	return map[string]any{
		"country": "Russia",
		"source":  "Russia",
		"type":    "SUPPLIES",
		"target":  "Iran",
	}
}

// PostConnectCommand returns the value of the Neo4j setting
// browser.post_connect_cmd that applies the style of s after each
// connect:
//
//	style {"node":{...},...}
//
// It sets no parameters: the Browser runs it again at every reconnect,
// where it would silently reset the values the user chose.
func PostConnectCommand(s *schema.Schema) (string, error) {
	st, err := BrowserStyle(s)
	if err != nil {
		return "", err
	}
	style, err := st.JSON()
	if err != nil {
		return "", err
	}
	cmd := "style " + style
	if strings.ContainsAny(cmd, "\n\r\\$") {
		return "", errors.New("post-connect command: newline, backslash or '$' in the style")
	}
	return cmd, nil
}

// ExtraConf returns the neo4j.conf lines scripts/neo4j appends from
// scripts/neo4j-server/extra.conf: the post-connect command for s.
func ExtraConf(s *schema.Schema) (string, error) {
	cmd, err := PostConnectCommand(s)
	if err != nil {
		return "", err
	}
	return `# Neo4j Browser settings for geokg, appended to neo4j.conf by scripts/neo4j.
# Generated from the schema (schema/data/ontology.yaml) by
#   go run ./cmd/geokg browser --print-conf > scripts/neo4j-server/extra.conf
# (graph/browser.go); do not edit by hand, a test checks it is up to date.
# docker-compose.yml sets the same value (NEO4J_browser_post__connect__cmd).
#
# After each connect the Browser runs ":style {...}": the GraSS as JSON,
# colours and captions per label, short captions per relationship type.
# Parameters are not set here (a reconnect would reset the user's values):
# the guide of "geokg browser --serve" sets them once.
browser.post_connect_cmd=` + cmd + "\n", nil
}

// LiteralQuery returns cypher with each $name replaced by the Cypher
// literal of params[name], for the printed links: a link opens a new page,
// which has no parameters, so its query carries its own values, which the
// user edits in the Browser's editor. Only string values are supported.
func LiteralQuery(cypher string, params map[string]any) (string, error) {
	var missing error
	out := paramRef.ReplaceAllStringFunc(cypher, func(ref string) string {
		v, ok := params[ref[1:]].(string)
		if !ok {
			if missing == nil {
				missing = fmt.Errorf("query parameter %s: no string value", ref)
			}
			return ref
		}
		return cypherString(v) // cypher.go
	})
	return out, missing
}

var paramRef = regexp.MustCompile(`\$[A-Za-z_][A-Za-z0-9_]*`)

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

// GuideURL returns browserURL (as made by BrowserURL) with cmd=guide and
// the guide's address: opening it shows the guide in the Browser's sidebar
// at once. For that page load the Browser runs none of its start-up
// commands (no connect form) and skips browser.post_connect_cmd, so the
// guide's first page connects and offers the style.
func GuideURL(browserURL, guide string) (string, error) {
	g, err := url.Parse(guide)
	if err != nil || (g.Scheme != "http" && g.Scheme != "https") || g.Host == "" {
		return "", fmt.Errorf("guide link: guide address %q: want an http(s) address with a host", guide)
	}
	if strings.ContainsAny(guide, "&#") {
		return "", fmt.Errorf("guide link: guide address %q contains '&' or '#'", guide)
	}
	u, err := url.Parse(browserURL)
	if err != nil {
		return "", fmt.Errorf("guide link: browser URL %q: %w", browserURL, err)
	}
	q := u.Query()
	q.Set("cmd", "guide")
	q.Set("arg", guide)
	u.RawQuery = encodeQuery(q)
	return u.String(), nil
}

// encodeQuery is url.Values.Encode with %20 for spaces: the Browser turns
// '+' into a space too, but %20 is unambiguous to every reader.
func encodeQuery(q url.Values) string {
	return strings.ReplaceAll(q.Encode(), "+", "%20")
}
