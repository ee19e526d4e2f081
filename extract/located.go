package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file reads where places, facilities and bodies are, and whose part
// a body is, from the shape of a phrase (structure calls each reader):
// "Goma, a town in North Kivu", "Groton, Connecticut", "the Barmal
// district of Paktika province", "the UN Mission in Liberia", "Acme, Chad's
// national oil company".

// apposedPlace reads a place described in apposition as lying in another:
// "Goma, a town in North Kivu", "Tartus, a port city in western Syria",
// "Kherson, the regional capital of Ukraine's south" stops at the possessor
// (nothing). The description is an article, at most two lower-case
// modifiers and a place noun (words.yaml place_nouns), then "in" and an
// optional lower-case direction ("northern") before the place or country.
func (x *Extractor) apposedPlace(d *doc, si int, ms []int, m *Mention) {
	if !(m.Label == "Location" || m.Label == "Facility") || m.Kind != mName {
		return
	}
	i, end := m.To, d.sents[si].To
	if i+3 >= end || d.toks[i].Text != "," {
		return
	}
	if n := d.mentionAt(ms, i+1); n >= 0 && d.isPossessor(&d.mentions[n]) {
		x.possessedPlace(d, si, ms, m, n) // "Kharkiv, Ukraine's second city"
		return
	}
	j := i + 1
	if determiners[d.lw(j)] {
		j++
	} else if d.lw(j) != "capital" {
		return // "Goma, capital of North Kivu" may go without an article
	}
	// "in", or "of" after "capital": a capital of a place lies in it
	inOf := func(j int) bool { return d.lw(j+1) == "in" || d.lw(j) == "capital" && d.lw(j+1) == "of" }
	for k := 0; k < 3 && j < end; k++ {
		if d.in(j, x.lex.sets.placeNouns) && inOf(j) {
			break
		}
		if n := d.mentionAt(ms, j); n >= 0 {
			if determiners[d.lw(i+1)] {
				x.placeModifiedPlace(d, si, ms, m, n) // "Socotra, an Arabian Sea island"
			}
			return
		}
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || k == 2 {
			return
		}
		j++
	}
	if !d.in(j, x.lex.sets.placeNouns) || !inOf(j) {
		return
	}
	j += 2
	if d.lw(j) == "the" {
		j++
	}
	if d.bareDirection(ms, j) {
		j++ // "southern Ukraine", not "North Kivu"
	}
	n := d.mentionAt(ms, d.pastTownOf(ms, j)) // "a town in the northern province of Kalvaria"
	if !d.namedPlace(n) {
		return
	}
	if after := d.mentions[n].To; after < end && d.toks[after].Text == "'s" {
		return // "a city in Ukraine's south": the possessor's part, not the place
	}
	x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[n], nil)
}

// placeModifiedPlace reads a place described in apposition by a place
// that modifies its noun: "Socotra, an Arabian Sea island", "Kramatorsk,
// a Donbas industrial city" lie in the modifying place (mention n). After
// n stand at most two lower-case modifiers and a place noun (words.yaml
// place_nouns) ending the phrase or opening a relative clause ("an
// Arabian Sea island that Yemen claims"); a hyphen after n ("a
// Donbas-born leader") or any other word states nothing.
func (x *Extractor) placeModifiedPlace(d *doc, si int, ms []int, m *Mention, n int) {
	p := &d.mentions[n]
	if p.Kind != mName || p.Label != "Location" || d.possessiveAfter(p) {
		return
	}
	j := d.headAfterModifiers(ms, si, p.To, 2, x.lex.sets.placeNouns.has)
	if j < 0 || !(d.phraseEnds(si, j+1) || d.relativeAt(j+1)) {
		return
	}
	x.addRel(d, si, "LOCATED_IN", "", m, p, nil)
}

// possessedPlace reads a place described in apposition as a place of a
// possessor: "Kharkiv, Ukraine's second-largest city", "Mariupol, Ukraine's
// southern port city", ending the phrase: the possessor (mention n), at
// most three lower-case modifiers and a place noun (words.yaml
// place_nouns). "Kharkiv, Ukraine's second-largest city's mayor" or a
// description of something else ("Goma, Congo's biggest problem") states
// nothing.
func (x *Extractor) possessedPlace(d *doc, si int, ms []int, m *Mention, n int) {
	p := &d.mentions[n]
	if p.Kind != mName || !(p.Label == "Country" || p.Label == "Location") {
		return
	}
	j := d.headAfterModifiers(ms, si, p.To+1, 3, x.lex.sets.placeNouns.has) // past "'s"
	if j < 0 || !d.phraseEnds(si, j+1) {
		return
	}
	x.addRel(d, si, "LOCATED_IN", "", m, p, nil)
}

// pastThe returns the token after a "the" at toks[j] that opens no
// mention of its own ("the Black Sea"; "The Hague" keeps it), else j.
func (d *doc) pastThe(ms []int, j int) int {
	if d.lw(j) == "the" && d.mentionAt(ms, j) < 0 {
		return j + 1
	}
	return j
}

// headAfterModifiers returns the token of the head noun (one isHead
// accepts) that toks[j] or at most max lower-case words after it, none of
// them in a mention, lead to: "second-largest city" from "second-largest";
// -1 if there is none.
func (d *doc) headAfterModifiers(ms []int, si, j, max int, isHead func(string) bool) int {
	for k := 0; k < max && j < d.sents[si].To && !isHead(d.lw(j)); k++ {
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || d.mentionAt(ms, j) >= 0 {
			return -1
		}
		j++
	}
	if !isHead(d.lw(j)) {
		return -1
	}
	return j
}

// placeCommaIn reads a place set off by a comma and "in" where it lies:
// "Uri, in Indian-administered Kashmir", "Bakhmut, in the eastern Donetsk
// region", "Goma, in the disputed region of North Kivu". Between "in" and
// the place stand at most three lower-case words (an article, a
// direction, "disputed", a place noun and "of") or a demonym with a
// participle ("Pakistan-administered"); a place before a possessive ("in
// Ukraine's east") is the possessor's part, and a list ("in Kashmir and
// Punjab") states the first place only. A direction right after the
// comma is placeCommaDirection's ("Rafah, southern Gaza").
func (x *Extractor) placeCommaIn(d *doc, si int, ms []int, m *Mention) {
	if !(m.Label == "Location" || m.Label == "Facility") || m.Kind != mName {
		return
	}
	i, end := m.To, d.sents[si].To
	if i+2 >= end || d.toks[i].Text != "," {
		return
	}
	if d.in(i+1, x.lex.sets.directions) && d.mentionAt(ms, i+1) < 0 {
		x.placeCommaDirection(d, si, ms, m) // "Rafah, southern Gaza"
		return
	}
	if d.lw(i+1) != "in" {
		return
	}
	j := i + 2
	for k := 0; j < end && d.mentionAt(ms, j) < 0; k++ {
		if t := d.toks[j]; k == 4 || t.Kind != Word || t.Capitalized() || followers[t.lower] && t.lower != "of" {
			return
		}
		j++
	}
	n := d.mentionAt(ms, j)
	if n >= 0 && d.mentions[n].Kind == mAdjective && d.mentions[n].To+2 < end && d.toks[d.mentions[n].To].Text == "-" {
		n = d.mentionAt(ms, d.mentions[n].To+2) // "Indian-administered Kashmir"
	}
	if !d.namedPlace(n) || d.possessiveAfter(&d.mentions[n]) {
		return
	}
	if k := d.mentions[n].To; k+1 < end && (d.lw(k) == "and" || d.lw(k) == "or") && d.namedPlace(d.mentionAt(ms, k+1)) {
		return // "terminals in the Tarvo delta, in Vela and Kessin": the list names places inside the first
	}
	x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[n], nil)
}

