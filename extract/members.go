package extract

import "strings"

// groupMembers reads an organization defined by its members: "the G20 is
// a group of 19 countries and the EU: A, B, ...", "ASEAN, a bloc of ten
// nations, A, B, ...", "the GCC, which comprises A, B and C" and "the
// panel, which included experts from A and B" (words.yaml staff_nouns). Each
// country of the list is MEMBER_OF organization m; an organization of the
// list is PART_OF it ("the front is made up of A and B"), or MEMBER_OF it
// when m is named as a grouping (words.yaml group_nouns: "the Kestrel
// Alliance brings together A, B and C"). A list of one country or a
// negated definition states nothing.
func (x *Extractor) groupMembers(d *doc, si int, ms []int, m *Mention) {
	w := &x.lex.sets
	j, end := m.To, d.sents[si].To
	if j < end && d.toks[j].Text == "," {
		j++
	}
	if j < end && d.in(j, w.relativePronouns) {
		j++
	}
	if j < end && d.in(j, w.beForms) {
		j++
	}
	if j < end && (strings.HasSuffix(d.lw(j), "ly") && d.toks[j].Kind == Word && !d.toks[j].Capitalized() || d.in(j, w.copulaAdverbs)) {
		j++ // "largely", "mainly"; "which also includes", "that now comprises"
	}
	fits, least := isCountry, 2
	if k := d.phraseEnd(w.compriseVerbs, j, end); k > j {
		j = k
		if j+1 < end && d.in(j, w.staffNouns) && (d.lw(j+1) == "from" || d.lw(j+1) == "of") {
			j += 2 // "which included experts from A and B": A and B are members
		}
		if m.Label == "Organization" {
			// "the SDF is largely made up of YPG militia": one member is enough
			fits = func(c *Mention) bool { return isCountry(c) || c.Label == "Organization" && c.Kind != mAdjective }
			least = 1
		}
	} else if j = x.groupOf(d, j, end); j < 0 {
		return
	}
	for j < end && (d.toks[j].Text == "," || d.toks[j].Text == ":" || d.toks[j].Text == "(" || d.lw(j) == "the") {
		if d.mentionAt(ms, j) >= 0 {
			break // "which groups the Comoros, Madagascar and ...": the name opens with "the"
		}
		j++
	}
	j = d.afterListLead(j, end)
	n := d.mentionAt(ms, j)
	if n < 0 || !fits(&d.mentions[n]) {
		return
	}
	list := d.coordinated(ms, n, fits)
	if len(list) < least {
		return
	}
	alliance := w.groupNouns.has(strings.ToLower(m.Name[strings.LastIndex(m.Name, " ")+1:])) // "the Kestrel Alliance brings together A and B": its members
	for _, c := range list {
		if d.mentions[c].Label == "Organization" && !alliance {
			x.addRel(d, si, "PART_OF", "", &d.mentions[c], m, nil)
		} else {
			x.addRel(d, si, "MEMBER_OF", "", &d.mentions[c], m, nil)
		}
	}
}

// groupOf reads "a group of seven countries" from toks[j]: a determiner,
// at most three lower-case modifiers, a group noun (words.yaml
// group_nouns), "of", at most two counts or modifiers and a member word
// (countries, nations, states). It returns the token after the phrase, or
// -1.
func (x *Extractor) groupOf(d *doc, j, end int) int {
	w := &x.lex.sets
	if j < end && determiners[d.lw(j)] {
		j++
	}
	for k := 0; k < 3 && j < end && !d.in(j, w.groupNouns); k++ {
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || negations[t.lower] {
			return -1
		}
		j++ // "informal", "intergovernmental"
	}
	if j+1 >= end || !d.in(j, w.groupNouns) || d.lw(j+1) != "of" {
		return -1
	}
	j += 2
	for k := 0; k < 2 && j < end && !d.in(j, w.memberWords); k++ {
		if t := d.toks[j]; t.Capitalized() || t.Kind == Punct {
			return -1
		}
		j++ // "seven", "19 major"
	}
	if j >= end || !d.in(j, w.memberWords) || !strings.HasSuffix(d.lw(j), "s") {
		return -1
	}
	return j + 1
}

