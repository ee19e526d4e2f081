package dict

import (
	"strings"
	"testing"
)

// TestFilesParse checks that every line of the generated files decodes
// and that each file is sorted by key, which lookup's binary search needs.
func TestFilesParse(t *testing.T) {
	for _, f := range []struct {
		name, text string
		parse      func(string) error
	}{
		{"places", placesTSV, func(l string) error { _, err := parsePlace(l); return err }},
		{"actors", actorsTSV, func(l string) error { _, err := parseActor(l); return err }},
	} {
		prev, n := "", 0
		for _, line := range strings.Split(strings.TrimSuffix(f.text, "\n"), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			n++
			if err := f.parse(line); err != nil {
				t.Fatalf("%s: %v", f.name, err)
			}
			if k := field0(line); k < prev {
				t.Fatalf("%s: %q sorts before %q", f.name, k, prev)
			} else {
				prev = k
			}
		}
		if n < 10000 {
			t.Errorf("%s: %d lines, want a field-scale dictionary", f.name, n)
		}
	}
}

func TestLookup(t *testing.T) {
	d := Default()
	tests := []struct {
		name, country string
		common, pers  bool
	}{
		{"Nice", "FRA", true, false},
		{"reading", "GBR", true, false},
		{"Split", "HRV", true, false},
		{"Mobile", "USA", true, false},
		{"Victoria", "", false, true},
		{"Kiskunfelegyhaza", "HUN", false, false}, // folded alias
		{"Hanoi", "VNM", false, false},
	}
	for _, tt := range tests {
		ps := d.Places(tt.name)
		if len(ps) == 0 {
			t.Errorf("%s: not found", tt.name)
			continue
		}
		p := ps[0]
		if tt.country != "" && p.Country != tt.country || p.Common != tt.common || p.PersonName != tt.pers {
			t.Errorf("%s: got %+v", tt.name, p)
		}
	}
	if ps := d.Places("Atlantis Under The Sea"); len(ps) != 0 {
		t.Errorf("unknown place found: %+v", ps)
	}
	as := d.Actors("Vladimir Putin")
	if len(as) == 0 || as[0].Label != "Person" || as[0].Country != "RUS" {
		t.Fatalf("Vladimir Putin: %+v", as)
	}
	held := false
	for _, r := range as[0].Roles {
		held = held || r.Sector == "GOV" && r.Holds("2007-04-23")
	}
	if !held {
		t.Errorf("Putin held no GOV role in April 2007: %+v", as[0].Roles)
	}
	if (Role{From: "2001-01-01", To: "2002-01-01"}).Holds("2003-05-05") || (Role{}).Holds("2003-05-05") {
		t.Error("Holds outside the dates")
	}
}

// TestActorsFolded checks that a name written with diacritics finds the
// actor Phoenix writes without them, and only when the name as written
// is no key (Phoenix keeps a few, "Manfred Wörner").
func TestActorsFolded(t *testing.T) {
	d := Default()
	tests := []struct{ name, country string }{
		{"François Mitterrand", "FRA"},
		{"Hissène Habré", "TCD"},
		{"HÉCTOR TIMERMAN", "ARG"},
		{"Francois Mitterrand", "FRA"},
		{"Manfred Wörner", ""},   // a key as written; no state of his own
		{"Jöhn Nobodyé", "none"}, // nobody, with or without its marks
		{"Hissène Habrè Jr", "none"},
	}
	for _, tt := range tests {
		as := d.Actors(tt.name)
		switch {
		case tt.country == "none" && len(as) != 0:
			t.Errorf("%s: found %+v", tt.name, as)
		case tt.country != "none" && (len(as) == 0 || as[0].Country != tt.country):
			t.Errorf("%s: got %+v, want %s", tt.name, as, tt.country)
		}
	}
	if got := FoldMarks("ekmeleddin ihsanoğlu"); got != "ekmeleddin ihsanoglu" {
		t.Errorf("FoldMarks: %q", got)
	}
}

// BenchmarkLookup measures one place and one actor lookup.
func BenchmarkLookup(b *testing.B) {
	d := Default()
	for b.Loop() {
		d.Places("Gyula")
		d.Actors("Hamid Karzai")
	}
}

// FuzzLookup checks that no name, however odd, makes a lookup panic or
// return a line of another key.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"", "Nice", "vladimir putin", "#", "\t", "zzzz", "'akra", "\n", "a"} {
		f.Add(s)
	}
	d := Default()
	f.Fuzz(func(t *testing.T, name string) {
		for _, p := range d.Places(name) {
			if p.Name == "" {
				t.Fatalf("%q: empty place", name)
			}
		}
		for _, line := range lookup(actorsTSV, strings.ToLower(name)) {
			if field0(line) != strings.ToLower(name) {
				t.Fatalf("%q: got line %q", name, line)
			}
		}
		d.Actors(name)
		d.CommonWord(name)
		d.GivenName(name)
	})
}
