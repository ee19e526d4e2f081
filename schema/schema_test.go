package schema

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestDefault checks that the embedded schema parses, validates and holds
// the GUIDE's labels and types and a full country list.
func TestDefault(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"Country", "Person", "Organization", "Location", "Facility", "WeaponSystem", "Program", "Agreement"} {
		if !s.HasLabel(l) {
			t.Errorf("missing label %s", l)
		}
	}
	for _, r := range []string{"HOLDS_OFFICE", "MET_WITH", "COMMUNICATES_WITH", "VISITS", "INVITES", "COOPERATES_WITH",
		"NEGOTIATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "THREATENS", "SANCTIONS", "ATTACKS", "DEPLOYS",
		"SUPPLIES", "BUILDS", "DEVELOPS", "LOCATED_IN", "MEMBER_OF", "PART_OF", "QUOTES"} {
		if _, ok := s.Relation(r); !ok {
			t.Errorf("missing relationship type %s", r)
		}
	}
	if len(s.Countries) < 193 {
		t.Errorf("want every UN member, have %d countries", len(s.Countries))
	}
	again, _ := Default()
	if again != s {
		t.Error("Default parsed the embedded files twice")
	}
}

// TestCountryNamesUnique checks that no name, alias, adjective or capital
// stands for two countries.
func TestCountryNamesUnique(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for _, c := range s.Countries {
		if len(c.Code) < 3 {
			t.Errorf("country %s: code %q", c.Name, c.Code)
		}
		names := append(append([]string{c.Name, c.Capital}, c.Aliases...), c.Adjectives...)
		for _, n := range names {
			if n == "" {
				continue
			}
			if o, ok := owner[n]; ok && o != c.Code {
				t.Errorf("%q names both %s and %s", n, o, c.Code)
			}
			owner[n] = c.Code
		}
	}
}

