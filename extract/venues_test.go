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
