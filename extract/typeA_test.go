package extract

import "testing"

// TestShelterCues checks that giving an actor asylum, refuge or shelter
// is a SUPPORTS of it, not a SUPPLIES of the sheltered, while giving
// things to an actor is still a supply.
func TestShelterCues(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Sweden has given asylum to the dissident Ana Soto.", []string{"SUPPORTS(Sweden -> Ana Soto)"}, []string{"SUPPLIES(Sweden -> Ana Soto)"}},
		{"Peru offered political refuge to Ana Soto on Monday.", []string{"SUPPORTS(Peru -> Ana Soto)"}, []string{"SUPPLIES(Peru -> Ana Soto)"}},
		{"Chile, whose government has given shelter to Ana Soto, protested.", []string{"SUPPORTS(Chile -> Ana Soto)"}, []string{"SUPPLIES(Chile -> Ana Soto)"}},
		{"Sweden did not give asylum to Ana Soto.", nil, []string{"SUPPORTS(Sweden -> Ana Soto)"}},
		{"Chile has given two frigates to Peru.", []string{"SUPPLIES(Chile -> Peru)"}, []string{"SUPPORTS(Chile -> Peru)"}},
	})
}

// TestCutShortVisit checks that a visit cut short is a visit of the place,
// not CAMEO's halting of talks (OPPOSES of the host).
func TestCutShortVisit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto cut short a visit to Japan on Monday.", []string{"VISITS(Ana Soto -> Japan)"}, []string{"OPPOSES(Ana Soto -> Japan)"}},
		{"President Ana Soto, who cut short her trip to Brazil, returned to Lima.", []string{"VISITS(Ana Soto -> Brazil)"}, []string{"OPPOSES(Ana Soto -> Brazil)"}},
		// a visit not cut short was made all the same
		{"Ana Soto did not cut short her visit to Japan.", []string{"VISITS(Ana Soto -> Japan)"}, []string{"OPPOSES(Ana Soto -> Japan)"}},
	})
}

// TestBackedSanctions checks that a body backing or agreeing sanctions on
// a target sanctions it, while urging or weighing them stays a threat
// (CAMEO 1312).
func TestBackedSanctions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"European Union ministers backed sanctions against Iranian officials on Monday.", []string{"SANCTIONS(European Union -> Iran)"}, []string{"THREATENS(European Union -> Iran)"}},
		{"The European Union agreed new sanctions on Russia.", []string{"SANCTIONS(European Union -> Russia)"}, nil},
		{"Germany pushed for sanctions against Russia.", nil, []string{"SANCTIONS(Germany -> Russia)"}},
		{"Germany did not back sanctions against Russia.", nil, []string{"SANCTIONS(Germany -> Russia)"}},
	})
}
