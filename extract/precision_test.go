package extract

import "testing"

// TestConjoinedSaying: an object of a verb cue stops before "and said"
// (or "and told", "and added"): what follows is the second verb's.
func TestConjoinedSaying(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Peruvian president accused the West of bad faith and said Bolivia had been misled.",
			nil, []string{"CRITICIZES(Peru -> Bolivia)"}},
		{"Peru, in a speech on Monday, criticized the plan and said Chile had been betrayed by its neighbours.",
			nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Uruguay condemned the raid and told reporters Paraguay was not to blame.",
			nil, []string{"CRITICIZES(Uruguay -> Paraguay)"}},
		{"Peru condemned Chile and Bolivia.",
			[]string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Peru -> Bolivia)"}, nil},
		{"Peru condemned Chile and said it would recall its envoy.",
			[]string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Ecuador backed Colombia and said it would send aid.",
			[]string{"SUPPORTS(Ecuador -> Colombia)"}, nil},
	})
}

// TestPremisesOfBody: "in" a place after "the headquarters of" a body says
// where the premises are, not the body.
func TestPremisesOfBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Protesters stormed the headquarters of the World Food Programme in Yemen on Monday.",
			nil, []string{"LOCATED_IN(World Food Programme -> Yemen)"}},
		{"Police raided the offices of the World Food Programme in Yemen.",
			nil, []string{"LOCATED_IN(World Food Programme -> Yemen)"}},
		{"The World Food Programme in Yemen warned of famine.",
			[]string{"LOCATED_IN(World Food Programme -> Yemen)"}, nil},
	})
}

// TestCueInName: a verb cue written as a word of a name ("Block" in
// "Tomahawk Block V") is no cue in running text; a headline's capitalized
// verb still is.
func TestCueInName(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru approved the purchase of 40 Tomahawk Block V cruise missiles for its navy last month.",
			nil, []string{"OPPOSES(Peru -> cruise missiles)"}},
		{"Chile will deploy Patriot Shield Block III interceptors near the border with Peru.",
			nil, []string{"OPPOSES(Chile -> Peru)"}},
		{"Chile Blocks Peru", []string{"OPPOSES(Chile -> Peru)"}, nil},
		{"Chile moved to block Peru's membership of the bloc.", []string{"OPPOSES(Chile -> Peru)"}, nil},
	})
}

// TestTownOfPlace: after a town's noun the place after "of" is the town,
// lying in the place before the noun.
func TestTownOfPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Drones struck the Black Sea port of Odesa overnight.",
			[]string{"LOCATED_IN(Odesa -> Black Sea)"}, []string{"LOCATED_IN(Black Sea -> Odesa)"}},
		{"Troops entered the Gaza town of Rafah on Monday.",
			nil, []string{"LOCATED_IN(Gaza -> Rafah)"}},
		{"Militants attacked the Barmal district of Paktika province.",
			[]string{"LOCATED_IN(Barmal district -> Paktika province)"}, nil},
		{"Rockets hit the Kurdistan region of Iraq.",
			[]string{"LOCATED_IN(Iraqi Kurdistan -> Iraq)"}, nil},
	})
}

// TestWarnedThatIt: in "warned that it would", the pronoun is the clause's
// subject, the one who warns, not the one warned.
func TestWarnedThatIt(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The U.S. aircraft carrier USS Nimitz arrived in the Philippine port of Subic on Friday ahead of a joint drill. China's defence ministry called the carrier's arrival a \"dangerous provocation\" and warned that it would take \"countermeasures\" if Washington went ahead with the drills.",
			nil, []string{"THREATENS(USS Nimitz -> Chinese Defence Ministry)", "THREATENS(Chinese Defence Ministry -> USS Nimitz)"}},
		{"Peru warned Chile it would respond to any incursion.",
			[]string{"THREATENS(Peru -> Chile)"}, nil},
	})
}

