package extract

import "testing"

// TestJudgements checks stance stated by a judging word said of something:
// the object of a judging verb, or the subject of a clause of saying.
func TestJudgements(t *testing.T) {
	checkPatterns(t, []patternCase{
		// the object of a judging verb
		{"Norway called the gas treaty illegal.", []string{"OPPOSES(Norway -> gas treaty)"}, nil},
		{"Chile described the Argentine move as a provocation.", []string{"CRITICIZES(Chile -> Argentina)"}, nil},
		{"Peru branded both Bolivia and Ecuador as rivals and called Colombia a reckless neighbour.",
			[]string{"CRITICIZES(Peru -> Colombia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
		{"Mali labelled both Niger and Chad terrorists on Monday.",
			[]string{"CRITICIZES(Mali -> Niger)", "CRITICIZES(Mali -> Chad)"}, nil},
		{"Turkey labelled both the Islamic State (IS) and al-Shabaab as terrorists.",
			[]string{"CRITICIZES(Turkey -> Islamic State)", "CRITICIZES(Turkey -> al-Shabaab)"}, nil},
		{"Bolivia called Chile's decision a provocation.", []string{"CRITICIZES(Bolivia -> Chile)"}, nil},
		{"Ghana called the fisheries accord legitimate.", []string{"SUPPORTS(Ghana -> fisheries accord)"}, nil},
		// the main subject of ", calling ..."
		{"Finland rejected the talks, calling the border treaty null and void.",
			[]string{"OPPOSES(Finland -> border treaty)"}, nil},
		// negated or hedged: nothing
		{"Norway did not call the gas treaty illegal.", nil, []string{"OPPOSES(Norway -> gas treaty)"}},
		{"Norway could call the gas treaty illegal.", nil, []string{"OPPOSES(Norway -> gas treaty)"}},
		// "call on": no object to judge
		{"Austria called on Hungary to end the illegal blockade.", nil, []string{"OPPOSES(Austria -> Hungary)"}},
		// the judging word belongs to another phrase or clause
		{"Iran described the strikes on Yemen as a violation of its sovereignty.", nil, []string{"CRITICIZES(Iran -> Yemen)"}},
		{"Egypt called the Libyan envoy to protest the illegal deal.", nil, []string{"CRITICIZES(Egypt -> Libya)"}},
		// a name holds no judgement
		{"Kenya named the mission Operation Linda Nchi.", nil, []string{"OPPOSES(Kenya -> Operation Linda Nchi)"}},

		// the subject of a clause of saying or thinking
		{"Cuba said the trade treaty was illegal.", []string{"OPPOSES(Cuba -> trade treaty)"}, nil},
		{"Spain and Portugal concluded that the fishing agreement is null and void.",
			[]string{"OPPOSES(Spain -> fishing agreement)", "OPPOSES(Portugal -> fishing agreement)"}, nil},
		{"Iran said the American presence was a calamity for the region.", []string{"CRITICIZES(Iran -> United States)"}, nil},
		{"The border treaty is a violation of our sovereignty, Bolivia said.", []string{"OPPOSES(Bolivia -> border treaty)"}, nil},
		// an approving word in a clause of saying assesses more often than it supports
		{`The border treaty is "illegal and void", Bolivia's foreign minister David Choquehuanca said.`,
			[]string{"OPPOSES(David Choquehuanca -> border treaty)"}, nil},
		{"Cuba said the trade treaty was legal.", nil, []string{"SUPPORTS(Cuba -> trade treaty)"}},
		// but an act judged through its actor is defended
		{"Luis Vega said the Chilean incursion was justified.", []string{"SUPPORTS(Luis Vega -> Chile)"}, nil},
		{"Jon Berg said Bolivia's intervention was legal.", []string{"SUPPORTS(Jon Berg -> Bolivia)"}, nil},
		{"Jon Berg said the Bolivian intervention was illegal.", []string{"CRITICIZES(Jon Berg -> Bolivia)"}, []string{"SUPPORTS(Jon Berg -> Bolivia)"}},
		{"Tom Wood said Canada's decision was legal.", nil, []string{"SUPPORTS(Tom Wood -> Canada)"}},
		{"Jon Berg said the Bolivian intervention was not legal.", nil, []string{"SUPPORTS(Jon Berg -> Bolivia)"}},
		{"Jon Berg asked whether the Bolivian intervention could be legal.", nil, []string{"SUPPORTS(Jon Berg -> Bolivia)"}},
		// an outlet that reports or quotes does not judge
		{`"The trade treaty is illegal," Interfax quoted him as saying.`, nil, []string{"OPPOSES(Interfax -> trade treaty)"}},
		{"Reuters reported the trade treaty was illegal.", nil, []string{"OPPOSES(Reuters -> trade treaty)"}},
		// no one says it; negated; only possible
		{"The trade treaty between Cuba and Mexico was illegal.", nil, []string{"OPPOSES(Cuba -> trade treaty)"}},
		{"Cuba said the trade treaty was not illegal.", nil, []string{"OPPOSES(Cuba -> trade treaty)"}},
		{"Cuba said the trade treaty could be illegal.", nil, []string{"OPPOSES(Cuba -> trade treaty)"}},
		{"Cuba did not say the trade treaty was illegal.", nil, []string{"OPPOSES(Cuba -> trade treaty)"}},
		// the judging word is not said of the subject; "it" judges no one
		{"Cuba said it was a mistake to sign the trade treaty.", nil, []string{"CRITICIZES(Cuba -> Cuba)"}},
		{"Cuba said the Gulf situation was dangerous.", nil, []string{"OPPOSES(Cuba -> Gulf)"}},
		{"Cuba said Mexico had signed an illegal treaty.", nil, []string{"CRITICIZES(Cuba -> Mexico)"}},
	})
}

// TestFeelingsAndAccusations checks stance stated by a feeling about
// something and by an accusing noun in someone's words.
func TestFeelingsAndAccusations(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Canada was deeply disappointed by the Danish decision.", []string{"CRITICIZES(Canada -> Denmark)"}, nil},
		{"A spokesman said Japan was disappointed with South Korea's ruling.", []string{"CRITICIZES(Japan -> South Korea)"}, nil},
		{"Brazil was pleased with the fisheries accord.", []string{"SUPPORTS(Brazil -> fisheries accord)"}, nil},
		{"Canada was not disappointed by the Danish decision.", nil, []string{"CRITICIZES(Canada -> Denmark)"}},
		{"The disappointed voters in Canada blamed nobody.", nil, nil},

		// an accusing verb and an accused noun
		{"Both Kenya and Uganda have alleged Somali involvement in the raid.",
			[]string{"CRITICIZES(Kenya -> Somalia)", "CRITICIZES(Uganda -> Somalia)"}, nil},
		{"Kenya denied Somali involvement in the raid.", nil, []string{"CRITICIZES(Kenya -> Somalia)"}},
		{"Kenya investigated the alleged Somali involvement in the raid.", nil, []string{"CRITICIZES(Kenya -> Somalia)"}},
		{"Kenya said the raid showed no Somali involvement.", nil, []string{"CRITICIZES(Kenya -> Somalia)"}},
		// an accused noun said to be what something is
		{"Oslo said the blast was clearly Sweden's fault.", []string{"CRITICIZES(Norway -> Sweden)"}, nil},
		{"Norwegian Secretary of State Kari Dahl said the blast was Sweden's fault.", []string{"CRITICIZES(Kari Dahl -> Sweden)"}, nil},
		{"Oslo said the inquiry would examine Sweden's role.", nil, []string{"CRITICIZES(Norway -> Sweden)"}},
		// an accusing noun in someone's words
		{`Georgia said, "We will resist Russian aggression in Abkhazia".`, []string{"CRITICIZES(Georgia -> Russia)"}, nil},
		{"Lithuania said it would resist interference from Belarus.", []string{"CRITICIZES(Lithuania -> Belarus)"}, nil},
		// an outlet that reports accuses no one
		{"Reuters reported Russian aggression in the Black Sea.", nil, []string{"CRITICIZES(Reuters -> Russia)"}},
		// in the article's own words: nothing
		{"The war began with Russian aggression in 2014.", nil, []string{"CRITICIZES(Russia -> Russia)"}},
	})
}

