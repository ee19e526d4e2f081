package extract

import "testing"

// TestNamedFacilityHeads checks that a barracks is a facility, a title
// before its name no office ("the Queen Anne Barracks").
func TestNamedFacilityHeads(t *testing.T) {
	checkEntities(t, "Recruits trained at the Queen Anne Barracks last year.",
		[]string{"Facility:Queen Anne Barracks"}, []string{"Person:Anne Barracks"})
	checkEntities(t, "Soldiers returned to barracks on Monday.", nil, []string{"Facility:barracks"})
}

// TestShipPrefix checks that a navy's ship prefix names a warship, a
// WeaponSystem, and a shore base when a facility noun is apposed to it.
func TestShipPrefix(t *testing.T) {
	checkEntities(t, "The navy's HMAS Kestrel Bay ferried troops to Darwin, and the USS Harlan Ford sailed on.",
		[]string{"WeaponSystem:HMAS Kestrel Bay", "WeaponSystem:USS Harlan Ford"}, []string{"Location:HMAS Kestrel Bay"})
	checkEntities(t, "Sailors trained at HMAS Kestrel, the naval base near Hobart, last year.",
		[]string{"Facility:HMAS Kestrel"}, []string{"WeaponSystem:HMAS Kestrel"})
}

// TestOutletWithPlace checks that a media word and a state's name are one
// broadcaster ("Radio Chile"), and that the medium alone is none.
func TestOutletWithPlace(t *testing.T) {
	checkEntities(t, "Roe told Radio Chile that he remained the head of government.",
		[]string{"Organization:Radio Chile"}, []string{"Organization:Radio", "Country:Chile"})
	checkEntities(t, "He listened to the radio in Peru.", []string{"Country:Peru"}, []string{"Organization:radio"})
}

// TestDesignatedClassNoun checks that a model's designator before a weapon
// class noun that could also name people ("fighters") names a weapon, and
// that a name without a designator does not.
func TestDesignatedClassNoun(t *testing.T) {
	checkEntities(t, "Peru has bought Kestrel-30SME fighters for its air force.",
		[]string{"WeaponSystem:Kestrel-30SME fighters"}, nil)
	checkEntities(t, "The deal covers spare parts and VT-2000G jets.",
		[]string{"WeaponSystem:VT-2000G jets"}, nil)
	checkEntities(t, "Kestrel fighters seized the town.", nil, []string{"WeaponSystem:Kestrel fighters"})
}

// TestAgreementNameHeads checks that a capitalised "Act", "Bill" or
// "Consensus" ends an agreement's name, and that a number word after "the"
// opens a name ("the Three Kestrel Alliance").
func TestAgreementNameHeads(t *testing.T) {
	checkEntities(t, "Both parties endorsed the Six-Point Consensus, and Congress passed the Kestrel Act in May.",
		[]string{"Agreement:Six-Point Consensus", "Agreement:Kestrel Act"}, nil)
	checkEntities(t, "Fighters of the Three Kestrel Alliance crossed the river at dawn.",
		[]string{"Organization:Three Kestrel Alliance"}, []string{"Organization:Kestrel Alliance"})
	checkEntities(t, "Two Chinese warships sailed past.", nil, []string{"Organization:Two Chinese"})
}

// TestCodeNameWords checks that an operation's code name keeps words that
// start no name or name an outlet, and ends at a date or a state's name.
func TestCodeNameWords(t *testing.T) {
	checkEntities(t, "Kestrian jets flew sorties for Operation Just Cause and Operation Northern Watch.",
		[]string{"Program:Operation Just Cause", "Program:Operation Northern Watch"}, []string{"Program:Operation Northern"})
	checkEntities(t, "Two frigates joined Operation Sea Guardian in the spring.",
		[]string{"Program:Operation Sea Guardian"}, []string{"Organization:The Guardian"})
	checkEntities(t, "Vorn launched Operation Tarvo Dawn Tuesday against the rebels.",
		[]string{"Program:Operation Tarvo Dawn"}, []string{"Program:Operation Tarvo Dawn Tuesday"})
	checkEntities(t, "Operation Kestrel Russia called a provocation ended in May.",
		[]string{"Program:Operation Kestrel", "Country:Russia"}, nil)
}

