package extract

import "testing"

// TestForceUnits checks that "units" is a force noun like "troops": a
// demonym before it is the state that acts ("Bolivian units shelled
// Oruro"), while units that are no force name no actor.
func TestForceUnits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivian units shelled Oruro on Friday.", []string{"ATTACKS(Bolivia -> Oruro)"}, nil},
		{"Peruvian units used Chinese-supplied tanks in the assault.", []string{"DEPLOYS(Peru -> tanks)", "SUPPLIES(China -> Peru)"}, nil},
		{"A Peruvian unit fired on Chilean positions near Arica.", []string{"ATTACKS(Peru -> Chile)"}, nil},
		{"The Chilean bank opened two new units in Lima.", nil, []string{"ATTACKS(Chile -> Lima)", "VISITS(Chile -> Lima)"}},
	})
}