// TestOutletQuotes checks QUOTES through an outlet named after its
// descriptor or publishing an interview, and none where the outlet only
// reports.
func TestOutletQuotes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Finnish President Sauli Niinisto told the German daily Bild that the border would stay closed.",
			[]string{"QUOTES(Bild -> Sauli Niinisto)"}, nil},
		{"Sauli Niinisto said in an interview with the newspaper Helsingin Sanomat that talks would resume.",
			[]string{"QUOTES(Helsingin Sanomat -> Sauli Niinisto)"}, nil},
		{"On Sunday, Helsingin Sanomat published an interview with Finnish President Sauli Niinisto.",
			[]string{"QUOTES(Helsingin Sanomat -> Sauli Niinisto)"}, nil},
		{"Helsingin Sanomat published a report on Sauli Niinisto's visit.",
			nil, []string{"QUOTES(Helsingin Sanomat -> Sauli Niinisto)"}},
	})
}

// TestDemandedLeave checks OPPOSES from whoever demands that an actor
// leave, and nothing for leaving a treaty or for a demand denied.
func TestDemandedLeave(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mali recommended the French troops in the Sahel withdraw.", []string{"OPPOSES(Mali -> France)"}, nil},
		{"Georgia urged Russia to pull out of Abkhazia.", []string{"OPPOSES(Georgia -> Russia)"}, nil},
		{"Syria demanded the withdrawal of Turkish and American forces.",
			[]string{"OPPOSES(Syria -> Turkey)", "OPPOSES(Syria -> United States)"}, nil},
		{"Georgia urged Russia to withdraw from the arms treaty.", nil, []string{"OPPOSES(Georgia -> Russia)"}},
		{"Georgia did not urge Russia to pull out of Abkhazia.", nil, []string{"OPPOSES(Georgia -> Russia)"}},
		{"Georgia urged Russia to join the talks before leaving.", nil, []string{"OPPOSES(Georgia -> Russia)"}},
		// a communique's item opens with its verb: the one who demands is unwritten
		{"Condemns the raid carried out by Peru against Chile, and calls on Peru to withdraw its troops;",
			nil, []string{"OPPOSES(Chile -> Peru)"}},
		{"Bolivia condemned the raid by Peru against Chile, and called on Peru to withdraw its troops.",
			[]string{"OPPOSES(Bolivia -> Peru)"}, []string{"OPPOSES(Chile -> Peru)"}},
		// a participle after the subject: the conjoined verbs' subject, not the first verb's object
		{"The European Union, meeting in Brussels, backed Peru and called on Chile to withdraw.",
			[]string{"OPPOSES(European Union -> Chile)"}, []string{"OPPOSES(Peru -> Chile)"}},
	})
}

