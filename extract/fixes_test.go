package extract

import "testing"

// TestAttackFacedFrom checks that an attack its target faces, suffers or
// comes under "from" a side is that side's (as a threat faced is), also
// with the attack noun quoted, and that "came under fire from" stays
// criticism.
func TestAttackFacedFrom(t *testing.T) {
	w := []string{"ATTACKS(Peru -> Chile)"}
	checkPatterns(t, []patternCase{
		{`Chile was facing "a hybrid attack" from Lima, its minister said.`, w, []string{"ATTACKS(Chile -> Peru)"}},
		{"Chile came under attack from Peruvian forces on Monday.", w, []string{"ATTACKS(Chile -> Peru)"}},
		{"Chile suffered a cyber attack from Peru last week.", w, []string{"ATTACKS(Chile -> Peru)"}},
		{"Chile came under fire from Peru over the new law.", nil, []string{"ATTACKS(Peru -> Chile)", "ATTACKS(Chile -> Peru)"}},
	})
}

// TestTimeSpanGiven checks that a span of time given as a verb of giving's
// object is a deadline, no SUPPLIES, while goods given still are.
func TestTimeSpanGiven(t *testing.T) {
	s := []string{"SUPPLIES(Chile's foreign ministry -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile's foreign ministry gave the Peruvian envoys 48 hours to leave the country.", nil, s},
		{"Chile's foreign ministry gave three days to the Peruvian diplomats to leave.", nil, s},
		{"Chile's defence ministry gave 24 howitzers to Peru in two days.", []string{"SUPPLIES(Chile's defence ministry -> Peru)"}, nil},
	})
}

// TestClockTitle checks that "PM" after a clock time is the time of day,
// no title making a person of the time zone after it, and that "PM"
// before a name still is one.
func TestClockTitle(t *testing.T) {
	checkEntities(t, "The rocket struck the Vorn base at 7:14 PM ET on Tuesday, officials in Canada said.", nil, []string{"Person:ET"})
	checkEntities(t, "The talks ended at 11 PM EST, Canada said.", nil, []string{"Person:EST"})
	checkEntities(t, "Britain said PM Jane Holloway met Canada on Monday.", []string{"Person:Jane Holloway"}, nil)
}

// TestNativeSpelling checks that a bracket of Chinese characters after a
// name spells the person's name, no acronym of an organization, and that
// a bracketed acronym still makes one.
func TestNativeSpelling(t *testing.T) {
	checkEntities(t, "Lin Te-fu (林德福) said on Friday that China was wrong.", []string{"Person:Lin Te-fu"}, []string{"Organization:Lin Te-fu"})
	checkEntities(t, "China said Wu Fengshan (吴峰山) met Japan on Monday.", []string{"Person:Wu Fengshan"}, []string{"Organization:Wu Fengshan"})
	checkEntities(t, "The Kestrel Vorn Alliance (KVA) said on Friday that China was wrong.", []string{"Organization:Kestrel Vorn Alliance"}, nil)
}

// TestNewsletterHeads checks that a newsletter's two-word name told
// something is an outlet, not a person, and that a person told stays one.
func TestNewsletterHeads(t *testing.T) {
	checkEntities(t, "A Chilean oil official told Crude Monitor that Peru would raise exports.",
		[]string{"Organization:Crude Monitor"}, []string{"Person:Crude Monitor"})
	checkEntities(t, "A Chilean diplomat told Andes Energy Bulletin on Monday that Peru was wrong.",
		[]string{"Organization:Andes Energy Bulletin"}, []string{"Person:Andes Energy Bulletin"})
	checkEntities(t, "A Chilean diplomat told Maria Ortega on Monday that Peru was wrong.", []string{"Person:Maria Ortega"}, nil)
}
