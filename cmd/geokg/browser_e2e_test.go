package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/schema"
)

// chromiumPath is Debian's Chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// screenshotPath is the README's picture, rewritten by every run.
var screenshotPath = filepath.Join("..", "..", "docs", "browser.png")

// renderedNode is a node of the Browser's graph view: its caption lines
// joined by spaces and its circle's fill.
type renderedNode struct {
	Caption string `json:"caption"`
	Fill    string `json:"fill"`
}

// TestBrowserEndToEnd loads the seed article into a clean database, opens
// the neighbourhood link that `geokg browser` prints in headless Chromium,
// logs in, runs the query and checks that the graph view shows Russia,
// Iran and Vladimir Putin in the schema's colours; so it checks the
// post-connect style and parameters of scripts/neo4j-server/extra.conf
// and the edit link too. It saves the screenshot to docs/browser.png.
func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no browser test")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		if neo4jtest.InCI() {
			t.Fatalf("CI=true and no Chromium at %s (.ci/run installs it: apt-get install -y chromium): %v", chromiumPath, err)
		}
		t.Skipf("no Chromium at %s; install it with apt-get install -y chromium", chromiumPath)
	}
	_, cfg := neo4jtest.Clean(t)
	start := time.Now()
	defer func() {
		t.Logf("browser test took %v after getting the database", time.Since(start).Round(time.Second))
	}()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	loadBrowserSeed(t, cfg, s)

	// The link, as `geokg browser` prints it.
	c := newCLI(map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_DATABASE": cfg.Database}, nil)
	link := neighbourhoodLink(t, c, cfg.BrowserURL())
	t.Logf("opening %s", link)

	ctx, cancel := context.WithTimeout(context.Background(), 110*time.Second)
	defer cancel()
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
		chromedp.WindowSize(1400, 900),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	defer func() {
		if t.Failed() {
			saveFailureScreenshot(t, bctx)
		}
	}()

	step := func(what string, timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(bctx, timeout)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	// The first Run starts Chromium: no timeout on its context.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	step("open the Browser at "+link, 60*time.Second,
		chromedp.Navigate(link),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="password"]`)),
	)

	// The connect form: the address and user come from ?dbms=.
	addr := browserEval[string](t, bctx, `document.querySelector('[data-testid="boltaddress"]').value`)
	user := browserEval[string](t, bctx, `document.querySelector('[data-testid="username"]').value`)
	t.Logf("connect form: address %q, user %q", addr, user)
	if !strings.Contains(cfg.URI, addr) || addr == "" {
		t.Errorf("connect form address %q, want the host of %s from ?dbms=", addr, cfg.URI)
	}
	if user == "" {
		step("type the user name", 10*time.Second, chromedp.SendKeys(chromedp.CSS(`[data-testid="username"]`), cfg.Username))
	}
	step("type the password", 10*time.Second, chromedp.SendKeys(chromedp.CSS(`[data-testid="password"]`), cfg.Password))
	// Neo4j refuses a user for a few seconds after failed logins, which
	// other packages' wrong-password tests may have just caused: retry.
	for attempt := 1; ; attempt++ {
		lctx, cancel := context.WithTimeout(bctx, 12*time.Second)
		err := chromedp.Do(lctx,
			chromedp.Click(chromedp.CSS(`[data-testid="connect"]`)),
			chromedp.WaitNotPresent(chromedp.CSS(`[data-testid="password"]`)),
		)
		cancel()
		if err == nil {
			break
		}
		if attempt == 4 {
			t.Fatalf("log in: %v", err)
		}
		t.Logf("log in, attempt %d: %v; trying again", attempt, err)
		time.Sleep(3 * time.Second)
	}
	// browser.post_connect_cmd runs :style and :params, one frame each.
	step("wait for the post-connect :style and :params of browser.post_connect_cmd (is the server running with "+
		"scripts/neo4j-server/extra.conf? restart it: scripts/neo4j stop && scripts/neo4j start)", 20*time.Second,
		browserPoll(`[...document.querySelectorAll('[data-testid="frameCommand"]')].some(e => e.textContent.includes(':params'))`),
	)
	editor := browserEval[string](t, bctx, `document.querySelector('[data-testid="activeEditor"]').innerText`)
	if !strings.Contains(strings.ReplaceAll(editor, "\u00a0", " "), "MATCH (c:Country {name: $country})") {
		t.Fatalf("the edit link did not fill the editor; it holds:\n%s", editor)
	}
	step("run the neighbourhood query", 45*time.Second,
		chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)),
		browserPoll(`document.querySelectorAll('[data-testid="frame"] svg g.node').length >= 3`),
		// Let the force layout settle before reading and shooting.
		chromedp.Sleep(4*time.Second),
	)
	nodes := browserEval[[]renderedNode](t, bctx, `(() => {
  const frame = document.querySelector('[data-testid="frame"]');
  return [...frame.querySelectorAll('svg g.node')].map(g => ({
    caption: [...g.querySelectorAll('text.caption')].map(x => x.textContent.trim()).filter(x => x).join(' ').replace(/\s+/g, ' '),
    fill: (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || ''
  }));
})()`)
	t.Logf("rendered %d nodes: %v", len(nodes), nodes)

	colors := map[string]string{}
	for _, l := range s.Labels {
		colors[l.Name] = strings.ToUpper(l.Color)
	}
	for _, want := range []struct{ name, label string }{
		{"Russia", "Country"}, {"Iran", "Country"}, {"Vladimir Putin", "Person"},
	} {
		i := slices.IndexFunc(nodes, func(n renderedNode) bool { return n.Caption == want.name })
		if i < 0 {
			t.Errorf("no node captioned %q in the graph view", want.name)
			continue
		}
		if got := strings.ToUpper(nodes[i].Fill); got != colors[want.label] {
			t.Errorf("node %q is filled %s, want the schema's %s colour %s (style not applied?)", want.name, got, want.label, colors[want.label])
		}
	}

	png := browserScreenshot(t, bctx)
	if err := os.MkdirAll(filepath.Dir(screenshotPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(screenshotPath, png, 0o644); err != nil {
		t.Fatalf("save the screenshot: %v", err)
	}
	t.Logf("screenshot: %s (%d bytes)", screenshotPath, len(png))
}

// loadBrowserSeed extracts the seed fixture and loads it with the graph
// package, as `geokg load` does.
func loadBrowserSeed(t *testing.T, cfg neo4jtest.Config, s *schema.Schema) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
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

// neighbourhoodLink runs `geokg browser --no-open --browser-url browserURL`
// and returns the link of the neighbourhood query from its output.
func neighbourhoodLink(t *testing.T, c *cli, browserURL string) string {
	t.Helper()
	cmd := newCmdBrowser(c.f, &globalOptions{}, nil)
	cmd.SetArgs([]string{"--no-open", "--browser-url", browserURL})
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
