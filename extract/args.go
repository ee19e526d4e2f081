package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file holds the argument-finding helpers of the relation stage: the
// surface heuristics (the nearest fitting mention before or after a token,
// coordinated mentions, possessors, agents after "by") and the dependency
// parse. The parse gives a cue's arguments where the surface is known to
// mislead: the source is the verb's subject (nsubj; the agent after "by"
// for a passive; the controller of "to" clauses, "urged Iran to halt"; the
// noun a relative clause hangs on; the possessor of a noun cue), the target
// its object (obj, iobj, or the oblique with the cue's preposition), both
// expanded over conjuncts. cuerel.go falls back to its surface heuristics
// where the parse gives nothing that fits.

// parseOf returns the parse of sentence si, parsing it on first use. A
// sentence with no parser (a test extractor) or too long gives nil.
func (x *Extractor) parseOf(d *doc, si int) []syntax.Token {
	if x.parser == nil {
		return nil
	}
	if d.parses == nil {
		d.parses = map[int][]syntax.Token{}
	}
	if p, ok := d.parses[si]; ok {
		return p
	}
	s := d.sents[si]
	words := sentenceWords(d.toks[s.From:s.To])
	var since []int
	for i := range words {
		if adverbialSince(d.toks[s.From:s.To], i) {
			// "Chad has since criticized France": the model reads "since"
			// as a subordinator there and makes the participle a modifier
			// of the object, losing the verb's subject and object; as
			// "already" it parses the clause (the token keeps its text)
			words[i].Text, since = "already", append(since, i)
		}
	}
	p := x.parser.Parse(words)
	if len(p) != len(words) {
		p = nil
	}
	if p != nil {
		for _, i := range since {
			p[i].Text = d.toks[s.From+i].Text
		}
	}
	d.parses[si] = p
	return p
}

// cueArgs are the arguments the parse gives one cue. ok is false when the
// parse says nothing about the cue (no parse, or the cue word is not a verb
// or noun there); then the heuristics decide.
type cueArgs struct {
	sources, targets []int // mention indexes
	passive          bool
	noSource         bool // the parse says the source is not in this sentence's reach ("the plan to place ...")
	ok               bool
}

// argsOf returns the syntactic arguments of cue cm in sentence si.
// srcFits and tgtFits say which mentions may be source and target.
func (x *Extractor) argsOf(d *doc, si int, ms []int, cm cueMatch, srcFits, tgtFits func(*Mention) bool) cueArgs {
	toks := x.parseOf(d, si)
	if toks == nil {
		return cueArgs{}
	}
	from := d.sents[si].From
	v := cm.from - from
	c := cm.c
	var a cueArgs
	switch {
	case c.verb && (toks[v].UPOS == "VERB" || toks[v].UPOS == "AUX"):
		a.ok = true
		subj, passive := subjectOf(toks, v, d.words.relativePronouns.set)
		a.passive = passive
		if passive {
			if ag := agentOf(toks, v); ag >= 0 {
				a.sources = x.argMentions(d, ms, from, toks, ag, srcFits)
			}
			if subj >= 0 {
				a.targets = x.argMentions(d, ms, from, toks, subj, tgtFits)
			}
			return a
		}
		if subj >= 0 {
			a.sources = x.argMentions(d, ms, from, toks, subj, srcFits)
		} else if ownerless(toks, v) {
			a.noSource = true
		}
		for _, o := range objectsOf(toks, v, c.Prep, d.cueLastPrep(c)) {
			if t := x.argMentions(d, ms, from, toks, o, tgtFits); len(t) > 0 {
				a.targets = t
				break
			}
		}
	case !c.verb && toks[v].UPOS == "NOUN":
		a.ok = true
		n := nounHead(toks, v, cm.to-from)
		for _, k := range syntax.Children(toks, n) {
			if toks[k].Deprel == "nmod:poss" {
				a.sources = x.argMentions(d, ms, from, toks, k, srcFits)
			}
		}
	}
	return a
}

// subjectOf returns the subject of verb v: its own nsubj (or nsubj:pass,
// then passive is set), else the subject it shares: the controller of an
// xcomp ("urged Iran to halt": Iran; "plans to deploy": the planner), the
// subject of the verb it is conjoined with, or the noun a relative clause
// modifies. -1 if none.
func subjectOf(toks []syntax.Token, v int, relPronouns set) (int, bool) {
	for hops := 0; v >= 0 && hops < 6; hops++ {
		for _, k := range syntax.Children(toks, v) {
			switch toks[k].Deprel {
			case "nsubj", "nsubj:pass", "csubj":
				passive := toks[k].Deprel == "nsubj:pass"
				if relPronouns[strings.ToLower(toks[k].Text)] && strings.HasPrefix(toks[v].Deprel, "acl") {
					return toks[v].Head, passive // "the United States, which recognizes Guaido"
				}
				return k, passive
			}
		}
		h := toks[v].Head
		switch toks[v].Deprel {
		case "xcomp":
			for _, k := range syntax.Children(toks, h) {
				if d := toks[k].Deprel; d == "obj" || d == "iobj" {
					return k, false // object control: "urged Iran to halt"
				}
			}
			v = h // subject control: "Washington wants to place"
		case "conj":
			v = h
		case "acl:relcl":
			return h, false
		case "advcl":
			if syntax.Case(toks, v) == "to" && !nounBeforeTo(toks, v) {
				v = h // "... to protect it": the purpose of the main clause's subject
				continue
			}
			return -1, false
		default:
			return -1, false
		}
	}
	return -1, false
}

// ownerless reports whether verb v opens an infinitive that completes a
// noun ("the plan to place interceptors"): its doer is whoever's plan it
// is, never the subject of the clause around the noun.
func ownerless(toks []syntax.Token, v int) bool {
	if syntax.Case(toks, v) != "to" {
		return false
	}
	if k := v - 2; k >= 0 && intent[strings.ToLower(toks[k].Text)] && (k == 0 || !determiners[strings.ToLower(toks[k-1].Text)]) {
		return false // "Sweden plans to deploy": a verb of intent, whatever the tagger says
	}
	switch toks[v].Deprel {
	case "acl":
		n := toks[v].Head
		for _, k := range syntax.Children(toks, n) {
			if toks[k].Deprel == "nmod:poss" {
				return false // "its plan to place": the owner is the possessor (the heuristics find it)
			}
		}
		// "drafted a plan to deploy": the clause's subject owns the object
		// of its verb; a noun elsewhere ("opposition to the plan to
		// place") is someone else's
		return n < 0 || toks[n].Deprel != "obj"
	case "advcl":
		return nounBeforeTo(toks, v) // "the plan to place", attached to the clause
	}
	return false
}

// nounBeforeTo reports whether a noun stands right before the "to" that
// opens the infinitive v: "the plan to place" is the plan's, however the
// parser attached it.
func nounBeforeTo(toks []syntax.Token, v int) bool {
	for _, k := range syntax.Children(toks, v) {
		if toks[k].Deprel == "mark" && k > 0 && k < v {
			return toks[k-1].UPOS == "NOUN"
		}
	}
	return false
}

// agentOf returns the agent of passive verb v: its obl (or obl:agent)
// introduced by "by"; -1 if none.
func agentOf(toks []syntax.Token, v int) int {
	for _, k := range syntax.Children(toks, v) {
		if (toks[k].Deprel == "obl:agent" || toks[k].Deprel == "obl") && syntax.Case(toks, k) == "by" {
			return k
		}
	}
	return -1
}

// objectsOf returns the candidate targets of verb v in order of
// preference: with a cue preposition, the obliques it introduces; else the
// direct and indirect objects, then obliques introduced by the
// preposition that ends the cue phrase ("object to", "meet with").
func objectsOf(toks []syntax.Token, v int, prep, last string) []int {
	var objs, obls []int
	for _, k := range syntax.Children(toks, v) {
		switch toks[k].Deprel {
		case "obj", "iobj":
			objs = append(objs, k)
		case "obl", "obl:arg", "nmod":
			cs := syntax.Case(toks, k)
			if prep != "" && cs == prep || prep == "" && last != "" && cs == last {
				obls = append(obls, k)
			}
		}
	}
	if prep != "" {
		return obls
	}
	if last != "" {
		return append(obls, objs...) // "withdrew the US from the treaty": the treaty
	}
	return append(objs, obls...)
}

// cueLastPrep returns the preposition that ends a cue phrase ("object
// to": "to"), or "".
func (d *doc) cueLastPrep(c *compiledCue) string {
	if len(c.words) < 2 {
		return ""
	}
	if w := c.words[len(c.words)-1]; d.words.objectPreps.has(w) {
		return w
	}
	return ""
}

// nounHead returns the head noun of a noun cue spanning parse tokens
// [v, end): its last noun before a preposition ("opposition to": opposition).
func nounHead(toks []syntax.Token, v, end int) int {
	h := v
	for k := v + 1; k < end && k < len(toks); k++ {
		if toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" {
			h = k
		}
	}
	return h
}

// argMentions returns the fitting mentions that parse token t (an index
// into toks, which start at document token from) stands for, with its
// conjuncts: "the United States and Japan" gives both.
func (x *Extractor) argMentions(d *doc, ms []int, from int, toks []syntax.Token, t int, fits func(*Mention) bool) []int {
	var out []int
	for _, c := range syntax.Conjuncts(toks, t) {
		if k := x.mentionOfToken(d, ms, from, toks, c, fits); k >= 0 {
			out = append(out, k)
		}
	}
	return out
}

// mentionOfToken returns the fitting mention that holds the head token t,
// or, for an actor noun ("officials", "diplomats"), the actor that
// modifies it ("U.S. officials"); -1 if none.
func (x *Extractor) mentionOfToken(d *doc, ms []int, from int, toks []syntax.Token, t int, fits func(*Mention) bool) int {
	at := func(i int) int {
		best := -1
		for _, k := range ms {
			m := &d.mentions[k]
			if m.From <= i && i < m.To && m.Key != "" && m.Arg && fits(m) && (best < 0 || m.To-m.From > d.mentions[best].To-d.mentions[best].From) {
				best = k
			}
		}
		return best
	}
	if k := at(from + t); k >= 0 {
		return k
	}
	if !x.lex.sets.actorNouns.has(strings.ToLower(toks[t].Text)) {
		return -1
	}
	for _, c := range syntax.Children(toks, t) {
		if dr := toks[c].Deprel; dr == "compound" || dr == "amod" || dr == "nmod:poss" {
			if k := at(from + c); k >= 0 && isActor(d.mentions[k].Label) {
				return k
			}
		}
	}
	return -1
}

