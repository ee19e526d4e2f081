package syntax

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzReadCoNLLU(f *testing.F) {
	f.Add([]byte("1\tHi\t_\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"))
	f.Add([]byte("# text = x\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\tAUX\tVBP\t_\t2\taux\t_\t_\n2\tn't\t_\tPART\tRB\t_\t0\troot\t_\t_\n"))
	f.Add([]byte("1\tHi\t_\tINTJ\tUH\t_\t99999999999\troot\t_\t_\n"))
	f.Add([]byte("\x00\xff\t\t\t\n\n\n"))
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := ReadCoNLLU(bytes.NewReader(data), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		for _, s := range sents {
			for _, tok := range s.Tokens {
				if tok.Head < -1 || tok.Head >= len(s.Tokens) {
					t.Fatalf("head %d out of range", tok.Head)
				}
			}
			words := make([]string, len(s.Tokens))
			for i, tok := range s.Tokens {
				words[i] = tok.Text
			}
			checkTree(t, p.ParseUD(words), len(words))
			var buf bytes.Buffer
			if err := WriteCoNLLU(&buf, s); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add("Russia supplies drones to Iran .", 1)
	f.Add("", 1)
	f.Add("U.S.-led - -- 's n't '' don't", 3)
	f.Add("\x00\xff\xfe binary", 1)
	f.Add("word", 10000)
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, repeat int) {
		repeat = max(1, min(repeat, 12000))
		var ws []Word
		at := 0
		for range repeat {
			for _, w := range strings.Fields(text) {
				ws = append(ws, Word{Text: w, Start: at, End: at + len(w)})
				at += len(w) + 1
			}
			if len(ws) > 12000 {
				break
			}
		}
		toks := p.Parse(ws)
		if len(toks) != len(ws) {
			t.Fatalf("%d tokens for %d words", len(toks), len(ws))
		}
		for i := range toks {
			if toks[i].Start != ws[i].Start || toks[i].End != ws[i].End {
				t.Fatalf("token %d offsets %d:%d, word %d:%d", i, toks[i].Start, toks[i].End, ws[i].Start, ws[i].End)
			}
			if !utf8.ValidString(toks[i].UPOS) || toks[i].Deprel == "" {
				t.Fatalf("token %d: %+v", i, toks[i])
			}
		}
		checkTree(t, toks, len(ws))
	})
}

// checkTree fails unless toks is a tree over n words: one root, heads in
// range, no cycles.
func checkTree(t *testing.T, toks []Token, n int) {
	t.Helper()
	if len(toks) != n {
		t.Fatalf("%d tokens for %d words", len(toks), n)
	}
	roots := 0
	for i, tok := range toks {
		if tok.Head == -1 {
			roots++
			continue
		}
		if tok.Head < 0 || tok.Head >= n || tok.Head == i {
			t.Fatalf("token %d has head %d", i, tok.Head)
		}
		// walk up: must reach the root within n steps
		k, steps := i, 0
		for k >= 0 && steps <= n {
			k = toks[k].Head
			steps++
		}
		if k != -1 {
			t.Fatalf("token %d is on a cycle", i)
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
}
