package extract

import "testing"

// TestCriticismPhrasings checks the wire-story phrasings of criticism and
// opposition listed in cues.yaml: verbs of verbal attack, "be opposed to",
// withheld approval, and criticism the subject receives from someone.
func TestCriticismPhrasings(t *testing.T) {
	checkPatterns(t, []patternCase{
		// verbal attack
		{"Peru railed against Chile on Tuesday.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru spoke out against Chile's decision.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Ecuador blasted Colombia over the tariffs.", []string{"CRITICIZES(Ecuador -> Colombia)"}, nil},
		{"Ecuador lambasted Colombia in a speech.", []string{"CRITICIZES(Ecuador -> Colombia)"}, nil},
		{"Peru took aim at Chile in a speech.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"The blast near Chile's embassy in Peru killed two.", nil, []string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Chile -> Peru)"}},
		{"Peru did not speak out against Chile.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		// opposition
		{"Peru is strongly opposed to Chile's membership.", []string{"OPPOSES(Peru -> Chile)"}, nil},
		{"Uruguay balked at Paraguay's proposal.", []string{"OPPOSES(Uruguay -> Paraguay)"}, nil},
		{"Uruguay has been at odds with Paraguay over water rights.", []string{"OPPOSES(Uruguay -> Paraguay)"}, nil},
		{"Uruguay withheld its approval for Paraguay's membership.", []string{"OPPOSES(Uruguay -> Paraguay)"}, nil},
		{"Uruguay pushed back against Paraguay's demands.", []string{"OPPOSES(Uruguay -> Paraguay)"}, nil},
		{"Uruguay came out strongly against Paraguay's bid.", []string{"OPPOSES(Uruguay -> Paraguay)"}, nil},
		{"Uruguay did not come out against Paraguay's bid.", nil, []string{"OPPOSES(Uruguay -> Paraguay)"}},
		{"Uruguay is not opposed to Paraguay's membership.", nil, []string{"OPPOSES(Uruguay -> Paraguay)"}},
		// criticism received: the critics follow "from"
		{"Chile's decision was met with criticism from Peru.", []string{"CRITICIZES(Peru -> Chile)"}, []string{"MET_WITH(Chile -> Peru)"}},
		{"Chile's plan sparked protests from Peru and Bolivia.", []string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Bolivia -> Chile)"}, nil},
		{"Chile's move prompted a sharp rebuke from Peru.", []string{"CRITICIZES(Peru -> Chile)"}, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Peru was met with applause in Chile.", nil, []string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Peru -> Chile)"}},
	})
}

// TestDemonymOwnedAct checks that a demonym before an owned act or stance
// in a judging verb's object names the one judged.
func TestDemonymOwnedAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru criticized the Chilean decision.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Uruguay rejected the Paraguayan proposal to hold talks.", []string{"OPPOSES(Uruguay -> Paraguay)"}, nil},
		{"Norway condemned the Russian annexation of Crimea.", []string{"CRITICIZES(Norway -> Russia)"}, nil},
		{"Peru criticized the Chilean stance on the border.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru welcomed the Chilean decision.", nil, []string{"CRITICIZES(Peru -> Chile)", "OPPOSES(Peru -> Chile)"}},
		// the judge's own act, or an act owned by no one named
		{"Peru criticized the Peruvian decision.", nil, []string{"CRITICIZES(Peru -> Peru)"}},
		{"Peru criticized the decision to expel Chilean diplomats.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru did not criticize the Chilean decision.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		// a noun cue's object
		{"Peru voiced strong opposition to the Chilean plan.", []string{"OPPOSES(Peru -> Chile)"}, nil},
		{"Peru's criticism of the Chilean decision drew a response.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		// an act with no owner named: the clause after it holds no target
		{"Peru's opposition to the plan angered Chile.", nil, []string{"OPPOSES(Peru -> Chile)"}},
		{"Peru criticized the move, which surprised Chile.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru criticized the plan and Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
	})
}

// TestStatementAgent checks that the author of the statement a passive cue
// was made in is its agent.
func TestStatementAgent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile was condemned in a joint statement by Peru and Bolivia.", []string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Bolivia -> Chile)"}, nil},
		{"Chile was criticized in a letter from Peru.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Chile's decision was criticized in a strongly worded statement by Peru.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Ecuador was sanctioned in a resolution by the European Union.", []string{"SANCTIONS(European Union -> Ecuador)"}, nil},
		// the object of "under" is no subject
		{"Ecuador is already under EU sanctions, and was condemned in a joint statement by Peru and Chile.",
			[]string{"CRITICIZES(Peru -> Ecuador)"}, []string{"CRITICIZES(Peru -> European Union)"}},
		// an event with no doer, or no statement phrase: no agent
		{"The attack on Chile was condemned in a joint statement by Peru.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Chile was criticized in a statement on Monday, Peru said.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestIncludedCritics checks that the members a plural noun of critics or
// opponents is said to include criticize (oppose) the one it names.
func TestIncludedCritics(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Critics of Chile include Peru and Argentina.", []string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Argentina -> Chile)"}, nil},
		{"Chile's critics include Peru.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Chile's opponents, who include Peru and Bolivia, met on Monday.", []string{"OPPOSES(Peru -> Chile)", "OPPOSES(Bolivia -> Chile)"}, nil},
		{"Critics of Chile, including Peru, called the move illegal.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Opponents of Chile, such as Peru and Bolivia, stayed away.", []string{"OPPOSES(Peru -> Chile)", "OPPOSES(Bolivia -> Chile)"}, nil},
		{"Chile has cut its forests, and its critics, which include the environmental group Greenpeace, are angry.",
			[]string{"CRITICIZES(Greenpeace -> Chile)"}, nil},
		// no list, a copula, or the one criticized itself
		{"Critics of Chile were quick to respond to Peru.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Critics of Chile are Peru's allies.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Critics of Chile include Chile's own senators.", nil, []string{"CRITICIZES(Chile -> Chile)"}},
	})
}

