package extract

import (
	"slices"
	"strings"
)

// This file holds the relations that nouns and coordinated lists state,
// beyond the fixed phrases of the noun cues (cues.yaml) read by cuerel.go:
//   - a noun cue's preposition after an adjunct or a participle with its
//     agents ("cooperation in the last few years with", "sanctions imposed
//     by the EU on Iran"), agents between noun and preposition ("strikes by
//     Israel on Gaza"), nouns in apposition ("Chile, Peru's ally");
//   - events named by nouns: their doer is the noun's modifier ("a Russian
//     missile strike") or whoever claims them a few sentences around ("the
//     attacks struck X" ... "Y claimed responsibility for the attacks"),
//     what "was the target of" them, parties who join them ("joined the
//     talks"); a verb whose object is an event noun acts on the event;
//   - intent nouns ("Seoul's decision to deploy"): the infinitive is the
//     owner's, states only an intention, and takes no argument of a stance
//     around it ("opposition to the plan to place");
//   - maker nouns ("mortar manufacturer Hirtenberger") and "against Y" after
//     backing or allying (OPPOSES Y);
//   - coordination: partners joined by "along with", the head of each
//     conjunct ("Nauseda of Lithuania and Karis of Estonia"), "their" for
//     a coordinated subject, a relative "which" after a modifier.
// The word lists are in words.yaml (event_nouns, claim_verbs, join_verbs,
// intent_nouns, maker_nouns, against_types, additive_links).

// adjunctPrep returns where a two-word noun cue ("cooperation with",
// "talks with") ends when an adjunct phrase stands between its noun at
// toks[i] and its preposition: "increased cooperation in the last few
// years with China", "talks on Tuesday with Iran". The adjunct opens with
// another preposition, holds no actor, no punctuation and no clause break,
// and is short; or it is a participle with its agents, "sanctions imposed
// by the United States and the EU on Iran", agents right after the noun,
// "strikes by F-16 fighter jets on Peruvian posts", or an attack noun's doer
// after "of" (ofAgent: "the offensives of the rebels in Goma"). A noun
// cue of any length may also have a relative clause of doing before its
// preposition (relativeAct: "an arms embargo Chile had slapped on
// Peru"). ok is false when there is no such phrase.
func (d *doc) adjunctPrep(ms []int, c *compiledCue, i, end int) (int, bool) {
	const maxAdjunct, maxAgents = 7, 10
	if c.verb || len(c.words) < 2 || i+2 >= end {
		return 0, false
	}
	if k := d.nounStemEnd(c, i); k > 0 && d.words.objectPreps.has(c.words[len(c.words)-1]) {
		if _, after := d.relativeAct(ms, k, end); after > 0 && after < end && d.lw(after) == c.words[len(c.words)-1] {
			return after + 1, true // "an arms embargo Chile had slapped on Peru"
		}
	}
	if len(c.words) != 2 {
		return 0, false
	}
	prep, open := c.words[1], d.lw(i+1)
	if !d.words.objectPreps.has(prep) {
		return 0, false
	}
	agent := strings.HasSuffix(open, "ed") && d.lw(i+2) == "by" || // "sanctions imposed by the EU on Iran"
		open == "by" && prep != "by" || // "strikes by F-16 fighter jets on Peruvian posts"
		ofAgent(c, open) // "the offensives of the rebels in Goma"
	if !agent && (!d.words.objectPreps.has(open) || open == prep || open == "of" || open == "by") {
		return 0, false
	}
	reach := maxAdjunct
	if agent {
		reach = maxAgents
	}
	for j := i + 2; j < end && j <= i+1+reach; j++ {
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) && !(agent && d.lw(j) == "and") {
			return 0, false
		}
		if k := d.mentionAt(ms, j); k >= 0 && isActor(d.mentions[k].Label) && !agent {
			return 0, false
		}
		if d.lw(j) == prep {
			return j + 1, true
		}
	}
	return 0, false
}

// modifierBefore reports whether the tokens from mention m to token k (the
// last before a relative "which") are a short modifier of m that ends in a
// mention unfit to be the argument: in "a naval coalition to patrol the
// Persian Gulf which was joined by Australia" the coalition was joined,
// not the gulf.
func (d *doc) modifierBefore(ms []int, m *Mention, k int) bool {
	const maxModifier = 6
	if k < m.To || k-m.To >= maxModifier {
		return false
	}
	for j := m.To; j <= k; j++ {
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) {
			return false
		}
	}
	for _, q := range ms {
		if r := &d.mentions[q]; r.To-1 == k && r.Key != "" {
			return true
		}
	}
	return false
}

// A noun may name an event whose doer the sentence does not name beside
// it: "an attack on oil facilities in Saudi Arabia", "the attacks struck
// the refinery". Another sentence may name the doer by a claim: "the
// Houthis claimed responsibility for the attacks", "the attack was claimed
// by the Houthis". Events and claims a few sentences apart are joined:
// the claimant did the event to its targets.

// nominalEvent is an event named by a noun, with the targets its sentence
// gives it and no doer.
type nominalEvent struct {
	sent    int
	typ     string // relation type of the event noun's cue: ATTACKS for "attack on"
	targets []int  // mention indexes
}

// eventClaim is an actor owning an event named by a noun.
type eventClaim struct {
	sent   int
	typ    string
	agents []int // mention indexes
}

// nominalState is what the relation stage has read of events named by
// nouns so far in a document.
type nominalState struct {
	events []nominalEvent
	claims []eventClaim
	party  partyEvent
}

// partyEvent is the last event whose parties relate to each other
// ("Egypt, Greece and France gathered in Cairo"): its sentence, relation
// type and parties.
type partyEvent struct {
	sent    int
	typ     string
	parties []int
}

// claimsBack and eventsBack are how many sentences before an event its
// claim may come, and before a claim its event.
const (
	claimsBack = 2
	eventsBack = 3
)

