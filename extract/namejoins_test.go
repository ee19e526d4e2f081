package extract

import "testing"

// TestNameJoins covers where a name starts and ends around possessives,
// honorifics, particles and trades:
//   - possessive description: a state's possessive, lower-case words that
//     describe a proper name, and the name: the name is its own, owned by
//     the state, without the possessive or the description ("Libya's
//     official agency JANA" is JANA); a body the lexicon knows as a
//     concept keeps its state ("Russia's powerful Foreign Ministry"), and
//     with no description the possessive stays in the name;
//   - honorific inside: an honorific before a capitalised word inside a
//     run of capitalised words opens a person's name and ends the name
//     before it ("the Vorn Palace Mr Tavo Rei"); a stack of styles stays
//     one ("Rt Hon");
//   - particle joins: a lower-case particle carries a name on over a
//     word the lexicon knows ("Mocímboa da Praia" holds no Cape Verde),
//     also where no cue labels the name;
//   - trade descriptor: a trade or walk of life before a name
//     (namecues Person descriptors: "said fisherman Tavo Rei, 48") makes
//     it a person's; the noun with no name after it names nobody.
func TestNameJoins(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"possessive description", "Vornia's official agency VNA has denounced the raid.",
			[]string{"Organization:VNA"}, []string{"Organization:Vornia's official agency VNA"}},
		{"possessive description", "Lugo's allies in Argentina's ruling Kestrel Front organized a rally.",
			[]string{"Organization:Kestrel Front", "Country:Argentina"}, []string{"Organization:Argentina's ruling Kestrel Front"}},
		{"possessive description", "Officials of Kenya's main opposition Orange Unity Movement walked out.",
			[]string{"Organization:Orange Unity Movement"}, []string{"Organization:Kenya's main opposition Orange Unity Movement"}},
		{"possessive description", "On Monday Peru's state-run Andina agency quoted the minister.",
			[]string{"Organization:Andina"}, []string{"Organization:Peru's state-run Andina"}},
		{"possessive description", "Russia's powerful Foreign Ministry said nothing.",
			[]string{"Organization:Russian Foreign Ministry"}, []string{"Organization:Foreign Ministry"}},
		{"possessive description", "Chile's official news agency said nothing.",
			nil, []string{"Organization:Chile's official news agency"}},
		{"honorific inside", "The president received at the Vorn Palace Mr Tavo Rei on Monday.",
			[]string{"Facility:Vorn Palace", "Person:Tavo Rei"}, []string{"Person:Palace Mr Tavo Rei"}},
		{"honorific inside", "The emir welcomed at the Kestrel Palace Dr Ana Soto, the envoy.",
			[]string{"Person:Ana Soto"}, []string{"Person:Palace Dr Ana Soto", "Person:Kestrel Palace Dr Ana Soto"}},
		{"honorific inside", "Two directors of Kestrel Holdings Mrs Kent and Mr Ruiz resigned.",
			[]string{"Organization:Kestrel Holdings", "Person:Kent", "Person:Ruiz"}, []string{"Person:Kestrel Holdings Mrs Kent"}},
		{"honorific inside", "The Rt Hon Ana Varley MP spoke.",
			[]string{"Person:Ana Varley"}, []string{"Person:Hon Ana Varley"}},
		{"honorific inside", "Officials at Lord Howe Island said nothing.",
			nil, []string{"Person:Howe Island"}},
		{"particle joins", "Troops recaptured the port town of Vornaka da Praia on Sunday.",
			[]string{"Location:Vornaka da Praia"}, []string{"Country:Cape Verde", "Location:Vornaka da"}},
		{"particle joins", "Vornaka da Praia retaken as forces press on",
			nil, []string{"Country:Cape Verde", "Location:Vornaka da"}},
		{"particle joins", "Rebels fled after troops entered Ponta da Lima on Monday.",
			[]string{"Location:Ponta da Lima"}, []string{"Location:Lima", "Location:Ponta da"}},
		{"particle joins", "Delegates from Cape Verde met in Praia on Monday.",
			[]string{"Country:Cape Verde"}, nil},
		{"particle joins", "Officials of the Banco de Mexico said nothing.",
			[]string{"Organization:Banco de Mexico"}, []string{"Organization:Banco de"}},
		{"particle joins", "Tavo da Silva said the plan was dead.",
			[]string{"Person:Tavo da Silva"}, nil},
		{"trade descriptor", "\"We fished here for years,\" said fisherman Tavo Ruiz, 48.",
			[]string{"Person:Tavo Ruiz"}, nil},
		{"trade descriptor", "Farmer Ana Soto lost her land near the border.",
			[]string{"Person:Ana Soto"}, nil},
		{"trade descriptor", "Refugees told teacher Mara Olen that the road was closed.",
			[]string{"Person:Mara Olen"}, nil},
		{"trade descriptor", "Villagers said shopkeeper Ines Vorn had fled to the hills.",
			[]string{"Person:Ines Vorn"}, nil},
		{"trade descriptor", "The farmers of Kestrel Valley sold their crops.",
			nil, []string{"Person:Kestrel Valley"}},
	})
}
