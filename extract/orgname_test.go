package extract

import "testing"

// TestNameToAcronym checks that a long organization's name goes on across
// "and", "in", "to" and "for" up to its bracketed acronym, and not up to
// another's acronym or one that does not open with the name.
func TestNameToAcronym(t *testing.T) {
	checkEntities(t, "Fighters of the Movement for Unity and Progress in East Africa (MUPEA) seized the town.",
		[]string{"Organization:Movement for Unity and Progress in East Africa", "Organization:MUPEA"},
		[]string{"Organization:Movement for Unity"})
	checkEntities(t, "Xi attended the Council of Heads of State of the Shanghai Cooperation Organization (SCO).",
		nil, []string{"Organization:Council of Heads of State of the Shanghai Cooperation Organization"})
	checkEntities(t, "The Kordo Front and the Red Hand in Lodwar (RHL) clashed.",
		nil, []string{"Organization:Kordo Front and the Red Hand in Lodwar"})
}

// TestTitleCaseAcronym checks that an acronym written as a word, a
// capital and lower-case letters, ends a long name in brackets as one in
// capitals does when it spells every capital of the name, after a
// lexicon body's name too, and is the name's alias; a word that spells no
// name, or only part of one, joins nothing.
func TestTitleCaseAcronym(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"after a lexicon body", "Voting was run by the United Nations Assistance Mission in Tarvo Bay (Unamtb) until March.",
			[]string{"Organization:United Nations Assistance Mission in Tarvo Bay"}, []string{"Organization:United Nations Assistance Mission"}},
		{"unknown name across in", "Troops of the Kestrel Stabilisation Force in Vornia (Ksfv) crossed the river.",
			[]string{"Organization:Kestrel Stabilisation Force in Vornia"}, []string{"Organization:Kestrel Stabilisation Force"}},
		{"across for and the", "The Council for the Defence of Tarvo (Cdt) called a strike.",
			[]string{"Organization:Council for the Defence of Tarvo"}, nil},
		{"alias later", "The Vorn Relief Agency in Kessia (Vrak) sent food. Vrak staff left on Monday.",
			[]string{"Organization:Vorn Relief Agency in Kessia"}, []string{"Organization:Vrak staff"}},
		{"a name in brackets", "The Coastal Union in Vornia (Tarvo) ended its talks.", nil, []string{"Organization:Coastal Union in Vornia"}},
		{"spells part only", "The Kestrel Trade Office in Vornia (Kto) reopened.", nil, []string{"Organization:Kestrel Trade Office in Vornia"}},
	})
}

// TestHeadOfThe checks that "of the" carries a body's name on after an
// organization's head when a title alone or a word no lexicon knows comes
// after it, and that a state, a known body, a person named with the title
// or no head before "of" end the name as before.
func TestHeadOfThe(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"a title", "Reporters waited outside the Office of the President all night.",
			[]string{"Organization:Office of the President"}, []string{"Organization:Office"}},
		{"a title of two words", "The Office of the Prime Minister denied the report.",
			[]string{"Organization:Office of the Prime Minister"}, []string{"Organization:Office of the Prime"}},
		{"a title of two words, no article", "The Office of Prime Minister said on Monday that Peru would sign.",
			[]string{"Organization:Office of Prime Minister"}, []string{"Organization:Office of Prime"}},
		{"a holder named after the title", "The Office of Prime Minister Ana Ruiz denied it.",
			[]string{"Person:Ana Ruiz"}, []string{"Organization:Office of Prime Minister Ana Ruiz"}},
		{"an unknown word", "The Kestrel Institute of the Tarvosea said the reef was dying.",
			[]string{"Organization:Kestrel Institute of the Tarvosea"}, []string{"Organization:Kestrel Institute"}},
		{"a known body after", "He met the Council of the European Union in May.",
			[]string{"Organization:European Union"}, nil},
		{"a state after", "The Vorn Party of the Philippines won.", []string{"Country:Philippines"}, nil},
		{"no head before of", "The Minister of the Interior said the border was shut.", nil, []string{"Organization:Minister of the Interior"}},
	})
}

