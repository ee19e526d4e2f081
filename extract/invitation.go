package extract

import "slices"

// Invitations: "French troops are in Mali at the invitation of the
// Malian government", "Kenyan troops returned at the Somali government's
// request": the one who invited or asked INVITES whoever is there or acts
// at its invitation, the subject of the verb the phrase hangs on (read
// from the parse, which is only built for such sentences). The words are
// words.yaml's invitation_leads ("at", "upon") and invitation_nouns.

// invitations adds the INVITES relations of the invitation phrases of
// sentence si.
func (x *Extractor) invitations(d *doc, si int, ms []int) {
	rt, ok := x.lex.relTypes["INVITES"]
	if !ok {
		return
	}
	s := d.sents[si]
	srcFits := func(m *Mention) bool { return slices.Contains(rt.Sources, m.Label) }
	for i := s.From; i+1 < s.To; i++ {
		if !d.in(i, d.words.invitationLeads) {
			continue
		}
		n := d.invitationNoun(i+1, s.To)
		if n < 0 {
			continue
		}
		var inviter int
		if n+2 < s.To && d.lw(n+1) == "of" {
			inviter = d.rightArg(ms, n+2, 4, srcFits) // "at the invitation of the Government of Mali"
			if p := d.titleApposedName(ms, n+2); p >= 0 && srcFits(&d.mentions[p]) && (inviter < 0 || d.mentions[inviter].Kind == mAdjective) {
				inviter = p // "at the request of the Bolivian President, Evo Rojas,"
			}
		} else {
			inviter = d.possessorBefore(ms, si, n, srcFits) // "at Putin's invitation"
			if inviter < 0 {
				inviter = d.demonymOwner(ms, si, n, srcFits) // "at the Somali government's request"
			}
		}
		if inviter < 0 {
			continue
		}
		if x.custodyAt(d, si, n) {
			continue // "detained Ana Soto at the request of Peru": an act on a third, no invitation
		}
		key := d.mentions[inviter].Key
		tgtFits := func(m *Mention) bool { return m.Key != key && slices.Contains(rt.Targets, m.Label) }
		invited := x.invitedOf(d, si, ms, n, tgtFits)
		if len(invited) == 0 {
			invited = d.clauseSubject(ms, si, i, tgtFits)
		}
		if len(invited) == 0 && (i == s.From || d.frontedOpener(ms, s.From, i)) {
			invited = d.frontedSubject(ms, d.mentions[inviter].To, s.To, tgtFits) // "At the request of the Bolivian President, Evo Rojas, Brazil sent"
		}
		for _, t := range invited {
			x.addRel(d, si, "INVITES", "", &d.mentions[inviter], &d.mentions[t], nil)
		}
	}
}

// frontedOpener reports whether the words before token i of a sentence
// opening at from are a short phrase of time closed by a comma, naming no
// entity ("A day later, at the request of ...", "On Monday, at the
// invitation of ..."): the phrase at i is fronted too, before the clause's
// subject.
func (d *doc) frontedOpener(ms []int, from, i int) bool {
	if i-1 <= from || i-from > 6 || d.toks[i-1].Text != "," {
		return false
	}
	for k := from; k < i-1; k++ {
		if d.toks[k].Kind == Punct {
			return false
		}
	}
	for _, k := range ms {
		if m := &d.mentions[k]; m.From >= from && m.From < i && m.Key != "" {
			return false
		}
	}
	return true
}

// invitationNoun returns the token of an invitation noun that the phrase
// opened at token j names within a few words ("the invitation", "the
// Somali government's request"), before any punctuation; -1 if none.
func (d *doc) invitationNoun(j, end int) int {
	for k := j; k < end && k <= j+5; k++ {
		if d.toks[k].Kind == Punct && d.toks[k].Text != "'s" && d.toks[k].Text != "'" {
			return -1
		}
		if d.in(k, d.words.invitationNouns) {
			return k
		}
	}
	return -1
}

// custodyAt reports whether the invitation noun at token n hangs, by the
// parse, on a verb of taking a person into custody (words.yaml
// custody_verbs): what is done at the request is done to a third, and
// invites no one.
func (x *Extractor) custodyAt(d *doc, si, n int) bool {
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	from := d.sents[si].From
	v := toks[n-from].Head
	return v >= 0 && d.in(from+v, d.words.custodyVerbs)
}

// invitedOf returns the subject of the verb the invitation noun at token n
// hangs on: who is there or acts at the invitation.
func (x *Extractor) invitedOf(d *doc, si int, ms []int, n int, fits func(*Mention) bool) []int {
	toks := x.parseOf(d, si)
	if toks == nil {
		return nil
	}
	from := d.sents[si].From
	v := toks[n-from].Head
	if v < 0 {
		return nil
	}
	subj, passive := subjectOf(toks, v, d.words.relativePronouns.set)
	if subj < 0 || passive {
		return nil
	}
	return x.argMentions(d, ms, from, toks, subj, fits)
}

// clauseSubject returns the first fitting mention of sentence si before
// token i that is no preposition's object, with its coordinated mentions:
// the subject, where the parse names none ("Kenyan troops left Somalia, then at
// the Somali government's request returned").
func (d *doc) clauseSubject(ms []int, si, i int, fits func(*Mention) bool) []int {
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From >= i {
			break
		}
		if m.Arg && m.Key != "" && !d.afterPreposition(m) && !d.isPossessor(m) {
			if !fits(m) {
				return nil
			}
			return d.coordinated(ms, k, fits)
		}
	}
	return nil
}

// demonymOwner returns the demonym or name before an actor noun that owns
// the noun at token n: "the Somali government's request" (Somalia); -1 if
// none.
func (d *doc) demonymOwner(ms []int, si, n int, fits func(*Mention) bool) int {
	j := n - 1
	if j > d.sents[si].From && (d.lw(j) == "'s" || d.lw(j) == "'") {
		j--
	}
	if j <= d.sents[si].From || !d.in(j, d.words.actorNouns) {
		return -1
	}
	if k := d.mentionEnding(ms, j, keyed); k >= 0 && fits(&d.mentions[k]) {
		return k
	}
	return -1
}
