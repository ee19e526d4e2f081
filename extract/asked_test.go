package extract

import "testing"

// TestAskedToJoin checks that the actors asked to join stand between the
// verb of asking and its infinitive, and that a call to do anything else
// is no invitation.
func TestAskedToJoin(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenya called on Uganda and Rwanda to join the pipeline project.",
			[]string{"INVITES(Kenya -> Uganda)", "INVITES(Kenya -> Rwanda)"}, []string{"CRITICIZES(Kenya -> Uganda)"}},
		{"Brazil urged Chile and Peru to join the bloc.", []string{"INVITES(Brazil -> Chile)", "INVITES(Brazil -> Peru)"}, nil},
		{"NATO asked Finland to join the alliance.", []string{"INVITES(NATO -> Finland)"}, nil},
		{"Kenya called on Uganda to withdraw its troops.", nil, []string{"INVITES(Kenya -> Uganda)"}},
	})
}
