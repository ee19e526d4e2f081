package extract

import (
	"slices"
	"strings"
)

// Credited support.
//
// Thanks and praise for someone's support say who gave it: "Chile
// thanked Peru and Bolivia for their support of the talks" states that
// Peru and Bolivia SUPPORT the talks, and "Chile praised Peru for its
// backing" that Peru SUPPORTS Chile (besides Chile's praise of Peru, a
// cue of its own). Verbs and nouns are credit_verbs and credit_nouns in
// words.yaml.

// creditAt returns, for a verb of thanking or praising at token v, the
// token of the credited noun after "for" and a possessive ("for its
// support", "for their continued backing"); -1 if there is none.
func (x *Extractor) creditAt(d *doc, si, v int) int {
	end := d.sents[si].To
	if !d.in(v, d.words.creditVerbs) {
		return -1
	}
	for j := v + 1; j < end && j <= v+30; j++ {
		if t := d.toks[j]; t.Kind == Punct && t.Text != "," && t.Text != "'s" && !isHyphen(t.Text) {
			return -1
		}
		if d.lw(j) != "for" {
			continue
		}
		if k := j + 1; k < end && (possessivePronoun[d.lw(k)] || d.lw(k) == "their" || d.lw(k) == "our") {
			for n := k + 1; n < end && n <= k+3; n++ {
				if d.in(n, d.words.creditNouns) {
					return n
				}
				if t := d.toks[n]; t.Kind != Word || t.Text != t.lower {
					break
				}
			}
		}
		return -1
	}
	return -1
}

// creditedSupport adds the SUPPORTS that thanks or praise for support
// state in sentence si: from each one thanked to what follows the noun
// ("for their support of the talks"), else to the one who thanks.
func (x *Extractor) creditedSupport(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	rt := x.lex.relTypes["SUPPORTS"]
	actor := keyedActor
	fits := func(m *Mention) bool { return m.Key != "" && slices.Contains(rt.Targets, m.Label) }
	for v := from; v < end; v++ {
		n := x.creditAt(d, si, v)
		if n < 0 || negated(d, from, v) || hedged(d, from, v) {
			continue
		}
		first := d.rightArg(ms, v+1, 3, actor)
		if first < 0 {
			continue
		}
		var targets []*Mention
		if w := d.lw(n + 1); n+1 < end && (w == "of" || w == "for" || w == "to") {
			// "for their support of the process": what is supported is
			// named there, or is nothing the lexicon knows
			if t := d.rightArg(ms, n+2, 4, fits); t >= 0 && !d.nameGoesOn(&d.mentions[t]) {
				for _, k := range d.coordinated(ms, t, fits) {
					targets = append(targets, &d.mentions[k])
				}
			}
		} else if s := d.leftArg(ms, v, actor); s >= 0 {
			targets = []*Mention{&d.mentions[s]}
			if o, ok := d.offices[d.mentions[s].Key]; ok && o.aff != nil && o.aff.Label == "Country" {
				targets = []*Mention{o.aff} // "Netanyahu praised the US for its support": Israel's
			}
		}
		for _, c := range d.coordinated(ms, first, actor) {
			for _, t := range targets {
				if d.mentions[c].Key != t.Key {
					x.addRel(d, si, "SUPPORTS", "", &d.mentions[c], t, nil)
				}
			}
		}
	}
}

// nameGoesOn reports whether a capitalized word follows mention m: m only
// opens a longer name the lexicon does not know ("the Luanda Process").
func (d *doc) nameGoesOn(m *Mention) bool {
	if m.To >= d.sents[m.sent].To {
		return false
	}
	t := d.toks[m.To]
	return t.Kind == Word && t.Text != t.lower
}