// placeCommaDirection reads a place, a comma and a direction before the
// country or region it lies in, ending the phrase: "Mykolaiv, southern
// Ukraine", "Khan Younis, southern Gaza". (placeCommaIn checked the comma
// and the direction.)
func (x *Extractor) placeCommaDirection(d *doc, si int, ms []int, m *Mention) {
	n := d.mentionAt(ms, m.To+2)
	if !d.namedPlace(n) || !d.phraseEnds(si, d.mentions[n].To) {
		return
	}
	x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[n], nil)
}

// placeInRegion reads "Groton, Connecticut" and "Barrow-in-Furness,
// England": a place and, after a comma, a first-level division of a
// country (a state, province or country part; see regionKinds) ending the
// phrase. The first place must not be a division itself, so that a list
// ("Texas, California and Ohio") states nothing.
func (x *Extractor) placeInRegion(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if !(m.Label == "Location" || m.Label == "Facility") || m.Kind != mName || i+1 >= end || d.toks[i].Text != "," {
		return
	}
	n := d.mentionAt(ms, i+1)
	if n < 0 || d.mentions[n].Label != "Location" || d.mentions[n].Kind != mName {
		return
	}
	r := &d.mentions[n]
	if !d.phraseEnds(si, r.To) {
		return
	}
	if !x.lex.sets.regionKinds.has(x.placeKind(d, r)) || m.Label == "Location" && x.lex.sets.regionKinds.has(x.placeKind(d, m)) {
		return
	}
	if x.inPlaceList(d, si, ms, m, r) {
		return
	}
	x.addRel(d, si, "LOCATED_IN", "", m, r, nil)
}

// inPlaceList reports whether place m and division r are items of a list
// of places ("Washington, Virginia and Maryland", "Ohio, Boston, Virginia"):
// r is followed by "and" or "or", or by a comma and another division, or m
// follows a comma after another place.
func (x *Extractor) inPlaceList(d *doc, si int, ms []int, m, r *Mention) bool {
	from, end := d.sents[si].From, d.sents[si].To
	if w := d.lw(r.To); r.To < end && (w == "and" || w == "or") {
		return true
	}
	if r.To+1 < end && d.toks[r.To].Text == "," {
		if n := d.mentionAt(ms, r.To+1); n >= 0 && d.mentions[n].Label == "Location" && x.lex.sets.regionKinds.has(x.placeKind(d, &d.mentions[n])) {
			return true
		}
	}
	if m.From-1 > from && d.toks[m.From-1].Text == "," {
		if p := d.mentionEnding(ms, m.From-1, keyed); p >= 0 && (d.mentions[p].Label == "Location" || d.mentions[p].Label == "Country") {
			return true
		}
	}
	return false
}

// placeKind is the kind of place m names: the lexicon's kind ("state",
// "country-part"), else the gazetteer's ("city", "province"), else "".
func (x *Extractor) placeKind(d *doc, m *Mention) string {
	if m.lexical {
		return m.Sort
	}
	if x.dict == nil {
		return ""
	}
	for _, p := range x.dict.Places(d.text[d.toks[m.From].Start:d.toks[m.To-1].End()]) {
		if m.Country == "" || p.Country == m.Country {
			return p.Kind
		}
	}
	return ""
}

// divisionOf reads "the Barmal district of Paktika province", "the
// Kurdistan region of Iraq" (a place whose name ends in a lower-case place
// head, words.yaml place_heads) and "the Depsang and Demchok areas of
// eastern Ladakh" (places, then a place noun, words.yaml place_nouns, or
// its plural): then "of", an optional direction and a place or country.
// After a town's noun (words.yaml town_nouns) the place after "of" is the
// town, which lies in the place before: "the Black Sea port of Poti"; a
// name ending in the noun ("the North Ossetian city of Vladikavkaz") is
// no place.
func (x *Extractor) divisionOf(d *doc, si int, ms []int, m *Mention) {
	if m.Label != "Location" || m.Kind != mName {
		return
	}
	end := d.sents[si].To
	places := []int{d.mentionAt(ms, m.From)}
	i := m.To
	h := d.toks[m.To-1]
	if m.To-m.From >= 2 && !h.Capitalized() && h.in(x.lex.sets.townNouns) {
		return // "the North Ossetian city of Vladikavkaz"
	}
	if m.To-m.From < 2 || h.Capitalized() || !h.in(x.lex.sets.placeHeads) {
		isPlace := func(c *Mention) bool { return c.Label == "Location" && c.Kind == mName }
		places = d.coordinated(ms, places[0], isPlace)
		i = d.mentions[places[len(places)-1]].To
		if w := d.lw(i); !x.lex.sets.placeNouns.has(w) && !x.lex.sets.placeNouns.has(strings.TrimSuffix(w, "s")) {
			return
		}
		i++
	}
	if i+1 >= end || d.lw(i) != "of" {
		return
	}
	j := i + 1
	j = d.pastThe(ms, j)
	if d.bareDirection(ms, j) {
		j++
	}
	n := d.mentionAt(ms, j)
	if !d.namedPlace(n) {
		return
	}
	for _, p := range places {
		if d.in(i-1, x.lex.sets.townNouns) || x.adjectiveWritten(d, &d.mentions[p]) {
			if len(places) == 1 && d.mentions[n].Label == "Location" {
				x.addRel(d, si, "LOCATED_IN", "", &d.mentions[n], &d.mentions[p], nil) // "the Black Sea port of Poti"
			}
			continue
		}
		x.addRel(d, si, "LOCATED_IN", "", &d.mentions[p], &d.mentions[n], nil)
	}
}

// adjectiveWritten reports whether place mention m is written as the
// place's adjective, its name with an -n added (name.go placeAdjective):
// "the North African enclave of Melilla", "the Crimean port of Kerch"
// describe the place after "of", which lies in m, not the other way.
func (x *Extractor) adjectiveWritten(d *doc, m *Mention) bool {
	return x.placeAdjective(d, m.From, m.To) != nil && d.text[d.toks[m.From].Start:d.toks[m.To-1].End()] != m.Name
}

