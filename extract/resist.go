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
	rt := x.lex.relTypes["ATTACKS"]
	srcFits := func(m *Mention) bool { return keyedActor(m) && slices.Contains(rt.Sources, m.Label) }
	tgtFits := func(m *Mention) bool { return slices.Contains(rt.Targets, m.Label) }
	// "repelled", "fought off", "defended itself against"
	x.attacksMet(d, si, ms, d.words.resistVerbs, false, srcFits, tgtFits, func(doer, subj *Mention) {
		x.addRel(d, si, "ATTACKS", "", doer, subj, nil)
	})
}

// stoppedAttacks adds the OPPOSES that verbs of stopping another's attack
// (stop_verbs in words.yaml) state in sentence si: the verb's subject
// opposes the doer, the attack noun's modifier or possessor, whether or
// not the attack has a target of its own ("Chile, which sent troops to
// stop Peru's offensive on Tacna," OPPOSES Chile -> Peru; "the alliance
// thwarted a rebel assault"). The doer's own halt ("Peru halted its
// offensive") and a negated or hedged verb state nothing.
func (x *Extractor) stoppedAttacks(d *doc, si int, ms []int) {
	rt := x.lex.relTypes["OPPOSES"]
	srcFits := func(m *Mention) bool { return keyedActor(m) && slices.Contains(rt.Sources, m.Label) }
	tgtFits := func(m *Mention) bool { return keyedActor(m) && slices.Contains(rt.Targets, m.Label) }
	x.attacksMet(d, si, ms, d.words.stopVerbs, true, tgtFits, srcFits, func(doer, subj *Mention) {
		x.addRel(d, si, "OPPOSES", "", subj, doer, nil)
	})
}

// attacksMet is the one reading resistedAttacks and stoppedAttacks share:
// for each verb of verbs in sentence si, neither negated nor hedged, whose
// object is an attack noun (attackNoun, with targeted) done by an actor
// that fits doerFits (its possessor or modifier), it calls found with
// that doer and each subject of the verb (and each subject coordinated
// before it) that fits subjFits, the doer excepted. A sentence with no
// attack noun after its first word is passed over before its verbs are
// looked for.
func (x *Extractor) attacksMet(d *doc, si int, ms []int, verbs list, targeted bool, doerFits, subjFits func(*Mention) bool, found func(doer, subj *Mention)) {
	s := d.sents[si]
	if s.To-s.From < 2 || !slices.ContainsFunc(d.toks[s.From+1:s.To], func(t Token) bool { return t.in(d.words.eventNouns) && x.eventType(d, t.lower) == "ATTACKS" }) {
		return
	}
	for v := s.From + 1; v < s.To; v++ {
		after := d.phraseEnd(verbs, v, s.To)
		if after == v || negated(d, s.From, v) || hedged(d, s.From, v) {
			continue
		}
		n := x.attackNoun(d, after, s.To, targeted)
		if n < 0 {
			continue
		}
		doer := d.possessorBefore(ms, si, n, doerFits)
		if doer < 0 {
			doer = d.eventModifier(ms, si, n, doerFits)
		}
		if doer < 0 || d.mentions[doer].From < after {
			continue
		}
		subj := d.leftArg(ms, v, subjFits)
		if subj < 0 || d.mentions[subj].Key == d.mentions[doer].Key || x.reportedDoer(d, subj, v) {
			continue
		}
		for _, k := range d.coordinatedBefore(ms, subj, subjFits) {
			found(&d.mentions[doer], &d.mentions[k])
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
		if t.Kind == Punct && t.Text != "'s" && t.Text != "'" || t.in(d.words.clauseBreaks) || t.in(d.words.objectPreps) {
			return -1
		}
	}
	return -1
}

// targetPreps give an attack noun its own target: "invasion of",
// "assault on", "offensive against", "incursion into", "offensive in".
var targetPreps = set{"of": true, "on": true, "against": true, "into": true, "in": true}
