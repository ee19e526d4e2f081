package extract

import "testing"

// TestBeInVisits checks that "be in" a place states a visit only when
// nothing but adverbs stands between: a participle, a noun phrase or a
// plan belongs to another phrase, and a place inside a longer phrase's
// gap keeps its own "be in".
func TestBeInVisits(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Secretary of State Antony Blinken was still in Cairo on Tuesday.", []string{"VISITS(Antony Blinken -> Cairo)"}, nil},
		{"Emmanuel Macron, who was in Beijing for talks with Chinese President Xi Jinping, said Europe must act.",
			[]string{"VISITS(Emmanuel Macron -> Beijing)", "NEGOTIATES_WITH(Emmanuel Macron -> Xi Jinping)"}, nil},
		// detention, an office held there, a plan
		{"Opposition leader Alexei Navalny has been held in a prison in Vladimir since January.", nil, []string{"VISITS(Alexei Navalny -> Vladimir)"}},
		{"Ashraf Ghani was detained in Kabul.", nil, []string{"VISITS(Ashraf Ghani -> Kabul)"}},
		{"Antony Blinken was the senior diplomat in Cairo for years.", nil, []string{"VISITS(Antony Blinken -> Cairo)"}},
		{"Antony Blinken is due in Seoul on Wednesday.", nil, []string{"VISITS(Antony Blinken -> Seoul)"}},
		{"Antony Blinken is due to visit Seoul on Wednesday.", nil, []string{"VISITS(Antony Blinken -> Seoul)"}},
	})
}
