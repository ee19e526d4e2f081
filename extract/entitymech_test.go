package extract

import "testing"

// TestFacilityAfterPreposition checks that a lower-case facility head
// after a name ends its phrase before any preposition of place ("the
// Dorvek air base outside Kalmar"), not only before "in", "at" or "near".
func TestFacilityAfterPreposition(t *testing.T) {
	checkEntities(t, "Jets bombed the Dorvek air base outside Tbilisi on Monday.", []string{"Facility:Dorvek air base"}, nil)
	checkEntities(t, "Rebels shelled the Ostrava fuel depot around noon.", []string{"Facility:Ostrava fuel depot"}, nil)
	checkPatterns(t, []patternCase{
		{"Russian warplanes bombed the Dorvek air base outside Tbilisi.",
			[]string{"ATTACKS(warplanes -> Dorvek air base)"}, []string{"ATTACKS(warplanes -> Tbilisi)"}},
	})
}

// TestGenericWeaponClasses checks generic weapon classes named by their
// head phrase: spy satellites, undersea drones, a named fighter's plural.
func TestGenericWeaponClasses(t *testing.T) {
	checkEntities(t, "Pyongyang launched a military reconnaissance satellite on Monday.", []string{"WeaponSystem:military reconnaissance satellite"}, nil)
	checkEntities(t, "The navy is testing underwater drones off Norway.", []string{"WeaponSystem:underwater drones"}, []string{"WeaponSystem:drones"})
	checkEntities(t, "Greece flew two Mirage fighters over the island.", []string{"WeaponSystem:Mirage fighters"}, nil)
	// a commercial satellite is no weapon
	checkEntities(t, "The company launched a weather satellite on Monday.", nil, []string{"WeaponSystem:weather satellite", "WeaponSystem:satellite"})
}

// TestDatelineNotSubject checks that a subject pronoun does not take the
// place or agency of the sentence's dateline as its antecedent.
func TestDatelineNotSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"OSLO (Reuters) - Iran said on Monday it had launched a spy satellite.",
			[]string{"DEPLOYS(Iran -> spy satellite)"}, []string{"DEPLOYS(Reuters -> spy satellite)", "DEPLOYS(Norway -> spy satellite)"}},
	})
}

// TestLeadersBody checks that a generic state body a person owns is a
// body of that person's state: "Kim Jong Un's army" is North Korea's.
func TestLeadersBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kim Jong Un's army fired shells near the border.",
			[]string{"PART_OF(Korean People's Army -> North Korea)"}, nil},
		{"The raid surprised Mr Erdogan's own foreign ministry.",
			[]string{"PART_OF(Turkish Foreign Ministry -> Turkey)"}, nil},
		// a policy is no body; a person with no known state owns none
		{"Obama's foreign policy angered Moscow.", nil, []string{"PART_OF(foreign policy -> United States)"}},
	})
	checkEntities(t, "Vasil Dorkan's army shelled the town.", nil, []string{"Organization:Vasil Dorkan's army", "Organization:army"})
}

// TestBankPrefix checks that "Bank" opening a name makes an organization,
// and does not when it ends a place's name or opens a plain sentence.
func TestBankPrefix(t *testing.T) {
	checkEntities(t, "Washington sanctioned Bank Velorat, a lender in Minsk, and settlers in the West Bank.",
		[]string{"Organization:Bank Velorat", "Location:West Bank"}, []string{"Organization:Velorat"})
	checkEntities(t, "Bank officials in Kyiv said the loan was approved.", nil, []string{"Organization:Bank"})
}

// TestNoFlyZone checks the no-fly zone as a program an actor backs.
func TestNoFlyZone(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Arab League backed a no-fly zone over Syria.", []string{"SUPPORTS(Arab League -> no-fly zone)"}, nil},
	})
}

// TestWeaponFacility checks facilities named by the weapons they hold.
func TestWeaponFacility(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Israeli jets struck missile bases near Homs.", []string{"ATTACKS(Israel -> missile bases)", "LOCATED_IN(missile bases -> Homs)"}, nil},
		{"Iran built a drone factory in Tajikistan.", []string{"BUILDS(Iran -> drone factory)"}, []string{"BUILDS(Iran -> drones)"}},
	})
	checkEntities(t, "Cruise missiles hit Libyan air-defence sites near Sirte.", []string{"Facility:air-defence sites"}, nil)
	// a weapon deployed near a base is no facility; nor is a base rate
	checkEntities(t, "Russia deployed air defence systems near the base.", []string{"WeaponSystem:air defence systems"}, []string{"Facility:air defence systems"})
	checkEntities(t, "The missile base rate fell.", nil, []string{"Facility:missile base"})
}