// coordinated returns k and the mentions joined to it by "and", "or" or
// commas after it: "Poland and the Czech Republic".
func (d *doc) coordinated(ms []int, k int, fits func(*Mention) bool) []int {
	out := []int{k}
	for {
		m := d.mentions[out[len(out)-1]]
		i := d.afterAcronym(&m) // "A, al-Qaeda in the Islamic Maghreb (AQIM) and B": past the acronym
		end := d.sents[m.sent].To
		if s := d.personsState(ms, &m, i, end); s > i {
			i = s // "President Ana Soto of Chile, Peru's President Luis Vega and ...": past the state
		}
		after := i
		joined := false
		if j := d.appositionAfter(ms, i, end); j > i {
			i = j // "Israel, Iran's enemy, and the United States": past the apposition
		}
		for i < end && (d.toks[i].Text == "," || d.coordinator(i, end) > 0 || d.lw(i) == "the" && d.mentionAt(ms, i) < 0 || d.lw(i) == "both" ||
			d.lw(i) == "then" && i > 0 && d.lw(i-1) == "the") { // "and the then Security Council secretary, X"
			if d.toks[i].Text == "," && i+1 < end && d.in(i+1, d.words.clauseBreaks) && d.lw(i+1) != "and" {
				return out // ", but ...": a new clause
			}
			if n := d.coordinator(i, end); n > 0 {
				joined = true
				i += n
				continue
			}
			i++
		}
		if !joined && !(i > after && d.toks[after].Text == ",") {
			return out
		}
		if p := d.npStart(&d.mentions[out[0]]) - 1; (joined || d.toks[i-1].Text == ",") && i+2 < end && d.in(i, d.words.countAdverbs) && p >= d.sents[m.sent].From && d.in(i+1, d.words.objectPreps) && d.lw(i+1) == d.lw(p) {
			i++ // "spoke twice to A and once to B", "met with A, then with B": the adverb before the preposition again
			joined = true
		}
		if p := d.npStart(&d.mentions[out[0]]) - 1; joined && i+1 < end && p >= d.sents[m.sent].From && d.in(i, d.words.objectPreps) && d.lw(i) == d.lw(p) {
			i++ // "talks with Russia and with China": the first member's preposition again
			if d.lw(i) == "the" && d.mentionAt(ms, i) < 0 {
				i++
			}
		}
		if j := d.pastHonorifics(i, end); j > i && d.mentionAt(ms, i) < 0 {
			i = j // "with Mr. Correa and Mr. Uribe": the name after the honorific
		}
		n := d.mentionAt(ms, i)
		if n < 0 && d.lw(i-1) == "the" {
			n = d.placePartOf(ms, i, end) // "A, the outskirts of Homs and B": Homs
		}
		for n >= 0 && (d.mentions[n].Kind == mTitle || d.mentions[n].Kind == mAdjective && !d.mentions[n].Arg) {
			t := d.mentions[n].To
			n = d.mentionAt(ms, t) // "Xi Jinping and Premier Li Qiang": the person
			if n < 0 && determiners[d.lw(i-1)] {
				n = d.nameAfter(ms, t) // "and the Chilean defence minister, Juan Vega": the person apposed to the title
			}
		}
		if (n < 0 || d.mentions[n].Kind == mDescription && d.mentions[n].Key == "") && joined && determiners[d.lw(i-1)] {
			n = d.describedName(ms, i, end) // "and the South American group Mercosur", not "and condemned Bolivia"
		} else if n >= 0 && d.mentions[n].Kind == mAdjective && joined && determiners[d.lw(i-1)] {
			if h := d.describedName(ms, i, end); h >= 0 {
				n = h // "and the Bolivian state firm YPFB": the firm, not Bolivia
			}
		}
		if p := d.titledPerson(ms, n); p >= 0 {
			n = p // "and UK Defence Secretary Grant Shapps", "and the then Security Council secretary, Aleksandr Lebed": the person, not the body
		}
		if n >= 0 && (d.isPossessor(&d.mentions[n]) || d.mentions[n].Kind == mPronoun && possessivePronoun[d.mentions[n].Head]) {
			// "his Chinese counterpart, Xi Jinping": the head, not the possessor
			if h := d.rightArg(ms, d.mentions[n].To+1, 5, func(m *Mention) bool { return fits(m) && m.Kind == mName }); h >= 0 {
				n = h
			}
		}
		if n >= 0 && d.isPossessor(&d.mentions[n]) {
			// "the United States and Pyongyang's ally China": the head, not the possessor
			if h := d.rightArg(ms, d.mentions[n].To+1, 3, fits); h >= 0 {
				n = h
			}
		}
		if n >= 0 && d.compoundModifier(&d.mentions[n]) {
			// "A and the Tripoli-based B": B, not Tripoli; nothing for "the
			// Havana-based Cuban mediators"
			if n = d.mentionAt(ms, d.mentions[n].To+2); n >= 0 && d.mentions[n].Kind != mName {
				n = -1
			}
		}
		if n < 0 || !fits(&d.mentions[n]) || d.mentions[n].Key == "" {
			return out
		}
		if joined && d.toks[after].Text == "," && d.newSubject(ms, out[0], n) {
			return out // "Russia attacked Ukraine, and Poland condemned it": a new clause
		}
		if !joined {
			// a comma alone joins list items only: "Spain, Greece and Italy", not "to Latvia, Hartmann said"
			if k := d.afterAcronym(&d.mentions[n]); k < end && !(d.toks[k].Text == "," || d.coordinator(k, end) > 0) {
				return out
			}
		}
		out = append(out, n)
	}
}

// personsState returns the token after the "of" phrase at token i that
// names the state or place of person m, a list member, when a comma or a
// coordinator follows it ("President Ana Soto of Chile, Peru's President
// Luis Vega and ..."): the list goes on past it. It returns i when none
// stands there.
func (d *doc) personsState(ms []int, m *Mention, i, end int) int {
	if m.Label != "Person" || i+2 >= end || d.lw(i) != "of" {
		return i
	}
	p := d.mentionAt(ms, i+1)
	if p < 0 || !placeOrCountry(&d.mentions[p]) {
		return i
	}
	if j := d.mentions[p].To; j < end && (d.toks[j].Text == "," || d.coordinator(j, end) > 0) {
		return j
	}
	return i
}

// listTail are the words that may follow the last member of a list of
// objects: prepositions, conjunctions and relative words.
var listTail = set{"and": true, "or": true, "in": true, "to": true, "from": true, "of": true, "on": true, "at": true,
	"by": true, "for": true, "with": true, "that": true, "which": true, "who": true, "whose": true, "as": true,
	"than": true, "into": true, "near": true, "across": true, "along": true, "against": true, "under": true,
	"over": true, "within": true, "after": true, "before": true, "during": true}

// newSubject reports whether member n, joined by ", and" to a list whose
// first member first is an object, rather opens a new clause as its
// subject: a lower-case word that is no preposition or conjunction follows
// it ("Russia attacked Ukraine, and Poland condemned Russia"; not
// "condemned Chile, and Peru for ...").
func (d *doc) newSubject(ms []int, first, n int) bool {
	j := d.mentions[n].To
	if j >= d.sents[d.mentions[n].sent].To || d.opensClause(ms, first) {
		return false
	}
	t := d.toks[j]
	return t.Kind == Word && !t.Capitalized() && !listTail[t.lower]
}

// titledPerson returns the person that follows mention n through a
// title, right after it or apposed after a comma ("UK Defence Secretary
// Grant Shapps" after "UK", "the Security Council secretary, Aleksandr
// Lebed" after "Security Council"); -1 if none.
func (d *doc) titledPerson(ms []int, n int) int {
	if n < 0 {
		return -1
	}
	t := d.mentionAt(ms, d.mentions[n].To)
	if t < 0 || d.mentions[t].Kind != mTitle {
		return -1
	}
	if p := d.nameAfter(ms, d.mentions[t].To); p >= 0 && d.mentions[p].Key != "" {
		return p
	}
	return -1
}

// coordinator returns how many tokens the coordinating conjunction at
// token i spans: 1 for "and" and "or", 3 for "as well as"; 0 if none
// stands there.
func (d *doc) coordinator(i, end int) int {
	switch d.lw(i) {
	case "and", "or":
		return 1
	case "as":
		if i+2 < end && d.lw(i+1) == "well" && d.lw(i+2) == "as" {
			return 3
		}
	}
	return 0
}

// appositionAfter returns the comma that closes an apposition opening
// with the comma at token i and followed by a coordinator ("Israel,
// Iran's enemy, and the United States"): the list goes on after it. It
// returns i when there is none.
func (d *doc) appositionAfter(ms []int, i, end int) int {
	if i+1 >= end || d.toks[i].Text != "," || !d.opensApposition(ms, i+1) {
		return i
	}
	for k := i + 2; k < end && k <= i+9; k++ {
		t := d.toks[k]
		if t.Text == "," {
			if d.apposedNoun(k-1) && k+1 < end && d.coordinator(k+1, end) > 0 {
				return k
			}
			return i
		}
		if t.Kind == Punct && t.Text != "'s" && !isHyphen(t.Text) {
			return i
		}
	}
	return i
}

// relativeBefore returns the token range of a relative clause set off by
// commas that ends just before token i: in "The United States, which
// recognizes Guaido, has accused Maduro" the subject of "accused" is not in
// it. A bracketed acronym inside it does not end it. It returns an empty
// range when there is none.
func (d *doc) relativeBefore(si, i int) (int, int) {
	from := d.sents[si].From
	j := i - 1
	for j > from && d.toks[j].Kind != Punct && i-j <= 4 {
		j-- // "has", "later", "also" between the comma and the verb
	}
	if j <= from || d.toks[j].Text != "," {
		return 0, 0
	}
	seg, named, lists := j, false, 0
	for k := j - 1; k > from; k-- {
		if d.toks[k].Text == ")" {
			for k > from && d.toks[k].Text != "(" {
				k-- // "who chairs the Organisation for Security and Co-operation in Europe (OSCE),"
			}
			continue
		}
		if t := d.toks[k].Text; t == "'s" || t == "'" || t == "’" || t == "-" {
			continue // "who met Bolivia's leader": a possessive, not a break
		}
		if d.toks[k].Text == "," || d.toks[k].Kind == Punct {
			if w := d.lw(k + 1); w == "which" || w == "who" || w == "whose" {
				if w == "whose" && named && d.whoseApposedName(k+1, seg) {
					return 0, 0 // "B, whose envoy, Ana Ruiz, shuttled to Lima": Ruiz shuttled, the clause still open
				}
				if lists > 0 && (w == "whose" || !slices.ContainsFunc(d.toks[k+2:j], func(t Token) bool { return t.lower == "and" || t.lower == "or" })) {
					return 0, 0 // "A, whose envoy, Sheikh B, visited": a name, not a list, after the comma
				}
				return k, j
			}
			if d.toks[k].Text == "," && !named && d.capitalWords(k+1, seg, 4) {
				// "X, who works with its negotiator, Ana Ruiz, spoke": a
				// name in apposition inside the relative clause
				seg, named = k, true
				continue
			}
			if lists < 6 && d.listComma(k) {
				lists++ // "the commission, which groups Chile, Peru and Bolivia, met": a list inside the clause
				continue
			}
			return 0, 0
		}
	}
	return 0, 0
}

