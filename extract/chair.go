package extract

// Chairs of blocs.
//
// A state holds the rotating presidency of a bloc as one of its members:
// "Portugal, which holds the European Union's rotating presidency",
// "Sweden holds the EU presidency", "Poland took over the presidency of
// the EU" give MEMBER_OF. The nouns and verbs are words.yaml chair_nouns
// and chair_verbs; the bloc is an organization of kind international
// (not "the presidency of the party"), the holder the verb's subject.

// chairMembers adds the memberships that the chairs of sentence si state.
func (x *Extractor) chairMembers(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for i := from + 2; i < end; i++ {
		if !d.in(i, x.lex.sets.chairNouns) {
			continue
		}
		bloc, start := x.chairedBloc(d, ms, from, end, i)
		if bloc < 0 {
			continue
		}
		v := start - 1
		if w := d.lw(v); (w == "over" || w == "up") && v > from {
			v-- // "took over the presidency"
		}
		if v <= from || !d.in(v, x.lex.sets.chairVerbs) || negated(d, from, v) || hedged(d, from, v) {
			continue
		}
		if h := d.leftArg(ms, v, isCountry); h >= 0 {
			x.addRel(d, si, "MEMBER_OF", "", &d.mentions[h], &d.mentions[bloc], nil)
		}
	}
	for v := from + 1; v+1 < end; v++ {
		// "Chile, which chaired the OAS last year": the bloc is the verb's object
		if !d.in(v, x.lex.sets.chairingVerbs) || negated(d, from, v) || hedged(d, from, v) {
			continue
		}
		j := v + 1
		if d.lw(j) == "over" {
			j++
		}
		if d.lw(j) == "the" {
			j++
		}
		n := d.mentionAt(ms, j)
		if n < 0 || d.mentions[n].Label != "Organization" || d.mentions[n].Sort != "international" || d.mentions[n].Key == "" || d.mentions[n].Kind != mName {
			continue
		}
		if m := &d.mentions[n]; m.To < end && d.toks[m.To].Kind == Word && d.toks[m.To].Text == d.lw(m.To) && !chairTail[d.lw(m.To)] {
			continue // "chaired the EU summit": a meeting of the bloc
		}
		if h := d.leftArg(ms, v, isCountry); h >= 0 {
			x.addRel(d, si, "MEMBER_OF", "", &d.mentions[h], &d.mentions[n], nil)
		}
	}
}

// chairedBloc returns the bloc whose chair noun stands at toks[i] ("the
// EU presidency", "the European Union's rotating presidency", "the
// presidency of the EU") and the token where the chair's noun phrase
// starts; -1 if the chair is of no bloc.
func (x *Extractor) chairedBloc(d *doc, ms []int, from, end, i int) (int, int) {
	bloc := func(n int) bool {
		return n >= 0 && d.mentions[n].Label == "Organization" && d.mentions[n].Sort == "international" && d.mentions[n].Key != ""
	}
	modifiers := func(k int) int {
		for j := k; k-1 > from && d.toks[k-1].Kind == Word && d.toks[k-1].Text == d.lw(k-1) && !determiners[d.lw(k-1)] && j-k < 2; k-- {
		}
		return k // "rotating", "six-month"
	}
	start := modifiers(i)
	n := -1
	switch {
	case i+2 < end && d.lw(i+1) == "of":
		j := i + 2
		if d.lw(j) == "the" {
			j++
		}
		n = d.mentionAt(ms, j)
	case d.toks[start-1].Text == "'s":
		n = d.mentionEnding(ms, start-1, keyed)
	default:
		n = d.mentionEnding(ms, start, keyed)
	}
	if !bloc(n) {
		return -1, 0
	}
	if m := &d.mentions[n]; m.To <= start {
		if start = d.npStart(m); !determiners[d.lw(start)] {
			start = modifiers(start) // "the rotating EU presidency"
		}
	}
	if start-1 > from && determiners[d.lw(start-1)] {
		start--
	}
	return n, start
}

// chairTail holds the lower-case words that may follow the bloc a state
// chairs ("chaired ASEAN in 2023", "chairs the AU this year"); any other
// makes the bloc a modifier ("chaired the EU summit").
var chairTail = set{"in": true, "last": true, "this": true, "until": true, "since": true, "from": true, "and": true, "during": true, "for": true, "at": true}
