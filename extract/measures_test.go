package extract

import "testing"

// TestMeasureCues checks that a measure stated by what it does (ties cut,
// airspace or ports closed, an envoy recalled, trade suspended) is a
// SANCTIONS of the side after its preposition, and that negated, hedged
// and restoring verbs state none.
func TestMeasureCues(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile severed diplomatic relations with Peru.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile broke off ties with Peru on Monday.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile has shut its airspace to LATAM Airlines.", []string{"SANCTIONS(Chile -> LATAM Airlines)"}, nil},
		{"Chile recalled its ambassador from Lima.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile suspended almost all trade with Peru.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile closed its ports to Peruvian ships.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile banned flights from Peru.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile did not sever ties with Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile could sever ties with Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile threatened to sever ties with Peru.", []string{"THREATENS(Chile -> Peru)"}, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile restored ties with Peru.", nil, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Chile froze diplomatic relations with Peru on Monday.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Chile said it would freeze relations with Peru if no settlement is reached.",
			[]string{"THREATENS(Chile -> Peru)"}, []string{"SANCTIONS(Chile -> Peru)"}},
		{"Peru urged Chile to cut ties with Bolivia.", nil, []string{"SANCTIONS(Chile -> Bolivia)", "SANCTIONS(Peru -> Bolivia)"}},
		// the recalled envoy named after the title is no target
		{"Brazil has recalled its ambassador to Argentina, Marta Ruiz, for consultations.",
			[]string{"SANCTIONS(Brazil -> Argentina)", "HOLDS_OFFICE(Marta Ruiz -> Brazil)"}, []string{"SANCTIONS(Brazil -> Marta Ruiz)"}},
		{"Brazil withdrew its envoy, Ambassador Marta Ruiz, on Monday.", nil, []string{"SANCTIONS(Brazil -> Marta Ruiz)"}},
		// but a person expelled is
		{"Brazil expelled Marta Ruiz, an Argentine diplomat.", []string{"SANCTIONS(Brazil -> Marta Ruiz)"}, nil},
	})
}

// TestSuspendedCooperation checks that cooperation, ties or aid suspended
// or halted is a SANCTIONS of the side after the preposition, not a
// cooperation with it, also past an amount of money ("$40 million in
// military aid to"); cooperation expanded, or a suspension denied, is no
// measure.
func TestSuspendedCooperation(t *testing.T) {
	w := []string{"SANCTIONS(Chile -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile suspended military cooperation with Peru on Monday.", w, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Jane Roe said Santiago was suspending defence cooperation with Peru.", w, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chile has halted all cooperation with Peru.", w, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chile was suspending about $40 million in military aid to Peru.", w, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Chile suspended 2 billion euros in aid to Peru.", w, nil},
		// an amount before the noun counts as one word, with a state's letters on its dollar sign
		{"Chile suspended its $12 million aid programme to Peru.", w, nil},
		{"Chile suspended its US$12 million aid programme to Peru until further notice.", w, []string{"SANCTIONS(Chile -> United States)"}},
		{"Chile said its US$12 million loan had helped Peru.", nil, []string{"SANCTIONS(Chile -> Peru)", "SANCTIONS(Chile -> United States)"}},
		{"Chile did not suspend its US$12 million aid to Peru.", nil, w},
		{"Chile agreed to expand military cooperation with Peru.", []string{"COOPERATES_WITH(Chile -> Peru)"}, w},
		{"Chile did not suspend cooperation with Peru.", nil, w},
		{"Chile suspended about $40 million in grants and quickly sent fresh aid to Peru.", nil, w},
		{"The Kestrel Bank, which suspended a loan programme to Peru, declined to comment.", []string{"SANCTIONS(Kestrel Bank -> Peru)"}, nil},
		// trade stopped: imports from a side, exports to it
		{"Chile has halted imports from Peru.", w, nil},
		{"Chile suspended arms exports to Peru.", w, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Chile did not halt imports from Peru.", nil, w},
		{"Chile has cut electricity exports to Peru.", w, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Chile cut off fuel exports to Peru in May.", w, nil},
		{"Chile did not cut exports to Peru.", nil, w},
		{"Chile resumed imports from Peru.", nil, w},
		// a member suspended or expelled from a body
		{"Peru has been suspended from the African Union since June.", []string{"SANCTIONS(African Union -> Peru)"}, nil},
		{"Peru, which was expelled from the African Union in June, protested.", []string{"SANCTIONS(African Union -> Peru)"}, nil},
		{"Peru was not suspended from the African Union.", nil, []string{"SANCTIONS(African Union -> Peru)"}},
		{"Chile said Peru should be suspended from the African Union.", nil, []string{"SANCTIONS(African Union -> Peru)"}},
	})
}

