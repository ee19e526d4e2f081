package extract

import "testing"

// entityCase is an article text with the entities it must and must not
// yield (checkEntities).
type entityCase struct {
	name, text string
	want, not  []string
}

// checkEntityCases runs each case as a subtest named by its name.
func checkEntityCases(t *testing.T, cases []entityCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEntities(t, c.text, c.want, c.not) })
	}
}

// labelCount is an article text with how many entities of one label it
// must yield; why says what the count stands for.
type labelCount struct {
	text, label string
	n           int
	why         string
}

// checkLabelCounts checks each case's count of entities of its label.
func checkLabelCounts(t *testing.T, cases []labelCount) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		if n := countLabel(g, c.label); n != c.n {
			t.Errorf("%q: want %s, got %v", c.text, c.why, keys(entitySet(g)))
		}
	}
}

// TestEntB4Names checks names read whole or apart:
//   - agreement of place: a capitalised agreement head before "of" and a
//     town or capital the lexicon knows is one agreement named by where it
//     was signed, with no mention of the town or of its state (an
//     organization's "of" and a place still end the name);
//   - body treaty: an international body's name before a lower-case
//     "treaty" or "charter" ending the phrase names that body's treaty,
//     while the body before another noun stays the body;
//   - consulate: a state's consulate is that state's body, as its embassy
//     is (a bare "the consulate" names none: TestEntB4Counts);
//   - mountain range: "Cordillera" opens a place's name like "Mount", and
//     a prefix does not take a name the lexicon knows whole ("Cape Verde"
//     is the state);
//   - designator conjunct: a designator alone coordinated with a named
//     weapon model is a model too, and alone names nothing;
//   - list name: an act's or a plan's name listing common words with
//     commas and "and" before its head is one name, while states listed so
//     stay three.
func TestEntB4Names(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"agreement of place", "Chile and Bolivia still respect the Treaty of Lima signed in 1929.",
			[]string{"Agreement:Treaty of Lima"}, []string{"Country:Peru", "Location:Lima"}},
		{"agreement of place", "Officials cited the Protocol of Rio de Janeiro on Monday.",
			[]string{"Agreement:Protocol of Rio de Janeiro"}, []string{"Location:Rio de Janeiro"}},
		{"agreement of place", "The Ministry of Defence of Peru said nothing.",
			nil, []string{"Agreement:Ministry of Defence of Peru"}},
		{"body treaty", "Belarus invoked the Union State treaty on Monday.",
			[]string{"Agreement:Union State treaty"}, []string{"Organization:Union State of Russia and Belarus"}},
		{"body treaty", "The ministers amended the ASEAN charter on Monday.",
			[]string{"Agreement:ASEAN charter"}, []string{"Organization:ASEAN"}},
		{"body treaty", "The Union State summit opened on Monday.",
			[]string{"Organization:Union State of Russia and Belarus"}, []string{"Agreement:Union State summit"}},
		{"body treaty", "The EU treaty talks collapsed.",
			[]string{"Organization:European Union"}, nil},
		{"consulate", "Protesters gathered outside the Chilean consulate in Tacna on Monday.",
			[]string{"Organization:Chilean consulate", "Location:Tacna"}, nil},
		{"mountain range", "Snow closed the passes of the Cordillera del Vorn last week.",
			[]string{"Location:Cordillera del Vorn"}, nil},
		{"mountain range", "Troops from Cape Verde arrived on Monday.",
			[]string{"Country:Cape Verde"}, []string{"Location:Cape Verde"}},
		{"designator conjunct", "Rebels shot down two Su-25s and an L-39 on Monday.",
			[]string{"WeaponSystem:L-39", "WeaponSystem:Su-25"}, nil},
		{"designator conjunct", "An L-39 and two Su-25 jets crashed near the border.",
			[]string{"WeaponSystem:L-39"}, nil},
		{"designator conjunct", "Trucks drove along the A-1 and the coast road.",
			nil, []string{"WeaponSystem:A-1"}},
		{"list name", "Parliament passed the Truth, Healing and Unity Bill in May.",
			[]string{"Agreement:Truth, Healing and Unity Bill"}, []string{"Agreement:Unity Bill"}},
		{"list name", "The Peace, Security, and Development Plan was adopted in May.",
			[]string{"Program:Peace, Security, and Development Plan"}, nil},
		{"list name", "Chile, Peru and Bolivia signed the pact.",
			[]string{"Country:Chile", "Country:Peru", "Country:Bolivia"}, nil},
	})
}

// TestEntB4Counts checks that a bare "the consulate" names no body; that a
// singular class noun right before a named ship is that ship, no generic
// class of its own, and that a model's "Block" variant is the model; and
// that a generic programme named by a reduced relative after it (",
// known as X", ", called X") is that named one, no programme of its own.
func TestEntB4Counts(t *testing.T) {
	checkLabelCounts(t, []labelCount{
		{"Protesters gathered outside the consulate on Monday.", "Organization", 0, "no organization"},
		{"The aircraft carrier USS Kestrel arrived in Busan on Tuesday.", "WeaponSystem", 1, "one weapon"},
		{"Chile will receive 50 Tomahawk Block V cruise missiles in 2027.", "WeaponSystem", 1, "one weapon"},
		{"Chile will join the disarmament mission, known as Operation Kestrel Harvest, in June.", "Program", 1, "one programme"},
		{"Chile will join the disarmament mission, and Peru praised Operation Kestrel Harvest.", "Program", 2, "two programmes"},
	})
}

