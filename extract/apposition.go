package extract

import (
	"slices"
	"strings"
)

// Appositions.
//
// A noun phrase set off by commas after a name says what the name is:
// "Turkey, a NATO member, condemned Russia", "Egypt, Sudan's neighbour,
// criticized Ethiopia", "Dmitry Peskov, the Kremlin spokesman, said".
// The names inside it are not the clause's subject (the name before it
// is), and a membership it states is MEMBER_OF.

// appositionBefore returns the token range of an apposition set off by
// commas that ends a few words before token i (the verb): the phrase
// opens with an article or a possessor ("a NATO member", "Sudan's
// neighbour"), ends in a lower-case noun, holds no "and" or "or" (then it
// is a list: "Turkey, the US and several other countries") and follows a
// name. A phrase whose head, right after its article or possessor, is a
// lower-case noun may end in a name ("Jon Berg, Peru's envoy to the United
// Nations, told", "the ministers of A, B and C, Chile's partners in the
// Andean Community, flew"; appositionHeaded). It returns an empty range when
// there is none.
func (d *doc) appositionBefore(ms []int, si, i int) (int, int) {
	const reach = 12 // "Chile's partners in the Andean Community customs union"
	from := d.sents[si].From
	j := i - 1
	for j > from && d.toks[j].Kind == Word && i-j <= 3 {
		j-- // "has", "also" between the comma and the verb
	}
	if j <= from+1 || d.toks[j].Text != "," {
		return 0, 0
	}
	nameEnd := !d.apposedNoun(j - 1)
	if nameEnd && (d.toks[j-1].Kind != Word || d.mentionEnding(ms, j, keyed) < 0) {
		return 0, 0
	}
	k := d.appositionComma(from, j-1, reach, func(t Token) bool { return apposedWord(t) && t.lower != "and" && t.lower != "or" })
	if k < 0 || d.mentionEnding(ms, k, keyed) < 0 || !d.opensApposition(ms, k+1) || nameEnd && !d.appositionHeaded(ms, k+1, j) {
		return 0, 0
	}
	if !nameEnd && j-k > 8 && !d.appositionHeaded(ms, k+1, j) {
		return 0, 0
	}
	return k, j
}

// appositionComma is the one backward reading of an apposition "X, <the
// apposition>": it returns the comma that opens the apposition whose last
// token is toks[last], the nearest comma at most reach tokens back (and
// after the sentence's first token, from), every token between that
// comma and last being one that inner accepts; -1 if another token comes
// first or no comma is in reach. Its readers differ in the tokens they let
// in (inner: apposedWord, or a description's words describedBefore), in
// reach and in what must open the apposition after the comma and end it
// at last (opensApposition and apposedNoun, or a determiner), which each
// tests itself. Two readers go other ways: personNounApposed reads forward
// from the comma to a noun of people, and describedTitleHolder back from
// "and" to the "a" or "an" that opens the description.
func (d *doc) appositionComma(from, last, reach int, inner func(Token) bool) int {
	for k := last; k > from && last-k < reach; k-- {
		if !inner(d.toks[k]) {
			if d.toks[k].Text == "," {
				return k
			}
			return -1
		}
	}
	return -1
}

// apposedWord reports whether t may stand inside an apposition: any token
// but punctuation, other than a possessive "'s" or a hyphen ("Iran's
// main proxy", "a Lima-based lawyer").
func apposedWord(t Token) bool { return t.Kind != Punct || t.Text == "'s" || isHyphen(t.Text) }

// appositionHeaded reports whether the apposition opening at token k (an
// article or a possessor, opensApposition) has a lower-case noun as the
// word right after its opener, before end: "Peru's envoy to ...", "the
// head of ...", not "the United States".
func (d *doc) appositionHeaded(ms []int, k, end int) bool {
	h := k + 1
	if n := d.mentionAt(ms, k); n >= 0 && !articles[d.lw(k)] {
		h = d.mentions[n].To + 1 // past "Peru 's"
	}
	return h < end && d.apposedNoun(h)
}

