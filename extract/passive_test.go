package extract

import "testing"

// TestPassiveAgents checks that cues read in the passive and in the
// reduced relative ("the militia, backed by X, ..."): the agent after
// "by" is the source, the passive subject or the modified noun the
// target, each agent of a coordination counts, and the agent of a
// participle is never the subject of the clause around it.
func TestPassiveAgents(t *testing.T) {
	checkPatterns(t, []patternCase{
		// passive subjects
		{"Kyiv was attacked by Russia and Belarus overnight.", []string{"ATTACKS(Russia -> Ukraine)", "ATTACKS(Belarus -> Ukraine)"}, nil},
		{"Estonia was criticized by Russia, Belarus and China.",
			[]string{"CRITICIZES(Russia -> Estonia)", "CRITICIZES(Belarus -> Estonia)", "CRITICIZES(China -> Estonia)"}, nil},
		{"The resolution was opposed by Russia and China.", []string{"OPPOSES(Russia -> resolution)", "OPPOSES(China -> resolution)"}, nil},
		// the agent stands between the words of a phrase cue
		{"Serbia was invited by the EU to join talks.", []string{"INVITES(European Union -> Serbia)"}, nil},
		// a "by" that is the phrase's own word names no agent: "stood by" is active
		{"The president said Mercosur stood by Chile, a member state.", []string{"SUPPORTS(Mercosur -> Chile)"}, []string{"SUPPORTS(Chile -> Mercosur)"}},
		{"Chile has stood by Peru throughout the crisis.", []string{"SUPPORTS(Chile -> Peru)"}, []string{"SUPPORTS(Peru -> Chile)"}},
		// a cue with its own preposition: the target follows it, the agent comes later
		{"Weapons were supplied to Ukraine by Germany and Poland.",
			[]string{"SUPPLIES(Germany -> Ukraine)", "SUPPLIES(Poland -> Ukraine)"}, nil},
		{"Tanks were sold to Morocco by the United States.", []string{"SUPPLIES(United States -> Morocco)"}, nil},
		// an irregular participle before "in" is no "be in" (the guest's
		// visit comes from the meeting at the host's home, travel.go)
		{"Erdogan was met by Putin in Sochi.", []string{"MET_WITH(Recep Tayyip Erdogan -> Vladimir Putin)", "VISITS(Recep Tayyip Erdogan -> Sochi)"},
			[]string{"VISITS(Vladimir Putin -> Sochi)"}},
		// reduced relatives set off by commas
		{"Hezbollah, backed by Iran, attacked Israel.", []string{"SUPPORTS(Iran -> Hezbollah)", "ATTACKS(Hezbollah -> Israel)"}, nil},
		{"Hezbollah, backed by Iran and Syria, fired rockets at Israel.",
			[]string{"SUPPORTS(Iran -> Hezbollah)", "SUPPORTS(Syria -> Hezbollah)"},
			[]string{"ATTACKS(Iran -> Israel)", "ATTACKS(Syria -> Israel)", "DEPLOYS(Iran -> rockets)"}},
		{"Venezuela, recognised by Russia and China, rejected the ruling.",
			[]string{"SUPPORTS(Russia -> Venezuela)", "SUPPORTS(China -> Venezuela)"}, nil},
		{"The Philippines, backed by the United States and Japan, condemned China.",
			[]string{"SUPPORTS(United States -> Philippines)", "SUPPORTS(Japan -> Philippines)", "CRITICIZES(Philippines -> China)"},
			[]string{"CRITICIZES(Japan -> China)", "CRITICIZES(United States -> China)"}},
		// coordinated passive subjects and modified nouns
		{"Iran and Syria were condemned by France.", []string{"CRITICIZES(France -> Iran)", "CRITICIZES(France -> Syria)"}, nil},
		{"Iran and Syria, backed by Russia, condemned Israel.",
			[]string{"SUPPORTS(Russia -> Iran)", "SUPPORTS(Russia -> Syria)", "CRITICIZES(Iran -> Israel)", "CRITICIZES(Syria -> Israel)"},
			[]string{"CRITICIZES(Russia -> Israel)"}},
		{"The talks, which Russia attended, were criticized by France.", nil, []string{"CRITICIZES(France -> Russia)"}},
		// a participle conjoined to an earlier one with its own agent shares
		// its subject: the first agent is no target of the second
		{"The plan had been accepted by Peru and endorsed by the African Union.", nil, []string{"SUPPORTS(African Union -> Peru)"}},
		{"That plan, the Kestrel Action Plan drafted in Lima in May, had been accepted by Peru and endorsed by the African Union.",
			[]string{"SUPPORTS(African Union -> Kestrel Action Plan)"}, []string{"SUPPORTS(African Union -> Peru)"}},
		// reduced relatives right after their noun
		{"Shahed drones built by Iran struck Kyiv.", []string{"BUILDS(Iran -> Shahed-136)"}, nil},
		{"The Iskander missiles deployed by Russia in Kaliningrad worry Poland.", []string{"DEPLOYS(Russia -> Iskander)"}, nil},
		// the modified noun is no entity: no target, and the agent is no subject
		{"Mali was invaded by jihadists backed by Algeria.", nil, []string{"SUPPORTS(Algeria -> Mali)"}},
		{"Rebels armed by Rwanda attacked Goma.", nil, []string{"ATTACKS(Rwanda -> Goma)"}},
		{"Rebels armed by Mr Correa attacked Lima.", nil, []string{"ATTACKS(Rafael Correa -> Peru)"}},
		{"The border plan had been accepted by Mr. Correa and endorsed by the African Union.",
			nil, []string{"SUPPORTS(African Union -> Rafael Correa)"}},
		{"The militia, funded by Iran, attacked Israel.", nil, []string{"ATTACKS(Iran -> Israel)"}},
		// criticism received: the critics after "from" are the sources
		{"North Korea launched a satellite, drawing swift condemnation from the United States, Japan and South Korea.",
			[]string{"CRITICIZES(United States -> North Korea)", "CRITICIZES(Japan -> North Korea)", "CRITICIZES(South Korea -> North Korea)"}, nil},
		{"SEOUL/TOKYO (Reuters) - North Korea launched a satellite, drawing condemnation from Japan and the United States.",
			[]string{"CRITICIZES(Japan -> North Korea)", "CRITICIZES(United States -> North Korea)"},
			[]string{"CRITICIZES(Japan -> South Korea)"}},
		{"Hungary faced criticism from Poland over the veto.", []string{"CRITICIZES(Poland -> Hungary)"}, nil},
		{"Hungary did not face criticism from Poland.", nil, []string{"CRITICIZES(Poland -> Hungary)"}},
		// the passive's agent is no agent of the noun cue in its subject
		{"The attack on Israel was condemned by Egypt and Jordan.", nil,
			[]string{"ATTACKS(Egypt -> Israel)", "ATTACKS(Jordan -> Israel)", "CRITICIZES(Egypt -> Israel)"}},
		{"The deployment of the Patriot was opposed by Russia.", []string{"OPPOSES(Russia -> Patriot)"}, nil},
		// a doer joined to its participle by a hyphen
		{"Iranian-backed Houthis attacked ships in the Red Sea.", []string{"SUPPORTS(Iran -> Houthis)"}, nil},
		{"The Russian-built Bushehr plant opened.", []string{"BUILDS(Russia -> Bushehr nuclear power plant)"}, nil},
		{"Iran-backed militant group Hamas attacked Israel.", []string{"SUPPORTS(Iran -> Hamas)", "ATTACKS(Hamas -> Israel)"}, nil},
		{"Iran-backed separatists attacked Ukraine.", nil, []string{"SUPPORTS(Iran -> Ukraine)", "ATTACKS(Iran -> Ukraine)"}},
		{"U.S.-backed forces fought ISIS.", nil, []string{"SUPPORTS(United States -> Islamic State)", "ATTACKS(United States -> Islamic State)"}},
		// an agent of a noun still acts ("an attack by Russia")
		{"Sanctions imposed by the EU and Britain on Belarus took effect.",
			[]string{"SANCTIONS(European Union -> Belarus)", "SANCTIONS(United Kingdom -> Belarus)"}, nil},
	})
}