// TestOutletOfTheName checks that "of the" goes on an outlet's name when
// the capitalised words after it end before a medium's noun ("Voice of
// the Nation radio"), and that a title's "of the" does not.
func TestOutletOfTheName(t *testing.T) {
	checkEntities(t, "In remarks aired by state-owned Voice of the Nation radio, the minister said Chile attacked.",
		[]string{"Organization:Voice of the Nation"}, []string{"Location:Voice", "Organization:Nation"})
	checkPatterns(t, []patternCase{
		{"Voice of the Nation radio quoted the minister Ana Soto as saying that Chile attacked.",
			[]string{"QUOTES(Voice of the Nation -> Ana Soto)"}, []string{"QUOTES(Nation -> Ana Soto)"}},
	})
	checkEntities(t, "The Minister of the Interior said Chile attacked.", nil, []string{"Organization:Minister of the Interior"})
}

// TestPeopleBeforeGroup checks that a people's name before a group's
// one-word name and its noun is no given name: the group is named alone.
func TestPeopleBeforeGroup(t *testing.T) {
	checkEntities(t, "Peru accused Chile of arming the Hutu Kestrelwe militia.",
		[]string{"Organization:Kestrelwe"}, []string{"Organization:Hutu Kestrelwe"})
	checkEntities(t, "The junta's foreign minister, Than Swe, met the envoy.", []string{"Person:Than Swe"}, nil)
}

// TestNameParticleDia checks the particle "dia" inside a person's name
// ("Ana Soto dia Soto") and "Platform" as the head of a party's name.
func TestNameParticleDia(t *testing.T) {
	checkEntities(t, "The rebels' leader, Professor Ana Soto dia Soto, a former lecturer, chairs the wing.",
		[]string{"Person:Ana Soto dia Soto"}, []string{"Person:Ana Soto"})
	checkEntities(t, "The opposition Kestrel Democratic Platform rejected the plan.",
		[]string{"Organization:Kestrel Democratic Platform"}, nil)
}

// TestPlaceInsideName checks that a place the gazetteer knows, ending an
// unknown two-word name no cue labels, is no mention of the town, while
// the town named alone stays one.
func TestPlaceInsideName(t *testing.T) {
	checkEntities(t, "Is Peru using leverage in the Kestrelo Wanzhou case?", nil, []string{"Location:Wanzhou"})
	checkEntities(t, "Troops reached Wanzhou on Monday.", []string{"Location:Wanzhou"}, nil)
}

// TestPossessiveListOrg checks that an unknown name after a state's
// possessive, listed after an organization written the same way, is an
// organization, and that a list of persons reads none so.
func TestPossessiveListOrg(t *testing.T) {
	checkEntities(t, "The partners, Italy's Eni, Germany's Kestrelwerk and France's EDF, face losses.",
		[]string{"Organization:Germany's Kestrelwerk"}, nil)
	checkEntities(t, "The ministers, Peru's Ana Soto, Chile's Kestrelo and Bolivia's Luis Vega, met.",
		nil, []string{"Organization:Chile's Kestrelo", "Organization:Kestrelo"})
}

// TestBareCongressInName checks that "Congress", the lexicon's short name
// of the U.S. Congress, ends another body's name after capitalised words
// no lexicon knows, while written alone or after a state's demonym it
// keeps its readings.
func TestBareCongressInName(t *testing.T) {
	checkEntities(t, "The Kestrel Africanist Congress called for a withdrawal of the troops.",
		[]string{"Organization:Kestrel Africanist Congress"}, []string{"Organization:U.S. Congress"})
	checkEntities(t, "Leaders of the Vorland Congress Party said they would not negotiate.",
		[]string{"Organization:Vorland Congress Party"}, []string{"Organization:Party", "Organization:U.S. Congress"})
	checkEntities(t, "The senator told Congress on Monday that the Peruvian Congress would vote.",
		[]string{"Organization:U.S. Congress", "Organization:Peruvian Congress"}, nil)
}

// TestTitledGivenNameBeforeHead checks that a given name and one word
// after a title are its holder even when the word is an organization's
// head, and that such names with no title stay organizations.
func TestTitledGivenNameBeforeHead(t *testing.T) {
	checkEntities(t, "Ana Soto sheltered at the residence of the Chilean ambassador, Robert Service.",
		[]string{"Person:Robert Service"}, []string{"Organization:Robert Service"})
	checkPatterns(t, []patternCase{
		{"Ana Soto sheltered at the residence of the Chilean ambassador, Robert Service.",
			[]string{"HOLDS_OFFICE(Robert Service -> Chile)"}, nil},
	})
	checkEntities(t, "The Secret Service said it would act.", []string{"Organization:Secret Service"}, nil)
}

// TestAffiliationAfterPersonOf checks that an unknown name after a
// person's "of" is the body the person speaks for, not a second person,
// though a verb of saying follows it; a place there stays a place.
func TestAffiliationAfterPersonOf(t *testing.T) {
	checkEntities(t, "In Lima, opposition leader Ana Soto of Kestrelia said the government had erred.",
		[]string{"Organization:Kestrelia", "Person:Ana Soto"}, []string{"Person:Kestrelia"})
	checkPatterns(t, []patternCase{
		{"In Lima, opposition leader Ana Soto of Kestrelia said the government had erred.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Kestrelia)"}, nil},
	})
	checkEntities(t, "Senator Amy Roe of Minnesota said the bill was dead.",
		[]string{"Location:Minnesota"}, []string{"Organization:Minnesota"})
}