// nameInPlace reads a body or facility whose name ends in "in" and a
// place: "the UN Assistance Mission in Afghanistan" lies in Afghanistan
// when the article names it too (no entity is made for a place only a
// name holds).
//
// A body whose name ends in a state's head (see stateOfHead), "of" and a
// country is that state's (see countryRelation): "the Atomic Energy
// Organization of Iran", "the Central Bank of Libya", "the Ministry of
// Trade of Peru" (the head opens it), not "the Times of Israel"; a
// facility so named lies in it.
//
// A town the article names as a place, opening the name of a body that
// serves one town (words.yaml local_body_heads), is where the body sits:
// "the Tarvo Intermediate People's Court" lies in Tarvo (localBody).
func (x *Extractor) nameInPlace(d *doc, si int, m *Mention) {
	if m.Label == "Organization" && m.Kind == mName {
		x.localBody(d, si, m)
	}
	if !(m.Label == "Organization" || m.Label == "Facility") || m.Kind != mName || m.To-m.From < 3 {
		return
	}
	for i := m.To - 2; i > m.From; i-- {
		w := d.toks[i].Text
		if w != "in" && w != "of" {
			continue
		}
		e, n := x.lex.match(d.toks, i+1, m.To)
		if e == nil || i+1+n != m.To || e.kind != kindName {
			return
		}
		p := d.keyMention(e.key)
		switch {
		case p == nil:
		case w == "in" && (p.Label == "Country" || p.Label == "Location"):
			x.addRel(d, si, "LOCATED_IN", "", m, p, nil)
		case w == "of" && p.Label == "Country" && m.Label == "Organization" && (m.Country == "" || m.Country == p.Country) && (x.stateOfHead(d.toks[i-1].Text) || x.stateOfHead(d.toks[m.From].Text) && d.toks[m.From+1].Text == "of"):
			x.addRel(d, si, x.countryRelation(m), "", m, p, nil)
		case w == "of" && p.Label == "Country" && m.Label == "Facility":
			x.addRel(d, si, "LOCATED_IN", "", m, p, nil)
		}
		return
	}
}

// localBody relates organization m, whose name ends in a head of a
// town's body (words.yaml local_body_heads: "Court", "City Council") and
// opens with one to three words that name a place the article names as a
// Location of its own ("A court in Tarvo ... The Tarvo Intermediate
// People's Court"), to that place (LOCATED_IN). A country or a capital
// written as its state opens no such name here: only a Location.
func (x *Extractor) localBody(d *doc, si int, m *Mention) {
	from := m.From
	if d.lw(from) == "the" {
		from++
	}
	head := -1 // the first word of the head
	for n := 1; n <= 3 && m.To-n > from; n++ {
		if x.lex.sets.localBodyHeads.has(strings.ToLower(d.text[d.toks[m.To-n].Start:d.toks[m.To-1].End()])) {
			head = m.To - n
			break
		}
	}
	for n := 3; n >= 1 && head > from; n-- {
		if from+n > head {
			continue
		}
		name := d.text[d.toks[from].Start:d.toks[from+n-1].End()]
		if p := d.keyMention("location:" + slug(name)); p != nil && p.Label == "Location" && p.Kind == mName && p.Name == name {
			x.addRel(d, si, "LOCATED_IN", "", m, p, nil)
			return
		}
	}
}

// apposedBody reads a body described in apposition by its state:
// "QazaqGaz, Kazakhstan's national gas company", "Acme, a Chadian
// drilling firm": the name before the comma is PART_OF or LOCATED_IN the
// state (see countryRelation; a business the state does not own lies in
// it, privateFirm); "Acme, a Berlin non-profit" lies in the
// place (or the capital's country). The description is at most four lower-case
// words ending in a descriptor of organizations (namecues descriptors) and
// ends the phrase, or opens a relative clause, reduced ones too ("Acme, the
// Italian contractor building the port").
func (x *Extractor) apposedBody(d *doc, si int, ms []int, p *Mention, k int) {
	place := p.Kind == mName && x.placeWritten(d, p) && d.nameModifier(p) // "Acme, a Berlin non-profit"
	if !place && (p.Label != "Country" || !(p.Kind == mAdjective || p.Kind == mName && d.isPossessor(p))) {
		return
	}
	org := func(o *Mention) bool { return o.Label == "Organization" }
	n := d.appositionHead(ms, k, org)
	if n < 0 && p.Kind == mAdjective {
		n = d.modifiedApposition(ms, p, org) // "Acme, a state-owned Chadian firm"
	}
	if n < 0 || d.mentions[n].Owner >= 0 {
		return
	}
	i, end := p.To, d.sents[si].To
	if i < end && d.toks[i].Text == "'s" {
		i++
	}
	j := i
	descriptor := func(j int) bool { return x.lex.sets.cues.descriptors[d.lw(j)] == "Organization" }
	for j < end && j-i < 4 {
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || d.mentionAt(ms, j) >= 0 || d.relativeAt(j) {
			break
		}
		if j > i && descriptor(j-1) && participle(d, j, end) {
			break // "Acme, the Italian contractor building the port": a reduced relative clause
		}
		j++
	}
	if j == i || !(d.phraseEnds(si, j) || d.relativeAt(j) || participle(d, j, end)) || !descriptor(j-1) {
		return
	}
	typ := x.countryRelation(&d.mentions[n])
	if place || typ == "PART_OF" && x.privateFirm(d, d.mentions[n].To, j) {
		typ = "LOCATED_IN"
	}
	x.addRel(d, si, typ, "", &d.mentions[n], p, nil)
}

// bodyAfterDescription reads a body named in apposition after its state's
// description of it: "Kenya's official news agency, KNA, said",
// "Kenya's state oil company, Kenoil, signed": the name after the
// comma is PART_OF or LOCATED_IN the possessor state as in apposedBody
// (a business the state does not own lies in it, privateFirm). The
// description is one to four lower-case words ending in a descriptor of
// organizations (namecues descriptors); the name, an organization with no
// owner of its own, ends the phrase or is followed by a comma.
func (x *Extractor) bodyAfterDescription(d *doc, si int, ms []int, p *Mention) {
	if p.Label != "Country" || p.Kind != mName || !d.possessiveAfter(p) {
		return
	}
	i, end := p.To+1, d.sents[si].To
	j := i
	for j < end && j-i < 4 {
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || d.mentionAt(ms, j) >= 0 {
			break
		}
		j++
	}
	if j == i || j+1 >= end || d.toks[j].Text != "," || x.lex.sets.cues.descriptors[d.lw(j-1)] != "Organization" {
		return
	}
	n := d.mentionAt(ms, j+1)
	if n < 0 || d.mentions[n].Label != "Organization" || d.mentions[n].Kind != mName || d.mentions[n].Owner >= 0 {
		return
	}
	if k := d.mentions[n].To; k < end && d.toks[k].Text != "," && !d.phraseEnds(si, k) {
		return
	}
	typ := x.countryRelation(&d.mentions[n])
	if typ == "PART_OF" && x.privateFirm(d, i, j) {
		typ = "LOCATED_IN"
	}
	x.addRel(d, si, typ, "", &d.mentions[n], p, nil)
}