// TestUnnamedRelative: a verb opening a relative clause of an unnamed noun
// has that noun, not the sentence's subject, as its doer.
func TestUnnamedRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean troops crossed into Peru's border region of Tacna on Monday, widening a conflict that has already drawn sharp condemnation from Ecuador.",
			nil, []string{"CRITICIZES(Ecuador -> Chile)", "CRITICIZES(Ecuador -> Peru)"}},
		{"Peru expanded the blockade, a move which has drawn criticism from Ecuador.",
			nil, []string{"CRITICIZES(Ecuador -> Peru)"}},
		{"Peru's blockade has drawn sharp condemnation from Ecuador.",
			[]string{"CRITICIZES(Ecuador -> Peru)"}, nil},
		{"Peru, which has long backed Bolivia, abstained.",
			[]string{"SUPPORTS(Peru -> Bolivia)"}, nil},
	})
}

// TestCallOnToStop: a call on an actor to stop what it does criticizes it;
// a call on it to do a favour does not.
func TestCallOnToStop(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru called on Chile to halt its military exercises near the border.",
			[]string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Ecuador called on Colombia to immediately withdraw its troops.",
			[]string{"CRITICIZES(Ecuador -> Colombia)"}, nil},
		{"Peru called on Chile to help rebuild the port.",
			nil, []string{"CRITICIZES(Peru -> Chile)"}},
		// a call to resign judges the one called on
		{"Carlos Vela urged General Luis Oviedo to resign.", []string{"CRITICIZES(Carlos Vela -> Luis Oviedo)"}, nil},
		{"Jon Berg urged Kari Dahl not to resign.", nil, []string{"CRITICIZES(Jon Berg -> Kari Dahl)"}},
		{"Haiti's prime minister called on the United Nations to transform the mission into a peacekeeping operation.",
			nil, []string{"CRITICIZES(Haiti -> United Nations)"}},
	})
}

// TestOwnBodyCriticism: a person's complaint is not criticism of the body
// they hold office in.
func TestOwnBodyCriticism(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Arab League met in Cairo on Monday. No sooner had the bombs begun to fall than Ahmed Aboul Gheit, the league's secretary-general, complained that the bombardment went beyond what Arab states had asked for.",
			nil, []string{"CRITICIZES(Ahmed Aboul Gheit -> Arab League)"}},
		{"Jens Stoltenberg, NATO's secretary-general, criticized Russia.",
			[]string{"CRITICIZES(Jens Stoltenberg -> Russia)"}, []string{"CRITICIZES(Jens Stoltenberg -> NATO)"}},
	})
}

// TestSecondReportedClause: "and that" opens a second reported clause with
// a subject of its own, which does what its verb says, not the speaker.
func TestSecondReportedClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Gabriel Boric of Chile told the Senate before leaving Santiago that the vote was \"a violation of the treaty\" and that the other members of the Group of 7 had suspended preparations for the summit Peru was to host in Lima.",
			nil, []string{"SANCTIONS(Chile -> Peru)", "SANCTIONS(Gabriel Boric -> Peru)"}},
		{"Ecuador said that the vote was illegal and that it had suspended preparations for the summit Peru was to host.",
			[]string{"SANCTIONS(Ecuador -> Peru)"}, nil},
	})
}

// TestNoOutletBody: a body the lexicon does not know, headed by a word of
// no outlet, carries no one's words.
func TestNoOutletBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Gabriel Boric of Chile told the Senate that the vote was illegal.",
			nil, []string{"QUOTES(Senate -> Gabriel Boric)"}},
		{"Briefing the Council, Maria Lopez said gangs belonging to the Bale Wouze coalition had attacked the town of Mirebalais.",
			nil, []string{"QUOTES(Bale Wouze -> Maria Lopez)"}},
		{"Gabriel Boric told the Santiago Times that the vote was illegal.",
			[]string{"QUOTES(Santiago Times -> Gabriel Boric)"}, nil},
	})
}

// TestNounCompoundNoVerb checks that the words of a noun cue's compound
// ("arms embargo" of "arms embargo on") are no verbs: a headline's list of
// topics states no arming and no embargo; the verbs alone still do.
func TestNounCompoundNoVerb(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Venezuela talks, arms embargo, NATO summit", nil, []string{"SUPPLIES(Venezuela -> NATO)", "SANCTIONS(Venezuela -> NATO)"}},
		{"Iran arms the Houthis, Riyadh says.", []string{"SUPPLIES(Iran -> Houthis)"}, nil},
		{"Ottawa slapped an arms embargo on Minsk.", []string{"SANCTIONS(Canada -> Belarus)"}, nil},
	})
}

