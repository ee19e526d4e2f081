package extract

import "testing"

// TestPronounSex checks that "he" and "she" agree with the sex the article
// shows of a person (a mark before the name, "Mrs", "spokeswoman", or an
// earlier "she" in a sentence naming no one else), and that a resolved
// "she" is the subject of a later clause of its sentence.
func TestPronounSex(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mrs. Ana Ruiz met Peruvian President Luis Vega in Lima on Monday. She later criticized Bolivia over the border dispute.",
			[]string{"CRITICIZES(Ana Ruiz -> Bolivia)"}, []string{"CRITICIZES(Luis Vega -> Bolivia)"}},
		{"Ana Ruiz said she would travel to Lima. On Monday, Ana Ruiz met Peruvian President Luis Vega. She later criticized Bolivia.",
			[]string{"CRITICIZES(Ana Ruiz -> Bolivia)"}, []string{"CRITICIZES(Luis Vega -> Bolivia)"}},
		// nothing shows Vega's sex: the nearest person, as before
		{"Ana Ruiz met Peruvian President Luis Vega in Lima on Monday. She later criticized Bolivia.",
			[]string{"CRITICIZES(Luis Vega -> Bolivia)"}, nil},
		{"Ana Ruiz spoke to reporters in Lima. She announced sanctions on Colombian senator Jorge Lopez, and she criticized Brazil for its silence.",
			[]string{"CRITICIZES(Ana Ruiz -> Brazil)"}, []string{"CRITICIZES(Jorge Lopez -> Brazil)"}},
	})
}

// TestSpeakerLabelPronoun checks that an interview's speaker, named alone
// before a colon, is not what a "he" in the answer stands for.
func TestSpeakerLabelPronoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Q: Former President Luis Vega calls the deal a mistake.\nRuiz: President Vega ended the talks in 2019. He then criticized Cuba for hosting the rebels.",
			[]string{"CRITICIZES(Luis Vega -> Cuba)"}, []string{"CRITICIZES(Ruiz -> Cuba)"}},
	})
}

// TestFrontedCataphor checks that a pronoun in a clause or phrase opening
// its sentence is the main clause's subject named after the comma, and
// that the main clause's own subject pronoun is read as before.
func TestFrontedCataphor(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru held talks on Monday. After he met Carlos Soto in Lima, Peruvian President Luis Vega criticized Bolivia.",
			[]string{"MET_WITH(Carlos Soto -> Luis Vega)"}, nil},
		{"Mr. Pedro Diaz arrived in Quito. On Monday, hours after he met Carlos Soto in Lima, Luis Vega criticized Bolivia.",
			[]string{"MET_WITH(Carlos Soto -> Luis Vega)"}, []string{"MET_WITH(Pedro Diaz -> Carlos Soto)", "MET_WITH(Carlos Soto -> Pedro Diaz)"}},
		{"Luis Vega arrived in Lima. On Monday, he met the envoy, Ana Soto, and criticized Bolivia.",
			[]string{"CRITICIZES(Luis Vega -> Bolivia)"}, []string{"CRITICIZES(Ana Soto -> Bolivia)"}},
	})
}

// TestObjectPronounNotClauseSubject checks that an object "him" never
// stands for the subject of its own clause.
func TestObjectPronounNotClauseSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mr. Luis Vega, an opponent of Mr. Pedro Diaz, said that he had been sanctioned by him.",
			[]string{"SANCTIONS(Pedro Diaz -> Luis Vega)"}, []string{"SANCTIONS(Luis Vega -> Luis Vega)"}},
	})
}

// TestItOpensOnSubject checks that an "it" opening its sentence stands
// for the earlier sentence's subject rather than its object, and is read
// as before when the subject is the nearest.
func TestItOpensOnSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru accused Chile of backing the rebels. It also threatened Bolivia.",
			[]string{"THREATENS(Peru -> Bolivia)"}, []string{"THREATENS(Chile -> Bolivia)"}},
		{"The Kestrel Alliance brings together the Condor Front and the Falcon Army. On Monday its troops attacked army posts across Tacna.",
			[]string{"ATTACKS(Kestrel Alliance -> Tacna)"}, []string{"ATTACKS(Falcon Army -> Tacna)"}},
		// a member noun after "its" owns people as "troops" does
		{"The Kestrel Alliance groups the Condor Front and the Falcon Army. Last week its fighters seized the town of Tacna.",
			[]string{"ATTACKS(Kestrel Alliance -> Tacna)"}, []string{"ATTACKS(Falcon Army -> Tacna)"}},
		{"Talks in Lima ended without a deal. Peru criticized the outcome. It also threatened Bolivia.",
			[]string{"THREATENS(Peru -> Bolivia)"}, nil},
	})
}

// TestStateBodyAntecedent checks that "the" + a state's demonym + its
// government is the state for a later "it" or "its", over a ministry
// named before, and that a demonym before a company is not.
func TestStateBodyAntecedent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Bolivian Foreign Ministry issued a note. On Tuesday the Peruvian government said it had imposed sanctions on Chile.",
			[]string{"SANCTIONS(Peru -> Chile)"}, []string{"SANCTIONS(Bolivian Foreign Ministry -> Chile)"}},
		{"The Peruvian government accused Chile of backing the rebels. It also threatened Bolivia.",
			[]string{"THREATENS(Peru -> Bolivia)"}, []string{"THREATENS(Chile -> Bolivia)"}},
		{"The Chilean company Acme Mining said it would sue Bolivia.",
			nil, []string{"CRITICIZES(Chile -> Bolivia)", "OPPOSES(Chile -> Bolivia)"}},
	})
}

// TestTheirPartOf checks that a "their" opening its sentence is the body
// the sentence before says "they" are a part of, and nothing when it says
// they are something else of it.
func TestTheirPartOf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Two hundred soldiers landed in Lima. They are the vanguard of the Kestrel Mission. Their commander, General Luis Vega, met President Ana Ruiz.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Kestrel Mission)"}, nil},
		{"Two hundred soldiers landed in Lima. They are the victims of the Kestrel Front. Their commander, General Luis Vega, met President Ana Ruiz.",
			nil, []string{"HOLDS_OFFICE(Luis Vega -> Kestrel Front)"}},
	})
}

// TestTheirPeopleBefore checks that "their" is the country whose people,
// written as a plural demonym, are named just before it, and nothing when
// they are one conjunct of several.
func TestTheirPeopleBefore(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Luis Vega said he was not fighting the Peruvians and welcomed their arrival.",
			[]string{"SUPPORTS(Luis Vega -> Peru)"}, nil},
		{"Luis Vega said he was not fighting the Chileans and the Peruvians and welcomed their arrival.",
			nil, []string{"SUPPORTS(Luis Vega -> Peru)", "SUPPORTS(Luis Vega -> Chile)"}},
	})
}

// TestAdjunctOwner checks that a "his" or "her" after a temporal
// preposition closing a clause is the clause's subject's, unless its sex
// is not the subject's.
func TestAdjunctOwner(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Luis Vega said he would phone Jorge Rey after his meeting with Ana Soto.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, []string{"MET_WITH(Ana Soto -> Jorge Rey)"}},
		{"Mrs Ana Soto said she would phone Luis Vega after his meeting with Jorge Rey.",
			[]string{"MET_WITH(Jorge Rey -> Luis Vega)"}, []string{"MET_WITH(Ana Soto -> Jorge Rey)"}},
	})
}
