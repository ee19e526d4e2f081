package extract

import "testing"

// TestStateTitles checks that a title of a state's government written
// with no state is held for the article's principal country, only when
// one country clearly leads and no other was named last before the title,
// and that a plural title binds each name of the list after it.
func TestStateTitles(t *testing.T) {
	estonia := "Latvia did not comment on Monday. Estonia raised its defence budget. Estonian officials said the money would go to air defence, and Estonia's parliament agreed. "
	checkPatterns(t, []patternCase{
		{estonia + "Mart Tamm, the Prime Minister, said the plan was sound.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}, []string{"HOLDS_OFFICE(Mart Tamm -> Latvia)"}},
		{estonia + "Senators Mart Tamm, Jaan Kask, and Andres Kivi voted against the bill.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)", "HOLDS_OFFICE(Jaan Kask -> Estonia)", "HOLDS_OFFICE(Andres Kivi -> Estonia)"}, nil},
		// another country named last before the title: no binding
		{estonia + "Latvian officials objected. Mart Tamm, the Prime Minister, said the plan was sound.",
			nil, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)", "HOLDS_OFFICE(Mart Tamm -> Latvia)"}},
		// not an office of the state itself
		{estonia + "Spokesperson Mart Tamm said the plan was sound.",
			nil, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}},
		// no country leads the article
		{"Estonia and Latvia signed a deal on Monday. Estonia and Latvia will share radars. Prime Minister Mart Tamm praised it.",
			nil, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)", "HOLDS_OFFICE(Mart Tamm -> Latvia)"}},
		// a named state wins over the principal country
		{estonia + "Latvian Prime Minister Mart Tamm said the plan was sound.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Latvia)"}, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}},
		// a singular title does not spread over a list
		{"Latvian President Mart Tamm and Jaan Kask met in Riga.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Latvia)"}, []string{"HOLDS_OFFICE(Jaan Kask -> Latvia)"}},
	})
}

// TestParliamentSpeaker checks that a parliament's speaker (titles.yaml
// "parliament speaker", an office of a state's legislature) written with
// no state is held for the article's principal country as a minister's
// office is, and for a state named with it; a bare "speaker" may be any
// body's and is not.
func TestParliamentSpeaker(t *testing.T) {
	estonia := "Latvia did not comment on Monday. Estonia raised its defence budget. Estonian officials said the money would go to air defence, and Estonia's government agreed. "
	checkPatterns(t, []patternCase{
		{estonia + "Parliament Speaker Mart Tamm said the plan was sound.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}, []string{"HOLDS_OFFICE(Mart Tamm -> Latvia)"}},
		{estonia + "Mart Tamm, the parliament speaker, called the vote for Friday.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}, nil},
		{estonia + "The speaker of parliament, Mart Tamm, welcomed the budget.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}, nil},
		{estonia + "On Tuesday the parliamentary speaker Mart Tamm adjourned the debate.",
			[]string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}, nil},
		{estonia + "Latvian Parliament Speaker Jaan Kask disagreed.",
			[]string{"HOLDS_OFFICE(Jaan Kask -> Latvia)"}, []string{"HOLDS_OFFICE(Jaan Kask -> Estonia)"}},
		{estonia + "Speaker Mart Tamm said the plan was sound.",
			nil, []string{"HOLDS_OFFICE(Mart Tamm -> Estonia)"}},
	})
}

// TestNamedSubBodies checks PART_OF for sub-bodies named after their
// parent: a name of the shape the lexicon's sub-bodies of one parent share
// ("House ... Committee"), and a name learnt in the article followed by a
// part head ("the AES secretariat").
func TestNamedSubBodies(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Senate Judiciary Committee opened hearings on Tuesday.",
			[]string{"PART_OF(Senate Judiciary Committee -> U.S. Senate)"}, nil},
		{"Lawmakers on the House Oversight Committee asked for the files.",
			[]string{"PART_OF(House Oversight Committee -> U.S. House of Representatives)"}, nil},
		// a state's word opens the name: its shape says nothing of a parent
		{"The United Kingdom Security Council met in London.",
			nil, []string{"PART_OF(United Kingdom Security Council -> United Nations)"}},
		{"Mali, Niger and Burkina Faso formed the Alliance of Sahel States (AES) in 2023. The AES secretariat will sit in Bamako.",
			[]string{"PART_OF(AES secretariat -> Alliance of Sahel States)"}, nil},
		// a capitalised word after the name is a name of its own
		{"The AES Secretariat Building will open in Bamako.",
			nil, []string{"PART_OF(AES Secretariat Building -> Alliance of Sahel States)"}},
	})
}

