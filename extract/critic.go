package extract

import (
	"slices"
	"strings"
)

// includedCritics adds the relations a plural noun of critics or
// opponents (critic_nouns in words.yaml) states of the actors it is said
// to include: "critics of Chile include Peru and Bolivia", "Chile's
// opponents, who include Peru,", "his critics, which include the group
// X": each member CRITICIZES (OPPOSES) the one named after "of" or as the
// noun's owner. A negated noun, or a member that is the one criticized,
// states nothing.
func (x *Extractor) includedCritics(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for i := from; i < end; i++ {
		typ := d.words.criticNouns.get(d, i)
		if typ == "" {
			continue
		}
		rt := x.lex.relTypes[typ]
		fits := func(m *Mention) bool { return m.Key != "" && slices.Contains(rt.Targets, m.Label) }
		target, after := -1, i+1
		if after < end && d.lw(after) == "of" {
			if target = d.rightArg(ms, after+1, 3, fits); target >= 0 {
				after = d.mentions[target].To
			}
		} else {
			target = d.possessorBefore(ms, si, i, fits)
		}
		if target < 0 || negated(d, from, i) {
			continue
		}
		for _, m := range d.includedActors(ms, after, end, namedActor) {
			if d.mentions[m].Key != d.mentions[target].Key {
				x.addRel(d, si, typ, "", &d.mentions[m], &d.mentions[target], nil)
			}
		}
	}
}

// answeredCriticism adds the criticism that the subject of a verb of
// answering (answering_verbs) answers: the owner of the noun of criticism
// (criticism_nouns) right after the verb, or its author after "from" or
// "by", CRITICIZES the one who answers: "Peru rejected Chile's criticism",
// "Peru dismissed the Chilean accusations", "Peru brushed off the
// accusations by Chile". Criticism of someone else named after the noun
// ("rejected Chile's criticism of Bolivia") is that one's, and an
// unowned noun ("rejected the criticism") names no critic.
func (x *Extractor) answeredCriticism(d *doc, si int, ms []int) {
	const reach = 4 // "rejected the sharp Chilean criticism"
	st := &x.lex.sets.stance
	from, end := d.sents[si].From, d.sents[si].To
	for v := from; v < end; v++ {
		to, ok := st.answering.at(d, v, end)
		if !ok || inMentionSpan(d, ms, v) || v > from && d.toks[v].Capitalized() {
			continue
		}
		n := -1
		for j := to; j < end && j <= to+reach; j++ {
			if st.criticism[d.lw(j)] {
				n = j
				break
			}
			if d.toks[j].Kind == Punct && d.toks[j].Text != "'s" && d.toks[j].Text != "'" {
				break
			}
		}
		if n < 0 {
			x.trailingChargeAnswered(d, si, ms, v)
			continue
		}
		if n+1 < end && (d.lw(n+1) == "of" || d.lw(n+1) == "against") && d.rightArg(ms, n+2, 3, namedActor) >= 0 {
			continue
		}
		critic := d.possessorBefore(ms, si, n, keyedActor) // "Chile's", "the Chilean"
		if critic < 0 && n+2 < end && (d.lw(n+1) == "from" || d.lw(n+1) == "by") {
			critic = d.rightArg(ms, n+2, 3, namedActor)
		}
		answerer := d.leftArg(ms, v, namedActor)
		if critic < 0 || answerer < 0 {
			continue
		}
		for _, c := range d.coordinated(ms, critic, namedActor) {
			for _, a := range d.coordinatedBefore(ms, answerer, namedActor) {
				x.addRel(d, si, "CRITICIZES", "", &d.mentions[c], &d.mentions[a], nil)
			}
		}
	}
}

// wantedGone reads a wish that its object be gone, which opposes it:
// "Chile wants President Ana Soto removed", "Peru wanted the Kestrel Front
// disbanded", "Bolivia wants Chile out". The object is a name right after
// "want" (only a determiner or a capitalised title between: not "wants
// the embargo on Peru lifted", whose Peru is no object) followed by a
// removal participle (words.yaml removal_participles); the wanter is the
// verb's subject. A negated or hedged "want" states nothing.
func (x *Extractor) wantedGone(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	fits := x.stanceFits("OPPOSES")
	for v := from + 1; v+2 < end; v++ {
		if !d.in(v, d.words.wantForms) || !stated(d, si, v) {
			continue
		}
		t := d.rightArg(ms, v+1, 6, func(m *Mention) bool { return m.Key != "" && fits(m) })
		if t < 0 || !d.directObject(v+1, d.mentions[t].From) {
			continue
		}
		targets := d.coordinated(ms, t, fits)
		k := d.mentions[targets[len(targets)-1]].To
		if k >= end || !d.in(k, x.lex.sets.removalParticiples) {
			continue
		}
		s := d.leftArg(ms, v, isActorMention)
		if s < 0 || d.mentions[s].Key == "" {
			continue
		}
		targets = slices.DeleteFunc(targets, func(k int) bool { return d.mentions[k].Key == d.mentions[s].Key })
		x.stanceRel(d, si, "OPPOSES", []int{s}, targets)
	}
}

