package extract

import "testing"

// TestListInsideRelative checks that a list of names inside a relative
// clause set off by commas ("which groups A, B and C,") is no subject of
// the verb after the clause: the clause's head is.
func TestListInsideRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Andean Council, which groups Chile, Peru, Bolivia and Ecuador, met in emergency session in Quito on Friday.",
			nil, []string{"MET_WITH(Chile -> Peru)", "MET_WITH(Bolivia -> Ecuador)"}},
		{"Colombia, which borders Venezuela, Brazil and Peru, condemned the coup in Ecuador.",
			nil, []string{"CRITICIZES(Peru -> Ecuador)"}},
		// a list with no relative clause still acts together
		{"Chile, Peru, Bolivia and Ecuador met in Lima on Friday.", []string{"MET_WITH(Chile -> Peru)", "MET_WITH(Bolivia -> Ecuador)"}, nil},
		// a name in apposition inside a "whose" clause is the subject
		{"Qatar, whose emir's envoy, Sheikh Ahmed bin Ali, visited Khartoum in May, pledged aid to Sudan.",
			[]string{"VISITS(Ahmed bin Ali -> Khartoum)"}, nil},
	})
}

// TestCancelledTrips checks that a trip called off or scrapped states no
// visit, while one made does.
func TestCancelledTrips(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean Foreign Minister Ana Soto cancelled her visit to Lima after the border clash.", nil, []string{"VISITS(Ana Soto -> Lima)"}},
		{"Chilean Foreign Minister Ana Soto scrapped a planned trip to Quito.", nil, []string{"VISITS(Ana Soto -> Quito)"}},
		{"Chilean Foreign Minister Ana Soto cut short her visit to Lima after the border clash.", []string{"VISITS(Ana Soto -> Lima)"}, nil},
	})
}

// TestBornIn checks that where a person was born is no place visited:
// "born" is a participle of "bear" (words.yaml irregular_verbs).
func TestBornIn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto, who was born in Quito and moved to Chile as a child, spoke of a homecoming.", nil, []string{"VISITS(Ana Soto -> Quito)"}},
		{"Ana Soto, who was in Quito on Monday, spoke of a homecoming.", []string{"VISITS(Ana Soto -> Quito)"}, nil},
	})
}

// TestPluralCalls checks that calls, conversations and letters in the
// plural are contacts as the singular are.
func TestPluralCalls(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Ana Soto offered to mediate after telephone calls with Peruvian President Luis Vega.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Luis Vega)"}, []string{"MET_WITH(Ana Soto -> Luis Vega)"}},
		{"Chilean President Ana Soto has held several conversations with Peruvian President Luis Vega since May.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Luis Vega)"}, nil},
	})
}

// TestTalksPlaceVisit checks that talks between two named persons in a
// place take the one from elsewhere there, as a meeting does.
func TestTalksPlaceVisit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian President Luis Vega said after talks with Chilean President Ana Soto in Lima that the border would reopen.",
			[]string{"VISITS(Ana Soto -> Lima)"}, []string{"VISITS(Luis Vega -> Lima)"}},
		// talks by telephone are no meeting, wherever the caller was
		{"Peruvian President Luis Vega held talks by telephone with Chilean President Ana Soto from Lima on Monday.",
			nil, []string{"VISITS(Ana Soto -> Lima)"}},
	})
}

// TestReportedThenUrged checks that a simple past conjoined to a reported
// clause in the present goes on the reporter's narrative:
// the speaker urged, not the one reported on.
func TestReportedThenUrged(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean foreign ministry said Bolivia has every right to build the road and urged Peru to refrain from threats.",
			[]string{"CRITICIZES(Chilean foreign ministry -> Peru)"}, nil},
		{"Ecuador said Peru bears the blame for the border crisis and urged Chile to mediate.",
			[]string{"COMMUNICATES_WITH(Chile -> Ecuador)"}, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
		// a perfect shares its auxiliary: "had frozen ... and (had) halted"
		{"Foreign Minister Ana Soto said Chile had frozen Bolivian assets and halted imports of Bolivian gas.",
			[]string{"SANCTIONS(Chile -> Bolivia)"}, []string{"SANCTIONS(Ana Soto -> Bolivia)"}},
	})
}

// TestSignedTogetherVisit checks that two persons who signed a text
// together in a place met there: the one from elsewhere visits it.
func TestSignedTogetherVisit(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Ana Soto and Peruvian President Luis Vega signed the border treaty in Lima on Monday.",
			[]string{"VISITS(Ana Soto -> Lima)"}, []string{"VISITS(Luis Vega -> Lima)"}},
		{"Chilean President Ana Soto and Peruvian President Luis Vega signed the border treaty in Quito on Monday.",
			[]string{"VISITS(Ana Soto -> Quito)", "VISITS(Luis Vega -> Quito)"}, nil},
		// agreeing is no signing at one table
		{"Chilean President Ana Soto and Peruvian President Luis Vega agreed in Quito to reopen the border.",
			nil, []string{"VISITS(Ana Soto -> Quito)"}},
	})
}

// TestOwnerNotQuoted checks that an outlet told by an unnamed aide quotes
// no one, and that a House told is no outlet.
func TestOwnerNotQuoted(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Ana Soto left for Lima. Her spokesman told Radio Cooperativa that Chile would not sign.",
			nil, []string{"QUOTES(Radio Cooperativa -> Ana Soto)"}},
		{"Chilean President Ana Soto told Radio Cooperativa that Chile would not sign.",
			[]string{"QUOTES(Radio Cooperativa -> Ana Soto)"}, nil},
		{"Opposition leader Luis Vega told the House that the accord had been drafted in secret.",
			nil, []string{"QUOTES(House -> Luis Vega)"}},
	})
}