// TestAllegations checks allegations as criticism of the one the clause
// after them accuses, and the judging words of accusation.
func TestAllegations(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru alleged that Bolivia had armed the rebels.", []string{"CRITICIZES(Peru -> Bolivia)"}, nil},
		{"Peru reiterated its accusation that Bolivia is arming the rebels.", []string{"CRITICIZES(Peru -> Bolivia)"}, nil},
		{"Bolivia rejected allegations that it had armed the rebels.", nil, []string{"CRITICIZES(Bolivia -> Bolivia)"}},
		{"The firm's director has alleged ties to Bolivia.", nil, []string{"CRITICIZES(firm -> Bolivia)"}},
		{"Peru did not allege that Bolivia had armed the rebels.", nil, []string{"CRITICIZES(Peru -> Bolivia)"}},
		// judging words
		{"Peru called the Chilean strike \"unforgivable\".", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru regards Bolivia as a threat to its security.", []string{"CRITICIZES(Peru -> Bolivia)"}, nil},
		{"Peru called the Chilean attack an act of war.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru called the gas treaty \"a bad deal\".", []string{"OPPOSES(Peru -> gas treaty)"}, nil},
		{"Peru said the threat of a war with Bolivia had receded.", nil, []string{"CRITICIZES(Peru -> Bolivia)"}},
	})
}

// TestOwnSideNotCriticized checks that words a speaker says never make it
// criticize the state it speaks for.
func TestOwnSideNotCriticized(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Jane Roe said Peru's aggression must stop.", []string{"CRITICIZES(Jane Roe -> Peru)"}, nil},
		{"Chilean President Jane Roe said Chile's provocation must stop.", nil, []string{"CRITICIZES(Jane Roe -> Chile)"}},
		{"Chilean President Jane Roe said the attack was Chile's doing.", nil, []string{"CRITICIZES(Jane Roe -> Chile)"}},
	})
}

