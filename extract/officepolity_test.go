package extract

import "testing"

// TestPolityComplement checks that a title whose complement is a state's
// form alone ("the President of the Republic", "of the Confederation")
// is held for the state in view, not for a body named "Republic", while a
// form with its state ("of the Republic of Chile") or a longer name
// ("the Federation of Kestrel Farmers") keeps its own complement.
func TestPolityComplement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Portugal signed the accord. The President of the Republic, Jon Berg, said in Lisbon that it was fair.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Portugal)"}, []string{"HOLDS_OFFICE(Jon Berg -> Republic)"}},
		{"Switzerland hosted the talks. In Berne, the President of the Confederation, Jane Roe, received both leaders.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Switzerland)"}, []string{"HOLDS_OFFICE(Jane Roe -> Confederation)"}},
		{"The President of the Republic of Chile, Jon Berg, received the envoy.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{"Jane Roe, president of the Federation of Kestrel Farmers, said Peru was wrong.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Federation of Kestrel Farmers)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
	})
}

// TestDeputyMinisterTitles checks the vice-ministers' titles
// (titles.yaml deputy minister, deputy foreign minister) and a
// commissioner's portfolio that names its body (the EU's enlargement
// commissioner, the AU's Commissioner for Peace and Security); a
// commissioner of no such portfolio is no body's.
func TestDeputyMinisterTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jon Berg, Peru's first vice-minister of foreign trade, said the talks were over.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Peru)"}, nil},
		{"Chilean Vice Minister Jane Roe said the border was closed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Enlargement Commissioner Jon Berg said Turkey must open its ports.",
			[]string{"HOLDS_OFFICE(Jon Berg -> European Union)"}, nil},
		{"The council heard the AU Commissioner for Peace and Security, Jane Roe, in Addis Ababa.",
			[]string{"HOLDS_OFFICE(Jane Roe -> African Union)"}, nil},
		{"Police Commissioner Jon Berg said the riot was over.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> European Union)"}},
	})
}

// TestUnknownOwnBody checks that a body no lexicon knows, written as a
// named person's own ("Berg's Kestrel Civic Union"), is the one he leads,
// while a known body or one whose head names another sort (a "Senate")
// is no person's to lead, nor is a state's possessive a leader.
func TestUnknownOwnBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jon Berg's Kestrel Civic Union voted against the treaty.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Civic Union)"}, nil},
		{"Jon Berg's United Nations speech was short.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> United Nations)"}},
		{"Jon Berg's Kestrel Senate rejected the treaty.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Senate)"}},
	})
}
