package extract

import "testing"

// TestWithRelative checks that a relative clause opened by "with which"
// or "with whom" relates its subject to the actor it follows by the
// clause's cue that ends in "with", that an agreement named there is
// both sides', and that a negated, hedged or cue-less clause states
// nothing.
func TestWithRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The crisis exposed the navy's dependence on Brazil, with which Peru has a 1990 Mutual Defence Treaty.",
			[]string{"COOPERATES_WITH(Brazil -> Peru)", "SUPPORTS(Peru -> Mutual Defence Treaty)", "SUPPORTS(Brazil -> Mutual Defence Treaty)"}, nil},
		{"Brazil, with which Peru signed a defence pact in 1990, protested.", []string{"COOPERATES_WITH(Brazil -> Peru)"}, nil},
		{"Juan Vega, with whom Ana Soto held talks in May, resigned.", []string{"MET_WITH(Ana Soto -> Juan Vega)"}, nil},
		{"Brazil, with which Peru has never signed a treaty, protested.", nil, []string{"COOPERATES_WITH(Brazil -> Peru)"}},
		{"Brazil, with which Peru may sign a treaty, protested.", nil, []string{"COOPERATES_WITH(Brazil -> Peru)"}},
		{"Chile, with which Peru shares a border, protested.", nil, []string{"COOPERATES_WITH(Chile -> Peru)", "COMMUNICATES_WITH(Chile -> Peru)"}},
	})
}

// TestFromAfterInfinitive checks that the "from" phrase of a conjoined
// infinitive names that verb's other side, not the doer of the noun cue
// before it, while a noun's own "from" still names its doer.
func TestFromAfterInfinitive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru threatened to end joint military exercises with Chile and to buy weapons from Argentina and Uruguay.", nil,
			[]string{"COOPERATES_WITH(Argentina -> Chile)", "COOPERATES_WITH(Chile -> Uruguay)"}},
		{"The threat to Estonia from Russia worried Chile.", []string{"THREATENS(Russia -> Estonia)"}, nil},
	})
}

// TestTalkedToOutlet checks that talking to a named outlet is the outlet
// quoting the speaker, as speaking to it is.
func TestTalkedToOutlet(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's minister Ana Soto talked to Reuters on Monday.", []string{"QUOTES(Reuters -> Ana Soto)"}, nil},
		{"Talking to Reuters on Monday, Peru's minister Ana Soto said the border was open.", []string{"QUOTES(Reuters -> Ana Soto)"}, nil},
	})
}

// TestAssurancesGiven checks that assurances or guarantees given,
// received or sought are words exchanged (COMMUNICATES_WITH), also with
// the noun in quotation marks, while goods given stay SUPPLIES.
func TestAssurancesGiven(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru gave assurances to Chile on Monday.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, []string{"SUPPLIES(Peru -> Chile)"}},
		{"Peru received assurances from Chile that the pipeline would stay open.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, []string{"SUPPLIES(Chile -> Peru)"}},
		{`Peru's minister Ana Soto said Lima had received "guarantees" from Santiago on gas supplies.`, []string{"COMMUNICATES_WITH(Chile -> Peru)"}, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Peru sought firm guarantees from Chile.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Peru gave rifles to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, []string{"COMMUNICATES_WITH(Peru -> Chile)"}},
	})
}

// TestJointPatrolsBegun checks that beginning, starting or launching
// joint patrols, exercises or drills is cooperation of those who do it,
// also in a "to" clause after an agreement with a third party, and that a
// hoped-for or possible start states nothing.
func TestJointPatrolsBegun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia and Ecuador have agreed with Peru to begin joint naval patrols on Lake Titicaca next month.",
			[]string{"COOPERATES_WITH(Bolivia -> Ecuador)", "COOPERATES_WITH(Bolivia -> Peru)", "COOPERATES_WITH(Ecuador -> Peru)"}, nil},
		{"Bolivia and Ecuador launched joint patrols on the lake.", []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}, nil},
		{"Bolivia launched joint patrols with Ecuador in May.", []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}, nil},
		{"Bolivia wants to begin joint patrols with Ecuador.", nil, []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}},
		{"Bolivia and Ecuador may start joint drills.", nil, []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}},
	})
}

// TestAskedFor checks that asking or appealing to an actor for help or an
// answer is a communication with it, that asking it to act stays an
// invitation, and that a negated request states nothing.
func TestAskedFor(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Defence Minister Ana Soto said that Peru had asked NATO for expert assistance.", []string{"COMMUNICATES_WITH(Peru -> NATO)"}, nil},
		{"Peru appealed to the United Nations for aid.", []string{"COMMUNICATES_WITH(Peru -> United Nations)"}, nil},
		{"Peru asked Chile to join the pact.", []string{"INVITES(Peru -> Chile)"}, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
		{"Peru did not ask NATO for help.", nil, []string{"COMMUNICATES_WITH(Peru -> NATO)"}},
	})
}

// TestTitleAppositionConjunct checks that a conjunct written as a title
// with the person apposed after a comma ("and the Chilean defence
// minister, Juan Vega", "and the then Security Council secretary, Juan
// Vega") is the person, not the title's state or body.
func TestTitleAppositionConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The war ended with the Lima accords signed by Ana Soto and the then Security Council secretary, Juan Vega.",
			[]string{"COOPERATES_WITH(Ana Soto -> Juan Vega)", "SUPPORTS(Juan Vega -> Lima accords)"},
			[]string{"COOPERATES_WITH(United Nations Security Council -> Ana Soto)", "SUPPORTS(United Nations Security Council -> Lima accords)"}},
		{"The war ended with the Lima accords signed by Ana Soto and the Chilean defence minister, Juan Vega.",
			[]string{"COOPERATES_WITH(Ana Soto -> Juan Vega)", "SUPPORTS(Juan Vega -> Lima accords)"}, nil},
		{"Peru condemned Bolivia and the Chilean defence minister, Juan Vega.",
			[]string{"CRITICIZES(Peru -> Bolivia)", "CRITICIZES(Peru -> Juan Vega)"}, nil},
	})
}

// TestAdverbialSince checks that "since" between a form of "have" and
// the verb ("has since criticized") is an adverb, not a subordinator that
// opens a clause of its own: the verb's subject before it is the cue's
// source, for the parse and for the surface; "since" opening a clause
// still ends the subject's reach.
func TestAdverbialSince(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chad has since criticized Niger over the border closure.", []string{"CRITICIZES(Chad -> Niger)"}, nil},
		{"Ghana has since sent troops to fight alongside Togo.", []string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
		{"Two weeks later Peru had since recalled its envoy and condemned Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"The Chilean navy has since then shelled Arica.", []string{"ATTACKS(Chilean navy -> Arica)"}, nil},
		{"Bolivia and Paraguay have since signed a defence pact.", []string{"COOPERATES_WITH(Bolivia -> Paraguay)"}, nil},
		{"Peru was calm since Chile condemned Bolivia.", []string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
	})
}
