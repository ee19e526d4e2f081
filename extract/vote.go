package extract

// voteBack is how many sentences before a vote objectlessVotes looks for
// the agreement put to it: "The protocol was approved by 287 votes. The
// ruling party voted in favor."
const voteBack = 2

// objectlessVotes adds the stance of a vote cast with no object written
// after it: "Senators A and B voted in favor.", "the Green Party voted
// against, while ...", "said it will vote yes". Such a vote is on the
// agreement or programme before the chamber, the last one named before
// the verb in this sentence or the voteBack sentences before it: the
// voters (the verb's subject and its conjuncts) SUPPORTS it ("in favour",
// "for", "yes") or OPPOSES it ("against", "no"). A vote with an object
// ("voted against the treaty", "voted for it") is the cues' (cues.yaml);
// a negated one states nothing.
func (x *Extractor) objectlessVotes(d *doc, si int, ms []int) {
	if len(ms) == 0 {
		return
	}
	from, end := d.sents[si].From, d.sents[si].To
	for v := from + 1; v < end; v++ {
		if !d.in(v, d.words.voteWords) {
			continue
		}
		typ, after := voteDirection(d, v+1, end)
		if typ == "" || !voteEnds(d, after, end) || negated(d, from, v) || voteNoun(d, v) {
			continue
		}
		t := d.votedMeasure(ms, si, v)
		if t < 0 {
			continue
		}
		for _, s := range x.speakersAt(d, si, ms, v) {
			if d.mentions[s].Key != d.mentions[t].Key {
				x.addRel(d, si, typ, "", &d.mentions[s], &d.mentions[t], nil)
			}
		}
	}
}

// voteDirection reads the way a vote went from toks[i] (words.yaml
// vote_for, vote_against): SUPPORTS for "in favour" or "yes", OPPOSES for
// "against" or "no", and the token after those words; "" when none stands
// there.
func voteDirection(d *doc, i, end int) (string, int) {
	if j := d.phraseEnd(d.words.voteFor, i, end); j > i {
		return "SUPPORTS", j
	}
	if j := d.phraseEnd(d.words.voteAgainst, i, end); j > i {
		return "OPPOSES", j
	}
	return "", i
}

// voteEnds reports whether the vote's words end its phrase at toks[i]: the
// sentence ends, a punctuation mark or a word that opens another clause
// or an adjunct follows ("voted against, while", "voted in favour on
// Monday"), so that no object follows ("voted for the motion", "voted in
// favour of the bill", "voted no confidence").
func voteEnds(d *doc, i, end int) bool {
	if i >= end || d.toks[i].Kind == Punct {
		return true
	}
	switch d.lw(i) {
	case "and", "but", "while", "whereas", "after", "because", "on", "in", "at", "with":
		return true
	}
	return false
}

// votedMeasure returns the last Agreement or Program mention named before
// token v in sentence si or in the voteBack sentences before it: what a
// vote with no object is cast on; -1 if none.
func (d *doc) votedMeasure(ms []int, si, v int) int {
	fits := func(m *Mention) bool {
		return m.Key != "" && (m.Label == "Agreement" || m.Label == "Program")
	}
	for k := ms[len(ms)-1]; k >= 0; k-- {
		m := &d.mentions[k]
		if m.sent < si-voteBack {
			break
		}
		if (m.sent < si || m.To <= v) && fits(m) {
			return k
		}
	}
	return -1
}

// voteNoun reports whether the vote word at toks[v] is a noun: after an
// article, a possessive pronoun or a number ("the vote against", "their
// votes in favour", "11 votes in favour and two against").
func voteNoun(d *doc, v int) bool {
	w := d.lw(v - 1)
	return articles[w] || ownerPronoun(w) || w != "" && w[0] >= '0' && w[0] <= '9'
}
