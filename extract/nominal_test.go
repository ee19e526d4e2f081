package extract

import "testing"

// TestNounCueAdjunct checks noun cues whose preposition follows an adjunct
// phrase: the clause's subject relates to every conjunct after it.
func TestNounCueAdjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenya has stepped up cooperation over the past decade with the navies of Egypt, Oman, and Qatar.",
			[]string{"COOPERATES_WITH(Egypt -> Kenya)", "COOPERATES_WITH(Kenya -> Oman)", "COOPERATES_WITH(Kenya -> Qatar)"}, nil},
		{"Norway resumed negotiations on Tuesday with Belarus.", []string{"NEGOTIATES_WITH(Belarus -> Norway)"}, nil},
		// an actor inside the adjunct: the preposition after it is not the cue's
		{"Chile welcomed negotiations at the invitation of Peru with Bolivia.", nil, []string{"NEGOTIATES_WITH(Bolivia -> Chile)"}},
		{"Chile ended cooperation in the region, with Peru protesting.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
	})
}

// TestCoordinatedAgents checks that every conjunct of a list gets the
// relation, on either side of the cue.
func TestCoordinatedAgents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Canada launched a naval coalition to guard the Arctic Ocean which was joined by Norway, Iceland and Denmark.",
			[]string{"MEMBER_OF(Norway -> naval coalition)", "MEMBER_OF(Iceland -> naval coalition)", "MEMBER_OF(Denmark -> naval coalition)"},
			[]string{"MEMBER_OF(Norway -> Arctic Ocean)"}},
		// the antecedent fits: it is the one attacked
		{"Serbia sent troops to the border of Kosovo which was attacked by Albania.",
			[]string{"ATTACKS(Albania -> Kosovo)"}, []string{"ATTACKS(Albania -> Serbia)"}},
	})
}

// TestNominalEvents checks events named by nouns: their doer is the noun's
// modifier, or whoever claims the event a few sentences before or after;
// a sentence that reports the event names no doer by itself.
func TestNominalEvents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Protests followed an attack on a fuel depot in Chad. The attack was claimed by Boko Haram.",
			[]string{"ATTACKS(Boko Haram -> fuel depot)"}, nil},
		{"Boko Haram claimed responsibility for the attacks. According to Reuters, the attacks began at dawn and struck Niamey and Maradi.",
			[]string{"ATTACKS(Boko Haram -> Maradi)"},
			[]string{"ATTACKS(Reuters -> Maradi)"}},
		{"Crowds mourned after a U.S. airstrike that killed Ismail Haniyeh.",
			[]string{"ATTACKS(United States -> Ismail Haniyeh)"}, nil},
		// what is claimed of the attack is not a claim of it
		{"Protests followed an attack on a fuel depot in Chad. Boko Haram claimed the attack was staged.",
			nil, []string{"ATTACKS(Boko Haram -> Chad)", "ATTACKS(Boko Haram -> fuel depot)"}},
		{"Protests followed an attack on a fuel depot in Chad. Boko Haram did not claim the attack.",
			nil, []string{"ATTACKS(Boko Haram -> Chad)", "ATTACKS(Boko Haram -> fuel depot)"}},
		// a new attack after the claim is not the one claimed
		{"Boko Haram claimed the attack. An attack on Chad was reported.",
			nil, []string{"ATTACKS(Boko Haram -> Chad)"}},
		{"Protests followed an attack on a fuel depot in Chad. Boko Haram claimed the attack hit a school.",
			nil, []string{"ATTACKS(Boko Haram -> fuel depot)"}},
		{"Protests followed an attack on a fuel depot in Chad. Boko Haram claimed the attack on Monday.",
			[]string{"ATTACKS(Boko Haram -> fuel depot)"}, nil},
		{"Protests followed an attack on a fuel depot in Chad. Nigeria launched probes on the attack.",
			nil, []string{"ATTACKS(Nigeria -> fuel depot)"}},
		// a claim of a new event owns that one only
		{"Kyiv claimed responsibility for a strike on Crimea. The attack on Odesa was the third this week.",
			[]string{"ATTACKS(Ukraine -> Crimea)"}, []string{"ATTACKS(Ukraine -> Odesa)"}},
		{"Odesa was hit again. The attack was the third on Odesa this week.", nil, []string{"ATTACKS(Odesa -> Ukraine)"}},
		// an event noun subject whose doer a participle of doing names
		{"The strikes, ordered by Putin last week, hit Kharkiv.", []string{"ATTACKS(Vladimir Putin -> Kharkiv)"}, nil},
		{"The sanctions, imposed by Britain and Canada on Friday, froze the assets of Gazprombank.",
			[]string{"SANCTIONS(United Kingdom -> Gazprombank)", "SANCTIONS(Canada -> Gazprombank)"}, nil},
		{"The strikes, condemned by the European Union, hit Kharkiv.", nil, []string{"ATTACKS(European Union -> Kharkiv)"}},
		{"The strikes, ordered last week, hit Kharkiv after Putin spoke.", nil, []string{"ATTACKS(Vladimir Putin -> Kharkiv)"}},
		// too far apart
		{"An attack on Chad was reported. Rain fell. Rain fell. Rain fell. Rain fell. Boko Haram claimed the attack.",
			nil, []string{"ATTACKS(Boko Haram -> Chad)", "ATTACKS(Boko Haram -> fuel depot)"}},
	})
}