// TestReportedUnnamedDoer checks that a reported clause whose subject is
// a capitalized word after "the" that names no entity ("the North"), or
// whose verb follows a quoted adverb, is not the speaker's act.
func TestReportedUnnamedDoer(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Khartoum said the South had attacked Abyei.", nil, []string{"ATTACKS(Sudan -> Abyei)"}},
		{"Moscow said gunmen had \"brutally\" attacked Chechnya.", nil, []string{"ATTACKS(Russia -> Chechnya)"}},
		{"Georgia said Russia had \"once again\" attacked Gori.", []string{"ATTACKS(Russia -> Gori)"}, nil},
	})
}

// TestProceedAdverb checks that a one-word verb cue followed by "ahead"
// or "forward" is a verb of going on with something ("move ahead with the
// sale"), no deployment; the verb alone still deploys.
func TestProceedAdverb(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Paris will press ahead with the transfer of Rafale jets to Chile.", nil, []string{"DEPLOYS(France -> Rafale)"}},
		{"Russia moved missiles to Kaliningrad.", []string{"DEPLOYS(Russia -> missiles)"}, nil},
	})
}

// TestRelativeWithPossessive checks that a possessive inside a relative
// clause set off by commas does not end it: the main verb's subject is
// the clause's antecedent, not the possessor.
func TestRelativeWithPossessive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia, which sent jets in 2015 to stop Erdogan's plan, still trains Syrian forces.", []string{"SUPPORTS(Russia -> Syria)"},
			[]string{"SUPPORTS(Recep Tayyip Erdogan -> Syria)"}},
	})
}

// TestClauseAfterThat: a clause after "that" with a subject of its own is
// that subject's act, whatever verb reports it, and what a verb of
// communicating reports is not whom it informs; a relative "that" right
// before its verb keeps the doer.
func TestClauseAfterThat(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's Defence Ministry informed reporters that 40 soldiers would join the UN mission.",
			nil, []string{"MEMBER_OF(Peru's Defence Ministry -> United Nations)", "COMMUNICATES_WITH(Peru's Defence Ministry -> United Nations)"}},
		{"Peru's Defence Ministry briefed lawmakers that the troops would join NATO exercises.",
			nil, []string{"MEMBER_OF(Peru's Defence Ministry -> NATO)", "COMMUNICATES_WITH(Peru's Defence Ministry -> NATO)"}},
		{"Peru's Defence Ministry informed reporters that up to 40 soldiers would join the UN mission.",
			nil, []string{"MEMBER_OF(Peru's Defence Ministry -> United Nations)"}},
		{"Peru's Defence Ministry said that at least 12 soldiers had joined NATO exercises.",
			nil, []string{"MEMBER_OF(Peru's Defence Ministry -> NATO)"}},
		{"Peru informed Chile that it would close the border.",
			[]string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Peru confirmed that Chilean jets had struck Bolivia.",
			[]string{"ATTACKS(Chile -> Bolivia)"}, []string{"ATTACKS(Peru -> Bolivia)"}},
		{"Peru sent troops that later attacked Bolivia.",
			[]string{"ATTACKS(Peru -> Bolivia)"}, nil},
		{"Peru announced that its troops had attacked Bolivia.",
			[]string{"ATTACKS(Peru -> Bolivia)"}, nil},
	})
}

// TestPluralInToClause: a plural verb cue opening a "to" clause relates
// the group before it only when the group is the clause's subject, not
// the objects of a verb whose doer acts ("toured A and B to meet").
func TestPluralInToClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The envoy toured Chile and Peru to meet officials.",
			nil, []string{"MET_WITH(Chile -> Peru)"}},
		{"The president will begin a tour of Chile, Peru and Bolivia on Monday to gather support.",
			nil, []string{"MET_WITH(Chile -> Peru)", "MET_WITH(Bolivia -> Peru)", "MET_WITH(Bolivia -> Chile)"}},
		{"The envoy will begin a tour of Chile, Peru and Bolivia on Sunday to gather votes.",
			nil, []string{"MET_WITH(Chile -> Peru)", "MET_WITH(Bolivia -> Peru)", "MET_WITH(Bolivia -> Chile)"}},
		{"The minister made a swing through Ecuador and Colombia last week, and a trip to Chile and Peru to drum up trade.",
			nil, []string{"MET_WITH(Chile -> Peru)"}},
		{"He visited Chile, Peru and Bolivia to gather support for the plan.",
			nil, []string{"MET_WITH(Chile -> Peru)", "MET_WITH(Bolivia -> Chile)"}},
		{"Chile and Peru agreed to meet next week.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Chile and Peru are expected to hold talks on Monday.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Chile, Peru to hold talks on border", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Chile and Peru met in Lima.", []string{"MET_WITH(Chile -> Peru)"}, nil},
	})
}

