package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/geokg/geokg/schema"
)

// A Browser guide is an HTML page the Neo4j Browser 5 opens in its sidebar
// with ':guide <url>' (guideResolverHelper.tsx, tag 5.24.0): it fetches the
// page from the browser (so the page's server must allow cross-origin
// reads), only from hosts of browser.remote_content_hostname_allowlist
// (default "guides.neo4j.com,localhost"), strips scripts and on*
// attributes (remoteUtils.ts: cleanHtml), and shows each <slide> element as
// one page. A <pre class="code runnable"> block is clickable
// (Directives.tsx): a click copies its text into the editor, the play icon
// in front of it runs it. Neither reloads the page, so the parameters the
// user has set stay set.

// guideSection is one page of the guide: a heading, a sentence and the
// ready-made queries it shows, by name.
type guideSection struct {
	Title   string
	Intro   string
	Queries []string
}

// guideSections returns the guide's pages of ready-made queries.
func guideSections() []guideSection {
	return []guideSection{
		{
			Title:   "Actors",
			Intro:   "Who is connected to whom. The neighbourhood is a picture; drag nodes apart, double-click one to expand it.",
			Queries: []string{"neighbourhood", "connected"},
		},
		{
			Title:   "Facts and their sentences",
			Intro:   "Every article that states a fact leaves an Evidence node with its sentences. The evidence of one fact, newest first, then everything between two actors in date order; each shows 50 reports, change SKIP for the next ones.",
			Queries: []string{"evidence", "timeline"},
		},
		{
			Title:   "Offices and weapons",
			Intro:   "Who holds which office, and which weapon systems are deployed where.",
			Queries: []string{"offices", "deployments"},
		},
	}
}

// guideQuery is a ready-made query as the guide shows it.
type guideQuery struct {
	BrowserQuery
	Params []string // the $parameters it reads, in order of appearance
}

// guidePage is a guideSection with its queries, as the template shows it.
type guidePage struct {
	Title, Intro string
	Queries      []guideQuery
}

// guideLabel is a label with its colour, for the legend.
type guideLabel struct {
	Name, Color, Text, Description string
}

type guideData struct {
	Title     string
	Params    string // :params {...} with the defaults
	ParamHint string // a :param line that changes one
	GrassURL  string
	Pages     []guidePage
	Labels    []guideLabel
	Relations []string // "cooperates (COOPERATES_WITH)", ...
	Symmetric []string // captions of the symmetric types
}

// GuideTitle is the guide's title, shown at the top of the Browser's
// sidebar.
const GuideTitle = "geokg: the news graph"

// BrowserGuide returns the HTML of geokg's Browser guide for schema s:
// a first page that connects, sets the queries' parameters once and, with
// grassURL, applies the style, a page per group of ready-made queries as runnable
// blocks that read the parameters the user has set, and a page on how to
// read the graph (labels, captions, what an edge's reports, first_seen
// and evidence mean, and the Evidence nodes). grassURL is where the GraSS is served (empty:
// no style block).
func BrowserGuide(s *schema.Schema, grassURL string) (string, error) {
	if s == nil {
		return "", errors.New("browser guide: nil schema")
	}
	st, err := BrowserStyle(s) // validates labels, colours and types
	if err != nil {
		return "", err
	}
	if grassURL != "" {
		if u, err := url.Parse(grassURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return "", fmt.Errorf("browser guide: style URL %q: want http(s)://", grassURL)
		}
	}
	params, err := ParamsCommand(DefaultBrowserParams())
	if err != nil {
		return "", fmt.Errorf("browser guide: %w", err)
	}
	d := guideData{
		Title:     GuideTitle,
		Params:    params,
		ParamHint: `:param country => "Iran"`,
		GrassURL:  grassURL,
	}
	byName := map[string]BrowserQuery{}
	for _, q := range BrowserQueries() {
		byName[q.Name] = q
	}
	shown := map[string]bool{}
	for _, sec := range guideSections() {
		page := guidePage{Title: sec.Title, Intro: sec.Intro}
		for _, name := range sec.Queries {
			q, ok := byName[name]
			if !ok {
				return "", fmt.Errorf("browser guide: no query %q", name)
			}
			shown[name] = true
			page.Queries = append(page.Queries, guideQuery{BrowserQuery: q, Params: queryParams(q.Cypher)})
		}
		d.Pages = append(d.Pages, page)
	}
	for name := range byName {
		if !shown[name] {
			return "", fmt.Errorf("browser guide: query %q is on no page", name)
		}
	}
	for _, l := range s.Labels {
		r, _ := st.Rule("node." + l.Name)
		d.Labels = append(d.Labels, guideLabel{Name: l.Name, Color: r.Prop("color"), Text: r.Prop("text-color-internal"), Description: l.Description})
	}
	for _, r := range s.Relations {
		d.Relations = append(d.Relations, RelationCaption(r.Name)+" ("+r.Name+")")
		if r.Symmetric {
			d.Symmetric = append(d.Symmetric, RelationCaption(r.Name))
		}
	}
	var b strings.Builder
	if err := guideTemplate.Execute(&b, d); err != nil {
		return "", fmt.Errorf("browser guide: %w", err)
	}
	return b.String(), nil
}