// TestEnclosingEvent checks that a definite event noun with no doer of its
// own, whose targets lie within the target of the event last told, is that
// event's doer's: the raids on a country's cities after the raid on the
// country. A target elsewhere, an indefinite noun, another type or an
// event told too long before give nothing.
func TestEnclosingEvent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile bombed Peru on Monday. Ruiz said the raids on Lima and Cusco were a reply.",
			[]string{"ATTACKS(Chile -> Cusco)"}, nil},
		{"Reaction to the Turkish air strikes on Syria was muted. The strikes on Aleppo killed nine people, officials said.",
			[]string{"ATTACKS(Turkey -> Aleppo)"}, nil},
		{"Kenyan jets attacked Somalia. Later the shelling of Mogadishu resumed.",
			[]string{"ATTACKS(Kenya -> Mogadishu)"}, nil},
		// the target lies in the doer's own country or a third one
		{"Chile bombed Peru on Monday. The attack on Arica killed four.", nil, []string{"ATTACKS(Chile -> Arica)"}},
		{"Chile bombed Peru on Monday. The strikes on La Paz were denied.", nil, []string{"ATTACKS(Chile -> La Paz)"}},
		// the last event told is another: no guess
		{"Chile bombed Peru. Bolivia shelled Arica. The attacks on Cusco went on.", nil,
			[]string{"ATTACKS(Chile -> Cusco)", "ATTACKS(Bolivia -> Cusco)"}},
		// a new event, or one of another type
		{"Chile bombed Peru on Monday. An attack on Cusco followed.", nil, []string{"ATTACKS(Chile -> Cusco)"}},
		{"Chile imposed sanctions on Peru. The attacks on Cusco went on.", nil, []string{"ATTACKS(Chile -> Cusco)"}},
		// too far back
		{"Chile bombed Peru. Rain fell. Rain fell. Rain fell. Rain fell. The attacks on Cusco went on.", nil,
			[]string{"ATTACKS(Chile -> Cusco)"}},
	})
}

