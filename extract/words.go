package extract

import "github.com/geokg/geokg/syntax"

// Sentences returns the sentences of text as the extractor reads them:
// its tokens (hyphenated country compounds already split) grouped by its
// sentence splitter, each token with its byte offsets in text. geokg parse
// feeds them to the parser.
func (x *Extractor) Sentences(text string) [][]syntax.Word {
	toks := x.splitCompounds(tokenize(text, x.lex.abbrev))
	var out [][]syntax.Word
	for _, s := range splitSentences(toks) {
		words := make([]syntax.Word, 0, s.To-s.From)
		for _, t := range toks[s.From:s.To] {
			words = append(words, syntax.Word{Text: t.Text, Start: t.Start, End: t.End()})
		}
		out = append(out, words)
	}
	return out
}
