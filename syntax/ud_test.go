package syntax

import (
	"slices"
	"testing"
)

func TestSplitWord(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S.-led", []string{"U.S.", "-", "led"}},
		{"Turkish-Libyan", []string{"Turkish", "-", "Libyan"}},
		{"anti-American", []string{"anti-American"}},
		{"non-stop", []string{"non-stop"}},
		{"S-400", []string{"S", "-", "400"}},
		{"2007-08", []string{"2007-08"}},
		{"don't", []string{"do", "n't"}},
		{"can’t", []string{"ca", "n’t"}},
		{"won't", []string{"wo", "n't"}},
		{"they're", []string{"they", "'re"}},
		{"I'm", []string{"I", "'m"}},
		{"Russia", []string{"Russia"}},
		{"-", []string{"-"}},
		{"a--b", []string{"a--b"}},
		{"", []string{"_"}},
	}
	for _, tt := range tests {
		if got := splitWord(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParseCollapses checks that words split for the parser come back as
// one token with the input's offsets, and that heads point at input words.
func TestParseCollapses(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "The U.S.-led coalition didn't strike ."
	ws := words(text)
	toks := p.Parse(ws)
	if len(toks) != len(ws) {
		t.Fatalf("%d tokens for %d words", len(toks), len(ws))
	}
	for i, tok := range toks {
		if text[tok.Start:tok.End] != ws[i].Text {
			t.Errorf("token %d spans %q, want %q", i, text[tok.Start:tok.End], ws[i].Text)
		}
		if tok.Head < -1 || tok.Head >= len(toks) {
			t.Errorf("token %d head %d", i, tok.Head)
		}
	}
	if toks[1].Head != 2 {
		t.Errorf("U.S.-led attaches to %d, want 2 (coalition): %v", toks[1].Head, toks)
	}
	if toks[2].Deprel != "nsubj" || toks[3].UPOS != "AUX" {
		t.Errorf("coalition %s, didn't %s: %v", toks[2].Deprel, toks[3].UPOS, toks)
	}
}
