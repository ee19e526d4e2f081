package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse parses arbitrary bytes as a schema file: no panic, and
// every problem is one line at a position inside the file.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var ps problems
		parse("f.yaml", data, &ps)
		lines := strings.Count(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") + strings.Count(string(data), "\r") + 1 // YAML breaks lines at \r too
		for _, p := range ps.list {
			if p.Pos.File != "f.yaml" || p.Pos.Line > lines || p.Pos.Line < 0 || strings.ContainsAny(p.String(), "\n\r") {
				t.Errorf("problem %q (file has %d lines)", p, lines)
			}
		}
	})
}

// addSeeds adds the test files and a few tricky documents to the corpus.
func addSeeds(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*", "*.yaml"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	for _, p := range append(seeds, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("countries: [{code: GRC, remove: true}, {code: GRC, name: Greece}]\ncues: [{type: SUPPORTS, verbs: [back], remove: true}]"))
	f.Add([]byte("a: &x [*x, *x]\nb: *x\n"))
	f.Add([]byte("organizations:\n  - &o {name: A, aliases: [B]}\n  - *o\nwords: {irregular_verbs: {go: [went]}}\n"))
}

// FuzzOverlay loads arbitrary bytes as a user's overlay on the default
// schema: parse, merge and check must never panic, and every problem must
// be one line naming the file.
func FuzzOverlay(f *testing.F) {
	addSeeds(f)
	base, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, list := load(base, []string{"f.yaml"}, func(string) ([]byte, error) { return data, nil }, true)
		for _, p := range list {
			if p.Pos.File != "f.yaml" && !strings.HasPrefix(p.Pos.File, "data/") {
				t.Errorf("problem names file %q: %s", p.Pos.File, p)
			}
			if strings.ContainsAny(p.String(), "\n\r") {
				t.Errorf("problem on several lines: %q", p)
			}
		}
		if errs, _ := split(list); (len(errs) == 0) != (s != nil) {
			t.Errorf("schema %v with %d errors", s != nil, len(errs))
		}
	})
}
