package extract

import "testing"

// TestWarNouns checks the noun cues of war, offensives and strikes with
// their owner: "X's war with Y", "X's offensive in Y", "X's airstrikes in Y".
func TestWarNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Armenia's war with Azerbaijan ended in 2020.", []string{"ATTACKS(Armenia -> Azerbaijan)"}, nil},
		{"Serbia's offensive in Kosovo stalled in May.", []string{"ATTACKS(Serbia -> Kosovo)"}, nil},
		{"Eritrea's conflict with Ethiopia lasted two years.", []string{"ATTACKS(Eritrea -> Ethiopia)"}, nil},
		{"Serbian airstrikes in northern Kosovo continued.", []string{"ATTACKS(Serbia -> Kosovo)"}, nil},
		{"Chile condemned Peru's airstrikes in Arica.", []string{"ATTACKS(Peru -> Arica)"}, nil},
		// "in" of time: the place must follow closely
		{"Serbia's airstrikes in recent weeks worried NATO.", nil, []string{"ATTACKS(Serbia -> NATO)"}},
		// no owner: no attacker
		{"Eritrea wants talks to end the conflict with Ethiopia.", nil, []string{"ATTACKS(Eritrea -> Ethiopia)"}},
	})
}
