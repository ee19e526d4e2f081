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
		{"The Kestrel Alliance brings together the Kestrel Front (KF) and the Amal Movement.",
			[]string{"MEMBER_OF(Kestrel Front -> Kestrel Alliance)", "MEMBER_OF(Amal Movement -> Kestrel Alliance)"},
			[]string{"PART_OF(Kestrel Front -> Kestrel Alliance)"}},
	})
}
