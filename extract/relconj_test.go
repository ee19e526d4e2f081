package extract

import "testing"

// TestRelativeConjoined checks that a verb conjoined to a relative
// clause's verb, when the parse conjoins nothing, shares what the
// relative pronoun refers to, not the first verb's object; a subject of
// its own keeps its act.
func TestRelativeConjoined(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Turkey, which has backed Hamas and supplied Azerbaijan with drones, denied the report on Monday.",
			[]string{"SUPPORTS(Turkey -> Hamas)", "SUPPLIES(Turkey -> Azerbaijan)"}, []string{"SUPPLIES(Hamas -> Azerbaijan)"}},
		// a subject of its own: the clause's, not the main clause's
		{"Turkey said Hamas and Iran supplied Azerbaijan with drones.",
			[]string{"SUPPLIES(Hamas -> Azerbaijan)"}, []string{"SUPPLIES(Turkey -> Azerbaijan)"}},
		{"Turkey, which Hamas and Iran supplied with drones, denied the report.",
			[]string{"SUPPLIES(Hamas -> Turkey)"}, []string{"SUPPLIES(Turkey -> Hamas)"}},
	})
}