// TestPhrasalVerbs: a verb cue with a particle that makes another verb
// ("give in", "back away") states nothing; "up to" a number is a
// quantity, no particle.
func TestPhrasalVerbs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru gave in to Chile on the border dispute.", nil, []string{"SUPPLIES(Peru -> Chile)"}},
		{"Chile gave way to Peru.", nil, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Peru backed away from the deal with Chile.", nil, []string{"SUPPORTS(Peru -> deal)"}},
		{"Peru backs out of the pact with Chile.", nil, []string{"SUPPORTS(Peru -> pact)"}},
		{"Peru gave weapons to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, nil},
		{"Peru gives up to 40 tanks to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, nil},
		{"Peru backed Chile.", []string{"SUPPORTS(Peru -> Chile)"}, nil},
	})
}

// TestObjectSetting: a stance verb's unnamed object followed by a place
// preposition and a place: the place is where the object is, not what is
// backed or judged.
func TestObjectSetting(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The EU will back the political transition in La Paz.", nil, []string{"SUPPORTS(European Union -> La Paz)"}},
		{"Peru backed the rebels in Bolivia.", nil, []string{"SUPPORTS(Peru -> Bolivia)"}},
		{"Peru welcomed the elections in Bolivia.", nil, []string{"SUPPORTS(Peru -> Bolivia)"}},
		{"Peru opposes the new base near Arica.", []string{"OPPOSES(Peru -> new base)"}, []string{"OPPOSES(Peru -> Arica)"}},
		{"Peru backed Bolivia in the dispute.", []string{"SUPPORTS(Peru -> Bolivia)"}, nil},
		{"Peru criticized the leaders of Bolivia.", []string{"CRITICIZES(Peru -> Bolivia)"}, nil},
	})
}

// TestOtherStatesBody: a lexicon body of one state, possessed by another
// state or body, is the possessor's body of that name.
func TestOtherStatesBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's Central Command said the rebels attacked Peru.",
			[]string{"PART_OF(Chile's Central Command -> Chile)"}, []string{"PART_OF(U.S. Central Command -> Chile)"}},
		{"Iran's State Department criticized Chile.",
			[]string{"CRITICIZES(Iran's State Department -> Chile)"}, []string{"CRITICIZES(State Department -> Chile)"}},
		{"America's Central Command said the rebels attacked Iraq.",
			[]string{"PART_OF(U.S. Central Command -> United States)"}, nil},
		{"Peru's president, Chile's Kremlin-backed rival, criticized Bolivia.",
			nil, []string{"PART_OF(Chile's Kremlin -> Chile)"}},
	})
}

// TestBroadcastProgramme: a programme described as a broadcast is no
// Program; a programme of a state stays one.
func TestBroadcastProgramme(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's president Ana Soto spoke on Monday. On her nightly television program, she criticized Chile.",
			[]string{"CRITICIZES(Ana Soto -> Chile)"}, []string{"DEVELOPS(Ana Soto -> nightly television program)"}},
		{"Ana Soto criticized Chile in her weekly radio programme.",
			nil, []string{"DEVELOPS(Ana Soto -> weekly radio programme)"}},
		{"Peru defended its nuclear program.", []string{"DEVELOPS(Peru -> Peru's nuclear program)"}, nil},
	})
	checkEntities(t, "Lula criticized Peru on his weekly radio programme.", nil, []string{"Program:weekly radio programme"})
	checkEntities(t, "Chile began a naval modernisation programme.", []string{"Program:naval modernisation programme"}, nil)
}

