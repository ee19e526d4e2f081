package syntax

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"fields", "1\tHi\t_\tINTJ\tUH\n", "x.conllu:1: 5 tab-separated fields, want 10"},
		{"id", "2\tHi\t_\tINTJ\tUH\t_\t0\troot\t_\t_\n", `x.conllu:1: word ID "2", want 1`},
		{"head", "1\tHi\t_\tINTJ\tUH\t_\tx\troot\t_\t_\n", `x.conllu:1: bad HEAD "x"`},
		{"beyond", "1\tHi\t_\tINTJ\tUH\t_\t3\troot\t_\t_\n", "x.conllu:1: word 1 has head 3 beyond the sentence's 1 words"},
		{"form", "1\t\t_\tINTJ\tUH\t_\t0\troot\t_\t_\n", "x.conllu:1: empty FORM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tt.in), "x.conllu")
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestReadCoNLLUSkipsRangesAndEmptyNodes(t *testing.T) {
	in := "# sent_id = a-1\n# text = I don't.\n" +
		"1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
		"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n" +
		"2.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n" +
		"3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n\n"
	got, err := ReadCoNLLU(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "a-1" || got[0].Text != "I don't." || len(got[0].Tokens) != 3 {
		t.Fatalf("got %+v", got)
	}
	if tok := got[0].Tokens[2]; tok.Text != "n't" || tok.Head != -1 || tok.Deprel != "root" {
		t.Errorf("third word %+v", tok)
	}
}

// TestCoNLLURoundTrip writes the vendored sample and reads it back.
func TestCoNLLURoundTrip(t *testing.T) {
	sents := sample(t)
	var buf bytes.Buffer
	for _, s := range sents {
		if err := WriteCoNLLU(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	again, err := ReadCoNLLU(&buf, "written")
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(sents) {
		t.Fatalf("%d sentences back, want %d", len(again), len(sents))
	}
	for i := range sents {
		a, b := sents[i], again[i]
		if a.ID != b.ID || len(a.Tokens) != len(b.Tokens) {
			t.Fatalf("sentence %d: %s/%d words back, want %s/%d", i, b.ID, len(b.Tokens), a.ID, len(a.Tokens))
		}
		for k := range a.Tokens {
			if a.Tokens[k] != b.Tokens[k] {
				t.Errorf("sentence %s word %d: %+v, want %+v", a.ID, k+1, b.Tokens[k], a.Tokens[k])
			}
		}
	}
}

// sample reads the vendored EWT sentences.
func sample(t testing.TB) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/ewt-sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f, "testdata/ewt-sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}