// listComma reports whether the comma at toks[k] joins two names of a
// list: a capitalised word ends the item before it and one opens the item
// after it, after "the" at most ("Chile, Peru and Bolivia", "the
// Comoros, Madagascar"). relativeBefore reads past such commas: they do
// not close the relative clause they stand in.
func (d *doc) listComma(k int) bool {
	if k < 1 || k+1 >= len(d.toks) || d.toks[k].Text != "," {
		return false
	}
	before, after := d.toks[k-1], d.toks[k+1]
	if after.lower == "the" && k+2 < len(d.toks) {
		after = d.toks[k+2]
	}
	return before.Kind == Word && before.Capitalized() && after.Kind == Word && after.Capitalized()
}

// whoseApposedName reports whether the relative "whose" at toks[w] has
// only its noun (one or two lower-case words) before the comma at seg that
// opens a name in apposition: in "B, whose envoy, Ana Ruiz, shuttled to
// Lima" the name is the envoy, the subject of the verb after it, not a
// clause set off before the main verb.
func (d *doc) whoseApposedName(w, seg int) bool {
	if seg-w < 2 || seg-w > 3 {
		return false
	}
	for k := w + 1; k < seg; k++ {
		if t := d.toks[k]; t.Kind != Word || t.Capitalized() {
			return false
		}
	}
	return true
}

// inClosedRelative reports whether mention m stands inside a relative
// clause set off by commas (", whose ...,", ", who ...,", ", which ...,")
// that closes before token i: in "Chile, whose president Ana Ruiz
// visited Lima, has called for talks, a stance condemned by Peru" no one
// in the clause does what follows it. A name set off by commas inside
// the clause ("who works with its negotiator, Ana Ruiz,") does not close
// it; a clause still open at i is i's own. Only a clause that hangs on a
// fitting mention counts: that mention is the argument instead.
func (d *doc) inClosedRelative(ms []int, m *Mention, i int, fits func(*Mention) bool) bool {
	from := d.sents[m.sent].From
	k := m.From - 1
	for k > from && d.toks[k].Text != "," {
		if d.toks[k].Kind == Punct && d.toks[k].Text != "'s" && d.toks[k].Text != "-" {
			return false
		}
		k--
	}
	if k <= from || !(d.lw(k+1) == "whose" || d.lw(k+1) == "who" || d.lw(k+1) == "which") || k+1 >= m.From {
		return false
	}
	if d.mentionEnding(ms, k, func(r *Mention) bool { return r.Key != "" && r.Arg && fits(r) }) < 0 {
		return false
	}
	for c := m.To; c < i; c++ {
		if d.toks[c].Text != "," {
			continue
		}
		e := c + 1
		for e < i && d.toks[e].Text != "," {
			e++
		}
		if e < i && d.capitalWords(c+1, e, 4) {
			c = e // "who works with its negotiator, Ana Ruiz, spoke"
			continue
		}
		return true
	}
	return false
}

// capitalWords reports whether toks[i:j] are one to most capitalised
// words: a name set off by commas ("X, who works with its negotiator, Ana
// Ruiz, spoke"), the subject of a body's name ("Foreign Relations" in
// "the Senate Foreign Relations Committee", parent.go).
func (d *doc) capitalWords(i, j, most int) bool {
	if j-i < 1 || j-i > most {
		return false
	}
	for k := i; k < j; k++ {
		if t := d.toks[k]; t.Kind != Word || !t.Capitalized() {
			return false
		}
	}
	return true
}

// coordinatedBefore returns the mentions joined by "and" or commas that end
// with mention k: "Both Serdyukov and Gates".
func (d *doc) coordinatedBefore(ms []int, k int, fits func(*Mention) bool) []int {
	out := []int{d.acronymNamed(ms, k)}
	sawAnd := false
	for {
		m := d.mentions[out[0]]
		from := d.sents[m.sent].From
		i := d.beforeCounterpart(d.npStart(&m)-1, from)
		i = d.beforeDescription(&m, i, from, sawAnd)
		if i < from || !(d.lw(i) == "and" || d.toks[i].Text == ",") {
			return out
		}
		if d.toks[i].Text == "," && !sawAnd && !(i-1 >= from && strings.HasPrefix(d.lw(i-1), "counterpart")) && !d.listOpens(ms, from, i) {
			// a comma alone lists only before an "and" or from the sentence's
			// start ("Benin, Nigeria join ..."): not "According to Reuters, Iran ..."
			return out
		}
		sawAnd = sawAnd || d.lw(i) == "and"
		prev := -1
		for _, j := range ms {
			// "Pakistani and Afghan officials": demonyms that share their head
			// noun; "the Kestrel Oil Corporation (KOC) and": the
			// acronym in brackets names the conjunct
			if c := d.mentions[j]; (c.To == i || c.To == i-1 && (d.lw(i-1) == "," || d.toks[i-1].Text == ")")) && c.Kind != mTitle && (c.Arg || c.Kind == mAdjective && m.Kind == mAdjective) {
				prev = j
			}
		}
		if prev < 0 && i-1 > from {
			// "Su-24 attack aircraft and Mi-28 gunships": the named model
			// before its class noun (weaponuse.go classTail)
			prev = d.mentionBeforeClass(ms, from, i)
		}
		if prev < 0 && i-1 > from && d.in(i-1, d.words.actorNouns) {
			// "Israeli forces and Hezbollah": the actor the noun's modifier names
			prev = d.mentionEnding(ms, i-1, keyedActor)
		}
		prev = d.conjunctHead(ms, prev, i, fits)
		if prev < 0 && i-1 > from && d.toks[i-1].Text == "," {
			// "Iran, Syria's closest ally, and Russia": the member the apposition describes
			prev = d.apposedTo(ms, m.sent, i-1, func(c *Mention) bool { return c.Key != "" && c.Arg && c.Kind != mTitle && fits(c) })
		}
		if prev < 0 && (d.toks[i].Text == "," && i-1 >= from && strings.HasPrefix(d.lw(i-1), "counterpart") || strings.HasPrefix(d.lw(i), "counterpart")) {
			// "Shoukry and his Greek and French counterparts, A and B": the anchor joins
			for _, j := range ms {
				if p := d.mentions[j]; p.Kind == mPronoun && possessivePronoun[p.Head] && p.From >= i-9 && p.To < i && p.Key != "" && fits(&p) {
					prev = j
				}
			}
		}
		if prev < 0 || !fits(&d.mentions[prev]) || d.mentions[prev].Key == "" {
			return out
		}
		if d.lw(i) == "and" && i-1 > from && d.toks[i-1].Text == "," && !d.opensClause(ms, prev) {
			return out // "Russia attacked Ukraine, and Poland condemned": Ukraine is the first clause's object
		}
		out = append([]int{prev}, out...)
	}
}

// acronymNamed returns the mention of the name that a bracketed acronym
// k spells, written right before its bracket with the same key ("the
// Free Aceh Movement (GAM)"), so that a list read back from the acronym
// reaches the conjuncts before the name: "Indonesia and the Free Aceh
// Movement (GAM) signed" lists both. Else k.
func (d *doc) acronymNamed(ms []int, k int) int {
	m := &d.mentions[k]
	from := d.sents[m.sent].From
	if m.To-m.From != 1 || m.From-2 < from || m.To >= len(d.toks) || d.toks[m.From-1].Text != "(" || d.toks[m.To].Text != ")" {
		return k
	}
	if n := d.mentionEnding(ms, m.From-1, keyed); n >= 0 && d.mentions[n].Key == m.Key {
		return n
	}
	return k
}

// demonymOwners returns the owners of a noun cue whose owner p is a
// demonym: p and the demonyms listed before it that share the noun
// ("Iranian and Syrian arms shipments to Hamas", "Russian and Iranian
// strikes on Aleppo": both states own the act). A possessor or a name
// ("Syria's shipments", "the EU and U.S. sanctions") is returned alone:
// only demonyms share their head noun so (coordinatedBefore reads the list).
func (d *doc) demonymOwners(ms []int, p int, fits func(*Mention) bool) []int {
	if d.mentions[p].Kind != mAdjective {
		return []int{p}
	}
	var out []int
	for _, k := range d.coordinatedBefore(ms, p, fits) {
		if d.mentions[k].Kind == mAdjective {
			out = append(out, k)
		}
	}
	return out
}

// beforeDescription returns the "and" before a description that person
// m, set off by commas on both sides, names: "Arce and the leader of the
// opposition, Juan Mora, met Rojas" (the "and" before "the leader"), or i
// when there is none. The description opens with an article, a
// possessive pronoun or a name's possessive ("Peru's") right after the
// "and", holds words only and ends in a lower-case noun at the comma i or
// holds a title ("and the Interior Minister of Peru, Mr Ana Soto,": an
// honorific before m is passed over); a name closed by no comma ("and the
// other states, Peru said") is no apposition. Once the list has had its
// "and" (listed), a titled description opened by a comma is a conjunct
// too: "A, the Foreign Minister of Peru, Mr Luis Vega, and B" (the comma
// before "the Foreign Minister").
func (d *doc) beforeDescription(m *Mention, i, from int, listed bool) int {
	j := i
	for j > from && d.words.honorifics[d.toks[j].Text] {
		j-- // "Mr Jaime Soto": the honorific the mention leaves out
	}
	if m.Label != "Person" || j-2 < from || d.toks[j].Text != "," || m.To >= d.sents[m.sent].To || d.toks[m.To].Text != "," {
		return i
	}
	lower := d.apposedNoun(j - 1)
	if !lower && !listed && !d.titleWithin(m.sent, j-8, j) {
		return i
	}
	for k := j - 2; k > from && j-k <= 9; k-- {
		t := d.toks[k]
		if t.Text == "," && listed && k+1 < j && d.opensDescription(k+1) && d.titleWithin(m.sent, k+1, j) {
			return k // "A, the Foreign Minister of Peru, Mr Luis Vega, and B"
		}
		if t.Kind != Word && t.Text != "'s" {
			return i
		}
		if t.lower == "and" && !listed {
			if d.opensDescription(k+1) && (lower || d.titleWithin(m.sent, k+1, j)) {
				return k
			}
			return i
		}
	}
	return i
}

// opensDescription reports whether the words from token k open a
// description of a person: an article, a possessive pronoun, or a
// capitalized name with "'s" ("Cuba's Foreign Minister").
func (d *doc) opensDescription(k int) bool {
	if w := d.lw(k); w == "the" || w == "a" || possessivePronoun[w] {
		return true
	}
	return d.toks[k].Kind == Word && d.toks[k].Capitalized() && k+1 < len(d.toks) && d.toks[k+1].Text == "'s"
}

