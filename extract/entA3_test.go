package extract

import "testing"

// TestBareCongressInName checks that "Congress", the lexicon's short name
// of the U.S. Congress, ends another body's name after capitalised words
// no lexicon knows, while written alone or after a state's demonym it
// keeps its readings.
func TestBareCongressInName(t *testing.T) {
	checkEntities(t, "The Kestrel Africanist Congress called for a withdrawal of the troops.",
		[]string{"Organization:Kestrel Africanist Congress"}, []string{"Organization:U.S. Congress"})
	checkEntities(t, "Leaders of the Vorland Congress Party said they would not negotiate.",
		[]string{"Organization:Vorland Congress Party"}, []string{"Organization:Party", "Organization:U.S. Congress"})
	checkEntities(t, "The senator told Congress on Monday that the Peruvian Congress would vote.",
		[]string{"Organization:U.S. Congress", "Organization:Peruvian Congress"}, nil)
}

// TestTitledGivenNameBeforeHead checks that a given name and one word
// after a title are its holder even when the word is an organization's
// head, and that such names with no title stay organizations.
func TestTitledGivenNameBeforeHead(t *testing.T) {
	checkEntities(t, "Ana Soto sheltered at the residence of the Chilean ambassador, Robert Service.",
		[]string{"Person:Robert Service"}, []string{"Organization:Robert Service"})
	checkPatterns(t, []patternCase{
		{"Ana Soto sheltered at the residence of the Chilean ambassador, Robert Service.",
			[]string{"HOLDS_OFFICE(Robert Service -> Chile)"}, nil},
	})
	checkEntities(t, "The Secret Service said it would act.", []string{"Organization:Secret Service"}, nil)
}

// TestAffiliationAfterPersonOf checks that an unknown name after a
// person's "of" is the body the person speaks for, not a second person,
// though a verb of saying follows it; a place there stays a place.
func TestAffiliationAfterPersonOf(t *testing.T) {
	checkEntities(t, "In Lima, opposition leader Ana Soto of Kestrelia said the government had erred.",
		[]string{"Organization:Kestrelia", "Person:Ana Soto"}, []string{"Person:Kestrelia"})
	checkPatterns(t, []patternCase{
		{"In Lima, opposition leader Ana Soto of Kestrelia said the government had erred.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Kestrelia)"}, nil},
	})
	checkEntities(t, "Senator Amy Roe of Minnesota said the bill was dead.",
		[]string{"Location:Minnesota"}, []string{"Organization:Minnesota"})
}

// TestTwoWordDemonymBody checks that a two-word demonym, an unknown word
// and a generic body name one body of that state.
func TestTwoWordDemonymBody(t *testing.T) {
	checkEntities(t, "Engineers of the South African National Defence Force repaired the bridge.",
		[]string{"Organization:South African National Defence Force"}, nil)
	checkPatterns(t, []patternCase{
		{"Engineers of the South African National Defence Force repaired the bridge.",
			[]string{"PART_OF(South African National Defence Force -> South Africa)"}, nil},
	})
}

// TestAmpersandName checks that an ampersand joins one name, whatever the
// lexicon knows after it, and that two people joined so stay two.
func TestAmpersandName(t *testing.T) {
	checkEntities(t, "Tony Vorn told the Kestrel & Guardian that the government had blundered.",
		[]string{"Organization:Kestrel & Guardian"}, []string{"Organization:The Guardian"})
	checkEntities(t, "Kestrel & Guardian reporters, Lima and Quito", nil, []string{"Organization:The Guardian"})
	checkEntities(t, "Ana Soto & Luis Vega met in Lima.", []string{"Person:Ana Soto", "Person:Luis Vega"}, nil)
}

// TestTitleOffice checks that a capitalised title's possessive before an
// organization head names the post's office, a body of the state before
// it, and that a lower-case "the president's office" names none.
func TestTitleOffice(t *testing.T) {
	checkEntities(t, "The Peruvian Prosecutor General's Office has opened a case against the party.",
		[]string{"Organization:Peruvian Prosecutor General's Office"}, nil)
	checkPatterns(t, []patternCase{
		{"The Peruvian Prosecutor General's Office has opened a case against the party.",
			[]string{"PART_OF(Peruvian Prosecutor General's Office -> Peru)"}, nil},
	})
	checkEntities(t, "The Prime Minister's Office denied it.", []string{"Organization:Prime Minister's Office"}, nil)
	checkEntities(t, "The president's office denied it.", nil, []string{"Organization:president's office"})
}

