package extract

import "testing"

// TestDissentGroup checks that "opposition" determined by "the" with no
// stance complement, or owning something, names the dissenters (no
// OPPOSES), and that the stance noun still states one.
func TestDissentGroup(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto called on Peru to support the opposition's National Council, which seeks new elections.",
			nil, []string{"OPPOSES(Peru -> National Council)", "OPPOSES(Ana Soto -> National Council)"}},
		{"Diego Lanz said that talks between the government and the opposition, brokered by the Organization of American States, would resume in Lima.",
			nil, []string{"OPPOSES(Diego Lanz -> Organization of American States)", "OPPOSES(Diego Lanz -> Lima)"}},
		{"Chile has met the Peruvian opposition in Lima.", nil, []string{"OPPOSES(Chile -> Lima)", "OPPOSES(Chile -> Peru)"}},
		{"Peru voiced strong opposition to Chile's plan.", []string{"OPPOSES(Peru -> Chile)"}, nil},
		{"The government of Peru repeated the opposition of Lima to Chile's plan.", []string{"OPPOSES(Peru -> Chile)"}, nil},
	})
}

// TestVicinityOfObject checks that a body named after a vicinity
// preposition (words.yaml vicinity_preps) that follows a verb cue's
// unnamed object is where the object was, not the relation's other side,
// for every verb cue, and that the body right after the cue stays one.
func TestVicinityOfObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"\"This is a good outcome,\" Ana Soto told reporters outside the Peruvian Embassy.",
			nil, []string{"COMMUNICATES_WITH(Peruvian Embassy -> Ana Soto)", "COMMUNICATES_WITH(Ana Soto -> Peruvian Embassy)"}},
		{"Ana Soto met protesters outside the Peruvian Embassy in Santiago.",
			nil, []string{"MET_WITH(Ana Soto -> Peruvian Embassy)", "MET_WITH(Peruvian Embassy -> Ana Soto)"}},
		{"Ana Soto spoke to the French Embassy.", []string{"COMMUNICATES_WITH(French Embassy -> Ana Soto)"}, nil},
	})
}

// TestFromAfterInfinitive checks that the "from" phrase of a conjoined
// infinitive names that verb's other side, not the doer of the noun cue
// before it, while a noun's own "from" still names its doer.
func TestFromAfterInfinitive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru threatened to end joint military exercises with Chile and to buy weapons from Argentina and Uruguay.", nil,
			[]string{"COOPERATES_WITH(Argentina -> Chile)", "COOPERATES_WITH(Chile -> Uruguay)"}},
		{"The threat to Estonia from Russia worried Chile.", []string{"THREATENS(Russia -> Estonia)"}, nil},
	})
}

// TestTalkedToOutlet checks that talking to a named outlet is the outlet
// quoting the speaker, as speaking to it is.
func TestTalkedToOutlet(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's minister Ana Soto talked to Reuters on Monday.", []string{"QUOTES(Reuters -> Ana Soto)"}, nil},
		{"Talking to Reuters on Monday, Peru's minister Ana Soto said the border was open.", []string{"QUOTES(Reuters -> Ana Soto)"}, nil},
	})
}

// TestAssurancesGiven checks that assurances or guarantees given,
// received or sought are words exchanged (COMMUNICATES_WITH), also with
// the noun in quotation marks, while goods given stay SUPPLIES.
func TestAssurancesGiven(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru gave assurances to Chile on Monday.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, []string{"SUPPLIES(Peru -> Chile)"}},
		{"Peru received assurances from Chile that the pipeline would stay open.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, []string{"SUPPLIES(Chile -> Peru)"}},
		{`Peru's minister Ana Soto said Lima had received "guarantees" from Santiago on gas supplies.`, []string{"COMMUNICATES_WITH(Chile -> Peru)"}, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Peru sought firm guarantees from Chile.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Peru gave rifles to Chile.", []string{"SUPPLIES(Peru -> Chile)"}, []string{"COMMUNICATES_WITH(Peru -> Chile)"}},
	})
}

