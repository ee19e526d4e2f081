package extract

import "testing"

// TestAgreementOfPlace checks that a capitalised agreement head before
// "of" and a town or capital the lexicon knows is one agreement named by
// where it was signed, with no mention of the town or of its state.
func TestAgreementOfPlace(t *testing.T) {
	checkEntities(t, "Chile and Bolivia still respect the Treaty of Lima signed in 1929.",
		[]string{"Agreement:Treaty of Lima"}, []string{"Country:Peru", "Location:Lima"})
	checkEntities(t, "Officials cited the Protocol of Rio de Janeiro on Monday.",
		[]string{"Agreement:Protocol of Rio de Janeiro"}, []string{"Location:Rio de Janeiro"})
	// an organization's "of" and a place still end the name
	checkEntities(t, "The Ministry of Defence of Peru said nothing.",
		nil, []string{"Agreement:Ministry of Defence of Peru"})
}

// TestBodyTreaty checks that an international body's name before a
// lower-case "treaty" or "charter" ending the phrase names that body's
// treaty, while the body before another noun stays the body.
func TestBodyTreaty(t *testing.T) {
	checkEntities(t, "Belarus invoked the Union State treaty on Monday.",
		[]string{"Agreement:Union State treaty"}, []string{"Organization:Union State of Russia and Belarus"})
	checkEntities(t, "The ministers amended the ASEAN charter on Monday.",
		[]string{"Agreement:ASEAN charter"}, []string{"Organization:ASEAN"})
	checkEntities(t, "The Union State summit opened on Monday.",
		[]string{"Organization:Union State of Russia and Belarus"}, []string{"Agreement:Union State summit"})
	checkEntities(t, "The EU treaty talks collapsed.",
		[]string{"Organization:European Union"}, nil)
}

// TestConsulate checks that a state's consulate is that state's body,
// as its embassy is, and that a bare "the consulate" names none.
func TestConsulate(t *testing.T) {
	checkEntities(t, "Protesters gathered outside the Chilean consulate in Tacna on Monday.",
		[]string{"Organization:Chilean consulate", "Location:Tacna"}, nil)
	g := extractText(t, "Protesters gathered outside the consulate on Monday.")
	if n := countLabel(g, "Organization"); n != 0 {
		t.Errorf("want no organization, got %v", keys(entitySet(g)))
	}
}

// TestMountainRange checks that "Cordillera" opens a place's name like
// "Mount", and that a prefix does not take a name the lexicon knows whole
// ("Cape Verde" is the state).
func TestMountainRange(t *testing.T) {
	checkEntities(t, "Snow closed the passes of the Cordillera del Vorn last week.",
		[]string{"Location:Cordillera del Vorn"}, nil)
	checkEntities(t, "Troops from Cape Verde arrived on Monday.",
		[]string{"Country:Cape Verde"}, []string{"Location:Cape Verde"})
}

// TestDesignatorConjunct checks that a designator alone coordinated with
// a named weapon model is a model too, and alone names nothing.
func TestDesignatorConjunct(t *testing.T) {
	checkEntities(t, "Rebels shot down two Su-25s and an L-39 on Monday.",
		[]string{"WeaponSystem:L-39", "WeaponSystem:Su-25"}, nil)
	checkEntities(t, "An L-39 and two Su-25 jets crashed near the border.",
		[]string{"WeaponSystem:L-39"}, nil)
	checkEntities(t, "Trucks drove along the A-1 and the coast road.",
		nil, []string{"WeaponSystem:A-1"})
}

// TestClassBeforeNamedShip checks that a singular class noun right before
// a named ship is that ship, no generic class of its own, and that a
// model's "Block" variant is the model.
func TestClassBeforeNamedShip(t *testing.T) {
	g := extractText(t, "The aircraft carrier USS Kestrel arrived in Busan on Tuesday.")
	if n := countLabel(g, "WeaponSystem"); n != 1 {
		t.Errorf("want one weapon, got %v", keys(entitySet(g)))
	}
	g = extractText(t, "Chile will receive 50 Tomahawk Block V cruise missiles in 2027.")
	if n := countLabel(g, "WeaponSystem"); n != 1 {
		t.Errorf("want one weapon, got %v", keys(entitySet(g)))
	}
}

// TestKnownAsName checks that a generic programme named by a reduced
// relative after it (", known as X", ", called X") is that named one, no
// programme of its own.
func TestKnownAsName(t *testing.T) {
	g := extractText(t, "Chile will join the disarmament mission, known as Operation Kestrel Harvest, in June.")
	if n := countLabel(g, "Program"); n != 1 {
		t.Errorf("want one programme, got %v", keys(entitySet(g)))
	}
	g = extractText(t, "Chile will join the disarmament mission, and Peru praised Operation Kestrel Harvest.")
	if n := countLabel(g, "Program"); n != 2 {
		t.Errorf("want two programmes, got %v", keys(entitySet(g)))
	}
}

// TestListName checks that an act's or a plan's name listing common words
// with commas and "and" before its head is one name, while states listed
// so stay three.
func TestListName(t *testing.T) {
	checkEntities(t, "Parliament passed the Truth, Healing and Unity Bill in May.",
		[]string{"Agreement:Truth, Healing and Unity Bill"}, []string{"Agreement:Unity Bill"})
	checkEntities(t, "The Peace, Security, and Development Plan was adopted in May.",
		[]string{"Program:Peace, Security, and Development Plan"}, nil)
	checkEntities(t, "Chile, Peru and Bolivia signed the pact.",
		[]string{"Country:Chile", "Country:Peru", "Country:Bolivia"}, nil)
}
