package extract

import "testing"

// TestTitledObjects checks that an object written as a possessor's title
// and the holder's name ("Peru's Foreign Minister, Luis Vega", "Soto's
// envoy, Mr Juan Paz") is the person, that a list of such objects goes on
// past a member's own state ("President Luis Vega of Peru, Bolivia's
// President ...") and that everyone named in a reception's list of guests
// was received; a name that is a preposition's spelling ("To Lam", "Than
// Aung") is still an object.
func TestTitledObjects(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The envoy Ana Varo met Than Aung's defence minister, Kyaw Lin, in Oslo on Friday.",
			[]string{"MET_WITH(Ana Varo -> Kyaw Lin)"}, []string{"MET_WITH(Ana Varo -> Than Aung)"}},
		{"Vietnamese President Luong Cuong met To Lam in Hanoi.", []string{"MET_WITH(Luong Cuong -> To Lam)"}, nil},
		{"President Ana Soto received Peru's Foreign Minister, Mr Luis Vega, and the Bolivian Minister of Defence, Juan Paz, on Monday.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)", "MET_WITH(Ana Soto -> Juan Paz)"}, []string{"MET_WITH(Ana Soto -> Peru)"}},
		{"Foreign Minister Lars Berg yesterday received Chile's Prime Minister, Mr Pablo Ortiz, and the Bolivian envoy, Dr Juan Paz, who flew in on Monday.",
			[]string{"MET_WITH(Lars Berg -> Pablo Ortiz)", "MET_WITH(Juan Paz -> Lars Berg)"}, nil},
		{"In Lima, President Ana Soto held talks with President Luis Vega of Peru, Bolivia's President Juan Paz and Ecuador's President Rosa Mena on trade.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)", "MET_WITH(Ana Soto -> Juan Paz)", "MET_WITH(Ana Soto -> Rosa Mena)"}, nil},
		{"Chilean President Ana Soto met President Luis Vega of Peru and Bolivian President Juan Paz in Lima.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)", "MET_WITH(Ana Soto -> Juan Paz)"}, nil},
		// a new clause after the state, a possession that is no title, a
		// reception of something else than a guest
		{"Chilean President Ana Soto met President Luis Vega of Peru, and Bolivia said it would close the border.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, []string{"MET_WITH(Ana Soto -> Bolivia)", "MET_WITH(Bolivia -> Ana Soto)"}},
		{"President Ana Soto received Peru's proposal on Monday.", nil, []string{"MET_WITH(Ana Soto -> Peru)", "MET_WITH(Peru -> Ana Soto)"}},
		{"President Ana Soto received a call from Luis Vega and Juan Paz.", nil,
			[]string{"MET_WITH(Ana Soto -> Luis Vega)", "MET_WITH(Ana Soto -> Juan Paz)", "MET_WITH(Juan Paz -> Ana Soto)", "MET_WITH(Luis Vega -> Ana Soto)"}},
		{"Chilean President Ana Soto criticized Peru's President, Luis Vega, on Monday.", []string{"CRITICIZES(Ana Soto -> Luis Vega)"}, nil},
	})
}

// TestDepartures checks that leaving for a place is a visit of it, the
// place left named or not before "for", and that a gap holding anything
// else, a hedge, a home capital or no place right after "for" state none.
func TestDepartures(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Prime Minister Hamid Nasser left Sanaa for Aden on Monday and has not returned.", []string{"VISITS(Hamid Nasser -> Aden)"}, []string{"VISITS(Hamid Nasser -> Sanaa)"}},
		{"The deposed leader, Jon Kamara, left the country for Equatorial Guinea on Saturday.", []string{"VISITS(Jon Kamara -> Equatorial Guinea)"}, nil},
		{"Foreign Minister Ana Soto departed Lima for Arica on Monday.", []string{"VISITS(Ana Soto -> Arica)"}, nil},
		{"Foreign Minister Ana Soto will leave for Arica on Monday.", []string{"VISITS(Ana Soto -> Arica)"}, nil},
		{"Foreign Minister Ana Soto left the capital for Arica.", []string{"VISITS(Ana Soto -> Arica)"}, nil},
		{"Chile left the door open for Peru.", nil, []string{"VISITS(Chile -> Peru)"}},
		{"Ana Soto left it for Peru to decide.", nil, []string{"VISITS(Ana Soto -> Peru)"}},
		{"Ana Soto left Peru for good.", nil, []string{"VISITS(Ana Soto -> Peru)"}},
		{"Ana Soto left Lima for talks on Peru's debt.", nil, []string{"VISITS(Ana Soto -> Peru)"}},
		{"Foreign Minister Ana Soto did not leave for Caracas.", nil, []string{"VISITS(Ana Soto -> Caracas)"}},
		{"Chilean President Ana Soto left Lima for Santiago on Monday.", nil, []string{"VISITS(Ana Soto -> Santiago)", "VISITS(Ana Soto -> Lima)"}},
		// a time adverbial before or after the place left
		{"Foreign Minister Ana Soto left Lima on Sunday for Arica.", []string{"VISITS(Ana Soto -> Arica)"}, nil},
		{"Foreign Minister Ana Soto left Lima last night for Arica.", []string{"VISITS(Ana Soto -> Arica)"}, nil},
		{"Foreign Minister Ana Soto left on Monday for Arica.", []string{"VISITS(Ana Soto -> Arica)"}, nil},
		{"Foreign Minister Ana Soto left the capital yesterday for Arica.", []string{"VISITS(Ana Soto -> Arica)"}, nil},
		{"Ana Soto left the meeting on Monday for Peru's embassy.", nil, []string{"VISITS(Ana Soto -> Peru)"}},
	})
}