// TestReportedAttacks checks that a speaker reporting an attack on its own
// side criticizes the attacker, and that other reports state no criticism.
func TestReportedAttacks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile said Peru had attacked Chile.", []string{"ATTACKS(Peru -> Chile)", "CRITICIZES(Chile -> Peru)"}, nil},
		{"Chilean President Jane Roe said Peru had attacked Chile.", []string{"CRITICIZES(Jane Roe -> Peru)"}, nil},
		{"Peru shelled Chile's border posts, the Chilean government said.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		// an attack on someone else, or by the speaker's own side
		{"Chile said Peru had attacked Bolivia.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chilean President Jane Roe said Chile had attacked Peru.", nil, []string{"CRITICIZES(Jane Roe -> Chile)", "CRITICIZES(Jane Roe -> Peru)"}},
		{"Chile denied that Peru had attacked Chile.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		// told to an audience, and a speaker for a body of the state
		{"Chilean Defence Minister Jane Roe told reporters that Peruvian troops had shelled Chilean posts.",
			[]string{"CRITICIZES(Jane Roe -> Peru)"}, nil},
		{"General John Doe, deputy chief of the Chilean General Staff, told a news conference in Santiago that Peruvian artillery had shelled Chilean soldiers.",
			[]string{"CRITICIZES(John Doe -> Peru)"}, nil},
		{"Chilean Defence Minister Jane Roe told reporters that Peru had shelled Bolivian posts.", nil, []string{"CRITICIZES(Jane Roe -> Peru)"}},
		// an attack told in a relative clause that describes the doer is
		// the article's background, not the speaker's report
		{"Chilean Defence Minister Jane Roe said the truce would not stop Peru, which has shelled Chile for a year.",
			nil, []string{"CRITICIZES(Jane Roe -> Peru)"}},
		{"Chilean Defence Minister Jane Roe told reporters that Chilean troops had shelled Peru.", nil,
			[]string{"CRITICIZES(Jane Roe -> Peru)", "CRITICIZES(Jane Roe -> Chile)"}},
	})
}

// TestFrontedCue checks the nouns of a verbal attack and a noun cue that
// opens the sentence in an indefinite "in" phrase: the main clause's
// subject does the noun's act.
func TestFrontedCue(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"In a rebuke to Chile, Peru recalled its ambassador.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"In a rare public rebuke to Chile, Peru's president said borders must be respected.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"In a meeting with Peru, Chile agreed to reopen the border.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Peru recalled its ambassador in a swipe at Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Chile's president took a jab at Peru on Monday.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		// not fronted, or no noun cue
		{"In response to the sanctions on Chile, Peru said it would act.", nil, []string{"SANCTIONS(Peru -> Chile)"}},
		{"In a statement on the attack on Bolivia, Peru said it would act.", nil, []string{"ATTACKS(Peru -> Bolivia)"}},
	})
}

// TestAnsweredCriticism checks criticism the subject answers (the critics
// follow "from") and a passive's agent after a short adjunct.
func TestAnsweredCriticism(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru rejected the criticism from Chile.", []string{"CRITICIZES(Chile -> Peru)"}, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru rejected Chile's criticism.", []string{"CRITICIZES(Chile -> Peru)"}, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru and Ecuador dismissed the Chilean accusations.", []string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Chile -> Ecuador)"}, nil},
		{"Peru hit back at Chile's criticism.", []string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru rejected Chile's criticism of Bolivia.", []string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Peru rejected Chile's plan.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Peru rejected the criticism.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Peru's foreign minister brushed off criticism from Chile and Bolivia.",
			[]string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Bolivia -> Peru)"}, nil},
		{"Uruguay on Monday dismissed accusations from Paraguay that it had closed the border.",
			[]string{"CRITICIZES(Paraguay -> Uruguay)"}, []string{"SANCTIONS(Uruguay -> Paraguay)"}},
		// the agent after an adjunct
		{"Peru was rebuked on Monday by Chile.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Peru has been sharply criticised, openly and at length, by Chile.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Peru was criticised, and later praised by Chile.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Peru criticised the plan, expecting to be scolded, in public, by Chile.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Peru was criticised at the summit, attended by Chile.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
	})
}

