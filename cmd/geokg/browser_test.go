package main

import (
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
		if v.Get("cmd") != "edit" || strings.Join(v["arg"], "\n") != q.Cypher || v.Get("db") != "news" {
			t.Errorf("%s: link %s does not carry the query", q.Name, link)
		}
	}
	if len(opened) != 0 {
		t.Errorf("opened %v without a desktop", opened)
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
	if err := runBrowser(t, c, nil, "--grass", "--print-conf"); err == nil {
		t.Error("--grass --print-conf: no error")
	}
}
