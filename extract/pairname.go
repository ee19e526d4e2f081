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
		if e := x.lex.countryWord(p); c == "" && e != nil && strings.HasPrefix(e.key, "country:") {
			c = strings.TrimPrefix(e.key, "country:") // "Irish": IRL
		}
		if c == "" || slices.Contains(codes, c) {
			return nil
		}
		codes = append(codes, c)
	}
	return codes
}
