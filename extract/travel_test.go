package extract

import "testing"

// TestBeInVisits checks that "be in" a place states a visit only when
// nothing but adverbs stands between: a participle, a noun phrase or a
// plan belongs to another phrase, and a place inside a longer phrase's
// gap keeps its own "be in".
func TestBeInVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Secretary of State Antony Blinken was still in Cairo on Tuesday.", []string{"VISITS(Antony Blinken -> Cairo)"}, nil},
		{"Emmanuel Macron, who was in Beijing for talks with Chinese President Xi Jinping, said Europe must act.",
			[]string{"VISITS(Emmanuel Macron -> Beijing)", "NEGOTIATES_WITH(Emmanuel Macron -> Xi Jinping)"}, nil},
		// detention, an office held there, a plan
		{"Opposition leader Alexei Navalny has been held in a prison in Vladimir since January.", nil, []string{"VISITS(Alexei Navalny -> Vladimir)"}},
		{"Ashraf Ghani was detained in Kabul.", nil, []string{"VISITS(Ashraf Ghani -> Kabul)"}},
		{"Antony Blinken was the senior diplomat in Cairo for years.", nil, []string{"VISITS(Antony Blinken -> Cairo)"}},
		{"Antony Blinken is due in Seoul on Wednesday.", nil, []string{"VISITS(Antony Blinken -> Seoul)"}},
		{"Antony Blinken is due to visit Seoul on Wednesday.", nil, []string{"VISITS(Antony Blinken -> Seoul)"}},
		// staying on
		{"Secretary of State Antony Blinken remains in Cairo, where he met Egyptian President Abdel Fattah al-Sisi.",
			[]string{"VISITS(Antony Blinken -> Cairo)"}, nil},
		{"U.S. President Joe Biden stayed in the United States during the summit.", nil,
			[]string{"VISITS(Joe Biden -> United States)"}},
		// an office holder in his own state's capital is at home
		{"Peruvian President Ana Soto was in Lima on Monday.", nil, []string{"VISITS(Ana Soto -> Lima)"}},
		{"Peruvian President Ana Soto was in Santiago on Monday.", []string{"VISITS(Ana Soto -> Santiago)"}, nil},
		// a reporter in a place is there to report
		{"Our Andean correspondent, Ana Rojas, is in Lima.", nil, []string{"VISITS(Ana Rojas -> Lima)"}},
		{"Jon Doe, our reporter, was in Quito on Monday.", nil, []string{"VISITS(Jon Doe -> Quito)"}},
		{"The reporter Jon Doe visited Quito in May.", []string{"VISITS(Jon Doe -> Quito)"}, nil},
	})
}

// TestCounterparts checks that "his French counterpart" after a cue is
// the demonym's country, and that "told" relates the state told, not
// what the clause after "that" names.
func TestCounterparts(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"German Chancellor Olaf Scholz spoke by phone with his French counterpart on Sunday.",
			[]string{"COMMUNICATES_WITH(France -> Olaf Scholz)"}, nil},
		{"Indian army chief Manoj Pande said he had spoken to his Pakistani counterpart.",
			[]string{"COMMUNICATES_WITH(Pakistan -> Manoj Pande)"}, nil},
		{"Japanese Prime Minister Fumio Kishida told his Chinese counterpart that Tokyo was concerned.",
			[]string{"COMMUNICATES_WITH(China -> Fumio Kishida)"}, nil},
		{"Indian Foreign Minister Subrahmanyam Jaishankar met his Chinese counterpart, Wang Yi, in Moscow.",
			[]string{"MET_WITH(Subrahmanyam Jaishankar -> Wang Yi)"}, nil},
		// a title before the apposed name: the name, not the demonym's state
		{"Chilean President Ana Soto met her Peruvian counterpart, President Luis Vega, in Santiago on Monday.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, []string{"MET_WITH(Ana Soto -> Peru)", "MET_WITH(Chile -> Peru)"}},
		// the possessive's own referent is not the one met
		{"Chilean President Ana Soto, who once worked for Bolivian President Pedro Arce, met her Peruvian counterpart, President Luis Vega, in Santiago on Saturday.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, []string{"MET_WITH(Ana Soto -> Pedro Arce)"}},
		// what is told, an outlet, reporters
		{"Sergei Lavrov told reporters that Moscow would respond.", nil, []string{"COMMUNICATES_WITH(Russia -> Sergei Lavrov)"}},
		{"Volodymyr Zelensky told the BBC that Kyiv would not cede territory.",
			[]string{"QUOTES(BBC -> Volodymyr Zelensky)"}, []string{"COMMUNICATES_WITH(Ukraine -> Volodymyr Zelensky)", "COMMUNICATES_WITH(BBC -> Volodymyr Zelensky)"}},
		{"Olaf Scholz did not tell his French counterpart about the plan.", nil, []string{"COMMUNICATES_WITH(France -> Olaf Scholz)"}},
	})
}

