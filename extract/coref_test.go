package extract

import "testing"

// TestCorefKinds checks pronouns and descriptions that stand for an
// entity named before them: an object "it" after an agreement, "the
// country" (the salient one), "the alliance", "the bloc", "the group", "the ministry".
func TestCorefKinds(t *testing.T) {
	checkPatterns(t, []patternCase{
		// "it" after an agreement is the agreement, not a country
		{"Chile and Peru signed a fishing pact on Monday, and Ecuador welcomed it.",
			[]string{"SUPPORTS(Ecuador -> fishing pact)"}, []string{"SUPPORTS(Ecuador -> Peru)", "SUPPORTS(Ecuador -> Chile)"}},
		{"Chile and Peru signed a fishing pact. Bolivia criticized it on Tuesday.",
			[]string{"OPPOSES(Bolivia -> fishing pact)"}, []string{"CRITICIZES(Bolivia -> Peru)", "CRITICIZES(Bolivia -> Chile)"}},
		{"Chile and Peru signed a fishing pact. Bolivia withdrew from it on Tuesday.",
			nil, []string{"OPPOSES(Bolivia -> Chile)", "OPPOSES(Bolivia -> Peru)"}},
		// a subject "it" is no agreement
		{"Chile and Peru signed a fishing pact, and Bolivia said it criticized Ecuador.",
			nil, []string{"OPPOSES(Bolivia -> fishing pact)", "CRITICIZES(fishing pact -> Ecuador)"}},
		// an actor nearer than the agreement: not read as the agreement
		{"Chile signed a fishing pact with Peru, and Bolivia criticized it.",
			nil, []string{"OPPOSES(Bolivia -> fishing pact)"}},
		// an unnamed government between the actor and an object "it" is
		// what it stands for: no node, so no antecedent
		{"The Kestrel Party chairwoman, Ana Soto, backed the government's budget and urged it to cut taxes.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Kestrel Party)"}, []string{"INVITES(Ana Soto -> Kestrel Party)"}},
		{"Bolivia criticised the government and urged it to resign.",
			nil, []string{"INVITES(Bolivia -> Bolivia)", "CRITICIZES(Bolivia -> Bolivia)"}},
		// "its" before people is the subject's; before a program, the nearest actor's
		{"NATO held talks with Russia alongside its chief negotiator. The negotiator criticized Belarus.",
			nil, []string{"HOLDS_OFFICE(chief negotiator -> Russia)"}},
		{"Chile held talks with Peru on Monday, and its officials condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
		{"Chile imposed sanctions on Peru over its fishing program.",
			[]string{"SANCTIONS(Chile -> Peru)"}, []string{"SANCTIONS(Chile -> Chile's fishing program)"}},
		// "the country" is the last country named as an actor
		{"Kenya criticized Uganda on Monday. The country also sanctioned Somalia.",
			[]string{"SANCTIONS(Kenya -> Somalia)"}, []string{"SANCTIONS(Uganda -> Somalia)"}},
		{"Ghana sent troops to Mali. The country also criticized Togo.",
			[]string{"CRITICIZES(Ghana -> Togo)"}, []string{"CRITICIZES(Mali -> Togo)"}},
		{"Ghana hosted talks in Accra. The country criticized Togo.",
			[]string{"CRITICIZES(Ghana -> Togo)"}, nil},
		// "them" as an object: the group that acted together just before
		{"Chile and Peru met in Lima. Bolivia criticized them.",
			[]string{"CRITICIZES(Bolivia -> Chile)", "CRITICIZES(Bolivia -> Peru)"}, nil},
		{"Chile and Peru signed a pact. Bolivia welcomed them to the bloc.",
			nil, []string{"CRITICIZES(Bolivia -> Chile)"}},
		// too far back, or no group: nothing
		{"Chile and Peru met in Lima. Trade rose. Prices fell. Bolivia criticized them.",
			nil, []string{"CRITICIZES(Bolivia -> Chile)", "CRITICIZES(Bolivia -> Peru)"}},
		{"Chile met Peru in Lima. Bolivia criticized them.",
			nil, []string{"CRITICIZES(Bolivia -> Chile)", "CRITICIZES(Bolivia -> Peru)"}},
		// "they"
		{"Chile and Peru signed a pact. They criticized Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}, nil},
		// the group, the bloc, the alliance
		{"NATO met in Brussels. The alliance criticized Russia.",
			[]string{"CRITICIZES(NATO -> Russia)"}, nil},
		{"ASEAN met in Jakarta. The bloc criticized Myanmar.",
			[]string{"CRITICIZES(ASEAN -> Myanmar)"}, nil},
		{"The European Union met in Brussels. The bloc sanctioned Belarus.",
			[]string{"SANCTIONS(European Union -> Belarus)"}, nil},
		{"Hamas fired rockets at Israel. The group also criticized Egypt.",
			[]string{"CRITICIZES(Hamas -> Egypt)"}, nil},
		{"Kenya's foreign ministry met in Nairobi. The ministry criticized Uganda.",
			[]string{"CRITICIZES(Kenya's foreign ministry -> Uganda)"}, nil},
		// "their"
		{"Chile and Peru met in Lima. Bolivia criticized their pact.",
			nil, []string{"CRITICIZES(Bolivia -> Bolivia)"}},
	})
}

// TestCounterpart checks that a bare "his counterpart" is the other party
// of the last meeting or call of its possessor, named before it in its
// sentence, and that a counterpart we cannot name lends the cue no other
// argument.
func TestCounterpart(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Vega in Lima. Rojas criticized his counterpart over the border dispute.",
			[]string{"CRITICIZES(Ana Rojas -> Luis Vega)"}, nil},
		{"Ana Rojas spoke with Luis Vega by phone on Monday. Rojas accused her counterpart of arming Bolivia.",
			[]string{"CRITICIZES(Ana Rojas -> Luis Vega)"}, []string{"SUPPLIES(Ana Rojas -> Bolivia)"}},
		// no meeting before: no one, and not the name after it
		{"Ana Rojas criticized her counterpart over Bolivia's claims.", nil, []string{"CRITICIZES(Ana Rojas -> Bolivia)"}},
		{"Ana Rojas accused her counterpart of arming Bolivia.", nil, []string{"SUPPLIES(Ana Rojas -> Bolivia)"}},
		// whose counterpart is not told: nothing
		{"Ana Rojas met Luis Vega in Lima. Her counterpart condemned Bolivia.", nil,
			[]string{"CRITICIZES(Ana Rojas -> Bolivia)", "CRITICIZES(Luis Vega -> Bolivia)"}},
	})
}

