package extract

import "testing"

// TestPairModifiers checks that a hyphenated pair of countries before a
// plural noun cue relates the two by the cue's type.
func TestPairModifiers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kenya-Uganda talks resumed in Kampala on Monday.", []string{"MET_WITH(Kenya -> Uganda)"}, nil},
		{"The Chilean-Peruvian partnership worried Bolivia.", []string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"COOPERATES_WITH(Chile -> Bolivia)"}},
		{"A Ghana-Togo summit opened in Accra.", []string{"MET_WITH(Ghana -> Togo)"}, nil},
		// no cue after the pair, or a part that is no country
		{"The Kenya-Uganda border remains closed.", nil, []string{"MET_WITH(Kenya -> Uganda)"}},
		{"The US-led alliance met in Brussels.", nil, []string{"COOPERATES_WITH(United States -> NATO)"}},
	})
}
