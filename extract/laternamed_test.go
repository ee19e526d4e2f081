package extract

import "testing"

// TestLaterNamedAgreement checks that an agreement written first with a
// general head and named in capitals at the opening of a sentence soon
// after is one entity, and that a name inside a sentence (another text
// the new one replaces) or a dated head stays apart.
func TestLaterNamedAgreement(t *testing.T) {
	text := "Chile and Peru signed an agreement in Lima on Friday. The Lima Maritime Agreement, which ends a long dispute, was welcomed by Brazil. Bolivia criticised the agreement."
	g := extractText(t, text)
	if n := countLabel(g, "Agreement"); n != 1 {
		t.Errorf("%q: want one agreement, got %v", text, entitySet(g))
	}
	text = "Chile and Peru signed an agreement in Lima on Friday. It replaces the Lima Maritime Agreement of 1998."
	if n := countLabel(extractText(t, text), "Agreement"); n != 2 {
		t.Errorf("%q: want two agreements, got %v", text, entitySet(extractText(t, text)))
	}
}
