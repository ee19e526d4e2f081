package extract

// infinitiveAfterCue reports whether toks[p] is a "to" that opens an
// infinitive right after the cue cm: the cue's own last word ("aid
// to help Colombia") or the word after the cue, past adverbs and an
// opening quote ("offered to send", 'provided "to fight"'). Such a cue
// states no act on what follows the infinitive: "offered to send a
// mission to Lima" gives Lima nothing (an act is offered), "aid to help
// Colombia" states a purpose, and "continued to press Peru on its missile
// programme" continues no programme; "sold arms to Peru" and "provided to
// Peru" keep their recipient. The parse tells the verb after "to" ("to
// send") from a noun ("to Peru", "to rebels"); it is read only for such a
// "to", so rarely.
func (x *Extractor) infinitiveAfterCue(d *doc, si int, cm cueMatch, p int) bool {
	if d.lw(p) != "to" || p+1 >= d.sents[si].To {
		return false
	}
	j := cm.to
	for j < p && (d.adverbAt(j) || quoteOf(d.toks[j].Text).opens) {
		j++
	}
	if j != p && p != cm.to-1 { // a noun's own "to" ends its phrase: "aid to help Peru"
		return false
	}
	v := p + 1
	if v+1 < d.sents[si].To && quoteOf(d.toks[v].Text).opens {
		v++ // 'provided "to fight ISIS"'
	}
	if d.toks[v].Kind != Word || determiners[d.lw(v)] {
		return false // "to the rebels", "to 5,000 troops": no verb, known without the parse
	}
	return x.lexicalVerbAt(d, si, v)
}
