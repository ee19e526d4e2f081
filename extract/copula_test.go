package extract

import "testing"

// TestCopularTitles checks offices said with "to be": in a relative
// clause or as the predicate, with a modifier before the title; a past
// perfect ("had been") and a kinship noun state none.
func TestCopularTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"U.S. officials said Smith often argued with Antony Blinken, who is the secretary of state.",
			[]string{"HOLDS_OFFICE(Antony Blinken -> United States)"}, nil},
		{"Karim al-Tamimi was the deputy commander of the Popular Mobilization Forces.",
			[]string{"HOLDS_OFFICE(Karim al-Tamimi -> Popular Mobilization Forces)"}, nil},
		{"Ahmed Saleh, who was the interior minister of Iraq, resigned.", []string{"HOLDS_OFFICE(Ahmed Saleh -> Iraq)"}, nil},
		{"Ahmed Saleh had been the interior minister of Iraq.", nil, []string{"HOLDS_OFFICE(Ahmed Saleh -> Iraq)"}},
	})
}

// TestKnownPersonCountry checks that a title with no state named, said of
// a later short form of a person the lexicon knows, is held for that
// person's state, not for the article's principal country.
func TestKnownPersonCountry(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The United States refused. The United States said no. On Monday, Prime Minister Boris Johnson joined the calls by British officials. Prime Minister Johnson was questioned about the case.",
			[]string{"HOLDS_OFFICE(Boris Johnson -> United Kingdom)"}, []string{"HOLDS_OFFICE(Boris Johnson -> United States)"}},
	})
}

// TestSharedAffiliation checks a title joined by "and" to a title with a
// state: it shares that state unless it names its own.
func TestSharedAffiliation(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"France watched. The meeting was attended by Polish prime minister Donald Tusk and defence minister Wladyslaw Kosiniak, and Czech president Petr Pavel and foreign minister Jan Lipavsky.",
			[]string{"HOLDS_OFFICE(Wladyslaw Kosiniak -> Poland)", "HOLDS_OFFICE(Jan Lipavsky -> Czech Republic)"},
			[]string{"HOLDS_OFFICE(Jan Lipavsky -> Poland)", "HOLDS_OFFICE(Wladyslaw Kosiniak -> France)"}},
		{"German Chancellor Olaf Scholz and Foreign Minister Anna Gruber of Austria spoke.",
			[]string{"HOLDS_OFFICE(Anna Gruber -> Austria)"}, []string{"HOLDS_OFFICE(Anna Gruber -> Germany)"}},
		// a preposition after "and" opens a phrase of its own; a holder the
		// lexicon knows as another state's shares no state
		{"Ana Ruiz had spoken with Peruvian President Tomas Vega and with President Juan Berg before the summit.",
			[]string{"HOLDS_OFFICE(Tomas Vega -> Peru)"}, []string{"HOLDS_OFFICE(Juan Berg -> Peru)"}},
		{"The plan was discussed by Chilean President Tomas Vega and by Foreign Minister Juan Berg in Lima.",
			nil, []string{"HOLDS_OFFICE(Juan Berg -> Chile)"}},
		{"She met French President Emmanuel Macron and President Vladimir Putin at the summit in Russia.",
			[]string{"HOLDS_OFFICE(Vladimir Putin -> Russia)"}, []string{"HOLDS_OFFICE(Vladimir Putin -> France)"}},
		{"Chilean President Tomas Vega and Foreign Minister Juan Berg flew to Lima.",
			[]string{"HOLDS_OFFICE(Juan Berg -> Chile)"}, nil},
	})
}
