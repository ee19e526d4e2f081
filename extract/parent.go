package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/schema"
)

// parentRef is the parent an organization's lexicon entry names.
type parentRef struct {
	key, label, name, country string
	kind                      string     // the parent's lexicon kind ("legislature", "military"), "" for a state
	forms                     [][]string // the parent's name and aliases, as lower-cased tokens
}

// parentIndex is what the lexicon's parent: fields teach.
type parentIndex struct {
	byKey  map[string]parentRef    // organization key -> its parent
	shapes map[[2]string]parentRef // first and last word of a sub-body's name -> its parent
}

// compileParents maps the entity key of every organization with a
// parent: to that parent, an organization or a country named by its
// name or an alias (ignoring case), and learns the shapes of the
// sub-bodies' names (see shapeOf). A parent nothing names is skipped:
// schema.Load warns about it.
func compileParents(s *schema.Schema, abbrev map[string]bool) parentIndex {
	byName := map[string]parentRef{}
	stateWords := set{} // first words of the states' names, aliases and adjectives: "united", "u.s.", "chinese"
	forms := func(names ...[]string) [][]string {
		var out [][]string
		for _, n := range slices.Concat(names...) {
			var words []string
			for _, t := range tokenize(n, abbrev) {
				words = append(words, strings.ToLower(t.Text))
			}
			if len(words) > 0 {
				out = append(out, words)
			}
		}
		return out
	}
	for _, c := range s.Countries {
		ref := parentRef{key: "country:" + c.Code, label: "Country", name: c.Name, country: c.Code,
			forms: forms([]string{c.Name}, c.Aliases)}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			byName[strings.ToLower(n)] = ref
		}
		for _, f := range forms([]string{c.Name}, c.Aliases, c.Adjectives) {
			stateWords[f[0]] = true
		}
	}
	for _, o := range s.Organizations {
		ref := parentRef{key: entryKey("organization", o), label: "Organization", name: o.Name, country: o.Country, kind: o.Kind,
			forms: forms([]string{o.Name}, o.Aliases)}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			byName[strings.ToLower(n)] = ref
		}
	}
	out := parentIndex{byKey: map[string]parentRef{}}
	shapes := map[[2]string][]parentRef{}
	for _, o := range s.Organizations {
		if p, ok := byName[strings.ToLower(o.Parent)]; ok && o.Parent != "" && !o.Generic {
			out.byKey[entryKey("organization", o)] = p
			if sh, ok := shapeOf(forms([]string{o.Name})[0], p); ok && !stateWords[sh[0]] {
				shapes[sh] = append(shapes[sh], p)
			}
		}
	}
	out.shapes = map[[2]string]parentRef{}
	for sh, ps := range shapes {
		if len(ps) >= 3 && !slices.ContainsFunc(ps, func(p parentRef) bool { return p.key != ps[0].key }) {
			out.shapes[sh] = ps[0]
		}
	}
	return out
}

// shapeOf returns the shape of a sub-body's name, as lower-cased words:
// its first and last word, when the name has three words or more and its
// first word is a word of one of its parent's forms ("House" of the U.S.
// House of Representatives in "House Intelligence Committee"). Three
// sub-bodies of one parent with one shape, and none of another parent
// with it, make the shape the parent's: an unknown "House Judiciary
// Committee" is a sub-body of the House too. A first word that opens a
// state's name or adjective ("United", "Chinese") says nothing of the
// parent, so compileParents drops those shapes.
func shapeOf(words []string, p parentRef) ([2]string, bool) {
	if len(words) < 3 || !slices.ContainsFunc(p.forms, func(f []string) bool { return slices.Contains(f, words[0]) }) {
		return [2]string{}, false
	}
	return [2]string{words[0], words[len(words)-1]}, true
}

// parentRelations adds PART_OF from each organization of the lexicon to
// the parent its entry names, when the article names the parent too or
// the organization's own name holds it ("the U.N. Security Council" is
// PART_OF the United Nations). The evidence is the first sentence that
// holds both, else the first that names the organization with its parent.
func (x *Extractor) parentRelations(d *doc) {
	if len(x.parents.byKey) == 0 {
		return
	}
	sents := map[string][]int{} // entity key -> sentences that mention it
	for _, m := range d.mentions {
		if m.Key != "" {
			sents[m.Key] = append(sents[m.Key], m.sent)
		}
	}
	for k := range d.mentions {
		m := d.mentions[k]
		p, ok := x.parents.byKey[m.Key]
		if !ok && m.Kind == mName && m.Label == "Organization" && m.To-m.From >= 3 {
			if p, ok := x.parents.shapes[[2]string{d.lw(m.From), d.lw(m.To - 1)}]; ok && p.key != m.Key {
				x.partOf(d, m, p) // "the House Judiciary Committee"
				continue
			}
		}
		if !ok && m.Kind == mName && m.Label == "Organization" {
			if w, ok := d.wholeOf(x.lex, &m); ok {
				x.partOf(d, m, w) // "the AfCFTA secretariat"
			} else if w, ok := x.internationalWhole(d, &m); ok {
				x.partOf(d, m, w) // "the UN Verification Mission"
			}
			continue
		}
		if !ok || m.Kind == mPronoun {
			continue
		}
		switch {
		case slices.Contains(sents[p.key], m.sent):
			x.partOf(d, m, p)
		case len(sents[p.key]) > 0 && !slices.ContainsFunc(sents[m.Key], func(si int) bool { return slices.Contains(sents[p.key], si) }) &&
			m.sent == sents[m.Key][0]:
			x.partOf(d, m, p) // both in the article, never in one sentence
		case m.Kind == mName && namesParent(d, m, p):
			x.partOf(d, m, p)
		case len(sents[p.key]) == 0:
			x.grandparentPart(d, m, p, sents)
		}
	}
}