// TestLoadOverlay checks that a user's file adds entries and cues, extends
// an entry with the same key, and leaves the default schema untouched.
func TestLoadOverlay(t *testing.T) {
	base, _ := Default()
	s, err := Load(filepath.Join("testdata", "overlay.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(s.Organizations, func(e Entry) bool { return e.Name == "Blue Harbor Institute" }) {
		t.Error("overlay organization missing")
	}
	if len(s.Cues) != len(base.Cues)+1 {
		t.Errorf("cues: %d, want %d", len(s.Cues), len(base.Cues)+1)
	}
	fra := country(s, "FRA")
	if !slices.Contains(fra.Aliases, "Hexagon") || fra.Capital != "Paris" || !slices.Contains(fra.Adjectives, "French") {
		t.Errorf("overlay did not extend France: %+v", fra)
	}
	if len(s.Countries) != len(base.Countries) {
		t.Errorf("extending a country changed the count: %d != %d", len(s.Countries), len(base.Countries))
	}
	if slices.Contains(country(base, "FRA").Aliases, "Hexagon") {
		t.Error("overlay changed the default schema")
	}
}

func country(s *Schema, code string) Country {
	i := slices.IndexFunc(s.Countries, func(c Country) bool { return c.Code == code })
	if i < 0 {
		return Country{}
	}
	return s.Countries[i]
}

// TestMergeRules checks each merge rule on a small overlay: extend (lists
// added, single values replaced, a country's old name kept), replace,
// remove, and the cue directives.
func TestMergeRules(t *testing.T) {
	tests := []struct {
		name, yaml string
		check      func(base, s *Schema) string
	}{
		{"country extends", "countries: [{code: GRC, name: Greece, aliases: [Ellada]}]", func(base, s *Schema) string {
			c := country(s, "GRC")
			if !slices.Contains(c.Aliases, "Ellada") || !slices.Contains(c.Aliases, "Hellas") || c.Capital != "Athens" || !slices.Contains(c.Adjectives, "Greek") {
				return fmt.Sprintf("Greece = %+v", c)
			}
			return ""
		}},
		{"country renamed keeps old name", "countries: [{code: GRC, name: Hellenic Republic of Greece}]", func(base, s *Schema) string {
			if c := country(s, "GRC"); c.Name != "Hellenic Republic of Greece" || !slices.Contains(c.Aliases, "Greece") {
				return fmt.Sprintf("Greece = %+v", c)
			}
			return ""
		}},
		{"country single value replaced", "countries: [{code: BOL, capital: La Paz}]", func(base, s *Schema) string {
			if c := country(s, "BOL"); c.Capital != "La Paz" || c.Name != country(base, "BOL").Name {
				return fmt.Sprintf("Bolivia = %+v", c)
			}
			return ""
		}},
		{"country replaced", "countries: [{code: GRC, name: Greece, aliases: [Ellada], replace: true}]", func(base, s *Schema) string {
			if c := country(s, "GRC"); c.Capital != "" || len(c.Adjectives) > 0 || !slices.Equal(c.Aliases, []string{"Ellada"}) {
				return fmt.Sprintf("Greece = %+v", c)
			}
			return ""
		}},
		{"country removed", "countries: [{code: XKX, remove: true}]", func(base, s *Schema) string {
			if c := country(s, "XKX"); c.Code != "" || len(s.Countries) != len(base.Countries)-1 {
				return fmt.Sprintf("Kosovo = %+v, %d countries", c, len(s.Countries))
			}
			return ""
		}},
		{"organization extends ignoring case", "organizations: [{name: hamas, aliases: [Hamas movement], kind: party}]", func(base, s *Schema) string {
			i := slices.IndexFunc(s.Organizations, func(e Entry) bool { return e.Name == "Hamas" })
			if i < 0 || s.Organizations[i].Kind != "party" || !slices.Contains(s.Organizations[i].Aliases, "Hamas movement") ||
				!slices.Contains(s.Organizations[i].Aliases, "Islamic Resistance Movement") || s.Organizations[i].Country != "PSE" {
				return fmt.Sprintf("Hamas = %v", s.Organizations[i])
			}
			return ""
		}},
		{"label kinds extend", "labels: [{name: Organization, kinds: [think-tank]}]\norganizations: [{name: Blue Harbor Institute, kind: think-tank}]", func(base, s *Schema) string {
			return ""
		}},
		{"relation type extends", "relations: [{name: VISITS, targets: [Organization]}]", func(base, s *Schema) string {
			if r, _ := s.Relation("VISITS"); !slices.Contains(r.Targets, "Organization") || !slices.Contains(r.Targets, "Country") || !r.PlaceObject {
				return fmt.Sprintf("VISITS = %+v", r)
			}
			return ""
		}},
		{"title extends", "titles: [{name: foreign minister, forms: [top diplomat]}]", func(base, s *Schema) string {
			i := slices.IndexFunc(s.Titles, func(t Title) bool { return t.Name == "foreign minister" })
			if i < 0 || !slices.Contains(s.Titles[i].Forms, "top diplomat") || !slices.Contains(s.Titles[i].Forms, "FM") || len(s.Titles) != len(base.Titles) {
				return fmt.Sprintf("titles %d, foreign minister %v", len(s.Titles), s.Titles[i])
			}
			return ""
		}},
		{"entry replaced", "organizations: [{name: Hamas, aliases: [HMS], replace: true}]", func(base, s *Schema) string {
			i := slices.IndexFunc(s.Organizations, func(e Entry) bool { return e.Name == "Hamas" })
			if i < 0 || !slices.Equal(s.Organizations[i].Aliases, []string{"HMS"}) || s.Organizations[i].Country != "" {
				return fmt.Sprintf("Hamas = %v", s.Organizations[i])
			}
			return ""
		}},
		{"words added", "words: {honorifics: [Sheikh]}", func(base, s *Schema) string {
			if !slices.Contains(s.Words.Honorifics, "Sheikh") || len(s.Words.Honorifics) != len(base.Words.Honorifics)+1 {
				return fmt.Sprintf("honorifics %v", s.Words.Honorifics)
			}
			return ""
		}},
		{"cue words removed", "cues: [{type: SUPPORTS, verbs: [back, welcome], remove: true}]", func(base, s *Schema) string {
			for _, c := range s.Cues {
				if c.Type == "SUPPORTS" && (slices.Contains(c.Verbs, "back") || slices.Contains(c.Verbs, "welcome")) {
					return fmt.Sprintf("cue %v kept", c.Verbs)
				}
			}
			if len(s.Cues) != len(base.Cues)-1 { // the cue of "back" alone is dropped
				return fmt.Sprintf("%d cues, want %d", len(s.Cues), len(base.Cues)-1)
			}
			return ""
		}},
		{"cues replaced", "cues: [{type: SUPPORTS, verbs: [cheer], replace: true}]", func(base, s *Schema) string {
			var verbs []string
			for _, c := range s.Cues {
				if c.Type == "SUPPORTS" {
					verbs = append(verbs, c.Verbs...)
				}
			}
			if !slices.Equal(verbs, []string{"cheer"}) {
				return fmt.Sprintf("SUPPORTS verbs %v", verbs)
			}
			return ""
		}},
	}
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "overlay.yaml")
			if err := os.WriteFile(path, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if msg := tt.check(base, s); msg != "" {
				t.Error(msg)
			}
			if again, _ := Default(); len(country(again, "GRC").Aliases) != 2 {
				t.Errorf("the default schema changed: %+v", country(again, "GRC"))
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite the golden files of testdata/check")

// TestCheckGolden checks the problems reported for each file of
// testdata/check against its .golden file: every problem, one
// file:line:col line each, naming the fix. Run with -update to rewrite.
func TestCheckGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "check", "*.yaml"))
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, list := Check(f)
			var b strings.Builder
			for _, p := range list {
				b.WriteString(p.String() + "\n")
			}
			golden := strings.TrimSuffix(f, ".yaml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("problems:\n%s\nwant:\n%s", b.String(), want)
			}
			if len(list) == 0 {
				t.Error("a test file with no problem")
			}
		})
	}
}

