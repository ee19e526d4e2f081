package extract

import "testing"

// TestCueForms checks cue verbs in their irregular, prefixed and particle
// forms: the irregular-forms table (words.yaml irregular_verbs) and the
// hyphenated "re-" prefix.
func TestCueForms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Taliban overran Kunduz in 2015.", []string{"ATTACKS(Taliban -> Kunduz)"}, nil},
		{"Syrian troops retook Palmyra from ISIS.", []string{"ATTACKS(Syria -> Palmyra)"}, nil},
		{"Kenyan troops have retaken Kismayo.", []string{"ATTACKS(Kenya -> Kismayo)"}, nil},
		{"Ethiopian forces captured the town of Shire.", []string{"ATTACKS(Ethiopia -> Shire)"}, nil},
		{"Colombia re-imposed restrictions on Venezuela.", []string{"SANCTIONS(Colombia -> Venezuela)"}, nil},
		{"Israel re-occupied the town of Rafah.", []string{"ATTACKS(Israel -> Rafah)"}, nil},
		{"Iran downed a Ukrainian airliner.", []string{"ATTACKS(Iran -> Ukraine)"}, nil},
		// taking things or people is not taking ground
		{"Iran seized two British tankers.", nil, []string{"ATTACKS(Iran -> United Kingdom)"}},
		{"Kenyan police captured Somali smugglers.", nil, []string{"ATTACKS(Kenya -> Somalia)"}},
		// "re" joined to a verb is another word: "resigned" is no "signed"
		{"Peru resigned from the committee with Chile.", nil, []string{"COOPERATES_WITH(Peru -> Chile)"}},
	})
}

// TestCommunicativePhrases checks verb phrases whose object is what is
// said, with the one told after a preposition, and summoning an envoy.
func TestCommunicativePhrases(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway raised the issue with Sweden on Monday.", []string{"COMMUNICATES_WITH(Norway -> Sweden)"}, nil},
		{"Japan conveyed its concerns to Vietnam.", []string{"COMMUNICATES_WITH(Japan -> Vietnam)"}, nil},
		{"Chile reached out to Peru after the vote.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Estonia summoned the Belarusian ambassador over the flights.", []string{"COMMUNICATES_WITH(Belarus -> Estonia)"}, nil},
		{"Estonia summoned Belarus's envoy.", []string{"COMMUNICATES_WITH(Belarus -> Estonia)"}, nil},
		{"Estonia summoned the ambassador of Belarus.", []string{"COMMUNICATES_WITH(Belarus -> Estonia)"}, nil},
		{"Greece lodged a protest with Albania over the arrests.", []string{"CRITICIZES(Greece -> Albania)"}, nil},
		{"Egypt protested to Ethiopia about the dam.", []string{"CRITICIZES(Egypt -> Ethiopia)"}, nil},
		// the thing raised is no party; nothing is raised here
		{"Norway did not raise the issue with Sweden.", nil, []string{"COMMUNICATES_WITH(Norway -> Sweden)", "COMMUNICATES_WITH(Sweden -> Norway)"}},
		{"Norway raised interest rates after Sweden did.", nil, []string{"COMMUNICATES_WITH(Norway -> Sweden)", "COMMUNICATES_WITH(Sweden -> Norway)"}},
		{"Estonia summoned a meeting of its security council.", nil, []string{"COMMUNICATES_WITH(Estonia -> Estonia)"}},
	})
}

