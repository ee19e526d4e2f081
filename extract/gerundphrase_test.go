package extract

import "testing"

// TestGerundPhraseSubject checks gerundPhraseBefore: a person or state
// inside an -ing phrase set off by commas after the subject is not the
// subject of the verb after it; "including" keeps its members among the
// doers, and a subject with no phrase stays as it was.
func TestGerundPhraseSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Peruvian foreign ministry, quoting Chilean envoy Rosa Vega, condemned the Bolivian decision.",
			[]string{"CRITICIZES(Peruvian foreign ministry -> Bolivia)"}, []string{"CRITICIZES(Rosa Vega -> Bolivia)"}},
		{"The Andean Council, meeting under Prime Minister Tomas Ortega, strongly criticised Ecuador.",
			[]string{"CRITICIZES(Andean Council -> Ecuador)"}, []string{"CRITICIZES(Tomas Ortega -> Ecuador)"}},
		{"NATO, speaking through its spokesman Luis Vera, criticised Serbia.",
			[]string{"CRITICIZES(NATO -> Serbia)"}, []string{"CRITICIZES(Luis Vera -> Serbia)"}},
		// no participle phrase: the person before the verb acts
		{"The ministry said envoy Rosa Vega condemned Bolivia.", []string{"CRITICIZES(Rosa Vega -> Bolivia)"}, nil},
		// "including" lists members that act with the subject
		{"The EU, including France and Germany, condemned Russia.", []string{"CRITICIZES(France -> Russia)"}, nil},
	})
}