// TestPeopleEndsOrgName checks that "of" and a people go on an
// organization's name, where a state ends it (a party the lexicon knows
// followed by "of" and a state is its own party: TestPartyOfPeople).
func TestPeopleEndsOrgName(t *testing.T) {
	checkEntities(t, "The Democratic Party of Serbs rejected the plan.",
		[]string{"Organization:Democratic Party of Serbs"}, []string{"Organization:Democratic Party"})
	checkEntities(t, "The Patriotic Union of Kurds rejected the plan.",
		[]string{"Organization:Patriotic Union of Kurds"}, nil)
	checkEntities(t, "The Patriotic Union of Japan rejected the plan.", []string{"Country:Japan"}, nil)
}

// TestRoleOfApposition checks that a name after a role and its "of"
// phrase, or before "of" and its body, is the role's holder.
func TestRoleOfApposition(t *testing.T) {
	checkEntities(t, "The leader of the biggest farmers' party, Tovan Drasko, called the accord fair.",
		[]string{"Person:Tovan Drasko"}, nil)
	checkEntities(t, "The party's leader, Tovan Drasko of the Farmers' Union, called the accord fair.",
		[]string{"Person:Tovan Drasko"}, nil)
	checkEntities(t, "The leader of the party, Kosovo, called the accord fair.", nil, []string{"Person:Kosovo"})
}

// TestLoyalTo checks that a name of two words after "loyal to" is a
// person, the leader fighters follow.
func TestLoyalTo(t *testing.T) {
	checkEntities(t, "Gunmen loyal to Hamid Rezai raided the camp.", []string{"Person:Hamid Rezai"}, nil)
	checkEntities(t, "Troops loyal to the Presidential Guard held the palace.", nil, []string{"Person:Presidential Guard"})
}

// TestPrepositionOpensPlace checks place and facility names that open with
// a preposition ("In Salah"), and that a preposition opening a clause
// still opens none.
func TestPrepositionOpensPlace(t *testing.T) {
	checkEntities(t, "Gunmen stormed the In Tarvek gas facility and a camp near In Salah.",
		[]string{"Facility:In Tarvek gas facility", "Location:In Salah"}, []string{"Location:Salah", "Facility:Tarvek gas facility"})
	checkEntities(t, "In Paris, officials met.", []string{"Location:Paris"}, []string{"Location:In Paris"})
	checkEntities(t, "The talks ended. At Geneva the envoys met again.", nil, []string{"Location:At Geneva"})
}

// TestLongHyphenedAcronym checks that a party's acronym of two long parts
// is an acronym.
func TestLongHyphenedAcronym(t *testing.T) {
	checkEntities(t, "Prime Minister Ivo Markov, whose KNDS-VPRMC party backed the plan, spoke.",
		[]string{"Organization:KNDS-VPRMC"}, nil)
}

// TestLanguageCompound checks that a demonym's compound that names a
// language states no country and opens no name, and that a station
// named after it is an outlet.
func TestLanguageCompound(t *testing.T) {
	checkEntities(t, "The rebel leader told the Serbian-language station TV Drina that his fighters would disarm.",
		[]string{"Organization:TV Drina"}, []string{"Country:Serbia", "Facility:Serbian-language station"})
	checkEntities(t, "Russian-speaking towns in Latvia were calm.", []string{"Country:Latvia"}, []string{"Country:Russia"})
	checkEntities(t, "The Turkish-Libyan deal angered Greece.", []string{"Country:Turkey", "Country:Libya"}, nil)
}

// TestLedPrefixAcronym checks a name to its acronym that opens with the
// leader of a "Kenyan-led" compound before the name.
func TestLedPrefixAcronym(t *testing.T) {
	checkEntities(t, "Troops of the Kenyan-led Regional Support Mission to Sudan (KRSMS) left.",
		[]string{"Organization:Regional Support Mission to Sudan", "Organization:KRSMS"}, []string{"Organization:Regional Support Mission"})
}

// TestLanguageOutletQuotes checks that an outlet described by its
// language carries the words of the person who told it.
func TestLanguageOutletQuotes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The rebel leader, Ali Dakhil, told the Serbian-language station TV Drina that his fighters would disarm.",
			[]string{"QUOTES(TV Drina -> Ali Dakhil)"}, nil},
	})
}

