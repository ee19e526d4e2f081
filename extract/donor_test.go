package extract

import "testing"

// TestDonorNouns checks that a donor, like a supplier, said of a name in
// apposition or with a copula SUPPLIES the one its possessor or "to"
// names, and that donors a verb acts on name no supplier.
func TestDonorNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Japan, Cambodia's biggest donor, said it would keep up its aid.", []string{"SUPPLIES(Japan -> Cambodia)"}, []string{"SUPPLIES(Cambodia -> Japan)"}},
		{"Sweden remains Chad's main donor.", []string{"SUPPLIES(Sweden -> Chad)"}, nil},
		{"Norway is a major donor to Ghana.", []string{"SUPPLIES(Norway -> Ghana)"}, nil},
		{"Spain criticised the donors to Morocco.", nil, []string{"SUPPLIES(Spain -> Morocco)"}},
	})
}
