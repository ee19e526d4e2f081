package extract

import "testing"

// TestAttackedPlace checks that a demonym before a plural place noun
// (words.yaml attacked_place_nouns) is the state an attack on the places
// hits, but not after a preposition of place, where the phrase says
// where something else was hit.
func TestAttackedPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Peruvian air force kept up its strikes on Chilean cities.", []string{"ATTACKS(Peruvian air force -> Chile)"}, nil},
		{"Bolivian troops shelled Peruvian villages overnight.", []string{"ATTACKS(Bolivia -> Peru)"}, nil},
		{"Chile condemned the aggression committed by Peru against Chilean territory.", []string{"ATTACKS(Peru -> Chile)"}, nil},
		{"A Bolivian raid on a rebel camp inside Peruvian territory killed two guerrillas.", nil, []string{"ATTACKS(Peru -> guerrillas)", "ATTACKS(Bolivia -> Peru)"}},
	})
}
