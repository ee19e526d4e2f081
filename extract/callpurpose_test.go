package extract

import "testing"

// TestCallPurpose checks that the infinitive after a call is the caller's
// act ("telephoned B to thank him": A thanks B), while a verb of asking
// keeps giving the act to the one asked.
func TestCallPurpose(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Ana Soto telephoned Luis Vega on Sunday to congratulate him on his victory.",
			[]string{"SUPPORTS(Ana Soto -> Luis Vega)", "COMMUNICATES_WITH(Ana Soto -> Luis Vega)"}, []string{"SUPPORTS(Luis Vega -> Ana Soto)"}},
		{"Peru's foreign minister Jorge Ruiz phoned Marta Lind twice on Tuesday evening to thank her.",
			[]string{"SUPPORTS(Jorge Ruiz -> Marta Lind)"}, []string{"SUPPORTS(Marta Lind -> Jorge Ruiz)"}},
		{"Bolivian President Tavo Rei telephoned Ana Soto to express support.",
			[]string{"SUPPORTS(Tavo Rei -> Ana Soto)"}, []string{"SUPPORTS(Ana Soto -> Bolivia)"}},
		// asking, no call: the one asked acts
		{"Peru's foreign minister Jorge Ruiz urged Marta Lind to praise Chile.", nil, []string{"SUPPORTS(Jorge Ruiz -> Chile)"}},
	})
}