// privateFirm reports whether the description in toks[from:to] ends in
// a business's noun (words.yaml firm_nouns) and no word of it says its
// state owns it (firm_state_marks): "Acme, a Norwegian shipping firm" lies
// in Norway, while "Acme, Chile's state oil company" is Chile's own body.
func (x *Extractor) privateFirm(d *doc, from, to int) bool {
	if to <= from || !d.in(to-1, x.lex.sets.firmNouns) {
		return false
	}
	return !d.inSpan(from, to, x.lex.sets.firmStateMarks)
}

// relativeAt reports whether a relative clause opens at toks[i]: "which",
// "that", "whose", or a preposition and "which" ("the state company in
// which Gazprom holds a stake").
func (d *doc) relativeAt(i int) bool {
	switch d.lw(i) {
	case "which", "that", "whose":
		return true
	}
	return d.lw(i+1) == "which" && (d.lw(i) == "in" || d.lw(i) == "of" || d.lw(i) == "for")
}

// modifiedApposition returns the name that a description opened by an
// article, one or two lower-case modifiers and demonym p stands in
// apposition to: "Acme, a state-owned Chadian firm"; -1 if none.
func (d *doc) modifiedApposition(ms []int, p *Mention, fits func(*Mention) bool) int {
	from := d.sents[p.sent].From
	j := p.From - 1
	for k := 0; k < 2 && j > from && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && !determiners[d.lw(j)] && d.mentionAt(ms, j) < 0; k++ {
		j--
	}
	if j == p.From-1 || j <= from+1 || !articles[d.lw(j)] || d.toks[j-1].Text != "," {
		return -1
	}
	if k := d.mentionEnding(ms, j-1, keyed); k >= 0 && d.mentions[k].Kind == mName && d.mentions[k].Arg && fits(&d.mentions[k]) {
		return k
	}
	return -1
}

// possessiveAfter reports whether mention m is followed by a possessive
// "'s" (or the apostrophe of a plural: "Acme Industries' yard"). A name
// right before another name without one is more often one name split in
// two ("UN Verification Mission") than an owner.
func (d *doc) possessiveAfter(m *Mention) bool {
	if m.To >= d.sents[m.sent].To {
		return false
	}
	return d.possessiveAt(m.To)
}

// possessiveAt reports whether toks[i] is a possessive mark: "'s", or the
// apostrophe after a word ending in s ("Hamas' leader", "the rebels'
// leader").
func (d *doc) possessiveAt(i int) bool {
	t := d.toks[i].Text
	return possessiveS(t) || (t == "'" || t == "’") && i > 0 && strings.HasSuffix(d.toks[i-1].Text, "s")
}

// phraseEnds reports whether a phrase ends before toks[i]: sentence si
// ends, or a comma, semicolon, bracket, dash or full stop follows (not a
// possessive "'s").
func (d *doc) phraseEnds(si, i int) bool {
	if i >= d.sents[si].To {
		return true
	}
	switch d.toks[i].Text {
	case ",", ";", ")", ".", "-", "—", "–", ":":
		return true
	}
	return false
}

// townKind reports whether place m is a town or city (or a place no list
// gives a kind), not a region, sea or country part.
func (x *Extractor) townKind(d *doc, m *Mention) bool {
	k := x.placeKind(d, m)
	return k == "city" || k == ""
}

// afterAcronym returns the token after mention m and the bracketed
// acronym or short name that may follow it: "the International Court of
// Justice (ICJ) in".
func (d *doc) afterAcronym(m *Mention) int {
	i, end := m.To, d.sents[m.sent].To
	if i+2 < end && d.toks[i].Text == "(" && d.toks[i+2].Text == ")" && d.toks[i+1].Capitalized() {
		return i + 3
	}
	return i
}

// pastBracketedAcronym returns the token that ends the bracketed acronym
// closing at toks[i] ("the Organisation of Andean States (OAS)
// secretary-general": the ")" at i, "OAS" returned) when the acronym names
// the one mention right before its bracket, so that what stands after
// the brackets reads back to the body as if no brackets were written;
// i otherwise.
func (d *doc) pastBracketedAcronym(ms []int, from, i int) int {
	if i-3 < from || d.toks[i].Text != ")" || d.toks[i-2].Text != "(" || !d.toks[i-1].Capitalized() {
		return i
	}
	a, n := d.mentionEnding(ms, i, keyed), d.mentionEnding(ms, i-2, keyed)
	if a < 0 || n < 0 || d.mentions[a].From != i-1 || d.mentions[a].Key != d.mentions[n].Key {
		return i
	}
	return i - 1
}

// inSetting reports whether organization m is named where a place after it
// is an event's setting rather than where m is: the agent of a passive
// ("hosted by the EU in Brussels"), a partner after "with" ("talks with
// the Taliban in Doha"), the target of an event noun ("attacks
// on Israeli forces in Lebanon") or the body of a gathering (words.yaml
// gathering_nouns: "a summit of the African Union in Niamey"), the object
// of a meeting's or an attack's verb (verbSetting), an outlet told
// something (words.yaml outlet_leads: "told the Kestrel Herald in Lima") or of premises
// (words.yaml premises_nouns, post_heads, facility_heads: "the headquarters
// of the navy in Sevastopol", "the embassy of Peru in Quito").
func (x *Extractor) inSetting(d *doc, ms []int, m *Mention) bool {
	if x.verbSetting(d, ms, m) {
		return true // "met the intelligence service in Cairo"
	}
	from := d.sents[m.sent].From
	if x.outletTold(d, ms, m) {
		return true // "told Reuters in Lima": where the interview was given, not where the outlet is
	}
	j := m.From - 1
	if j >= from && determiners[d.lw(j)] {
		j--
	}
	if j < from {
		return false
	}
	switch w, head := d.lw(j), d.lw(j-1); {
	case w == "by" || w == "with":
		return true // "hosted by the EU in Brussels", "talks with the Taliban in Doha"
	case w == "on" || w == "against":
		return j-1 >= from && x.lex.sets.eventNouns.has(head)
	case w == "of":
		s := x.lex.sets
		return j-1 >= from && (s.gatheringNouns.has(head) || s.premisesNouns.has(head) || s.postHeads.has(head) || s.facilityHeads.has(head))
	}
	return false
}