// TestHostedVisits checks that a host's guest visits the place the
// hosting verb names, and that no one visits their own state.
func TestHostedVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban in Ankara on Thursday.",
			[]string{"VISITS(Viktor Orban -> Ankara)"}, []string{"VISITS(Recep Tayyip Erdogan -> Ankara)"}},
		{"Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing.",
			[]string{"VISITS(Luiz Inacio Lula da Silva -> Beijing)"}, nil},
		// a seat of power is its state
		{"Chilean President Ana Soto received Peruvian President Luis Vega at La Moneda on Sunday.",
			[]string{"VISITS(Luis Vega -> Chile)"}, nil},
		{"Russian President Vladimir Putin hosted Russian Defence Minister Andrei Belousov at the Kremlin on Friday.",
			nil, []string{"VISITS(Andrei Belousov -> Russia)"}},
		// coordinated guests and places (rightArgs)
		{"Erdogan hosted Orban and Vucic in Ankara on Tuesday.",
			[]string{"VISITS(Viktor Orban -> Ankara)", "VISITS(Aleksandar Vucic -> Ankara)"}, nil},
		{"Xi Jinping welcomed Lula to Beijing and Shanghai this week.",
			[]string{"VISITS(Luiz Inacio Lula da Silva -> China)", "VISITS(Luiz Inacio Lula da Silva -> Shanghai)"}, nil},
		// no guest of the verb, negated, at home
		{"Recep Tayyip Erdogan hosted a summit on Gaza with Viktor Orban in Ankara.", nil, []string{"VISITS(Viktor Orban -> Ankara)"}},
		{"Recep Tayyip Erdogan did not host Viktor Orban in Ankara.", nil, []string{"VISITS(Viktor Orban -> Ankara)"}},
		{"Turkish President Recep Tayyip Erdogan hosted Turkish Foreign Minister Hakan Fidan in Ankara.", nil, []string{"VISITS(Hakan Fidan -> Ankara)"}},
		{"Russian President Vladimir Putin visited Russia's Far East.", nil, []string{"VISITS(Vladimir Putin -> Russia)"}},
		{"U.S. President Joe Biden returned to the United States on Sunday.", nil, []string{"VISITS(Joe Biden -> United States)"}},
	})
}

// TestSpeechVisits checks that a speaker whose words are placed abroad
// ("told reporters in Vienna") visits the place, and that a place at
// home, a statement or a noun "state" states no visit.
func TestSpeechVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russian Foreign Minister Sergei Lavrov told reporters in Vienna that Moscow wants the embargo lifted.",
			[]string{"VISITS(Sergei Lavrov -> Vienna)"}, nil},
		{"U.S. Secretary of State Antony Blinken said at a news conference in Doha that a deal was close.",
			[]string{"VISITS(Antony Blinken -> Doha)"}, nil},
		{"Speaking to journalists in Brussels, Ukrainian President Volodymyr Zelensky said more air defence was needed.",
			[]string{"VISITS(Volodymyr Zelensky -> Brussels)"}, nil},
		// at home, no place, a noun
		{"Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the talks had failed.", nil, []string{"VISITS(Sergei Lavrov -> Moscow)"}},
		{"Russian Foreign Minister Sergei Lavrov said in a statement that Moscow would respond.", nil, []string{"VISITS(Sergei Lavrov -> Russia)"}},
		{"Venezuelan President Nicolas Maduro held a vote on creating a new Venezuelan state in Essequibo.", nil, []string{"VISITS(Nicolas Maduro -> Essequibo)"}},
		{"Russian Foreign Minister Sergei Lavrov did not say in Vienna when the talks would resume.", nil, []string{"VISITS(Sergei Lavrov -> Vienna)"}},
	})
}

// TestPhoneCalls checks that a call verb with a person right after it
// and a time, a purpose or the clause's end is a channel, and that a
// judgement ("called X a terrorist"), an appeal ("called on X") or a
// negated call is none.
func TestPhoneCalls(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"U.S. President Joe Biden called Israeli Prime Minister Benjamin Netanyahu on Sunday.",
			[]string{"COMMUNICATES_WITH(Benjamin Netanyahu -> Joe Biden)"}, nil},
		{"French President Emmanuel Macron phoned Vladimir Putin to discuss the war.",
			[]string{"COMMUNICATES_WITH(Emmanuel Macron -> Vladimir Putin)"}, nil},
		// a judgement, an appeal, a negation, a name
		{"Ukrainian President Volodymyr Zelensky called Vladimir Putin a terrorist.", nil,
			[]string{"COMMUNICATES_WITH(Vladimir Putin -> Volodymyr Zelensky)"}},
		{"Joe Biden called on Benjamin Netanyahu to halt the offensive.", nil,
			[]string{"COMMUNICATES_WITH(Benjamin Netanyahu -> Joe Biden)"}},
		{"Joe Biden called Benjamin Netanyahu's plan a mistake.", nil,
			[]string{"COMMUNICATES_WITH(Benjamin Netanyahu -> Joe Biden)"}},
		{"Joe Biden did not call Benjamin Netanyahu on Sunday.", nil,
			[]string{"COMMUNICATES_WITH(Benjamin Netanyahu -> Joe Biden)"}},
	})
}

