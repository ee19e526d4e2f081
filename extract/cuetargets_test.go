package extract

import "testing"

// TestCueTargets checks a cue that narrows its target's labels: leaving a
// treaty or a body opposes it, leaving a country states nothing.
func TestCueTargets(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mali withdrew from the Economic Community of West African States.",
			[]string{"OPPOSES(Mali -> ECOWAS)"}, nil},
		{"Russia pulled out of the INF Treaty.", []string{"OPPOSES(Russia -> INF Treaty)"}, nil},
		{"France announced its withdrawal from Niger.", nil, []string{"OPPOSES(France -> Niger)"}},
		{"Kenya withdrew from Somalia last year.", nil, []string{"OPPOSES(Kenya -> Somalia)"}},
		// undoing a deal: tearing it up, scrapping or renouncing it
		{"Chile tore up its 1975 fishing treaty with Peru on Friday.", []string{"OPPOSES(Chile -> fishing treaty)"}, nil},
		{"Peru is scrapping the Andean Gas Accord.", []string{"OPPOSES(Peru -> Andean Gas Accord)"}, nil},
		{"Peru renounced the Andean Gas Accord on Monday.", []string{"OPPOSES(Peru -> Andean Gas Accord)"}, nil},
		{"Peru did not renounce the Andean Gas Accord.", nil, []string{"OPPOSES(Peru -> Andean Gas Accord)"}},
		{"Protesters in Lima tore up copies of the Andean Gas Accord.", nil, []string{"OPPOSES(Peru -> Andean Gas Accord)"}},
		{"Chile scrapped plans to visit Peru.", nil, []string{"OPPOSES(Chile -> Peru)"}},
	})
}

// TestCameoActOwner: a CAMEO phrase that ends in its object noun, an act
// ("condemn decision", "support efforts", "attack policy"), judges the
// act's owner named after "of"; an event's "of" names what was struck, and
// a body that is no actor is no target.
func TestCameoActOwner(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Guatemala condemned the decision of Belize to close the crossing.", []string{"CRITICIZES(Guatemala -> Belize)"}, nil},
		{"Norway has long supported the efforts of Mercosur and the African Union.",
			[]string{"SUPPORTS(Norway -> Mercosur)", "SUPPORTS(Norway -> African Union)"}, nil},
		{"The Fijian premier attacked the policy of Tonga on fishing licences.",
			[]string{"CRITICIZES(Fiji -> Tonga)"}, []string{"ATTACKS(Fiji -> Tonga)"}},
		{"Chile condemned the killing of Peru's envoy.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chile supported the decision of the court.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
	})
}

// TestConjoinedAuxStopsObject checks that a cue's object is not sought past
// "and" or "or" opening a second verb phrase with an auxiliary.
func TestConjoinedAuxStopsObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe welcomed the truce and was ready to help Chile.", nil, []string{"SUPPORTS(Jane Roe -> Chile)"}},
		{"Omar Dalli condemned the raid and has visited Peru.", []string{"VISITS(Omar Dalli -> Peru)"},
			[]string{"CRITICIZES(Omar Dalli -> Peru)"}},
		{"Jane Roe praised the plan and then would meet Chile's envoy.", nil, []string{"SUPPORTS(Jane Roe -> Chile)"}},
		{"Jane Roe welcomed Chile and Peru.", []string{"SUPPORTS(Jane Roe -> Chile)", "SUPPORTS(Jane Roe -> Peru)"}, nil},
		{"Jane Roe criticized the plan and Peru.", []string{"CRITICIZES(Jane Roe -> Peru)"}, nil},
	})
}

// TestBackParticle checks that "back" after a verb that takes it as a
// particle is no verb "back" (SUPPORTS), and that the verb still is.
func TestBackParticle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kestrel Front fighters pulled back north of the Loa river.", nil, []string{"SUPPORTS(Kestrel Front -> Loa River)"}},
		{"Chile scaled back its aid to Peru.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
		{"Chile fell back behind Peru in the vote.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
		// any lexical verb the parse tags before it, past or base form
		{"Chile handed back the islands to Peru.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
		{"Under the accord, Peru will hand back the Tacna district to Chile.", nil, []string{"SUPPORTS(Peru -> Tacna)", "SUPPORTS(Peru -> Chile)"}},
		{"President Ana Soto of Peru flew back to Santiago for talks with Chile.", nil, []string{"SUPPORTS(Ana Soto -> Chile)", "SUPPORTS(Ana Soto -> Santiago)"}},
		{"Peru will back Chile in the vote.", []string{"SUPPORTS(Peru -> Chile)"}, nil},
		{"Iran continues to back Hezbollah.", []string{"SUPPORTS(Iran -> Hezbollah)"}, nil},
		{"Chile, which backs Peru, objected.", []string{"SUPPORTS(Chile -> Peru)"}, nil},
	})
}

