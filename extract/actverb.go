package extract

import "strings"

// Verbs of doing before an event noun.
//
// A noun cue of a type whose nouns do not take the clause's subject
// (SANCTIONS, ATTACKS, DEPLOYS, SUPPLIES: "Russia condemned sanctions on
// Iran" is no sanction of Russia's) is its subject's act when it is the
// object of a verb of doing (act_verbs in words.yaml): "the EU on Monday
// expanded sanctions against Russia", "Germany launched airstrikes against
// ISIS", "Washington slapped an arms embargo on Caracas". A negated or
// hedged verb states nothing; the subject is found as for a verb cue, past
// dates and adverbs between it and its verb.

// actVerbReach is how many words (articles, modifiers, numbers) may stand
// between a verb of doing and its event noun: "imposed harsh new economic
// sanctions on".
const actVerbReach = 4

// actVerb returns the token of the verb of doing whose object is the
// noun cue at token i, or -1.
func (x *Extractor) actVerb(d *doc, si, i int) int {
	from := d.sents[si].From
	reach := actVerbReach
	for j := i - 1; j >= from && j >= i-1-reach; j-- {
		if k := d.amountBefore(from, j); k < j {
			reach += j - k // "$250 million in military aid to": the amount is one modifier
			j = k
			continue
		}
		t := d.toks[j]
		if t.Kind != Word && t.Kind != Number || t.Kind == Word && t.Capitalized() {
			return -1
		}
		w, v := d.lw(j), -1
		switch {
		case d.words.actVerbs.has(w):
			v = j
		case j > from && d.words.actVerbs.has(d.lw(j-1)+" "+w):
			v = j - 1 // "stepped up", "carried out"
		}
		if v >= 0 {
			if v > from && strings.HasSuffix(d.lw(v), "ed") && (determiners[d.lw(v-1)] || d.words.objectPreps.has(d.lw(v-1))) {
				return -1 // "asked for continued aid to", "the renewed sanctions on": a participle modifying the noun, no doer
			}
			if v > from && d.in(v-1, d.words.beForms) || negated(d, from, v) || hedged(d, from, v) {
				return -1 // "sanctions were imposed", "did not impose", "could launch"
			}
			return v
		}
		if d.words.objectPreps.has(w) && w != "of" || d.words.clauseBreaks.has(w) || d.words.subordinators.has(w) {
			return -1
		}
	}
	return -1
}

// actSubject returns the doers of the noun cue cm when a verb of doing
// takes it as object: the verb's subject and the mentions coordinated
// with it; nil if there is no such verb or no named subject.
func (x *Extractor) actSubject(d *doc, si int, ms []int, cm cueMatch, fits func(*Mention) bool) []int {
	v := x.actVerb(d, si, cm.from)
	if v < 0 {
		return nil
	}
	n := d.leftArg(ms, v, fits)
	if n < 0 || x.reportedDoer(d, n, v) {
		return nil
	}
	return d.coordinatedBefore(ms, n, fits)
}

// phraseForms returns the forms of verb lemmas, phrases too, as one set
// of written phrases: the first word of a phrase is inflected, the rest
// kept ("step up": "stepped up", "steps up"; see verbPhraseMap).
func phraseForms(lemmas []string, irregular map[string][]string) set {
	out := set{}
	for f, rests := range verbPhraseMap(lemmas, irregular) {
		for _, rest := range rests {
			out[strings.Join(append([]string{f}, rest...), " ")] = true
		}
	}
	return out
}

// verbBetween reports whether a verb stands among tokens [a, b) of
// sentence si, from the parse, read only when a word stands there: in
// "Russia condemned sanctions on Iran" Russia is the subject of a verb,
// no modifier of the event noun (as in "a Russian missile strike").
func (x *Extractor) verbBetween(d *doc, si, a, b int) bool {
	if a >= b {
		return false
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	from := d.sents[si].From
	for j := a; j < b; j++ {
		if p := toks[j-from].UPOS; p == "VERB" || p == "AUX" {
			return true
		}
	}
	return false
}

// moneyWord reports whether toks[k] may stand in an amount of money: a
// number, a currency or an amount word ("$", "250", "million", "euros").
func (d *doc) moneyWord(k int) bool {
	return d.toks[k].Kind == Number || currency[d.toks[k].Text] || amountWords[d.lw(k)]
}

// amountBefore returns where an amount of money ending in "in" at toks[j]
// starts ("$250 million in", "2 billion euros in"), or j when there is
// none.
func (d *doc) amountBefore(from, j int) int {
	if d.lw(j) != "in" {
		return j
	}
	k := j - 1
	for k >= from && k >= j-5 && d.moneyWord(k) {
		k--
	}
	if k == j-1 {
		return j
	}
	return k + 1
}

// amountAfter returns the token after the "in" that ends an amount of
// money starting at toks[j] ("$40 million in", "2 billion euros in"), or
// j when none starts there.
func (d *doc) amountAfter(j, end int) int {
	k := j
	for k < end && k < j+5 && d.moneyWord(k) {
		k++
	}
	if k == j || k >= end || d.lw(k) != "in" {
		return j
	}
	return k + 1
}

// currencyPrefix reports whether toks[i] is a state's letters written
// onto a currency sign, as in "US$35 million", "A$20", "HK$3": a word of
// capitals, the sign right after it with no space, a number after the
// sign (the tokenizer splits them as "US", "$", "35").
func (d *doc) currencyPrefix(i, end int) bool {
	if i+2 >= end || d.toks[i].Kind != Word || d.toks[i+1].Text != "$" || d.toks[i].End() != d.toks[i+1].Start ||
		d.toks[i+2].Kind != Number {
		return false
	}
	return strings.ToUpper(d.toks[i].Text) == d.toks[i].Text && len(d.toks[i].Text) <= 3
}

// amountEnd returns the token after an amount of money that starts at
// toks[j] with its currency ("$35 million", "US$35 million", "€2
// billion", "2 billion euros"), or j when none starts there: a number
// and amount words alone ("35 million") are no money.
func (d *doc) amountEnd(j, end int) int {
	k, money := j, false
	if d.currencyPrefix(j, end) {
		k++
	}
	for k < end && k < j+6 && d.moneyWord(k) {
		money = money || currency[d.toks[k].Text] || amountWords[d.lw(k)] && d.lw(k) != "million" && d.lw(k) != "billion" && d.lw(k) != "trillion"
		k++
	}
	if !money {
		return j
	}
	return k
}

// currency and amountWords make up amounts of money: "$250 million",
// "2 billion euros".
var (
	currency    = set{"$": true, "€": true, "£": true, "US$": true}
	amountWords = set{"million": true, "billion": true, "trillion": true, "dollars": true, "euros": true, "pounds": true}
)
