package extract

// This file holds the relations that nouns state as verbs do, beyond the
// fixed phrases of the noun cues: a noun cue whose preposition comes after
// an adjunct ("cooperation in the last few years with the navies of ...").

// adjunctPrep returns where a two-word noun cue ("cooperation with",
// "talks with") ends when an adjunct phrase stands between its noun at
// toks[i] and its preposition: "increased cooperation in the last few
// years with China", "talks on Tuesday with Iran". The adjunct opens with
// another preposition, holds no actor, no punctuation and no clause break,
// and is short. ok is false when there is no such phrase.
func (d *doc) adjunctPrep(ms []int, c *compiledCue, i, end int) (int, bool) {
	const maxAdjunct = 7
	if c.verb || len(c.words) != 2 || i+2 >= end {
		return 0, false
	}
	prep, open := c.words[1], d.lw(i+1)
	if !d.words.objectPreps[prep] || !d.words.objectPreps[open] || open == prep || open == "of" || open == "by" {
		return 0, false
	}
	for j := i + 2; j < end && j <= i+1+maxAdjunct; j++ {
		if d.toks[j].Kind == Punct || d.words.clauseBreaks[d.lw(j)] {
			return 0, false
		}
		if k := d.mentionAt(ms, j); k >= 0 && isActor(d.mentions[k].Label) {
			return 0, false
		}
		if d.lw(j) == prep {
			return j + 1, true
		}
	}
	return 0, false
}

// modifierBefore reports whether the tokens from mention m to token k (the
// last before a relative "which") are a short modifier of m that ends in a
// mention unfit to be the argument: in "a naval coalition to patrol the
// Persian Gulf which was joined by Australia" the coalition was joined,
// not the gulf.
func (d *doc) modifierBefore(ms []int, m *Mention, k int) bool {
	const maxModifier = 6
	if k < m.To || k-m.To >= maxModifier {
		return false
	}
	for j := m.To; j <= k; j++ {
		if d.toks[j].Kind == Punct || d.words.clauseBreaks[d.lw(j)] {
			return false
		}
	}
	for _, q := range ms {
		if r := &d.mentions[q]; r.To-1 == k && r.Key != "" {
			return true
		}
	}
	return false
}
