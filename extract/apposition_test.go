package extract

import "testing"

// TestAppositions checks that a name's apposition is not the clause's
// subject, that a list is not an apposition, and that an apposed
// membership is MEMBER_OF.
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
		// "a NATO member" with no name before it states no membership
		{"On Monday, a NATO member condemned Belarus.", nil, []string{"MEMBER_OF(Belarus -> NATO)"}},
	})
}