// TestNominalObject checks that a verb whose object is an event noun acts
// on the event, not on the actor the event is about; a thing the event is
// about still stands for it.
func TestNominalObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Estonia condemned the attack on Ukraine.", nil, []string{"CRITICIZES(Estonia -> Ukraine)"}},
		{"Japan welcomed the sanctions against Belarus.", nil, []string{"SUPPORTS(Japan -> Belarus)"}},
		{"Estonia condemned Russia's attack on Ukraine.", nil, []string{"CRITICIZES(Estonia -> Ukraine)"}},
		// aggression and military action against an actor attack it: the
		// actor is the act's victim, not what is condemned
		{"Brazil condemned Peruvian aggression against Bolivia on Monday.",
			[]string{"CRITICIZES(Brazil -> Peru)", "ATTACKS(Peru -> Bolivia)"}, []string{"CRITICIZES(Brazil -> Bolivia)"}},
		{"Argentina condemned military action against Uruguay.", nil, []string{"CRITICIZES(Argentina -> Uruguay)"}},
		{"Chile's military action against Peru ended in March.", []string{"ATTACKS(Chile -> Peru)"}, nil},
		{"Peru accused Chile of aggression against Bolivia.", []string{"CRITICIZES(Peru -> Chile)"}, []string{"ATTACKS(Chile -> Bolivia)"}},
		{"Estonia condemned Belarus over the arrests.", []string{"CRITICIZES(Estonia -> Belarus)"}, nil},
		{"China opposes the deployment of THAAD.", []string{"OPPOSES(China -> THAAD)"}, nil},
	})
}

// TestTheirGroup checks that "their" before a noun cue stands for the
// coordinated subject before it.
func TestTheirGroup(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Both Armenia and Azerbaijan said after their talks that progress was made.",
			[]string{"MET_WITH(Armenia -> Azerbaijan)"}, nil},
		{"Chile and Peru renewed their support for Bolivia.",
			[]string{"SUPPORTS(Chile -> Bolivia)", "SUPPORTS(Peru -> Bolivia)"}, nil},
		// a single actor: "their" is someone else
		{"Armenia said their talks had failed.", nil, []string{"MET_WITH(Armenia -> Azerbaijan)"}},
	})
}

// TestEventTargets checks what "was the target of" an event: the doer
// modifies the event noun, or claims the event in a later sentence.
func TestEventTargets(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"In 2019, Tartus was the target of a Hezbollah drone attack.",
			[]string{"ATTACKS(Hezbollah -> Tartus)"}, nil},
		{"In 2019, Tartus was the target of a drone attack. Hezbollah claimed responsibility for the attack.",
			[]string{"ATTACKS(Hezbollah -> Tartus)"}, nil},
		{"Tartus was the target of criticism by Hezbollah.", nil, []string{"ATTACKS(Hezbollah -> Tartus)"}},
	})
}

// TestNewEventClaim checks that an indefinite event an actor begins is a
// new one: it takes none of the targets told before.
func TestNewEventClaim(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Reports spoke of an attack on Georgia. Russia began a military offensive with airstrikes.",
			nil, []string{"ATTACKS(Russia -> Georgia)"}},
		{"Reports spoke of an attack on Georgia. Russia claimed the attack.",
			[]string{"ATTACKS(Russia -> Georgia)"}, nil},
	})
}

// TestAdditiveLinks checks partners joined to a subject ("along with",
// "as well as") and agents listed after a noun cue's "by".
func TestAdditiveLinks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, along with Peru and Ecuador, condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)", "CRITICIZES(Ecuador -> Bolivia)"}, nil},
		{"Chile as well as Peru condemned Bolivia.", []string{"CRITICIZES(Peru -> Bolivia)"}, nil},
		{"Chile, along with the new government in Peru, condemned Bolivia.", []string{"CRITICIZES(Chile -> Bolivia)"},
			[]string{"CRITICIZES(Peru -> Bolivia)"}},
		{"The criticism of Hungary by Poland and Slovakia was sharp.",
			[]string{"CRITICIZES(Poland -> Hungary)", "CRITICIZES(Slovakia -> Hungary)"}, nil},
		// a partner added after the verb's object does the act too; it is
		// not what the act reaches (additiveBetween)
		{"Yoweri Museveni and Paul Kagame flew to the summit in Arusha, along with Jacob Zuma.", nil,
			[]string{"MET_WITH(Jacob Zuma -> Yoweri Museveni)", "MET_WITH(Jacob Zuma -> Paul Kagame)"}},
		{"Chile sanctioned the bank on Friday, along with Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Estonia expelled two diplomats last week, as well as Latvia.", nil, []string{"SANCTIONS(Estonia -> Latvia)"}},
		{"Yoweri Museveni attended the summit with Jacob Zuma.", []string{"MET_WITH(Jacob Zuma -> Yoweri Museveni)"}, nil},
		{"Niger sent soldiers to battle alongside the Malians in the Tarvo mountains.",
			[]string{"ATTACKS(Niger -> Tarvo mountains)"}, nil},
	})
}