// TestOrganizationAndActHeads checks heads that make a name a body (a stock
// exchange, laboratories, a party's bloc) or an act (an amendment).
func TestOrganizationAndActHeads(t *testing.T) {
	checkEntities(t, "Shares fell on the Vorn Stock Exchange after the Kestrel Research Laboratories tested a rocket.",
		[]string{"Organization:Vorn Stock Exchange", "Organization:Kestrel Research Laboratories"}, nil)
	checkEntities(t, "The Unity Bloc walked out, citing the Tarvo Amendment.",
		[]string{"Organization:Unity Bloc", "Agreement:Tarvo Amendment"}, nil)
	checkEntities(t, "The Kestrel Protection Force withdrew, and jets flew for Operation Vorn Force.",
		[]string{"Organization:Kestrel Protection Force", "Program:Operation Vorn Force"}, []string{"Organization:Operation Vorn Force"})
}

// TestPlaceBeforeTimeAgo checks that a span of time counted back or on
// after a place ends its noun phrase ("at Vornek a week ago"), while a
// noun after the name still makes it a modifier.
func TestPlaceBeforeTimeAgo(t *testing.T) {
	checkEntities(t, "Kestria tested a rocket at Vornek a fortnight ago.", []string{"Location:Vornek"}, nil)
	checkEntities(t, "The envoys met in Tarvosk two days later and agreed a truce.", []string{"Location:Tarvosk"}, nil)
	checkEntities(t, "He spoke in Vornek a year before the war.", []string{"Location:Vornek"}, nil)
	checkEntities(t, "He spoke in Vornek a lot.", nil, []string{"Location:Vornek"})
}

// TestAppositeOrganization checks that a name set off by commas after an
// organization's descriptor noun is an organization, and that a person's
// descriptor gives a person.
func TestAppositeOrganization(t *testing.T) {
	checkEntities(t, "Peru's state news agency, Andina, said the count was over.", []string{"Organization:Andina"}, nil)
	checkEntities(t, "The ruling party, Vorn Unity, lost its majority.", []string{"Organization:Vorn Unity"}, nil)
	checkEntities(t, "A local militia, Tarvo Shield, claimed the raid.", []string{"Organization:Tarvo Shield"}, nil)
	checkEntities(t, "Her lawyer, Ana Soto, appealed.", []string{"Person:Ana Soto"}, []string{"Organization:Ana Soto"})
}

// TestLandformHeads checks lower-case landform nouns after a name.
func TestLandformHeads(t *testing.T) {
	checkEntities(t, "The army dug in across the Tarvo hills and the Vorn highlands.",
		[]string{"Location:Tarvo hills", "Location:Vorn highlands"}, nil)
	checkEntities(t, "Floods covered the Kestrel delta in June.", []string{"Location:Kestrel delta"}, nil)
}

// TestCapitalisedAgreementWords checks that capitalised common words
// before a lower-case agreement head belong to the agreement's name, and
// that a name the lexicon knows or a capitalised head does not.
func TestCapitalisedAgreementWords(t *testing.T) {
	checkEntities(t, "Chile and Peru signed a Comprehensive Maritime Partnership treaty in Lima.",
		[]string{"Agreement:Comprehensive Maritime Partnership treaty"}, []string{"Agreement:Partnership treaty"})
	checkEntities(t, "Kestria sought a Lasting Peace accord with Vorn.",
		[]string{"Agreement:Lasting Peace accord"}, nil)
	checkEntities(t, "Diplomats welcomed United Nations Security Council resolution 2901.",
		[]string{"Agreement:United Nations Security Council resolution 2901"}, nil)
}

// TestNamesakeSurname checks that another given name before a known
// person's surname names a namesake, not the known person.
func TestNamesakeSurname(t *testing.T) {
	checkEntities(t, "The militia, led by Mateus Guterres, was blamed for the killing. Antonio Guterres spoke.",
		[]string{"Person:Mateus Guterres", "Person:Antonio Guterres"}, nil)
	g := extractText(t, "The militia, led by Mateus Guterres, was blamed for the killing.")
	if n := countLabel(g, "Person"); n != 1 {
		t.Errorf("want one person, got %v", keys(entitySet(g)))
	}
}