// TestListedNameAfterPossessive checks a name listed after a person with
// its state's possessive before it: "Chile's Ana Rojas and Peru's Wu
// Tian" are two people; a place so listed stays a place.
func TestListedNameAfterPossessive(t *testing.T) {
	checkEntities(t, "Chile's Ana Ruiz and Peru's Luis Soto condemned the launch.", []string{"Person:Luis Soto"}, nil)
	checkEntities(t, "Japan's Yoko Kamikawa and Vietnam's Bui Thanh Son met in Hanoi.", []string{"Person:Bui Thanh Son"}, nil)
	checkEntities(t, "Chile's Ana Ruiz and Peru's Lake Titicaca were mentioned.", nil, []string{"Person:Lake Titicaca"})
	checkEntities(t, "Japan and South Korea's Dorvan Hills were mentioned.", nil, []string{"Person:Dorvan Hills"})
}

// TestDesignatedWeapon checks a model's designator before a weapon noun:
// one weapon system, its designator alone referring back to it.
func TestDesignatedWeapon(t *testing.T) {
	checkEntities(t, "Iran unveiled a new Khorram-3 missile on Monday. The Khorram-3 can reach Israel.",
		[]string{"WeaponSystem:Khorram-3 missile", "WeaponSystem:Khorram-3"}, nil)
	checkPatterns(t, []patternCase{
		{"Australia will field its own SSN-QX submarine, which BAE Systems is designing.",
			[]string{"DEVELOPS(BAE Systems -> SSN-QX submarine)"}, []string{"DEVELOPS(BAE Systems -> submarines)"}},
	})
	// an organization's name or a vaccine is no weapon
	checkEntities(t, "The G7 weapons pledge was welcomed.", nil, []string{"WeaponSystem:G7 weapons"})
	checkEntities(t, "COVID-19 vaccines were shipped to Ghana.", nil, []string{"WeaponSystem:COVID-19 vaccines"})
}

// TestCapitalAsPart checks a capital after a word for a part of a place
// and "of": the city, not its government.
func TestCapitalAsPart(t *testing.T) {
	checkEntities(t, "Rebels now hold most of Lima and its port.", []string{"Location:Lima"}, []string{"Country:Peru"})
	checkEntities(t, "Tanks shelled the outskirts of Kyiv on Monday.", []string{"Location:Kyiv"}, nil)
	// a possessive capital is still the state
	checkEntities(t, "Much of Washington's policy failed.", []string{"Country:United States"}, []string{"Location:Washington"})
}

// TestRegionBody checks a generic body owned by a region: named with the
// region, no state's body.
func TestRegionBody(t *testing.T) {
	checkEntities(t, "Soldiers seized Crimea's regional parliament on Thursday.", []string{"Organization:Crimea's regional parliament"}, nil)
	checkPatterns(t, []patternCase{
		{"Soldiers seized Crimea's regional parliament on Thursday.", nil, []string{"PART_OF(Crimea's regional parliament -> Ukraine)"}},
	})
}

// TestApposedFacility checks a name described in apposition by a
// facility noun: "Camp Dorvek, the navy base near Tarven" is a Facility.
func TestApposedFacility(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile will rotate submarines through Dorvan Stirling, the navy base near Valparaiso, next year.",
			[]string{"LOCATED_IN(Dorvan Stirling -> Valparaiso)"}, nil},
	})
	checkEntities(t, "Chile will rotate submarines through Dorvan Stirling, the navy base near Valparaiso, next year.",
		[]string{"Facility:Dorvan Stirling"}, []string{"Location:Dorvan Stirling"})
	// a place described as a town stays a place
	checkEntities(t, "Jets bombed Dorvek, a town near the border, after talks in Kelling, a port city.", nil, []string{"Facility:Kelling", "Facility:Dorvek"})
}

// TestTwoStateFacility checks a facility named by two states joined by a
// hyphen: one facility, both names in it.
func TestTwoStateFacility(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Russia-Germany pipeline was built by Gazprom.", []string{"BUILDS(Gazprom -> Russia-Germany pipeline)"}, []string{"BUILDS(Gazprom -> Germany pipeline)"}},
	})
	checkEntities(t, "Kazakhstan-China trade grew last year.", []string{"Country:Kazakhstan", "Country:China"}, nil)
}

