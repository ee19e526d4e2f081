package schema

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
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

// Annotated returns s as a YAML node tree in which every entry read from
// a file carries a comment saying where it was written and which later
// entries extended it: "# data/countries.yaml:74:5, extended by
// my.yaml:3:5".
func (s *Schema) Annotated() (*yaml.Node, error) {
	var doc yaml.Node
	if err := doc.Encode(s); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.MappingNode {
		return &doc, nil
	}
	v := reflect.ValueOf(s).Elem()
	for _, f := range fieldsOf(v.Type()) {
		list, seq := v.Field(f.index), valueOf(&doc, f.name)
		if list.Kind() != reflect.Slice || seq == nil || seq.Kind != yaml.SequenceNode || len(seq.Content) != list.Len() {
			continue
		}
		for i := range list.Len() {
			if e, ok := list.Index(i).Interface().(interface{ from() *origin }); ok && e.from() != nil {
				seq.Content[i].HeadComment = e.from().describe()
			}
		}
	}
	return &doc, nil
}

// describe says where an entry was written and extended.
func (o *origin) describe() string {
	var b strings.Builder
	b.WriteString(o.pos("").String())
	for i, p := range o.extendedBy {
		if i == 0 {
			b.WriteString(", extended by ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}