// TestLoadErrors checks that Load fails with every error, one
// file:line:col line each, and names an unreadable file.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		files []string
		want  []string
	}{
		{[]string{"bad-type.yaml"}, []string{`testdata/bad-type.yaml:2:11: unknown relation type "ADORES"; valid: ATTACKS,`}},
		{[]string{"unknown-key.yaml"}, []string{`testdata/unknown-key.yaml:2:22: unknown field "country_code" in organizations; valid: name,`}},
		{[]string{"missing.yaml", "bad-type.yaml"}, []string{"testdata/missing.yaml: cannot read the file: no such file or directory", "testdata/bad-type.yaml:2:11: "}},
	}
	for _, tt := range tests {
		var paths []string
		for _, f := range tt.files {
			paths = append(paths, filepath.Join("testdata", f))
		}
		_, err := Load(paths...)
		var errs Errors
		if !errors.As(err, &errs) || len(errs) != len(tt.want) {
			t.Errorf("%v: err = %v, want %d errors", tt.files, err, len(tt.want))
			continue
		}
		for i, p := range errs {
			if !strings.HasPrefix(p.String(), tt.want[i]) {
				t.Errorf("%v: error %d = %q, want it to start with %q", tt.files, i, p, tt.want[i])
			}
		}
	}
}

// TestWarnings checks that a load that succeeds keeps its warnings.
func TestWarnings(t *testing.T) {
	s, err := Load(filepath.Join("testdata", "check", "shadow.yaml"))
	if err == nil {
		t.Fatalf("shadow.yaml has an error (an unknown kind) but loaded: %v", s.Warnings)
	}
	path := filepath.Join(t.TempDir(), "w.yaml")
	if err := os.WriteFile(path, []byte("organizations: [{name: Hellenic Fund, aliases: [Hamas]}]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Warnings) != 1 || !strings.Contains(s.Warnings[0].String(), `w.yaml:1:49: warning: alias "Hamas" already names organization`) {
		t.Errorf("warnings %v", s.Warnings)
	}
}

// TestIsIdentifier guards the whitelist check that keeps label and type
// names safe to write into Cypher.
func TestIsIdentifier(t *testing.T) {
	for name, want := range map[string]bool{"Country": true, "HOLDS_OFFICE": true, "A1": true, "": false,
		"1A": false, "Bad Label": false, "X`) DETACH DELETE n //": false, "Ünïcode": false} {
		if got := IsIdentifier(name); got != want {
			t.Errorf("IsIdentifier(%q) = %v", name, got)
		}
	}
}

// BenchmarkDefault measures reading, merging and checking the embedded
// defaults: what every geokg process pays once at start.
func BenchmarkDefault(b *testing.B) {
	for range b.N {
		if _, err := FromFS(defaults, "data"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOverlay measures loading a small user's file over the defaults.
func BenchmarkOverlay(b *testing.B) {
	base, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "overlay.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		load(base, []string{"overlay.yaml"}, func(string) ([]byte, error) { return data, nil }, true)
	}
}

// TestReadmeExamples checks that every YAML example of the README is a
// valid schema file.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(string(readme), "```yaml\n")[1:]
	if len(blocks) < 2 {
		t.Fatalf("%d YAML examples in the README", len(blocks))
	}
	for i, b := range blocks {
		text, _, _ := strings.Cut(b, "```")
		path := filepath.Join(t.TempDir(), fmt.Sprintf("example%d.yaml", i+1))
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(path); err != nil {
			t.Errorf("README example %d:\n%s\n%v", i+1, text, err)
		}
	}
}
