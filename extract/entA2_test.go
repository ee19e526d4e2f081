package extract

import "testing"

// TestOutletOfTheName checks that "of the" goes on an outlet's name when
// the capitalised words after it end before a medium's noun ("Voice of
// the Nation radio"), and that a title's "of the" does not.
func TestOutletOfTheName(t *testing.T) {
	checkEntities(t, "In remarks aired by state-owned Voice of the Nation radio, the minister said Chile attacked.",
		[]string{"Organization:Voice of the Nation"}, []string{"Location:Voice", "Organization:Nation"})
	checkPatterns(t, []patternCase{
		{"Voice of the Nation radio quoted the minister Ana Soto as saying that Chile attacked.",
			[]string{"QUOTES(Voice of the Nation -> Ana Soto)"}, []string{"QUOTES(Nation -> Ana Soto)"}},
	})
	checkEntities(t, "The Minister of the Interior said Chile attacked.", nil, []string{"Organization:Minister of the Interior"})
}

// TestPeopleBeforeGroup checks that a people's name before a group's
// one-word name and its noun is no given name: the group is named alone.
func TestPeopleBeforeGroup(t *testing.T) {
	checkEntities(t, "Peru accused Chile of arming the Hutu Kestrelwe militia.",
		[]string{"Organization:Kestrelwe"}, []string{"Organization:Hutu Kestrelwe"})
	checkEntities(t, "The junta's foreign minister, Than Swe, met the envoy.", []string{"Person:Than Swe"}, nil)
}

// TestNameParticleDia checks the particle "dia" inside a person's name
// ("Ana Soto dia Soto") and "Platform" as the head of a party's name.
func TestNameParticleDia(t *testing.T) {
	checkEntities(t, "The rebels' leader, Professor Ana Soto dia Soto, a former lecturer, chairs the wing.",
		[]string{"Person:Ana Soto dia Soto"}, []string{"Person:Ana Soto"})
	checkEntities(t, "The opposition Kestrel Democratic Platform rejected the plan.",
		[]string{"Organization:Kestrel Democratic Platform"}, nil)
}

// TestColonDatelineCapital checks that a capital in a digest's dateline
// before a colon stands for its own state, not a body seated there, and
// that the body still speaks for the capital elsewhere.
func TestColonDatelineCapital(t *testing.T) {
	checkEntities(t, "BRUSSELS: Belgium has sent paratroopers to Chad, Belgian radio said.",
		[]string{"Country:Belgium"}, []string{"Organization:European Union"})
	checkEntities(t, "Brussels warned Budapest on Monday.", []string{"Organization:European Union"}, nil)
}

// TestPlaceInsideName checks that a place the gazetteer knows, ending an
// unknown two-word name no cue labels, is no mention of the town, while
// the town named alone stays one.
func TestPlaceInsideName(t *testing.T) {
	checkEntities(t, "Is Peru using leverage in the Kestrelo Wanzhou case?", nil, []string{"Location:Wanzhou"})
	checkEntities(t, "Troops reached Wanzhou on Monday.", []string{"Location:Wanzhou"}, nil)
}

// TestPossessiveListOrg checks that an unknown name after a state's
// possessive, listed after an organization written the same way, is an
// organization, and that a list of persons reads none so.
func TestPossessiveListOrg(t *testing.T) {
	checkEntities(t, "The partners, Italy's Eni, Germany's Kestrelwerk and France's EDF, face losses.",
		[]string{"Organization:Germany's Kestrelwerk"}, nil)
	checkEntities(t, "The ministers, Peru's Ana Soto, Chile's Kestrelo and Bolivia's Luis Vega, met.",
		nil, []string{"Organization:Chile's Kestrelo", "Organization:Kestrelo"})
}