// TestThreatAndConcern checks a threat owned by an actor in someone's words
// (an accusing noun) and concern someone has about an actor.
func TestThreatAndConcern(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's president said the country must focus on the Chilean threat.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said it would confront the threat from Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said the threat of war was receding.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said Chile's security was under threat.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said Chile was no threat.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said its sovereignty was under threat from Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru has real concerns about Chile's support for the rebels.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru has no concerns about Chile.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestVowedAttack checks that an attack or sanction its doer vows, pledges
// or promises to carry out is a threat, not the act.
func TestVowedAttack(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru vowed to strike Chile.", []string{"THREATENS(Peru -> Chile)"}, []string{"ATTACKS(Peru -> Chile)"}},
		{"Peru pledged to impose sanctions on Chile.", []string{"THREATENS(Peru -> Chile)"}, []string{"SANCTIONS(Peru -> Chile)"}},
		{"Peru has vowed to attack Chile if it crosses the border.", []string{"THREATENS(Peru -> Chile)"}, []string{"ATTACKS(Peru -> Chile)"}},
		{"Peru struck Chile after Bolivia vowed to respond.", []string{"ATTACKS(Peru -> Chile)"}, []string{"THREATENS(Peru -> Chile)"}},
		{"Peru reserves the right to strike Chile.", []string{"THREATENS(Peru -> Chile)"}, []string{"ATTACKS(Peru -> Chile)"}},
		// warned of action in return
		{"Peru warned Chile of serious consequences if it closed the border.", []string{"THREATENS(Peru -> Chile)"}, nil},
		{"Peru warned Chile of a swift military response.", []string{"THREATENS(Peru -> Chile)"}, nil},
		{"Peru warned Chile of the risks of inflation.", nil, []string{"THREATENS(Peru -> Chile)"}},
		{"Peru did not warn Chile of consequences.", nil, []string{"THREATENS(Peru -> Chile)"}},
		// threats faced: the one who threatens follows "from"
		{"Chile faces threats from Peru.", []string{"THREATENS(Peru -> Chile)"}, []string{"THREATENS(Chile -> Peru)"}},
		{"Chile has come under growing threat from Peru.", []string{"THREATENS(Peru -> Chile)"}, nil},
		{"Chile does not face threats from Peru.", nil, []string{"THREATENS(Peru -> Chile)"}},
	})
}