// TestAndInName checks that "and" joins a capitalised common word to a
// name opened with an "of" or "for" complement, and that a body the
// lexicon knows or a person after "and" stays apart.
func TestAndInName(t *testing.T) {
	checkEntities(t, "The Ministry of Agriculture and Rural Development said the harvest failed.",
		[]string{"Organization:Ministry of Agriculture and Rural Development"}, []string{"Person:Rural Development"})
	checkEntities(t, "Officials from the Office for Democratic Institutions and Human Rights observed the vote.",
		[]string{"Organization:Office for Democratic Institutions and Human Rights"}, nil)
	checkEntities(t, "The Union of Farmers and Ana Ruiz rejected the plan.",
		[]string{"Organization:Union of Farmers", "Person:Ana Ruiz"}, nil)
	checkEntities(t, "The Bank of Japan and Toyota raised rates.", []string{"Organization:Bank of Japan"}, nil)
}

// TestAndBeforeHead checks that capitalised common words on both sides of
// "and" running on to a body's or an act's head are one name, and that
// names the lexicon knows, or ones that are no common words, stay apart.
func TestAndBeforeHead(t *testing.T) {
	checkEntities(t, "On Friday the National Security and Intelligence Council of Peru met in closed session.",
		[]string{"Organization:National Security and Intelligence Council of Peru", "Country:Peru"}, []string{"Organization:Intelligence Council"})
	checkEntities(t, "Lawmakers rejected the Truth and Reconciliation Bill by four votes.",
		[]string{"Agreement:Truth and Reconciliation Bill"}, []string{"Agreement:Reconciliation Bill"})
	checkEntities(t, "A loan from the Trade and Development Bank paid for the road.",
		[]string{"Organization:Trade and Development Bank"}, []string{"Organization:Development Bank"})
	checkEntities(t, "The Vorn Group and Tarvo Bank signed the loan.",
		[]string{"Organization:Vorn Group", "Organization:Tarvo Bank"}, nil)
	checkEntities(t, "Chile and Peru signed the pact.", []string{"Country:Chile", "Country:Peru"}, nil)
}

// TestMinistryAndPortfolio checks that a second portfolio after "and"
// goes on the name of a ministry the lexicon knows by its first
// ("the Ministry of Trade and Industry"), and that a second body does not.
func TestMinistryAndPortfolio(t *testing.T) {
	checkEntities(t, "Chile's Ministry of Foreign Affairs and Trade summoned the envoy.",
		[]string{"Organization:Chile's Ministry of Foreign Affairs and Trade"}, []string{"Organization:Trade"})
	checkEntities(t, "A spokesman for the Ministry of Defence and Veterans Affairs declined to comment.",
		[]string{"Organization:Ministry of Defence and Veterans Affairs"}, []string{"Person:Veterans Affairs"})
	checkEntities(t, "Peru's Ministry of Defence and Chile's navy held talks.",
		[]string{"Organization:Peru's Ministry of Defence", "Organization:Chile's navy"}, nil)
}

// TestPersonEndsOrgName checks that "of" carries a body's name on to no
// person (personAfterOf) and a person's name on to no body
// (personBeforeOf): "the Vorn Committee of King Tarek" is the committee
// and the king; places, states and capitalised common words still go on.
func TestPersonEndsOrgName(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"title after of", "The summit was convened by the Harbour Committee of King Tarek of Jordan on Monday.",
			[]string{"Organization:Harbour Committee", "Person:Tarek"}, []string{"Organization:Harbour Committee of King Tarek"}},
		{"given name after of", "Deputies of the Harvest Party of Marta Kovalenko voted against the bill.",
			[]string{"Organization:Harvest Party", "Person:Marta Kovalenko"}, []string{"Organization:Harvest Party of Marta Kovalenko"}},
		{"president after of", "Envoys of the Steering Council of President Ana Ruiz met in Lima.",
			[]string{"Organization:Steering Council", "Person:Ana Ruiz"}, nil},
		{"person before of", "Analyst Joaquim Teller Vasz of Northfield University said the vote was fair.",
			[]string{"Person:Joaquim Teller Vasz", "Organization:Northfield University"}, []string{"Organization:Joaquim Teller Vasz of Northfield University"}},
		{"common words go on", "The University of Greenfield Studies issued a note.",
			[]string{"Organization:University of Greenfield Studies"}, nil},
		{"place goes on", "The Bank of Tarvo Valley cut its rates.",
			[]string{"Organization:Bank of Tarvo Valley"}, nil},
	})
	checkPatterns(t, []patternCase{
		{"Deputies of the Harvest Party of Marta Kovalenko voted against the bill.",
			[]string{"HOLDS_OFFICE(Marta Kovalenko -> Harvest Party)"}, nil},
	})
}

