package extract

import "strings"

// Positions at organizations.
//
// News introduces the people it quotes by a position the title lexicon
// has no entry for, apposed or said with "to be": "John Doe, a senior
// fellow at the Atlantic Council", "said Jane Roe, an analyst with Eurasia
// Group", "X is a researcher at SIPRI", by board seats: "X sat on the
// board of Y", "X, a board member of Y", and by the body alone: "Jane Roe
// of the Kestrel Institute". The contract reads these as
// HOLDS_OFFICE (GUIDE: "a fellow at the Brookings Institution"). The role
// nouns are namecues.yaml's role_nouns (the ones that also tell an unknown
// name is a person), less words.yaml's non_office_roles; the prepositions
// and board words are in words.yaml.

// roleOffices adds HOLDS_OFFICE from each named person (or "he" or "she"
// resolved to one) of sentence si to the organization a position phrase
// right after them names.
func (x *Extractor) roleOffices(d *doc, si int, ms []int) {
	end := d.sents[si].To
	for _, k := range ms {
		p := &d.mentions[k]
		if p.Label != "Person" || p.Key == "" || p.To >= end || p.Kind != mName && !(p.Kind == mPronoun && (p.Head == "he" || p.Head == "she")) {
			continue
		}
		j := p.To
		switch w := d.lw(j); {
		case d.toks[j].Text == ",":
			j++
		case x.lex.sets.copulas.has(w):
			j++
		case (w == "has" || w == "had" || w == "have") && d.lw(j+1) == "been":
			j += 2
		}
		j = d.skipAdverbs(j, end)
		role, org := x.boardSeat(d, ms, p.To, j, end)
		if org < 0 && j > p.To {
			role, org = x.rolePhrase(d, ms, j, end)
		}
		if org < 0 && p.Kind == mName {
			role, org = x.roleBefore(d, ms, si, p)
		}
		if org < 0 && p.Kind == mName {
			role, org = x.apposedRoleOf(d, ms, si, p)
		}
		if org < 0 && p.Kind == mName && d.lw(p.To) == "of" {
			// "Ana Ruiz of the Farmers' Union said": the body she speaks for
			role, org = "", d.positionOrg(ms, p.To, end)
		}
		if w := d.lw(p.From - 1); org < 0 && p.Kind == mName && p.From-1 > d.sents[si].From && (w == "'s" || w == "'" || w == "’") {
			// "the Kestrel Party's Ana Ruiz said": the body's own person
			role, org = "", d.mentionEnding(ms, p.From-1, positionHolder)
		}
		if org >= 0 && d.polityAlone(&d.mentions[org]) {
			org = -1 // "the President of the Republic, X": the state's office (office.go holds), no body "Republic"
		}
		if org >= 0 {
			props := map[string]string{"title": role}
			if role == "" {
				props = nil
			}
			x.addRel(d, si, "HOLDS_OFFICE", "", p, &d.mentions[org], props)
		}
	}
}

// positionHolder reports whether m is an organization a person can hold a
// position in: named, or a description resolved to one ("the company").
func positionHolder(m *Mention) bool {
	return m.Label == "Organization" && (m.Kind == mName || m.Kind == mDescription) && m.Key != ""
}

// skipAdverbs skips the adverbs of a copula ("is also", "was previously";
// copula_adverbs) from token j.
func (d *doc) skipAdverbs(j, end int) int {
	for j < end && d.in(j, d.words.copulaAdverbs) {
		j++
	}
	return j
}