// TestSaidViolation checks that a verb of violating in a clause someone
// says accuses the clause's subject.
func TestSaidViolation(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru said the Chilean decision violated international law.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said Chile had violated the ceasefire.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Uruguay breached the ceasefire, Paraguay said.", []string{"CRITICIZES(Paraguay -> Uruguay)"}, nil},
		{"Peru said the gas treaty violated its sovereignty.", []string{"OPPOSES(Peru -> gas treaty)"}, nil},
		// negated, hedged, unsaid, or the speaker's own act
		{"Peru said Chile had not violated the ceasefire.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said Chile could violate the ceasefire.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Chile violated the ceasefire on Monday in Peru.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru denied that Chile had violated the ceasefire.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		// a wrong committed (a judging word or an accusing noun as object)
		{"Peru said Chile had committed war crimes.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said Chilean forces had committed atrocities against farmers.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{`Peru's president said Chile's leadership had committed "a form of genocide".`, []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said Chile had committed troops to the mission.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said Chile had not committed war crimes.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said Chile may have committed war crimes.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru denied that Chile had committed war crimes.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestDecidedAct checks that the infinitive of an owned decision or
// refusal is done, while a plan or an unowned decision is only intended,
// and that a disproportionate act judges its owner.
func TestDecidedAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Protests followed Uruguay's decision to spurn the trade pact.", []string{"OPPOSES(Uruguay -> trade pact)"}, nil},
		{"Chile's decision to expel Peru's ambassador angered Lima.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile's plan to expel Peru's ambassador angered Lima.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile postponed a decision to expel Peru's ambassador.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Peru called Chile's use of force disproportionate.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said Chile's response was not excessive.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestDemandsAndDispleasure checks demands of an apology or explanation,
// protest notes and voiced displeasure as criticism, and a threatened or
// vowed attack after a noun as a threat only.
func TestDemandsAndDispleasure(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru demanded an apology from Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru demanded an explanation from Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru sent a protest note to Chile.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru expressed deep disappointment with Chile's decision.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru expressed regret over Chile's decision.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru expressed disappointment with the result of the vote in Chile.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru did not demand an apology from Chile.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		// the infinitive of a threat or vow is only threatened
		{"Peru's threat to invade Chile alarmed Bolivia.", []string{"THREATENS(Peru -> Chile)"}, []string{"ATTACKS(Peru -> Chile)"}},
		{"Peru's vow to strike Chile drew criticism.", []string{"THREATENS(Peru -> Chile)"}, []string{"ATTACKS(Peru -> Chile)"}},
	})
}

// TestCondemnedEarlierEvent checks that a definite event noun with no doer
// as a judging verb's object judges the doer of the event told just
// before, never the judge itself, nor an event told elsewhere.
func TestCondemnedEarlierEvent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia shelled Kharkiv on Monday. Ukraine condemned the attack.", []string{"CRITICIZES(Ukraine -> Russia)"}, nil},
		{"Russia shelled Kharkiv on Monday. Ukraine spoke out against the strikes.", []string{"CRITICIZES(Ukraine -> Russia)"}, nil},
		{"Russia shelled Kharkiv on Monday. Russia condemned the attack.", nil, []string{"CRITICIZES(Russia -> Russia)"}},
		{"Russia shelled Kharkiv on Monday. Poland condemned the attack on Lithuania.", nil, []string{"CRITICIZES(Poland -> Russia)"}},
		{"Russia shelled Kharkiv on Monday. Poland condemned an attack.", nil, []string{"CRITICIZES(Poland -> Russia)"}},
		// further back, only the one actor of such events in the article
		// (soleEventAgent)
		{"Russia shelled Kharkiv on Monday. Talks resumed. Prices rose. Markets fell. Poland condemned the attack.",
			[]string{"CRITICIZES(Poland -> Russia)"}, nil},
		{"Russia shelled Kharkiv on Monday. Belarus shelled Lviv. Talks resumed. Prices rose. Markets fell. Poland condemned the attack.",
			nil, []string{"CRITICIZES(Poland -> Russia)", "CRITICIZES(Poland -> Belarus)"}},
		{"Chile's president Ana Soto visited Bolivia in May. Talks resumed. Prices rose. Markets fell. Peru criticised the visit.",
			[]string{"CRITICIZES(Peru -> Ana Soto)"}, nil},
		{"Peru's president Jorge Vega visited Bolivia in May. Talks resumed. Prices rose. Markets fell. Peru criticised the visit.",
			nil, []string{"CRITICIZES(Peru -> Jorge Vega)"}},
		// a coup ousts a person: its doer is who ousted one
		{"General Ruiz ousted President Ana Soto on Monday. Chile condemned the coup.", []string{"CRITICIZES(Chile -> Ruiz)"}, nil},
		{"General Ruiz ousted President Ana Soto on Monday. Talks resumed. Prices rose. Markets fell. Soto condemned the takeover as illegal.",
			[]string{"CRITICIZES(Ana Soto -> Ruiz)"}, nil},
		{"Peru opposed Bolivia's bid on Monday. Chile condemned the coup.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		// events of other types (stance_events): a launch, an expulsion
		{"Uruguay test-fired a ballistic missile on Tuesday. Paraguay strongly condemned the launch.",
			[]string{"CRITICIZES(Paraguay -> Uruguay)"}, nil},
		{`Uruguay test-fired a ballistic missile on Tuesday. Paraguay's president said Paraguay "strongly condemns" the test.`,
			[]string{"CRITICIZES(Paraguay -> Uruguay)"}, nil},
		{"Chile expelled two Peruvian diplomats on Monday. Peru condemned the expulsion.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Uruguay test-fired a ballistic missile on Tuesday. Paraguay welcomed the launch of the new campaign.", nil,
			[]string{"SUPPORTS(Paraguay -> Uruguay)"}},
		{"Uruguay deployed Patriot missiles on Tuesday. Paraguay opposes the deployment of Patriot.",
			[]string{"OPPOSES(Paraguay -> Patriot)"}, nil},
	})
}

