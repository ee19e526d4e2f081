package extract

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file finds a cue's arguments in the dependency parse of its
// sentence: the source is the verb's subject (nsubj; the agent after "by"
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
	words := make([]syntax.Word, 0, s.To-s.From)
	for _, t := range d.toks[s.From:s.To] {
		words = append(words, syntax.Word{Text: t.Text, Start: t.Start, End: t.End()})
	}
	p := x.parser.Parse(words)
	if len(p) != len(words) {
		p = nil
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
		subj, passive := subjectOf(toks, v)
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
		for _, o := range objectsOf(toks, v, c.Prep, cueLastPrep(c)) {
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

// relativePronouns stand for the noun a relative clause hangs on.
var relativePronouns = set{"which": true, "who": true, "that": true, "whom": true}

// subjectOf returns the subject of verb v: its own nsubj (or nsubj:pass,
// then passive is set), else the subject it shares: the controller of an
// xcomp ("urged Iran to halt": Iran; "plans to deploy": the planner), the
// subject of the verb it is conjoined with, or the noun a relative clause
// modifies. -1 if none.
func subjectOf(toks []syntax.Token, v int) (int, bool) {
	for hops := 0; v >= 0 && hops < 6; hops++ {
		for _, k := range syntax.Children(toks, v) {
			switch toks[k].Deprel {
			case "nsubj", "nsubj:pass", "csubj":
				passive := toks[k].Deprel == "nsubj:pass"
				if relativePronouns[strings.ToLower(toks[k].Text)] && strings.HasPrefix(toks[v].Deprel, "acl") {
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
	switch toks[v].Deprel {
	case "acl":
		n := toks[v].Head
		for _, k := range syntax.Children(toks, n) {
			if toks[k].Deprel == "nmod:poss" {
				return false // "its plan to place": the owner is the possessor (the heuristics find it)
			}
		}
		// "voted on a resolution to expel": the clause's subject owns a
		// noun its verb governs; a noun deeper down ("opposition to the
		// plan to place") is someone else's
		return n < 0 || !(strings.HasPrefix(toks[n].Deprel, "obj") || strings.HasPrefix(toks[n].Deprel, "obl"))
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
func cueLastPrep(c *compiledCue) string {
	if len(c.words) < 2 {
		return ""
	}
	if w := c.words[len(c.words)-1]; objectPreps[w] {
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
	if !x.lex.sets.actorNouns[strings.ToLower(toks[t].Text)] {
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
