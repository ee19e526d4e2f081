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

// TestDefendBacks checks that defending an actor, a deal or a mission
// named right after the verb backs it, and that defending oneself or
// one's own things backs no one.
func TestDefendBacks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile sent two frigates to defend Peru against Bolivia.", []string{"SUPPORTS(Chile -> Peru)"}, nil},
		{"Brazil defended the Kestrel Monitoring Mission.", []string{"SUPPORTS(Brazil -> Kestrel Monitoring Mission)"}, nil},
		{"Chile said it would defend itself against Bolivia.", nil, []string{"SUPPORTS(Chile -> Bolivia)"}},
		{"Chile defended its northern border with Peru.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
	})
}

// TestSolidarityOf checks that expressing the solidarity of a people or a
// government with an actor backs that actor, said by the speaker.
func TestSolidarityOf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's foreign minister Ana Soto expressed the solidarity of the Chilean people with Peru.", []string{"SUPPORTS(Ana Soto -> Peru)"}, nil},
		{"Ana Soto expressed the solidarity of Chile with Peru.", []string{"SUPPORTS(Ana Soto -> Peru)"}, nil},
		{"Ana Soto expressed the concern of Chile with Peru's decision.", nil, []string{"SUPPORTS(Ana Soto -> Peru)"}},
	})
}
