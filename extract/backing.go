package extract

import (
	"slices"
	"strings"
)

// Backing named after "with".
//
// "Mali launched the offensive with the support of Russia", "With the
// backing of France, Chad expelled the envoy", "Peru, with the blessing of
// the United States, extradited him": the one after "of" backs the
// clause's subject, the other way round from "support of Ukraine" ("in
// support of", "voted in support of"). So do verbs of having: "Serbia has
// the support of Russia", "the plan won the backing of Germany". The
// leads that turn a support noun around are words.yaml backing_leads and
// backing_verbs; lacking_verbs ("sought the support of", "lost the backing
// of") state no backing at all.

// backedBy reports whether noun cue cm of a type that backs (SUPPORTS)
// follows a backing lead ("with the support of X") and then relates X,
// and the mentions coordinated to it, to the backed: the sources found
// for the cue (the clause's subject before it), or the subject after the
// comma when the phrase opens the sentence.
func (x *Extractor) backedBy(d *doc, si int, ms []int, cm cueMatch, sources []int, fits func(*Mention) bool) bool {
	c, from := cm.c, d.sents[si].From
	if c.verb || c.Reverse || c.Type != "SUPPORTS" || d.cueLastPrep(c) != "of" {
		return false
	}
	j := cm.from - 1
	for j > from && (determiners[d.lw(j)] || d.lw(j) == "full" || d.lw(j) == "tacit") {
		j-- // "with the full backing of", "with the tacit support of"
	}
	switch {
	case j < from:
		return false
	case d.in(j, d.words.lackingVerbs) || (d.in(j, d.words.backingVerbs) && negated(d, from, j)):
		return true // "sought the support of Brazil", "does not have the backing of": no backing
	case !d.in(j, d.words.backingLeads) && !d.in(j, d.words.backingVerbs):
		return false
	}
	n := d.rightArg(ms, cm.to, 3, fits)
	if n >= 0 && d.objectSetting(cm.to, d.mentions[n].From) {
		n = -1 // "with the support of elements in Bolivia": backers we cannot name, set in Bolivia
	}
	if n < 0 {
		return true // "with the support of the army": no named backer, and no target either
	}
	backers := d.coordinated(ms, n, fits)
	backed := sources
	if j == from {
		comma := d.mentions[backers[len(backers)-1]].To
		backed = d.subjectAfter(ms, si, comma, fits) // "With the backing of France, Chad expelled"
	} else if d.in(j, d.words.backingLeads) && d.mainSubject(ms, si, j, fits) >= 0 {
		// "Chile attacked Peru with the support of Bolivia": the clause's
		// subject, not the object nearest the cue (a passive's agent,
		// "carried out by X with the support of", stays the one backed)
		backed = x.backedSubject(d, si, ms, j, d.mentions[backers[len(backers)-1]].To-1, fits)
	}
	for _, b := range backers {
		for _, t := range backed {
			x.addRel(d, si, c.Type, c.Fallback, &d.mentions[b], &d.mentions[t], cueProps(c))
		}
	}
	return true
}

// modifierBacking adds the backing that a backing noun states when its
// backers stand before it as demonyms or possessors after a backing lead
// ("Chad, with French support, retook the town", "With Russian and
// Iranian backing, Syria retook Palmyra", "Peru acted with Brazil's
// blessing"; words.yaml backing_nouns, backing_leads): each backer
// SUPPORTS the clause's subject. The subject is the one after the comma
// when the phrase opens the sentence, the name right before it when the
// phrase is set off by commas, else the main clause's subject with no
// reported or subordinate clause between it and the lead. It is read only
// at a backing noun; a negated clause ("did not act with French support")
// states nothing, nor does "without" (backedSubject).
func (x *Extractor) modifierBacking(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	rt := x.lex.relTypes["SUPPORTS"]
	actor := func(m *Mention) bool { return m.Key != "" && slices.Contains(rt.Sources, m.Label) }
	for i := from + 2; i < end; i++ {
		if !d.in(i, d.words.backingNouns) {
			continue
		}
		k := i - 1
		for n := 0; n < 2 && k > from && d.toks[k].Kind == Word && !d.toks[k].Capitalized() && !strings.HasSuffix(d.lw(k), "ing") && !determiners[d.lw(k)] && !d.in(k, d.words.backingLeads) && d.mentionEnding(ms, k+1, actor) < 0; n++ {
			k-- // "with Russian military support", "with Brazil's full backing"
		}
		var backers []int
		for k > from {
			if t := d.toks[k].Text; t == "'s" || t == "'" || t == "’" {
				k-- // "with Brazil's blessing"
			}
			b := d.mentionEnding(ms, k+1, actor)
			if b < 0 {
				break
			}
			backers = append(backers, b)
			k = d.npStart(&d.mentions[b]) - 1
			if k > from && (d.lw(k) == "and" || d.toks[k].Text == ",") {
				k-- // "with Angolan and Zimbabwean support"
				continue
			}
			break
		}
		if len(backers) == 0 || k < from || !d.in(k, d.words.backingLeads) || negated(d, from, k) {
			continue
		}
		for _, t := range x.backedSubject(d, si, ms, k, i, actor) {
			for _, b := range backers {
				x.addRel(d, si, "SUPPORTS", "", &d.mentions[b], &d.mentions[t], nil)
			}
		}
	}
}

