package extract

import "slices"

// Resisted attacks.
//
// An attack named by a noun whose doer is its modifier or possessor, the
// object of a verb of resisting (resist_verbs in words.yaml), was done to
// the verb's subject: "Chile, which fought off a Peruvian
// invasion" (ATTACKS Peru -> Chile), "Santiago repelled Lima's
// offensive". A noun with a target of its own ("repelled a Russian
// assault on Kharkiv") is read by its noun cue; a negated or hedged verb
// ("could not withstand", "may resist") states nothing here.

// resistReach is how many words may stand between a verb of resisting and
// its attack noun: "fought off a massive Russian ground invasion".
const resistReach = 5

// resistedAttacks adds the ATTACKS that resisted attack nouns of
// sentence si state.
func (x *Extractor) resistedAttacks(d *doc, si int, ms []int) {
	s := d.sents[si]
	rt := x.lex.relTypes["ATTACKS"]
	srcFits := func(m *Mention) bool { return keyedActor(m) && slices.Contains(rt.Sources, m.Label) }
	tgtFits := func(m *Mention) bool { return slices.Contains(rt.Targets, m.Label) }
	for v := s.From + 1; v < s.To; v++ {
		after := d.phraseEnd(d.words.resistVerbs, v, s.To) // "repelled", "fought off", "defended itself against"
		if after == v || negated(d, s.From, v) || hedged(d, s.From, v) {
			continue
		}
		n := x.attackNoun(d, after, s.To, false)
		if n < 0 {
			continue
		}
		doer := d.possessorBefore(ms, si, n, srcFits)
		if doer < 0 {
			doer = d.eventModifier(ms, si, n, srcFits)
		}
		if doer < 0 || d.mentions[doer].From < after {
			continue
		}
		subj := d.leftArg(ms, v, tgtFits)
		if subj < 0 || d.mentions[subj].Key == d.mentions[doer].Key || x.reportedDoer(d, subj, v) {
			continue
		}
		for _, t := range d.coordinatedBefore(ms, subj, tgtFits) {
			x.addRel(d, si, "ATTACKS", "", &d.mentions[doer], &d.mentions[t], nil)
		}
	}
}

// stoppedAttacks adds the OPPOSES that verbs of stopping another's attack
// (stop_verbs in words.yaml) state in sentence si: the verb's subject
// opposes the doer, the attack noun's modifier or possessor, whether or
// not the attack has a target of its own ("Chile, which sent troops to
// stop Peru's offensive on Tacna," OPPOSES Chile -> Peru; "the alliance
// thwarted a rebel assault"). The doer's own halt ("Peru halted its
// offensive") and a negated or hedged verb state nothing.
func (x *Extractor) stoppedAttacks(d *doc, si int, ms []int) {
	s := d.sents[si]
	rt := x.lex.relTypes["OPPOSES"]
	srcFits := func(m *Mention) bool { return keyedActor(m) && slices.Contains(rt.Sources, m.Label) }
	tgtFits := func(m *Mention) bool { return keyedActor(m) && slices.Contains(rt.Targets, m.Label) }
	for v := s.From + 1; v < s.To; v++ {
		after := d.phraseEnd(d.words.stopVerbs, v, s.To)
		if after == v || negated(d, s.From, v) || hedged(d, s.From, v) {
			continue
		}
		n := x.attackNoun(d, after, s.To, true)
		if n < 0 {
			continue
		}
		doer := d.possessorBefore(ms, si, n, tgtFits)
		if doer < 0 {
			doer = d.eventModifier(ms, si, n, tgtFits)
		}
		if doer < 0 || d.mentions[doer].From < after {
			continue
		}
		subj := d.leftArg(ms, v, srcFits)
		if subj < 0 || d.mentions[subj].Key == d.mentions[doer].Key || x.reportedDoer(d, subj, v) {
			continue
		}
		for _, a := range d.coordinatedBefore(ms, subj, srcFits) {
			x.addRel(d, si, "OPPOSES", "", &d.mentions[a], &d.mentions[doer], nil)
		}
	}
}

// attackNoun returns the token of the attack noun that heads the object
// starting at toks[i]: a noun of ATTACKS among the event nouns, after at
// most resistReach determiners, modifiers or a possessor; without
// targeted, not followed by a preposition that gives it a target of its
// own (with targeted, "Haftar's assault on Tripoli" is read too). -1 if
// there is none.
func (x *Extractor) attackNoun(d *doc, i, end int, targeted bool) int {
	for j := i; j < end && j <= i+resistReach; j++ {
		t := d.toks[j]
		if x.eventType(d, t.lower) == "ATTACKS" {
			if !targeted && j+1 < end && targetPreps[d.lw(j+1)] {
				return -1 // "repelled a Russian assault on Kharkiv": the cue's
			}
			return j
		}
		if t.Kind == Punct && t.Text != "'s" && t.Text != "'" || d.words.clauseBreaks[t.lower] || d.words.objectPreps[t.lower] {
			return -1
		}
	}
	return -1
}

// targetPreps give an attack noun its own target: "invasion of",
// "assault on", "offensive against", "incursion into", "offensive in".
var targetPreps = set{"of": true, "on": true, "against": true, "into": true, "in": true}