// TestCoordinatedArguments checks that every member of a coordination is
// an argument, on either side of the cue and after its preposition, and
// that a list which is no argument ("A and B are allies, X said") stays
// out.
func TestCoordinatedArguments(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"France, Germany and Italy condemned Russia.",
			[]string{"CRITICIZES(France -> Russia)", "CRITICIZES(Germany -> Russia)", "CRITICIZES(Italy -> Russia)"}, nil},
		{"Russia condemned France, Germany and Italy.",
			[]string{"CRITICIZES(Russia -> France)", "CRITICIZES(Russia -> Germany)", "CRITICIZES(Russia -> Italy)"}, nil},
		// ", and" before a new clause's subject ends the list on both sides
		{"Russia attacked Ukraine, and Poland condemned Russia.",
			[]string{"ATTACKS(Russia -> Ukraine)", "CRITICIZES(Poland -> Russia)"},
			[]string{"ATTACKS(Russia -> Poland)", "CRITICIZES(Ukraine -> Russia)"}},
		{"The EU sanctioned Iran, and Turkey warned Greece.",
			[]string{"SANCTIONS(European Union -> Iran)"},
			[]string{"SANCTIONS(European Union -> Turkey)", "THREATENS(Iran -> Greece)", "CRITICIZES(Iran -> Greece)"}},
		{"France condemned Russia, Iran, and Syria on Monday.",
			[]string{"CRITICIZES(France -> Russia)", "CRITICIZES(France -> Iran)", "CRITICIZES(France -> Syria)"}, nil},
		{"Spain, Greece, and Italy condemned Russia.",
			[]string{"CRITICIZES(Spain -> Russia)", "CRITICIZES(Greece -> Russia)", "CRITICIZES(Italy -> Russia)"}, nil},
		{"The EU imposed sanctions on Iran, Syria and Belarus.",
			[]string{"SANCTIONS(European Union -> Iran)", "SANCTIONS(European Union -> Syria)", "SANCTIONS(European Union -> Belarus)"}, nil},
		// a bracketed acronym after a member does not end the list
		{"Turkish jets struck Hezbollah, the Kurdistan Workers' Party (PKK) and Hamas on Monday.",
			[]string{"ATTACKS(Turkey -> Hezbollah)", "ATTACKS(Turkey -> Kurdistan Workers' Party)", "ATTACKS(Turkey -> Hamas)"}, nil},
		{"Iran backs the Kurdistan Workers' Party (PKK), the EU said.", []string{"SUPPORTS(Iran -> Kurdistan Workers' Party)"},
			[]string{"SUPPORTS(Iran -> European Union)"}},
		// "as well as" joins as "and" does
		{"Iran held talks with Russia as well as China.", []string{"MET_WITH(Iran -> Russia)", "MET_WITH(China -> Iran)"}, nil},
		{"Russia supplied weapons to Iran as well as Syria.", []string{"SUPPLIES(Russia -> Iran)", "SUPPLIES(Russia -> Syria)"}, nil},
		{"The EU imposed sanctions on Iran as well as Syria.",
			[]string{"SANCTIONS(European Union -> Iran)", "SANCTIONS(European Union -> Syria)"}, nil},
		{"Venezuela was backed by Russia, China as well as Iran.",
			[]string{"SUPPORTS(Russia -> Venezuela)", "SUPPORTS(China -> Venezuela)", "SUPPORTS(Iran -> Venezuela)"}, nil},
		{"Iran as well as Syria condemned Israel.", []string{"CRITICIZES(Iran -> Israel)", "CRITICIZES(Syria -> Israel)"}, nil},
		// the preposition repeated after "and"
		{"Iran held talks with Russia and with China.", []string{"MET_WITH(Iran -> Russia)", "MET_WITH(China -> Iran)"}, nil},
		{"The United States imposed sanctions on Iran and on Syria.",
			[]string{"SANCTIONS(United States -> Iran)", "SANCTIONS(United States -> Syria)"}, nil},
		{"Iran met Russia in Moscow and in Beijing.", nil, []string{"MET_WITH(Iran -> China)"}},
		// a plural subject of joint drills
		{"Russia, Iran and China held joint naval drills.",
			[]string{"COOPERATES_WITH(Iran -> Russia)", "COOPERATES_WITH(China -> Russia)", "COOPERATES_WITH(China -> Iran)"}, nil},
		{"China held drills near Taiwan.", nil, []string{"COOPERATES_WITH(China -> Taiwan)"}},
		{"India and Japan held joint exercises.", []string{"COOPERATES_WITH(India -> Japan)"}, nil},
		{"Australia and the Philippines held joint naval patrols in the sea.", []string{"COOPERATES_WITH(Australia -> Philippines)"}, nil},
		{"India held joint exercises with Japan.", []string{"COOPERATES_WITH(India -> Japan)"}, nil},
		// objects of a noun cue's preposition, with the agent after
		{"Sanctions on Iran and Syria were extended by the EU.",
			[]string{"SANCTIONS(European Union -> Iran)", "SANCTIONS(European Union -> Syria)"}, nil},
		// an apposition between members
		{"Iran, Syria's closest ally, and Russia condemned Israel.",
			[]string{"CRITICIZES(Iran -> Israel)", "CRITICIZES(Russia -> Israel)"}, []string{"CRITICIZES(Syria -> Israel)"}},
		{"Egypt condemned Israel, Iran's enemy, and the United States.",
			[]string{"CRITICIZES(Egypt -> Israel)", "CRITICIZES(Egypt -> United States)"}, []string{"CRITICIZES(Egypt -> Iran)"}},
		{"China and Russia, the two permanent members, condemned Israel.",
			[]string{"CRITICIZES(China -> Israel)", "CRITICIZES(Russia -> Israel)"}, nil},
		// a coordinated subject of a part noun
		{"Estonia, Latvia and Lithuania are members of NATO.",
			[]string{"MEMBER_OF(Estonia -> NATO)", "MEMBER_OF(Latvia -> NATO)", "MEMBER_OF(Lithuania -> NATO)"}, nil},
		{"Sweden, a member of the EU, and Norway condemned Russia.", []string{"MEMBER_OF(Sweden -> European Union)"},
			[]string{"MEMBER_OF(Norway -> European Union)"}},
		// what follows "as" after the object describes it
		{"Japan condemned the launch as a violation of United Nations resolutions.", nil,
			[]string{"CRITICIZES(Japan -> United Nations)"}},
		{"Japan condemned Russia as well as China.", []string{"CRITICIZES(Japan -> Russia)", "CRITICIZES(Japan -> China)"}, nil},
		// fire exchanged: each attacks the other; demonyms and actor nouns as members
		{"India and China traded fire in Ladakh.", []string{"ATTACKS(India -> China)", "ATTACKS(China -> India)"}, nil},
		{"Pakistani and Afghan forces exchanged heavy fire along the border in Kurram.",
			[]string{"ATTACKS(Pakistan -> Afghanistan)", "ATTACKS(Afghanistan -> Pakistan)"}, []string{"ATTACKS(Afghanistan -> Kurram)"}},
		{"Israeli forces and Hezbollah fighters exchanged fire.", []string{"ATTACKS(Israel -> Hezbollah)", "ATTACKS(Hezbollah -> Israel)"}, nil},
		{"Pakistani and Afghan officials condemned India.", []string{"CRITICIZES(Pakistan -> India)", "CRITICIZES(Afghanistan -> India)"}, nil},
		{"Indian troops clashed near the border.", nil, []string{"ATTACKS(India -> India)"}},
		// a member taken out, a verb conjoined by "but"
		{"France, but not Germany, condemned Russia.", []string{"CRITICIZES(France -> Russia)"}, []string{"CRITICIZES(Germany -> Russia)"}},
		{"Neither France nor Germany condemned Russia.", nil, []string{"CRITICIZES(France -> Russia)", "CRITICIZES(Germany -> Russia)"}},
		{"Russia condemned Ukraine but praised Poland.", []string{"CRITICIZES(Russia -> Ukraine)", "SUPPORTS(Russia -> Poland)"},
			[]string{"SUPPORTS(Ukraine -> Poland)"}},
		// a phrase between the conjunction and the verb: the first verb's subject
		{"The Security Council convened on Monday and in a declaration read by its chair, Ambassador Ana Soto of Chile, denounced Peru's raid.",
			[]string{"CRITICIZES(United Nations Security Council -> Peru)"}, []string{"CRITICIZES(Ana Soto -> Peru)"}},
		{"Brazil hosted the talks and, at a news conference with President Luis Vega of Peru, criticised Bolivia.",
			[]string{"CRITICIZES(Brazil -> Bolivia)"}, []string{"CRITICIZES(Luis Vega -> Bolivia)"}},
		{"The Security Council held talks on Monday and in a statement by its chair, Ambassador Ana Soto of Chile, denounced Peru's raid and asked both sides to stop.",
			[]string{"CRITICIZES(United Nations Security Council -> Peru)"}, []string{"CRITICIZES(Ana Soto -> Peru)"}},
		{"Chile criticised Peru and, in a speech at the United Nations, condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
		// the titles' countries before the persons who act are no parties
		{"Presidents of Russia and Belarus Vladimir Putin and Alexander Lukashenko signed a treaty in Minsk.",
			[]string{"COOPERATES_WITH(Alexander Lukashenko -> Vladimir Putin)"},
			[]string{"COOPERATES_WITH(Russia -> Alexander Lukashenko)", "COOPERATES_WITH(Russia -> Vladimir Putin)"}},
		{"Peru and Chilean President Ana Soto signed a treaty.", []string{"COOPERATES_WITH(Peru -> Ana Soto)"}, nil},
		// a titled person after "and"
		{"Marles met his counterparts, U.S. Defense Secretary Lloyd Austin and UK Defence Secretary Grant Shapps, in April.",
			[]string{"MET_WITH(Lloyd Austin -> Richard Marles)", "MET_WITH(Grant Shapps -> Richard Marles)"},
			[]string{"MET_WITH(United Kingdom -> Richard Marles)"}},
		// a list that is not the cue's argument
		{"Iran and Syria are allies, Lavrov said.", []string{"COOPERATES_WITH(Iran -> Syria)"},
			[]string{"COOPERATES_WITH(Iran -> Sergei Lavrov)", "COOPERATES_WITH(Syria -> Sergei Lavrov)"}},
		{"Iran is a close partner, Lavrov said.", nil, []string{"COOPERATES_WITH(Iran -> Sergei Lavrov)"}},
	})
}

