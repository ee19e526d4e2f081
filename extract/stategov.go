package extract

import "strings"

// stateGovernments makes a state's government written with the state's
// name after "government of" ("the Government of Colombia", "on behalf
// of the government of the Republic of Chile") an Organization of its
// own, PART_OF the state: the formal name of the state's executive, which
// news writes as a body of the state. Not "the Chilean government", which
// older news and graphs write as the state itself. What the government says or does
// stays the state's (stateBody, resolve.go); only the body and its
// PART_OF are added. Not a government's noun that modifies a longer
// phrase ("the Indonesian government forces", "government troops"): the
// word after it ends the phrase (phraseEnds), is a possessive or a word
// that may follow a noun phrase (followers).
func (x *Extractor) stateGovernments(d *doc) {
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.Label != "Country" || !strings.HasPrefix(m.Key, "country:") {
			continue
		}
		from, to := x.governmentSpan(d, m)
		if from < 0 || !d.governmentEnds(m.sent, to) {
			continue
		}
		g := Mention{From: from, To: to, Label: "Organization", Key: "organization:" + strings.TrimPrefix(m.Key, "country:") + "-government",
			Name: d.text[d.toks[from].Start:d.toks[to-1].End()], Kind: mName, Country: strings.TrimPrefix(m.Key, "country:"), Owner: -1, sent: m.sent}
		x.addRel(d, m.sent, "PART_OF", "", &g, m, nil)
		d.implied = append(d.implied, g)
	}
}

// governmentSpan returns the tokens [from, to) of the government country
// mention m names: "the Government of Chile", "the government of the
// Republic of Chile" (the state's name after "government of"); -1 when
// m names none.
func (x *Extractor) governmentSpan(d *doc, m *Mention) (int, int) {
	if m.Kind != mName {
		return -1, -1
	}
	i := m.From
	if d.lw(i-1) == "the" {
		i--
	}
	if i-2 >= d.sents[m.sent].From && d.lw(i-1) == "of" && d.lw(i-2) == "government" {
		return i - 2, m.To
	}
	return -1, -1
}

// governmentEnds reports whether a state's government ends its noun
// phrase before toks[i] of sentence si: the phrase ends there
// (phraseEnds), a possessive or a word that may follow a noun phrase
// (followers: "and", "said", "has") stands there, or a verb in the past
// ("signed"). Not "the Chilean government forces".
func (d *doc) governmentEnds(si, i int) bool {
	if d.phraseEnds(si, i) || d.possessiveAt(i) {
		return true
	}
	t := d.toks[i]
	return t.Kind == Word && !t.Capitalized() && (followers[t.lower] || strings.HasSuffix(t.lower, "ed"))
}
