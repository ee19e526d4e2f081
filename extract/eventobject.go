package extract

import "slices"

// eventObjectDoer returns the doer of an event noun that is the object of
// the judging verb cue cm (a type with act_target: CRITICIZES, OPPOSES,
// SUPPORTS): the judgement is of the one who did the act. The doer is an
// actor among the noun's modifiers ("condemned the Russian bombing of the
// hospital"), the agent after "by" ("condemned the shelling of the port by
// Turkey") or the doer of the earlier event the noun refers back to
// (earlierEventDoer), never one of the judges. A noun of stance_events
// that opens no noun cue is judged through the actor that modifies it
// ("criticised the Peruvian deployment", "condemned the Venezuelan
// blockade"). An owned act or stance
// (judgedAct) is judged through the demonym or name before it ("rejected
// the Chilean proposal"). ok is false when no event noun heads the object;
// t is -1 when the noun names no doer ("condemned the attack on Israel").
func (x *Extractor) eventObjectDoer(d *doc, si int, ms []int, cm cueMatch, judges []int, fits func(*Mention) bool) (t int, ok bool) {
	const reach = 3 // determiner and modifiers before the head: "the deadly Russian bombing"
	end := d.sents[si].To
	if _, judged := x.lex.sets.stance.events[d.lw(cm.to-1)]; cm.to-cm.from > 1 && (x.eventType(d, d.lw(cm.to-1)) != "" || judged) {
		cm.to-- // the phrase's own object: CAMEO's "condemn bombing", "condemn coup"
	}
	quotes := 0
	for j := cm.to; j < end && j <= cm.to+reach+quotes; j++ {
		w := d.lw(j)
		if isQuote(d.toks[j].Text) && quotes < 2 {
			quotes++ // `"strongly condemns" the launch`: the quoted verb's object; `condemned Russian "aggression"`: a quoted noun
			continue
		}
		if d.toks[j].Kind == Punct || d.in(j, d.words.objectPreps) || d.in(j, d.words.clauseBreaks) {
			return -1, false
		}
		if x.eventType(d, w) == "" && !x.stanceEventAt(d, si, j) {
			if d.judgedAct(w) {
				// "condemned the Chilean decision": the demonym owns the act;
				// an act with no owner named is the object, and a clause
				// after it holds no target ("opposition to the plan angered
				// Chile"); a preposition ("the plan of Chile"), "to" or a
				// coordinator continue the object
				if p := d.eventModifier(ms, si, j, fits); p >= 0 {
					return p, true
				}
				if n := j + 1; n < end && d.toks[n].Kind == Word && (d.in(n, d.words.objectPreps) || coordinators[d.lw(n)]) {
					return -1, false
				}
				return -1, true
			}
			if x.stanceEventNoun(d, j) {
				if p := d.eventModifier(ms, si, j, fits); p >= 0 {
					return p, true // "criticised the Peruvian deployment", "condemned a Russian blockade of the port": the demonym's act
				}
			}
			continue
		}
		if p := d.eventModifier(ms, si, j, fits); p >= 0 {
			return p, true
		}
		if p := d.byAgentAfter(ms, j+1, end, fits); p >= 0 {
			return p, true
		}
		return x.earlierEventDoer(d, si, ms, j, judges, fits), true
	}
	return -1, false
}

// earlierEventDoer returns the doer of the event that a definite event
// noun at token i, with no doer named, refers back to: "Russia shelled
// Kharkiv. Ukraine condemned the attack" (see eventAgent; never the
// judges' own side; told in the sentence or the two before). After "on" or "against", the earlier event must have
// the same target ("condemned the attack on Ukraine"). -1 if none.
func (x *Extractor) earlierEventDoer(d *doc, si int, ms []int, i int, judges []int, fits func(*Mention) bool) int {
	types, ok := x.lex.sets.stance.events[d.lw(i)]
	if !ok || !anaphoric(d, d.sents[si].From, i) {
		return -1
	}
	target := ""
	if n := i + 1; n < d.sents[si].To && (d.lw(n) == "on" || d.lw(n) == "against") {
		k := d.rightArg(ms, n+1, 3, isStruckMention)
		if k < 0 {
			return -1 // "the attack on the convoy": an event we cannot match
		}
		target = d.mentions[k].Key
	}
	const back = 2 // the sentence and the two before, as for an act's maker (actMaker)
	a := d.toldBeforeAgent(si, ms, i, types, judges, target)
	if a < 0 {
		a = d.eventAgent(si, types, judges, target, back)
	}
	if a < 0 {
		a = d.soleEventAgent(si, types, judges, target)
	}
	if a >= 0 && fits(&d.mentions[a]) {
		return a
	}
	return -1
}

// isStruckMention reports whether m can be what an attack is "on": an
// actor, or a named place or facility ("condemned the strikes on Odesa"
// after "Russia struck Odesa" refers back to that attack).
func isStruckMention(m *Mention) bool {
	return isActorMention(m) || m.Label == "Location" || m.Label == "Facility"
}

// toldBeforeAgent returns the actor of an event of the types told earlier
// in sentence si than the noun at token i that refers back to it: "the
// Chilean shelling of Peru drew protests, and Bolivia deplored the
// attacks" (eventAgent reads the sentences before). The event's target
// must be named before the noun, so an event told after it ("condemned
// the attack, and Chile shelled Arica") is not the one referred to; the
// judges' side is never its actor (relAgent). -1 if there is none.
func (d *doc) toldBeforeAgent(si int, ms []int, i int, types []string, judges []int, target string) int {
	s := d.sents[si]
	for r := len(d.rels) - 1; r >= 0; r-- {
		rel := &d.rels[r]
		if rel.Span[0] != s.Start {
			continue
		}
		a := d.relAgent(rel, s.End, s.Start, types, judges, target)
		if a < 0 || d.mentions[a].From >= i {
			continue
		}
		if slices.ContainsFunc(ms, func(k int) bool { return d.mentions[k].Key == rel.Target && d.mentions[k].To <= i }) {
			return a
		}
	}
	return -1
}

