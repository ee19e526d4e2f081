package extract

import "testing"

// TestPlaceOpensBody checks that a place's name, or the -i adjective of
// a place named before, opens a body's name when capitalised words the
// lexicon knows end on an organization's head after it; and that the
// adjective alone stays the place, no body's short name.
func TestPlaceOpensBody(t *testing.T) {
	checkEntities(t, "General Ivan Sorokin, commander of the Siberia Military District, said troops were ready.",
		[]string{"Organization:Siberia Military District", "Person:Ivan Sorokin"}, []string{"Organization:Military District"})
	text := "Troops were sent to Khuzestan on Monday. Reza Amini, chairman of the Khuzestani State Council, said Khuzestani leaders would resist."
	checkEntities(t, text,
		[]string{"Organization:Khuzestani State Council", "Location:Khuzestan", "Location:Khuzestani"},
		[]string{"Organization:Khuzestani", "Organization:State Council"})
	if g := extractText(t, text); !has(triples(g), "HOLDS_OFFICE(Reza Amini -> Khuzestani State Council)") {
		t.Errorf("%q: want HOLDS_OFFICE(Reza Amini -> Khuzestani State Council), got %v", text, triples(g))
	}
	// an -i word of no place named before is no place's adjective
	checkEntities(t, "Khuzestani leaders met on Monday.", nil, []string{"Location:Khuzestani", "Location:Khuzestan"})
}

// TestKindNounWithName checks that an organization's kind noun after an
// unknown name is written with it (an alias), that one unknown word
// after "a" and before a kind noun names no group, and that a body's
// first word before a title is no short name of the body.
func TestKindNounWithName(t *testing.T) {
	checkEntities(t, "The Vorna group attacked the town. Vorna fighters fled.",
		[]string{"Organization:Vorna", "Organization:Vorna group"}, nil)
	checkEntities(t, "Kestrel Noor, a small Vorni militia, said it would fight.",
		nil, []string{"Organization:Vorni", "Organization:Vorni militia"})
	text := "In a statement carried by the Vorni Kestrel news agency, Ana Soto said she would fight. Vorni President Tomas Berg condemned the raid."
	checkEntities(t, text, []string{"Organization:Vorni Kestrel news agency"}, []string{"Organization:Vorni"})
	for _, r := range triples(extractText(t, text)) {
		if r == "HOLDS_OFFICE(Tomas Berg -> Vorni Kestrel)" {
			t.Errorf("%q: did not want %s", text, r)
		}
	}
}

// TestStaffBodyAfterNamedForces checks that a generic body opening a
// staff title with no state named is the body the lexicon names for that
// state's concept when it was named before ("the Philippine military" is
// the Armed Forces of the Philippines), not the body of another state.
func TestStaffBodyAfterNamedForces(t *testing.T) {
	text := "US advisers were helping the Philippine military in Cebu. The US Embassy confirmed it. Armed forces spokesman Tomas Reyes said the rebels had fled."
	got := triples(extractText(t, text))
	if !has(got, "HOLDS_OFFICE(Tomas Reyes -> Armed Forces of the Philippines)") || has(got, "HOLDS_OFFICE(Tomas Reyes -> U.S. Armed Forces)") {
		t.Errorf("%q: want HOLDS_OFFICE(Tomas Reyes -> Armed Forces of the Philippines), got %v", text, got)
	}
}

// TestNamedByDescriptor checks that a descriptor noun and "known as" or
// a naming verb before an unknown name label it as the descriptor does,
// and that a naming verb after a name tells nothing.
func TestNamedByDescriptor(t *testing.T) {
	checkEntities(t, "The rebels are led by a Saudi-born commander known as Tarikh. Tarikh fled.",
		[]string{"Person:Tarikh"}, nil)
	checkEntities(t, "Rebels hid in a village called Vornaka on Monday.", []string{"Location:Vornaka"}, nil)
	checkEntities(t, "The plan named Vornaka was shelved.", nil, []string{"Location:Vornaka", "Person:Vornaka"})
}

// TestRailwaysAndBroadcasts checks that "Railways" ends a body's name and
// that a possessed news programme makes its possessor an outlet.
func TestRailwaysAndBroadcasts(t *testing.T) {
	checkEntities(t, "Kestrel Railways announced that it would suspend deliveries.", []string{"Organization:Kestrel Railways"}, nil)
	checkEntities(t, "Soto, speaking to KTV's evening news programme, said the riots were over.", []string{"Organization:KTV"}, nil)
	checkEntities(t, "Vorno's weapons program worried Chile. Kestrel's evening show was cancelled.", nil,
		[]string{"Organization:Vorno", "Organization:Kestrel"})
}

// TestFederalForces checks that a federal state's forces are one generic
// body of that state, however written.
func TestFederalForces(t *testing.T) {
	checkEntities(t, "Mexican federal forces raided the town. Residents fought alongside federal troops.",
		[]string{"Organization:Mexican federal forces", "Organization:federal troops"}, nil)
}