// TestListedPlaces checks that names listed before a plural place head are
// places ("Tarvo, Vela and Kestrel states"), and that "states that" stays a
// verb of saying.
func TestListedPlaces(t *testing.T) {
	checkEntities(t, "Floods cut roads in Tarvo, Vela and Kestrel states on Sunday.",
		[]string{"Location:Tarvo"}, []string{"Organization:Tarvo"})
	checkEntities(t, "Refugees and Kestrel states that the camps are full.", nil, []string{"Location:Kestrel"})
	// one reading (placeListHead) for every name of the list: "or" lists
	// too, and a relative clause after a plural that is never a verb
	checkEntities(t, "Floods hit Tarvo or Kessin provinces.", []string{"Location:Tarvo", "Location:Kessin"}, nil)
	checkEntities(t, "Shells hit the Tarvo and Kessin provinces that border Mardelia.", []string{"Location:Tarvo", "Location:Kessin"}, nil)
}

// TestControlledPlace checks that a name after a hyphened participle of
// control ("rebel-held", "Chilean-controlled") is a place.
func TestControlledPlace(t *testing.T) {
	checkEntities(t, "Thousands fled into Chilean-controlled West Tarvona, where camps are run by militias.",
		[]string{"Location:West Tarvona"}, nil)
	checkEntities(t, "Fighters attacked rebel-held Tarvona on Monday.", []string{"Location:Tarvona"}, nil)
}

// TestAcronymSpelledName checks that a name spelt by its bracketed acronym
// goes on over a lexicon's shorter name inside it and over "'s", and that a
// lexicon name with its own acronym stays itself.
func TestAcronymSpelledName(t *testing.T) {
	checkEntities(t, "Talks included the Wa'tor National Liberation Army (WNLA) and the People's Security Forces (PSF).",
		[]string{"Organization:Wa'tor National Liberation Army", "Organization:People's Security Forces"},
		[]string{"Organization:National Liberation Army"})
	checkEntities(t, "Colombia's National Liberation Army (ELN) attacked a base.",
		[]string{"Organization:National Liberation Army"}, nil)
}

// TestFacilityBeforeVerb checks that a facility head followed by the
// clause's verb ends the facility's name ("the Vorn Kal temple killed"),
// that a place learnt earlier names a facility before its head, and that a
// base named after "at" by its site is that place, no facility of its own.
func TestFacilityBeforeVerb(t *testing.T) {
	checkEntities(t, "Clashes around the Vorn Kal temple killed ten people.",
		[]string{"Facility:Vorn Kal temple"}, []string{"Location:Vorn Kal"})
	checkEntities(t, "Shells fell on Tarvo and Vorn Kal provinces. Later clashes around the Vorn Kal temple killed ten people.",
		[]string{"Location:Vorn Kal", "Facility:Vorn Kal temple"}, nil)
	checkEntities(t, "Peru will shut the American air base at Tarvosk, north of Lima. The Tarvosk base was quiet.",
		[]string{"Location:Tarvosk"}, []string{"Facility:US air base", "Facility:Tarvosk base"})
	checkEntities(t, "The embassy building burned.", nil, []string{"Facility:embassy"})
}

// TestInstrumentAndTopicBody checks that an acronym before "facility"
// names a scheme, a Program ("the VAXO facility"), while a place's name
// there stays a Facility; and that a forum's or commission's name goes on
// with "on" and its capitalised topic, but not with a weekday or a state.
func TestInstrumentAndTopicBody(t *testing.T) {
	checkEntities(t, "Talks held\n\nChile will give doses to the VAXO facility. Iran expanded the Fordow facility.",
		[]string{"Program:VAXO facility", "Facility:Fordow facility"}, []string{"Facility:VAXO facility"})
	checkEntities(t, "Talks held\n\nRuiz spoke at the Pacific Forum on Maritime Security in Lima.",
		[]string{"Organization:Pacific Forum on Maritime Security"}, []string{"Organization:Pacific Forum"})
	checkEntities(t, "Talks held\n\nThe Regional Security Council on Monday condemned the attack. Peru briefed the Andean Security Council on Chile.",
		[]string{"Organization:Regional Security Council", "Organization:Andean Security Council", "Country:Chile"}, nil)
}