// soleEventAgent returns the actor of the event a definite noun refers
// back to further than eventAgent reads, when the article has told of
// events of those types by that one actor only (the judges' side aside):
// "Vega visited the island. ... The League also criticised the visit"
// judges Vega however many sentences lie between, as long as no other
// actor's visit was told. -1 if there is none or more than one.
func (d *doc) soleEventAgent(si int, types []string, judges []int, target string) int {
	sole := -1
	for r := range d.rels {
		a := d.relAgent(&d.rels[r], d.sents[si].Start, 0, types, judges, target)
		if a < 0 {
			continue
		}
		if sole >= 0 && d.mentions[a].Key != d.mentions[sole].Key {
			return -1
		}
		sole = a
	}
	return sole
}

// stanceEventAt reports whether token j is a definite noun of
// stance_events that is neither an event noun of a noun cue nor an owned
// act, with no object after "of": "the launch", "the expulsion" are events
// whose doer a judgement of them judges, as "the attack" is; in "opposes
// the deployment of THAAD" the object is what is opposed.
func (x *Extractor) stanceEventAt(d *doc, si, j int) bool {
	w := d.lw(j)
	_, ok := x.lex.sets.stance.events[w]
	return ok && !d.judgedAct(w) && anaphoric(d, d.sents[si].From, j) && d.lw(j+1) != "of"
}

// judgedAct reports whether w names an act or stance someone owns: an
// intent noun ("plan", "move"), an act noun ("decision", "vote") or one of
// judged_acts ("stance", "remarks").
func (d *doc) judgedAct(w string) bool {
	return d.words.intentNouns.has(w) || d.words.actNouns[w] != nil || d.words.judgedActs.has(w)
}

// coordinators join an object to more of it: "criticized the plan and
// Peru"; "to" opens the plan's own clause.
var coordinators = set{"and": true, "or": true, "to": true}

// byAgentAfter returns the actor after "by" in the few words that follow a
// noun from token i ("the shelling of the port by Turkey"), before any
// comma or new clause; -1 if there is none.
func (d *doc) byAgentAfter(ms []int, i, end int, fits func(*Mention) bool) int {
	const reach = 8
	for j := i; j < end && j < i+reach; j++ {
		w := d.lw(j)
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) && w != "and" {
			return -1
		}
		if w == "by" {
			if n := d.rightArg(ms, j+1, 3, fits); n >= 0 {
				if o := d.mentions[n].Owner; d.mentions[n].Label == "WeaponSystem" && o >= 0 && isActorMention(&d.mentions[o]) && fits(&d.mentions[o]) {
					return o // "the bombing of the port by Peruvian Mirage fighters": Peru did it
				}
				return n
			}
			return d.groupOwner(ms, j+1, end, fits) // "by troops loyal to X": X
		}
	}
	return -1
}

// objectHead matches the one word after the verb of a CAMEO phrase that
// is its object noun ("condemn coup", "attack base") as the head of the
// object's noun phrase, past a determiner and modifiers: "condemned the
// failed coup", "attacked the main base". The words passed over are
// lower-case: a name or demonym among them ("trained Somali forces") is
// what the verb's own cue takes as its target; the head ends
// its phrase (a punctuation mark, preposition or clause word follows), so
// "attacked the government forces" is no "attack government". A
// preposition or particle ("attack with", "fight back") is never reached
// this way: it follows its verb. Nor is a head that opens a noun cue of
// its own ("resumed negotiations with", "carried out a missile attack
// on"): the noun states its relation with its own preposition.
func (x *Extractor) objectHead(d *doc, words []string, i, end int) (int, bool) {
	const reach = 3
	if len(words) != 1 || d.words.objectPreps.has(words[0]) || d.words.clauseBreaks.has(words[0]) || particles[words[0]] {
		return 0, false
	}
	for j := i; j < end && j <= i+reach; j++ {
		w := d.lw(j)
		if wordOrPlural(w, words[0]) {
			if j+1 < end && !headEnd(d, j+1) || x.opensNounCue(d, j) {
				return 0, false
			}
			return j + 1, true
		}
		t := d.toks[j]
		if t.Kind != Word || t.Capitalized() || d.in(j, d.words.objectPreps) || d.in(j, d.words.clauseBreaks) || w == "or" {
			return 0, false
		}
	}
	return 0, false
}

// particles follow a verb as part of it: "fight back", "wipe out".
var particles = set{"up": true, "down": true, "out": true, "off": true, "back": true, "away": true}

// headEnd reports whether toks[j] may follow the head of a noun phrase:
// punctuation, a preposition or a word that opens a clause.
func headEnd(d *doc, j int) bool {
	w := d.lw(j)
	return d.toks[j].Kind == Punct || d.in(j, d.words.objectPreps) || d.in(j, d.words.clauseBreaks) || w == "or" || w == "that" ||
		w == "after" || w == "before" || w == "since" || w == "as"
}

// opensNounCue reports whether toks[j] is the first word of a noun cue of
// several words: "negotiations" ("negotiations with"), "attack" ("attack
// on"), wherever its preposition stands.
func (x *Extractor) opensNounCue(d *doc, j int) bool {
	for _, c := range x.cuesOf(d, j) {
		if !c.verb && len(c.words) > 1 {
			return true
		}
	}
	return false
}
