package extract

import "testing"

// TestSameWordAgreement checks that an agreement description repeats the
// head word of the agreement last called so, past a nearer agreement
// called by a synonym: "the deal" after "a separate border agreement" is
// the deal signed before.
func TestSameWordAgreement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, Peru and Bolivia signed the deal in Lima. A separate border agreement between Chile and Peru was signed too. Ecuador welcomed the deal.",
			[]string{"SUPPORTS(Ecuador -> deal)"}, []string{"SUPPORTS(Ecuador -> border agreement)"}},
		// the nearest agreement with the same head is the one meant
		{"Chile and Peru signed the deal in Lima. Bolivia signed a separate border deal with Peru. Ecuador welcomed the deal.",
			[]string{"SUPPORTS(Ecuador -> border deal)"}, nil},
	})
}