// TestJudgedEvent checks that judging an event judges its doer: a
// modifier of the event noun, or the agent after "by"; CAMEO's "condemn
// bombing" reaches the head of its object.
func TestJudgedEvent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Qatar condemned the shelling of Rafah by Israel.", []string{"CRITICIZES(Qatar -> Israel)", "ATTACKS(Israel -> Rafah)"}, nil},
		{"Jordan condemned the bombing of the hospital by Syria.", []string{"CRITICIZES(Jordan -> Syria)"}, nil},
		{"Jordan condemned the deadly Syrian bombing of the hospital.", []string{"CRITICIZES(Jordan -> Syria)"}, nil},
		{"Kuwait denounced the Iraqi invasion of the island.", []string{"CRITICIZES(Kuwait -> Iraq)"}, nil},
		{"Israel welcomed the American strikes on Iran.", []string{"SUPPORTS(Israel -> United States)"}, nil},
		{"Peru branded the Chilean envoy a traitor.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		// a stance event that opens no noun cue is its modifier's act
		{"Chile criticized the Peruvian deployment near the border.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Argentina condemned the Venezuelan blockade of the port.", []string{"CRITICIZES(Argentina -> Venezuela)"}, nil},
		{"Chile did not criticize the Peruvian deployment.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		// a military presence is a deployment: "dislike of", "hostility to" oppose
		{"Bolivia has long voiced its dislike of an American military presence on its soil.", []string{"OPPOSES(Bolivia -> United States)"}, nil},
		{"Peru criticized the Chilean naval presence near its waters.", []string{"CRITICIZES(Peru -> Chile)"}, nil},
		{"Venezuela has long shown hostility toward Colombia.", []string{"OPPOSES(Venezuela -> Colombia)"}, nil},
		{"Peru voiced no hostility toward Chile.", nil, []string{"OPPOSES(Peru -> Chile)"}},
		// the event's target is not judged; no doer, no judged actor
		{"Qatar condemned the attack on Israel.", nil, []string{"CRITICIZES(Qatar -> Israel)"}},
		{"Jordan condemned the bombing of Syria.", nil, []string{"CRITICIZES(Jordan -> Syria)"}},
		// a noun phrase that is no event, or a doer in another clause
		{"Jordan condemned the decision, which was taken by Syria.", nil, []string{"CRITICIZES(Jordan -> Syria)"}},
		// CAMEO's "carry attack" does not swallow the noun's own "attack on"
		{"Iran carried out a missile attack on Iraq.", []string{"ATTACKS(Iran -> Iraq)"}, nil},
		// CAMEO's object noun as a word of a name is no object: "attack camp"
		{"The Taliban attacked Camp Bastion on Friday.", []string{"ATTACKS(Taliban -> Camp Bastion)"}, nil},
		{"Norway resumed negotiations on Tuesday with Belarus.", []string{"NEGOTIATES_WITH(Belarus -> Norway)"}, nil},
	})
}

// TestJudgedEventSameSentence checks that a definite event noun judged
// later in the sentence that told the event judges its doer: "the raids"
// after "the Chilean air strikes on Peru". An event told after the noun,
// or the judge's own, is not the one referred to.
func TestJudgedEventSameSentence(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Reaction to the Chilean air strikes on Peru was divided, while Brazil denounced the raids as terrorism.",
			[]string{"CRITICIZES(Brazil -> Chile)"}, nil},
		{"After Russian jets bombed Kharkiv on Monday, Poland condemned the attack.",
			[]string{"CRITICIZES(Poland -> Russia)"}, nil},
		{"Turkey shelled Kobani overnight and by noon Germany had criticised the shelling.",
			[]string{"CRITICIZES(Germany -> Turkey)"}, nil},
		// the event is told after the noun
		{"Brazil condemned the attack, hours before Chile shelled Arica.", nil, []string{"CRITICIZES(Brazil -> Chile)"}},
		// the judge's own event
		{"Chile bombed Peru and Chile defended the raids.", nil, []string{"SUPPORTS(Chile -> Chile)"}},
	})
}

// TestMakingAndDeveloping checks BUILDS and DEVELOPS by what is made:
// making a thing builds it; a programme is developed, a facility built.
func TestMakingAndDeveloping(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Pakistan produces Shaheen missiles.", []string{"BUILDS(Pakistan -> Shaheen-III)"}, []string{"DEVELOPS(Pakistan -> Shaheen-III)"}},
		{"Pakistan manufactures Shaheen missiles.", []string{"BUILDS(Pakistan -> Shaheen-III)"}, nil},
		{"Pakistan is expanding its nuclear program.", []string{"DEVELOPS(Pakistan -> Pakistan's nuclear program)"}, []string{"BUILDS(Pakistan -> Pakistan's nuclear program)"}},
		{"Pakistan tested a Shaheen missile.", []string{"DEVELOPS(Pakistan -> Shaheen-III)"}, nil},
	})
}

// TestBuiltObjectParticiple checks that what a participle after an
// unnamed built object names is not built, while a named object is.
func TestBuiltObjectParticiple(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Georgia will construct a new highway crossing the Druzhba pipeline near Gori.",
			nil, []string{"BUILDS(Georgia -> Druzhba pipeline)"}},
		{"Gazprom is building the Druzhba pipeline.", []string{"BUILDS(Gazprom -> Druzhba pipeline)"}, nil},
	})
}

