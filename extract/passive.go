package extract

import (
	"slices"
	"strings"
)

// This file reads the passive's agent where the cue's words alone do not
// show it: the reduced relative ("Hezbollah, backed by Iran, attacked
// Israel"; "drones built by Iran"), whose modified noun is the cue's
// target and whose agent is no subject of the clause around it, and the
// agent that stands inside a phrase cue or after its object ("was invited
// by the EU to join", "were sold to Morocco by the United States").

// irregularForms returns the irregular past forms the schema lists, other
// than those of the auxiliaries (be, have, do) and other than -s and -ing
// forms: the participles a passive may use ("built", "led", "sold").
func irregularForms(irregular map[string][]string) set {
	out := set{}
	for lemma, forms := range irregular {
		if lemma == "be" || lemma == "have" || lemma == "do" {
			continue
		}
		for _, f := range forms {
			if f = strings.ToLower(f); !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s") {
				out[f] = true
			}
		}
	}
	return out
}

// participle reports whether toks[i] may be a past participle: a
// lower-case -ed form or an irregular past form.
func (d *doc) participle(i int) bool {
	t := d.toks[i]
	return t.Kind == Word && !t.Capitalized() && d.pastForm(i)
}

// pastForm reports whether token i's lower-cased form is an -ed form or
// an irregular past form (words.yaml irregular_verbs): "approved",
// "shot", "built"; false past either end of the text.
func (d *doc) pastForm(i int) bool {
	return strings.HasSuffix(d.lw(i), "ed") || d.in(i, d.words.irregularForms)
}

// participleBy returns the token of the "by" that a participle opening
// at token k takes, with at most one adverb before the participle
// ("backed by", "also funded by", "largely built by"); -1 if there is
// none. The phrase is a passive whose agent follows the "by".
func (d *doc) participleBy(k, end int) int {
	if k < end && (d.lw(k) == "also" || strings.HasSuffix(d.lw(k), "ly")) {
		k++
	}
	if k+1 < end && d.participle(k) && d.lw(k+1) == "by" {
		return k + 1
	}
	return -1
}

// participleBefore returns the token range of a participle phrase with
// its agent set off by commas that ends just before token i (with up to
// three words between its closing comma and i): in "Hezbollah, backed by
// Iran and Syria, fired rockets" the subject of "fired" is not in it. It
// returns an empty range when there is none.
func (d *doc) participleBefore(si, i int) (int, int) {
	end := d.sents[si].To
	return d.setOffBefore(si, i, true, func(k int) bool { return d.participleBy(k, end) >= 0 })
}

// setOffBefore returns the token range, from its opening comma to its
// closing one, of a phrase set off by commas that ends just before token
// i (up to three words between the closing comma and i) and whose first
// word after the opening comma, at most 16 tokens back, opens says. The
// phrase holds words, commas, "'s" and hyphens only; with inner set it
// may hold commas (a list: "backed by Iran, Syria and Qatar,"), else the
// first comma back must open it. An empty range when there is none.
// participleBefore and gerundPhraseBefore (gerundphrase.go) read their
// phrases with it.
func (d *doc) setOffBefore(si, i int, inner bool, opens func(k int) bool) (int, int) {
	from := d.sents[si].From
	j := i - 1
	for j > from && d.toks[j].Kind != Punct && i-j <= 4 {
		j--
	}
	if j <= from || d.toks[j].Text != "," {
		return 0, 0
	}
	for k := j - 1; k > from && j-k <= 16; k-- {
		if t := d.toks[k]; t.Kind == Punct && t.Text != "," && t.Text != "'s" && !isHyphen(t.Text) {
			return 0, 0
		}
		if d.toks[k].Text != "," {
			continue
		}
		if k+1 < j && opens(k+1) {
			return k, j
		}
		if !inner {
			return 0, 0
		}
	}
	return 0, 0
}

