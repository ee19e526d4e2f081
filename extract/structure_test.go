package extract

import "testing"

// TestStateTitles checks that a title of a state's government written
// with no state is held for the article's principal country, only when
// one country clearly leads, and that a plural title binds each name of
// the list after it.
func TestStateTitles(t *testing.T) {
	estonia := "Estonia raised its defence budget on Monday. Estonian officials said the money would go to air defence, and Estonia's parliament agreed. Latvia did not comment. "
	checkPatterns(t, []patternCase{
		{estonia + "Mart Tamm, the Prime Minister, said the plan was sound.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}, []string{"HOLDS_OFFICE(Mart Tamm -> Latvia)"}},
		{estonia + "Senators Mart Tamm, Jaan Kask, and Andres Kivi voted against the bill.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)", "HOLDS_OFFICE(Jaan Kask -> Estonia)", "HOLDS_OFFICE(Andres Kivi -> Estonia)"}, nil},
		// not an office of the state itself
		{estonia + "Spokesperson Mart Tamm said the plan was sound.",
			nil, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}},
		// no country leads the article
		{"Estonia and Latvia signed a deal on Monday. Estonia and Latvia will share radars. Prime Minister Mart Tamm praised it.",
			nil, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)", "HOLDS_OFFICE(Mart Tamm -> Latvia)"}},
		// a named state wins over the principal country
		{estonia + "Latvian Prime Minister Mart Tamm said the plan was sound.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Latvia)"}, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}},
		// a singular title does not spread over a list
		{"Latvian President Mart Tamm and Jaan Kask met in Riga.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Latvia)"}, []string{"HOLDS_OFFICE(Jaan Kask -> Latvia)"}},
	})
}