// TestJointPatrolsBegun checks that beginning, starting or launching
// joint patrols, exercises or drills is cooperation of those who do it,
// also in a "to" clause after an agreement with a third party, and that a
// hoped-for or possible start states nothing.
func TestJointPatrolsBegun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia and Ecuador have agreed with Peru to begin joint naval patrols on Lake Titicaca next month.",
			[]string{"COOPERATES_WITH(Bolivia -> Ecuador)", "COOPERATES_WITH(Bolivia -> Peru)", "COOPERATES_WITH(Ecuador -> Peru)"}, nil},
		{"Bolivia and Ecuador launched joint patrols on the lake.", []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}, nil},
		{"Bolivia launched joint patrols with Ecuador in May.", []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}, nil},
		{"Bolivia wants to begin joint patrols with Ecuador.", nil, []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}},
		{"Bolivia and Ecuador may start joint drills.", nil, []string{"COOPERATES_WITH(Bolivia -> Ecuador)"}},
	})
}

// TestAskedFor checks that asking or appealing to an actor for help or an
// answer is a communication with it, that asking it to act stays an
// invitation, and that a negated request states nothing.
func TestAskedFor(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Defence Minister Ana Soto said that Peru had asked NATO for expert assistance.", []string{"COMMUNICATES_WITH(Peru -> NATO)"}, nil},
		{"Peru appealed to the United Nations for aid.", []string{"COMMUNICATES_WITH(Peru -> United Nations)"}, nil},
		{"Peru asked Chile to join the pact.", []string{"INVITES(Peru -> Chile)"}, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
		{"Peru did not ask NATO for help.", nil, []string{"COMMUNICATES_WITH(Peru -> NATO)"}},
	})
}

// TestShelterCues checks that giving an actor asylum, refuge or shelter
// is a SUPPORTS of it, not a SUPPLIES of the sheltered, while giving
// things to an actor is still a supply.
func TestShelterCues(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Sweden has given asylum to the dissident Ana Soto.", []string{"SUPPORTS(Sweden -> Ana Soto)"}, []string{"SUPPLIES(Sweden -> Ana Soto)"}},
		{"Peru offered political refuge to Ana Soto on Monday.", []string{"SUPPORTS(Peru -> Ana Soto)"}, []string{"SUPPLIES(Peru -> Ana Soto)"}},
		{"Chile, whose government has given shelter to Ana Soto, protested.", []string{"SUPPORTS(Chile -> Ana Soto)"}, []string{"SUPPLIES(Chile -> Ana Soto)"}},
		{"Sweden did not give asylum to Ana Soto.", nil, []string{"SUPPORTS(Sweden -> Ana Soto)"}},
		{"Chile has given two frigates to Peru.", []string{"SUPPLIES(Chile -> Peru)"}, []string{"SUPPORTS(Chile -> Peru)"}},
	})
}

// TestCutShortVisit checks that a visit cut short is a visit of the place,
// not CAMEO's halting of talks (OPPOSES of the host).
func TestCutShortVisit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto cut short a visit to Japan on Monday.", []string{"VISITS(Ana Soto -> Japan)"}, []string{"OPPOSES(Ana Soto -> Japan)"}},
		{"President Ana Soto, who cut short her trip to Brazil, returned to Lima.", []string{"VISITS(Ana Soto -> Brazil)"}, []string{"OPPOSES(Ana Soto -> Brazil)"}},
		// a visit not cut short was made all the same
		{"Ana Soto did not cut short her visit to Japan.", []string{"VISITS(Ana Soto -> Japan)"}, []string{"OPPOSES(Ana Soto -> Japan)"}},
	})
}

