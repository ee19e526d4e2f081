package extract

import "testing"

// TestDesignatorBeforeUnknownModel checks that a designator alone before
// "and" and another designator that a weapon noun follows is a weapon
// model too, though no lexicon knows either ("the KT-2 and KT-3 trainer
// jets"), and that a designator before "and" and a word that is no model
// stays no weapon.
func TestDesignatorBeforeUnknownModel(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"two models", "Pilots flew KT-2 and KT-3 attack planes over the capital.",
			[]string{"WeaponSystem:KT-2"}, []string{"Location:KT-2"}},
		{"number before", "The navy bought four VX-9 and six VX-11 attack helicopters in May.",
			[]string{"WeaponSystem:VX-9"}, nil},
		{"after a place", "Jets based in Tarvosk and ZR-4 and ZR-5 bombers from the carrier struck the port.",
			[]string{"WeaponSystem:ZR-4"}, []string{"Location:ZR-4"}},
		{"or", "Chile may send its RX-1 or RX-2 attack planes to the border.",
			[]string{"WeaponSystem:RX-1"}, nil},
		{"no weapon noun", "Trucks drove along the A-1 and A-2 on Monday.",
			nil, []string{"WeaponSystem:A-1"}},
		{"no designator after", "The B-3 and the coast road were closed.",
			nil, []string{"WeaponSystem:B-3"}},
	})
}

// TestOfWholePlace checks that a name going on over "of" and a place
// of several words the lexicon knows takes the whole place, so that no
// shorter place inside it ("Guinea" in "Papua New Guinea") ends the name
// or stands alone; a one-word state after "of" still ends a body's name
// where it did.
func TestOfWholePlace(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"university", "Lecturers at the University of Equatorial Guinea went on strike.",
			[]string{"Organization:University of Equatorial Guinea"}, []string{"Country:Guinea", "Organization:University of Equatorial"}},
		{"bank", "The Central Bank of Equatorial Guinea raised its rate.",
			[]string{"Organization:Central Bank of Equatorial Guinea"}, []string{"Country:Guinea"}},
		{"institute", "A fellow at the Institute of South East Asia said Chile erred.",
			nil, []string{"Organization:Institute of South"}},
		{"one word", "Students from the University of Ghana marched on Tuesday.",
			[]string{"Organization:University of Ghana"}, nil},
		{"state after", "The foreign minister of Papua New Guinea met Peru's envoy.",
			[]string{"Country:Papua New Guinea", "Country:Peru"}, []string{"Country:Guinea"}},
	})
}

// TestFormerStateKeptCode checks the former states whose ISO code their
// successor kept (former-countries.yaml from schema/gen/isocodes
// names.yaml `withdrawn`): their names and adjectives are Countries of
// their own, not today's state, while today's names stay today's.
func TestFormerStateKeptCode(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"adjective title", "West German Chancellor Lena Vogt said the raids were a mistake.",
			[]string{"Country:West Germany", "Person:Lena Vogt"}, []string{"Country:Germany"}},
		{"name", "Troops from North Yemen crossed into South Yemen in 1979.",
			[]string{"Country:North Yemen", "Country:South Yemen"}, []string{"Country:Yemen", "Location:North Yemen"}},
		{"people", "South Vietnamese forces withdrew from the border.",
			[]string{"Country:South Vietnam"}, []string{"Country:Vietnam"}},
		{"today", "German Chancellor Lena Vogt visited the west of Germany.",
			[]string{"Country:Germany"}, []string{"Country:West Germany"}},
	})
	checkPatterns(t, []patternCase{
		{"West German Defence Minister Lena Vogt met Peru's envoy.",
			[]string{"HOLDS_OFFICE(Lena Vogt -> West Germany)"}, []string{"HOLDS_OFFICE(Lena Vogt -> Germany)"}},
	})
}

// TestNoPersonShape checks names whose shape no person's name has
// (noPersonShape): one opening with another language's article, or
// capitalised common words ending on a plural with no given name first,
// is an organization where the context would make a person of it, while
// people keep their names ("Marine Le Pen", "Jim Burns").
func TestNoPersonShape(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"told outlet", "Minister Ana Soto told El Vigilante that the deal was fine.",
			[]string{"Organization:El Vigilante"}, []string{"Person:El Vigilante"}},
		{"german outlet", "Peru's envoy told Die Rundschau on Monday that talks would resume.",
			[]string{"Organization:Die Rundschau"}, []string{"Person:Die Rundschau"}},
		{"partner", "Vornex and its Chilean partner, Strategic Outcomes, were to train the unit.",
			[]string{"Organization:Strategic Outcomes"}, []string{"Person:Strategic Outcomes"}},
		{"says", "Global Remedies said the contract was cancelled.",
			nil, []string{"Person:Global Remedies"}},
		{"person particle", "French politician Marine Le Pen said the deal was fine.",
			[]string{"Person:Marine Le Pen"}, nil},
		{"given name", "Jim Burns said the deal was fine.",
			[]string{"Person:Jim Burns"}, []string{"Organization:Jim Burns"}},
		{"no plural", "Peru's envoy told Vela Ruiz that talks would resume.",
			[]string{"Person:Vela Ruiz"}, nil},
	})
}