// TestPossessiveOpensClause: a possessive pronoun opening a clause joined
// by ", and" or ", but" refers to the first clause's subject, not to the
// nearest name.
func TestPossessiveOpensClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's president, Ana Soto, met Chile's president, Luis Rey, and her foreign minister, Jorge Luz, called for calm.",
			[]string{"HOLDS_OFFICE(Jorge Luz -> Peru)"}, []string{"HOLDS_OFFICE(Jorge Luz -> Chile)"}},
		{"Peru's president, Ana Soto, called Chile's president, Luis Rey, but her defence minister, Jorge Luz, stayed silent.",
			[]string{"HOLDS_OFFICE(Jorge Luz -> Peru)"}, []string{"HOLDS_OFFICE(Jorge Luz -> Chile)"}},
		{"Peru's president, Ana Soto, met Chile's president, Luis Rey, whose foreign minister, Jorge Luz, called for calm.",
			nil, []string{"HOLDS_OFFICE(Jorge Luz -> Peru)"}},
	})
}

// TestApposedPossessorPronoun checks that a person's pronoun in a later
// sentence takes up the head of an apposition, not the owner that opens
// it ("Ruiz, Mr. Doe's closest ally, went further. In her address, she
// ..."), while an owner that is the subject is still taken up.
func TestApposedPossessorPronoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Ana Ruiz of Chile, Mr. Doe's closest ally in the region, went further. In his weekly radio address, he warned President Jane Roe of Peru that any incursion would mean war.",
			[]string{"THREATENS(Ana Ruiz -> Jane Roe)"}, nil},
		{"Ana Ruiz, John Doe's deputy, went further. She warned Jane Roe that any incursion would mean war.",
			[]string{"THREATENS(Ana Ruiz -> Jane Roe)"}, []string{"THREATENS(John Doe -> Jane Roe)"}},
		{"John Doe's deputy resigned. He warned Jane Roe that any incursion would mean war.",
			[]string{"THREATENS(John Doe -> Jane Roe)"}, nil},
	})
}

