package extract

import "testing"

// TestDatelineMonthWithoutDot checks that a dateline's month abbreviated
// without its dot before the day ("Nov 12") still makes the dateline's
// city a place, not the country its capital stands for.
func TestDatelineMonthWithoutDot(t *testing.T) {
	checkEntities(t, "Talks resume\n\nLima, Nov 12 (EFE).- Chile said on Tuesday it would reopen the border.",
		[]string{"Location:Lima", "Country:Chile"}, []string{"Country:Peru"})
	checkEntities(t, "Talks resume\n\nQuito, Sept 3 (EFE).- Peru said it would reopen the border.",
		[]string{"Location:Quito"}, []string{"Country:Ecuador"})
	// a bare "Jan" before no number may open a name
	checkEntities(t, "Jan Vorlicek, the party's treasurer, said Chile would pay.",
		[]string{"Person:Jan Vorlicek"}, nil)
}

// TestPlaceBeforeRelative checks that a name after a place preposition is
// a place before a relative word ("in Tarvosk who", "in Tarvosk where"),
// as before any other word that ends its noun phrase, and that a name
// several states' towns share is the one in the state named last before
// it.
func TestPlaceBeforeRelative(t *testing.T) {
	checkEntities(t, "Ana Soto, a farmer in Vela Tarvosk who led the march, spoke.",
		[]string{"Location:Vela Tarvosk", "Person:Ana Soto"}, nil)
	checkEntities(t, "The envoy met rebels in Vela Tarvosk where the talks began.",
		[]string{"Location:Vela Tarvosk"}, nil)
	g := extractText(t, "The United States urged calm. Bolivia's opposition is strongest among the cattle ranchers around Santa Cruz who backed the strike.")
	if tr := triples(g); !has(tr, "LOCATED_IN(Santa Cruz -> Bolivia)") || has(tr, "LOCATED_IN(Santa Cruz -> United States)") {
		t.Errorf("want Santa Cruz in Bolivia, got %v", tr)
	}
}

// TestNumberedName checks that a short number after a capitalised head
// that numbers name (words.yaml numbered_heads) is the name's, with the
// head's label, and that a rig is a facility's head.
func TestNumberedName(t *testing.T) {
	checkEntities(t, "Chile keeps 300 troops at Air Base 7 near Tarvosk.",
		[]string{"Facility:Air Base 7", "Location:Tarvosk"}, []string{"Facility:Air Base"})
	checkEntities(t, "Drilling started in Block 9 of the Vornian zone last week.",
		[]string{"Location:Block 9"}, []string{"Location:Block"})
	checkEntities(t, "Block 4 is operated by a Peruvian firm.",
		[]string{"Location:Block 4"}, nil)
	checkEntities(t, "Detainees were moved to Camp 3 on Monday.",
		[]string{"Facility:Camp 3"}, nil)
	checkEntities(t, "The firm sent the Kestrel Vorn rig to the field.",
		[]string{"Facility:Kestrel Vorn rig"}, nil)
}

// TestCompanySuffix checks that a company the Phoenix dictionary lists
// with its legal form ("Noble Energy Inc") is found by the name news
// writes without it, and that a given name opening the words keeps them
// a person's.
func TestCompanySuffix(t *testing.T) {
	checkEntities(t, "Noble Energy, which holds the licence, said drilling would go on.",
		[]string{"Organization:Noble Energy"}, nil)
	checkEntities(t, "Ralph Lauren told reporters the shows would go on.",
		[]string{"Person:Ralph Lauren"}, []string{"Organization:Ralph Lauren"})
}

// TestAcronymWithOrganization checks that an acronym no lexicon knows,
// joined by "and" or "or" to an organization's name, is an organization,
// and that one joined to a state is not made one.
func TestAcronymWithOrganization(t *testing.T) {
	checkEntities(t, "The prosecutor has asked NATO and KVFOR to arrest him.",
		[]string{"Organization:KVFOR", "Organization:NATO"}, nil)
	checkEntities(t, "She thanked KVFOR and the UN for their help.",
		[]string{"Organization:KVFOR"}, nil)
	checkEntities(t, "Troops of Peru and KVX crossed the river.",
		nil, []string{"Organization:KVX"})
}
