package extract

import (
	"slices"
	"testing"
)

// TestDemonymNames checks names that open with a demonym: one
// organization, of that country, unless the rest is a body the lexicon
// knows; and that a word after a demonym is not read as a verb cue.
func TestDemonymNames(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"Anna Weber, deputy head of the Austrian Energy Forum, said prices would rise.",
			[]string{"Organization:Austrian Energy Forum", "Person:Anna Weber"}, []string{"Person:Energy Forum"}},
		{"The Slovak Investment Bank lent the money.", []string{"Organization:Slovak Investment Bank"}, nil},
		{"The talks were held at Vasari Hall in Florence.", []string{"Facility:Vasari Hall"}, nil},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
	checkPatterns(t, []patternCase{
		{"The Slovak Investment Bank lent the money.", []string{"PART_OF(Slovak Investment Bank -> Slovakia)"}, nil},
		{"The Greek Foreign Ministry summoned the envoy.", []string{"PART_OF(Greek Foreign Ministry -> Greece)"}, nil},
		{"A former Czech finance official, Petr Dvorak, said the deal was fair.", nil, []string{"SUPPLIES(Czech Republic -> Petr Dvorak)"}},
		{"Poland will finance Ukraine's reconstruction.", []string{"SUPPLIES(Poland -> Ukraine)"}, nil},
	})
}

// TestTownBeforeCountry checks that an unknown name written with its
// country ("Kastrani, Greece") is a place in that country, and that lists
// and possessives are not read so.
func TestTownBeforeCountry(t *testing.T) {
	checkEntities(t, "The cable will run to Vlorovo, Greece, and then to Italy.", []string{"Location:Vlorovo"}, nil)
	checkEntities(t, "Protests spread to Zbrova, Poland.", []string{"Location:Zbrova"}, nil)
	checkEntities(t, "The envoy Smith, Britain's man in Rome, left.", nil, []string{"Location:Smith"})
	checkPatterns(t, []patternCase{
		{"It passes Kastrani, Greece, where it meets another line.", []string{"LOCATED_IN(Kastrani -> Greece)"}, nil},
		{"Ecowas, Nigeria and Ghana met on Monday.", nil, []string{"LOCATED_IN(Ecowas -> Nigeria)", "LOCATED_IN(ECOWAS -> Nigeria)"}},
	})
}

// TestSharedHead checks two names sharing a plural facility head.
func TestSharedHead(t *testing.T) {
	checkEntities(t, "Output rose in the Tamar and Dalit fields.", []string{"Facility:Tamar field", "Facility:Dalit field"}, nil)
	checkEntities(t, "Workers left the Korvel and Illich plants on Monday.", []string{"Facility:Korvel plant", "Facility:Illich plant"}, nil)
	checkEntities(t, "Protests hit the Kursk and Voronezh regions.", []string{"Location:Kursk", "Location:Voronezh"}, []string{"Location:Kursk region"})
	checkEntities(t, "Smith and Jones said the fields were dry.", nil, []string{"Facility:Jones field"})
}

// TestApposedToRole checks a name between commas after a person's role.
func TestApposedToRole(t *testing.T) {
	checkEntities(t, "A former Hungarian security official, Zsolt Varkonyi, said the supply was small.", []string{"Person:Zsolt Varkonyi"}, nil)
	checkEntities(t, "An analyst, Oded Eran, said it was small.", []string{"Person:Oded Eran"}, nil)
	checkEntities(t, "The security official, Reuters, said so.", nil, []string{"Person:Reuters"})
	// a title's own lower-case complement before the name
	checkEntities(t, "The leader of the biggest rural Chilean party, Tovan Roe, said so.", []string{"Person:Tovan Roe"}, nil)
	checkEntities(t, "The head of the main opposition party, Kestrel Front, said so.", []string{"Organization:Kestrel Front"}, []string{"Person:Kestrel Front"})
}

