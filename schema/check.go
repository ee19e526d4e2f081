package schema

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// entryList is one list of named entries and the label its entries get.
type entryList struct {
	section, what, label string
	entries              []Entry
}

// entryLists returns the lists of named entries of s.
func (s *Schema) entryLists() []entryList {
	return []entryList{
		{"organizations", "organization", "Organization", s.Organizations},
		{"places", "place", "Location", s.Places},
		{"facilities", "facility", "Facility", s.Facilities},
		{"weapons", "weapon", "WeaponSystem", s.Weapons},
		{"programs", "program", "Program", s.Programs},
		{"agreements", "agreement", "Agreement", s.Agreements},
		{"people", "person", "Person", s.People},
	}
}

// checker checks the entries of the files loaded against the merged
// schema s: every name they use must exist in s. The indexes of names are
// built on first use: most files need none of them.
type checker struct {
	s        *Schema
	ps       *problems
	labels   []string          // label names, sorted
	types    []string          // relation type names, sorted
	codes    map[string]bool   // country codes
	countryN map[string]string // lower-cased country name, alias or adjective -> code
	named    map[string]bool   // names and aliases of organizations, places, facilities and countries
	orgs     map[string]bool   // names and aliases of organizations
}

func newChecker(s *Schema, ps *problems) *checker {
	c := &checker{s: s, ps: ps, codes: map[string]bool{}}
	for _, l := range s.Labels {
		c.labels = append(c.labels, l.Name)
	}
	for _, r := range s.Relations {
		c.types = append(c.types, r.Name)
	}
	sort.Strings(c.labels)
	sort.Strings(c.types)
	for _, k := range s.Countries {
		c.codes[k.Code] = true
	}
	return c
}

// countryCalled returns the code of the country called n (any case).
func (c *checker) countryCalled(n string) (string, bool) {
	if c.countryN == nil {
		c.countryN = map[string]string{}
		for _, k := range c.s.Countries {
			for _, n := range slices.Concat([]string{k.Name}, k.Aliases, k.Adjectives) {
				c.countryN[strings.ToLower(n)] = k.Code
			}
		}
	}
	code, ok := c.countryN[strings.ToLower(strings.TrimSpace(n))]
	return code, ok
}

// isNamed reports whether n names an organization, place, facility or
// country: what a parent may be.
func (c *checker) isNamed(n string) bool {
	if c.named == nil {
		c.named = map[string]bool{}
		for _, k := range c.s.Countries {
			for _, n := range slices.Concat([]string{k.Name}, k.Aliases, k.Adjectives) {
				c.named[n] = true
			}
		}
		for _, l := range [][]Entry{c.s.Organizations, c.s.Places, c.s.Facilities} {
			for _, e := range l {
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					c.named[n] = true
				}
			}
		}
	}
	return c.named[n]
}

// isOrg reports whether n names an organization.
func (c *checker) isOrg(n string) bool {
	if c.orgs == nil {
		c.orgs = map[string]bool{}
		for _, e := range c.s.Organizations {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				c.orgs[n] = true
			}
		}
	}
	return c.orgs[n]
}

// check reports what is wrong in part, one file's entries as written.
// Warnings about names that shadow other entries are given for users'
// files only (shadows): the defaults share names on purpose ("Georgia").
func (c *checker) check(part *Schema, shadows bool) {
	for _, l := range part.Labels {
		if !removed(l.src) {
			c.identifier(l.src.pos("name"), "label", l.Name)
		}
	}
	for _, r := range part.Relations {
		if removed(r.src) {
			continue
		}
		c.identifier(r.src.pos("name"), "relation type", r.Name)
		for _, l := range r.Sources {
			c.label(r.src.item("sources", l), l)
		}
		for _, l := range r.Targets {
			c.label(r.src.item("targets", l), l)
		}
		if r.Threat != "" {
			c.relType(r.src.pos("threat"), r.Threat)
		}
	}
	for _, k := range part.Countries {
		c.country(k)
	}
	for _, list := range part.entryLists() {
		for _, e := range list.entries {
			c.entry(list, e)
		}
	}
	for _, t := range part.Titles {
		if removed(t.src) {
			continue
		}
		c.required(t.src, "title", "name", t.Name)
		c.countryCode(t.src, t.Country)
		if t.Org != "" && !c.isOrg(t.Org) {
			c.ps.warnf(t.src.pos("org"), "org: no organization is named %q", t.Org)
		}
		if kinds := c.kinds("Organization"); t.Sort != "" && len(kinds) > 0 && !slices.Contains(kinds, t.Sort) {
			c.ps.errorf(t.src.pos("sort"), "sort: %s", unknown("kind", t.Sort, kinds))
		}
	}
	for _, q := range part.Cues {
		c.cue(q)
	}
	for _, k := range part.keyRefs {
		switch k.what {
		case "label":
			if !slices.Contains(c.labels, k.name) {
				c.ps.errorf(k.pos, "%s: %s", k.in, unknown("label", k.name, c.labels))
			}
		case "relation":
			c.relType(k.pos, k.name)
		case "kind":
			if kinds := c.kinds("Organization"); len(kinds) > 0 && !slices.Contains(kinds, k.name) {
				c.ps.errorf(k.pos, "%s: %s", k.in, unknown("kind", k.name, kinds))
			}
		}
	}
	if shadows {
		c.shadows(part)
	}
}

