package extract

import "testing"

// TestWarNouns checks the noun cues of war and offensives with their
// owner: "X's war with Y", "X's offensive in Y".
func TestWarNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Armenia's war with Azerbaijan ended in 2020.", []string{"ATTACKS(Armenia -> Azerbaijan)"}, nil},
		{"Serbia's offensive in Kosovo stalled in May.", []string{"ATTACKS(Serbia -> Kosovo)"}, nil},
		{"Eritrea's conflict with Ethiopia lasted two years.", []string{"ATTACKS(Eritrea -> Ethiopia)"}, nil},
		// no owner: no attacker
		{"Eritrea wants talks to end the conflict with Ethiopia.", nil, []string{"ATTACKS(Eritrea -> Ethiopia)"}},
	})
}
