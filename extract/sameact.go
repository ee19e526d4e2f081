package extract

import (
	"slices"
	"strings"
)

// sameActPhrases indexes the same-act phrases of words.yaml ("follow
// suit", "do the same") by every form of their first word, a verb lemma:
// "followed" -> [["suit"]].
func sameActPhrases(phrases []string, irregular map[string][]string) map[string][][]string {
	out := map[string][][]string{}
	for _, p := range phrases {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) < 2 {
			continue
		}
		forms := verbForms(ws[:1], irregular)
		keys := make([]string, 0, len(forms))
		for f := range forms {
			keys = append(keys, f)
		}
		slices.Sort(keys)
		for _, f := range keys {
			out[f] = append(out[f], ws[1:])
		}
	}
	return out
}

// sameActs repeats the act told just before for the doers of a same-act
// phrase ("Chile expelled two Peruvian diplomats, and Bolivia followed
// suit": Bolivia SANCTIONS Peru too; "Chile shut its airspace to LATAM.
// Ecuador did the same."). The act is the last relation of a
// same_act_types type told earlier in the sentence, before the new doers,
// or else in the sentence before; every relation of that type's source
// there is repeated with the new doers as source. A negated or hedged
// phrase ("Peru did not follow suit", "is expected to follow suit")
// repeats nothing.
func (x *Extractor) sameActs(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From; i < s.To; i++ {
		end := d.sameActAt(i, s.To)
		if end < 0 || negated(d, s.From, i) || hedged(d, s.From, i) || i > s.From && d.in(i-1, d.words.wouldWords) {
			continue
		}
		doers := d.sameActDoers(ms, s.From, i)
		if len(doers) == 0 {
			continue
		}
		first := d.mentions[doers[0]].From
		acts := x.actsBefore(d, si, ms, first)
		if len(acts) == 0 && si > 0 {
			acts = x.actsBefore(d, si-1, d.sentMentions(si-1), d.sents[si-1].To)
		}
		for _, r := range acts {
			other := r.rel.Target
			if r.rel.Source != r.doer {
				other = r.rel.Source // a symmetric type keeps its ends in key order
			}
			tgt := d.mentionOfKey(r.ms, other)
			for _, k := range doers {
				if tgt != nil && d.mentions[k].Key != r.doer {
					x.addRel(d, si, r.rel.Type, "", &d.mentions[k], tgt, nil)
				}
			}
		}
		i = end - 1
	}
}

// sameActAt returns where a same-act phrase opening at token i ends, or -1.
func (d *doc) sameActAt(i, end int) int {
	for _, rest := range d.words.sameActs[d.lw(i)] {
		j := i + 1
		for _, w := range rest {
			if j >= end || d.lw(j) != w {
				j = -1
				break
			}
			j++
		}
		if j > 0 {
			return j
		}
	}
	return -1
}

// sameActDoers returns the named actors that are the subject of a
// same-act phrase at token i: the mention, and those coordinated with it,
// that ends right before the verb, past its auxiliaries and adverbs
// ("Bolivia has also followed suit", "Ecuador and Bolivia have done the
// same").
func (d *doc) sameActDoers(ms []int, from, i int) []int {
	j := d.verbGroupStart(from, i, -1, func(j int) bool {
		return d.auxiliary(d.lw(j)) || d.in(j, d.words.copulaAdverbs) || strings.HasSuffix(d.lw(j), "ly")
	})
	n := d.mentionEnding(ms, j, keyedActor)
	if n < 0 || d.mentions[n].Kind == mAdjective {
		return nil
	}
	return d.coordinatedBefore(ms, n, keyedActor)
}

// toldAct is a relation told in an earlier clause, with the key of its
// doer and the mentions of its sentence.
type toldAct struct {
	rel  Relation
	doer string
	ms   []int
}

// actsBefore returns the relations of sentence si whose type a same-act
// phrase repeats and whose ends are both named before token limit: those
// of the source named first, the doer of the clause.
func (x *Extractor) actsBefore(d *doc, si int, ms []int, limit int) []toldAct {
	span := d.sents[si].Span()
	named := func(key string) bool {
		m := d.mentionOfKey(ms, key)
		return m != nil && m.To <= limit
	}
	var told []Relation
	for _, r := range d.rels {
		if r.Span == span && d.words.sameActTypes[r.Type] && named(r.Source) && named(r.Target) {
			told = append(told, r)
		}
	}
	if len(told) == 0 {
		return nil
	}
	doer, at := "", limit
	for _, r := range told {
		if m := d.mentionOfKey(ms, r.Source); m.From < at {
			doer, at = r.Source, m.From // the clause's doer: the first named, not "the attack by X" inside its object
		}
	}
	var out []toldAct
	for _, r := range told {
		switch {
		case r.Source == doer:
			out = append(out, toldAct{r, doer, ms})
		case r.Target == doer && x.lex.relTypes[r.Type].Symmetric:
			out = append(out, toldAct{r, doer, ms})
		}
	}
	return out
}

// mentionOfKey returns the first of mentions ms that stands for entity
// key, or nil.
func (d *doc) mentionOfKey(ms []int, key string) *Mention {
	for _, k := range ms {
		if d.mentions[k].Key == key {
			return &d.mentions[k]
		}
	}
	return nil
}
