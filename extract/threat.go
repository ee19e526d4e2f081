package extract

import "slices"

// An attack or sanction that its own doer announces on a condition or as
// what it would or will do is a threat (the relation type's Threat,
// THREATENS for ATTACKS and SANCTIONS): "If you cross the line, we will
// strike Kyiv", Putin said; "Macron warned that France would strike
// Syria". The same act said of another doer, or by no one ("Russia could
// strike Kyiv, analysts said"), states nothing.

// announced reports whether the verb cue at toks[i] is what its doer would
// do, or will do under a verb of warning or inside quotation marks, or
// vows to do ("vowed to strike").
func (x *Extractor) announced(d *doc, from, i int) bool {
	w := &x.lex.sets
	for j := i - 1; j >= from && j >= i-5; j-- { // "will totally destroy and obliterate"
		lw := d.lw(j)
		switch {
		case w.wouldWords.has(lw):
			return true
		case w.willWords.has(lw):
			return d.inSpan(from, j, w.announceVerbs) || quoted(d, from, j) // "warned it will", "vowed they will"
		case lw == "to" && j > from && d.in(j-1, w.announceVerbs):
			return true // "vowed to strike Kyiv", "pledged to retaliate against"
		case d.toks[j].Kind == Punct:
			return false
		}
	}
	return false
}

// announcer returns the key of the actor who says or warns in sentence
// si: the subject of its first verb of saying or warning ("Erdogan vowed
// that ...", "Lukashenko said Russia would ..." is Lukashenko's), or the
// actor after it ("..., said Putin"); "" when none is named.
func (x *Extractor) announcer(d *doc, si int, ms []int) string {
	s := d.sents[si]
	for j := s.From; j < s.To; j++ {
		if !d.in(j, x.lex.sets.announceVerbs) && !x.isSaying(d.lw(j)) {
			continue
		}
		if k := d.leftArg(ms, j, isActorMention); k >= 0 {
			return d.mentions[k].Key
		}
		if k := d.mentionAt(ms, j+1); k >= 0 && isActorMention(&d.mentions[k]) {
			return d.mentions[k].Key
		}
		return ""
	}
	return ""
}

// quoted reports whether toks[i] stands inside quotation marks opened in
// its sentence, toks[from:i].
func quoted(d *doc, from, i int) bool {
	open := false
	for j := from; j < i; j++ {
		switch q := quoteOf(d.toks[j].Text); {
		case !q.double:
		case q.opens && q.closes:
			open = !open
		default:
			open = q.opens
		}
	}
	return open
}

// asThreat rewrites the relations d.rels[from:], stated by one announced
// cue, as relations of type typ from a doer who is the sentence's speaker
// or the state the speaker speaks for; the others are dropped.
func (x *Extractor) asThreat(d *doc, si int, ms []int, from int, typ string) {
	added := slices.Clone(d.rels[from:])
	d.rels = d.rels[:from]
	for _, r := range added {
		delete(d.seen, [3]string{r.Type, r.Source, r.Target})
	}
	speaker := x.announcer(d, si, ms)
	if speaker == "" {
		return
	}
	for _, r := range added {
		if !d.speaksFor(speaker, r.Source) {
			continue
		}
		src, tgt := d.keyMention(r.Source), d.keyMention(r.Target)
		if src != nil && tgt != nil {
			x.addRel(d, si, typ, "", src, tgt, nil)
		}
	}
}

// speaksFor reports whether the speaker with key speaker is the doer with
// key doer, or holds an office of the doer's state or body or of a body
// that is part of it.
func (d *doc) speaksFor(speaker, doer string) bool {
	if speaker == doer {
		return true
	}
	if m := d.keyMention(speaker); m != nil && m.Country != "" && "country:"+m.Country == doer {
		return true
	}
	for _, r := range d.rels {
		if r.Type == "HOLDS_OFFICE" && r.Source == speaker && (r.Target == doer || d.partOf(r.Target, doer)) {
			return true // "Chile's army chief" speaks for the army and for Chile
		}
	}
	return false
}

// partOf reports whether the body with key body is PART_OF the state or
// body with key parent in the relations found so far ("Chile's General
// Staff" of Chile).
func (d *doc) partOf(body, parent string) bool {
	return slices.ContainsFunc(d.rels, func(r Relation) bool {
		return r.Type == "PART_OF" && r.Source == body && r.Target == parent
	})
}

// forceAt returns where a force phrase (force_phrases, after articles or
// "any") opening at token j ends, or -1.
func (d *doc) forceAt(j, end int) int {
	for j < end && (articles[d.lw(j)] || d.lw(j) == "any") {
		j++
	}
	if e := d.phraseEnd(d.words.forcePhrases, j, end); e > j {
		return e
	}
	return -1
}

