package extract

import "testing"

// TestMissionInTheState checks that a mission named after an organization
// keeps "in the" and its state when an acronym in brackets follows (or the
// head is a bare mission's), and stays a part of the organization.
func TestMissionInTheState(t *testing.T) {
	checkEntities(t, "Troops of the CARICOM Mission in the Bahamas (CAMIB) patrolled the harbour overnight.",
		[]string{"Organization:CARICOM Mission in the Bahamas"}, []string{"Organization:CARICOM Mission"})
	checkEntities(t, "Monitors from the AU Mission in the Central African Republic counted the dead.",
		[]string{"Organization:AU Mission in the Central African Republic"}, []string{"Organization:AU Mission"})
	checkEntities(t, "Officers of the UN Integrated Office in the Sudan (UNIOS) left the capital.",
		[]string{"Organization:UN Integrated Office in the Sudan"}, nil)
	checkEntities(t, "The UN Verification Mission said the talks in the Philippines had stalled.",
		[]string{"Organization:UN Verification Mission", "Country:Philippines"}, []string{"Organization:UN Verification Mission in the Philippines"})
	checkPatterns(t, []patternCase{
		{"Troops of the CARICOM Mission in the Bahamas (CAMIB) patrolled the harbour overnight.",
			[]string{"PART_OF(CARICOM Mission in the Bahamas -> CARICOM)"}, nil},
	})
}

// TestBodyHeadOfWords checks that a body head after an organization's name
// takes "of" and the capitalised words after it that no lexicon names
// (title words may be among them), so the body is one name and a part of
// the organization; a lexicon name after "of" names another.
func TestBodyHeadOfWords(t *testing.T) {
	checkEntities(t, "The SADC Authority of Heads of State and Government met in Lusaka on Friday.",
		[]string{"Organization:SADC Authority of Heads of State and Government"}, []string{"Organization:Authority of Heads of State and Government"})
	checkEntities(t, "A meeting of the NATO Council of Ministers was delayed by the storm.",
		[]string{"Organization:NATO Council of Ministers"}, []string{"Organization:Council of Ministers"})
	checkEntities(t, "The Arab League Committee of Experts on Water published its findings.",
		[]string{"Organization:Arab League Committee of Experts"}, nil)
	checkEntities(t, "Judges of the ECOWAS Court of Justice heard the case in Abuja.",
		[]string{"Organization:ECOWAS Court of Justice"}, nil)
	checkPatterns(t, []patternCase{
		{"The SADC Authority of Heads of State and Government met in Lusaka on Friday.",
			[]string{"PART_OF(SADC Authority of Heads of State and Government -> Southern African Development Community)"}, nil},
		{"A meeting of the NATO Council of Ministers was delayed by the storm.",
			[]string{"PART_OF(NATO Council of Ministers -> NATO)"}, nil},
	})
	checkEntities(t, "The EU Council of Europe ruling was cited by the lawyers.",
		nil, []string{"Organization:EU Council of Europe"})
}

// TestBodySpelledWithOrg checks that a body named after an organization
// goes on over capitalised words and joiners to an acronym in brackets
// when the acronym spells the capitals of both names together, and is a
// part of the organization; an acronym that spells only the body's words
// leaves the organization out of its name.
func TestBodySpelledWithOrg(t *testing.T) {
	checkEntities(t, "Ana Roe, who heads the United Nations Office for Central Asia and the Caucasus (UNOCAC), flew to Baku.",
		[]string{"Organization:United Nations Office for Central Asia and the Caucasus"}, []string{"Organization:Office for Central Asia"})
	checkEntities(t, "The African Union Office for Peace and the Great Lakes (AUOPGL) opened in Goma.",
		[]string{"Organization:African Union Office for Peace and the Great Lakes"}, nil)
	checkEntities(t, "A report by the European Union Agency for the Baltic and the Arctic (EUABA) was leaked.",
		[]string{"Organization:European Union Agency for the Baltic and the Arctic"}, nil)
	checkPatterns(t, []patternCase{
		{"Ana Roe, who heads the United Nations Office for Central Asia and the Caucasus (UNOCAC), flew to Baku.",
			[]string{"PART_OF(United Nations Office for Central Asia and the Caucasus -> United Nations)"}, nil},
	})
	checkEntities(t, "The United Nations Office for Central Asia and the Caucasus (OCAC) said nothing.",
		nil, []string{"Organization:United Nations Office for Central Asia and the Caucasus"})
}

// TestColonDatelineCapital checks that a capital in a digest's dateline
// before a colon stands for its own state, not a body seated there, and
// that the body still speaks for the capital elsewhere.
func TestColonDatelineCapital(t *testing.T) {
	checkEntities(t, "BRUSSELS: Belgium has sent paratroopers to Chad, Belgian radio said.",
		[]string{"Country:Belgium"}, []string{"Organization:European Union"})
	checkEntities(t, "Brussels warned Budapest on Monday.", []string{"Organization:European Union"}, nil)
}

