package extract

// Guests.
//
// A host's verb with a person as its object and the place after it says
// where the guest went: "Erdogan hosted Orban in Ankara", "Biden welcomed
// Ruto to Washington", "Xi received Lula in Beijing". The guest VISITS the
// place, unless the place lies in the guest's own state: "hosted Turkish
// Foreign Minister Hakan Fidan in Ankara" is no visit.

// hostedVisit adds the VISITS of the guests the hosting verbs of sentence
// si name.
func (x *Extractor) hostedVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	person := func(m *Mention) bool { return m.Label == "Person" }
	place := func(m *Mention) bool { return m.Label == "Location" || m.Label == "Country" }
	for v := from + 1; v < end; v++ {
		if !x.lex.sets.hostVerbs[d.lw(v)] || d.toks[v].Capitalized() || inMentionSpan(d, ms, v) || !stated(d, si, v) {
			continue
		}
		g := d.rightArg(ms, v+1, 6, person)
		if g < 0 || d.mentions[g].Kind != mName && d.mentions[g].Kind != mPronoun {
			continue
		}
		guest := &d.mentions[g]
		if !d.directObject(v+1, guest.From) {
			continue // "hosted a summit on Gaza with X in": X is no guest of the verb
		}
		j := guest.To
		if j < end && d.lw(j) == "," {
			continue // "welcomed X, who ...": no place of the visit
		}
		if j >= end || d.lw(j) != "in" && d.lw(j) != "to" && d.lw(j) != "at" {
			continue
		}
		if p := d.rightArg(ms, j+1, 2, place); p >= 0 && !d.atHome(guest, &d.mentions[p]) {
			x.addRel(d, si, "VISITS", "", guest, &d.mentions[p], nil)
		}
	}
}

// directObject reports whether a name starting at token j is the object
// of a verb ending at token i-1: only a determiner, "visiting" or a
// capitalised title stand between ("hosted visiting Hungarian Prime
// Minister Viktor Orban").
func (d *doc) directObject(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if t.Kind != Word || !t.Capitalized() && !determiners[t.lower] && t.lower != "visiting" {
			return false
		}
	}
	return true
}
