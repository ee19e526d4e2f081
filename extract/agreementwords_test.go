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

// TestThenTitledSigners checks that "then" or "former" before a title
// owned by a possessor keeps the name apposed to it a signer: "signed by
// Kenya's then president, Daniel Moi, and Ethiopia's then leader, ...".
func TestThenTitledSigners(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Somalia violated the 1990 Tana Declaration signed by Kenya's then president, Daniel Moi, and Ethiopia's then leader, Mengistu Haile Mariam.",
			[]string{"SUPPORTS(Daniel Moi -> Tana Declaration)", "SUPPORTS(Mengistu Haile Mariam -> Tana Declaration)", "COOPERATES_WITH(Daniel Moi -> Mengistu Haile Mariam)"}, nil},
		{"The Lome Accord was signed by Togo's former president, Koffi Amega.", []string{"SUPPORTS(Koffi Amega -> Lome Accord)"}, nil},
		// a word that is no title modifier still breaks the phrase
		{"The Lome Accord was signed by Togo's angry president, Koffi Amega.", nil, []string{"SUPPORTS(Togo -> Lome Accord)"}},
	})
}

// TestAgreementBetween checks the parties after "between" of a named
// agreement's head and of the text nouns of the between cue (protocol,
// memorandum, convention, arrangement, declaration): each backs the text
// and each pair cooperates.
func TestAgreementBetween(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Lusaka Protocol between Angola and Zambia was signed in 1994.",
			[]string{"SUPPORTS(Angola -> Lusaka Protocol)", "SUPPORTS(Zambia -> Lusaka Protocol)", "COOPERATES_WITH(Angola -> Zambia)"}, nil},
		{"Egypt denounced the memorandum between Turkey and Libya on Monday.", []string{"COOPERATES_WITH(Libya -> Turkey)"}, nil},
		// a name not followed by "between" names no parties
		{"Angola cited the Lusaka Protocol as fighting between Zambia and Congo went on.", nil,
			[]string{"COOPERATES_WITH(Congo -> Zambia)", "COOPERATES_WITH(Zambia -> Congo)", "SUPPORTS(Zambia -> Lusaka Protocol)"}},
	})
}

// TestPairNamedAgreement checks the states a hyphenated pair opening an
// agreement's name names: each backs it and the two cooperate, when the
// article names both.
func TestPairNamedAgreement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Britain and Ireland said the Anglo-Irish Agreement would stand.",
			[]string{"SUPPORTS(United Kingdom -> Anglo-Irish Agreement)", "SUPPORTS(Ireland -> Anglo-Irish Agreement)", "COOPERATES_WITH(United Kingdom -> Ireland)"}, nil},
		{"Chinese and British diplomats discussed the Sino-British Joint Declaration.",
			[]string{"SUPPORTS(China -> Sino-British Joint Declaration)", "COOPERATES_WITH(China -> United Kingdom)"}, nil},
		// a state named only inside the pair is no entity of the article
		{"Analysts in Paris studied the Franco-German Treaty.", nil, []string{"COOPERATES_WITH(France -> Germany)", "SUPPORTS(Germany -> Franco-German Treaty)", "SUPPORTS(France -> Franco-German Treaty)"}},
		{"France said the Franco-German Treaty would stand.", nil, []string{"SUPPORTS(France -> Franco-German Treaty)"}},
	})
}

// TestUnderAgreementWith checks the partner after "with" of an agreement
// an act is done under: the subject cooperates with it and it backs the
// agreement; a passive's subject and a gerund's act state nothing.
func TestUnderAgreementWith(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chad asked for help under the 1976 defence agreement with France.",
			[]string{"COOPERATES_WITH(France -> Chad)", "SUPPORTS(France -> defence agreement)"}, nil},
		{"Officials said Cuba, which trained the pilots under a 1976 accord with Luanda, denied the report.",
			[]string{"COOPERATES_WITH(Angola -> Cuba)"}, nil},
		{"Chad was sanctioned under the trade agreement with France.", nil, []string{"COOPERATES_WITH(France -> Chad)"}},
		{"Peru accused some officers of handing over the base under a deal with Quito.", nil, []string{"COOPERATES_WITH(Ecuador -> Peru)", "COOPERATES_WITH(Peru -> Ecuador)"}},
	})
}