// TestCompanySubsidiary checks a known company's name followed by a
// state's name: its subsidiary there, one organization.
func TestCompanySubsidiary(t *testing.T) {
	checkEntities(t, "Thales Chile will build the hulls in Valparaiso.", []string{"Organization:Thales Chile"}, []string{"Organization:Thales"})
	// the state's name opening a noun phrase of its own is no part of it
	checkEntities(t, "The deal with Raytheon UK officials was signed.", []string{"Organization:Raytheon"}, []string{"Organization:Raytheon UK"})
}

// TestRaytheonOfRTX checks the lexicon's Raytheon as a business of RTX,
// two organizations.
func TestRaytheonOfRTX(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Raytheon, an RTX business, won the contract.", []string{"PART_OF(Raytheon -> RTX)"}, nil},
	})
}

// TestOutletHeads checks capitalised last words of periodicals' names.
func TestOutletHeads(t *testing.T) {
	checkEntities(t, "The minister spoke to Europe Quarterly about the talks.", []string{"Organization:Europe Quarterly"}, []string{"Location:Europe"})
}

// TestRelativeWithApposedName checks that a relative clause holding a
// name in apposition and a possessive is skipped when the subject of the
// main verb is sought: the speaker is the one the clause describes.
func TestRelativeWithApposedName(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Defence Minister Ana Ruiz, who works with the ministry's deputy, Jorge Pla, told Reuters the talks failed.",
			[]string{"QUOTES(Reuters -> Ana Ruiz)"}, []string{"QUOTES(Reuters -> Jorge Pla)"}},
	})
}

// TestPlaceAdjective checks a known place's adjective before a place
// noun: the place, not a place named "X-an city".
func TestPlaceAdjective(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Putin flew to the Bavarian city of Passau on Sunday.",
			[]string{"LOCATED_IN(Passau -> Bavaria)"}, nil},
	})
	checkEntities(t, "Putin flew to the Bavarian city of Passau on Sunday.", []string{"Location:Bavaria"}, []string{"Location:Bavarian city"})
	checkEntities(t, "Troops gathered in the Dorvan province on Monday.", []string{"Location:Dorvan province"}, nil)
}

// TestHeadquartersOf checks "the headquarters of" a known organization:
// a facility placed by "in Y", the organization named inside it.
func TestHeadquartersOf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Masked gunmen raided the headquarters of the Chilean Navy in Valparaiso on Friday.",
			[]string{"LOCATED_IN(headquarters of the Chilean Navy -> Valparaiso)", "PART_OF(Chilean Navy -> Chile)"},
			[]string{"LOCATED_IN(Chilean Navy -> Valparaiso)"}},
		{"Peruvian troops raided the headquarters of the Chilean Navy.",
			[]string{"ATTACKS(Peru -> headquarters of the Chilean Navy)"}, nil},
	})
	// an organization no lexicon knows: no facility is made up
	checkEntities(t, "Rebels seized the headquarters of the state broadcaster.", nil, []string{"Facility:headquarters of the state broadcaster"})
}

// TestTitledFacility checks a facility named after a titled person: the
// title is part of its name and gives no office; academies are facilities.
func TestTitledFacility(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Rebels bombed the General Dorvan police academy in Kelling.",
			[]string{"LOCATED_IN(General Dorvan police academy -> Kelling)"}, nil},
		{"Drones hit the King Fahd air base near Taif.", []string{"LOCATED_IN(King Fahd air base -> Taif)"}, nil},
	})
	checkEntities(t, "Rebels bombed the General Dorvan police academy in Kelling.", []string{"Facility:General Dorvan police academy"}, []string{"Person:Dorvan"})
}

// TestClanName checks "Clan" ending an organization's name.
func TestClanName(t *testing.T) {
	checkEntities(t, "The government is not negotiating with the Dorvan Clan either.", []string{"Organization:Dorvan Clan"}, []string{"Location:Dorvan Clan"})
}

