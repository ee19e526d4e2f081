package extract

import "testing"

// TestCollectiveSubjects checks that "the two countries", "both sides" as
// a cue's subject stand for the group of that size named just before, and
// that "each other" relates a plural subject's members both ways.
func TestCollectiveSubjects(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru signed a trade pact on Monday. Both countries also condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}, nil},
		{"Talks between Kenya and Uganda ended in Nairobi. The two countries later criticized Somalia.",
			[]string{"CRITICIZES(Kenya -> Somalia)", "CRITICIZES(Uganda -> Somalia)"}, nil},
		{"Serbia and Croatia blamed each other for the border incident.",
			[]string{"CRITICIZES(Serbia -> Croatia)", "CRITICIZES(Croatia -> Serbia)"}, nil},
		// a CAMEO phrase with the reciprocal inside: no other target after it
		{"Armenia and Azerbaijan accused each other of breaking a truce that Russia brokered.",
			[]string{"CRITICIZES(Armenia -> Azerbaijan)", "CRITICIZES(Azerbaijan -> Armenia)"},
			[]string{"CRITICIZES(Armenia -> Russia)", "CRITICIZES(Azerbaijan -> Russia)"}},
		// a group of another size than the phrase names: nothing
		{"Chile, Peru and Ecuador met in Lima. The two countries condemned Bolivia.",
			nil, []string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)", "CRITICIZES(Ecuador -> Bolivia)"}},
		// no group named before: the phrase is the subject, no one further left is
		{"After Ghana hosted the summit, the two countries condemned Togo.",
			nil, []string{"CRITICIZES(Ghana -> Togo)"}},
		// a collective noun after a preposition is no subject
		{"Chile and Peru signed a pact. Bolivia condemned both countries.",
			[]string{"CRITICIZES(Bolivia -> Chile)"}, []string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}},
		// a leaders' group takes persons, not the countries beside them
		{"Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Lima. Both leaders criticized Bolivia.",
			[]string{"CRITICIZES(Gabriel Boric -> Bolivia)", "CRITICIZES(Dina Boluarte -> Bolivia)"}, nil},
		// "both" alone opening its clause
		{"Chile and Peru met in Lima. Both condemned Bolivia.",
			[]string{"CRITICIZES(Chile -> Bolivia)", "CRITICIZES(Peru -> Bolivia)"}, nil},
		// "they" after the parties of talks "between" them
		{"Talks between Kenya and Uganda ended. They later criticized Somalia.",
			[]string{"CRITICIZES(Kenya -> Somalia)", "CRITICIZES(Uganda -> Somalia)"}, nil},
		// negated: nothing
		{"Serbia and Croatia did not blame each other.",
			nil, []string{"CRITICIZES(Serbia -> Croatia)", "CRITICIZES(Croatia -> Serbia)"}},
	})
}
