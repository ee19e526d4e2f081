package extract

import "testing"

// TestLeadsDescribedBody checks that a lead verb's object may be a
// description of an organization named before it, past lower-case
// modifiers ("X, who chairs the regional bloc,"): the person holds office
// in the body the description refers to; a description that only
// modifies a noun after it ("leads the alliance's delegation") is none.
func TestLeadsDescribedBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"ECOWAS heads of state gathered in Accra. Ghana's President Kofi Mensah, who currently chairs the regional bloc, called the coup illegal.",
			[]string{"HOLDS_OFFICE(Kofi Mensah -> ECOWAS)", "HOLDS_OFFICE(Kofi Mensah -> Ghana)"}, nil},
		{"NATO ministers gathered in Brussels. The meeting was opened by Lena Sorvik, who heads the alliance, on Tuesday.",
			[]string{"HOLDS_OFFICE(Lena Sorvik -> NATO)"}, nil},
		{"Al-Shabaab attacked a convoy near Baidoa. A spokesman said Ivo Baranek, who now leads the militant group, had ordered the raid.",
			[]string{"HOLDS_OFFICE(Ivo Baranek -> al-Shabaab)"}, nil},
		{"ASEAN foreign ministers met in Jakarta. Thai Foreign Minister Somchai Wongsa, who now chairs the bloc, urged restraint.",
			[]string{"HOLDS_OFFICE(Somchai Wongsa -> ASEAN)"}, nil},
		{"NATO ministers gathered in Brussels. Lena Sorvik, who heads the alliance's naval command, spoke first.",
			nil, []string{"HOLDS_OFFICE(Lena Sorvik -> NATO)"}},
		{"ECOWAS leaders met in Accra. Kofi Mensah, who chairs the regional bloc summit, spoke first.",
			nil, []string{"HOLDS_OFFICE(Kofi Mensah -> ECOWAS)"}},
	})
}

// TestLeadsStateOfficials checks that a person who leads or heads a
// state's officials (words.yaml official_nouns: delegation, side, team,
// negotiators), actively, in the passive or after a modal, holds office
// for that state when a title is given him (in the phrase, apposed, or
// written before his name with no state); with no title, or a phrase
// that goes on past the noun ("the delegation's offices"), or a state led
// itself, none; a person bound to another state's office is not the one
// led.
func TestLeadsStateOfficials(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"At the table in Geneva the North Korean team was headed by Ri Song Chol, a vice foreign minister.",
			[]string{"HOLDS_OFFICE(Ri Song Chol -> North Korea)"}, nil},
		{"Luis Vega, a senior diplomat who heads Bolivia's negotiating team, said the talks went well.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Bolivia)"}, nil},
		{"Deputy Foreign Minister Ana Soto led the Peruvian negotiators in the second round.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, nil},
		{"Peru's delegation was led by Maria Alves, a senior diplomat.",
			[]string{"HOLDS_OFFICE(Maria Alves -> Peru)"}, nil},
		{"The ministry said Foreign Minister Carlos Okafor would lead the Chilean delegation at the summit.",
			[]string{"HOLDS_OFFICE(Carlos Okafor -> Chile)"}, nil},
		{"Ana Soto led the Peruvian negotiators in the second round.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
		{"Ambassador Ana Soto heads the Peruvian delegation's legal office.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
		{"The Chilean team, led by Peruvian Foreign Minister Ana Soto, toured the border.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, []string{"HOLDS_OFFICE(Ana Soto -> Chile)"}},
		{"Ana Soto will head the Kestrel Party's list in the election.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Kestrel Party)"}},
		{"Ambassador Carlos Okafor hopes to lead the Chilean delegation next year.",
			nil, []string{"HOLDS_OFFICE(Carlos Okafor -> Chile)"}},
		{"General Carlos Okafor led Chile in the talks with Peru.",
			nil, []string{"HOLDS_OFFICE(Carlos Okafor -> Chile)"}},
	})
}