// TestTwoWordDemonymBody checks that a two-word demonym, an unknown word
// and a generic body name one body of that state.
func TestTwoWordDemonymBody(t *testing.T) {
	checkEntities(t, "Engineers of the South African National Defence Force repaired the bridge.",
		[]string{"Organization:South African National Defence Force"}, nil)
	checkPatterns(t, []patternCase{
		{"Engineers of the South African National Defence Force repaired the bridge.",
			[]string{"PART_OF(South African National Defence Force -> South Africa)"}, nil},
	})
}

// TestAmpersandName checks that an ampersand joins one name, whatever the
// lexicon knows after it, and that two people joined so stay two.
func TestAmpersandName(t *testing.T) {
	checkEntities(t, "Tony Vorn told the Kestrel & Guardian that the government had blundered.",
		[]string{"Organization:Kestrel & Guardian"}, []string{"Organization:The Guardian"})
	checkEntities(t, "Kestrel & Guardian reporters, Lima and Quito", nil, []string{"Organization:The Guardian"})
	checkEntities(t, "Ana Soto & Luis Vega met in Lima.", []string{"Person:Ana Soto", "Person:Luis Vega"}, nil)
}

// TestTitleOffice checks that a capitalised title's possessive before an
// organization head names the post's office, a body of the state before
// it, and that a lower-case "the president's office" names none.
func TestTitleOffice(t *testing.T) {
	checkEntities(t, "The Peruvian Prosecutor General's Office has opened a case against the party.",
		[]string{"Organization:Peruvian Prosecutor General's Office"}, nil)
	checkPatterns(t, []patternCase{
		{"The Peruvian Prosecutor General's Office has opened a case against the party.",
			[]string{"PART_OF(Peruvian Prosecutor General's Office -> Peru)"}, nil},
	})
	checkEntities(t, "The Prime Minister's Office denied it.", []string{"Organization:Prime Minister's Office"}, nil)
	checkEntities(t, "The president's office denied it.", nil, []string{"Organization:president's office"})
}

// TestChannelNumber checks that an outlet introduced by a descriptor keeps
// the number that closes its name, and that a count after it does not.
func TestChannelNumber(t *testing.T) {
	checkEntities(t, "Ana Soto said in an interview with the state broadcaster Kestrelvision 24 that she was ready.",
		[]string{"Organization:Kestrelvision 24"}, []string{"Organization:Kestrelvision"})
	checkEntities(t, "Ana Soto told the broadcaster Kestrelvision 24 hours later that she was ready.",
		[]string{"Organization:Kestrelvision"}, []string{"Organization:Kestrelvision 24"})
}

// TestRightsCenterAfterName checks that an unknown name before "human
// rights center" is an organization.
func TestRightsCenterAfterName(t *testing.T) {
	checkEntities(t, "The Kestrelna human rights center said 600 people had been detained.",
		[]string{"Organization:Kestrelna"}, nil)
}

// TestJudgeStyle checks that "Justice" before a person's name is a judge's
// style, no part of the name, while bodies named with the word keep it.
func TestJudgeStyle(t *testing.T) {
	checkEntities(t, "The inquiry was led by Justice Tovan Okafor, a Chilean judge.",
		[]string{"Person:Tovan Okafor"}, []string{"Person:Justice Tovan Okafor"})
	checkEntities(t, "The Justice Department said the Justice and Development Party had won.",
		[]string{"Organization:Justice Department", "Organization:Justice and Development Party"}, nil)
	checkEntities(t, "The Kestrel Justice Party won the vote.", []string{"Organization:Kestrel Justice Party"}, nil)
}

// TestListedWithOrg checks that an unknown name listed after an
// organization's name, in a list apposed to a plural noun of
// organizations, is an organization, and that a list with no such noun
// labels none.
func TestListedWithOrg(t *testing.T) {
	checkEntities(t, "In Lima, the main opposition parties, the Kestrel Radical Party and the Vorn Encounter, called for calm.",
		[]string{"Organization:Vorn Encounter"}, nil)
	checkEntities(t, "The ministers met the Kestrel Radical Party and the Vorn Encounter in Lima.",
		nil, []string{"Organization:Vorn Encounter"})
}

// TestUnitOrdinal checks that a capitalised ordinal after "the" opens a
// unit's name that ends on an organization's head, and opens none that
// ends on no such head.
func TestUnitOrdinal(t *testing.T) {
	checkEntities(t, "General Ana Soto now leads the Third Kestrel Corps.",
		[]string{"Organization:Third Kestrel Corps"}, []string{"Organization:Kestrel Corps"})
	checkEntities(t, "General Ana Soto now leads the First Army Corps.",
		[]string{"Organization:First Army Corps"}, nil)
	checkEntities(t, "The First Lady met Ana Soto after the Second World War.", nil,
		[]string{"Organization:First Lady", "Organization:Second World War"})
}

