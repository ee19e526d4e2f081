package extract

import "testing"

// TestMeasureCues checks that a measure stated by what it does (ties cut,
// airspace or ports closed, an envoy recalled, trade suspended) is a
// SANCTIONS of the side after its preposition, and that negated, hedged
// and restoring verbs state none.
func TestMeasureCues(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile severed diplomatic relations with Peru.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile broke off ties with Peru on Monday.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile has shut its airspace to LATAM Airlines.", []string{"SANCTIONS(Chile -> LATAM Airlines)"}, nil},
		{"Chile recalled its ambassador from Lima.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile suspended almost all trade with Peru.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile closed its ports to Peruvian ships.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile banned flights from Peru.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile did not sever ties with Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile could sever ties with Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile threatened to sever ties with Peru.", []string{"THREATENS(Chile -> Peru)"}, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile restored ties with Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Peru urged Chile to cut ties with Bolivia.", nil, []string{"SANCTIONS(Chile -> Bolivia)", "SANCTIONS(Peru -> Bolivia)"}},
	})
}

// TestTerrorListing checks that listing a state or group as a sponsor of
// terrorism, or as terrorists, is a SANCTIONS of what stands between the
// verb and "as", not of what follows "as"; the listing as a noun takes the
// possessor as its source.
func TestTerrorListing(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile still lists Bolivia as a state sponsor of terrorism.", []string{"SANCTIONS(Chile -> Bolivia)"}, nil},
		{"Peru lists Bolivia and Ecuador as state sponsors of terrorism.",
			[]string{"SANCTIONS(Peru -> Bolivia)", "SANCTIONS(Peru -> Ecuador)"}, nil},
		{"Chile lists Hezbollah as a terrorist group, Peru said.", []string{"SANCTIONS(Chile -> Hezbollah)"}, []string{"SANCTIONS(Peru -> Hezbollah)"}},
		{"Chile's terrorism listing of Bolivia angered La Paz.", []string{"SANCTIONS(Chile -> Bolivia)"}, nil},
		{"Chile does not list Bolivia as a state sponsor of terrorism.", nil, []string{"SANCTIONS(Chile -> Bolivia)"}},
		{"Chile lists Bolivia as a trading partner.", nil, []string{"SANCTIONS(Chile -> Bolivia)"}},
		{"Chile lists Peru as a sponsor of terrorism against Bolivia.", []string{"SANCTIONS(Chile -> Peru)"}, []string{"SANCTIONS(Chile -> Bolivia)"}},
	})
}

// TestKeptClosed checks that a border, airspace or ports kept closed to
// another side is a SANCTIONS of it, also as what the doer will or would
// do (the closure is in place); another modal, a negation or an open
// border states nothing.
func TestKeptClosed(t *testing.T) {
	w := []string{"SANCTIONS(Chile -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile kept its border with Peru closed on Monday.", w, nil},
		{"Chile said it would keep its border with Peru closed.", w, nil},
		{"Chile will keep its ports to Peru shut.", w, nil},
		{"Chile could keep its border with Peru closed.", nil, w},
		{"Chile did not keep its border with Peru closed.", nil, w},
		{"Chile kept its border with Peru open.", nil, w},
	})
}