// nominalSources corrects the sources cueSources found for cue cm where a
// noun decides them: the infinitive of an intent noun is its owner's
// ("Seoul's decision to deploy"); a verb whose subject is an event noun is
// done by the noun's modifier ("a U.S. airstrike that killed"), or by
// whoever claims the event ("the attacks struck X"). event is the token of
// an event noun with no doer ("an attack on X"; those attacks), whose
// targets a claim may take; -1 if none.
func (x *Extractor) nominalSources(d *doc, si int, ms []int, cm cueMatch, fits func(*Mention) bool, sources, subject []int, passive bool) ([]int, []int, int) {
	c := cm.c
	if owner, ok := x.planOwner(d, si, ms, cm, fits); ok {
		sources, subject = owner, nil
	}
	event := -1
	if !c.verb && len(sources) == 0 && x.eventType(d, c.words[0]) == c.Type {
		if p := d.eventModifier(ms, si, cm.from, fits); p >= 0 && !x.verbBetween(d, si, d.mentions[p].To, cm.from) {
			sources = []int{p} // "a Russian missile strike on Kyiv"; not "Russia condemned sanctions on Iran"
		} else {
			event = cm.from
		}
	}
	if c.verb && !passive {
		if n := x.eventSubject(d, si, cm); n >= 0 {
			sources, subject = nil, nil
			if p := d.possessorBefore(ms, si, n, fits); p >= 0 {
				sources = []int{p}
			} else if p := d.eventModifier(ms, si, n, fits); p >= 0 {
				sources = []int{p}
			} else if a := d.actAgent(ms, si, n, cm.from, fits); len(a) > 0 {
				sources = a // "the sanctions, imposed by Washington on Friday, froze"
			} else {
				event = n
			}
		}
	}
	return sources, subject, event
}

// actAgent returns the agent of a participle of doing (act_verbs in
// words.yaml: imposed, launched, ordered, announced ...) that follows the
// event noun at token n set off by commas before the verb at token i:
// "The sanctions, imposed by Washington on Friday, froze the assets of
// Gazprombank" (Washington's sanctions), "The strikes, ordered by Putin,
// hit Kharkiv". Another participle ("The strikes, condemned by the EU,
// hit Kharkiv") names no doer. nil if there is none.
func (d *doc) actAgent(ms []int, si, n, i int, fits func(*Mention) bool) []int {
	lo, hi := d.participleBefore(si, i)
	if hi == 0 || lo != n+1 {
		return nil
	}
	by := d.participleBy(lo+1, d.sents[si].To)
	if by < 0 || !d.in(by-1, d.words.actVerbs) {
		return nil
	}
	k := d.rightArg(ms, by+1, 3, fits)
	if k < 0 || d.mentions[k].To > hi {
		return nil
	}
	return d.coordinated(ms, k, fits)
}

// eventModifier returns the actor among the modifiers of the event noun
// at token n, a few lower-case words or things before it: "a Russian
// missile strike", "an Al-Qaeda suicide attack", "a U.S. drone strike";
// -1 if none.
func (d *doc) eventModifier(ms []int, si, n int, fits func(*Mention) bool) int {
	const reach = 3
	from := d.sents[si].From
	for j := n - 1; j >= from && j >= n-reach; {
		if k := d.mentionEnding(ms, j+1, keyed); k >= 0 {
			m := &d.mentions[k]
			if isActor(m.Label) && fits(m) {
				return k
			}
			j = m.From - 1 // "drone", "missile": a thing modifies the noun
			continue
		}
		if isQuote(d.toks[j].Text) {
			j-- // `Russian "military action"`: the quoted noun's own modifier
			continue
		}
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || determiners[t.lower] || t.in(d.words.objectPreps) {
			return -1
		}
		j--
	}
	return -1
}

// eventType returns the relation type of an event noun: that of the noun
// cue it opens ("attack" opens "attack on": ATTACKS); "" for other words.
func (x *Extractor) eventType(d *doc, w string) string {
	if !d.words.eventNouns.has(w) {
		return ""
	}
	for _, c := range x.cues[w] {
		if !c.verb && len(c.words) > 1 {
			return c.Type
		}
	}
	return ""
}

// eventSubject returns the document token of the event noun that is the
// subject of verb cue cm ("the attacks occurred ... and struck X", "a U.S.
// airstrike that killed X"), or -1. The sentence is parsed only when an
// event noun of the cue's type comes before the cue.
func (x *Extractor) eventSubject(d *doc, si int, cm cueMatch) int {
	from := d.sents[si].From
	found := false
	for j := from; j < cm.from && !found; j++ {
		found = x.eventType(d, d.lw(j)) == cm.c.Type
	}
	if !found {
		return -1
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return -1
	}
	subj, passive := subjectOf(toks, cm.from-from, d.words.relativePronouns.set)
	if subj < 0 || passive || x.eventType(d, d.lw(from+subj)) != cm.c.Type {
		return -1
	}
	return from + subj
}

// noteEvent records the targets of the event noun at token n when no doer
// was found for it, and relates the claimants of the last sentences to
// them if the noun is definite ("the attacks struck X" is the event
// claimed before; "an attack on X" a new one).
func (x *Extractor) noteEvent(d *doc, si, n int, typ string, targets []int) {
	if len(targets) == 0 {
		return
	}
	d.nominal.events = append(d.nominal.events, nominalEvent{si, typ, targets})
	if !d.definite(si, n) {
		return
	}
	claimed := false
	for _, c := range d.nominal.claims {
		if c.typ == typ && si-c.sent >= 0 && si-c.sent <= claimsBack {
			x.claimRelations(d, si, typ, c.agents, targets)
			claimed = true
		}
	}
	if !claimed {
		if a := d.enclosingEventAgent(si, typ, targets); a >= 0 {
			x.claimRelations(d, si, typ, []int{a}, targets) // "the raids on Lima and Cusco" after "Chilean strikes on Peru"
		}
	}
}

