package extract

// Recipients of aid.
//
// A state or body called the recipient of another's aid was supplied by
// it (GUIDE: SUPPLIES, "provides aid"): "Chile, the largest recipient of
// Brazilian military aid," and "Chile is the main beneficiary of aid from
// Brazil" give SUPPLIES Brazil -> Chile. The recipient is the name the
// phrase stands in apposition to (also as a second description joined by
// "and": "Chile, a close friend of Peru and the recipient of ...") or the
// subject of a copula before it; the supplier a state or body that
// modifies the aid noun ("U.S. aid", "Brazil's weapons") or follows it
// after "from". A recipient of no one's aid ("the recipient of foreign
// aid") states nothing.

// recipients adds the SUPPLIES that recipient phrases of sentence si
// state.
func (x *Extractor) recipients(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From; i+1 < s.To; i++ {
		if !d.in(i, d.words.recipientNouns) || d.lw(i+1) != "of" {
			continue
		}
		aid := -1
		for j := i + 2; j < s.To && j <= i+10; j++ {
			if w := d.lw(j); w == "," || w == ";" || d.words.clauseBreaks.has(w) && w != "and" {
				break
			}
			if d.in(j, d.words.aidNouns) {
				aid = j
				break
			}
		}
		if aid < 0 {
			continue
		}
		sup := -1
		for _, k := range ms {
			if m := &d.mentions[k]; m.From > i+1 && m.To <= aid && keyedActor(m) {
				sup = k // "of $300 million in Chilean loans": the last actor before the noun
			}
		}
		if sup < 0 && aid+2 < s.To && d.lw(aid+1) == "from" {
			if k := d.mentionAt(ms, aid+2); k >= 0 && keyedActor(&d.mentions[k]) {
				sup = k // "the recipient of aid from Brazil"
			}
		}
		rec := d.recipientOf(ms, si, i)
		if sup < 0 || rec < 0 || negated(d, s.From, i) {
			continue
		}
		x.addRel(d, si, "SUPPLIES", "", &d.mentions[sup], &d.mentions[rec], map[string]string{"item": d.lw(aid)})
	}
}

// recipientOf returns the actor that the recipient noun at toks[i] is said
// of: the name before the comma that opens its apposition ("Chile, the
// largest recipient of", "Chile, Peru's partner and the recipient of") or
// the subject of a copula before it ("Chile is the main recipient of");
// -1 if none.
func (d *doc) recipientOf(ms []int, si, i int) int {
	from := d.sents[si].From
	j := i - 1
	for j > from && i-j <= 3 && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && !determiners[d.lw(j)] && !d.in(j, d.words.copulas) {
		j-- // "largest", "main", "single biggest"
	}
	if j <= from || !determiners[d.lw(j)] {
		return -1
	}
	j--
	if d.in(j, d.words.copulas) {
		if k := d.copulaSubject(ms, si, j); k >= 0 && keyedActor(&d.mentions[k]) && d.mentions[k].Kind == mName {
			return k
		}
		return -1
	}
	if d.lw(j) == "and" {
		// a second description: back to the comma that opens the first
		for j--; j > from && d.toks[j].Text != "," && i-j <= 12; j-- {
			if t := d.toks[j]; t.Kind == Punct && t.Text != "'s" && t.Text != "'" || t.in(d.words.relativePronouns) {
				return -1
			}
		}
	}
	if j <= from || d.toks[j].Text != "," {
		return -1
	}
	if k := d.mentionEnding(ms, j, keyed); k >= 0 && keyedActor(&d.mentions[k]) && d.mentions[k].Kind == mName && d.mentions[k].Arg {
		return k
	}
	return -1
}
