package extract

import "testing"

// TestPressHonorifics checks the styles other English-language presses
// write before a name (names.yaml honorifics): "Cde" and "Comrade" in
// southern Africa, Malaysian "Datuk Seri", Indian "Shri" and "Smt",
// West African "Alhaji". Like "Mr" they open no name, make the name after
// them a person's, and a later "Cde Surname" is the same person.
func TestPressHonorifics(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"comrade", "The deputy minister, Cde Tavo Rukuni, told reporters the units would stay.",
			[]string{"Person:Tavo Rukuni"}, []string{"Person:Cde Tavo Rukuni"}},
		{"comrade", "Comrade Ana Velkova opened the congress in Vorna.",
			[]string{"Person:Ana Velkova"}, []string{"Person:Comrade Ana Velkova"}},
		{"malaysian", "Datuk Seri Tavo Rahim met the envoy on Monday.",
			[]string{"Person:Tavo Rahim"}, []string{"Person:Seri Tavo Rahim", "Person:Datuk Seri Tavo Rahim"}},
		{"indian", "Shri Ravi Tarvek and Smt. Priya Varlow attended the ceremony.",
			[]string{"Person:Ravi Tarvek", "Person:Priya Varlow"}, []string{"Person:Shri Ravi Tarvek", "Person:Smt. Priya Varlow"}},
		{"west african", "Alhaji Musa Korvel said the talks had failed.",
			[]string{"Person:Musa Korvel"}, []string{"Person:Alhaji Musa Korvel"}},
		{"no style", "The Comrades Club said the match was off.",
			nil, []string{"Person:Club"}},
	})
	checkPatterns(t, []patternCase{
		{"Zimbabwe's Defence Minister, Cde Tavo Rukuni, visited Peru. Cde Rukuni said the units would stay.",
			[]string{"HOLDS_OFFICE(Tavo Rukuni -> Zimbabwe)", "VISITS(Tavo Rukuni -> Peru)"}, []string{"HOLDS_OFFICE(Cde Rukuni -> Zimbabwe)"}},
		{"Zambia's President, Cde Ana Moyo, met Chile's foreign minister.",
			[]string{"HOLDS_OFFICE(Ana Moyo -> Zambia)"}, nil},
		// an honorific the lexicon's person is written with keeps his state;
		// "comrades" as a noun is none
		{"The President, Cde Robert Mugabe, accused Chile of lying to Zimbabwe.",
			[]string{"HOLDS_OFFICE(Robert Mugabe -> Zimbabwe)", "CRITICIZES(Robert Mugabe -> Chile)"}, nil},
		{"On Monday Comrade Tavo Rei, commander of the Kestrel Front, ordered an attack on Lima.",
			[]string{"HOLDS_OFFICE(Tavo Rei -> Kestrel Front)"}, []string{"HOLDS_OFFICE(Comrade Tavo Rei -> Kestrel Front)"}},
		{"Chile's foreign minister, Cde. Ana Soto, met Peru's envoy in Lima.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)"}, nil},
		{"Our comrades in Peru will stand by Chile, Ana Soto said.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
	})
}

// TestOwnedBodies checks that a name no lexicon knows after a word of
// state or private ownership (words.yaml owned_marks: "state-run",
// "state-owned", "privately-owned") is an organization, a body or firm,
// never a place; a participle of control after another holder keeps its
// place ("government-held Tarvosk", control_marks).
func TestOwnedBodies(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"state-run", "The junta told viewers of state-run KRTV that it acted.",
			[]string{"Organization:KRTV"}, []string{"Location:KRTV"}},
		{"state-owned", "Peru said the state-owned Vornagaz would build the pipeline.",
			[]string{"Organization:Vornagaz"}, []string{"Location:Vornagaz"}},
		{"privately-owned", "Chile signed a contract with privately-owned Kestrel Shipping on Monday.",
			[]string{"Organization:Kestrel Shipping"}, nil},
		{"state-funded", "The report aired on state-funded Tarvo Radio.",
			[]string{"Organization:Tarvo Radio"}, []string{"Location:Tarvo Radio"}},
		{"control stays place", "Rebels shelled government-held Tarvosk on Monday.",
			[]string{"Location:Tarvosk"}, []string{"Organization:Tarvosk"}},
		{"control stays place", "The militia attacked rebel-run Vornaka overnight.",
			[]string{"Location:Vornaka"}, []string{"Organization:Vornaka"}},
	})
	// the outlet so named is a preposition's object, not the subject of a
	// verb conjoined later; nor is "that" after a preposition's named
	// object a relative pronoun standing for it
	checkPatterns(t, []patternCase{
		{"The Kestrel Council announced on state-run KRTV that troops had acted and accused foreign stations, including the BBC, of lying.",
			[]string{"CRITICIZES(Kestrel Council -> BBC)"}, []string{"CRITICIZES(KRTV -> BBC)"}},
		{"The Vorn Council said in a message aired on Al Jazeera that the army had withdrawn and condemned Chile.",
			[]string{"CRITICIZES(Vorn Council -> Chile)"}, []string{"CRITICIZES(Al Jazeera -> Chile)"}},
		{"Peru signed a deal with Bolivia that allows transit and criticized Chile.",
			[]string{"CRITICIZES(Peru -> Chile)"}, []string{"CRITICIZES(Bolivia -> Chile)"}},
		{"Peru condemned the bloc that includes Chile.", nil, nil},
	})
}