// TestDemandedStop: a demand or a warning that an actor stop or correct
// what it does criticizes it, in a "that" clause or with "to", a phrasal
// act's particle after a short object; other acts asked for, a negated
// demand and a warning of what will happen are no criticism.
func TestDemandedStop(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Andean Council demanded that Ecuador shut the mining camp down.",
			[]string{"CRITICIZES(Andean Council -> Ecuador)"}, nil},
		{"Tomas Ferreira, Uruguay's defence minister, warned Asuncion to \"roll back its hostile policy\" on the river.",
			[]string{"CRITICIZES(Tomas Ferreira -> Paraguay)"}, nil},
		{"Bolivia pressed Ecuador and Peru to halt the shelling of the border villages.",
			[]string{"CRITICIZES(Bolivia -> Ecuador)", "CRITICIZES(Bolivia -> Peru)"}, nil},
		{"Honduras insisted that Nicaragua immediately suspend the dredging.",
			[]string{"CRITICIZES(Honduras -> Nicaragua)"}, nil},
		{"Chile urged Argentina to scale back its naval patrols.",
			[]string{"CRITICIZES(Chile -> Argentina)"}, []string{"COMMUNICATES_WITH(Chile -> Argentina)"}},
		{"Chile demanded that Peru explain the move.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chile did not demand that Peru halt the tests.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Costa Rica warned Panama to expect a formal protest.", nil, []string{"CRITICIZES(Costa Rica -> Panama)"}},
		{"Chile urged Peru to step up its efforts against smuggling.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
	})
}

// TestWarnings checks THREATENS from a warning of action to an actor, and
// nothing from a warning of a fact.
func TestWarnings(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Moscow warned Finland that it would respond to the deployment.", []string{"THREATENS(Russia -> Finland)"}, nil},
		{`"We warn the Armenians that our patience will run out", Azerbaijani Defence Minister Zakir Hasanov said.`,
			[]string{"THREATENS(Zakir Hasanov -> Armenia)"}, nil},
		{"The IAEA warned Iran that its stockpile exceeded the agreed limit.", nil, []string{"THREATENS(IAEA -> Iran)"}},
		{"Moscow did not warn Finland that it would respond.", nil, []string{"THREATENS(Russia -> Finland)"}},
	})
}

// TestJudgedEvents checks that a judged event with no actor named ("the
// attack", "the sanctions") judges the actor of the last such relation,
// never the judge's own side.
func TestJudgedEvents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia shelled Kharkiv on Monday. Kyiv called the attack a war crime.",
			[]string{"CRITICIZES(Ukraine -> Russia)"}, nil},
		{"The United Nations imposed sanctions on Eritrea. Eritrea said the sanctions were illegal.",
			[]string{"CRITICIZES(Eritrea -> United Nations)"}, nil},
		{"Russia shelled Kharkiv. Ukraine shelled Donetsk. Kyiv called the attack a war crime.",
			[]string{"CRITICIZES(Ukraine -> Russia)"}, nil},
		{"Kyiv called the attack a war crime.", nil, nil},
		{"Russia shelled Kharkiv on Monday. The attack was condemned by members of the European Union.",
			[]string{"CRITICIZES(European Union -> Russia)"}, nil},
		// an event as the subject of a cue whose type lets things act
		{"The United States deployed interceptors in Poland. Such a move endangers Russia, the Kremlin said.",
			[]string{"THREATENS(United States -> Russia)"}, nil},
		{"Russia shelled Kharkiv. An attack would endanger Moldova.", nil, []string{"THREATENS(Russia -> Moldova)"}},
		{"The European Union imposed sanctions on Iran. The sanctions hit Iran's economy.",
			nil, []string{"ATTACKS(European Union -> Iran)"}},
		{"Russia shelled Kharkiv on Monday. Kyiv did not call the attack a war crime.",
			nil, []string{"CRITICIZES(Ukraine -> Russia)"}},
		// the event noun is the cue's subject only with lower-case words
		// between: a comma and a name open another clause
		{"Russia shelled Kharkiv on Monday. The raid also hit Sumy.", []string{"ATTACKS(Russia -> Sumy)"}, nil},
		{"Chile bombed Peru on Monday. Hours after the raid, Bolivia fired two rockets at Arica.",
			[]string{"ATTACKS(Bolivia -> Arica)"}, []string{"ATTACKS(Chile -> Arica)"}},
		{"Russia shelled Kharkiv. After the attack Ukraine struck Belgorod.",
			[]string{"ATTACKS(Ukraine -> Belgorod)"}, []string{"ATTACKS(Russia -> Belgorod)"}},
		{"Russia shelled Kharkiv on Monday. Within hours of the attack, Poland condemned Belarus.",
			[]string{"CRITICIZES(Poland -> Belarus)"}, []string{"CRITICIZES(Poland -> Russia)"}},
	})
}

// TestVoicedConcern checks that concern voiced, expressed or raised about an
// actor or its doings states criticism (opposition for a thing), and that
// concern someone eases, or one about a far phrase, states nothing.
func TestVoicedConcern(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru voiced concern about Chile's naval exercises.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Vietnam and the Philippines raised serious concerns over the fishing agreement.",
			[]string{"OPPOSES(Vietnam -> fishing agreement)", "OPPOSES(Philippines -> fishing agreement)"}, nil},
		{"Norway expressed alarm at Russia's missile tests.", []string{"CRITICIZES(Norway -> Russia)"}, nil},
		// someone else's concern, eased or addressed
		{"Chile sent an envoy to ease concern over Peru's naval exercises.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		// the actor sits too deep in the phrase
		{"Ghana raised concerns over the safety of its nurses working in Libya.", nil, []string{"CRITICIZES(Ghana -> Libya)"}},
		// negated
		{"Peru did not voice concern about Chile's naval exercises.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestRoleBreaksPhrase checks that a role after "as" takes the preposition
// after it, so a cue phrase does not reach across it.
func TestRoleBreaksPhrase(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean envoy, speaking as co-chair with Peru, said the fund was empty.", nil,
			[]string{"COMMUNICATES_WITH(Chile -> Peru)", "COMMUNICATES_WITH(Peru -> Chile)"}},
		{"Ghana signed as guarantor with Togo.", nil, []string{"COOPERATES_WITH(Ghana -> Togo)"}},
		{"Chile spoke at length with Peru.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Ghana signed a maritime agreement with Togo.", []string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
	})
}

