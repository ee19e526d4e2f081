package extract

import "testing"

// TestPositions checks that a position apposed to a person or said with
// "to be", with a preposition and a named organization, and a seat on an
// organization's board are HOLDS_OFFICE; other roles and phrases are not.
func TestPositions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"\"Talks will stall,\" said Maria Lopez, a senior fellow at the Atlantic Council.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Atlantic Council)"}, nil},
		{"Maria Lopez, a former analyst with the CIA, doubted the report.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> CIA)"}, nil},
		{"Maria Lopez is a researcher at the Stockholm International Peace Research Institute.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Stockholm International Peace Research Institute)"}, nil},
		{"Maria Lopez sat on the board of Gazprom for two years.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Gazprom)"}, nil},
		{"Maria Lopez, a board member of Rosatom, resigned.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Rosatom)"}, nil},
		// a compound modifier before the organization (compoundHead)
		{"\"Talks will stall,\" said Maria Lopez, a researcher at the Lima-based Kestrel Institute.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Kestrel Institute)", "LOCATED_IN(Kestrel Institute -> Lima)"}, []string{"HOLDS_OFFICE(Maria Lopez -> Lima)"}},
		{"Maria Lopez, an analyst with the Chile-based Vorn Group, doubted the report.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Vorn Group)"}, []string{"HOLDS_OFFICE(Maria Lopez -> Chile)"}},
		// a company named by its suffix is "the company" later on
		{"Kestrel Holdings hired Maria Lopez. She was on the board of the company until May.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Kestrel Holdings)"}, nil},
		// no position: a role that holds none, a preposition of topic, a
		// role cut off from the organization, a place
		{"Maria Lopez, a student at Tehran University, joined the protest.",
			nil, []string{"HOLDS_OFFICE(Maria Lopez -> Tehran University)"}},
		{"Maria Lopez, an expert on NATO, doubted the report.",
			nil, []string{"HOLDS_OFFICE(Maria Lopez -> NATO)"}},
		{"Maria Lopez, an analyst, spoke at the Atlantic Council.",
			nil, []string{"HOLDS_OFFICE(Maria Lopez -> Atlantic Council)"}},
		{"Maria Lopez, a professor at a university in Chile, doubted the report.",
			nil, []string{"HOLDS_OFFICE(Maria Lopez -> Chile)"}},
	})
}

// TestCapitalisedPortfolio checks that a capitalised "Government" between
// a demonym and a title narrows the title, as a lower-case word does, and
// that a capitalised word inside a body's name is that body.
func TestCapitalisedPortfolio(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Maria Lopez, the Chilean Government spokeswoman, criticized Bolivia.", []string{"HOLDS_OFFICE(Maria Lopez -> Chile)"}, nil},
		{"Peruvian Government spokeswoman Maria Lopez criticized Bolivia.", []string{"HOLDS_OFFICE(Maria Lopez -> Peru)"}, nil},
		{"A United States Department of State spokesperson, Maria Lopez, criticized Bolivia.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> State Department)"}, nil},
	})
}

// TestRoleField checks a role whose field, written with "of" or "in",
// stands between the role and the employer after "at".
func TestRoleField(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"\"The deal will hold,\" said Maria Lopez, a professor of Andean history at Lima University.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Lima University)"}, nil},
		{"Maria Lopez is a senior fellow in the Americas Programme at the Kestrel Policy Institute.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Kestrel Policy Institute)"}, nil},
		{"Maria Lopez, a professor of history, spoke at Lima University.",
			nil, []string{"HOLDS_OFFICE(Maria Lopez -> Lima University)"}},
	})
}

// TestApposedRoleOf checks a role and its body apposed before a name or a
// list of names: each named person holds the role there; a noun that is
// no role ("allies") gives no office.
func TestApposedRoleOf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Two members of the Kestrel Council, Ana Soto and Jon Berg, were detained in Lima.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Kestrel Council)", "HOLDS_OFFICE(Jon Berg -> Kestrel Council)"}, nil},
		{"The opposition formed the Kestrel Council on Monday. Two members of the council's presidium, Ana Soto and Jon Berg, were detained in Lima.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Kestrel Council)", "HOLDS_OFFICE(Jon Berg -> Kestrel Council)"}, nil},
		{"Peru criticized the founder of the Kestrel Party, Luis Vega, on Monday.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Kestrel Party)"}, nil},
		{"Chile praised the allies of the Kestrel Party, Luis Ruiz and Ana Rey.",
			nil, []string{"HOLDS_OFFICE(Luis Ruiz -> Kestrel Party)", "HOLDS_OFFICE(Ana Rey -> Kestrel Party)"}},
	})
}
