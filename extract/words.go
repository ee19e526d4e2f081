package extract

import "github.com/geokg/geokg/syntax"

// tokens runs the first two stages over text[from:to]: its tokens
// (hyphenated country compounds split), offsets those of text, and its
// sentences.
func (x *Extractor) tokens(text string, from, to int) ([]Token, []Sentence) {
	toks := x.splitCompounds(tokenize(text[from:to], x.lex.abbrev))
	for i := range toks {
		toks[i].Start += from
	}
	return toks, splitSentencesKnowing(toks, x.lex.isAcronymName)
}

// Sentences returns the sentences of text as the extractor reads them,
// each token with its byte offsets in text. geokg parse feeds them to the
// parser.
func (x *Extractor) Sentences(text string) [][]syntax.Word {
	toks, sents := x.tokens(text, 0, len(text))
	out := make([][]syntax.Word, len(sents))
	for i, s := range sents {
		out[i] = sentenceWords(toks[s.From:s.To])
	}
	return out
}

// sentenceWords is the parser's input for a sentence's tokens.
func sentenceWords(toks []Token) []syntax.Word {
	words := make([]syntax.Word, len(toks))
	for i, t := range toks {
		words[i] = syntax.Word{Text: t.Text, Start: t.Start, End: t.End()}
	}
	return words
}

// adverbialSince reports whether toks[i] is "since" as an adverb, between
// a form of "have" and a lower-case word ("has since criticized"), not a
// subordinator opening a clause of its own.
func adverbialSince(toks []Token, i int) bool {
	return toks[i].lower == "since" && i > 0 && i+1 < len(toks) && haveForms[toks[i-1].lower] && toks[i+1].Kind == Word && !toks[i+1].Capitalized()
}

// haveForms are the forms of "have" before an adverbial "since".
var haveForms = map[string]bool{"has": true, "have": true, "had": true, "'ve": true, "having": true}
