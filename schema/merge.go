package schema

import (
	"reflect"
	"slices"
	"strings"
)

// The merge rules. A later file's entry whose key matches an earlier one
// (a label's or relation type's name, a country's code, an entry's or
// title's name ignoring case) extends it: the lists it writes (aliases,
// adjectives, sources, kinds, ...) are added to the earlier ones, and the
// single values it writes (capital, kind, country, ...) replace them; a
// country's old name stays as an alias. "replace: true" replaces the whole
// earlier entry; "remove: true" removes it. Other entries are added.
//
// Cues have no key: they are added. "replace: true" on a cue first drops
// every earlier cue of its type; "remove: true" removes its verbs and nouns
// from the earlier cues of its type. Word lists are added to.

// keyed is an entry of a list that later files may extend.
type keyed interface {
	mergeKey() string // the identity that later entries extend; "" for none
	from() *origin
}

func (l Label) mergeKey() string        { return l.Name }
func (r RelationType) mergeKey() string { return r.Name }
func (c Country) mergeKey() string      { return c.Code }
func (e Entry) mergeKey() string        { return strings.ToLower(strings.TrimSpace(e.Name)) }
func (t Title) mergeKey() string        { return strings.ToLower(strings.TrimSpace(t.Name)) }
func (l Label) from() *origin           { return l.src }
func (r RelationType) from() *origin    { return r.src }
func (c Country) from() *origin         { return c.src }
func (e Entry) from() *origin           { return e.src }
func (t Title) from() *origin           { return t.src }
func (c Cue) from() *origin             { return c.src }

// merge adds the entries of part to s by the merge rules and reports the
// directives that cannot be followed. It never writes into the slices and
// maps s already holds, so a merge leaves the schema it started from (the
// shared default) untouched.
func (s *Schema) merge(part *Schema, ps *problems) {
	s.Labels = mergeList(s.Labels, part.Labels, "label", ps)
	s.Relations = mergeList(s.Relations, part.Relations, "relation type", ps)
	s.Countries = mergeList(s.Countries, part.Countries, "country", ps)
	s.Organizations = mergeList(s.Organizations, part.Organizations, "organization", ps)
	s.Places = mergeList(s.Places, part.Places, "place", ps)
	s.Facilities = mergeList(s.Facilities, part.Facilities, "facility", ps)
	s.Weapons = mergeList(s.Weapons, part.Weapons, "weapon", ps)
	s.Programs = mergeList(s.Programs, part.Programs, "program", ps)
	s.Agreements = mergeList(s.Agreements, part.Agreements, "agreement", ps)
	s.People = mergeList(s.People, part.People, "person", ps)
	s.Titles = mergeList(s.Titles, part.Titles, "title", ps)
	s.Cues = mergeCues(s.Cues, part.Cues, ps)
	s.Words.merge(part.Words)
}

// mergeList merges the entries b into a copy of a.
func mergeList[T keyed](a, b []T, what string, ps *problems) []T {
	if len(b) == 0 {
		return a
	}
	out := slices.Clone(a)
	index := make(map[string]int, len(out))
	for i, x := range out {
		if _, dup := index[x.mergeKey()]; !dup {
			index[x.mergeKey()] = i
		}
	}
	gone := map[int]bool{}
	for _, x := range b {
		o, k := x.from(), x.mergeKey()
		i, found := index[k]
		found = found && k != ""
		switch {
		case o != nil && o.remove:
			if !found {
				ps.errorf(o.pos("name"), "remove: there is no %s %s to remove", what, describeKey(x))
				continue
			}
			gone[i] = true
			delete(index, k)
		case found && o != nil && o.replace:
			out[i] = x
		case found:
			if o != nil {
				o.extends = true
			}
			out[i] = extend(out[i], x)
			if ao := out[i].from(); ao != nil && o != nil {
				n := *ao // a copy: the origin may be the default schema's
				n.extendedBy = append(slices.Clone(ao.extendedBy), o.pos(""))
				any(&out[i]).(located).setOrigin(&n)
			}
		default:
			if o != nil && o.replace {
				ps.warnf(o.pos("replace"), "replace: there is no %s %s to replace; it is added", what, describeKey(x))
			}
			if k != "" {
				index[k] = len(out)
			}
			out = append(out, x)
		}
	}
	if len(gone) > 0 {
		kept := out[:0:0]
		for i, x := range out {
			if !gone[i] {
				kept = append(kept, x)
			}
		}
		out = kept
	}
	return out
}