// TestPartsAndMembers checks part nouns said of a name ("A is the armed
// wing of B", "A, part of B") and lists of members after a body's name.
func TestPartsAndMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kataib Hezbollah is part of the Popular Mobilization Forces.",
			[]string{"PART_OF(Kataib Hezbollah -> Popular Mobilization Forces)"}, nil},
		{"The Wagner Group is a unit of the Russian army.",
			[]string{"PART_OF(Wagner Group -> Russian Armed Forces)"}, nil},
		{"Montenegro, part of NATO since 2017, sent troops.",
			[]string{"MEMBER_OF(Montenegro -> NATO)"}, nil},
		{"Kataib Hezbollah is not part of the Popular Mobilization Forces.",
			nil, []string{"PART_OF(Kataib Hezbollah -> Popular Mobilization Forces)"}},
		{"Serbia is not a part of NATO.",
			nil, []string{"MEMBER_OF(Serbia -> NATO)"}},
		{"Hamas is a force for change, Qatar said.",
			nil, []string{"PART_OF(Hamas -> Qatar)"}},
		{"NATO members Estonia, Latvia and Lithuania raised spending.",
			[]string{"MEMBER_OF(Estonia -> NATO)", "MEMBER_OF(Latvia -> NATO)", "MEMBER_OF(Lithuania -> NATO)"}, nil},
		{"The EU's member states such as Hungary and Slovakia opposed the plan.",
			[]string{"MEMBER_OF(Hungary -> European Union)", "MEMBER_OF(Slovakia -> European Union)"}, nil},
		{"The EU's member states criticized Russia.",
			nil, []string{"MEMBER_OF(Russia -> European Union)"}},
		// member nouns said of a name
		{"Chile, a founding member of the Pacific Alliance, objected.",
			[]string{"MEMBER_OF(Chile -> Pacific Alliance)"}, nil},
		{"Hungary, one of the members of NATO, objected.",
			[]string{"MEMBER_OF(Hungary -> NATO)"}, nil},
		{"Sweden became the newest member of NATO.",
			[]string{"MEMBER_OF(Sweden -> NATO)"}, nil},
		// members with no name: the name before them is not one
		{"According to Reuters, 200 members of NATO objected.",
			nil, []string{"MEMBER_OF(Reuters -> NATO)"}},
		{"A poll published by Gallup last week said 220 members of the European Parliament objected.",
			nil, []string{"MEMBER_OF(Gallup -> European Parliament)"}},
		{"Serbia was criticized by members of NATO.",
			nil, []string{"MEMBER_OF(Serbia -> NATO)"}},
		// coordinated wholes: each is one
		{"Finland and Sweden are members of the European Union and the Nordic Council.",
			[]string{"MEMBER_OF(Finland -> European Union)", "MEMBER_OF(Sweden -> European Union)", "MEMBER_OF(Finland -> Nordic Council)", "MEMBER_OF(Sweden -> Nordic Council)"}, nil},
		{"The rebels fight beside the Kestrel Defence Forces (KDF), the armed wing of the Kestrel Front, in the north.",
			[]string{"PART_OF(Kestrel Defence Forces -> Kestrel Front)"}, nil},
		{"Hungary, a member of NATO and Russia's partner, objected.",
			[]string{"MEMBER_OF(Hungary -> NATO)"}, []string{"MEMBER_OF(Hungary -> Russia)"}},
		// a collective subject: the pair named before
		{"Norway and Denmark signed a fisheries deal. Both countries are members of NATO and the Nordic Council.",
			[]string{"MEMBER_OF(Norway -> NATO)", "MEMBER_OF(Denmark -> NATO)", "MEMBER_OF(Norway -> Nordic Council)", "MEMBER_OF(Denmark -> Nordic Council)"}, nil},
		{"Germany sent tanks to Poland and fighter jets to Lithuania. Both countries are members of NATO.",
			[]string{"MEMBER_OF(Poland -> NATO)", "MEMBER_OF(Lithuania -> NATO)"}, []string{"MEMBER_OF(Germany -> NATO)"}},
		{"Norway and Denmark signed a fisheries deal. Both countries are not members of the European Union.",
			nil, []string{"MEMBER_OF(Norway -> European Union)", "MEMBER_OF(Denmark -> European Union)"}},
		{"Norway, Denmark and Iceland signed a fisheries deal. Both countries are members of NATO.",
			nil, []string{"MEMBER_OF(Norway -> NATO)", "MEMBER_OF(Iceland -> NATO)"}},
	})
}

