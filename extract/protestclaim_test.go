package extract

import "testing"

// TestProtestShapes checks criticism read from words of judgement, from
// the rejection of a claim whose maker was told just before, and from the
// condemnation of an earlier attack on a named place.
func TestProtestShapes(t *testing.T) {
	checkPatterns(t, []patternCase{
		// words of judgement
		{`Peru called Chile's plan "a falsehood" on Monday.`, []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{`Peru called Chile's refusal "incomprehensible".`, []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{`Peru described the Chilean decree as "intolerable".`, []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{`Peru said Chile's decree was not "intolerable".`, nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said the reports of Chile's plan were incomprehensible to Bolivia.", nil, []string{"CRITICIZES(Peru -> Bolivia)"}},
		// a claim rejected: its maker told just before
		{"Chile claimed that Peruvian ships had entered its waters. Peru rejected the claim.", []string{"OPPOSES(Peru -> Chile)"}, nil},
		{"Chile suggested a joint patrol. Peru dismissed the suggestion.", []string{"OPPOSES(Peru -> Chile)"}, nil},
		{"Chile said the talks had failed. Peru rejected the claim.", nil, []string{"OPPOSES(Peru -> Chile)"}},
		{"Bolivia claimed the lake. Peru dismissed the claim from Chile as groundless.", []string{"OPPOSES(Peru -> Chile)"}, []string{"OPPOSES(Peru -> Bolivia)"}},
		// an earlier attack on a named place condemned
		{"Chilean jets bombed Arica on Monday. Bolivia condemned the strikes on Arica.", []string{"CRITICIZES(Bolivia -> Chile)"}, nil},
		{"Chilean jets bombed Arica on Monday. Bolivia condemned the attack on Tacna.", nil, []string{"CRITICIZES(Bolivia -> Chile)"}},
	})
}

// TestWhoAfterOfPhrase checks that a "who" clause after a person's "of"
// phrase refers to the person, not the body or state of the phrase.
func TestWhoAfterOfPhrase(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Ruiz of the Greens, who heads the panel, criticised Peru.", []string{"CRITICIZES(Ana Ruiz -> Peru)"}, nil},
		{"Ana Ruiz of Chile, who chairs the committee, criticised Peru.", []string{"CRITICIZES(Ana Ruiz -> Peru)"}, []string{"CRITICIZES(Chile -> Peru)"}},
		// no person before "of": the state; a person after "of": that person
		{"The delegate of Chile, who chairs the committee, criticised Peru.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"The wife of Jorge Soto, who chairs the committee, criticised Peru.", []string{"CRITICIZES(Jorge Soto -> Peru)"}, nil},
	})
}
