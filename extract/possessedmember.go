package extract

// possessedMember reads a member noun owned by organization m in an
// apposition or after a copula: "Turkey, NATO's only Muslim member,",
// "Peru, the bloc's sole Andean member,", "Hungary is the EU's newest
// member state". The name before the apposition or the copula is
// MEMBER_OF m. Between the possessive and the member noun stand at most
// three one-word modifiers ("sole", "Andean", "newest"); the
// phrase opens with "the" or with m itself.
func (x *Extractor) possessedMember(d *doc, si int, ms []int, m *Mention) {
	from, end := d.sents[si].From, d.sents[si].To
	if m.Kind == mAdjective || m.Key == "" || !d.possessiveAfter(m) {
		return
	}
	j := m.To + 1
	for k := 0; k < 3 && j < end && d.toks[j].Kind == Word && !x.memberNoun(d, m, j); k++ {
		if a := d.mentionAt(ms, j); a >= 0 && d.mentions[a].To-d.mentions[a].From > 1 {
			return // "NATO's Supreme Allied Commander": a name, no modifier
		}
		j++ // "only", "newest", "Arab" (a mention of the Arab League once it is named)
	}
	if j >= end || !x.memberNoun(d, m, j) {
		return
	}
	b := d.npStart(m) - 1
	if b > from && d.lw(b) == "the" {
		b--
	}
	if b <= from {
		return
	}
	n := -1
	switch {
	case d.toks[b].Text == ",":
		n = d.mentionEnding(ms, b, keyed)
	case d.in(b, d.words.copulas):
		n = d.copulaSubject(ms, si, b)
	}
	if n < 0 || d.mentions[n].Key == m.Key || !memberFits(&d.mentions[n]) {
		return
	}
	x.addRel(d, si, "MEMBER_OF", "", &d.mentions[n], m, nil)
}
