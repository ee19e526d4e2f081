package extract

import "testing"

// TestLongerNamesOverLexicon checks that a lexicon entry does not win
// inside a longer name that opens before it: a place after a geographic
// prefix with "of" ("Gulf of Gdansk") is part of the feature's name, and
// "for the" or "of the" joins the words of an organization's name
// ("Front for the Defence of Poland"); places named alone stay places.
func TestLongerNamesOverLexicon(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"Two tankers anchored in the Gulf of Gdansk on Monday.", []string{"Location:Gulf of Gdansk"}, []string{"Location:Gdansk"}},
		{"The ferry crossed the Gulf of Trieste at dawn.", []string{"Location:Gulf of Trieste"}, []string{"Location:Trieste"}},
		{"Ships left the port of Gdansk and sailed to Trieste.", []string{"Location:Gdansk", "Location:Trieste"}, []string{"Location:Gulf of Gdansk"}},
		{"The Gulf states met in Benghazi.", []string{"Location:Benghazi"}, nil},
		{"The Patriotic Front for the Defence of Poland claimed the attack.",
			[]string{"Organization:Patriotic Front for the Defence of Poland"}, []string{"Organization:Patriotic Front"}},
		{"The Union for the Renewal of Lakeland said it would boycott the vote.",
			[]string{"Organization:Union for the Renewal of Lakeland"}, []string{"Organization:Union"}},
		{"Anna Weber thanked Jan Novak for the Marshall Plan.", []string{"Person:Jan Novak"}, []string{"Person:Jan Novak for the Marshall Plan"}},
		{"Anna Weber said the aid for the people of Poland was late.", []string{"Person:Anna Weber", "Country:Poland"}, nil},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestApposedTitle checks that an unknown name with a person's title in
// apposition ("the separatist leader", "a senior Kestrel official") is a
// person, while a group noun in apposition still tells an organization.
func TestApposedTitle(t *testing.T) {
	checkEntities(t, "Vadim Petrenko, the separatist leader, blamed Kyiv.", []string{"Person:Vadim Petrenko"}, []string{"Organization:Vadim Petrenko"})
	checkEntities(t, "Vadim Petrenko, the NLF leader, blamed Kyiv.", []string{"Person:Vadim Petrenko"}, []string{"Organization:Vadim Petrenko"})
	checkEntities(t, "The Red Dawn Front, a separatist faction, said it shelled the town.", []string{"Organization:Red Dawn Front"}, nil)
	checkEntities(t, "Kestrel Holdings, the separatist leaders, said so.", nil, []string{"Person:Kestrel Holdings"})
	// a role noun after a capitalised affiliation (namecues role_nouns)
	checkEntities(t, "Basrel Qorvan, a senior Kestrel official, blamed Kyiv.", []string{"Person:Basrel Qorvan"}, []string{"Organization:Basrel Qorvan"})
	checkEntities(t, "The Red Dawn Front, a separatist official body, said it shelled the town.", []string{"Organization:Red Dawn Front"}, []string{"Person:Red Dawn Front"})
	// a role noun with "at" or "with" and a capitalised employer (roleAtName)
	checkPatterns(t, []patternCase{
		{"We spoke to Tovan Okafor, a senior analyst at the Kestrel Policy Institute.",
			[]string{"HOLDS_OFFICE(Tovan Okafor -> Kestrel Policy Institute)"}, nil},
		{"Halvard Osei, a visiting fellow at the Lowy Institute, doubts the plan will work.",
			[]string{"HOLDS_OFFICE(Halvard Osei -> Lowy Institute)"}, nil},
		{"Marek Dvorsky, an economist with Vorna Capital, expects prices to rise.",
			[]string{"HOLDS_OFFICE(Marek Dvorsky -> Vorna Capital)"}, nil},
		{"The talks had stalled by June, according to Basrel Qorvan, a researcher at Chatham House.",
			[]string{"HOLDS_OFFICE(Basrel Qorvan -> Chatham House)"}, nil},
		{"I am joined from Lima by Priyan Sundaram, a senior adviser at the Kestrel Institute.",
			[]string{"HOLDS_OFFICE(Priyan Sundaram -> Kestrel Institute)"}, nil},
	})
	checkEntities(t, "Kestrel Energy, a member of the Vorn Alliance, signed the deal.", nil, []string{"Person:Kestrel Energy"})
}

