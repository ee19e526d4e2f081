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

// TestArticleNamesake checks that a surname the lexicon gives to one
// person names the person of that surname the article named in full
// ("Shintaro Abe ... Abe"), and that without such a person it stays the
// lexicon's.
func TestArticleNamesake(t *testing.T) {
	g := extractText(t, "Foreign Minister Shintaro Abe arrived in Manila on Monday. Abe said Japan would send aid.")
	if countLabel(g, "Person") != 1 {
		t.Errorf("want one person, got %v", keys(entitySet(g)))
	}
	checkEntities(t, "Foreign Minister Shintaro Abe arrived in Manila on Monday. Abe said Japan would send aid.",
		[]string{"Person:Shintaro Abe"}, []string{"Person:Shinzo Abe"})
	checkEntities(t, "Abe said Japan would send aid to Manila.", []string{"Person:Shinzo Abe"}, nil)
}

// TestSpellingOf checks that a full name spelt one letter apart in a
// middle word from the lexicon's person is that person, and that a
// different first name is not.
func TestSpellingOf(t *testing.T) {
	g := extractText(t, "Prime Minister Atal Behari Vajpayee said India would not sign the treaty.")
	if got := entitySet(g); !got["Person:Atal Bihari Vajpayee"] || countLabel(g, "Person") != 1 {
		t.Errorf("want one person, Atal Bihari Vajpayee, got %v", keys(got))
	}
	checkEntities(t, "Ravi Bihari Vajpayee, a farmer, said the rains were late.",
		nil, []string{"Person:Atal Bihari Vajpayee"})
}

// TestWordBodyName checks that a lexicon body named by a common word
// ("Treasury", "Congress") before an organization's head opens a body of
// its own, and that the word alone stays the lexicon's.
func TestWordBodyName(t *testing.T) {
	checkEntities(t, "The Treasury Police arrested ten students in the capital.",
		[]string{"Organization:Treasury Police"}, []string{"Organization:Treasury Department"})
	checkEntities(t, "Leaders of the Congress Party met in the capital on Monday.",
		[]string{"Organization:Congress Party"}, []string{"Organization:U.S. Congress"})
	checkEntities(t, "The Treasury imposed sanctions on three banks.",
		[]string{"Organization:Treasury Department"}, nil)
}

// TestArticleNamesakeNamedToo checks that a surname stays the lexicon's
// person when the article names that person too ("Joe Biden ... Hunter
// Biden ... Biden").
func TestArticleNamesakeNamedToo(t *testing.T) {
	g := extractText(t, "Joe Biden met voters in Ohio. His son Hunter Biden sat on a board in Kyiv. Biden said he had done nothing wrong.")
	for _, e := range g.Entities {
		if e.Name == "Hunter Biden" {
			for _, a := range e.Aliases {
				if a == "Biden" {
					t.Errorf("Biden read as Hunter Biden")
				}
			}
		}
	}
}