// TestHonorificConjunct: a conjunct written with an honorific ("and Mr.
// Lanz") is the person after it, so each of the listed people is a target.
func TestHonorificConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Uruguay's president, Pablo Ferreira, talked by phone with both Ms. Ana Soto and Mr. Diego Lanz on Sunday.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Pablo Ferreira)", "COMMUNICATES_WITH(Diego Lanz -> Pablo Ferreira)"}, nil},
		{"Pablo Ferreira met Dr. Ana Soto and Dr. Diego Lanz in Lima.",
			[]string{"MET_WITH(Ana Soto -> Pablo Ferreira)", "MET_WITH(Diego Lanz -> Pablo Ferreira)"}, nil},
	})
}

// TestClaimDemonym checks that a demonym before a noun of a state's title
// (words.yaml claim_nouns) is the object a stance is about, as its
// possessive would be, and the territory after "over" or "to" is not.
func TestClaimDemonym(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ghana recognised Moroccan sovereignty over Western Sahara.",
			[]string{"SUPPORTS(Ghana -> Morocco)"}, []string{"SUPPORTS(Ghana -> Western Sahara)"}},
		{"Serbia will never accept Kosovar independence.", nil, []string{"SUPPORTS(Serbia -> Kosovo)"}},
		{"Austria backs Ukrainian territorial integrity.", []string{"SUPPORTS(Austria -> Ukraine)"}, nil},
		{"Bolivia rejected Chilean claims to the Atacama coast.", []string{"OPPOSES(Bolivia -> Chile)"}, nil},
		// a demonym before another noun stays no object
		{"Ghana recognised Moroccan rule in Western Sahara.", nil, []string{"SUPPORTS(Ghana -> Morocco)"}},
	})
}

// TestTradedGoods checks that a demonym before the goods of a trade noun
// (words.yaml trade_nouns) names the state a trade measure is about.
func TestTradedGoods(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile halted imports of Peruvian fish last week.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"The European Union decided to ban imports of Bolivian copper.", []string{"SANCTIONS(European Union -> Bolivia)"}, nil},
		{"Chile did not ban imports of Peruvian fish.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		// a demonym before another noun stays no object
		{"Chile banned Peruvian fishing boats from its ports.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
	})
}

