package schema

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Pos is where something was written in a schema file. Line and Col are
// 1-based; a zero Line means the whole file.
type Pos struct {
	File      string
	Line, Col int
}

// String returns "file:line:col", or "file" for the whole file.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Problem is one finding in a schema file: an error, which stops the file
// from being used, or a warning, which does not.
type Problem struct {
	Pos     Pos
	Msg     string
	Warning bool
}

// String returns the problem as one line: "file:line:col: message", with
// "warning: " before the message of a warning.
func (p Problem) String() string {
	at := p.Pos.String()
	if at != "" {
		at += ": "
	}
	if p.Warning {
		return at + "warning: " + p.Msg
	}
	return at + p.Msg
}

// Errors are the errors found in schema files, in file and line order. It
// is the error Load and Parse return; each line of Error is one problem.
type Errors []Problem

// Error returns one problem a line.
func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, p := range e {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// problems collects what a load finds.
type problems struct{ list []Problem }

func (ps *problems) add(p Pos, warning bool, format string, args ...any) {
	ps.list = append(ps.list, Problem{Pos: p, Msg: fmt.Sprintf(format, args...), Warning: warning})
}

func (ps *problems) errorf(p Pos, format string, args ...any) { ps.add(p, false, format, args...) }
func (ps *problems) warnf(p Pos, format string, args ...any)  { ps.add(p, true, format, args...) }

// sorted returns the problems in file order (files in the order given),
// then line and column, without duplicates.
func (ps *problems) sorted(files []string) []Problem {
	rank := map[string]int{}
	for i, f := range files {
		if _, ok := rank[f]; !ok {
			rank[f] = i
		}
	}
	out := slices.Clone(ps.list)
	slices.SortStableFunc(out, func(a, b Problem) int {
		if a.Pos.File != b.Pos.File {
			ra, oka := rank[a.Pos.File]
			rb, okb := rank[b.Pos.File]
			if oka && okb {
				return ra - rb
			}
			return strings.Compare(a.Pos.File, b.Pos.File)
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
	return slices.Compact(out)
}

// split returns the errors and the warnings of list.
func split(list []Problem) (errs Errors, warnings []Problem) {
	for _, p := range list {
		if p.Warning {
			warnings = append(warnings, p)
		} else {
			errs = append(errs, p)
		}
	}
	return errs, warnings
}

// origin is where an entry was written: its file and YAML node, and the
// merge directive it carries.
type origin struct {
	file    string
	node    *yaml.Node // the entry's mapping
	replace bool       // "replace: true": the entry replaces the one with its key
	remove  bool       // "remove: true": the entry removes the one with its key
	extends bool       // set by the merge: the entry extended an earlier one

	extendedBy []Pos // the entries of later files that extended this one
}

// pos is the position of the entry, or of the value of its field key when
// written.
func (o *origin) pos(key string) Pos {
	if o == nil {
		return Pos{}
	}
	n := o.node
	if v := valueOf(n, key); v != nil {
		n = v
	}
	return Pos{File: o.file, Line: n.Line, Col: n.Column}
}

// item is the position of value in the list of the first of keys that
// holds it, or of the entry.
func (o *origin) item(key, value string, more ...string) Pos {
	if o == nil {
		return Pos{}
	}
	for _, k := range append([]string{key}, more...) {
		if v := valueOf(o.node, k); v != nil && v.Kind == yaml.SequenceNode {
			for _, it := range v.Content {
				if it.Value == value {
					return Pos{File: o.file, Line: it.Line, Col: it.Column}
				}
			}
		}
	}
	return o.pos(key)
}

// has reports whether the entry's YAML sets field key.
func (o *origin) has(key string) bool { return o != nil && valueOf(o.node, key) != nil }

// valueOf returns the value of key in mapping n, or nil.
func valueOf(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
