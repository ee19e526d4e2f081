// Command cameo turns PETRARCH2's CAMEO verb dictionary into geokg relation
// cues (schema/data/cameo.yaml).
//
// PETRARCH2 (github.com/openeventdata/petrarch2, MIT licence) ships
// CAMEO.2.0.txt: thousands of English verbs and verb phrases, each with the
// CAMEO event code it signals. The generator keeps the verbs and the simple
// verb phrases whose code mapping.yaml maps to one of our relation types,
// and drops the rest by general rules (codes with no type, light verbs,
// verbs whose codes map to more than one type). Each generated cue carries
// its CAMEO code, which the extractor writes as the relation property
// "cameo".
//
// Usage (from the repository root):
//
//	git --git-dir=/path/to/petrarch2/.git show HEAD:petrarch2/data/dictionaries/CAMEO.2.0.txt > /tmp/CAMEO.2.0.txt
//	go run ./schema/gen/cameo --petrarch /tmp/CAMEO.2.0.txt
//
// --petrarch also accepts a petrarch2 checkout (the directory holding
// petrarch2/data/dictionaries). The output is deterministic: the same
// dictionary and mapping give the same file, byte for byte.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

func main() {
	in := flag.String("petrarch", "", "CAMEO.2.0.txt, or a petrarch2 checkout holding it")
	mapping := flag.String("mapping", "schema/gen/cameo/mapping.yaml", "CAMEO code -> relation type mapping")
	out := flag.String("out", "schema/data/cameo.yaml", "generated cue file")
	flag.Parse()
	if err := run(*in, *mapping, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cameo:", err)
		os.Exit(1)
	}
}