// passiveAgent reports whether mention k, or the coordination it ends,
// is the agent of a participle ("armed by Rwanda", "backed by Iran and
// Syria"): the doer of that participle, never the subject of a later
// verb ("Rebels armed by Rwanda attacked Goma": the rebels attacked).
func (d *doc) passiveAgent(ms []int, k int) bool {
	first := d.coordinatedBefore(ms, k, keyed)[0]
	i := d.npStart(&d.mentions[first]) - 1
	from := d.sents[d.mentions[first].sent].From
	if i > from && d.words.honorifics[d.toks[i].Text] {
		i-- // "accepted by Mr Correa"
	} else if i-1 > from && d.toks[i].Text == "." && d.words.honorifics[d.toks[i-1].Text] {
		i -= 2 // "Mr. Correa", tokenized apart
	}
	return i-1 >= from && d.lw(i) == "by" && d.participle(i-1)
}

// reducedRelative reports whether the participle cue cm, followed by its
// agent's "by", modifies the noun before it rather than being the verb of
// a clause: no form of "be" stands among the three words before it
// ("drones built by Iran", "Hezbollah, backed by Iran", not "was backed
// by").
func (d *doc) reducedRelative(si int, cm cueMatch) bool {
	from := d.sents[si].From
	if cm.from <= from || !d.participle(cm.from) {
		return false
	}
	for j := cm.from - 1; j >= from && j >= cm.from-3; j-- {
		if d.in(j, d.words.beForms) || d.lw(j) == "get" || d.lw(j) == "got" {
			return false
		}
		if w := d.lw(j); w == "and" || w == "or" {
			return false // "was criticized and condemned by": a passive verb's conjunct
		}
		if d.toks[j].Kind != Word {
			break
		}
	}
	return true
}

// modifiedNoun returns the mention that the reduced relative cue cm
// modifies: the one ending right before it, or before the comma that
// opens it ("Hezbollah, backed by"); -1 when the noun there is no fitting
// mention ("jihadists backed by Algeria").
func (d *doc) modifiedMention(ms []int, si int, cm cueMatch, fits func(*Mention) bool) int {
	i := cm.from
	if j := i - 1; d.toks[j].Text == "," {
		i = j
	}
	if i == cm.from && (d.lw(i-1) == "also" || strings.HasSuffix(d.lw(i-1), "ly")) {
		i-- // "drones reportedly built by Iran"
	}
	if d.toks[i-1].Text == ")" {
		for j := i - 2; j >= d.sents[si].From && j >= i-6; j-- {
			if d.toks[j].Text == "(" {
				i = j // "the Syrian Democratic Forces (SDF), backed by"
				break
			}
		}
	}
	ok := func(m *Mention) bool { return m.Key != "" && m.Arg && fits(m) }
	if n := d.mentionEnding(ms, i, ok); n >= 0 {
		return n
	}
	if t := d.toks[i-1]; t.Kind == Word && !t.Capitalized() {
		// "the Aeroflot flights, banned by": the name that modifies the noun
		if n := d.mentionEnding(ms, i-1, func(m *Mention) bool { return ok(m) && m.Kind == mName }); n >= 0 {
			return n
		}
	}
	return d.apposedTo(ms, si, i, ok) // "Hezbollah, Iran's main proxy, armed by"
}

// apposedTo returns the mention that an apposition ending before token i
// describes: "the M23, a militia" before i gives the M23. The
// apposition opens after a comma with an article or a possessor, holds
// only words and ends in a lower-case noun; -1 if there is none.
func (d *doc) apposedTo(ms []int, si, i int, ok func(*Mention) bool) int {
	from := d.sents[si].From
	if i-1 <= from || !d.apposedNoun(i-1) {
		return -1
	}
	k := d.appositionComma(from, i-1, 8, apposedWord)
	if k < 0 || !d.opensApposition(ms, k+1) {
		return -1
	}
	return d.mentionEnding(ms, k, ok)
}

// agentBefore returns the nearest fitting agent of a participle before
// token i ("The request, made by Britain, was rejected"): the maker of an
// act that a passive act-target cue's subject names. -1 if none.
func (d *doc) agentBefore(ms []int, i int, fits func(*Mention) bool) int {
	for p := len(ms) - 1; p >= 0; p-- {
		if m := &d.mentions[ms[p]]; m.To <= i && m.Key != "" && m.Arg && fits(m) && d.passiveAgent(ms, ms[p]) {
			return ms[p]
		}
	}
	return -1
}

