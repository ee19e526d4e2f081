package extract

import "testing"

// TestCueTargets checks a cue that narrows its target's labels: leaving a
// treaty or a body opposes it, leaving a country states nothing.
func TestCueTargets(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mali withdrew from the Economic Community of West African States.",
			[]string{"OPPOSES(Mali -> ECOWAS)"}, nil},
		{"Russia pulled out of the INF Treaty.", []string{"OPPOSES(Russia -> INF Treaty)"}, nil},
		{"France announced its withdrawal from Niger.", nil, []string{"OPPOSES(France -> Niger)"}},
		{"Kenya withdrew from Somalia last year.", nil, []string{"OPPOSES(Kenya -> Somalia)"}},
	})
}