// TestMemberGroup checks that a definite plural of an organization's
// members ("the rebels", "the militants") stands for the one organization
// of that sort in view, and for none when two are, when a number counts
// people, when a modifier makes it other fighters, or when the only group
// is named after it.
func TestMemberGroup(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Al-Shabaab seized the town of Baidoa on Sunday. The militants later attacked Kenya.",
			[]string{"ATTACKS(al-Shabaab -> Kenya)"}, nil},
		{"The Houthis fired missiles at ships in the Red Sea. The rebels also threatened Israel.",
			[]string{"THREATENS(Houthis -> Israel)"}, nil},
		{"Hezbollah regrouped in the south. Israel said it would strike the militants again.",
			[]string{"THREATENS(Israel -> Hezbollah)"}, nil},
		// an unknown name written with a member noun after it is an armed group
		{"Kestrel Front rebels seized the town of Gao on Monday. The rebels then attacked Niger.",
			[]string{"ATTACKS(Kestrel Front -> Niger)"}, nil},
		{"Kestrel Front rebels and Heron Brigade militants clashed near Gao. The rebels then attacked Niger.",
			nil, []string{"ATTACKS(Kestrel Front -> Niger)", "ATTACKS(Heron Brigade -> Niger)"}},
		// the group an "of" phrase names, though another is in view
		{"Hamas fired rockets at Ashdod. The militants of Islamic Jihad later attacked Israel.",
			[]string{"ATTACKS(Palestinian Islamic Jihad -> Israel)"}, []string{"ATTACKS(Hamas -> Israel)"}},
		// two armed groups in view: whose members?
		{"Hezbollah and Hamas both praised the raid. The militants later attacked Israel.",
			nil, []string{"ATTACKS(Hezbollah -> Israel)", "ATTACKS(Hamas -> Israel)"}},
		// counted people, and fighters of another kind
		{"Hamas fired rockets at Ashdod. The three militants attacked Israel.",
			nil, []string{"ATTACKS(Hamas -> Israel)"}},
		{"Hamas fired rockets at Ashdod. The Syrian rebels attacked Turkey.",
			nil, []string{"ATTACKS(Hamas -> Turkey)"}},
		// the only group named after the description
		{"The militants attacked Hamas in Gaza.", nil, []string{"ATTACKS(Hamas -> Hamas)"}},
	})
}

// TestSubjectPronounBack checks a subject "he" or "she" that refers back
// to an earlier sentence: it takes that sentence's subject rather than a
// person named after a preposition, in a subordinate clause or inside a
// quotation there; and a quote's attribution ('"...," he told') is never
// a person named inside the quote. An object or a lone person stays as
// before.
func TestSubjectPronounBack(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Pedro Ruiz met with Luis Vega in Lima on Monday. He later criticized Chile.",
			[]string{"CRITICIZES(Pedro Ruiz -> Chile)"}, []string{"CRITICIZES(Luis Vega -> Chile)"}},
		{"Pedro Ruiz signed the decree in Lima hours before Luis Vega arrived. He later criticized Chile.",
			[]string{"CRITICIZES(Pedro Ruiz -> Chile)"}, []string{"CRITICIZES(Luis Vega -> Chile)"}},
		{"Pedro Ruiz said on Monday: \"Luis Vega has failed us.\" He later criticized Chile.",
			[]string{"CRITICIZES(Pedro Ruiz -> Chile)"}, []string{"CRITICIZES(Luis Vega -> Chile)"}},
		{"Pedro Ruiz spoke at a rally in Lima on Monday. \"Luis Vega has betrayed Peru,\" he told broadcaster RPP.",
			[]string{"QUOTES(RPP -> Pedro Ruiz)"}, []string{"QUOTES(RPP -> Luis Vega)"}},
		// the subject of the previous sentence, or a person named outside any quote or phrase, is kept
		{"Luis Vega arrived in Lima on Monday. He later criticized Chile.",
			[]string{"CRITICIZES(Luis Vega -> Chile)"}, nil},
		{"Pedro Ruiz left Lima on Monday. Luis Vega arrived on Tuesday. He later criticized Chile.",
			[]string{"CRITICIZES(Luis Vega -> Chile)"}, []string{"CRITICIZES(Pedro Ruiz -> Chile)"}},
		// no person subject in that sentence: the person after the preposition, as before
		{"The talks in Lima were chaired by Luis Vega. He later criticized Chile.",
			[]string{"CRITICIZES(Luis Vega -> Chile)"}, nil},
		// a possessive that owns people likewise
		{"Chile signed the pact in Lima hours before Peru ratified it. Its foreign minister, Ana Soto, said more would follow.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)"}, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
		{"Chile said on Monday: \"Peru has failed the region.\" Its foreign minister, Ana Soto, said more would follow.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)"}, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
		// a pronoun after its own sentence's subject is not read this way
		{"Pedro Ruiz met with Luis Vega in Lima. The defence minister told reporters he criticized Chile.",
			nil, []string{"CRITICIZES(Pedro Ruiz -> Chile)"}},
		// a pronoun inside the quote is not read this way
		{"Pedro Ruiz met with Luis Vega in Lima. \"He later criticized Chile,\" an aide said.",
			nil, []string{"CRITICIZES(Pedro Ruiz -> Chile)"}},
	})
}

