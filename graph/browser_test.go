package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

func TestBrowserStyleEveryLabel(t *testing.T) {
	s := testSchema(t)
	st, err := BrowserStyle(s)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Country", "Person", "Organization", "Location", "Facility", "WeaponSystem", "Program", "Agreement", "Article"}
	for _, name := range want {
		if _, ok := st.Rule("node." + name); !ok {
			t.Errorf("no rule node.%s in\n%s", name, st.GraSS())
		}
	}
	for _, l := range s.Labels {
		r, ok := st.Rule("node." + l.Name)
		if !ok {
			t.Errorf("no rule for schema label %s", l.Name)
			continue
		}
		if got := r.Prop("color"); !strings.EqualFold(got, l.Color) || got == "" {
			t.Errorf("node.%s color = %q, want the schema's %q", l.Name, got, l.Color)
		}
		wantCaption := "{name}"
		if l.Name == "Article" {
			wantCaption = "{title}"
		}
		if got := r.Prop("caption"); got != wantCaption {
			t.Errorf("node.%s caption = %q, want %q", l.Name, got, wantCaption)
		}
		if r.Prop("icon-code") != "" {
			t.Errorf("node.%s has an icon", l.Name)
		}
		for _, p := range []string{"border-color", "text-color-internal"} {
			if !hexColor.MatchString(r.Prop(p)) {
				t.Errorf("node.%s %s = %q, want #rrggbb", l.Name, p, r.Prop(p))
			}
		}
	}
	ev, ok := st.Rule("node.Evidence")
	if !ok || ev.Prop("caption") != "{date}" || !hexColor.MatchString(ev.Prop("color")) {
		t.Errorf("node.Evidence = %+v, want a colour and the caption {date}", ev)
	}
	for _, typ := range []string{"REPORTS", "MENTIONS"} {
		if r, ok := st.Rule("relationship." + typ); !ok || r.Prop("caption") != strings.ToLower(typ) {
			t.Errorf("relationship.%s = %+v, want the caption %q", typ, r, strings.ToLower(typ))
		}
	}
	rel, ok := st.Rule("relationship")
	if !ok || rel.Prop("caption") != "<type>" {
		t.Errorf("relationship caption = %q, want <type> for types the schema does not know", rel.Prop("caption"))
	}
	for _, r := range s.Relations {
		rule, ok := st.Rule("relationship." + r.Name)
		if !ok {
			t.Errorf("no rule relationship.%s", r.Name)
			continue
		}
		c := rule.Prop("caption")
		if c != RelationCaption(r.Name) || len(c) > 12 || c != strings.ToLower(c) {
			t.Errorf("relationship.%s caption = %q, want its short lower-case form (at most 12 characters)", r.Name, c)
		}
	}
}

func TestRelationCaption(t *testing.T) {
	for typ, want := range map[string]string{
		"COOPERATES_WITH": "cooperates",
		"MET_WITH":        "met",
		"HOLDS_OFFICE":    "holds office",
		"LOCATED_IN":      "located in",
		"SUPPLIES":        "supplies",
		"WITH":            "with",
	} {
		if got := RelationCaption(typ); got != want {
			t.Errorf("RelationCaption(%s) = %q, want %q", typ, got, want)
		}
	}
}

func TestBrowserStyleTextColour(t *testing.T) {
	for c, want := range map[string]string{"#4C8EDA": lightText, "#FFC454": darkText, "#F16667": lightText, "#8DCC93": darkText, "#000000": lightText} {
		if got := textColor(c); got != want {
			t.Errorf("textColor(%s) = %s, want %s", c, got, want)
		}
	}
	if got := darken("#FF8000"); got != "#CC6600" {
		t.Errorf("darken(#FF8000) = %s, want #CC6600", got)
	}
}