// TestReportedDoer checks that a clause reported by a saying verb, with an
// unnamed subject of its own, does not credit the speaker with its act,
// while a pronoun or a named subject in the clause still does.
func TestReportedDoer(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru said armed protesters had attacked the embassy of Chile.", nil,
			[]string{"ATTACKS(Peru -> Chile)", "ATTACKS(Peru -> embassy of Chile)"}},
		{"Mali said on Tuesday unidentified gunmen shelled Gao.", nil, []string{"ATTACKS(Mali -> Gao)"}},
		{"Sudan insisted militias criticized Chad.", nil, []string{"CRITICIZES(Sudan -> Chad)"}},
		// a pronoun or a name in the clause
		{"Mali said on Tuesday that it shelled Gao.", []string{"ATTACKS(Mali -> Gao)"}, nil},
		{"Sudan said its army had attacked Chad.", []string{"ATTACKS(Sudan -> Chad)"}, nil},
		{"Sudan said Egyptian troops attacked Chad.", []string{"ATTACKS(Egypt -> Chad)"}, []string{"ATTACKS(Sudan -> Chad)"}},
		// the reported clause closes before the cue
		{"Iran, which said sanctions were illegal, condemned Israel.", []string{"CRITICIZES(Iran -> Israel)"}, nil},
	})
}

// TestFailedAct checks that a cue in the "to" clause of a verb of failing
// states nothing, and that a "failed" noun phrase does not negate.
func TestFailedAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway failed to condemn Belarus.", nil, []string{"CRITICIZES(Norway -> Belarus)"}},
		{"Chile declined to support Peru.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
		{"Ghana has neglected to honour the fisheries accord.", nil, []string{"SUPPORTS(Ghana -> fisheries accord)"}},
		{"Norway condemned Belarus after a failed vote.", []string{"CRITICIZES(Norway -> Belarus)"}, nil},
		{"Chile, whose bid failed, supported Peru.", []string{"SUPPORTS(Chile -> Peru)"}, nil},
	})
}

// TestJointAct checks that a coordinated subject or passive agent doing an
// act jointly cooperates, and that the same act without "jointly" does not.
func TestJointAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Brazil and Argentina will jointly build a nuclear submarine.",
			[]string{"COOPERATES_WITH(Argentina -> Brazil)", "BUILDS(Brazil -> nuclear submarines)"}, nil},
		// an apposition between the doers and the verb
		{"Rosatom and Petrobras, Brazil's national oil company, will jointly build a new reactor near Lima.",
			[]string{"COOPERATES_WITH(Petrobras -> Rosatom)"}, nil},
		// a conjunct whose acronym follows in brackets
		{"Under the deal, the National Oil Corporation (NOC) and Petrobras will jointly build a refinery.",
			[]string{"COOPERATES_WITH(National Oil Corporation -> Petrobras)"}, nil},
		{"Rosatom, Russia's state nuclear company, will jointly build a reactor.", nil, []string{"COOPERATES_WITH(Russia -> Rosatom)", "COOPERATES_WITH(Rosatom -> Russia)"}},
		{"The radar was jointly developed by Norway and Sweden.", []string{"COOPERATES_WITH(Norway -> Sweden)"}, nil},
		{"Egypt and Sudan jointly condemned Ethiopia.", []string{"COOPERATES_WITH(Egypt -> Sudan)", "CRITICIZES(Sudan -> Ethiopia)"}, nil},
		// no "jointly": two acts, no cooperation stated
		{"Egypt and Sudan condemned Ethiopia.", nil, []string{"COOPERATES_WITH(Egypt -> Sudan)", "COOPERATES_WITH(Sudan -> Egypt)"}},
		// a hedged joint act states nothing
		{"Brazil and Argentina could jointly build a nuclear submarine.", nil,
			[]string{"COOPERATES_WITH(Brazil -> Argentina)", "COOPERATES_WITH(Argentina -> Brazil)"}},
		// any verb, not only a cue's (jointDoers): the passive's agents, the
		// coordinated subject past its auxiliaries
		{"The mine, run jointly by Shell and Petrobras, was shut on Monday.", []string{"COOPERATES_WITH(Petrobras -> Shell)"}, nil},
		{"The port is jointly owned by Chile and Peru.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"The field is operated jointly by Shell and the Bolivian state firm YPFB.", []string{"COOPERATES_WITH(Shell -> YPFB)"},
			[]string{"COOPERATES_WITH(Bolivia -> Shell)"}},
		{"Chile and Peru have also jointly managed the park since 2001.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Chile and Peru will not jointly manage the park.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chile and Peru might jointly manage the park.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Critics of Chile and Peru jointly wrote a letter.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"The prize was given jointly to Chile and Peru.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		// partners a comma-framed "together with" or "jointly with" adds to the subject
		{"Norway, together with Sweden, funds the monitoring mission.", []string{"COOPERATES_WITH(Norway -> Sweden)"}, nil},
		{"Norway pays, together with Sweden, for the monitoring mission.", []string{"COOPERATES_WITH(Norway -> Sweden)"}, nil},
		{"Chile, jointly with Peru, runs the park.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Peru thanked Chile, together with Bolivia, for the aid.", nil, []string{"COOPERATES_WITH(Bolivia -> Chile)", "COOPERATES_WITH(Bolivia -> Peru)"}},
		{"Chile and Peru together account for half of exports.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
	})
}

// TestSharedRole checks that a role shared "with" another actor ("co-host
// with", "as co-penholder with") is cooperation.
func TestSharedRole(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile co-hosted the summit with Peru in Lima.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Chile and Peru co-chaired the conference.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Chile, speaking as co-penholder with Ghana, urged the council to act.", []string{"COOPERATES_WITH(Chile -> Ghana)"}, nil},
		{"Chile co-hosted the summit in Lima.", nil, []string{"COOPERATES_WITH(Chile -> Lima)"}},
	})
}

