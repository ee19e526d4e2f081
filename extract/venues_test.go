package extract

import "testing"

// TestVenueFacilities checks that a name ending on a venue's head (words.yaml
// facility_heads: palace, hotel, guesthouse, "state guesthouse") is a
// Facility, while a seat of power the lexicon lists stays its
// Organization, a bare "the palace" names nothing, and the Oval Office, a
// room of the White House, is a Facility that says and meets nothing.
func TestVenueFacilities(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The envoys met at the Dravna Palace on Friday.",
			[]string{"Facility:Dravna Palace"}, []string{"Organization:Dravna Palace", "Location:Dravna Palace"}},
		{"Gunmen took over the Lakeview Hotel before dawn.",
			[]string{"Facility:Lakeview Hotel"}, []string{"Organization:Lakeview Hotel"}},
		{"The two leaders dined at the Kessin state guesthouse.",
			[]string{"Facility:Kessin state guesthouse"}, []string{"Location:Kessin state"}},
		{"Delegates stayed at the Marvo Guest House near the port.",
			[]string{"Facility:Marvo Guest House"}, nil},
		{"The Miraflores Palace said it rejected the claim.",
			[]string{"Organization:Miraflores Palace"}, []string{"Facility:Miraflores Palace"}},
		{"Guards at the palace fired into the air, and reporters waited at the hotel.",
			nil, []string{"Facility:palace", "Facility:hotel"}},
		{"The senator met the president in the Oval Office.",
			[]string{"Facility:Oval Office"}, []string{"Organization:Oval Office"}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
	g := extractText(t, "Ana Ruiz met the president in the Oval Office on Monday.")
	for _, r := range triples(g) {
		if r == "MET_WITH(Oval Office -> Ana Ruiz)" || r == "MET_WITH(Ana Ruiz -> Oval Office)" {
			t.Errorf("the Oval Office met no one: %v", triples(g))
		}
	}
}

// TestNativeLegislatures checks that a national legislature written in its
// own language is its state's Organization, PART_OF the state, while the
// demonym's parliament stays the generic body it was.
func TestNativeLegislatures(t *testing.T) {
	g := extractText(t, "Norway's Storting approved the budget on Monday.")
	if !entitySet(g)["Organization:Storting"] || !has(triples(g), "PART_OF(Storting -> Norway)") {
		t.Errorf("Storting: entities %v relations %v", keys(entitySet(g)), triples(g))
	}
	// named with the state's generic parliament: one body
	g = extractText(t, "The bill needs a vote in the Vorn Khural, the Kyrgyz parliament. On Friday the Jogorku Kenesh will vote, and the Kyrgyz parliament's speaker backs it.")
	if !entitySet(g)["Organization:Kyrgyz parliament"] || !entitySet(g)["Organization:Jogorku Kenesh"] || countLabel(g, "Organization") != 1 {
		t.Errorf("Jogorku Kenesh and the Kyrgyz parliament are one node: %v", keys(entitySet(g)))
	}
	// two of a state's legislatures named: the generic parliament stays apart
	g = extractText(t, "The House of Commons and the House of Lords sat late. The British parliament will vote.")
	if entitySet(g)["Organization:House of Commons"] && entitySet(g)["Organization:British parliament"] && countLabel(g, "Organization") < 2 {
		t.Errorf("two chambers: %v", keys(entitySet(g)))
	}
	// a state the lexicon gives two legislatures: its parliament stays apart
	g = extractText(t, "Russia's parliament approved the treaty, and the State Duma voted first.")
	if !entitySet(g)["Organization:State Duma"] || countLabel(g, "Organization") < 2 {
		t.Errorf("State Duma and Russia's parliament: %v", keys(entitySet(g)))
	}
	g = extractText(t, "The Latvian parliament met on Monday.")
	if entitySet(g)["Organization:Saeima"] {
		t.Errorf("no Saeima unless named: %v", keys(entitySet(g)))
	}
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Latvia's Saeima voted to extend the emergency.", []string{"Organization:Saeima"}, []string{"Person:Saeima", "Location:Saeima"}},
		{"A bill before the Riksdag would tighten the rules for Sweden.", []string{"Organization:Riksdag"}, nil},
		{"Members of the Seimas and the Riigikogu signed a joint letter.", []string{"Organization:Seimas", "Organization:Riigikogu"}, nil},
		{"The Eduskunta debated Finland's bid on Tuesday.", []string{"Organization:Eduskunta"}, nil},
		{"The Parliament of Kestrel adjourned.", nil, []string{"Organization:Storting", "Organization:Saeima"}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}
