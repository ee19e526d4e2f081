package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/schema"
)

var update = flag.Bool("update", false, "rewrite docs/browser.png with the Browser test's screenshot")

// chromiumPath is Debian's Chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// screenshotPath is the README's picture, rewritten under -update only.
var screenshotPath = filepath.Join("..", "..", "docs", "browser.png")

// renderedNode is a node of the Browser's graph view: its caption lines
// joined by spaces and its circle's fill.
type renderedNode struct {
	Caption string `json:"caption"`
	Fill    string `json:"fill"`
}

// renderedGraph is what the newest frame's graph view shows.
type renderedGraph struct {
	Nodes    []renderedNode `json:"nodes"`
	Captions []string       `json:"captions"` // of the relationships
}

// frameState is the newest frame of the Browser's stream.
type frameState struct {
	Cmd    string `json:"cmd"`
	Loaded bool   `json:"loaded"`
	Error  string `json:"error"`
	Text   string `json:"text"`
	// Overflow is how many pixels the widest table of the frame sticks
	// out of the frame.
	Overflow float64 `json:"overflow"`
}

// TestBrowserEndToEnd drives the Neo4j Browser of the test server, served
// on that server's own HTTP port (GEOKG_TEST_NEO4J_HTTP_PORT, never 7474),
// in headless Chromium, after loading the seed article:
//
//  1. The neighbourhood link that `geokg browser` prints, with
//     NEO4J_HTTP_PORT set to the server's port, opens the Browser there;
//     after login the post-connect command of extra.conf applies the style
//     (one :style frame, no :params frame), the query runs with the values
//     the link carries, and the graph shows Russia, Iran and Vladimir Putin
//     in the schema's colours with no relationship caption cut short (in one
//     of up to three layouts: a layout can put two nodes too close).
//  2. The link that `geokg browser --serve` prints opens the Browser with
//     geokg's guide in the sidebar, and no post-connect frame. From the
//     guide: set the defaults, apply the served GraSS, change $country to
//     Iran, run one query link and then the neighbourhood link: Iran's
//     neighbourhood shows and :params still says Iran. Then every other
//     query of the guide runs without error; the timeline lists Russia
//     SUPPLIES Iran with its sentence, and the evidence table fits in its
//     frame.
//  3. Back to the defaults, the seed neighbourhood with the guide open is
//     the screenshot; with -update it is written to docs/browser.png.
func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no browser test")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		if neo4jtest.Enabled() {
			t.Fatalf("integration tests are on (%s=1 or CI=true) and there is no Chromium at %s (.ci/run installs it: apt-get install -y chromium): %v", neo4jtest.EnvSwitch, chromiumPath, err)
		}
		t.Skipf("no Chromium at %s; install it with apt-get install -y chromium", chromiumPath)
	}
	driver, cfg := neo4jtest.Clean(t)
	start := time.Now()
	defer func() {
		t.Logf("browser test took %v after getting the database", time.Since(start).Round(time.Second))
	}()
	// The Browser is the test server's, on its own HTTP port: never 7474,
	// the default, so a link that ignored NEO4J_HTTP_PORT would be dead.
	httpPort := serverHTTPPort(t, driver, cfg.Database)
	if httpPort != cfg.HTTPPort || httpPort == "7474" {
		t.Fatalf("the test server's HTTP port is %s, want %s (%s) and not 7474, the user's server's", httpPort, cfg.HTTPPort, neo4jtest.EnvHTTPPort)
	}
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	loadBrowserSeed(t, cfg, s)

	env := map[string]string{
		"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_DATABASE": cfg.Database,
		"NEO4J_HTTP_PORT": httpPort,
	}
	link := neighbourhoodLink(t, newCLI(env, nil))
	guideURL, out := startGuideServer(t, newCLI(env, nil))
	guideLink, _, _ := strings.Cut(strings.TrimPrefix(out, "Neo4j Browser with geokg's guide: "), "\n")
	for _, l := range []string{link, guideLink} {
		if u, err := url.Parse(l); err != nil || u.Port() != httpPort {
			t.Fatalf("link %s is not on the server's HTTP port %s (NEO4J_HTTP_PORT)", l, httpPort)
		}
	}

	b := newTestBrowser(t)
	colors := map[string]string{}
	for _, l := range s.Labels {
		colors[l.Name] = strings.ToUpper(l.Color)
	}

	// 1. A printed link, the post-connect style.
	t.Logf("opening %s", link)
	b.step("open the Browser at "+link, 60*time.Second,
		chromedp.Navigate(link),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="password"]`)),
	)
	addr := browserEval[string](t, b.ctx, `document.querySelector('[data-testid="boltaddress"]').value`)
	if addr == "" || !strings.Contains(cfg.URI, addr) {
		t.Errorf("connect form address %q, want the host of %s from ?dbms=", addr, cfg.URI)
	}
	b.login(cfg)
	b.step("wait for the post-connect :style of browser.post_connect_cmd (is the server running with "+
		"scripts/neo4j-server/extra.conf? restart it)", 20*time.Second,
		browserPoll(`[...document.querySelectorAll('[data-testid="frameCommand"]')].some(e => e.textContent.startsWith(':style'))`),
	)
	time.Sleep(2 * time.Second) // any other post-connect frame would be there by now
	if n := b.countFrames(":style"); n != 1 {
		t.Errorf("%d :style frames after login, want the one of the post-connect command", n)
	}
	if n := b.countFrames(":params") + b.countFrames(":param "); n != 0 {
		t.Errorf("%d :params frames after login, want none (a reconnect would reset the user's parameters)", n)
	}
	editor := strings.ReplaceAll(browserEval[string](t, b.ctx, `document.querySelector('[data-testid="activeEditor"]').innerText`), "\u00a0", " ")
	if !strings.Contains(editor, `MATCH (c:Country {name: 'Russia'})`) {
		t.Fatalf("the edit link did not fill the editor with the query and its values; it holds:\n%s", editor)
	}
	frames := b.frameCount()
	b.step("run the neighbourhood query", 45*time.Second,
		chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)),
	)
	g := b.waitGraph(frames, 3)
	checkNodes(t, g, colors, []string{"Russia", "Iran", "Vladimir Putin"}, nil)
	// The Browser shortens a caption that does not fit its edge, and an edge
	// is short when the force layout happens to put its nodes close
	// together; a caption too long for the style is cut in every layout.
	// So the query runs again, a new layout each time, up to three layouts.
	for try := 1; len(cutCaptions(g)) > 0; try++ {
		if try == 3 {
			t.Errorf("relationship captions cut short in %d layouts, the last: %q", try, cutCaptions(g))
			break
		}
		t.Logf("layout %d cut %q short; running the query again", try, cutCaptions(g))
		frames = b.frameCount()
		b.step("run the neighbourhood query again", 45*time.Second,
			chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)),
		)
		g = b.waitGraph(frames, 3)
	}

	// 2. The guide.
	t.Logf("opening %s", guideLink)
	b.step("open the Browser with the guide at "+guideLink, 60*time.Second,
		chromedp.Navigate(guideLink),
		browserPoll(fmt.Sprintf(`(document.querySelector('[data-testid="guidesDrawer"]') || {innerText: ''}).innerText.includes(%q)`, graph.GuideTitle)),
	)
	// The guide's link skips the Browser's start-up commands, the connect
	// form among them: the guide's first block shows it.
	b.runGuideBlock(":server connect")
	if browserEval[bool](t, b.ctx, `!!document.querySelector('[data-testid="password"]')`) {
		b.login(cfg)
	}
	b.step("wait for the connection", 20*time.Second, browserPoll(
		`[...document.querySelectorAll('[data-testid="frame"]')].some(f => f.innerText.includes('You are connected'))`))
	time.Sleep(2 * time.Second)
	if n := b.countFrames(":style") + b.countFrames(":params"); n != 0 {
		t.Errorf("%d :style or :params frames after login with the guide, want none", n)
	}
	params, err := graph.ParamsCommand(graph.DefaultBrowserParams())
	if err != nil {
		t.Fatal(err)
	}
	b.runGuideBlock(params)
	b.runGuideBlock(":style " + strings.TrimSuffix(guideURL, ".html") + ".grass")
	if f := b.topFrame(); !strings.HasPrefix(f.Cmd, ":style") || strings.Contains(f.Text, "rror") {
		t.Errorf("applying the served style: frame %q shows\n%s", f.Cmd, f.Text)
	}
	b.runGuideBlock(`:param country => "Iran"`)

	queries := map[string]graph.BrowserQuery{}
	for _, q := range graph.BrowserQueries() {
		queries[q.Name] = q
	}
	// A first query link, then a second: the parameter stays.
	b.runGuideQuery(queries["offices"])
	frames = b.frameCount()
	b.runGuideBlock(queries["neighbourhood"].Cypher)
	g = b.waitGraph(frames, 2)
	checkNodes(t, g, colors, []string{"Iran", "Russia"}, []string{"Vladimir Putin"})
	f := b.runEditor(":params")
	if !regexp.MustCompile(`country"?\s*:\s*"Iran"`).MatchString(f.Text) {
		t.Errorf(":params after two query links shows\n%s\nwant country: \"Iran\"", f.Text)
	}

	for _, name := range []string{"connected", "deployments", "evidence", "timeline"} {
		f := b.runGuideQuery(queries[name])
		switch name {
		case "timeline":
			if !strings.Contains(f.Text, "Russia SUPPLIES Iran") || !strings.Contains(f.Text, "anti-aircraft missile systems") {
				t.Errorf("timeline of Russia and Iran shows\n%s\nwant Russia SUPPLIES Iran with its sentence", f.Text)
			}
		case "evidence":
			if !strings.Contains(f.Text, "anti-aircraft missile systems") || !strings.Contains(f.Text, "missile plan") {
				t.Errorf("evidence shows\n%s\nwant the sentence and the article's title", f.Text)
			}
		}
		if f.Overflow > 1 {
			t.Errorf("the %s table is %.0f px wider than its frame", name, f.Overflow)
		}
	}

	// 3. The seed neighbourhood, for the README.
	b.runGuideBlock(params)
	b.runEditor(":clear")
	frames = b.frameCount()
	b.runGuideBlock(queries["neighbourhood"].Cypher)
	g = b.waitGraph(frames, 3)
	checkNodes(t, g, colors, []string{"Russia", "Iran", "Vladimir Putin"}, nil)
	// The graph's overview panel covers part of it: fold it away.
	b.step("fold the overview panel", 10*time.Second,
		chromedp.Click(chromedp.CSS(`[data-testid="frame"] [aria-label="Collapse the node properties display"]`)),
		chromedp.Sleep(time.Second))
	png := browserScreenshot(t, b.ctx)
	if *update {
		if err := os.WriteFile(screenshotPath, png, 0o644); err != nil {
			t.Fatalf("save the screenshot: %v", err)
		}
		t.Logf("screenshot: %s (%d bytes)", screenshotPath, len(png))
	} else {
		t.Logf("screenshot of %d bytes (go test -run TestBrowserEndToEnd -update writes it to %s)", len(png), screenshotPath)
	}
}