// titleWithin reports whether a title mention (an office: "Foreign
// Minister") of sentence si lies within toks[i:j].
func (d *doc) titleWithin(si, i, j int) bool {
	for _, k := range d.sentMentions(si) {
		if t := &d.mentions[k]; t.Kind == mTitle && t.From >= i && t.To <= j {
			return true
		}
	}
	return false
}

// beforeCounterpart returns the token before a counterpart phrase that
// ends at toks[i] and names the member after it ("Kouchner and his Finnish
// counterpart Alexander Stubb": the "and"), or i when there is none.
func (d *doc) beforeCounterpart(i, from int) int {
	if !strings.HasPrefix(d.lw(i), "counterpart") {
		return i
	}
	for j := i - 1; j > from && j >= i-3; j-- {
		if possessivePronoun[d.lw(j)] {
			return j - 1
		}
		if d.toks[j].Kind != Word {
			break
		}
	}
	return i
}

// listOpens reports whether the tokens before the comma at i, in the
// sentence that starts at token from, are a list of names that opens the
// sentence: "Benin, Nigeria join ...".
func (d *doc) listOpens(ms []int, from, i int) bool {
	for j := i; j > from; {
		p := -1
		for _, k := range ms {
			if m := d.mentions[k]; m.To == j && m.Kind == mName {
				p = k
			}
		}
		if p < 0 {
			return false
		}
		j = d.npStart(&d.mentions[p])
		if j > from && d.toks[j-1].Text == "," {
			j--
		} else if j > from {
			return false
		}
	}
	return true
}

// excluders before a mention take it out of what the clause says of
// the others: "France, but not Germany, condemned".
var excluders = set{"not": true, "except": true, "excluding": true}

// leftArg returns the nearest fitting argument mention before token i,
// preferring one that is not the object of a preposition (a likely
// subject); -1 if none.
func (d *doc) leftArg(ms []int, i int, fits func(*Mention) bool) int {
	if len(ms) == 0 {
		return -1
	}
	if d.unnamedDoers(ms, i) {
		return -1 // "ordered his commanders to cooperate with X": the commanders, whom no mention names
	}
	fallback := -1
	skipFrom, skipTo := d.relativeBefore(d.mentions[ms[0]].sent, i)
	if skipTo == 0 {
		skipFrom, skipTo = d.appositionBefore(ms, d.mentions[ms[0]].sent, i) // "Turkey, a NATO member, condemned"
	}
	if skipTo == 0 {
		skipFrom, skipTo = d.participleBefore(d.mentions[ms[0]].sent, i) // "Hezbollah, backed by Iran and Syria, fired" (passive.go)
	}
	if skipTo == 0 {
		skipFrom, skipTo = d.gerundPhraseBefore(d.mentions[ms[0]].sent, i) // "the council, meeting under A, condemned" (gerundphrase.go)
	}
	for p := len(ms) - 1; p >= 0; p-- {
		m := &d.mentions[ms[p]]
		if m.To > i || m.From >= skipFrom && m.To <= skipTo || d.inClosedRelative(ms, m, i, fits) {
			continue
		}
		if m.Key == "" && (m.Kind == mPronoun && pronouns[m.Head] == "Plural" || m.Kind == mDescription) && fallback < 0 {
			return -1 // "they were against", "the bloc would impose": a subject we cannot name
		}
		if d.unnamedCompound(ms, m) {
			return -1 // "Iran-aligned groups in Iraq threatened": a subject we cannot name (compound.go)
		}
		if c, ok := d.counterpartOf(m); ok && fallback < 0 {
			if c >= 0 && fits(&d.mentions[c]) {
				return c // "accused his counterpart of backing Moscow": the counterpart backs it
			}
			return -1
		}
		if !m.Arg || m.Key == "" || !fits(m) || d.toldOutlet(ms, m) {
			continue // an outlet told the words hears them (quote.go toldOutlet)
		}
		if m.Label == "Person" && m.To+2 < i && d.toks[m.To].Text == "," && d.lw(m.To+1) == "whose" && d.governedNoun(d.lw(m.To+2)) && d.commaWithin(m.To+2, i, i-m.To) < 0 {
			// "Peru's minister A, whose government signed a deal with B",
			// "whose country has sheltered B": Peru, not A; the clause
			// closed by a comma, A again ("A, whose country ..., criticized C")
			return d.governedState(ms, m, fits)
		}
		if m.Label == "Person" && m.Kind == mPronoun && possessivePronoun[m.Head] && m.To < i && d.in(m.To, d.words.stateBodyNouns) {
			if n := d.governedState(ms, m, fits); n >= 0 {
				return n // "Peru's president A said her government would back B": Peru, as with "whose government"
			}
		}
		if a, ok := d.reportedRelative(ms, m, i, fits); ok {
			return a // "a launch that Washington said fired missiles": the launch fired them
		}
		// a subordinate clause's subject follows its conjunction; a relative
		// clause's subject is what the relative pronoun refers to
		for j := m.To; j < i; j++ {
			if skipTo > 0 && j > skipFrom+1 && j < skipTo {
				continue // "A, whose party won and who was sworn in, signed": the clause's own "who" is no new one
			}
			if d.in(j, d.words.subordinators) && !adverbialSince(d.toks, j) {
				return d.ownerInClause(fallback, j) // "spread to Chile, when fighters loyal to X attacked": X
			}
			if w := d.lw(j); w == "that" && j == m.To && m.Kind == mName && d.afterPreposition(m) {
				break // "said in a message aired on Al Jazeera that ...", "a deal with Peru that ...": no relative clause of the preposition's object
			}
			if w := d.lw(j); w == "which" || w == "who" || w == "that" && j == m.To {
				k := j - 1
				if k >= 0 && d.toks[k].Text == "," {
					k--
				}
				if k > 0 && d.toks[k].Text == ")" {
					k-- // "the Rally for Democracy (RCD), which holds Goma,": the acronym names it
				}
				if w == "who" {
					if h := d.personBeforeOf(ms, d.sents[m.sent].From, k, fits); h >= 0 {
						return h // "A of the Greens, who heads the panel, criticised B": A; "who" names a person
					}
				}
				for _, q := range ms {
					r := &d.mentions[q]
					if r.To-1 != k || r.Key == "" || !r.Arg || !fits(r) || d.followersOf(r) {
						continue // not "the opposition parties of Kenya, which": the parties
					}
					if w == "which" && isPerson(r) {
						if h := d.bodyBeforeApposition(ms, d.sents[m.sent].From, k, fits); h >= 0 {
							return h // "Unita, the rebel movement of Jonas Savimbi, which has fought": Unita; "which" names no person
						}
					}
					if d.placeOfNamed(r) {
						// "the UN Monitoring Mission in Peru, which": the mission, when named
						if o := d.mentionEnding(ms, d.npStart(r)-1, func(c *Mention) bool { return c.Key != "" && c.Arg && fits(c) }); o >= 0 {
							return o
						}
						continue
					}
					return q
				}
				if w == "which" && m.To == k && d.stateBody(m) {
					return ms[p] // "the Kenyan government, which had accused Somalia": Kenya, as the government stands for it (resolve.go)
				}
				if w == "which" && d.modifierBefore(ms, m, k) {
					return ms[p] // "a coalition to patrol the Gulf which was joined by": the coalition
				}
				if h := d.appositionHead(ms, ms[p], fits); h >= 0 && d.describes(m.To, j) {
					return h // "Chile, a Peru ally who led the talks": Chile
				}
				if w == "who" && k < j-1 {
					return d.personBeforeApposition(ms, d.sents[m.sent].From, k, fits) // "General A, the head of B, who visited": A
				}
				return -1
			}
		}
		if j := d.npStart(m) - 1; j >= 0 && excluders[d.lw(j)] {
			continue // "France, but not Germany, condemned": Germany did not
		}
		if d.followersOf(m) {
			continue // "supporters of Chile's president attacked": the supporters did
		}
		if d.passiveAgent(ms, ms[p]) {
			continue // "rebels armed by Rwanda attacked": the agent of the participle (passive.go)
		}
		if d.afterPreposition(m) {
			if fallback < 0 {
				fallback = ms[p]
			}
			continue
		}
		said := d.speechVerbBetween(m.To, i)
		if said && skipTo > 0 && m.To <= skipFrom {
			said = d.speechVerbBetween(m.To, skipFrom+1) || d.speechVerbBetween(skipTo, i) // "NATO, speaking through A, criticised": the skipped phrase's verb reports nothing
		}
		if said {
			// "Roe said fighters loyal to X had raided", "Roe told
			// reporters that troops had attacked": not Roe
			return d.ownerAfterSpeech(fallback)
		}
		return ms[p]
	}
	return fallback
}

// ownGovernment returns the mention of the state of the person named
// last before toks[i] when the clause he reports opens with a bare state
// body (saidOwnGovernment): "Peru's minister A said the government would
// deploy B" is Peru's act, as with "whose government" (governedState).
// Else -1.
func (d *doc) ownGovernment(ms []int, si, i int, fits func(*Mention) bool) int {
	for p := len(ms) - 1; p >= 0; p-- {
		m := &d.mentions[ms[p]]
		if m.To > i || m.Label != "Person" || m.Key == "" {
			continue
		}
		if !d.saidOwnGovernment(si, m.To, i) {
			return -1
		}
		return d.governedState(ms, m, fits)
	}
	return -1
}

// saidOwnGovernment reports whether the clause reported by a speech verb
// in toks[i:j] of sentence si opens with a bare state body ("said the government
// planned to deploy", "said that the cabinet would back"; words.yaml
// state_body_nouns) that no mention covers and no "of" or "in" places:
// an official speaking of "the government" speaks of his own state's, as
// with "whose government" (governedState). Not "the regime", the word of
// a state's critics.
func (d *doc) saidOwnGovernment(si, i, j int) bool {
	for k := i; k+3 < j; k++ {
		if !d.in(k, d.words.speechVerbs) {
			continue
		}
		n := k + 1
		if d.lw(n) == "that" {
			n++
		}
		if n+2 >= j || d.lw(n) != "the" || !d.in(n+1, d.words.stateBodyNouns) || d.lw(n+1) == "regime" {
			return false
		}
		if w := d.lw(n + 2); w == "of" || w == "in" || possessiveS(w) {
			return false // "said the government of Chile", "the government in Lima"
		}
		return d.bareStateBody(si, n, n+2)
	}
	return false
}