// TestNumberedUnits checks that an ordinal in digits before a unit's name
// ending on an organization's head, and a number after a unit's head,
// belong to the unit's name; and that neither opens a session of a
// titled body or a body the lexicon knows.
func TestNumberedUnits(t *testing.T) {
	checkEntities(t, "The 82nd Airborne Division landed in Kestria on Monday.",
		[]string{"Organization:82nd Airborne Division"}, []string{"Organization:Airborne Division"})
	checkEntities(t, "Units of the Vorni army's 5th Corps crossed the river near Tarvo.",
		[]string{"Organization:5th Corps"}, nil)
	checkEntities(t, "Soldiers of the 3rd Mountain Brigade and the 101st Tarvo Regiment shelled the ridge.",
		[]string{"Organization:3rd Mountain Brigade", "Organization:101st Tarvo Regiment"}, nil)
	checkEntities(t, "Divers from Flotilla 13 boarded the freighter, and Task Force 58 sailed north.",
		[]string{"Organization:Flotilla 13", "Organization:Task Force 58"}, nil)
	checkEntities(t, "Chile told the 75th General Assembly that it would sign.", nil,
		[]string{"Organization:75th General Assembly"})
	checkEntities(t, "Delegates met at the 19th Party Congress in Vorna.", nil,
		[]string{"Organization:19th Party Congress"})
	checkEntities(t, "On the 5th Kestrel said the reactor's Unit 3 was shut.", nil,
		[]string{"Organization:Unit 3", "Organization:5th Kestrel"})
}

// TestBodyOfTheState checks that a generic state body written with "of
// the" and a state whose name takes the article is that state's body,
// named as written, not the body of its kind named before.
func TestBodyOfTheState(t *testing.T) {
	text := "Protesters gathered at the Embassy of Peru in Quito. Ana Soto took the oath at the Embassy of the Bahamas in Kingston."
	checkEntities(t, text, []string{"Organization:Embassy of the Bahamas", "Organization:Embassy of Peru"}, nil)
	if g := triples(extractText(t, text)); !has(g, "PART_OF(Embassy of the Bahamas -> Bahamas)") || !has(g, "LOCATED_IN(Embassy of the Bahamas -> Kingston)") {
		t.Errorf("%q: want PART_OF(Embassy of the Bahamas -> Bahamas), LOCATED_IN(Embassy of the Bahamas -> Kingston), got %v", text, g)
	}
	checkEntities(t, "The Central Bank of the Philippines cut its main rate on Thursday.",
		[]string{"Organization:Central Bank of the Philippines"}, []string{"Organization:Central Bank of Philippines"})
	checkEntities(t, "Staff left the Consulate of the United States in Tijuana after the threat.",
		[]string{"Organization:Consulate of the United States"}, nil)
	checkEntities(t, "The Foreign Ministry of the Netherlands summoned the envoy, and the Ministry of Defence of Chile objected.",
		[]string{"Organization:Foreign Ministry of the Netherlands", "Organization:Ministry of Defence of Chile"}, nil)
	checkEntities(t, "Kestrel Bank, a lender of the Bahamas, collapsed.", nil, []string{"Organization:lender of the Bahamas"})
	checkEntities(t, "The Navy of the Islamic Republic of Iran seized a tanker.",
		[]string{"Organization:Navy of the Islamic Republic of Iran"}, []string{"Organization:Navy of the Iran"})
	checkPatterns(t, []patternCase{
		{"The drill was backed by jets of the Air Force of the Republic of Korea, the ministry said.",
			[]string{"PART_OF(Air Force of the Republic of Korea -> South Korea)"}, []string{"PART_OF(Air Force -> South Korea)"}},
		{"Two units of the Army of the Czech Republic crossed into Poland on Monday.",
			[]string{"PART_OF(Army of the Czech Republic -> Czech Republic)"}, nil},
		{"On Friday the Navy of the Republic of Chile sent two frigates to the strait.",
			[]string{"PART_OF(Navy of the Republic of Chile -> Chile)"}, nil},
		{"Kestrel said the Supreme Court of the United Kingdom had ruled against it.",
			[]string{"PART_OF(Supreme Court of the United Kingdom -> United Kingdom)"}, nil},
	})
}

// TestNewsletterHeads checks that a newsletter's two-word name told
// something is an outlet, not a person, and that a person told stays one.
func TestNewsletterHeads(t *testing.T) {
	checkEntities(t, "A Chilean oil official told Crude Monitor that Peru would raise exports.",
		[]string{"Organization:Crude Monitor"}, []string{"Person:Crude Monitor"})
	checkEntities(t, "A Chilean diplomat told Andes Energy Bulletin on Monday that Peru was wrong.",
		[]string{"Organization:Andes Energy Bulletin"}, []string{"Person:Andes Energy Bulletin"})
	checkEntities(t, "A Chilean diplomat told Maria Ortega on Monday that Peru was wrong.", []string{"Person:Maria Ortega"}, nil)
}
