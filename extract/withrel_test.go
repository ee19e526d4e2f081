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