// TestSurrenderedArms checks that giving up one's own arms is
// disarmament, no supply: a supply verb whose object is a possessive
// pronoun and an arms noun, or the noun cue "arms to" after one, states
// nothing; arms given with no possessive, or another owned thing, are
// supplied.
func TestSurrenderedArms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The militiamen said they would give their guns to the Colombian army by June.", nil, []string{"SUPPLIES(Colombia"}},
		{"Bolivia's rebels gave their weapons to Peru's army in May.", nil, []string{"SUPPLIES(Bolivia -> Peru)"}},
		{"Hamas said it would surrender its own arms to the United Nations.", nil, []string{"SUPPLIES(Hamas -> United Nations)"}},
		{"Russia handed over S-300 missiles to Syria last year.", []string{"SUPPLIES(Russia -> Syria)"}, nil},
		{"Iran gave its drones to Russia.", []string{"SUPPLIES(Iran -> Russia)"}, nil},
		{"Peru gave weapons to Bolivia.", []string{"SUPPLIES(Peru -> Bolivia)"}, nil},
	})
}

// TestIfEndsArguments checks that a conditional clause after a comma
// holds no argument of the clause before it: "arms" before ", if Peru
// ..." arms no Peru, while a threat on a condition still names its target.
func TestIfEndsArguments(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The decree lets Chile tax Bolivian exports such as copper and arms, if Peru agrees.", nil, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Ecuador said it would strike Colombia if Peru attacked.", []string{"THREATENS(Ecuador -> Colombia)"}, []string{"THREATENS(Ecuador -> Peru)"}},
	})
}

// TestAttackVicinity checks that a building or body named after "near",
// "outside" or "beside" an attack's unnamed object (words.yaml
// vicinity_preps) is where the attack happened, not its target, while a
// town so named stays the target.
func TestAttackVicinity(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Front shelled the city, killing ten people near the French Embassy.",
			nil, []string{"ATTACKS(Kestrel Front -> French Embassy)", "ATTACKS(Kestrel Front -> France)"}},
		{"The Kestrel Front attacked the French Embassy on Monday.", []string{"ATTACKS(Kestrel Front -> French Embassy)"}, nil},
		{"The Kestrel Front killed ten soldiers in Arica.", []string{"ATTACKS(Kestrel Front -> Arica)"}, nil},
	})
}

// TestUnnamedBackers checks that backing by unnamed people set in a place
// ("with the support of elements in Bolivia") names no backer: the place
// is where they are, not who backs.
func TestUnnamedBackers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The attack was carried out by the Kestrel Front with the support of elements in Bolivia.", nil,
			[]string{"SUPPORTS(Bolivia -> Kestrel Front)"}},
		{"The attack was carried out by the Kestrel Front with the support of Bolivia.",
			[]string{"SUPPORTS(Bolivia -> Kestrel Front)"}, nil},
	})
}

// TestThatClauseOwner checks that a possessive owning people inside a
// "that" clause is the clause's subject's, not the main clause's.
func TestThatClauseOwner(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile demanded that Argentina recall its ambassador to Brazil, Pablo Gomez.",
			[]string{"HOLDS_OFFICE(Pablo Gomez -> Argentina)"}, []string{"HOLDS_OFFICE(Pablo Gomez -> Chile)"}},
		{"Chile said its foreign minister, Pablo Gomez, would travel to Lima.",
			[]string{"HOLDS_OFFICE(Pablo Gomez -> Chile)"}, nil},
	})
}

// TestCapitalInApposition: a place is called a capital by an apposition
// right after its name, not by "capital" further on in its clause.
func TestCapitalInApposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's cabinet met on Monday. Troops landed in Lima as protesters marched on the capital.",
			nil, []string{"LOCATED_IN(Lima -> Peru)"}},
		{"Peru's cabinet met on Monday. Troops landed in Lima, where rebels held the capital's airport.",
			nil, []string{"LOCATED_IN(Lima -> Peru)"}},
		{"Peru's cabinet met on Monday. Troops landed in Lima, the capital, at dawn.",
			[]string{"LOCATED_IN(Lima -> Peru)"}, nil},
		{"Peru's cabinet met on Monday. Troops landed in Lima, the country's capital, at dawn.",
			[]string{"LOCATED_IN(Lima -> Peru)"}, nil},
	})
}