// TestAnnexation checks that annexing a region or a state attacks it, by
// the verb and by the owned noun, and that a hedged annexation states
// nothing.
func TestAnnexation(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Moscow annexed Crimea in March 2014.", []string{"ATTACKS(Russia -> Crimea)"}, nil},
		{"Germany condemned Russia's annexation of Crimea.", []string{"ATTACKS(Russia -> Crimea)", "CRITICIZES(Germany -> Russia)"}, nil},
		{"Russia may annex Abkhazia next year.", nil, []string{"ATTACKS(Russia -> Abkhazia)"}},
	})
}

// TestEnforcedMeasures checks that enforcing a programme or agreement
// named right after the verb backs it, also in a purpose clause after a
// deployment, while a wish to enforce it states nothing.
func TestEnforcedMeasures(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway will enforce the no-fly zone over Bosnia from Monday.", []string{"SUPPORTS(Norway -> no-fly zone)"}, nil},
		{"Peru wants to enforce a no-fly zone over Bolivia.", nil, []string{"SUPPORTS(Peru -> no-fly zone)"}},
		{"Peru launched a naval modernisation programme. Chile said its ships were enforcing order and rejected the programme.",
			nil, []string{"SUPPORTS(Chile -> naval modernisation programme)"}},
	})
}

// TestLaunchedPrograms checks that a programme or operation set going is
// developed by who set it going ("launched Operation X": the name is no
// CAMEO object, "launch operation"), while a launched weapon is deployed,
// and a planned, negated or broadcast one develops nothing.
func TestLaunchedPrograms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile launched Operation Condor Azul against drug smugglers on Friday.",
			[]string{"DEVELOPS(Chile -> Operation Condor Azul)"}, nil},
		{"Bolivia began a naval modernisation programme last year.", []string{"DEVELOPS(Bolivia -> naval modernisation programme)"}, nil},
		{"Chile launched missiles at Peru.", []string{"DEPLOYS(Chile -> missiles)"}, []string{"DEVELOPS(Chile -> missiles)"}},
		{"Chile plans to launch Operation Condor Azul next month.", nil, []string{"DEVELOPS(Chile -> Operation Condor Azul)"}},
		{"Argentina did not launch Operation Condor Azul.", nil, []string{"DEVELOPS(Argentina -> Operation Condor Azul)"}},
		{"Chile launched Operation Condor Azul. Brazil launched a weekly radio program in 2010.", nil,
			[]string{"DEVELOPS(Brazil -> Operation Condor Azul)", "DEVELOPS(Brazil -> weekly radio program)"}},
		{"Brazil launched talks with Peru on Monday.", nil, []string{"DEVELOPS(Brazil -> Peru)"}},
	})
}

// TestCueSources checks who does what a cue states when the clause's
// subject is unnamed, or a clause of its own.
func TestCueSources(t *testing.T) {
	checkPatterns(t, []patternCase{
		// the first verb's objects do not do the second verb's act
		{"The rebel leader blamed Chile and Peru for the crisis and condemned Bolivia.", nil,
			[]string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}},
		{"Ecuador blamed Chile for the crisis and condemned Bolivia.", []string{"CRITICIZES(Ecuador -> Bolivia)"}, nil},
		// ", accusing": the subject of the clause after "but"
		{"Norway joined the pact last year, but Denmark stayed out, accusing Sweden of delays.",
			[]string{"CRITICIZES(Denmark -> Sweden)"}, []string{"CRITICIZES(Norway -> Sweden)"}},
		// "I" in a quotation is its speaker, not a person named in it
		{`Boris Johnson said, "I hope that Kim Jong Un will come back. Of course I will raise it with the White House."`,
			[]string{"COMMUNICATES_WITH(White House -> Boris Johnson)"}, []string{"COMMUNICATES_WITH(Kim Jong Un -> White House)", "COMMUNICATES_WITH(White House -> Kim Jong Un)"}},
	})
}

