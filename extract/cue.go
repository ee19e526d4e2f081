package extract

import (
	"strings"

	"github.com/geokg/geokg/schema"
)

// compiledCue is a schema.Cue ready for matching: Words[0] is a verb lemma
// (any inflection matches) or the first word of a noun phrase.
type compiledCue struct {
	schema.Cue
	words       []string
	verb        bool
	lastArticle bool // the phrase ends in an article (see lastWordAfter)
}

// compileCues indexes every cue phrase. Phrases are lower-cased.
//
// A hand-written cue (no CAMEO code) takes precedence over a generated
// CAMEO cue with the same phrase: the CAMEO cue is dropped, and lends its
// code to the hand-written one when both state the same type.
func compileCues(s *schema.Schema, lx *lexicon) []compiledCue {
	type phrase struct {
		text string
		verb bool
	}
	var out []compiledCue
	hand := map[phrase]int{} // hand-written phrase -> index in out
	add := func(c schema.Cue, p string, verb bool) {
		words := strings.Fields(strings.ToLower(p))
		if len(words) == 0 {
			return
		}
		key := phrase{strings.Join(words, " "), verb}
		if c.Cameo != "" {
			if k, ok := hand[key]; ok {
				if out[k].Type == c.Type && out[k].Cameo == "" {
					out[k].Cameo = c.Cameo
				}
				return
			}
		} else {
			hand[key] = len(out)
		}
		out = append(out, compiledCue{Cue: c, words: words, verb: verb, lastArticle: articles[words[len(words)-1]]})
	}
	// hand-written cues first, so that they are known when CAMEO's come
	for _, cameo := range []bool{false, true} {
		for _, c := range s.Cues {
			if (c.Cameo != "") != cameo {
				continue
			}
			for _, v := range c.Verbs {
				add(c, v, true)
			}
			for _, n := range c.Nouns {
				add(c, n, false)
			}
		}
	}
	return out
}

// rePrefix marks a verb form done again ("re-imposed"): it states what
// the verb states. Only the hyphenated prefix is read: "re" joined to a
// verb makes other words too ("resign", "replace").
const rePrefix = "re-"

// cueIndex maps a lower-cased word form to the cues that may start with it.
type cueIndex map[string][]*compiledCue

func (lx *lexicon) cueIndex() cueIndex {
	idx := cueIndex{}
	lemmaForms := map[string][]string{}
	for form, lemma := range lx.verbs {
		lemmaForms[lemma] = append(lemmaForms[lemma], form)
	}
	for i := range lx.cues {
		c := &lx.cues[i]
		if !c.verb {
			idx[c.words[0]] = append(idx[c.words[0]], c)
			continue
		}
		if lx.verbs[c.words[0]] != c.words[0] {
			idx[c.words[0]] = append(idx[c.words[0]], c) // an inflected first word matches as written
			continue
		}
		for _, f := range lemmaForms[c.words[0]] {
			idx[f] = append(idx[f], c)
			idx[rePrefix+f] = append(idx[rePrefix+f], c) // "re-imposed", "re-invaded": the act again
		}
	}
	return idx
}

// inflections maps every inflected form of the cue and saying verbs to its
// lemma: regular forms are derived, irregular ones come from the schema.
func inflections(s *schema.Schema) map[string]string {
	out := map[string]string{}
	addLemma := func(lemma string) {
		lemma = strings.ToLower(lemma)
		if _, ok := out[lemma]; ok {
			// a lemma already seen, or a form of another verb: CAMEO's
			// "attacked with" must not take "attacked" from "attack"
			return
		}
		out[lemma] = lemma
		irr, hasIrr := s.Words.Irregular[lemma]
		for _, f := range irr {
			out[strings.ToLower(f)] = lemma
		}
		for _, f := range regularForms(lemma, hasIrr) {
			if l, taken := out[f]; !taken || l == f {
				out[f] = lemma // a form listed first as a phrase's own first word yields to its lemma
			}
		}
	}
	for _, c := range s.Cues {
		for _, v := range c.Verbs {
			addLemma(strings.Fields(v)[0])
		}
	}
	for _, v := range s.Words.SayingVerbs {
		addLemma(v)
	}
	return out
}

// regularForms derives -s, -ed and -ing forms of an English verb lemma.
// With irregular set, only -s and -ing are derived (the schema lists the
// past forms).
func regularForms(v string, irregular bool) []string {
	n := len(v)
	if n < 2 {
		return nil
	}
	last, prev := v[n-1], v[n-2]
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") ||
		strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o"):
		s = v + "es"
	case last == 'y' && !isVowel(prev):
		s = v[:n-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed, ing = v+"d", v[:n-1]+"ing"
		if strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") {
			ing = v + "ing"
		}
	case last == 'y' && !isVowel(prev):
		ed, ing = v[:n-1]+"ied", v+"ing"
	case doublesFinal(v):
		ed, ing = v+string(last)+"ed", v+string(last)+"ing"
	default:
		ed, ing = v+"ed", v+"ing"
	}
	if irregular {
		return []string{s, ing}
	}
	return []string{s, ed, ing}
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doublesFinal reports whether a one-syllable lemma ending consonant-vowel-
// consonant doubles its last letter: ban -> banned, ship -> shipped.
func doublesFinal(v string) bool {
	n := len(v)
	if n < 3 || n > 4 {
		return false
	}
	c1, vw, c2 := v[n-3], v[n-2], v[n-1]
	if !isVowel(vw) || isVowel(c1) || isVowel(c2) || strings.IndexByte("wxy", c2) >= 0 {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if isVowel(v[i]) {
			vowels++
		}
	}
	return vowels == 1
}