// laterAgent returns the agent of a passive cue after "by" where the
// "by" does not follow the cue's last word: inside the phrase, right
// after its first word ("was invited by the EU to join"), or after the
// object of the cue's preposition ("were sold to Morocco by the United
// States"), or of the statement it was made in (statementAgent), before
// the clause ends. A "by" that is the phrase's own second word ("stood
// by Chile", "abided by the ruling") names no agent. -1 if none.
func (d *doc) laterAgent(ms []int, si int, cm cueMatch, fits func(*Mention) bool) int {
	end := d.sents[si].To
	if len(cm.c.words) > 1 && cm.c.words[1] == "by" {
		return -1
	}
	if len(cm.c.words) > 1 && cm.from+1 < end && d.lw(cm.from+1) == "by" {
		return d.rightArg(ms, cm.from+2, 3, fits)
	}
	if a := d.statementAgent(ms, cm.to, end, fits); a >= 0 {
		return a // "was condemned in a joint statement by A, B and C"
	}
	if a := d.adjunctAgent(ms, si, cm, end, fits); a >= 0 {
		return a // "was rebuked on Monday by", "signed in Lima in June by"
	}
	if cm.c.Prep == "" {
		return -1
	}
	for j := cm.to; j < end && j < cm.to+8; j++ {
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) && d.lw(j) != "and" {
			return -1
		}
		if d.lw(j) == "by" {
			return d.rightArg(ms, j+1, 3, fits)
		}
	}
	return -1
}

// adjunctAgent returns the agent after "by" that an adjunct naming no actor
// separates from the passive participle of cm. After a finite passive the
// adjunct is a short time or manner phrase or an aside between commas
// ("was rebuked on Monday by Peru", "was criticised, in public and
// unusually, by Peru"); a participle without "be" takes only its place
// and time ("a memorandum signed in Lima in June 2022 by Chile and
// Peru": setting words, capitalized words and numbers). An actor's name,
// another clause or an unclosed comma between ends the search: -1; a
// place after a place preposition does not ("was received at the
// presidential palace by").
func (d *doc) adjunctAgent(ms []int, si int, cm cueMatch, end int, fits func(*Mention) bool) int {
	finite := d.finitePassive(si, cm.from)
	reach := 6 // words of a time or manner phrase
	if !finite {
		if w := d.lw(cm.to); w != "in" && w != "on" && w != "at" || cm.c.Prep != "" {
			return -1
		}
		reach = 9 // a place and a date
	}
	aside := false
	for j := cm.to; j < end && j <= cm.to+reach; j++ {
		t := d.toks[j]
		switch {
		case t.lower == "by":
			if j == cm.to || aside {
				return -1 // right after the cue (the cue's own agent), or inside an aside
			}
			return d.rightArg(ms, j+1, 3, fits)
		case finite && t.Text == ",":
			aside = !aside
			continue
		case t.Kind == Punct || t.lower != "and" && t.in(d.words.clauseBreaks):
			return -1
		case !finite && t.Kind == Word && !t.Capitalized() && !t.in(d.words.settingWords):
			return -1
		}
		if n := d.mentionAt(ms, j); n >= 0 && (finite && !d.settingMention(n, cm.to) || isActorMention(&d.mentions[n]) && d.mentions[n].Label != "Location") {
			return -1
		}
	}
	return -1
}

// settingMention reports whether mention n is a place or facility named
// in an adjunct of place that opens at toks[i] with a place preposition,
// with at most an article and two words before it: "was received at the
// presidential palace by", "was welcomed at Lima airport by". Such a
// setting names no actor, so the agent after it is still the passive's.
func (d *doc) settingMention(n, i int) bool {
	m := &d.mentions[n]
	if m.Label != "Location" && m.Label != "Facility" || i >= m.From || !d.in(i, d.words.placePreps) || m.From-i > 4 {
		return false
	}
	for k := i + 1; k < m.From; k++ {
		if t := d.toks[k]; t.Kind != Word || t.in(d.words.clauseBreaks) {
			return false
		}
	}
	return true
}

