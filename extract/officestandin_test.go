package extract

import "testing"

// TestTitleOfBodyInPlace checks that a name apposed to "the TITLE of
// BODY" holds the title past the place the body serves in ("the head of
// the Kestrel mission in Tacna, X") and past the name's own demonym title
// ("Peruvian diplomat X"), while a staff title apposed there or a name
// after a clause ("..., spokesman X said") holds nothing of the body.
func TestTitleOfBodyInPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The head of the Kestrel Monitoring Mission in Tacna, Jon Berg, said the truce held.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Monitoring Mission)"}, nil},
		{"The head of the Kestrel Monitoring Mission, Peruvian diplomat Jon Berg, said the truce held.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Monitoring Mission)", "HOLDS_OFFICE(Jon Berg -> Peru)"}, nil},
		{"The commander of the Kestrel Brigade in Chile, Major General Ana Ruiz, ordered a retreat.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Brigade)"}, nil},
		{"The head of the Kestrel Monitoring Mission in Tacna, spokesman Jon Berg said, was away.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Monitoring Mission)"}},
	})
}

// TestStandIns checks that the name apposed to a person's deputy or
// successor ("Roe's deputy, X", "his successor, X") holds office where
// that person does, and that a stand-in noun with no name apposed, or a
// person with no office bound, gives nothing.
func TestStandIns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's interior minister, Jon Berg, visited the town. His deputy, Tom Roe, accused the rebels.",
			[]string{"HOLDS_OFFICE(Tom Roe -> Chile)"}, nil},
		{"Jon Berg, head of the Kestrel Agency, resigned in May. Berg's successor, General Tom Roe, said the truth was out.",
			[]string{"HOLDS_OFFICE(Tom Roe -> Kestrel Agency)"}, nil},
		{"Jon Berg, head of the Kestrel Agency, resigned in May. Berg's successor will be named soon, Tom Roe said.",
			nil, []string{"HOLDS_OFFICE(Tom Roe -> Kestrel Agency)"}},
		{"Jane Roe visited Lima. Her deputy, Tom Vale, stayed home.",
			nil, []string{"HOLDS_OFFICE(Tom Vale -> Peru)"}},
	})
}

// TestMilitaryTitleForms checks ranks and posts of the field written in
// their own forms: a Commonwealth army's General Officer Commanding (not
// a rank "General" before a name "Officer Commanding"), a Russian
// colonel-general, and the Holy See's nuncio.
func TestMilitaryTitleForms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The unit is led by Lt Gen Tom Roe, General Officer Commanding-in-Chief of the Kestrel Command.",
			[]string{"HOLDS_OFFICE(Tom Roe -> Kestrel Command)"}, nil},
		{"Chilean Colonel-General Tom Roe accused the rebels.",
			[]string{"HOLDS_OFFICE(Tom Roe -> Chile)"}, nil},
		{"The Apostolic Nuncio in Lima, Archbishop Jon Berg, attended the rite as envoy of the Holy See.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Vatican)"}, nil},
	})
}

// TestSharedAffiliationOwnComplement checks that a title joined by "and"
// to a bound title shares its state or body only when it has no "of"
// complement of its own: "the commander of the militia army" is no
// post of the council named with the first title.
func TestSharedAffiliationOwnComplement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kestrel Security Council Secretary Jon Berg and the commander of the militia army, Tom Vale, signed a statement.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Security Council)"}, []string{"HOLDS_OFFICE(Tom Vale -> Kestrel Security Council)"}},
		{"Israeli Prime Minister Jon Berg and Energy Minister Tom Vale visited the site.",
			[]string{"HOLDS_OFFICE(Tom Vale -> Israel)"}, nil},
	})
}
