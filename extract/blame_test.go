package extract

import "testing"

// TestBlamedOn checks that a blaming verb lays its object on the actor
// named after "on", in a main clause and in a relative clause whose
// antecedent is the act blamed.
func TestBlamedOn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile blamed the bombing on Hezbollah.", []string{"CRITICIZES(Chile -> Hezbollah)"}, nil},
		{"The bombing, which Chile has blamed on Hezbollah, killed ten.", []string{"CRITICIZES(Chile -> Hezbollah)"}, nil},
		{"Gunmen attacked a police post, an attack that Chile has blamed on Hezbollah.", []string{"CRITICIZES(Chile -> Hezbollah)"}, nil},
		// an actor object keeps its place; "on" a day names no one
		{"Chile blamed Peru on Monday for the blast.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		{"Chile blamed the bombing on Monday.", nil, []string{"CRITICIZES(Chile -> Monday)"}},
		// negated: nothing
		{"Chile did not blame the bombing on Hezbollah.", nil, []string{"CRITICIZES(Chile -> Hezbollah)"}},
		{"Chile declined to blame the bombing on Hezbollah.", nil, []string{"CRITICIZES(Chile -> Hezbollah)"}},
	})
}

// TestRelativeInsideNounCue checks that a relative clause with no relative
// word after a noun cue keeps the preposition for its own verb.
func TestRelativeInsideNounCue(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Gunmen stormed a police post, a raid Chile has blamed on Hezbollah.", []string{"CRITICIZES(Chile -> Hezbollah)"}, []string{"ATTACKS(Chile -> Hezbollah)"}},
		{"It was an attack Chile blamed on Hezbollah.", []string{"CRITICIZES(Chile -> Hezbollah)"}, nil},
		// a noun cue with its own preposition
		{"Peru's attack on Chile drew criticism.", []string{"ATTACKS(Peru -> Chile)"}, nil},
	})
}

// TestBlamedOnDescribed checks that the one blamed may follow a description.
func TestBlamedOnDescribed(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile blamed the bombing on the Lebanon-based group Hezbollah.", []string{"CRITICIZES(Chile -> Hezbollah)"}, []string{"CRITICIZES(Chile -> Lebanon)"}},
	})
}

// TestCapitalAfterEventNoun checks that a capital after an event noun with
// its determiner is the subject of a relative clause, its state, not the
// city struck.
func TestCapitalAfterEventNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"It was a bombing Santiago has blamed on Hezbollah.", []string{"CRITICIZES(Chile -> Hezbollah)"}, nil},
		{"Peru shelled Santiago on Monday.", []string{"ATTACKS(Peru -> Santiago)"}, []string{"ATTACKS(Peru -> Chile)"}},
	})
}

// TestRefusalOpposes checks that a refusal to extend or sign a deal
// opposes the deal, and that a refusal about an actor opposes no one.
func TestRefusalOpposes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia's refusal to renew the Paris Agreement angered Chile.", []string{"OPPOSES(Bolivia -> Paris Agreement)"}, []string{"OPPOSES(Bolivia -> Chile)"}},
		{"Peru's refusal to condemn Chile surprised Bolivia.", nil, []string{"OPPOSES(Peru -> Chile)", "OPPOSES(Peru -> Bolivia)"}},
	})
}

// TestHeldResponsible checks that blame laid by an object complement
// after the one blamed ("held Peru responsible", "holds the junta
// accountable", "deemed Lima responsible") is a CRITICIZES of that one,
// also when a demonym names it with its noun ("the Peruvian
// government"), while "held talks with", a held envoy or a negated
// verb state no blame; a call to stop on "the Peruvian authorities"
// reaches Peru the same way.
func TestHeldResponsible(t *testing.T) {
	w := []string{"CRITICIZES(Chile -> Peru)"}
	checkPatterns(t, []patternCase{
		{"Chile held Peru responsible for the clash at the border.", w, nil},
		{"Chile considers Peru responsible for the raid.", w, nil},
		{"Chile said it held the Peruvian government responsible for the looting of its consulate.", w, nil},
		{"Chile deemed Lima responsible, the foreign ministry said.", w, nil},
		{"Chile has always held Peru accountable for the spill.", w, nil},
		{"Chile held talks with Peru responsible for trade.", nil, w},
		{"Chile held Peru's envoy for questioning.", nil, w},
		{"Chile does not hold Peru responsible for the fire.", nil, w},
		{"Chile held a ceremony as Peru took responsibility for the spill.", nil, w},
		// any Then word is looked for past a demonym's noun
		{"Chile urged the Peruvian authorities to halt the drilling.", w, nil},
		{"Chile urged the Peruvian authorities in Lima, not Bolivia, to halt the drilling.", nil, []string{"CRITICIZES(Chile -> Bolivia)"}},
	})
}