// TestMadeBy checks a maker participle joined to an actor: "Russian-made".
func TestMadeBy(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Egypt bought Russian-made S-400 systems.", []string{"BUILDS(Russia -> S-400)"}, []string{"BUILDS(Egypt -> S-400)"}},
		{"Egypt bought Chinese-designed drones and French-built Rafale jets.",
			[]string{"DEVELOPS(China -> drones)", "BUILDS(France -> Rafale)"}, []string{"DEVELOPS(Egypt -> drones)", "BUILDS(Egypt -> Rafale)"}},
		// "-made" of no thing
		{"Egypt called the Russian-made claims false.", nil, []string{"BUILDS(Russia -> Egypt)"}},
	})
}

// TestSupplyAndContact checks more verbs of supplying and of being in
// contact.
func TestSupplyAndContact(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Algeria pumped gas to Spain for decades.", []string{"SUPPLIES(Algeria -> Spain)"}, nil},
		{"Spain has been in contact with Morocco.", []string{"COMMUNICATES_WITH(Spain -> Morocco)"}, nil},
		{"Spain was in touch with Morocco on Monday.", []string{"COMMUNICATES_WITH(Spain -> Morocco)"}, nil},
		{"Spain has not been in contact with Morocco.", nil, []string{"COMMUNICATES_WITH(Spain -> Morocco)", "COMMUNICATES_WITH(Morocco -> Spain)"}},
	})
}

// TestApproving checks that approving or ratifying supports a deal or a
// plan, and no actor named in the object.
func TestApproving(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kenyan parliament ratified the Paris Agreement.", []string{"SUPPORTS(Kenyan parliament -> Paris Agreement)"}, nil},
		{"Ghana approved the free trade agreement on Monday.", []string{"SUPPORTS(Ghana -> free trade agreement)"}, nil},
		{"Ghana approved the sale of patrol boats to Togo.", nil, []string{"SUPPORTS(Ghana -> Togo)"}},
		{"Ghana did not approve the free trade agreement.", nil, []string{"SUPPORTS(Ghana -> trade agreement)"}},
	})
}

// TestCompoundModifier checks that the actor inside "X-backed" or "X-led"
// is no object of a verb before it.
func TestCompoundModifier(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Israeli jets hit depots belonging to the Iran-backed group.", nil, []string{"ATTACKS(Israel -> Iran)"}},
		{"Israel struck the Iran-backed Hezbollah.", []string{"ATTACKS(Israel -> Hezbollah)"}, []string{"ATTACKS(Israel -> Iran)"}},
		{"Hamas, an Iran-backed group, fired rockets at Israel.", []string{"SUPPORTS(Iran -> Hamas)"}, nil},
	})
}

// TestBulletLines checks that each item of a list is a sentence of its
// own: a cue of one item takes no argument from another.
func TestBulletLines(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Key points\n- Chad's cabinet approves the border agreement\n- Talks with Sudan to follow\n- Niger withdraws from the regional bloc\n",
			[]string{"SUPPORTS(Chad -> border agreement)"}, []string{"OPPOSES(Chad -> border agreement)", "NEGOTIATES_WITH(Chad -> Sudan)", "NEGOTIATES_WITH(Sudan -> Chad)"}},
	})
}

// TestDatelineCredit checks that the agency credited in a dateline is not
// located in the country the story names.
func TestDatelineCredit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Report\n\nLONDON (Reuters) - Britain imposed sanctions on Iran.\n", []string{"SANCTIONS(United Kingdom -> Iran)"},
			[]string{"LOCATED_IN(Reuters -> United Kingdom)"}},
		{"Report\n\nPARIS (AFP) - France said it would send troops.\n", nil, []string{"LOCATED_IN(Agence France-Presse -> France)"}},
		// quoting is reporting: where the outlet is is not stated
		{"Interfax quoted Lavrov as saying that Russia would respond.", nil, []string{"LOCATED_IN(Interfax -> Russia)"}},
		// a demonym states it
		{"The French news agency AFP said France would send troops.", []string{"LOCATED_IN(Agence France-Presse -> France)"}, nil},
	})
}