// TestPlaceAfterFacilityHead checks that a name after a facility or
// place noun and a preposition of place is a place, even when it opens
// with a given name, and that the same given name elsewhere still opens
// a person.
func TestPlaceAfterFacilityHead(t *testing.T) {
	checkEntities(t, "Lorries queued at the border crossing at Abu Tarif on Monday.", []string{"Location:Abu Tarif"}, []string{"Person:Abu Tarif"})
	checkEntities(t, "Rebels shelled the port town of Abu Rish.", []string{"Location:Abu Rish"}, []string{"Person:Abu Rish"})
	checkEntities(t, "The plant near San Isidro was closed.", []string{"Location:San Isidro"}, nil)
	checkEntities(t, "Police fired at Abu Tarif near his home.", []string{"Person:Abu Tarif"}, []string{"Location:Abu Tarif"})
	checkPatterns(t, []patternCase{
		{"Rebels shelled the Dorvek air base near Abu Tarif.", []string{"LOCATED_IN(Dorvek air base -> Abu Tarif)"}, nil},
	})
}

// TestCapitalAsDestination checks that a capital after "to" that a verb
// sending someone somewhere opens is the city, while a capital that
// receives something is its state.
func TestCapitalAsDestination(t *testing.T) {
	const two = "Peru said it would act. Peru said talks were over. "
	checkEntities(t, two+"President Ana Ruiz invited the Chilean leader to Lima for talks.", []string{"Location:Lima"}, nil)
	checkEntities(t, two+"The foreign minister returned to Lima on Sunday.", []string{"Location:Lima"}, nil)
	checkEntities(t, two+"The envoy flew back to Lima.", []string{"Location:Lima"}, nil)
	checkEntities(t, "Chile sent a protest note to Lima.", nil, []string{"Location:Lima"})
	checkEntities(t, "Chile invited Lima to join the pact.", nil, []string{"Location:Lima"})
}

// TestPlaceAdjectiveWords checks that an unknown word that is a known
// place's adjective or people (-ic, -ers, -ans) stands for the place, so
// that "Greenlandic broadcaster KNR" lies in Greenland and quotes its
// speaker; a person's name ending so stays a person.
func TestPlaceAdjectiveWords(t *testing.T) {
	checkEntities(t, "The future of the island is for Greenlanders to decide, the premier said.", []string{"Location:Greenland"}, []string{"Organization:Greenlanders"})
	checkEntities(t, "Patagonians voted on Sunday.", []string{"Location:Patagonia"}, nil)
	checkEntities(t, "Julian Assange spoke on Monday.", []string{"Person:Julian Assange"}, []string{"Location:Julia"})
	checkPatterns(t, []patternCase{
		{`"The talks will go on," Ana Ruiz told Greenlandic broadcaster KNR.`,
			[]string{"LOCATED_IN(KNR -> Greenland)", "QUOTES(KNR -> Ana Ruiz)"}, nil},
	})
}

// TestFaithNoPlace checks that a faith after "in" is no place, while the
// same word opening a person's name still does.
func TestFaithNoPlace(t *testing.T) {
	checkEntities(t, "He was raised in Islam and trained as a lawyer.", nil, []string{"Location:Islam"})
	checkEntities(t, "Islam Rahimov, a senior Kestrel official, spoke.", []string{"Person:Islam Rahimov"}, nil)
	checkEntities(t, "Fighters moved into Kobani overnight.", []string{"Location:Kobani"}, nil)
}

// TestVesselAndPalaceNames checks that a name after "the" and a warship's
// noun is the ship, a weapon system, not the town of that name, and that
// "Palais" or "Hotel" opening a name makes a facility.
func TestVesselAndPalaceNames(t *testing.T) {
	checkEntities(t, "Peru blamed the loss of the corvette Antofagasta on a Chilean mine.", []string{"WeaponSystem:Antofagasta"}, []string{"Location:Antofagasta"})
	checkEntities(t, "The patrol ship Almirante Ruiz was hit by a torpedo.", []string{"WeaponSystem:Almirante Ruiz"}, nil)
	checkEntities(t, "The submarine then sailed to Antofagasta.", []string{"Location:Antofagasta"}, []string{"WeaponSystem:Antofagasta"})
	checkEntities(t, "The envoys met at the Palais Dorvek in Vienna.", []string{"Facility:Palais Dorvek"}, nil)
	checkPatterns(t, []patternCase{
		{"The envoys met at the Hotel Kestrel in Vienna.", []string{"LOCATED_IN(Hotel Kestrel -> Vienna)"}, nil},
	})
}

