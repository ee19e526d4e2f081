package extract

import "testing"

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

// TestDemonymOpensAcronym checks that a people's name that opens a long
// name spelt by its bracketed acronym is part of the name, and makes it
// no body of the state.
func TestDemonymOpensAcronym(t *testing.T) {
	checkEntities(t, "The rebels of Chileans United for Freedom and Justice (CUFJ) attacked the town.",
		[]string{"Organization:Chileans United for Freedom and Justice"}, []string{"Organization:United for Freedom and Justice"})
	checkPatterns(t, []patternCase{
		{"The rebels of Chileans United for Freedom and Justice (CUFJ) attacked the town.", nil,
			[]string{"PART_OF(Chileans United for Freedom and Justice -> Chile)"}},
	})
	// an acronym that does not open with the demonym leaves it apart
	checkEntities(t, "Chilean troops fought the Front for Freedom and Justice (FFJ) on Monday.",
		[]string{"Organization:Front for Freedom and Justice"}, []string{"Organization:Chilean Front for Freedom and Justice"})
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

// TestTitleInBody checks that a title after "the" that opens capitalised
// words ending on an organization head is part of the body's name.
func TestTitleInBody(t *testing.T) {
	checkEntities(t, "Engineers briefed the General Water Committee in Lima on Friday.",
		[]string{"Organization:General Water Committee"}, []string{"Organization:Water Committee"})
	// a title before a person's name holds its office
	checkEntities(t, "Chile's army chief, General Vasil Dorkan, met the Kestrel Committee.",
		[]string{"Person:Vasil Dorkan", "Organization:Kestrel Committee"}, []string{"Organization:General Vasil Dorkan"})
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

// TestDemonymTitleBody checks that a capitalised title after a demonym
// that ends on an organization head names a body.
func TestDemonymTitleBody(t *testing.T) {
	checkEntities(t, "Chile will let Taiwan open a Taiwanese Representative Office in Santiago.",
		[]string{"Organization:Taiwanese Representative Office"}, nil)
	checkEntities(t, "Chilean President Gabriel Boric met the press.", []string{"Person:Gabriel Boric"}, []string{"Organization:Chilean President Gabriel Boric"})
}

// TestSeatAsTown checks that a seat of power named without "the" after a
// place preposition is the town, and the institution when it acts.
func TestSeatAsTown(t *testing.T) {
	checkEntities(t, "The leaders met at the residence of the prime minister in Putrajaya.",
		[]string{"Location:Putrajaya"}, []string{"Organization:Putrajaya"})
	checkEntities(t, "Putrajaya said the talks had failed.", []string{"Organization:Putrajaya"}, nil)
	checkEntities(t, "The envoy was received in the Kremlin on Monday.", []string{"Organization:Kremlin"}, []string{"Location:Kremlin"})
}

// TestOneWordPerson checks that a person first written by one word is the
// one person whose full name opens or ends with it, and stays apart when
// two share it.
func TestOneWordPerson(t *testing.T) {
	text := "Vorn said on Monday that Prime Minister Vorn Ibrahim would attend."
	checkEntities(t, text, []string{"Person:Vorn Ibrahim"}, nil)
	if n := countLabel(extractText(t, text), "Person"); n != 1 {
		t.Errorf("%q: want one person, got %d", text, n)
	}
	// two people share the word: it stays apart
	text = "Kestrov said the talks had failed. Later, Vorn Kestrov and Ana Kestrov attended the talks."
	checkEntities(t, text, []string{"Person:Vorn Kestrov", "Person:Ana Kestrov"}, nil)
	if n := countLabel(extractText(t, text), "Person"); n != 3 {
		t.Errorf("%q: want three people, got %d", text, n)
	}
}

// TestProjectFacility checks that a name before a power project's head is
// a facility.
func TestProjectFacility(t *testing.T) {
	checkEntities(t, "Gunmen ambushed a convoy taking engineers to the Chitral hydropower project in Pakistan.",
		[]string{"Facility:Chitral hydropower project"}, []string{"Organization:Chitral"})
	checkPatterns(t, []patternCase{
		{"China is building the Tarbela power project.", []string{"BUILDS(China -> Tarbela power project)"}, nil},
	})
}

// TestStaffHome checks that a generic body before a title and a person
// the dictionary places in a state is that state's body, PART_OF it, the
// post held in the body; the staff member's state comes before an earlier
// body of another state of the same kind.
func TestStaffHome(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Foreign Ministry spokesperson Mao Ning said the visit would not go ahead.",
			[]string{"HOLDS_OFFICE(Mao Ning -> Chinese Foreign Ministry)", "PART_OF(Chinese Foreign Ministry -> China)"}, nil},
		{"Peru's Foreign Ministry protested on Monday. Foreign Ministry spokesperson Mao Ning said the visit would not go ahead.",
			[]string{"HOLDS_OFFICE(Mao Ning -> Chinese Foreign Ministry)", "PART_OF(Chinese Foreign Ministry -> China)"},
			[]string{"HOLDS_OFFICE(Mao Ning -> Peru's Foreign Ministry)"}},
	})
	// a person no dictionary knows gives no state: the body stays unnamed
	checkEntities(t, "Foreign Ministry spokesperson Vorn Kestrov said the talks had failed.", nil,
		[]string{"Organization:Foreign Ministry"})
}