// includedActors returns the actors a plural noun ending before token i
// is said to include: after an include word ("include", "including",
// "such as"; not a copula), itself after at most a comma and a relative
// pronoun, with a few descriptor words before the first ("which include
// the environmental group Greenpeace"). nil if there is no such list.
func (d *doc) includedActors(ms []int, i, end int, actor func(*Mention) bool) []int {
	const reach = 6 // descriptor words before the first member
	if i < end && d.toks[i].Text == "," {
		i++
	}
	if i < end && d.in(i, d.words.relativePronouns) {
		i++
	}
	n := d.phraseEnd(d.words.includeWords, i, end) // "include", "such as"
	if n == i || n == i+1 && d.in(i, d.words.beForms) {
		return nil // no include word, or a copula: "critics of Chile are Peru's allies"
	}
	m := d.rightArg(ms, n, reach, actor)
	if m < 0 {
		return nil
	}
	return d.coordinated(ms, m, actor)
}

// reportedAttacks adds the criticism a speaker states by reporting that
// someone attacked the speaker's own side: "Chile said Peru had shelled
// its border posts", "the attack on Chile was carried out by Peru,
// Chilean President X said" (CRITICIZES from the speaker to the attacker),
// as an accusation is. The attacks are the relations of the sentence from
// index before on; an attack on someone else, or by the speaker's own
// side, is news the speaker reports, not an accusation.
func (x *Extractor) reportedAttacks(d *doc, si int, ms []int, before int, speaker string) {
	sp := d.keyMention(speaker)
	if sp == nil || !x.reportsClause(d, si, ms) {
		return
	}
	for i, n := before, len(d.rels); i < n; i++ {
		r := d.rels[i]
		if r.Type != "ATTACKS" || d.speaksFor(speaker, r.Source) || !d.speaksFor(speaker, r.Target) {
			continue
		}
		if d.describedDoer(ms, r.Source) {
			continue
		}
		if doer := d.keyMention(r.Source); doer != nil && isActorMention(doer) {
			x.addRel(d, si, "CRITICIZES", "", sp, doer, nil)
		}
	}
}

// describedDoer reports whether the entity key is named in the sentence
// of ms only before a non-restrictive relative clause (", which", ",
// who"): what that clause tells of it is the article's description, not
// the speaker's report: "X said the deal would not stop Peru, which has
// shelled Chile for a year" accuses no one.
func (d *doc) describedDoer(ms []int, key string) bool {
	found := false
	for _, k := range ms {
		m := &d.mentions[k]
		if m.Key != key {
			continue
		}
		end := d.sents[m.sent].To
		if m.To+1 >= end || d.toks[m.To].Text != "," || !d.in(m.To+1, d.words.relativePronouns) {
			return false
		}
		found = true
	}
	return found
}

// reportsClause reports whether sentence si has a verb of saying that
// reports a clause: after a comma or quotation mark (`..., said X`), before
// a punctuation mark (`..., X said.`), or before "that", a name or a
// pronoun ("said Peru had ..."), also after its audience and the place
// ("told reporters that", "told a briefing in Lima that"); not a verb of
// saying in another sense ("maintains a presence").
func (x *Extractor) reportsClause(d *doc, si int, ms []int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	for v := from; v+1 < end; v++ {
		if !x.ownSayingAt(d, ms, from, v) {
			continue
		}
		if v > from && (d.toks[v-1].Text == "," || quoteOrBracket(d.toks[v-1].Text)) ||
			d.toks[v+1].Kind == Punct || d.lw(v+1) == "that" || d.mentionAt(ms, v+1) >= 0 || pronouns[d.lw(v+1)] != "" {
			return true
		}
		j := x.audienceEnd(d, v, end)
		if j > v+1 && j+1 < end && d.lw(j) == "in" {
			if p := d.mentionAt(ms, j+1); p >= 0 {
				j = d.mentions[p].To // "told a briefing in Lima"
			}
		}
		if j > v+1 && j < end && d.lw(j) == "that" {
			return true
		}
	}
	return false
}

// selfSpeakers returns the speakers of sentence si when the verb cue cm
// has "we" or "I" as its subject inside quotation marks and the sentence
// names who says it outside them: `"We condemn Chile's decision," Peru
// said` (Peru CRITICIZES Chile). A few adverbs and auxiliaries may stand
// between the pronoun and the cue ("we strongly condemn", "we have
// rejected"). nil otherwise.
func (x *Extractor) selfSpeakers(d *doc, si int, ms []int, cm cueMatch) []int {
	const reach = 2
	from, end := d.sents[si].From, d.sents[si].To
	j := cm.from - 1
	for n := 0; n < reach && j > from && (strings.HasSuffix(d.lw(j), "ly") || selfAuxiliaries[d.lw(j)]); n++ {
		j--
	}
	if j < from || !x.lex.sets.stance.self[d.lw(j)] || !quoted(d, from, j) {
		return nil
	}
	for v := from; v < end; v++ {
		if v == cm.from || quoted(d, from, v) || !x.ownSayingAt(d, ms, from, v) {
			continue
		}
		if t := d.lw(v - 1); v > from && (t == "," || quoteOrBracket(t)) {
			return d.invertedSpeaker(ms, v) // `"...," said Vladimir Putin`
		}
		return x.speakersAt(d, si, ms, v)
	}
	return nil
}