// TestSurnameAlias checks that an organization's one-word alias ending a
// person's name is the surname, and that it stays the organization when
// it stands alone or after a known name.
func TestSurnameAlias(t *testing.T) {
	checkEntities(t, "The talks were led by Marie Lukamba Wagner, the foreign minister.", []string{"Person:Marie Lukamba Wagner"}, []string{"Organization:Wagner Group"})
	checkEntities(t, "The delegation was led by His Excellency Jolé Lukamba Wagner.", []string{"Person:Jolé Lukamba Wagner"}, []string{"Organization:Wagner Group"})
	checkEntities(t, "Marie Lukamba said Wagner fighters had left the town.", []string{"Organization:Wagner Group"}, nil)
	checkEntities(t, "Russia's Wagner Group denied it.", []string{"Organization:Wagner Group"}, nil)
}

// TestCeasefireDescription checks that "the ceasefire" or "the truce"
// refers back to the agreement named before it, that such a head before
// the noun it modifies ("the ceasefire line") names nothing, and that
// "the ceasefire" with nothing named before it is an agreement of its own,
// where "a ceasefire" (often only called for) is none.
func TestCeasefireDescription(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Armenia and Azerbaijan signed the Tavush Accord on Monday. Turkey welcomed the truce on Tuesday.",
			[]string{"SUPPORTS(Turkey -> Tavush Accord)"}, nil},
	})
	checkEntities(t, "Troops from both sides crossed the ceasefire line near the village.", nil, []string{"Agreement:ceasefire"})
	checkEntities(t, "Turkey welcomed the ceasefire on Tuesday.", []string{"Country:Turkey", "Agreement:ceasefire"}, nil)
	checkEntities(t, "Monitors reported violations of the truce agreed by both armies in July.", []string{"Agreement:truce"}, nil)
	checkEntities(t, "Turkey called for a ceasefire on Tuesday.", []string{"Country:Turkey"}, []string{"Agreement:ceasefire"})
}

// TestPortfolioAfterTitle checks that the capitalised words after a title
// apposed to a person are more of the portfolio, not a second holder,
// while a name after a title that has no holder yet is one.
func TestPortfolioAfterTitle(t *testing.T) {
	checkEntities(t, "Ana Lobo, Minister of Foreign Affairs, International Cooperation and Trade, met Putin.",
		[]string{"Person:Ana Lobo"}, []string{"Person:International Cooperation"})
	checkEntities(t, "The foreign minister, Ana Lobo, met Putin.", []string{"Person:Ana Lobo"}, nil)
	checkEntities(t, "Ana Lobo, Minister of State, Minister of Justice, met Putin.", []string{"Person:Ana Lobo"}, []string{"Person:State"})
	checkEntities(t, "Ana Lobo, Minister of State, Minister of Foreign Affairs, International Cooperation and Trade, met Putin.",
		[]string{"Person:Ana Lobo"}, []string{"Person:State", "Person:International Cooperation"})
}

// TestOfListNames checks that an "of" or "for" complement listing
// capitalised common words with commas and "and" stays in one name
// (ofListEnd), while a list of states, people or titles, or a plural
// head's list of bodies, ends the name at the comma.
func TestOfListNames(t *testing.T) {
	ents := []struct {
		text      string
		want, not []string
	}{
		{"Inspectors of the Directorate of Customs, Tobacco, Firearms and Excise searched the depot.",
			[]string{"Organization:Directorate of Customs, Tobacco, Firearms and Excise"}, []string{"Organization:Directorate of Customs", "WeaponSystem:Firearms"}},
		{"Kestria and Vornland signed a Treaty of Friendship, Trade and Security in 1994.",
			[]string{"Agreement:Treaty of Friendship, Trade and Security"}, []string{"Agreement:Treaty of Friendship"}},
		{"The Ministry of Agriculture, Fisheries and Food banned the imports.",
			[]string{"Organization:Ministry of Agriculture, Fisheries and Food"}, []string{"Organization:Food"}},
		{"A spokesman for the Office for Science, Research, and Innovation declined to comment.",
			[]string{"Organization:Office for Science, Research, and Innovation"}, nil},
		{"The Council of Ministers, Chile and Peru all backed the plan.",
			nil, []string{"Organization:Council of Ministers, Chile and Peru"}},
		{"The Ministries of Defence, Interior and Finance issued a joint statement.",
			nil, []string{"Organization:Ministries of Defence, Interior and Finance"}},
		{"He thanked the Ministry of Finance, Foreign Minister Ana Ruiz and the army.",
			nil, []string{"Organization:Ministry of Finance, Foreign Minister Ana Ruiz"}},
	}
	for _, tt := range ents {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}