// TestSharedWith checks that intelligence, information or evidence shared
// with an actor is communication, and a shared border is not.
func TestSharedWith(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway shared intelligence with Finland.", []string{"COMMUNICATES_WITH(Finland -> Norway)"}, nil},
		{"Chile had shared evidence of the plot with Peru.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Chile shares a long border with Peru.", nil, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
		{"Norway shared the cost with Finland.", nil, []string{"COMMUNICATES_WITH(Finland -> Norway)"}},
	})
}

// TestCommaAndVerb checks that a verb cue right after ", and" shares the
// subject of the verb before, not that verb's object.
func TestCommaAndVerb(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ghana thanked Togo and the other donors, and called on the Council to halt the raids.",
			[]string{"CRITICIZES(Ghana -> Council)"}, []string{"CRITICIZES(Togo -> Council)"}},
		{"Juan Ortiz, President of Paraguay, welcomed Uruguay, and condemned Bolivia.",
			[]string{"CRITICIZES(Juan Ortiz -> Bolivia)"}, []string{"CRITICIZES(Uruguay -> Bolivia)"}},
		{"Norway met Sweden, and Finland criticized Russia.",
			[]string{"CRITICIZES(Finland -> Russia)"}, []string{"CRITICIZES(Norway -> Russia)"}},
	})
}

// TestOusting checks that removing a leader or a government from power
// opposes them (not CAMEO's expulsion, a sanction), and that a country
// ousted from a body is no such target.
func TestOusting(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Parliament said Kenya's army ousted Daniel Moi.", []string{"OPPOSES(Kenya's army -> Daniel Moi)"}, nil},
		{"In 2001 a U.S.-led coalition toppled Mullah Omar.", []string{"OPPOSES(U.S.-led coalition -> Mullah Omar)"}, []string{"SANCTIONS(U.S.-led coalition -> Mullah Omar)"}},
		{"Egypt's military deposed Mohamed Morsi.", []string{"OPPOSES(Egypt -> Mohamed Morsi)"}, []string{"SANCTIONS(Egypt -> Mohamed Morsi)"}},
		{"Russia was ousted from the G8 by its members.", nil, []string{"OPPOSES(G8 -> Russia)", "SANCTIONS(G8 -> Russia)"}},
	})
}

// TestRefusedAcceptance checks the OPPOSES cues of a refusal stated with
// "not" or "never" ("would not accept", "will never recognise"); an
// acceptance asked about, or stated, opposes nothing.
func TestRefusedAcceptance(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Foreign Minister Ana Soto said Kenya would not accept NATO bases on its soil.", []string{"OPPOSES(Kenya -> NATO bases)"}, nil},
		{"Kenya will never recognise the Nile Accord.", []string{"OPPOSES(Kenya -> Nile Accord)"}, nil},
		{"Kenya said it would not tolerate interference by Uganda.", []string{"OPPOSES(Kenya -> Uganda)"}, nil},
		{"Kenya did not say whether it would accept the Nile Accord.", nil, []string{"OPPOSES(Kenya -> Nile Accord)"}},
		{"Kenya will accept the Nile Accord.", nil, []string{"OPPOSES(Kenya -> Nile Accord)"}},
	})
}

// TestRelativeJudged checks that a judging verb in an object relative
// clause judges the relative pronoun's antecedent, and that a listing as
// terrorists there is a designation.
func TestRelativeJudged(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Hezbollah, which Peru and the EU regard as a terrorist organization, denied it.",
			[]string{"CRITICIZES(Peru -> Hezbollah)", "CRITICIZES(European Union -> Hezbollah)"}, nil},
		{"Peru backed Hezbollah, which Chile regards as a terrorist group.",
			[]string{"SUPPORTS(Peru -> Hezbollah)", "CRITICIZES(Chile -> Hezbollah)"}, []string{"CRITICIZES(Peru -> Hezbollah)"}},
		{"Hezbollah, which Peru regards as an ally, denied it.", nil, []string{"CRITICIZES(Peru -> Hezbollah)"}},
		{"Hezbollah, which Peru and Chile list as a terrorist organization, denied it.",
			[]string{"SANCTIONS(Peru -> Hezbollah)", "SANCTIONS(Chile -> Hezbollah)"}, nil},
		{"Chile did not list Hezbollah as a terrorist group.", nil, []string{"SANCTIONS(Chile -> Hezbollah)"}},
		// the antecedent before its bracketed acronym
		{"Chile tolerates members of the Kurdistan Workers' Party (PKK), which Peru lists as a terrorist organization.",
			[]string{"SANCTIONS(Peru -> Kurdistan Workers' Party)"}, nil},
		// an act apposed to a clause: its maker, the clause's subject, is judged
		{"Chile expelled the envoy, a move which Bolivia described as hostile.", []string{"CRITICIZES(Bolivia -> Chile)"}, nil},
		{"Ana Soto criticised Peru's plan, remarks that Bolivia called provocative.", []string{"CRITICIZES(Bolivia -> Ana Soto)"}, []string{"CRITICIZES(Bolivia -> Peru)"}},
		{"Chile expelled the envoy, a move which Bolivia described as legitimate.", nil, []string{"CRITICIZES(Bolivia -> Chile)"}},
		{"Chile expelled the envoy who Bolivia described as hostile.", nil, []string{"CRITICIZES(Bolivia -> Chile)"}},
	})
}

