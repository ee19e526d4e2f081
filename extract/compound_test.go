package extract

import "testing"

// TestCompounds checks that a hyphenated participle after a party relates
// it to the name it modifies, by words.yaml's compound tables, and that
// the party takes no part in the clause around the compound.
func TestCompounds(t *testing.T) {
	checkPatterns(t, []patternCase{
		// the party is the source
		{"The Iran-backed militia Kataib Sayyid al-Shuhada fired rockets at the base.",
			[]string{"SUPPORTS(Iran -> Kataib Sayyid al-Shuhada)"}, []string{"ATTACKS(Iran -> rockets)"}},
		{"Iranian-backed Houthi rebels fired missiles at Jeddah.",
			[]string{"SUPPORTS(Iran -> Houthis)"}, []string{"ATTACKS(Iran -> Jeddah)"}},
		{"The Moscow-led Collective Security Treaty Organization sent troops to Kazakhstan.",
			[]string{"MEMBER_OF(Russia -> Collective Security Treaty Organization)"}, nil},
		{"The Russian-made S-300 system was delivered to Iran.", []string{"BUILDS(Russia -> S-300)"}, nil},
		{"Azerbaijan deployed Turkish-made Bayraktar TB2 drones near the border.",
			[]string{"BUILDS(Turkey -> Bayraktar TB2)", "DEPLOYS(Azerbaijan -> Bayraktar TB2)"}, []string{"DEPLOYS(Turkey -> Bayraktar TB2)"}},
		{"Sri Lanka opened the Chinese-funded Hambantota port in 2010.", []string{"SUPPORTS(China -> Hambantota Port)"}, nil},
		// an apposition's name, with or without an acronym in brackets
		{"Hezbollah, an Iran-backed group, denied the claim.", []string{"SUPPORTS(Iran -> Hezbollah)"}, nil},
		{"Ahmed led the Rapid Support Forces (RSF), a UAE-backed paramilitary group, until 2023.",
			[]string{"SUPPORTS(United Arab Emirates -> Rapid Support Forces)"}, nil},
		// a party that is no country is split from its participle
		{"The Hezbollah-allied Amal Movement won seats.", []string{"COOPERATES_WITH(Amal Movement -> Hezbollah)"}, nil},
		{"The Kremlin-owned broadcaster RT was banned in Latvia.", []string{"PART_OF(RT -> Kremlin)"}, nil},
		{"The Paris-based press freedom group Reporters Without Borders criticized Iran.",
			[]string{"LOCATED_IN(Reporters Without Borders -> Paris)"}, nil},
		// the name is the source
		{"The Vienna-based IAEA said Iran had enriched more uranium.",
			[]string{"LOCATED_IN(International Atomic Energy Agency -> Vienna)"}, nil},
		// a supplied weapon goes to its possessor or its user
		{"The Ethiopian army used Turkish-supplied drones against the rebels.",
			[]string{"SUPPLIES(Turkey -> Ethiopian National Defense Force)"}, []string{"SUPPLIES(Turkey -> drones)"}},
		{"Ukraine's U.S.-supplied Patriot batteries shot down the missiles.", []string{"SUPPLIES(United States -> Ukraine)"}, nil},
		// a buyer of what a compound says was made is supplied
		{"Egypt bought French-built Rafale jets in 2015.",
			[]string{"BUILDS(France -> Rafale)", "SUPPLIES(France -> Egypt)"}, []string{"SUPPLIES(Egypt -> France)"}},
		{"India's purchase of Russian-made S-400 systems angered Washington.", []string{"SUPPLIES(Russia -> India)"}, nil},
		{"Syria flew Russian-made MiG-29 jets over Idlib.", []string{"BUILDS(Russia -> MiG-29)"}, []string{"SUPPLIES(Russia -> Syria)"}},
		// a participle under two types states the one its name's label fits
		{"Turkey was removed from the U.S.-led F-35 program.", []string{"DEVELOPS(United States -> F-35)"}, nil},
		// a capital before "-based" is the city
		{"The Tripoli-based Presidential Council rejected the decision.",
			[]string{"LOCATED_IN(Presidential Council -> Tripoli)"}, []string{"LOCATED_IN(Presidential Council -> Libya)"}},
		// an apposition closed by a relative clause describes the name before it
		{"Washington blacklisted Gazprombank, a Moscow-based lender that finances Rosneft.",
			[]string{"LOCATED_IN(Gazprombank -> Moscow)"}, []string{"LOCATED_IN(Rosneft -> Moscow)"}},
		{"Hamas, an Iran-backed group which rules Gaza, rejected the plan.", []string{"SUPPORTS(Iran -> Hamas)"}, nil},
		// a leader acts for a head that names nothing
		{"Saudi-led troops have bombed Houthi positions for weeks.",
			[]string{"ATTACKS(Saudi Arabia -> Houthis)"}, []string{"MEMBER_OF(Saudi Arabia -> Houthis)"}},
		// a group noun after it names the group, which acts (words.yaml compound_groups)
		{"A Saudi-led coalition has bombed Houthi positions for weeks.",
			[]string{"ATTACKS(Saudi-led coalition -> Houthis)", "MEMBER_OF(Saudi Arabia -> Saudi-led coalition)"},
			[]string{"MEMBER_OF(Saudi Arabia -> Houthis)", "ATTACKS(Saudi Arabia -> Houthis)"}},
		// a group apposed to a named operation or force is that name, no new group (ledGroupApposed)
		{"The talks opened Operation Kestrel, the Chilean-led mission approved by the Security Council.",
			[]string{"DEVELOPS(Chile -> Operation Kestrel)", "SUPPORTS(United Nations Security Council -> Operation Kestrel)"},
			[]string{"MEMBER_OF(Chile -> Chilean-led mission)"}},
		{"Bolivia welcomed the Andean Shield Force, a Peruvian-led coalition, on Monday.",
			[]string{"MEMBER_OF(Peru -> Andean Shield Force)", "SUPPORTS(Bolivia -> Andean Shield Force)"},
			[]string{"MEMBER_OF(Peru -> Peruvian-led coalition)"}},
		{"Operation Tarvo, an Argentine-led task force that Uruguay joined in May, patrols the estuary.",
			[]string{"DEVELOPS(Argentina -> Operation Tarvo)"}, nil},
		// no apposition to a name: a country before the comma, no article after it
		{"Ecuador sent troops to Peru, the Chilean-led coalition's newest member.",
			[]string{"MEMBER_OF(Chile -> Chilean-led coalition)"}, []string{"MEMBER_OF(Chile -> Peru)"}},
		{"The Andean Shield Force and a Peruvian-led mission arrived in Quito.",
			[]string{"MEMBER_OF(Peru -> Peruvian-led mission)"}, []string{"MEMBER_OF(Peru -> Andean Shield Force)"}},
		// other parties never act in the clause, nor are its objects
		{"Iran-aligned groups in Iraq have threatened American troops.", nil,
			[]string{"THREATENS(Iran -> United States)", "THREATENS(Iraq -> United States)"}},
		{"Russian-made jets bombed Idlib overnight.", nil, []string{"ATTACKS(Russia -> Idlib)"}},
		{"Israel struck Iran-backed militias in Syria on Sunday.", nil,
			[]string{"ATTACKS(Israel -> Iran)", "ATTACKS(Israel -> Syria)"}},
		// a description after the compound names what it resolves to
		{"Hamas fired rockets at Ashkelon. Israel later struck the Iran-backed group in Gaza.",
			[]string{"SUPPORTS(Iran -> Hamas)", "ATTACKS(Israel -> Hamas)"}, []string{"ATTACKS(Israel -> Iran)"}},
		// an -ing form after a common noun is that noun's: no clause subject acts
		{"Greece seized tankers belonging to the Iran-backed group Hezbollah.",
			[]string{"SUPPORTS(Iran -> Hezbollah)"}, []string{"MEMBER_OF(Greece -> Hezbollah)"}},
		{"Russia began supplying drones to Iran.", []string{"SUPPLIES(Russia -> Iran)"}, nil},
		// a verb between is no descriptor; a participle outside the tables is no compound of them
		{"A Qatar-led mission has met Hamas officials.", nil, []string{"MEMBER_OF(Qatar -> Hamas)"}},
		{"The Russia-controlled port was shelled by Ukraine.", nil, []string{"SUPPORTS(Russia -> Ukraine)"}},
	})
}