// outletTold reports whether m is a news outlet someone told something,
// as quotes reads one: right after a word of words.yaml outlet_leads,
// past the outlet's article and descriptors ("told Reuters", "told the
// daily Kestrel Herald"). A place after it ("told Reuters in Lima")
// is where the words were given, not where the outlet is. Not read after
// "speaking on" or "an interview with", after which the gold takes the
// place for the outlet's ("speaking on al-Masirah TV in Yemen").
func (x *Extractor) outletTold(d *doc, ms []int, m *Mention) bool {
	return d.toldLead(ms, m) && x.outletMention(d, m)
}

// verbSetting reports whether organization m is the object of a verb of
// an event that has a setting (words.yaml setting_types: a meeting, an
// attack, talks): "met the intelligence service in Cairo", "fought the
// Wagner Group in Bakhmut", "attacked the army in Goma" say where the
// meeting or the fight was, not where the body is. A verb of a lasting
// stance leaves the place the body's: "backs the Houthis in Yemen".
//
// The verb's object may hold m as a later conjunct ("met the alliance and
// the junta in Kunming") or after a staff noun's "of" (words.yaml
// staff_nouns: "met representatives of the junta in Kunming").
func (x *Extractor) verbSetting(d *doc, ms []int, m *Mention) bool {
	from := d.sents[m.sent].From
	v := d.npStart(m) - 1
	for hops := 0; hops < 4 && v > from; hops++ {
		if w := d.lw(v); w == "and" || w == "or" {
			k := d.mentionEnding(ms, v, nil)
			if k < 0 {
				break
			}
			v = d.npStart(&d.mentions[k]) - 1
			continue
		}
		if d.lw(v) == "of" && d.in(v-1, x.lex.sets.staffNouns) {
			v -= 2
			for v >= from && determiners[d.lw(v)] {
				v--
			}
			continue
		}
		break
	}
	if v < from {
		return false
	}
	for _, c := range x.cuesOf(d, v) {
		if c.verb && len(c.words) == 1 && x.lex.sets.settingTypes[c.Type] {
			return true
		}
	}
	return false
}

// possessedPart reads a body described in apposition as a part of an
// organization's: "the Qassam Brigades, Hamas's armed wing", "the Quds
// Force, the IRGC's foreign arm" is apposedPart's. After the possessor
// (mention n) stand at most two lower-case modifiers and a part noun of
// PART_OF (words.yaml part_nouns) ending the phrase. A state's possessive
// is not read so ("Hezbollah, Iran's proxy force").
func (x *Extractor) possessedPart(d *doc, si int, ms []int, m *Mention, n int) {
	o := &d.mentions[n]
	if o.Label != "Organization" || o.Kind != mName {
		return
	}
	isPart := func(w string) bool { return x.lex.sets.partNouns[w] != "" }
	j := d.headAfterModifiers(ms, si, o.To+1, 2, isPart) // past "'s"
	if j < 0 || x.lex.sets.partNouns[d.lw(j)] != "PART_OF" || !d.phraseEnds(si, j+1) {
		return
	}
	x.addRel(d, si, "PART_OF", "", m, o, nil)
}

// partAfterDescription reads a body named in apposition after its
// description as another organization's part: "Hamas's armed wing, the
// Qassam Brigades,", "its military arm, the Vorn Brigade," (the pronoun
// resolved to an organization), the mirror of possessedPart. After the
// possessor's "'s" (or "its") stand at most two lower-case modifiers, a
// part noun of PART_OF (words.yaml part_nouns), a comma and the name of an
// organization with no owner of its own, which ends the phrase; the name
// is PART_OF the possessor. A state's possessive is bodyAfterDescription's.
func (x *Extractor) partAfterDescription(d *doc, si int, ms []int, o *Mention) {
	if o.Label != "Organization" || o.Key == "" || !(o.Kind == mName && d.possessiveAfter(o) || o.Kind == mPronoun && o.Head == "its") {
		return
	}
	i, end := o.To, d.sents[si].To
	if o.Kind == mName {
		i++ // past "'s"
	}
	isPart := func(w string) bool { return x.lex.sets.partNouns[w] != "" }
	j := d.headAfterModifiers(ms, si, i, 2, isPart)
	if j < 0 || j+2 >= end || x.lex.sets.partNouns[d.lw(j)] != "PART_OF" || d.toks[j+1].Text != "," {
		return
	}
	n := d.mentionAt(ms, d.pastThe(ms, j+2))
	if n < 0 {
		return
	}
	if p := &d.mentions[n]; p.Label == "Organization" && p.Kind == mName && p.Owner < 0 && p.Key != o.Key && d.phraseEnds(si, d.afterAcronym(p)) {
		x.addRel(d, si, "PART_OF", "", p, o, nil)
	}
}

// partBefore reads an organization's name, a part noun of PART_OF
// (words.yaml part_nouns) and another organization's name: "Gazprom
// subsidiary Moldovagaz", "the UN force UNIFIL" (the second is PART_OF
// the first).
func (x *Extractor) partBefore(d *doc, si int, ms []int, m *Mention) {
	i := m.To
	if m.Label != "Organization" || m.Kind != mName || i+1 >= d.sents[si].To || x.lex.sets.partNouns[d.lw(i)] != "PART_OF" || d.toks[i].Capitalized() {
		return
	}
	if n := d.mentionAt(ms, i+1); n >= 0 && d.mentions[n].Label == "Organization" && d.mentions[n].Kind == mName {
		x.addRel(d, si, "PART_OF", "", &d.mentions[n], m, nil)
	}
}

// apposedPart reads "Delta Shipyards, a Nordvik Group subsidiary": a
// named body, then in apposition an article, a named organization and a
// part noun of PART_OF (words.yaml part_nouns) ending the phrase. A word
// between them states nothing ("a FARC dissident faction" broke away).
func (x *Extractor) apposedPart(d *doc, si int, ms []int, m *Mention) {
	i := m.To
	if m.Label != "Organization" || m.Kind != mName || i+3 >= d.sents[si].To || d.toks[i].Text != "," {
		return
	}
	if n := d.mentionAt(ms, i+1); n >= 0 && d.isPossessor(&d.mentions[n]) {
		x.possessedPart(d, si, ms, m, n) // "the Qassam Brigades, Hamas's armed wing"
		return
	}
	if !determiners[d.lw(i+1)] {
		return
	}
	n := d.mentionAt(ms, i+2)
	if n < 0 || d.mentions[n].Label != "Organization" || d.mentions[n].Kind != mName {
		return
	}
	j := d.mentions[n].To
	if x.lex.sets.partNouns[d.lw(j)] != "PART_OF" || !d.phraseEnds(si, j+1) {
		return
	}
	x.addRel(d, si, "PART_OF", "", m, &d.mentions[n], nil)
}

