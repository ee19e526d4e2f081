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
