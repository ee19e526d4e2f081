package schema

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Parse decodes one schema file. Every problem of shape is reported, not
// only the first: YAML syntax at the line it is on, unknown sections and
// fields with the valid ones, values of the wrong kind. The error is an
// Errors, one "file:line:col: message" a line. Parse does not check names
// against other entries; Load does.
func Parse(name string, data []byte) (*Schema, error) {
	var ps problems
	s := parse(name, data, &ps)
	if errs, _ := split(ps.sorted(nil)); len(errs) > 0 {
		return nil, errs
	}
	return s, nil
}

// parse decodes one schema file, adding its problems to ps. It never
// panics: a failure of the YAML library is reported as a problem.
func parse(name string, data []byte, ps *problems) (s *Schema) {
	s = &Schema{}
	defer func() {
		if r := recover(); r != nil {
			ps.errorf(Pos{File: name}, "cannot read the file as YAML: %v", r)
			s = &Schema{}
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		ps.list = append(ps.list, syntaxProblem(name, data, err))
		return s
	}
	if len(doc.Content) == 0 {
		return s
	}
	p := &parser{file: name, ps: ps, budget: 1_000_000, shapes: map[reflect.Type]*structKeys{}}
	root := p.resolve(doc.Content[0])
	if isNull(root) {
		return s
	}
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "want sections such as countries: or organizations: at the top level")
		return s
	}
	p.mapping(root, reflect.ValueOf(s).Elem(), "", nil)
	s.keyRefs = p.keyRefs
	return s
}

// parser walks a YAML node tree into schema values, checking each key and
// value against the Go type it fills.
type parser struct {
	file    string
	ps      *problems
	budget  int                          // nodes left to visit: aliases must not blow up the walk
	shapes  map[reflect.Type]*structKeys // the keys of each struct type met
	keyRefs []keyRef                     // keys of maps that name labels or kinds
}

// mapKeys are the word maps whose keys name labels, organization kinds or
// relation types.
var mapKeys = map[string]string{"description_heads": "label", "description_sorts": "kind", "descriptors": "label", "prefixes": "label",
	"judgement_words": "relation", "feeling_words": "relation", "stance_events": "relation", "part_nouns": "relation",
	"maker_nouns": "relation", "against_types": "relation"}

// keyRef is a map key that names something the checker must find: a
// label ("description_heads: {Program: [...]}") or a kind.
type keyRef struct {
	what, in, name string // "label", "description_heads", "Program"
	pos            Pos
}

// structKeys are the fields of a struct type and the names valid as keys.
type structKeys struct {
	fields []field
	names  []string // with the merge directives for list entries
}

// keys returns the fields of t, computed once per parse.
func (p *parser) keys(t reflect.Type, entry bool) *structKeys {
	if k, ok := p.shapes[t]; ok {
		return k
	}
	k := &structKeys{fields: fieldsOf(t)}
	for _, f := range k.fields {
		k.names = append(k.names, f.name)
	}
	if entry {
		k.names = append(k.names, directives...)
	}
	p.shapes[t] = k
	return k
}

func (p *parser) pos(n *yaml.Node) Pos { return Pos{File: p.file, Line: n.Line, Col: n.Column} }

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.ps.errorf(p.pos(n), format, args...)
}

// resolve follows an alias to the node it names.
func (p *parser) resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// field is one YAML key of a struct.
type field struct {
	name  string
	index int
}

// fieldsOf returns the YAML keys of struct type t in declaration order.
func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if !f.IsExported() || name == "-" || name == "" {
			continue
		}
		out = append(out, field{name, i})
	}
	return out
}

// directives are the keys an entry of a list may carry besides its fields.
var directives = []string{"replace", "remove"}

