package extract

import "slices"

// Fronted travel adjuncts.
//
// A sentence that opens with where its subject is on a trip states the
// visit: "While in Tokyo, Blinken met Kishida", "During his trip to Kyiv,
// the secretary pledged more aid", "On a visit to Riyadh, Macron said ...".
// The adjunct (before the first comma) is "while"/"when" and "in" a
// place, or "during"/"on" and a visit noun (visit_nouns in words.yaml) with
// "to" a place; the visitor is the person who opens the main clause.

// frontedVisit adds the VISITS a fronted travel adjunct of sentence si
// states.
func (x *Extractor) frontedVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	comma := d.commaWithin(from+2, end, 12)
	if comma < 0 {
		return
	}
	place := d.visitedPlace(ms, from, comma)
	if place < 0 {
		return
	}
	person := func(m *Mention) bool { return m.Label == "Person" && m.Key != "" }
	p := d.rightArg(ms, comma+1, 5, person)
	if p < 0 || slices.ContainsFunc(ms, func(k int) bool {
		m := &d.mentions[k]
		return m.From > comma && m.To <= d.mentions[p].From && m.Arg && m.Key != "" && m.Kind == mName
	}) {
		return // "While in Tokyo, the Japanese leader Kishida ...": the first name is the visitor, or no one
	}
	if d.atHome(&d.mentions[p], &d.mentions[place]) {
		return // "While in Tokyo, Japanese Prime Minister Kishida ...": no visit
	}
	x.addRel(d, si, "VISITS", "", &d.mentions[p], &d.mentions[place], nil)
}

// atHome reports whether place lies in person p's state or is the body
// p holds office in (personHome).
func (d *doc) atHome(p, place *Mention) bool {
	aff, state := d.personHome(p)
	if state != "" && (place.Country == state || place.Key == "country:"+state) {
		return true
	}
	return aff != nil && place.Key == aff.Key
}

// visitedPlace returns the place a fronted adjunct toks[from:comma] says
// its subject is visiting, or -1: "while in X", "during his trip to X".
func (d *doc) visitedPlace(ms []int, from, comma int) int {
	place := func(j int) int {
		n := d.mentionAt(ms, j)
		if n < 0 && d.lw(j) == "the" {
			n = d.mentionAt(ms, j+1)
		}
		if n < 0 {
			return -1
		}
		if m := &d.mentions[n]; m.Key == "" || m.To > comma || m.Label != "Location" && m.Label != "Country" {
			return -1
		}
		for j := d.mentions[n].To; j < comma; j++ {
			if d.lw(j) == "by" || d.lw(j) == "of" || d.mentionAt(ms, j) >= 0 && d.mentions[d.mentionAt(ms, j)].Label == "Person" {
				return -1 // "during the trip to Kyiv by Blinken, Kishida ...": someone else's trip
			}
		}
		return n
	}
	switch d.lw(from) {
	case "while", "when":
		if d.lw(from+1) == "in" {
			return place(from + 2)
		}
	case "during", "on":
		for j := from + 1; j+1 < comma && j <= from+5; j++ {
			if d.in(j, d.words.visitNouns) && d.lw(j+1) == "to" {
				return place(j + 2)
			}
		}
	}
	return -1
}

// trailingVisit adds the VISITS that a travel adjunct after the verb
// states of the person opening sentence si: "Raisi returned to Tehran
// after a visit to Beijing", "Scholz said during his trip to Kyiv that
// ...". The adjunct is "after" or "during", at most four words (an
// article or possessive, modifiers: "a two-day"), a visit noun
// (words.yaml visit_nouns) and "to" a place. No other person, relative
// pronoun or clause break stands between the person and the adjunct
// ("Raisi met Xi, who came after a visit to Moscow" states nothing of
// Raisi), nor does "after a visit to Hanoi by Macron"; "before a visit"
// is a plan and states nothing.
func (x *Extractor) trailingVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	person := func(m *Mention) bool { return m.Label == "Person" && m.Key != "" }
	p := d.rightArg(ms, from, 5, person)
	if p < 0 || slices.ContainsFunc(ms, func(k int) bool {
		m := &d.mentions[k]
		return m.To <= d.mentions[p].From && m.Arg && m.Key != "" && m.Kind == mName
	}) {
		return
	}
	for i := d.mentions[p].To; i+3 < end; i++ {
		if w := d.lw(i); d.words.relativePronouns.has(w) || w == ";" || (w == "," && d.in(i+1, d.words.clauseBreaks)) {
			return
		}
		if n := d.mentionAt(ms, i); n >= 0 && n != p && d.mentions[n].Label == "Person" {
			return
		}
		if d.lw(i) != "after" && d.lw(i) != "during" {
			continue
		}
		for j := i + 1; j+2 < end && j <= i+5; j++ {
			if d.in(j, d.words.visitNouns) && d.lw(j+1) == "to" {
				if n := d.placeAfter(ms, j+2, false); n >= 0 && d.lw(d.mentions[n].To) != "by" && !d.atHome(&d.mentions[p], &d.mentions[n]) {
					x.addRel(d, si, "VISITS", "", &d.mentions[p], &d.mentions[n], nil)
				}
				return
			}
			if t := d.toks[j]; t.Kind != Word && !isHyphen(t.Text) || t.Capitalized() {
				break
			}
		}
	}
}
