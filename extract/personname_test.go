package extract

import "testing"

// TestStackedHonorifics checks that styles written before a name ("Rt Hon",
// "H.E.", "The Hon.") are no part of it and make it a person's.
func TestStackedHonorifics(t *testing.T) {
	checkEntities(t, "The Chancellor, Rt Hon Peter Varley MP, told the committee that taxes would rise.",
		[]string{"Person:Peter Varley"}, []string{"Person:Rt Hon Peter Varley"})
	checkEntities(t, "H.E. Osman Dirir Kahin, the ambassador of Somalia, said his country wanted peace.",
		[]string{"Person:Osman Dirir Kahin"}, []string{"Person:H.E. Osman Dirir Kahin"})
	checkEntities(t, "The Hon. Albert Mwale said the plan would fail.", []string{"Person:Albert Mwale"}, nil)
}

// TestHonoredPlaceName checks that a place's or a state's name after an
// honorific is a person's surname, and stays the place elsewhere.
func TestHonoredPlaceName(t *testing.T) {
	checkEntities(t, "Rt Hon Peter Kent MP spoke in Leeds. Mr Kent later met the mayor.",
		[]string{"Person:Peter Kent", "Person:Kent"}, []string{"Location:Kent"})
	checkEntities(t, "Mrs Jordan, a lawyer, said Jordan had not replied.",
		[]string{"Person:Jordan", "Country:Jordan"}, nil)
	checkEntities(t, "Officials in Paris said the talks were over.", []string{"Location:Paris"}, []string{"Person:Paris"})
}

// TestGivenNameAfterTitle checks that a given name alone after a title is
// the one person named earlier with it, and nobody when two are.
func TestGivenNameAfterTitle(t *testing.T) {
	g := extractText(t, "Prime Minister Tesfaye Bekele met President Yusuf Omar Hassan in Djibouti. "+
		"President Yusuf later said the talks were useful, and Prime Minister Tesfaye thanked him.")
	if n := countLabel(g, "Person"); n != 2 {
		t.Errorf("want 2 people, got %d: %v", n, keys(entitySet(g)))
	}
	checkPatterns(t, []patternCase{
		{"Sheikh Hamad bin Khalid arrived in Doha. Sheikh Hamad later met Abdullah Rahimi.",
			[]string{"MET_WITH(Abdullah Rahimi -> Hamad bin Khalid)"}, nil},
	})
	// two people of that given name: the title's name is neither
	g = extractText(t, "John Carter and John Brennan met in Ohio. Senator John said nothing.")
	if n := countLabel(g, "Person"); n != 3 {
		t.Errorf("want 3 people, got %d: %v", n, keys(entitySet(g)))
	}
}

// TestBareOutlet checks that a one-word name, an acronym or a common word,
// that people tell is an outlet, and that a dateline's bracketed acronym
// is its agency.
func TestBareOutlet(t *testing.T) {
	checkEntities(t, "Two officials told Sentinel that the raids had hit rebel camps.",
		[]string{"Organization:Sentinel"}, []string{"Person:Sentinel"})
	checkEntities(t, "The minister told KNA that talks would resume.", []string{"Organization:KNA"}, []string{"Person:KNA"})
	// a name the writer introduced is that person
	checkEntities(t, "Asel Nurtaeva chairs the panel. Officials told Nurtaeva that the vote was off.",
		[]string{"Person:Nurtaeva"}, []string{"Organization:Nurtaeva"})
	checkEntities(t, "Nairobi, March 3, 2019 (KNA) -- Rebels seized the town.", []string{"Organization:KNA"}, []string{"Person:KNA"})
}

// TestNameOfBody checks that a person's name followed by "of" and a named
// organization holds a position there, and that a place or a state after
// "of" gives none.
func TestNameOfBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Dr Jonathan Hale of the Kestrel Institute warned that the plan would fail.",
			[]string{"HOLDS_OFFICE(Jonathan Hale -> Kestrel Institute)"}, nil},
		{"Xi Jinping met Ana Ruiz of the Farmers Union in Beijing.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Farmers Union)"}, []string{"HOLDS_OFFICE(Xi Jinping -> Farmers Union)"}},
		{"Senator Amy Klobuchar of Minnesota said the bill would pass.", nil, []string{"HOLDS_OFFICE(Amy Klobuchar -> Minnesota)"}},
		{"Hamad bin Khalid of Qatar met the envoy.", nil, []string{"HOLDS_OFFICE(Hamad bin Khalid -> Qatar)"}},
	})
}