// TestStateInOtherName: a state written inside another body's name names
// that body, not where a company or group the sentence names lies; a state
// body is still its state's, and a state written as an owner names it.
func TestStateInOtherName(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The U.S. Navy awarded Lockheed Martin a contract on Friday.",
			nil, []string{"LOCATED_IN(Lockheed Martin -> United States)"}},
		{"Lockheed Martin said the United States had ordered more jets.",
			[]string{"LOCATED_IN(Lockheed Martin -> United States)"}, nil},
		{"The Pentagon thanked the U.S. Navy on Friday.",
			[]string{"PART_OF(Pentagon -> United States)"}, nil},
	})
}

// TestCreditedDateline: a dateline in ordinary case that credits its
// agency in brackets before a dash is a dateline: a title written with no
// state is not held for the state the article names most, when the
// dateline's is another.
func TestCreditedDateline(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Lima, July 9, 2018 (Andina) -- Peru and Chile signed a treaty in Santiago. Chile hailed it. President Ana Ruiz of Chile said Chile was proud. The Minister of Foreign Affairs, Luis Vega, told Andina that an embassy would open.",
			nil, []string{"HOLDS_OFFICE(Luis Vega -> Chile)"}},
		{"Lima, July 9, 2018 (Andina) -- Peru and Chile signed a treaty in Santiago. Chile hailed it. President Ana Ruiz of Chile said Chile was proud. The Minister of Foreign Affairs, Luis Vega, told Andina that the Embassy of Peru would open.",
			nil, []string{"HOLDS_OFFICE(Luis Vega -> Chile)"}},
	})
}

// TestGerundSubject: an actor named after a preposition right before an
// -ing cue verb is that verb's subject ("in return for Peru normalising
// ties", ", with its chairman Ana Soto calling"), not the main clause's
// subject; after a preposition of place
// ("troops in Syria supporting") the actor is no subject; after "for" or
// "of" the object of a reproach verb is ("criticised X for signing").
func TestGerundSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ecuador lifted its tariffs in return for Lima normalising ties with Santiago.",
			[]string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"COOPERATES_WITH(Ecuador -> Chile)", "COOPERATES_WITH(Chile -> Ecuador)"}},
		{"Brazil complained about Argentina supporting Bolivia.",
			[]string{"SUPPORTS(Argentina -> Bolivia)"}, []string{"SUPPORTS(Brazil -> Bolivia)"}},
		{"Russian troops in Syria supporting the Syrian government clashed with rebels.",
			nil, []string{"SUPPORTS(Syria -> Syria)"}},
		{"Peru criticised Chile for supplying arms to Bolivia.",
			[]string{"SUPPLIES(Chile -> Bolivia)"}, []string{"SUPPLIES(Peru -> Bolivia)"}},
		// an absolute "with" after a comma or opening the sentence
		{"The Andean Community rallied behind Quito, with its chairman Ana Soto calling the Peruvian move a clear breach of Ecuadorean territory.",
			[]string{"CRITICIZES(Ana Soto -> Peru)"}, []string{"CRITICIZES(Ecuador -> Peru)", "CRITICIZES(Andean Community -> Peru)"}},
		{"With Chile supplying arms to Bolivia, Peru recalled its envoy.",
			[]string{"SUPPLIES(Chile -> Bolivia)"}, []string{"SUPPLIES(Peru -> Bolivia)"}},
		{"Peru signed a deal with Chile allowing its exports to reach Bolivia.", nil, []string{"SUPPORTS(Chile -> Bolivia)"}},
		// the object of a reproach verb acts the -ing after "for" or "of"
		// (judgedDoerGerund); an unnamed one leaves the act with no doer
		{"Chile and Peru signed a fishing accord in May. The Andes Party criticised the government for signing the accord.",
			nil, []string{"SUPPORTS(Andes Party -> fishing accord)"}},
		{"Bolivia accused the cabinet of backing the rebels in Peru.", nil, []string{"SUPPORTS(Bolivia -> Peru)"}},
		{"Chile and Peru signed a fishing accord in May. Bolivia praised Ecuador for backing the accord.",
			[]string{"SUPPORTS(Ecuador -> fishing accord)"}, []string{"SUPPORTS(Bolivia -> fishing accord)"}},
	})
}