// TestPlaceNamedPerson checks that a city's or an outlet's one-word name
// with an unknown surname, apposed to a role or a title, is a person.
func TestPlaceNamedPerson(t *testing.T) {
	checkEntities(t, "The rebel leader, Milan Vorna, ordered a retreat.", []string{"Person:Milan Vorna"}, []string{"Location:Milan"})
	checkEntities(t, "A ministry spokeswoman, Tasnim Roe, declined to comment.", []string{"Person:Tasnim Roe"}, []string{"Organization:Tasnim News Agency"})
	checkEntities(t, "Peru's envoy, Paris Kestrel, walked out.", []string{"Person:Paris Kestrel"}, []string{"Location:Paris"})
	checkEntities(t, "The minister flew to Milan, Vorna said.", []string{"Location:Milan"}, []string{"Person:Milan Vorna"})
}

// TestPlaceLedNames checks names that open with a place the lexicon knows:
// an agreement named after a city ("the Paris Climate Accord"), and a
// capitalised direction before a country ("Northern Syria"), which the
// lexicon's own names ("North Korea") override.
func TestPlaceLedNames(t *testing.T) {
	checkEntities(t, "Brazil must comply with the Paris Climate Accord.", []string{"Agreement:Paris Climate Accord"}, []string{"Country:France"})
	checkEntities(t, "Critics cited the Minsk Peace Agreement.", []string{"Agreement:Minsk Peace Agreement"}, []string{"Country:Belarus"})
	checkEntities(t, "Tanks moved into Northern Syria on Monday.", []string{"Location:Northern Syria", "Country:Syria"}, nil)
	checkEntities(t, "North Korea fired a missile.", []string{"Country:North Korea"}, []string{"Location:North Korea"})
	checkPatterns(t, []patternCase{
		{"Fighting spread across Eastern Ukraine.", []string{"LOCATED_IN(Eastern Ukraine -> Ukraine)"}, nil},
		// after a lower-case direction the country stays the argument and
		// the region's lying in it is left unstated
		{"Drones struck southern Chad overnight.", []string{"ATTACKS(drones -> Chad)"}, []string{"LOCATED_IN(southern Chad -> Chad)", "ATTACKS(drones -> southern Chad)"}},
		{"Kharkiv, a city in north-eastern Ukraine, was shelled.", []string{"LOCATED_IN(Kharkiv -> Ukraine)"}, nil},
	})
	checkEntities(t, "Shelling resumed in north-eastern Ukraine.", []string{"Location:north-eastern Ukraine", "Country:Ukraine"}, nil)
	// "south" and "southern" before one country are one region
	if g := extractText(t, "Aid reached southern Chad and later south Chad."); countLabel(g, "Location") != 1 {
		t.Errorf("southern Chad and south Chad: want one Location, got %d", countLabel(g, "Location"))
	}
	// a direction before a place that is not a country makes no region
	checkEntities(t, "Storms hit central Europe.", nil, []string{"Location:central Europe"})
}

// TestMiddleInitials checks that a person written with and without middle
// initials is one entity, and that different first names stay apart.
func TestMiddleInitials(t *testing.T) {
	checkPersons(t, []personCount{
		{"Karl J. Vesterby resigned on Monday. Later, Karl Vesterby spoke again.", 1},
		{"John R. Bolton said he resigned. Later, John Bolton spoke again.", 1},
		{"Karl Vesterby resigned on Monday. Later, Anna Vesterby spoke again.", 2},
	})
}

// personCount is a text and how many Person entities it must give.
type personCount struct {
	text    string
	persons int
}

// checkPersons checks the number of Person entities extracted from each
// text: one person named several ways, or several people kept apart.
func checkPersons(t *testing.T, cases []personCount) {
	t.Helper()
	for _, tt := range cases {
		if n := countLabel(extractText(t, tt.text), "Person"); n != tt.persons {
			t.Errorf("%q: %d persons, want %d", tt.text, n, tt.persons)
		}
	}
}

