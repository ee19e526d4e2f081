package syntax

import (
	"strings"
	"testing"
)

// words cuts a sentence at spaces, with byte offsets.
func words(s string) []Word {
	var out []Word
	start := 0
	for _, f := range strings.Split(s, " ") {
		out = append(out, Word{Text: f, Start: start, End: start + len(f)})
		start += len(f) + 1
	}
	return out
}

func TestParseShape(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []string{
		"Russia supplies drones to Iran .",
		"The U.S.-led coalition did n't strike .",
		"Moscow 's opposition to the plan was clear .",
		"They don't know .",
	}
	for _, s := range tests {
		ws := words(s)
		toks := p.Parse(ws)
		if len(toks) != len(ws) {
			t.Fatalf("%q: %d tokens for %d words", s, len(toks), len(ws))
		}
		roots := 0
		for i, tok := range toks {
			if tok.Start != ws[i].Start || tok.End != ws[i].End || tok.Text != ws[i].Text {
				t.Errorf("%q: token %d is %+v, word %+v", s, i, tok, ws[i])
			}
			if tok.Head == -1 {
				roots++
			} else if tok.Head < 0 || tok.Head >= len(toks) || tok.Head == i {
				t.Errorf("%q: token %d has head %d", s, i, tok.Head)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", s, roots)
		}
		t.Logf("%q: %v", s, toks)
	}
	if got := p.Parse(nil); len(got) != 0 {
		t.Errorf("Parse(nil) = %v", got)
	}
}