// TestDescriptionApposed checks descriptions read through an apposition:
// an indefinite description apposed after a name ("the Andean Mission, a
// 900-strong force,") gives the name that head for a later "the force";
// one apposed before a name ("a rebel group, the Kestrel Front") is that
// name and makes it of the head's sort; and a later "the group" takes the
// nearest organization of that sort rather than the earlier description.
func TestDescriptionApposed(t *testing.T) {
	checkPatterns(t, []patternCase{
		// the apposed indefinite is the name: its relative clause speaks of it
		{"Chile will disarm the Islamic State, a terrorist group that Peru regards as a threat.",
			[]string{"CRITICIZES(Peru -> Islamic State)"}, nil},
		// the apposed head, past a bracketed acronym, is the name's for a later description
		{"The Andean Institute, a research body based in Lima, opened on Monday. Chile criticised the body.",
			[]string{"CRITICIZES(Chile -> Andean Institute)"}, nil},
		{"The Kestrel Monitoring Mission (KMM), a civilian body created by the United Nations, reached Lima. Bolivia welcomed the body.",
			[]string{"SUPPORTS(Bolivia -> Kestrel Monitoring Mission)"}, nil},
		// a head that modifies a noun after it is no apposed head
		{"The Andean Institute, a body politic in Lima, opened. Chile criticised the body.",
			nil, []string{"CRITICIZES(Chile -> Andean Institute)"}},
		// a name without such an apposition is no force
		{"The Andean Mission landed in Lima on Monday. Peru welcomed the force.",
			nil, []string{"SUPPORTS(Peru -> Andean Mission)"}},
		// a rebel group apposed before its name is that name
		{"Hamas held the port. A second armed group, Hezbollah, attacked Israel. Chile condemned the group.",
			[]string{"CRITICIZES(Chile -> Hezbollah)"}, []string{"CRITICIZES(Chile -> Hamas)"}},
		// the rebels of a front make it an armed group: "the group" after its chairman is it
		{"The rebels of the Kestrel Front held the port. Hamas said it backed Peru. The Kestrel Front's chairman said the group would attack Bolivia.",
			[]string{"THREATENS(Kestrel Front -> Bolivia)"}, []string{"THREATENS(Hamas -> Bolivia)"}},
		// a name that opens a list is not the one described
		{"A militant group, Hamas and Hezbollah said, attacked Israel. Chile condemned the group.",
			nil, []string{"CRITICIZES(Chile -> Hamas)"}},
	})
}

// TestRulingBody checks that "the junta" or "the (military) regime" is the
// one ruling military council the article names (organizations.yaml kind
// junta), before or after the description, and none when it names none
// or two, nor a body whose name ends in "Regime", nor a demonym's regime.
func TestRulingBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The National Council for the Safeguard of the Homeland suspended the constitution on Monday. The European Union imposed sanctions on the junta.",
			[]string{"SANCTIONS(European Union -> National Council for the Safeguard of the Homeland)"}, nil},
		// the council may be named after the description
		{"Russia pledged to supply the military regime with jets. Later the State Administration Council thanked Moscow.",
			[]string{"SUPPLIES(Russia -> State Administration Council)"}, nil},
		// a body whose name ends in the head is not the regime
		{"Chile joined the Missile Technology Control Regime in 2004. Peru condemned the regime.",
			nil, []string{"CRITICIZES(Peru -> Missile Technology Control Regime)"}},
		// two councils named: which?
		{"The State Administration Council and the National Council for Peace and Order met in Bangkok. The European Union imposed sanctions on the junta.",
			nil, []string{"SANCTIONS(European Union -> State Administration Council)", "SANCTIONS(European Union -> National Council for Peace and Order)"}},
		// a demonym's regime is that state's, no council
		{"The State Administration Council met on Monday. France criticised the Syrian regime.",
			nil, []string{"CRITICIZES(France -> State Administration Council)"}},
	})
}