// TestTravelPhraseCapitals checks that a capital after a two-word travel
// phrase is the city visited, not its government.
func TestTravelPhraseCapitals(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Japanese Prime Minister Fumio Kishida travelled to Kyiv on Tuesday.",
			[]string{"VISITS(Fumio Kishida -> Kyiv)"}, []string{"VISITS(Fumio Kishida -> Ukraine)"}},
		{"German Chancellor Olaf Scholz flew to Washington on Thursday.",
			[]string{"VISITS(Olaf Scholz -> Washington)"}, []string{"VISITS(Olaf Scholz -> United States)"}},
		{"German Chancellor Olaf Scholz touched down in New Delhi on Sunday.", []string{"VISITS(Olaf Scholz -> New Delhi)"}, nil},
		{"Israeli Prime Minister Benjamin Netanyahu went to Washington last week.", []string{"VISITS(Benjamin Netanyahu -> Washington)"}, nil},
		{"Israeli Prime Minister Benjamin Netanyahu went to court on Monday.", nil, []string{"VISITS(Benjamin Netanyahu -> Israel)"}},
	})
}

// TestChannelsAndPlaces checks a call with its party inside a plural
// phrase's gap, calls by video, and a described place whose name follows
// "of" as the place visited.
func TestChannelsAndPlaces(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"British Prime Minister Rishi Sunak spoke to Joe Biden by phone on Monday.",
			[]string{"COMMUNICATES_WITH(Joe Biden -> Rishi Sunak)"}, nil},
		{"Vladimir Putin and Xi Jinping spoke by video link on Monday.",
			[]string{"COMMUNICATES_WITH(Vladimir Putin -> Xi Jinping)"}, nil},
		{"Vladimir Putin held a video call with Xi Jinping on Monday.",
			[]string{"COMMUNICATES_WITH(Vladimir Putin -> Xi Jinping)"}, nil},
		{"Vladimir Putin visited the North Ossetian city of Vladikavkaz on Tuesday.",
			[]string{"VISITS(Vladimir Putin -> Vladikavkaz)"}, []string{"VISITS(Vladimir Putin -> North Ossetian city)"}},
		// a facility placed in a named place: the visit is to the place,
		// and the lexicon's state of the facility is not what is said
		{"Peruvian Defence Minister Ana Soto visited the Incirlik Air Base in Adana, a city where Turkey keeps troops.",
			[]string{"VISITS(Ana Soto -> Adana)", "LOCATED_IN(Incirlik Air Base -> Adana)"},
			[]string{"VISITS(Ana Soto -> Incirlik Air Base)", "LOCATED_IN(Incirlik Air Base -> Turkey)"}},
		{"Peruvian Defence Minister Ana Soto made a short visit to Ramstein Air Base in south-west Germany on Monday.",
			[]string{"VISITS(Ana Soto -> Germany)", "LOCATED_IN(Ramstein Air Base -> Germany)"},
			[]string{"VISITS(Ana Soto -> Ramstein Air Base)"}},
		{"Peruvian Defence Minister Ana Soto visited the Incirlik Air Base on Monday.",
			[]string{"VISITS(Ana Soto -> Incirlik Air Base)"}, nil},
	})
}

// TestMeetingVisits checks that of two persons who met in a place the
// ones from elsewhere visit it, and no one visits their own state.
func TestMeetingVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.",
			[]string{"VISITS(Xi Jinping -> Moscow)"}, []string{"VISITS(Vladimir Putin -> Moscow)"}},
		{"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan.",
			[]string{"VISITS(Narendra Modi -> Kazan)", "VISITS(Xi Jinping -> Kazan)"}, nil},
		{"Erdogan held phone talks with Putin on Tuesday.",
			[]string{"COMMUNICATES_WITH(Recep Tayyip Erdogan -> Vladimir Putin)"}, []string{"MET_WITH(Recep Tayyip Erdogan -> Vladimir Putin)"}},
		// both at home
		{"Russian President Vladimir Putin met Russian Defence Minister Andrei Belousov in Moscow.", nil,
			[]string{"VISITS(Andrei Belousov -> Moscow)", "VISITS(Vladimir Putin -> Moscow)"}},
		// the place before a "where" clause that tells the meeting
		{"The accord was signed on Friday in Quito, where Chilean President Marta Lagos met Bolivian President Pedro Arce.",
			[]string{"VISITS(Marta Lagos -> Quito)", "VISITS(Pedro Arce -> Quito)"}, nil},
		{"The deal was agreed in Santiago, where Chilean President Marta Lagos met Bolivian President Pedro Arce.",
			[]string{"VISITS(Pedro Arce -> Santiago)"}, []string{"VISITS(Marta Lagos -> Santiago)"}},
		// a place after an "at" phrase of the meeting
		{"The accord came out of talks between Chilean Foreign Minister Rosa Diaz and Peruvian Foreign Minister Jorge Ruiz at the home of Ecuadorian President Pedro Mora in Quito.",
			[]string{"VISITS(Rosa Diaz -> Quito)", "VISITS(Jorge Ruiz -> Quito)"}, nil},
		{"Chilean President Ana Soto met Bolivian President Luis Vega at a time when the troops of both countries were massing on the border in Tacna.",
			nil, []string{"VISITS(Ana Soto -> Tacna)", "VISITS(Luis Vega -> Tacna)"}},
		// a seat of power is its state
		{"Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in the Kremlin on Friday.",
			[]string{"VISITS(Viktor Orban -> Russia)"}, []string{"VISITS(Vladimir Putin -> Russia)"}},
		{"Armenian Prime Minister Nikol Pashinyan stood next to Russian President Vladimir Putin in the Kremlin on Tuesday.",
			[]string{"VISITS(Nikol Pashinyan -> Russia)"}, nil},
		{"Russian President Vladimir Putin met Russian Defence Minister Andrei Belousov in the Kremlin.", nil,
			[]string{"VISITS(Andrei Belousov -> Russia)"}},
		// a "where" clause without the meeting's parties places no one
		{"Bolivian President Pedro Arce met Chilean President Marta Lagos on Friday, as unrest spread to Quito, where protests continued.",
			nil, []string{"VISITS(Pedro Arce -> Quito)", "VISITS(Marta Lagos -> Quito)"}},
		// flying on to a capital is a visit of its own
		{"Bolivian President Pedro Arce met Chilean President Marta Lagos on Friday and flew on to Quito, where protests continued.",
			[]string{"VISITS(Pedro Arce -> Quito)"}, []string{"VISITS(Marta Lagos -> Quito)"}},
	})
}

