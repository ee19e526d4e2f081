package syntax

import "strings"

// UD English splits words that geokg's tokenizer keeps whole: contractions
// ("don't" -> "do" "n't", "they're" -> "they" "'re") and most hyphenated
// compounds ("U.S.-led" -> "U.S." "-" "led"), but not words with a bound
// prefix ("anti-American", "non-stop"). splitWords maps the input words to
// UD words; group[k] is the input word that UD word k came from.
// The UD words and groups are appended to sub and group.
func splitWords(words []Word, sub []string, group []int) ([]string, []int) {
	for i, w := range words {
		n := len(sub)
		sub = appendUD(sub, w.Text)
		for range len(sub) - n {
			group = append(group, i)
		}
	}
	return sub, group
}

// splitWord returns the UD words of one input word.
func splitWord(w string) []string { return appendUD(nil, w) }

// appendUD appends the UD words of one input word to out.
func appendUD(out []string, w string) []string {
	if w == "" {
		return append(out, "_")
	}
	if k := clitic(w); k > 0 {
		return append(out, w[:k], w[k:])
	}
	if strings.IndexByte(w, '-') <= 0 || strings.HasSuffix(w, "-") || strings.Contains(w, "--") || len(w) > 64 {
		return append(out, w)
	}
	first, _, _ := strings.Cut(w, "-")
	if len(first) <= 7 && boundPrefix[strings.ToLower(first)] || !hasLetter(first) {
		return append(out, w)
	}
	for k, part := range strings.Split(w, "-") {
		if k > 0 {
			out = append(out, "-")
		}
		out = append(out, part)
	}
	return out
}

// boundPrefix lists prefixes that EWT keeps attached to their word.
var boundPrefix = map[string]bool{
	"anti": true, "pro": true, "non": true, "post": true, "pre": true, "co": true,
	"re": true, "ex": true, "multi": true, "self": true, "semi": true, "mid": true,
	"inter": true, "counter": true, "sub": true, "super": true, "ultra": true,
	"neo": true, "pan": true, "bi": true, "tri": true, "over": true, "under": true,
	"e": true, "x": true, "t": true, "u": true,
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f {
			return true
		}
	}
	return false
}

// clitic returns where UD splits an English contraction off w ("do|n't",
// "they|'re", "I|'m"), or 0.
func clitic(w string) int {
	n := len(w)
	// n't, with a straight or curly apostrophe
	for _, apos := range []string{"'", "’"} {
		k := n - len(apos) - 1 // index of the apostrophe
		if k >= 2 && strings.HasSuffix(w, apos+"t") || k >= 2 && strings.HasSuffix(w, apos+"T") {
			if c := w[k-1]; c == 'n' || c == 'N' {
				return k - 1
			}
		}
		for _, c := range []string{"ll", "re", "ve", "m", "d", "s"} {
			k := n - len(c) - len(apos)
			if k > 0 && strings.HasPrefix(w[k:], apos) && strings.EqualFold(w[k+len(apos):], c) {
				return k
			}
		}
	}
	return 0
}

// collapse maps the analysis of UD words back onto the input words: each
// input word takes the analysis of its UD word nearest the root (whose head
// is then outside the word), and heads are renumbered to input words.
// Taking the highest word keeps the collapsed heads a tree: following heads
// from word to word, the depth of the chosen UD words strictly decreases.
// Its working memory is w's.
func collapse(words []Word, toks []Token, group []int, w *work) []Token {
	depth := depths(toks, w)
	w.rep = grow(w.rep, len(words))
	rep := w.rep
	for i := range rep {
		rep[i] = -1
	}
	for k := range toks {
		g := group[k]
		if rep[g] < 0 || depth[k] < depth[rep[g]] {
			rep[g] = k
		}
	}
	out := make([]Token, len(words))
	for i, w := range words {
		t := toks[rep[i]]
		head := -1
		if t.Head >= 0 {
			head = group[t.Head]
		}
		out[i] = Token{Text: w.Text, Start: w.Start, End: w.End, UPOS: t.UPOS, XPOS: t.XPOS, Head: head, Deprel: t.Deprel}
	}
	return out
}

// depths returns the distance of every token from the root (a tree), in
// w's memory.
func depths(toks []Token, w *work) []int {
	w.depth = grow(w.depth, len(toks))
	d := w.depth
	for i := range d {
		d[i] = -1
	}
	path := w.path
	defer func() { w.path = path }()
	for i := range toks {
		k := i
		path = path[:0]
		for k >= 0 && d[k] < 0 && len(path) <= len(toks) {
			path = append(path, k)
			k = toks[k].Head
		}
		base := -1 // depth above the path's top
		if k >= 0 && d[k] >= 0 {
			base = d[k]
		}
		for j := len(path) - 1; j >= 0; j-- {
			base++
			d[path[j]] = base
		}
	}
	return d
}