// basedIn reads a participle of place (words.yaml compound_head_first
// LOCATED_IN: "based", "headquartered") that modifies a body, facility,
// place or weapon system without a verb "be" (a verb cue's job): "the
// Wagner Group, based in St Petersburg", "a charity headquartered in
// Geneva", "the mechanism, led by Angola and based in Goma", "Tornado
// jets based at Kandahar". The participle is followed by "in" or "at" and
// a place or country; the thing it modifies is the name right before it
// (past a comma), else the noun the parse attaches it to, past
// coordinated participles.
func (x *Extractor) basedIn(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From + 1; i+2 < s.To; i++ {
		if !slices.Contains(x.lex.sets.compounds.headFirst.get(d, i), "LOCATED_IN") || d.lw(i+1) != "in" && d.lw(i+1) != "at" || d.in(i-1, x.lex.sets.beForms) {
			continue
		}
		n := d.placeAfter(ms, i+2, false)
		if n < 0 {
			continue
		}
		if src := x.basedThing(d, si, ms, i); src >= 0 {
			x.addRel(d, si, "LOCATED_IN", "", &d.mentions[src], &d.mentions[n], nil)
		}
	}
}

// basedThing returns the body, facility, place or weapon system that the
// participle at toks[i] modifies (see basedIn), or -1.
func (x *Extractor) basedThing(d *doc, si int, ms []int, i int) int {
	fits := func(m *Mention) bool {
		return m.Key != "" && m.Kind != mAdjective && m.Kind != mPronoun &&
			(m.Label == "Organization" || m.Label == "Facility" || m.Label == "Location" || m.Label == "WeaponSystem")
	}
	b := i
	if d.toks[b-1].Text == "," {
		b--
	}
	if k := d.mentionEnding(ms, b, fits); k >= 0 {
		return k
	}
	if b-1 > d.sents[si].From && d.in(b-1, x.lex.sets.presenceNouns) {
		// "the Wagner Group garrison based in Bamako": a body's
		// presence noun (words.yaml presence_nouns) puts the body there
		if k := d.mentionEnding(ms, b-1, fits); k >= 0 && d.mentions[k].Label == "Organization" {
			return k
		}
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return -1
	}
	from := d.sents[si].From
	p := i - from
	for hops := 0; hops < 3 && toks[p].Deprel == "conj" && toks[p].Head >= 0; hops++ {
		p = toks[p].Head // "led by Angola and based in Goma"
	}
	h := -1
	switch {
	case strings.HasPrefix(toks[p].Deprel, "acl") && toks[p].Head >= 0:
		h = from + toks[p].Head
	case toks[p].XPOS == "VBN":
		for _, c := range syntax.Children(toks, p) {
			if toks[c].Deprel == "nsubj:pass" {
				h = from + c // the parse made the participle a passive verb: "X, led by A and based in B, said"
			}
		}
	}
	for _, k := range ms {
		if m := &d.mentions[k]; m.From <= h && h < m.To && fits(m) {
			return k
		}
	}
	return -1
}

// onShore reads a town or facility on a sea, river or lake (see waters):
// "Anaklia on the Black Sea", "the Es Sider terminal on the Gulf of
// Sirte". A region, a country or an organization "on" a sea is not
// read so ("Russia's fleet on the Black Sea", "talks on Crimea").
func (x *Extractor) onShore(d *doc, si int, ms []int, k int) {
	m := &d.mentions[k]
	if !(m.Label == "Location" && x.townKind(d, m) || m.Label == "Facility") || m.Kind != mName {
		return
	}
	i, end := m.To, d.sents[si].To
	if i+1 >= end || d.lw(i) != "on" {
		return
	}
	j := i + 1
	j = d.pastThe(ms, j)
	n := d.mentionAt(ms, j)
	if n < 0 || d.mentions[n].Label != "Location" || d.mentions[n].Kind != mName || !x.waters(d, &d.mentions[n]) {
		return
	}
	same := func(c *Mention) bool { return c.Label == m.Label && c.Kind == mName }
	for _, c := range d.coordinatedBefore(ms, k, same) { // "the Es Sider and Ras Lanuf terminals on the Gulf of Sirte"
		x.addRel(d, si, "LOCATED_IN", "", &d.mentions[c], &d.mentions[n], nil)
	}
}

// waters reports whether place m is a sea, river or lake: its kind is one
// of words.yaml shore_kinds, or, for a place no list gives a kind, its
// name opens or ends with one ("the Gulf of Sirte", "the Tana River").
func (x *Extractor) waters(d *doc, m *Mention) bool {
	if k := x.placeKind(d, m); k != "" {
		return x.lex.sets.shoreKinds.has(k)
	}
	return m.To-m.From > 1 && (d.in(m.From, x.lex.sets.shoreKinds) || d.in(m.To-1, x.lex.sets.shoreKinds))
}

// facilityAfterPlace reads a facility named after the town it stands in,
// as "in" a town "at" the facility: "the ministers met in Athens at the
// Zappeion Hall", "talks in Geneva at the Palais des Nations".
func (x *Extractor) facilityAfterPlace(d *doc, si int, ms []int, m *Mention) {
	if m.Label != "Location" || m.Kind != mName || !x.townKind(d, m) || m.From-1 < d.sents[si].From || d.lw(m.From-1) != "in" {
		return
	}
	i, end := m.To, d.sents[si].To
	if i+1 >= end || d.lw(i) != "at" {
		return
	}
	j := i + 1
	j = d.pastThe(ms, j)
	if n := d.mentionAt(ms, j); n >= 0 && d.mentions[n].Label == "Facility" && d.mentions[n].Kind == mName {
		x.addRel(d, si, "LOCATED_IN", "", &d.mentions[n], m, nil)
	}
}

// placeIsIn reads a body, facility or place said to be in a place with a
// form of "be" and nothing else between: "Coalition forces are in Iraq",
// "Sderot is in southern Israel", "the plant was in Zaporizhzhia". A
// direction may open the place; a possessor after it ("in Lebanon's
// government") or anything else between ("is in talks with") states
// nothing.
func (x *Extractor) placeIsIn(d *doc, si int, ms []int, m *Mention) {
	if !(m.Label == "Organization" || m.Label == "Facility" || m.Label == "Location") || m.Kind == mAdjective || m.Kind == mPronoun {
		return
	}
	i, end := m.To, d.sents[si].To
	if i+2 >= end || !d.in(i, x.lex.sets.beForms) || d.lw(i) == "be" || d.lw(i) == "been" || d.lw(i) == "being" || d.lw(i+1) != "in" {
		return
	}
	if n := d.placeAfter(ms, i+2, true); n >= 0 {
		x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[n], nil)
	}
}