// TestBackedSanctions checks that a body backing or agreeing sanctions on
// a target sanctions it, while urging or weighing them stays a threat
// (CAMEO 1312).
func TestBackedSanctions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"European Union ministers backed sanctions against Iranian officials on Monday.", []string{"SANCTIONS(European Union -> Iran)"}, []string{"THREATENS(European Union -> Iran)"}},
		{"The European Union agreed new sanctions on Russia.", []string{"SANCTIONS(European Union -> Russia)"}, nil},
		{"Germany pushed for sanctions against Russia.", nil, []string{"SANCTIONS(Germany -> Russia)"}},
		{"Germany did not back sanctions against Russia.", nil, []string{"SANCTIONS(Germany -> Russia)"}},
	})
}

// TestQuotedWordObject checks that a quoted word before a prepositional
// object does not make that object open a clause: the actor after ", and"
// is no conjunct of it.
func TestQuotedWordObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`The Kremlin warned the West against "meddling" in Georgia, and Ana Soto accused the EU of lying.`,
			[]string{"CRITICIZES(Ana Soto -> European Union)"}, []string{"CRITICIZES(Georgia -> European Union)"}},
		{`Chile said "no" to Peru, and Bolivia accused the EU of lying.`,
			[]string{"CRITICIZES(Bolivia -> European Union)"}, []string{"CRITICIZES(Peru -> European Union)"}},
	})
}

// TestParticipleAfterAndClause checks that a participle after a clause
// joined by ", and" with its own subject is that clause's act, not the
// first clause's subject's.
func TestParticipleAfterAndClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto and Jon Berg were detained in Lima, and the Peruvian prosecutor has opened a case against the Kestrel Party, accusing it of plotting a coup.",
			[]string{"CRITICIZES(Peru -> Kestrel Party)"}, []string{"CRITICIZES(Ana Soto -> Kestrel Party)", "CRITICIZES(Jon Berg -> Kestrel Party)"}},
		// one subject, two verbs
		{"Chile recalled its envoy from Lima on Monday, and later expelled two diplomats, accusing Peru of spying.",
			[]string{"CRITICIZES(Chile -> Peru)"}, nil},
		// a list's last item
		{"Chile condemned Peru, Bolivia, and Ecuador, accusing them of meddling.",
			[]string{"CRITICIZES(Chile -> Peru)"}, nil},
	})
}

// TestSuspendedOwnMembership checks that a member suspending its own
// membership of a body OPPOSES the body, while a body suspending a
// member's membership still SANCTIONS the member.
func TestSuspendedOwnMembership(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru suspended its membership of the African Union in 2007.", []string{"OPPOSES(Peru -> African Union)"}, []string{"SANCTIONS(Peru -> African Union)"}},
		{"Peru has frozen its membership in the African Union.", []string{"OPPOSES(Peru -> African Union)"}, nil},
		{"Peru did not suspend its membership of the African Union.", nil, []string{"OPPOSES(Peru -> African Union)"}},
		{"The African Union suspended Peru's membership.", []string{"SANCTIONS(African Union -> Peru)"}, []string{"OPPOSES(Peru -> African Union)"}},
	})
}

// TestPartnersInBloc checks that a bloc after "partners in" or "allies in"
// is where the partners are, not a partner, while the apposed partners
// and a capital standing for its state still are.
func TestPartnersInBloc(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile, Peru's partner in NATO, criticized Bolivia.",
			[]string{"COOPERATES_WITH(Chile -> Peru)", "CRITICIZES(Chile -> Bolivia)"}, []string{"COOPERATES_WITH(Peru -> NATO)"}},
		{"The foreign ministers of Chile and Brazil, Peru's partners in the African Union, flew to Lima on Monday.",
			[]string{"COOPERATES_WITH(Chile -> Peru)", "COOPERATES_WITH(Brazil -> Peru)"}, []string{"COOPERATES_WITH(Peru -> African Union)"}},
		{"Chile is Peru's main partner.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
	})
}