// TestDemonymFacility checks a generic facility written with a demonym:
// it lies in that country, except a state's post abroad.
func TestDemonymFacility(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Iraq and the United States. Rockets hit an Iraqi air base near Mosul.",
			[]string{"LOCATED_IN(Iraqi air base -> Iraq)", "ATTACKS(rockets -> Iraqi air base)"}, nil},
		{"Iraq and the United States. Protesters gathered outside the U.S. embassy.",
			nil, []string{"LOCATED_IN(U.S. embassy -> United States)"}},
	})
}

// TestBodiesByHead checks bodies named by their head: a generic state body
// owned by "the country" (named as written, the country's), an
// organization's capitalised body head ("the X Commission" is PART_OF X),
// a country's name before a state head, and a possessive's owned name as
// an alias.
func TestBodiesByHead(t *testing.T) {
	checkEntities(t, "Norway and Norway. The country's Interior Ministry said three men were held.",
		[]string{"Organization:Interior Ministry"}, []string{"Organization:country's Interior Ministry"})
	checkEntities(t, "Poland and Poland. The Defence Forces said patrols had increased.", []string{"Organization:Defence Forces"}, nil)
	checkEntities(t, "The Kenya Defence Force said it had crossed the border.",
		[]string{"Organization:Kenya Defence Force"}, []string{"Person:Defence Force"})
	checkPatterns(t, []patternCase{
		{"Norway and Norway. The country's Interior Ministry said three men were held.", []string{"PART_OF(Interior Ministry -> Norway)"}, nil},
		{"The country's Interior Ministry said three men were held.", nil, []string{"PART_OF(Interior Ministry -> Norway)"}},
		{"The Kenya Defence Force said it had crossed the border.", []string{"PART_OF(Kenya Defence Force -> Kenya)"}, nil},
		{"The Hungarian Defence Forces bought shells.", []string{"PART_OF(Hungarian Defence Forces -> Hungary)"}, nil},
		{"The ECOWAS Commission condemned the coup in Mali.", []string{"PART_OF(ECOWAS Commission -> ECOWAS)"}, nil},
		{"The NATO Council of Ministers met in Oslo.", nil, []string{"PART_OF(NATO Council -> NATO)"}},
		{"The Ukraine Defense Contact Group met in Ramstein.", nil, []string{"PART_OF(Ukraine Defense Contact Group -> Ukraine)"}},
		{"The Kenya Airways flight landed in Oslo.", nil, []string{"PART_OF(Kenya Airways -> Kenya)"}},
	})
	g := extractText(t, "Sweden's Maritime Authority inspected the tanker.")
	if !slices.ContainsFunc(g.Entities, func(e Entity) bool {
		return e.Name == "Sweden's Maritime Authority" && slices.Contains(e.Aliases, "Maritime Authority")
	}) {
		t.Errorf("no Sweden's Maritime Authority with the alias Maritime Authority: %v", g.Entities)
	}
}