// TestDatelineMeetings checks that a meeting told right after a dateline
// without a place of its own took place where the report comes from,
// and that a place the sentence names, a call, or a sentence without a
// dateline places no one there.
func TestDatelineMeetings(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"QUITO, May 3 (Reuters) - Peruvian President Ana Soto met Chilean President Luis Vega on Monday.",
			[]string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}, nil},
		{"BRASILIA - Bolivian Foreign Minister Marta Rojas and Paraguayan Foreign Minister Hugo Benitez held talks at the Itamaraty palace yesterday.",
			[]string{"VISITS(Marta Rojas -> Brasilia)", "VISITS(Hugo Benitez -> Brasilia)"}, nil},
		// the host at home does not visit
		{"LIMA - Peruvian President Ana Soto received Chilean President Luis Vega at the palace on Monday.",
			[]string{"VISITS(Luis Vega -> Lima)"}, []string{"VISITS(Ana Soto -> Lima)"}},
		// a place named in the sentence wins
		{"QUITO - Peruvian President Ana Soto met Chilean President Luis Vega in Lima on Monday.",
			[]string{"VISITS(Luis Vega -> Lima)"}, []string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}},
		// a call is no meeting; no dateline, no place
		{"QUITO - Peruvian President Ana Soto spoke by phone with Chilean President Luis Vega on Monday.",
			nil, []string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}},
		{"Quito was calm. Peruvian President Ana Soto met Chilean President Luis Vega on Monday.",
			nil, []string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}},
		// a meeting named by a noun may be called off or held elsewhere
		{"MOSCOW - Russia called off the meeting between Chilean President Luis Vega and Peruvian President Ana Soto.",
			nil, []string{"VISITS(Ana Soto -> Moscow)", "VISITS(Luis Vega -> Moscow)"}},
		// a meeting a headline told already is placed when told again
		{"Peruvian President Ana Soto meets Chilean President Luis Vega\n\nQUITO - Peruvian President Ana Soto met Chilean President Luis Vega on Monday.",
			[]string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}, nil},
		{"Peruvian President Ana Soto met Chilean President Luis Vega on Monday. Soto met Vega again in Quito on Tuesday.",
			[]string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}, nil},
		// a later sentence of the report is not placed by its dateline
		{"QUITO - The talks ended. Peruvian President Ana Soto met Chilean President Luis Vega on Monday.",
			nil, []string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}},
	})
}

// TestHandshakes checks that persons shaking hands met, and that states
// shaking hands on a deal, a refusal or a crowd's hands state no meeting.
func TestHandshakes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian President Ana Soto and Chilean President Luis Vega shook hands on the steps of the palace.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, nil},
		{"Bolivian Foreign Minister Marta Rojas shook hands with her Paraguayan counterpart, Hugo Benitez, before the talks.",
			[]string{"MET_WITH(Hugo Benitez -> Marta Rojas)"}, nil},
		{"Ecuadorian President Pedro Mora exchanged a handshake with Colombian President Rosa Diaz at the border bridge.",
			[]string{"MET_WITH(Pedro Mora -> Rosa Diaz)"}, nil},
		{"Peru and Chile shook hands on the deal.", nil, []string{"MET_WITH(Peru -> Chile)", "MET_WITH(Chile -> Peru)"}},
		{"Chilean President Luis Vega shook hands with supporters in Arica.", nil, nil},
		{"Peruvian President Ana Soto refused to shake hands with Chilean President Luis Vega.",
			nil, []string{"MET_WITH(Ana Soto -> Luis Vega)"}},
		{"The earthquake shook Lima and Quito.", nil, []string{"MET_WITH(Lima -> Quito)"}},
	})
}