// signedInside adds what a cooperation phrase that holds an agreement
// states of its signatories: "Georgia signed a trade agreement with
// China" is also SUPPORTS(Georgia -> trade agreement) and SUPPORTS(China
// -> trade agreement), the signatory convention (MEMBER_OF, SUPPORTS or
// COOPERATES_WITH of the agreement). The partners are the other ends of
// the COOPERATES_WITH the phrase has just stated (d.rels[relsBefore:]):
// whoever signs with the subject signs the same text, save one named
// with a role ("with Bill Clinton as witness": asRole), who backs the
// text instead when the role is a signing role (roleBackers).
func (x *Extractor) signedInside(d *doc, si int, ms []int, cm cueMatch, sources []int, relsBefore int) {
	signers := make([]*Mention, 0, len(sources)+1)
	for _, s := range sources {
		signers = append(signers, &d.mentions[s])
	}
	for _, r := range d.rels[relsBefore:] {
		if r.Type != "COOPERATES_WITH" {
			continue
		}
		for _, key := range [2]string{r.Source, r.Target} {
			if slices.ContainsFunc(signers, func(o *Mention) bool { return o.Key == key }) {
				continue
			}
			if k := slices.IndexFunc(ms, func(k int) bool { return d.mentions[k].Key == key }); k >= 0 && !d.asRole(&d.mentions[ms[k]]) {
				signers = append(signers, &d.mentions[ms[k]]) // "with China": the partner signed it too
			}
		}
	}
	backers := d.roleBackers(ms, si, cm.from)
	backers = slices.DeleteFunc(backers, func(k int) bool { return slices.Contains(sources, k) })
	if len(backers) > 0 {
		x.dropCooperation(d, relsBefore, backers) // "on Tuesday with Bill Clinton as witness": no partner
	}
	before, participle := d.agreementBefore(ms, si, cm, sources)
	if participle && d.opposedBy(before, sources) {
		// "Bolivia rejected the Lima Accord signed with Chile": the
		// partner signed it, the main clause's subject did not
		signers = slices.DeleteFunc(signers, func(m *Mention) bool {
			return slices.ContainsFunc(sources, func(s int) bool { return d.mentions[s].Key == m.Key })
		})
		x.dropCooperation(d, relsBefore, sources)
	}
	for _, k := range ms {
		a := &d.mentions[k]
		if (a.From <= cm.from || a.From >= cm.to) && k != before || a.Label != "Agreement" || a.Key == "" || d.indefiniteAgain(a) {
			continue
		}
		for _, s := range signers {
			x.addRel(d, si, "SUPPORTS", "", s, a, nil)
		}
		for _, k := range backers {
			if b := &d.mentions[k]; !slices.ContainsFunc(signers, func(o *Mention) bool { return o.Key == b.Key }) {
				x.addRel(d, si, "SUPPORTS", "", b, a, nil) // "with Malaysia as facilitator": backs the text
			}
		}
	}
}

// roleBackers returns the actors sentence si names, past token after (the
// cue), with a signing role after "as" ("with Malaysia as facilitator", "with Algeria and the
// United States as guarantors", "with Norway as the host"): a role noun
// of words.signing_roles at most two words after "as", and the mentions
// coordinated before "as". They stood by the signing and back the
// agreement, as a witness or guarantor does (GUIDE), without signing it.
func (d *doc) roleBackers(ms []int, si, after int) []int {
	var out []int
	end := d.sents[si].To
	for i := after + 1; i+1 < end; i++ {
		if d.lw(i) != "as" {
			continue
		}
		j := i + 1
		for j < end && j-i <= 3 && !d.in(j, d.words.signingRoles) && d.toks[j].Kind == Word && d.toks[j].Text == d.toks[j].lower {
			j++ // "as a witness", "as its chief mediator"
		}
		if j >= end || j-i > 3 || !d.in(j, d.words.signingRoles) || j+1 < end && d.lw(j+1) == "of" {
			continue // "as guarantor of the border": a role the sentence ties elsewhere
		}
		if k := d.mentionEnding(ms, i, namedActor); k >= 0 {
			out = append(out, d.coordinatedBefore(ms, k, namedActor)...)
		}
	}
	return out
}

// roleBacked adds, for a verb cue that made its subject SUPPORTS an
// agreement (d.rels[relsBefore:]), the SUPPORTS of the actors named after
// the cue with a signing role: "Armenia signed the peace treaty in Paris
// with France as witness" is SUPPORTS(France -> peace treaty) too.
func (x *Extractor) roleBacked(d *doc, si int, ms []int, cm cueMatch, sources []int, relsBefore int) {
	backers := slices.DeleteFunc(d.roleBackers(ms, si, cm.from), func(k int) bool { return slices.Contains(sources, k) })
	if len(backers) == 0 {
		return
	}
	for _, r := range slices.Clone(d.rels[relsBefore:]) {
		k := slices.IndexFunc(ms, func(k int) bool { return d.mentions[k].Key == r.Target })
		if r.Type != "SUPPORTS" || k < 0 || d.mentions[ms[k]].Label != "Agreement" {
			continue
		}
		for _, b := range backers {
			x.addRel(d, si, "SUPPORTS", "", &d.mentions[b], &d.mentions[ms[k]], nil)
		}
	}
}