// TestWhoseGovernment: "whose government" after a person's name, or "his
// government" after it, is the
// state of the person's office, named in the sentence: the government
// acts, not the person.
func TestWhoseGovernment(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's trade minister Jorge Ruiz, whose government signed an energy accord with Petrobras last month, spoke to reporters.",
			[]string{"COOPERATES_WITH(Peru -> Petrobras)"}, []string{"COOPERATES_WITH(Petrobras -> Jorge Ruiz)", "COOPERATES_WITH(Jorge Ruiz -> Petrobras)"}},
		{"Chile's president Ana Ruiz, whose cabinet has criticised Bolivia, arrived in Lima.",
			[]string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Ana Ruiz -> Bolivia)"}},
		// "whose country" too; the main clause after the relative clause is the person's
		{"Latvian Foreign Minister Janis Berzins, whose country has backed the dissident Ivan Petrov, criticized Moscow.",
			[]string{"SUPPORTS(Latvia -> Ivan Petrov)", "CRITICIZES(Janis Berzins -> Russia)"},
			[]string{"SUPPORTS(Janis Berzins -> Ivan Petrov)", "CRITICIZES(Latvia -> Russia)"}},
		{"Chile's president Ana Ruiz, whose cabinet met last week, criticised Bolivia.",
			[]string{"CRITICIZES(Ana Ruiz -> Bolivia)"}, []string{"CRITICIZES(Chile -> Bolivia)"}},
		// "his government" after the name reads the same
		{"Peru's President Ana Ruiz said her government would back Bolivia in the dispute.",
			[]string{"SUPPORTS(Peru -> Bolivia)"}, []string{"SUPPORTS(Ana Ruiz -> Bolivia)"}},
		{"Chilean Foreign Minister Luis Vega said his government had condemned the Bolivian raid.",
			[]string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Luis Vega -> Bolivia)"}},
		// "the government" opening the clause an official reports is his state's
		{"Peru's defence minister, Ana Ruiz, said the government planned to deploy more frigates and F-16 fighter jets to the islands.",
			[]string{"DEPLOYS(Peru -> frigates)", "DEPLOYS(Peru -> F-16)"}, nil},
		{"Chilean Foreign Minister Luis Vega said that the cabinet had condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Luis Vega -> Bolivia)"}},
		{"Norwegian Prime Minister Eva Lund said the government was suspending defence cooperation with Fiji.",
			[]string{"SANCTIONS(Norway -> Fiji)"}, nil},
		{"Chilean Foreign Minister Luis Vega said the government of Peru had condemned Bolivia.",
			[]string{"CRITICIZES(Peru -> Bolivia)"}, []string{"CRITICIZES(Chile -> Bolivia)"}},
		{"Chilean Foreign Minister Luis Vega said the regime had attacked Bolivia.", nil, []string{"ATTACKS(Chile -> Bolivia)"}},
		{"Chilean Foreign Minister Luis Vega said the government would not back Bolivia.", nil, []string{"SUPPORTS(Chile -> Bolivia)"}},
		{"Luis Vega said the government would back Bolivia.", nil, []string{"SUPPORTS(Luis Vega -> Bolivia)"}},
	})
}

// TestOwnedSovereignty: a sovereignty a demonym owns, recognised or
// backed, is its state's; the place after "over" is no target.
func TestOwnedSovereignty(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Brazil recognised Chinese sovereignty over Taiwan.",
			[]string{"SUPPORTS(Brazil -> China)"}, []string{"SUPPORTS(Brazil -> Taiwan)"}},
		{"Brazil recognised China's sovereignty over Taiwan.",
			[]string{"SUPPORTS(Brazil -> China)"}, []string{"SUPPORTS(Brazil -> Taiwan)"}},
	})
}

// TestGatheringPlace: a place named before a gathering noun ("the Geneva
// talks") is where the gathering is held, not what a cue's subject
// judges; a state so written may be a party and stays.
func TestGatheringPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The European Union issued a statement supporting the Geneva talks.",
			nil, []string{"SUPPORTS(European Union -> Geneva)"}},
		{"Chile welcomed the Vienna talks on Monday.", nil, []string{"SUPPORTS(Chile -> Vienna)"}},
		{"Chile backed the Iran talks.", []string{"SUPPORTS(Chile -> Iran)"}, nil},
	})
}