// TestFrontedChannels checks that a sentence opening with a letter or a
// call to a party relates that party and the main clause's subject.
func TestFrontedChannels(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"In a letter to U.N. Secretary-General Antonio Guterres, Iranian Foreign Minister Abbas Araghchi said Tehran would respond.",
			[]string{"COMMUNICATES_WITH(Abbas Araghchi -> Antonio Guterres)"}, nil},
		{"During a phone call with Vladimir Putin on Tuesday, Recep Tayyip Erdogan urged a ceasefire.",
			[]string{"COMMUNICATES_WITH(Recep Tayyip Erdogan -> Vladimir Putin)"}, nil},
		// no party named, talks (not a channel)
		{"In a letter to the editor, Abbas Araghchi said Tehran would respond.", nil,
			[]string{"COMMUNICATES_WITH(Abbas Araghchi -> Iran)"}},
		{"In talks with Vladimir Putin, Recep Tayyip Erdogan urged a ceasefire.", nil,
			[]string{"COMMUNICATES_WITH(Recep Tayyip Erdogan -> Vladimir Putin)"}},
	})
}

// TestWhoAfterApposition checks that a relative "who" after an apposition
// naming a body is said of the person the apposition describes, not of
// the body, and that a "who" after a plain list names no one.
func TestWhoAfterApposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"General Mark Milley, the head of the Joint Staff, who visited Kabul last month and met Ashraf Ghani, said the base was safe.",
			[]string{"VISITS(Mark Milley -> Kabul)", "MET_WITH(Ashraf Ghani -> Mark Milley)"}, nil},
		{"Antony Blinken, Washington's top diplomat, who flew to Cairo on Monday, met Abdel Fattah al-Sisi.",
			[]string{"VISITS(Antony Blinken -> Cairo)"}, nil},
		// not an apposition: a list, a plain clause
		{"Ashraf Ghani, Kabul and NATO, who met in March, said nothing.", nil, []string{"MET_WITH(Ashraf Ghani -> NATO)"}},
		{"General Mark Milley said the Joint Staff, who visited Kabul last month, were safe.", nil, []string{"VISITS(Mark Milley -> Kabul)"}},
	})
}

// TestFacilityVisits checks that a visit to a facility "in" a place is a
// visit to that place too, past a direction, and never to the visitor's
// own state.
func TestFacilityVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"German Chancellor Olaf Scholz visited the Ain al-Asad air base in western Iraq on Sunday.",
			[]string{"VISITS(Olaf Scholz -> Iraq)"}, nil},
		{"British Prime Minister Rishi Sunak made a brief visit to the Camp Kestrel base in Chile.",
			[]string{"VISITS(Rishi Sunak -> Chile)"}, nil},
		{"Japanese Prime Minister Fumio Kishida toured the Fukushima Daiichi plant in north-east Japan.",
			nil, []string{"VISITS(Fumio Kishida -> Japan)"}},
		// no place after the facility, a time
		{"German Chancellor Olaf Scholz visited the Camp Kestrel base, which Chile leases to Peru.",
			nil, []string{"VISITS(Olaf Scholz -> Chile)"}},
		{"German Chancellor Olaf Scholz visited the Camp Kestrel base in 2019.",
			[]string{"VISITS(Olaf Scholz -> Camp Kestrel)"}, nil},
	})
}

// TestOwnSideChannels checks that a person's words to his own state
// (its troops, its people) are no channel between sides, while words to
// another state are.
func TestOwnSideChannels(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"French President Emmanuel Macron told French troops in Mali that the mission would go on.", nil,
			[]string{"COMMUNICATES_WITH(France -> Emmanuel Macron)"}},
		{"French President Emmanuel Macron told German troops in Mali that the mission would go on.",
			[]string{"COMMUNICATES_WITH(Germany -> Emmanuel Macron)"}, nil},
	})
}

// TestJointAppearances checks that two persons standing side by side or
// holding a news conference together met, that a colon ends a fronted
// condition, and that a meeting's place is the one named after its
// parties, not a place further on in the sentence.
func TestJointAppearances(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Gabriel Boric stood next to Brazilian President Luiz Inacio Lula da Silva in Brasilia on Tuesday.",
			[]string{"MET_WITH(Gabriel Boric -> Luiz Inacio Lula da Silva)", "VISITS(Gabriel Boric -> Brasilia)"}, nil},
		{"Gabriel Boric spoke at a joint news conference with Olaf Scholz.", []string{"MET_WITH(Gabriel Boric -> Olaf Scholz)"}, nil},
		{"In short: Chilean President Gabriel Boric met Brazilian President Luiz Inacio Lula da Silva in Brasilia.",
			[]string{"MET_WITH(Gabriel Boric -> Luiz Inacio Lula da Silva)"}, nil},
		{"If you read one thing: Chilean President Gabriel Boric met Brazilian President Luiz Inacio Lula da Silva in Brasilia.",
			[]string{"MET_WITH(Gabriel Boric -> Luiz Inacio Lula da Silva)"}, nil},
		// a thing, a negation, a condition, a place of another clause
		{"Gabriel Boric stood next to the tank.", nil, []string{"MET_WITH(Gabriel Boric -> tank)"}},
		{"Gabriel Boric did not stand next to Olaf Scholz.", nil, []string{"MET_WITH(Gabriel Boric -> Olaf Scholz)"}},
		{"If Gabriel Boric meets Olaf Scholz, Peru will protest.", nil, []string{"MET_WITH(Gabriel Boric -> Olaf Scholz)"}},
		{"Chilean President Gabriel Boric met Brazilian President Luiz Inacio Lula da Silva at the palace and announced that Chilean troops deployed for years in Haiti would stay.",
			[]string{"MET_WITH(Gabriel Boric -> Luiz Inacio Lula da Silva)"}, []string{"VISITS(Gabriel Boric -> Haiti)"}},
	})
}