// agreementBefore returns the agreement mention a signing cue qualifies
// from the right, or -1: "the accord signed with Chile" (a participle:
// participle is true, the signers are the partners alone), "the
// pact his cabinet has signed with Chile", "the pact which
// Peru signed with Chile" (a relative clause whose subject, among
// sources, signed it with the partner). Between the agreement and the
// cue stand only lower-case words (a relative pronoun, auxiliaries), five
// at most, with the subject: a source's mention or a possessive or
// determiner opening one (words.clause_subject_words: "his government").
func (d *doc) agreementBefore(ms []int, si int, cm cueMatch, sources []int) (k int, participle bool) {
	from := d.sents[si].From
	if d.lw(cm.to-1) != "with" {
		return -1, false // "a memorandum signed in Madrid by A, B and C": its own signers
	}
	inSource := func(i int) bool {
		return slices.ContainsFunc(sources, func(s int) bool { return d.mentions[s].From <= i && i < d.mentions[s].To })
	}
	i, subject := cm.from-1, false
	for ; i >= from && cm.from-i <= 6; i-- {
		if inSource(i) || d.in(i, d.words.clauseSubjectWords) {
			subject = true // "which Peru signed", "his government has signed"
			continue
		}
		if t := d.toks[i]; t.Kind != Word || t.Text != t.lower || d.mentionEnding(ms, i+1, func(m *Mention) bool { return m.Label == "Agreement" }) >= 0 {
			break
		}
	}
	if i < from {
		return -1, false
	}
	k = d.mentionEnding(ms, i+1, func(m *Mention) bool { return m.Label == "Agreement" && m.Key != "" })
	if k < 0 || i+1 < cm.from && !subject {
		return -1, false // "the accord was then signed with": no relative clause
	}
	return k, i+1 == cm.from && d.lw(cm.from) != "signing"
}

// opposedBy reports whether one of sources OPPOSES or CRITICIZES the
// agreement mention k in what is stated so far: a party set against it,
// no signatory ("Bolivia rejected the accord signed with Chile").
func (d *doc) opposedBy(k int, sources []int) bool {
	if k < 0 {
		return false
	}
	return slices.ContainsFunc(d.rels, func(r Relation) bool {
		return (r.Type == "OPPOSES" || r.Type == "CRITICIZES") && r.Target == d.mentions[k].Key &&
			slices.ContainsFunc(sources, func(s int) bool { return d.mentions[s].Key == r.Source })
	})
}

// dropCooperation removes the COOPERATES_WITH among d.rels[from:] that
// have an end among the mentions ks.
func (x *Extractor) dropCooperation(d *doc, from int, ks []int) {
	role := func(key string) bool {
		return slices.ContainsFunc(ks, func(k int) bool { return d.mentions[k].Key == key })
	}
	kept := d.rels[:from]
	for _, r := range d.rels[from:] {
		if r.Type == "COOPERATES_WITH" && (role(r.Source) || role(r.Target)) {
			delete(d.seen, [3]string{r.Type, r.Source, r.Target})
			continue
		}
		kept = append(kept, r)
	}
	d.rels = kept
}

// asRole reports whether mention m is followed by "as" and a role
// ("with Bill Clinton as witness", "with Malaysia as facilitator"): one
// who stood by the signing in that role, no party signing with the
// subject.
func (d *doc) asRole(m *Mention) bool {
	return m.To < d.sents[m.sent].To && d.lw(m.To) == "as"
}

// indefiniteAgain reports whether m is an indefinite noun phrase ("an
// agreement", "an alternative deal") resolved to a thing mentioned
// before: a new thing that resolution took for the old one, so no
// signatory of the old one.
func (d *doc) indefiniteAgain(m *Mention) bool {
	from := d.sents[m.sent].From
	j := m.From - 1
	for j >= from && m.From-j <= 3 && d.toks[j].Kind == Word && d.toks[j].Text == d.toks[j].lower && d.lw(j) != "a" && d.lw(j) != "an" {
		j--
	}
	if j < from || d.lw(j) != "a" && d.lw(j) != "an" {
		return false
	}
	again := false
	for _, o := range d.mentions {
		if o.Key == m.Key && o.From < m.From {
			if m.To-m.From > 1 && d.spanText(o.From, o.To) == d.spanText(m.From, m.To) {
				return false // "a maritime border agreement" once more: the same words, the same thing
			}
			again = true
		}
	}
	return again
}

// spanText is the lower-case words of toks[i:j], space-separated.
func (d *doc) spanText(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(d.lw(k))
	}
	return b.String()
}