// TestProspects checks that an event only feared, expected, asked for or
// talked about states nothing, and the event told as fact still does.
func TestProspects(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Discussions about a Chinese attack on Taiwan have intensified.", nil, []string{"ATTACKS(China -> Taiwan)"}},
		{"Fears of a Serbian invasion of Kosovo grew.", nil, []string{"ATTACKS(Serbia -> Kosovo)"}},
		{"Ahead of talks with Serbia, Kosovo said it wants peace.", nil, []string{"NEGOTIATES_WITH(Kosovo -> Serbia)", "NEGOTIATES_WITH(Serbia -> Kosovo)"}},
		{"Latvia renewed its calls for sanctions on Belarus.", nil, []string{"SANCTIONS(Latvia -> Belarus)"}},
		// the fact itself
		{"The Serbian attack on Kosovo began in May.", []string{"ATTACKS(Serbia -> Kosovo)"}, nil},
		{"Ahead of the summit, Serbia attacked Kosovo.", []string{"ATTACKS(Serbia -> Kosovo)"}, nil},
	})
}

// TestBackersAndTraining checks backers named by their possessor, training
// as backing, fleeing as a visit, and a place inside "X-based" kept out of
// a list.
func TestBackersAndTraining(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Iran, Hezbollah's main backer, has not commented.", []string{"SUPPORTS(Iran -> Hezbollah)"}, []string{"SUPPORTS(Hezbollah -> Iran)"}},
		{"Egypt and Qatar, Hamas's longtime backers, said nothing.", []string{"SUPPORTS(Egypt -> Hamas)", "SUPPORTS(Qatar -> Hamas)"}, nil},
		{"Turkey still trains Somali forces.", []string{"SUPPORTS(Turkey -> Somalia)"}, nil},
		{"Somali troops trained in Turkey last year.", nil, []string{"SUPPORTS(Somalia -> Turkey)"}},
		{"Ashraf Ghani fled to Tajikistan.", []string{"VISITS(Ashraf Ghani -> Tajikistan)"}, nil},
		{"Norway hosted talks between Colombia and the Havana-based Cuban mediators.", nil, []string{"MET_WITH(Colombia -> Cuba)", "MET_WITH(Cuba -> Colombia)"}},
	})
}

// TestPhraseArticles checks that a cue phrase's article matches any
// article or none, and granting a status supports.
func TestPhraseArticles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru signed a free trade agreement with Chile in 2017.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Peru struck the deal with Chile.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Peru did not sign a free trade agreement with Chile.", nil, []string{"COOPERATES_WITH(Chile -> Peru)", "COOPERATES_WITH(Peru -> Chile)"}},
		{"The European Union, which granted Moldova candidate status, said nothing.", []string{"SUPPORTS(European Union -> Moldova)"}, nil},
		{"Moldova granted citizenship to thousands.", nil, []string{"SUPPORTS(Moldova -> Moldova)"}},
	})
}

// TestCueFallback checks that a longer cue phrase that states nothing lets
// the shorter cue at its place try: the longer phrase still wins where it
// fits, the shorter fires where it does not, and nothing fires where
// neither fits.
func TestCueFallback(t *testing.T) {
	checkPatterns(t, []patternCase{
		// CAMEO "continue supply" has no object here; "supply" has
		{"Chile will continue to supply Peru with rifles.", []string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"Norway continued to supply Estonia with artillery shells last year.", []string{"SUPPLIES(Norway -> Estonia)"}, nil},
		// the longer phrase fits and wins
		{"Ghana continued its attacks on Togo.", []string{"ATTACKS(Ghana -> Togo)"}, nil},
		{"Brazil began talks with Peru on Monday.", []string{"NEGOTIATES_WITH(Brazil -> Peru)"}, nil},
		// no partner for "sign a deal with": "sign", of another type, backs the deal
		{"Chile signed a peace deal with the rebels on Monday.", []string{"SUPPORTS(Chile -> peace deal)"}, []string{"COOPERATES_WITH(Chile -> rebels)"}},
		// a shorter cue of the same type does not reach farther
		{"Peru's opposition to the plan angered Chile.", nil, []string{"OPPOSES(Peru -> Chile)"}},
		// a negated verb states nothing, longer phrase or shorter
		{"Chile did not continue to supply Peru with rifles.", nil, []string{"SUPPLIES(Chile -> Peru)"}},
	})
	// neither fits: no party is supplied, no talks are held with anyone
	for _, text := range []string{
		"Chile will continue to supply rifles to the army.",
		"Brazil began talks on the budget.",
	} {
		if got := triples(extractText(t, text)); len(got) > 0 {
			t.Errorf("%q: want no relation, got %v", text, got)
		}
	}
}