// TestAcronyms checks acronyms no lexicon lists: spelt out by a name
// before them (its initials), or acting as an organization (a group noun
// after them, a verb after "the X", an apposition with a group noun);
// never a Roman numeral or a bare capitalised word.
func TestAcronyms(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"The Rapid Response Brigade shelled the town of Karvel. The RRB said it had taken the airport.",
			[]string{"Organization:Rapid Response Brigade", "Organization:RRB"}, nil},
		{"KDF troops crossed into Somalia on Monday.", []string{"Organization:KDF"}, nil},
		{"The ZNP party won the vote in Latvia.", []string{"Organization:ZNP"}, nil},
		{"The SPLM-N accused Sudan of bombing its positions.", []string{"Organization:SPLM-N"}, nil},
		{"Fighters of the RRB, the paramilitary brigade led by its founder, shelled Karvel.", []string{"Organization:RRB"}, nil},
		{"The National Liberation Front of Estonia claimed the attack.", []string{"Organization:National Liberation Front of Estonia"},
			[]string{"Organization:The National"}},
		{"The Karvel Liberation Army (KLA) attacked Estonia.", []string{"Organization:Karvel Liberation Army", "Organization:KLA"}, nil},
		{"The Karvel Popular Front, known as the KPF, attacked Estonia. The KPF later denied it.",
			[]string{"Organization:Karvel Popular Front", "Organization:KPF"}, nil},
		{"The RRB, the Rapid Response Brigade, shelled the town of Karvel.", []string{"Organization:Rapid Response Brigade", "Organization:RRB"}, nil},
		{"The ZNX, the Karvel Popular Front, attacked Estonia.", []string{"Organization:Karvel Popular Front"}, []string{"Organization:ZNX"}},
		{"King Charles II visited Kenya.", nil, []string{"Organization:II"}},
		{"The CEO of the firm resigned.", nil, []string{"Organization:CEO"}},
		{"The OK came on Monday.", nil, []string{"Organization:OK"}},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
	if n := countLabel(extractText(t, "The RRB, the Rapid Response Brigade, shelled the town of Karvel. The RRB later denied it."), "Organization"); n != 1 {
		t.Errorf("an acronym spelt out after it: %d organizations, want 1", n)
	}
	if n := countLabel(extractText(t, "The Karvel Popular Front, known as the KPF, attacked Estonia. The KPF later denied it."), "Organization"); n != 1 {
		t.Errorf("the front and its acronym: %d organizations, want 1", n)
	}
	if n := countLabel(extractText(t, "The Rapid Response Brigade shelled the town of Karvel. The RRB said it had taken the airport."), "Organization"); n != 1 {
		t.Errorf("the brigade and its initials: %d organizations, want 1", n)
	}
	checkPatterns(t, []patternCase{
		{"The Rapid Response Brigade shelled the town of Karvel. The RRB attacked Sudan's army.",
			[]string{"ATTACKS(Rapid Response Brigade -> Sudan)"}, []string{"ATTACKS(RRB -> Sudan)"}},
		{"The NLF attacked Estonia.", []string{"ATTACKS(NLF -> Estonia)"}, nil},
	})
}

// TestUnknownNameCues checks more cues of unknown names: an apposition
// headed by a group noun, a speaker with their country in brackets, a
// person's name that stops before "of", an organization head with "of"
// inside a name, a program's capitalised head, and a body written after
// an organization's name (with "in" + a country before its acronym).
func TestUnknownNameCues(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"The Red Dawn Front, a FARC dissident faction, attacked a police station.", []string{"Organization:Red Dawn Front"}, nil},
		{"The Red Dawn Front, a rebel faction led by Omar Dalli, attacked Karvel.", []string{"Organization:Red Dawn Front"}, nil},
		{"Karl Smith, a spokesman for the ministry, said so.", []string{"Person:Karl Smith"}, []string{"Organization:Karl Smith"}},
		{"Tan Wei (China) said the mission relied on voluntary contributions.", []string{"Person:Tan Wei"}, nil},
		{"Two senators, Amy Klobuchar of Minnesota and Jon Tester of Montana, wrote to Biden.",
			[]string{"Person:Amy Klobuchar", "Person:Jon Tester"}, []string{"Person:Amy Klobuchar of Minnesota"}},
		{"The Khyber Chamber of Commerce urged Pakistan to reopen the border.", []string{"Organization:Khyber Chamber of Commerce"}, nil},
		{"Latvia supports the Global Resilience Initiative proposed by Estonia.", []string{"Program:Global Resilience Initiative"}, nil},
		{"The UN Verification Mission in Colombia monitors the ceasefire.", []string{"Organization:UN Verification Mission"},
			[]string{"Organization:Verification Mission"}},
		{"Kestrel, a ZRT business, is the prime contractor.", []string{"Organization:ZRT"}, nil},
		{"The carrier arrived in the South Korean port of Busan on Tuesday.", []string{"Location:Busan"}, []string{"Facility:South Korean port"}},
		{"The Korvan and Dalit Khan crossings stayed shut.", []string{"Facility:Korvan crossing", "Facility:Dalit Khan crossing"},
			[]string{"Person:Dalit Khan"}},
		{"Anna Berg, head of the United Nations Integrated Office in Haiti (BINUH), spoke.",
			[]string{"Organization:United Nations Integrated Office in Haiti", "Organization:BINUH"}, []string{"Organization:Integrated Office"}},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
	checkPatterns(t, []patternCase{
		{"The Red Dawn Front, a rebel faction, attacked Estonia.", []string{"ATTACKS(Red Dawn Front -> Estonia)"}, nil},
		{"The UN Verification Mission in Colombia monitors the ceasefire.", []string{"LOCATED_IN(UN Verification Mission -> Colombia)"}, nil},
	})
}