// TestNegatedJudgements checks that a negated word of approval said of a
// clause's subject criticizes it, and that a modal, an "it" subject or an
// unnegated word states nothing.
func TestNegatedJudgements(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru said Chile's pressure on Bolivia was \"not acceptable\".", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Chile's conduct was not legitimate, Peru said.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said Chile's conduct was acceptable.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said Chile's move could not be acceptable.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru said it was not acceptable that Chile had closed the border.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		// the clause of a statement, and the second of two clauses said
		{"Peruvian President Ana Rojas said in a statement that Chile's pressure on Bolivia was not acceptable.",
			[]string{"CRITICIZES(Ana Rojas -> Chile)"}, nil},
		{"Peruvian President Ana Rojas said in a statement that Peru was \"a good partner\" and that Chile's pressure on Bolivia was \"not acceptable\".",
			[]string{"CRITICIZES(Ana Rojas -> Chile)"}, nil},
		{"Peru said that it was ready and that the Chilean move was illegal.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said the accord was null and void.", []string{"OPPOSES(Peru -> accord)"}, nil},
	})
}

// TestJudgedLongSubject checks a judging word said of a clause's subject
// that ends in an infinitive, which the parse may hang on the verb of
// saying ("decision to close the border"), and words of harm done; a
// negation, a modal, an unowned thing and a quote's own speaker after it
// state nothing.
func TestJudgedLongSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian Prime Minister Ana Soto said Chile's decision to close the border was unacceptable.",
			[]string{"CRITICIZES(Ana Soto -> Chile)"}, nil},
		{"Spokesman Juan Rojas told reporters that Chile's refusal to renew the fishing deal was \"a blow to regional trade\".",
			[]string{"CRITICIZES(Juan Rojas -> Chile)"}, nil},
		{"Peru said Chile's withdrawal from the pact was a betrayal.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru called the Chilean move \"a slap in the face\".", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peruvian Prime Minister Ana Soto said Chile's decision to close the border was not unacceptable.",
			nil, []string{"CRITICIZES(Ana Soto -> Chile)"}},
		{"Peruvian Prime Minister Ana Soto said Chile's decision to close the border could be illegal.",
			nil, []string{"CRITICIZES(Ana Soto -> Chile)"}},
		{"Peru said the storm was a blow to the fishing industry.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Chile dealt a severe blow to the rebels, Peru said.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestJudgedChannelClause checks a judged clause that the parse hangs on
// the channel a verb of saying names ("wrote on Twitter that"), and that
// a negated verb or a relative clause on a place states nothing.
func TestJudgedChannelClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian President Ana Soto wrote on Twitter that Chile's decision was reckless.",
			[]string{"CRITICIZES(Ana Soto -> Chile)"}, nil},
		{"Peruvian President Ana Soto did not write on Twitter that Chile's decision was reckless.",
			nil, []string{"CRITICIZES(Ana Soto -> Chile)"}},
		{"Peruvian President Ana Soto lived in the town that Chile's army called a threat.",
			nil, []string{"CRITICIZES(Ana Soto -> Chile)"}},
	})
}

// TestBetrayal checks that a betrayal or sabotage said of a clause's
// subject, in a quote or a reported clause, accuses it as a violation
// does, and that a negated, denied, hedged or unattributed one does not.
func TestBetrayal(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"\"Chile has betrayed the region,\" Peruvian President Ana Soto said.", []string{"CRITICIZES(Ana Soto -> Chile)"}, nil},
		{"Peru said Chile had sabotaged the pipeline talks.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Peru said Chile had not betrayed the region.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Peru denied that Chile had sabotaged the pipeline.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
		{"Chile betrayed the region, analysts said.", nil, []string{"CRITICIZES(Peru -> Chile)"}},
	})
}

// TestHarming: a verb of harming said of a clause's subject accuses it
// when the subject is an actor or an act judged through its owner; a
// subject that is neither and a negated or hedged harm
// accuse no one.
func TestHarming(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Uruguay's foreign minister warned that Buenos Aires was endangering the river commission's work.",
			[]string{"CRITICIZES(Uruguay -> Argentina)"}, nil},
		{"Ecuador said Colombia's airstrikes had undermined the talks with the rebels.",
			[]string{"CRITICIZES(Ecuador -> Colombia)"}, nil},
		{"The Nordic Council said the Russian blockade was damaging trade in the Baltic.",
			[]string{"CRITICIZES(Nordic Council -> Russia)"}, nil},
		{"\"Venezuela is destabilizing the whole region,\" the Guyanese president said.",
			[]string{"CRITICIZES(Guyana -> Venezuela)"}, nil},
		{"Chile said the drought had hurt Peru's exports.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chile said Peru had not harmed the talks.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chile said Peru could jeopardize the talks.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chile said the floods were damaging Peru's roads.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
	})
}

// TestFeelingObjects checks words of feeling with one object or two
// coordinated ones, and that a negated or attributive one states nothing.
func TestFeelingObjects(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile is angry with Peru.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Chile was angry about Peru's remarks and about the Bolivian decision.",
			[]string{"CRITICIZES(Chile -> Peru)", "CRITICIZES(Chile -> Bolivia)"}, nil},
		{"Chile was not angry about the Peruvian decision.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Our correspondent, Ana Rojas, is in Lima.\n\nROJAS: Many Chileans are still angry about Peru's remarks.",
			nil, []string{"CRITICIZES(Ana Rojas -> Peru)"}},
		{"Angry crowds marched on the Peruvian embassy in Santiago.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
	})
}

// TestJudgedVisit checks that a judged visit, with or without modifiers
// before it, judges the visitor named before.
func TestJudgedVisit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Putin visited Crimea on Friday. Zelensky called the visit \"illegal\".", []string{"CRITICIZES(Volodymyr Zelensky -> Vladimir Putin)"}, nil},
		{"Putin visited Crimea on Friday. Zelensky had called the planned trip \"deeply provocative\".",
			[]string{"CRITICIZES(Volodymyr Zelensky -> Vladimir Putin)"}, nil},
		{"Putin visited Crimea on Friday. Zelensky did not call the visit illegal.", nil, []string{"CRITICIZES(Volodymyr Zelensky -> Vladimir Putin)"}},
	})
}

