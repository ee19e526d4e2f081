package extract

import "testing"

// TestSigningPhrases checks the signing phrases of cues.yaml besides
// "sign": putting one's signature or name to a text and exchanging the
// instruments of ratification make the parties signatories (SUPPORTS of
// the agreement) and, for a plural subject, partners.
func TestSigningPhrases(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia and Paraguay put their signatures to the Chaco Accord in Asuncion.",
			[]string{"SUPPORTS(Bolivia -> Chaco Accord)", "SUPPORTS(Paraguay -> Chaco Accord)", "COOPERATES_WITH(Bolivia -> Paraguay)"}, nil},
		{"Peru put its name to the Lima Treaty on Friday.", []string{"SUPPORTS(Peru -> Lima Treaty)"}, nil},
		{"In Asuncion, Bolivia and Paraguay exchanged instruments of ratification of the Chaco Accord.",
			[]string{"SUPPORTS(Bolivia -> Chaco Accord)", "SUPPORTS(Paraguay -> Chaco Accord)", "COOPERATES_WITH(Bolivia -> Paraguay)"}, nil},
		// troops put on alert are no signature
		{"Bolivia and Paraguay put their troops on alert near the Chaco Accord line.", nil,
			[]string{"SUPPORTS(Bolivia -> Chaco Accord)", "COOPERATES_WITH(Bolivia -> Paraguay)"}},
	})
}

// TestTitledConjuncts checks that a person named after a title set off
// by commas is a conjunct of the list before it: "A and the Foreign
// Minister of Ecuador, Ana Soto, signed", "A, the Bolivian Minister of
// External Relations, Mr Luis Vega, and B signed".
func TestTitledConjuncts(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Foreign Minister of Peru, Jorge Ruiz, and the Foreign Minister of Ecuador, Ana Soto, signed the Quito Treaty.",
			[]string{"SUPPORTS(Jorge Ruiz -> Quito Treaty)", "SUPPORTS(Ana Soto -> Quito Treaty)", "COOPERATES_WITH(Ana Soto -> Jorge Ruiz)"}, nil},
		{"Secretary of State Jorge Ruiz and the Ecuadorian Foreign Minister, Ana Soto, met in Quito.",
			[]string{"MET_WITH(Ana Soto -> Jorge Ruiz)"}, nil},
		{"The Peruvian Foreign Minister, Mr Jorge Ruiz, the Bolivian Minister of External Relations, Mr Luis Vega, and Ecuador's Foreign Minister, Mr Ana Soto, signed the Lima Treaty.",
			[]string{"SUPPORTS(Jorge Ruiz -> Lima Treaty)", "SUPPORTS(Luis Vega -> Lima Treaty)", "SUPPORTS(Ana Soto -> Lima Treaty)"}, nil},
		// an "and" that opens a clause joins no conjuncts
		{"Peru protested, and the Foreign Minister of Ecuador, Ana Soto, signed the Quito Treaty.",
			[]string{"SUPPORTS(Ana Soto -> Quito Treaty)"}, []string{"SUPPORTS(Peru -> Quito Treaty)"}},
	})
}