// TestCodeNameAndOnto checks that an unquoted name after "codenamed" is
// an operation, a Program, and that a name after "onto" is a place.
func TestCodeNameAndOnto(t *testing.T) {
	checkEntities(t, "Chile launched an offensive code-named Southern Dawn on Monday.", []string{"Program:Southern Dawn"}, nil)
	checkEntities(t, "Commandos were dropped onto Tarvik at dawn, in an operation codenamed Grey Heron.",
		[]string{"Location:Tarvik", "Program:Grey Heron"}, []string{"Person:Grey Heron"})
}

// TestDemonymNationalBody checks that a state's demonym, a word of the
// body's own and a state head name one body of that state, not a bare
// generic body: "the Peruvian National Defence Force" is PART_OF Peru.
func TestDemonymNationalBody(t *testing.T) {
	checkEntities(t, "The Peruvian National Defence Force will pull units back from the border.",
		[]string{"Organization:Peruvian National Defence Force"}, []string{"Organization:Defence Force"})
	checkEntities(t, "The Chilean Federal Police arrested two men in Arica.", []string{"Organization:Chilean Federal Police"}, nil)
	checkEntities(t, "The Peruvian Defence Force will pull units back.", []string{"Organization:Peruvian Defence Force"}, nil)
	checkEntities(t, "The Peruvian Kestrel Chemicals will pull units back.", nil, []string{"Organization:Peruvian Kestrel Chemicals"})
	checkPatterns(t, []patternCase{
		{"The Peruvian National Defence Force will pull units back from the border.",
			[]string{"PART_OF(Peruvian National Defence Force -> Peru)"}, nil},
	})
}

// TestPlacedCapital checks that a capital placed in a state after a comma
// is the city, and that a comma and another state in a list leaves the
// capital its state's name.
func TestPlacedCapital(t *testing.T) {
	checkEntities(t, "A patrol plane was sent to Quito, in Ecuador, to watch the coast.", []string{"Location:Quito"}, nil)
	checkEntities(t, "The talks will be held in March at a hotel outside Quito, Ecuador.", []string{"Location:Quito"}, nil)
	checkEntities(t, "Two drones were deployed to Quito on Monday.", []string{"Location:Quito"}, nil)
	checkEntities(t, "The pact was signed by Quito, Peru and Chile.", nil, []string{"Location:Quito"})
	checkPatterns(t, []patternCase{
		{"A patrol plane was sent to Quito, in Ecuador, to watch the coast.", []string{"LOCATED_IN(Quito -> Ecuador)"}, nil},
	})
}

// TestSmallTownContexts checks the contexts that make a small town the
// gazetteer knows a place: a route between "from" and "to", and a plural
// town noun and "of" before a list of towns.
func TestSmallTownContexts(t *testing.T) {
	checkEntities(t, "The convoy moved from Lisieux to Rouen overnight.", []string{"Location:Lisieux"}, nil)
	checkEntities(t, "France agreed to open the ports of Dieppe and Fécamp to Chilean ships.",
		[]string{"Location:Dieppe", "Location:Fécamp"}, nil)
	checkEntities(t, "Lisieux said the budget was too small.", nil, []string{"Location:Lisieux"})
	checkEntities(t, "A letter from Jane Roe to John Doe was leaked.", nil, []string{"Location:Jane Roe"})
}

// TestPrintNote checks that an outlet's note on the article's print
// edition names no places: the edition and section are the paper's.
func TestPrintNote(t *testing.T) {
	const body = "Peru said it would send troops to the border.\n\n"
	checkEntities(t, body+"A version of this article appears in print on May 2, 2019, on Page A6 of the Chicago edition.",
		[]string{"Country:Peru"}, []string{"Location:Chicago"})
	checkEntities(t, body+"This article appeared in the Asia section of the print edition under the headline \"Lima moves\".",
		[]string{"Country:Peru"}, []string{"Location:Asia"})
	checkEntities(t, body+"The article said troops were moving to Chicago.", []string{"Location:Chicago"}, nil)
}