// placeOfNamed reports whether mention m is the place after "in" of a
// name or an actor noun ("the UN Monitoring Mission in Peru", "Russian
// forces in Syria"): a relative clause after m is the located one's, not
// the place's ("arrived in Peru, which" is still Peru's).
func (d *doc) placeOfNamed(m *Mention) bool {
	j := d.npStart(m) - 1
	if j-1 <= d.sents[m.sent].From || d.lw(j) != "in" {
		return false
	}
	t := d.toks[j-1]
	return t.Kind == Word && (t.Capitalized() || t.in(d.words.actorNouns))
}

// governedNoun reports whether w, after a person's "whose", names the
// state the person serves: a state body noun (words.yaml
// state_body_nouns: "whose government") or "country", "nation" ("Peru's
// minister A, whose country has sheltered B").
func (d *doc) governedNoun(w string) bool {
	return d.words.stateBodyNouns.has(w) || w == "country" || w == "nation"
}

// governedState returns the mention of the sentence that names the
// state of person p's office (personHome), the one "whose government"
// after p's name means: "Peru's foreign minister A, whose government
// signed a deal with B" is Peru's deal, not A's own. Else -1: the
// government acts, and no mention of the sentence names it.
func (d *doc) governedState(ms []int, p *Mention, fits func(*Mention) bool) int {
	_, state := d.personHome(p)
	if state == "" {
		return -1
	}
	for _, k := range ms {
		if c := &d.mentions[k]; c.Label == "Country" && c.Key == "country:"+state && c.To <= p.To && fits(c) {
			return k
		}
	}
	return -1
}

// speechVerbBetween reports whether a form of a speech verb ("said",
// "told") stands in toks[i:j] before a bare noun: what follows it is a
// reported clause with its own subject ("said fighters ...", "told reporters
// that ..."). After a preposition the speaker still acts ("said in a joint
// statement", "said in an interview with"), and after a quotation mark or
// an indefinite article the clause may name an act the speaker takes part
// in ("said an agreement had been reached with").
func (d *doc) speechVerbBetween(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if !d.in(k, d.words.speechVerbs) {
			continue
		}
		n := k + 1
		if d.lw(n) == "that" && n+1 < j {
			n++
		}
		if t := d.toks[n]; t.Kind == Word && !t.in(d.words.objectPreps) && t.lower != "in" && t.lower != "during" && t.lower != "a" && t.lower != "an" {
			return true
		}
	}
	return false
}

// ownerInClause returns mention f, the first actor named after a
// preposition in the subject of a clause opened by the subordinator at
// token j, when "to" or "of" ties it to the unnamed group that heads the
// subject ("when fighters loyal to X attacked"): the owner acts. Else -1:
// no one before the subordinator acts in its clause.
func (d *doc) ownerInClause(f, j int) int {
	if f < 0 || d.mentions[f].From <= j {
		return -1
	}
	return d.ownerAfterSpeech(f)
}

// ownerAfterSpeech returns mention f, the first actor named after a
// preposition in a reported clause's subject, when "to" or "of" ties it to
// the unnamed group that heads the subject ("fighters loyal to X",
// "fighters of X"): the owner acts. Else, or for f < 0, -1: the clause's
// subject is not named.
func (d *doc) ownerAfterSpeech(f int) int {
	if f < 0 {
		return -1
	}
	if j := d.npStart(&d.mentions[f]) - 1; j >= 0 && (d.lw(j) == "to" || d.lw(j) == "of") {
		return f
	}
	return -1
}

// describes reports whether toks[i:j] is the rest of a description after
// its possessor or modifying name: at most three lower-case words, after
// an optional "'s" ("'s closest ally", "ally").
func (d *doc) describes(i, j int) bool {
	if i < j && d.lw(i) == "'s" {
		i++
	}
	if i >= j || j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if t := d.toks[k]; t.Kind != Word || t.Text != t.lower {
			return false
		}
	}
	return true
}

// unnamedDoers reports whether the verb at token i opens a "to" clause
// whose subject is an unnamed plural object of the verb before it: "X
// ordered his commanders to cooperate with Y", "told the troops to
// attack" (a possessive or "the", at most one lower-case modifier, a
// plural noun that no named mention covers, then "to"). The clause's
// doers are those nouns, not the sentence's subject.
func (d *doc) unnamedDoers(ms []int, i int) bool {
	from := d.sents[d.mentions[ms[0]].sent].From
	n := i - 2
	if n-1 <= from || d.lw(i-1) != "to" || d.toks[n].Kind != Word || d.toks[n].Capitalized() || !strings.HasSuffix(d.lw(n), "s") {
		return false
	}
	for _, k := range ms {
		if m := &d.mentions[k]; m.From <= n && n < m.To && m.Key != "" {
			return false // "ordered the Wagner fighters to": a name
		}
	}
	for j := n - 1; j >= from && j >= n-2; j-- {
		if w := d.lw(j); possessivePronoun[w] || w == "their" || w == "the" {
			return true
		}
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() {
			return false
		}
	}
	return false
}

// bodyBeforeApposition returns the name, no person's, that an
// apposition ending at token k describes, for the relative "which" after
// its closing comma when the apposition ends in a person's name: in
// "The Kestrel Front, the armed wing of Ana Soto, which has fought
// Peru", the Front fought, as "which" names no person. The apposition is
// read as personBeforeApposition reads it (apposedNameBefore); -1 if
// there is none or the name before it is a person or does not fit.
func (d *doc) bodyBeforeApposition(ms []int, from, k int, fits func(*Mention) bool) int {
	return d.apposedNameBefore(ms, from, k, func(m *Mention) bool { return !isPerson(m) && fits(m) })
}

// personBeforeApposition returns the person an apposition ending at token
// k describes, for the relative "who" after its closing comma: in
// "General A, the head of the Kestrel Command, who visited Lima", A
// visited, not the command the apposition names. The apposition opens
// after a comma with an article or a possessor (opensApposition) and holds
// at most eight tokens and no punctuation but commas, possessives and
// hyphens, within its sentence from token from on; -1 if there is none or
// the name before it is no fitting person.
func (d *doc) personBeforeApposition(ms []int, from, k int, fits func(*Mention) bool) int {
	return d.apposedNameBefore(ms, from, k, func(m *Mention) bool { return isPerson(m) && fits(m) })
}

// personBeforeOf returns the keyed person mention, one that fits
// accepts, that ends right before a short "of" phrase ending at token k
// with no punctuation in it and no person at its end ("Ana Ruiz of the
// Free Democrats", "Jorge Soto of Chile"): the one a "who" after the
// phrase refers to, as a body or a state is no "who"; -1 if there is none.
func (d *doc) personBeforeOf(ms []int, from, k int, fits func(*Mention) bool) int {
	if d.mentionEnding(ms, k+1, isPerson) >= 0 {
		return -1 // "the wife of Ana Ruiz, who": Ana Ruiz
	}
	for j := k; j > from && k-j <= 6; j-- {
		if d.toks[j].Kind == Punct && d.toks[j].Text != "'s" {
			return -1
		}
		if d.lw(j) == "of" {
			return d.mentionEnding(ms, j, func(m *Mention) bool { return m.Key != "" && m.Arg && isPerson(m) && fits(m) })
		}
	}
	return -1
}

// apposedNameBefore returns the keyed argument mention, one that want
// accepts, that ends right before the comma opening an apposition that
// ends at token k (opened by an article or a possessor, at most eight
// tokens, no punctuation but commas, possessives and hyphens, from token
// from on); -1 if there is none.
func (d *doc) apposedNameBefore(ms []int, from, k int, want func(*Mention) bool) int {
	for c := k; c > from && k-c <= 8; c-- {
		t := d.toks[c]
		if t.Kind == Punct && t.Text != "," && t.Text != "'s" && !isHyphen(t.Text) {
			return -1
		}
		if t.Text != "," {
			continue
		}
		if !d.opensApposition(ms, c+1) {
			return -1
		}
		if n := d.mentionEnding(ms, c, keyed); n >= 0 && d.mentions[n].Arg && want(&d.mentions[n]) {
			return n
		}
		return -1
	}
	return -1
}

// followersOf reports whether mention m names whom a group of followers
// follows: "supporters of the president", "the president's supporters",
// "Hamas supporters" (words.yaml follower_nouns), or the state whose
// dissenters a group is: "the opposition parties of Kenya", "protesters in
// Peru" (dissent_nouns). The followers or dissenters, not m, do what
// follows.
func (d *doc) followersOf(m *Mention) bool {
	from := d.sents[m.sent].From
	if j := d.npStart(m) - 1; j > from && d.lw(j) == "of" && d.in(j-1, d.words.followerNouns) ||
		j > from && (d.lw(j) == "of" || d.lw(j) == "in") &&
			(d.in(j-1, d.words.dissentNouns) || j-2 >= from && d.in(j-2, d.words.dissentNouns) && d.toks[j-1].Kind == Word) {
		return true
	}
	if m.To < d.sents[m.sent].To && d.in(m.To, d.words.followerNouns) {
		return true // "Hamas supporters attacked"
	}
	if !d.isPossessor(m) {
		return false
	}
	k := m.To + 1
	if k < d.sents[m.sent].To && d.toks[k].Kind == Word && !d.toks[k].Capitalized() && !d.in(k, d.words.followerNouns) {
		k++ // "the president's loyal supporters"
	}
	return k < d.sents[m.sent].To && d.in(k, d.words.followerNouns)
}

// rightArg returns the first fitting argument mention from token i on,
// within window tokens; -1 if none.
func (d *doc) rightArg(ms []int, i, window int, fits func(*Mention) bool) int {
	stop := i + window
	for j := i; j < stop && j < len(d.toks); j++ {
		w := d.lw(j)
		if w == ";" || w == "," && j+1 < len(d.toks) && (d.in(j+1, d.words.clauseBreaks) || d.lw(j+1) == "a" || d.lw(j+1) == "an") ||
			j > i && d.in(j, d.words.clauseBreaks) && w != "and" ||
			j > i && d.in(j, d.words.subordinators) && j+1 < len(d.toks) && strings.HasSuffix(d.lw(j+1), "ing") && !d.toks[j+1].Capitalized() || // "spoke to reporters after meeting B": B is the gerund's
			closingQuote(d, j) || j > i && d.conjoinedAux(j) {
			stop = j
		}
	}
	if p := d.titleApposedName(ms, i); p >= 0 && fits(&d.mentions[p]) {
		return p // "met the Moroccan army commander in Western Sahara, General X": X, not the place
	}
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From >= i && m.From < stop && d.unnamedCompound(ms, m) {
			return -1 // "struck Iran-backed militias in Syria": an object we cannot name (compound.go)
		}
		if m.From >= i && m.From < stop {
			if c := d.namedCounterpart(ms, m, fits); c >= 0 {
				return c // "met her Peruvian counterpart, President Luis Vega": Vega, not whom "her" is
			}
			if c, ok := d.counterpartOf(m); ok {
				if c >= 0 && fits(&d.mentions[c]) {
					return c // "Lavrov met Blinken. Lavrov criticized his counterpart": Blinken
				}
				return -1 // a counterpart we cannot name, not what follows it
			}
			if h := d.possessedDemonym(ms, m, fits); h >= 0 {
				return h // "spoke with his French counterpart": France
			}
		}
		if m.From >= i && m.From < stop && m.Kind == mAdjective && m.Key != "" && fits(m) && (d.claimNounAt(m.To) || d.tradedGoods(i, m)) {
			return k // "recognised Moroccan sovereignty over the Sahara": Morocco, as "Morocco's sovereignty"
		}
		if m.From < i || !m.Arg || m.Key == "" {
			continue
		}
		if m.From >= stop {
			return -1
		}
		if d.compoundModifier(m) {
			continue // "struck the Iran-backed group": the group, not Iran
		}
		if fits(m) {
			if h := d.namedHead(ms, m, fits); h >= 0 {
				return h // "North Korean shipping firm Ocean Maritime Management": the firm
			}
			if d.isPossessor(m) {
				// "met Qatar's emir, Sheikh Tamim": the possessed person
				for _, h := range ms {
					if p := &d.mentions[h]; p.From > m.To && p.From <= m.To+5 && p.Label == "Person" && p.Arg && p.Key != "" && fits(p) {
						return h
					}
				}
			}
			return k
		}
	}
	return -1
}

