package extract

import "testing"

// TestArmyIsArmedForces checks that a state's army and its armed forces
// are one body, while its navy stays a body of its own.
func TestArmyIsArmedForces(t *testing.T) {
	g := extractText(t, "The Peruvian army shelled the town. Later the armed forces of Peru withdrew, and the Peruvian navy sailed.")
	if n := countLabel(g, "Organization"); n != 2 {
		t.Errorf("want 2 organizations (armed forces, navy), got %v", keys(entitySet(g)))
	}
}

// TestMilitaryVehicles checks that military vehicles are a generic weapon.
func TestMilitaryVehicles(t *testing.T) {
	checkEntities(t, "Soldiers blocked the road with military vehicles on Sunday.", []string{"WeaponSystem:military vehicles"}, nil)
	checkEntities(t, "Civilian vehicles queued at the border.", nil, []string{"WeaponSystem:military vehicles"})
}

// TestDesignatorPlurals checks that a weapon model's designator in the
// lexicon is matched in its plural with an "s" ("KN-23s"), as a form of
// the model, not an unknown name; a name with no designator's shape gets
// no such form ("Patriots").
func TestDesignatorPlurals(t *testing.T) {
	checkEntities(t, "Russia fired KN-23s at Kharkiv.", []string{"WeaponSystem:Hwasong-11"}, []string{"Person:KN-23s"})
	checkEntities(t, "Pyongyang has tested several Hwasong-17s this year.", []string{"WeaponSystem:Hwasong-17"}, nil)
	checkEntities(t, "Turkey bought S-400s from Russia despite the warnings.", []string{"WeaponSystem:S-400"}, nil)
	checkEntities(t, "The regiment received T-90Ms in May.", []string{"WeaponSystem:T-90"}, nil)
	checkEntities(t, "A freighter carried MiG-29s to the port of Vorna.", []string{"WeaponSystem:MiG-29"}, nil)
	checkEntities(t, "The Patriots won the game in Boston.", nil, []string{"WeaponSystem:Patriot"})
	checkPatterns(t, []patternCase{
		{"Russia fired KN-23s at Kharkiv.", []string{"ATTACKS(Hwasong-11 -> Kharkiv)"}, nil},
	})
}

// TestMatchWhole checks that matchWhole reads a name as a lexicon entry
// only when the entry covers all of it, tokenized as the lexicon's own
// forms are (a dotted abbreviation is one word).
func TestMatchWhole(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, want string // want: the entry's key, "" for none
	}{
		{"European Commission", "organization:european-commission"},
		{"U.S. Senate", "organization:us-senate"},
		{"European Commission office", ""},
		{"Kestrel Valley", ""},
		{"", ""},
	}
	for _, tc := range tests {
		got := ""
		if e := x.lex.matchWhole(tc.name); e != nil {
			got = e.key
		}
		if got != tc.want {
			t.Errorf("matchWhole(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