// TestQuotedSelf checks that "we" or "I" criticizing or opposing inside a
// quotation is the one named as saying it outside.
func TestQuotedSelf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`"We condemn Chile's decision," Peru said.`, []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{`"I condemn Ukraine's decision," said Vladimir Putin.`, []string{"CRITICIZES(Vladimir Putin -> Ukraine)"}, nil},
		{`"We have always opposed Chile's membership," Peru's foreign minister Jane Roe told reporters.`,
			[]string{"OPPOSES(Jane Roe -> Chile)"}, nil},
		// negated, or said by no one named
		{`"We do not condemn Chile," Peru said.`, nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{`"We condemn Chile's decision," the statement said.`, nil, []string{"CRITICIZES(Chile -> Chile)"}},
	})
}

// TestStatementDrew checks that what a statement in a phrase of the main
// clause drew ("in remarks that drew a rebuke from X") is drawn by the
// main clause's subject, and that an unnamed act's relative clause names
// no one.
func TestStatementDrew(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Putin criticized Poland on Friday, in a speech that drew a sharp rebuke from Kyiv and from Latvia's new government.",
			[]string{"CRITICIZES(Ukraine -> Vladimir Putin)", "CRITICIZES(Latvia -> Vladimir Putin)"},
			[]string{"CRITICIZES(Ukraine -> Poland)", "CRITICIZES(Latvia -> Poland)"}},
		{"Putin spoke in Moscow on Friday, in a speech that drew criticism from Kyiv.", []string{"CRITICIZES(Ukraine -> Vladimir Putin)"}, nil},
		{"Russia widened a conflict that has drawn condemnation from Poland.", nil, []string{"CRITICIZES(Poland -> Russia)"}},
	})
}

// TestActApposition checks that a judging participle after an apposed act
// or stance (", a line criticised by Peru") judges the clause's subject,
// whatever a relative clause or the parse puts nearer; and that the agent
// of such a participle is no object of the clause's own cue verb.
func TestActApposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, whose foreign minister Jane Roe visited Lima this year, has argued for lifting the embargo, a line criticised by Peru and Bolivia.",
			[]string{"CRITICIZES(Peru -> Chile)", "CRITICIZES(Bolivia -> Chile)"}, []string{"CRITICIZES(Peru -> Jane Roe)"}},
		{"Chile backed Bolivia, a move criticised by Peru.", []string{"CRITICIZES(Peru -> Chile)", "SUPPORTS(Chile -> Bolivia)"},
			[]string{"CRITICIZES(Peru -> Bolivia)"}},
		{"Chile supported the plan, a move condemned by Peru.", []string{"CRITICIZES(Peru -> Chile)"}, []string{"SUPPORTS(Chile -> Peru)"}},
		{"Chile backed the plan, a step applauded by Peru.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chile condemned the strikes carried out by Peru.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
	})
}

// TestInProtestAt checks that a measure taken "in protest at" an act
// criticizes the act's owner named right after the phrase, from the
// clause's subject; a protest at something done to a side, a protest
// with no actor, or a negated measure states nothing.
func TestInProtestAt(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile recalled its ambassador in protest at Peru's decision.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Chile withdrew its envoy from Lima in protest at Peruvian President Jorge Vega's trip to the disputed islet.",
			[]string{"CRITICIZES(Chile -> Jorge Vega)", "SANCTIONS(Chile -> Peru)"}, []string{"CRITICIZES(Peru -> Jorge Vega)"}},
		{"Chile walked out of the talks in protest over the Peruvian decision.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Chile recalled its ambassador in protest at the arrest of Peru's envoy.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chile did not recall its ambassador in protest at Peru's decision.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Students marched in Santiago in protest against the reform.", nil, []string{"CRITICIZES(Chile -> Chile)"}},
	})
}

