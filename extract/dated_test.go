package extract

import "testing"

// TestDatedNoun checks that a verb form after a determiner and a date is a
// noun whose doer is not the clause's subject, and that a date alone
// before a verb keeps the verb.
func TestDatedNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenya pointed to the March 3 attack on Somalia's embassy in Nairobi.", nil, []string{"ATTACKS(Kenya -> Somalia)"}},
		{"Chad recalled the 2019 strikes on Libya.", nil, []string{"ATTACKS(Chad -> Libya)"}},
		{"Sudan on Tuesday attacked Chad.", []string{"ATTACKS(Sudan -> Chad)"}, nil},
	})
}
