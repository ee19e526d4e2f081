package extract

import "testing"

// TestFormerStateCapital checks that the shared capital in an article on
// a former state that never names its successor is the former state, and
// that an article naming the successor keeps the capital the successor's.
func TestFormerStateCapital(t *testing.T) {
	g := extractText(t, "The Soviet Union sent troops to Afghanistan in 1979. Moscow condemned the American raid on Libya on Tuesday.")
	if !has(triples(g), "CRITICIZES(Soviet Union -> United States)") || entitySet(g)["Country:Russia"] {
		t.Errorf("want Moscow to be the Soviet Union, got %v %v", keys(entitySet(g)), triples(g))
	}
	checkEntities(t, "Russia condemned the raid on Libya. Moscow said it would respond. The Soviet Union had armed Libya.",
		[]string{"Country:Russia", "Country:Soviet Union"}, nil)
}