// TestCommunity checks that a state's demonym or name followed by another
// state's people in the plural, or in the singular before a title, is a
// community of its own, an Organization that holds its leaders' offices;
// a hyphened compound, a singular before another noun and a pair the
// lexicon lists whole are not.
func TestCommunity(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"plural", "Turkish Cypriots approved the plan on Saturday.",
			[]string{"Organization:Turkish Cypriots"}, []string{"Country:Turkey"}},
		{"name and plural", "Kosovo Albanians marched through Pristina on Sunday.",
			[]string{"Organization:Kosovo Albanians"}, nil},
		{"hyphen", "Turkish-Libyan ties grew after the visit.",
			[]string{"Country:Turkey", "Country:Libya"}, []string{"Organization:Turkish-Libyan"}},
		{"singular noun", "Afghan Pakistani traders met in Peshawar.",
			[]string{"Country:Afghanistan"}, []string{"Organization:Afghan Pakistani"}},
		{"lexicon pair", "Greek Cypriots rejected the plan.",
			[]string{"Country:Cyprus"}, []string{"Organization:Greek Cypriots"}},
	})
	checkPatterns(t, []patternCase{
		{"The Bosnian Serb leader Vela Tarvic accused Croatia of lying.",
			[]string{"HOLDS_OFFICE(Vela Tarvic -> Bosnian Serb)"}, []string{"HOLDS_OFFICE(Vela Tarvic -> Serbia)"}},
		{"Turkish Cypriot leader Ana Korel said the vote was fair.",
			[]string{"HOLDS_OFFICE(Ana Korel -> Turkish Cypriot)"}, []string{"HOLDS_OFFICE(Ana Korel -> Turkey)"}},
	})
}

// TestEponymProgram checks that a person's name after "the" and before a
// programme's head in the singular is the programme named for that
// person, and that a plural head, a verb and a name with no "the" are
// not.
func TestEponymProgram(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"surname", "Envoy Ana Korvel drew up a settlement. Chile rejected the Korvel plan on Monday.",
			[]string{"Program:Korvel plan", "Person:Ana Korvel"}, nil},
		{"full name", "Peru praised the Kofi Annan initiative at the summit.",
			[]string{"Program:Kofi Annan initiative"}, []string{"Person:Kofi Annan"}},
		{"plural", "Envoy Ana Korvel drew up a settlement. Chile rejected the Korvel plans on Monday.",
			nil, []string{"Program:Korvel plans", "Program:Korvel plan"}},
		{"verb", "Envoy Ana Korvel plans to visit Chile.",
			[]string{"Person:Ana Korvel"}, []string{"Program:Ana Korvel plans"}},
		{"no determiner", "Envoy Ana Korvel said Korvel plan talks would resume.",
			nil, []string{"Program:Korvel plan"}},
	})
}

// TestPlaceOutlet checks that a state's or place's name or demonym
// before a medium's noun is an outlet's name when a capitalised "The"
// inside the sentence opens it or a number follows the place, and that
// the state is not mentioned there; a lower-case "the", a number before
// another noun and an owner's word keep the state or place.
func TestPlaceOutlet(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"The demonym", "The deal was first reported by The Chilean newspaper on Monday.",
			[]string{"Organization:The Chilean"}, []string{"Country:Chile"}},
		{"place number", "The minister told the Africa 24 radio station that Peru would wait.",
			[]string{"Organization:Africa 24", "Country:Peru"}, []string{"Location:Africa"}},
		{"the lower case", "The deal was first reported by the Chilean newspaper Vela Diario on Monday.",
			[]string{"Country:Chile"}, []string{"Organization:the Chilean"}},
		{"number other noun", "Ministers of Europe 2 countries met on Monday.",
			nil, []string{"Organization:Europe 2"}},
		{"owner word", "Ana Soto said The Chilean state would pay.",
			[]string{"Country:Chile"}, []string{"Organization:The Chilean"}},
	})
	checkPatterns(t, []patternCase{
		{"The minister Ana Soto told the Africa 24 radio station that Peru would wait.",
			[]string{"QUOTES(Africa 24 -> Ana Soto)"}, nil},
	})
}