// TestNamedHead checks that a demonym before a described name leaves the
// argument to the name.
func TestNamedHead(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Canada sanctioned Russian shipping firm Sovcomflot on Monday.",
			[]string{"SANCTIONS(Canada -> Sovcomflot)"}, []string{"SANCTIONS(Canada -> Russia)"}},
		{"Canada sanctioned Russian officials on Monday.", []string{"SANCTIONS(Canada -> Russia)"}, nil},
		{"Iran shot down a Ukrainian passenger jet near Tehran.", []string{"ATTACKS(Iran -> Ukraine)"}, []string{"ATTACKS(Iran -> Tehran)"}},
	})
}

// TestMakerNouns checks what a maker noun states between the name it
// describes and the things before it.
func TestMakerNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Poland bought the firm from Czech drone and radar manufacturer Retia.",
			[]string{"BUILDS(Retia -> drones)", "BUILDS(Retia -> radar)"}, nil},
		{"The contract went to Saab, a Swedish radar maker.", []string{"BUILDS(Saab -> radar)"}, nil},
		// "shell" before a maker noun is no verb
		{"Poland bought Czech mortar and shell manufacturer Retia.", nil, []string{"ATTACKS(mortar -> Retia)"}},
		// no name described: nothing
		{"The radar maker said Poland had paid.", nil, []string{"BUILDS(Poland -> radar)"}},
	})
}

// TestNounOwnPreposition checks noun cues that end in their type's
// preposition ("sales to", "aid to"), and the nouns of buying, backing and
// recognising.
func TestNounOwnPreposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's arms sales to Peru rose.", []string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"Chile's military assistance to Peru rose.", []string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"Turkey's purchase of S-400 missiles from Russia angered Greece.", []string{"SUPPLIES(Russia -> Turkey)"},
			[]string{"SUPPLIES(Turkey -> Russia)"}},
		{"Chile's backing of Peru angered Bolivia.", []string{"SUPPORTS(Chile -> Peru)"}, nil},
		{"Chile's recognition of Kosovo angered Serbia.", []string{"SUPPORTS(Chile -> Kosovo)"}, nil},
	})
}

// TestInnerAgent checks an agent after "by" (or "from") between a noun
// cue's noun and its preposition or after its object, and attacks
// "against".
func TestInnerAgent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Strikes by Israel on Gaza continued.", []string{"ATTACKS(Israel -> Gaza Strip)"}, nil},
		{"Attacks by Russia against Ukraine continued.", []string{"ATTACKS(Russia -> Ukraine)"}, nil},
		{"Russia's war against Ukraine continued.", []string{"ATTACKS(Russia -> Ukraine)"}, nil},
		{"Strikes by drones on Monday hit Gaza.", nil, []string{"ATTACKS(Monday -> Gaza Strip)"}},
		{"The threat from Russia to Estonia is real.", []string{"THREATENS(Russia -> Estonia)"}, nil},
		{"The threat to Estonia from Russia is real.", []string{"THREATENS(Russia -> Estonia)"}, nil},
		{"Military aid to Ukraine from Germany arrived.", []string{"SUPPLIES(Germany -> Ukraine)"}, nil},
		{"The threat to Estonia from the east is real.", nil, []string{"THREATENS(east -> Estonia)"}},
	})
}