// queryParams returns the names of the $parameters of cypher, each once.
func queryParams(cypher string) []string {
	var out []string
	seen := map[string]bool{}
	for _, ref := range paramRef.FindAllString(cypher, -1) {
		if !seen[ref] {
			seen[ref] = true
			out = append(out, ref)
		}
	}
	return out
}

// ParamsCommand returns the Browser command that sets params, e.g.
// :params {"country":"Russia"}.
func ParamsCommand(params map[string]any) (string, error) {
	p, err := json.Marshal(params) // sorted keys
	if err != nil {
		return "", fmt.Errorf("browser params: %w", err)
	}
	return ":params " + string(p), nil
}

var guideTemplate = template.Must(template.New("guide").Parse(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{.Title}}</title></head>
<body>
<article class="guide">
<slide>
<h3>{{.Title}}</h3>
<p>Countries, people, organizations, places, facilities, weapon systems,
programs and agreements that geokg read from news articles, and the facts
between them. Every fact keeps the sentences that state it.</p>
<p>Click a grey block to copy it into the editor; click its
<i class="fa fa-play-circle-o"></i> to run it.</p>
<h4>Start here</h4>
<p>1. Connect to the database (skip this if the Browser says you are
connected):</p>
<pre class="code runnable">:server connect</pre>
<p>2. Set the parameters the queries read. A page load starts without any;
this replaces those you have:</p>
<pre class="code runnable">{{.Params}}</pre>
{{- if .GrassURL}}
<p>3. Apply geokg's colours and captions (once: the Browser keeps them):</p>
<pre class="code runnable">:style {{.GrassURL}}</pre>
{{- end}}
<p>Change a parameter whenever you like; running a query from this guide
never resets it:</p>
<pre class="code runnable">{{.ParamHint}}</pre>
</slide>
{{- range .Pages}}
<slide>
<h3>{{.Title}}</h3>
<p>{{.Intro}}</p>
{{- range .Queries}}
<h4>{{.Name}}</h4>
<p>{{.Title}}{{if .Params}} <small>(reads {{range $i, $p := .Params}}{{if $i}}, {{end}}<code>{{$p}}</code>{{end}})</small>{{end}}</p>
<pre class="code runnable">{{.Cypher}}</pre>
{{- end}}
</slide>
{{- end}}
<slide>
<h3>How to read this graph</h3>
<p><b>Nodes</b> are the entities, one colour per label, captioned with
their name:</p>
<p>{{range .Labels}}<span style="display:inline-block;margin:2px;padding:1px 8px;border-radius:10px;background:{{.Color}};color:{{.Text}}" title="{{.Description}}">{{.Name}}</span> {{end}}</p>
<p><b>Edges</b> are facts, one per source, type and target, captioned in
short lower case: {{range $i, $r := .Relations}}{{if $i}}, {{end}}{{$r}}{{end}}.
Rest the pointer on an edge, or click it, to see its type and properties.
{{- if .Symmetric}}
Symmetric facts ({{range $i, $r := .Symmetric}}{{if $i}}, {{end}}{{$r}}{{end}}) are stored one
way: read them without direction.{{end}}</p>
<p>An edge keeps a short summary, whatever the number of articles that
state the fact:</p>
<ul>
<li><code>reports</code>: how many articles state it</li>
<li><code>first_seen</code> and <code>last_seen</code>: the earliest and
latest published dates of those articles: when the fact was first and last
reported, not when it happened</li>
<li><code>evidence</code>: the latest three sentences, newest first;
<code>evidence_from</code> says where each comes from (date, article id,
offset)</li>
</ul>
<p><code>title</code> (holds office), <code>item</code> (supplies),
<code>location</code>, <code>quantity</code>, <code>status</code>
(deploys) hold the latest value reported; <code>property_from</code> says
from which report.</p>
<p><b>Evidence</b> nodes hold every report, one per fact and article,
linked from the article by REPORTS: the article's sentences for the fact
(<code>evidence</code>), who is reported to say each
(<code>said_by</code>) and the article's <code>date</code>. The evidence
and timeline queries read them.</p>
<p><b>Articles</b> are grey nodes linked to every entity they name by
MENTIONS; the ready-made queries leave them and Evidence nodes out of
their pictures.</p>
</slide>
</article>
</body>
</html>
`))