// enclosingEventAgent returns the doer of the event a definite event noun
// with no doer of its own refers back to when its targets lie within the
// target of an event of the same type told in the sentence or the
// eventsBack before: "Chile bombed Peru. ... the raids on Lima and Cusco"
// (cities of Peru, or Peru itself) are Chile's. The events read are those
// of the last sentence that told one, and every target must lie in one
// event's target: "the attack on Arica" (in Chile) after "Chile bombed
// Peru" takes no doer, nor does "the attack on Lima" after "Chile bombed
// Peru. Bolivia shelled Arica". -1 if there is none.
func (d *doc) enclosingEventAgent(si int, typ string, targets []int) int {
	start, since := d.sents[si].Start, d.sents[max(si-eventsBack, 0)].Start
	types := []string{typ}
	last := -1 // the start of the last sentence that told an event of typ
	for r := len(d.rels) - 1; r >= 0; r-- {
		rel := &d.rels[r]
		a := d.relAgent(rel, start, since, types, nil, "")
		if a < 0 {
			continue
		}
		if last >= 0 && rel.Span[0] != last {
			return -1
		}
		last = rel.Span[0]
		within := func(t int) bool {
			m := &d.mentions[t]
			return m.Key == rel.Target || m.Label != "Country" && m.Country != "" && "country:"+m.Country == rel.Target
		}
		if !slices.ContainsFunc(targets, func(t int) bool { return !within(t) }) && !slices.Contains(targets, a) {
			return a
		}
	}
	return -1
}

// claimRelations relates every claimant to every target of an event.
func (x *Extractor) claimRelations(d *doc, si int, typ string, agents, targets []int) {
	for _, a := range agents {
		for _, t := range targets {
			x.addRel(d, si, typ, "", &d.mentions[a], &d.mentions[t], nil)
		}
	}
}

// eventClaims finds the claims of sentence si ("X claimed responsibility
// for the attack", "X carried out the strike", "the attack was claimed by
// X") and relates the claimants to the targets of the events of the last
// sentences.
func (x *Extractor) eventClaims(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From; i < s.To; i++ {
		end := i + 1
		if i+1 < s.To && d.inPair(i, d.words.claimVerbs) {
			end = i + 2
		} else if !d.in(i, d.words.claimVerbs) {
			continue
		}
		if negated(d, s.From, i) {
			continue
		}
		n, agents := x.claimOf(d, si, ms, i, end)
		if n < 0 || len(agents) == 0 {
			continue
		}
		typ := x.eventType(d, d.lw(n))
		if typ == "ATTACKS" && !d.unstated(s.From, i, false) {
			x.claimedWeapons(d, si, ms, agents, n+1) // "carried out the raid using six drones" (weaponuse.go)
		}
		back := 0 // "claimed a strike on X", "began a military offensive": a new event, told in this sentence
		if d.definite(si, n) {
			back = eventsBack // "claimed the attack": the one told around it
			d.nominal.claims = append(d.nominal.claims, eventClaim{si, typ, agents})
		}
		for _, e := range d.nominal.events {
			if e.typ == typ && si-e.sent >= 0 && si-e.sent <= back {
				x.claimRelations(d, si, typ, agents, e.targets)
			}
		}
	}
}

// claimOf reads the claim whose verb spans tokens [i, end): the event
// noun's token and the claimants; -1 if there is no claim. Active, the claimant is the subject and
// the event noun follows within a few words ("claimed responsibility for
// the attacks"), not as the subject of a clause of its own ("claimed the
// attack was staged"); passive, the event noun comes before and the
// claimant after "by".
func (x *Extractor) claimOf(d *doc, si int, ms []int, i, end int) (int, []int) {
	const reach = 4
	s := d.sents[si]
	actor := func(m *Mention) bool { return isActor(m.Label) }
	if i-1 > s.From && d.in(i-1, d.words.beForms) {
		if end >= s.To || d.lw(end) != "by" {
			return -1, nil
		}
		for j := i - 2; j >= s.From && j >= i-2-reach; j-- {
			if x.eventType(d, d.lw(j)) != "" {
				if a := d.rightArg(ms, end+1, reach, actor); a >= 0 {
					return j, d.coordinated(ms, a, actor)
				}
				return -1, nil
			}
			if d.toks[j].Kind == Punct {
				break
			}
		}
		return -1, nil
	}
	for j := end; j < s.To && j < end+reach; j++ {
		if d.toks[j].Kind == Punct || d.in(j, d.words.objectPreps) && d.lw(j) != "for" {
			return -1, nil // "launched an investigation into the attack" owns no attack
		}
		if k := d.mentionAt(ms, j); k >= 0 && isActor(d.mentions[k].Label) {
			return -1, nil
		}
		if x.eventType(d, d.lw(j)) == "" {
			continue
		}
		if j+1 < s.To && !objectPhraseEnds(d, j+1) && d.lw(j+1) != "using" {
			return -1, nil // "claimed the attack was staged", "claimed the strike hit a depot": what was said of it
		}
		if a := d.leftArg(ms, i, actor); a >= 0 {
			return j, d.coordinatedBefore(ms, a, actor)
		}
		return -1, nil
	}
	return -1, nil
}

// definite reports whether the noun at token n of sentence si opens with a
// definite determiner, up to two modifiers before it: "the attacks", "the
// drone strikes".
func (d *doc) definite(si, n int) bool {
	for j := n - 1; j >= d.sents[si].From && j >= n-3; j-- {
		if d.in(j, d.words.definites) {
			return true
		}
		if d.toks[j].Kind != Word {
			return false
		}
	}
	return false
}