// TestResolutionAuthor checks that a resolution named with the body that
// adopted it names that body too, which SUPPORTS it, that the body
// inside the name is no argument of the sentence's verbs, and that what
// the resolution does as a verb's doer is the body's.
func TestResolutionAuthor(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The plan rests on UN Security Council Resolution 2417, adopted in May.",
			[]string{"SUPPORTS(United Nations Security Council -> UN Security Council Resolution 2417)"}, nil},
		{"Chile backed the African Union resolution 12 on Monday.",
			[]string{"SUPPORTS(African Union -> African Union resolution 12)", "SUPPORTS(Chile -> African Union resolution 12)"},
			[]string{"SUPPORTS(Chile -> African Union)"}},
		{"Chile backed resolution 12 on Monday.", []string{"SUPPORTS(Chile -> resolution 12)"}, nil},
		// a resolution's own act is its body's (resolutionBody)
		{"Security Council Resolution 3120, adopted in May, authorised the Andean Shield Force.",
			[]string{"SUPPORTS(United Nations Security Council -> Andean Shield Force)"}, nil},
		{"The Andean Shield Force was authorised by Security Council Resolution 3120.",
			[]string{"SUPPORTS(United Nations Security Council -> Andean Shield Force)"}, nil},
		{"UN Security Council Resolution 3120 condemned Bolivia for the raid.",
			[]string{"CRITICIZES(United Nations Security Council -> Bolivia)"}, nil},
		{"Security Council Resolution 3120 did not endorse the Lima Accord.", nil,
			[]string{"SUPPORTS(United Nations Security Council -> Lima Accord)"}},
		{"Peru violated UN Security Council Resolution 3120.", nil,
			[]string{"OPPOSES(Peru -> United Nations Security Council)", "ATTACKS(Peru -> United Nations Security Council)"}},
		{"The African Union resolution 12 endorsed the Quito Accord, which Peru signed.",
			[]string{"SUPPORTS(African Union -> Quito Accord)", "SUPPORTS(Peru -> Quito Accord)"}, nil},
	})
}

// TestCurrencyNames checks that a state's name or demonym naming a
// currency after an amount, an article or "in" is no mention of the
// state, while a verb after a state's name leaves it one.
func TestCurrencyNames(t *testing.T) {
	checkEntities(t, "Peru pledged three billion US dollars in aid to Chile.", []string{"Country:Peru", "Country:Chile"}, []string{"Country:United States"})
	checkEntities(t, "The loan of 40 million Canadian dollars was paid in Chinese yuan.", nil, []string{"Country:Canada", "Country:China"})
	checkEntities(t, "Israel pounds Gaza again.", []string{"Country:Israel"}, nil)
	// a state's letters written onto the dollar sign: the money's
	checkEntities(t, "Peru pledged US$35 million to Chile.", []string{"Country:Peru", "Country:Chile"}, []string{"Country:United States"})
	checkEntities(t, "The Kestrel Fund lent A$20 million and HK$3 billion to Chile.", []string{"Country:Chile"}, []string{"Country:Australia", "Country:Hong Kong"})
	checkEntities(t, "The US $ figure rose.", []string{"Country:United States"}, nil)
	checkEntities(t, "Aid from the US rose to $35 million.", []string{"Country:United States"}, nil)
}

// TestHeadquartersOfLongerName checks that "the headquarters of" a known
// organization is a facility only when the organization's name ends where
// the lexicon's match does: a capitalized word after it continues a
// longer name the match only opens ("the UN Stabilization Operation in Chad"), while a
// demonym and a state body stay one facility's ("the Chilean Navy").
func TestHeadquartersOfLongerName(t *testing.T) {
	checkEntities(t, "Gunmen shelled the headquarters of the UN Stabilization Operation in Chad (UNSOC) overnight.",
		[]string{"Organization:UN Stabilization Operation in Chad"}, []string{"Facility:headquarters of the UN"})
	checkEntities(t, "Gunmen attacked the headquarters of the UN Mission in Tarvo on Monday.",
		nil, []string{"Facility:headquarters of the UN"})
	checkEntities(t, "Rebels seized the headquarters of NATO Allied Command in Tarvo.",
		nil, []string{"Facility:headquarters of NATO"})
	checkEntities(t, "Protesters gathered outside the headquarters of the African Union in Addis Ababa.",
		[]string{"Facility:headquarters of the African Union"}, nil)
	checkEntities(t, "Police guarded the headquarters of NATO on Tuesday.",
		[]string{"Facility:headquarters of NATO"}, nil)
	checkEntities(t, "Rioters stormed the headquarters of the Chilean Navy in Valparaiso.",
		[]string{"Facility:headquarters of the Chilean Navy"}, nil)
}