// finitePassive reports whether the participle at token i follows a
// finite form of "be", with at most two adverbs between: "was rebuked",
// "has been sharply criticised"; not "is likely to be rebuked", whose subject
// lies outside the clause. "only to be" states an outcome that happened to
// the clause's subject ("spoke, only to be rebuked, in public, by Peru"),
// as a finite passive does.
func (d *doc) finitePassive(si, i int) bool {
	from := d.sents[si].From
	j := i - 1
	for n := 0; n < 2 && j > from && strings.HasSuffix(d.lw(j), "ly"); n++ {
		j--
	}
	return j > from && d.in(j, d.words.beForms) && !(d.lw(j) == "be" && d.lw(j-1) == "to" && !d.onlyTo(from, j-1))
}

// onlyTo reports whether the "to" at toks[i] follows "only" ("only to be
// rebuked", "only to see its bid rejected"): the infinitive states what
// then happened to the clause's subject, not a purpose or a wish.
func (d *doc) onlyTo(from, i int) bool {
	return i-1 >= from && d.lw(i) == "to" && d.lw(i-1) == "only"
}

// statementAgent returns the author of the statement a passive cue was
// made in, right after the cue: "was condemned in a joint statement by
// Egypt", "was criticized in a letter from A and B" (statement_nouns in
// words.yaml). -1 if the words from i are no such phrase.
func (d *doc) statementAgent(ms []int, i, end int, fits func(*Mention) bool) int {
	const reach = 4 // "in a strongly worded joint statement by"
	if i >= end || !d.in(i, d.words.statementPreps) {
		return -1
	}
	for j := i + 1; j+1 < end && j <= i+reach; j++ {
		w := d.lw(j)
		if d.words.statementNouns.has(w) && (d.lw(j+1) == "by" || d.lw(j+1) == "from") {
			return d.rightArg(ms, j+2, 3, fits)
		}
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || d.in(j, d.words.objectPreps) || d.in(j, d.words.clauseBreaks) {
			return -1
		}
	}
	return -1
}

// unnamedGroup reports whether the reduced relative cue cm modifies a
// noun for people or things that names no entity: an actor's description
// head or an actor noun ("the militia, backed by"), or a plural that is no event
// noun ("jihadists backed by"). Such a participle has no target; after
// another noun ("talks on the treaty, hosted by") the surface heuristics
// decide as for any passive.
func (x *Extractor) unnamedGroup(d *doc, si int, cm cueMatch) bool {
	i := cm.from - 1
	if d.toks[i].Text == "," {
		i--
	}
	if i < d.sents[si].From || d.toks[i].Kind != Word || d.toks[i].Capitalized() {
		return false
	}
	w := d.lw(i)
	return isActor(d.words.descriptions[w]) || x.lex.sets.actorNouns.has(w) || strings.HasSuffix(w, "s") && len(x.cues[w]) == 0
}

// bannedDescriptions reads a participle of a sanctioning verb used as the
// adjective of a description with a country after "in": "Hezbollah is a
// banned militant group in Peru", "the KLF, a proscribed organisation in
// Chile and Peru,". The countries after "in" ban what the description
// describes: the copula's subject or the apposition's head. A description
// with no country ("the banned KLF") or one that describes nothing named
// states no banning state.
func (x *Extractor) bannedDescriptions(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for i := from + 2; i < end; i++ {
		if !strings.HasSuffix(d.lw(i), "ed") || !articles[d.lw(i-1)] || !x.sanctionVerb(d.lw(i)) {
			continue
		}
		k := i + 1
		for k < end && k <= i+4 && d.toks[k].Kind == Word && !d.toks[k].Capitalized() && d.lw(k) != "in" {
			k++ // "militant group"
		}
		if k == i+1 || k >= end || d.lw(k) != "in" {
			continue
		}
		state := func(m *Mention) bool { return m.Label == "Country" && m.Key != "" }
		n := d.placeAgent(ms, k, end)
		if n < 0 {
			continue
		}
		banners := d.coordinated(ms, n, state)
		described := -1
		j := i - 2
		switch {
		case d.in(j, d.words.beForms):
			described = d.leftArg(ms, j, isActorMention) // "Hezbollah is a banned group in Peru"
		case d.toks[j].Text == ",":
			if a := d.mentionEnding(ms, j, isActorMention); a >= 0 {
				described = a // "Hezbollah, a banned group in Peru,"
			}
		}
		if described < 0 || d.mentions[described].Key == "" {
			continue
		}
		x.stanceRel(d, si, "SANCTIONS", banners, []int{described})
	}
}

