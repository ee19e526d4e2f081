package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/schema"
)

// TestSchemaCheck checks that schema check prints every problem of every
// file as file:line:col lines, fails with exit 2 on an error, and passes a
// file with warnings only.
func TestSchemaCheck(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.yaml", "organizations:\n  - name: Blue Harbor Institute\n    alias: [BHI]\n    kind: think-tank\n    country: Greece\n")
	indent := writeFile(t, dir, "indent.yaml", "countries:\n  - code: GRC\n    name: Greece\n   aliases: [Hellas]\n")
	warn := writeFile(t, dir, "warn.yaml", "organizations:\n  - {name: Hellenic Fund, aliases: [Hamas]}\n")
	good := writeFile(t, dir, "good.yaml", "countries:\n  - {code: GRC, name: Greece, aliases: [Ellada]}\n")

	c := newCLI(nil, nil)
	if code := c.run(t, "schema", "check", bad, indent, warn); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	want := []string{
		bad + `:3:5: unknown field "alias" in organizations; valid: name, aliases,`,
		bad + `:4:11: unknown kind "think-tank"; valid: armed-group, company,`,
		bad + `:5:14: country: "Greece" is not a country code: write GRC`,
		indent + `:4:4: "aliases" is mis-indented: line it up with "name" (column 5, line 3)`,
		warn + `:2:37: warning: alias "Hamas" already names organization "Hamas"`,
	}
	lines := strings.Split(strings.TrimSpace(c.stdout.String()), "\n")
	if len(lines) != len(want) {
		t.Fatalf("stdout:\n%s\nwant %d lines", c.stdout, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want it to start with %q", i+1, lines[i], w)
		}
	}
	if got := c.stderrLines(); len(got) != 1 || !strings.Contains(got[0], "4 errors, 1 warning") {
		t.Errorf("stderr %q", got)
	}

	for _, files := range [][]string{{good}, {warn}} {
		if code := c.run(t, append([]string{"schema", "check"}, files...)...); code != exitOK {
			t.Errorf("%v: exit %d, want 0", files, code)
		}
	}
	if code := c.run(t, "schema", "check"); code != exitUsage {
		t.Errorf("no file: exit %d, want %d", code, exitUsage)
	}
}

// TestSchemaErrorsOneLineEach checks that extract with a bad --schema
// prints each problem of the file on its own line.
func TestSchemaErrorsOneLineEach(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.yaml", "cues:\n  - {type: \"SUPPORT \", verbs: [cheer]}\n  - {type: SUPORTS, verbs: [hail]}\n")
	art := writeFile(t, dir, "a.txt", "Text.\n")
	c := newCLI(nil, nil)
	if code := c.run(t, "extract", "--schema", bad, art); code != exitUsage {
		t.Errorf("exit %d", code)
	}
	lines := c.stderrLines()
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "geokg: extract: "+bad+`:2:12: unknown relation type "SUPPORT " (note the stray space)`) ||
		!strings.HasPrefix(lines[1], "geokg: extract: "+bad+":3:12: ") {
		t.Errorf("stderr %q", lines)
	}
}

// TestSchemaShowSelect checks --only and --find: one section, one entry,
// and clear errors for an unknown section or name.
func TestSchemaShowSelect(t *testing.T) {
	overlay := filepath.Join("..", "..", "extract", "testdata", "overlay", "grc.yaml")
	c := newCLI(nil, nil)
	if code := c.run(t, "schema", "show", "--schema", overlay, "--find", "greek"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s, err := schema.Parse("shown", c.stdout.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Countries) != 1 || s.Countries[0].Code != "GRC" || s.Countries[0].Capital != "Athens" || len(s.Organizations) > 0 ||
		!strings.Contains(c.stdout.String(), "Ellada") || !strings.Contains(c.stdout.String(), "# data/countries.yaml:") ||
		!strings.Contains(c.stdout.String(), "extended by "+overlay+":4:5") {
		t.Errorf("--find greek printed:\n%s", c.stdout)
	}
	if code := c.run(t, "schema", "show", "--only", "countries"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if s, err = schema.Parse("shown", c.stdout.Bytes()); err != nil || len(s.Countries) < 193 || len(s.Relations)+len(s.Organizations) > 0 {
		t.Errorf("--only countries: %d countries, %d relations, err %v", len(s.Countries), len(s.Relations), err)
	}
	if code := c.run(t, "schema", "show", "--only", "contries"); code != exitUsage || !strings.Contains(c.errb.String(), "valid: labels, relations, countries") {
		t.Errorf("unknown section: exit %d, stderr %q", code, c.errb)
	}
	if code := c.run(t, "schema", "show", "--find", "Atlantis"); code == 0 || !strings.Contains(c.errb.String(), `no entry is named "Atlantis"`) {
		t.Errorf("unknown name: exit %d, stderr %q", code, c.errb)
	}
}
