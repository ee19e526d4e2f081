package extract

import "testing"

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

// TestForeignJoinerInAcronymName checks that a lower-case word of another
// language inside a name goes on the name when the bracketed acronym after
// spells its capitals ("Soqosoqo Vanua ni Taukei (SVT)"), and not when it
// does not.
func TestForeignJoinerInAcronymName(t *testing.T) {
	checkEntities(t, "The ruling Kestrel Vanua ni Tarvo (KVT) party won the vote in Suva.",
		[]string{"Organization:Kestrel Vanua ni Tarvo"}, []string{"Organization:Kestrel Vanua"})
	checkEntities(t, "The Frente Amplio de Tarvo (FAT) said it would join the talks.",
		[]string{"Organization:Frente Amplio de Tarvo"}, nil)
	checkEntities(t, "The Kestrel Vanua ni Tarvo (QZX) party said it would join the talks.", nil, []string{"Organization:Kestrel Vanua ni Tarvo"})
}

// TestBylineWithBeat checks that a byline naming the writer's beat and
// place ("By Andean correspondent Ana Rojas in Lima") credits a writer, no
// actor, while a sentence naming a correspondent stays read.
func TestBylineWithBeat(t *testing.T) {
	checkEntities(t, "Chile recalls envoy\n\nBy Andean correspondent Ana Rojas in Lima\n\nChile recalled its ambassador to Peru on Monday.",
		[]string{"Country:Chile", "Country:Peru"}, []string{"Person:Ana Rojas"})
	checkEntities(t, "Chile recalls envoy\n\nBy Ana Rojas and Tom Berg\n\nChile recalled its ambassador to Peru on Monday.",
		nil, []string{"Person:Ana Rojas", "Person:Tom Berg"})
	checkEntities(t, "Chile recalls envoy\n\nOur correspondent Ana Rojas met President Luis Vega in Lima on Monday.",
		[]string{"Person:Ana Rojas"}, nil)
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

// TestCapitalisedHeadFarBack checks that a capitalised organization head
// after "the", far after the one body named with it, is that body, and
// that with two such bodies it names neither.
func TestCapitalisedHeadFarBack(t *testing.T) {
	filler := " Chile and Peru held talks in Lima on Monday. Peru said the talks went well. Chile said the same." +
		" Bolivia did not attend. Ecuador sent an observer. Argentina said nothing. Brazil called for calm." +
		" Uruguay stayed away. Paraguay sent a note. Colombia did not comment. Venezuela was silent." +
		" Panama sent a minister. Cuba sent a letter. Mexico watched. Guyana declined."
	g := extractText(t, "The Andean Security Programme published a brief."+filler+" The Programme's staff wrote it.")
	if n := countLabel(g, "Organization"); n != 1 {
		t.Errorf("want one organization, got %v", keys(entitySet(g)))
	}
	g = extractText(t, "The Andean Security Programme and the Pacific Trade Programme published a brief."+filler+" The Programme's staff wrote it.")
	if _, ok := entitySet(g)["Organization:Andean Security Programme"]; !ok {
		t.Errorf("want the Andean Security Programme, got %v", keys(entitySet(g)))
	}
	if n := countLabel(g, "Organization"); n != 3 {
		t.Errorf("want the two programmes and the Programme of its own, got %v", keys(entitySet(g)))
	}
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
