package extract

import "testing"

// TestToldOutletNoSubject checks toldOutlet: a news outlet told something
// is never the subject of a later verb; the speaker who told it is, and an
// outlet that is the subject itself still judges.
func TestToldOutletNoSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian opposition leader Ana Soto told the Lima Post that the border was calm, but criticised Chile.",
			[]string{"CRITICIZES(Ana Soto -> Chile)"}, []string{"CRITICIZES(Lima Post -> Chile)"}},
		{"Foreign minister Luis Vera told the Andes News that the government condemns the raid on Bolivia.",
			nil, []string{"CRITICIZES(Andes News -> Bolivia)"}},
		// the outlet told a quote is no doer inside it
		{"Chilean President Ana Soto told the Radio Andes station that \"peace is not built by shells landing on villages.\"",
			nil, []string{"DEPLOYS(Radio Andes -> shells)"}},
		{"The Lima Post criticised Chile.", []string{"CRITICIZES(Lima Post -> Chile)"}, nil},
	})
}