// TestNamedAfterPlace checks that a facility named after a place lies in
// that place when the article names it, else in its country when the
// article names that, and that no place is made from the name alone.
func TestNamedAfterPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Flights resumed at Herat International Airport on Monday, Afghanistan said.",
			[]string{"LOCATED_IN(Herat International Airport -> Afghanistan)"}, nil},
		{"Flights resumed at Herat International Airport on Monday.",
			nil, []string{"LOCATED_IN(Herat International Airport -> Afghanistan)", "LOCATED_IN(Herat International Airport -> Herat)"}},
		{"Protests spread in Herat on Sunday. Flights resumed at Herat International Airport on Monday.",
			[]string{"LOCATED_IN(Herat International Airport -> Herat)"}, nil},
		{"John F. Kennedy International Airport reopened, the United States said.",
			nil, []string{"LOCATED_IN(John F. Kennedy International Airport -> United States)"}},
	})
}

// TestOrganizationInPlace checks "Org in Place" and that a demonym or a
// phrase that is no place after "in" states nothing.
func TestOrganizationInPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The World Food Programme in Yemen warned of famine.",
			[]string{"LOCATED_IN(World Food Programme -> Yemen)"}, nil},
		{"Officials of the World Food Programme in Syria and Jordan were told to leave.",
			[]string{"LOCATED_IN(World Food Programme -> Syria)", "LOCATED_IN(World Food Programme -> Jordan)"}, nil},
		{"The World Food Programme in Syrian camps handed out flour.",
			nil, []string{"LOCATED_IN(World Food Programme -> Syria)"}},
		{"The World Food Programme in the past helped Syria.",
			nil, []string{"LOCATED_IN(World Food Programme -> Syria)"}},
		// an acronym in brackets and a place named with "The"
		{"Inspectors of the World Food Programme (WFP) in The Hague met on Friday.",
			[]string{"LOCATED_IN(World Food Programme -> The Hague)"}, nil},
		{"The World Food Programme (WFP) in Sudan warned of famine.", []string{"LOCATED_IN(World Food Programme -> Sudan)"}, nil},
		{"Sudan (in the past a donor) asked the WFP for help.", nil, []string{"LOCATED_IN(World Food Programme -> Sudan)"}},
	})
}

// TestStateBodyNames checks the state a body's name holds: a body named
// "of" one state is not also the state coordinated after it ("the armed
// forces of Chad and Sudan"), and a name opening with a state's
// possessive is that state's body.
func TestStateBodyNames(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Clashes broke out between the armed forces of Chad and Sudan near the border.",
			[]string{"PART_OF(armed forces of Chad -> Chad)"}, []string{"PART_OF(armed forces of Chad -> Sudan)"}},
		{"The deputy head of Chile's State Intelligence Directorate, Jane Roe, flew to Lima.",
			[]string{"PART_OF(Chile's State Intelligence Directorate -> Chile)"}, nil},
	})
}

// TestSeatAsPlace checks that a seat of power after a place preposition
// is the building (LOCATED_IN its country) and elsewhere the institution
// (PART_OF it).
func TestSeatAsPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Orban met Putin in the Kremlin on Friday.",
			nil, []string{"LOCATED_IN(Kremlin -> Russia)", "PART_OF(Kremlin -> Russia)"}},
		{"The Kremlin said Moscow would respond.",
			[]string{"PART_OF(Kremlin -> Russia)"}, []string{"LOCATED_IN(Kremlin -> Russia)"}},
		// an article that makes the seat act has made it the institution
		{"The plan was drawn up in the Kremlin. The Kremlin said Russia would not pay.",
			[]string{"PART_OF(Kremlin -> Russia)"}, []string{"LOCATED_IN(Kremlin -> Russia)"}},
		// the place is the garden the seat's name opens
		{"Speaking in the White House Rose Garden, the president praised the deal.",
			nil, []string{"LOCATED_IN(White House -> United States)"}},
	})
}

// TestCapitalInName checks that a capital opening a name ("The Washington
// Post", "The Moscow Times") is no mention of the state the body belongs to.
func TestCapitalInName(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Officials said the Washington Post correspondent was freed on Monday.",
			nil, []string{"PART_OF(The Washington Post -> United States)", "LOCATED_IN(The Washington Post -> United States)"}},
		{"The U.S. Treasury Department imposed new sanctions on Monday.",
			[]string{"PART_OF(Treasury Department -> United States)"}, nil},
	})
}

