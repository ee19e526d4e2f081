package extract

import (
	"slices"
	"strings"
)

// Pair-named agreements.
//
// News names a bilateral agreement by a hyphenated pair of its states
// before the head: "the Anglo-Irish Agreement", "the Sino-British Joint
// Declaration". The tokenizer keeps such a pair whole when it opens a
// longer name (splitCompounds), so no mention stands for either state
// there; the pair's parts are read here. Pairs split into mentions ("the
// China-Australia free trade agreement") are the between cue's
// (pairmod.go).

// pairNamedAgreement adds what the hyphenated pair opening an agreement's
// name states of its parties: each state backs the agreement (the
// signatory convention, GUIDE) and the two cooperate. A part is a state's
// name or demonym, or its combining form (words.yaml combining_forms:
// "Anglo", "Sino"). Each state must be named elsewhere in the article,
// as a name or a demonym: a part alone makes no entity.
func (x *Extractor) pairNamedAgreement(d *doc, si int, ms []int) {
	for _, k := range ms {
		a := &d.mentions[k]
		if a.Label != "Agreement" || a.Key == "" || a.Kind != mName || a.Generic || !a.Arg {
			continue
		}
		i := a.From
		if d.toks[i].Kind == Number {
			i++ // "the 1913 Anglo-German agreement"
		}
		if i >= a.To-1 {
			continue
		}
		codes := x.pairStates(d.toks[i].Text)
		if len(codes) < 2 {
			continue
		}
		parties := make([]*Mention, 0, len(codes))
		for _, c := range codes {
			if p := d.countryMention(c); p != nil {
				parties = append(parties, p)
			}
		}
		if len(parties) < len(codes) {
			continue // a state the article names nowhere else
		}
		for a1, p := range parties {
			x.addRel(d, si, "SUPPORTS", "", p, a, nil)
			for _, q := range parties[a1+1:] {
				x.addRel(d, si, "COOPERATES_WITH", "", p, q, nil)
			}
		}
	}
}

// pairStates returns the codes of the states a hyphenated word pairs
// ("Anglo-Irish": GBR, IRL), or nil when a part names no state or two
// parts name the same one.
func (x *Extractor) pairStates(w string) []string {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' })
	if len(parts) < 2 {
		return nil
	}
	codes := make([]string, 0, len(parts))
	for _, p := range parts {
		c := x.lex.sets.combiningForms[p]
		if c == "" {
			c = x.stateForm(p)
		}
		if c == "" || slices.Contains(codes, c) {
			return nil
		}
		codes = append(codes, c)
	}
	return codes
}

// stateForm returns the code of the state whose one-word name or demonym
// w is, as written ("Irish": IRL), or "".
func (x *Extractor) stateForm(w string) string {
	for _, p := range x.lex.byFirst[w] {
		if len(p.words) == 1 && p.e.label == "Country" && strings.HasPrefix(p.e.key, "country:") {
			return strings.TrimPrefix(p.e.key, "country:")
		}
	}
	return ""
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