// nounCueBetween reports whether a noun cue of several words ("attack
// on", "expulsion of") opens at a token from i on and ends by token j: the
// phrase before j names an event, and a verb before it acts on the event.
func (x *Extractor) nounCueBetween(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		for _, c := range x.cuesOf(d, k) {
			if c.verb || len(c.words) < 2 {
				continue
			}
			if to, ok := matchRest(d, c.words[1:], k+1, j, 1); ok && to <= j {
				return true
			}
		}
	}
	return false
}

// theirGroup returns the coordinated actors that an unresolved "their"
// just before the noun cue at token i, or before one or two lower-case
// modifiers of it ("their strategic partnership"), stands for: the list that is the
// subject before it in the sentence ("Both A and B said after their
// talks"). It returns nil when there is no such list.
func (d *doc) theirGroup(ms []int, si, i int, fits func(*Mention) bool) []int {
	j := i
	for j-1 > d.sents[si].From && i-j < 2 && d.toks[j-1].Kind == Word && d.toks[j-1].Text == d.lw(j-1) && !determiners[d.lw(j-1)] {
		j-- // "their strategic partnership", "their defence cooperation"
	}
	p := -1
	for _, k := range ms {
		if m := &d.mentions[k]; (m.To == i || m.To == j) && m.Kind == mPronoun && m.Key == "" && m.Head == "their" {
			p = k
		}
	}
	if p < 0 {
		return nil
	}
	for q := len(ms) - 1; q >= 0; q-- {
		m := &d.mentions[ms[q]]
		if m.To > d.mentions[p].From || m.Key == "" || !m.Arg || !fits(m) || d.afterPreposition(m) {
			continue
		}
		if group := d.coordinatedBefore(ms, ms[q], fits); d.opensClause(ms, group[0]) || d.toldList(group, &d.mentions[p]) {
			return group
		}
		return nil
	}
	return nil
}

// toldList reports whether group, a list of two or more, is the object of
// a verb of telling right before it and "their" (mention p) opens the
// "that" clause right after it: in "the Commission told Chile, Peru and
// Bolivia that their agreements with Russia were void" the told list owns
// the agreements, the single teller cannot.
func (d *doc) toldList(group []int, p *Mention) bool {
	if len(group) < 2 {
		return false
	}
	last := &d.mentions[group[len(group)-1]]
	v := d.npStart(&d.mentions[group[0]]) - 1
	return v >= d.sents[last.sent].From && d.in(v, d.words.speechVerbs) && d.lw(v) != "said" && d.lw(v) != "says" &&
		last.To+1 == p.From && d.lw(last.To) == "that"
}

// eventTarget relates the doer of an event noun to what "was the target
// of" it: "Tartus was the target of a Hezbollah drone attack" (the doer modifies
// the noun); with no doer, the event is noted for a claim.
func (x *Extractor) eventTarget(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From + 1; i+2 < s.To; i++ {
		if w := d.lw(i); !d.words.targetNouns.has(w) || d.lw(i+1) != "of" || !d.in(i-1, d.words.beForms) && !determiners[d.lw(i-1)] {
			continue
		}
		n := -1
		for j := i + 2; j < s.To && j <= i+6 && n < 0; j++ {
			if x.eventType(d, d.lw(j)) != "" {
				n = j
			} else if d.toks[j].Kind == Punct {
				break
			}
		}
		if n < 0 {
			continue
		}
		typ := x.eventType(d, d.lw(n))
		rt := x.lex.relTypes[typ]
		tfits := func(m *Mention) bool { return slices.Contains(rt.Targets, m.Label) }
		t := d.leftArg(ms, i, tfits)
		if t < 0 {
			continue
		}
		doer := d.eventModifier(ms, si, n, func(m *Mention) bool { return slices.Contains(rt.Sources, m.Label) })
		if doer >= 0 { // "an Al-Qaeda suicide attack"
			x.addRel(d, si, typ, "", &d.mentions[doer], &d.mentions[t], nil)
		} else {
			x.noteEvent(d, si, n, typ, []int{t})
		}
	}
}

// joinedAfter returns the mentions joined to the subject mention k by an
// additive link between it and the cue at token i: "Chile, along with Peru
// and Ecuador, condemned", "Chile as well as Peru condemned". Nothing but
// a comma may stand between the partners and the cue.
func (d *doc) joinedAfter(ms []int, k, i int, fits func(*Mention) bool) []int {
	j := d.mentions[k].To
	if j < i && d.toks[j].Text == "," {
		j++
	}
	link := d.phraseEnd(d.words.additiveLinks, j, i) - j // "along with", "as well as"
	if link == 0 {
		return nil
	}
	n := d.rightArg(ms, j+link, 2, fits)
	if n < 0 || d.mentions[n].From > j+link+1 {
		return nil
	}
	partners := d.coordinated(ms, n, fits)
	end := d.mentions[partners[len(partners)-1]].To
	if end < i && d.toks[end].Text == "," {
		end++
	}
	for ; end < i; end++ {
		if d.toks[end].Kind != Word || d.mentionAt(ms, end) >= 0 || end-d.mentions[partners[len(partners)-1]].To > 3 {
			return nil // "have", "also", "jointly" may stand before the verb, nothing else
		}
	}
	return partners
}

// joinedBefore returns the subject that the partners starting with mention
// k are joined to by an additive link before them ("Chile, along with Peru
// and Ecuador"), or -1.
func (d *doc) joinedBefore(ms []int, k int, fits func(*Mention) bool) int {
	from := d.sents[d.mentions[k].sent].From
	i := d.npStart(&d.mentions[k])
	for n := 1; n <= 3; n++ {
		j := i - n
		if j <= from {
			return -1
		}
		words := make([]string, 0, n)
		for t := j; t < i; t++ {
			words = append(words, d.lw(t))
		}
		if !d.words.additiveLinks.has(strings.Join(words, " ")) {
			continue
		}
		if d.toks[j-1].Text == "," {
			j--
		}
		for _, q := range ms {
			if m := &d.mentions[q]; m.To == j && m.Key != "" && m.Arg && fits(m) && !d.afterPreposition(m) {
				return q
			}
		}
		return -1
	}
	return -1
}

