package extract

import "testing"

// TestCollectiveSubjects checks that "the two countries", "both sides" as
// a cue's subject stand for the group of that size named just before, and
// that "each other" relates a plural subject's members both ways.
func TestCollectiveSubjects(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru signed a trade pact on Monday. Both countries also condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}, nil},
		{"Talks between Kenya and Uganda ended in Nairobi. The two countries later criticized Somalia.",
			[]string{"CRITICIZES(Kenya -> Somalia)", "CRITICIZES(Uganda -> Somalia)"}, nil},
		{"Serbia and Croatia blamed each other for the border incident.",
			[]string{"CRITICIZES(Serbia -> Croatia)", "CRITICIZES(Croatia -> Serbia)"}, nil},
		// a CAMEO phrase with the reciprocal inside: no other target after it
		{"Armenia and Azerbaijan accused each other of breaking a truce that Russia brokered.",
			[]string{"CRITICIZES(Armenia -> Azerbaijan)", "CRITICIZES(Azerbaijan -> Armenia)"},
			[]string{"CRITICIZES(Armenia -> Russia)", "CRITICIZES(Azerbaijan -> Russia)"}},
		// a group of another size than the phrase names: nothing
		{"Chile, Peru and Ecuador met in Lima. The two countries condemned Bolivia.",
			nil, []string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)", "CRITICIZES(Ecuador -> Bolivia)"}},
		// no group named before: the phrase is the subject, no one further left is
		{"After Ghana hosted the summit, the two countries condemned Togo.",
			nil, []string{"CRITICIZES(Ghana -> Togo)"}},
		// a collective noun after a preposition is no subject
		{"Chile and Peru signed a pact. Bolivia condemned both countries.",
			[]string{"CRITICIZES(Bolivia -> Chile)"}, []string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}},
		// a leaders' group takes persons, not the countries beside them
		{"Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Lima. Both leaders criticized Bolivia.",
			[]string{"CRITICIZES(Gabriel Boric -> Bolivia)", "CRITICIZES(Dina Boluarte -> Bolivia)"}, nil},
		// "both" alone opening its clause
		{"Chile and Peru met in Lima. Both condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}, nil},
		// "they" after the parties of talks "between" them
		{"Talks between Kenya and Uganda ended. They later criticized Somalia.",
			[]string{"CRITICIZES(Kenya -> Somalia)", "CRITICIZES(Uganda -> Somalia)"}, nil},
		// "the pair" names a group of two; "the pair of" something else does not
		{"Ghana and Togo reopened their border on Monday. The pair also criticized Burkina Faso.",
			[]string{"CRITICIZES(Ghana -> Burkina Faso)", "CRITICIZES(Togo -> Burkina Faso)"}, nil},
		{"Ghana and Togo reopened their border. Mali criticized the pair.",
			[]string{"CRITICIZES(Mali -> Ghana)", "CRITICIZES(Mali -> Togo)"}, nil},
		{"Ghana and Togo reopened their border. The pair of envoys criticized Burkina Faso.",
			nil, []string{"CRITICIZES(Ghana -> Burkina Faso)", "CRITICIZES(Togo -> Burkina Faso)"}},
		// a capitalized or listed modifier between the quantifier and the noun
		{"Estonia, Latvia and Lithuania held talks in Riga. The three Baltic states later condemned Belarus.",
			[]string{"CRITICIZES(Estonia -> Belarus)", "CRITICIZES(Latvia -> Belarus)", "CRITICIZES(Lithuania -> Belarus)"}, nil},
		{"Ghana and Togo reopened their border. The two neighbouring countries also criticized Mali.",
			[]string{"CRITICIZES(Ghana -> Mali)", "CRITICIZES(Togo -> Mali)"}, nil},
		{"Ghana, Togo and Benin met in Accra. The two other countries criticized Mali.",
			nil, []string{"CRITICIZES(Ghana -> Mali)", "CRITICIZES(Togo -> Mali)", "CRITICIZES(Benin -> Mali)"}},
		// a countries' group after leaders named with their states: the states
		{"Ghanaian President John Mensah and Togolese President Paul Adjo met in Accra. The two countries later criticized Mali.",
			[]string{"CRITICIZES(Ghana -> Mali)", "CRITICIZES(Togo -> Mali)"},
			[]string{"CRITICIZES(John Mensah -> Mali)", "CRITICIZES(Paul Adjo -> Mali)"}},
		{"Ghanaian President John Mensah and Paul Adjo met in Accra. The two countries later criticized Mali.",
			nil, []string{"CRITICIZES(Ghana -> Mali)"}},
		// counts past four: a participle's collective object after a list of that size
		{"Kenya expelled the envoys of Uganda, Tanzania, Rwanda, Burundi and Somalia, accusing the five governments of meddling.",
			[]string{"CRITICIZES(Kenya -> Uganda)", "CRITICIZES(Kenya -> Somalia)", "CRITICIZES(Kenya -> Burundi)"}, nil},
		{"Ghana, Togo, Benin, Niger, Mali and Chad signed a pact. Senegal later condemned the six states.",
			[]string{"CRITICIZES(Senegal -> Ghana)", "CRITICIZES(Senegal -> Chad)"}, nil},
		{"Eight nations, Ghana, Togo, Benin, Niger, Mali, Chad, Gabon and Angola, met in Accra. The eight countries later criticized Nigeria.",
			[]string{"CRITICIZES(Ghana -> Nigeria)", "CRITICIZES(Angola -> Nigeria)"}, nil},
		// a list of another size than the count: nothing
		{"Peru expelled the envoys of Chile, Bolivia, Ecuador and Panama, accusing the seven governments of meddling.",
			nil, []string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Peru -> Panama)"}},
		{"Ghana, Togo and Benin signed a pact. Senegal later condemned the five states.",
			nil, []string{"CRITICIZES(Senegal -> Ghana)", "CRITICIZES(Senegal -> Benin)"}},
		// negated: nothing
		{"Serbia and Croatia did not blame each other.",
			nil, []string{"CRITICIZES(Serbia -> Croatia)", "CRITICIZES(Croatia -> Serbia)"}},
	})
}