// TestAgentAfterSetting checks a passive participle whose place and time
// come before its agent ("signed in Lima in May 2021 by A and B").
func TestAgentAfterSetting(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Under a pact signed in Lima in May 2021 by Chile, Peru and Bolivia, Chile tightened its laws.",
			[]string{"SUPPORTS(Chile -> pact)", "SUPPORTS(Bolivia -> pact)"}, nil},
		{"Under the Lima Accord signed in June 2022 by Chile and Peru, Chile tightened its laws.",
			[]string{"SUPPORTS(Peru -> Lima Accord)"}, nil},
		{"The Lima Accord was signed in Peru in 2022 by Chile.", nil, []string{"SUPPORTS(Peru -> Lima Accord)"}},
	})
}

// TestSharedPassive checks that a passive participle conjoined to an
// earlier verb ("and was condemned by") or after "only to be" has the
// earlier verb's subject as its target, not the nearest name before it,
// and that a passive wished for states nothing.
func TestSharedPassive(t *testing.T) {
	w := []string{"CRITICIZES(Ana Ruiz -> John Doe)"}
	checkPatterns(t, []patternCase{
		{"Chile's John Doe spoke on Monday - only to be rebuked by President Ana Ruiz.", w, nil},
		{"Chile's John Doe went further, comparing the plan to a crusade, only to be rebuked by President Ana Ruiz.", w, nil},
		{"Chile's John Doe spoke, only to be rebuked, in public, by President Ana Ruiz.", w, nil},
		{"Chile's John Doe praised the plan and was rebuked by President Ana Ruiz.", w, nil},
		{"Chile's John Doe praised the plan but was later rebuked by President Ana Ruiz.", w, nil},
		{"Chile attacked Peru and was condemned by Bolivia.", []string{"CRITICIZES(Bolivia -> Chile)"}, []string{"CRITICIZES(Bolivia -> Peru)"}},
		{"Chile backed Peru, which was condemned by Bolivia.", []string{"CRITICIZES(Bolivia -> Peru)"}, []string{"CRITICIZES(Bolivia -> Chile)"}},
		{"Chile expects to be condemned by Bolivia.", nil, []string{"CRITICIZES(Bolivia -> Chile)"}},
	})
}

