package syntax

import (
	"slices"
	"testing"
)

// tree builds tokens from "text/head/deprel" triples (heads 1-based, 0 root).
func tree(spec ...string) []Token {
	var out []Token
	for _, s := range spec {
		var t Token
		parts := splitN(s, '/', 3)
		t.Text, t.Deprel = parts[0], parts[2]
		h := 0
		for _, c := range parts[1] {
			h = h*10 + int(c-'0')
		}
		t.Head = h - 1
		out = append(out, t)
	}
	return out
}

func splitN(s string, sep byte, n int) []string {
	var out []string
	for len(out) < n-1 {
		k := -1
		for i := 0; i < len(s); i++ {
			if s[i] == sep {
				k = i
				break
			}
		}
		if k < 0 {
			break
		}
		out = append(out, s[:k])
		s = s[k+1:]
	}
	return append(out, s)
}

func TestTreeHelpers(t *testing.T) {
	// "Russia and Iran signed a deal on Monday because of the sanctions ."
	toks := tree(
		"Russia/4/nsubj", "and/3/cc", "Iran/1/conj", "signed/0/root", "a/6/det",
		"deal/4/obj", "on/8/case", "Monday/4/obl", "because/12/case", "of/9/fixed",
		"the/12/det", "sanctions/4/obl", "./4/punct",
	)
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"children of signed", Children(toks, 3), []int{0, 5, 7, 11, 12}},
		{"children of a leaf", Children(toks, 4), []int(nil)},
		{"case of Monday", Case(toks, 7), "on"},
		{"fixed case", Case(toks, 11), "because of"},
		{"no case", Case(toks, 5), ""},
		{"conjuncts of Russia", Conjuncts(toks, 0), []int{0, 2}},
		{"conjuncts of Iran", Conjuncts(toks, 2), []int{0, 2}},
		{"conjuncts of deal", Conjuncts(toks, 5), []int{5}},
		{"conjuncts out of range", Conjuncts(toks, 99), []int(nil)},
		{"signed dominates Iran", Dominates(toks, 3, 2), true},
		{"Russia dominates Iran", Dominates(toks, 0, 2), true},
		{"a word dominates itself", Dominates(toks, 5, 5), true},
		{"deal does not dominate Iran", Dominates(toks, 5, 2), false},
		{"out of range", Dominates(toks, 0, 99), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			switch w := tt.want.(type) {
			case []int:
				if g := tt.got.([]int); !slices.Equal(g, w) {
					t.Errorf("got %v, want %v", g, w)
				}
			default:
				if tt.got != tt.want {
					t.Errorf("got %v, want %v", tt.got, tt.want)
				}
			}
		})
	}
}

func TestConjunctsCycle(t *testing.T) {
	// a broken tree (never produced by Parse) must not loop
	toks := []Token{{Head: 1, Deprel: "conj"}, {Head: 0, Deprel: "conj"}}
	if got := Conjuncts(toks, 0); len(got) == 0 || len(got) > 2 {
		t.Errorf("got %v", got)
	}
	if Dominates(toks, 5, 0) {
		t.Errorf("Dominates found a word outside a cycle")
	}
}