// TestInitialsAndDoubleGivenNames checks that a middle initial after an
// accented given name stays in the name, and that a hyphened double given
// name whose parts are given names opens a person's name.
func TestInitialsAndDoubleGivenNames(t *testing.T) {
	checkEntities(t, "Former Premier Jóna K. Holm called the plan reckless.",
		[]string{"Person:Jóna K. Holm"}, []string{"Person:Jóna K"})
	checkEntities(t, "Karl-Johan Berg criticized Sweden, and Anne-Marie Lund thanked him.",
		[]string{"Person:Karl-Johan Berg", "Person:Anne-Marie Lund"}, nil)
	checkEntities(t, "Lars-Torvik Holm, the new premier, criticized Sweden.", []string{"Person:Lars-Torvik Holm"}, nil)
	checkEntities(t, "Rolls-Royce Aero said it would build engines.", nil, []string{"Person:Rolls-Royce Aero"})
	checkEntities(t, "Anna-Austria Berg met the envoy.", nil, []string{"Person:Anna-Austria Berg"})
}

// TestArabicFullName checks that a place's name opening an Arabic-style
// full name after a title, or any name holding a patronymic, is a
// person's, while a place with a particle stays a place.
func TestArabicFullName(t *testing.T) {
	checkEntities(t, "The emir of Bahrain, Sheikh Sabah al-Hamad al-Sabah, phoned President Macron.",
		[]string{"Person:Sabah al-Hamad al-Sabah"}, []string{"Location:Sabah"})
	checkEntities(t, "Sabah bin Saad criticized Sweden on Monday.", []string{"Person:Sabah bin Saad"}, []string{"Location:Sabah"})
	checkEntities(t, "Rebels fought near Ras al-Ain and in Sabah.", []string{"Location:Sabah"}, []string{"Person:Sabah"})
}

// TestKindNounAfterName checks that a lower-case noun of an organization's
// kind after an unknown name makes it an organization, and that a noun
// describing the name after it, or a common word's party, does not.
func TestKindNounAfterName(t *testing.T) {
	checkEntities(t, "Ana Lobo, who chairs the Open Field think tank, criticized Sweden.",
		[]string{"Organization:Open Field"}, []string{"Facility:Open Field"})
	checkEntities(t, "Karl Berg, whose Venstre party won the vote, met Norway's envoy.", []string{"Organization:Venstre"}, nil)
	checkPatterns(t, []patternCase{
		{"The Red Hill militia attacked Peru on Monday.", []string{"ATTACKS(Red Hill -> Peru)"}, nil},
	})
	checkEntities(t, "He attended a Christmas party in Oslo.", nil, []string{"Organization:Christmas"})
	checkEntities(t, "Ana Ruiz told Greenlandic broadcaster KNR that talks were over.", []string{"Organization:KNR"}, []string{"Organization:Greenlandic"})
	checkEntities(t, "Ana Ruiz told Greenlandic radio station KNR that talks were over.", []string{"Organization:KNR"}, []string{"Organization:Greenlandic"})
}

// TestGulfStyleNames checks Arabic-style full names written in the Gulf
// styles, with "Bin" and "Al" capitalised and apart: one person of up to
// four words besides the particles, also when its first word is a place's
// name after a title, while a place with "Al" stays a place.
func TestGulfStyleNames(t *testing.T) {
	checkEntities(t, "Hamdan Bin Saif Al Qasimi said on Monday that talks would go on.",
		[]string{"Person:Hamdan Bin Saif Al Qasimi"}, []string{"Person:Bin Saif Al Qasimi"})
	checkEntities(t, "The minister met the Kuwaiti envoy, Shaikh Nasser Al Khalid Al Sabah, in Doha.",
		[]string{"Person:Nasser Al Khalid Al Sabah"}, []string{"Person:Khalid Al Sabah"})
	checkEntities(t, "Shaikh Sabah Al Hamad Al Jubail met the envoy on Thursday.",
		[]string{"Person:Sabah Al Hamad Al Jubail"}, []string{"Location:Sabah"})
	checkEntities(t, "Fighting went on in Ras Al Khaimah.", []string{"Location:Ras Al Khaimah"}, nil)
}

