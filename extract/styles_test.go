package extract

import "testing"

// TestRankAndClericStyles checks that a major's or a lieutenant
// commander's rank and a cardinal's style written before a name are no
// part of it (titles.yaml), and that "Major" before a lower-case noun or
// a name's own word stays what it is.
func TestRankAndClericStyles(t *testing.T) {
	checkEntities(t, "Army spokesman Major Tavo Rendal said the troops would wait. Cardinal Piet Marovan met the envoy in Rome. Navy spokesman Lieutenant-Commander Li Daming said the ship had left.",
		[]string{"Person:Tavo Rendal", "Person:Piet Marovan", "Person:Li Daming"},
		[]string{"Person:Major Tavo Rendal", "Person:Cardinal Piet Marovan", "Person:Lieutenant-Commander Li Daming"})
	checkEntities(t, "Major powers met in Paris on Monday.", nil, []string{"Person:Major", "Organization:Major"})
}
