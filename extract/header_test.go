package extract

import "testing"

// TestBylineWithBeat checks that a byline naming the writer's beat and
// place ("By Andean correspondent Ana Rojas in Lima") credits a writer, no
// actor, while a sentence naming a correspondent stays read.
func TestBylineWithBeat(t *testing.T) {
	checkEntities(t, "Chile recalls envoy\n\nBy Andean correspondent Ana Rojas in Lima\n\nChile recalled its ambassador to Peru on Monday.",
		[]string{"Country:Chile", "Country:Peru"}, []string{"Person:Ana Rojas"})
	checkEntities(t, "Chile recalls envoy\n\nBy Ana Rojas and Tom Berg\n\nChile recalled its ambassador to Peru on Monday.",
		nil, []string{"Person:Ana Rojas", "Person:Tom Berg"})
	checkEntities(t, "Chile recalls envoy\n\nOur correspondent Ana Rojas met President Luis Vega in Lima on Monday.",
		[]string{"Person:Ana Rojas"}, nil)
}

// TestServiceLine checks that a wire's service or desk named on a
// masthead line cut by a bar, with the date after it, names no
// organization, while an outlet's own name on such a line stays one.
func TestServiceLine(t *testing.T) {
	checkEntities(t, "Vorn Press Agency\nForeign News Desk | 12-03-91 | 1400 hrs\n\nChile recalls envoy\n\nChile recalled its ambassador to Peru on Monday.",
		[]string{"Country:Chile", "Country:Peru"}, []string{"Organization:Foreign News Desk", "Organization:News Desk"})
	checkEntities(t, "Kestrel Vela News | 05/08/2014 09:25\n\nChile recalls envoy\n\nChile recalled its ambassador to Peru, Kestrel Vela News reported.",
		[]string{"Organization:Kestrel Vela News"}, nil)
}
