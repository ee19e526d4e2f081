package schema

import (
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

// TestLoadOverlay checks that a user's file adds entries and cues and
// replaces an entry with the same identity.
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
	i := slices.IndexFunc(s.Countries, func(c Country) bool { return c.Code == "FRA" })
	if i < 0 || !slices.Contains(s.Countries[i].Aliases, "Hexagon") {
		t.Error("overlay did not replace France")
	}
	if len(s.Countries) != len(base.Countries) {
		t.Errorf("replacing a country changed the count: %d != %d", len(s.Countries), len(base.Countries))
	}
	// the default stays untouched
	j := slices.IndexFunc(base.Countries, func(c Country) bool { return c.Code == "FRA" })
	if slices.Contains(base.Countries[j].Aliases, "Hexagon") {
		t.Error("overlay changed the default schema")
	}
}

// TestLoadErrors checks that bad files fail with one line naming the file.
func TestLoadErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"bad-type.yaml", `unknown relationship type "ADORES`},
		{"unknown-key.yaml", "country_code"},
		{"missing.yaml", "missing.yaml"},
	}
	for _, tt := range tests {
		_, err := Load(filepath.Join("testdata", tt.file))
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line containing %q", tt.file, err, tt.want)
		}
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
