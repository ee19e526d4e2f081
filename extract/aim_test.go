package extract

import "testing"

// TestAimedWeapons checks that a launched weapon "targeting" or "aimed
// at" something attacks it, with whoever launched it, and that an unfired
// or hedged one does not; launching a weapon deploys it.
func TestAimedWeapons(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Syria launched rockets targeting Israeli troops in the Golan.",
			[]string{"ATTACKS(Syria -> Israel)", "ATTACKS(rockets -> Israel)", "DEPLOYS(Syria -> rockets)"}, nil},
		{"Serbia fired drones aimed at Kosovo on Sunday.",
			[]string{"ATTACKS(Serbia -> Kosovo)", "ATTACKS(drones -> Kosovo)"}, nil},
		// places a state owns: the places, not the state; one we cannot name: nothing
		{"Bolivia fired rockets into Peru's Tacna and Puno regions.",
			[]string{"ATTACKS(Bolivia -> Tacna)", "ATTACKS(rockets -> Tacna)"}, []string{"ATTACKS(rockets -> Peru)", "ATTACKS(Bolivia -> Peru)"}},
		{"Bolivia fired rockets into Peru's Xantrovo district.", nil, []string{"ATTACKS(rockets -> Peru)", "ATTACKS(Bolivia -> Peru)"}},
		{"Bolivia fired rockets into Peru on Monday.", []string{"ATTACKS(Bolivia -> Peru)"}, nil},
		// hedged, negated, or only pointed at: no attack
		{"Serbia could launch rockets targeting Kosovo.", nil, []string{"ATTACKS(Serbia -> Kosovo)", "ATTACKS(rockets -> Kosovo)"}},
		{"Serbia did not fire rockets targeting Kosovo.", nil, []string{"ATTACKS(Serbia -> Kosovo)", "ATTACKS(rockets -> Kosovo)"}},
		{"Serbia stationed rockets aimed at Kosovo near the border.", nil, []string{"ATTACKS(Serbia -> Kosovo)", "ATTACKS(rockets -> Kosovo)"}},
		// no weapon: sanctions that target are no attack
		{"Norway launched sanctions targeting Belarus.", nil, []string{"ATTACKS(Norway -> Belarus)"}},
	})
}