// sanctionVerb reports whether form is a form of a one-word SANCTIONS verb
// cue ("banned", "outlawed", "proscribed").
func (x *Extractor) sanctionVerb(form string) bool {
	for _, c := range x.cues[form] {
		if c.verb && len(c.words) == 1 && c.Type == "SANCTIONS" {
			return true
		}
	}
	return false
}

// listedOn reads an actor said to be on a list of terrorists or of
// sanctioned parties: "the KLF is on terrorist lists kept by Chile and
// the EU", "Peru remains on the U.S. sanctions list", "the group is on
// Chile's terror blacklist", "Ortiz was placed on Chile's sanctions list".
// The keepers (a state or body before the list noun, or after "kept by",
// "maintained by", "of") SANCTION the subject of the copula. A negated
// copula ("is not on") or a list of no such kind ("on the agenda", "on a
// list of candidates") states nothing.
func (x *Extractor) listedOn(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for i := from + 3; i < end; i++ {
		subject, on := x.listedSubject(d, si, ms, i, false)
		if subject < 0 {
			continue
		}
		keepers := d.keepersWithin(ms, on, i) // "on the U.S. terrorist list", "on Chile's blacklist"
		if len(keepers) == 0 && i+2 < end {
			keepers = d.keepersAfter(ms, i, end, d.words.listKeeping, 3, "by", "of") // "lists kept by Chile", "the list of the EU"
		}
		keepers = slices.DeleteFunc(keepers, func(k int) bool { return d.mentions[k].Key == d.mentions[subject].Key })
		x.stanceRel(d, si, "SANCTIONS", keepers, []int{subject})
	}
}

// stateVerb reports whether w is a form of "be" (words.yaml irregular
// forms) or of "remain", a verb that puts its subject on a list or under
// sanctions: "is on", "remains under".
func (d *doc) stateVerb(w string) bool {
	return d.words.beForms.has(w) || w == "remain" || w == "remains" || w == "remained"
}

// sanctionKeeper reports whether m is a named state or body, one that
// can keep a sanctions list or sanctions (listedOn, underSanctions).
func sanctionKeeper(m *Mention) bool {
	return (m.Label == "Country" || m.Label == "Organization") && m.Key != ""
}

// keepersWithin returns the mentions of ms that are sanction keepers
// (sanctionKeeper) between the preposition at toks[p] and the noun at
// toks[i]: "on the U.S. terrorist list", "under Chile's sanctions".
func (d *doc) keepersWithin(ms []int, p, i int) []int {
	var keepers []int
	for _, k := range ms {
		if m := &d.mentions[k]; m.From > p && m.To <= i && sanctionKeeper(m) {
			keepers = append(keepers, k)
		}
	}
	return keepers
}

// keepersAfter returns the sanction keepers (sanctionKeeper) named after
// the list or sanctions noun toks[i]: after one of the preps right after
// the noun ("sanctions from the EU", "the list of the EU"), or after a
// participle of keeping (words.yaml list_keeping, sanction_keeping) and
// "by" within reach words of the noun ("lists kept by Chile and the EU",
// "a list drawn up by Peru", "sanctions imposed by the UN"), with the
// actors coordinated to the first one.
func (d *doc) keepersAfter(ms []int, i, end int, participles list, reach int, preps ...string) []int {
	a := i + 1
	if d.in(a, participles) || participles.has(d.lw(a)+" "+d.lw(a+1)) {
		for a < end && d.lw(a) != "by" && a <= i+reach {
			a++
		}
	}
	if a < end && slices.Contains(preps, d.lw(a)) {
		if n := d.rightArg(ms, a+1, 3, sanctionKeeper); n >= 0 {
			return d.coordinated(ms, n, sanctionKeeper)
		}
	}
	return nil
}

