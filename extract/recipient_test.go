package extract

import "testing"

// TestRecipients checks that a name called the recipient of an actor's
// aid, in apposition (also as a second description), or after a copula,
// was supplied by that actor, named as the aid's modifier or after
// "from"; aid of no one named, and a negated copula, state nothing.
func TestRecipients(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia, the largest recipient of Brazilian military aid, rejected the claim.",
			[]string{"SUPPLIES(Brazil -> Bolivia)"}, nil},
		{"Peru, a close friend of Chile and the recipient of $300 million in Chilean grants, abstained.",
			[]string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"Paraguay is the main beneficiary of aid from Argentina.", []string{"SUPPLIES(Argentina -> Paraguay)"}, nil},
		{"Chile, the recipient of foreign aid, protested to Peru.", nil, []string{"SUPPLIES(Peru -> Chile)", "SUPPLIES(Chile -> Peru)"}},
		{"Ecuador is not the recipient of Peruvian weapons.", nil, []string{"SUPPLIES(Peru -> Ecuador)"}},
	})
}
