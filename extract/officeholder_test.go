package extract

import "testing"

// TestHolderPastHonorifics checks that an honorific between a lead verb or
// a "whose" title and the name ("led by Mr X", "whose general secretary Dr
// X") and "former" after "by" keep the holder, and that "whose" after a
// country in a body's complement ("the Kestrel Council in Chile, whose
// chairman X") binds nobody to the country.
func TestHolderPastHonorifics(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Alliance, led by Mr Jon Berg, said it would contest the elections.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Alliance)"}, nil},
		{"The Kestrel Front, led by former minister Jon Berg, met in Vorn.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"The Kestrel Front, whose general secretary Dr Jon Berg met planners, said it would open an office.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"The Kestrel Council in Chile, whose chairman Jon Berg met planners, said it would open an office.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"The Kestrel Front met Mr Jon Berg on Monday.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}},
	})
}

// TestGroupOfPerson checks a party or armed group written as a person's
// after "of" past a descriptor noun, within the name or apposed ("the
// Kestrel party of X", "Renamo, the rebel movement of Dr X"): the person
// leads it; a descriptor of no led sort, or a place after "of", binds
// nobody.
func TestGroupOfPerson(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Forces backed by the Kestrel party of Sheikh Jon Berg took the base.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel)"}, nil},
		{"Renamo, the rebel movement of Dr Jon Berg, boycotted the vote.",
			[]string{"HOLDS_OFFICE(Jon Berg -> RENAMO)"}, nil},
		{"Hamas, the militant group of the south, rejected the plan of Jon Berg.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Hamas)"}},
		{"Kestrel Oil, the oil company of Jon Berg, won the tender.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Oil)"}},
	})
}

// TestOppositionLeaderStateless checks that an opposition leader holds no
// office in the state written with the title ("Chilean opposition
// leader X"), only in the party named, while a state's own title written
// the same way still binds its state.
func TestOppositionLeaderStateless(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean opposition leader Jon Berg called the vote a fraud.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"In Santiago, opposition leader Jon Berg of the Kestrel Party said the government had failed.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)"}, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"Peru's leader of the opposition, Ana Ruiz, rejected the deal.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Peru)"}},
		{"Chilean Foreign Minister Jon Berg called the vote a fraud.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
	})
}
