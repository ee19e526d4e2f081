package extract

import "testing"

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
