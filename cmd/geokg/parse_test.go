package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestParseText checks geokg parse on an article: one CoNLL-U block per
// sentence, every word's TokenRange pointing at its text in the input.
func TestParseText(t *testing.T) {
	text := "The U.S.-led coalition struck targets in Syria, officials said.\n\nRussia's foreign minister didn't comment."
	c := newCLI(nil, nil)
	c.stdin.WriteString(text)
	if code := c.run(t, "parse", "-"); code != 0 {
		t.Fatalf("exit %d: %s", code, c.errb.String())
	}
	out := c.stdout.String()
	if n := strings.Count(out, "# text = "); n != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", n, out)
	}
	words := 0
	for _, line := range strings.Split(out, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			continue
		}
		words++
		var start, end int
		if _, err := fmt.Sscanf(f[9], "TokenRange=%d:%d", &start, &end); err != nil {
			t.Fatalf("MISC %q: %v", f[9], err)
		}
		if text[start:end] != f[1] {
			t.Errorf("word %q has range %d:%d = %q", f[1], start, end, text[start:end])
		}
		if f[3] == "_" || f[6] == "_" || f[7] == "_" {
			t.Errorf("word %q has no analysis: %q", f[1], line)
		}
	}
	if words != 20 {
		t.Errorf("%d words, want 20:\n%s", words, out)
	}
}

// TestParseCoNLLU re-parses a treebank file's own words.
func TestParseCoNLLU(t *testing.T) {
	c := newCLI(nil, nil)
	if code := c.run(t, "parse", "--input", "conllu", "../../syntax/testdata/ewt-sample.conllu"); code != 0 {
		t.Fatalf("exit %d: %s", code, c.errb.String())
	}
	gold, err := os.ReadFile("../../syntax/testdata/ewt-sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Count(c.stdout.String(), "# sent_id = "), strings.Count(string(gold), "# sent_id = "); got != want {
		t.Errorf("%d sentences, want %d", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.conllu", "1\tHi\t_\tINTJ\n")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"parse", "--input", "conllu", bad}, 1, bad + ":1: 4 tab-separated fields, want 10"},
		{[]string{"parse", "--input", "xml", bad}, 2, `--input "xml": want text or conllu`},
		{[]string{"parse", dir + "/missing.txt"}, 1, "missing.txt"},
		{[]string{"parse"}, 2, "FILE"},
	}
	for _, tt := range tests {
		c := newCLI(nil, nil)
		code := c.run(t, tt.args...)
		if code != tt.code || !strings.Contains(c.errb.String(), tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, c.errb.String(), tt.code, tt.want)
		}
	}
}
