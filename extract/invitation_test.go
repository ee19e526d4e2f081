package extract

import "testing"

// TestInvitations checks that the one at whose invitation or request an
// actor is somewhere or acts INVITES that actor, and that "at" alone
// invites no one.
func TestInvitations(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"French troops are in Mali at the invitation of the Malian government.", []string{"INVITES(Mali -> France)"}, nil},
		{"Russian troops entered Kazakhstan at the request of Kazakhstan's president Tokayev.",
			[]string{"INVITES(Kassym-Jomart Tokayev -> Russia)"}, nil},
		{"Modi visited Moscow at Putin's invitation.", []string{"INVITES(Vladimir Putin -> Narendra Modi)"}, nil},
		{"Kenyan troops left Somalia, then at the Somali government's request returned.", []string{"INVITES(Somalia -> Kenya)"}, nil},
		{"At the request of the Bolivian President, Evo Rojas, Brazil sent troops to the border.",
			[]string{"INVITES(Evo Rojas -> Brazil)"}, []string{"INVITES(Brazil -> Evo Rojas)"}},
		{"At the request of the Bolivian government, Brazil sent troops to the border.",
			[]string{"INVITES(Bolivia -> Brazil)"}, nil},
		// after a short fronted phrase of time, too
		{"The following day, at the request of the Bolivian President, Evo Rojas, Brazil launched Operation Condor.",
			[]string{"INVITES(Evo Rojas -> Brazil)"}, nil},
		{"On Monday, at the request of Peru, Brazil sent troops to the border.", []string{"INVITES(Peru -> Brazil)"}, nil},
		// a phrase that names an entity is left alone: Lima was not invited
		{"In Lima, at the request of Peru, Brazil sent troops to the border.", nil, []string{"INVITES(Peru -> Lima)"}},
		{"Modi met Putin at the summit in Moscow.", nil, []string{"INVITES(Vladimir Putin -> Narendra Modi)", "INVITES(Russia -> Narendra Modi)"}},
		// a person taken into custody at a request: done to a third, no invitation
		{"The Canadian side detained her at the request of Peru.", nil, []string{"INVITES(Peru -> Canada)"}},
		{"Canada arrested Ana Soto at the request of Peru.", nil, []string{"INVITES(Peru -> Canada)"}},
		{"Chilean troops returned to Bolivia at the request of Peru.", []string{"INVITES(Peru -> Chile)"}, nil},
	})
}