// TestCredits checks the lines that credit writers: a "By" line or names
// between bars near the top states no entity, the names of a Reuters
// byline are people, and a Title Case headline gives no unknown names.
func TestCredits(t *testing.T) {
	const story = "Oslo and Kyiv sign grain deal\n\nBy Jane Roe and John Smith\n\nNorway signed a deal with Ukraine on Monday.\n\n" +
		"(Reporting by Anna Lee in Kyiv and Per Holm in Oslo; Editing by Tom Brown)\n"
	checkEntities(t, story, []string{"Person:Per Holm", "Person:Anna Lee"}, []string{"Person:Jane Roe", "Person:John Smith", "Location:Per Holm"})
	checkEntities(t, "Talks resume\n\nAnn Lee | Tom Berg\n\nNorway met Ukraine.\n", nil, []string{"Person:Ann Lee", "Person:Tom Berg"})
	checkEntities(t, "Norway Signs Deal With Ukraine, Praising Grain Corridor by Two Votes in Favour\n\nNorway met Ukraine.\n",
		[]string{"Country:Norway"}, []string{"Location:Favour", "Organization:Praising Grain Corridor"})
	checkEntities(t, "Norway signs a deal with the Grain Corridor Group\n\nNorway met Ukraine.\n",
		[]string{"Organization:Grain Corridor Group"}, nil)
	checkEntities(t, "Deal signed\n\nBy the river, Norway met Ukraine.\n", []string{"Country:Norway", "Country:Ukraine"}, nil)
}

// TestCapitalOrganizations checks a capital that, as an actor, names the
// organization seated there (metonyms in organizations.yaml): "Brussels"
// speaking is the EU, while Brussels as a place stays the city.
func TestCapitalOrganizations(t *testing.T) {
	checkEntities(t, "Brussels warned Minsk against new arrests.", []string{"Organization:European Union", "Country:Belarus"}, []string{"Country:Belgium"})
	checkEntities(t, "Ministers met in Brussels on Monday.", []string{"Location:Brussels"}, []string{"Organization:European Union"})
	checkPatterns(t, []patternCase{
		{"Brussels imposed sanctions on Belarus.", []string{"SANCTIONS(European Union -> Belarus)"}, []string{"SANCTIONS(Belgium -> Belarus)"}},
	})
}

// TestBareBodyNames checks a body's short name (words.yaml bare_body_names)
// after a capitalised word no lexicon knows: another body's name, not the
// UN's; alone or after "UN" it stays the UN's.
func TestBareBodyNames(t *testing.T) {
	checkEntities(t, "The president convened the Supreme Security Council on Friday.", []string{"Organization:Supreme Security Council"}, []string{"Organization:United Nations Security Council"})
	checkEntities(t, "The Security Council met on Monday.", []string{"Organization:United Nations Security Council"}, nil)
	checkEntities(t, "The UN Security Council voted on Monday.", []string{"Organization:United Nations Security Council"}, nil)
}