// TestCompanionVisits checks that the persons who accompany a visitor
// visit the same place, from the visitor's sentence or, after "was
// accompanied by", the two before; not a trip of another sentence, a
// thing, or a negated companion.
func TestCompanionVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"German Chancellor Olaf Scholz arrived in Kyiv on Monday. He was accompanied by his finance minister, Christian Lindner, and Defence Minister Boris Pistorius.",
			[]string{"VISITS(Christian Lindner -> Kyiv)", "VISITS(Boris Pistorius -> Kyiv)"}, nil},
		{"Olaf Scholz, accompanied by Annalena Baerbock, flew to Kyiv on Monday.",
			[]string{"VISITS(Olaf Scholz -> Kyiv)", "VISITS(Annalena Baerbock -> Kyiv)"}, nil},
		// another sentence's trip, a thing, a negation
		{"Olaf Scholz arrived in Kyiv on Monday. Olaf Scholz, accompanied by Annalena Baerbock, met Emmanuel Macron.",
			nil, []string{"VISITS(Annalena Baerbock -> Kyiv)"}},
		{"Olaf Scholz arrived in Kyiv on Monday, accompanied by two warships.", []string{"VISITS(Olaf Scholz -> Kyiv)"}, nil},
		{"Olaf Scholz arrived in Kyiv on Monday. He was not accompanied by Annalena Baerbock.",
			nil, []string{"VISITS(Annalena Baerbock -> Kyiv)"}},
	})
}

// TestRepeatedPrepositionAdverb checks that an adverb of how often may
// stand between "and" and a list's repeated preposition, and that a new
// clause after "and" and an adverb is no member.
func TestRepeatedPrepositionAdverb(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Antony Blinken wrote twice to Peruvian Foreign Minister Elmer Schialer and once to Gabriel Boric.",
			[]string{"COMMUNICATES_WITH(Antony Blinken -> Elmer Schialer)", "COMMUNICATES_WITH(Antony Blinken -> Gabriel Boric)"}, nil},
		{"Later on Monday Antony Blinken met with the World Bank, then with President Emmanuel Macron.",
			[]string{"MET_WITH(World Bank -> Antony Blinken)", "MET_WITH(Antony Blinken -> Emmanuel Macron)"}, nil},
		{"Antony Blinken spoke to Nasser Bourita, and later Jose Manuel Albares spoke to Sergei Lavrov.",
			nil, []string{"COMMUNICATES_WITH(Antony Blinken -> Jose Manuel Albares)"}},
	})
}

// TestMeetingParties checks who meets whom when a meeting's subject is
// coordinated: a description apposed to the second member keeps the first
// ("A and the leader of X, B, met C"), "separately" keeps the members
// apart, and envoys who attended talks did not meet each other.
func TestMeetingParties(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivian President Pedro Arce and the leader of the opposition, Juan Mora, met Chilean President Oscar Rojas on Tuesday.",
			[]string{"MET_WITH(Oscar Rojas -> Pedro Arce)", "MET_WITH(Juan Mora -> Oscar Rojas)"}, nil},
		{"Pedro Arce and Juan Mora met Chilean President Oscar Rojas separately on Tuesday.",
			[]string{"MET_WITH(Oscar Rojas -> Pedro Arce)", "MET_WITH(Juan Mora -> Oscar Rojas)"}, []string{"MET_WITH(Juan Mora -> Pedro Arce)"}},
		{"Pedro Arce and Juan Mora separately met Chilean President Oscar Rojas.",
			[]string{"MET_WITH(Oscar Rojas -> Pedro Arce)"}, []string{"MET_WITH(Juan Mora -> Pedro Arce)"}},
		{"Pedro Arce and Juan Mora met in La Paz on Tuesday.",
			[]string{"MET_WITH(Juan Mora -> Pedro Arce)"}, nil},
		{"Envoys of Brazil and Argentina attended the talks in Lima.",
			nil, []string{"MET_WITH(Argentina -> Brazil)", "MET_WITH(Brazil -> Argentina)"}},
		{"Brazil and Argentina held talks in Lima on Monday.",
			[]string{"MET_WITH(Argentina -> Brazil)"}, nil},
		{"Uruguay attended talks between Brazil and Argentina in Lima.",
			[]string{"MET_WITH(Argentina -> Brazil)"}, nil},
		// a name closed by no comma is no apposition
		{"After talks with Chile and the other states, Juan Mora met Oscar Rojas.",
			nil, []string{"MET_WITH(Chile -> Oscar Rojas)"}},
	})
}

