package extract

import "testing"

// TestNounCueAdjunct checks noun cues whose preposition follows an adjunct
// phrase: the clause's subject relates to every conjunct after it.
func TestNounCueAdjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenya has stepped up cooperation over the past decade with the navies of Egypt, Oman, and Qatar.",
			[]string{"COOPERATES_WITH(Egypt -> Kenya)", "COOPERATES_WITH(Kenya -> Oman)", "COOPERATES_WITH(Kenya -> Qatar)"}, nil},
		{"Norway resumed negotiations on Tuesday with Belarus.", []string{"NEGOTIATES_WITH(Belarus -> Norway)"}, nil},
		// an actor inside the adjunct: the preposition after it is not the cue's
		{"Chile welcomed negotiations at the invitation of Peru with Bolivia.", nil, []string{"NEGOTIATES_WITH(Bolivia -> Chile)"}},
		{"Chile ended cooperation in the region, with Peru protesting.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
	})
}

// TestCoordinatedAgents checks that every conjunct of a list gets the
// relation, on either side of the cue.
func TestCoordinatedAgents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Canada launched a naval coalition to guard the Arctic Ocean which was joined by Norway, Iceland and Denmark.",
			[]string{"MEMBER_OF(Norway -> naval coalition)", "MEMBER_OF(Iceland -> naval coalition)", "MEMBER_OF(Denmark -> naval coalition)"},
			[]string{"MEMBER_OF(Norway -> Arctic Ocean)"}},
		// the antecedent fits: it is the one attacked
		{"Serbia sent troops to the border of Kosovo which was attacked by Albania.",
			[]string{"ATTACKS(Albania -> Kosovo)"}, []string{"ATTACKS(Albania -> Serbia)"}},
	})
}