// TestTerrorListing checks that listing a state or group as a sponsor of
// terrorism, or as terrorists, is a SANCTIONS of what stands between the
// verb and "as", not of what follows "as"; the listing as a noun takes the
// possessor as its source.
func TestTerrorListing(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile still lists Bolivia as a state sponsor of terrorism.", []string{"SANCTIONS(Chile -> Bolivia)"}, nil},
		{"Peru lists Bolivia and Ecuador as state sponsors of terrorism.",
			[]string{"SANCTIONS(Peru -> Bolivia)", "SANCTIONS(Peru -> Ecuador)"}, nil},
		{"Chile lists Hezbollah as a terrorist group, Peru said.", []string{"SANCTIONS(Chile -> Hezbollah)"}, []string{"SANCTIONS(Peru -> Hezbollah)"}},
		{"Chile's terrorism listing of Bolivia angered La Paz.", []string{"SANCTIONS(Chile -> Bolivia)"}, nil},
		{"Chile does not list Bolivia as a state sponsor of terrorism.", nil, []string{"SANCTIONS(Chile -> Bolivia)"}},
		{"Chile lists Bolivia as a trading partner.", nil, []string{"SANCTIONS(Chile -> Bolivia)"}},
		{"Chile lists Peru as a sponsor of terrorism against Bolivia.", []string{"SANCTIONS(Chile -> Peru)"}, []string{"SANCTIONS(Chile -> Bolivia)"}},
	})
}

// TestKeptClosed checks that a border, airspace or ports kept closed to
// another side is a SANCTIONS of it, also as what the doer will or would
// do (the closure is in place); another modal, a negation or an open
// border states nothing.
func TestKeptClosed(t *testing.T) {
	w := []string{"SANCTIONS(Chile -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile kept its border with Peru closed on Monday.", w, nil},
		{"Chile said it would keep its border with Peru closed.", w, nil},
		{"Chile will keep its ports to Peru shut.", w, nil},
		{"Chile could keep its border with Peru closed.", nil, w},
		{"Chile did not keep its border with Peru closed.", nil, w},
		{"Chile kept its border with Peru open.", nil, w},
	})
}

// TestDowngradedTies checks that relations downgraded, joint exercises or
// operations suspended and envoys withdrawn are a SANCTIONS of the side
// after the preposition, not a cooperation with it; agreeing to hold
// exercises stays a cooperation and a negated downgrade states nothing.
func TestDowngradedTies(t *testing.T) {
	w := []string{"SANCTIONS(Chile -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile downgraded its relations with Peru on Friday.", w, nil},
		{"Chile has suspended joint naval exercises with Peru.", w, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chile withdrew its ambassadors from Lima.", w, nil},
		{"Chile agreed to hold joint exercises with Peru.", []string{"COOPERATES_WITH(Chile -> Peru)"}, w},
		{"Chile did not downgrade its relations with Peru.", nil, w},
	})
}

// TestDemandedThat checks that a measure in the bare verb of a "that"
// clause after a demanding verb is only asked of the clause's subject
// ("demanded that Peru recall its envoy"), while one said to be done is
// stated.
func TestDemandedThat(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile demanded that Peru recall its ambassador to Santiago.", nil, []string{"SANCTIONS(Peru -> Chile)"}},
		{"Chile has demanded that the Peruvian government recall its envoy to Chile.", nil, []string{"SANCTIONS(Peru -> Chile)"}},
		{"Chile said that Peru recalled its ambassador to Santiago.", []string{"SANCTIONS(Peru -> Chile)"}, nil},
	})
}

