package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/schema"
)

// parentRef is the parent an organization's lexicon entry names.
type parentRef struct {
	key, label, name, country string
	forms                     [][]string // the parent's name and aliases, as lower-cased tokens
}

// compileParents maps the entity key of every organization with a
// parent: to that parent, an organization or a country named by its
// name or an alias (ignoring case). A parent nothing names is skipped:
// schema.Load warns about it.
func compileParents(s *schema.Schema, abbrev map[string]bool) map[string]parentRef {
	byName := map[string]parentRef{}
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
	}
	for _, o := range s.Organizations {
		ref := parentRef{key: entryKey("organization", o), label: "Organization", name: o.Name, country: o.Country,
			forms: forms([]string{o.Name}, o.Aliases)}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			byName[strings.ToLower(n)] = ref
		}
	}
	out := map[string]parentRef{}
	for _, o := range s.Organizations {
		if p, ok := byName[strings.ToLower(o.Parent)]; ok && o.Parent != "" && !o.Generic {
			out[entryKey("organization", o)] = p
		}
	}
	return out
}

// parentRelations adds PART_OF from each organization of the lexicon to
// the parent its entry names, when the article names the parent too or
// the organization's own name holds it ("the U.N. Security Council" is
// PART_OF the United Nations). The evidence is the first sentence that
// holds both, else the first that names the organization with its parent.
func (x *Extractor) parentRelations(d *doc) {
	if len(x.parents) == 0 {
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
		p, ok := x.parents[m.Key]
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
		}
	}
}

// partOf adds child PART_OF its parent p, in the sentence of child.
func (x *Extractor) partOf(d *doc, child Mention, p parentRef) {
	parent := Mention{From: child.From, To: child.To, Label: p.label, Key: p.key, Name: p.name, Country: p.country,
		Kind: mDescription, Owner: -1, sent: child.sent}
	if x.addRel(d, child.sent, "PART_OF", "", &child, &parent, nil) && d.mentionOf(p.key) < 0 &&
		!slices.ContainsFunc(d.implied, func(m Mention) bool { return m.Key == p.key }) {
		d.implied = append(d.implied, parent) // so that the parent becomes an entity
	}
}

// namesParent reports whether the words of mention m hold one of the
// forms of its parent: "U.N." in "U.N. Security Council".
func namesParent(d *doc, m Mention, p parentRef) bool {
	words := make([]string, 0, m.To-m.From)
	for i := m.From; i < m.To; i++ {
		words = append(words, d.lw(i))
	}
	for _, f := range p.forms {
		for i := 0; i+len(f) <= len(words); i++ {
			if slices.Equal(words[i:i+len(f)], f) {
				return true
			}
		}
	}
	return false
}
