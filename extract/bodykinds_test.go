package extract

import "testing"

// TestUnitHeads checks a military unit's name that ends on a unit's head
// (words.yaml org_heads: Wing, Squadron, Fleet, Flotilla, Unit,
// Detachment): an organization, never a person's name, with its ordinal.
func TestUnitHeads(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"unit", "Marines of the 31st Marine Expeditionary Unit secured the runway.",
			[]string{"Organization:31st Marine Expeditionary Unit"}, []string{"Person:Marine Expeditionary Unit"}},
		{"wing", "Transport aircraft of the 9th Airlift Wing landed in Tarvo.",
			[]string{"Organization:9th Airlift Wing"}, nil},
		{"squadron", "Pilots of the 3rd Fighter Squadron flew over the strait.",
			[]string{"Organization:3rd Fighter Squadron"}, nil},
		{"no unit", "Fleet movements were reported near the strait on Monday.",
			nil, []string{"Organization:Fleet", "Organization:Fleet movements"}},
	})
}

// TestPalaceFacility checks that a palace described by a modifier ("the
// presidential palace", namecues described_heads Facility) is a
// facility, no office of the government.
func TestPalaceFacility(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"palace", "Soldiers held the president inside the presidential palace in Tarvo.",
			[]string{"Facility:presidential palace"}, []string{"Organization:presidential palace"}},
		{"royal", "Crowds gathered outside the royal palace on Sunday.",
			[]string{"Facility:royal palace"}, nil},
	})
}

// TestRoleInApposition checks a name apposed to a role with its "in" or
// "for" phrase ("the alliance's leader in the senate, Ana Ruiz,"): the
// role's holder, a person whole from the given name; a place apposed to
// a plural of people after "in" is none.
func TestRoleInApposition(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"in", "The alliance's leader in the senate, Tovan Lirek, voted against the bill.",
			[]string{"Person:Tovan Lirek"}, nil},
		{"for", "The envoy for Asian affairs, Marek Tovani, arrived on Monday.",
			[]string{"Person:Marek Tovani"}, nil},
		{"place", "Officials in the northern province, Kestrel Vale, closed the roads.",
			nil, []string{"Person:Kestrel Vale"}},
	})
}

// TestEponymBodies checks a leader's name before a government's noun
// (words.yaml eponym_body_heads): the government named for the leader,
// an organization, with no person mentioned there; a lexicon's person
// and an unknown name alike; not a time ("during the ... administration",
// period_preps) nor a place's government.
func TestEponymBodies(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"lexicon person", "Critics said the Obama administration had ignored the warnings.",
			[]string{"Organization:Obama administration"}, []string{"Person:Barack Obama"}},
		{"unknown name", "Ministers in the Tovarek government resigned on Friday.",
			[]string{"Organization:Tovarek government"}, []string{"Person:Tovarek"}},
		{"regime", "Peru accused the Vorlani regime of jailing journalists.",
			[]string{"Organization:Vorlani regime"}, nil},
		{"period", "He served as envoy during the Obama administration.",
			[]string{"Person:Barack Obama"}, []string{"Organization:Obama administration"}},
		{"place", "The Puntland government said it would hold talks.",
			[]string{"Location:Puntland"}, []string{"Organization:Puntland government"}},
	})
}

// TestOfNamesInLexicon checks "of"-names the lexicon holds whole: a
// court's "Supreme Court of Justice" (bodies.yaml), Beijing's "Great
// Hall of the People" (facilities.yaml), not their shorter heads.
func TestOfNamesInLexicon(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"court", "Chile said the ruling of the Supreme Court of Justice of Peru was final.",
			[]string{"Organization:Supreme Court of Justice"}, []string{"Organization:Supreme Court"}},
		{"hall", "Talks opened on Monday at the Great Hall of the People.",
			[]string{"Facility:Great Hall of the People"}, []string{"Facility:Great Hall"}},
	})
}
