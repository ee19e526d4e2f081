package extract

import "testing"

// TestHeldPossessiveName checks that a name opening on a possessive that
// names hold ("People's") runs on over an organization's name or a body
// the lexicon knows, and that a state's body after a state's possessive
// stays the state's.
func TestHeldPossessiveName(t *testing.T) {
	checkEntities(t, "The People's Armed Police arrested twenty students in the capital.",
		[]string{"Organization:People's Armed Police"}, []string{"Organization:Police"})
	checkEntities(t, "The Vornish People's Democratic Party rejected the result on Sunday.",
		[]string{"Organization:Vornish People's Democratic Party"}, []string{"Organization:Democratic Party"})
	checkEntities(t, "Chile's Foreign Ministry summoned the ambassador.",
		[]string{"Organization:Chile's Foreign Ministry"}, []string{"Organization:Chile's Foreign Ministry summoned"})
}

// TestBodyOfList checks that a state body the lexicon knows ("Ministry of
// Economy") goes on over the list of its "of" ("Ministry of Economy, Trade
// and Industry"), and that a body without a list stays the lexicon's.
func TestBodyOfList(t *testing.T) {
	checkEntities(t, "Peru's Ministry of Economy, Fisheries and Mining tightened export rules.",
		[]string{"Organization:Peru's Ministry of Economy, Fisheries and Mining"}, []string{"Organization:Peru's Ministry of Economy"})
	checkEntities(t, "Peru's Ministry of Economy, which sets tariffs, tightened export rules.",
		[]string{"Organization:Peru's Ministry of Economy"}, nil)
}
