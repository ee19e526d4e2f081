package extract

import "strings"

// Pairs: "both sides", "the two countries" as a clause's subject stand for
// the two actors last named together ("India and Pakistan announced a bus
// link. Both sides agreed to begin talks": India and Pakistan agreed).
// The nouns and the words that open them are words.yaml's pair_nouns and
// pair_leads.

// pairBack is how many sentences before a pair phrase its actors may be
// named: about a paragraph.
const pairBack = 6

// pairSubject returns the actors a pair phrase right before the cue at
// token i stands for ("Both sides agreed", "the two leaders also met"):
// the last coordination of two or more fitting actors in sentence si
// before the phrase or in the pairBack sentences before it. nil if there
// is no such phrase or no such actors.
func (x *Extractor) pairSubject(d *doc, si, i int, fits func(*Mention) bool) []int {
	from := d.sents[si].From
	at := -1
	for j := i - 1; j >= from && j >= i-3; j-- {
		if d.toks[j].Kind == Punct {
			return nil
		}
		if d.words.pairNouns[d.lw(j)] && d.pairLeadEndsAt(from, j-1) {
			at = j
			break
		}
	}
	if at < 0 {
		return nil
	}
	return d.lastPair(si, at, fits)
}

// pairAfter returns the actors a pair phrase a few words after the plural
// noun cue cm stands for: "a meeting of foreign ministers of both
// countries", "talks between the two sides". nil if there is none.
func (x *Extractor) pairAfter(d *doc, si int, cm cueMatch, fits func(*Mention) bool) []int {
	end := d.sents[si].To
	for j := cm.to; j < end && j <= cm.to+5; j++ {
		if d.toks[j].Kind == Punct || d.words.clauseBreaks[d.lw(j)] {
			return nil
		}
		if d.words.pairNouns[d.lw(j)] && d.pairLeadEndsAt(cm.to, j-1) {
			return d.lastPair(si, cm.from, fits)
		}
	}
	return nil
}

// lastPair returns the last coordination of two or more fitting actors
// before token at of sentence si, or in the pairBack sentences before.
func (d *doc) lastPair(si, at int, fits func(*Mention) bool) []int {
	for sj := si; sj >= 0 && sj >= si-pairBack; sj-- {
		ms := d.sentMentions(sj)
		for p := len(ms) - 1; p >= 0; p-- {
			m := &d.mentions[ms[p]]
			if sj == si && m.To > at || m.Key == "" || !isActorMention(m) || !fits(m) {
				continue
			}
			if group := d.coordinatedBefore(ms, ms[p], fits); distinctKeys(d, group) > 1 {
				return group
			}
		}
	}
	return nil
}

// pairLeadEndsAt reports whether a pair lead ("both", "the two") ends at
// token k.
func (d *doc) pairLeadEndsAt(from, k int) bool {
	for _, lead := range d.words.pairLeads {
		if d.phraseEndsAt(from, k, strings.Fields(lead)) {
			return true
		}
	}
	return false
}

// distinctKeys counts the different entities among mentions.
func distinctKeys(d *doc, group []int) int {
	keys := map[string]bool{}
	for _, k := range group {
		keys[d.mentions[k].Key] = true
	}
	return len(keys)
}

// hyphenPair returns the actors of a hyphenated pair that modifies the
// plural noun cue cm, with up to two modifiers between: "the US-Iran
// talks", "the Turkish-Libyan maritime deal". nil if there is none.
func (d *doc) hyphenPair(ms []int, si int, cm cueMatch, fits func(*Mention) bool) []int {
	from := d.sents[si].From
	j := cm.from - 1
	for j >= from && j >= cm.from-3 && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && !determiners[d.lw(j)] && !d.words.objectPreps[d.lw(j)] {
		if d.mentionEnding(ms, j+1, keyed) >= 0 {
			break
		}
		j--
	}
	b := d.mentionEnding(ms, j+1, keyed)
	if b < 0 || !fits(&d.mentions[b]) {
		return nil
	}
	h := d.mentions[b].From - 1
	if h <= from || d.toks[h].Text != "-" && d.toks[h].Text != "–" {
		return nil
	}
	a := d.mentionEnding(ms, h, keyed)
	if a < 0 || !fits(&d.mentions[a]) || d.mentions[a].Key == d.mentions[b].Key {
		return nil
	}
	return []int{a, b}
}
