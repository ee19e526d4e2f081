package extract

import "testing"

// TestOppositionLeaderParty checks that an opposition leader (titles.yaml
// sort: party) is held in the one party in view, not in his state; with
// two parties in view, in neither.
func TestOppositionLeaderParty(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Opposition leader Jon Berg said the Kestrel Party would vote against the accord in parliament.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)"}, nil},
		{"The Kestrel Party and the Andes Party met on Monday. Opposition leader Jon Berg said the accord was a mistake.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)", "HOLDS_OFFICE(Jon Berg -> Andes Party)"}},
	})
}

// TestSpokenGuessAgrees checks that a state's title written with no
// state is held for the state the article's guess (the subject of the
// sentence before) and the reported clause agree on, also in a story
// datelined from another state; when they disagree, for neither.
func TestSpokenGuessAgrees(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Border talks collapse\n\nQUITO, May 2 - The border talks ended on Monday. Chile broke off the talks. Interior Minister Jon Berg said Chile would close the crossings.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{"Border talks collapse\n\nQUITO, May 2 - The border talks ended on Monday. Chile broke off the talks. Interior Minister Jon Berg said Peru would close the crossings.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)"}},
	})
}

// TestRankBesidePost checks that a military rank bound to a state is
// left out when the same sentence gives the person a post in a body of
// that state ("General X, the head of Chile's Southern Command"), and
// kept when no such post is named.
func TestRankBesidePost(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean General Jane Roe, the head of Chile's Southern Command, visited Lima on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile's Southern Command)"}, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Chilean General Jane Roe visited Lima on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Chilean General Jane Roe visited Lima on Monday. She met Jon Berg, the head of Chile's Southern Command.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
}

// TestWholeInView checks that a title of an organization's sort written
// with none (a secretary-general) is held in the whole when the bodies
// of that sort in view are the whole and its parts (organizations.yaml
// parent), and in none when two unrelated ones are in view.
func TestWholeInView(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"NATO's North Atlantic Council gathered in Brussels at Chile's request. Secretary General Jane Roe said the allies were united.",
			[]string{"HOLDS_OFFICE(Jane Roe -> NATO)"}, []string{"HOLDS_OFFICE(Jane Roe -> North Atlantic Council)"}},
		{"The Organization of American States and the African Union met in Brussels on Tuesday. Secretary General Jane Roe said the talks were useful.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Organization of American States)", "HOLDS_OFFICE(Jane Roe -> African Union)"}},
	})
}

// TestCreditedOutletLine checks a public broadcaster credited on the
// line under the headline ("Published ... | Radio Sweden"): its state's
// official opening a sentence is that state's.
func TestCreditedOutletLine(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Navy widens search\n\nPublished Monday 20 October 2014 | Radio Sweden\n\nThe navy searched Swedish waters again on Monday. A tanker waited outside the area. Foreign Minister Jane Roe said the ministry had no contact with the embassy.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Sweden)"}, nil},
	})
}

// TestWhoseRespective checks a plural title after "whose" and a list of
// states: as many names as states hold it one each, in order; a count
// that does not match binds none (not the first name to the last state);
// a single body keeps its one holder.
func TestWhoseRespective(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, Peru and Bolivia, whose presidents Jane Roe, Jon Berg and Ana Soto have kept channels open to Quito, abstained.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)", "HOLDS_OFFICE(Ana Soto -> Bolivia)"},
			[]string{"HOLDS_OFFICE(Jane Roe -> Bolivia)", "HOLDS_OFFICE(Ana Soto -> Chile)"}},
		{"Chile and Peru, whose presidents Jane Roe, Jon Berg and Ana Soto met, abstained.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)", "HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"The Kestrel Front, whose leader Jon Berg fled, abstained.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
	})
}
