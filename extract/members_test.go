package extract

import "testing"

// TestGroupMembers checks organizations defined by their members, and a
// cue whose phrase holds a negation.
func TestGroupMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mercosur is a trade bloc of four countries, Argentina, Brazil, Paraguay and Uruguay.",
			[]string{"MEMBER_OF(Argentina -> Mercosur)", "MEMBER_OF(Uruguay -> Mercosur)"}, nil},
		{"The Gulf Cooperation Council, which comprises Saudi Arabia, Kuwait and Qatar, issued a statement.",
			[]string{"MEMBER_OF(Saudi Arabia -> Gulf Cooperation Council)", "MEMBER_OF(Qatar -> Gulf Cooperation Council)"}, nil},
		{"NATO is not a group of Asian countries such as Japan and Korea.", nil, []string{"MEMBER_OF(Japan -> NATO)"}},
		{"The Commonwealth is a group of countries, Canada among them.", nil, []string{"MEMBER_OF(Canada -> Commonwealth of Nations)"}},
		{"Belgium is not a member of the Commonwealth.", nil, []string{"MEMBER_OF(Belgium -> Commonwealth of Nations)"}},
		{"The front is largely made up of Hezbollah fighters.", nil, nil},
		{"The Lebanese Front is mainly made up of Hezbollah and Amal.", []string{"PART_OF(Hezbollah -> Lebanese Front)", "PART_OF(Amal Movement -> Lebanese Front)"}, nil},
		{"Ireland is a member of the European Union.", []string{"MEMBER_OF(Ireland -> European Union)"}, nil},
		// an adverb between the relative word and the verb: "which also includes"
		{"Peru turned to Mercosur, the bloc that also includes Argentina, Brazil and Uruguay.",
			[]string{"MEMBER_OF(Argentina -> Mercosur)", "MEMBER_OF(Brazil -> Mercosur)", "MEMBER_OF(Uruguay -> Mercosur)"},
			[]string{"MEMBER_OF(Peru -> Mercosur)"}},
		{"The Gulf Cooperation Council, which now comprises Saudi Arabia, Kuwait and Qatar, met in May.",
			[]string{"MEMBER_OF(Kuwait -> Gulf Cooperation Council)", "MEMBER_OF(Qatar -> Gulf Cooperation Council)"}, nil},
		{"NATO, which still does not include Sweden and Finland, met in May.", nil, []string{"MEMBER_OF(Sweden -> NATO)"}},
		{"The Kestrel Alliance brings together the Kestrel Front (KF) and the Amal Movement.",
			[]string{"MEMBER_OF(Kestrel Front -> Kestrel Alliance)", "MEMBER_OF(Amal Movement -> Kestrel Alliance)"},
			[]string{"PART_OF(Kestrel Front -> Kestrel Alliance)"}},
	})
}

// TestWhichMembers checks members named in a relative clause after a
// body's or a treaty's name: "of which A is a member", "whose members
// include A and B", "to which A and B are party".
func TestWhichMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Vanuatu spoke for the Coral Sea Forum, of which Fiji is a member.",
			[]string{"MEMBER_OF(Fiji -> Coral Sea Forum)"}, []string{"MEMBER_OF(Vanuatu -> Coral Sea Forum)"}},
		{"Peru left the Kestrel Alliance, of which Chile and Bolivia are founding members.",
			[]string{"MEMBER_OF(Chile -> Kestrel Alliance)", "MEMBER_OF(Bolivia -> Kestrel Alliance)"}, nil},
		{"The Kestrel Group, whose member states are Chile and Bolivia, met in May.",
			[]string{"MEMBER_OF(Chile -> Kestrel Group)", "MEMBER_OF(Bolivia -> Kestrel Group)"}, nil},
		{"Peru joined the Kestrel Alliance, whose members include Chile and Bolivia.",
			[]string{"MEMBER_OF(Chile -> Kestrel Alliance)", "MEMBER_OF(Bolivia -> Kestrel Alliance)"}, nil},
		{"Chile relies on the United Nations Convention on the Law of the Sea, to which both Peru and Bolivia are party.",
			[]string{"SUPPORTS(Peru -> UNCLOS)", "SUPPORTS(Bolivia -> UNCLOS)"}, nil},
		{"Fiji, speaking for the Melanesian Spearhead Group (MSG), of which the Kestrel Front is a member, urged calm.",
			[]string{"MEMBER_OF(Kestrel Front -> Melanesian Spearhead Group)"}, nil},
		{"The summit of NATO, of which Sweden is not a member, ended.", nil, []string{"MEMBER_OF(Sweden -> NATO)"}},
		{"Peru left the Kestrel Alliance, of which Chile and Bolivia are the leaders.", nil, []string{"MEMBER_OF(Chile -> Kestrel Alliance)"}},
		{"The Kestrel Alliance, of which Chile said Bolivia is a member, met.", nil, []string{"MEMBER_OF(Chile -> Kestrel Alliance)"}},
	})
}

