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
		{"no unit", "The wing of the hospital was closed.",
			nil, []string{"Organization:wing"}},
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
// "for" phrase ("the party's leader in the upper house, Ana Ruiz,"): the
// role's holder, a person whole from the given name; a place apposed to
// a plural of people after "in" is none.
func TestRoleInApposition(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"in", "The party's leader in the upper house, Tovan Lirek, voted against the bill.",
			[]string{"Person:Tovan Lirek"}, nil},
		{"for", "The envoy for Asian affairs, Marek Tovani, arrived on Monday.",
			[]string{"Person:Marek Tovani"}, nil},
		{"place", "Officials in the northern province, Kestrel Vale, closed the roads.",
			nil, []string{"Person:Kestrel Vale"}},
	})
}
