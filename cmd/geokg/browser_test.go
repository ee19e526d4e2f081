package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// runBrowser runs `geokg browser args...` through its constructor, with
// opener recording what it would open.
func runBrowser(t *testing.T, c *cli, opener func(context.Context, string) error, args ...string) error {
	t.Helper()
	c.stdout.Reset()
	c.errb.Reset()
	cmd := newCmdBrowser(c.f, &globalOptions{}, func(ctx context.Context, o *browserOptions) error {
		o.Open = opener
		return browserRun(ctx, c.f, &globalOptions{}, o)
	})
	cmd.SetArgs(args)
	cmd.SetOut(c.stdout)
	cmd.SetErr(c.errb)
	return cmd.ExecuteContext(context.Background())
}

// printedLinks returns the http links of the output, by query name.
func printedLinks(t *testing.T, out string) map[string]string {
	t.Helper()
	got := map[string]string{}
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		name, _, ok := strings.Cut(strings.TrimSpace(l), ": ")
		if ok && i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "http") {
			got[name] = strings.TrimSpace(lines[i+1])
		}
	}
	return got
}

func TestBrowserPrintsLinks(t *testing.T) {
	var opened []string
	opener := func(_ context.Context, u string) error { opened = append(opened, u); return nil }
	c := newCLI(map[string]string{"NEO4J_URI": "bolt://127.0.0.1:7687", "NEO4J_DATABASE": "news", "NEO4J_PASSWORD": "secret-pw"}, nil)
	if err := runBrowser(t, c, opener); err != nil {
		t.Fatal(err)
	}
	out := c.stdout.String()
	t.Logf("geokg browser:\n%s", out)
	if strings.Contains(out, "secret-pw") {
		t.Errorf("the password leaked into the output:\n%s", out)
	}
	wantBase := "http://127.0.0.1:7474/browser/?db=news&dbms=bolt%3A%2F%2Fneo4j%40127.0.0.1%3A7687"
	if !strings.Contains(out, "Neo4j Browser: "+wantBase+"\n") {
		t.Errorf("no Browser URL %s in\n%s", wantBase, out)
	}
	got := printedLinks(t, out)
	for _, q := range graph.BrowserQueries() {
		link, ok := got[q.Name]
		if !ok {
			t.Errorf("no link for %s in\n%s", q.Name, out)
			continue
		}
		u, err := url.Parse(link)
		if err != nil {
			t.Fatalf("%s: %v", q.Name, err)
		}
		v := u.Query()
		want, err := graph.LiteralQuery(q.Cypher, graph.DefaultBrowserParams())
		if err != nil {
			t.Fatal(err)
		}
		if v.Get("cmd") != "edit" || strings.Join(v["arg"], "\n") != want || v.Get("db") != "news" {
			t.Errorf("%s: link %s does not carry the query with its values", q.Name, link)
		}
	}
	if len(opened) != 0 {
		t.Errorf("opened %v without a desktop", opened)
	}
}

// TestBrowserAddress checks that the Browser link follows the server:
// the Bolt host, NEO4J_HTTP_PORT, and --browser-url over both.
func TestBrowserAddress(t *testing.T) {
	for name, tc := range map[string]struct {
		env  map[string]string
		args []string
		want string
	}{
		"default":   {want: "http://127.0.0.1:7474/browser/?"},
		"http port": {env: map[string]string{"NEO4J_HTTP_PORT": "7476"}, want: "http://127.0.0.1:7476/browser/?"},
		"bolt host": {env: map[string]string{"NEO4J_URI": "bolt://db.example.org:7687"}, want: "http://db.example.org:7474/browser/?"},
		"flag wins": {
			env:  map[string]string{"NEO4J_HTTP_PORT": "7476"},
			args: []string{"--browser-url", "https://neo4j.example.org/browser/"},
			want: "https://neo4j.example.org/browser/?",
		},
	} {
		c := newCLI(tc.env, nil)
		if err := runBrowser(t, c, nil, append(tc.args, "--no-open")...); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		base, _, _ := strings.Cut(strings.TrimPrefix(strings.SplitN(c.stdout.String(), "\n", 2)[0], "Neo4j Browser: "), "?")
		if base+"?" != tc.want {
			t.Errorf("%s: Browser address %s, want %s", name, base, tc.want)
		}
		for qname, link := range printedLinks(t, c.stdout.String()) {
			if !strings.HasPrefix(link, tc.want) {
				t.Errorf("%s: link %s = %s, want it at %s", name, qname, link, tc.want)
			}
		}
	}
	for _, bad := range []string{"http", "0", "70000"} {
		err := runBrowser(t, newCLI(map[string]string{"NEO4J_HTTP_PORT": bad}, nil), nil)
		var ce *configError
		if !errors.As(err, &ce) || ce.Setting != "NEO4J_HTTP_PORT" {
			t.Errorf("NEO4J_HTTP_PORT=%s: err = %v, want a configuration error naming NEO4J_HTTP_PORT", bad, err)
		}
	}
}

