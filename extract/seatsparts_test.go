package extract

import "testing"

// TestSeatsOfDescribedBodies checks seatIn on a body written as a
// description or a possessive pronoun before its one seat ("the
// alliance's headquarters in Mons", "the court's seat in The Hague",
// "its headquarters in Vienna"), with what must not come out: many
// offices, or a noun that is no seat.
func TestSeatsOfDescribedBodies(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"NATO said it would send more ships. On Monday its chief spoke at the alliance's headquarters in Mons.",
			[]string{"LOCATED_IN(NATO -> Mons)"}, nil},
		{"The International Criminal Court issued a warrant, its registrar said at the court's seat in The Hague.",
			[]string{"LOCATED_IN(International Criminal Court -> The Hague)"}, nil},
		{"The OPEC secretary-general spoke to reporters at its headquarters in Vienna.", []string{"LOCATED_IN(OPEC -> Vienna)"}, nil},
		{"Gazprom's offices in Brussels were closed on Monday.", nil, []string{"LOCATED_IN(Gazprom -> Brussels)"}},
		{"NATO said the alliance's envoy in Kyiv had left.", nil, []string{"LOCATED_IN(NATO -> Kyiv)"}},
	})
}

// TestMembersListOpenedByThe checks that groupMembers reads a list of
// members whose first name opens with "the" ("which groups the Seychelles,
// Madagascar and Mauritius"), not only a bare one.
func TestMembersListOpenedByThe(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Meeting in Port Louis, the Indian Ocean Commission, a body which groups the Seychelles, Madagascar and Mauritius, chose a chairman.",
			[]string{"MEMBER_OF(Seychelles -> Indian Ocean Commission)", "MEMBER_OF(Madagascar -> Indian Ocean Commission)",
				"MEMBER_OF(Mauritius -> Indian Ocean Commission)"}, nil},
		{"Meeting in Port Louis with Madagascar, the Indian Ocean Commission, a body which groups the islands' fishermen, chose a chairman.",
			nil, []string{"MEMBER_OF(Madagascar -> Indian Ocean Commission)"}},
	})
}

// TestSubBodyDatedAndGrandparent checks two readings of a sub-body: a
// date after "on" ends a body's name ("the OAS Permanent Council on
// Monday" is the OAS's council), and a lexicon sub-body whose parent the
// article never names is part of the parent's parent of the same kind
// when the article names that ("the Senate Foreign Relations Committee"
// and Congress); not of a ministry over a navy.
func TestSubBodyDatedAndGrandparent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The OAS Permanent Council on Monday adopted a resolution on the crisis.",
			[]string{"PART_OF(OAS Permanent Council -> Organization of American States)"}, nil},
		{"Senator Lee, who sits on the Senate Foreign Relations Committee, told reporters Congress would review the deal.",
			[]string{"PART_OF(Senate Foreign Relations Committee -> U.S. Congress)"}, nil},
		{"The Pentagon said the US Seventh Fleet would sail on Monday.", nil, []string{"PART_OF(U.S. Seventh Fleet -> Pentagon)"}},
	})
}

// TestPresenceNounBased checks basedThing on a body's presence noun
// between its name and "based" ("a Foreign Legion garrison based in
// Djibouti"), with a noun that is no presence of the body as a negative.
func TestPresenceNounBased(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The raid used a Foreign Legion garrison based in Djibouti.", []string{"LOCATED_IN(French Foreign Legion -> Djibouti)"}, nil},
		{"Wagner Group fighters based in Mali crossed the border.", []string{"LOCATED_IN(Wagner Group -> Mali)"}, nil},
		{"A NATO analyst based in Mali wrote the study.", nil, []string{"LOCATED_IN(NATO -> Mali)"}},
	})
}
