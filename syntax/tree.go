package syntax

import "strings"

// Children returns the indices of the dependents of toks[i], in order.
func Children(toks []Token, i int) []int {
	var out []int
	for k, t := range toks {
		if t.Head == i && k != i {
			out = append(out, k)
		}
	}
	return out
}

// Case returns the lower-cased case or marker word attached to toks[i]
// ("of", "on", "by" for nominals, "to" or "that" for clauses), or "" when
// there is none. A multi-word marker ("because of") is joined with a space.
func Case(toks []Token, i int) string {
	var parts []string
	for _, k := range Children(toks, i) {
		switch toks[k].Deprel {
		case "case", "mark":
			w := strings.ToLower(toks[k].Text)
			for _, f := range Children(toks, k) {
				if toks[f].Deprel == "fixed" {
					w += " " + strings.ToLower(toks[f].Text)
				}
			}
			parts = append(parts, w)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	// the marker nearest the word is the one that governs it
	return parts[len(parts)-1]
}

// Conjuncts returns i and the words coordinated with it ("Russia and
// Iran": both), in sentence order. It follows conj arcs down from the
// first conjunct, whichever of the conjuncts i is.
func Conjuncts(toks []Token, i int) []int {
	if i < 0 || i >= len(toks) {
		return nil
	}
	first := i
	for seen := 0; toks[first].Deprel == "conj" && toks[first].Head >= 0 && seen < len(toks); seen++ {
		first = toks[first].Head
	}
	out := []int{first}
	seen := make([]bool, len(toks))
	seen[first] = true
	for k := 0; k < len(out); k++ {
		for _, c := range Children(toks, out[k]) {
			if toks[c].Deprel == "conj" && !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	// sentence order
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b] < out[b-1]; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// Dominates reports whether toks[anc] is toks[i] or one of its heads, up
// the tree: whether i lies in the phrase anc heads ("Chile" in "leaders of
// Chile and Peru", headed by "leaders").
func Dominates(toks []Token, anc, i int) bool {
	for hops := 0; i >= 0 && i < len(toks) && hops <= len(toks); hops++ {
		if i == anc {
			return true
		}
		i = toks[i].Head
	}
	return false
}
