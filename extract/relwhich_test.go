package extract

import "testing"

// TestWhichAfterApposedPerson checks that "which" after an apposition
// ending in a person's name refers to the body the apposition describes,
// as "which" names no person; "who" still names the person.
func TestWhichAfterApposedPerson(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Front, the armed wing of Ana Soto, which has fought Peru since 2001, rejected the ceasefire.",
			[]string{"ATTACKS(Kestrel Front -> Peru)"}, []string{"ATTACKS(Ana Soto -> Peru)"}},
		{"Hamas, the militant group of Yahya Sinwar, which has fought Israel since 1987, rejected the deal.",
			[]string{"ATTACKS(Hamas -> Israel)"}, []string{"ATTACKS(Yahya Sinwar -> Israel)"}},
		{"General Ana Soto, the head of the Kestrel Front, who visited Lima, criticized Chile.",
			[]string{"CRITICIZES(Ana Soto -> Chile)"}, []string{"CRITICIZES(Kestrel Front -> Chile)"}},
	})
}

// TestStateBodyRelative checks that a relative clause on "the <demonym>
// government" is the state's act, as the main clause on it is; an
// unnamed noun's clause still names no doer.
func TestStateBodyRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kenyan government, which had accused Somalia of cross-border raids, welcomed the talks.",
			[]string{"CRITICIZES(Kenya -> Somalia)"}, nil},
		{"The Chilean government, which has backed Bolivia since 2010, criticized Peru.",
			[]string{"SUPPORTS(Chile -> Bolivia)", "CRITICIZES(Chile -> Peru)"}, nil},
		{"Chile criticized the conflict, which has drawn condemnation from Peru.",
			nil, []string{"CRITICIZES(Chile -> Peru)"}},
	})
}