// TestCollectivePhrasesElsewhere checks collective phrases after a plural
// noun cue ("talks between the two sides") and as a subject a sentence or
// two after the group was named, with hyphenated pairs before the noun.
func TestCollectivePhrasesElsewhere(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru opened a border crossing. Both sides agreed to cut tariffs.",
			[]string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Ghana and Togo announced a rail link. The two countries also agreed to share data.",
			[]string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
		{"Kenya and Ethiopia opened the road. Trade rose. The two countries met in Nairobi.",
			[]string{"MET_WITH(Ethiopia -> Kenya)"}, nil},
		{"Kenya opened the road. Both sides agreed to cut tariffs.", nil, []string{"COOPERATES_WITH(Kenya -> Kenya)"}},
		// a collective phrase after a plural noun cue
		{"Chile and Peru reopened the border. Talks between the two sides resumed.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Ghana and Togo opened a rail link after a meeting of the ministers of both countries.",
			[]string{"MET_WITH(Ghana -> Togo)"}, nil},
		{"Ghana opened a rail link after a meeting of the ministers of both countries.", nil, []string{"MET_WITH(Ghana -> Ghana)"}},
		// a hyphenated pair before a plural noun cue
		{"The Chile-Peru talks resumed in Lima.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Serbian-Kosovar negotiations collapsed.", []string{"NEGOTIATES_WITH(Serbia -> Kosovo)"}, nil},
		{"The Chile talks resumed in Lima.", nil, []string{"MET_WITH(Chile -> Peru)"}},
		{"Mali and Niger closed the border. Senegal said both sides agreed to talks with Guinea.",
			nil, []string{"COOPERATES_WITH(Senegal -> Guinea)"}},
		// a pair named as where things go is no pair that acts
		{"Russia shipped gas across Kazakhstan to Ghana and Togo last year. The two sides also agreed to share data.",
			nil, []string{"COOPERATES_WITH(Ghana -> Togo)", "COOPERATES_WITH(Togo -> Ghana)"}},
		{"Troops were sent into Ghana and Togo. Both countries agreed to share data.",
			nil, []string{"COOPERATES_WITH(Ghana -> Togo)", "COOPERATES_WITH(Togo -> Ghana)"}},
		{"Russia held talks with Ghana and Togo last year. The two countries also agreed to share data.",
			[]string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
	})
}

// TestCountedOpening checks that an indefinite counted group opening a
// sentence stands for the group of that size that opens the next one, and
// for no other.
func TestCountedOpening(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Three states have condemned Peru. Chile, Bolivia and Ecuador said the vote was illegal.",
			[]string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Bolivia -> Peru)", "CRITICIZES(Ecuador -> Peru)"}, nil},
		{"Four states have severed ties with Peru. Chile, Bolivia, Ecuador and Colombia said Lima backed smugglers.",
			[]string{"SANCTIONS(Chile -> Peru)", "SANCTIONS(Colombia -> Peru)"}, nil},
		{"Three states have condemned Peru. Chile and Bolivia said the vote was illegal.",
			nil, []string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Bolivia -> Peru)"}},
		{"Two countries condemned Peru on Monday. The United States said it was concerned.",
			nil, []string{"CRITICIZES(United States -> Peru)"}},
	})
}