func removed(o *origin) bool { return o != nil && o.remove }

// required reports an empty value of a required field.
func (c *checker) required(o *origin, what, key, value string) {
	if strings.TrimSpace(value) == "" {
		c.ps.errorf(o.pos(key), "%s: %s is required", what, key)
	}
}

// identifier reports a label or type name that cannot be written into
// Cypher.
func (c *checker) identifier(p Pos, what, name string) {
	switch {
	case name == "":
		c.ps.errorf(p, "%s: name is required", what)
	case strings.TrimSpace(name) != name && IsIdentifier(strings.TrimSpace(name)):
		c.ps.errorf(p, "%s %q has a stray space: write %s", what, name, strings.TrimSpace(name))
	case !IsIdentifier(name):
		c.ps.errorf(p, "%s %q: use only letters, digits and _, not starting with a digit", what, name)
	}
}

// label reports a label name the schema does not have.
func (c *checker) label(p Pos, name string) {
	if !slices.Contains(c.labels, name) {
		c.ps.errorf(p, "%s", unknown("label", name, c.labels))
	}
}

// relType reports a relation type name the schema does not have.
func (c *checker) relType(p Pos, name string) {
	if !slices.Contains(c.types, name) {
		c.ps.errorf(p, "%s", unknown("relation type", name, c.types))
	}
}

// unknown says that name is not one of valid, naming the fix.
func unknown(what, name string, valid []string) string {
	if t := strings.TrimSpace(name); t != name && slices.Contains(valid, t) {
		return fmt.Sprintf("%s %q has a stray space: write %s", what, name, t)
	}
	msg := fmt.Sprintf("unknown %s %q", what, name)
	if strings.TrimSpace(name) != name {
		msg += " (note the stray space)"
	}
	if len(valid) <= 30 {
		msg += "; valid: " + strings.Join(valid, ", ")
	}
	if s := closest(name, valid); s != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", s)
	}
	return msg
}

var codeShape = regexp.MustCompile(`^[A-Z]{3}$`)

// country checks a country entry.
func (c *checker) country(k Country) {
	if removed(k.src) {
		return
	}
	switch {
	case k.Code == "":
		c.ps.errorf(k.src.pos("code"), "country: code is required (ISO 3166-1 alpha-3, such as GRC)")
	case codeShape.MatchString(strings.ToUpper(k.Code)) && !codeShape.MatchString(k.Code):
		c.ps.errorf(k.src.pos("code"), "country code %q: write %s", k.Code, strings.ToUpper(k.Code))
	case !codeShape.MatchString(k.Code):
		c.ps.errorf(k.src.pos("code"), "country code %q: want three capital letters (ISO 3166-1 alpha-3, such as GRC)", k.Code)
	case k.src == nil || !k.src.extends: // a new country; a bad code is the one fix to name
		c.required(k.src, "country "+k.Code, "name", k.Name)
	}
}

// countryCode reports a value of a country: field that is no code.
func (c *checker) countryCode(o *origin, code string) {
	if code == "" || c.codes[code] {
		return
	}
	if k, ok := c.countryCalled(code); ok {
		c.ps.errorf(o.pos("country"), "country: %q is not a country code: write %s", code, k)
		return
	}
	if up := strings.ToUpper(strings.TrimSpace(code)); c.codes[up] {
		c.ps.errorf(o.pos("country"), "country: %q: write %s", code, up)
		return
	}
	var names []string
	for _, k := range c.s.Countries {
		names = append(names, k.Name)
	}
	if n := closest(code, names); n != "" {
		k, _ := c.countryCalled(n)
		c.ps.errorf(o.pos("country"), "country: unknown country code %q (did you mean %s, %s?)", code, k, n)
		return
	}
	c.ps.errorf(o.pos("country"), "country: unknown country code %q; want an ISO 3166-1 alpha-3 code of the schema's countries (geokg schema show --only countries)", code)
}

// entry checks an organization, place, facility, weapon, program,
// agreement or person.
func (c *checker) entry(list entryList, e Entry) {
	if removed(e.src) {
		return
	}
	c.required(e.src, list.what, "name", e.Name)
	c.countryCode(e.src, e.Country)
	if e.Kind != "" {
		if kinds := c.kinds(list.label); len(kinds) > 0 && !slices.Contains(kinds, e.Kind) {
			c.ps.errorf(e.src.pos("kind"), "%s (or add it to the kinds of label %s)", unknown("kind", e.Kind, kinds), list.label)
		}
	}
	if e.Parent != "" && !c.isNamed(e.Parent) {
		c.ps.warnf(e.src.pos("parent"), "parent: no organization, place, facility or country is named %q", e.Parent)
	}
	for _, m := range e.Metonyms {
		if !c.isCapital(m) {
			c.ps.warnf(e.src.pos("metonyms"), "metonyms: %q is no country's capital (only a capital is read as an actor)", m)
		}
	}
}

