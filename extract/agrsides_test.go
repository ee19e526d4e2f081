package extract

import "testing"

// TestAcronymConjunct checks that a list read back from a subject whose
// last conjunct ends with its bracketed acronym keeps the conjuncts
// before it: "Chile and the Andean Fishing Council (AFC) signed".
func TestAcronymConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia and the Tupac Katari Guerrilla Army (EGTK) on Tuesday signed a ceasefire accord in La Paz.",
			[]string{"SUPPORTS(Bolivia -> ceasefire accord)", "SUPPORTS(Tupac Katari Guerrilla Army -> ceasefire accord)", "COOPERATES_WITH(Bolivia -> Tupac Katari Guerrilla Army)"}, nil},
		{"Ecuador and the Organization of American States (OAS) met in Quito on Monday.",
			[]string{"MET_WITH(Ecuador -> Organization of American States)"}, nil},
		// an acronym with no name before it joins nothing it does not name
		{"Peru protested on Monday, and the OAS met in Quito.", nil,
			[]string{"MET_WITH(Peru -> OAS)"}},
	})
}