// TestMeetingPair checks that "the two" after a meeting in the same
// sentence stands for its two parties, and that "the two" with no meeting
// or group before it states nothing.
func TestMeetingPair(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago for talks on trade, and the two condemned Bolivia.",
			[]string{"CRITICIZES(Gabriel Boric -> Bolivia)", "CRITICIZES(Dina Boluarte -> Bolivia)"}, nil},
		{"Chile's Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago, and the two signed the Adana Agreement.",
			[]string{"SUPPORTS(Gabriel Boric -> Adana Agreement)", "SUPPORTS(Dina Boluarte -> Adana Agreement)"}, nil},
		// no meeting before it: a criticism named by no group
		{"Gabriel Boric criticized Dina Boluarte, and the two condemned Bolivia.", nil,
			[]string{"CRITICIZES(Dina Boluarte -> Bolivia)"}},
	})
}

// TestMeetingSides checks that "the two sides" after a meeting of two
// officials of different states are those states, while "the two" and
// two officials of one state stay the persons; a meeting whose object
// goes on with "and" another party makes no pair.
func TestMeetingSides(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima, and the two sides agreed to reopen the border.",
			[]string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"COOPERATES_WITH(Ana Soto -> Luis Vega)"}},
		{"Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima, and the two agreed to reopen the border.",
			[]string{"COOPERATES_WITH(Ana Soto -> Luis Vega)"}, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chilean Foreign Minister Ana Soto met Chilean Interior Minister Luis Vega in Lima, and the two sides agreed to reopen the border.",
			[]string{"COOPERATES_WITH(Ana Soto -> Luis Vega)"}, nil},
		// a meeting with more than one party named: the pair is no group
		{"Chilean envoy Ana Soto met representatives of the Kestrel Front and the government in Lima, and both sides agreed on a ceasefire.",
			nil, []string{"COOPERATES_WITH(Kestrel Front -> Ana Soto)", "COOPERATES_WITH(Ana Soto -> Kestrel Front)"}},
		// the pair's party is the later conjunct of the met object
		{"Chilean envoy Ana Soto met representatives of the Kestrel Front and the Tarvo Front in Lima, and both sides agreed on a ceasefire.",
			nil, []string{"COOPERATES_WITH(Tarvo Front -> Ana Soto)", "COOPERATES_WITH(Ana Soto -> Tarvo Front)"}},
	})
}

// TestCollectiveAppeal checks that a call on a group named before reads
// the act asked as a named object's call does: a call to stop criticizes
// each member, a call to do anything else is only an urging.
func TestCollectiveAppeal(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru clashed at the border. The United Nations called on both countries to give priority to dialogue.",
			[]string{"COMMUNICATES_WITH(Chile -> United Nations)", "COMMUNICATES_WITH(Peru -> United Nations)"},
			[]string{"CRITICIZES(United Nations -> Chile)", "CRITICIZES(United Nations -> Peru)"}},
		{"Chile and Peru clashed at the border. The United Nations urged the two countries to halt the fighting.",
			[]string{"CRITICIZES(United Nations -> Chile)", "CRITICIZES(United Nations -> Peru)"}, nil},
	})
}

// TestReportingGroup: a plural pronoun opening the clause a coordinated
// subject said or warned is that subject's members; a single speaker's
// "they" is the group named before, and a denied clause states nothing.
func TestReportingGroup(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia and Ecuador warned that they would oppose every Peruvian incursion.",
			[]string{"OPPOSES(Bolivia -> Peru)", "OPPOSES(Ecuador -> Peru)"}, nil},
		{"The Kestrel Party of Ana Ruiz and the Unity Front led by Luis Soto have both said that they would resist Peruvian troops crossing into the province.",
			[]string{"OPPOSES(Kestrel Party -> Peru)", "HOLDS_OFFICE(Ana Ruiz -> Kestrel Party)", "OPPOSES(Unity Front -> Peru)"}, nil},
		{"Guatemala and Belize said that they had backed the Honduran bid.",
			[]string{"SUPPORTS(Guatemala -> Honduras)", "SUPPORTS(Belize -> Honduras)"}, nil},
		{"Bolivia and Ecuador met in Lima. Chile said that they would oppose the Peruvian plan.",
			[]string{"OPPOSES(Bolivia -> Peru)", "OPPOSES(Ecuador -> Peru)"}, []string{"OPPOSES(Chile -> Peru)"}},
		{"Chile and Peru denied that they had attacked Bolivia.",
			nil, []string{"ATTACKS(Chile -> Bolivia)", "ATTACKS(Peru -> Bolivia)"}},
	})
}