// TestVerbalAttack checks that a named person who "attacks" an actor, with
// no weapon named, criticizes it; a place attacked, a weapon, or a state
// as the doer keeps the attack.
func TestVerbalAttack(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Carlos Ruiz attacked Peru over its tariffs on Monday.", []string{"CRITICIZES(Carlos Ruiz -> Peru)"}, []string{"ATTACKS(Carlos Ruiz -> Peru)"}},
		{"President Carlos Ruiz, who has repeatedly attacked Lima, said Chile would stay.", []string{"CRITICIZES(Carlos Ruiz -> Peru)"}, []string{"ATTACKS(Carlos Ruiz -> Peru)"}},
		{"Ana Soto attacked Carlos Ruiz in a speech.", []string{"CRITICIZES(Ana Soto -> Carlos Ruiz)"}, nil},
		{"Carlos Ruiz attacked Tacna with drones.", []string{"ATTACKS(Carlos Ruiz -> Tacna)"}, []string{"CRITICIZES(Carlos Ruiz -> Tacna)", "OPPOSES(Carlos Ruiz -> Tacna)"}},
		{"Carlos Ruiz attacked Peru with cruise missiles.", []string{"ATTACKS(Carlos Ruiz -> Peru)"}, []string{"CRITICIZES(Carlos Ruiz -> Peru)"}},
		{"Peru attacked Chile on Monday.", []string{"ATTACKS(Peru -> Chile)"}, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestWantedGone checks that wanting a named actor removed, disbanded or
// out opposes it; a negated want, another participle and a name that is
// no object of "want" (inside the object's phrase) state nothing.
func TestWantedGone(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru wants General Luis Vega removed from power.", []string{"OPPOSES(Peru -> Luis Vega)"}, nil},
		{"Chile wanted the Kestrel Front disbanded.", []string{"OPPOSES(Chile -> Kestrel Front)"}, nil},
		{"Bolivia wants Chile out of the talks.", []string{"OPPOSES(Bolivia -> Chile)"}, nil},
		{"Peru does not want General Luis Vega removed.", nil, []string{"OPPOSES(Peru -> Luis Vega)"}},
		{"Peru wants General Luis Vega reelected.", nil, []string{"OPPOSES(Peru -> Luis Vega)"}},
		{"Chile wants the arms embargo on Bolivia lifted.", nil, []string{"OPPOSES(Chile -> Bolivia)"}},
	})
}

// TestDrawnFrom checks that sanctions and backing the subject draws or
// wins, like criticism, come from the actors after "from" or "of", and
// that a negated win or a non-actor's relative clause states nothing.
func TestDrawnFrom(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"General Luis Vega took over the government in Lima, drawing quick sanctions from Chile and Bolivia.",
			[]string{"SANCTIONS(Chile -> Luis Vega)", "SANCTIONS(Bolivia -> Luis Vega)"}, nil},
		{"Peru's plan drew praise from Chile.", []string{"SUPPORTS(Chile -> Peru)"}, []string{"SUPPORTS(Peru -> Chile)"}},
		{"Peru has the backing of Brazil.", []string{"SUPPORTS(Brazil -> Peru)"}, nil},
		{"Ana Soto of Peru won the backing of Brazil.", []string{"SUPPORTS(Brazil -> Ana Soto)"}, nil},
		{"Peru failed to win the backing of Brazil.", nil, []string{"SUPPORTS(Brazil -> Peru)"}},
		{"Peru did not win the support of Brazil.", nil, []string{"SUPPORTS(Brazil -> Peru)"}},
		{"Russia widened a conflict that has drawn sanctions from Poland.", nil, []string{"SANCTIONS(Poland -> Russia)"}},
		{"Peru received support from Brazil.", nil, []string{"SUPPORTS(Brazil -> Peru)"}},
	})
}