// TestUrgedToStop checks that urging an actor to stop or correct what it
// does criticizes it, and is no invitation; urging it to join talks
// stays an invitation.
func TestUrgedToStop(t *testing.T) {
	c := []string{"CRITICIZES(Chile -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile urged Peru to stop interfering in its affairs.", c, []string{"INVITES(Chile -> Peru)"}},
		{"Chile urged Peru to correct its mistake.", c, []string{"INVITES(Chile -> Peru)"}},
		{"Chile urged Peru to join the talks.", []string{"INVITES(Chile -> Peru)"}, c},
	})
}

// TestTranscriptWe checks that "we" in a briefing's answer, after a
// speaker label naming a spokesperson the lexicon places in a state, is
// that state; after a questioner's label it is no one; and that a
// speaker label is never what a pronoun of its own line refers to.
func TestTranscriptWe(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Wang Yi: China's position is clear.\n\nWe firmly oppose Peru's remarks.", []string{"OPPOSES(China -> Peru)"}, nil},
		{"MR WANG YI: China's view is known. We firmly oppose Peru's remarks.", []string{"OPPOSES(China -> Peru)"}, nil},
		{"CCTV: The cabinet said today that it will withdraw its ambassador to Peru. What is your view?", nil, []string{"SANCTIONS(CCTV -> Peru)"}},
		{"Wang Yi: China will do it.\n\nReuters: We oppose Peru's remarks. What is your comment?", []string{}, []string{"OPPOSES(China -> Peru)", "OPPOSES(Wang Yi -> Peru)"}},
	})
}

// TestConjoinedPredicateObject checks that a verb cue's target is never
// the object of a verb conjoined after it ("threatened to topple the new
// government and put Brazil's navy on alert" threatens no Brazil), while
// coordinated objects stay the cue's; and that drawing close to a state
// ("cosying up to Iran") is a cooperation with it.
func TestConjoinedPredicateObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`President Ana Souza has threatened to "punish" the new government and put Brazil's navy on alert.`, nil,
			[]string{"THREATENS(Ana Souza -> Brazil)", "OPPOSES(Ana Souza -> Brazil's navy)"}},
		{"Chile attacked Peru and Bolivia.", []string{"ATTACKS(Chile -> Peru)", "ATTACKS(Chile -> Bolivia)"}, nil},
		{"Chile has been cosying up to Iran.", []string{"COOPERATES_WITH(Chile -> Iran)"}, nil},
	})
}

// TestStatementParticiple checks that a judging participle right after a
// statement noun is the statement's owner's, else the main subject's, who
// issued it ("released a statement praising the truce"), not an -ing
// noun; and that a plan put forward is its author's DEVELOPS.
func TestStatementParticiple(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile released a communique condemning Peru.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Peru rejected Chile's statement condemning Bolivia.", []string{"CRITICIZES(Chile -> Bolivia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
		{"Ana Ruiz put forward a nine-point plan for the border.", []string{"DEVELOPS(Ana Ruiz -> nine-point plan)"}, nil},
		{"Ana Ruiz has drawn up a five-point peace plan.", []string{"DEVELOPS(Ana Ruiz -> five-point peace plan)"}, nil},
	})
}

// TestHaltedSupply checks that a supply ended or barred by the verb that
// governs it is a SANCTIONS of the recipient, no SUPPLIES; a supply
// resumed, or one after a clause break, is still a supply.
func TestHaltedSupply(t *testing.T) {
	s, p := []string{"SANCTIONS(Chile -> Peru)"}, []string{"SUPPLIES(Chile -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile has cut electricity exports to Peru.", s, p},
		{"Chile stopped selling rifles to Peru last year.", s, p},
		{"Chile abruptly stopped supplying arms to Peru.", s, p},
		{"Chile ended its deliveries of gas to Peru in May.", s, p},
		// the cessation verb's subject is the supplier of a bare supply noun (haltSubject)
		{"Chile halted arms sales to Peru.", s, p},
		{"Chile has stopped its weapons deliveries to Peru, the ministry said.", s, p},
		{"Lima said Chile had cut off gas shipments to Peru.", s, p},
		{"Last week Chile ended deliveries to Peru.", s, p},
		{"Ecuador condemned Chile, which froze military aid to Peru in May.", s, p},
		{"Chile did not halt arms sales to Peru.", nil, s},
		{"Chile could suspend arms sales to Peru.", nil, s},
		{"Chile will resume arms sales to Peru.", p, s},
		{"Chile cut taxes and sold rifles to Peru.", p, s},
	})
}