// rightArgs returns the argument rightArg finds from token i on with the
// mentions coordinated after it ("to Seoul and Manila", "hosted Lula in
// Brasilia and Rio"): one shared step for readers that take one mention after
// a verb or a preposition, so a list after it gives each member. nil if
// rightArg finds none.
func (d *doc) rightArgs(ms []int, i, window int, fits func(*Mention) bool) []int {
	k := d.rightArg(ms, i, window, fits)
	if k < 0 {
		return nil
	}
	return d.coordinated(ms, k, fits)
}

// claimNounAt reports whether a noun of a state's title (words.yaml
// claim_nouns, one or two words: "sovereignty", "territorial integrity")
// opens at token i.
func (d *doc) claimNounAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	return d.in(i, d.words.claimNouns) || i+1 < len(d.toks) && d.words.claimNouns.has(d.lw(i)+" "+d.lw(i+1))
}

// reportedRelative reports whether mention m is the sayer inside a
// relative clause whose verb of saying stands right before token i, the
// cue ("a rocket launch that Washington and its allies said employed
// missiles", "the drills, which Peru says deployed Exocets"): the cue's subject is the
// relative pronoun's antecedent, not the sayer. It returns that
// antecedent when it is a fitting mention, else -1.
func (d *doc) reportedRelative(ms []int, m *Mention, i int, fits func(*Mention) bool) (int, bool) {
	from := d.sents[m.sent].From
	if i-1 < m.To || !d.in(i-1, d.words.speechVerbs) {
		return -1, false
	}
	p := m.From - 1
	for p > from && p >= i-8 && d.lw(p) != "that" && d.lw(p) != "which" {
		if d.toks[p].Kind == Punct {
			return -1, false
		}
		p--
	}
	if p <= from || p < i-8 || d.punctBetween(m.To, i-1) {
		return -1, false // the sayer, or a list of sayers ("Washington and its allies said"), right before the verb of saying
	}
	k := p - 1
	if d.toks[k].Text == "," {
		k--
	}
	if a := d.mentionEnding(ms, k+1, fits); a >= 0 && d.mentions[a].Key != "" && d.mentions[a].Arg {
		return a, true
	}
	return -1, true
}

// tradedGoods reports whether demonym m opens the goods of a trade noun
// (words.yaml trade_nouns) whose "of" ends right before token i: "banned
// imports of Iranian crude" (Iran), "halted purchases of Russian gas".
// The goods' noun, lower-case, follows the demonym.
func (d *doc) tradedGoods(i int, m *Mention) bool {
	if m.From != i || i < 2 || d.lw(i-1) != "of" || !d.in(i-2, d.words.tradeNouns) || m.To >= len(d.toks) {
		return false
	}
	t := d.toks[m.To]
	return t.Kind == Word && !t.Capitalized()
}

// possessedDemonym returns the demonym that speaks for the noun a
// possessive pronoun owns, right after it, when it fits: "spoke with his
// French counterpart" (France), "in contact with its Canadian partners"
// (words.yaml partner_nouns), "their Iranian officials"; -1 if none. The
// owner is the noun's, not the verb's object. A counterpart named after
// ("his Chinese counterpart, Wang Yi") is the object instead.
func (d *doc) possessedDemonym(ms []int, m *Mention, fits func(*Mention) bool) int {
	if m.Kind != mPronoun || !possessivePronoun[m.Head] && m.Head != "their" {
		return -1
	}
	n := d.mentionAt(ms, m.To)
	if n < 0 || d.mentions[n].Kind != mAdjective || d.mentions[n].Key == "" || !fits(&d.mentions[n]) {
		return -1
	}
	a := &d.mentions[n]
	if a.Arg {
		return n // "their Iranian partners" (actor_nouns)
	}
	if j := a.To; j < len(d.toks) && d.in(j, d.words.partnerNouns) && !d.namedAfter(ms, j+1) {
		return n
	}
	return -1
}

// meetingTypes are the relation types whose other party is a person's
// "counterpart": those he met, called or negotiated with.
var meetingTypes = set{"MET_WITH": true, "COMMUNICATES_WITH": true, "NEGOTIATES_WITH": true}

// counterpartOf reads "his counterpart" (possessive pronoun m, then
// "counterpart" with no demonym and no name after it) as the other party
// of the last meeting, call or talks its possessor took part in, related
// in m's sentence or the two before: "Lavrov met Blinken in Geneva.
// Lavrov criticized his counterpart" is Blinken. The possessor must be
// named before the phrase in its own sentence. It returns that party's
// nearest mention before m, or -1 when there is none (the phrase names
// someone we cannot name), and whether m opens such a phrase at all.
func (d *doc) counterpartOf(m *Mention) (int, bool) {
	if m.Kind != mPronoun || !possessivePronoun[m.Head] || m.To >= d.sents[m.sent].To || d.lw(m.To) != "counterpart" {
		return -1, false
	}
	sms := d.sentMentions(m.sent)
	if d.namedAfter(sms, m.To+1) {
		return -1, false // "his counterpart, Wang Yi": the name is the object
	}
	named := false // the possessor named before it in its sentence: "Lavrov criticized his counterpart"
	for _, j := range sms {
		if a := &d.mentions[j]; a.From < m.From && a.Key == m.Key && a.Kind != mPronoun {
			named = true
		}
	}
	if m.Key == "" || !named {
		return -1, true // "A met B. His counterpart ...": whose, we cannot tell
	}
	since := d.sents[max(m.sent-2, 0)].Start
	other := ""
	for r := len(d.rels) - 1; r >= 0 && other == ""; r-- {
		rel := &d.rels[r]
		if rel.Span.Start() < since {
			break
		}
		if !meetingTypes[rel.Type] {
			continue
		}
		switch m.Key {
		case rel.Source:
			other = rel.Target
		case rel.Target:
			other = rel.Source
		}
	}
	if other == "" {
		return -1, true
	}
	for j := len(d.mentions) - 1; j >= 0; j-- {
		if a := &d.mentions[j]; a.From < m.From && a.Key == other && a.Kind != mPronoun && a.Arg {
			return j, true
		}
	}
	return -1, true
}

// namedCounterpart returns the person named after a counterpart phrase
// that possessive pronoun m opens, past a demonym, a comma and a title
// ("her Peruvian counterpart, President Luis Vega", "his counterpart Wang
// Yi"), when it fits; -1 otherwise.
func (d *doc) namedCounterpart(ms []int, m *Mention, fits func(*Mention) bool) int {
	if m.Kind != mPronoun || !possessivePronoun[m.Head] {
		return -1
	}
	j := m.To
	if a := d.mentionAt(ms, j); a >= 0 && d.mentions[a].Kind == mAdjective {
		j = d.mentions[a].To
	}
	if j >= d.sents[m.sent].To || !strings.HasPrefix(d.lw(j), "counterpart") {
		return -1
	}
	if n := d.nameAfter(ms, j+1); n >= 0 && fits(&d.mentions[n]) {
		return n
	}
	return -1
}

// namedAfter reports whether a person's name follows at token i, after a
// comma or not, past a title: "counterpart Wang Yi", "counterpart, Wang
// Yi", "counterpart, President Jane Roe".
func (d *doc) namedAfter(ms []int, i int) bool {
	return d.nameAfter(ms, i) >= 0
}

// nameAfter returns the person's name namedAfter finds at token i; -1 if
// none. An honorific the name's mention leaves out may open it:
// "counterpart, Mr Luis Vega".
func (d *doc) nameAfter(ms []int, i int) int {
	if i < len(d.toks) && d.toks[i].Text == "," {
		i++
	}
	if d.mentionAt(ms, i) < 0 && i < len(d.toks) {
		i = d.pastHonorifics(i, len(d.toks))
	}
	n := d.mentionPastTitles(ms, i, -1)
	if n >= 0 && d.mentions[n].Label == "Person" && d.mentions[n].Kind == mName {
		return n
	}
	return -1
}

// titleApposedName returns the person named after the title phrase that
// opens at token i, past "the" and a demonym, a place the title is held in
// and a comma: "the Bolivian President, Evo Rojas" is Rojas, "the
// Moroccan army commander in Western Sahara, General X" is X; -1 when no
// title opens there or no name follows it ("the Bolivian government,
// Brazil ..." names no one). A possessor may own the title instead of the
// demonym: "Peru's Foreign Minister, Luis Vega", "Soto's envoy, Juan Paz"
// and "Chile's President Ana Soto" name Vega, Paz and Soto.
func (d *doc) titleApposedName(ms []int, i int) int {
	if i < len(d.toks) && d.lw(i) == "the" {
		i++
	} else if p := d.mentionAt(ms, i); p >= 0 && d.isPossessor(&d.mentions[p]) && d.mentions[p].Kind == mName {
		i = d.mentions[p].To + 1
	}
	for i < len(d.toks) && (d.lw(i) == "then" || d.lw(i) == "former") && d.mentionAt(ms, i) < 0 {
		i++ // "Kenya's then president, Daniel Moi", "the former Foreign Minister, Ana Soto"
	}
	if a := d.mentionAt(ms, i); a >= 0 && d.mentions[a].Kind == mAdjective {
		i = d.mentions[a].To
	}
	t := d.mentionAt(ms, i)
	if t < 0 || d.mentions[t].Kind != mTitle {
		return -1
	}
	j := d.mentions[t].To
	if j+1 < d.sents[d.mentions[t].sent].To && (d.lw(j) == "in" || d.lw(j) == "of" || d.lw(j) == "for") {
		if p := d.mentionAt(ms, j+1); p >= 0 && placeOrCountry(&d.mentions[p]) && d.mentions[p].To < len(d.toks) && d.toks[d.mentions[p].To].Text == "," {
			j = d.mentions[p].To // "the Moroccan army commander in Western Sahara, General X"
		}
	}
	return d.nameAfter(ms, j)
}

