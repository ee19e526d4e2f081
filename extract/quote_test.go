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

// TestSayingOnOutlet checks that any verb of saying right before "on" and
// an outlet that ends its phrase makes the outlet carry the speaker's
// words, while an outlet that is the topic after "on" carries none.
func TestSayingOnOutlet(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`Trade Minister Ana Ruiz boasted on state television TVN: "Exports have doubled."`,
			[]string{"QUOTES(TVN -> Ana Ruiz)"}, nil},
		{`Trade Minister Ana Ruiz insisted on state television TVN that exports had doubled.`,
			[]string{"QUOTES(TVN -> Ana Ruiz)"}, nil},
		{`Trade Minister Ana Ruiz commented on the state television TVN's report.`,
			nil, []string{"QUOTES(TVN -> Ana Ruiz)"}},
	})
}

// TestTalkWithOutlet: speaking to a news outlet is the outlet quoting the
// speaker, no COMMUNICATES_WITH; speaking with a person stays one.
func TestTalkWithOutlet(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's president Ana Soto spoke to Reuters about Chile.",
			[]string{"QUOTES(Reuters -> Ana Soto)"}, []string{"COMMUNICATES_WITH(Reuters -> Ana Soto)", "COMMUNICATES_WITH(Ana Soto -> Reuters)"}},
		{"Ana Soto spoke with the BBC in Lima.",
			[]string{"QUOTES(BBC -> Ana Soto)"}, []string{"COMMUNICATES_WITH(BBC -> Ana Soto)", "COMMUNICATES_WITH(Ana Soto -> BBC)"}},
		{"Ana Soto spoke with Luis Rey in Lima.", []string{"COMMUNICATES_WITH(Ana Soto -> Luis Rey)"}, nil},
		// "talked with" and "talking to" as "spoke with"; the noun "talks
		// with" stays a meeting noun, no channel
		{"Ana Soto talked with her Bolivian counterpart, Luis Rey, on Monday.", []string{"COMMUNICATES_WITH(Ana Soto -> Luis Rey)"}, nil},
		{"Ana Soto said she had been talking to Luis Rey about the border.", []string{"COMMUNICATES_WITH(Ana Soto -> Luis Rey)"}, nil},
		{"Ana Soto talked to Reuters on Monday.", []string{"QUOTES(Reuters -> Ana Soto)"}, []string{"COMMUNICATES_WITH(Ana Soto -> Reuters)"}},
		{"Ana Soto is expected to travel to Lima for talks with Luis Rey.", nil, []string{"COMMUNICATES_WITH(Ana Soto -> Luis Rey)"}},
	})
}

// TestCarriedByOutlet: a speaker's words in comments or a speech that a
// named outlet carried or broadcast are quoted by it, as "according to"
// is; a report or an event the outlet carried quotes no one.
func TestCarriedByOutlet(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`"The border is closed," Interior Minister Ana Ruiz said in an interview published by the Andina news agency.`,
			[]string{"QUOTES(Andina -> Ana Ruiz)"}, nil},
		{"In an address to students aired by the public channel TVN, President Luis Vega said the schools would reopen.",
			[]string{"QUOTES(TVN -> Luis Vega)"}, nil},
		{"A report carried by the Andina news agency said Ana Ruiz had met Luis Vega.",
			nil, []string{"QUOTES(Andina -> Ana Ruiz)", "QUOTES(Andina -> Luis Vega)"}},
		{"Ana Ruiz said the fire was broadcast by TVN.",
			nil, []string{"QUOTES(TVN -> Ana Ruiz)"}},
	})
}

// TestStateOutlets checks that an outlet written as a state's ("state",
// "state-run", "official" before it, with a medium word) and with no state
// of its own is PART_OF the state the lexicon gives it or, failing that,
// the state of the capital heading its paragraph; a state written before
// it, or no capital, leaves it to other readings.
func TestStateOutlets(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Gulf digest\n\nQatar closed its border. In a statement carried by the state news agency QNA, the foreign ministry called the measures unjustified.\n",
			[]string{"PART_OF(Qatar News Agency -> Qatar)"}, nil},
		{"Regional digest\n\nThis digest is compiled from radio reports.\n\nNAIROBI: President Ana Soto said in a speech broadcast by state-run Voice of the Andes radio that Kenya would close the border.\n",
			[]string{"PART_OF(Voice of the Andes -> Kenya)"}, nil},
		// no capital heading the paragraph: no owner
		{"Regional digest\n\nPresident Ana Soto said in a speech broadcast by state-run Voice of the Andes radio that Kenya would close the border.\n",
			nil, []string{"PART_OF(Voice of the Andes -> Kenya)"}},
		// no state mark: an outlet of the capital's city is no body of its state
		{"Regional digest\n\nThis digest is compiled from radio reports.\n\nNAIROBI: President Ana Soto said in a speech broadcast by Voice of the Andes radio that Kenya would close the border.\n",
			nil, []string{"PART_OF(Voice of the Andes -> Kenya)"}},
		// another state written before the outlet: not the capital's
		{"Regional digest\n\nThis digest is compiled from radio reports.\n\nNAIROBI: President Ana Soto told the Chilean state radio Voz Austral that Kenya would close the border.\n",
			nil, []string{"PART_OF(Voz Austral -> Kenya)"}},
	})
}
