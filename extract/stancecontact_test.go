package extract

import "testing"

// TestCallQuotedInfinitive checks that a call on an actor whose "to"
// opens a quotation still names the actor called on, and that a quoted
// phrase after a cue with no Then word changes nothing.
func TestCallQuotedInfinitive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The bloc's chairman, Luis Vera, called on Peru and Chile \"to exercise maximum restraint\".",
			[]string{"COMMUNICATES_WITH(Peru -> Luis Vera)", "COMMUNICATES_WITH(Chile -> Luis Vera)"}, nil},
		{"Ana Soto urged Bolivia \"to halt the shelling\" at once.", []string{"CRITICIZES(Ana Soto -> Bolivia)"}, nil},
		{"Ana Soto thanked Bolivia \"for its help\".", nil, []string{"COMMUNICATES_WITH(Ana Soto -> Bolivia)"}},
	})
}

// TestWarnedAgainst checks that warning an actor against what it does is
// criticism of it, and that a warning against something done to an actor
// or a warning of a fact is none.
func TestWarnedAgainst(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean Foreign Minister Ana Soto warned Peru against \"any interference\" in the vote.",
			[]string{"CRITICIZES(Ana Soto -> Peru)"}, nil},
		{"Ana Soto cautioned Bolivia against using the dispute as a pretext.", []string{"CRITICIZES(Ana Soto -> Bolivia)"}, nil},
		{"Ana Soto, Chile's foreign minister, warned Bolivia against any interference.", []string{"CRITICIZES(Ana Soto -> Bolivia)"}, nil},
		{"\"The border stays closed to Bolivia,\" warned Chilean minister Ana Soto.", nil, []string{"CRITICIZES(Ana Soto -> Bolivia)"}},
		{"Ana Soto warned Bolivia that the river was rising.", nil, []string{"CRITICIZES(Ana Soto -> Bolivia)"}},
		{"Ana Soto warned reporters against reading too much into the visit to Peru.", nil, []string{"CRITICIZES(Ana Soto -> Peru)"}},
	})
}

// TestAppealAndSessionRequest checks that an appeal for help names the
// ones appealed to, and that a request for a meeting of a body is
// addressed to the body; a meeting of people in a place is no such
// request (the cue's target is an organization).
func TestAppealAndSessionRequest(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Ana Soto appealed for help to Peru, Chile and Brazil.",
			[]string{"COMMUNICATES_WITH(Peru -> Ana Soto)", "COMMUNICATES_WITH(Chile -> Ana Soto)", "COMMUNICATES_WITH(Brazil -> Ana Soto)"}, nil},
		{"Bolivia has asked for a closed meeting of the UN Security Council.",
			[]string{"COMMUNICATES_WITH(Bolivia -> United Nations Security Council)"}, nil},
		{"On Friday Ana Soto called for a special session of the Organization of American States.",
			[]string{"COMMUNICATES_WITH(Organization of American States -> Ana Soto)"}, nil},
		{"Bolivia called for a meeting of experts in Lima.", nil, []string{"COMMUNICATES_WITH(Bolivia -> Lima)"}},
	})
}

// TestRemoteTalksCameo checks that a CAMEO cue of talks held at a
// distance is a call, and stays talks when held in person.
func TestRemoteTalksCameo(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto discussed the situation with Luis Vera by telephone on Tuesday.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Luis Vera)"}, []string{"NEGOTIATES_WITH(Ana Soto -> Luis Vera)"}},
		{"Ana Soto discussed the situation with Luis Vera in Lima on Tuesday.",
			[]string{"NEGOTIATES_WITH(Ana Soto -> Luis Vera)"}, []string{"COMMUNICATES_WITH(Ana Soto -> Luis Vera)"}},
	})
}