// TestLocatedSorts checks that an armed group, party or NGO named with its
// state lies in it and is no body of it, while a state's body is PART_OF.
func TestLocatedSorts(t *testing.T) {
	checkPatterns(t, []patternCase{
		// a demonym inside an armed group's name states nothing of its place
		{"The Syrian Democratic Forces took the town on Monday.",
			nil, []string{"PART_OF(Syrian Democratic Forces -> Syria)"}},
		{"The U.S. Treasury Department imposed new sanctions.",
			[]string{"PART_OF(Treasury Department -> United States)"}, []string{"LOCATED_IN(Treasury Department -> United States)"}},
		// a party the lexicon does not know, named with its state, lies in it
		{"The Moldovan Green Party called for early elections.",
			[]string{"LOCATED_IN(Moldovan Green Party -> Moldova)"}, []string{"PART_OF(Moldovan Green Party -> Moldova)"}},
		// an international body named with a state is no body of that state
		{"Yasser Arafat, chairman of the Palestine Liberation Organization, arrived in Tunis.",
			nil, []string{"PART_OF(Palestine Liberation Organization -> Palestine)"}},
	})
}

// TestDescribedBody checks a demonym before a description of an
// organization and its name ("Polish rifle maker X"), and that a verb
// between them breaks the phrase.
func TestDescribedBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Polish rifle and ammunition maker Fabryka Broni won the contract.",
			[]string{"PART_OF(Fabryka Broni -> Poland)"}, nil},
		{"The Polish state-owned arms manufacturer Fabryka Broni won the contract.",
			[]string{"PART_OF(Fabryka Broni -> Poland)"}, nil},
		{"Polish officials praised arms maker Fabryka Broni on Monday.",
			nil, []string{"PART_OF(Fabryka Broni -> Poland)", "LOCATED_IN(Fabryka Broni -> Poland)"}},
		{"Polish troops and the company Fabryka Broni won the contract.",
			nil, []string{"PART_OF(Fabryka Broni -> Poland)", "LOCATED_IN(Fabryka Broni -> Poland)"}},
	})
}

// TestReportingOutlet checks that an outlet reporting on a country is not
// placed in it by the lexicon, while a demonym on the outlet still places
// it.
func TestReportingOutlet(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"NPR reported that the United States would keep troops in Iraq.",
			nil, []string{"LOCATED_IN(NPR -> United States)"}},
		{"According to NPR, the United States will keep troops in Iraq.",
			nil, []string{"LOCATED_IN(NPR -> United States)"}},
		{"The American broadcaster NPR reported that the troops would stay.",
			[]string{"LOCATED_IN(NPR -> United States)"}, nil},
	})
}

// TestMakerInProductName checks that a company naming a product ("the
// Boeing 737") is not placed in a country the sentence names, while the
// company itself still is.
func TestMakerInProductName(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"A Boeing 737-800 crashed near Kyiv, and the United States offered help.",
			nil, []string{"LOCATED_IN(Boeing -> United States)"}},
		{"Boeing said the United States would buy more jets.",
			[]string{"LOCATED_IN(Boeing -> United States)"}, nil},
	})
}

// TestPlaceOfCountry checks that "the Russian port of Tartus" and "the
// Syrian coastal city of Latakia" place the named place in the country,
// and that the head noun makes no facility of its own.
func TestPlaceOfCountry(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Warships docked at the Russian port of Tartus on Tuesday.",
			[]string{"LOCATED_IN(Tartus -> Russia)"}, []string{"LOCATED_IN(Russian port -> Russia)"}},
		{"Rebels shelled the Syrian coastal city of Latakia overnight.", []string{"LOCATED_IN(Latakia -> Syria)"}, nil},
		{"Drones struck the Iranian port city of Bandar Abbas.", []string{"LOCATED_IN(Bandar Abbas -> Iran)"}, nil},
		{"Fighting spread to Sudan's western region of Darfur.", []string{"LOCATED_IN(Darfur -> Sudan)"}, nil},
		// a place that modifies the description is neither placed nor an argument
		{"The Ukrainian Black Sea port of Odesa was hit by missiles.",
			[]string{"LOCATED_IN(Odesa -> Ukraine)", "ATTACKS(missiles -> Odesa)"}, []string{"LOCATED_IN(Black Sea -> Ukraine)", "ATTACKS(missiles -> Black Sea)"}},
		{"Drones struck the Red Sea port of Hodeidah.", nil, []string{"ATTACKS(drones -> Red Sea)"}},
		{"Russian missiles struck the Black Sea.", []string{"ATTACKS(missiles -> Black Sea)"}, nil},
		// a demonym's facility before a participle
		{"Rockets hit a Syrian air base housing Russian advisers near Homs.",
			[]string{"LOCATED_IN(Syrian air base -> Syria)", "ATTACKS(rockets -> Syrian air base)"}, nil},
		{"The Turkish embassy building in Kabul was closed.", nil, []string{"LOCATED_IN(Turkish embassy building -> Turkey)"}},
		// a facility named with its place stays a facility
		{"Russia expanded its naval base in Tartus.", nil, []string{"LOCATED_IN(Tartus -> Russia)"}},
		{"The Iranian port was closed after the blast.", nil, nil},
	})
}