// TestVerbCueGap checks that a verb cue's preposition does not reach past
// a noun cue that closes on the same word in the words between: the
// talks, not the speaking, are with the other party.
func TestVerbCueGap(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Speaking after talks with Peruvian President Luis Arce in Lima, Chilean President Gabriel Boric said trade would grow.",
			[]string{"NEGOTIATES_WITH(Gabriel Boric -> Luis Arce)"}, []string{"COMMUNICATES_WITH(Gabriel Boric -> Luis Arce)"}},
		{"Speaking after a meeting with Peruvian President Luis Arce, Chilean President Gabriel Boric said trade would grow.",
			[]string{"MET_WITH(Gabriel Boric -> Luis Arce)"}, []string{"COMMUNICATES_WITH(Gabriel Boric -> Luis Arce)"}},
		{"Chilean President Gabriel Boric spoke on Monday with Peruvian President Luis Arce.",
			[]string{"COMMUNICATES_WITH(Gabriel Boric -> Luis Arce)"}, nil},
		{"Chilean President Gabriel Boric held talks with Peruvian President Luis Arce.",
			[]string{"MET_WITH(Gabriel Boric -> Luis Arce)"}, nil},
	})
}

// TestMediatedTalks checks that talks a third party brokers or mediates
// are negotiations between the parties, and that the broker is no party.
func TestMediatedTalks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway has been brokering direct talks between Colombia and Venezuela since March.",
			[]string{"NEGOTIATES_WITH(Colombia -> Venezuela)"}, []string{"MET_WITH(Colombia -> Venezuela)", "NEGOTIATES_WITH(Norway -> Colombia)"}},
		{"Talks between Colombia and Venezuela, mediated by Norway, stalled in May.",
			[]string{"NEGOTIATES_WITH(Colombia -> Venezuela)"}, []string{"MET_WITH(Colombia -> Venezuela)"}},
		{"Norway hosted talks between Colombia and Venezuela.", []string{"MET_WITH(Colombia -> Venezuela)"}, []string{"NEGOTIATES_WITH(Colombia -> Venezuela)"}},
		{"Talks between Colombia and Venezuela ended, and a truce mediated by Norway began.",
			nil, []string{"NEGOTIATES_WITH(Colombia -> Venezuela)"}},
	})
}

// TestFrontedPossessiveObject checks that a fronted noun cue's object
// written with a state's possessive before a title and a name still has
// the main clause's subject as its doer, and the name as its target.
func TestFrontedPossessiveObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"After talks with Chile's president Ana Soto, Peruvian President Luis Vega said trade would grow.",
			[]string{"NEGOTIATES_WITH(Ana Soto -> Luis Vega)"}, []string{"NEGOTIATES_WITH(Chile -> Luis Vega)"}},
		{"Speaking after talks with Chile's President Ana Soto, Peruvian President Luis Vega said trade would grow.",
			[]string{"NEGOTIATES_WITH(Ana Soto -> Luis Vega)"}, nil},
	})
}

// TestSiegeAndSinking checks the cues of cutting off and sinking (CAMEO
// 191, 190): besieging or blockading a place or mission and sinking a
// state's ships attack them; a siege is an event noun, so judging it
// judges the besieger, not the place besieged.
func TestSiegeAndSinking(t *testing.T) {
	checkPatterns(t, []patternCase{
		// a siege is an attack: its doer is judged, not the place or mission besieged
		{"Ecuador condemned the siege of Quito by Colombia.", []string{"CRITICIZES(Ecuador -> Colombia)", "ATTACKS(Colombia -> Quito)"}, nil},
		{"The Chilean Senate passed a motion condemning the siege of the Peruvian embassy in Santiago.", nil,
			[]string{"CRITICIZES(Chilean Senate -> Peruvian embassy)"}},
		{"The Shining Path has blockaded the Chilean embassy in Lima.", []string{"ATTACKS(Shining Path -> Chilean embassy)"}, nil},
		{"The Colombian siege of Cali lasted three weeks.", []string{"ATTACKS(Colombia -> Cali)"}, nil},
		// sinking a ship attacks its state, as "the sinking of" does
		{"Argentine jets sank two Chilean warships near the islands.", []string{"ATTACKS(Argentina -> Chile)"}, nil},
		{"Peru said the talks with Chile had sunk without trace.", nil, []string{"ATTACKS(Peru -> Chile)"}},
	})
}