// TestStruckCapital checks a capital after a verb form of striking
// (words.yaml strike_forms): the city struck, a Location, while the same
// capital as the one who strikes stays its country.
func TestStruckCapital(t *testing.T) {
	checkEntities(t, "Warplanes bombed Damascus overnight.", []string{"Location:Damascus"}, []string{"Country:Syria"})
	checkPatterns(t, []patternCase{
		{"Rebel drones shelled Kyiv on Sunday.", []string{"ATTACKS(drones -> Kyiv)"}, []string{"ATTACKS(drones -> Ukraine)"}},
		{"Moscow shelled the port.", nil, []string{"ATTACKS(Moscow -> port)"}},
	})
	// a noun of striking and its preposition (words.yaml strike_nouns)
	checkPatterns(t, []patternCase{
		{"Hezbollah launched airstrikes against Damascus in March.", []string{"ATTACKS(Hezbollah -> Damascus)"}, []string{"ATTACKS(Hezbollah -> Syria)"}},
		{"Haftar's assault on Tripoli failed.", []string{"ATTACKS(Khalifa Haftar -> Tripoli)"}, []string{"ATTACKS(Khalifa Haftar -> Libya)"}},
		{"The Russian shelling of Kyiv went on all night.", []string{"ATTACKS(Russia -> Kyiv)"}, []string{"ATTACKS(Russia -> Ukraine)"}},
	})
	checkEntities(t, "Chile condemned the war on Lima.", []string{"Country:Peru"}, []string{"Location:Lima"})
	checkEntities(t, "Chile condemned the attack on Lima's policy.", nil, []string{"Location:Lima"})
	// "hit" is no strike form: "sanctions hit Moscow" is the country
	checkEntities(t, "New sanctions hit Moscow hard.", []string{"Country:Russia"}, []string{"Location:Moscow"})
}

// TestPeaceMissions checks the peace missions' long names in the lexicon,
// with the country written short ("in the DRC"), and their parents.
func TestPeaceMissions(t *testing.T) {
	checkEntities(t, "Rebels fired on the UN Stabilization Mission in the DRC on Monday.", []string{"Organization:MONUSCO"}, nil)
	checkPatterns(t, []patternCase{
		{"Troops of the SADC Mission in the DRC left Goma.", []string{"PART_OF(SAMIDRC -> Southern African Development Community)"}, nil},
	})
}

// TestApposedPlaceNoun checks a one-word name no lexicon knows set beside
// a place noun ("Tovango, the capital of North Kivu"): a Location, placed
// in the place after it; a place noun that owns something ("the city's
// mayor") says nothing of the name.
func TestApposedPlaceNoun(t *testing.T) {
	checkEntities(t, "The rebels had surrounded Tovango, the capital of North Kivu.", []string{"Location:Tovango"}, nil)
	checkEntities(t, "The rebels took Tovango, a border town in North Kivu, on Monday.", []string{"Location:Tovango"}, nil)
	checkEntities(t, "They met Tovango, the city's mayor, in North Kivu.", nil, []string{"Location:Tovango"})
	checkPatterns(t, []patternCase{
		{"The rebels had surrounded Tovango, the capital of North Kivu.", []string{"LOCATED_IN(Tovango -> North Kivu)"}, nil},
	})
}

// TestPinyinNames checks a Chinese name in pinyin that no lexicon or
// dictionary knows: a one-syllable surname and a two-syllable given name
// written as one word is a person's, whatever the sentence says of it;
// names of other shapes, places and common words are not.
func TestPinyinNames(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"Prosecutors in Osaka will free Guo Renshan without charge.", []string{"Person:Guo Renshan"}, nil},
		{"Zou Minghai of Singapore said the bank would open.", []string{"Person:Zou Minghai"}, nil},
		{"The talks were chaired by Shen Liqun, a vice minister.", []string{"Person:Shen Liqun"}, nil},
		{"Police questioned Tang Xuebin at the port.", []string{"Person:Tang Xuebin"}, nil},
		{"Delegates cheered as Fan Zhiqiang arrived in Lagos.", []string{"Person:Fan Zhiqiang"}, nil},
		// not two syllables of pinyin after a surname
		{"Troops reached Tai Po on Sunday.", nil, []string{"Person:Tai Po"}},
		{"Visitors met at the Sun Bingo hall in Leeds.", nil, []string{"Person:Sun Bingo"}},
		{"The envoy praised Ban Marco for his work.", nil, []string{"Person:Ban Marco"}},
		// a place the gazetteer knows is no given name
		{"Prosecutors in Osaka will free Hu Hunan without charge.", nil, []string{"Person:Hu Hunan"}},
		{"Prosecutors in Osaka will free Xu Shenzhen without charge.", nil, []string{"Person:Xu Shenzhen"}},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestAccentedAcronyms checks that an acronym whose capitals carry an
