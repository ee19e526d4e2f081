package extract

import "testing"

// TestInfinitiveAfterCue checks that a giving verb whose "to" opens an
// infinitive ("offered to send", "provided 'to fight'") names no
// recipient, while a "to" before the recipient keeps it.
func TestInfinitiveAfterCue(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The OAS secretary general, Luis Vega, offered to send observers to Lima.", nil, []string{"SUPPLIES(Luis Vega -> Lima)", "SUPPLIES(Luis Vega -> Peru)"}},
		{"Peru asked Chile to stop using weapons provided \"to fight the Kestrel Front\" against civilians.", nil, []string{"SUPPLIES(Chile -> Kestrel Front)", "SANCTIONS(Chile -> Kestrel Front)"}},
		{"Russia sold S-300 missiles to Peru to defend Lima.", []string{"SUPPLIES(Russia -> Peru)"}, []string{"SUPPLIES(Russia -> Lima)"}},
		{"Russia offered to sell S-300 missiles to Peru.", nil, []string{"SUPPLIES(Russia -> Peru)"}}, // an offer states no supply
		{"Chile delivered two frigates to Peru last year.", []string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"Chile provided to Peru two frigates.", []string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"The EU approved new aid to help Colombia rebuild.", nil, []string{"SUPPLIES(European Union -> Colombia)"}},
		{"The EU continued aid to Colombia.", []string{"SUPPLIES(European Union -> Colombia)"}, nil},
	})
}
