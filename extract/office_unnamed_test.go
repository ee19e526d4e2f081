package extract

import "testing"

// TestWhoseBody checks that "whose" past a body's place or an apposition
// ending in "in" refers back to the body ("the Kestrel Council of Churches
// in Vornia, whose general secretary X"; "the Kestrel Front, the largest
// bloc in the Lower House, whose general secretary X"), and that a body's
// "whose" title gets no state guessed from the article.
func TestWhoseBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Council of Churches in Chile, whose general secretary Dr Jon Berg met planners, said it would open an office.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Council of Churches)"}, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"The plan was denounced by the Kestrel Front, the biggest bloc in the Lower House, whose general secretary Ana Ruiz said it would fail.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Front)"}, []string{"HOLDS_OFFICE(Ana Ruiz -> Lower House)"}},
		{"LIMA, May 2 - Peru signed a deal with Chile. The opposition Kestrel Congress, whose president Ana Ruiz lost the vote, criticised the deal.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Congress)"}, []string{"HOLDS_OFFICE(Ana Ruiz -> Peru)"}},
		{"LIMA, May 2 - Peru signed a deal with Chile. Peru, whose president Ana Ruiz signed it, called the deal historic.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Peru)"}, nil},
	})
}

// TestUnnamedBodyBefore checks that a title written right after a name
// no mention covers ("Kestrel Renewal leader X", "KUP (Maoist) chairman
// X") is that unknown body's office, for which no state is guessed; a
// leader's title (words.yaml leader_titles) after two words or a bracket
// makes the name an organization. A single portfolio word or a descriptor
// names none, and a state's title after a date's word or opening the
// sentence keeps its state.
func TestUnnamedBodyBefore(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"LIMA, May 2 - Peru signed a deal with Chile. Kestrel Renewal leader Alan Garcia called the deal a betrayal.",
			[]string{"HOLDS_OFFICE(Alan Garcia -> Kestrel Renewal)"}, []string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}},
		{"LIMA, May 2 - Peru signed a deal with Chile. KUP (Maoist) chairman Alan Garcia, a junior partner in the cabinet, praised the deal.",
			[]string{"HOLDS_OFFICE(Alan Garcia -> KUP (Maoist))"}, []string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}},
		{"LIMA, May 2 - Peru signed a deal with Chile. Ana Ruiz faced questions from the opposition Kestrel Democracy leader, Alan Garcia, who accused the government.",
			[]string{"HOLDS_OFFICE(Alan Garcia -> Kestrel Democracy)"}, []string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}},
		{"The signing was attended by Enlargement Commissioner Ana Ruiz.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Enlargement)"}},
		{"LIMA, May 2 - Peru signed a deal with Chile. Party General Secretary Alan Garcia visited Beijing.",
			nil, []string{"HOLDS_OFFICE(Alan Garcia -> Party)"}},
		{"LIMA, May 2 - Peru signed a deal with Chile. On Monday President Alan Garcia defended the deal.",
			[]string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}, nil},
		{"Peru will send two frigates, Defence Minister Ana Ruiz said.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Peru)"}, nil},
	})
}
