package extract

// relativeConjoined returns the subject that the verb cue at token i
// shares with the verb of a relative clause it is conjoined to, when the
// parse conjoins nothing: in "Turkey, which has backed Hamas and supplied
// Azerbaijan with drones, denied it" Turkey supplied, not Hamas, the
// mention nearest before "supplied". The cue follows "and" (after its
// auxiliaries and adverbs) right after the single source the words
// before it gave, and that source is the object of a clause opened by
// ", which" or ", who" with no comma between; the subject is then what
// the relative pronoun refers to (leftArg), with the mentions
// coordinated with it. nil otherwise.
func (d *doc) relativeConjoined(ms []int, si, i int, sources []int, fits func(*Mention) bool) []int {
	if len(sources) != 1 {
		return nil
	}
	from := d.sents[si].From
	n := &d.mentions[sources[0]]
	j := d.verbGroupStart(from+1, i, 3, func(k int) bool { return d.auxiliary(d.lw(k)) || d.adverbAt(k) })
	if j-1 != n.To || d.lw(j-1) != "and" {
		return nil // "Hamas and Iran supplied": a subject of its own
	}
	for k := n.From - 1; k > from; k-- {
		if d.toks[k].Text != "," {
			continue
		}
		if w := d.lw(k + 1); (w != "which" && w != "who") || k+2 >= n.From {
			return nil
		}
		a := d.leftArg(ms, n.From, fits)
		if a < 0 || a == sources[0] || d.mentions[a].To > k {
			return nil
		}
		return d.coordinatedBefore(ms, a, fits)
	}
	return nil
}