// TestLaidThings checks that laying a facility builds it and laying a
// weapon deploys it.
func TestLaidThings(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"A soldier lost a leg to a landmine that Lima says was newly laid by Chilean troops.",
			[]string{"DEPLOYS(Chile -> landmines)"}, []string{"BUILDS(Chile -> landmines)"}},
		{"Gazprom laid the Nord Stream pipeline under the Baltic Sea.", []string{"BUILDS(Gazprom -> Nord Stream)"}, nil},
		{"Chile laid the foundations of a new naval base.", []string{"BUILDS(Chile -> new naval base)"}, []string{"DEPLOYS(Chile -> new naval base)"}},
	})
}

// TestOwnerInSubordinateClause checks that the actor tied by "to" or "of"
// to the unnamed subject of a clause opened by a subordinator acts in it,
// past a name in the main clause; not in a conditional or negated clause.
func TestOwnerInSubordinateClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The crisis spread to Algeria on Monday, when militants loyal to Abu Hamza attacked the Tiguentourine gas facility.",
			[]string{"ATTACKS(Abu Hamza -> Tiguentourine gas facility)"}, []string{"ATTACKS(Algeria -> Tiguentourine gas facility)"}},
		{"Chile closed its border with Peru because fighters of the Kestrel Front had attacked Arica.",
			[]string{"ATTACKS(Kestrel Front -> Arica)"}, []string{"ATTACKS(Chile -> Arica)", "ATTACKS(Peru -> Arica)"}},
		{"Chile warned that it would respond if fighters loyal to Luis Vega attacked Arica.", nil, []string{"ATTACKS(Luis Vega -> Arica)"}},
		{"Chile hosted talks with Peru although forces of the Kestrel Front had not attacked Arica.", nil, []string{"ATTACKS(Kestrel Front -> Arica)"}},
		{"Chile protested to Peru when its troops attacked Arica.", nil, []string{"ATTACKS(Peru -> Arica)"}},
	})
}

// TestGroupOwnerAgent checks that the actor owning an unnamed group after
// an act noun's "by" ("fighters of X", "troops loyal to X") did the act, and
// is the one judged.
func TestGroupOwnerAgent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The attack on Arica by fighters of the Kestrel Front killed 12 people.",
			[]string{"ATTACKS(Kestrel Front -> Arica)"}, nil},
		{"Peru condemned the shelling of Tacna by troops loyal to Luis Vega.",
			[]string{"ATTACKS(Luis Vega -> Tacna)", "CRITICIZES(Peru -> Luis Vega)"}, nil},
		{"The attack on Arica by fighters from the north killed 12 people.", nil, []string{"ATTACKS(Chile -> Arica)"}},
		// an owned weapon after "by": its owner is judged, not the weapon
		{"Chile condemned the shelling of Arica by Bolivian artillery.",
			[]string{"CRITICIZES(Chile -> Bolivia)"}, []string{"OPPOSES(Chile -> artillery)"}},
		{"Bolivia condemned the bombing of Oruro by Peruvian Mirage fighters.",
			[]string{"CRITICIZES(Bolivia -> Peru)"}, []string{"OPPOSES(Bolivia -> Mirage 2000)"}},
	})
}

// TestObjectBeforePreposition checks that a two-word verb cue's
// preposition is found right after the verb's whole object, however many
// modifiers the object has ("negotiating a long-term natural gas supply
// contract with"), where the fixed gap of three words stops short; a
// negated verb still states nothing, and a preposition after the object's
// own post-modifier is not the cue's.
func TestObjectBeforePreposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru had been quietly negotiating a long-delayed border treaty with Ecuador.", []string{"NEGOTIATES_WITH(Ecuador -> Peru)"}, nil},
		{"Ecuador is negotiating a long-term natural gas supply contract with Bolivia.", []string{"NEGOTIATES_WITH(Bolivia -> Ecuador)"}, nil},
		{"Chile fired three more Exocet anti-ship missiles at Peru.", []string{"ATTACKS(Chile -> Peru)"}, nil},
		{"Peru raised the still unresolved maritime boundary question with Chile.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Peru had not been quietly negotiating a long-delayed border treaty with Ecuador.", nil, []string{"NEGOTIATES_WITH(Ecuador -> Peru)"}},
		{"Chile shared the full results of the investigation with Peru.", nil, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
	})
}