// grandparentPart adds organization m PART_OF the parent of its lexicon
// parent p when the article names that whole but never p: "Senator Lee,
// who sits on the Senate Foreign Relations Committee, told reporters
// Congress would review it" makes the committee a part of Congress (the U.S.
// Senate, its parent, unnamed). The whole is of p's kind (a chamber's
// congress, a fleet's armed forces; not the ministry over a navy, which
// the navy is no part of in the gold files). It must share a sentence
// with m, or m be in its first sentence when the two never meet, as for
// a parent.
func (x *Extractor) grandparentPart(d *doc, m Mention, p parentRef, sents map[string][]int) {
	g, ok := x.parents.byKey[p.key]
	if !ok || g.key == m.Key || g.kind != p.kind || len(sents[g.key]) == 0 {
		return
	}
	if slices.Contains(sents[g.key], m.sent) ||
		!slices.ContainsFunc(sents[m.Key], func(si int) bool { return slices.Contains(sents[g.key], si) }) && m.sent == sents[m.Key][0] {
		x.partOf(d, m, g)
	}
}

// internationalWhole returns the international organization whose
// lexicon name opens organization name m and two words or more follow it
// ("UN Verification Mission", a body the name step joined to it): an
// international body's unnamed sub-body. Companies and states' bodies
// named after their owner are not read so ("Airbus Defence and Space").
func (x *Extractor) internationalWhole(d *doc, m *Mention) (parentRef, bool) {
	e, n := x.lex.match(d.toks, m.From, m.To)
	if e == nil || e.label != "Organization" || e.sort != "international" || m.To-m.From-n < 2 {
		return parentRef{}, false
	}
	return parentRef{key: e.key, label: e.label, name: e.name, country: e.country}, true
}

// partOf adds child PART_OF its parent p, in the sentence of child.
func (x *Extractor) partOf(d *doc, child Mention, p parentRef) {
	parent := Mention{From: child.From, To: child.To, Label: p.label, Key: p.key, Name: p.name, Country: p.country,
		Kind: mDescription, Owner: -1, sent: child.sent}
	if x.addRel(d, child.sent, "PART_OF", "", &child, &parent, nil) && d.mentionOf(p.key) < 0 &&
		!slices.ContainsFunc(d.implied, func(m Mention) bool { return m.Key == p.key }) {
		written := parent
		if i, j, ok := parentWords(d, child, p); ok && j < child.To {
			// "UN" in "the UN Office for ...": the parent is written so,
			// which names its entity too
			written.From, written.To, written.Kind = i, j, mName
		} else if e, n := x.lex.match(d.toks, child.From, child.To); e != nil && e.key == p.key && n < child.To-child.From {
			written.To, written.Kind = child.From+n, mName
		}
		d.implied = append(d.implied, written) // so that the parent becomes an entity
	}
}

// namesParent reports whether the words of mention m hold one of the
// forms of its parent: "U.N." in "U.N. Security Council".
func namesParent(d *doc, m Mention, p parentRef) bool {
	_, _, ok := parentWords(d, m, p)
	return ok
}

// parentWords returns the tokens [from, to) of the words of mention m
// that are one of the forms of its parent, or a lexicon name of the
// parent that opens m, and whether there are any.
func parentWords(d *doc, m Mention, p parentRef) (from, to int, ok bool) {
	words := make([]string, 0, m.To-m.From)
	for i := m.From; i < m.To; i++ {
		words = append(words, d.lw(i))
	}
	for _, f := range p.forms {
		for i := 0; i+len(f) <= len(words); i++ {
			if slices.Equal(words[i:i+len(f)], f) {
				return m.From + i, m.From + i + len(f), true
			}
		}
	}
	return 0, 0, false
}

// wholeOf returns the organization that part m is a part of, when m is
// named as the whole's name and a lower-case part head ("the AfCFTA
// secretariat") or a capitalised body head ("the ECOWAS Commission"): the whole is a name learnt in the article or a lexicon
// name, spanning all of m's words but the head, or a lexicon name and
// up to three capitalised words before a body head ("the Senate Foreign
// Relations Committee") when the article names that whole by itself too.
func (d *doc) wholeOf(lx *lexicon, m *Mention) (parentRef, bool) {
	last := m.To - 1
	part := lx.sets.cues.partHeads[d.lw(last)] == "Organization" && !d.toks[last].Capitalized() || lx.sets.cues.bodyHeads[d.toks[last].Text]
	if m.To-m.From < 2 || !part {
		return parentRef{}, false
	}
	if k, ok := d.known[d.text[d.toks[m.From].Start:d.toks[last-1].End()]]; ok {
		if w := d.mentions[k]; w.Label == "Organization" && w.Key != "" && w.Key != m.Key {
			return parentRef{key: w.Key, label: w.Label, name: w.Name, country: w.Country}, true
		}
	}
	if e, n := lx.match(d.toks, m.From, last); e != nil && n == last-m.From && e.label == "Organization" && e.key != m.Key {
		return parentRef{key: e.key, label: e.label, name: e.name, country: e.country}, true
	}
	if e, n := lx.match(d.toks, m.From, last); e != nil && e.kind == kindName && e.label == "Organization" && e.key != m.Key &&
		lx.sets.cues.bodyHeads[d.toks[last].Text] && d.capitalWords(m.From+n, last, 3) && d.keyMention(e.key) != nil {
		// "the Senate Foreign Relations Committee", "the NATO Military Committee"
		return parentRef{key: e.key, label: e.label, name: e.name, country: e.country}, true
	}
	return parentRef{}, false
}