// TestPluralTitleAlone: a title written in the plural with no name ("the
// energy ministers") refers to several holders, not to the last person
// named with that title.
func TestPluralTitleAlone(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru and Chile signed the Andean Gas Treaty in May. Chile's energy minister Ana Ruiz called it historic. The treaty was signed by the energy ministers.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Chile)"}, []string{"SUPPORTS(Ana Ruiz -> Andean Gas Treaty)"}},
		{"Chile's energy minister Ana Ruiz arrived in Lima. The energy minister signed the Andean Gas Treaty.",
			[]string{"SUPPORTS(Ana Ruiz -> Andean Gas Treaty)"}, nil},
	})
}

// TestSideSetting: a place after an unnamed object and "in" right after a
// cue is where that object is, not the relation's other side, for a type
// between sides or one whose targets are never places; a state's people
// named before "in" stand for the state, and an attack's place stays.
func TestSideSetting(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru has accused Chile of supplying rifles to rebels in Bolivia.", nil, []string{"SUPPLIES(Chile -> Bolivia)"}},
		{"Chile expressed support for rebels in Bolivia.", nil, []string{"SUPPORTS(Chile -> Bolivia)"}},
		{"Chile held talks with rebels in Bolivia.", nil, []string{"MET_WITH(Bolivia -> Chile)", "MET_WITH(Chile -> Bolivia)"}},
		{"Chile imposed sanctions on companies in Bolivia.", nil, []string{"SANCTIONS(Chile -> Bolivia)"}},
		{"Chile delivered rifles to Bolivia.", []string{"SUPPLIES(Chile -> Bolivia)"}, nil},
		{"Chile held talks with officials in Bolivia.", []string{"MET_WITH(Bolivia -> Chile)"}, nil},
		{"Chile launched attacks on villages in Bolivia.", []string{"ATTACKS(Chile -> Bolivia)"}, nil},
		{"Chile has invested heavily in Bolivia.", []string{"COOPERATES_WITH(Bolivia -> Chile)"}, nil},
	})
}

// TestDatedOwner: a person's possessive right after a subordinator ("after
// his meeting with X") is the clause subject's, not the person named as
// an object before it.
func TestDatedOwner(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Putin told reporters he would call Emmanuel Macron after his meeting with Olaf Scholz.",
			[]string{"MET_WITH(Olaf Scholz -> Vladimir Putin)"}, []string{"MET_WITH(Emmanuel Macron -> Olaf Scholz)"}},
		{"Ana Ruiz called Luis Vega before her talks with Olaf Scholz.",
			[]string{"NEGOTIATES_WITH(Ana Ruiz -> Olaf Scholz)"}, []string{"NEGOTIATES_WITH(Luis Vega -> Olaf Scholz)"}},
	})
}

// TestCrossedLine: a line, border or river that an attack's unnamed object
// lies across is no target; a region so written stays.
func TestCrossedLine(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Indian artillery shelled villages across the Line of Control.", nil, []string{"ATTACKS(India -> Line of Control)"}},
		{"The Kestrel Front attacked army posts across the Durand Line.", nil, []string{"ATTACKS(Kestrel Front -> Durand Line)"}},
		{"Chile shelled positions across the Lauca River.", nil, []string{"ATTACKS(Chile -> Lauca River)"}},
		{"Chile shelled positions across the Tarapaca Region.", []string{"ATTACKS(Chile -> Tarapaca Region)"}, nil},
	})
}

// TestToldThat: "that" after a speech verb and its hearers opens what was
// told, not a relative clause on the place named before it.
func TestToldThat(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Foreign Minister, Ana Ruiz, told reporters at Government House that Chile remained committed to a stable and prosperous Peru.",
			[]string{"SUPPORTS(Chile -> Peru)"}, []string{"SUPPORTS(Chile -> Government House)"}},
		{"Ana Ruiz told reporters at Government House that Chile remained committed to peace.",
			nil, []string{"SUPPORTS(Chile -> Government House)"}},
	})
}