// TestCriticOfOwnGovernment checks criticsOwnState: a critic of one known
// state (or an opposition critic of none: the home state) whose verb's
// object is the bare "the government" judges his own state's government,
// and no state named later in the charge; a state, a critic of no known state, a government
// placed by "of" or owned by "'s", and "the regime" give no such reading.
func TestCriticOfOwnGovernment(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's opposition leader Ana Soto criticised the government on Monday.", []string{"CRITICIZES(Ana Soto -> Peru)"}, nil},
		{"Chilean senator Tomas Ortega accused the government of lying about the deal.", []string{"CRITICIZES(Tomas Ortega -> Chile)"}, nil},
		{"Bolivia's former president Rosa Quispe, who leads the opposition, condemned the cabinet for the arrests.", []string{"CRITICIZES(Rosa Quispe -> Bolivia)"}, nil},
		{"The Ecuadorian opposition leader Luis Vera denounced the administration over the tariffs.", []string{"CRITICIZES(Luis Vera -> Ecuador)"}, nil},
		// the critic's office is a party's, of no state: the state his
		// title's demonym named
		{"Ecuadorian opposition leader Luis Vera spoke in Quito. The Andes Party praised the accord but its leader, Luis Vera, criticised the government over the delay.",
			[]string{"CRITICIZES(Luis Vera -> Ecuador)"}, nil},
		// no such reading
		{"Peru's foreign minister Ana Soto criticised the government of Chile.", []string{"CRITICIZES(Ana Soto -> Chile)"}, []string{"CRITICIZES(Ana Soto -> Peru)"}},
		{"Peru's opposition leader Ana Soto praised the government on Monday.", nil, []string{"CRITICIZES(Ana Soto -> Peru)"}},
		{"Peru's opposition leader Ana Soto criticised the government's critics.", nil, []string{"CRITICIZES(Ana Soto -> Peru)"}},
		{"Peru's opposition leader Ana Soto denounced the regime.", nil, []string{"CRITICIZES(Ana Soto -> Peru)"}},
		{"Peru criticised the government on Monday.", nil, []string{"CRITICIZES(Peru -> Peru)"}},
		{"Ana Soto criticised the government on Monday.", nil, []string{"CRITICIZES(Ana Soto -> Peru)"}},
		// a leader of a party bound to no state, or to two, criticises none
		{"Peru hosted the talks. The Andes Party praised the accord but its leader, Luis Vera, criticised the government.", nil, []string{"CRITICIZES(Luis Vera -> Peru)"}},
		{"Peruvian envoy Luis Vera met Ecuadorian opposition leader Luis Vera. The Andes Party praised the accord but its leader, Luis Vera, criticised the government.",
			nil, []string{"CRITICIZES(Luis Vera -> Peru)", "CRITICIZES(Luis Vera -> Ecuador)"}},
		{"Peru's opposition leader Ana Soto was criticised by the government.", nil, []string{"CRITICIZES(Ana Soto -> Peru)", "CRITICIZES(Peru -> Ana Soto)"}},
		// what the government did is the government's (judged_acts)
		{"Peru's opposition leader Ana Soto criticised the government's response to the floods.", []string{"CRITICIZES(Ana Soto -> Peru)"}, nil},
		// a critic called the opposition, of no known state, judges the
		// article's home state's government (homeCountry); a state named in
		// the charge is not the one judged
		{"Peru's president Ana Soto met Chile's envoy in Lima. Peru wants a port and Peru needs gas. Peru and Chile share a border. The main opposition Andes Party, whose leader lost the vote, accused the government of a \"surrender to Chile\".",
			[]string{"CRITICIZES(Andes Party -> Peru)"}, []string{"CRITICIZES(Andes Party -> Chile)"}},
		{"Peru's president Ana Soto met Chile's envoy in Lima. Peru wants a port and Peru needs gas. Peru and Chile share a border. The Andes Party accused the government of a \"surrender to Chile\".",
			nil, []string{"CRITICIZES(Andes Party -> Peru)", "CRITICIZES(Andes Party -> Chile)"}},
	})
}