// noStanceObject reports whether the refusal or ruling out of opposing
// verb cue c at toks[i] opposes no one: a refusal to say or comment, or
// to rule something out ("declined to comment on the dispute with Peru",
// "refused to rule out ..."), or force ruled out ("ruled out military
// action against Peru" is no stance on Peru; kept open, forceKeptOpen
// reads it as a threat).
func (x *Extractor) noStanceObject(d *doc, c *compiledCue, i, end int) bool {
	w := c.words[0]
	if d.words.failureVerbs.has(w) && len(c.words) == 1 && d.lw(i+1) == "to" {
		v := d.lw(i + 2)
		return x.isSaying(v) || d.words.excludeVerbs.has(v+" "+d.lw(i+3))
	}
	return len(c.words) == 2 && d.words.excludeVerbs.has(c.words[0]+" "+c.words[1]) && d.forceAt(i+2, end) >= 0
}

// forceKeptOpen reads a refusal to rule out force as a threat: a doer who
// will not rule out force (force_phrases in words.yaml, after an article
// or "any") threatens the actor named after it in its clause ("Chile
// refused to rule out military action against Peru", "Rojas would not
// rule out the use of force to retake the islands from Peru": Chile
// THREATENS Peru). Ruling force out, or keeping open anything else
// ("did not rule out talks with Peru"), threatens no one.
func (x *Extractor) forceKeptOpen(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From; i+1 < s.To; i++ {
		if !d.inPair(i, d.words.excludeVerbs) || !negated(d, s.From, i) {
			continue
		}
		end := d.forceAt(i+2, s.To)
		if end < 0 {
			continue
		}
		doer := d.leftArg(ms, i, keyedActor)
		if doer < 0 {
			continue
		}
		fits := func(m *Mention) bool { return keyedActor(m) && m.Key != d.mentions[doer].Key && m.Kind != mAdjective }
		if t := d.rightArg(ms, end, 10, fits); t >= 0 {
			x.addRel(d, si, "THREATENS", "", &d.mentions[doer], &d.mentions[t], nil)
		}
	}
}

// pricePaid reads a reprisal said of its payer as a threat: an actor that
// will or would pay a price (price_words, adjectives between) for its act,
// or a price with nothing after it but "commensurate", in the words of a
// named speaker, is threatened by the speaker ("Chile said Peru would pay
// a heavy price for the attack": Chile THREATENS Peru). A price for
// anything but an act ("will pay a high price for gas") and a negated or
// hedged one threaten no one.
func (x *Extractor) pricePaid(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From + 1; i+2 < s.To; i++ {
		if !d.in(i, d.words.priceVerbs) {
			continue
		}
		b := i - 1
		if b > s.From && isQuote(d.toks[b].Text) {
			b-- // would "pay a price ...": the speaker's words quoted
		}
		if !d.in(b, d.words.willWords) && !d.in(b, d.words.wouldWords) || negated(d, s.From, b+1) {
			continue
		}
		j := i + 1
		for j < s.To && j < i+5 && d.toks[j].Kind == Word && !d.in(j, d.words.priceWords) {
			j++ // "a heavy", "a very high"
		}
		if j >= s.To || !d.in(j, d.words.priceWords) || !x.forAct(d, ms, j+1, s.To) {
			continue
		}
		payer := d.leftArg(ms, b, keyedActor)
		speaker := x.announcer(d, si, ms)
		if payer < 0 || speaker == "" || d.speaksFor(speaker, d.mentions[payer].Key) {
			continue
		}
		if src := d.keyMention(speaker); src != nil {
			x.addRel(d, si, "THREATENS", "", src, &d.mentions[payer], nil)
		}
	}
}

// forAct reports whether what follows a price at token j makes it a
// reprisal: nothing (the clause ends), "commensurate", or "for" and an
// act (an event noun, an accusing noun or a judged act: "for the attack",
// "for its aggression", "for its actions").
func (x *Extractor) forAct(d *doc, ms []int, j, end int) bool {
	if j >= end || d.toks[j].Kind == Punct || d.lw(j) == "commensurate" {
		return true
	}
	if d.lw(j) != "for" {
		return false
	}
	st := &x.lex.sets.stance
	for k := j + 1; k < end && k < j+6; k++ {
		w := d.lw(k)
		if d.words.eventNouns.has(w) || d.words.judgedActs.has(w) || st.accusing[w] {
			return true
		}
		if d.toks[k].Kind == Punct || d.words.objectPreps.has(w) {
			return false
		}
	}
	return false
}