// selfAuxiliaries may stand between "we" and its verb: "we have rejected".
var selfAuxiliaries = set{"have": true, "had": true, "do": true, "also": true, "again": true, "once": true, "all": true,
	"always": true, "still": true}

// invertedSpeaker returns the speaker named right after an inverted verb
// of saying at token v (`"...," said Russian Foreign Minister Sergei
// Lavrov`): the first person within a few words, else the first actor.
func (d *doc) invertedSpeaker(ms []int, v int) []int {
	const reach = 6 // a title before the name
	actor := -1
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From <= v || m.From > v+reach || m.Key == "" || !isActorMention(m) {
			continue
		}
		if m.Label == "Person" {
			return []int{k}
		}
		if actor < 0 {
			actor = k
		}
	}
	if actor < 0 {
		return nil
	}
	return []int{actor}
}

// blamedOn returns the one a blaming verb cue cm (blaming_verbs: "blame")
// lays its object on: the actor right after an "on" that follows
// the object within the clause ("Chile blamed the bombing on Hezbollah",
// "a raid that Chile has blamed on Hezbollah", where the object is the relative
// clause's antecedent). An actor named before "on" is the object itself
// ("blamed Peru on Monday"): -1, as for no "on" at all.
func (d *doc) blamedOn(ms []int, cm cueMatch, end int, fits func(*Mention) bool) int {
	const reach = 6 // "the deadly bombing of the market"
	for k := cm.to; k < end && k <= cm.to+reach; k++ {
		w := d.lw(k)
		if d.toks[k].Kind == Punct || d.in(k, d.words.clauseBreaks) {
			return -1
		}
		if m := d.mentionAt(ms, k); m >= 0 && fits(&d.mentions[m]) {
			return -1
		}
		if w == "on" {
			return d.blamedAfterOn(ms, k+1, end, fits)
		}
	}
	return -1
}

// blamedAfterOn returns the first fitting mention of the noun phrase from
// token i, after "on" in blamedOn, past a description ("on the
// Lebanon-based group Hezbollah": Hezbollah, not the place of a hyphenated
// compound). -1 if none before a punctuation mark or clause break.
func (d *doc) blamedAfterOn(ms []int, i, end int, fits func(*Mention) bool) int {
	const reach = 6 // "the Lebanon - based group Hezbollah"
	for j := i; j < end && j < i+reach; j++ {
		if t := d.toks[j]; t.Kind == Punct && t.Text != "-" || d.in(j, d.words.clauseBreaks) {
			return -1
		}
		k := d.mentionAt(ms, j)
		if k < 0 {
			continue
		}
		if m := &d.mentions[k]; m.Key == "" || m.To < end && d.toks[m.To].Text == "-" || !fits(m) {
			continue // "Lebanon-based": a modifier; "group": the name follows
		}
		return k
	}
	return -1
}

// trailingChargeAnswered reads a criticism noun set after an accusation
// by a comma or a dash, whose relative clause has the accused answer it
// ("Chile and Bolivia accuse Peru of funding rebels - charges Peru
// flatly rejects", "..., a charge that Peru denies"): the one who answers
// (the answering verb at token v) OPPOSES the accusers, the main clause's
// subject, as "Peru rejected Chile's accusations" does; the clause before
// the charge must accuse (words.yaml accusing_verbs).
func (x *Extractor) trailingChargeAnswered(d *doc, si int, ms []int, v int) {
	from := d.sents[si].From
	k := v - 1
	if k > from && strings.HasSuffix(d.lw(k), "ly") {
		k-- // "flatly rejects"
	}
	answerer := -1
	for _, m := range ms {
		if d.mentions[m].To == k+1 && namedActor(&d.mentions[m]) {
			answerer = m
		}
	}
	if answerer < 0 {
		return
	}
	j := d.mentions[answerer].From - 1
	if j > from && (d.lw(j) == "that" || d.lw(j) == "which") {
		j--
	}
	if j <= from || !x.lex.sets.stance.criticism[d.lw(j)] {
		return
	}
	j--
	if j > from && (d.lw(j) == "a" || d.lw(j) == "the") {
		j--
	}
	if j <= from || d.toks[j].Text != "," && d.toks[j].Text != "-" && d.toks[j].Text != "–" && d.toks[j].Text != "—" {
		return
	}
	critic := d.mainSubject(ms, si, j, namedActor)
	if critic < 0 || !slices.ContainsFunc(d.toks[d.mentions[critic].To:j], func(t Token) bool { return x.lex.sets.stance.accusers[t.lower] }) {
		return // no accusation before the charge: "Chile met Peru, a charge Bolivia rejects"
	}
	for _, c := range d.coordinated(ms, critic, namedActor) {
		if d.mentions[c].Key != d.mentions[answerer].Key {
			x.addRel(d, si, "OPPOSES", "", &d.mentions[answerer], &d.mentions[c], nil)
		}
	}
}
