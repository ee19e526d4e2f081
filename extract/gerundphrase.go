package extract

import "strings"

// gerundPhraseBefore returns the token range of a participle phrase in
// -ing set off by commas that ends just before token i (with up to three
// words, adverbs, between its closing comma and i): in "the ministry,
// quoting envoy Ana Soto, condemned Peru" and "the council, meeting under
// Prime Minister A, condemned" the subject of the verb is before the
// phrase, not the person inside it. As participleBefore does for a
// passive phrase with its agent (both read with setOffBefore). A word
// of words.yaml non_verb_ing ("including") opens no such phrase. An empty
// range when there is none.
func (d *doc) gerundPhraseBefore(si, i int) (int, int) {
	return d.setOffBefore(si, i, false, func(k int) bool {
		t := d.toks[k]
		return t.Kind == Word && !t.Capitalized() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ing") && !d.words.nonVerbIng[t.lower]
	})
}