// namedHead returns the named actor that a demonym m modifies through a
// few lower-case nouns ("North Korean shipping firm Ocean Maritime
// Management", "Russian oligarch Oleg Deripaska"): the head of the phrase
// is the argument, not the demonym's country. -1 if there is none.
func (d *doc) namedHead(ms []int, m *Mention, fits func(*Mention) bool) int {
	const reach = 3
	if m.Kind != mAdjective {
		return -1
	}
	for j := m.To; j < d.sents[m.sent].To && j <= m.To+reach; j++ {
		if h := d.mentionAt(ms, j); h >= 0 && j > m.To {
			if n := &d.mentions[h]; n.Kind == mName && n.Key != "" && n.Arg && fits(n) {
				return h
			}
			return -1
		}
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || t.in(d.words.objectPreps) || t.in(d.words.placePreps) ||
			determiners[t.lower] || t.in(d.words.clauseBreaks) {
			return -1 // only nouns describe the head: not "a Ukrainian jet near Tehran"
		}
	}
	return -1
}

// makerRelations adds what maker nouns state: "Austrian mortar and shell
// manufacturer Hirtenberger" (BUILDS Hirtenberger -> mortars), "Saab, a
// Swedish fighter jet maker". The things are the mentions in the compound
// before the noun; the maker is the name right after it, or the name the
// phrase stands in apposition to.
func (x *Extractor) makerRelations(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From + 1; i < s.To; i++ {
		typ := d.words.makers.get(d, i)
		if typ == "" {
			continue
		}
		rt := x.lex.relTypes[typ]
		thing := func(m *Mention) bool { return slices.Contains(rt.Targets, m.Label) }
		var things []int
		start := i
		for j := i - 1; j >= s.From; j-- {
			t := d.toks[j]
			if k := d.mentionEnding(ms, j+1, keyed); k >= 0 && (thing(&d.mentions[k]) || d.mentions[k].Kind == mAdjective) {
				if thing(&d.mentions[k]) {
					things = append(things, k)
				}
				j = d.mentions[k].From // "Swedish" modifies the phrase
				start = j
				continue
			}
			if t.Kind != Word || t.Capitalized() || determiners[t.lower] || t.in(d.words.objectPreps) {
				break
			}
			start = j // "and", "anti-tank", "shell"
		}
		if len(things) == 0 {
			continue
		}
		maker := -1
		actor := func(m *Mention) bool {
			return m.Kind == mName && m.Key != "" && m.Arg && slices.Contains(rt.Sources, m.Label)
		}
		if k := d.mentionAt(ms, i+1); k >= 0 && actor(&d.mentions[k]) {
			maker = k // "manufacturer Hirtenberger"
		} else if j := start - 1; j-1 > s.From && determiners[d.lw(j)] && d.toks[j-1].Text == "," {
			if k := d.mentionEnding(ms, j-1, keyed); k >= 0 && actor(&d.mentions[k]) {
				maker = k // "Saab, a Swedish fighter jet maker"
			}
		}
		if maker < 0 {
			continue
		}
		for _, t := range things {
			x.addRel(d, si, typ, "", &d.mentions[maker], &d.mentions[t], nil)
		}
	}
}

// innerAgent returns the agent after "by" between a noun cue's noun and
// its preposition ("strikes by Israel on Gaza", "sanctions by the EU
// against Iran"), the doer after an attack noun's "of" (ofAgent), or the
// subject of a relative clause of doing there ("the embargo Washington
// imposed on Cuba", relativeAct); -1 if none.
func (d *doc) innerAgent(ms []int, cm cueMatch, fits func(*Mention) bool) int {
	if k := d.nounStemEnd(cm.c, cm.from); k >= 0 {
		if n, after := d.relativeAct(ms, k, cm.to); n >= 0 && after == cm.to-1 {
			if fits(&d.mentions[n]) {
				return n // "the embargo Washington imposed on Cuba"
			}
			return -1
		}
	}
	by := cm.from + 1
	if strings.HasSuffix(d.lw(by), "ed") {
		by++ // "sanctions imposed by the EU on Iran"
	}
	if cm.to-cm.from <= len(cm.c.words) || d.lw(by) != "by" && (d.lw(by) != "from" || by != cm.from+1) && (!ofAgent(cm.c, d.lw(by)) || by != cm.from+1) {
		return -1 // "by", or "from" or an attack's "of" right after the noun: "the threat from Russia to Estonia"
	}
	n := d.rightArg(ms, by+1, cm.to-by-1, fits)
	if n < 0 || d.mentions[n].To > cm.to-1 {
		return -1
	}
	return n
}

// joinedParty relates an actor who joins a definite event noun ("Di Maio
// joined the talks") to the parties of the last event of the noun's type,
// told at most claimsBack sentences before. The noun's type is that of the
// plural noun cue it is ("talks": MET_WITH).
func (x *Extractor) joinedParty(d *doc, si int, ms []int) {
	p := d.nominal.party
	if len(p.parties) == 0 || si-p.sent > claimsBack || si == p.sent {
		return
	}
	s := d.sents[si]
	actor := func(m *Mention) bool { return isActor(m.Label) }
	for i := s.From + 1; i+2 < s.To; i++ {
		if !d.in(i, d.words.joinVerbs) || !determiners[d.lw(i+1)] || d.lw(i+1) == "a" || d.lw(i+1) == "an" {
			continue
		}
		if x.partyType(d.lw(i+2)) != p.typ {
			continue
		}
		j := d.leftArg(ms, i, actor)
		if j < 0 {
			continue
		}
		for _, q := range p.parties {
			x.addRel(d, si, p.typ, "", &d.mentions[j], &d.mentions[q], nil)
		}
	}
}