// TestChannelNumber checks that an outlet introduced by a descriptor keeps
// the number that closes its name, and that a count after it does not.
func TestChannelNumber(t *testing.T) {
	checkEntities(t, "Ana Soto said in an interview with the state broadcaster Kestrelvision 24 that she was ready.",
		[]string{"Organization:Kestrelvision 24"}, []string{"Organization:Kestrelvision"})
	checkEntities(t, "Ana Soto told the broadcaster Kestrelvision 24 hours later that she was ready.",
		[]string{"Organization:Kestrelvision"}, []string{"Organization:Kestrelvision 24"})
}

// TestRightsCenterAfterName checks that an unknown name before "human
// rights center" is an organization.
func TestRightsCenterAfterName(t *testing.T) {
	checkEntities(t, "The Kestrelna human rights center said 600 people had been detained.",
		[]string{"Organization:Kestrelna"}, nil)
}

// TestJudgeStyle checks that "Justice" before a person's name is a judge's
// style, no part of the name, while bodies named with the word keep it.
func TestJudgeStyle(t *testing.T) {
	checkEntities(t, "The inquiry was led by Justice Tovan Okafor, a Chilean judge.",
		[]string{"Person:Tovan Okafor"}, []string{"Person:Justice Tovan Okafor"})
	checkEntities(t, "The Justice Department said the Justice and Development Party had won.",
		[]string{"Organization:Justice Department", "Organization:Justice and Development Party"}, nil)
	checkEntities(t, "The Kestrel Justice Party won the vote.", []string{"Organization:Kestrel Justice Party"}, nil)
}

// TestListedWithOrg checks that an unknown name listed after an
// organization's name, in a list apposed to a plural noun of
// organizations, is an organization, and that a list with no such noun
// labels none.
func TestListedWithOrg(t *testing.T) {
	checkEntities(t, "In Lima, the main opposition parties, the Kestrel Radical Party and the Vorn Encounter, called for calm.",
		[]string{"Organization:Vorn Encounter"}, nil)
	checkEntities(t, "The ministers met the Kestrel Radical Party and the Vorn Encounter in Lima.",
		nil, []string{"Organization:Vorn Encounter"})
}

// TestUnitOrdinal checks that a capitalised ordinal after "the" opens a
// unit's name that ends on an organization's head, and opens none that
// ends on no such head.
func TestUnitOrdinal(t *testing.T) {
	checkEntities(t, "General Ana Soto now leads the Third Kestrel Corps.",
		[]string{"Organization:Third Kestrel Corps"}, []string{"Organization:Kestrel Corps"})
	checkEntities(t, "General Ana Soto now leads the First Army Corps.",
		[]string{"Organization:First Army Corps"}, nil)
	checkEntities(t, "The First Lady met Ana Soto after the Second World War.", nil,
		[]string{"Organization:First Lady", "Organization:Second World War"})
}

// TestArmyIsArmedForces checks that a state's army and its armed forces
// are one body, while its navy stays a body of its own.
func TestArmyIsArmedForces(t *testing.T) {
	g := extractText(t, "The Peruvian army shelled the town. Later the armed forces of Peru withdrew, and the Peruvian navy sailed.")
	if n := countLabel(g, "Organization"); n != 2 {
		t.Errorf("want 2 organizations (armed forces, navy), got %v", keys(entitySet(g)))
	}
}

// TestStateCongressFor checks that a state's name and "Congress" opening a
// "for" complement name a party of that state, not the U.S. Congress.
func TestStateCongressFor(t *testing.T) {
	checkEntities(t, "The opposition accused the Peru Congress for Democracy of rigging the vote.",
		[]string{"Organization:Peru Congress for Democracy"}, []string{"Organization:U.S. Congress"})
}