// TestJoinedParty checks that an actor who joins a definite event becomes
// a party of it.
func TestJoinedParty(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, Peru and Bolivia gathered in Lima on Monday. Ecuador joined the talks as an observer.",
			[]string{"MET_WITH(Ecuador -> Peru)", "MET_WITH(Chile -> Ecuador)", "MET_WITH(Bolivia -> Ecuador)"}, nil},
		// another kind of event: no party
		{"Chile, Peru and Bolivia gathered in Lima on Monday. Ecuador joined the alliance.",
			nil, []string{"COOPERATES_WITH(Ecuador -> Peru)", "MET_WITH(Ecuador -> Peru)"}},
		{"Chile, Peru and Bolivia gathered in Lima. Rain fell. Rain fell. Rain fell. Ecuador joined the talks.",
			nil, []string{"MET_WITH(Ecuador -> Peru)"}},
	})
}

// TestPlanOwner checks that the infinitive of an intent noun is its
// owner's, never the doer of a stance around it, and that an actor inside
// it is no target of that stance.
func TestPlanOwner(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia's opposition to the U.S. plan to deploy interceptor missiles in Poland is well known.",
			[]string{"DEPLOYS(United States -> interceptor missiles)"}, []string{"DEPLOYS(Russia -> interceptor missiles)"}},
		{"Beijing's objection to Seoul's decision to deploy THAAD angered Washington.",
			[]string{"DEPLOYS(South Korea -> THAAD)", "OPPOSES(China -> South Korea)"}, []string{"DEPLOYS(China -> THAAD)"}},
		{"Moscow opposes the plan by Washington to place missiles in Poland.",
			[]string{"DEPLOYS(United States -> missiles)"}, []string{"DEPLOYS(Russia -> missiles)"}},
		{"Moscow repeated its opposition to the plan to place 10 interceptor missiles in Poland.",
			[]string{"OPPOSES(Russia -> interceptor missiles)"}, []string{"DEPLOYS(Russia -> interceptor missiles)"}},
		{"Iran's criticism of the decision to sanction Syria was sharp.", nil, []string{"CRITICIZES(Iran -> Syria)"}},
		{"Russia's rejection of the Western plan to arm Ukraine was expected.", nil, []string{"OPPOSES(Russia -> Ukraine)"}},
		// the clause's own plan stays its subject's
		{"Russia moved troops west in a bid to deploy Iskander missiles in Kaliningrad.",
			[]string{"DEPLOYS(Russia -> Iskander)"}, nil},
		{"Sweden plans to deploy Patriot missiles in Gotland.", []string{"DEPLOYS(Sweden -> Patriot)"}, nil},
	})
}

// TestParticipleAgents checks agents of a participle between a noun cue's
// noun and its preposition, and a possessed noun cue in apposition.
func TestParticipleAgents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The sanctions imposed by Canada and Norway on Belarus hurt.",
			[]string{"SANCTIONS(Canada -> Belarus)", "SANCTIONS(Norway -> Belarus)"}, nil},
		{"The sanctions imposed on Belarus by Canada hurt.", []string{"SANCTIONS(Canada -> Belarus)"}, nil},
		{"Chile, Peru's ally, protested.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"In Lima, Peru's allies protested.", nil, []string{"COOPERATES_WITH(Lima -> Peru)"}},
	})
}

// TestConjunctHeads checks the head of each conjunct of a subject list:
// the person before "of", the possessor of a title.
func TestConjunctHeads(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Gitanas Nauseda of Lithuania and Alar Karis of Estonia condemned Belarus.",
			[]string{"CRITICIZES(Gitanas Nauseda -> Belarus)", "CRITICIZES(Alar Karis -> Belarus)"},
			[]string{"CRITICIZES(Lithuania -> Belarus)"}},
		{"Lithuania's president and Estonia's prime minister condemned Belarus.",
			[]string{"CRITICIZES(Lithuania -> Belarus)", "CRITICIZES(Estonia -> Belarus)"}, nil},
		{"The foreign ministers of Lithuania and Estonia condemned Belarus.",
			[]string{"CRITICIZES(Lithuania -> Belarus)", "CRITICIZES(Estonia -> Belarus)"}, nil},
	})
}