// TestMilitaryRanks checks that ranks written before a name are titles,
// no part of the name: "Senior General", "Commodore", "Air Chief Marshal".
func TestMilitaryRanks(t *testing.T) {
	checkEntities(t, "The junta leader, Senior General Kyaw Min Thu, said the vote would be delayed.",
		[]string{"Person:Kyaw Min Thu"}, []string{"Person:Senior"})
	checkPatterns(t, []patternCase{
		{"Tonga's navy commander Commodore Sione Vaka took charge of the fleet.",
			[]string{"HOLDS_OFFICE(Sione Vaka -> Tonga)"}, nil},
	})
	checkEntities(t, "Air Chief Marshal Tan Wei said the jets would fly.", []string{"Person:Tan Wei"}, []string{"Person:Air Chief Marshal Tan Wei"})
}

// TestHoldersAfterTitles checks three shapes of a title's holder:
//   - two initials: a second spaced initial keeps its dot, so "P. J." opens
//     the name and ends no sentence;
//   - a city's name after a title, before one surname no lexicon knows, is
//     the person's given name, while the city after a preposition or
//     before a place head stays the city;
//   - a title's portfolio of capitalised common words after "for" or "of"
//     is no name, and the name after it is the holder's, while a body's
//     name after "of" stays the body.
func TestHoldersAfterTitles(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"two initials after a title", "Jamaican Prime Minister R. T. Harwood said he would mediate.",
			[]string{"Person:R. T. Harwood"}, []string{"Person:R. T", "Person:Harwood"}},
		{"two initials after a comma", "The envoy, K. L. Osei, said talks would resume.", []string{"Person:K. L. Osei"}, []string{"Person:K"}},
		{"two initials after a verb", "Officials said J. R. Tamber Holt would resign.", []string{"Person:J. R. Tamber Holt"}, []string{"Person:J"}},
		{"one letter ends a sentence", "They chose plan B. The talks ended.", nil, []string{"Person:B"}},
		{"city as given name", "Vornish President Milan Tarvek accused the army.", []string{"Person:Milan Tarvek"}, []string{"Location:Milan"}},
		{"capital as given name", "Defence Minister Sofia Renkova said the troops would stay.", []string{"Person:Sofia Renkova"}, []string{"Country:Bulgaria"}},
		{"city after a comma title", "The foreign minister, Milan Tarvek, said no.", []string{"Person:Milan Tarvek"}, []string{"Location:Milan"}},
		{"city after a preposition", "President Tarvek flew to Milan Tuesday.", []string{"Location:Milan"}, []string{"Person:Milan Tuesday"}},
		{"city before a place head", "The Governor of Milan Province spoke.", nil, []string{"Person:Milan Province"}},
		{"portfolio then holder", "Federal Secretary for Foreign Affairs Dusan Velkov lodged a complaint.",
			[]string{"Person:Dusan Velkov"}, []string{"Person:Foreign Affairs Dusan Velkov"}},
		{"portfolio then comma", "Federal Secretary for National Defence, Admiral Tomas Rakel, warned the rebels.",
			[]string{"Person:Tomas Rakel"}, []string{"Person:National Defence"}},
		{"title ending in for", "Secretary of State for Defence Ben Wallace said no.", []string{"Person:Ben Wallace"}, []string{"Person:Defence Ben Wallace"}},
		{"commissioner for", "Commissioner for Trade Tavo Rein rejected the offer.", []string{"Person:Tavo Rein"}, []string{"Person:Trade Tavo Rein"}},
		{"body after of stays", "The chairman of Border Control Committee, Tovan Okafor, spoke.",
			[]string{"Organization:Border Control Committee", "Person:Tovan Okafor"}, nil},
		{"portfolio alone", "The minister of Foreign Affairs met the envoy.", nil, []string{"Person:Foreign Affairs"}},
	})
}