// TestCapitalAsCity checks that a capital a force is sent to, one a verb of
// leaving or taking has as its object, one across a river from a place and
// one joined by "and" to a city are the city, while a note sent to a
// capital still goes to its state.
func TestCapitalAsCity(t *testing.T) {
	checkEntities(t, "Chile has sent two frigates and marines to Lima to protect its embassy.",
		[]string{"Location:Lima"}, []string{"Country:Peru"})
	checkEntities(t, "Ecuador dispatched paratroopers to Quito on Friday.", []string{"Location:Quito"}, nil)
	checkEntities(t, "Chile sent a note to Lima on Friday.", []string{"Country:Peru"}, []string{"Location:Lima"})
	checkEntities(t, "The president left Lima at dawn aboard a chartered jet.", []string{"Location:Lima"}, []string{"Country:Peru"})
	checkEntities(t, "Refugees crowded the ferries across the river from Kinshasa.", []string{"Location:Kinshasa"}, nil)
	checkEntities(t, "Some diplomats in Caracas and Quito would rather wait.",
		[]string{"Location:Caracas", "Location:Quito"}, []string{"Country:Ecuador"})
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

// TestPlaceContexts checks a place retaken by troops, a place before
// "according to", the Nile Delta, and that a place after a comma and "in"
// that opens a list of places is no container of the place before.
func TestPlaceContexts(t *testing.T) {
	checkEntities(t, "Government troops had retaken Vornal and the port of Kessa.", []string{"Location:Vornal"}, nil)
	checkEntities(t, "The lorry overturned in Tarvoshire according to the police.", []string{"Location:Tarvoshire"}, nil)
	checkPatterns(t, []patternCase{
		{"Egypt runs two plants in the Nile Delta, in Damietta and Idku.",
			[]string{"LOCATED_IN(Nile Delta -> Egypt)"}, []string{"LOCATED_IN(Nile Delta -> Damietta)"}},
		{"The plant lies near Kessa, in Peru.", []string{"LOCATED_IN(Kessa -> Peru)"}, nil},
	})
}

// TestWeaponBeforePastVerb checks that a plural weapon noun opening its
// clause before a verb in the past is a weapon, and that a weapon word
// modifying a noun is none.
func TestWeaponBeforePastVerb(t *testing.T) {
	checkEntities(t, "Helicopters dropped marines onto the reef before dawn.", []string{"WeaponSystem:Helicopters"}, nil)
	checkEntities(t, "The helicopters landed troops near Kessa.", []string{"WeaponSystem:helicopters"}, nil)
	checkEntities(t, "Peru signed a missile technology pact.", nil, []string{"WeaponSystem:missile"})
}

// TestLanguageAfterIn checks that a language after "in" is no place and
// no state, while a state's adjective opening a hyphened compound after
// "in" still names the state.
func TestLanguageAfterIn(t *testing.T) {
	checkEntities(t, "The plate bore a marking in Korean, the panel said.", nil, []string{"Location:Korean"})
	checkEntities(t, "He answered in French and then in Spanish.", nil, []string{"Country:France", "Country:Spain"})
	checkEntities(t, "Gunmen attacked a post in Indian-administered Kashmir.", []string{"Country:India"}, nil)
	checkEntities(t, "The talks were held in Tarvo last week.", []string{"Location:Tarvo"}, nil)
}

// TestMilitaryVehicles checks that military vehicles are a generic weapon.
func TestMilitaryVehicles(t *testing.T) {
	checkEntities(t, "Soldiers blocked the road with military vehicles on Sunday.", []string{"WeaponSystem:military vehicles"}, nil)
	checkEntities(t, "Civilian vehicles queued at the border.", nil, []string{"WeaponSystem:military vehicles"})
}
