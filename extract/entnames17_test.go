package extract

import "testing"

// TestEntA17Names covers the seventeenth session's entity shapes (side A):
//   - possessive description: a state's possessive, lower-case words that
//     describe a proper name, and the name: the name is its own, owned by
//     the state, without the possessive or the description ("Libya's
//     official agency JANA" is JANA); a body the lexicon knows as a
//     concept keeps its state ("Russia's powerful Foreign Ministry"), and
//     with no description the possessive stays in the name.
func TestEntA17Names(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"possessive description", "Vornia's official agency VNA has denounced the raid.",
			[]string{"Organization:VNA"}, []string{"Organization:Vornia's official agency VNA"}},
		{"possessive description", "Lugo's allies in Argentina's ruling Kestrel Front organized a rally.",
			[]string{"Organization:Kestrel Front", "Country:Argentina"}, []string{"Organization:Argentina's ruling Kestrel Front"}},
		{"possessive description", "Officials of Kenya's main opposition Orange Unity Movement walked out.",
			[]string{"Organization:Orange Unity Movement"}, []string{"Organization:Kenya's main opposition Orange Unity Movement"}},
		{"possessive description", "On Monday Peru's state-run Andina agency quoted the minister.",
			[]string{"Organization:Andina"}, []string{"Organization:Peru's state-run Andina"}},
		{"possessive description", "Russia's powerful Foreign Ministry said nothing.",
			[]string{"Organization:Russian Foreign Ministry"}, []string{"Organization:Foreign Ministry"}},
		{"possessive description", "Chile's official news agency said nothing.",
			nil, []string{"Organization:Chile's official news agency"}},
	})
}