// TestAcronymOpensName checks that a name opening with an acronym of three
// capitals and going on in lower case is no person's (acronymOpens), while
// two initials and a name in capitals throughout are.
func TestAcronymOpensName(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"told outlet", "The minister told KTV Pacific that the vote had broken trust.",
			[]string{"Organization:KTV Pacific"}, []string{"Person:KTV Pacific"}},
		{"apposed role", "Its partner, VRN Holdings, was to build the port.",
			nil, []string{"Person:VRN Holdings"}},
		{"two initials", "Senator JD Varlow told reporters that the vote was fair.",
			[]string{"Person:JD Varlow"}, nil},
		{"dotted initials", "The spokesman, K.T.V. Varlow, told reporters that the vote was fair.",
			[]string{"Person:K.T.V. Varlow"}, nil},
		{"given name", "Peru's envoy told Vela Ruiz that talks would resume.",
			[]string{"Person:Vela Ruiz"}, nil},
	})
}

// TestRelativePronounPerson checks that a name of two words or more set
// off by a comma and "who" or "whom" is a person's (personEvidence),
// while "which" and a body's head tell no person.
func TestRelativePronounPerson(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"whom", "The ministry announced the expulsion of Tavo Kumar Rei, whom it named as the station chief.",
			[]string{"Person:Tavo Kumar Rei"}, nil},
		{"who", "Police in Lima questioned Lina Verhoef, who runs the shipping office.",
			[]string{"Person:Lina Verhoef"}, nil},
		{"who later", "Envoys later met Orsi Vandrel, who had flown in from Quito.",
			[]string{"Person:Orsi Vandrel"}, nil},
		{"which", "Envoys later met Kestrel Vandrel, which runs the port.",
			nil, []string{"Person:Kestrel Vandrel"}},
		{"body head", "Envoys met the Harbour Workers Union, who had called the strike.",
			[]string{"Organization:Harbour Workers Union"}, []string{"Person:Harbour Workers Union"}},
	})
}

// TestLedByPerson checks that a name of two words or more after a passive
// lead verb and "by" is a person's (personEvidence), who holds the office
// of the body led, while a group's shape or a known state stays what it is.
func TestLedByPerson(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"led by", "The opposition Harvest Party, led by Siv Jenner, accused the minister of selling out.",
			[]string{"Person:Siv Jenner"}, nil},
		{"chaired by", "The panel, chaired by Orsi Vandrel, met in Lima on Monday.",
			[]string{"Person:Orsi Vandrel"}, nil},
		{"plural group", "The offensive was led by Kestrel Brigades from the north.",
			nil, []string{"Person:Kestrel Brigades"}},
		{"firm", "The talks were led by Tarvo Holdings on Monday.",
			nil, []string{"Person:Tarvo Holdings"}},
		{"state", "The coalition led by Saudi Arabia struck the port.",
			[]string{"Country:Saudi Arabia"}, nil},
	})
	checkPatterns(t, []patternCase{
		{"The opposition Harvest Party, led by Siv Jenner, accused the minister of selling out.",
			[]string{"HOLDS_OFFICE(Siv Jenner -> Harvest Party)"}, nil},
	})
}

// TestOrdinalCommands checks that an ordinal opens a command's name
// whose head is of two words as of one ("the 5th Military District" like
// "the 5th Corps"), that a military or army region is a command, and that
// an ordinal before a court or a lower-case region makes none.
func TestOrdinalCommands(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"ordinal and two-word head", "Rebels fired on columns of the 7th Military District near the river.",
			[]string{"Organization:7th Military District"}, []string{"Organization:Military District"}},
		{"ordinal and one-word head", "The army's 9th Corps shelled the town.", []string{"Organization:9th Corps"}, nil},
		{"ordinal word and army region", "He ordered the Third Army Region to close the frontier.", []string{"Organization:Third Army Region"}, nil},
		{"military region", "The Second Military Region was placed on alert.",
			[]string{"Organization:Second Military Region"}, []string{"Location:Military Region"}},
		{"region's commander", "The 4th Military Region commander met the envoy.", []string{"Organization:4th Military Region"}, nil},
		{"lower-case region", "Troops moved into the Kessin military region.", nil, []string{"Organization:Kessin military region"}},
		{"court", "The 2nd District Court ruled on the case.", nil, []string{"Organization:2nd District Court"}},
	})
}