// TestBannedIn checks that the countries after "in" ban what a passive or
// a description with a sanctioning participle says is banned there: every
// country of a list, the copula's subject or the apposition's head; a
// description with no country or with another adjective states nothing.
func TestBannedIn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Hezbollah is outlawed in Peru and Chile.", []string{"SANCTIONS(Peru -> Hezbollah)", "SANCTIONS(Chile -> Hezbollah)"}, nil},
		{"Hezbollah is banned in Peru and operates in Chile.", []string{"SANCTIONS(Peru -> Hezbollah)"}, []string{"SANCTIONS(Chile -> Hezbollah)"}},
		{"Hezbollah is a banned militant group in Peru.", []string{"SANCTIONS(Peru -> Hezbollah)"}, nil},
		{"Hezbollah, a banned group in Peru and Chile, denied it.", []string{"SANCTIONS(Peru -> Hezbollah)", "SANCTIONS(Chile -> Hezbollah)"}, nil},
		{"Hezbollah is an outlawed group in Peru.", []string{"SANCTIONS(Peru -> Hezbollah)"}, nil},
		{"Hezbollah is a popular group in Peru.", nil, []string{"SANCTIONS(Peru -> Hezbollah)"}},
		{"Chile backed the banned Hezbollah.", nil, []string{"SANCTIONS(Chile -> Hezbollah)"}},
		{"Hezbollah is a banned group, Peru said.", nil, []string{"SANCTIONS(Peru -> Hezbollah)"}},
		{"Hezbollah is not a banned group in Peru.", nil, []string{"SANCTIONS(Peru -> Hezbollah)"}},
	})
}

