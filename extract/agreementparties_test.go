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
		{"Bolivia and Paraguay exchanged the instruments of ratification of the Chaco Accord in Asuncion.",
			[]string{"SUPPORTS(Bolivia -> Chaco Accord)", "SUPPORTS(Paraguay -> Chaco Accord)", "COOPERATES_WITH(Bolivia -> Paraguay)"}, nil},
		// troops put on alert are no signature
		{"Bolivia and Paraguay put their troops on alert near the Chaco Accord line.", nil,
			[]string{"SUPPORTS(Bolivia -> Chaco Accord)", "COOPERATES_WITH(Bolivia -> Paraguay)"}},
	})
}