// listedSubject returns the named actor that token i, a list noun, says
// is on the list, and the index of the preposition before the list: the
// subject of "is on", "remains on", "was placed on", "was added to"
// within six words before it. The list must be one of terrorists or of
// sanctioned parties (a list kind word before it, or "blacklist"), unless
// kind is true: the caller has read the kind already. Else -1.
func (x *Extractor) listedSubject(d *doc, si int, ms []int, i int, kind bool) (subject, on int) {
	from := d.sents[si].From
	w := d.lw(i)
	if w != "list" && w != "lists" && w != "blacklist" && w != "blacklists" {
		return -1, -1
	}
	kind = kind || strings.HasPrefix(w, "black")
	on = -1
	for j := i - 1; j >= from && j >= i-6; j-- {
		lw := d.lw(j)
		if d.words.listKinds.has(lw) {
			kind = true
		}
		if lw == "on" || lw == "to" {
			on = j
			break
		}
	}
	if !kind || on <= from {
		return -1, -1
	}
	b := on - 1
	if d.in(b, d.words.listingParticiples) && b-1 > from {
		b-- // "was placed on", "has been added to"
	} else if d.lw(on) == "to" {
		return -1, -1 // "a threat to Chile's terror list"
	}
	if b > from && (d.lw(b) == "still" || d.lw(b) == "also") {
		b-- // "is still on", "was also placed on"
	}
	if !d.stateVerb(d.lw(b)) {
		return -1, -1
	}
	subject = d.leftArg(ms, b, isActorMention)
	if subject < 0 || d.mentions[subject].Key == "" {
		return -1, -1
	}
	return subject, on
}

// underSanctions reads an actor said to be under a state's or a body's
// sanctions: "Peru is already under EU sanctions", "Cuba has been under
// U.S. and EU sanctions since 1962", "Peru, under Chilean sanctions since
// 2019,", "Peru remains under sanctions imposed by the UN". The states or
// bodies between "under" and the noun (or after "imposed by", "by",
// "from") SANCTION the subject of the copula or "remain", or the name the
// comma-framed phrase describes. A negated or hedged copula ("is not
// under", "could be under") and sanctions with no keeper named ("is
// under sanctions") state nothing here.
func (x *Extractor) underSanctions(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for i := from + 2; i < end; i++ {
		if w := d.lw(i); w != "sanctions" && w != "embargo" {
			continue
		}
		under := -1
		for j := i - 1; j > from && j >= i-5 && d.toks[j].Kind == Word; j-- {
			if d.lw(j) == "under" {
				under = j
				break
			}
		}
		if under < 0 {
			continue
		}
		keepers := d.keepersWithin(ms, under, i) // "under U.S. and EU sanctions", "under Chile's sanctions"
		if len(keepers) == 0 && i+1 < end {
			keepers = d.keepersAfter(ms, i, end, d.words.sanctionKeeping, 1, "by", "from") // "sanctions imposed by the UN", "sanctions from the EU"
		}
		if len(keepers) == 0 {
			continue
		}
		b := under - 1
		for b > from && d.in(b, d.words.sanctionAdverbs) {
			b-- // "is already under", "has long been under"
		}
		subject := -1
		switch w := d.lw(b); {
		case d.stateVerb(w):
			if negated(d, from, b+1) || hedged(d, from, b) {
				continue
			}
			subject = d.leftArg(ms, b, isActorMention) // "Peru is under EU sanctions"
		case d.toks[b].Text == ",":
			subject = d.mentionEnding(ms, b, isActorMention) // "Peru, under EU sanctions since 2019,"
		}
		if subject < 0 || d.mentions[subject].Key == "" {
			continue
		}
		keepers = slices.DeleteFunc(keepers, func(k int) bool { return d.mentions[k].Key == d.mentions[subject].Key })
		x.stanceRel(d, si, "SANCTIONS", keepers, []int{subject})
	}
}