// TestNameApposedToFacility checks that a name apposed after a facility
// noun phrase, closing its clause, is the facility ("a hospital in Lima,
// Santa Lucia Vorn"), while a name after "the capital" stays a place.
func TestNameApposedToFacility(t *testing.T) {
	checkEntities(t, "Talks held\n\nRuiz was taken to a hospital in Lima, Santa Lucia Vorn. Vega was moved to the air base, Kestrel Point, on Monday.",
		[]string{"Facility:Santa Lucia Vorn", "Facility:Kestrel Point", "Location:Lima"}, []string{"Location:Santa Lucia Vorn"})
	checkEntities(t, "Talks held\n\nTroops reached the capital, Tarvosk.", nil, []string{"Facility:Tarvosk"})
}

// TestShipNamedAfterPlace checks that a town's name after a warship's
// class noun is the ship, everywhere the article names it, and that the
// class noun makes no generic weapon of its own.
func TestShipNamedAfterPlace(t *testing.T) {
	checkEntities(t, "Callao refit\n\nPeru said the refit of the corvette Callao was over. The Callao was moored near Lima.",
		[]string{"WeaponSystem:Callao", "Location:Lima"}, []string{"Location:Callao", "WeaponSystem:corvettes"})
	checkEntities(t, "Talks held\n\nPeru said the refit of the corvette Almirante Ruiz was over.",
		[]string{"WeaponSystem:Almirante Ruiz"}, []string{"WeaponSystem:corvettes"})
	checkEntities(t, "Talks held\n\nTroops reached Callao on Monday.", []string{"Location:Callao"}, nil)
}

// TestPlaceNamedAgreement checks that a town's name after "the" (and a
// year) before a lower-case agreement head names an agreement, with no
// mention of the town or its state, while a place before a place noun or
// a ceasefire stays a place.
func TestPlaceNamedAgreement(t *testing.T) {
	checkEntities(t, "Talks held\n\nUnder the Cusco framework, Peru would close the plant. Chile signed the 1998 Lima accords.",
		[]string{"Agreement:Cusco framework", "Agreement:Lima accords"}, []string{"Location:Cusco", "Location:Lima"})
	checkEntities(t, "Talks held\n\nTroops held the city after the Callao ceasefire.",
		[]string{"Location:Callao"}, []string{"Agreement:Callao ceasefire"})
}

// TestLeadingInitial checks that a given name's initial opens a person's
// name after a comma or a lower-case word ("the minister, R. Tovan Singh,"),
// and that a single letter ending a sentence still ends it.
func TestLeadingInitial(t *testing.T) {
	checkEntities(t, "The party's chairman, R. Tovan Okafor, told reporters that the vote was fair.",
		[]string{"Person:R. Tovan Okafor"}, []string{"Person:R"})
	checkEntities(t, "Chile finished in group A. The Kestrel Party won the vote.",
		[]string{"Organization:Kestrel Party"}, []string{"Organization:A. The Kestrel Party"})
}

// TestTitleComplementNamed checks that a name apposed after a title whose
// "of" or "for" complement names a body or a portfolio in capitals is a
// person's, and that a list of states after a title names no one.
func TestTitleComplementNamed(t *testing.T) {
	checkEntities(t, "The report was read by the Commissioner for Trade and Industry, Tovan Okafor, on Monday.",
		[]string{"Person:Tovan Okafor"}, nil)
	checkEntities(t, "The delegation was led by the chairman of Peru's Border Control Committee, Tovan Okafor.",
		[]string{"Person:Tovan Okafor"}, nil)
	checkEntities(t, "The ministers of Chile, Peru and Bolivia met on Monday.",
		[]string{"Country:Bolivia"}, []string{"Person:Peru"})
}

