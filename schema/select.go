package schema

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Sections returns the names of the schema's top-level sections, in file
// order: labels, relations, countries, ..., words.
func Sections() []string {
	var out []string
	for _, f := range fieldsOf(reflect.TypeOf(Schema{})) {
		out = append(out, f.name)
	}
	return out
}

// identityFields are the fields --find matches: the ones that name an
// entry, not the ones that describe it (a kind or a country would match
// hundreds of entries).
var identityFields = []string{"name", "code", "aliases", "adjectives", "capital", "seats", "forms", "type", "verbs", "nouns", "key"}

// Select returns a copy of s holding only section (all sections when "")
// and, when find is not "", only the entries one of whose names, codes,
// aliases, adjectives, capitals, seats, forms, cue types or cue words is
// find, ignoring case. The copy is itself a valid schema file: "geokg
// schema show --find Greece" prints Greece as an overlay would write it.
func (s *Schema) Select(section, find string) (*Schema, error) {
	t := reflect.TypeOf(Schema{})
	fields := fieldsOf(t)
	if section != "" && indexOf(fields, section) < 0 {
		return nil, fmt.Errorf("unknown section %q; valid: %s", section, strings.Join(Sections(), ", "))
	}
	out := &Schema{}
	src, dst := reflect.ValueOf(s).Elem(), reflect.ValueOf(out).Elem()
	find = strings.TrimSpace(find)
	for _, f := range fields {
		if section != "" && f.name != section {
			continue
		}
		v := src.Field(f.index)
		if find == "" {
			dst.Field(f.index).Set(v)
			continue
		}
		if v.Kind() != reflect.Slice {
			continue // word lists have no entries to find
		}
		kept := reflect.MakeSlice(v.Type(), 0, 0)
		for i := range v.Len() {
			if names(v.Index(i), find) {
				kept = reflect.Append(kept, v.Index(i))
			}
		}
		if kept.Len() > 0 {
			dst.Field(f.index).Set(kept)
		}
	}
	return out, nil
}

// names reports whether one of the identity fields of entry e is find.
func names(e reflect.Value, find string) bool {
	for _, f := range fieldsOf(e.Type()) {
		if !slices.Contains(identityFields, f.name) {
			continue
		}
		switch v := e.Field(f.index).Interface().(type) {
		case string:
			if strings.EqualFold(v, find) {
				return true
			}
		case []string:
			if slices.ContainsFunc(v, func(w string) bool { return strings.EqualFold(w, find) }) {
				return true
			}
		}
	}
	return false
}

// Empty reports whether s holds nothing.
func (s *Schema) Empty() bool {
	return reflect.ValueOf(*s).IsZero()
}