// rolePhrase reads a position from token j: a determiner, modifiers
// ("former", "senior", "visiting"), a role noun, then "at", "with", "of"
// or "for" and a named organization ("a senior fellow at the Atlantic
// Council"). It returns the role as written and the organization's
// mention, or -1.
func (x *Extractor) rolePhrase(d *doc, ms []int, j, end int) (string, int) {
	if determiners[d.lw(j)] {
		j++
	}
	field := -1 // a named field or employer before the role noun
	for i := j; i < end && i < j+5; i++ {
		t := d.toks[i]
		if m := d.mentionAt(ms, i); m >= 0 && field < 0 && roleModifier(&d.mentions[m]) {
			field, i = m, d.mentions[m].To-1 // "a Russia scholar", "a Brookings fellow"
			continue
		}
		if t.Kind != Word || t.Text != t.lower || d.mentionAt(ms, i) >= 0 {
			return "", -1 // a capitalised word is a title or a name, for the title stage
		}
		n := 0
		switch {
		case i+1 < end && x.officeRole(t.lower+" "+d.lw(i+1)):
			n = 2 // "senior fellow", "research fellow"
		case x.officeRole(t.lower):
			n = 1
		default:
			continue // a modifier: "former", "visiting", "political"
		}
		role := strings.Join(lowerWords(d, i, i+n), " ")
		if org := d.fieldEmployer(ms, i+n, end); org >= 0 {
			return role, org
		}
		if org := d.positionOrg(ms, i+n, end); org >= 0 {
			return role, org
		}
		if field >= 0 && d.mentions[field].Label == "Organization" && d.mentions[field].Kind == mName && d.mentions[field].Key != "" {
			return role, field // "X, a Brookings Institution fellow, said"
		}
		return "", -1
	}
	return "", -1
}

// roleBefore reads a position written before the name of person p, with
// the organization as its possessor or modifier: "its founder Yevgeny
// Roe", "the group's co-founder, Jane Roe", "Reuters correspondent Jane
// Roe". It returns the role and the organization's mention, or -1.
func (x *Extractor) roleBefore(d *doc, ms []int, si int, p *Mention) (string, int) {
	from := d.sents[si].From
	i := p.From - 1
	if i > from && d.toks[i].Text == "," {
		i-- // "its founder, Jane Roe"
	}
	if i <= from || d.toks[i].Kind != Word || d.toks[i].Text != d.lw(i) {
		return "", -1
	}
	n := 0
	switch {
	case i-1 > from && x.officeRole(d.lw(i-1)+" "+d.lw(i)):
		n = 2 // "senior analyst"
	case x.officeRole(d.lw(i)):
		n = 1
	default:
		return "", -1
	}
	start := i - n + 1
	for start-1 > from && titleSkip[d.lw(start-1)] && d.lw(start-1) != "the" {
		start-- // "its late founder"
	}
	org := d.possessorBefore(ms, si, start, func(m *Mention) bool { return m.Label == "Organization" })
	if org < 0 || d.possessorBefore(ms, si, start, func(*Mention) bool { return true }) != org {
		return "", -1 // "Chile's Reuters ..." or a nearer possessor of another kind
	}
	return strings.Join(lowerWords(d, i-n+1, i+1), " "), org
}

// roleModifier reports whether mention m may modify a role noun: the
// field of study ("a Russia scholar", "a Chinese economist", "a Middle
// East analyst") or the employer ("a RAND Corporation analyst").
func roleModifier(m *Mention) bool {
	switch m.Label {
	case "Country", "Location":
		return m.Kind == mName || m.Kind == mAdjective
	case "Organization":
		return m.Kind == mName
	}
	return false
}

// officeRole reports whether a role noun names a position one holds at an
// organization (not "student" or "graduate").
func (x *Extractor) officeRole(w string) bool {
	return x.lex.sets.cues.roles[w] && !x.lex.sets.nonOfficeRoles.has(w)
}

// positionOrg returns the named organization after a position's
// preposition at token i ("at the Atlantic Council"), or -1. A compound
// modifier before the name is passed over to the name it modifies ("at
// the Lima-based Kestrel Institute", compoundHead).
func (d *doc) positionOrg(ms []int, i, end int) int {
	if i >= end || !d.in(i, d.words.positionPreps) {
		return -1
	}
	i++
	n := d.mentionAt(ms, i)
	if n < 0 && d.lw(i) == "the" {
		n = d.mentionAt(ms, i+1)
	}
	if n < 0 {
		return -1
	}
	if p, ok := d.compoundParty(&d.mentions[n]); ok {
		n = d.compoundHead(ms, &d.mentions[n], p) // "at the Lima-based Kestrel Institute": the institute, not Lima
		if n < 0 {
			return -1
		}
	}
	if m := &d.mentions[n]; m.Label != "Organization" || m.Kind != mName && m.Kind != mDescription || m.Key == "" {
		return -1 // a name, or a description resolved to one ("the company")
	}
	return n
}