// TestAddressedInCall checks that a fronted call that names no party is
// the channel between the main clause's subject and the one it tells,
// and that a call with no one addressed, or an outlet told, is none.
func TestAddressedInCall(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"During a phone call late on Sunday, Chilean President Ana Soto told Peruvian President Luis Vega that Chile would help.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Luis Vega)"}, nil},
		{"During a phone call on Monday, Chilean President Ana Soto assured Peru of Chile's support.",
			[]string{"COMMUNICATES_WITH(Peru -> Ana Soto)"}, nil},
		{"In a phone call, Chilean President Ana Soto said Chile would help Peru.",
			nil, []string{"COMMUNICATES_WITH(Ana Soto -> Peru)", "COMMUNICATES_WITH(Peru -> Ana Soto)"}},
		{"In a phone call on Monday, Chilean President Ana Soto told the BBC that Chile would help.",
			[]string{"QUOTES(BBC -> Ana Soto)"}, []string{"COMMUNICATES_WITH(BBC -> Ana Soto)"}},
		{"Chilean President Ana Soto told Peruvian President Luis Vega that Chile would help.",
			nil, []string{"COMMUNICATES_WITH(Ana Soto -> Luis Vega)"}},
	})
}

// TestMeetingClauses: a meeting told in a clause of time after a gerund
// ("after meeting", "after receiving") is the main clause's subject's, and
// the verb of speech before it takes no object past the subordinator; a
// purpose clause after a trip's place ("visited Brazil to meet X") is the
// traveller's, not the place's; a guest received may be named after the
// title that is the verb's object.
func TestMeetingClauses(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto spoke to reporters after meeting Argentine President Diego Lanz.",
			[]string{"MET_WITH(Ana Soto -> Diego Lanz)"}, []string{"COMMUNICATES_WITH(Ana Soto -> Diego Lanz)"}},
		{`"We will not accept any claim," Foreign Minister Ana Ruiz told reporters after receiving the Bolivian Foreign Minister, Carlos Mesa.`,
			[]string{"MET_WITH(Ana Ruiz -> Carlos Mesa)"}, nil},
		{"Hugo Paz visited Brazil in September to meet President Marcos Tavares.",
			[]string{"VISITS(Hugo Paz -> Brazil)", "MET_WITH(Hugo Paz -> Marcos Tavares)"}, []string{"MET_WITH(Brazil -> Marcos Tavares)"}},
		{"Chile urged Peru to meet Bolivian envoys.", nil, []string{"MET_WITH(Chile -> Bolivia)"}},
		{"Ana Ruiz received a letter from the Bolivian Foreign Minister, Carlos Mesa.", nil, []string{"MET_WITH(Ana Ruiz -> Carlos Mesa)"}},
		// a passive's subject that stands for a person, named before
		{"Peruvian Prime Minister Luis Vega flew to Chile on Monday. The Prime Minister, who arrived in Santiago at noon, was received at the airport by Chilean President Ana Soto.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, nil},
		{"Peruvian Prime Minister Luis Vega flew to Chile on Monday. He was received at the airport by Chilean President Ana Soto.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, nil},
		// a title bound past an honorific to the name after it, taken up later
		{"Peruvian Prime Minister Dr. Luis Vega flew to Chile on Monday. The Prime Minister was received at the airport by Chilean President Ana Soto.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Peru)", "MET_WITH(Ana Soto -> Luis Vega)"}, nil},
		// the object is the person named after a title held in a place, not the place
		{"General Luis Vega met the Moroccan army commander in Western Sahara, General Karim Bennani, at the airport.",
			[]string{"MET_WITH(Karim Bennani -> Luis Vega)"}, []string{"MET_WITH(Western Sahara -> Luis Vega)", "MET_WITH(Luis Vega -> Western Sahara)"}},
	})
}