// TestListedOn checks that an actor said to be on a list of terrorists or
// of sanctioned parties is SANCTIONED by the list's keepers, named before
// the list noun or after "kept by"; a negated copula or another kind of
// list states nothing.
func TestListedOn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Hezbollah, which fights Peru, is on terrorist lists kept by Chile and the European Union.",
			[]string{"SANCTIONS(Chile -> Hezbollah)", "SANCTIONS(European Union -> Hezbollah)"}, []string{"SANCTIONS(Hezbollah -> Peru)"}},
		{"Peru remains on the Chilean sanctions list.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Hezbollah is still on Chile's terror blacklist.", []string{"SANCTIONS(Chile -> Hezbollah)"}, nil},
		{"Hezbollah is not on Chile's terrorist list.", nil, []string{"SANCTIONS(Chile -> Hezbollah)"}},
		{"Peru is on the list of candidates for the Chilean seat.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Peru is high on Chile's list of priorities.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Cuba was placed on the U.S. sanctions list last year after Venezuela's protest.",
			[]string{"SANCTIONS(United States -> Cuba)"}, []string{"SANCTIONS(United States -> Venezuela)"}},
		{"Peru remains on the Chilean sanctions list after Bolivia's complaint.",
			[]string{"SANCTIONS(Chile -> Peru)"}, []string{"SANCTIONS(Chile -> Bolivia)"}},
		{"Hezbollah has also been added to Chile's terror blacklist.", []string{"SANCTIONS(Chile -> Hezbollah)"}, nil},
		{"Also added to the U.N. sanctions list on Monday was Hamas.", []string{"SANCTIONS(United Nations -> Hamas)"}, nil},
		{"Peru was placed on the list of candidates by Chile.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
	})
}