// TestSpeechTopic checks that a name after a topic preposition (words.yaml
// topic_prepositions; near_topic_preps right before the name) is what a
// contact or a meeting was about, not its other party, while the hearer
// named before the topic stays one.
func TestSpeechTopic(t *testing.T) {
	both := func(typ, a, b string) []string {
		return []string{typ + "(" + a + " -> " + b + ")", typ + "(" + b + " -> " + a + ")"}
	}
	checkPatterns(t, []patternCase{
		{"Foreign Minister Elena Quispe of Peru spoke to reporters in Lima about Chile.", nil, both("COMMUNICATES_WITH", "Chile", "Elena Quispe")},
		{"Foreign Minister Elena Quispe of Peru talked with students regarding Bolivia.", nil, both("COMMUNICATES_WITH", "Bolivia", "Elena Quispe")},
		{"Defense Minister Pablo Ruiz of Colombia briefed lawmakers on Venezuela.", nil, both("COMMUNICATES_WITH", "Venezuela", "Pablo Ruiz")},
		{"Peru held a call with union leaders on the subject of Chile's exports.", nil, both("COMMUNICATES_WITH", "Chile", "Peru")},
		{"President Marco Silva of Brazil met with journalists in Recife about Argentina.", nil, both("MET_WITH", "Argentina", "Marco Silva")},
		// the hearer named before the topic stays
		{"Foreign Minister Elena Quispe of Peru spoke to Chile about Bolivia.", both("COMMUNICATES_WITH", "Chile", "Elena Quispe")[:1], both("COMMUNICATES_WITH", "Bolivia", "Elena Quispe")},
		{"Paraguay spoke with Uruguay regarding Bolivia.", both("COMMUNICATES_WITH", "Paraguay", "Uruguay")[:1], both("COMMUNICATES_WITH", "Bolivia", "Paraguay")},
		{"Mexico held a call with Canada about Cuba.", both("COMMUNICATES_WITH", "Canada", "Mexico")[:1], both("COMMUNICATES_WITH", "Cuba", "Mexico")},
		{"President Rosa Diaz of Argentina briefed Uruguay on the talks.", both("COMMUNICATES_WITH", "Uruguay", "Rosa Diaz")[:1], nil},
		// "on" opens no topic away from the name, nor as the cue's own word
		{"Chile called on the United Nations to act.", []string{"COMMUNICATES_WITH(Chile -> United Nations)"}, nil},
		{"Chile summoned on Monday the Peruvian ambassador.", both("COMMUNICATES_WITH", "Chile", "Peru")[:1], nil},
		{"Foreign Minister Juan Vargas of Bolivia spoke by phone on Tuesday with Paraguay.", both("COMMUNICATES_WITH", "Paraguay", "Juan Vargas")[:1], nil},
	})
}

// TestParticipleAgentNoTarget checks participleAgent: the agent of a
// participle right after a cue ("an assault led by", "a raid carried out
// by") did or led the act and is not its target; a target named before
// the participle, or after "on", stays.
func TestParticipleAgentNoTarget(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean troops overran Tacna in a night raid headed by the army chief, Pablo Rojas.", []string{"ATTACKS(Chile -> Tacna)"}, []string{"ATTACKS(Chile -> Pablo Rojas)"}},
		{"Chile launched an offensive led by General Pablo Rojas.", nil, []string{"ATTACKS(Chile -> Pablo Rojas)"}},
		{"Bolivia mounted a raid, commanded by Colonel Ana Soto, on Friday.", nil, []string{"ATTACKS(Bolivia -> Ana Soto)"}},
		{"Ecuador staged an incursion headed by Major Luis Vera.", nil, []string{"ATTACKS(Ecuador -> Luis Vera)"}},
		{"Chile's attack on Peru, ordered by President Ana Soto, killed ten.", []string{"ATTACKS(Chile -> Peru)"}, []string{"ATTACKS(Chile -> Ana Soto)"}},
		{"Chile launched an attack on Peru led by General Pablo Rojas.", []string{"ATTACKS(Chile -> Peru)"}, []string{"ATTACKS(Chile -> Pablo Rojas)"}},
	})
}

// TestPlacePartListItem checks placePartOf: a list item that is a part
// of a place ("the outskirts of X", "the military side of X airport";
// words.yaml place_parts) keeps the list going with that place; a part
// of no place named, or a capitalised word before "of", ends it.
func TestPlacePartListItem(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean jets struck the Tacna barracks, the outskirts of Arica and the Iquique air base.", []string{"ATTACKS(Chile -> Tacna barracks)", "ATTACKS(Chile -> Arica)", "ATTACKS(Chile -> Iquique air base)"}, nil},
		{"Chilean jets bombed the Tacna barracks, the military side of Arica airport and the Iquique air base.", []string{"ATTACKS(Chile -> Arica airport)", "ATTACKS(Chile -> Iquique air base)"}, nil},
		{"Bolivian artillery shelled Oruro, the eastern suburbs of Potosi and Sucre.", []string{"ATTACKS(Bolivia -> Oruro)", "ATTACKS(Bolivia -> Potosi)", "ATTACKS(Bolivia -> Sucre)"}, nil},
		{"Peru sanctioned Chile, the rest of the bloc and Bolivia.", []string{"SANCTIONS(Peru -> Chile)"}, []string{"SANCTIONS(Peru -> Bolivia)"}},
		{"Chilean jets struck Tacna, the Governor of Arica said.", []string{"ATTACKS(Chile -> Tacna)"}, []string{"ATTACKS(Chile -> Arica)"}},
	})
}