// partyType returns the type of the plural noun cue w ("talks": MET_WITH),
// or "".
func (x *Extractor) partyType(w string) string {
	for _, c := range x.cues[w] {
		if c.Plural && !c.verb && len(c.words) == 1 {
			return c.Type
		}
	}
	return ""
}

// planOwner returns the doer of a verb cue in the infinitive of an intent
// noun ("Seoul's decision to deploy THAAD", "the plan by Washington to
// place missiles", "the U.S. plan to deploy"): the noun's owner. With no
// owner, a noun inside a prepositional phrase ("opposition to the plan to
// place") has no doer in the sentence: sources is nil. ok is false when
// the cue is no such infinitive, or the noun's owner is left to the clause
// ("Washington drafted a plan to deploy").
func (x *Extractor) planOwner(d *doc, si int, ms []int, cm cueMatch, fits func(*Mention) bool) (sources []int, ok bool) {
	from := d.sents[si].From
	if !cm.c.verb || cm.from-2 < from || d.lw(cm.from-1) != "to" {
		return nil, false
	}
	n := cm.from - 2
	if k := d.mentionEnding(ms, n+1, keyed); k >= 0 && d.mentions[k].From-2 >= from && d.lw(d.mentions[k].From-1) == "by" &&
		d.in(d.mentions[k].From-2, d.words.intentNouns) {
		if fits(&d.mentions[k]) {
			return []int{k}, true // "the plan by Washington to place"
		}
		return nil, true
	}
	if !d.in(n, d.words.intentNouns) {
		return nil, false
	}
	if p := d.possessorBefore(ms, si, n, fits); p >= 0 {
		return []int{p}, true
	}
	for j := n - 1; j >= from && j >= n-4; j-- {
		w := d.lw(j)
		if w == "in" {
			return nil, false // "in a bid to deploy": the purpose of the clause's subject
		}
		if d.words.objectPreps.has(w) {
			return nil, true // "opposition to the plan to place": the plan's owner is not named here
		}
		if d.toks[j].Kind != Word || !determiners[w] && d.mentionAt(ms, j) < 0 && d.toks[j].Capitalized() {
			break
		}
	}
	return nil, false
}

// planBetween reports whether an intent noun and its "to" stand between
// tokens i and j: what follows is the plan's, not an argument of the cue
// before it.
func (d *doc) planBetween(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if d.in(k, d.words.intentNouns) && d.lw(k+1) == "to" {
			return true
		}
	}
	return false
}

// coordinatedInside returns mention k with the mentions coordinated with
// it that end before token end.
func (d *doc) coordinatedInside(ms []int, k, end int, fits func(*Mention) bool) []int {
	out := d.coordinated(ms, k, fits)
	for n, q := range out {
		if d.mentions[q].To > end {
			return out[:n]
		}
	}
	return out
}

// appositionHead returns the name that a noun phrase opened by the
// possessor, demonym or modifying name p stands in apposition to: "Chile,
// Peru's ally", "Chile, a Peruvian ally", "Chile, a Mercosur ally", after
// an adverb of words.yaml copula_adverbs too ("Chile, long Peru's
// closest ally,"), and past a possessor's honorific ("Mr. Correa's
// ally"); a possessive pronoun too, resolved past the head
// (apposedOwnHead: "sent troops to Belarus, its closest ally" is
// Russia's ally); -1 if none.
func (d *doc) appositionHead(ms []int, p int, fits func(*Mention) bool) int {
	m := &d.mentions[p]
	if !d.isPossessor(m) && m.Kind != mAdjective && !d.nameModifier(m) && !(m.Kind == mPronoun && possessivePronoun[m.Head]) {
		return -1
	}
	j := d.npStart(m) - 1
	from := d.sents[m.sent].From
	for j > from && d.words.honorifics[d.toks[j].Text] {
		j-- // "Chavez, Mr. Correa's closest ally,"
	}
	if j > from && determiners[d.lw(j)] {
		j--
	}
	if j > from && d.in(j, d.words.copulaAdverbs) {
		j-- // "Chile, long Peru's closest ally,"
	}
	if j <= from || d.toks[j].Text != "," {
		return -1
	}
	if k := d.mentionEnding(ms, j, keyed); k >= 0 && d.mentions[k].Kind == mName && d.mentions[k].Arg && fits(&d.mentions[k]) {
		return k
	}
	return -1
}

// secondDescription returns the article of a second description joined
// by "and" to an apposition that starts at toks[i]: "Chile, Peru's closest
// ally and a founding member of the bloc," gives the "a" after "and". The
// first description opens with a determiner or a name ("Peru's") and ends
// in a lower-case noun ("ally"), with no comma, relative pronoun or more
// than six tokens in it (not a list of names, "Chile, Peru and a member",
// nor a clause). It returns -1 when there is none.
func (d *doc) secondDescription(ms []int, i, end int) int {
	if i >= end || !determiners[d.lw(i)] && d.mentionAt(ms, i) < 0 {
		return -1
	}
	for j := i + 1; j < end && j <= i+6; j++ {
		t := d.toks[j]
		if t.Kind == Punct && t.Text != "'s" && t.Text != "-" || t.in(d.words.relativePronouns) {
			return -1
		}
		if t.lower != "and" {
			continue
		}
		prev := d.toks[j-1]
		if j+1 < end && (d.lw(j+1) == "a" || d.lw(j+1) == "an") && prev.Kind == Word && !prev.Capitalized() && d.mentionAt(ms, j-1) < 0 {
			return j + 1
		}
		return -1
	}
	return -1
}