// phraseEnd returns the end of the longest phrase of words (one or more
// lower-case words, as a set of space-joined phrases) that starts at
// toks[i], or i. The phrase is built in a buffer, which the look-up
// reads without making a string of it.
func (d *doc) phraseEnd(words list, i, end int) int {
	if !d.mayOpen(i, words) {
		return i
	}
	best := i
	var buf [64]byte
	phrase := buf[:0]
	for j := i; j < end && j < i+4 && d.toks[j].Kind == Word; j++ {
		if j > i {
			phrase = append(phrase, ' ')
		}
		phrase = append(phrase, d.lw(j)...)
		if words.set[string(phrase)] {
			best = j + 1
		}
	}
	return best
}

// pendingMembership reports whether membership noun cue cm (a MEMBER_OF
// noun: "membership of", "accession to") is the object of a verb that
// decides it (words.yaml pending_verbs: "the senate ratified Chile's
// membership of the bloc", "Peru blocked Bolivia's accession to the
// pact") or follows an intent noun ("Bolivia's bid for membership"): the
// membership is still to come, so it states no MEMBER_OF. The noun's
// possessor, determiners and the modifiers "full" and "eventual" are
// passed over back to that word.
func (x *Extractor) pendingMembership(d *doc, si int, ms []int, cm cueMatch) bool {
	if cm.c.verb || cm.c.Type != "MEMBER_OF" {
		return false
	}
	from := d.sents[si].From
	j := cm.from - 1
	for k := 0; k < 8 && j >= from; k++ {
		t := d.toks[j]
		if n := d.mentionEnding(ms, j+1, keyed); n >= 0 {
			j = d.mentions[n].From - 1 // the possessor "Chile" of "Chile's membership"
			continue
		}
		if t.lower == "'s" || t.lower == "'" || determiners[t.lower] || possessivePronoun[t.lower] ||
			t.lower == "full" || t.lower == "eventual" {
			j--
			continue
		}
		break
	}
	if j < from {
		return false
	}
	w := &x.lex.sets
	if d.in(j, w.pendingVerbs) {
		return true
	}
	return (d.lw(j) == "for" || d.lw(j) == "to") && j > from && d.in(j-1, w.intentNouns)
}

// contingentMembers reads a body's members named by the forces they send,
// after ", with" in a clause of which the body, or an "it" standing for
// it, is the subject: "The mission will number 6,000, with contingents
// from Peru, Chile and Bolivia" and "It deployed in May, with troops from
// Ghana" make each country MEMBER_OF the body. Only forces sent count
// (words.yaml sent_forces: troops, contingents, warships ...): officials
// or delegates "from" a state at a body's meeting make it no member. The
// body must open its sentence, and the words up to ", with" must name no
// other actor and start no other clause ("Peru said on Monday, with ...",
// "the mission arrived and Chile, with troops from ...").
func (x *Extractor) contingentMembers(d *doc, si int, ms []int, m *Mention) {
	w := &x.lex.sets
	s := d.sents[si]
	if m.Label != "Organization" || m.Kind == mAdjective || m.From-s.From > 1 || m.From > s.From && d.lw(s.From) != "the" {
		return
	}
	j := m.To
	for ; j+1 < s.To && j < m.To+12; j++ {
		if d.toks[j].Text == "," && d.lw(j+1) == "with" {
			break
		}
		t := d.toks[j]
		if n := d.mentionAt(ms, j); n >= 0 && d.mentions[n].Key != m.Key {
			return // "UNIFIL met Peru on Monday, with ...": another actor; its own "its" is no other
		}
		if t.Kind == Punct || t.in(w.relativePronouns) || t.lower == "and" || t.lower == "but" ||
			t.lower == "that" || t.in(w.speechVerbs) {
			return
		}
	}
	if j+1 >= s.To || d.toks[j].Text != "," || d.lw(j+1) != "with" {
		return
	}
	j += 2
	for k := 0; k < 3 && j < s.To && !d.in(j, w.sentForces); k++ {
		if t := d.toks[j]; t.Capitalized() || t.Kind == Punct || d.mentionAt(ms, j) >= 0 {
			return
		}
		j++ // "around 8,000", "small naval"
	}
	if j+1 >= s.To || !d.in(j, w.sentForces) || d.lw(j+1) != "from" {
		return
	}
	n := d.mentionAt(ms, j+2)
	if n < 0 || !isCountry(&d.mentions[n]) {
		return
	}
	for _, c := range d.coordinated(ms, n, isCountry) {
		x.addRel(d, si, "MEMBER_OF", "", &d.mentions[c], m, nil)
	}
}

