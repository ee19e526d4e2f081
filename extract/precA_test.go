package extract

import "testing"

// TestDissentGroup checks that "opposition" determined by "the" with no
// stance complement, or owning something, names the dissenters (no
// OPPOSES), and that the stance noun still states one.
func TestDissentGroup(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto called on Peru to support the opposition's National Council, which seeks new elections.",
			nil, []string{"OPPOSES(Peru -> National Council)", "OPPOSES(Ana Soto -> National Council)"}},
		{"Diego Lanz said that talks between the government and the opposition, brokered by the Organization of American States, would resume in Lima.",
			nil, []string{"OPPOSES(Diego Lanz -> Organization of American States)", "OPPOSES(Diego Lanz -> Lima)"}},
		{"Chile has met the Peruvian opposition in Lima.", nil, []string{"OPPOSES(Chile -> Lima)", "OPPOSES(Chile -> Peru)"}},
		{"Peru voiced strong opposition to Chile's plan.", []string{"OPPOSES(Peru -> Chile)"}, nil},
		{"The government of Peru repeated the opposition of Lima to Chile's plan.", []string{"OPPOSES(Peru -> Chile)"}, nil},
	})
}

// TestAsClauseDoer checks that a verb cue in a clause opened by "as" with
// a subject of its own that names no entity is not the act of the main
// clause's subject, and that a named subject in the clause still acts.
func TestAsClauseDoer(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean peacekeepers are to patrol the frontier as crowds storm public offices in Lima.",
			nil, []string{"ATTACKS(Chile -> Lima)"}},
		{"Peru said it was ready to talk as rebels attacked Tacna.", nil, []string{"ATTACKS(Peru -> Tacna)"}},
		{"Peru protested as Chilean troops attacked Tacna.", nil, []string{"ATTACKS(Peru -> Tacna)"}},
		{"Chile, as expected, condemned Peru.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
	})
}

// TestVicinityOfObject checks that a body named after a vicinity
// preposition (words.yaml vicinity_preps) that follows a verb cue's
// unnamed object is where the object was, not the relation's other side,
// for every verb cue, and that the body right after the cue stays one.
func TestVicinityOfObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"\"This is a good outcome,\" Ana Soto told reporters outside the Peruvian Embassy.",
			nil, []string{"COMMUNICATES_WITH(Peruvian Embassy -> Ana Soto)", "COMMUNICATES_WITH(Ana Soto -> Peruvian Embassy)"}},
		{"Ana Soto met protesters outside the Peruvian Embassy in Santiago.",
			nil, []string{"MET_WITH(Ana Soto -> Peruvian Embassy)", "MET_WITH(Peruvian Embassy -> Ana Soto)"}},
		{"Ana Soto spoke to the French Embassy.", []string{"COMMUNICATES_WITH(French Embassy -> Ana Soto)"}, nil},
	})
}

// TestFrontedAgreementSubject checks that the name after a phrase
// fronted with "under" an agreement backs it only as the main clause's
// subject, not as a passive's agent after the verb.
func TestFrontedAgreementSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Under the Lima Accord, the new ferries will be supplied by the Kestrel Shipping Company.",
			nil, []string{"SUPPORTS(Kestrel Shipping Company -> Lima Accord)"}},
		{"Under the Lima Accord, Peru will return the port to Chile.", []string{"SUPPORTS(Peru -> Lima Accord)"}, nil},
		{"With French support, Chad retook the town.", []string{"SUPPORTS(France -> Chad)"}, nil},
	})
}
