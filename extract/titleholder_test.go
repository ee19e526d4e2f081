package extract

import "testing"

// The state or body a title's holder is placed in when the title names
// none: a paper's home line, a portfolio after "of", a sub-body's whole.

// TestPaperHomeHoldsUnqualifiedTitle checks a paper's place-and-date
// line under its masthead in capitals ("Lima, Wednesday, October 22,
// 1986" on a line of its own) as the paper's home: a state's title
// written with no state is held for the line's state, not for another
// state the story names more often, even with that state out of view; a
// line with no masthead above, a line that goes on past the date, or one
// naming no month is none.
func TestPaperHomeHoldsUnqualifiedTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"THE LIMA STAR\nLima, Wednesday, October 22, 1986\n\nChile mourns\n\nChile buried its dead on Tuesday. Chile said Chile would rebuild. The Minister of Home Affairs, Mr Tavo Rei, said Peru would protect the embassies.",
			[]string{"HOLDS_OFFICE(Tavo Rei -> Peru)"}, []string{"HOLDS_OFFICE(Tavo Rei -> Chile)"}},
		{"EL DIARIO\nQuito, 3 May 2001\n\nChile and Peru talk\n\nPeru and Chile met on Monday. Peru said Peru was ready. Defence Minister Ana Soto said Ecuador would stay out.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Ecuador)"}, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
		// no masthead above: a correspondent's line, no home
		{"Quito, 3 May 2001\n\nChile and Peru talk\n\nPeru and Chile met on Monday. Peru said Peru was ready. Defence Minister Ana Soto said Ecuador would stay out.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Ecuador)"}},
		{"EL DIARIO\nQuito, Peru and Chile\n\nPeru and Chile met on Monday. Peru said Peru was ready. Defence Minister Ana Soto said the army would stay.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Ecuador)"}},
		{"Lima, May 3, was calm as Chile voted.\n\nChile said Chile would vote again. Chile's parliament met. Defence Minister Ana Soto said the army would stay.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
	})
}

// TestMinisterOfPortfolioHeldForArticleState checks a state's title
// with its portfolio after "of" in capitals or lower case and a comma before the name ("The
// Minister of Home Affairs, Mr Tavo Rei,"): held for the article's state
// as a portfolio after "for" is; a state named after "of" is the state
// ("the President of Peru, Tavo Rei"), and a name apposed elsewhere is
// not the holder.
func TestMinisterOfPortfolioHeldForArticleState(t *testing.T) {
	const lead = "Peru protests\n\nPeru recalled its envoy on Monday. Peru said Peru would act. "
	checkPatterns(t, []patternCase{
		{lead + "The Minister of Home Affairs, Mr Tavo Rei, said police would guard the embassies.",
			[]string{"HOLDS_OFFICE(Tavo Rei -> Peru)"}, nil},
		{lead + "The Minister of Mines and Energy, Ana Soto, told reporters the wells were safe.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, nil},
		{lead + "The minister of tourism, Ana Soto, cancelled her trip.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, nil},
		{lead + "The President of Chile, Tavo Rei, answered on Tuesday.",
			[]string{"HOLDS_OFFICE(Tavo Rei -> Chile)"}, []string{"HOLDS_OFFICE(Tavo Rei -> Peru)"}},
		{lead + "The Minister of Home Affairs met Tavo Rei, a lawyer, on Tuesday.",
			nil, []string{"HOLDS_OFFICE(Tavo Rei -> Peru)"}},
	})
}

// TestSortTitleHeldInWholeBody checks a title of an organization's sort
// read from a sub-body in view that the lexicon gives a parent: the title is held
// in the whole when the sub-body is written with the whole's name ("the
// UN Security Council ..., and the Secretary-General, Mr X," heads the
// United Nations); a sub-body of another sort (a court) keeps the title,
// and a name with no title takes nothing from it.
func TestSortTitleHeldInWholeBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The UN Security Council met in closed session, and the Secretary-General, Mr Tavo Rei, called for an inquiry.",
			[]string{"HOLDS_OFFICE(Tavo Rei -> United Nations)"}, []string{"HOLDS_OFFICE(Tavo Rei -> United Nations Security Council)"}},
		{"After the U.N. Security Council vote on Peru, Secretary General Ana Soto flew to Lima.",
			[]string{"HOLDS_OFFICE(Ana Soto -> United Nations)"}, []string{"HOLDS_OFFICE(Ana Soto -> United Nations Security Council)"}},
		{"The International Court of Justice heard Peru's case. Judge Tavo Rei dissented.",
			[]string{"HOLDS_OFFICE(Tavo Rei -> International Court of Justice)"}, []string{"HOLDS_OFFICE(Tavo Rei -> United Nations)"}},
		{"The OAS convened in Lima, and Secretary General Ana Soto flew there.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Organization of American States)"}, nil},
		{"The UN Security Council met on Peru, and Ana Soto, a lawyer, spoke.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> United Nations)"}},
	})
}