// signatories adds the SUPPORTS that a signatory noun states in sentence
// si: of the agreement after "to" or "of", from the actors listed after
// it ("other signatories to the treaty include A and B") or named before
// it in apposition or with a copula ("A, a signatory to the treaty,", "A
// and B are signatories of X"). Negated, it states nothing.
func (x *Extractor) signatories(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	actor := namedActor
	agreement := func(m *Mention) bool { return m.Key != "" && m.Label == "Agreement" }
	for i := from; i < end; i++ {
		n := i
		if n+1 < end && d.inPair(n, d.words.signatoryNouns) {
			n++ // "signatory states"
		} else if !d.in(n, d.words.signatoryNouns) {
			continue
		}
		if n+1 >= end || d.lw(n+1) != "to" && d.lw(n+1) != "of" {
			continue
		}
		a := d.rightArg(ms, n+2, 3, agreement)
		if a < 0 || negated(d, from, i) {
			continue
		}
		var members []int
		for k := d.mentions[a].To; k < end && k <= d.mentions[a].To+2; k++ {
			w := d.lw(k)
			if k+1 < end && d.words.includeWords.has(w+" "+d.lw(k+1)) {
				k++
			} else if !d.words.includeWords.has(w) {
				continue
			}
			if m := d.rightArg(ms, k+1, 3, actor); m >= 0 {
				members = d.coordinated(ms, m, actor)
			}
			break
		}
		if len(members) == 0 {
			members = d.signatoryBefore(ms, i, actor)
		}
		for _, m := range members {
			x.addRel(d, si, "SUPPORTS", "", &d.mentions[m], &d.mentions[a], nil)
		}
		i = n
	}
}

// signatoryBefore returns the actors a signatory noun at token i is said
// of: named before it, with a comma or a copula and only lower-case words
// between ("A, a signatory to", "A and B are signatories of").
func (d *doc) signatoryBefore(ms []int, i int, actor func(*Mention) bool) []int {
	n := d.leftArg(ms, i, actor)
	if n < 0 || i-d.mentions[n].To > 5 {
		return nil
	}
	linked := false
	for k := d.mentions[n].To; k < i; k++ {
		t := d.toks[k]
		switch {
		case t.Text == "," || t.in(d.words.copulas):
			linked = true
		case t.Kind != Word || t.Text != t.lower:
			return nil
		}
	}
	if !linked {
		return nil
	}
	return d.coordinatedBefore(ms, n, actor)
}

// expressedSupport adds the SUPPORTS that a contact made to express a
// stance states: "Chile's president phoned Ana Soto to express his
// support", "met Soto on Monday to voice solidarity" back the one
// contacted, who is named right before the purpose clause (words.yaml
// express_verbs, expressed_stance). The contacts are the COMMUNICATES_WITH
// and MET_WITH relations of sentence si from d.rels[before] on, and the
// VISITS of a country; a stance noun with its own object ("to express
// support for the talks") is its noun cue's.
func (x *Extractor) expressedSupport(d *doc, si int, ms []int, before int) {
	from, end := d.sents[si].From, d.sents[si].To
	for j := from + 1; j+2 < end; j++ {
		if d.lw(j) != "to" || !d.in(j+1, d.words.expressVerbs) {
			continue
		}
		n := j + 2
		if ownerPronoun(d.lw(n)) {
			n++
		}
		if n < end && d.toks[n].Kind == Word && !d.in(n, d.words.expressedStance) && n+1 < end && d.in(n+1, d.words.expressedStance) {
			n++ // "his full support"
		}
		if n >= end || !d.in(n, d.words.expressedStance) || n+1 < end && d.in(n+1, d.words.objectPreps) {
			continue
		}
		if negated(d, from, j) || hedged(d, from, j) {
			continue
		}
		for i := before; i < len(d.rels); i++ {
			r := d.rels[i]
			switch r.Type {
			case "COMMUNICATES_WITH", "MET_WITH":
				if !x.supportContact(d, si, ms, j, r.Source, r.Target) {
					x.supportContact(d, si, ms, j, r.Target, r.Source)
				}
			case "VISITS":
				x.supportContact(d, si, ms, j, r.Source, r.Target)
			}
		}
	}
}

// supportContact adds SUPPORTS(src -> obj) when obj, an actor (a country
// for a visit), is named in the few words before the purpose clause's "to"
// at token j with no punctuation between ("phoned Soto on Monday to"), and
// src before it; it reports whether it did.
func (x *Extractor) supportContact(d *doc, si int, ms []int, j int, src, obj string) bool {
	const reach = 6 // "met Ana Soto in Lima on Monday to"
	from := d.sents[si].From
	o := -1
	for _, k := range ms {
		m := &d.mentions[k]
		if m.Key == obj && keyedActor(m) && m.To <= j && m.To >= j-reach && !d.punctBetween(m.To, j) {
			o = k
		}
	}
	if o < 0 {
		return false
	}
	for _, k := range ms {
		if s := &d.mentions[k]; s.Key == src && s.From >= from && s.To <= d.mentions[o].From {
			return x.addRel(d, si, "SUPPORTS", "", s, &d.mentions[o], nil)
		}
	}
	return false
}