// asMember reads a membership stated as the role in which states or
// bodies act: "brokered by Chile, Peru and Brazil as co-chairs of the
// Kestrel Contact Group", "Chile, as a founding member of the Andean
// Council, backed the plan". Each actor of the list that ends right
// before "as" (or before a comma before it) is MEMBER_OF organization m,
// named after a member role (words.yaml member_roles), "of" and "the".
// An actor farther from "as" ("Peru joined the talks as a member of")
// is left alone, and so is a person in such a role (an office, the title
// stage's reading).
func (x *Extractor) asMember(d *doc, si int, ms []int, m *Mention) {
	from := d.sents[si].From
	i := m.From - 1
	if i > from && d.lw(i) == "the" {
		i--
	}
	if i <= from+2 || d.lw(i) != "of" || !d.in(i-1, x.lex.sets.memberRoles) {
		return
	}
	i -= 2
	for k := 0; k < 2 && i > from && d.toks[i].Kind == Word && !d.toks[i].Capitalized() && d.lw(i) != "as"; k++ {
		i-- // "a founding member", "full members"
	}
	if i <= from || d.lw(i) != "as" {
		return
	}
	i--
	if i > from && d.toks[i].Text == "," {
		i-- // "Chile, as a member of"
	}
	n := d.mentionEnding(ms, i+1, memberFits)
	if n < 0 {
		return
	}
	for _, c := range d.coordinatedBefore(ms, n, memberFits) {
		if d.mentions[c].Key != m.Key {
			x.addRel(d, si, "MEMBER_OF", "", &d.mentions[c], m, nil)
		}
	}
}

// whichMembers reads a body's or a treaty's members in a relative clause
// after its name: "the Kestrel Group, of which Chile is a member", "the
// bloc, of which Peru and Bolivia are founding members", "the
// convention, to which both Peru and Chile are party", "the pact, whose
// members include Peru and Chile". Each member is MEMBER_OF an
// organization and SUPPORTS an agreement (a party backs its deal). A
// negation ("of which Chile is not a member") or any other word between
// the copula and the member noun states nothing.
func (x *Extractor) whichMembers(d *doc, si int, ms []int, m *Mention) {
	if m.Label != "Organization" && m.Label != "Agreement" || m.Kind == mAdjective {
		return
	}
	w := &x.lex.sets
	j, end := d.afterAcronym(m), d.sents[si].To
	if j+3 >= end || d.toks[j].Text != "," {
		return
	}
	typ := "MEMBER_OF"
	if m.Label == "Agreement" {
		typ = "SUPPORTS"
	}
	if d.lw(j+1) == "whose" && x.memberNoun(d, m, j+2) {
		// "whose members include A and B", "whose member states are A and B"
		k := j + 2
		if k+1 < end && d.lw(k) == "member" && d.in(k+1, w.memberWords) {
			k++
		}
		if !strings.HasSuffix(d.lw(k), "s") {
			return
		}
		k++
		if e := d.phraseEnd(w.compriseVerbs, k, end); e > k {
			k = e
		} else if k < end && (d.lw(k) == "are" || d.lw(k) == "were") {
			k++
		} else {
			return
		}
		for _, c := range d.membersAt(ms, k, m) {
			x.addRel(d, si, typ, "", &d.mentions[c], m, nil)
		}
		return
	}
	rel := d.lw(j + 1) // "of which" a member, "to which" a party
	if rel != "of" && rel != "to" || d.lw(j+2) != "which" {
		return
	}
	j += 3
	if d.in(j, w.listQuantifiers) || d.lw(j) == "the" {
		j++ // "to which both Peru and Chile are party", "of which the KLF is a member"
	}
	list := d.membersAt(ms, j, m)
	if len(list) == 0 {
		return
	}
	j = d.mentions[list[len(list)-1]].To
	if j >= end || !d.in(j, w.copulas) {
		return
	}
	for j++; j < end && d.in(j, w.copulaAdverbs); j++ {
	}
	if j < end && articles[d.lw(j)] && d.lw(j) != "the" {
		j++
	}
	if j < end && d.in(j, w.memberModifiers) {
		j++
	}
	if j >= end {
		return
	}
	switch word := d.lw(j); {
	case rel == "of" && m.Label == "Organization" && strings.HasPrefix(word, "member") && w.memberWords.has(word):
	case rel == "to" && m.Label == "Agreement" && (word == "party" || word == "parties" || word == "signatory" || word == "signatories"):
	default:
		return
	}
	for _, c := range list {
		x.addRel(d, si, typ, "", &d.mentions[c], m, nil)
	}
}

