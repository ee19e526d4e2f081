package extract

import "testing"

// TestObjectlessVotes checks objectlessVotes: a vote with no object is
// cast on the agreement named last before it, in its sentence or the two
// before; a vote with an object, a negated vote, a vote noun and a vote
// with no agreement in reach state nothing here.
func TestObjectlessVotes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Senate debated the Treaty of Lima on Monday. Senators Ana Soto and Luis Vega voted in favor.",
			[]string{"SUPPORTS(Ana Soto -> Treaty of Lima)", "SUPPORTS(Luis Vega -> Treaty of Lima)"}, nil},
		{"The Treaty of Lima now goes to the Congress for ratification, where the Andes Party says it will vote in favour.",
			[]string{"SUPPORTS(Andes Party -> Treaty of Lima)"}, nil},
		{"The Treaty of Lima was approved by 87 votes to 55. The Green Party voted for, while the Blue Party voted against.",
			[]string{"SUPPORTS(Green Party -> Treaty of Lima)", "OPPOSES(Blue Party -> Treaty of Lima)"}, nil},
		{"The Treaty of Lima went to the chamber. The Blue Party voted no on Tuesday.",
			[]string{"OPPOSES(Blue Party -> Treaty of Lima)"}, nil},
		// no such reading
		{"The Treaty of Lima went to the chamber. The Blue Party counted 11 votes in favour.", nil,
			[]string{"SUPPORTS(Blue Party -> Treaty of Lima)"}},
		{"The Treaty of Lima went to the chamber. The Blue Party did not vote against.", nil,
			[]string{"OPPOSES(Blue Party -> Treaty of Lima)"}},
		{"The Treaty of Lima went to the chamber. The Blue Party voted no confidence in the cabinet.", nil,
			[]string{"OPPOSES(Blue Party -> Treaty of Lima)"}},
		{"The Treaty of Lima was signed in 1990. Peru held elections in May. Chile hosted a summit. The Blue Party voted against.", nil,
			[]string{"OPPOSES(Blue Party -> Treaty of Lima)"}},
	})
}
