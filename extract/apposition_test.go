package extract

import "testing"

// TestAppositions checks that a name's apposition is not the clause's
// subject, that a list is not an apposition, that an apposed membership
// is MEMBER_OF and an apposed "Iran-backed" SUPPORTS the name.
func TestAppositions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Estonia, a NATO member, condemned Belarus.",
			[]string{"MEMBER_OF(Estonia -> NATO)", "CRITICIZES(Estonia -> Belarus)"}, []string{"CRITICIZES(NATO -> Belarus)"}},
		{"Latvia, a fellow EU member, imposed sanctions on Belarus.",
			[]string{"MEMBER_OF(Latvia -> European Union)", "SANCTIONS(Latvia -> Belarus)"}, []string{"SANCTIONS(European Union -> Belarus)"}},
		{"Kenya, Uganda's neighbour, criticized Somalia.",
			[]string{"CRITICIZES(Kenya -> Somalia)"}, []string{"CRITICIZES(Uganda -> Somalia)"}},
		{"Lithuania, a NATO member, bought the Patriot from Germany.",
			[]string{"SUPPLIES(Germany -> Lithuania)"}, []string{"SUPPLIES(Germany -> NATO)"}},
		// a list is no apposition: all its names act
		{"Estonia, Latvia and Lithuania condemned Belarus.",
			[]string{"CRITICIZES(Estonia -> Belarus)", "CRITICIZES(Latvia -> Belarus)", "CRITICIZES(Lithuania -> Belarus)"}, nil},
		// a hyphenated participle in an apposition relates its doer to the name
		{"Hamas, an Iran-backed group, fired rockets at Israel.",
			[]string{"SUPPORTS(Iran -> Hamas)"}, []string{"SUPPORTS(Iran -> Israel)", "SUPPORTS(Iran -> rockets)"}},
		{"The rockets were fired by Hamas, the Iranian-backed militant group.", []string{"SUPPORTS(Iran -> Hamas)"}, nil},
		{"Hamas, a U.S.-sanctioned group, denied the report.", []string{"SANCTIONS(United States -> Hamas)"}, nil},
		// "a NATO member" with no name before it states no membership
		{"On Monday, a NATO member condemned Belarus.", nil, []string{"MEMBER_OF(Belarus -> NATO)"}},
	})
}
