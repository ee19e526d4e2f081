package extract

import "slices"

// Relative clauses opened by "with which" or "with whom".
//
// A cue phrase that ends in "with" ("sign a pact with", "hold talks
// with", "treaty with") has its other side fronted when the clause is a
// relative one opened by that preposition: "the United States, with which
// Peru has a 1951 defence treaty," is Peru's treaty with the United
// States; "Vega, with whom Soto held talks in May," is a meeting of Soto
// and Vega. The clause's subject is the source, the antecedent before the
// comma the target.

// withRelative adds the relations that a relative clause opened by "with
// which" or "with whom" in sentence si states: the clause's coordinated
// subject, named right after the pronoun, relates to the actor the
// clause follows by the first cue of a symmetric type in the clause
// whose phrase ends in "with" (the phrase read without it). An agreement
// named in a cooperation clause is both sides' (the signatory
// convention: SUPPORTS). A negated or hedged clause states nothing:
// "with which Peru has never signed a treaty", "with whom Soto may meet".
func (x *Extractor) withRelative(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for r := from + 2; r+1 < end; r++ {
		if w := d.lw(r); w != "which" && w != "whom" || d.lw(r-1) != "with" {
			continue
		}
		j := r - 1
		if d.toks[j-1].Text == "," {
			j--
		}
		a := d.mentionEnding(ms, j, namedActor)
		s := d.rightArg(ms, r+1, 2, namedActor)
		if a < 0 || s < 0 {
			continue
		}
		subject := d.coordinated(ms, s, namedActor)
		stop := d.mentions[subject[len(subject)-1]].To
		for stop < end && d.toks[stop].Text != "," && d.toks[stop].Text != ";" {
			stop++
		}
		x.withClause(d, si, ms, a, subject, stop)
	}
}

// withClause finds the cue of withRelative's clause, from the end of its
// subject to stop, and adds its relations from each subject to the
// antecedent a.
func (x *Extractor) withClause(d *doc, si int, ms []int, a int, subject []int, stop int) {
	from := d.sents[si].From
	for k := d.mentions[subject[len(subject)-1]].To; k < stop; k++ {
		for _, c := range x.cuesOf(d, k) {
			rt := x.lex.relTypes[c.Type]
			if c.Plural || c.Reverse || !rt.Symmetric || len(c.words) < 2 || c.words[len(c.words)-1] != "with" {
				continue
			}
			to, ok := matchRest(d, c.words[1:len(c.words)-1], k+1, stop, 3)
			if !ok || to > stop || negated(d, from, k) || hedged(d, from, k) {
				continue
			}
			fits := x.targetFits(c, rt, nil)
			if !fits(&d.mentions[a]) {
				continue
			}
			for _, s := range subject {
				x.addRel(d, si, c.Type, c.Fallback, &d.mentions[s], &d.mentions[a], cueProps(c))
			}
			if c.Type != "COOPERATES_WITH" {
				return
			}
			for _, g := range ms {
				if m := &d.mentions[g]; m.Label == "Agreement" && m.Key != "" && m.From >= d.mentions[subject[len(subject)-1]].To && m.To <= stop {
					for _, s := range append(slices.Clone(subject), a) {
						x.addRel(d, si, "SUPPORTS", "", &d.mentions[s], m, nil)
					}
				}
			}
			return
		}
	}
}