// TestSideAgainst checks that backing or allying with X "against Y"
// opposes Y.
func TestSideAgainst(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile backed Peru against Bolivia.", []string{"SUPPORTS(Chile -> Peru)", "OPPOSES(Chile -> Bolivia)"}, nil},
		{"Chile started supporting the government of Peru against Bolivia.", []string{"OPPOSES(Chile -> Bolivia)"}, nil},
		{"Chile allied with Peru against Bolivia.", []string{"OPPOSES(Chile -> Bolivia)"}, nil},
		{"Chile supported Peru when Bolivia was against Ecuador.", nil, []string{"OPPOSES(Chile -> Ecuador)"}},
	})
}

// TestAssemble checks "assemble" as a verb of building weapons, and that
// people who assemble build nothing.
func TestAssemble(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"In 2018, Poland started assembling Patriot missiles in Mielec.", []string{"BUILDS(Poland -> Patriot)"}, nil},
		{"Protesters assembled outside the Polish embassy.", nil, []string{"BUILDS(Poland -> embassy)"}},
	})
}

// TestTopicOnlyBare checks that a bare stance noun is about the thing just
// discussed, while one with its own object ("withdrawal from the region")
// is not.
func TestTopicOnlyBare(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile signed the Paris Agreement. Peru repeated its opposition.", []string{"OPPOSES(Peru -> Paris Agreement)"}, nil},
		{"Chile signed the Paris Agreement. Peru announced its withdrawal from the region.", nil,
			[]string{"OPPOSES(Peru -> Paris Agreement)"}},
	})
}

// TestEventModifier checks that an actor among an event noun's modifiers
// is its doer.
func TestEventModifier(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"A Russian missile strike on Kyiv killed ten.", []string{"ATTACKS(Russia -> Kyiv)"}, nil},
		{"An Israeli air strike on Gaza killed ten.", []string{"ATTACKS(Israel -> Gaza Strip)"}, nil},
		{"Residents of a Syrian town said a strike on Idlib killed ten.", nil, []string{"ATTACKS(Syria -> Idlib)"}},
	})
}

// TestIntentHedge checks that the infinitive of an intent noun states only
// an intention, except for the types whose plans count.
func TestIntentHedge(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Sweden's bid to join NATO stalled.", nil, []string{"MEMBER_OF(Sweden -> NATO)"}},
		{"Sweden's bid to join NATO was blocked by Turkey.", []string{"OPPOSES(Turkey -> Sweden)"}, []string{"OPPOSES(Turkey -> NATO)"}},
		{"Lithuania's decision to build a fence along its border with Belarus was backed by the European Commission.",
			[]string{"SUPPORTS(European Commission -> Lithuania)"}, []string{"SUPPORTS(European Commission -> Belarus)"}},
		{"Chile's plan to sanction Peru was dropped.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Seoul's decision to deploy THAAD angered Beijing.", []string{"DEPLOYS(South Korea -> THAAD)"}, nil},
	})
}

// TestQuotedEventNoun checks that a condemned act in quotation marks is
// still its modifier's act: the demonym before the quotes is criticized,
// not the side after "against".
func TestQuotedEventNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`AU condemns Russian "military action" against Georgia`,
			[]string{"CRITICIZES(African Union -> Russia)"}, []string{"CRITICIZES(African Union -> Georgia)"}},
		{`The African Union condemned the "military action" against Georgia.`,
			nil, []string{"CRITICIZES(African Union -> Russia)"}},
	})
}
