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

// TestStoppedAttacks checks that a verb of stopping another's attack
// (words.yaml stop_verbs) makes its subject oppose the attack's doer,
// with or without a target of the attack's own; the doer's own halt, a
// negated verb or an attack with no doer named states no opposition.
func TestStoppedAttacks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, which sent troops in 2019 to stop Peru's assault on Tacna, still trains Bolivian forces.", []string{"OPPOSES(Chile -> Peru)", "ATTACKS(Peru -> Tacna)"}, nil},
		{"Chile sent troops to stop Peru's offensive.", []string{"OPPOSES(Chile -> Peru)"}, nil},
		{"NATO thwarted a Russian assault on Tallinn.", []string{"OPPOSES(NATO -> Russia)"}, nil},
		{"Peru halted its offensive on Tacna.", nil, []string{"OPPOSES(Peru -> Peru)"}},
		{"Chile could not stop the Peruvian offensive.", nil, []string{"OPPOSES(Chile -> Peru)"}},
		{"Chile stopped the offensive.", nil, []string{"OPPOSES(Chile -> Peru)"}},
	})
}