// TestSentVisit checks that a person a dispatching verb sends to a place
// VISITS it, past an apposed title; a person after a preposition (the
// addressee of a letter), a hedged verb and a place in the person's own
// state give none.
func TestSentVisit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The United Nations sent its envoy, Jean Morel, to Bolivia to seek a dialogue.", []string{"VISITS(Jean Morel -> Bolivia)"}, nil},
		{"Brazil dispatched Foreign Minister Ivo Petrov to Chile on Monday.", []string{"VISITS(Ivo Petrov -> Chile)"}, nil},
		{"Brazil sent a letter to Ivo Petrov in Chile.", nil, []string{"VISITS(Ivo Petrov -> Chile)"}},
		{"Brazil could send Ivo Petrov to Chile.", nil, []string{"VISITS(Ivo Petrov -> Chile)"}},
		{"Chile sent Chilean Foreign Minister Ana Soto to Santiago.", nil, []string{"VISITS(Ana Soto -> Chile)", "VISITS(Ana Soto -> Santiago)"}},
		// coordinated envoys and destinations (rightArgs): each envoy visits each place
		{"Tokyo has sent its special envoy, Taro Kono, to Seoul and Manila.",
			[]string{"VISITS(Taro Kono -> South Korea)", "VISITS(Taro Kono -> Philippines)"}, nil},
		{"The United Nations sent its envoy, Jean Morel, to Peru, Bolivia and Ecuador last month.",
			[]string{"VISITS(Jean Morel -> Peru)", "VISITS(Jean Morel -> Bolivia)", "VISITS(Jean Morel -> Ecuador)"}, nil},
		{"Chile dispatched Foreign Minister Ana Soto and Defence Minister Luis Vega to Lima and Quito.",
			[]string{"VISITS(Ana Soto -> Peru)", "VISITS(Luis Vega -> Peru)", "VISITS(Ana Soto -> Ecuador)", "VISITS(Luis Vega -> Ecuador)"}, nil},
		{"Brazil will dispatch Ivo Petrov to Chile and Argentina, Lula told reporters on Friday.",
			[]string{"VISITS(Ivo Petrov -> Chile)", "VISITS(Ivo Petrov -> Argentina)"}, nil},
		{"Chile sent Ana Soto to Lima and Santiago.", []string{"VISITS(Ana Soto -> Peru)"}, []string{"VISITS(Ana Soto -> Santiago)"}},
	})
}

// TestGatheringVisits checks that a gathering held in a named place has
// there who attends it and the subject of the clause its at, during or in
// phrase belongs to, and that a gathering only talked about places no one.
func TestGatheringVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Ana Soto signed the accord at a ceremony in Lima on Friday.", []string{"VISITS(Ana Soto -> Lima)"}, nil},
		{"Chilean President Ana Soto attended the summit of the Andean Community in Lima.", []string{"VISITS(Ana Soto -> Lima)"}, nil},
		{"The summit in Lima was attended by Chilean President Ana Soto and Bolivian President Luis Vega.",
			[]string{"VISITS(Ana Soto -> Lima)", "VISITS(Luis Vega -> Lima)"}, nil},
		{"Chilean President Ana Soto met Luis Vega on the sidelines of a summit in Lima.", []string{"VISITS(Ana Soto -> Lima)"}, nil},
		// a phrase after a comma that the parse hangs on a noun is the main clause's
		{"Chilean President Ana Soto and her Bolivian counterpart Luis Vega signed the pact splitting the disputed waters of the lake, in a ceremony in Lima attended by Brazilian President Pedro Costa.",
			[]string{"VISITS(Ana Soto -> Lima)", "VISITS(Luis Vega -> Lima)", "VISITS(Pedro Costa -> Lima)"}, nil},
		// talked about, ahead of it, skipped, negated, at home
		{"Chilean President Ana Soto criticised the summit in Lima.", nil, []string{"VISITS(Ana Soto -> Lima)"}},
		{"Chilean President Ana Soto spoke ahead of the talks in Lima.", nil, []string{"VISITS(Ana Soto -> Lima)"}},
		{"Chilean Foreign Minister Ana Soto, who skipped the meeting in Lima, said Peru was wrong.", nil, []string{"VISITS(Ana Soto -> Lima)"}},
		{"Chilean President Ana Soto did not attend the summit in Lima.", nil, []string{"VISITS(Ana Soto -> Lima)"}},
		{"Peruvian President Ana Soto signed the accord at a ceremony in Lima.", nil, []string{"VISITS(Ana Soto -> Lima)"}},
	})
}

// TestPartnerDemonyms checks that a possessive pronoun, a demonym and a
// noun of the other side (words.yaml partner_nouns) stand for the
// demonym's state, and that a name after the noun is the party instead.
func TestPartnerDemonyms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Foreign Secretary Ana Soto said London was in constant contact with its Canadian partners.",
			[]string{"COMMUNICATES_WITH(Canada -> United Kingdom)"}, nil},
		{"Chile held talks with its Peruvian allies on Monday.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Chile spoke with its French counterparts on Monday.", []string{"COMMUNICATES_WITH(Chile -> France)"}, nil},
		// a name after the noun is the party
		{"Chilean President Ana Soto met her Peruvian counterpart, President Luis Vega, on Monday.",
			[]string{"MET_WITH(Ana Soto -> Luis Vega)"}, []string{"MET_WITH(Ana Soto -> Peru)"}},
		// no possessive pronoun: no state's reading
		{"Chile held talks with Peruvian allies of the rebels on Monday.", nil, []string{"MET_WITH(Chile -> Peru)"}},
	})
}

// TestFlyInto checks the travel cue "fly into": a place flown into is
// visited; what else one flies into ("a rage") is no place.
func TestFlyInto(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenyan President William Ruto flew into Kampala from Nairobi on Sunday.", []string{"VISITS(William Ruto -> Kampala)"}, nil},
		{"Kenyan President William Ruto flew into a rage over Uganda's tariffs.", nil, []string{"VISITS(William Ruto -> Uganda)"}},
	})
}