// mapping fills struct v from mapping n. Entries of a list (o != nil) may
// also carry the merge directives, which are recorded in o.
func (p *parser) mapping(n *yaml.Node, v reflect.Value, in string, o *origin) {
	keys := p.keys(v.Type(), o != nil)
	fields, names := keys.fields, keys.names
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := p.resolve(n.Content[i]), p.resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "want a name before the colon, not a %s", kindName(k))
			continue
		}
		if k.Tag == "!!merge" {
			p.errorf(k, "YAML merge keys (<<) are not supported: write the fields out")
			continue
		}
		if first, dup := seen[k.Value]; dup {
			p.errorf(k, "%q is given twice (first on line %d)", k.Value, first.Line)
			continue
		}
		seen[k.Value] = k
		if o != nil && (k.Value == "replace" || k.Value == "remove") {
			b, ok := p.boolean(val, k.Value)
			if ok && k.Value == "replace" {
				o.replace = b
			} else if ok {
				o.remove = b
			}
			continue
		}
		fi := indexOf(fields, k.Value)
		if fi < 0 {
			p.unknownKey(k, v.Type(), in, names)
			continue
		}
		if what := mapKeys[k.Value]; what != "" && val.Kind == yaml.MappingNode {
			for j := 0; j+1 < len(val.Content); j += 2 {
				key := val.Content[j]
				p.keyRefs = append(p.keyRefs, keyRef{what: what, in: k.Value, name: key.Value, pos: p.pos(key)})
			}
		}
		p.value(val, v.Field(fields[fi].index), k.Value)
	}
}

func indexOf(fields []field, name string) int {
	for i, f := range fields {
		if f.name == name {
			return i
		}
	}
	return -1
}

// unknownKey reports key k, which struct type t has no field for.
func (p *parser) unknownKey(k *yaml.Node, t reflect.Type, in string, valid []string) {
	what := "field"
	if t == reflect.TypeOf(Schema{}) {
		what = "section"
		if entryField(k.Value) {
			p.errorf(k, "%q is a field of an entry, not a section: indent it under the entry it belongs to", k.Value)
			return
		}
	}
	msg := fmt.Sprintf("unknown %s %q", what, k.Value)
	if in != "" {
		msg += " in " + in
	}
	msg += "; valid: " + strings.Join(valid, ", ")
	if s := closest(k.Value, valid); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	p.errorf(k, "%s", msg)
}

// entryField reports whether name is a field of some list entry.
func entryField(name string) bool {
	for _, f := range fieldsOf(reflect.TypeOf(Schema{})) {
		t := reflect.TypeOf(Schema{}).Field(f.index).Type
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct && indexOf(fieldsOf(t.Elem()), name) >= 0 {
			return true
		}
	}
	return false
}

// value fills v from n, reporting a value of the wrong kind. name is the
// key n is the value of.
func (p *parser) value(n *yaml.Node, v reflect.Value, name string) {
	if p.budget--; p.budget < 0 {
		if p.budget == -1 {
			p.errorf(n, "too many nodes or aliases")
		}
		return
	}
	n = p.resolve(n)
	if isNull(n) {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			p.errorf(n, "%s: want fields (key: value), not a %s", name, kindName(n))
			return
		}
		p.mapping(n, v, name, nil)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			p.errorf(n, "%s: want a list such as [a, b], not a %s", name, kindName(n))
			return
		}
		et := v.Type().Elem()
		for _, item := range n.Content {
			item = p.resolve(item)
			e := reflect.New(et).Elem()
			if et.Kind() == reflect.Struct {
				if item.Kind != yaml.MappingNode {
					p.errorf(item, "%s: want an entry with fields such as {name: ...}, not a %s", name, kindName(item))
					continue
				}
				o := &origin{file: p.file, node: item}
				p.mapping(item, e, name, o)
				if l, ok := e.Addr().Interface().(located); ok {
					l.setOrigin(o)
				}
			} else {
				p.value(item, e, name)
			}
			v.Set(reflect.Append(v, e))
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			p.errorf(n, "%s: want key: value pairs, not a %s", name, kindName(n))
			return
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := p.resolve(n.Content[i])
			if k.Kind != yaml.ScalarNode {
				p.errorf(k, "%s: want a name before the colon, not a %s", name, kindName(k))
				continue
			}
			e := reflect.New(v.Type().Elem()).Elem()
			p.value(n.Content[i+1], e, k.Value)
			v.SetMapIndex(reflect.ValueOf(k.Value), e)
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			p.errorf(n, "%s: want one value, not a %s", name, kindName(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		if b, ok := p.boolean(n, name); ok {
			v.SetBool(b)
		}
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil || i < 0 {
			p.errorf(n, "%s: want a whole number such as 4, not %s", name, describe(n))
			return
		}
		v.SetInt(int64(i))
	default:
		p.errorf(n, "%s: cannot hold this value", name)
	}
}

// boolean reads a true or false.
func (p *parser) boolean(n *yaml.Node, name string) (bool, bool) {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || n.Decode(&b) != nil {
		p.errorf(n, "%s: want true or false, not %s", name, describe(n))
		return false, false
	}
	return b, true
}

// kindName names the YAML kind of n for messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "set of fields"
	case yaml.SequenceNode:
		return "list"
	default:
		return "single value"
	}
}

