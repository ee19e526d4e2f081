package extract

import "testing"

// TestForceUnits checks that "units" is a force noun like "troops": a
// demonym before it is the state that acts ("Bolivian units shelled
// Oruro"), but only of its own clause's verb: not of an act another
// clause gives another subject.
func TestForceUnits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivian units shelled Oruro on Friday.", []string{"ATTACKS(Bolivia -> Oruro)"}, nil},
		{"Peruvian units used Chinese-supplied tanks in the assault.", []string{"DEPLOYS(Peru -> tanks)", "SUPPLIES(China -> Peru)"}, nil},
		{"A Peruvian unit fired on Chilean positions near Arica.", []string{"ATTACKS(Peru -> Chile)"}, nil},
		{"Bolivian units withdrew after Peru shelled Oruro.", []string{"ATTACKS(Peru -> Oruro)"}, []string{"ATTACKS(Bolivia -> Oruro)"}},
	})
}