// membersAt returns the members of body m listed from toks[k]: the
// mention there and those coordinated with it that may be members
// (memberFits); none when nothing fits there or it is m itself.
func (d *doc) membersAt(ms []int, k int, m *Mention) []int {
	n := d.mentionAt(ms, k)
	if n < 0 || d.mentions[n].Key == m.Key || !memberFits(&d.mentions[n]) {
		return nil
	}
	return d.coordinated(ms, n, memberFits)
}

// seatMembers adds the memberships that the seats of sentence si state: a
// state holding a seat on a body is its member (words.yaml member_seats,
// member_seat_verbs): "Norway, which has held a Security Council seat since
// January", "has a non-permanent seat in the council", "has one of the
// council's ten elected seats", "won a Security Council seat". The body is an
// organization with a key, after "on" or "in", before "'s" or right
// before the seat noun; between the verb and the seat stand an article,
// "one of" or at most two lower-case modifiers; the holder is the verb's
// subject, a country.
func (x *Extractor) seatMembers(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	body := func(n int) bool {
		return n >= 0 && d.mentions[n].Label == "Organization" && d.mentions[n].Key != "" && d.mentions[n].Kind != mPronoun
	}
	for i := from + 2; i < end; i++ {
		if !d.in(i, x.lex.sets.memberSeats) {
			continue
		}
		start, n := i, -1
		if w := d.lw(i + 1); i+2 < end && (w == "on" || w == "in") {
			n = d.mentionAt(ms, d.pastThe(ms, i+2))
		}
		for k := 0; k < 2 && start-1 > from && d.toks[start-1].Kind == Word && d.toks[start-1].Text == d.lw(start-1) && !determiners[d.lw(start-1)] && !d.in(start-1, x.lex.sets.memberSeatVerbs); k++ {
			start-- // "non-permanent", "elected"
		}
		if n < 0 {
			k := start
			if d.possessiveAt(k - 1) {
				k--
			}
			if n = d.mentionEnding(ms, k, keyed); body(n) {
				start = d.npStart(&d.mentions[n])
			}
		}
		if !body(n) {
			continue
		}
		v := start - 1
		if determiners[d.lw(v)] {
			v--
		}
		if d.lw(v) == "of" && d.lw(v-1) == "one" {
			v -= 2 // "has one of the council's seats"
		}
		if v <= from || !d.in(v, x.lex.sets.memberSeatVerbs) || negated(d, from, v) || hedged(d, from, v) {
			continue
		}
		if h := d.leftArg(ms, v, isCountry); h >= 0 {
			x.addRel(d, si, "MEMBER_OF", "", &d.mentions[h], &d.mentions[n], nil)
		}
	}
}