// TestContingentMembers checks a body's members named by the forces they
// send after ", with", the body named or an "it" standing for it.
func TestContingentMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The force, known as UNIFIL, is commanded by General Ana Soto. It will eventually number around 6,000, with contingents from Peru, Chile and Bolivia.",
			[]string{"MEMBER_OF(Peru -> UNIFIL)", "MEMBER_OF(Chile -> UNIFIL)", "MEMBER_OF(Bolivia -> UNIFIL)"}, nil},
		{"UNIFIL opened its headquarters in May, with troops from Ghana and Nepal.",
			[]string{"MEMBER_OF(Ghana -> UNIFIL)", "MEMBER_OF(Nepal -> UNIFIL)"}, nil},
		{"The European Union held a summit on Monday, with officials from Norway attending.",
			nil, []string{"MEMBER_OF(Norway -> European Union)"}},
		{"NATO struck the depot and Serbia, with soldiers from Russia, fought back.",
			nil, []string{"MEMBER_OF(Russia -> NATO)"}},
		{"NATO met Peru on Monday, with troops from Chile nearby.",
			nil, []string{"MEMBER_OF(Chile -> NATO)"}},
	})
}

// TestPartnersInBlocMembers checks that partners or allies "in" an
// intergovernmental body are all its members, while a body of another
// kind after "allies in" is said of no one.
func TestPartnersInBlocMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The foreign ministers of Chile and Brazil, Peru's partners in Mercosur, flew to Lima on Monday.",
			[]string{"MEMBER_OF(Chile -> Mercosur)", "MEMBER_OF(Brazil -> Mercosur)", "MEMBER_OF(Peru -> Mercosur)", "COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Chile, Peru's partner in NATO, criticized Bolivia.",
			[]string{"MEMBER_OF(Chile -> NATO)", "MEMBER_OF(Peru -> NATO)"}, []string{"MEMBER_OF(Bolivia -> NATO)"}},
		{"Turkey and its allies in NATO rejected the plan.", []string{"MEMBER_OF(Turkey -> NATO)"}, nil},
		{"Iran and its allies in Hezbollah rejected the plan.", nil, []string{"MEMBER_OF(Iran -> Hezbollah)"}},
		{"Chile is Peru's main partner.", nil, []string{"MEMBER_OF(Chile -> Peru)"}},
	})
}

// TestAsMember checks a membership stated as the role in which states
// act (words.yaml member_roles): the list right before "as" is MEMBER_OF
// the body after the role and "of"; not an actor farther from "as", nor
// a person, nor another role.
func TestAsMember(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The truce was brokered by Chile, Peru and Brazil as co-chairs of the Kestrel Contact Group.",
			[]string{"MEMBER_OF(Chile -> Kestrel Contact Group)", "MEMBER_OF(Peru -> Kestrel Contact Group)", "MEMBER_OF(Brazil -> Kestrel Contact Group)"}, nil},
		{"Chile, as a founding member of the Andean Council, backed the plan.",
			[]string{"MEMBER_OF(Chile -> Andean Council)"}, nil},
		{"Peru joined the talks as a member of the Andean Council.",
			nil, []string{"MEMBER_OF(Peru -> Andean Council)"}},
		{"Chile spoke as host of the Andean Council.",
			nil, []string{"MEMBER_OF(Chile -> Andean Council)"}},
		{"Jane Roe, as a member of the Andean Council, backed the plan.",
			nil, []string{"MEMBER_OF(Jane Roe -> Andean Council)"}},
	})
}