// accent is read as one, as the same letters without it are.
func TestAccentedAcronyms(t *testing.T) {
	if !acronym("RTÉ") || !acronym("ČTK") || acronym("Fáil") || acronym("É") {
		t.Error("acronym: accented capitals")
	}
	checkEntities(t, "The minister told RTÉ on Monday that talks would resume.", []string{"Organization:RTÉ"}, []string{"Person:RTÉ"})
	checkEntities(t, "Mr Varga told ČTK that the border would stay open.", []string{"Organization:ČTK"}, nil)
}

// TestReporterBeat checks that a reporter's beat written in capitals after
// the writer's name ("Political Correspondent") names no person, whatever
// the line; an outlet named for a place keeps its name.
func TestReporterBeat(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"From Tom Berg, Political Correspondent, at Stormont, and Ann Roe in Ottawa.", []string{"Person:Tom Berg", "Person:Ann Roe"}, []string{"Person:Political Correspondent"}},
		{"Lena Holt, Foreign Editor, wrote that the vote was close.", []string{"Person:Lena Holt"}, []string{"Person:Foreign Editor"}},
		{"Karl Aho, Chief Diplomatic Correspondent, reports from Tallinn.", []string{"Person:Karl Aho"}, []string{"Person:Chief Diplomatic Correspondent"}},
		{"The Hollywood Reporter said the premiere was delayed.", []string{"Organization:Hollywood Reporter"}, nil},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestAcronymPersonnel checks that an acronym no lexicon knows before a
// noun of the people who serve a body (namecues acronym_heads: officers,
// agents, personnel, guards) is that body, as before troops.
func TestAcronymPersonnel(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"Marchers were held back by lines of KPS officers.", []string{"Organization:KPS"}, nil},
		{"Two VBK agents were arrested at the border.", []string{"Organization:VBK"}, nil},
		{"The TNR personnel left the base on Friday.", []string{"Organization:TNR"}, nil},
		{"Armed DSA guards stood outside the hall.", []string{"Organization:DSA"}, nil},
		{"The officers of the Kestrel Guard were paid.", nil, []string{"Organization:officers"}},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestShoutedLines checks that a line written in capitals (three
// long words, none in lower case) gives no unknown names, while the
// lexicon's names in it still count and a short capitalised acronym or a
// transcript's speaker outside such a line is still read.
func TestShoutedLines(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"shouted subheading", "Deal signed\n\nHOW VORNA LOST ITS COAST\n\nNorway met Ukraine.\n", []string{"Country:Norway"},
			[]string{"Location:HOW VORNA LOST ITS COAST", "Location:VORNA"}},
		{"shouted headline after a service line", "KESTREL WIRE -- NEWS SERVICE\n\nARMY ORDERED TO HOLD POSTS; EU MINISTERS DUE IN OSLO\n\nNorway met Ukraine.\n",
			[]string{"Organization:European Union"}, []string{"Person:DUE IN OSLO", "Person:DUE IN"}},
		{"shouted line with a title", "Talks\n\nPRESIDENT TAMBER HOLT WARNS RIVALS\n\nNorway met Ukraine.\n", nil, []string{"Person:TAMBER HOLT"}},
		{"speaker in a transcript", "Briefing\n\nMR KIRBY: Norway met Ukraine on Monday.\n", []string{"Country:Norway"}, nil},
		{"mixed case keeps names", "Talks\n\nThe KDF and Tamber Holt met in Oslo.\n\nNorway met Ukraine.\n", []string{"Location:Oslo"}, nil},
	})
}