// TestStateCongressFor checks that a state's name and "Congress" opening a
// "for" complement name a party of that state, not the U.S. Congress.
func TestStateCongressFor(t *testing.T) {
	checkEntities(t, "The opposition accused the Peru Congress for Democracy of rigging the vote.",
		[]string{"Organization:Peru Congress for Democracy"}, []string{"Organization:U.S. Congress"})
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

// TestSeatAsTown checks that a seat of power named without "the" after a
// place preposition is the town, and the institution when it acts.
func TestSeatAsTown(t *testing.T) {
	checkEntities(t, "The leaders met at the residence of the prime minister in Putrajaya.",
		[]string{"Location:Putrajaya"}, []string{"Organization:Putrajaya"})
	checkEntities(t, "Putrajaya said the talks had failed.", []string{"Organization:Putrajaya"}, nil)
	checkEntities(t, "The envoy was received in the Kremlin on Monday.", []string{"Organization:Kremlin"}, []string{"Location:Kremlin"})
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

// TestCityPart checks that a capitalised direction before a known town is
// one place, no organization named by the direction, and that a name the
// gazetteer knows whole stays that name.
func TestCityPart(t *testing.T) {
	checkEntities(t, "The Member for North Lima, Ana Soto, said she supported the plan.",
		[]string{"Location:North Lima"}, []string{"Organization:North", "Location:Lima"})
	checkEntities(t, "Rebels attacked villages in West Darfur on Monday.",
		[]string{"Location:West Darfur"}, []string{"Location:Darfur"})
}

// TestDatelineMonthWithoutDot checks that a dateline's month abbreviated
// without its dot before the day ("Nov 12") still makes the dateline's
// city a place, not the country its capital stands for.
func TestDatelineMonthWithoutDot(t *testing.T) {
	checkEntities(t, "Talks resume\n\nLima, Nov 12 (EFE).- Chile said on Tuesday it would reopen the border.",
		[]string{"Location:Lima", "Country:Chile"}, []string{"Country:Peru"})
	checkEntities(t, "Talks resume\n\nQuito, Sept 3 (EFE).- Peru said it would reopen the border.",
		[]string{"Location:Quito"}, []string{"Country:Ecuador"})
	// a bare "Jan" before no number may open a name
	checkEntities(t, "Jan Vorlicek, the party's treasurer, said Chile would pay.",
		[]string{"Person:Jan Vorlicek"}, nil)
}

// TestRoyalInstitution checks that a royal's possessive opening words that
// end on an organization head, with the seat after it, names one
// institution ("King's College Kestrel"), and that a king's visit or
// speech names none.
func TestRoyalInstitution(t *testing.T) {
	checkEntities(t, "Several experts, including Dr Ana Ruiz of King's College Kestrel, warned against the plan.",
		[]string{"Organization:King's College Kestrel", "Person:Ana Ruiz"}, []string{"Person:College Kestrel", "Location:Kestrel"})
	checkEntities(t, "Students of the Queen's University Tarvo protested.",
		[]string{"Organization:Queen's University Tarvo"}, []string{"Person:University Tarvo"})
	checkEntities(t, "The King's visit to Lima was cancelled after the King's Speech.", []string{"Location:Lima"},
		[]string{"Organization:King's visit", "Organization:King's Speech"})
}

// TestArticleAcronymOverLexicon checks that an acronym the article
// defines in brackets after a name of its own is that name, also later,
// over the lexicon's body of the same letters.
func TestArticleAcronymOverLexicon(t *testing.T) {
	g := extractText(t, "The council extended the Kestrel Security Support (MSS) mission in Haiti. The MSS has 400 officers.")
	if n := countLabel(g, "Organization"); n != 1 {
		t.Errorf("want one organization, got %v", keys(entitySet(g)))
	}
	checkEntities(t, "The council extended the Kestrel Security Support (MSS) mission in Haiti.",
		[]string{"Organization:Kestrel Security Support"}, []string{"Organization:Ministry of State Security"})
	// also after a name the lexicon knows: the article's acronym, not the news agency
	checkEntities(t, "Advisers trained the Armed Forces of the Philippines (AFP) in Cebu. The AFP said it was ready.",
		[]string{"Organization:Armed Forces of the Philippines", "Organization:AFP"}, []string{"Organization:Agence France-Presse"})
	checkEntities(t, "AFP reported that the talks had failed.", []string{"Organization:Agence France-Presse"}, nil)
}

// TestMilitaryModifiesWeapon checks that "military" before a weapon or
// craft noun, or a noun before one, modifies it and names no body, while
// "Ghana's military said" does.
func TestMilitaryModifiesWeapon(t *testing.T) {
	checkEntities(t, "U.S. military cargo planes started carrying Polish troops home from Afghanistan.",
		[]string{"Country:United States"}, []string{"Organization:U.S. Armed Forces"})
	checkEntities(t, "The U.S. military said it would send troops to Iraq.",
		[]string{"Organization:U.S. Armed Forces"}, nil)
}

// TestStateMilitaryAcronym checks that a state's armed forces written by
// their acronym and by the state's possessive are one body of that state.
func TestStateMilitaryAcronym(t *testing.T) {
	g := extractText(t, "Indonesia's armed forces said they would withdraw. The TNI has agreed to cooperate.")
	if n := countLabel(g, "Organization"); n != 1 {
		t.Errorf("want one body, got %v", keys(entitySet(g)))
	}
	checkEntities(t, "The TNI has agreed to cooperate.", []string{"Organization:Indonesian National Armed Forces"}, nil)
	checkEntities(t, "Roe met the Indonesian military commander in Aceh, Major General Ana Lobo, at the airport.",
		[]string{"Person:Ana Lobo"}, []string{"Organization:Indonesian National Armed Forces"})
}

// TestClockTitle checks that "PM" after a clock time is the time of day,
// no title making a person of the time zone after it, and that "PM"
// before a name still is one.
func TestClockTitle(t *testing.T) {
	checkEntities(t, "The rocket struck the Vorn base at 7:14 PM ET on Tuesday, officials in Canada said.", nil, []string{"Person:ET"})
	checkEntities(t, "The talks ended at 11 PM EST, Canada said.", nil, []string{"Person:EST"})
	checkEntities(t, "Britain said PM Jane Holloway met Canada on Monday.", []string{"Person:Jane Holloway"}, nil)
}
