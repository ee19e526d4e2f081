package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// labels are the node labels an entity may have.
var entityLabels = set{"Country": true, "Person": true, "Organization": true, "Location": true,
	"Facility": true, "WeaponSystem": true, "Program": true, "Agreement": true}

// build merges the mentions into one entity per key and returns the
// entities (sorted by id) and the relations (in order of evidence). Only
// entities mentioned by name, or taking part in a relation, are kept.
func (x *Extractor) build(d *doc) ([]Entity, []Relation) {
	byKey := map[string]*Entity{}
	aliases := map[string]map[string]bool{}
	continents := map[string]bool{}
	all := d.mentions
	if len(d.implied) > 0 {
		all = slices.Concat(d.mentions, d.implied) // a copy only when there are implied ones
	}
	for _, m := range all {
		if m.Key == "" || !entityLabels[m.Label] {
			continue
		}
		e := byKey[m.Key]
		if e == nil {
			e = &Entity{ID: m.Key, Label: m.Label, Name: m.Name, Generic: m.Generic, Country: m.Country,
				Span: Span{d.toks[m.From].Start, d.toks[m.To-1].End()}}
			byKey[m.Key] = e
			aliases[m.Key] = map[string]bool{}
		}
		if m.Kind == mImplied {
			continue // implied by another name, not written
		}
		if m.Label == "Location" && m.Sort == "continent" {
			continents[m.Key] = true
		}
		e.Mentions++
		if m.Kind == mPronoun || m.Kind == mDescription || m.Kind == mTitle {
			continue
		}
		if d.polityAlone(&m) {
			continue // "the President of the Republic": the state's form, no body's name; kept only where a relation uses it
		}
		surface := d.text[d.toks[m.From].Start:d.toks[m.To-1].End()]
		aliases[m.Key][surface] = true
		if tail := possessedName(surface, x.lex.sets.namePossessives); m.Label == "Organization" && tail != "" && !x.royalName(surface) {
			aliases[m.Key][tail] = true // "Germany's Federal Police" is the Federal Police
		}
		if stem, _ := x.lex.classStem(surface); m.Label == "WeaponSystem" && !m.Generic && stem != "" {
			aliases[m.Key][stem] = true // "Mirage warplanes" is the Mirage
		}
		if m.Label == "Person" && !x.known(&m) && len(surface) > len(e.Name) && m.Kind == mName {
			e.Name = surface // the fullest form of a name no lexicon knows
		}
	}
	used := map[string]bool{}
	for _, r := range d.rels {
		used[r.Source], used[r.Target] = true, true
	}
	ents := make([]Entity, 0, len(byKey))
	for key, e := range byKey {
		named := len(aliases[key]) > 0
		if !named && !used[key] {
			continue
		}
		if !named && e.Label == "Person" {
			continue
		}
		if continents[key] && !used[key] {
			continue // "leaders from Europe and Africa": a continent is a node only where a relation places something in it
		}
		for a := range aliases[key] {
			if a != e.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
		sort.Strings(e.Aliases)
		ents = append(ents, *e)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	kept := map[string]bool{}
	for _, e := range ents {
		kept[e.ID] = true
	}
	rels := make([]Relation, 0, len(d.rels))
	for _, r := range d.rels {
		if kept[r.Source] && kept[r.Target] {
			r.Evidence = strings.TrimSpace(r.Evidence)
			rels = append(rels, r)
		}
	}
	return ents, rels
}

// merger joins the entities and relations of an article's segments.
type merger struct {
	byID      map[string]int
	ents      []Entity
	relations []Relation
	seen      map[[3]string]bool
}

func (m *merger) add(ents []Entity, rels []Relation) {
	if m.byID == nil { // the first segment, usually the only one: room for all of it
		m.byID, m.seen = make(map[string]int, len(ents)), make(map[[3]string]bool, len(rels))
		m.ents, m.relations = make([]Entity, 0, len(ents)), make([]Relation, 0, len(rels))
	}
	for _, e := range ents {
		k, ok := m.byID[e.ID]
		if !ok {
			m.byID[e.ID] = len(m.ents)
			m.ents = append(m.ents, e)
			continue
		}
		old := &m.ents[k]
		old.Mentions += e.Mentions
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if a != old.Name && !slices.Contains(old.Aliases, a) {
				old.Aliases = append(old.Aliases, a)
			}
		}
		sort.Strings(old.Aliases)
	}
	for _, r := range rels {
		key := [3]string{r.Type, r.Source, r.Target}
		if !m.seen[key] {
			m.seen[key] = true
			m.relations = append(m.relations, r)
		}
	}
}

// entities returns the merged entities sorted by id.
func (m *merger) entities() []Entity {
	if m.ents == nil {
		return []Entity{}
	}
	sort.Slice(m.ents, func(i, j int) bool { return m.ents[i].ID < m.ents[j].ID })
	return m.ents
}

// possessedName returns the name after an owner's possessive in surface
// ("Federal Police" in "Germany's Federal Police", "central bank" in
// "Iran's central bank": the body as the article calls it), or "".
func possessedName(surface string, own set) string {
	for _, p := range []string{"'s ", "’s "} {
		if k := strings.Index(surface, p); k > 0 {
			if w := surface[strings.LastIndex(surface[:k], " ")+1 : k]; own[hyphenTail(w)] {
				continue // "the Supreme People's Court" is no court of the People
			}
			tail := surface[k+len(p):]
			if r, _ := utf8.DecodeRuneInString(tail); r != utf8.RuneError {
				return tail
			}
		}
	}
	return ""
}

// royalName reports whether an organization's name opens with a royal's
// possessive ("King's College London"): the possessive is the name's, the
// words after it no alias.
func (x *Extractor) royalName(surface string) bool {
	for _, p := range []string{"'s ", "’s "} {
		if k := strings.Index(surface, p); k > 0 && x.lex.sets.royalPossessives[surface[:k]] {
			return true
		}
	}
	return false
}