func TestBrowserStyleRejects(t *testing.T) {
	for name, l := range map[string]schema.Label{
		"bad colour":  {Name: "X", Color: "blue"},
		"bad label":   {Name: "X Y", Color: "#000000"},
		"bad caption": {Name: "X", Caption: "na me"},
	} {
		if _, err := BrowserStyle(&schema.Schema{Labels: []schema.Label{l}}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// A label without colour is left to the Browser.
	st, err := BrowserStyle(&schema.Schema{Labels: []schema.Label{{Name: "X"}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := st.Rule("node.X"); r.Prop("color") != "" || r.Prop("caption") != "{name}" {
		t.Errorf("node.X = %+v", r)
	}
}

func TestBrowserStyleSyntaxes(t *testing.T) {
	st, err := BrowserStyle(testSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	js, err := st.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var rules map[string]map[string]string
	if err := json.Unmarshal([]byte(js), &rules); err != nil {
		t.Fatalf("JSON: %v\n%s", err, js)
	}
	if rules["node.Country"]["color"] != "#4C8EDA" || rules["node.Article"]["caption"] != "{title}" || rules["relationship.COOPERATES_WITH"]["caption"] != "cooperates" {
		t.Errorf("JSON rules = %v", rules)
	}
	if strings.ContainsAny(js, ";\n") {
		t.Errorf("JSON has ';' or a newline, which the post-connect split would cut: %s", js)
	}
	grass := st.GraSS()
	for _, want := range []string{"node.Country {\n  color: #4C8EDA;", "caption: '{name}';", "caption: '{title}';", "caption: '<type>';", "relationship.HOLDS_OFFICE {\n  caption: 'holds office';"} {
		if !strings.Contains(grass, want) {
			t.Errorf("GraSS lacks %q:\n%s", want, grass)
		}
	}
}

// splitPostConnect is the Browser's extractPostConnectCommandsFromServerConfig
// (commandUtils.ts, 5.24.0): split on ';' outside `...`, "..." and '...'.
func splitPostConnect(s string) []string {
	const sub = "@@semicolon@@"
	for _, q := range []*regexp.Regexp{regexp.MustCompile("(`[^`]*?`)"), regexp.MustCompile(`("[^"]*?")`), regexp.MustCompile(`('[^']*?')`)} {
		s = q.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ";", sub) })
	}
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(strings.ReplaceAll(p, sub, ";")); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func TestPostConnectCommand(t *testing.T) {
	cmd, err := PostConnectCommand(testSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	parts := splitPostConnect(cmd)
	if len(parts) != 1 || !strings.HasPrefix(parts[0], "style {") {
		t.Fatalf("post-connect splits into %q, want one style command", parts)
	}
	var style map[string]map[string]string
	if err := json.Unmarshal([]byte(strings.TrimPrefix(parts[0], "style ")), &style); err != nil {
		t.Errorf("style part is not JSON: %v", err)
	}
	// A reconnect runs the command again: it must not reset parameters.
	if strings.Contains(cmd, "params") {
		t.Errorf("the post-connect command sets parameters: %s", cmd)
	}
}

// TestExtraConfUpToDate keeps scripts/neo4j-server/extra.conf in step with
// the schema. GEOKG_UPDATE_EXTRA_CONF=1 rewrites it.
func TestExtraConfUpToDate(t *testing.T) {
	want, err := ExtraConf(testSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "scripts", "neo4j-server", "extra.conf")
	if os.Getenv("GEOKG_UPDATE_EXTRA_CONF") == "1" {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date with the schema; regenerate it with\n  go run ./cmd/geokg browser --print-conf > scripts/neo4j-server/extra.conf\n(or GEOKG_UPDATE_EXTRA_CONF=1 go test ./graph -run TestExtraConfUpToDate)", path)
	}
	for _, l := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "browser.post_connect_cmd=") {
			t.Errorf("unexpected setting in extra.conf (unknown keys stop Neo4j): %q", l)
		}
	}
}

func TestBrowserURL(t *testing.T) {
	got, err := BrowserURL("", "neo4j://neo4j@127.0.0.1:7687", "neo4j")
	if err != nil {
		t.Fatal(err)
	}
	want := "http://127.0.0.1:7474/browser/?db=neo4j&dbms=neo4j%3A%2F%2Fneo4j%40127.0.0.1%3A7687"
	if got != want {
		t.Errorf("BrowserURL = %s, want %s", got, want)
	}
	for _, bad := range []string{"ftp://x/", "127.0.0.1:7474", "http://%zz"} {
		if _, err := BrowserURL(bad, "", ""); err == nil {
			t.Errorf("BrowserURL(%q): no error", bad)
		}
	}
}

// browserArgs decodes an edit link the way the Browser 5.24 does
// (editorDuck.ts): '+' to space, decodeURIComponent of the whole URL, then
// every [?&]arg=([^&#]*), joined by newlines.
func browserArgs(t *testing.T, link string) (cmd string, query string) {
	t.Helper()
	raw := strings.ReplaceAll(link, "+", " ")
	decoded, err := url.PathUnescape(raw)
	if err != nil {
		t.Fatalf("decode %s: %v", link, err)
	}
	m := regexp.MustCompile(`[?&]cmd=([^&#]*)`).FindStringSubmatch(link)
	if m != nil {
		cmd = m[1]
	}
	var lines []string
	for _, m := range regexp.MustCompile(`[?&]arg=([^&#]*)`).FindAllStringSubmatch(decoded, -1) {
		if m[1] != "" {
			lines = append(lines, m[1])
		}
	}
	return cmd, strings.Join(lines, "\n")
}

func TestEditURLRoundTrip(t *testing.T) {
	base, err := BrowserURL("", "neo4j://neo4j@localhost:7687", "neo4j")
	if err != nil {
		t.Fatal(err)
	}
	queries := BrowserQueries()
	queries = append(queries, BrowserQuery{Name: "tricky", Cypher: "RETURN 1 + 2 AS `a b`, \"50%\" AS p, 'x=y?z' AS q"})
	for _, q := range queries {
		link, err := EditURL(base, q.Cypher)
		if err != nil {
			t.Fatalf("%s: %v", q.Name, err)
		}
		if strings.ContainsAny(link, " \n+") {
			t.Errorf("%s: link is not fully encoded: %s", q.Name, link)
		}
		cmd, got := browserArgs(t, link)
		if cmd != "edit" {
			t.Errorf("%s: cmd = %q, want edit", q.Name, cmd)
		}
		if got != q.Cypher {
			t.Errorf("%s: the Browser would read\n%s\nwant\n%s", q.Name, got, q.Cypher)
		}
		if u, _ := url.Parse(link); u.Query().Get("dbms") != "neo4j://neo4j@localhost:7687" {
			t.Errorf("%s: dbms lost in %s", q.Name, link)
		}
	}
	for _, bad := range []string{"RETURN 1 // a # b", "RETURN 'a&b'", "  "} {
		if _, err := EditURL(base, bad); err == nil {
			t.Errorf("EditURL(%q): no error", bad)
		}
	}
}

func TestBrowserQueriesParams(t *testing.T) {
	params := DefaultBrowserParams()
	seen := map[string]bool{}
	for _, q := range BrowserQueries() {
		if q.Name == "" || q.Title == "" || seen[q.Name] {
			t.Errorf("query %+v: empty or duplicate name/title", q)
		}
		seen[q.Name] = true
		for _, m := range regexp.MustCompile(`\$(\w+)`).FindAllStringSubmatch(q.Cypher, -1) {
			if _, ok := params[m[1]]; !ok {
				t.Errorf("query %s uses $%s, which DefaultBrowserParams does not set", q.Name, m[1])
			}
		}
	}
	for _, want := range []string{"neighbourhood", "offices", "deployments", "evidence", "timeline", "connected"} {
		if !seen[want] {
			t.Errorf("no query %s", want)
		}
	}
}

// TestBrowserQueriesRun checks on the real Neo4j that every ready-made
// query compiles (EXPLAIN) and, on the graph of the seed article loaded
// by Load, returns what it promises.
func TestBrowserQueriesRun(t *testing.T) {
	st, driver, _ := cleanStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	path := filepath.Join("..", "fixtures", "reuters-gates-missile-shield.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(testSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(ctx, extract.Input{Path: path, Text: string(text)})
	if err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	mustLoad(t, st, doc)

	results := map[string][]map[string]any{}
	for _, q := range BrowserQueries() {
		explain := query(t, driver, "EXPLAIN "+q.Cypher, DefaultBrowserParams())
		if len(explain) != 0 {
			t.Errorf("EXPLAIN %s returned rows: %v", q.Name, explain)
		}
		results[q.Name] = query(t, driver, q.Cypher, DefaultBrowserParams())
	}
	column := func(name, col string) []string {
		var out []string
		for _, row := range results[name] {
			out = append(out, fmt.Sprint(row[col]))
		}
		return out
	}
	var neighbours []string
	for _, row := range results["neighbourhood"] {
		if n, ok := row["n"].(neo4j.Node); ok {
			neighbours = append(neighbours, fmt.Sprint(n.Props["name"]))
		}
	}
	for _, c := range []struct {
		query string
		got   []string
		want  string
	}{
		{"neighbourhood", neighbours, "Iran"},
		{"neighbourhood", neighbours, "Vladimir Putin"},
		{"offices", column("offices", "person"), "Vladimir Putin"},
		{"deployments", column("deployments", "system"), "radar"},
		{"connected", column("connected", "actor"), "Russia"},
	} {
		if !slices.Contains(c.got, c.want) {
			t.Errorf("%s: no %q in %q", c.query, c.want, c.got)
		}
	}
	if len(results["evidence"]) == 0 {
		t.Errorf("no evidence for Russia SUPPLIES Iran")
	}
	for _, row := range results["evidence"] {
		ev, _ := row["evidence"].(map[string]any)
		if s, _ := ev["sentence"].(string); !strings.Contains(s, "Iran") {
			t.Errorf("evidence sentence %q does not name Iran", s)
		}
		if a, _ := ev["article"].(string); a == "" {
			t.Errorf("evidence row without article title: %v", row)
		}
		if len(row) != 2 {
			t.Errorf("evidence row has columns %v, want date and evidence", row)
		}
	}
	facts := column("timeline", "fact")
	if !slices.Contains(facts, "Russia SUPPLIES Iran") {
		t.Errorf("timeline of Russia and Iran: facts %q, want Russia SUPPLIES Iran", facts)
	}
	dates := column("timeline", "date")
	if !slices.IsSorted(dates) {
		t.Errorf("timeline dates %q are not in order", dates)
	}
	for _, row := range results["timeline"] {
		ev, _ := row["evidence"].(map[string]any)
		if s, _ := ev["sentence"].(string); s == "" {
			t.Errorf("timeline row without sentence: %v", row)
		}
	}
	if rows := results["connected"]; len(rows) > 0 && rows[0]["actor"] != "Russia" {
		t.Errorf("most connected actor = %v, want Russia", rows[0]["actor"])
	}
}

func TestLiteralQuery(t *testing.T) {
	got, err := LiteralQuery(`MATCH (c {name: $country}) WHERE c.x = $other RETURN $country`, map[string]any{"country": `Cote "d'Ivoire" \ x`, "other": "y"})
	if err != nil {
		t.Fatal(err)
	}
	want := `MATCH (c {name: 'Cote \"d\'Ivoire\" \\ x'}) WHERE c.x = 'y' RETURN 'Cote \"d\'Ivoire\" \\ x'`
	if got != want {
		t.Errorf("LiteralQuery = %s, want %s", got, want)
	}
	if _, err := LiteralQuery(`RETURN $missing`, DefaultBrowserParams()); err == nil {
		t.Error("missing parameter: no error")
	}
	for _, q := range BrowserQueries() {
		lit, err := LiteralQuery(q.Cypher, DefaultBrowserParams())
		if err != nil || strings.Contains(lit, "$") {
			t.Errorf("%s: %v, %s", q.Name, err, lit)
		}
	}
}

func TestGuideURL(t *testing.T) {
	base, err := BrowserURL("http://127.0.0.1:7476/browser/", "neo4j://neo4j@127.0.0.1:7687", "neo4j")
	if err != nil {
		t.Fatal(err)
	}
	link, err := GuideURL(base, "http://localhost:7480/geokg.html")
	if err != nil {
		t.Fatal(err)
	}
	cmd, arg := browserArgs(t, link)
	if cmd != "guide" || arg != "http://localhost:7480/geokg.html" || !strings.HasPrefix(link, "http://127.0.0.1:7476/browser/?") {
		t.Errorf("GuideURL = %s: cmd %q, arg %q", link, cmd, arg)
	}
	for _, bad := range []string{"", "localhost:7480/x", "http://localhost/a&b"} {
		if _, err := GuideURL(base, bad); err == nil {
			t.Errorf("GuideURL(%q): no error", bad)
		}
	}
}

// cleanHTML is the Browser's cleanHtml (remoteUtils.ts, 5.24.0), which
// it applies to a guide before showing it.
func cleanHTML(s string) string {
	s = regexp.MustCompile(`(?i)(\s+(on[^\s=]+)[^\s=]*\s*=\s*("[^"]*"|'[^']*'|[\w\-.:]+\s*))`).ReplaceAllString(s, "")
	s = regexp.MustCompile(`(?i)<script\b[^<]*(?:<[^<]*)*(</script>)?`).ReplaceAllString(s, "")
	return regexp.MustCompile(`href=".*javascript:[^"]*"`).ReplaceAllString(s, `href=""`)
}

func TestBrowserGuide(t *testing.T) {
	s := testSchema(t)
	guide, err := BrowserGuide(s, "http://localhost:7480/geokg.grass")
	if err != nil {
		t.Fatal(err)
	}
	if cleanHTML(guide) != guide {
		t.Errorf("the Browser's cleanHtml would change the guide")
	}
	if !strings.Contains(guide, "<title>"+GuideTitle+"</title>") {
		t.Errorf("no <title>%s</title>", GuideTitle)
	}
	slides := regexp.MustCompile(`(?s)<slide>.*?</slide>`).FindAllString(guide, -1)
	if len(slides) != len(guideSections())+2 {
		t.Errorf("%d slides, want a start page, %d pages of queries and how to read the graph", len(slides), len(guideSections()))
	}
	// The runnable blocks, as the Browser reads them (textContent).
	var blocks []string
	for _, m := range regexp.MustCompile(`(?s)<pre class="code runnable">(.*?)</pre>`).FindAllStringSubmatch(guide, -1) {
		blocks = append(blocks, html.UnescapeString(m[1]))
	}
	params, _ := ParamsCommand(DefaultBrowserParams())
	want := []string{":server connect", params, `:param country => "Iran"`, ":style http://localhost:7480/geokg.grass"}
	for _, q := range BrowserQueries() {
		want = append(want, q.Cypher)
	}
	for _, w := range want {
		if !slices.Contains(blocks, w) {
			t.Errorf("no runnable block\n%s\nin the guide", w)
		}
	}
	if len(blocks) != len(want) {
		t.Errorf("%d runnable blocks, want %d", len(blocks), len(want))
	}
	for _, l := range s.Labels {
		if !strings.Contains(guide, "background:"+l.Color) {
			t.Errorf("the legend lacks %s in %s", l.Name, l.Color)
		}
	}
	for _, w := range []string{"reports", "first_seen", "evidence", "Evidence", "REPORTS", "met (MET_WITH)"} {
		if !strings.Contains(guide, w) {
			t.Errorf("the guide does not explain %s", w)
		}
	}
	noStyle, err := BrowserGuide(s, "")
	if err != nil || strings.Contains(noStyle, ":style") {
		t.Errorf("without a style URL: %v; the guide has a :style block", err)
	}
	if _, err := BrowserGuide(s, "ftp://x/y"); err == nil {
		t.Error("ftp style URL: no error")
	}
}
