package extract

import "testing"

// TestStateGovernment checks that a state's government written as
// "government of" and the state's name is an Organization PART_OF the
// state, while what it does stays the state's; and that a government's
// noun that modifies a longer phrase, or a demonym before it, adds none.
func TestStateGovernment(t *testing.T) {
	text := "The minister signed the accord on behalf of the Government of the Republic of Vanuatu. Rebels later attacked the government of Peru."
	checkEntities(t, text, []string{"Organization:Government of the Republic of Vanuatu", "Organization:government of Peru", "Country:Peru"}, nil)
	got := triples(extractText(t, text))
	for _, want := range []string{"PART_OF(Government of the Republic of Vanuatu -> Vanuatu)", "PART_OF(government of Peru -> Peru)"} {
		if !has(got, want) {
			t.Errorf("%q: want %s, got %v", text, want, got)
		}
	}
	checkEntities(t, "The Chilean government said it would wait. The government of Chile forces entered the town.", nil,
		[]string{"Organization:Chilean government", "Organization:government of Chile"})
}
