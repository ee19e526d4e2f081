package extract

import "testing"

// TestFrontedAgreementSubject checks that the name after a phrase
// fronted with "under" an agreement backs it only as the main clause's
// subject, not as a passive's agent after the verb.
func TestFrontedAgreementSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Under the Lima Accord, the new ferries will be supplied by the Kestrel Shipping Company.",
			nil, []string{"SUPPORTS(Kestrel Shipping Company -> Lima Accord)"}},
		{"Under the Lima Accord, Peru will return the port to Chile.", []string{"SUPPORTS(Peru -> Lima Accord)"}, nil},
		{"With French support, Chad retook the town.", []string{"SUPPORTS(France -> Chad)"}, nil},
	})
}