// backedSubject returns the subject that a backing phrase running from
// the lead at token lead to the backing noun at token noun modifies (see
// modifierBacking): the subject after the comma of a phrase opening the
// sentence, the name before the comma of a phrase set off by commas, or
// else the main clause's subject when no "that", relative pronoun,
// subordinator or verb of saying stands between it and the lead. nil if
// none.
func (x *Extractor) backedSubject(d *doc, si int, ms []int, lead, noun int, fits func(*Mention) bool) []int {
	from, end := d.sents[si].From, d.sents[si].To
	closed := noun+1 < end && d.toks[noun+1].Text == ","
	switch {
	case lead == d.datelineEnd(si):
		if closed {
			subj := d.subjectAfter(ms, si, noun+1, fits) // "With French support, Chad retook"
			if len(subj) > 0 && x.afterMainVerb(d, si, d.mentions[subj[0]].From) {
				return nil // "Under the accord, the reactors will be provided by KEDO": KEDO is no subject
			}
			return subj
		}
		return nil
	case lead-1 > from && d.toks[lead-1].Text == ",":
		if !closed {
			break // "Chad retook the town, with French support": the main subject
		}
		n := d.mentionEnding(ms, lead-1, fits)
		if n < 0 && lead-2 > from && d.in(lead-2, d.words.actorNouns) {
			n = d.mentionEnding(ms, lead-2, fits) // "Chadian troops, with French support,": Chad
		}
		if n >= 0 {
			return d.coordinatedBefore(ms, n, fits) // "Chad, with French support, retook"
		}
		return nil // "government troops, with French support,": no one named
	}
	n := d.mainSubject(ms, si, lead, fits)
	if n < 0 {
		return nil
	}
	for k := d.mentions[n].To; k < lead; k++ {
		w := d.lw(k)
		if negations[w] || strings.HasSuffix(w, "n't") {
			return nil // "Niger did not act with Algerian support"
		}
		if k == d.mentions[n].To+1 && d.toks[k-1].Text == "," && d.words.relativePronouns.has(w) && w != "that" {
			continue // "Chad, which acted with French support,": the relative clause is Chad's
		}
		if g := d.gerundSubject(ms, si, k, fits); g >= 0 {
			return d.coordinatedBefore(ms, g, fits) // "in return for Peru opening its ports under the accord": Peru's act, not the main subject's
		}
		if w == "that" || d.words.relativePronouns.has(w) || d.words.subordinators.has(w) || d.words.speechVerbs.has(w) || d.toks[k].Text == ";" || d.toks[k].Text == ":" {
			return nil // "Peru said Chad had acted with French support": Chad's act, not Peru's
		}
	}
	return d.coordinated(ms, n, fits)
}

