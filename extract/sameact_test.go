package extract

import "testing"

// TestSameActs checks that a same-act phrase ("followed suit", "did the
// same") repeats the act told before, in the sentence or the one before,
// for its own subject, and that a negated or hedged one repeats nothing.
func TestSameActs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile expelled two Peruvian diplomats, and Bolivia followed suit.",
			[]string{"SANCTIONS(Chile -> Peru)", "SANCTIONS(Bolivia -> Peru)"}, nil},
		{"Chile expelled two Peruvian diplomats. Bolivia did the same on Tuesday.",
			[]string{"SANCTIONS(Bolivia -> Peru)"}, nil},
		{"Chile shut its airspace to Peruvian Airlines, and Ecuador and Bolivia have done the same.",
			[]string{"SANCTIONS(Ecuador -> Peruvian Airlines)", "SANCTIONS(Bolivia -> Peruvian Airlines)"},
			[]string{"SANCTIONS(Chile -> Ecuador)"}},
		{"Chile joined NATO in 2023, and Peru followed suit a year later.", []string{"MEMBER_OF(Peru -> NATO)"}, nil},
		// the clause's doer, not the doer of the act it judges
		{"Chile condemned the attack on Peru by Bolivia. Ecuador quickly followed suit.",
			[]string{"CRITICIZES(Ecuador -> Bolivia)"}, []string{"ATTACKS(Ecuador -> Peru)"}},
		{"Chile expelled two Peruvian diplomats. Bolivia did not follow suit.", nil, []string{"SANCTIONS(Bolivia -> Peru)"}},
		{"Chile expelled two Peruvian diplomats. Bolivia is expected to follow suit.", nil, []string{"SANCTIONS(Bolivia -> Peru)"}},
		{"Chile expelled two Peruvian diplomats. Bolivia would follow suit.", nil, []string{"SANCTIONS(Bolivia -> Peru)"}},
	})
}