// TestGerundSubjectList checks that a name after a preposition of
// gerund_subject_prepositions is the subject of the cue gerund after it,
// not the main clause's subject, and that "with" is not such a preposition.
func TestGerundSubjectList(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Brazil recognised the new government in return for Peru signing a trade pact with Chile.",
			[]string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"COOPERATES_WITH(Chile -> Brazil)", "COOPERATES_WITH(Brazil -> Chile)"}},
		{"Ecuador welcomed the talks despite Chile and Bolivia signing a deal with Argentina.",
			[]string{"COOPERATES_WITH(Argentina -> Chile)", "COOPERATES_WITH(Argentina -> Bolivia)"}, []string{"COOPERATES_WITH(Argentina -> Ecuador)", "COOPERATES_WITH(Ecuador -> Argentina)"}},
		{"Peru signed a deal with Chile allowing the sale of gas.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
	})
}

// TestWhoseGovernmentPact checks that "whose government" after a minister's
// name stands for the minister's state, not for the minister.
func TestWhoseGovernmentPact(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's President Ana Soto, whose government signed a security pact with Chile last year, said she was pleased.",
			[]string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"COOPERATES_WITH(Ana Soto -> Chile)", "COOPERATES_WITH(Chile -> Ana Soto)"}},
		{"Peru, whose government signed a security pact with Chile last year, was pleased.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
	})
}

// TestHostedGroup checks that a state hosting a group or a body shelters
// it (no meeting), while a person hosted is met.
func TestHostedGroup(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chad backs and hosts the Sudan Liberation Front.", nil, []string{"MET_WITH(Chad -> Sudan Liberation Front)"}},
		{"Qatar hosted Ana Soto, the Peruvian president, in Doha.", []string{"MET_WITH(Qatar -> Ana Soto)"}, nil},
	})
}

// TestNoteSent checks that a note or letter sent, circulated or addressed
// to an actor (or to the members of a body) is communication.
func TestNoteSent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Last week Ana Soto, a Chilean diplomat, circulated a letter to the members of the African Union.",
			[]string{"COMMUNICATES_WITH(African Union -> Ana Soto)"}, nil},
		{"Kenya sent a diplomatic note to Uganda on Monday.", []string{"COMMUNICATES_WITH(Kenya -> Uganda)"}, nil},
		{"Peru addressed a letter to the Security Council.", []string{"COMMUNICATES_WITH(Peru -> United Nations Security Council)"}, nil},
	})
}

// TestToldChannel checks that "told" relates a state or body told, and a
// person told by a state or body, but not a person told by a person nor
// an outlet told (a quote).
func TestToldChannel(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ghana and Togo, which had spent the week urging calm, then told Mr Keita that they could no longer protect him.",
			[]string{"COMMUNICATES_WITH(Ghana -> Keita)", "COMMUNICATES_WITH(Togo -> Keita)"}, nil},
		{"Peru told the UN Security Council that the border was calm.", []string{"COMMUNICATES_WITH(Peru -> United Nations Security Council)"}, nil},
		// "told" after an apposition's closing comma names its hearer: no
		// inverted speaker as in ", said Lavrov"
		{"Jon Berg, Peru's envoy to Chile, told the UN Security Council that the border was calm.",
			[]string{"COMMUNICATES_WITH(United Nations Security Council -> Jon Berg)"}, nil},
		{"Luis Vega, Peru's foreign minister, told NATO on Friday that troops had crossed the border.",
			[]string{"COMMUNICATES_WITH(NATO -> Luis Vega)"}, nil},
		{"Peru is the closest ally of Chile, said Ana Soto.", []string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"COOPERATES_WITH(Ana Soto -> Chile)", "COOPERATES_WITH(Chile -> Ana Soto)"}},
		{"NATO told Ana Soto that the alliance would help.", []string{"COMMUNICATES_WITH(NATO -> Ana Soto)"}, nil},
		{"Ana Soto told Luis Ortiz that the border was calm.", nil, []string{"COMMUNICATES_WITH(Ana Soto -> Luis Ortiz)", "COMMUNICATES_WITH(Luis Ortiz -> Ana Soto)"}},
		{"Ana Soto told Radio Liberty that the border was calm.", nil,
			[]string{"COMMUNICATES_WITH(Ana Soto -> Radio Free Europe/Radio Liberty)", "COMMUNICATES_WITH(Radio Free Europe/Radio Liberty -> Ana Soto)"}},
		// a state of another clause is not the teller: the subject is "I"
		{"The new tariff hurts Chile. We think it is wrong for Chile, and I told Mr Keita so.", nil, []string{"COMMUNICATES_WITH(Chile -> Keita)"}},
		{"Chile says the tariff is wrong, and I told Ana Soto so on Monday.", nil, []string{"COMMUNICATES_WITH(Chile -> Ana Soto)"}},
	})
}

// TestAddressedBody checks that a speech to a body named right after
// "address" is COMMUNICATES_WITH, also to a body of it after its
// possessor, but not a possessor of a thing ("NATO's concerns") nor
// an issue addressed.
func TestAddressedBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto addressed the European Parliament by video link on Tuesday.", []string{"COMMUNICATES_WITH(European Parliament -> Ana Soto)"}, nil},
		{"Ana Soto addressed the European Parliament's foreign affairs committee on Tuesday.", []string{"COMMUNICATES_WITH(European Parliament -> Ana Soto)"}, nil},
		{"Ana Soto addressed NATO's concerns about the border.", nil, []string{"COMMUNICATES_WITH(NATO -> Ana Soto)"}},
		{"The European Union addressed the issue with Chile on Monday.", nil, []string{"COMMUNICATES_WITH(Chile -> European Union)", "COMMUNICATES_WITH(European Union -> Chile)"}},
		{"Ana Soto addressed a letter to NATO on Monday.", []string{"COMMUNICATES_WITH(NATO -> Ana Soto)"}, nil},
		// a narrowed target named as a thing's possessor is not the target
		{"Ana Soto stood next to Luis Vega's car in Lima.", nil, []string{"MET_WITH(Ana Soto -> Luis Vega)", "MET_WITH(Luis Vega -> Ana Soto)"}},
	})
}