// TestFactionQualifier checks that a party's faction in brackets is part
// of its name, with or without "of" and its state before it, while a
// state or an acronym in brackets is not.
func TestFactionQualifier(t *testing.T) {
	checkEntities(t, "The Workers' Party of Peru (Renewed) called a strike, and the Kestrel Front (Reformist) joined it.",
		[]string{"Organization:Workers' Party of Peru (Renewed)", "Organization:Kestrel Front (Reformist)"}, nil)
	checkEntities(t, "The Kestrel Front (KF) called a strike.", []string{"Organization:Kestrel Front"}, []string{"Organization:Kestrel Front (KF)"})
}

// TestCountrySurname checks that a country's name after a given name and
// a second name, closing the name, is the person's surname, while "told
// Ana Ruiz Chile would" names the state.
func TestCountrySurname(t *testing.T) {
	checkEntities(t, "Police detained Ana Maria Chile, the party's treasurer, on Monday.",
		[]string{"Person:Ana Maria Chile"}, []string{"Country:Chile"})
	checkEntities(t, "The envoy told Ana Ruiz Chile would stay in the talks.",
		[]string{"Person:Ana Ruiz", "Country:Chile"}, nil)
}

// TestForeignNamesake checks that another state's demonym before a
// lexicon body's head word ("Congress") names that state's body, not the
// lexicon's, and that a border service is a state's body.
func TestForeignNamesake(t *testing.T) {
	checkEntities(t, "The Peruvian Congress rejected the deal, and the Chilean border service closed the crossing.",
		[]string{"Organization:Peruvian Congress", "Organization:Chilean border service"}, []string{"Organization:U.S. Congress"})
	checkEntities(t, "The American Congress rejected the deal.", []string{"Organization:U.S. Congress"}, nil)
}

// TestStyledBodyMidSentence checks that a body's style before a demonym
// and a generic body joins that body wherever the name stands, and opens
// no name of its own ("Royal Danish").
func TestStyledBodyMidSentence(t *testing.T) {
	checkEntities(t, "The order was passed to the Royal Danish Navy on Monday.",
		[]string{"Organization:Royal Danish Navy"}, []string{"Organization:Royal Danish"})
}

// TestBareBodyAfterAnd checks that a body's short name after "and" and a
// capitalised word no lexicon knows ends a longer name, not the UN's
// Security Council, while a person and the Council are two.
func TestBareBodyAfterAnd(t *testing.T) {
	checkEntities(t, "The Kestrel Trade and Security Council met on Monday.",
		[]string{"Organization:Kestrel Trade and Security Council"}, []string{"Organization:United Nations Security Council"})
	checkEntities(t, "The envoy briefed Ana Okafor and Security Council members on Monday.",
		[]string{"Organization:United Nations Security Council"}, nil)
}

// TestDoubleSurname checks that the last two words of a person's
// three-word name, written alone later, are that person.
func TestDoubleSurname(t *testing.T) {
	g := extractText(t, "Ecuador's President Sixto Ruiz Tovar denied the claim. Washington telephoned Ruiz Tovar last week.")
	if n := countLabel(g, "Person"); n != 1 {
		t.Errorf("want one person, got %v", keys(entitySet(g)))
	}
}

// TestBodyEndsName checks that a generic body's name after "the" and one
// capitalised word no lexicon knows, or after a possessive the name
// holds, is an armed group's or a body's own name, while a state's
// demonym before it still names the state's body.
func TestBodyEndsName(t *testing.T) {
	checkEntities(t, "Fighters of the Kestrel Army (KA) attacked the village, and the Tarvo People's Army joined them.",
		[]string{"Organization:Kestrel Army", "Organization:Tarvo People's Army"}, nil)
	checkEntities(t, "The Chilean Army moved north.", []string{"Organization:Chilean Army"}, []string{"Organization:Army"})
}

// TestBrotherhoodHead checks that "Brotherhood" ends an organization's
// name as other org_heads do.
func TestBrotherhoodHead(t *testing.T) {
	checkEntities(t, "The rebels, known as the Kestrel Brotherhood, seized three towns.",
		[]string{"Organization:Kestrel Brotherhood"}, nil)
}