// describe quotes a scalar or names the kind of another node.
func describe(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return strconv.Quote(n.Value)
	}
	return "a " + kindName(n)
}

// located is implemented by the entries of the schema's lists.
type located interface{ setOrigin(*origin) }

func (l *Label) setOrigin(o *origin)        { l.src = o }
func (r *RelationType) setOrigin(o *origin) { r.src = o }
func (c *Country) setOrigin(o *origin)      { c.src = o }
func (e *Entry) setOrigin(o *origin)        { e.src = o }
func (t *Title) setOrigin(o *origin)        { t.src = o }
func (c *Cue) setOrigin(o *origin)          { c.src = o }

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// syntaxProblem turns a YAML syntax error into a problem at the line that
// causes it. The YAML library reports the line where the enclosing block
// starts ("line 1" for a mis-indented key deep in a list), so the line is
// found again as the first at which the text read so far fails the same way.
func syntaxProblem(file string, data []byte, err error) Problem {
	msg := err.Error()
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	lines := strings.SplitAfter(string(data), "\n")
	if line > 0 && line <= len(lines) {
		line = failingLine(lines, line, msg)
	}
	if line == 0 || line > len(lines) {
		return Problem{Pos: Pos{File: file}, Msg: msg}
	}
	text := strings.TrimRight(lines[line-1], "\r\n")
	col := len(text) - len(strings.TrimLeft(text, " ")) + 1
	if key, ok := keyOf(text); ok && strings.Contains(msg, "did not find expected") {
		for j := line - 2; j >= 0; j-- {
			prev := strings.TrimRight(lines[j], "\r\n")
			if pk, ok := keyOf(prev); ok {
				pcol := keyCol(prev)
				if pcol != keyCol(text) {
					return Problem{Pos: Pos{File: file, Line: line, Col: keyCol(text)},
						Msg: fmt.Sprintf("%q is mis-indented: line it up with %q (column %d, line %d)", key, pk, pcol, j+1)}
				}
				break
			}
			if strings.TrimSpace(prev) != "" && !strings.HasPrefix(strings.TrimSpace(prev), "#") {
				break
			}
		}
	}
	return Problem{Pos: Pos{File: file, Line: line, Col: col}, Msg: msg}
}

// failingLine returns the first line from line on at which the text read
// so far fails with msg: each of the next few lines in turn, then by
// bisection, so that a long file costs few parses.
func failingLine(lines []string, line int, msg string) int {
	ends := make([]int, len(lines)+1) // ends[k]: bytes in the first k lines
	for i, l := range lines {
		ends[i+1] = ends[i] + len(l)
	}
	text := strings.Join(lines, "")
	fails := func(k int) bool {
		var n yaml.Node
		e := yaml.Unmarshal([]byte(text[:ends[k]]), &n)
		return e != nil && strings.HasSuffix(e.Error(), ": "+msg)
	}
	const linear = 20
	for k := line; k <= len(lines) && k < line+linear; k++ {
		if fails(k) {
			return k
		}
	}
	lo, hi := line+linear, len(lines) // the first failing k is in [lo, hi]
	if lo > hi || !fails(hi) {
		return line
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

var keyLine = regexp.MustCompile(`^[ ]*(?:- +)?([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)`)

// keyOf returns the key a line of block YAML starts with, if any.
func keyOf(line string) (string, bool) {
	m := keyLine.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// keyCol is the 1-based column of the key on a line keyOf accepts.
func keyCol(line string) int {
	m := keyLine.FindStringSubmatchIndex(line)
	return m[2] + 1
}

// closest returns the word of valid nearest to w, if it is near enough to
// be a typo.
func closest(w string, valid []string) string {
	best, bestD := "", 3
	lw := strings.ToLower(strings.TrimSpace(w))
	for _, v := range valid {
		if d := distance(lw, strings.ToLower(v)); d < bestD {
			best, bestD = v, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