// seatIn reads an organization's headquarters in a place (namecues
// part_heads of Facility): "NATO's headquarters in Brussels", "Gazprom's
// headquarters in St Petersburg" state where the organization is, as do
// the relative "whose" with any seat noun of words.yaml ("the Arab
// League, whose headquarters are in Cairo,", "the League, whose seat has
// been in Tunis since 1979,") and a form of "be" before "in" ("NATO's
// headquarters is in Brussels"). After a possessive the noun is one of
// a body's own seat (words.yaml own_seat_nouns: "the court's seat in The
// Hague"; not "Gazprom's offices in St Petersburg", one of many), and a
// description that stands for a body named before it places that body
// ("the alliance's headquarters in Mons"), as does a possessive
// pronoun that stands for one ("from their base in Kandahar").
func (x *Extractor) seatIn(d *doc, si int, ms []int, m *Mention) {
	if m.Label != "Organization" || !(m.Kind == mName || (m.Kind == mDescription || m.Kind == mPronoun) && m.Key != "") {
		return
	}
	i, end := m.To+1, d.sents[si].To
	switch {
	case m.Kind == mPronoun:
		if m.Head != "its" && m.Head != "their" {
			return
		}
		i = m.To
	case d.possessiveAfter(m):
	case m.Kind == mName && i+1 < end && d.toks[m.To].Text == "," && d.lw(i) == "whose":
		i++
	default:
		return
	}
	if i+2 >= end || !(d.lw(i-1) == "whose" && d.in(i, x.lex.sets.seatNouns) || d.lw(i-1) != "whose" && d.in(i, x.lex.sets.ownSeatNouns)) {
		return
	}
	j := d.pastBe(i+1, end)
	if j+1 >= end || d.lw(j) != "in" {
		return
	}
	if n := d.placeAfter(ms, j+1, false); n >= 0 {
		x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[n], nil)
	}
}

// pastBe returns the token after a form of "be" at toks[j], or after a
// form of "have" and "been" ("has been", "had been"), before end; j when
// neither is there.
func (d *doc) pastBe(j, end int) int {
	switch {
	case j < end && d.in(j, d.words.beForms):
		return j + 1
	case j+1 < end && (d.lw(j) == "has" || d.lw(j) == "have" || d.lw(j) == "had") && d.lw(j+1) == "been":
		return j + 2
	}
	return j
}

// seatWhere reads a body's seat in a relative "where" after a place: in
// "Addis Ababa, where the African Union has its headquarters" and
// "leaders in Doha, where the group maintains an office" the body the
// clause's subject names (by name, or by a description: the body named
// last before the place in the same sentence) is in the place before
// "where". The subject has, keeps or maintains (words.yaml seat_verbs) a
// seat noun (seatNounAfter), or is based there (a form of "be" and
// seated_words); any other words ("has no office", "has opened talks")
// state nothing.
func (x *Extractor) seatWhere(d *doc, si int, ms []int, m *Mention) {
	if m.Kind != mName || !(m.Label == "Country" || m.Label == "Location") {
		return
	}
	i, end := m.To, d.sents[si].To
	if i+4 >= end || d.toks[i].Text != "," || d.lw(i+1) != "where" {
		return
	}
	n := d.mentionAt(ms, d.pastThe(ms, i+2))
	if n < 0 || d.mentions[n].Label != "Organization" || d.mentions[n].Key == "" {
		return
	}
	subject := &d.mentions[n]
	b := subject // the body placed
	if b.Kind != mName {
		// "Hamas leaders in Doha, where the group maintains an office":
		// a description stands for the body named last before the place
		// in the sentence; a resolution from further back is too loose
		// to place a body (none named: nothing)
		k := d.lastBefore(ms, m.From, func(c *Mention) bool { return c.Label == "Organization" && c.Kind == mName && c.Key != "" })
		if k < 0 {
			return
		}
		b = &d.mentions[k]
	}
	if j := subject.To; !(j+1 < end && d.in(j, x.lex.sets.beForms) && d.in(j+1, x.lex.sets.seatedWords) || x.seatNounAfter(d, j, end)) {
		return
	}
	x.addRel(d, si, "LOCATED_IN", "", b, m, nil)
}

// seatNounAfter reports whether toks[j:] opens with a verb of having a
// seat (words.yaml seat_verbs), a possessive or an article, at most one
// lower-case word and a seat noun: "has its headquarters", "keeps an
// office", "maintains a main base".
func (x *Extractor) seatNounAfter(d *doc, j, end int) bool {
	if j+2 >= end || !d.in(j, x.lex.sets.seatVerbs) {
		return false
	}
	switch d.lw(j + 1) {
	case "its", "their", "an", "a", "the":
	default:
		return false
	}
	k := j + 2
	if !d.in(k, x.lex.sets.seatNouns) && k+1 < end && d.toks[k].Kind == Word && d.toks[k].Text == d.toks[k].lower {
		k++ // "its main office"
	}
	return d.in(k, x.lex.sets.seatNouns)
}

// stateOfHead reports whether w, before "of" and a country ending a name,
// makes the name a body of that state (namecues state_heads, body_heads,
// state_of_heads).
func (x *Extractor) stateOfHead(w string) bool {
	c := &x.lex.sets.cues
	return c.stateHeads[w] || c.bodyHeads[w] || c.stateOfHeads[w]
}

// namedPlace reports whether mention n (an index into d.mentions, or -1)
// is a country or place written by its name.
func (d *doc) namedPlace(n int) bool {
	if n < 0 {
		return false
	}
	m := &d.mentions[n]
	return m.Kind == mName && (m.Label == "Country" || m.Label == "Location") ||
		m.Kind == mImplied && m.Label == "Country" && d.regionOf(n) // "in Southern Israel": Israel
}

// regionOf reports whether mention n is the country named inside a
// lower-case region of it ("southern Israel", mention.go countryRegion).
func (d *doc) regionOf(n int) bool {
	if n <= 0 || n >= len(d.mentions) {
		return false
	}
	m, r := &d.mentions[n], &d.mentions[n-1]
	return m.Label == "Country" && r.Label == "Location" && r.From == m.From-1 && r.To == m.To &&
		d.words.directions.has(d.toks[r.From].Text)
}

// bareDirection reports whether toks[j] is a lower-case direction that
// opens no mention but a region of a country ("southern Ukraine"): a place
// said to lie there lies in the country itself ("Kherson, a port city in
// southern Ukraine" lies in Ukraine), as placeAfter and the readers of "in"
// skip the direction; so is an epithet of place (words.yaml
// place_epithets: "in the neighbouring Amhara region").
func (d *doc) bareDirection(ms []int, j int) bool {
	if j >= len(d.toks) || !d.words.directions.has(d.toks[j].Text) && !d.words.placeEpithets.has(d.toks[j].Text) {
		return false
	}
	n := d.mentionAt(ms, j)
	return n < 0 || d.regionOf(n+1)
}

