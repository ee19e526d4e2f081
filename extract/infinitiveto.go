package extract

// infinitiveAfterCue reports whether toks[p], the "to" a verb cue with
// the preposition "to" found, stands right after the cue (past an adverb
// or an opening quote) and opens an infinitive: in "offered to send a
// mission to Lima", "offered to receive deportees from Chile", "aid to
// help Colombia" and "arms
// provided 'to fight ISIS'" nothing is given to anyone, only an act is
// offered or a purpose stated; "sold arms to Peru" and "provided to Peru"
// keep theirs. So for a verb cue narrowed to a label ("continued to
// press Peru on its missile programme" continues no programme), whose
// object an infinitive right after it cannot be. The parse tells the bare verb ("to send") from a noun ("to
// Peru", "to rebels"); it is read only for a "to" right after the cue.
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
	return x.lexicalVerbAt(d, si, v)
}
