package extract

import "testing"

// TestNewsAgreement checks that a general "the agreement" or "the deal"
// means the agreement the article opens with, not a named one it brought
// in later only to compare or recall; and that a named agreement the
// article opens with, or a deal first met past the lead, keeps the
// nearest-antecedent reading.
func TestNewsAgreement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru signed a fishing accord on Monday. Officials said it resembled the Quito Accord of 1998. Bolivia welcomed the agreement.",
			[]string{"SUPPORTS(Bolivia -> fishing accord)"}, []string{"SUPPORTS(Bolivia -> Quito Accord)"}},
		// the news may be named too
		{"Chile and Peru signed the Quito Accord on Monday. Officials said it replaced the Lima Treaty of 1998. Bolivia welcomed the agreement.",
			[]string{"SUPPORTS(Bolivia -> Quito Accord)"}, []string{"SUPPORTS(Bolivia -> Lima Treaty)"}},
		// a deal first met past the lead is no news of the article
		{"Chile and Peru held talks on Monday. The talks were in Lima. They ended late. They were tense. Then they signed a fishing accord. Officials cited the Quito Accord. Bolivia welcomed the agreement.",
			[]string{"SUPPORTS(Bolivia -> Quito Accord)"}, nil},
		// "reached agreement": an unnamed deal, the one "the accord" means
		{"Chile and Peru reached agreement on Monday on fishing rights, a year after the Quito Accord was signed. Bolivia welcomed the accord.",
			[]string{"SUPPORTS(Bolivia -> agreement)"}, []string{"SUPPORTS(Bolivia -> Quito Accord)"}},
	})
	// no deal reached, none made; "reached agreements" is no one deal
	checkEntities(t, "Chile and Peru failed to reach agreement on fishing rights.", nil, []string{"Agreement:agreement"})
	checkEntities(t, "Chile and Peru reached agreements on fishing rights.", nil, []string{"Agreement:agreements"})
	checkEntities(t, "Chile and Peru reached agreement on fishing rights.", []string{"Agreement:agreement"}, nil)
}

// TestPlaceNamedSameAgreement checks that a place-named agreement ("the Tarvo
// framework") is the agreement named before with its head whose sentence
// names the place, and a new one when none is.
func TestPlaceNamedSameAgreement(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"Chile and Peru kept the Joint Framework signed in Lima last year. The first shipment under the Lima framework arrived in May.", 1},
		// the named framework's sentence names no Lima: two agreements
		{"Chile and Peru kept the Joint Framework signed last year. The first shipment under the Lima framework arrived in May.", 2},
	} {
		if n := countLabel(extractText(t, c.text), "Agreement"); n != c.n {
			t.Errorf("%q: %d agreements, want %d", c.text, n, c.n)
		}
	}
}
