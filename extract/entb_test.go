package extract

import "testing"

// TestPlaceList checks that a list of names closed by a plural noun of
// places makes each name a place on its own, and that a single name or a
// list of groups does not.
func TestPlaceList(t *testing.T) {
	checkEntities(t, "Peruvian forces fired rockets into Ecuador's Zamora, Morona and Pastaza provinces on Monday.",
		[]string{"Location:Zamora", "Location:Morona"}, []string{"Location:Pastaza provinces"})
	checkEntities(t, "Drills were held near the Tovar, Kessin and Mardel islands.",
		[]string{"Location:Tovar", "Location:Kessin", "Location:Mardel"}, nil)
	// groups of states are no places; one name before a plural is no list
	checkEntities(t, "Leaders of the Nordic and Baltic states met in Riga.", nil, []string{"Location:Nordic"})
}

// TestRoyalBody checks that a style before a demonym and a state body is
// part of the body's name.
func TestRoyalBody(t *testing.T) {
	checkEntities(t, "The Royal Danish Navy and the Royal Malaysian Air Force held drills.",
		[]string{"Organization:Royal Danish Navy", "Organization:Royal Malaysian Air Force"},
		[]string{"Organization:Danish Navy", "Organization:Malaysian Air Force"})
	checkPatterns(t, []patternCase{
		{"The Royal Danish Navy held drills on Monday.", []string{"PART_OF(Royal Danish Navy -> Denmark)"}, nil},
	})
}

// TestDemonymOpensAcronym checks that a people's name that opens a long
// name spelt by its bracketed acronym is part of the name, and makes it
// no body of the state.
func TestDemonymOpensAcronym(t *testing.T) {
	checkEntities(t, "The rebels of Chileans United for Freedom and Justice (CUFJ) attacked the town.",
		[]string{"Organization:Chileans United for Freedom and Justice"}, []string{"Organization:United for Freedom and Justice"})
	checkPatterns(t, []patternCase{
		{"The rebels of Chileans United for Freedom and Justice (CUFJ) attacked the town.", nil,
			[]string{"PART_OF(Chileans United for Freedom and Justice -> Chile)"}},
	})
	// an acronym that does not open with the demonym leaves it apart
	checkEntities(t, "Chilean troops fought the Front for Freedom and Justice (FFJ) on Monday.",
		[]string{"Organization:Front for Freedom and Justice"}, []string{"Organization:Chilean Front for Freedom and Justice"})
}

// TestBodyForCountry checks that "for" and a state after an organization
// head go on the body's name, and that a mission's head goes on with
// "in" and the state it serves.
func TestBodyForCountry(t *testing.T) {
	checkEntities(t, "The Special Tribunal for Peru indicted him in June.",
		[]string{"Organization:Special Tribunal for Peru"}, []string{"Organization:Special Tribunal"})
	checkEntities(t, "Troops of the United Nations Mission in Peru arrived on Monday.",
		[]string{"Organization:United Nations Mission in Peru"}, nil)
	// no organization head: the state stays apart
	checkEntities(t, "The Kestrel Fund gave grants for Peru on Monday.", []string{"Country:Peru"}, nil)
}