// TestNumbersInNames checks numbers that belong to an organization's
// name: a short number after a unit's head (words.yaml numbered_heads:
// "Light Infantry Division 66", "Force 17"), and a short cardinal after
// "the" opening a name in the singular, before a kind noun or ending on an
// organization's head ("the 88 Vorn Students group", "the 5 Kestrel
// Movement"); a cardinal before a plural counts people (no name), and a
// date's or a lexicon name's number stays out. A capitalised "All" after
// "the" opens the organization's name after it ("the All Burma Monks'
// Alliance"); not a team's plural name nor a quantifier.
func TestNumbersInNames(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"unit number", "Troops of Light Infantry Division 66 raided the monastery at dawn.",
			[]string{"Organization:Light Infantry Division 66"}, []string{"Organization:Light Infantry Division"}},
		{"unit number", "Peru said members of Force 17 were killed in the raid.",
			[]string{"Organization:Force 17"}, []string{"Organization:Force"}},
		{"unit number", "The Kestrel Corps 4 crossed the river, the army said.",
			[]string{"Organization:Kestrel Corps 4"}, nil},
		{"cardinal name", "The march, backed by the 88 Vorn Students group, began in August.",
			[]string{"Organization:88 Vorn Students"}, []string{"Organization:Vorn Students"}},
		{"cardinal name", "Leaders of the 19 Kestrel Movement met in Lima on Monday.",
			[]string{"Organization:19 Kestrel Movement"}, []string{"Organization:Kestrel Movement"}},
		{"count", "Peru said the 12 Kestrel Party members resigned.",
			[]string{"Organization:Kestrel Party"}, []string{"Organization:12 Kestrel Party"}},
		{"count", "Officials said the 27 European Union states agreed.",
			[]string{"Organization:European Union"}, []string{"Organization:27 European Union"}},
		{"date", "Peru said the 14 March Vorn Movement rally was peaceful.",
			nil, []string{"Organization:14 March Vorn Movement"}},
		// "All" after "the" opens the organization's name after it
		{"all opens", "Officials of the All Burma Kestrel Monks' Alliance met in Lima.",
			[]string{"Organization:All Burma Kestrel Monks' Alliance"}, []string{"Organization:Burma Kestrel Monks' Alliance"}},
		{"all opens", "Peru met leaders of the All Vorna Trade Union Congress on Monday.",
			[]string{"Organization:All Vorna Trade Union Congress"}, []string{"Organization:Vorna Trade Union Congress"}},
		{"all opens", "Peru beat the All Blacks on Monday.", nil, []string{"Organization:All Blacks"}},
		{"all opens", "All the ministers of Peru met in Lima.", nil, []string{"Organization:All"}},
	})
}

// TestStateBodiesAndHeads checks a state's name opening its body's name
// with two or more capitalised words that end on a state head (namecues
// state_heads: "the Zimbabwe National Army", PART_OF Zimbabwe, no bare
// "Army"; the lexicon's "Guyana Defence Force" keeps its reading; a head
// of no state, "Group", makes none), and the heads of religious houses and
// local divisions (words.yaml facility_heads: monastery, pagoda;
// place_heads: township, commune).
func TestStateBodiesAndHeads(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"state body", "Units of the Zimbabwe National Army would stay in the corridor.",
			[]string{"Organization:Zimbabwe National Army", "Country:Zimbabwe"}, []string{"Organization:Army"}},
		{"state body", "Rangers of the Kenya Wildlife Service arrested the poachers.",
			[]string{"Organization:Kenya Wildlife Service"}, nil},
		{"no state head", "Peru met the Ukraine Defense Contact Group in May.",
			nil, []string{"Organization:Ukraine Defense"}},
		{"religious house", "Troops raided the Kestrel Vorn monastery before dawn.",
			[]string{"Facility:Kestrel Vorn monastery"}, nil},
		{"religious house", "Monks gathered at the Tarvo pagoda on Monday.",
			[]string{"Facility:Tarvo pagoda"}, nil},
		{"local division", "Protesters marched through Vorn Okka Township on Monday.",
			[]string{"Location:Vorn Okka Township"}, nil},
		{"local division", "Fighting spread to the Kessin commune overnight.",
			[]string{"Location:Kessin commune"}, nil},
	})
	checkPatterns(t, []patternCase{
		{"Units of the Zimbabwe National Army would stay.", []string{"PART_OF(Zimbabwe National Army -> Zimbabwe)"}, nil},
	})
}
