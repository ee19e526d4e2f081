package extract

import "testing"

// TestQuoteOf checks the one table of quotation marks: which side each
// may stand on and which are double.
func TestQuoteOf(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want quoteMark
	}{
		{`"`, quoteMark{opens: true, closes: true, double: true}},
		{"\u201c", quoteMark{opens: true, double: true}},
		{"\u201d", quoteMark{closes: true, double: true}},
		{"'", quoteMark{opens: true, closes: true}},
		{"\u2018", quoteMark{opens: true}},
		{"\u2019", quoteMark{closes: true}},
		{"«", quoteMark{}},
		{"said", quoteMark{}},
	} {
		if got := quoteOf(tc.s); got != tc.want {
			t.Errorf("quoteOf(%q) = %+v, want %+v", tc.s, got, tc.want)
		}
		if got, want := isQuote(tc.s), tc.want.opens || tc.want.closes; got != want {
			t.Errorf("isQuote(%q) = %v, want %v", tc.s, got, want)
		}
	}
}