// underAgreement adds the SUPPORTS of a clause's subject for an
// agreement it acts under: "Chile keeps a naval base in Peru under the
// 1977 defence agreement", "Under the accord, Peru will return the port",
// "Chile, which patrols the strait under the treaty," (the subject as
// backedSubject finds it; GUIDE: a party of an agreement backs it). The
// agreement is named right after "under", past an article, a year or
// lower-case modifiers. A negated or passive clause ("Peru was sanctioned
// under the resolution", "is not bound under the treaty") states nothing.
func (x *Extractor) underAgreement(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	rt := x.lex.relTypes["SUPPORTS"]
	actor := func(m *Mention) bool { return m.Key != "" && slices.Contains(rt.Sources, m.Label) }
	for i := from; i+1 < end; i++ {
		if d.lw(i) != "under" {
			continue
		}
		a := -1
		for k := i + 1; k < end && k <= i+4; k++ {
			if n := d.mentionAt(ms, k); n >= 0 {
				if m := &d.mentions[n]; m.Label == "Agreement" && m.Key != "" && m.Arg {
					a = n
				}
				break
			}
			if t := d.toks[k]; t.Kind != Number && (t.Kind != Word || t.Capitalized()) {
				break
			}
		}
		if a < 0 {
			continue
		}
		for _, t := range x.backedSubject(d, si, ms, i, d.mentions[a].To-1, actor) {
			if d.inSpan(d.mentions[t].To, i, d.words.beForms) {
				continue // "Peru was sanctioned under the resolution": a passive's or a copula's subject
			}
			x.addRel(d, si, "SUPPORTS", "", &d.mentions[t], &d.mentions[a], nil)
		}
	}
}

// underAgreementWith reads the partner of an agreement an act is done
// under: "Chad sought troops under its defence pact with France",
// "Moscow, which delivered the helicopters under a long-standing accord
// with Luanda,". The subject of the act (backedSubject, or the
// name a relative clause holding the phrase describes) cooperates with
// the partner after "with", and the partner backs the agreement when it
// is an entity (the signatory convention). Between "under" and the
// agreement head stand at most four articles, numbers or lower-case
// modifiers. A passive or a copula's subject ("was sanctioned under the
// pact with Peru") acts under nothing, nor is the doer of a gerund
// between the subject and "under" said.
func (x *Extractor) underAgreementWith(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	rt := x.lex.relTypes["SUPPORTS"]
	actor := func(m *Mention) bool { return m.Key != "" && slices.Contains(rt.Sources, m.Label) }
	for i := from; i+3 < end; i++ {
		if d.lw(i) != "under" {
			continue
		}
		j := i + 1
		for j < end && j <= i+5 && !(d.in(j, d.words.agreementHeads) && d.lw(j+1) == "with") {
			if t := d.toks[j]; t.Kind != Number && (t.Kind != Word || t.Capitalized()) {
				break
			}
			j++
		}
		if j >= end-1 || j > i+5 || !d.in(j, d.words.agreementHeads) || d.lw(j+1) != "with" {
			continue
		}
		p := d.rightArg(ms, j+2, 3, actor)
		if p < 0 {
			continue
		}
		partner := &d.mentions[p]
		subjects := x.backedSubject(d, si, ms, i, j, actor)
		if len(subjects) > 0 && d.gerundBetween(d.mentions[subjects[0]].To-1, i) {
			continue // "accused A of handing over positions under a deal with B": the gerund's doer is not said
		}
		if len(subjects) == 0 {
			if r := d.relativeAntecedent(ms, si, i, actor); r >= 0 {
				subjects = []int{r}
			}
		}
		for _, s := range subjects {
			if m := &d.mentions[s]; m.Key != partner.Key && !d.inSpan(m.To, i, d.words.beForms) {
				x.addRel(d, si, "COOPERATES_WITH", "", m, partner, nil)
			}
		}
		if a := d.mentionEnding(ms, j+1, func(m *Mention) bool { return m.Label == "Agreement" && m.Key != "" }); a >= 0 {
			x.addRel(d, si, "SUPPORTS", "", partner, &d.mentions[a], nil)
		}
	}
}

// relativeAntecedent returns the name a relative clause holding token i
// describes: the fitting mention that ends at the comma before "which" or
// "who" ("Moscow, which delivered ... under"), with no other
// comma between; -1 if none.
func (d *doc) relativeAntecedent(ms []int, si, i int, fits func(*Mention) bool) int {
	from := d.sents[si].From
	for k := i - 1; k > from; k-- {
		if d.toks[k].Text != "," {
			continue
		}
		if w := d.lw(k + 1); w != "which" && w != "who" {
			return -1
		}
		return d.mentionEnding(ms, k, fits)
	}
	return -1
}

// afterMainVerb reports whether token i stands after the verb the parse
// of sentence si makes its root: a name there is no subject of the main
// clause (a passive's agent, an object). False with no parse.
func (x *Extractor) afterMainVerb(d *doc, si, i int) bool {
	toks := x.parseOf(d, si)
	from := d.sents[si].From
	for k, t := range toks {
		if t.Deprel == "root" {
			return t.UPOS == "VERB" && i-from > k
		}
	}
	return false
}
