package extract

import "testing"

// TestCopularTitles checks offices said with "to be": in a relative
// clause or as the predicate, with a modifier before the title; a past
// perfect ("had been") and a kinship noun state none.
func TestCopularTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"U.S. officials said Smith often argued with Antony Blinken, who is the secretary of state.",
			[]string{"HOLDS_OFFICE(Antony Blinken -> United States)"}, nil},
		{"Karim al-Tamimi was the deputy commander of the Popular Mobilization Forces.",
			[]string{"HOLDS_OFFICE(Karim al-Tamimi -> Popular Mobilization Forces)"}, nil},
		{"Ahmed Saleh, who was the interior minister of Iraq, resigned.", []string{"HOLDS_OFFICE(Ahmed Saleh -> Iraq)"}, nil},
		{"Ahmed Saleh had been the interior minister of Iraq.", nil, []string{"HOLDS_OFFICE(Ahmed Saleh -> Iraq)"}},
	})
}