// checkNodes fails t unless every name of want is a node of g in its
// label's colour and no name of absent is.
func checkNodes(t *testing.T, g renderedGraph, colors map[string]string, want, absent []string) {
	t.Helper()
	t.Logf("rendered %d nodes %v, relationship captions %q", len(g.Nodes), g.Nodes, g.Captions)
	labels := map[string]string{"Russia": "Country", "Iran": "Country", "Vladimir Putin": "Person"}
	for _, name := range want {
		i := slices.IndexFunc(g.Nodes, func(n renderedNode) bool { return n.Caption == name })
		if i < 0 {
			t.Errorf("no node captioned %q in the graph view", name)
			continue
		}
		if l, ok := labels[name]; ok && strings.ToUpper(g.Nodes[i].Fill) != colors[l] {
			t.Errorf("node %q is filled %s, want the schema's %s colour %s (style not applied?)", name, g.Nodes[i].Fill, l, colors[l])
		}
	}
	for _, name := range absent {
		if slices.ContainsFunc(g.Nodes, func(n renderedNode) bool { return n.Caption == name }) {
			t.Errorf("node %q is in the graph view, want it absent", name)
		}
	}
}

// cutCaptions returns the relationship captions of g that the Browser cut
// short ("holds of…") or left empty.
func cutCaptions(g renderedGraph) []string {
	var cut []string
	for _, c := range g.Captions {
		if strings.Contains(c, "\u2026") || c == "" {
			cut = append(cut, c)
		}
	}
	return cut
}