func TestBrowserOpensOnlyWithDesktop(t *testing.T) {
	var opened []string
	opener := func(_ context.Context, u string) error { opened = append(opened, u); return nil }
	c := newCLI(map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, nil)
	if err := runBrowser(t, c, opener); err != nil {
		t.Fatal(err)
	}
	if len(opened) != 1 || !strings.HasPrefix(opened[0], graph.DefaultBrowserURL+"?") {
		t.Errorf("opened %v, want the Browser URL once", opened)
	}
	// The default URI goes in ?dbms= with the default user.
	if u, _ := url.Parse(opened[0]); u.Query().Get("dbms") != "neo4j://neo4j@localhost:7687" {
		t.Errorf("dbms = %q", u.Query().Get("dbms"))
	}

	opened = nil
	if err := runBrowser(t, c, opener, "--no-open"); err != nil || len(opened) != 0 {
		t.Errorf("--no-open: err %v, opened %v", err, opened)
	}

	// A failing opener is a warning; the links are printed.
	fail := func(context.Context, string) error { return errors.New("no xdg-open") }
	if err := runBrowser(t, newCLI(map[string]string{"DISPLAY": ":0"}, nil), fail); err != nil {
		t.Errorf("failing opener: %v", err)
	}
}

func TestBrowserBadSettings(t *testing.T) {
	for name, tc := range map[string]struct {
		env  map[string]string
		args []string
	}{
		"uri":         {env: map[string]string{"NEO4J_URI": "http://x:1"}},
		"browser-url": {args: []string{"--browser-url", "127.0.0.1:7474"}},
		"port":        {args: []string{"--serve", "--port", "70000"}},
		"args":        {args: []string{"extra"}},
	} {
		c := newCLI(tc.env, nil)
		err := runBrowser(t, c, nil, tc.args...)
		var ce *configError
		var ue *usageError
		if !errors.As(err, &ce) && !errors.As(err, &ue) {
			t.Errorf("%s: err = %v, want a configuration or usage error", name, err)
		}
	}
}

func TestBrowserPrintConfAndGraSS(t *testing.T) {
	c := newCLI(nil, nil)
	if err := runBrowser(t, c, nil, "--print-conf"); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "scripts", "neo4j-server", "extra.conf"))
	if err != nil {
		t.Fatal(err)
	}
	if c.stdout.String() != string(committed) {
		t.Errorf("--print-conf differs from scripts/neo4j-server/extra.conf; regenerate it with geokg browser --print-conf")
	}

	if err := runBrowser(t, c, nil, "--grass"); err != nil {
		t.Fatal(err)
	}
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range s.Labels {
		if !strings.Contains(c.stdout.String(), "node."+l.Name+" {\n  color: "+l.Color+";") {
			t.Errorf("--grass lacks %s in %s", l.Name, l.Color)
		}
	}
	for _, args := range [][]string{{"--grass", "--print-conf"}, {"--serve", "--grass"}, {"--serve", "--print-conf"}} {
		if err := runBrowser(t, c, nil, args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// startGuideServer runs `geokg browser --serve` with args until the test
// ends and returns the guide's address and the command's output so far.
func startGuideServer(t *testing.T, c *cli, args ...string) (guideURL string, out string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	cmd := newCmdBrowser(c.f, &globalOptions{}, func(ctx context.Context, o *browserOptions) error {
		o.Ready = func(u string) { ready <- u }
		return browserRun(ctx, c.f, &globalOptions{}, o)
	})
	cmd.SetArgs(append([]string{"--serve", "--no-open", "--port", "0"}, args...))
	cmd.SetOut(c.stdout)
	cmd.SetErr(c.errb)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("geokg browser --serve: %v", err)
		}
	})
	select {
	case u := <-ready:
		return u, c.stdout.String()
	case err := <-done:
		t.Fatalf("geokg browser --serve ended: %v\n%s", err, c.errb)
	case <-time.After(30 * time.Second):
		t.Fatal("geokg browser --serve did not listen within 30s")
	}
	return "", ""
}

