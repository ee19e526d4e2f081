package syntax

import (
	"bytes"
	"fmt"
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

// TestParseConcurrent parses the sample from several goroutines at once and
// checks every parse equals the sequential one (run with -race).
func TestParseConcurrent(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := sample(t)[:60]
	want := make([][]Token, len(sents))
	input := make([][]Word, len(sents))
	for i, s := range sents {
		for _, tok := range s.Tokens {
			input[i] = append(input[i], Word{Text: tok.Text})
		}
		want[i] = p.Parse(input[i])
	}
	errs := make(chan string, 4)
	for range 4 {
		go func() {
			for i := range input {
				got := p.Parse(input[i])
				for k := range got {
					if got[k] != want[i][k] {
						errs <- fmt.Sprintf("sentence %d word %d: %+v, want %+v", i, k, got[k], want[i][k])
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for range 4 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// TestCapitals checks capitals against its definition with strings.ToUpper
// and strings.ToLower, on words of every kind: cased and uncased letters,
// title case, digits, invalid UTF-8 and the replacement character.
func TestCapitals(t *testing.T) {
	words := []string{"", "NATO", "Nato", "nato", "U.S.", "1990S", "1990s", "123", "-", "ÉTATS", "États", "ΑΘΗΝΑ", "Αθήνα",
		"ǅ", "Ǆ", "ǆ", "ß", "STRASSE", "İSTANBUL", "\xff", "AB\xff", "\uFFFD", "AB\uFFFD", "中国", "中国X", "ＡＢ", "ａｂ"}
	for _, w := range words {
		want := strings.ToUpper(w) == w && strings.ToLower(w) != w
		if got := capitals(w); got != want {
			t.Errorf("capitals(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzCapitals compares capitals with its definition on any string.
func FuzzCapitals(f *testing.F) {
	for _, w := range []string{"NATO", "Nato", "ǅ", "AB\xff", "İ"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := capitals(w), strings.ToUpper(w) == w && strings.ToLower(w) != w; got != want {
			t.Errorf("capitals(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestToLower checks toLower against bytes.ToLower.
func TestToLower(t *testing.T) {
	for _, w := range []string{"", "NATO", "McCain", "U.S.-led", "1990S", "ÉTATS", "İSTANBUL", "AB\xff", "ǅ"} {
		if got, want := string(toLower([]byte("x"), w)), "x"+string(bytes.ToLower([]byte(w))); got != want {
			t.Errorf("toLower(%q) = %q, want %q", w, got, want)
		}
	}
}