// serverHTTPPort asks the test server which port its HTTP connector (and
// so its Browser) listens on.
func serverHTTPPort(t *testing.T, driver neo4j.DriverWithContext, db string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, driver,
		`SHOW SETTINGS YIELD name, value WHERE name = "server.http.listen_address" RETURN value`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil || len(res.Records) != 1 {
		t.Fatalf("read server.http.listen_address: %v (%d rows)", err, len(res.Records))
	}
	v, _ := res.Records[0].Values[0].(string)
	_, port, err := net.SplitHostPort(v)
	if err != nil {
		t.Fatalf("server.http.listen_address %q: %v", v, err)
	}
	return port
}

// loadBrowserSeed extracts the seed fixture and loads it with the graph
// package, as `geokg load` does.
func loadBrowserSeed(t *testing.T, cfg neo4jtest.Config, s *schema.Schema) {
	t.Helper()
	// Generous: on a loaded machine (go test runs packages in parallel)
	// applying the schema alone has taken over a minute.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	path := filepath.Join("..", "..", "fixtures", "reuters-gates-missile-shield.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(s)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(ctx, extract.Input{Path: path, Text: string(text)})
	if err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	st, err := graph.Open(ctx, graph.Config{URI: cfg.URI, Username: cfg.Username, Password: cfg.Password, Database: cfg.Database}, s)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Load(ctx, []*extract.Graph{doc}); err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
}