// TestDividedHalf checks that "the North" / "the South" is the half of a
// divided state the article names with its other half, and nothing when
// the article names no such pair or the word opens a longer name.
func TestDividedHalf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"South Korea said North Korea fired a missile. China, the North's main ally, urged calm.",
			[]string{"COOPERATES_WITH(China -> North Korea)"}, nil},
		{"North Korea and South Korea held talks. Japan later criticised the South.",
			[]string{"CRITICIZES(Japan -> South Korea)"}, []string{"CRITICIZES(Japan -> North Korea)"}},
		// no pair named: South Africa alone is not "the South"
		{"South Africa hosted the summit. Japan later criticised the South.",
			nil, []string{"CRITICIZES(Japan -> South Africa)"}},
		// a longer name: "the South Pacific"
		{"North Korea and South Korea held talks. Japan criticised the South Pacific states.",
			nil, []string{"CRITICIZES(Japan -> South Korea)"}},
	})
}

// TestApposedOwnPronoun checks that a possessive pronoun opening an
// apposition to an object's name is another's, the clause's subject's,
// never the name it describes ("Belarus, its closest ally": Russia's
// ally), and that its relational noun relates the two.
func TestApposedOwnPronoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia sent troops to Belarus, its closest ally.", []string{"COOPERATES_WITH(Belarus -> Russia)"}, nil},
		{"Chile backed Peru, its closest partner in the region.",
			[]string{"SUPPORTS(Chile -> Peru)", "COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Russia sent troops to Belarus, its closest ally, and to Armenia.",
			[]string{"COOPERATES_WITH(Belarus -> Russia)"}, []string{"COOPERATES_WITH(Russia -> Armenia)"}},
		{"Chile condemned Peru, its northern neighbour, for the raid.",
			[]string{"CRITICIZES(Chile -> Peru)"}, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Brazil, its closest partner, backed Chile.", nil, []string{"COOPERATES_WITH(Brazil -> Brazil)"}},
		// no actor named before the head in its sentence: no one's, not an earlier sentence's
		{"Peru hosted the talks. The new administration backed Chile, its closest partner.",
			nil, []string{"COOPERATES_WITH(Chile -> Peru)", "COOPERATES_WITH(Peru -> Chile)"}},
	})
}

// TestNewsAgreementAfterMasthead checks that a general description ("the
// pact", "the treaty") stands for the agreement the body's first sentence
// names when a masthead, headline, deck and byline come before it, past
// an earlier agreement named later; and for the nearest one when the lead
// names none.
func TestNewsAgreementAfterMasthead(t *testing.T) {
	head := "KESTREL EVENING POST\nMonday, May 4, 2020\n\nVorna assembly votes 12-11 on fishing\nPremier vows a referendum; Chile recalls envoy\n\nBy Ana Ruiz and Tomas Vega\n\n"
	checkPatterns(t, []patternCase{
		{head + "Peru's Congress yesterday rejected the Tarvo Fisheries Accord with Chile. A 1998 Maritime Boundary Agreement stays in force. Senator Luis Ortega, who led the deputies opposed to the pact, spoke for an hour.",
			[]string{"OPPOSES(Luis Ortega -> Tarvo Fisheries Accord)"}, []string{"OPPOSES(Luis Ortega -> Maritime Boundary Agreement)"}},
		{head + "Peru's Congress yesterday voted down the Tarvo Fisheries Accord. The 2004 Kestrel Protocol remains in force, officials said. Bolivia welcomed the treaty on Tuesday.",
			[]string{"SUPPORTS(Bolivia -> Tarvo Fisheries Accord)"}, []string{"SUPPORTS(Bolivia -> Kestrel Protocol)"}},
		// the lead names no agreement: the nearest one
		{head + "Peru's Congress met for fourteen hours yesterday. Chile signed the Tarvo Fisheries Accord. A 1998 Maritime Boundary Agreement stays in force. Bolivia welcomed the pact on Tuesday.",
			[]string{"SUPPORTS(Bolivia -> Maritime Boundary Agreement)"}, []string{"SUPPORTS(Bolivia -> Tarvo Fisheries Accord)"}},
	})
}