// apposedNoun reports whether toks[k] can end an apposition: a lower-case
// word ("member", "spokesman", "neighbour", "ally"), not a name nor an
// adverb.
func (d *doc) apposedNoun(k int) bool {
	t := d.toks[k]
	return t.Kind == Word && t.Text == t.lower && (!strings.HasSuffix(t.lower, "ly") || t.lower == "ally")
}

// opensApposition reports whether the phrase from token k opens like an
// apposition: an article, or a name followed by "'s".
func (d *doc) opensApposition(ms []int, k int) bool {
	switch d.lw(k) {
	case "a", "an", "the":
		return true
	}
	if n := d.mentionAt(ms, k); n >= 0 {
		m := &d.mentions[n]
		return m.To < len(d.toks) && d.toks[m.To].Text == "'s"
	}
	return false
}

// apposedMember reads "Turkey, a NATO member,", "Poland, a fellow EU
// member state,", "Turkey, a NATO ally,", "Estonia and Latvia, both NATO members," (each member
// of the list, words.yaml list_quantifiers), and the same said with a copula ("Hungary is a NATO
// member", "will remain the only NATO member"): the name before the
// apposition or the copula is MEMBER_OF the organization m written before
// a member word.
func (x *Extractor) apposedMember(d *doc, si int, ms []int, m *Mention) {
	from, end := d.sents[si].From, d.sents[si].To
	i := m.To
	x.bareMemberAfter(d, si, ms, m)
	if i >= end || !x.memberNoun(d, m, i) {
		return
	}
	orgs := d.coordinatedModifiers(ms, from, m)
	first := orgs[0]
	k := d.npStart(first) - 1
	for k > from && d.toks[k].Kind == Word && d.toks[k].Text == d.lw(k) && first.From-k <= 3 && !determiners[d.lw(k)] {
		k-- // "founding", "fellow", "key"
	}
	if k+1 < first.From && d.toks[k].Text == "," && d.in(k+1, x.lex.sets.listQuantifiers) {
		// "Estonia and Latvia, both NATO members,": each member of the list
		if n := d.mentionEnding(ms, k, keyed); n >= 0 {
			for _, c := range d.coordinatedBefore(ms, n, memberFits) {
				for _, o := range orgs {
					x.addRel(d, si, "MEMBER_OF", "", &d.mentions[c], o, nil)
				}
			}
		}
		return
	}
	if k <= from || !articles[d.lw(k)] {
		return
	}
	var n int
	switch b := k - 1; {
	case d.toks[b].Text == "," && d.lw(k) != "the":
		n = d.mentionEnding(ms, b, keyed)
	case d.in(b, d.words.copulas):
		n = d.copulaSubject(ms, si, b) // "Hungary is a NATO member", "Hungary will remain the only NATO member"
	default:
		return
	}
	if n < 0 {
		return
	}
	if c := &d.mentions[n]; memberFits(c) {
		for _, o := range orgs {
			x.addRel(d, si, "MEMBER_OF", "", c, o, nil)
		}
	}
}

// bareMemberAfter reads an apposition that calls a country after
// international organization m its member without naming the body ("the
// bloc stood by Chile, a member state", "the EU defended Hungary, a
// fellow member."): the body is m, the nearest organization before the
// country in its sentence. The apposition must end there: "a member of
// ..." names its own body (partNoun).
func (x *Extractor) bareMemberAfter(d *doc, si int, ms []int, m *Mention) {
	if m.Sort != "international" || m.Kind == mAdjective {
		return
	}
	end := d.sents[si].To
	for _, k := range ms {
		c := &d.mentions[k]
		if c.From < m.To || c.Key == m.Key {
			continue
		}
		if c.Label == "Organization" {
			return // a nearer body
		}
		if c.Label != "Country" || c.Kind != mName || c.To+2 >= end || d.toks[c.To].Text != "," || !articles[d.lw(c.To+1)] || d.lw(c.To+1) == "the" {
			continue
		}
		j := c.To + 2
		if d.in(j, x.lex.sets.memberModifiers) {
			j++ // "a fellow member"
		}
		if d.lw(j) != "member" {
			continue
		}
		j++
		if d.lw(j) != "member" && d.in(j, x.lex.sets.memberWords) {
			j++ // "a member state"
		}
		if j >= end || d.toks[j].Kind == Punct && d.toks[j].Text != "'" && d.toks[j].Text != "-" {
			x.addRel(d, si, "MEMBER_OF", "", c, m, nil)
		}
	}
}