// conjoinedAux reports whether toks[j] is "and" or "or" opening a second
// verb phrase with an auxiliary ("welcomed the truce and was ready to help
// Chile", "and has since met") or a verb of saying ("accused the West of
// hypocrisy and said Russia had been cornered", "and added that"): an
// object stops before it, what is said is the second verb's.
func (d *doc) conjoinedAux(j int) bool {
	if w := d.lw(j); (w != "and" && w != "or") || j+1 >= len(d.toks) {
		return false
	}
	k := j + 1
	if (d.lw(k) == "then" || d.lw(k) == "also") && k+1 < len(d.toks) {
		k++
	}
	return d.auxiliary(d.lw(k)) || d.in(k, d.words.speechVerbs)
}

// verbGroupStart returns the first of the words that skip accepts
// standing in a row right before toks[i], none before toks[lo]: the
// auxiliaries and adverbs of a verb group read back from its verb ("and
// had informed", "was later", "will remain", "has also"), at most most of
// them (any number when most < 0); i when there are none. Each reader
// passes the words it lets in, how many and the first token it may skip
// (the sentence's first, or the one after it).
func (d *doc) verbGroupStart(lo, i, most int, skip func(j int) bool) int {
	for n := 0; n != most && i-1 >= lo && skip(i-1); n++ {
		i--
	}
	return i
}

// mentionAt returns the index of the longest mention starting at token i
// in ms ("U.S. Treasury Department", not its "U.S."), or -1.
func (d *doc) mentionAt(ms []int, i int) int {
	best := -1
	for _, k := range ms {
		if m := d.mentions[k]; m.From == i && (best < 0 || m.To > d.mentions[best].To) {
			best = k
		}
	}
	return best
}

// mentionPastTitles returns the mention at toks[i], or, when a title
// mention stands there, the one its title is written before: past at most
// most titles, any number when most < 0 ("President Jane Roe", "AU
// chairperson President Macky Sall": the person, past both titles); -1
// when no mention stands there. The one reading of a name past its own
// titles; its callers ask what the mention found must be.
func (d *doc) mentionPastTitles(ms []int, i, most int) int {
	n := d.mentionAt(ms, i)
	for ; most != 0 && n >= 0 && d.mentions[n].Kind == mTitle; most-- {
		n = d.mentionAt(ms, d.mentions[n].To)
	}
	return n
}

// possessorBefore returns the possessor or modifier that opens the noun
// phrase ending before toks[i]: "Moscow's opposition", "its reckless
// pursuit", "U.N. sanctions list"; -1 if none.
func (d *doc) possessorBefore(ms []int, si, i int, fits func(*Mention) bool) int {
	from := d.sents[si].From
	for j := i - 1; j >= from && j >= i-5; j-- {
		for p := len(ms) - 1; p >= 0; p-- {
			m := &d.mentions[ms[p]]
			if m.To-1 == j && m.Key != "" && fits(m) {
				if j == i-1 || d.isPossessor(m) || m.Kind == mPronoun && possessivePronoun[m.Head] {
					return ms[p]
				}
			}
		}
		w := d.lw(j)
		if w == "'s" || w == "'" || w == "and" || w == "," {
			continue // "Moscow's", "the United States'"
		}
		t := d.toks[j]
		if t.Kind == Number && yearNumber(t.Text) {
			continue // "Russia's 2022 invasion of Ukraine"
		}
		if t.Kind != Word || followers[w] || determiners[w] && !possessivePronoun[w] {
			return -1
		}
	}
	return -1
}

// yearNumber reports whether a number is written as a year of modern
// news, four digits from 1900 to 2099: "its 2019 offensive".
func yearNumber(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}

// pluralSubject reports whether the nearest mention before token i is an
// unresolved "they" or "we".
func (d *doc) pluralSubject(ms []int, i int) bool {
	for p := len(ms) - 1; p >= 0; p-- {
		m := d.mentions[ms[p]]
		if m.To > i {
			continue
		}
		return m.Kind == mPronoun && (m.Head == "they" || m.Head == "we") && m.Key == ""
	}
	return false
}

// nounAgent returns the agent after "by" of a noun cue ("the criticism of
// Hungary by Poland"): within a few tokens after the cue, before the
// clause ends; -1 if none.
func (d *doc) nounAgent(ms []int, cm cueMatch, end int, fits func(*Mention) bool) int {
	if d.cueLastPrep(cm.c) == "" {
		return -1 // "blacklist ships owned by ...": a noun with its target phrase only
	}
	if a := d.innerAgent(ms, cm, fits); a >= 0 {
		return a // "strikes by Israel on Gaza"
	}
	for j := cm.to; j < end && j < cm.to+8; j++ {
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) && d.lw(j) != "and" || d.conjoinedInfinitive(j, end) {
			return -1
		}
		if d.lw(j) == "by" {
			if n := d.rightArg(ms, j+1, 3, fits); n >= 0 {
				return n
			}
			if k := d.ledBy(j+1, end); k >= 0 {
				return d.rightArg(ms, k+2, 3, fits) // "a visit to Sofia by a delegation of senators led by X": X
			}
			return d.groupOwner(ms, j+1, end, fits)
		}
		if d.lw(j) == "from" && cm.c.Prep != "from" {
			if n := d.rightArg(ms, j+1, 2, fits); n >= 0 && d.mentions[n].Kind == mName {
				return n // "the threat to Estonia from Russia"
			}
			return -1
		}
	}
	return -1
}

// groupOwner returns the actor that owns the unnamed group whose noun
// opens at token i, tied to it by "of" or "loyal to" ("the attack on Arica
// by fighters of the Kestrel Front", "by troops loyal to X"): the owner
// acts, as for a subject (ownerAfterSpeech). Not the leader of followers
// ("by supporters of X": words.yaml follower_nouns), else -1.
func (d *doc) groupOwner(ms []int, i, end int, fits func(*Mention) bool) int {
	if i < end && d.lw(i) == "the" {
		i++
	}
	if i+2 >= end || d.toks[i].Kind != Word || d.toks[i].Capitalized() || d.in(i, d.words.followerNouns) || d.mentionAt(ms, i) >= 0 {
		return -1
	}
	switch {
	case d.lw(i+1) == "of":
		return d.rightArg(ms, i+2, 2, fits)
	case d.lw(i+1) == "loyal" && i+3 < end && d.lw(i+2) == "to":
		return d.rightArg(ms, i+3, 2, fits)
	}
	return -1
}

// conjoinedInfinitive reports whether toks[j] is "and" or "or" opening a
// second "to" clause with its own verb ("to end joint exercises with Chile
// and to buy weapons from Russia"): what follows is that verb's, no part
// of the noun phrase before it. "and to Peru", "and to the region" go on
// with the phrase.
func (d *doc) conjoinedInfinitive(j, end int) bool {
	if w := d.lw(j); (w != "and" && w != "or") || j+2 >= end || d.lw(j+1) != "to" {
		return false
	}
	t := d.toks[j+2]
	return t.Kind == Word && !t.Capitalized() && !determiners[t.lower]
}

// opensClause reports whether mention k is the first actor of its
// sentence or of a clause after a comma: a subject, not an object. A
// double quotation mark closing right after a word closes a quoted word
// of the phrase, no clause: `warned against "interference" in Georgia,
// and Lavrov accused`: Georgia is an object.
func (d *doc) opensClause(ms []int, k int) bool {
	m := &d.mentions[k]
	start := d.npStart(m)
	from := d.sents[m.sent].From
	for j := start - 1; j >= from; j-- {
		if quoteOf(d.toks[j].Text).double && d.quoteClosedAt(from, j) {
			continue
		}
		if t := d.toks[j]; t.Kind == Punct || t.in(d.words.subordinators) {
			return true
		}
		for _, o := range ms {
			if om := d.mentions[o]; om.To-1 == j && isActor(om.Label) && om.Arg {
				return false
			}
		}
		if t := d.toks[j]; t.Kind == Word && !t.Capitalized() && !determiners[t.lower] && !followers[t.lower] {
			return false // a verb or noun before: an object
		}
	}
	return true
}

// anyArg reports whether a resolved argument mention of ms fits.
func (d *doc) anyArg(ms []int, fits func(*Mention) bool) bool {
	for _, k := range ms {
		if m := &d.mentions[k]; m.Key != "" && m.Arg && fits(m) {
			return true
		}
	}
	return false
}

// mentionEnding returns the longest mention of ms that ends at toks[i]
// and that keep accepts (any, when keep is nil), or -1.
func (d *doc) mentionEnding(ms []int, i int, keep func(*Mention) bool) int {
	best := -1
	for _, k := range ms {
		if m := &d.mentions[k]; m.To == i && (keep == nil || keep(m)) && (best < 0 || m.From < d.mentions[best].From) {
			best = k
		}
	}
	return best
}

// lastBefore returns the last mention of ms ending at or before token i
// that keep accepts, or -1.
func (d *doc) lastBefore(ms []int, i int, keep func(*Mention) bool) int {
	best := -1
	for _, k := range ms {
		if m := &d.mentions[k]; m.To <= i && keep(m) && (best < 0 || m.From > d.mentions[best].From) {
			best = k
		}
	}
	return best
}

// keyed reports whether mention m names an entity.
func keyed(m *Mention) bool { return m.Key != "" }

// keyedActor reports whether m is an actor (see isActor) with an entity
// key.
func keyedActor(m *Mention) bool { return m.Key != "" && isActorMention(m) }

// namedActor reports whether m is a keyed actor that is no demonym: a
// member of a list ("critics of Chile include Peru", "signatories include
// A and B").
func namedActor(m *Mention) bool { return keyedActor(m) && m.Kind != mAdjective }

// isCountry reports whether m is a country written other than by its
// demonym: a name, a description or a pronoun.
func isCountry(m *Mention) bool { return m.Label == "Country" && m.Kind != mAdjective }

// placeOrCountry reports whether m is a place or a country.
func placeOrCountry(m *Mention) bool { return m.Label == "Location" || m.Label == "Country" }

// isPerson reports whether m is a person.
func isPerson(m *Mention) bool { return m.Label == "Person" }

// namedPerson reports whether m names a person by name.
func namedPerson(m *Mention) bool { return m.Label == "Person" && m.Kind == mName }

