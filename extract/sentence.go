package extract

import "strings"

// Sentence is a run of tokens that ends a thought: toks[From:To].
// Invariant: text[s.Start:s.End] is the sentence, verbatim.
type Sentence struct {
	From, To   int // token range
	Start, End int // byte range
}

// Span is the sentence's byte range.
func (s Sentence) Span() Span { return Span{s.Start, s.End} }

// splitSentences groups tokens into sentences. A sentence ends at ".", "!"
// or "?" (with any closing quotes or brackets after it) when the next token
// starts a new one, and at every empty line. A single line break ends a
// sentence when the line before it is a short heading-like line or ends
// with terminal punctuation, or the next line is an item of a list. Dotted abbreviations ("U.S.", "Gen.") are
// single tokens, so they never end a sentence.
func splitSentences(toks []Token) []Sentence { return splitSentencesKnowing(toks, nil) }

// splitSentencesKnowing is splitSentences where acronym reports the
// all-capitals words that name an organization ("NATO"): such a word
// opening a paragraph is the sentence's subject, not a dateline place.
func splitSentencesKnowing(toks []Token, acronym func(string) bool) []Sentence {
	var out []Sentence
	from := 0
	flush := func(to int) {
		if to > from {
			out = append(out, Sentence{From: from, To: to, Start: toks[from].Start, End: toks[to-1].End()})
		}
		from = to
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > from && (t.BlankBefore || t.NewlineBefore && lineBreakEnds(toks, from, i)) {
			flush(i)
		}
		if i == from {
			if k := datelineEnd(toks, i); k > i && !(k == i+1 && acronym != nil && acronym(toks[i].Text)) {
				flush(k) // "UNITED NATIONS North Korea faces...": the place is a line of its own
				i = k - 1
				continue
			}
		}
		if i-from >= maxSentence {
			flush(i) // text without full stops: keep the work per sentence bounded
		}
		if t.Kind != Punct || !isTerminal(t.Text) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind == Punct && isCloser(toks[j].Text) && toks[j].Start == toks[j-1].End() {
			j++
		}
		if j == len(toks) || startsSentence(toks[j]) {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return out
}

// datelineEnd returns the end of an all-capitals dateline place starting
// a paragraph at toks[i] ("MOSCOW", "UNITED NATIONS"), with an agency in
// brackets and a dash after it, or i when there is none.
func datelineEnd(toks []Token, i int) int {
	if i > 0 && !toks[i].NewlineBefore {
		return i
	}
	k := i
	for k < len(toks) && toks[k].Kind == Word && len(toks[k].Text) > 2 && strings.ToUpper(toks[k].Text) == toks[k].Text && !strings.Contains(toks[k].Text, ".") {
		k++
	}
	if k == i || k >= len(toks) || k-i > 4 {
		return i
	}
	if toks[k].Text == "," { // "WASHINGTON, March 3 (Reuters) -"
		return i
	}
	next := toks[k]
	if next.Kind == Word && next.Capitalized() && strings.ToUpper(next.Text) != next.Text {
		return k
	}
	return i
}

// maxSentence is the most tokens a sentence may have; longer runs are cut.
const maxSentence = 200

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

func isCloser(s string) bool {
	return s == "\"" || s == "”" || s == "'" || s == "’" || s == ")" || s == "]" || s == "»"
}

// startsSentence reports whether t may begin a sentence.
func startsSentence(t Token) bool {
	if t.NewlineBefore || t.Kind == Number {
		return true
	}
	if t.Kind == Punct {
		return strings.ContainsAny(t.Text, "\"“'‘([«")
	}
	return t.Capitalized()
}

// bulletMark reports whether t, opening a line, marks an item of a list.
func bulletMark(t Token) bool {
	switch t.Text {
	case "-", "–", "—", "•", "*", "·", "▪":
		return t.Kind == Punct
	}
	return false
}

// lineBreakEnds decides whether a single line break before toks[i] ends the
// sentence started at toks[from]: yes after terminal punctuation or a
// short line (a heading, a dateline).
func lineBreakEnds(toks []Token, from, i int) bool {
	if bulletMark(toks[i]) {
		return true // "- Truce to take effect ...": each item of a list is its own sentence
	}
	prev := toks[i-1]
	if prev.Kind == Punct && (isTerminal(prev.Text) || isCloser(prev.Text) || prev.Text == ":") {
		return true
	}
	lineStart := i - 1
	for lineStart > from && !toks[lineStart].NewlineBefore {
		lineStart--
	}
	return prev.End()-toks[lineStart].Start < 60
}