// TestPersonNounApposed checks that a name before an apposition
// headed by a noun of people (an analyst, a lawyer, a commander) is a
// person's, and that a noun of a body or a place, a relative clause or a
// plural's possessive in the apposition makes none.
func TestPersonNounApposed(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"analyst", "Daniyar Rentik, a political analyst, said the vote was rigged.", []string{"Person:Daniyar Rentik"}, nil},
		{"hyphened modifier", `"We are safe now," Ilyas Tormek, an Osk-based security analyst, told reporters.`, []string{"Person:Ilyas Tormek"}, nil},
		{"lawyer at", "Tavo Rentik, a lawyer at the firm, denied the charge.", []string{"Person:Tavo Rentik"}, nil},
		{"commander of", "Omar Veldan, the commander of the garrison, surrendered.", []string{"Person:Omar Veldan"}, nil},
		{"company", "Kestrel Holdings, a contractor, said it was ready.", []string{"Organization:Kestrel Holdings"}, []string{"Person:Kestrel Holdings"}},
		{"relative clause", "Tavo Rentik, the town where the lawyer lived, was shelled.", nil, []string{"Person:Tavo Rentik"}},
		{"place noun", "Vorna Tarvek, a village in the north, was shelled.", nil, []string{"Person:Vorna Tarvek"}},
	})
}

// TestToldBareName checks that any one-word name no lexicon knows and
// never named before, told something, is an outlet, while a surname named
// before stays its person and a given name and surname stay a person.
func TestToldBareName(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"unknown word at the end", "Ana Rentik, a political analyst, told Vornanet.", []string{"Organization:Vornanet"}, []string{"Person:Vornanet"}},
		{"unknown word before that", "Two officials told Kestrelpost that the raids had stopped.", []string{"Organization:Kestrelpost"}, []string{"Person:Kestrelpost"}},
		{"surname named before", "Asel Tormekova chairs the panel. Officials told Tormekova that the vote was off.",
			[]string{"Person:Tormekova"}, []string{"Organization:Tormekova"}},
		{"full name", "The minister told Tavo Rentik that the vote was off.", []string{"Person:Tavo Rentik"}, []string{"Organization:Tavo Rentik"}},
		{"given name alone", "The minister told Anna that the vote was off.", nil, []string{"Organization:Anna"}},
	})
}

// TestInitialsAfterDottedStyle checks that a given name's initial right
// after a dotted style or abbreviation ("Mr.", "Dr.", "Sen.") keeps its
// dot and opens the name, with one initial, a chain of them or one
// capitalised word after it, while a sentence's last word before an
// initial, an opener after it, or a lone letter stay as they were.
func TestInitialsAfterDottedStyle(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"three initials after Mr.", "Foreign Minister Mr. B. D. K. Varlo told reporters the talks had failed.",
			[]string{"Person:B. D. K. Varlo"}, []string{"Person:D. K. Varlo"}},
		{"one initial and two words", "The junior minister, Mr. T. Ravan Osei, said troops would leave.",
			[]string{"Person:T. Ravan Osei"}, []string{"Person:T"}},
		{"one initial and a surname", "Dr. K. Tamberlo warned that the dam would fail.",
			[]string{"Person:K. Tamberlo"}, []string{"Person:K"}},
		{"after a rank's abbreviation", "The column was led by Gen. R. Mbeki Tarvo on Monday.",
			[]string{"Person:R. Mbeki Tarvo"}, []string{"Person:R"}},
		{"initial then a sentence opener", "The vote went to Mr. A. The count ended late.", nil, []string{"Person:A. The"}},
		{"sentence end before an initial", "The rebels entered Tarvosk. K. Varlo fled.", nil, []string{"Person:Tarvosk. K. Varlo"}},
	})
}
