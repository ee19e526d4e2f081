package extract

import "strings"

// articleNamesake returns the person named in full earlier in the article
// whose surname is the one word toks[i], which the lexicon reads as
// another person's surname (e): "Shintaro Abe ... Abe said" is the
// article's Shintaro Abe, not the lexicon's Shinzo Abe, when the article
// has not named the lexicon's person too. The full name must not hold
// the lexicon's first name: a spelling or a style of the
// lexicon's own person ("Atal Behari Vajpayee", "Seyyed Ali Khamenei") is
// not another person.
func (x *Extractor) articleNamesake(d *doc, i int, e *entry, n int) (int, bool) {
	if e == nil || n != 1 || e.label != "Person" || e.kind != kindName {
		return 0, false
	}
	k, ok := d.known[d.toks[i].Text]
	if !ok {
		return 0, false
	}
	m := d.mentions[k]
	if m.Label != "Person" || m.Key == "" || m.Key == e.key || m.To-m.From < 2 || d.toks[m.To-1].Text != d.toks[i].Text {
		return 0, false
	}
	for _, o := range d.mentions {
		if o.Key == e.key {
			return 0, false // "Joe Biden ... his son Hunter Biden ... Biden said": the lexicon's, named too
		}
	}
	first, _, _ := strings.Cut(e.name, " ")
	for p := m.From; p < m.To-1; p++ {
		if d.toks[p].Text == first {
			return 0, false // "Seyyed Ali Khamenei": the lexicon's Ali Khamenei, styled
		}
	}
	return k, true
}

// spellingOf returns the lexicon's person that the unknown full name
// toks[i:j] of three words or more spells differently: the same first and
// last words as the lexicon's name, as many words, and each word between
// one letter apart ("Atal Behari Vajpayee" for "Atal Bihari Vajpayee").
// The lexicon's person is found by the name's last word, its surname.
func (x *Extractor) spellingOf(d *doc, i, j int) *entry {
	toks := d.toks
	if j-i < 3 {
		return nil
	}
	e, n := x.lex.match(toks, j-1, j)
	if e == nil || n != 1 || e.label != "Person" || e.kind != kindName {
		return nil
	}
	ws := strings.Fields(e.name)
	if len(ws) != j-i || ws[0] != toks[i].Text || ws[len(ws)-1] != toks[j-1].Text {
		return nil
	}
	differ := false
	for k := 1; k < len(ws)-1; k++ {
		switch w := toks[i+k].Text; {
		case w == ws[k]:
		case len(w) >= 4 && oneEdit(w, ws[k]):
			differ = true
		default:
			return nil
		}
	}
	if !differ {
		return nil
	}
	return e
}

// wordBodyName reports whether the lexicon's one-word organization e at
// toks[i], a common English word ("Treasury", "Congress"), opens a longer
// name whose next word is an organization's head that no lexicon entry
// starts: "the Treasury Police", "the Congress Party" are bodies of their
// own, not the US Treasury or the US Congress.
func (x *Extractor) wordBodyName(d *doc, i, end int, e *entry, n int) bool {
	toks := d.toks
	if e == nil || n != 1 || e.label != "Organization" || e.kind != kindName || x.dict == nil || i+1 >= end ||
		acronym(toks[i].Text) || !x.dict.CommonWord(toks[i].lower) {
		return false
	}
	h := toks[i+1]
	if h.Kind != Word || !h.Capitalized() || !x.lex.sets.orgHeads[h.Text] || x.lex.sets.media[h.Text] {
		return false
	}
	b, _ := x.lex.match(toks, i+1, end)
	return b == nil || b.kind == kindBody
}

// wordBodyAt is wordBodyName for the lexicon's entry at toks[i].
func (x *Extractor) wordBodyAt(d *doc, i int) bool {
	e, n := x.lex.match(d.toks, i, i+1)
	return x.wordBodyName(d, i, len(d.toks), e, n)
}
