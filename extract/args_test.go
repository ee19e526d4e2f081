package extract

import "testing"

// TestTitleAppositionConjunct checks that a conjunct written as a title
// with the person apposed after a comma ("and the Chilean defence
// minister, Juan Vega", "and the then Security Council secretary, Juan
// Vega") is the person, not the title's state or body.
func TestTitleAppositionConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The war ended with the Lima accords signed by Ana Soto and the then Security Council secretary, Juan Vega.",
			[]string{"COOPERATES_WITH(Ana Soto -> Juan Vega)", "SUPPORTS(Juan Vega -> Lima accords)"},
			[]string{"COOPERATES_WITH(United Nations Security Council -> Ana Soto)", "SUPPORTS(United Nations Security Council -> Lima accords)"}},
		{"The war ended with the Lima accords signed by Ana Soto and the Chilean defence minister, Juan Vega.",
			[]string{"COOPERATES_WITH(Ana Soto -> Juan Vega)", "SUPPORTS(Juan Vega -> Lima accords)"}, nil},
		{"Peru condemned Bolivia and the Chilean defence minister, Juan Vega.",
			[]string{"CRITICIZES(Peru -> Bolivia)", "CRITICIZES(Peru -> Juan Vega)"}, nil},
	})
}

// TestAdverbialSince checks that "since" between a form of "have" and
// the verb ("has since criticized") is an adverb, not a subordinator that
// opens a clause of its own: the verb's subject before it is the cue's
// source, for the parse and for the surface; "since" opening a clause
// still ends the subject's reach.
func TestAdverbialSince(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chad has since criticized Niger over the border closure.", []string{"CRITICIZES(Chad -> Niger)"}, nil},
		{"Ghana has since sent troops to fight alongside Togo.", []string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
		{"Two weeks later Peru had since recalled its envoy and condemned Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"The Chilean navy has since then shelled Arica.", []string{"ATTACKS(Chilean navy -> Arica)"}, nil},
		{"Bolivia and Paraguay have since signed a defence pact.", []string{"COOPERATES_WITH(Bolivia -> Paraguay)"}, nil},
		{"Peru was calm since Chile condemned Bolivia.", []string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
	})
}

// TestDissentersOfState checks that a state's opposition, critics or
// protesters act for themselves, not for the state.
func TestDissentersOfState(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The opposition parties of Kenya, which have accused Uganda of meddling, met on Monday.", nil, []string{"CRITICIZES(Kenya -> Uganda)"}},
		{"Protesters in Kenya condemned Uganda.", nil, []string{"CRITICIZES(Kenya -> Uganda)"}},
		{"Critics of Kenya accused Uganda of meddling.", nil, []string{"CRITICIZES(Kenya -> Uganda)"}},
		{"The government of Kenya, which has accused Uganda of meddling, protested.", []string{"CRITICIZES(Kenya -> Uganda)"}, nil},
		{"Kenya condemned Uganda.", []string{"CRITICIZES(Kenya -> Uganda)"}, nil},
	})
}

// TestWhoseCountry checks that "whose country" after a person with a
// state is that state acting inside the relative clause, and that the
// person is the subject again after the clause closes.
func TestWhoseCountry(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian Foreign Minister Ana Soto, whose country has given asylum to Jon Berg, criticized Chile.",
			[]string{"SUPPORTS(Peru -> Jon Berg)", "CRITICIZES(Ana Soto -> Chile)"}, []string{"SUPPORTS(Ana Soto -> Jon Berg)", "CRITICIZES(Peru -> Chile)"}},
		{"Ana Soto, whose country has given asylum to Jon Berg, criticized Chile.",
			[]string{"CRITICIZES(Ana Soto -> Chile)"}, nil},
	})
}

// TestRelativeAfterPlaceOfNamed checks that a relative clause after "a
// name or an actor noun in a place" is the named one's or the unnamed
// group's, not the place's, while after a verb's "in" it is the place's.
func TestRelativeAfterPlaceOfNamed(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Britain will join the EU Training Mission in Peru, which is to train Bolivia's army.",
			[]string{"SUPPORTS(EU Training Mission -> Bolivia)"}, []string{"SUPPORTS(Peru -> Bolivia)"}},
		{"Russian forces in Syria, which have attacked Idlib, withdrew.", nil, []string{"ATTACKS(Syria -> Idlib)"}},
		{"The minister arrived in Peru, which has backed Chile.", []string{"SUPPORTS(Peru -> Chile)"}, nil},
	})
}