// memberFits reports whether mention c can be a member of an
// organization: a named country or organization that is a clause's
// argument.
func memberFits(c *Mention) bool {
	return (c.Label == "Country" || c.Label == "Organization") && c.Kind != mAdjective && c.Arg
}

// coordinatedModifiers returns the organizations coordinated with m before
// it as modifiers of one noun ("an EU and NATO member", "a G7, EU and NATO
// member"), first to last, m last.
func (d *doc) coordinatedModifiers(ms []int, from int, m *Mention) []*Mention {
	orgs := []*Mention{m}
	for cur := m; ; {
		k := d.npStart(cur) - 1
		if k-1 <= from || d.lw(k) != "and" && d.toks[k].Text != "," {
			break
		}
		n := d.mentionEnding(ms, k, keyed)
		if n < 0 || d.mentions[n].Label != "Organization" || d.mentions[n].Kind == mAdjective {
			break
		}
		cur = &d.mentions[n]
		orgs = append(orgs, cur)
	}
	slices.Reverse(orgs)
	return orgs
}

// apposedParticiple reports whether the verb cue cm is a participle
// joined by a hyphen to its doer inside an apposition ("Hezbollah, an
// Iran-backed group,") and then relates the doer to the name the
// apposition describes: "Hamas, a U.S.-sanctioned group," gives
// SANCTIONS(United States -> Hamas). Its object is that name, never a
// mention after the apposition. (The participles of words.yaml's
// compound tables are read by compound.go, with or without apposition.)
func (x *Extractor) apposedParticiple(d *doc, si int, ms []int, cm cueMatch) bool {
	c := cm.c
	from := d.sents[si].From
	if !c.verb || c.Reverse || cm.from-2 <= from || !isHyphen(d.toks[cm.from-1].Text) {
		return false
	}
	doer := d.mentionEnding(ms, cm.from-1, keyed)
	if doer < 0 || !isActorMention(&d.mentions[doer]) {
		return false
	}
	name := d.apposedName(ms, si, d.mentions[doer].From-1, cm.to)
	if name < 0 {
		return false
	}
	x.addRel(d, si, c.Type, c.Fallback, &d.mentions[doer], &d.mentions[name], cueProps(c))
	return true
}

// copulaSubject returns the name that the copula at toks[b] says
// something of: the mention ending before it and its auxiliaries ("will
// remain", "has been", "is also"); -1 when there is none, or when the
// copula is negated or only possible ("is not", "could be").
func (d *doc) copulaSubject(ms []int, si, b int) int {
	from := d.sents[si].From
	if !d.in(b, d.words.copulas) || negated(d, from, b) || b < len(d.toks)-1 && negations[d.lw(b+1)] {
		return -1
	}
	b = d.verbGroupStart(from, b, 3, func(j int) bool {
		return d.auxiliary(d.lw(j)) || d.in(j, d.words.copulaAdverbs) || d.in(j, d.words.copulas)
	})
	if b <= from || d.in(b, d.words.modals) || d.in(b, d.words.wouldWords) {
		return -1
	}
	return d.mentionEnding(ms, b, keyed)
}

