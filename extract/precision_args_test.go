package extract

import "testing"

// TestClosedRelativeAndApposition checks that no one named inside a
// relative clause set off by commas does what follows the clause, and
// that a verb's object is not sought past an apposition opened by ", a".
func TestClosedRelativeAndApposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, whose president Ana Ruiz visited Lima in May, has called for talks with the junta, a stance condemned by Peru and Bolivia.",
			[]string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Bolivia -> Chile)"},
			[]string{"CRITICIZES(Peru -> Ana Ruiz)", "NEGOTIATES_WITH(Chile -> Peru)", "NEGOTIATES_WITH(Bolivia -> Chile)"}},
		{"Chile, whose president met Peru's leader, condemned Bolivia.", []string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
		// the clause still open: its own subject acts
		{"Chile, whose president Ana Ruiz condemned Bolivia, held talks.", []string{"CRITICIZES(Ana Ruiz -> Bolivia)"}, nil},
		// an object before the apposition is still found
		{"Chile held talks with Peru, a close ally, on Monday.", []string{"MET_WITH(Chile -> Peru)"}, nil},
	})
}

// TestRequestedActs checks that an act another party is asked to do is
// not stated even for types whose own plans count, while the doer's own
// plan still is.
func TestRequestedActs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile asked Peru and Bolivia to raise the issue with Iran.", nil,
			[]string{"COMMUNICATES_WITH(Peru -> Iran)", "COMMUNICATES_WITH(Iran -> Peru)", "COMMUNICATES_WITH(Bolivia -> Iran)"}},
		{"Chile urged Peru to deploy Patriot missiles.", nil, []string{"DEPLOYS(Peru -> Patriot)"}},
		{"Chile plans to raise the issue with Iran.", []string{"COMMUNICATES_WITH(Chile -> Iran)"}, nil},
		{"Peru plans to deploy Patriot missiles.", []string{"DEPLOYS(Peru -> Patriot)"}, nil},
		// a plan noun with its doer after it: no one is asked
		{"Chile opposes the plan by Peru to deploy Patriot missiles.", []string{"DEPLOYS(Peru -> Patriot)"}, nil},
	})
}

// TestApposedObjectBeforePronoun checks that a "he" opening a quote's
// attribution is the earlier sentence's subject, not a person apposed to
// its object, and still the nearest person when that is the subject.
func TestApposedObjectBeforePronoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"General Ana Ruiz met the Peruvian army chief, General Luis Vega, at the airport. \"We had a useful talk,\" she told Radio Chile.",
			[]string{"QUOTES(Radio Chile -> Ana Ruiz)"}, []string{"QUOTES(Radio Chile -> Luis Vega)"}},
		{"Luis Vega met Chile's president on Monday. \"We had a useful talk,\" he told Radio Chile.",
			[]string{"QUOTES(Radio Chile -> Luis Vega)"}, nil},
	})
}

// TestTitledPersonApposed checks that a body's title after "and", with its
// holder apposed after a comma, names the holder as the list member, not
// the body that modifies the title; a title with no name stays nothing.
func TestTitledPersonApposed(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The ceasefire was signed by Aslan Maskhadov and the then Security Council secretary, Aleksandr Lebed.",
			[]string{"SUPPORTS(Aleksandr Lebed -> ceasefire)", "SUPPORTS(Aslan Maskhadov -> ceasefire)"},
			[]string{"SUPPORTS(United Nations Security Council -> ceasefire)"}},
		{"Ana Soto held talks with Peru and the UN envoy, Luis Vega.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, []string{"MET_WITH(United Nations -> Ana Soto)"}},
		// no comma: as before
		{"Ana Soto held talks with Peru and UK Defence Secretary Grant Shapps.", []string{"MET_WITH(Ana Soto -> Grant Shapps)"}, nil},
	})
}

// TestNounAgentConjoinedInfinitive checks that a noun cue's agent after
// "from" is not sought in a second "to" clause conjoined after the noun's
// phrase, while "the threat to Estonia from Russia" keeps its agent.
func TestNounAgentConjoinedInfinitive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto has threatened to end joint military exercises with Chile and to buy weapons from Russia instead.", nil,
			[]string{"COOPERATES_WITH(Chile -> Russia)", "COOPERATES_WITH(Russia -> Chile)"}},
		{"Peru has held joint exercises with Chile and Russia.", []string{"COOPERATES_WITH(Peru -> Russia)"}, nil},
	})
}
