package extract

import "testing"

// TestDeputyMinisterTitles checks the vice-ministers' titles
// (titles.yaml deputy minister, deputy foreign minister) and a
// commissioner's portfolio that names its body (the EU's enlargement
// commissioner, the AU's Commissioner for Peace and Security); a
// commissioner of no such portfolio is no body's.
func TestDeputyMinisterTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jon Berg, Peru's first vice-minister of Foreign Affairs, said the talks were over.",
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