// TestPlaceList checks that a list of names closed by a plural noun of
// places makes each name a place on its own, and that a single name or a
// list of groups does not.
func TestPlaceList(t *testing.T) {
	checkEntities(t, "Peruvian forces fired rockets into Ecuador's Zamora, Morona and Pastaza provinces on Monday.",
		[]string{"Location:Zamora", "Location:Morona"}, []string{"Location:Pastaza provinces"})
	checkEntities(t, "Drills were held near the Tovar, Kessin and Mardel islands.",
		[]string{"Location:Tovar", "Location:Kessin", "Location:Mardel"}, nil)
	// the possessor owns every place of the list
	checkPatterns(t, []patternCase{
		{"Rockets hit Ecuador's Zamora, Morona and Pastaza provinces on Monday.",
			[]string{"LOCATED_IN(Zamora -> Ecuador)", "LOCATED_IN(Morona -> Ecuador)", "LOCATED_IN(Pastaza -> Ecuador)"}, nil},
		// a list with no plural place noun after it is no owned list
		{"Ecuador's Zamora, Peru and Chile signed the pact.", nil, []string{"LOCATED_IN(Peru -> Ecuador)"}},
	})
	// groups of states are no places; one name before a plural is no list
	checkEntities(t, "Leaders of the Nordic and Baltic states met in Riga.", nil, []string{"Location:Nordic"})
}

// TestRoyalBody checks that a style before a demonym and a state body is
// part of the body's name.
func TestRoyalBody(t *testing.T) {
	checkEntities(t, "The Royal Danish Navy and the Royal Malaysian Air Force held drills.",
		[]string{"Organization:Royal Danish Navy", "Organization:Royal Malaysian Air Force"},
		[]string{"Organization:Danish Navy", "Organization:Malaysian Air Force"})
	checkPatterns(t, []patternCase{
		{"The Royal Danish Navy held drills on Monday.", []string{"PART_OF(Royal Danish Navy -> Denmark)"}, nil},
	})
}

// TestBodyForCountry checks that "for" and a state after an organization
// head go on the body's name, and that a mission's head goes on with
// "in" and the state it serves.
func TestBodyForCountry(t *testing.T) {
	checkEntities(t, "The Special Tribunal for Peru indicted him in June.",
		[]string{"Organization:Special Tribunal for Peru"}, []string{"Organization:Special Tribunal"})
	checkEntities(t, "Troops of the United Nations Mission in Peru arrived on Monday.",
		[]string{"Organization:United Nations Mission in Peru"}, nil)
	// the state named inside the body's name is named in the article
	checkEntities(t, "The Special Tribunal for Peru indicted him in June.", []string{"Country:Peru"}, nil)
	// no organization head: the state stays apart
	checkEntities(t, "The Kestrel Fund gave grants for Peru on Monday.", []string{"Country:Peru"}, nil)
}

// TestAppositionAfterToPhrase checks that a name apposed to a role and its
// "to" phrase is the role's holder.
func TestAppositionAfterToPhrase(t *testing.T) {
	checkEntities(t, "Peru recalled its ambassador to Chile, Tan Weiming, on Friday.", []string{"Person:Tan Weiming"}, nil)
	checkPatterns(t, []patternCase{
		{"Peru recalled its ambassador to Chile, Tan Weiming, on Friday.", []string{"HOLDS_OFFICE(Tan Weiming -> Peru)"}, nil},
	})
	// a list of places after "to" is no apposition to a role
	checkEntities(t, "The delegation flew to Chile, Bolivia and Peru on Monday.", nil, []string{"Person:Bolivia"})
}

// TestPlaceOpensCompany checks that a place's name opening capitalised
// words before an organization's kind noun is a company's name, and that
// "and" joins its words there.
func TestPlaceOpensCompany(t *testing.T) {
	checkEntities(t, "Peru hired the Atlantic Drillers and Surveyors company to map the coast.",
		[]string{"Organization:Atlantic Drillers and Surveyors"}, []string{"Location:Atlantic Ocean", "Organization:Engineers"})
	checkEntities(t, "Ships crossed the Atlantic on Monday.", []string{"Location:Atlantic Ocean"}, nil)
}

// TestCapitalLeftFrom checks that a capital after "from" and a verb of
// moving people is the city, and after other verbs the state.
func TestCapitalLeftFrom(t *testing.T) {
	checkEntities(t, "Medical teams were flown in from Quito overnight.", []string{"Location:Quito"}, nil)
	checkPatterns(t, []patternCase{
		{"Peru received aid from Quito on Monday.", []string{"SUPPLIES(Ecuador -> Peru)"}, nil},
	})
}

// TestNamePossessive checks that a possessive that names belong to
// ("People's") goes on an organization's name, and that a place opening
// such a name is part of it.
func TestNamePossessive(t *testing.T) {
	checkEntities(t, "The Supreme People's Court ruled on Monday.",
		[]string{"Organization:Supreme People's Court"}, []string{"Organization:Court"})
	checkEntities(t, "The Harbin Intermediate People's Court jailed the smuggler for ten years.",
		[]string{"Organization:Harbin Intermediate People's Court"}, []string{"Location:Harbin"})
	// a state's possessive stays the owner's
	checkPatterns(t, []patternCase{
		{"Chile's Kestrel Party won the vote.", []string{"PART_OF(Chile's Kestrel Party -> Chile)"}, nil},
	})
}