// describeKey quotes the key of x as written.
func describeKey(x keyed) string {
	switch v := x.(type) {
	case Country:
		return v.Code
	case Entry:
		return `"` + v.Name + `"`
	case Title:
		return `"` + v.Name + `"`
	case Label:
		return v.Name
	case RelationType:
		return v.Name
	}
	return x.mergeKey()
}

// extend returns a with the fields b writes: lists added to (without
// repeats), single values replaced. The name of an entry is its key and
// stays as first written; a country's old name becomes an alias.
func extend[T keyed](a, b T) T {
	o := b.from()
	va, vb := reflect.ValueOf(&a).Elem(), reflect.ValueOf(b)
	for _, f := range fieldsOf(va.Type()) {
		fa, fb := va.Field(f.index), vb.Field(f.index)
		if o != nil && !o.has(f.name) || o == nil && fb.IsZero() {
			continue
		}
		switch {
		case f.name == "name":
			if c, ok := any(&a).(*Country); ok && fb.String() != "" && !strings.EqualFold(fb.String(), c.Name) {
				c.Aliases = appendNew(c.Aliases, c.Name)
				c.Name = fb.String()
			}
		case fa.Kind() == reflect.Slice && fa.Type().Elem().Kind() == reflect.String:
			fa.Set(reflect.ValueOf(appendNew(fa.Interface().([]string), fb.Interface().([]string)...)))
		case fa.Kind() == reflect.Slice:
			fa.Set(reflect.AppendSlice(reflect.AppendSlice(reflect.MakeSlice(fa.Type(), 0, fa.Len()+fb.Len()), fa), fb))
		default:
			fa.Set(fb)
		}
	}
	return a
}

// appendNew returns a copy of list with the words not yet in it added.
func appendNew(list []string, words ...string) []string {
	out := slices.Clone(list)
	for _, w := range words {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// mergeCues merges the cues b into a copy of a.
func mergeCues(a, b []Cue, ps *problems) []Cue {
	if len(b) == 0 {
		return a
	}
	out := slices.Clone(a)
	for _, c := range b {
		switch {
		case c.src != nil && c.src.remove:
			out = removeCueWords(out, c, ps)
		case c.src != nil && c.src.replace:
			out = slices.DeleteFunc(out, func(x Cue) bool { return x.Type == c.Type })
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

// removeCueWords removes the verbs and nouns of c from the cues of its
// type, dropping cues left with none, and reports words no cue had.
func removeCueWords(cues []Cue, c Cue, ps *problems) []Cue {
	found := map[string]bool{}
	out := cues[:0:0]
	for _, x := range cues {
		if x.Type == c.Type {
			keep := func(list, drop []string) []string {
				return slices.DeleteFunc(slices.Clone(list), func(w string) bool {
					if slices.Contains(drop, w) {
						found[w] = true
						return true
					}
					return false
				})
			}
			x.Verbs, x.Nouns = keep(x.Verbs, c.Verbs), keep(x.Nouns, c.Nouns)
			if len(x.Verbs)+len(x.Nouns) == 0 {
				continue
			}
		}
		out = append(out, x)
	}
	for _, w := range slices.Concat(c.Verbs, c.Nouns) {
		if !found[w] {
			ps.errorf(c.src.item("verbs", w, "nouns"), "remove: no %s cue has %q", c.Type, w)
		}
	}
	return out
}
