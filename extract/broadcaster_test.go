package extract

import "testing"

// TestBroadcasterName checks that a media word and a name no lexicon
// knows, a demonym with a media word and a service's words, and a listed
// outlet with its edition's word are one outlet each, while the media
// word before a lower-case word names nothing and a listed broadcaster
// keeps its lexicon name.
func TestBroadcasterName(t *testing.T) {
	checkEntities(t, "Speaking to Radio Tamborí on Monday, the minister said Chile would not pay.",
		[]string{"Organization:Radio Tamborí", "Country:Chile"}, nil)
	checkEntities(t, "In an interview with Danish Radio International, Ana Soto said Peru would pay.",
		[]string{"Organization:Danish Radio International", "Country:Peru"}, []string{"Country:Denmark"})
	checkEntities(t, "Egypt would pay, Al-Ahram Weekly reported on Friday.",
		[]string{"Organization:Al-Ahram Weekly", "Country:Egypt"}, []string{"Organization:Weekly"})
	checkEntities(t, "Ana Soto told Radio Free Asia that Peru would pay.",
		[]string{"Organization:Radio Free Asia"}, nil)
	checkEntities(t, "Radio stations said Peru would pay.", []string{"Country:Peru"}, []string{"Organization:Radio", "Organization:Radio stations"})
}

// TestOutletShortName checks that an outlet named with its service's word
// is the same outlet when named without it, no person.
func TestOutletShortName(t *testing.T) {
	checkEntities(t, "Farmers told Kestrel Vela News that boats had come. Later they told Kestrel Vela that the boats had left.",
		[]string{"Organization:Kestrel Vela News"}, []string{"Person:Kestrel Vela"})
}

// TestMastheadPlace checks that a masthead line of a word no lexicon knows
// and a state's name is one outlet, again when written in the lines under
// it, while a state named after such a word in the body stays the state.
func TestMastheadPlace(t *testing.T) {
	checkEntities(t, "Civic Peru\nMinister quits, flies to Quito\nCivic Peru, Lima / 6 May 2004\n\nThe minister left Lima on Thursday for talks in Quito.",
		[]string{"Organization:Civic Peru"}, []string{"Organization:Civic"})
	checkEntities(t, "Talks fail\n\nVorn Chile said on Monday that the talks had failed.", []string{"Country:Chile"}, []string{"Organization:Vorn Chile"})
}

// TestOtherStateBody checks that a body the lexicon gives to one state,
// named with "of" and another state, is a body of its own, and that the
// same words with its own state stay the lexicon's body.
func TestOtherStateBody(t *testing.T) {
	checkEntities(t, "A People's Liberation Army of Angola patrol was seen near the river.",
		[]string{"Organization:People's Liberation Army of Angola"}, []string{"Organization:People's Liberation Army"})
	checkEntities(t, "A People's Liberation Army of China patrol was seen near the river.",
		[]string{"Organization:People's Liberation Army"}, []string{"Organization:People's Liberation Army of China"})
}
