package extract

import "slices"

// agreementPartners reads the party named right after an agreement:
// "the 2010 arms accord with Peru", "Chile, whose 1984 treaty with
// Argentina,", "Seoul's intelligence-sharing pact with Tokyo". The name
// after "with" is a party to the agreement and backs it (SUPPORTS, the
// signatory convention); the owner's side and the pair's cooperation are
// the cue "agreement with"'s (cues.yaml), the partner of a deal an act is
// done under is underAgreementWith's. Only an agreement in force names
// its parties so: an indefinite one ("seek a deal with Iran"), a
// hypothetical or denied one ("a possible accord with Peru") states
// none, nor does a "with" the parse hangs on a verb ("discussed the
// accord with Putin": Putin talked, he signed nothing).
func (x *Extractor) agreementPartners(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	rt := x.lex.relTypes["SUPPORTS"]
	actor := func(m *Mention) bool {
		return m.Key != "" && m.Arg && m.Kind != mAdjective && slices.Contains(rt.Sources, m.Label)
	}
	for _, k := range ms {
		a := &d.mentions[k]
		if a.Label != "Agreement" || a.Key == "" || !a.Arg || a.To+1 >= end || d.lw(a.To) != "with" {
			continue
		}
		if d.indefiniteAgreement(a) || d.unstated(from, a.From, false) || d.talkedAbout(a) {
			continue
		}
		j := a.To + 1
		if d.lw(j) == "the" {
			j++
		}
		p := d.mentionAt(ms, j)
		if p < 0 || !actor(&d.mentions[p]) || !x.withOfNoun(d, si, a, j) {
			continue
		}
		x.addRel(d, si, "SUPPORTS", "", &d.mentions[p], a, nil)
	}
}

// indefiniteAgreement reports whether an indefinite article or a
// negative determiner opens the noun phrase of agreement mention m, at
// most three lower-case words or numbers before it: "a deal", "an
// eventual peace accord", "no agreement". Such an agreement is sought
// or denied, not one in force.
func (d *doc) indefiniteAgreement(m *Mention) bool {
	return d.openedBy(m, false, func(j int) bool {
		switch d.lw(j) {
		case "a", "an", "any", "no":
			return true
		}
		return false
	})
}

// talkedAbout reports whether a verb of words.yaml talk_verbs stands
// right before the noun phrase of agreement mention m, past at most
// three determiners, possessives, numbers or lower-case modifiers:
// "discussed the accord with Putin", "reviewed its 1965 treaty with
// Japan". The name after "with" is then whom the talk was with.
func (d *doc) talkedAbout(m *Mention) bool {
	return d.openedBy(m, true, func(j int) bool { return d.in(j, d.words.talkVerbs) })
}

// openedBy reports whether hit holds for one of the (at most four)
// tokens before mention m in its sentence, walking back over lower-case
// words and numbers (and possessives when possessives is set) and
// stopping at anything else: the words that open m's noun phrase or
// stand right before it.
func (d *doc) openedBy(m *Mention, possessives bool, hit func(j int) bool) bool {
	from := d.sents[m.sent].From
	for j := m.From - 1; j >= from && m.From-j <= 4; j-- {
		if hit(j) {
			return true
		}
		if t := d.toks[j]; t.Kind != Number && (t.Kind != Word || t.Capitalized()) && !(possessives && d.possessiveAt(j)) {
			return false
		}
	}
	return false
}

// withOfNoun reports whether the parse of sentence si hangs the name at
// token j, after "with", on agreement mention a (an nmod of its head)
// rather than on a verb: "the treaty with Israel" is the treaty's,
// "discussed the treaty with Putin" the discussion's. With no parse it
// reports true.
func (x *Extractor) withOfNoun(d *doc, si int, a *Mention, j int) bool {
	toks := x.parseOf(d, si)
	if toks == nil {
		return true
	}
	from := d.sents[si].From
	h := j - from
	// the name's own head: its last word, whose chain of flat or compound
	// heads stays inside the name
	for h >= 0 && h < len(toks) && toks[h].Head >= j-from && toks[h].Head < len(toks) && toks[h].Head != h && h < j-from+6 {
		h = toks[h].Head
	}
	if h < 0 || h >= len(toks) {
		return false
	}
	g := toks[h].Head
	return g >= a.From-from && g < a.To-from
}
