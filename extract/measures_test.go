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
