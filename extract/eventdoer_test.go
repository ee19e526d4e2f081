package extract

import "testing"

// TestEventDoer checks that a passive act with no agent that happened in
// an event noun is done by the event's modifier or by its claimant, and by
// no one when neither is told.
func TestEventDoer(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Houthi commander Abdul Malik al-Houthi was killed in a Saudi airstrike.",
			[]string{"ATTACKS(Saudi Arabia -> Abdul Malik al-Houthi)"}, nil},
		{"Ethiopia carried out the strike on Tuesday. Tigray leader Debretsion Gebremichael was killed in the strike.",
			[]string{"ATTACKS(Ethiopia -> Debretsion Gebremichael)"}, nil},
		{"Debretsion Gebremichael was killed in the strike.", nil, []string{"ATTACKS(Ethiopia -> Debretsion Gebremichael)"}},
	})
}

// TestEventTargetNouns checks that the subject of "was the target, subject
// or victim of" an event noun is what its modifier did, and that a noun
// that names no event states nothing.
func TestEventTargetNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Rosneft has been the subject of European Union sanctions since 2014.", []string{"SANCTIONS(European Union -> Rosneft)"}, nil},
		{"Kharkiv was the victim of a Russian missile attack.", []string{"ATTACKS(Russia -> Kharkiv)"}, nil},
		{"Chad was the subject of a French report.", nil, []string{"SANCTIONS(France -> Chad)", "ATTACKS(France -> Chad)"}},
	})
}