// nameModifier reports whether name m modifies the lower-case noun right
// after it, behind an article: "a Hezbollah ally".
func (d *doc) nameModifier(m *Mention) bool {
	if m.Kind != mName || m.To >= d.sents[m.sent].To || m.From == d.sents[m.sent].From {
		return false
	}
	t := d.toks[m.To]
	a := d.lw(m.From - 1)
	return t.Kind == Word && t.Text == t.lower && (a == "a" || a == "an")
}

// conjunctHead returns the head of the conjunct that ends before the
// "and" (or comma) at token i, given the mention prev that ends there (or
// -1): the named actor before "of" ("Alar Karis of Estonia and ...": Karis,
// not Estonia), or the possessor of a title ("Lithuania's president and
// ...": Lithuania). Otherwise prev.
func (d *doc) conjunctHead(ms []int, prev, i int, fits func(*Mention) bool) int {
	actor := func(k int) bool {
		m := &d.mentions[k]
		return m.Key != "" && m.Arg && m.Kind == mName && fits(m)
	}
	if prev >= 0 {
		if j := d.npStart(&d.mentions[prev]) - 1; j > d.sents[d.mentions[prev].sent].From && d.lw(j) == "of" {
			if h := d.mentionEnding(ms, j, keyed); h >= 0 && actor(h) && d.mentions[h].Label != "Country" {
				return h
			}
		}
		return prev
	}
	for _, t := range ms {
		if m := &d.mentions[t]; m.To == i && m.Kind == mTitle && m.From-1 > d.sents[m.sent].From && d.lw(m.From-1) == "'s" {
			if h := d.mentionEnding(ms, m.From-1, keyed); h >= 0 && actor(h) {
				return h
			}
		}
	}
	return -1
}

// sideAgainst adds what "against Y" after the last target t of a cue of
// type typ states, for the types words.yaml's against_types lists:
// "backed the government of Hadi against the Houthi rebellion" (OPPOSES
// the Houthis), "allied with Iran against Israel".
func (x *Extractor) sideAgainst(d *doc, si int, ms []int, typ string, sources []int, t int) {
	const reach = 3
	other := d.words.against[typ]
	if other == "" || len(sources) == 0 {
		return
	}
	end := d.sents[si].To
	for j := d.mentions[t].To; j < end && j <= d.mentions[t].To+reach; j++ {
		if d.toks[j].Kind == Punct || d.mentionAt(ms, j) >= 0 || d.in(j, d.words.subordinators) {
			return
		}
		if d.lw(j) != "against" {
			continue
		}
		rt := x.lex.relTypes[other]
		y := d.rightArg(ms, j+1, reach, func(m *Mention) bool { return slices.Contains(rt.Targets, m.Label) })
		if y < 0 {
			return
		}
		for _, s := range sources {
			x.addRel(d, si, other, "", &d.mentions[s], &d.mentions[y], nil)
		}
		return
	}
}

// objectPhraseEnds reports whether token i can follow the last word of a noun
// phrase that is an object: punctuation, a preposition, a conjunction. A
// verb there makes the phrase the subject of a clause of its own.
func objectPhraseEnds(d *doc, i int) bool {
	w := d.lw(i)
	return d.toks[i].Kind == Punct || d.words.objectPreps.has(w) || d.words.placePreps.has(w) || w == "and" || w == "or" ||
		d.words.subordinators.has(w) || w == "which" || w == "that" || w == "who"
}

// planSubject returns the argument that mention k, found before a passive
// verb, stands for: when k is inside the infinitive of an intent noun
// ("Sweden's bid to join NATO was blocked"), the noun's owner (Sweden), or
// -1 if it has none that fits; otherwise k.
func (d *doc) planSubject(ms []int, k int, fits func(*Mention) bool) int {
	const reach = 10
	if k < 0 {
		return k
	}
	m := &d.mentions[k]
	from := d.sents[m.sent].From
	for j := m.From - 1; j-1 >= from && j >= m.From-reach; j-- {
		if d.toks[j].Kind == Punct {
			return k
		}
		if d.lw(j) == "to" && d.in(j-1, d.words.intentNouns) {
			return d.possessorBefore(ms, m.sent, j-1, fits)
		}
	}
	return k
}

// spansVerb reports whether a copula with a noun phrase after it stands
// inside the noun cue matched over tokens [i, to): the words then belong
// to two phrases ("the attack was the third on Odesa"; but "an agreement
// has been reached with" is one).
func spansVerb(d *doc, i, to int) bool {
	for j := i + 1; j+1 < to-1; j++ {
		if d.in(j, d.words.beForms) && determiners[d.lw(j+1)] {
			return true
		}
	}
	return false
}

// relativeInside reports whether a relative clause with no relative word
// opens inside the noun cue matched over tokens [i, to): a name followed
// by a past verb, maybe after "has" or "had" ("an attack Chile has blamed
// on Hezbollah", "the raid Peru condemned on Monday"): the preposition
// belongs to the clause's verb, not to the noun.
func (d *doc) relativeInside(ms []int, i, to int) bool {
	for j := i + 1; j < to-1; j++ {
		k := d.mentionAt(ms, j)
		if k < 0 || d.mentions[k].Key == "" {
			continue
		}
		v := d.mentions[k].To
		if v < to && (d.lw(v) == "has" || d.lw(v) == "had" || d.lw(v) == "have") {
			v++
		}
		if v < to-1 && d.toks[v].Kind == Word && strings.HasSuffix(d.lw(v), "ed") {
			return true
		}
	}
	return false
}