func TestBrowserServe(t *testing.T) {
	c := newCLI(map[string]string{"NEO4J_HTTP_PORT": "7476"}, nil)
	guideURL, out := startGuideServer(t, c)
	t.Logf("geokg browser --serve:\n%s", out)
	if !strings.HasPrefix(guideURL, "http://localhost:") || !strings.HasSuffix(guideURL, "/geokg.html") {
		t.Errorf("guide at %s, want http://localhost:PORT/geokg.html (localhost is on the Browser's default allowlist)", guideURL)
	}
	link, _, _ := strings.Cut(strings.TrimPrefix(out, "Neo4j Browser with geokg's guide: "), "\n")
	u, err := url.Parse(link)
	if err != nil || u.Host != "127.0.0.1:7476" || u.Query().Get("cmd") != "guide" || u.Query().Get("arg") != guideURL {
		t.Errorf("printed link %s: want the Browser on NEO4J_HTTP_PORT with cmd=guide&arg=%s", link, guideURL)
	}

	get := func(method, path string, hdr map[string]string) (*http.Response, string) {
		t.Helper()
		req, err := http.NewRequest(method, strings.TrimSuffix(guideURL, "/geokg.html")+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp, string(body)
	}
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	wantGuide, err := graph.BrowserGuide(s, strings.TrimSuffix(guideURL, ".html")+".grass")
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get("GET", "/geokg.html", map[string]string{"Origin": "http://127.0.0.1:7476"})
	if resp.StatusCode != 200 || body != wantGuide || resp.Header.Get("Access-Control-Allow-Origin") != "*" || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("GET /geokg.html: %s, %s, CORS %q; body is the guide: %v", resp.Status, resp.Header.Get("Content-Type"), resp.Header.Get("Access-Control-Allow-Origin"), body == wantGuide)
	}
	st, _ := graph.BrowserStyle(s)
	if resp, body := get("GET", "/geokg.grass", nil); resp.StatusCode != 200 || body != st.GraSS() {
		t.Errorf("GET /geokg.grass: %s", resp.Status)
	}
	// The Browser sends Pragma and Cache-Control: a preflight comes first.
	resp, _ = get("OPTIONS", "/geokg.html", map[string]string{
		"Origin":                                 "https://browser.neo4j.io",
		"Access-Control-Request-Method":          "GET",
		"Access-Control-Request-Headers":         "cache-control,pragma,sentry-trace",
		"Access-Control-Request-Private-Network": "true",
	})
	allowed := strings.ToLower(resp.Header.Get("Access-Control-Allow-Headers"))
	if resp.StatusCode/100 != 2 || !strings.Contains(allowed, "pragma") || !strings.Contains(allowed, "sentry-trace") || resp.Header.Get("Access-Control-Allow-Private-Network") != "true" {
		t.Errorf("preflight: %s, allow headers %q, private network %q", resp.Status, allowed, resp.Header.Get("Access-Control-Allow-Private-Network"))
	}
	if resp, _ := get("GET", "/etc/passwd", nil); resp.StatusCode != 404 {
		t.Errorf("GET /etc/passwd: %s, want 404", resp.Status)
	}
	if resp, _ := get("POST", "/geokg.html", nil); resp.StatusCode != 405 {
		t.Errorf("POST: %s, want 405", resp.Status)
	}
}

// TestComposeStylesTheBrowser checks that docker-compose.yml gives the
// Docker path the same post-connect command as extra.conf.
func TestComposeStylesTheBrowser(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Environment map[string]string `yaml:"environment"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	want, err := graph.PostConnectCommand(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := compose.Services["neo4j"].Environment["NEO4J_browser_post__connect__cmd"]; got != want {
		t.Errorf("docker-compose.yml: NEO4J_browser_post__connect__cmd differs from browser.post_connect_cmd of geokg browser --print-conf; copy it over:\n%s", want)
	}
}