// TestTimeSpanGiven checks that a span of time given as a verb of giving's
// object is a deadline, no SUPPLIES, while goods given still are.
func TestTimeSpanGiven(t *testing.T) {
	s := []string{"SUPPLIES(Chile's foreign ministry -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile's foreign ministry gave the Peruvian envoys 48 hours to leave the country.", nil, s},
		{"Chile's foreign ministry gave three days to the Peruvian diplomats to leave.", nil, s},
		{"Chile's defence ministry gave 24 howitzers to Peru in two days.", []string{"SUPPLIES(Chile's defence ministry -> Peru)"}, nil},
		// a span counted by an article or a counting word, not a number
		{"Chilean leaders gave the generals a week to reinstate Ana Soto.", nil, []string{"SUPPLIES(Chile -> Ana Soto)"}},
		{"Bolivia gave the rebels one more day to reinstate Ana Soto.", nil, []string{"SUPPLIES(Bolivia -> Ana Soto)"}},
		{"Chile gave the Bolivian envoys a few days to leave for Peru.", nil, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Peru gave the Kestrel Front an extra month to reach Bolivia.", nil, []string{"SUPPLIES(Peru -> Bolivia)"}},
		// goods measured in time, and goods given a week ago
		{"Chile gave one day of fuel to Peru.", []string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"Argentina delivered two helicopters to Uruguay a week ago.", []string{"SUPPLIES(Argentina -> Uruguay)"}, nil},
	})
}

// TestWhereClause checks that a place or body before ", where" is only
// where the relative clause happens: a passive in the clause whose subject
// no mention names has no target before "where", while the clause's own
// names still act and are acted on.
func TestWhereClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru will take its case to the UN Security Council, where an earlier text was vetoed by Chile and Bolivia.", nil,
			[]string{"OPPOSES(Chile -> United Nations Security Council)", "OPPOSES(Bolivia -> United Nations Security Council)"}},
		{"Chile took the dispute to the Andean Council, where a Peruvian proposal was rejected by Bolivia.", nil,
			[]string{"OPPOSES(Bolivia -> Chile)"}},
		{"Ana Soto flew to Brazil, where Luis Vega criticised Chile.", []string{"CRITICIZES(Luis Vega -> Chile)"}, nil},
		{"Peru met Chile in Lima, where Bolivia was criticised by Ecuador.", []string{"CRITICIZES(Ecuador -> Bolivia)"}, nil},
		{"The delegates returned to Bolivia, where the accord was condemned by Peru.", []string{"OPPOSES(Peru -> accord)"},
			[]string{"OPPOSES(Peru -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}},
	})
}

// TestConjoinedAfterAuxiliary checks a cue verb conjoined to an earlier
// verb past an auxiliary or an adverb ("and had informed", "and will
// also write"): its subject is the first verb's, not the first verb's
// object; and a finite verb the parse conjoins to a noun takes the
// subject of the clause above it.
func TestConjoinedAfterAuxiliary(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Bolivian government sent a protest to the Chilean envoy, Tavo Ruiz, and had informed the Organization of American States and the United Nations.",
			[]string{"COMMUNICATES_WITH(Bolivia -> Organization of American States)", "COMMUNICATES_WITH(Bolivia -> United Nations)"},
			[]string{"COMMUNICATES_WITH(Organization of American States -> Tavo Ruiz)", "COMMUNICATES_WITH(United Nations -> Tavo Ruiz)"}},
		{"Chile criticised Bolivia and will also write to the United Nations.",
			[]string{"COMMUNICATES_WITH(Chile -> United Nations)"}, []string{"COMMUNICATES_WITH(Bolivia -> United Nations)"}},
		{"Peru condemned the raid and has asked NATO for expert assistance.", []string{"COMMUNICATES_WITH(Peru -> NATO)"}, nil},
		{"The minister met Ana Soto and later spoke with Bolivia.", nil, []string{"COMMUNICATES_WITH(Bolivia -> Ana Soto)"}},
		{"Peru accused Chile of staging a coup and called on Bolivia to act.",
			[]string{"COMMUNICATES_WITH(Bolivia -> Peru)"}, []string{"COMMUNICATES_WITH(Bolivia -> Chile)"}},
		{"Chile blamed Peru for blocking the border crossing and appealed to the United Nations for help.",
			[]string{"COMMUNICATES_WITH(Chile -> United Nations)"}, []string{"COMMUNICATES_WITH(Peru -> United Nations)"}},
		{"Bolivia is helping Chile and wrote to the United Nations.", []string{"COMMUNICATES_WITH(Bolivia -> United Nations)"}, nil},
		// a gerund conjoined to a gerund keeps the gerunds' own doer
		{"Bahrain and Jordan accuse Oman of arming militias and cosying up to Iraq.",
			nil, []string{"COOPERATES_WITH(Iran -> Saudi Arabia)", "COOPERATES_WITH(Egypt -> Iran)"}},
	})
}