// TestCapitalSpellings checks that a capital's other spellings (words of
// countries.yaml capital_aliases) stand for the country as actors and are
// the capital as places.
func TestCapitalSpellings(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kiev accused Moscow of shelling the plant.", []string{"CRITICIZES(Ukraine -> Russia)"}, nil},
		{"Bogotá condemned Caracas for the expulsions.", []string{"CRITICIZES(Colombia -> Venezuela)"}, nil},
		{"Naypyidaw rejected the sanctions imposed by Washington.", []string{"OPPOSES(Myanmar -> United States)"}, nil},
		// the same word as a place is the capital, not the country
		{"Polish President Andrzej Duda arrived in Kiev on Monday.", []string{"VISITS(Andrzej Duda -> Kyiv)"}, []string{"VISITS(Andrzej Duda -> Ukraine)"}},
	})
}

// TestFellowMember checks that the subject of a clause whose object is
// "a fellow ORG member" is a member of the organization, and that a
// fellow member that is itself a subject or a passive's object makes no
// member of anyone else.
func TestFellowMember(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Jon Berg told state radio that Chile was defending a fellow Mercosur member against aggression.",
			[]string{"MEMBER_OF(Chile -> Mercosur)"}, nil},
		{"Peru urged fellow Mercosur member Bolivia to act.",
			[]string{"MEMBER_OF(Peru -> Mercosur)", "MEMBER_OF(Bolivia -> Mercosur)"}, nil},
		{"Chile and Peru backed a fellow Mercosur member.",
			[]string{"MEMBER_OF(Chile -> Mercosur)", "MEMBER_OF(Peru -> Mercosur)"}, nil},
		{"Chile would not abandon a fellow Mercosur member.",
			[]string{"MEMBER_OF(Chile -> Mercosur)"}, nil},
		{"A fellow Mercosur member, Bolivia, said Peru was wrong.",
			nil, []string{"MEMBER_OF(Peru -> Mercosur)"}},
		{"Peru said Chile had attacked a Mercosur member.",
			nil, []string{"MEMBER_OF(Chile -> Mercosur)", "MEMBER_OF(Peru -> Mercosur)"}},
	})
}

// TestIndefiniteStateNoun checks that "a state" (or "a country") before
// a noun refers to no state named before: a state commission called for
// is no body of the last state named ("a state visit", "a state dinner"
// name no state either).
func TestIndefiniteStateNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Egypt opened the border on Monday. Several lawmakers called for a state commission of inquiry.",
			nil, []string{"PART_OF(state commission -> Egypt)"}},
		{"Peru criticized Chile. Peru later set up a state commission of inquiry.",
			nil, []string{"PART_OF(state commission -> Chile)"}},
	})
}

// TestPlaceBesideCapital checks that a place the lexicon puts in a country
// is not said to lie in it when the sentence names that country only by
// its capital, the state as actor ("warned Damascus"); the country's own
// name still places it.
func TestPlaceBesideCapital(t *testing.T) {
	in := []string{"LOCATED_IN(Aleppo -> Syria)"}
	checkPatterns(t, []patternCase{
		{"Speaking in Aleppo, the commander warned Damascus against a new offensive.", nil, in},
		{"Speaking in Aleppo, the commander warned Syria against a new offensive.", in, nil},
		{"Troops in Mindanao stayed at the request of Manila.", nil, []string{"LOCATED_IN(Mindanao -> Philippines)"}},
	})
}
