package extract

import "testing"

// TestShuttles checks that shuttling between places visits each place,
// and that shuttling between people visits none.
func TestShuttles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Norwegian envoy, Ola Berg, has shuttled between Khartoum and Juba since March.",
			[]string{"VISITS(Ola Berg -> Khartoum)", "VISITS(Ola Berg -> Juba)"}, nil},
		{"Ola Berg shuttled between the Chilean and Peruvian delegations all week.", nil, []string{"VISITS(Ola Berg -> Chile)", "VISITS(Ola Berg -> Peru)"}},
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

// TestAidCuts checks that cutting or freezing funding, aid or trade is a
// measure against the recipient, and that funding cut to a programme
// names no actor sanctioned.
func TestAidCuts(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kuwait, which cut its funding to Jordan last year, is weighing a new loan.", []string{"SANCTIONS(Kuwait -> Jordan)"}, nil},
		{"Denmark has cut off funding to Bolivia over the ruling.", []string{"SANCTIONS(Denmark -> Bolivia)"}, nil},
		{"Japan froze all trade with North Korea in 2006.", []string{"SANCTIONS(Japan -> North Korea)"}, nil},
		{"Chile cut funding to schools near the Peruvian border.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
	})
}

// TestDemonymOwners checks that demonyms listed before a noun cue each own
// it, and that a demonym before another noun of the sentence does not.
func TestDemonymOwners(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Egypt raised Iranian and Syrian arms shipments to Hamas with Sudan.",
			[]string{"SUPPLIES(Iran -> Hamas)", "SUPPLIES(Syria -> Hamas)"}, nil},
		{"Russian and Iranian strikes on Aleppo killed dozens.", []string{"ATTACKS(Russia -> Aleppo)", "ATTACKS(Iran -> Aleppo)"}, nil},
		{"French and Turkish officials discussed Syrian arms shipments to Hezbollah.",
			[]string{"SUPPLIES(Syria -> Hezbollah)"}, []string{"SUPPLIES(France -> Hezbollah)", "SUPPLIES(Turkey -> Hezbollah)"}},
	})
}

// TestFundedBy checks that work done "with funds from" a donor is funded
// by it (SUPPLIES donor -> doer), and that a passive with no doer named
// takes no recipient from its subject's noun.
func TestFundedBy(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Estonia opened a camp at Narva with funding from Japan.", []string{"SUPPLIES(Japan -> Estonia)"}, nil},
		{"UNICEF opened three clinics with funds from Norway.", []string{"SUPPLIES(Norway -> UNICEF)"}, nil},
		{"Estonia said the camp was opened with funding from Japan.", nil, []string{"SUPPLIES(Japan -> Estonia)"}},
	})
}

// TestLoyalForcesBacked checks that weapons backing forces loyal to named
// actors are those actors' (each actor named, not a demonym inside a
// party's name), and that routing a force attacks it.
func TestLoyalForcesBacked(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Forces loyal to General Ali Haidar, backed by T-72 tanks and Mi-24 gunships, retook the town.",
			[]string{"DEPLOYS(Ali Haidar -> T-72)", "DEPLOYS(Ali Haidar -> Mi-24)"}, nil},
		{"Units loyal to Ana Ruiz and her Chilean Unity Party (CUP), backed by tanks, seized the airport.",
			[]string{"DEPLOYS(Ana Ruiz -> tanks)", "DEPLOYS(Chilean Unity Party -> tanks)"}, []string{"DEPLOYS(Chile -> tanks)"}},
		{"Troops loyal to Chile said Peru, backed by tanks, had crossed the border.", nil, []string{"DEPLOYS(Chile -> tanks)"}},
		{"Chilean marines routed Peruvian troops near Tacna.", []string{"ATTACKS(Chile -> Peru)"}, nil},
	})
}