// isCapital reports whether n is a country's capital or one of its other
// spellings.
func (c *checker) isCapital(n string) bool {
	for _, k := range c.s.Countries {
		if k.Capital == n || slices.Contains(k.CapitalAliases, n) {
			return true
		}
	}
	return false
}

// kinds returns the kinds label allows; none means any.
func (c *checker) kinds(label string) []string {
	for _, l := range c.s.Labels {
		if l.Name == label {
			return l.Kinds
		}
	}
	return nil
}

// cue checks a relation cue.
func (c *checker) cue(q Cue) {
	if q.Type == "" {
		c.ps.errorf(q.src.pos("type"), "cue: type is required; valid: %s", strings.Join(c.types, ", "))
	} else {
		c.relType(q.src.pos("type"), q.Type)
	}
	if q.Fallback != "" {
		c.relType(q.src.pos("fallback"), q.Fallback)
	}
	for _, l := range q.Targets {
		c.label(q.src.item("targets", l), l)
	}
	if len(q.Verbs)+len(q.Nouns) == 0 {
		c.ps.errorf(q.src.pos("type"), "cue %s: give verbs or nouns", q.Type)
	}
	for _, w := range slices.Concat(q.Verbs, q.Nouns) {
		if strings.TrimSpace(w) == "" {
			c.ps.errorf(q.src.item("verbs", w, "nouns"), "cue %s: empty verb or noun", q.Type)
		}
	}
	if strings.ContainsAny(q.Prep, " \t") {
		c.ps.errorf(q.src.pos("prep"), "cue %s: prep %q: want one word", q.Type, q.Prep)
	}
}

// surface is one written form of an entry, for shadow warnings.
type surface struct {
	what, key string // "country", "GRC"; "organization", "hamas"
	src       *origin
}

var singular = map[string]string{"name": "name", "aliases": "alias", "adjectives": "adjective", "seats": "seat", "capital": "capital", "capital_aliases": "capital alias"}

// shadows warns about the names and aliases of part that already name
// another entry of the schema: the extractor cannot tell them apart.
func (c *checker) shadows(part *Schema) {
	used := map[string]bool{} // the forms part writes: only they are indexed
	for _, k := range part.Countries {
		for _, n := range slices.Concat([]string{k.Capital}, k.CapitalAliases, k.Aliases, k.Adjectives, k.Seats) {
			used[n] = true
		}
	}
	for _, l := range part.entryLists() {
		for _, e := range l.entries {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				used[n] = true
			}
		}
	}
	if len(used) == 0 {
		return
	}
	index := map[string][]surface{}
	add := func(form string, s surface) {
		if form != "" && used[form] {
			index[form] = append(index[form], s)
		}
	}
	for _, k := range c.s.Countries {
		for _, n := range slices.Concat([]string{k.Name, k.Capital}, k.CapitalAliases, k.Aliases, k.Adjectives, k.Seats) {
			add(n, surface{"country", k.Code, k.src})
		}
	}
	for _, l := range c.s.entryLists() {
		for _, e := range l.entries {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				add(n, surface{l.what, e.mergeKey(), e.src})
			}
		}
	}
	warn := func(self surface, key, form string) {
		for _, o := range index[form] {
			if o.what == self.what && o.key == self.key {
				continue
			}
			name := o.key
			if o.what != "country" {
				name = fmt.Sprintf("%q", form)
			}
			where := ""
			if o.src != nil {
				where = " (" + o.src.pos("").String() + ")"
			}
			c.ps.warnf(self.src.item(key, form), "%s %q already names %s %s%s", singular[key], form, o.what, name, where)
			return
		}
	}
	for _, k := range part.Countries {
		if removed(k.src) {
			continue
		}
		self := surface{"country", k.Code, k.src}
		for _, f := range []struct {
			key   string
			forms []string
		}{{"aliases", k.Aliases}, {"adjectives", k.Adjectives}, {"seats", k.Seats}, {"capital", []string{k.Capital}}, {"capital_aliases", k.CapitalAliases}} {
			for _, n := range f.forms {
				warn(self, f.key, n)
			}
		}
	}
	for _, l := range part.entryLists() {
		for _, e := range l.entries {
			if removed(e.src) {
				continue
			}
			self := surface{l.what, e.mergeKey(), e.src}
			if e.src == nil || !e.src.extends {
				warn(self, "name", e.Name)
			}
			for _, n := range e.Aliases {
				warn(self, "aliases", n)
			}
		}
	}
}
