package extract

import "testing"

// TestFrontedVisits checks that a sentence opening with its subject's
// trip states the visit, and not someone else's trip or a stay at home.
func TestFrontedVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"While in Nairobi, Emmanuel Macron criticized Somalia.", []string{"VISITS(Emmanuel Macron -> Nairobi)"}, nil},
		{"During his trip to Hanoi, Olaf Scholz signed a deal.", []string{"VISITS(Olaf Scholz -> Hanoi)"}, nil},
		{"On a three-day visit to Chile, Olaf Scholz praised Peru.", []string{"VISITS(Olaf Scholz -> Chile)"}, nil},
		// someone else's trip, a stay at home, no trip
		{"During the trip to Hanoi by Macron, Olaf Scholz called Xi Jinping.", nil, []string{"VISITS(Olaf Scholz -> Hanoi)"}},
		{"While in Berlin, German Chancellor Olaf Scholz criticized Russia.", nil, []string{"VISITS(Olaf Scholz -> Berlin)"}},
		{"When in doubt, Olaf Scholz calls Macron.", nil, []string{"VISITS(Olaf Scholz -> Germany)"}},
	})
}

// TestTrailingVisits checks that a travel adjunct after the verb states
// the visit of the person opening the sentence, and not a plan, someone
// else's trip or a stay at home.
func TestTrailingVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ebrahim Raisi returned to Tehran after a visit to Beijing.", []string{"VISITS(Ebrahim Raisi -> Beijing)"}, nil},
		{"Iranian President Ebrahim Raisi flew home after his three-day trip to Caracas.", []string{"VISITS(Ebrahim Raisi -> Caracas)"}, nil},
		{"Olaf Scholz said during his trip to Hanoi that trade would grow.", []string{"VISITS(Olaf Scholz -> Hanoi)"}, nil},
		{"Ebrahim Raisi spoke before a visit to Beijing.", nil, []string{"VISITS(Ebrahim Raisi -> Beijing)"}},
		{"Ebrahim Raisi spoke after a visit to Beijing by Olaf Scholz.", nil, []string{"VISITS(Ebrahim Raisi -> Beijing)"}},
		{"Ebrahim Raisi met Olaf Scholz, who returned after a visit to Hanoi.", nil, []string{"VISITS(Ebrahim Raisi -> Hanoi)"}},
		{"Ebrahim Raisi returned to Tehran after a visit to Mashhad.", nil, []string{"VISITS(Ebrahim Raisi -> Mashhad)"}},
	})
}

// TestPersonHome checks the one reading of a person's home (personHome)
// that visits, trips abroad and staff posts share: an office bound in the
// article gives the state, else the lexicon does.
func TestPersonHome(t *testing.T) {
	checkPatterns(t, []patternCase{
		// the office bound in the article: at home in Lima, abroad in Santiago
		{"While in Lima, Peruvian Foreign Minister Jane Roe criticized Chile.", nil, []string{"VISITS(Jane Roe -> Lima)"}},
		{"While in Santiago, Peruvian Foreign Minister Jane Roe criticized Chile.", []string{"VISITS(Jane Roe -> Santiago)"}, nil},
		// the lexicon's state, with no office bound
		{"While in Paris, Emmanuel Macron criticized Russia.", nil, []string{"VISITS(Emmanuel Macron -> Paris)"}},
		// an aide to a person serves that person's state
		{"Jane Roe, an aide to Chilean President Maria Lopez, said the talks would resume.", []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
}