// placeAfter returns the named country or place that toks[j] opens, after
// a preposition: past a "the" and, when directions is set, a direction
// that open no mention of their own ("based in the Gaza Strip", "is in
// southern Israel"); -1 if none, or if a possessive follows it ("in
// Lebanon's government" names no place the thing is in).
func (d *doc) placeAfter(ms []int, j int, directions bool) int {
	j = d.pastThe(ms, j)
	if directions && d.bareDirection(ms, j) {
		j++
	}
	j = d.pastTownOf(ms, j)
	if n := d.mentionAt(ms, j); d.namedPlace(n) && !d.possessiveAfter(&d.mentions[n]) {
		return n
	}
	return -1
}

// pastTownOf returns the token after a place's noun (words.yaml
// place_nouns, one or two: "port city"), optionally after a direction,
// and "of" that open at toks[j], where the place's name follows: "near
// the town of Gyumri", "based in the port city of Aden", "in the eastern
// province of Kalvaria" lie in the place named after "of". Else j.
func (d *doc) pastTownOf(ms []int, j int) int {
	h := j
	if d.in(h, d.words.directions) && !d.toks[h].Capitalized() && d.mentionAt(ms, h) < 0 {
		h++ // "the northern province of"
	}
	k := h
	for k < h+2 && d.in(k, d.words.placeNouns) && !d.toks[k].Capitalized() && d.mentionAt(ms, k) < 0 {
		k++
	}
	if k == h || d.lw(k) != "of" {
		return j
	}
	return k + 1
}

// homeTo reads a place said to be the home of a body, facility or weapon
// that therefore lies in it: "Tartus, home to Russia's naval base",
// "Qatar, which is home to the Al Udeid base", "Norfolk is home of the
// Atlantic Fleet" (LOCATED_IN the place). After the place stand a comma
// or a form of "be" (with "which" before it), "home to" or "home of", an
// optional article and possessor, and the named thing, with the names
// coordinated with it ("home to the Acme plant and the Delta yard"). A
// negation ("is no longer home to") keeps the "be" from "home" and
// states nothing.
func (x *Extractor) homeTo(d *doc, si int, ms []int, m *Mention) {
	if m.Kind != mName || !(m.Label == "Country" || m.Label == "Location") {
		return
	}
	i, end := m.To, d.sents[si].To
	if i < end && d.toks[i].Text == "," {
		i++
		if d.lw(i) == "which" {
			i++
		}
	}
	if i < end && d.in(i, x.lex.sets.beForms) {
		i++
	}
	if i == m.To || i+2 >= end || d.lw(i) != "home" || d.lw(i+1) != "to" && d.lw(i+1) != "of" {
		return
	}
	j := i + 2
	j = d.pastThe(ms, j)
	if p := d.mentionAt(ms, j); p >= 0 && d.isPossessor(&d.mentions[p]) {
		j = d.mentions[p].To + 1 // "home to Russia's Black Sea Fleet"
	}
	thing := func(c *Mention) bool {
		return c.Kind == mName && (c.Label == "Organization" || c.Label == "Facility" || c.Label == "WeaponSystem")
	}
	n := d.mentionAt(ms, j)
	if n < 0 || !thing(&d.mentions[n]) {
		return
	}
	for _, t := range d.coordinated(ms, n, thing) {
		x.addRel(d, si, "LOCATED_IN", "", &d.mentions[t], m, nil)
	}
}

// whereIn reads a place in a relative clause opened by "where" after a
// country or region, past an apposition: in "Fighting spread to Syria,
// where rebels took positions in Idlib" and "Fighting spread to Georgia,
// another Caucasus state, where rebels held positions in the Pankisi
// Gorge" the place after the clause's first "in" lies in the one
// before "where". The first "in" must open a named place ("where he lived
// in exile in Poland" states nothing) and no comma may come before it. A
// town before "where" is too small to be sure of ("Goma, where aid
// arrived in North Kivu", "Doha, where envoys from Gaza met in ..."):
// only a country or a larger place is read.
func (x *Extractor) whereIn(d *doc, si int, ms []int, m *Mention) {
	if m.Kind != mName || !(m.Label == "Country" || m.Label == "Location") {
		return
	}
	i, end := m.To, d.sents[si].To
	if i+1 < end && d.toks[i].Text == "," && (d.opensApposition(ms, i+1) || d.lw(i+1) == "another") {
		for k := i + 2; k < end && k <= i+9; k++ {
			if d.toks[k].Text == "," {
				i = k // past "another breakaway region,"
				break
			}
			if t := d.toks[k]; t.Kind == Punct && t.Text != "'s" && !isHyphen(t.Text) {
				return
			}
		}
	}
	if i+3 >= end || d.toks[i].Text != "," || d.lw(i+1) != "where" {
		return
	}
	j := i + 2
	for j < end && d.lw(j) != "in" {
		if t := d.toks[j]; t.Text == ";" || t.Text == "," || quoteOrBracket(t.Text) {
			return
		}
		j++
	}
	n := d.placeAfter(ms, j+1, true)
	if n < 0 || d.mentions[n].Label != "Location" || d.mentions[n].Key == m.Key {
		return
	}
	if m.Label == "Location" && x.townKind(d, m) {
		return // a town holds no place named so: "Goma, where aid arrived in North Kivu"
	}
	x.addRel(d, si, "LOCATED_IN", "", &d.mentions[n], m, nil)
}

// presenceIn reads an organization's presence somewhere: the organization
// m, written as a possessor ("Wagner's operations in Mali", "the group's
// bases in Kivu and Ituri"), owns a noun of being somewhere (words.yaml
// presence_nouns), at most two lower-case words after the possessive,
// and "in" or "at" a named place or country follows the noun: m is
// LOCATED_IN each place of the list there. A possessive pronoun ("set a
// deadline for its presence in Central Asia") is too often resolved to
// another body than the one present. A premises noun ("the party's
// offices in Kabul") puts only the premises there; a state is no
// organization and lies in no place (the ontology refuses it).
func (x *Extractor) presenceIn(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if m.Label != "Organization" || m.Key == "" || m.Kind == mPronoun || i >= end || !d.possessiveAt(i) {
		return
	}
	i++
	const lead = 2 // "its military footprint", "the group's remaining bases"
	j := i
	for ; j < end && j <= i+lead && !d.in(j, x.lex.sets.presenceNouns); j++ {
		if t := d.toks[j]; t.Kind != Word || t.Text != t.lower || d.mentionAt(ms, j) >= 0 {
			return
		}
	}
	if j+1 >= end || !d.in(j, x.lex.sets.presenceNouns) || (d.lw(j+1) != "in" && d.lw(j+1) != "at") {
		return
	}
	n := d.placeAfter(ms, j+2, false)
	if n < 0 {
		return
	}
	for _, t := range d.coordinated(ms, n, placeOrCountry) {
		x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[t], nil)
	}
}