// keptClosed reads a closure kept in place: "Chile kept its border with
// Peru closed", "said it would keep the airspace to Peruvian airlines
// shut". Keeping a border, airspace or ports closed presupposes they are
// closed, so a "will" or "would" states it too; a negation or another
// modal ("could keep") does not. The subject of "keep" SANCTIONS the
// actors after "with" or "to".
func (x *Extractor) keptClosed(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for i := from + 1; i+4 < end; i++ {
		if w := d.lw(i); w != "keep" && w != "keeps" && w != "kept" && w != "keeping" {
			continue
		}
		j := i + 1
		if determiners[d.lw(j)] {
			j++ // "its", "the"
		}
		if !d.in(j, d.words.closables) || d.lw(j+1) != "with" && d.lw(j+1) != "to" {
			continue
		}
		t := d.rightArg(ms, j+2, 3, isActorMention)
		if t < 0 {
			continue
		}
		targets := d.coordinated(ms, t, isActorMention)
		k := d.mentions[targets[len(targets)-1]].To
		if k >= end || d.lw(k) != "closed" && d.lw(k) != "shut" && d.lw(k) != "sealed" {
			continue
		}
		if negated(d, from, i) || hedged(d, from, i) && !(i-1 > from && (d.lw(i-1) == "will" || d.lw(i-1) == "would")) {
			continue
		}
		subject := d.leftArg(ms, i, isActorMention)
		if subject < 0 {
			continue
		}
		x.stanceRel(d, si, "SANCTIONS", []int{subject}, targets)
	}
}

// conjoinedPassive returns the token of the earlier passive participle,
// with its own "by" agent, that the participle at token i is conjoined to
// by "and", "but" or "or" ("the plan was drafted by Peru and endorsed by
// Chile", "was praised by A but criticised by B"): both participles share
// the subject before the first, so the first one's agent is no target of
// the second. -1 if there is none.
func (d *doc) conjoinedPassive(si, i int) int {
	from := d.sents[si].From
	j := i - 1
	if j > from && strings.HasSuffix(d.lw(j), "ly") {
		j-- // "and later endorsed by"
	}
	if j <= from || !(d.lw(j) == "and" || d.lw(j) == "but" || d.lw(j) == "or") {
		return -1
	}
	for k := j - 1; k > from+1 && j-k <= 12; k-- {
		if t := d.toks[k].Text; t == ";" || t == ":" || t == "(" || t == ")" {
			return -1
		}
		if d.lw(k) == "by" && d.participle(k-1) && d.passiveAt(si, k-1) {
			return k - 1
		}
	}
	return -1
}

// conjoinedBarePassive reports whether the participle of the item cue at
// cm (SUPPLIES: "transfer", "hand over") shares the passive of an earlier
// participle it is conjoined to by "and" or "or": "was arrested and
// handed over to Peru", "was flown to Lima and transferred to the
// tribunal". Such a verb takes its item as direct object when active
// ("was attacked and supplied arms to Peru"); with a preposition right
// after it and no object, its subject is the item handed over, not the
// supplier.
func (d *doc) conjoinedBarePassive(si int, cm cueMatch) bool {
	from, end := d.sents[si].From, d.sents[si].To
	i := cm.from
	if !d.participle(i) || cm.to >= end || !d.in(cm.to, d.words.objectPreps) {
		return false
	}
	j := i - 1
	if j > from && d.adverbAt(j) {
		j-- // "and later handed over"
	}
	if j <= from || d.lw(j) != "and" && d.lw(j) != "or" {
		return false
	}
	for k := j - 1; k > from && j-k <= 12; k-- {
		if t := d.toks[k].Text; t == ";" || t == ":" || t == "(" || t == ")" || d.in(k, d.words.clauseBreaks) {
			return false
		}
		if d.participle(k) && d.finitePassive(si, k) {
			return true
		}
	}
	return false
}
