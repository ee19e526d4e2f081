package extract

import "testing"

// TestShelterCues checks that giving an actor asylum, refuge or shelter
// is a SUPPORTS of it, not a SUPPLIES of the sheltered, while giving
// things to an actor is still a supply.
func TestShelterCues(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Sweden has given asylum to the dissident Ana Soto.", []string{"SUPPORTS(Sweden -> Ana Soto)"}, []string{"SUPPLIES(Sweden -> Ana Soto)"}},
		{"Peru offered political refuge to Ana Soto on Monday.", []string{"SUPPORTS(Peru -> Ana Soto)"}, []string{"SUPPLIES(Peru -> Ana Soto)"}},
		{"Chile, whose government has given shelter to Ana Soto, protested.", []string{"SUPPORTS(Chile -> Ana Soto)"}, []string{"SUPPLIES(Chile -> Ana Soto)"}},
		{"Sweden did not give asylum to Ana Soto.", nil, []string{"SUPPORTS(Sweden -> Ana Soto)"}},
		{"Chile has given two frigates to Peru.", []string{"SUPPLIES(Chile -> Peru)"}, []string{"SUPPORTS(Chile -> Peru)"}},
	})
}

// TestCutShortVisit checks that a visit cut short is a visit of the place,
// not CAMEO's halting of talks (OPPOSES of the host).
func TestCutShortVisit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto cut short a visit to Japan on Monday.", []string{"VISITS(Ana Soto -> Japan)"}, []string{"OPPOSES(Ana Soto -> Japan)"}},
		{"President Ana Soto, who cut short her trip to Brazil, returned to Lima.", []string{"VISITS(Ana Soto -> Brazil)"}, []string{"OPPOSES(Ana Soto -> Brazil)"}},
		// a visit not cut short was made all the same
		{"Ana Soto did not cut short her visit to Japan.", []string{"VISITS(Ana Soto -> Japan)"}, []string{"OPPOSES(Ana Soto -> Japan)"}},
	})
}

// TestBackedSanctions checks that a body backing or agreeing sanctions on
// a target sanctions it, while urging or weighing them stays a threat
// (CAMEO 1312).
func TestBackedSanctions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"European Union ministers backed sanctions against Iranian officials on Monday.", []string{"SANCTIONS(European Union -> Iran)"}, []string{"THREATENS(European Union -> Iran)"}},
		{"The European Union agreed new sanctions on Russia.", []string{"SANCTIONS(European Union -> Russia)"}, nil},
		{"Germany pushed for sanctions against Russia.", nil, []string{"SANCTIONS(Germany -> Russia)"}},
		{"Germany did not back sanctions against Russia.", nil, []string{"SANCTIONS(Germany -> Russia)"}},
	})
}

// TestQuotedWordObject checks that a quoted word before a prepositional
// object does not make that object open a clause: the actor after ", and"
// is no conjunct of it.
func TestQuotedWordObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`The Kremlin warned the West against "meddling" in Georgia, and Ana Soto accused the EU of lying.`,
			[]string{"CRITICIZES(Ana Soto -> European Union)"}, []string{"CRITICIZES(Georgia -> European Union)"}},
		{`Chile said "no" to Peru, and Bolivia accused the EU of lying.`,
			[]string{"CRITICIZES(Bolivia -> European Union)"}, []string{"CRITICIZES(Peru -> European Union)"}},
	})
}

// TestParticipleAfterAndClause checks that a participle after a clause
// joined by ", and" with its own subject is that clause's act, not the
// first clause's subject's.
func TestParticipleAfterAndClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto and Jon Berg were detained in Lima, and the Peruvian prosecutor has opened a case against the Kestrel Party, accusing it of plotting a coup.",
			[]string{"CRITICIZES(Peru -> Kestrel Party)"}, []string{"CRITICIZES(Ana Soto -> Kestrel Party)", "CRITICIZES(Jon Berg -> Kestrel Party)"}},
		// one subject, two verbs
		{"Chile recalled its envoy from Lima on Monday, and later expelled two diplomats, accusing Peru of spying.",
			[]string{"CRITICIZES(Chile -> Peru)"}, nil},
		// a list's last item
		{"Chile condemned Peru, Bolivia, and Ecuador, accusing them of meddling.",
			[]string{"CRITICIZES(Chile -> Peru)"}, nil},
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

// TestSuspendedOwnMembership checks that a member suspending its own
// membership of a body OPPOSES the body, while a body suspending a
// member's membership still SANCTIONS the member.
func TestSuspendedOwnMembership(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru suspended its membership of the African Union in 2007.", []string{"OPPOSES(Peru -> African Union)"}, []string{"SANCTIONS(Peru -> African Union)"}},
		{"Peru has frozen its membership in the African Union.", []string{"OPPOSES(Peru -> African Union)"}, nil},
		{"Peru did not suspend its membership of the African Union.", nil, []string{"OPPOSES(Peru -> African Union)"}},
		{"The African Union suspended Peru's membership.", []string{"SANCTIONS(African Union -> Peru)"}, []string{"OPPOSES(Peru -> African Union)"}},
	})
}

// TestQuotedEventNoun checks that a condemned act in quotation marks is
// still its modifier's act: the demonym before the quotes is criticized,
// not the side after "against".
func TestQuotedEventNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`AU condemns Russian "military action" against Georgia`,
			[]string{"CRITICIZES(African Union -> Russia)"}, []string{"CRITICIZES(African Union -> Georgia)"}},
		{`The African Union condemned the "military action" against Georgia.`,
			nil, []string{"CRITICIZES(African Union -> Russia)"}},
	})
}

// TestPartnersInBloc checks that a bloc after "partners in" or "allies in"
// is where the partners are, not a partner, while the apposed partners
// and a capital standing for its state still are.
func TestPartnersInBloc(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, Peru's partner in NATO, criticized Bolivia.",
			[]string{"COOPERATES_WITH(Chile -> Peru)", "CRITICIZES(Chile -> Bolivia)"}, []string{"COOPERATES_WITH(Peru -> NATO)"}},
		{"The foreign ministers of Chile and Brazil, Peru's partners in the African Union, flew to Lima on Monday.",
			[]string{"COOPERATES_WITH(Chile -> Peru)", "COOPERATES_WITH(Brazil -> Peru)"}, []string{"COOPERATES_WITH(Peru -> African Union)"}},
		{"Chile is Peru's main partner.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
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