// agentHolder returns the name that the agent noun at toks[i], behind
// an article and up to three lower-case modifiers, is said of: in
// apposition after a comma ("Serbia, a major supplier of arms to Chad,")
// or after a copula ("Serbia is the main supplier of"); -1 when the noun
// phrase is an object or subject of its own ("sanctioned the suppliers
// of").
func (d *doc) agentHolder(ms []int, si, i int, fits func(*Mention) bool) int {
	from := d.sents[si].From
	j := i - 1
	for k := 0; k < 3 && j > from && !articles[d.lw(j)] && d.toks[j].Kind == Word && !d.toks[j].Capitalized(); k++ {
		j-- // "major", "largest arms"
	}
	if j <= from || !articles[d.lw(j)] {
		return -1
	}
	var k int
	switch b := j - 1; {
	case d.toks[b].Text == ",":
		k = d.mentionEnding(ms, b, keyed)
	case d.in(b, d.words.copulas):
		k = d.copulaSubject(ms, si, b)
	default:
		return -1
	}
	if k < 0 || d.mentions[k].Kind != mName || !d.mentions[k].Arg || !fits(&d.mentions[k]) {
		return -1
	}
	return k
}

// copulaHead returns the name that a copula before the noun phrase of
// possessor p says p's noun is: "Iran is Syria's closest ally", "Qatar
// remains a Hamas backer"; -1 if none. It reads the copula as
// appositionHead reads the comma.
func (d *doc) copulaHead(ms []int, p int, fits func(*Mention) bool) int {
	m := &d.mentions[p]
	if !d.isPossessor(m) && !d.nameModifier(m) {
		return -1
	}
	j := d.npStart(m) - 1
	for j > d.sents[m.sent].From && d.words.honorifics[d.toks[j].Text] {
		j-- // "Chavez is Mr. Correa's closest ally"
	}
	if j > d.sents[m.sent].From && determiners[d.lw(j)] {
		j--
	}
	if j > d.sents[m.sent].From && d.in(j, d.words.copulaAdverbs) {
		j-- // "Chile is also Peru's closest ally"
	}
	if j < 0 || !d.in(j, d.words.copulas) {
		return -1
	}
	if k := d.copulaSubject(ms, m.sent, j); k >= 0 && d.mentions[k].Kind == mName && d.mentions[k].Arg && fits(&d.mentions[k]) {
		return k
	}
	return -1
}

// jointEffort reads a named thing described, in apposition or after a
// copula, as the joint work of states named by hyphen-joined demonyms
// (words.yaml venture_nouns): "the Nabucco pipeline, an
// Austrian-Hungarian project," gives each state BUILDS the facility;
// "the FCAS is a French-German-Spanish effort" gives each DEVELOPS the
// program or weapon system. A single demonym ("a Greek project") or a
// negated copula states nothing.
func (x *Extractor) jointEffort(d *doc, si int, ms []int, m *Mention) {
	typ := ""
	switch m.Label {
	case "Facility":
		typ = "BUILDS"
	case "Program", "WeaponSystem":
		typ = "DEVELOPS"
	default:
		return
	}
	j, end := m.To, d.sents[si].To
	switch {
	case j < end && d.toks[j].Text == ",":
		j++
	case j+1 < end && d.in(j, d.words.copulas) && !negations[d.lw(j+1)]:
		j++
	default:
		return
	}
	if j < end && (d.lw(j) == "a" || d.lw(j) == "an") {
		j++
	} else {
		return
	}
	if j < end && d.lw(j) == "joint" {
		j++
	}
	var states []int
	for j < end {
		k := d.mentionAt(ms, j)
		if k < 0 || d.mentions[k].Label != "Country" || d.mentions[k].Kind != mAdjective || d.mentions[k].Key == "" {
			return
		}
		states = append(states, k)
		j = d.mentions[k].To
		if j+1 < end && isHyphen(d.toks[j].Text) {
			j++
			continue
		}
		break
	}
	if distinctKeys(d, states) < 2 || j >= end || !d.in(j, d.words.ventureNouns) {
		return
	}
	for _, k := range states {
		x.addRel(d, si, typ, "", &d.mentions[k], m, nil)
	}
}
