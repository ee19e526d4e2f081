package extract

import "testing"

// TestResistedAttacks checks that an attack noun with its doer as
// modifier or possessor, the object of a verb of resisting, was done to
// the verb's subject; an attack noun with its own target is its cue's,
// and a negated or hedged verb, a verb the attacker may do ("halted"),
// or a resisting verb without an attack noun state no attack on the
// subject.
func TestResistedAttacks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, which fought off a Peruvian invasion last year, asked for help.", []string{"ATTACKS(Peru -> Chile)"}, nil},
		{"Finland withstood the Soviet invasion.", []string{"ATTACKS(Soviet Union -> Finland)"}, nil},
		{"Kyiv has repelled Russia's offensive.", []string{"ATTACKS(Russia -> Ukraine)"}, nil},
		{"The Afghan army beat back a Taliban offensive.", []string{"ATTACKS(Taliban -> Afghan army)"}, nil},
		{"Ukraine repelled a Russian assault on Kharkiv.", []string{"ATTACKS(Russia -> Kharkiv)"}, []string{"ATTACKS(Russia -> Ukraine)"}},
		{"Armenia could not withstand an Azerbaijani offensive.", nil, []string{"ATTACKS(Azerbaijan -> Armenia)"}},
		{"Russia halted its offensive near Ukraine.", nil, []string{"ATTACKS(Russia -> Ukraine)"}},
		{"Kenya resisted Somali pressure.", nil, []string{"ATTACKS(Somalia -> Kenya)"}},
	})
}