// fieldEmployer reads a role's field written with "of" or "in" from
// toks[i] and the employer after it: "a professor of Latin American
// studies at Lima University", "a senior fellow in the Americas
// Programme at the Kestrel Institute". The field is up to six words with
// no punctuation before the position preposition; it returns the
// employer's mention, or -1.
func (d *doc) fieldEmployer(ms []int, i, end int) int {
	if w := d.lw(i); w != "of" && w != "in" {
		return -1
	}
	for k := i + 1; k < end && k <= i+7; k++ {
		if d.toks[k].Kind != Word {
			return -1
		}
		if d.in(k, d.words.positionPreps) && d.lw(k) != "of" && d.lw(k) != "for" && k > i+1 {
			return d.positionOrg(ms, k, end)
		}
	}
	return -1
}

// boardSeat reads a seat on an organization's board from token j, right
// after a person (at token p): "on the board of Y" after a verb or two
// ("sat on", "has served on"), or an apposed "a board member of Y" /
// "a member of the board of Y". It returns the title "board member" and
// the organization, or -1.
func (x *Extractor) boardSeat(d *doc, ms []int, p, j, end int) (string, int) {
	for i := p; i < end && i <= p+3; i++ {
		if d.lw(i) == "on" && d.lw(i+1) == "the" && d.in(i+2, d.words.boardNouns) {
			if org := d.positionOrg(ms, i+3, end); org >= 0 {
				return "board member", org
			}
			return "", -1
		}
		if d.toks[i].Kind != Word || d.mentionAt(ms, i) >= 0 {
			break
		}
	}
	if j == p {
		return "", -1
	}
	i := j
	if determiners[d.lw(i)] {
		i++
	}
	switch {
	case d.in(i, d.words.boardNouns) && d.lw(i+1) == "member":
		i += 2 // "a board member of Y"
	case d.lw(i) == "member" && d.lw(i+1) == "of" && d.lw(i+2) == "the" && d.in(i+3, d.words.boardNouns):
		i += 4 // "a member of the board of Y"
	default:
		return "", -1
	}
	if org := d.positionOrg(ms, i, end); org >= 0 {
		return "board member", org
	}
	return "", -1
}

// lowerWords returns the lower-cased words of toks[i:j].
func lowerWords(d *doc, i, j int) []string {
	out := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		out = append(out, d.lw(k))
	}
	return out
}

// apposedRoleOf reads a role and its body apposed before the name of
// person p, or before the list of names p ends: "two members of the
// Kestrel Council, Ana Soto and Jon Berg, were detained", "the founder of
// the Kestrel Party, Jane Roe, said" (a role noun of namecues role_nouns,
// singular or plural, then "of"). The body is a named organization, or the
// possessor of one lower-case noun ("members of the council's presidium,
// Ana Soto and Jon Berg": the council). It returns the role in the
// singular and the body's mention, or -1.
func (x *Extractor) apposedRoleOf(d *doc, ms []int, si int, p *Mention) (string, int) {
	from := d.sents[si].From
	i := p.From - 1
	for i > from && (d.lw(i) == "and" || d.toks[i].Text == ",") {
		k := d.mentionEnding(ms, i, func(m *Mention) bool { return m.Label == "Person" && m.Kind == mName })
		if k < 0 {
			break
		}
		i = d.mentions[k].From - 1 // "..., Ana Soto and Jon Berg": past the list's earlier names
	}
	if i-1 <= from || d.toks[i].Text != "," {
		return "", -1
	}
	org := d.mentionEnding(ms, i, positionHolder)
	if org < 0 && i-3 > from && d.toks[i-2].Text == "'s" && d.toks[i-1].Kind == Word && d.toks[i-1].Text == d.lw(i-1) {
		org = d.mentionEnding(ms, i-2, positionHolder) // "the council's presidium,"
	}
	if org < 0 {
		return "", -1
	}
	o := d.mentions[org].From - 1
	if o > from && d.lw(o) == "the" {
		o--
	}
	if o-1 <= from || d.lw(o) != "of" {
		return "", -1
	}
	role := d.lw(o - 1)
	if !x.officeRole(role) {
		role = strings.TrimSuffix(role, "s")
	}
	if !x.officeRole(role) {
		return "", -1
	}
	return role, org
}