func run(in, mappingPath, out string) error {
	if in == "" {
		return fmt.Errorf("--petrarch is required (the CAMEO.2.0.txt verb dictionary)")
	}
	if st, err := os.Stat(in); err == nil && st.IsDir() {
		in = filepath.Join(in, "petrarch2", "data", "dictionaries", "CAMEO.2.0.txt")
	}
	m, err := readMapping(mappingPath)
	if err != nil {
		return err
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	d, err := parse(f)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	data, err := render(generate(d, m))
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}

// Mapping is mapping.yaml: CAMEO code prefixes to relation types, options
// per type and the generic verbs that are dropped.
type Mapping struct {
	Codes   map[string]string `yaml:"codes"`
	Types   map[string]Option `yaml:"types"`
	Generic []string          `yaml:"generic"`
	// PhrasesOnly are catch-all codes whose single verbs are dropped.
	PhrasesOnly []string `yaml:"phrases_only"`
}

// Option are the cue options every generated cue of a type takes.
type Option struct {
	Prep     string `yaml:"prep,omitempty"`
	Item     bool   `yaml:"item,omitempty"`
	Fallback string `yaml:"fallback,omitempty"`
}

func readMapping(path string) (*Mapping, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Mapping
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// typeOf returns the relation type of a CAMEO code: the longest listed
// prefix wins; "" when the code is dropped.
func (m *Mapping) typeOf(code string) string {
	best, typ := -1, ""
	for p, t := range m.Codes {
		if strings.HasPrefix(code, p) && len(p) > best {
			best, typ = len(p), t
		}
	}
	return typ
}

// phrase is one verb or verb phrase of the dictionary with its code.
type phrase struct {
	words []string // lower-cased; words[0] is the verb lemma
	code  string
}

// dict is what the generator reads from the dictionary.
type dict struct {
	phrases   []phrase
	irregular map[string][]string // lemma -> irregular forms listed in braces
}

var (
	blockRe = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]`)
	codeRe  = regexp.MustCompile(`\[([0-9:]+|---)\]`)
	plainRe = regexp.MustCompile(`^[A-Z][A-Z'-]*$`)
)

// parse reads the VERB PATTERNS section: block headers "--- VERB [code]
// ---", verb lines "VERB {FORMS} [code] # comment" and pattern lines "- *
// WORDS [code] # VERB".
func parse(r io.Reader) (*dict, error) {
	d := &dict{irregular: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	inVerbs := false
	blockCode := ""
	var blockVerbs []string
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \t\r")
		if strings.HasPrefix(text, "####") {
			inVerbs = strings.Contains(text, "VERB PATTERNS")
			continue
		}
		if !inVerbs || text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if m := blockRe.FindStringSubmatch(text); m != nil {
			blockCode, blockVerbs = cleanCode(m[2]), nil
			continue
		}
		if strings.HasPrefix(text, "- ") {
			if p, ok := patternPhrase(text, blockCode, blockVerbs); ok {
				d.phrases = append(d.phrases, p...)
			}
			continue
		}
		// a verb line
		body, _, _ := strings.Cut(text, "#")
		code := blockCode
		if m := codeRe.FindStringSubmatch(body); m != nil {
			code = cleanCode(m[1])
			body = strings.Replace(body, m[0], "", 1)
		}
		forms := ""
		if i := strings.Index(body, "{"); i >= 0 {
			j := strings.Index(body, "}")
			if j < i {
				return nil, fmt.Errorf("line %d: unclosed {", line)
			}
			forms, body = body[i+1:j], body[:i]+body[j+1:]
		}
		words := verbWords(strings.TrimSpace(body))
		if len(words) == 0 {
			continue
		}
		blockVerbs = append(blockVerbs, words[0])
		for _, f := range strings.Fields(forms) {
			fw := verbWords(f)
			if len(fw) > 0 && fw[0] != words[0] && !slices.Contains(d.irregular[words[0]], fw[0]) {
				d.irregular[words[0]] = append(d.irregular[words[0]], fw[0])
			}
		}
		if code != "" {
			d.phrases = append(d.phrases, phrase{words: words, code: code})
		}
	}
	return d, sc.Err()
}

// cleanCode returns the first code of "112:112", or "" for "---".
func cleanCode(c string) string {
	c, _, _ = strings.Cut(strings.TrimSpace(c), ":")
	if c == "---" || strings.HasPrefix(c, "-") {
		return ""
	}
	return c
}

// verbWords splits "+MEET_WITH" into [meet with]; "" for anything that is
// not plain words.
func verbWords(s string) []string {
	s = strings.Trim(strings.TrimPrefix(s, "+"), "_")
	if s == "" || strings.ContainsAny(s, " \t&$^%*/") {
		return nil
	}
	var out []string
	for _, w := range strings.Split(s, "_") {
		if w == "" || !plainRe.MatchString(w) {
			return nil
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

// patternPhrase reads a pattern "- * WORDS [code] # VERB" that starts with
// the verb and continues with plain words, up to a target marker "+" (the
// target follows the phrase). Patterns with words before the verb, source
// markers or synonym sets are skipped, and so are those that open with a
// preposition before a fixed word ("accuse (OF TERRORISM)"): there the
// object stands between the verb and the phrase.
func patternPhrase(text, blockCode string, blockVerbs []string) ([]phrase, bool) {
	body, comment, _ := strings.Cut(strings.TrimPrefix(text, "- "), "#")
	m := codeRe.FindStringSubmatch(body)
	if m == nil {
		return nil, false
	}
	code := cleanCode(m[1])
	body = strings.Replace(body, m[0], "", 1)
	fields := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ", "{", " ", "}", " ").Replace(body))
	if code == "" || len(fields) < 2 || fields[0] != "*" {
		return nil, false
	}
	var words []string
	target := false
	for i, f := range fields[1:] {
		if f == "(" {
			if i > 0 {
				return nil, false // "* CLAIM (AGAINST) +": the target is not right after the phrase
			}
			continue
		}
		if f == "+" {
			target = true
			break
		}
		w := strings.Trim(f, "_")
		if !plainRe.MatchString(w) {
			return nil, false
		}
		words = append(words, strings.ToLower(w))
	}
	if len(words) == 0 || fields[1] == "(" && !target {
		return nil, false
	}
	verbs := blockVerbs
	if v := verbWords(strings.TrimSpace(comment)); len(v) == 1 && slices.Contains(blockVerbs, v[0]) {
		verbs = v
	}
	var out []phrase
	for _, v := range verbs {
		out = append(out, phrase{words: append([]string{v}, words...), code: code})
	}
	return out, true
}

// prepositions that may follow a verb in a phrase.
var prepositions = map[string]bool{"with": true, "at": true, "on": true, "in": true, "into": true, "to": true,
	"against": true, "for": true, "from": true, "of": true, "off": true, "out": true, "up": true, "down": true}

// Cue is one generated cue entry: the shape of schema.Cue plus its code.
type Cue struct {
	Type     string   `yaml:"type"`
	Cameo    string   `yaml:"cameo"`
	Verbs    []string `yaml:"verbs,flow"`
	Prep     string   `yaml:"prep,omitempty"`
	Item     bool     `yaml:"item,omitempty"`
	Fallback string   `yaml:"fallback,omitempty"`
}

// generate keeps the phrases that map to a type, drops generic and
// ambiguous single verbs, and groups the rest by type and code.
func generate(d *dict, m *Mapping) ([]Cue, map[string][]string) {
	generic := map[string]bool{}
	for _, g := range m.Generic {
		generic[g] = true
	}
	typesOf := map[string]map[string]bool{} // single verb -> types its codes map to
	for _, p := range d.phrases {
		if len(p.words) == 1 {
			if typesOf[p.words[0]] == nil {
				typesOf[p.words[0]] = map[string]bool{}
			}
			typesOf[p.words[0]][m.typeOf(p.code)] = true
		}
	}
	type key struct{ typ, code string }
	groups := map[key]map[string]bool{}
	seen := map[string]bool{} // one code per phrase: the first listed
	used := map[string]bool{}
	for _, p := range d.phrases {
		typ := m.typeOf(p.code)
		text := strings.Join(p.words, " ")
		if typ == "" || seen[text] {
			continue
		}
		if len(p.words) == 1 && (generic[text] || len(typesOf[text]) > 1 || slices.Contains(m.PhrasesOnly, p.code)) {
			continue
		}
		if len(p.words) == 2 && generic[p.words[0]] && prepositions[p.words[1]] {
			continue // "conflict with", "fire at": the generic verb is still the only content
		}
		seen[text] = true
		k := key{typ, p.code}
		if groups[k] == nil {
			groups[k] = map[string]bool{}
		}
		groups[k][text] = true
		used[p.words[0]] = true
	}
	var out []Cue
	for k, phrases := range groups {
		o := m.Types[k.typ]
		c := Cue{Type: k.typ, Cameo: k.code, Prep: o.Prep, Item: o.Item, Fallback: o.Fallback}
		for p := range phrases {
			c.Verbs = append(c.Verbs, p)
		}
		sort.Strings(c.Verbs)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Cameo < out[j].Cameo
	})
	irr := map[string][]string{}
	for lemma, forms := range d.irregular {
		if used[lemma] {
			irr[lemma] = forms
		}
	}
	return out, irr
}

const header = `# GENERATED by "go run ./schema/gen/cameo --petrarch CAMEO.2.0.txt"; do not edit.
# Relation cues from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt,
# Copyright (c) 2015 Open Event Data Alliance, MIT licence; see NOTICE).
# Each cue's "cameo" is the CAMEO event code of its phrases; the mapping
# from codes to relation types is schema/gen/cameo/mapping.yaml. A
# hand-written cue in cues.yaml with the same phrase takes precedence.
`

func render(cues []Cue, irregular map[string][]string) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(header)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	lemmas := make([]string, 0, len(irregular))
	for l := range irregular {
		lemmas = append(lemmas, l)
	}
	sort.Strings(lemmas)
	words := yaml.Node{Kind: yaml.MappingNode}
	for _, l := range lemmas {
		forms := yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, f := range irregular[l] {
			forms.Content = append(forms.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: f})
		}
		words.Content = append(words.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: l}, &forms)
	}
	doc := struct {
		Cues  []Cue `yaml:"cues"`
		Words struct {
			Irregular *yaml.Node `yaml:"irregular_verbs,omitempty"`
		} `yaml:"words,omitempty"`
	}{Cues: cues}
	if len(lemmas) > 0 {
		doc.Words.Irregular = &words
	}
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}