// TestThenAfterUnnamedConjunct checks a Then cue ("called on A to", "asked
// A to") whose object list ends on a conjunct that names no actor ("and
// the international community"): the named ones are asked.
func TestThenAfterUnnamedConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Tavo Rei accused Ana Soto of fraud and called on ASEAN and other governments to reject the result.",
			[]string{"COMMUNICATES_WITH(ASEAN -> Tavo Rei)"}, []string{"COMMUNICATES_WITH(ASEAN -> Ana Soto)"}},
		{"Chile urged Peru and its other neighbours to settle the matter.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
		{"Bolivia asked Brazil or another mediator to step in.", []string{"INVITES(Bolivia -> Brazil)"}, nil},
		{"Chile urged Peru and said the rebels had to go.", nil, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
		{"Chile urged Peru and the rebels in the north.", nil, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
	})
}

// TestRemoteMeeting checks a meeting cue held at a distance (words.yaml
// remote_media): a call, COMMUNICATES_WITH, not MET_WITH; a medium after
// another verb of the sentence leaves the meeting a meeting.
func TestRemoteMeeting(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian President Ana Soto held talks by telephone with Chilean President Gabriel Boric on Monday.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Gabriel Boric)"}, []string{"MET_WITH(Ana Soto -> Gabriel Boric)"}},
		{"Ana Soto met Gabriel Boric by video link on Tuesday.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Gabriel Boric)"}, []string{"MET_WITH(Ana Soto -> Gabriel Boric)"}},
		{"Peru and Chile held talks over the phone.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, []string{"MET_WITH(Chile -> Peru)"}},
		{"Ana Soto met Gabriel Boric in Lima and later spoke by phone with Evo Morales.",
			[]string{"MET_WITH(Ana Soto -> Gabriel Boric)", "COMMUNICATES_WITH(Ana Soto -> Evo Morales)"}, nil},
		{"Ana Soto met Gabriel Boric, who had spoken by telephone with Evo Morales.",
			[]string{"MET_WITH(Ana Soto -> Gabriel Boric)"}, []string{"COMMUNICATES_WITH(Ana Soto -> Gabriel Boric)"}},
		{"Ana Soto held a meeting with Gabriel Boric.", []string{"MET_WITH(Ana Soto -> Gabriel Boric)"}, nil},
	})
}

// TestAggressionOn checks the attack noun "aggression on": the judge of the
// aggression criticizes its doer, not its target.
func TestAggressionOn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile deplored the aggression on Peru.", nil, []string{"CRITICIZES(Chile -> Peru)"}},
		{"Chile condemned the brutal Bolivian aggression on Peru.", []string{"CRITICIZES(Chile -> Bolivia)", "ATTACKS(Bolivia -> Peru)"}, []string{"CRITICIZES(Chile -> Peru)"}},
	})
}
