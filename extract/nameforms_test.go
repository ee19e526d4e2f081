package extract

import "testing"

// TestPressHonorifics checks the styles other English-language presses
// write before a name (names.yaml honorifics): "Cde" and "Comrade" in
// southern Africa, Malaysian "Datuk Seri", Indian "Shri" and "Smt",
// West African "Alhaji". Like "Mr" they open no name, make the name after
// them a person's, and a later "Cde Surname" is the same person.
func TestPressHonorifics(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"comrade", "The deputy minister, Cde Tavo Rukuni, told reporters the units would stay.",
			[]string{"Person:Tavo Rukuni"}, []string{"Person:Cde Tavo Rukuni"}},
		{"comrade", "Comrade Ana Velkova opened the congress in Vorna.",
			[]string{"Person:Ana Velkova"}, []string{"Person:Comrade Ana Velkova"}},
		{"malaysian", "Datuk Seri Tavo Rahim met the envoy on Monday.",
			[]string{"Person:Tavo Rahim"}, []string{"Person:Seri Tavo Rahim", "Person:Datuk Seri Tavo Rahim"}},
		{"indian", "Shri Ravi Tarvek and Smt. Priya Varlow attended the ceremony.",
			[]string{"Person:Ravi Tarvek", "Person:Priya Varlow"}, []string{"Person:Shri Ravi Tarvek", "Person:Smt. Priya Varlow"}},
		{"west african", "Alhaji Musa Korvel said the talks had failed.",
			[]string{"Person:Musa Korvel"}, []string{"Person:Alhaji Musa Korvel"}},
		{"no style", "The Comrades Club said the match was off.",
			nil, []string{"Person:Club"}},
	})
	checkPatterns(t, []patternCase{
		{"Zimbabwe's Defence Minister, Cde Tavo Rukuni, visited Peru. Cde Rukuni said the units would stay.",
			[]string{"HOLDS_OFFICE(Tavo Rukuni -> Zimbabwe)", "VISITS(Tavo Rukuni -> Peru)"}, []string{"HOLDS_OFFICE(Cde Rukuni -> Zimbabwe)"}},
		{"Zambia's President, Cde Ana Moyo, met Chile's foreign minister.",
			[]string{"HOLDS_OFFICE(Ana Moyo -> Zambia)"}, nil},
	})
}