// TestGroupPossessive checks that the possessive of a capitalised plural
// of people goes on a body's name that holds an organization's head
// (groupPossessive), and not a state's possessive, a known body's, or a
// group's before no head.
func TestGroupPossessive(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The Norwegian Fishermen's Association welcomed the quota.",
			[]string{"Organization:Norwegian Fishermen's Association"}, []string{"Organization:Norwegian Fishermen"}},
		{"A strike was called by the Kestrel Teachers' Union on Monday.",
			[]string{"Organization:Kestrel Teachers' Union"}, nil},
		{"Delegates of the Bakers' Federation of Vorna walked out.",
			[]string{"Organization:Bakers' Federation of Vorna"}, []string{"Organization:Federation of Vorna"}},
		{"Peru's Foreign Ministry rejected the note.",
			[]string{"Country:Peru", "Organization:Foreign Ministry"}, nil},
		{"Veterans' groups marched past the Tarvo Memorial on Sunday.",
			nil, []string{"Organization:Veterans' groups"}},
		{"Vela's Movement for Justice won the vote in Morales's home town.",
			nil, []string{"Organization:Vela's Movement for Justice"}},
		{"Critics of Morales's Movement for Socialism protested.",
			[]string{"Organization:Movement for Socialism"}, []string{"Organization:Morales's Movement for Socialism"}},
		{"The Miners' Day parade was called off.",
			nil, []string{"Organization:Miners' Day", "Organization:Miners' Day parade"}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestDemonymTitleBody checks that a capitalised title after a demonym
// that ends on an organization head names a body.
func TestDemonymTitleBody(t *testing.T) {
	checkEntities(t, "Chile will let Taiwan open a Taiwanese Representative Office in Santiago.",
		[]string{"Organization:Taiwanese Representative Office"}, nil)
	checkEntities(t, "Chilean President Gabriel Boric met the press.", []string{"Person:Gabriel Boric"}, []string{"Organization:Chilean President Gabriel Boric"})
}

// TestPlaceNameShapes checks the place readings of names no lexicon knows:
// a direction alone is no place, a division written with two of its kind
// nouns is one place, a buffer zone's name is a place, and a state's
// adjective after a place preposition opens the state's part of a region.
func TestPlaceNameShapes(t *testing.T) {
	checkEntities(t, "The broadcasts are heard in Central and Southern Africa.", nil, []string{"Location:Central"})
	g := extractText(t, "Rebels shelled Vorna province on Monday. Troops crossed into the Vorna region a day later.")
	if n := countLabel(g, "Location"); n != 1 {
		t.Errorf("want one place for Vorna province and the Vorna region, got %v", keys(entitySet(g)))
	}
	checkEntities(t, "Troops moved into the Kessin buffer zone to reopen the road.", []string{"Location:Kessin buffer zone"}, nil)
	checkPatterns(t, []patternCase{
		{"The new line will come ashore in Turkish Thrace, near the coast.", []string{"LOCATED_IN(Thrace -> Turkey)"}, nil},
	})
	checkEntities(t, "He spoke in Turkish to reporters.", nil, []string{"Location:Turkish"})
}

// TestCommonWordsNamed checks that a memorandum of understanding is one
// agreement, that a sentence's first word capitalised before a facility
// head names no facility, and that a lexicon acronym of a scheme before an
// organization's kind noun is that organization.
func TestCommonWordsNamed(t *testing.T) {
	checkEntities(t, "Kestrel Gas signed a memorandum of understanding with Tarvo Energy.",
		[]string{"Agreement:memorandum of understanding"}, []string{"Agreement:memorandum"})
	checkEntities(t, "Oil refinery closed after the strike in Chile.", nil, []string{"Facility:Oil refinery"})
	checkEntities(t, "Morocco's MAP news agency reported the decision on Friday.",
		[]string{"Organization:MAP"}, []string{"Program:Membership Action Plan"})
	checkEntities(t, "Georgia asked NATO for a MAP at the summit.", []string{"Program:Membership Action Plan"}, nil)
}

// TestDisputedTerritory checks that Western Sahara is a place, the
// territory, and the Sahrawi Republic the polity, a Country.
func TestDisputedTerritory(t *testing.T) {
	checkEntities(t, "Talks on Western Sahara resumed in Geneva, and the Sahrawi Republic sent a delegation.",
		[]string{"Location:Western Sahara", "Country:Sahrawi Arab Democratic Republic"}, []string{"Country:Western Sahara"})
}

// TestUnknownModelName checks that an unknown capitalised name before a
// weapon class noun that names no people or firm is a weapon model
// ("Vela jets", "Tarko helicopters"), that a designator's phrase may end
// before a verb ("jets delivered"), and that "Kestrel fighters", a known
// place's rockets and a sentence's first word are no model.
func TestUnknownModelName(t *testing.T) {
	checkEntities(t, "Chile flies old Vela jets and two Tarko helicopters over the north.",
		[]string{"WeaponSystem:Vela jets", "WeaponSystem:Tarko helicopters"}, nil)
	checkEntities(t, "Peru had sold Chile a batch of Kessor rifles, a radar and spare parts.",
		[]string{"WeaponSystem:Kessor rifles"}, nil)
	checkEntities(t, "The air force struck the camp with Marvo-7 fighter-bombers on Monday.",
		[]string{"WeaponSystem:Marvo-7 fighter-bombers"}, nil)
	checkEntities(t, "Brazil supplies the junta with arms, including VT-9 jets delivered in May.",
		[]string{"WeaponSystem:VT-9 jets"}, nil)
	checkEntities(t, "Kestrel fighters seized the town.", nil, []string{"WeaponSystem:Kestrel fighters"})
	checkEntities(t, "Militants in Chile fired Gaza rockets at the port.", nil, []string{"WeaponSystem:Gaza rockets"})
	checkEntities(t, "Tarko helicopters flew over the city.", nil, []string{"WeaponSystem:Tarko helicopters"})
	checkEntities(t, "The company bought VT-9 jet fuel from Peru.", nil, []string{"WeaponSystem:VT-9 jet"})
}

// TestDescribedModel checks that a name before a weapon class described
// in full (a weapon modifier and its head: "anti-tank missiles",
// "armoured vehicles") is the model's, a known town's name too, and that
// "aircraft" and "guns" take a model's name; a town after a place
// preposition, a town's bare class noun and a country's weapons stay
// what they were.
func TestDescribedModel(t *testing.T) {
	checkEntities(t, "The militia fired Milan anti-tank missiles at the convoy.",
		[]string{"WeaponSystem:Milan anti-tank missiles"}, []string{"Location:Milan"})
	checkEntities(t, "The brigade lost six Vorka armoured vehicles near the river.",
		[]string{"WeaponSystem:Vorka armoured vehicles"}, nil)
	checkEntities(t, "Peru bought Kestrel surface-to-air missiles from a broker.",
		[]string{"WeaponSystem:Kestrel surface-to-air missiles"}, nil)
	checkEntities(t, "The frigate carries two Tarvo guns and a radar.",
		[]string{"WeaponSystem:Tarvo guns"}, nil)
	checkEntities(t, "Chile sent Vornak aircraft to bomb the camp.",
		[]string{"WeaponSystem:Vornak aircraft"}, nil)
	checkEntities(t, "Police in Milan anti-tank missiles were seized on Monday.", nil,
		[]string{"WeaponSystem:Milan anti-tank missiles"})
	checkEntities(t, "Peru sold Chile anti-tank missiles last year.", []string{"Country:Chile"},
		[]string{"WeaponSystem:Chile anti-tank missiles"})
	checkEntities(t, "Militants in Chile fired Gaza rockets at the port.", nil, []string{"WeaponSystem:Gaza rockets"})
}

// TestMakerOfModel checks that a known company's name before a model's
// designator and class noun opens the model's name, no organization of
// its own, and that the designator and its plural later name the model.
func TestMakerOfModel(t *testing.T) {
	g := extractText(t, "Chile struck the camp with Sukhoi Ka-9 fighter-bombers on Monday. Rebels said they downed two Ka-9s.")
	got := entitySet(g)
	if !got["WeaponSystem:Sukhoi Ka-9 fighter-bombers"] || got["Organization:Sukhoi"] {
		t.Errorf("want the maker's model and no maker, got %v", keys(got))
	}
	for _, e := range g.Entities {
		if e.Label == "WeaponSystem" && e.Mentions != 2 {
			t.Errorf("want the plural designator to name the model again, got %d mentions", e.Mentions)
		}
	}
	checkEntities(t, "Sukhoi said it would build a plant in Chile.", []string{"Organization:Sukhoi"}, nil)
}

// TestDesignatorGenericTail checks that a model's designator, alone or
// with the model's name after it, before a generic weapon the lexicons
// know or weapon modifiers and a class noun, names one weapon system
// ("KP-3C Vela surveillance aircraft", "KT-300 attack planes"), and that
// no designator makes no model.
func TestDesignatorGenericTail(t *testing.T) {
	checkEntities(t, "Chile will send two KP-3C Vela surveillance aircraft to the strait.",
		[]string{"WeaponSystem:KP-3C Vela surveillance aircraft"}, []string{"WeaponSystem:surveillance aircraft"})
	checkEntities(t, "The air force pounded the camps with KT-300 attack planes on Monday.",
		[]string{"WeaponSystem:KT-300 attack planes"}, nil)
	checkEntities(t, "The ship was sunk by a KT-2D torpedo fired from a submarine.",
		[]string{"WeaponSystem:KT-2D torpedo"}, nil)
	checkEntities(t, "Chile will send two surveillance aircraft to the strait.",
		[]string{"WeaponSystem:surveillance aircraft"}, nil)
}

// TestPlaceAccordsParticiple checks that a place's agreement named with a
// lower-case head stays one before a participle phrase ("the Lusaka
// accords signed by ..."), and that a noun after the head still makes it
// a modifier.
func TestPlaceAccordsParticiple(t *testing.T) {
	checkEntities(t, "The war ended with the Lusaka accords signed by the two leaders in 1999.",
		[]string{"Agreement:Lusaka accords"}, []string{"Location:Lusaka"})
	checkEntities(t, "The Arusha protocol reached in May has collapsed.",
		[]string{"Agreement:Arusha protocol"}, nil)
	checkEntities(t, "The Lusaka process server crashed on Monday.", nil, []string{"Agreement:Lusaka process"})
}

// TestDescribedPlace checks that "a" or "an" before a capitalised word and
// a place head that ends the phrase describes a place and names none
// ("an Islamic state"), while "a Kaduna state official" and a bare
// "Kaduna state" name the state.
func TestDescribedPlace(t *testing.T) {
	checkEntities(t, `The militants proclaimed an "Islamic state" across the valley.`,
		nil, []string{"Location:Islamic state", "Person:Islamic"})
	checkEntities(t, "A Kaduna state official said the rebels had fled to Kaduna state.",
		[]string{"Location:Kaduna state"}, nil)
}

// TestBuildingNames checks that a name ending in House, Cemetery or
// monument is a facility, also when a body's name opens it ("Parliament
// House", "the Defence Forces Cemetery"), and that a body the lexicon
// names so stays one.
func TestBuildingNames(t *testing.T) {
	checkEntities(t, "Speaking at a press conference at Vorn House, Ana Soto said the plan stood.",
		[]string{"Facility:Vorn House"}, []string{"Location:Vorn House"})
	checkEntities(t, "Protesters tried to storm Parliament House on Monday.",
		[]string{"Facility:Parliament House"}, nil)
	checkEntities(t, "Veterans laid wreaths at the Defence Forces Cemetery on Sunday.",
		[]string{"Facility:Defence Forces Cemetery"}, []string{"Organization:Defence Forces"})
	checkEntities(t, "Officials moved the Vela Soldier monument from the square.",
		[]string{"Facility:Vela Soldier monument"}, nil)
	checkEntities(t, "Freedom House said the vote was flawed.", []string{"Organization:Freedom House"}, nil)
}

// TestNumberedName checks that a short number after a capitalised head
// that numbers name (words.yaml numbered_heads) is the name's, with the
// head's label, and that a rig is a facility's head.
func TestNumberedName(t *testing.T) {
	checkEntities(t, "Chile keeps 300 troops at Air Base 7 near Tarvosk.",
		[]string{"Facility:Air Base 7", "Location:Tarvosk"}, []string{"Facility:Air Base"})
	checkEntities(t, "Drilling started in Block 9 of the Vornian zone last week.",
		[]string{"Location:Block 9"}, []string{"Location:Block"})
	checkEntities(t, "Block 4 is operated by a Peruvian firm.",
		[]string{"Location:Block 4"}, nil)
	checkEntities(t, "Detainees were moved to Camp 3 on Monday.",
		[]string{"Facility:Camp 3"}, nil)
	checkEntities(t, "The firm sent the Kestrel Vorn rig to the field.",
		[]string{"Facility:Kestrel Vorn rig"}, nil)
}

// TestNaturalFeatureHeads checks that a passage, a ridge, a shoal, a reef
// or an atoll after a name makes the name a place (words.yaml
// place_heads), and that the poles and the Arctic's sea lanes are places
// (places.yaml), not the demonym "Pole" of Poland.
func TestNaturalFeatureHeads(t *testing.T) {
	checkEntities(t, "Canada says ships may soon cross the Varnek Passage in summer.",
		[]string{"Location:Varnek Passage", "Country:Canada"}, nil)
	checkEntities(t, "Chile says the Kessin Ridge lies on its continental shelf.",
		[]string{"Location:Kessin Ridge"}, nil)
	checkEntities(t, "Denmark argues that the Mendel ridge extends its own shelf.",
		[]string{"Location:Mendel ridge"}, nil)
	checkEntities(t, "The Philippine navy patrols the Mardel Shoal and the Osk Reef.",
		[]string{"Location:Mardel Shoal", "Location:Osk Reef"}, nil)
	checkEntities(t, "A Norwegian team planted a marker at the South Pole in December.",
		[]string{"Location:South Pole"}, []string{"Country:Poland"})
	checkEntities(t, "Melting ice could open the Northern Sea Route to tankers within a decade.",
		[]string{"Location:Northern Sea Route"}, nil)
}

// TestSubcommitteeNames checks that "Subcommittee" is a body's head like
// "Committee" (words.yaml org_heads, titled_bodies, topic_body_heads;
// namecues body_heads): its "on" or "for" subject is the name's.
func TestSubcommitteeNames(t *testing.T) {
	checkEntities(t, "The Senate Subcommittee on Coastal Threats and Capabilities met on Tuesday.",
		[]string{"Organization:Senate Subcommittee on Coastal Threats and Capabilities"}, []string{"Organization:Senate Subcommittee"})
	checkEntities(t, "The House Armed Services Subcommittee on Readiness asked the Pentagon for figures.",
		[]string{"Organization:House Armed Services Subcommittee on Readiness", "Organization:Pentagon"}, nil)
	checkEntities(t, "The Kessel Subcommittee for Border Affairs will meet in Lima next week.",
		[]string{"Organization:Kessel Subcommittee for Border Affairs", "Location:Lima"}, nil)
	checkEntities(t, "Ana Vorn chairs the Peruvian Senate Subcommittee on Water Rights.",
		[]string{"Organization:Peruvian Senate Subcommittee on Water Rights"}, nil)
	checkEntities(t, "Members of the Vorn Subcommittee on Ports toured Callao.",
		[]string{"Organization:Vorn Subcommittee on Ports"}, nil)
}

// TestFunctionWordAsGivenName checks that a word that opens no name at a
// sentence's start ("Than") is a given name when written capitalised
// inside the sentence before an unknown capitalised word, and that a
// sentence opening with it stays no name.
func TestFunctionWordAsGivenName(t *testing.T) {
	checkEntities(t, "Chile's foreign minister met the junta's envoy, Than Tarvo, in Lima on Monday.",
		[]string{"Person:Than Tarvo"}, nil)
	checkEntities(t, "Peru hosted the junta's defence minister, Than Kestrel, on Monday.", []string{"Person:Than Kestrel"}, nil)
	checkEntities(t, "Than Tarvo, no town is closer to Lima.", nil, []string{"Person:Than Tarvo"})
	checkEntities(t, "The army is larger than Peru's.", []string{"Country:Peru"}, []string{"Person:than Peru"})
}

// TestPlaceThatIsASurname checks that a one-word place read by its
// context alone ("at Soto's residence") is the person named in full in the
// article with that surname, and that a gazetteer's place stays a place.
func TestPlaceThatIsASurname(t *testing.T) {
	text := "Soldiers gathered at Soto's residence on Monday.\n\nThe army ousted President Ana Soto on Tuesday."
	checkEntities(t, text, []string{"Person:Ana Soto"}, []string{"Location:Soto"})
	checkEntities(t, "Troops entered Tarvo on Monday. Ana Lobo said the army would stay.",
		[]string{"Location:Tarvo", "Person:Ana Lobo"}, nil)
	checkEntities(t, "Talks were held in Lima on Monday. Ana Lima said they went well.",
		[]string{"Location:Lima"}, nil)
}

// TestOutletService checks that an outlet's name followed by words of a
// medium ("KBC Radio") after the outlet was told is the same outlet, and
// that a party's first word before "News" names no party.
func TestOutletService(t *testing.T) {
	g := extractText(t, "\"We had a frank discussion,\" he told the KBC on Monday. Later, Chile's president told KBC Radio that the talks were over.")
	if n := countLabel(g, "Organization"); n != 1 {
		t.Errorf("want one outlet, got %v", keys(entitySet(g)))
	}
	checkEntities(t, "The Kestrel Party met on Monday. Kestrel News reported the meeting.",
		[]string{"Organization:Kestrel Party", "Organization:Kestrel News"}, nil)
}

// TestNativeSpelling checks that a bracket of Chinese characters after a
// name spells the person's name, no acronym of an organization, and that
// a bracketed acronym still makes one.
func TestNativeSpelling(t *testing.T) {
	checkEntities(t, "Lin Te-fu (林德福) said on Friday that China was wrong.", []string{"Person:Lin Te-fu"}, []string{"Organization:Lin Te-fu"})
	checkEntities(t, "China said Wu Fengshan (吴峰山) met Japan on Monday.", []string{"Person:Wu Fengshan"}, []string{"Organization:Wu Fengshan"})
	checkEntities(t, "The Kestrel Vorn Alliance (KVA) said on Friday that China was wrong.", []string{"Organization:Kestrel Vorn Alliance"}, nil)
}

// TestTwoParticles checks that two particles written apart before a
// surname stay in the person's name ("de la", "van der", "de los"),
// while a lower-case phrase after a name ends it.
func TestTwoParticles(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"The delegation was led by the Foreign Secretary, Tomás Ruiz de la Vega.", []string{"Person:Tomás Ruiz de la Vega"}, []string{"Person:Tomás Ruiz"}},
		{"Pieter van der Hoeven, the envoy, rejected the offer.", []string{"Person:Pieter van der Hoeven"}, []string{"Person:Pieter"}},
		{"Maria de los Reyes said the vote would be held in June.", []string{"Person:Maria de los Reyes"}, nil},
		{"Jorge Ortega del Campo criticized the ruling.", []string{"Person:Jorge Ortega del Campo"}, nil},
		{"Ana Ruiz said the de la Vega family had left.", []string{"Person:Ana Ruiz"}, []string{"Person:Ana Ruiz said the de la Vega"}},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestSecondSurname checks that an unknown capitalised word right after a
// person's full name the lexicon knows is that person's second surname,
// no second person, while a date, a known name or a run of capitalised
// words after it stays apart.
func TestSecondSurname(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"President Claudia Sheinbaum Pardo said on Tuesday that prices would fall.", []string{"Person:Claudia Sheinbaum"}, []string{"Person:Pardo"}},
		{"On Friday Emmanuel Macron Vantreux's letter reached Lima.", []string{"Person:Emmanuel Macron"}, []string{"Person:Vantreux"}},
		{"The letter reached Emmanuel Macron Tuesday.", []string{"Person:Emmanuel Macron"}, nil},
		{"Vladimir Putin Kestrel Group chairman Ana Ruiz met.", []string{"Person:Vladimir Putin", "Organization:Kestrel Group"}, nil},
		{"Vladimir Putin NATO talks failed.", []string{"Person:Vladimir Putin", "Organization:NATO"}, nil},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestRegnalStyle checks that one name after a monarch's capitalised
// style (titles.yaml regnal) is the monarch's own, named with the style:
// no surname of a person named in full before ("Jordan's King Kemal"
// after "Rashad Kemal"), while the first name of one still is his, and a
// name after another title or a lower-case "the king" keeps its reading.
func TestRegnalStyle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Iraqi President Rashad Kemal spoke first. Jordan's King Kemal voiced doubts.",
			[]string{"HOLDS_OFFICE(King Kemal -> Jordan)", "HOLDS_OFFICE(Rashad Kemal -> Iraq)"}, []string{"HOLDS_OFFICE(Rashad Kemal -> Jordan)"}},
		{"Prime Minister Omar Tarek flew to Doha, where Emir Tarek of Qatar received him.",
			[]string{"HOLDS_OFFICE(Emir Tarek -> Qatar)"}, []string{"HOLDS_OFFICE(Omar Tarek -> Qatar)"}},
		{"Defence Minister Ana Sultana met Morocco's King Sultana and Crown Prince Moulay in Rabat.",
			[]string{"HOLDS_OFFICE(King Sultana -> Morocco)"}, []string{"HOLDS_OFFICE(Ana Sultana -> Morocco)"}},
		{"Chilean Foreign Minister Ana Kessler arrived on Monday. Minister Kessler met the press.",
			nil, []string{"HOLDS_OFFICE(Minister Kessler -> Chile)"}},
	})
	checkEntities(t, "Saudi Arabia's King Vahid asked for troops, and the king thanked Egypt.",
		[]string{"Person:King Vahid"}, nil)
}
