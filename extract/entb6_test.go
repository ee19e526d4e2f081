package extract

import "testing"

// TestNaturalFeatureHeads checks that a passage, a ridge, a shoal, a reef
// or an atoll after a name makes the name a place (words.yaml
// place_heads), and that the poles and the Arctic's sea lanes are places
// (places.yaml), not the demonym "Pole" of Poland.
func TestNaturalFeatureHeads(t *testing.T) {
	checkEntities(t, "Canada says ships may soon cross the Varnek Passage in summer.",
		[]string{"Location:Varnek Passage", "Country:Canada"}, nil)
	checkEntities(t, "Chile says the Kessin Ridge lies on its continental shelf.",
		[]string{"Location:Kessin Ridge"}, nil)
	checkEntities(t, "Denmark argues that the Mendel ridge extends its own shelf.",
		[]string{"Location:Mendel ridge"}, nil)
	checkEntities(t, "The Philippine navy patrols the Mardel Shoal and the Osk Reef.",
		[]string{"Location:Mardel Shoal", "Location:Osk Reef"}, nil)
	checkEntities(t, "A Norwegian team planted a marker at the South Pole in December.",
		[]string{"Location:South Pole"}, []string{"Country:Poland"})
	checkEntities(t, "Melting ice could open the Northern Sea Route to tankers within a decade.",
		[]string{"Location:Northern Sea Route"}, nil)
}

// TestContractionNoName checks that a word fused with a contracted verb
// after a single quote ("'We're", "'They'll") is quoted speech, no
// person's name.
func TestContractionNoName(t *testing.T) {
	for _, s := range []string{
		"Title line\n\nThe envoy said they could just say 'We're taking this island' and sail off.",
		"Title line\n\nHe told them 'You're not welcome here' before the vote in Chile.",
		"Title line\n\nThe cable read 'They'll never sign that' in its last line.",
		"Title line\n\nShe answered 'I'm certain of it' when asked about the talks.",
		"Title line\n\nThe note said 'Don't expect a deal' at the top.",
	} {
		g := extractText(t, s)
		for _, e := range g.Entities {
			if e.Label == "Person" {
				t.Errorf("%q: want no person, got %s", s, e.Name)
			}
		}
	}
}

// TestSubcommitteeNames checks that "Subcommittee" is a body's head like
// "Committee" (words.yaml org_heads, titled_bodies, topic_body_heads;
// namecues body_heads): its "on" or "for" subject is the name's.
func TestSubcommitteeNames(t *testing.T) {
	checkEntities(t, "The Senate Subcommittee on Coastal Threats and Capabilities met on Tuesday.",
		[]string{"Organization:Senate Subcommittee on Coastal Threats and Capabilities"}, []string{"Organization:Senate Subcommittee"})
	checkEntities(t, "The House Armed Services Subcommittee on Readiness asked the Pentagon for figures.",
		[]string{"Organization:House Armed Services Subcommittee on Readiness", "Organization:Pentagon"}, nil)
	checkEntities(t, "The Kessel Subcommittee for Border Affairs will meet in Lima next week.",
		[]string{"Organization:Kessel Subcommittee for Border Affairs", "Location:Lima"}, nil)
	checkEntities(t, "Ana Vorn chairs the Peruvian Senate Subcommittee on Water Rights.",
		[]string{"Organization:Peruvian Senate Subcommittee on Water Rights"}, nil)
	checkEntities(t, "Members of the Vorn Subcommittee on Ports toured Callao.",
		[]string{"Organization:Vorn Subcommittee on Ports"}, nil)
}