// TestConjoinedBarePassive checks that a supply verb conjoined to a
// passive participle, with a preposition and no object after it, is
// passive too: its subject is handed over, not the supplier; with an
// object after it, it is active and supplies.
func TestConjoinedBarePassive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Ruiz was arrested in Lima and handed over to Chile.", nil, []string{"SUPPLIES(Ana Ruiz -> Chile)"}},
		{"Ana Ruiz, the former President of Peru, was flown to Bolivia and transferred to the United Nations.", nil,
			[]string{"SUPPLIES(Ana Ruiz -> United Nations)"}},
		{"The rebel leader Ana Ruiz was captured and later handed over to Chile, Peru said.", nil, []string{"SUPPLIES(Ana Ruiz -> Chile)"}},
		{"Peru was attacked and supplied weapons to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, nil},
		{"Peru was attacked by Bolivia and sold rifles to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, nil},
		{"Peru bought the jets and transferred them to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, nil},
	})
}

// TestUnderSanctions checks that an actor said to be under a state's or a
// body's sanctions is SANCTIONED by it, named before the noun or after
// "imposed by"; a negated or hedged copula, a keeper-less "under
// sanctions" and pressure "under" something else state nothing.
func TestUnderSanctions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Paraguay is already under EU sanctions.", []string{"SANCTIONS(European Union -> Paraguay)"}, nil},
		{"Cuba has been under U.S. and EU sanctions since 1962.",
			[]string{"SANCTIONS(United States -> Cuba)", "SANCTIONS(European Union -> Cuba)"}, nil},
		{"Peru, under Chilean sanctions since 2019, denied it.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Peru remains under sanctions imposed by the United Nations.", []string{"SANCTIONS(United Nations -> Peru)"}, nil},
		{"Peru is not under EU sanctions.", nil, []string{"SANCTIONS(European Union -> Peru)"}},
		{"Peru could be under EU sanctions next year.", nil, []string{"SANCTIONS(European Union -> Peru)"}},
		{"Bolivia, under pressure from the EU, criticised the sanctions.", nil, []string{"SANCTIONS(European Union -> Bolivia)"}},
	})
}
