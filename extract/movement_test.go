package extract

import "testing"

// TestShuttles checks that shuttling between places visits each place,
// and that shuttling between people visits none.
func TestShuttles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Norwegian envoy, Ola Berg, has shuttled between Khartoum and Juba since March.",
			[]string{"VISITS(Ola Berg -> Khartoum)", "VISITS(Ola Berg -> Juba)"}, nil},
		{"Ola Berg shuttled between the two delegations all week.", nil, []string{"VISITS(Ola Berg -> Norway)"}},
	})
}

// TestWhoseApposedSubject checks that a name apposed to the noun of a
// relative "whose" is the subject of the clause's verb ("whose envoy,
// Ola Berg, travelled"), while a relative clause closed before the main
// verb still leaves that verb to the antecedent's clause.
func TestWhoseApposedSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The talks were called by King Harald of Norway, whose envoy, Ola Berg, travelled to Khartoum in May.",
			[]string{"VISITS(Ola Berg -> Khartoum)"}, []string{"VISITS(Harald -> Khartoum)", "VISITS(King Harald -> Khartoum)"}},
		{"Chile, whose president, Ana Soto, visited Lima, has called for talks.", []string{"VISITS(Ana Soto -> Lima)"}, []string{"VISITS(Chile -> Lima)"}},
	})
}
