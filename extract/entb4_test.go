package extract

import "testing"

// TestAgreementOfPlace checks that a capitalised agreement head before
// "of" and a town or capital the lexicon knows is one agreement named by
// where it was signed, with no mention of the town or of its state.
func TestAgreementOfPlace(t *testing.T) {
	checkEntities(t, "Chile and Bolivia still respect the Treaty of Lima signed in 1929.",
		[]string{"Agreement:Treaty of Lima"}, []string{"Country:Peru", "Location:Lima"})
	checkEntities(t, "Officials cited the Protocol of Rio de Janeiro on Monday.",
		[]string{"Agreement:Protocol of Rio de Janeiro"}, []string{"Location:Rio de Janeiro"})
	// an organization's "of" and a place still end the name
	checkEntities(t, "The Ministry of Defence of Peru said nothing.",
		nil, []string{"Agreement:Ministry of Defence of Peru"})
}

// TestBodyTreaty checks that an international body's name before a
// lower-case "treaty" or "charter" ending the phrase names that body's
// treaty, while the body before another noun stays the body.
func TestBodyTreaty(t *testing.T) {
	checkEntities(t, "Putin said Russia was bound by the Union State treaty to help Belarus.",
		[]string{"Agreement:Union State treaty"}, []string{"Organization:Union State of Russia and Belarus"})
	checkEntities(t, "The ministers amended the ASEAN charter on Monday.",
		[]string{"Agreement:ASEAN charter"}, []string{"Organization:ASEAN"})
	checkEntities(t, "The Union State summit opened on Monday.",
		[]string{"Organization:Union State of Russia and Belarus"}, []string{"Agreement:Union State summit"})
	checkEntities(t, "The EU treaty talks collapsed.",
		[]string{"Organization:European Union"}, nil)
}

// TestConsulate checks that a state's consulate is that state's body,
// as its embassy is, and that a bare "the consulate" names none.
func TestConsulate(t *testing.T) {
	checkEntities(t, "Protesters gathered outside the Chilean consulate in Tacna on Monday.",
		[]string{"Organization:Chilean consulate", "Location:Tacna"}, nil)
	g := extractText(t, "Protesters gathered outside the consulate on Monday.")
	if n := countLabel(g, "Organization"); n != 0 {
		t.Errorf("want no organization, got %v", keys(entitySet(g)))
	}
}
