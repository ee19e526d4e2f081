package extract

import (
	"strings"
	"testing"
)

// TestOneWordPerson checks that a person first written by one word is the
// one person whose full name opens or ends with it, and stays apart when
// two share it.
func TestOneWordPerson(t *testing.T) {
	text := "Vorn said on Monday that Prime Minister Vorn Ibrahim would attend."
	checkEntities(t, text, []string{"Person:Vorn Ibrahim"}, nil)
	if n := countLabel(extractText(t, text), "Person"); n != 1 {
		t.Errorf("%q: want one person, got %d", text, n)
	}
	// two people share the word: it stays apart
	text = "Kestrov said the talks had failed. Later, Vorn Kestrov and Ana Kestrov attended the talks."
	checkEntities(t, text, []string{"Person:Vorn Kestrov", "Person:Ana Kestrov"}, nil)
	if n := countLabel(extractText(t, text), "Person"); n != 3 {
		t.Errorf("%q: want three people, got %d", text, n)
	}
}

// TestProjectFacility checks that a name before a power project's head is
// a facility.
func TestProjectFacility(t *testing.T) {
	checkEntities(t, "Gunmen ambushed a convoy taking engineers to the Chitral hydropower project in Pakistan.",
		[]string{"Facility:Chitral hydropower project"}, []string{"Organization:Chitral"})
	checkPatterns(t, []patternCase{
		{"China is building the Tarbela power project.", []string{"BUILDS(China -> Tarbela power project)"}, nil},
	})
}

// TestStaffHome checks that a generic body before a title and a person
// the dictionary places in a state is that state's body, PART_OF it, the
// post held in the body; the staff member's state comes before an earlier
// body of another state of the same kind.
func TestStaffHome(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Foreign Ministry spokesperson Mao Ning said the visit would not go ahead.",
			[]string{"HOLDS_OFFICE(Mao Ning -> Chinese Foreign Ministry)", "PART_OF(Chinese Foreign Ministry -> China)"}, nil},
		{"Peru's Foreign Ministry protested on Monday. Foreign Ministry spokesperson Mao Ning said the visit would not go ahead.",
			[]string{"HOLDS_OFFICE(Mao Ning -> Chinese Foreign Ministry)", "PART_OF(Chinese Foreign Ministry -> China)"},
			[]string{"HOLDS_OFFICE(Mao Ning -> Peru's Foreign Ministry)"}},
	})
	// a person no dictionary knows gives no state: the body stays unnamed
	checkEntities(t, "Foreign Ministry spokesperson Vorn Kestrov said the talks had failed.", nil,
		[]string{"Organization:Foreign Ministry"})
}

// TestFarBackCounts checks that a place named with a head its name may
// drop and the bare name in the same article are one place, and that a
// city's name is not its province's; that "the resolution" far after the
// one resolution an article names is that resolution; and that a
// definite program description repeating the end of an earlier one is
// that program however far back.
func TestFarBackCounts(t *testing.T) {
	filler := strings.Repeat("Chile held talks with Brazil. ", 14)
	checkLabelCounts(t, []labelCount{
		{"Troops entered the Tarvosk district of Peru on Monday. Chile said Peru had shelled its posts near Tarvosk.",
			"Location", 1, "one place for the district and its bare name"},
		{"Rebels held Kessorin City. Peru said the rebels had left Kessorin province.",
			"Location", 2, "the city and the province apart"},
		{"Peru backed Resolution 2231 on Monday. " + filler + "Peru said the resolution was clear.",
			"Agreement", 1, "one resolution"},
		{"The deal provides for a regional observer mission in the valley. " + filler + "Peru said the observer mission was ready.",
			"Program", 1, "one mission"},
	})
}

// TestFarBackNotRead checks that far after two named protocols "the
// protocol" is neither, and that a bare head ("the mission") is not read
// as a shorter program name.
func TestFarBackNotRead(t *testing.T) {
	g := extractText(t, "Peru signed the Tarvo Protocol in May and the Vela Protocol in June. "+strings.Repeat("Chile held talks with Brazil. ", 14)+"Chile said the protocol was void.")
	for _, e := range g.Entities {
		if e.Label == "Agreement" && e.Mentions > 1 {
			t.Errorf("want 'the protocol' to name neither of two protocols, got %s with %d mentions", e.Name, e.Mentions)
		}
	}
	if !shorterName("regional observer mission", "observer mission") || shorterName("observer mission", "observer mission") || shorterName("peace mission", "observer mission") {
		t.Errorf("shorterName misreads its phrases")
	}
}

// TestNamedModelAgain checks that "the torpedo" after a named model with
// that noun is the model, no class of its own, and that a plural or an
// indefinite noun stays the class.
func TestNamedModelAgain(t *testing.T) {
	g := extractText(t, "The ship was sunk by a KT-2D torpedo fired from a submarine. Divers recovered parts of the torpedo.")
	if got := entitySet(g); got["WeaponSystem:torpedoes"] || !got["WeaponSystem:KT-2D torpedo"] {
		t.Errorf("want the torpedo to be the KT-2D, got %v", keys(got))
	}
	g = extractText(t, "The ship was sunk by a KT-2D torpedo fired from a submarine. Peru said Chile had bought torpedoes.")
	if got := entitySet(g); !got["WeaponSystem:torpedoes"] {
		t.Errorf("want torpedoes as a class, got %v", keys(got))
	}
}

// TestAgreementFormWords checks that "the framework agreement" after the
// one security agreement named before is that agreement, and that a
// modifier naming another subject keeps another agreement.
func TestAgreementFormWords(t *testing.T) {
	g := extractText(t, "Chile and Peru met on Monday. Chile said the security agreement it signed with Peru would not lead to a base. A day earlier the two ministers had signed the framework agreement in Lima.")
	if countLabel(g, "Agreement") != 1 {
		t.Errorf("want one agreement, got %v", keys(entitySet(g)))
	}
	g = extractText(t, "Chile said the security agreement it signed with Peru would not lead to a base. A day earlier the two ministers had signed the trade agreement in Lima.")
	if n := countLabel(g, "Agreement"); n != 2 {
		t.Errorf("want two agreements, got %v", keys(entitySet(g)))
	}
}

// TestCapitalisedHeadFarBack checks that a capitalised organization head
// after "the", far after the one body named with it, is that body, and
// that with two such bodies it names neither.
func TestCapitalisedHeadFarBack(t *testing.T) {
	filler := " Chile and Peru held talks in Lima on Monday. Peru said the talks went well. Chile said the same." +
		" Bolivia did not attend. Ecuador sent an observer. Argentina said nothing. Brazil called for calm." +
		" Uruguay stayed away. Paraguay sent a note. Colombia did not comment. Venezuela was silent." +
		" Panama sent a minister. Cuba sent a letter. Mexico watched. Guyana declined."
	g := extractText(t, "The Andean Security Programme published a brief."+filler+" The Programme's staff wrote it.")
	if n := countLabel(g, "Organization"); n != 1 {
		t.Errorf("want one organization, got %v", keys(entitySet(g)))
	}
	g = extractText(t, "The Andean Security Programme and the Pacific Trade Programme published a brief."+filler+" The Programme's staff wrote it.")
	if _, ok := entitySet(g)["Organization:Andean Security Programme"]; !ok {
		t.Errorf("want the Andean Security Programme, got %v", keys(entitySet(g)))
	}
	if n := countLabel(g, "Organization"); n != 3 {
		t.Errorf("want the two programmes and the Programme of its own, got %v", keys(entitySet(g)))
	}
}
