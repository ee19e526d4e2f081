package extract

import "testing"

// TestStateOfBody checks that a body's name of two words or more that
// ends on an organization's head, or holds a head and "of", goes on over
// "of" and a state (stateOfBody): the state ends the body's name and is
// named in the article too, the body its part; a later mention without
// the state is the same body; a faction's qualifier in brackets still
// follows. One head word ("the Government of Peru") reads as before, and
// a person or a place before "of" keeps the state apart.
func TestStateOfBody(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"party", "The Liberal Party of the Netherlands denounced the budget on Monday.",
			[]string{"Organization:Liberal Party of the Netherlands", "Country:Netherlands"}, []string{"Organization:Liberal Party"}},
		{"head of", "The Association of Cement Producers of Brazil said its members had stopped shipments.",
			[]string{"Organization:Association of Cement Producers of Brazil", "Country:Brazil"}, []string{"Organization:Association of Cement Producers"}},
		{"head inside", "The National Union of Mineworkers of Zambia called a strike.",
			[]string{"Organization:National Union of Mineworkers of Zambia", "Country:Zambia"}, nil},
		{"faction", "The Workers' Party of Peru (Marxist-Leninist) called a strike.",
			[]string{"Organization:Workers' Party of Peru (Marxist-Leninist)"}, nil},
		{"person", "Ana Soto of Peru said the talks had failed.",
			[]string{"Person:Ana Soto", "Country:Peru"}, []string{"Person:Ana Soto of Peru"}},
		{"region", "The Socialist Party of Tigray said it would vote against the budget.",
			[]string{"Location:Tigray"}, []string{"Country:Tigray", "Country:Ethiopia"}},
	})
	checkLabelCounts(t, []labelCount{
		{"The Ministry of Trade of Peru issued a statement on Monday. The Ministry of Trade said exports had fallen.",
			"Organization", 1, "one ministry, with and without its state"},
	})
	checkPatterns(t, []patternCase{
		{"The Republican Forces of Mali seized the airport on Monday.",
			[]string{"PART_OF(Republican Forces of Mali -> Mali)"}, nil},
	})
}

// TestAcronymDescriptor checks that a descriptor written in capitals as an
// acronym ("NGO") before a name says it is an organization and is no part
// of its name, as "daily" or "rapper" are; in a line of capitals a
// descriptor word ("THE DAILY STAR") is read as before.
func TestAcronymDescriptor(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"ngo", "The NGO Justicia Viva said nine people had been killed in Peru.",
			[]string{"Organization:Justicia Viva"}, []string{"Organization:NGO Justicia Viva", "Person:Justicia Viva"}},
		{"masthead", "THE DAILY KESTREL | Lima | Monday\n\nPeru closed its border with Chile on Monday.",
			nil, []string{"Organization:KESTREL"}},
	})
}
