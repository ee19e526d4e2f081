package extract

import "testing"

// TestStateNamedCarriers checks a state's national corporation or
// broadcaster named with the state's name (namecues state_heads, read
// by name.go demonymInName), with what must not come out.
func TestStateNamedCarriers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenya said the Kenya Pipeline Corporation would resume deliveries.", []string{"PART_OF(Kenya Pipeline Corporation -> Kenya)"}, nil},
		{"Ghana's president spoke on Ghana Television on Monday.", []string{"PART_OF(Ghana Television -> Ghana)"}, nil},
		// no such head: no body of the state
		{"Ukraine thanked the Ukraine Defense Contact Group on Monday.", nil, []string{"PART_OF(Ukraine Defense Contact Group -> Ukraine)"}},
	})
}

// TestPartAfterDescription checks a body named in apposition after its
// description as another organization's part (located.go
// partAfterDescription), with what must not come out.
func TestPartAfterDescription(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"He said Hezbollah's military wing, the Vorn Brigades, would hold its fire.", []string{"PART_OF(Vorn Brigades -> Hezbollah)"}, nil},
		{"The Vorn Front said its armed wing, the Kestrel Brigades, had withdrawn.", []string{"PART_OF(Kestrel Brigades -> Vorn Front)"}, nil},
		// no part noun, or no name ending the phrase
		{"He said Hezbollah's main rival, the Amal Movement, would hold its fire.", nil, []string{"PART_OF(Amal Movement -> Hezbollah)"}},
		{"Hamas's armed wing, the Qassam Brigades and Islamic Jihad fired rockets.", nil, []string{"PART_OF(Islamic Jihad -> Hamas)"}},
	})
}

// TestMembersBySeatAndFounding checks membership stated by a seat held on
// a body (members.go seatMembers) and by a member's modifier after a copula
// (relate.go partNounAfter, words.yaml member_modifiers), with what must
// not come out.
func TestMembersBySeatAndFounding(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ghana, which has held a Security Council seat since January, abstained.", []string{"MEMBER_OF(Ghana -> United Nations Security Council)"}, nil},
		{"The Security Council met. Malta has one of the council's ten elected seats.", []string{"MEMBER_OF(Malta -> United Nations Security Council)"}, nil},
		{"Chile and Peru are founding members of the Pacific Alliance.", []string{"MEMBER_OF(Chile -> Pacific Alliance)", "MEMBER_OF(Peru -> Pacific Alliance)"}, nil},
		// a seat not held, a seat that is a place, a modifier that is no member's
		{"Ghana does not hold a seat on the Security Council.", nil, []string{"MEMBER_OF(Ghana -> United Nations Security Council)"}},
		{"Ghana holds a seat in Geneva.", nil, []string{"MEMBER_OF(Ghana -> Geneva)"}},
		{"Chile and Peru are former members of the Pacific Alliance.", nil, []string{"MEMBER_OF(Chile -> Pacific Alliance)"}},
	})
}

// TestDescribedWholes checks a part noun's whole named past its demonym
// and descriptors (relate.go describedOwned), with what must not come out.
func TestDescribedWholes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Acme Copper, a subsidiary of the Chinese firm Vorn, bought the mine.", []string{"PART_OF(Acme Copper -> Vorn)"}, nil},
		// a demonym owning no name
		{"Acme Copper, a subsidiary of the Chinese state, bought the mine.", nil, []string{"PART_OF(Acme Copper -> China)"}},
	})
}