// closingQuote reports whether toks[j] closes a quotation: a quote mark
// right after punctuation ('needed," said'). An object is never looked
// for past it, among the words that report the quote.
func closingQuote(d *doc, j int) bool {
	if j == 0 || d.toks[j-1].Kind != Punct {
		return false
	}
	q := quoteOf(d.toks[j].Text)
	return q.double && q.closes
}

// describedName returns the name that follows a short descriptor from
// token i: "South American group Mercosur", "militant group Hamas". The
// descriptor ends in a lower-case noun; no preposition, determiner or
// clause break stands in it, nor a preposition of place ("the Marneuli
// air base outside Tbilisi" is a base, not Tbilisi). -1 if none.
func (d *doc) describedName(ms []int, i, end int) int {
	for j := i; j < end && j < i+4; j++ {
		t := d.toks[j]
		if t.Kind != Word || determiners[t.lower] || t.in(d.words.objectPreps) || t.in(d.words.placePreps) || t.in(d.words.clauseBreaks) {
			return -1
		}
		if n := d.mentionAt(ms, j+1); n >= 0 && !t.Capitalized() {
			switch d.mentions[n].Kind {
			case mName:
				return n
			case mDescription: // "group" in "militant group Hamas"
			default:
				return -1
			}
		}
	}
	return -1
}

// compoundModifier reports whether mention m is the first part of a
// hyphenated modifier with a lower-case second part: "Iran-backed",
// "US-led", "Russian-made". It modifies the noun after it and is no
// argument of a verb before it.
func (d *doc) compoundModifier(m *Mention) bool {
	if m.To+1 >= len(d.toks) || !joinedHyphen(d, m.To, m.To+1) || d.toks[m.To].Start != d.toks[m.To-1].Start+len(d.toks[m.To-1].Text) {
		return false
	}
	t := d.toks[m.To+1]
	return t.Kind == Word && !t.Capitalized()
}

// commaWithin returns the first comma in toks[i:end] less than n tokens
// from i, or -1: the end of a fronted phrase ("While in Tokyo, ...").
func (d *doc) commaWithin(i, end, n int) int {
	for j := i; j < end && j < i+n; j++ {
		if d.toks[j].Text == "," {
			return j
		}
	}
	return -1
}

// ledBy returns the token of "led" in a "led by" that follows an unnamed
// group opening at toks[i] ("a delegation of senators led by X", "a team
// led by"), within a few words and no punctuation; -1 if none. The
// group's leader then stands for the group's act.
func (d *doc) ledBy(i, end int) int {
	for k := i; k+1 < end && k < i+8; k++ {
		if d.toks[k].Kind == Punct || d.toks[k].Capitalized() && d.lw(k) != "us" && d.lw(k) != "u.s." {
			return -1
		}
		if d.lw(k) == "led" && d.lw(k+1) == "by" {
			return k
		}
	}
	return -1
}

// objectEnd returns the token right after the head noun of the direct
// object of the verb at token i, as the parse of sentence si makes it,
// when every word between the verb and that noun is the noun's own
// (determiners, modifiers: "negotiating a new security agreement | with
// Quito"). A two-word verb cue's preposition may stand there however many
// modifiers the object has, where the cue's fixed gap of a few words stops
// short; the parse may hang the preposition on the noun or on the verb.
// -1 if the verb has no such object.
func (x *Extractor) objectEnd(d *doc, si, i int) int {
	toks := x.parseOf(d, si)
	from := d.sents[si].From
	v := i - from
	if toks == nil || v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" {
		return -1
	}
	obj := -1
	for _, c := range syntax.Children(toks, v) {
		if toks[c].Deprel == "obj" {
			obj = c
			break
		}
	}
	if obj <= v || toks[obj].UPOS != "NOUN" && toks[obj].UPOS != "PROPN" {
		return -1
	}
	for k := v + 1; k < obj; k++ {
		if !syntax.Dominates(toks, obj, k) {
			return -1 // other words between: not the object's own
		}
	}
	return from + obj + 1
}

// pastTimeAdverbial returns the token after a time adverbial opening at
// toks[i] before end, else i: "on Monday", "on 11 August", "on Monday
// night", "Tuesday", "last week", "this weekend", "yesterday", "earlier
// today" (names.yaml weekdays and months, words.yaml time_span_nouns and
// day_parts). A verb of saying may be parted so from the clause it
// reports ("said on Monday that Chile ..."); a place or a medium ("said
// on television that") is no time and is not passed.
func (x *Extractor) pastTimeAdverbial(d *doc, i, end int) int {
	dated := func(k int) bool {
		t := d.toks[k]
		return x.lex.sets.weekdays[t.Text] || x.lex.sets.months[t.Text] || t.Kind == Number
	}
	j := i
	switch w := d.lw(i); {
	case w == "on":
		j++
		for j < end && j < i+4 && dated(j) {
			j++
		}
		if j == i+1 {
			return i // "on television"
		}
	case w == "last" || w == "this" || w == "next":
		if j+1 >= end || !d.in(j+1, x.lex.sets.timeSpanNouns) && !d.in(j+1, x.lex.sets.dayParts) && !x.lex.sets.weekdays[d.toks[j+1].Text] {
			return i // "last resort"
		}
		return j + 2
	case isAdverbOfTime(w):
		j++ // "yesterday", "earlier"
		if j < end && (d.lw(j) == "today" || d.lw(j) == "yesterday") {
			j++ // "earlier today"
		}
	case x.lex.sets.weekdays[d.toks[i].Text]:
		j++
	default:
		return i
	}
	if j < end && d.in(j, x.lex.sets.dayParts) {
		j++ // "on Monday night", "yesterday afternoon"
	}
	return j
}

// bareGovernmentObject reports whether the object at toks[from:] of
// sentence si is a bare "the government" (words.yaml state_body_nouns,
// not "the regime"), alone or as the owner of what is judged ("the
// government's response"), that no mention covers and no "of" or "in" a
// named place follows: the critic judges a government the sentence does
// not name, so no later mention of the charge is the one criticised.
func (d *doc) bareGovernmentObject(si, from int) bool {
	end := d.sents[si].To
	if from+1 >= end || d.lw(from) != "the" || !d.in(from+1, d.words.stateBodyNouns) || d.lw(from+1) == "regime" {
		return false
	}
	if from+3 < end && possessiveS(d.lw(from+2)) && !d.judgedAct(d.lw(from+3)) {
		return false // "the government's critics"; "the government's response" is the government's
	}
	if from+2 < end && (d.lw(from+2) == "of" || d.lw(from+2) == "in") {
		ms, k := d.sentMentions(si), from+3
		if k < end && articles[d.lw(k)] {
			k++
		}
		if d.mentionAt(ms, k) >= 0 {
			return false // "the government of Chile", "the government in Lima"; "accused the government of lying" stays
		}
	}
	return d.bareStateBody(si, from, from+2)
}

// criticsOwnState returns the mention of the state whose government is
// the bare object at toks[from:] of sentence si (bareGovernmentObject:
// "the government", "the government's response"), when every critic in
// sources is a person or a body of that one state: "the opposition leader
// A accused the government of lying", "the Kestrel Party criticised the
// cabinet for" judge their own state's government, which the article
// names elsewhere. A critic of no known state counts for the article's
// home state (homeCountry) only when "opposition" stands before the
// object ("the main opposition Kestrel Party"); otherwise the home country
// is no safe guess (a story from Kigali on Mozambique's opposition). A
// state as the critic ("Peru criticised the government"), an
// international body, a company or an outlet, critics of several states
// or a state the article never names give -1.
func (x *Extractor) criticsOwnState(d *doc, sources []int, si, from int) int {
	if !d.bareGovernmentObject(si, from) {
		return -1
	}
	state := ""
	for _, k := range sources {
		m := &d.mentions[k]
		s := ""
		switch m.Label {
		case "Person":
			if _, s = d.personHome(m); s == "" {
				s = d.boundState(m) // "Peru's opposition leader A ... its leader, A, criticised the government": his last office is a party's, of no state
			}
			if s == "" {
				s = m.Country // the state a demonym gave this mention
			}
		case "Organization":
			s = m.Country
			if m.Sort == "international" || m.Sort == "company" || m.Sort == "media" {
				return -1
			}
		default:
			return -1
		}
		if s == "" && d.wordBetween(d.sents[si].From, from, "opposition") {
			if h := x.homeCountry(d); h != nil {
				s = stateOf(h) // "the main opposition Kestrel Party criticised the government": an opposition judges its own state, the article's home state (homeCountry)
			}
		}
		if s == "" || state != "" && s != state {
			return -1
		}
		state = s
	}
	if state == "" || d.countryMention(state) == nil {
		return -1
	}
	return d.byKey["country:"+state]
}

// boundState returns the one state that the title stage bound person p
// to a title of ("Ecuadorian opposition leader Luis Vera"), else the
// state the lexicon gives him; "" when none is known or titles of two
// states were bound to him. personHome reads only his last office, which
// may be a party's of no state.
func (d *doc) boundState(p *Mention) string {
	state := ""
	for _, b := range d.bindings {
		if d.mentions[b.person].Key != p.Key || b.aff.Label != "Country" {
			continue
		}
		s := stateOf(&b.aff)
		if state != "" && s != state {
			return ""
		}
		state = s
	}
	if state == "" && p.lexical {
		return p.Country
	}
	return state
}

// participleAgent reports whether mention n stands in the agent of a
// participle that opens right after a noun cue ending at toks[from] ("an
// assault led by General A", "the raid, carried out by B,"; participleBy):
// the agent did or led the act, it is not its target.
func (d *doc) participleAgent(from, end int, n *Mention) bool {
	k := from
	if k < end && d.toks[k].Text == "," {
		k++
	}
	by := d.participleBy(k, end)
	return by >= 0 && n.From > by && !d.wordBetween(by, n.From, "on") && !d.wordBetween(by, n.From, "against")
}

// placePartOf returns the place named in a list item that is a part of
// it, "the <part> of <place>" (words.yaml place_parts, up to two
// lower-case words before the part) opening at toks[i]: in "struck A, the
// civilian side of Arica airport and B" and "shelled A, the outskirts
// of Homs and B" the airport and Homs were hit too. Else -1.
func (d *doc) placePartOf(ms []int, i, end int) int {
	for k := i; k < end && k <= i+2; k++ {
		t := d.toks[k]
		if t.Kind != Word || t.Capitalized() {
			return -1
		}
		if !d.in(k, d.words.placeParts) || k+2 >= end || d.lw(k+1) != "of" {
			continue
		}
		j := k + 2
		if d.lw(j) == "the" {
			j++
		}
		if n := d.mentionAt(ms, j); n >= 0 && (placeOrCountry(&d.mentions[n]) || d.mentions[n].Label == "Facility") {
			return n
		}
		return -1
	}
	return -1
}
