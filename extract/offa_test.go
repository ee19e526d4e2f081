package extract

import "testing"

// TestLeadsDescribedBody checks that a lead verb's object may be a
// description of an organization named before it, past lower-case
// modifiers ("X, who chairs the regional bloc,"): the person holds office
// in the body the description refers to; a description that only
// modifies a noun after it ("leads the alliance's delegation") is none.
func TestLeadsDescribedBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"ECOWAS leaders met in Accra on Monday. Ghanaian President Kofi Mensah, who chairs the regional bloc, said the coup was illegal.",
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