// neighbourhoodLink runs `geokg browser --no-open` and returns the link of
// the neighbourhood query from its output.
func neighbourhoodLink(t *testing.T, c *cli) string {
	t.Helper()
	cmd := newCmdBrowser(c.f, &globalOptions{}, nil)
	cmd.SetArgs([]string{"--no-open"})
	cmd.SetOut(c.stdout)
	cmd.SetErr(c.errb)
	if err := cmd.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("geokg browser: %v", err)
	}
	m := regexp.MustCompile(`(?m)^  neighbourhood: .*\n  (http\S+)$`).FindStringSubmatch(c.stdout.String())
	if m == nil {
		t.Fatalf("no neighbourhood link in the output of geokg browser:\n%s", c.stdout)
	}
	return m[1]
}

// testBrowser is a headless Chromium for one test.
type testBrowser struct {
	t   *testing.T
	ctx context.Context
}

func newTestBrowser(t *testing.T) *testBrowser {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	t.Cleanup(cancel)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1500, 950),
	)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(cancelBrowser)
	t.Cleanup(func() {
		if t.Failed() {
			saveFailureScreenshot(t, bctx)
		}
	})
	// The first Run starts Chromium: no timeout on its context.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return &testBrowser{t: t, ctx: bctx}
}

// step runs actions within timeout, failing the test with what on error.
func (b *testBrowser) step(what string, timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := b.within(timeout, actions...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// within runs actions with a timeout and returns their error.
func (b *testBrowser) within(timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	return chromedp.Do(ctx, actions...)
}

// login fills in the connect form's user (when empty) and password and
// connects.
func (b *testBrowser) login(cfg neo4jtest.Config) {
	b.t.Helper()
	if browserEval[string](b.t, b.ctx, `document.querySelector('[data-testid="username"]').value`) == "" {
		b.step("type the user name", 10*time.Second, chromedp.SendKeys(chromedp.CSS(`[data-testid="username"]`), cfg.Username))
	}
	b.step("type the password", 10*time.Second, chromedp.SendKeys(chromedp.CSS(`[data-testid="password"]`), cfg.Password))
	// Neo4j refuses a user for a few seconds after failed logins, which
	// other packages' wrong-password tests may have just caused: retry.
	// While an attempt runs the form shows "Connecting..." in place of the
	// connect button; the attempt is over when the form is gone (logged in)
	// or the button is back (refused). A loaded machine only makes an
	// attempt slower, so a started attempt is waited for until it ends
	// (up to 90 s), never cut short and clicked again. A refusal quicker
	// than the poll shows no "Connecting..." at all: 10 s without one,
	// with the form still there, is a refusal too.
	const (
		formGone  = `!document.querySelector('[data-testid="password"]')`
		buttonOut = `!document.querySelector('[data-testid="connect"]')`
	)
	for attempt := 1; ; attempt++ {
		b.step("click connect", 10*time.Second, chromedp.Click(chromedp.CSS(`[data-testid="connect"]`)))
		err := b.within(10*time.Second, browserPoll(formGone+" || "+buttonOut))
		if err == nil {
			err = b.within(90*time.Second, browserPoll(formGone+" || !("+buttonOut+")"))
		}
		if browserEval[bool](b.t, b.ctx, formGone) {
			return
		}
		if err == nil {
			err = fmt.Errorf("the connect form is back: the server refused the log-in")
		}
		if attempt == 4 {
			b.t.Fatalf("log in: %v", err)
		}
		b.t.Logf("log in, attempt %d: %v; trying again", attempt, err)
		time.Sleep(3 * time.Second)
	}
}

// frameCount returns the number of frames in the stream.
func (b *testBrowser) frameCount() int {
	return browserEval[int](b.t, b.ctx, `document.querySelectorAll('[data-testid="frame"]').length`)
}

// countFrames returns how many frames' commands start with prefix.
func (b *testBrowser) countFrames(prefix string) int {
	return browserEval[int](b.t, b.ctx, fmt.Sprintf(
		`[...document.querySelectorAll('[data-testid="frame"]')].filter(f => ((f.querySelector('[data-testid="frameCommand"]') || {}).textContent || '').trim().startsWith(%q)).length`, prefix))
}

// topFrame returns the newest frame.
func (b *testBrowser) topFrame() frameState {
	return browserEval[frameState](b.t, b.ctx, `(() => {
  const f = document.querySelector('[data-testid="frame"]');
  if (!f) return {cmd: '', loaded: false, error: '', text: '', overflow: 0};
  const tables = [...f.querySelectorAll('table')];
  return {
    cmd: ((f.querySelector('[data-testid="frameCommand"]') || {}).textContent || '').replace(/\u00a0/g, ' ').trim(),
    loaded: !!f.querySelector('[data-testid="frame-loaded-contents"]'),
    error: ((f.querySelector('[data-testid="cypherFrameErrorMessage"]') || {}).textContent || ''),
    text: f.innerText.slice(0, 6000),
    overflow: Math.max(0, ...tables.map(t => t.scrollWidth - f.clientWidth))
  };
})()`)
}

// maxFrames is the Browser's default limit of frames in the stream
// (settings maxFrames); beyond it the oldest go.
const maxFrames = 15

// waitTop waits until a new frame is on top (the stream had before
// frames, or is full) and its command starts like cmd, then returns it.
func (b *testBrowser) waitTop(before int, cmd string, cypher bool) frameState {
	b.t.Helper()
	head := strings.Join(strings.Fields(cmd), " ")
	head = head[:min(len(head), 24)]
	cond := fmt.Sprintf(`(() => {
  const fs = document.querySelectorAll('[data-testid="frame"]');
  if (fs.length <= %d && fs.length < %d) return false;
  const f = fs[0];
  const c = ((f.querySelector('[data-testid="frameCommand"]') || {}).textContent || '').replace(/\s+/g, ' ').trim();
  if (!c.startsWith(%q)) return false;
  return !%t || !!f.querySelector('[data-testid="frame-loaded-contents"]') || !!f.querySelector('[data-testid="cypherFrameErrorMessage"]');
})()`, before, maxFrames, head, cypher)
	b.step("wait for the frame of "+head, 45*time.Second, browserPoll(cond))
	f := b.topFrame()
	if f.Error != "" {
		b.t.Errorf("%s: error frame: %s", head, f.Error)
	}
	return f
}

// runGuideBlock clicks the play icon of the guide's runnable block whose
// text is block, looking through the guide's pages from the first, and
// waits for its frame.
func (b *testBrowser) runGuideBlock(block string) frameState {
	b.t.Helper()
	before := b.frameCount()
	click := fmt.Sprintf(`(() => {
  const d = document.querySelector('[data-testid="guidesDrawer"]');
  if (!d) return 'no guide';
  const pre = [...d.querySelectorAll('pre.runnable')].find(p => p.textContent.trim() === %s);
  if (pre) { pre.querySelector('i').click(); return 'clicked'; }
  const next = d.querySelector('[data-testid="guideNextSlide"]');
  if (!next || next.disabled) return 'not found';
  next.click();
  return 'next';
})()`, jsString(block))
	// To the first page.
	b.step("go to the guide's first page", 10*time.Second, chromedp.Evaluate[chromedp.Void](`(() => {
  const d = document.querySelector('[data-testid="guidesDrawer"]');
  for (let i = 0; i < 20; i++) {
    const prev = d && d.querySelector('[data-testid="guidePreviousSlide"]');
    if (!prev || prev.disabled) return;
    prev.click();
  }
})()`))
	for i := 0; ; i++ {
		time.Sleep(150 * time.Millisecond) // let React render the page
		r := browserEval[string](b.t, b.ctx, click)
		if r == "clicked" {
			break
		}
		if r != "next" || i > 10 {
			b.t.Fatalf("guide block %q: %s", block, r)
		}
	}
	return b.waitTop(before, block, !strings.HasPrefix(block, ":"))
}

// runGuideQuery runs q from the guide and returns its frame once loaded.
func (b *testBrowser) runGuideQuery(q graph.BrowserQuery) frameState {
	b.t.Helper()
	f := b.runGuideBlock(q.Cypher)
	if !f.Loaded {
		b.t.Errorf("%s: frame not loaded: %s", q.Name, f.Text)
	}
	return f
}

// runEditor types cmd into the Browser's editor and runs it.
func (b *testBrowser) runEditor(cmd string) frameState {
	b.t.Helper()
	before := b.frameCount()
	b.step("run "+cmd+" from the editor", 20*time.Second,
		chromedp.Click(chromedp.CSS(`[data-testid="activeEditor"]`)),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="activeEditor"] textarea`), cmd),
		chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)),
	)
	if cmd == ":clear" {
		b.step("wait for :clear", 10*time.Second, browserPoll(`document.querySelectorAll('[data-testid="frame"]').length == 0`))
		return frameState{}
	}
	return b.waitTop(before, cmd, false)
}

// waitGraph waits until the newest frame, added after the stream had
// before frames, draws at least min nodes, lets the layout settle and
// returns what it shows.
func (b *testBrowser) waitGraph(before, minNodes int) renderedGraph {
	b.t.Helper()
	b.step("wait for the graph", 45*time.Second,
		browserPoll(fmt.Sprintf(`(() => {
  const fs = document.querySelectorAll('[data-testid="frame"]');
  return fs.length > %d && fs[0].querySelectorAll('svg g.node').length >= %d;
})()`, min(before, maxFrames-1), minNodes)),
		// Let the force layout settle before reading and shooting.
		chromedp.Sleep(4*time.Second),
	)
	return browserEval[renderedGraph](b.t, b.ctx, `(() => {
  const frame = document.querySelector('[data-testid="frame"]');
  return {
    nodes: [...frame.querySelectorAll('svg g.node')].map(g => ({
      caption: [...g.querySelectorAll('text.caption')].map(x => x.textContent.trim()).filter(x => x).join(' ').replace(/\s+/g, ' '),
      fill: (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || ''
    })),
    captions: [...frame.querySelectorAll('svg g.relationship text')].map(x => x.textContent.trim())
  };
})()`)
}

// jsString returns s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

// browserPoll waits until the JavaScript predicate is true (the step's context
// bounds the wait).
func browserPoll(predicate string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](predicate, chromedp.WithPollingTimeout(0), chromedp.WithPollingInterval(200*time.Millisecond))
}

// browserEval runs a JavaScript expression and decodes its value, failing the
// test with the expression on error.
func browserEval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	ectx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	v, err := chromedp.Run(ectx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func browserScreenshot(t *testing.T, ctx context.Context) []byte {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(sctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return png
}

// saveFailureScreenshot keeps what the page showed when the test failed,
// for the failure message.
func saveFailureScreenshot(t *testing.T, ctx context.Context) {
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	png, err := chromedp.Run(sctx, chromedp.CaptureScreenshot())
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Logf("Chromium died: %v", ee)
		}
		return
	}
	p := filepath.Join(os.TempDir(), fmt.Sprintf("geokg-browser-failure-%d.png", time.Now().UnixNano()))
	if os.WriteFile(p, png, 0o644) == nil {
		t.Logf("the page at the failure: %s", p)
	}
}