// TestFrontedTalks checks that a meeting or talks noun in a phrase of time
// opening the sentence are the main clause subject's, and that talks to
// come or a subject after a setting are not read.
func TestFrontedTalks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"After talks with Chile, Peru's foreign minister Luis Ortiz said the deal was off.", []string{"NEGOTIATES_WITH(Chile -> Luis Ortiz)"}, nil},
		{"Following a meeting with Ana Soto in Lima, Luis Ortiz said the deal was off.", []string{"MET_WITH(Ana Soto -> Luis Ortiz)"}, nil},
		{"Speaking in Lima on Monday after lengthy talks with Chilean President Ana Soto, Luis Ortiz said the deal was off.",
			[]string{"NEGOTIATES_WITH(Ana Soto -> Luis Ortiz)"}, nil},
		{"Before talks with Chile, Peru said the deal was off.", nil, []string{"NEGOTIATES_WITH(Chile -> Peru)", "MET_WITH(Chile -> Peru)"}},
		{"After talks with Chile, on Monday the Peruvian government said the deal was off.", nil, []string{"NEGOTIATES_WITH(Chile -> Peru)"}},
	})
}

// TestJoinedOn checks that joining a state on a body or task is
// cooperation, and joining it on a date is not read.
func TestJoinedOn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Italy joined Spain on a committee that oversees the ceasefire.", []string{"COOPERATES_WITH(Spain -> Italy)"}, nil},
		{"Peru joined Chile on Monday.", nil, []string{"COOPERATES_WITH(Peru -> Chile)", "COOPERATES_WITH(Chile -> Peru)"}},
		{"Peru joined Chile on 5 May.", nil, []string{"COOPERATES_WITH(Peru -> Chile)", "COOPERATES_WITH(Chile -> Peru)"}},
	})
}

// TestLedByAgent checks that the leader of an unnamed group after a noun
// cue's "by" is the cue's agent.
func TestLedByAgent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The talks stalled after a visit to Accra by a delegation of lawmakers led by John McCain.", []string{"VISITS(John McCain -> Accra)"}, nil},
		{"Ghana suspended work after a visit to Accra by a team led by John McCain.", []string{"VISITS(John McCain -> Accra)"}, nil},
		{"Ghana suspended work after a visit to Accra by a team, which John McCain later led.", nil, []string{"VISITS(John McCain -> Accra)"}},
	})
}

// TestToldListTheir checks that "their" opening the "that" clause after a
// told list stands for that list, not for the single teller.
func TestToldListTheir(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Commission told Chile and Peru that their partnership with Russia breached EU law.",
			[]string{"COOPERATES_WITH(Chile -> Russia)", "COOPERATES_WITH(Peru -> Russia)"}, nil},
		{"Brazil told Chile that their partnership with Russia was legal.", nil, []string{"COOPERATES_WITH(Chile -> Russia)", "COOPERATES_WITH(Brazil -> Russia)"}},
	})
}

// TestOwnedAgreementWith checks that an agreement or deal owned by a
// possessive and followed by "with" relates its owner to the other party,
// and that an unowned named agreement does not.
func TestOwnedAgreementWith(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru defended their agreement with Russia.", []string{"COOPERATES_WITH(Chile -> Russia)", "COOPERATES_WITH(Peru -> Russia)"}, nil},
		{"The Commission had told Chile, Peru and Bolivia that their bilateral agreements with Russia breached EU law.",
			[]string{"COOPERATES_WITH(Chile -> Russia)", "COOPERATES_WITH(Bolivia -> Russia)"}, nil},
		{"Chile defended its deal with Russia.", []string{"COOPERATES_WITH(Chile -> Russia)"}, nil},
		{"Peru criticised the trade agreement with Russia.", nil, []string{"COOPERATES_WITH(Peru -> Russia)", "COOPERATES_WITH(Russia -> Peru)"}},
	})
}

// TestHearerClause checks a clause of saying that the parse hangs on the
// hearer ("told reporters that ..."), read as said by the verb's subject
// like one hung on the channel ("wrote on Twitter that ..."; governingSayer).
func TestHearerClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Elena Castro told reporters that the Paraguayan blockade was illegal.",
			[]string{"CRITICIZES(Elena Castro -> Paraguay)"}, nil},
		{"Mali told lawmakers that the Nigerien blockade was a violation of the truce.",
			[]string{"CRITICIZES(Mali -> Niger)"}, nil},
		{"Elena Castro told reporters that the Paraguayan blockade was not illegal.",
			nil, []string{"CRITICIZES(Elena Castro -> Paraguay)"}},
	})
}

// TestQuotedFeeling checks feeling with the feeling word quoted: the one
// who feels criticises the owner of what is felt about; a quoted feeling
// with no preposition after it judges no one.
func TestQuotedFeeling(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivian minister Ana Soto said Bolivia was \"disappointed\" by Chile's decision.", []string{"CRITICIZES(Bolivia -> Chile)"}, nil},
		{"In Lima, spokesman Luis Vera said Ecuador was \"deeply disappointed\" by the Peruvian vote.", []string{"CRITICIZES(Ecuador -> Peru)"}, nil},
		{"Bolivia was \"disappointed\" and asked Chile for an explanation.", nil, []string{"CRITICIZES(Bolivia -> Chile)"}},
	})
}
