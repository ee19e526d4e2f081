package extract

import "testing"

// entityCase is an article text with the entities it must and must not
// yield (checkEntities).
type entityCase struct {
	name, text string
	want, not  []string
}

// labelCount is an article text with how many entities of one label it
// must yield; why says what the count stands for.
type labelCount struct {
	text, label string
	n           int
	why         string
}

// checkLabelCounts checks each case's count of entities of its label.
func checkLabelCounts(t *testing.T, cases []labelCount) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		if n := countLabel(g, c.label); n != c.n {
			t.Errorf("%q: want %s, got %v", c.text, c.why, keys(entitySet(g)))
		}
	}
}

// TestEntB4Names checks names read whole or apart:
//   - agreement of place: a capitalised agreement head before "of" and a
//     town or capital the lexicon knows is one agreement named by where it
//     was signed, with no mention of the town or of its state (an
//     organization's "of" and a place still end the name);
//   - body treaty: an international body's name before a lower-case
//     "treaty" or "charter" ending the phrase names that body's treaty,
//     while the body before another noun stays the body;
//   - consulate: a state's consulate is that state's body, as its embassy
//     is (a bare "the consulate" names none: TestEntB4Counts);
//   - mountain range: "Cordillera" opens a place's name like "Mount", and
//     a prefix does not take a name the lexicon knows whole ("Cape Verde"
//     is the state);
//   - designator conjunct: a designator alone coordinated with a named
//     weapon model is a model too, and alone names nothing;
//   - list name: an act's or a plan's name listing common words with
//     commas and "and" before its head is one name, while states listed so
//     stay three.
func TestEntB4Names(t *testing.T) {
	for _, c := range []entityCase{
		{"agreement of place", "Chile and Bolivia still respect the Treaty of Lima signed in 1929.",
			[]string{"Agreement:Treaty of Lima"}, []string{"Country:Peru", "Location:Lima"}},
		{"agreement of place", "Officials cited the Protocol of Rio de Janeiro on Monday.",
			[]string{"Agreement:Protocol of Rio de Janeiro"}, []string{"Location:Rio de Janeiro"}},
		{"agreement of place", "The Ministry of Defence of Peru said nothing.",
			nil, []string{"Agreement:Ministry of Defence of Peru"}},
		{"body treaty", "Belarus invoked the Union State treaty on Monday.",
			[]string{"Agreement:Union State treaty"}, []string{"Organization:Union State of Russia and Belarus"}},
		{"body treaty", "The ministers amended the ASEAN charter on Monday.",
			[]string{"Agreement:ASEAN charter"}, []string{"Organization:ASEAN"}},
		{"body treaty", "The Union State summit opened on Monday.",
			[]string{"Organization:Union State of Russia and Belarus"}, []string{"Agreement:Union State summit"}},
		{"body treaty", "The EU treaty talks collapsed.",
			[]string{"Organization:European Union"}, nil},
		{"consulate", "Protesters gathered outside the Chilean consulate in Tacna on Monday.",
			[]string{"Organization:Chilean consulate", "Location:Tacna"}, nil},
		{"mountain range", "Snow closed the passes of the Cordillera del Vorn last week.",
			[]string{"Location:Cordillera del Vorn"}, nil},
		{"mountain range", "Troops from Cape Verde arrived on Monday.",
			[]string{"Country:Cape Verde"}, []string{"Location:Cape Verde"}},
		{"designator conjunct", "Rebels shot down two Su-25s and an L-39 on Monday.",
			[]string{"WeaponSystem:L-39", "WeaponSystem:Su-25"}, nil},
		{"designator conjunct", "An L-39 and two Su-25 jets crashed near the border.",
			[]string{"WeaponSystem:L-39"}, nil},
		{"designator conjunct", "Trucks drove along the A-1 and the coast road.",
			nil, []string{"WeaponSystem:A-1"}},
		{"list name", "Parliament passed the Truth, Healing and Unity Bill in May.",
			[]string{"Agreement:Truth, Healing and Unity Bill"}, []string{"Agreement:Unity Bill"}},
		{"list name", "The Peace, Security, and Development Plan was adopted in May.",
			[]string{"Program:Peace, Security, and Development Plan"}, nil},
		{"list name", "Chile, Peru and Bolivia signed the pact.",
			[]string{"Country:Chile", "Country:Peru", "Country:Bolivia"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntities(t, c.text, c.want, c.not) })
	}
}

// TestEntB4Counts checks that a bare "the consulate" names no body; that a
// singular class noun right before a named ship is that ship, no generic
// class of its own, and that a model's "Block" variant is the model; and
// that a generic programme named by a reduced relative after it (",
// known as X", ", called X") is that named one, no programme of its own.
func TestEntB4Counts(t *testing.T) {
	checkLabelCounts(t, []labelCount{
		{"Protesters gathered outside the consulate on Monday.", "Organization", 0, "no organization"},
		{"The aircraft carrier USS Kestrel arrived in Busan on Tuesday.", "WeaponSystem", 1, "one weapon"},
		{"Chile will receive 50 Tomahawk Block V cruise missiles in 2027.", "WeaponSystem", 1, "one weapon"},
		{"Chile will join the disarmament mission, known as Operation Kestrel Harvest, in June.", "Program", 1, "one programme"},
		{"Chile will join the disarmament mission, and Peru praised Operation Kestrel Harvest.", "Program", 2, "two programmes"},
	})
}
