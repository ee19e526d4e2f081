package extract

import "testing"

// TestEnvoyOrderedHomeAndExportCurbs checks that an envoy ordered or
// called home from a capital and exports curbed or controlled are
// SANCTIONS of the side after the preposition (not a purchase "ordered
// from" it), and that lifted controls and hedged curbs state none.
func TestEnvoyOrderedHomeAndExportCurbs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile ordered home its ambassador from Lima on Tuesday.", []string{"SANCTIONS(Chile -> Peru)"}, []string{"SUPPLIES(Peru -> Chile)"}},
		{"Bolivia called home its envoys from Lima and Quito.", []string{"SANCTIONS(Bolivia -> Peru)", "SANCTIONS(Bolivia -> Ecuador)"},
			[]string{"SUPPLIES(Peru -> Bolivia)"}},
		{"Chile tightened controls on exports to Peru of two rare metals.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Brazil imposed export controls on Argentina last week.", []string{"SANCTIONS(Brazil -> Argentina)"}, nil},
		{"Peru announced new export curbs on Bolivia.", []string{"SANCTIONS(Peru -> Bolivia)"}, nil},
		{"Chile lifted export controls on Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile may impose export controls on Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		// a purchase ordered from a state stays a supply
		{"Chile ordered twelve F-16 jets from the United States.", []string{"SUPPLIES(United States -> Chile)"}, []string{"SANCTIONS(Chile -> United States)"}},
	})
}

// TestCourtesyNoSupply checks that a supply verb conveying condolences,
// congratulations or an apology supplies nothing, while goods or aid
// after the same verbs do.
func TestCourtesyNoSupply(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian President Ana Soto offered condolences to Chile after the earthquake.", nil, []string{"SUPPLIES(Ana Soto -> Chile)", "SUPPLIES(Peru -> Chile)"}},
		{"Peruvian President Ana Soto sent her warmest congratulations to Chile.", nil, []string{"SUPPLIES(Ana Soto -> Chile)", "SUPPLIES(Peru -> Chile)"}},
		{"Peru extended an apology to Chile for the incident.", nil, []string{"SUPPLIES(Peru -> Chile)"}},
		{"Peru offered twelve F-16 jets to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, nil},
		{"Peru sent emergency aid to Chile after the earthquake.", []string{"SUPPLIES(Peru -> Chile)"}, nil},
	})
}

// TestDatelineNoAttacker checks that the place in a dateline is no
// attacker when the report's doers have no name, that a named doer after
// the dateline still attacks, and that a capitalized opening with no dash
// is no dateline.
func TestDatelineNoAttacker(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"TACNA, Peru — Masked gunmen opened fire on protesters in central Arica on Friday.", nil, []string{"ATTACKS(Peru -> Arica)"}},
		{"LIMA, Peru (Reuters) - Unidentified gunmen attacked a police station in Tacna on Monday.", nil,
			[]string{"ATTACKS(Peru -> police station)", "ATTACKS(Reuters -> police station)"}},
		{"SANTIAGO, Chile — Bolivian troops attacked a border post near Arica on Monday.", []string{"ATTACKS(Bolivia -> Arica)"}, []string{"ATTACKS(Chile -> Arica)"}},
		{"Chilean troops attacked Tacna on Monday.", []string{"ATTACKS(Chile -> Tacna)"}, nil},
	})
}