// actTarget returns the maker of the ownerless act noun that is cue cm's
// object ("criticized the decision") or, for a passive, its subject ("the
// call was seconded by"): see actMaker; -1 if it has none. ok says
// whether such a noun is there at all: then nothing after it is the
// cue's target.
func (x *Extractor) actTarget(d *doc, si int, cm cueMatch, passive bool, fits func(*Mention) bool) (t int, ok bool) {
	from, end := d.sents[si].From, d.sents[si].To
	n := -1
	if passive {
		for j := cm.from - 1; j > from && j >= cm.from-4; j-- {
			if d.words.actNouns[d.lw(j)] != nil {
				n = j
				break
			}
		}
	} else if j := cm.to + 1; j < end && d.words.actNouns[d.lw(j)] != nil {
		n = j
	}
	if n < 0 || !bareDeterminers[d.lw(n-1)] || n+1 < end && (d.lw(n+1) == "of" || d.lw(n+1) == "by" || d.lw(n+1) == "from") {
		return -1, false // "Peru's decision" has its owner; "the decision of the court", "the claim from Berlin" name it
	}
	return x.actMaker(d, si, n, fits), true
}

// bareDeterminers open a noun phrase that names no owner.
var bareDeterminers = set{"the": true, "this": true, "that": true}

// actMaker returns the actor who made the act named by the noun at token
// i, looking back through its sentence and up to two before: the owner of
// an earlier mention of the same noun ("his decision"), or the subject of
// the verb that makes it ("Macron called for action": the call). -1 if
// there is none.
func (x *Extractor) actMaker(d *doc, si, i int, fits func(*Mention) bool) int {
	noun := d.lw(i)
	verbs := d.words.actNouns[noun]
	for sj := si; sj >= 0 && sj >= si-2; sj-- {
		ms := d.sentMentions(sj)
		to := d.sents[sj].To
		if sj == si {
			to = i
		}
		for j := to - 1; j > d.sents[sj].From; j-- {
			w := d.lw(j)
			switch {
			case w == noun:
				if p := d.possessorBefore(ms, sj, j, fits); p >= 0 {
					return p
				}
			case verbs[lemmaOf(w, verbs)] && !verbs[w] && !determiners[d.lw(j-1)]:
				if p := d.leftArg(ms, j, fits); p >= 0 {
					return p
				}
			}
		}
	}
	return -1
}

// trailingPartners returns the partners joined by an additive link after
// a comma that follows token i, the end of a symmetric cue's last target:
// "Roe met Ana Ruiz at the Hotel Sacher, together with Luis Soto" (one
// more party of the meeting, whichever side he came with). Only words
// with no clause break and no other comma may stand between; a title
// before the partner leads to the person ("together with EU foreign
// policy chief Jane Roe"). Nil when there is none.
func (d *doc) trailingPartners(ms []int, si, i int, fits func(*Mention) bool) []int {
	end := d.sents[si].To
	for j := i; j < end && j < i+10; j++ {
		if d.toks[j].Text != "," {
			if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) {
				return nil
			}
			continue
		}
		link := d.phraseEnd(d.words.additiveLinks, j+1, end) - (j + 1) // "together with", "as well as"
		if link == 0 {
			return nil
		}
		n := d.rightArg(ms, j+1+link, 6, func(m *Mention) bool { return m.Label == "Person" && m.Kind == mName && fits(m) })
		for k := j + 1 + link; n >= 0 && k < d.mentions[n].From; k++ {
			if d.toks[k].Kind == Punct || d.lw(k) == "and" || d.lw(k) == "or" {
				n = -1 // "together with Peru, and Jane Roe": not one phrase
			}
		}
		if n < 0 {
			n = d.rightArg(ms, j+1+link, 2, fits)
		}
		if n < 0 || d.mentions[n].Key == "" {
			return nil
		}
		return d.coordinated(ms, n, fits)
	}
	return nil
}

// ofAgent reports whether "of" (open) after the noun of attack cue c
// names the attacker: an attack noun whose target follows another
// preposition ("attacks on", "offensive in") takes its doer after "of":
// "the attacks of the Houthis on Eilat". ("the sale of jets to", "the
// withdrawal of troops from" name what is sold or withdrawn; only attacks
// are read so.)
func ofAgent(c *compiledCue, open string) bool {
	return open == "of" && c.Type == "ATTACKS" && !c.verb && c.words[len(c.words)-1] != "of"
}

// nounStemEnd returns the token after the stem of noun cue c, its words
// but the last (the preposition), when they stand from toks[i] on: "arms
// embargo" of "arms embargo on"; -1 if they do not.
func (d *doc) nounStemEnd(c *compiledCue, i int) int {
	k := len(c.words) - 1
	for w := 1; w < k; w++ {
		if i+w >= len(d.toks) || d.lw(i+w) != c.words[w] {
			return -1
		}
	}
	return i + k
}

// relativeAct reads a relative clause opening at toks[i] whose subject
// is an actor and whose verb is a verb of doing (act_verbs): "(that) the
// EU imposed", "it had imposed", "which Washington slapped". In "an arms
// embargo Chile had slapped on Peru" the clause's subject slapped the
// embargo, and the preposition after the verb is the noun's own. It
// returns the subject mention and the token after the verb; -1, -1 when
// no such clause opens there.
func (d *doc) relativeAct(ms []int, i, end int) (int, int) {
	const maxBetween = 2
	if i < end && (d.lw(i) == "that" || d.lw(i) == "which") {
		i++
	}
	if i < end && d.lw(i) == "the" {
		i++
	}
	n := d.mentionAt(ms, i)
	if n < 0 {
		return -1, -1
	}
	m := &d.mentions[n]
	if m.Key == "" || !m.Arg || !isActorMention(m) || m.Kind == mAdjective || m.Kind == mPronoun && possessivePronoun[m.Head] {
		return -1, -1
	}
	for j, k := m.To, 0; j < end && k <= maxBetween; j, k = j+1, k+1 {
		w := d.lw(j)
		if d.words.actVerbs.has(w) {
			return n, j + 1
		}
		if w != "has" && w != "have" && w != "had" && !strings.HasSuffix(w, "ly") && w != "also" && w != "already" {
			return -1, -1 // not "sanctions it could impose on": a plan is no act
		}
	}
	return -1, -1
}
