package extract

import "testing"

// TestNameShapes checks a bank named by its state ("Bank Indonesia"), and
// that a region's name in a description of a state ("the South Pacific
// nation") is no argument. Patronymics, barracks, "Radio Chile" and ranks
// of two words are tested in personname_test.go and entnames_test.go.
func TestNameShapes(t *testing.T) {
	checkEntities(t, "Chile said on Monday that Bank Indonesia raised rates.",
		[]string{"Organization:Bank Indonesia"}, []string{"Country:Indonesia"})
	checkPatterns(t, []patternCase{
		{"Chile's navy chief, Admiral Ana Ruiz, took power in the South Pacific nation on Friday.", nil,
			[]string{"ATTACKS(Ana Ruiz -> Pacific Ocean)"}},
		{"Peru's navy attacked the Persian Gulf state on Monday.", nil, []string{"ATTACKS(Peru's navy -> Persian Gulf)"}},
		// the region itself, or a state named after it, is still the object
		{"Chile's army attacked the Pacific state of Kestrelia.", []string{"ATTACKS(Chile's army -> Kestrelia)"}, nil},
		{"Peru's navy patrolled the South Pacific on Monday.", nil, nil},
	})
}

// TestNumberedAndHeadedGroups checks a number word opening a group's name
// and a description that names its head refers back to that group past a
// nearer organization of the same sort.
func TestNumberedAndHeadedGroups(t *testing.T) {
	checkEntities(t, "The Four Rivers Front attacked Peru on Monday.",
		[]string{"Organization:Four Rivers Front"}, []string{"Organization:Rivers Front"})
	checkEntities(t, "Three Chilean Army officers were arrested.", nil, []string{"Organization:Three Chilean Army"})
	checkPatterns(t, []patternCase{
		{"The Kestrel Alliance attacked Peru. The UN Office for Refugees said 300 people fled. Chile's envoy met representatives of the alliance in Lima.",
			[]string{"MET_WITH(Chile -> Kestrel Alliance)"}, []string{"MET_WITH(Chile -> United Nations)"}},
		// with no organization of that head, one of the sort is still meant
		{"NATO held talks in Oslo. Chile's envoy met officials of the alliance on Monday.",
			[]string{"MET_WITH(Chile -> NATO)"}, nil},
	})
}

// TestNamedLaw checks that a state's name opening a law's name is no
// actor: "the Peru Act" is an agreement, and the law's owner acts.
func TestNamedLaw(t *testing.T) {
	checkEntities(t, "The Kestrel Act authorises military assistance to Chile.", []string{"Agreement:Kestrel Act"}, nil)
	checkPatterns(t, []patternCase{
		{"Washington's Peru Act authorises military assistance to Chile.",
			[]string{"SUPPLIES(United States -> Chile)"}, []string{"SUPPLIES(Peru -> Chile)"}},
	})
}

// TestDescriptionBeforeName checks that an organization's description
// written right before its name is that name, not an entity of its own.
func TestDescriptionBeforeName(t *testing.T) {
	checkEntities(t, "Chile's president spoke on Monday. The state broadcaster KRT said Chile would not yield.",
		[]string{"Organization:KRT"}, []string{"Organization:state broadcaster"})
	checkPatterns(t, []patternCase{
		{"Chile's president spoke on Monday. The state broadcaster KRT said Chile would not yield.",
			nil, []string{"PART_OF(state broadcaster -> Chile)"}},
	})
}
