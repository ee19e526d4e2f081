package extract

// Backing named after "with".
//
// "Mali launched the offensive with the support of Russia", "With the
// backing of France, Chad expelled the envoy", "Peru, with the blessing of
// the United States, extradited him": the one after "of" backs the
// clause's subject, the other way round from "support of Ukraine" ("in
// support of", "voted in support of"). So do verbs of having: "Serbia has
// the support of Russia", "the plan won the backing of Germany". The
// leads that turn a support noun around are words.yaml backing_leads and
// backing_verbs; lacking_verbs ("sought the support of", "lost the backing
// of") state no backing at all.

// backedBy reports whether noun cue cm of a type that backs (SUPPORTS)
// follows a backing lead ("with the support of X") and then relates X,
// and the mentions coordinated to it, to the backed: the sources found
// for the cue (the clause's subject before it), or the subject after the
// comma when the phrase opens the sentence.
func (x *Extractor) backedBy(d *doc, si int, ms []int, cm cueMatch, sources []int, fits func(*Mention) bool) bool {
	c, from := cm.c, d.sents[si].From
	if c.verb || c.Reverse || c.Type != "SUPPORTS" || d.cueLastPrep(c) != "of" {
		return false
	}
	j := cm.from - 1
	for j > from && (determiners[d.lw(j)] || d.lw(j) == "full" || d.lw(j) == "tacit") {
		j-- // "with the full backing of", "with the tacit support of"
	}
	switch {
	case j < from:
		return false
	case d.words.lackingVerbs[d.lw(j)] || (d.words.backingVerbs[d.lw(j)] && negated(d, from, j)):
		return true // "sought the support of Brazil", "does not have the backing of": no backing
	case !d.words.backingLeads[d.lw(j)] && !d.words.backingVerbs[d.lw(j)]:
		return false
	}
	n := d.rightArg(ms, cm.to, 3, fits)
	if n >= 0 && d.objectSetting(cm.to, d.mentions[n].From) {
		n = -1 // "with the support of elements in Bolivia": backers we cannot name, set in Bolivia
	}
	if n < 0 {
		return true // "with the support of the army": no named backer, and no target either
	}
	backers := d.coordinated(ms, n, fits)
	backed := sources
	if j == from {
		comma := d.mentions[backers[len(backers)-1]].To
		backed = d.subjectAfter(ms, si, comma, fits) // "With the backing of France, Chad expelled"
	}
	for _, b := range backers {
		for _, t := range backed {
			x.addRel(d, si, c.Type, c.Fallback, &d.mentions[b], &d.mentions[t], cueProps(c))
		}
	}
	return true
}
