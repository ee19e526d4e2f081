package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/syntax"
)

// office is what a title binding taught: who holds which title, for whom.
type office struct {
	title string
	aff   *Mention
}

var titleSkip = set{"former": true, "retired": true, "then": true, "acting": true, "outgoing": true, "incoming": true, "new": true,
	"interim": true, "late": true, "top": true, "senior": true, "the": true, "caretaker": true, "current": true,
	"deputy": true, "vice": true, "assistant": true}

// titleBinding is one person bound to a title held for a country or
// organization, found by the title stage in sentence sent.
type titleBinding struct {
	sent, person int
	title        string
	aff          Mention
	rank         bool // the title is a military rank (titles.yaml rank)
	stateless    bool // a stateless title bound to a state, which only places the holder: no office in it is stated (titles.yaml stateless)
}

// titleStage binds the titles of every sentence but skip (the byline) to
// people, in order, before the relation stage: it records the bindings
// (d.bindings, d.offices), makes a title written alone a reference to the
// person who last held it, and takes a bound affiliation out of the
// arguments ("U.S. President George W. Bush" is one argument: the person).
// The relation stage reads what it found and changes no mention.
func (x *Extractor) titleStage(d *doc, skip int) {
	for si := range d.sents {
		if si != skip {
			x.bindTitles(d, si, d.sentMentions(si))
		}
	}
}

// offices states what the title stage bound in sentence si
// (HOLDS_OFFICE with the title), and the offices that phrases around a
// name give: "led by", "Presidents A of X and B of Y", "whose leader is".
func (x *Extractor) offices(d *doc, si int, ms []int) {
	for _, b := range d.bindings {
		if b.sent == si && !b.stateless && !d.rankBesidePost(b) {
			x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[b.person], &b.aff, map[string]string{"title": b.title})
		}
	}
	x.ledBy(d, si, ms)
	x.officeBodies(d, si, ms)
	x.leads(d, si, ms)
	x.titledOf(d, si, ms)
	x.whoseTitle(d, si, ms)
	x.ownedGroups(d, si, ms)
	x.roleOffices(d, si, ms) // "X, a senior fellow at Y" (affiliation.go)
	x.standIns(d, si, ms)
}

// standIns states the office of a person named, after a comma, as
// another's stand-in (words.yaml stand_in_nouns): "Interior Minister Jon
// Berg ... Berg's deputy, General Tom Roe, said" makes Roe hold office
// for Berg's state; "his successor, Tom Roe," holds Berg's office. The
// possessor is a person (a name, or "his"/"her" read back to one) whose
// office the article bound with its state or body (d.offices); the name
// apposed may carry honorifics and one title of its own (a rank).
func (x *Extractor) standIns(d *doc, si int, ms []int) {
	end := d.sents[si].To
	for _, k := range ms {
		p := &d.mentions[k]
		if p.Label != "Person" || p.Key == "" || p.Kind != mName && (p.Kind != mPronoun || !possessivePronoun[p.Head]) {
			continue
		}
		j := p.To
		if p.Kind == mName {
			if j >= end || !possessiveS(d.lw(j)) {
				continue
			}
			j++
		}
		if j+2 >= end || !d.in(j, d.words.standInNouns) || d.toks[j+1].Text != "," {
			continue
		}
		o, ok := d.offices[p.Key]
		if !ok || o.aff == nil {
			continue
		}
		n := d.mentionPastTitles(ms, d.pastHonorifics(j+2, end), 1)
		if n < 0 || d.mentions[n].Label != "Person" || d.mentions[n].Kind != mName || d.mentions[n].Key == p.Key {
			continue
		}
		title := o.title
		if d.lw(j) == "deputy" {
			title = "deputy " + title
		}
		x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[n], o.aff, map[string]string{"title": title})
	}
}

// rankBesidePost reports whether binding b binds a military rank to a
// state while the same sentence binds the same person to a body of that
// state: "General Jane Roe, the head of Chile's Southern Command" or "the
// guard's commander, General Jon Berg" holds the post in the command or
// the guard, and the rank alone says no more than the post (the state's
// binding would stand beside the body's as a second, vaguer office).
func (d *doc) rankBesidePost(b titleBinding) bool {
	if !b.rank || b.aff.Label != "Country" {
		return false
	}
	key, state := d.mentions[b.person].Key, stateOf(&b.aff)
	return slices.ContainsFunc(d.bindings, func(o titleBinding) bool {
		if o.sent != b.sent || o.rank || d.mentions[o.person].Key != key || o.aff.Label != "Organization" {
			return false
		}
		c := o.aff.Country
		if c == "" && o.aff.Owner >= 0 && o.aff.Owner < len(d.mentions) {
			c = stateOf(&d.mentions[o.aff.Owner]) // "Chile's Southern Command": its owner's state
		}
		return c == state
	})
}

// ownedGroups binds a party or armed group written as a person's own:
// "Jane Roe's Kestrel Front", "Jane Roe, whose Kestrel Front controls
// the east", "the Likud of Jane Roe" (a name ending before "of" and the
// person), also one the lexicon does not know, whose last word tells
// its sort ("Jon Berg, whose Kestrel Unity Party (KUP) led the campaign";
// orgSort): the person leads it (HOLDS_OFFICE, title leader). Other
// organizations a person is said to have ("Roe's foreign ministry", "Roe's
// newspaper") are left alone.
func (x *Extractor) ownedGroups(d *doc, si int, ms []int) {
	end := d.sents[si].To
	for _, k := range ms {
		if g := &d.mentions[k]; g.To+1 < end && g.Label == "Organization" && g.Kind == mName && g.Key != "" {
			// "the Likud of Jon Berg": the party of a person is his
			if n, led := x.groupOfPerson(d, ms, g); n >= 0 && (led || d.ledGroup(g)) {
				x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[n], g, map[string]string{"title": "leader"})
			}
		}
		p := &d.mentions[k]
		if !namedPerson(p) || p.Key == "" || p.To+1 >= end {
			continue
		}
		i := p.To
		switch {
		case d.lw(i) == "'s":
			i++
		case d.toks[i].Text == "," && d.lw(i+1) == "whose":
			i += 2
		default:
			continue
		}
		g := d.mentionAt(ms, i)
		if g < 0 {
			continue
		}
		if m := &d.mentions[g]; d.ledGroup(m) || d.lw(i-1) == "'s" && d.unknownOwnBody(m) {
			x.addRel(d, si, "HOLDS_OFFICE", "", p, m, map[string]string{"title": "leader"})
		}
	}
}

// groupOfPerson returns the named person that party or armed group g is
// said to be "of" (not args.go groupOwner, the actor owning an unnamed
// group of fighters): "the Likud of Jon Berg", past a descriptor noun after
// the name ("the Kestrel party of Jon Berg") or a descriptor phrase
// apposed to it ("Kestrel, the rebel movement of Jon Berg"; namecues.yaml
// Organization descriptors), and past the honorifics or one title before
// the name ("of Dr Jon Berg", "of Sheikh Jon Berg"); -1 if none. led
// tells that the descriptor names a sort a person leads (words.yaml
// description_sorts, head_sorts: "movement", "party"), whatever g's own.
func (x *Extractor) groupOfPerson(d *doc, ms []int, g *Mention) (n int, led bool) {
	end := d.sents[g.sent].To
	i := g.To
	desc := -1
	switch {
	case d.lw(i) == "of" && i-1 > g.From && x.orgDescriptorAt(d, i-1):
		desc = i - 1 // "the Islah party of": the mention takes its descriptor in
	case i+1 < end && x.orgDescriptorAt(d, i) && d.lw(i+1) == "of":
		desc, i = i, i+1 // "the Kestrel party of"
	case i+2 < end && d.toks[i].Text == "," && d.lw(i+1) == "the":
		// "Kestrel, the rebel movement of": lower-case words, then the descriptor
		j := i + 2
		for j < end && j < i+5 && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && !x.orgDescriptorAt(d, j) {
			j++
		}
		if j+1 < end && x.orgDescriptorAt(d, j) && d.lw(j+1) == "of" {
			desc, i = j, j+1
		}
	}
	if i+1 >= end || d.lw(i) != "of" {
		return -1, false
	}
	n = d.mentionPastTitles(ms, d.pastHonorifics(i+1, end), 1)
	if n < 0 || !namedPerson(&d.mentions[n]) || d.mentions[n].Key == "" {
		return -1, false
	}
	if desc >= 0 {
		w := d.lw(desc)
		sort := d.words.descriptionSorts[w]
		if sort == "" {
			sort = d.words.headSorts[titleCase(w)] // "Party"
		}
		led = d.words.ledSorts[sort]
	}
	return n, led
}

// unknownOwnBody reports whether m, written after a person's possessive,
// names an organization no lexicon knows and of no sort its name's head
// tells ("Roe's Radical Civic Union", "Berg's Revival Union party"):
// such a body, the person's own, is the one he leads, as a party is.
func (d *doc) unknownOwnBody(m *Mention) bool {
	return m.Label == "Organization" && m.Kind == mName && m.Key != "" && !m.lexical && d.orgSort(m) == ""
}

// ledGroup reports whether m names an organization of a sort a person
// leads as his own (words.yaml led_sorts through orgSort: a party, an
// armed group).
func (d *doc) ledGroup(m *Mention) bool {
	return m.Label == "Organization" && m.Kind == mName && m.Key != "" && d.words.ledSorts[d.orgSort(m)]
}

// bindTitles binds the titles of sentence si to people and their
// affiliations: "Russian Defence Minister Anatoly Serdyukov", "Lavrov,
// Russia's foreign minister", "the Italian foreign minister, Luigi Di
// Maio", "his Chinese counterpart, Xi Jinping". A title with no name
// refers back to the last holder ("the U.S. Defense Secretary" is Gates).
func (x *Extractor) bindTitles(d *doc, si int, ms []int) {
	end := d.sents[si].To
	bound := map[int]int{} // title mention -> the person it was bound to
	for _, k := range ms {
		t := &d.mentions[k]
		if t.Kind != mTitle {
			continue
		}
		var states []int
		if d.titleInPlural(t) { // the cheap test first: most titles are singular
			states = d.statesBefore(ms, t)
		}
		if states != nil {
			// "A and B, the Chilean and Peruvian foreign ministers,": one
			// holder for each state, or none (titleList reads the names after)
			start := d.mentions[states[0]].From
			if start-1 > d.sents[si].From && d.lw(start-1) == "the" {
				start--
			}
			if start-1 > d.sents[si].From && d.toks[start-1].Text == "," {
				if p := d.mentionEnding(ms, start-1, namedPerson); p >= 0 {
					x.respectiveBefore(d, si, ms, p, -1, t)
				}
			}
			continue
		}
		aff := x.affiliation(d, ms, k)
		if aff == -1 {
			aff = d.sharedAffiliation(ms, si, t)
		}
		if aff == -1 {
			aff = d.includedAffiliation(ms, si, t)
		}
		person := -1
		// "Prime Minister Dr. Abiy Ahmed": past the honorific; "AU chairperson President Macky Sall", "junta leader Gen. X": both titles
		n := d.mentionPastTitles(ms, d.pastHonorifics(t.To, end), 1)
		if n < 0 {
			n = d.coordinatedTitleHolder(ms, t, end) // "Vice President and Foreign Minister Jane Roe": one holder
		}
		switch {
		case n >= 0 && d.mentions[n].Label == "Person":
			person = n
		case d.postedAt(ms, t) < end && (d.toks[d.postedAt(ms, t)].Text == "," || d.dashAside(si, d.postedAt(ms, t), d.postedAt(ms, t)+1)):
			c := d.postedAt(ms, t) // "Hamas's leader in Gaza, Jane Roe"
			n := d.mentionAt(ms, d.pastHonorifics(c+1, end))
			if n < 0 && c+2 < end && isAge(d.toks[c+1].Text) {
				n = d.mentionAt(ms, c+2) // "Chile's foreign minister, 54-year-old Jane Roe"
			}
			if n >= 0 && d.mentions[n].Label == "Person" {
				person = n
			} else if h := d.apposedHolder(ms, c+1, end, t, d.affMention(aff)); h >= 0 {
				// "Qatar's emir, Sheikh Tamim"; "the firm's chief executive,
				// retired British Colonel X": past the name's own title and
				// its state (not "Iran's foreign minister, Secretary of
				// State X", nor "Peru's president, spokesman X said")
				person = h
			}
		case t.To+1 < end && (d.lw(t.To) == "to" || d.lw(t.To) == "for"):
			// "US Ambassador to Germany Richard Grenell", "Kenya's ambassador to
			// the United Nations, Martin Kimani", "Chile's special envoy for
			// Venezuela, Jane Roe": the posting sits between
			if c := d.postingBody(ms, t.To+1, true); c >= 0 {
				k := d.mentions[c].To
				if k < end && d.toks[k].Text == "," {
					k++
					if n := d.apposedHolder(ms, k, end, t, d.affMention(aff)); n >= 0 {
						person = n // "the OSCE's envoy for Albania, former Austrian chancellor X"
						break
					}
				}
				if n := d.mentionAt(ms, k); n >= 0 && d.mentions[n].Label == "Person" {
					person = n
				}
			} else if c := d.complementComma(ms, t); c > 0 && (d.affMention(aff) != nil || t.Title.Org != "" || t.Title.State) {
				// "Chile's deputy commander for the operation, Major General
				// Jane Roe", "Peru's special envoy for Asian affairs, Jon
				// Berg", "his Minister for Trade and the Andes, Tomas Ruiz"
				// (the state of the office "his" stands for), "the EU
				// Commissioner for Home Affairs, Jane Roe" (a title that
				// holds its organization, titles.yaml org), "the Minister
				// for Regional Affairs, Mr Jon Berg" (a state's office,
				// held for the article's state): a posting, then the name
				person = d.complementHolder(ms, c, end)
			}
		case t.To+1 < end && d.lw(t.To) == "of" && (d.affMention(aff) != nil && d.affMention(aff).To <= t.From || aff < 0 && t.Title.State):
			// "the army's chief of operations, Lieutenant General Jon Berg",
			// "the navy's Director of Naval Intelligence, Admiral Jane Roe":
			// the body before the title, its portfolio after "of", the
			// name; "the Minister of Home Affairs, Mr Jon Berg": a state's
			// office with its portfolio, held for the article's state as
			// with "for"
			if c := d.complementComma(ms, t); c > 0 {
				person = d.complementHolder(ms, c, end)
			}
		}
		if a := d.affMention(aff); person < 0 && a != nil && a.From >= t.To && a.To < end && d.lw(t.To) != "to" {
			// "the President of Russia, Vladimir Putin", "President of
			// Ukraine Volodymyr Zelensky"; not the one served ("an aide to
			// Chilean President X" is X's aide, not X); past the body's
			// bracketed acronym ("the head of the Kestrel Guard (KG), X")
			j := d.afterAcronym(a)
			if b := d.stateBodyEnd(ms, a); aff >= 0 && b >= 0 {
				j = b // "the head of Iran's atomic energy organisation, X"
			}
			if j+1 < end && d.lw(j) == "to" {
				if c := d.postingBody(ms, j+1, false); c >= 0 {
					j = d.mentions[c].To // "the Permanent Representative of Chile to the United Nations, X": past the posting
				}
			}
			j = d.inPlaceEnd(ms, j, end) // "the head of the Kestrel mission in Tacna, X"
			comma := d.toks[j].Text == ","
			if comma {
				j++
			}
			n := d.mentionPastTitles(ms, d.pastHonorifics(j, end), 1) // "the head of NATO, Mr Jens Berg", "the head of the Chilean navy, Admiral Jane Roe"
			if n >= 0 && d.mentions[n].Label == "Person" && d.mentions[n].Kind == mName {
				person = n
			} else if comma {
				person = d.apposedHolder(ms, j, end, t, a) // "the head of the Kestrel mission, Swiss diplomat X"
			}
		}
		if person < 0 {
			person = d.portfolioHolder(ms, t) // "EU High Representative for Foreign Affairs Jane Roe"
		}
		if person < 0 {
			// Name, [Russia's] foreign minister
			start := t.From
			if aff >= 0 && d.mentions[aff].To <= t.From {
				start = d.mentions[aff].From
			}
			if aff < -1 {
				start = d.npStart(t) // "Yermak, one of President Zelensky's aides"
			}
			if aff >= 0 && d.mentions[aff].From >= t.To && d.lw(t.To) != "of" && d.lw(t.To) != "for" {
				start = d.fieldStart(ms, si, t.From) // "Ali Vaez, Iran project director at the International Crisis Group"
			}
			if start-1 > d.sents[si].From && d.words.honorifics[d.toks[start-1].Text] {
				start-- // "Sergei Ivanov, Mr. Putin's chief of staff"
			}
			for start-1 > d.sents[si].From && (titleSkip[d.lw(start-1)] || d.lw(start-1) == "a" || d.lw(start-1) == "an" || reflexiveAppositive[d.lw(start-1)] || hyphenModifier(d.toks[start-1]) ||
				x.lex.unitOrdinals[titleCase(d.lw(start-1))]) {
				start-- // "Ursula von der Leyen, the president of the European Commission", "X, a former minister", "X, the newly-elected governor", "X, the second vice president of the Senate", "X, himself a party leader"
			}
			oneOf := start-2 > d.sents[si].From && d.lw(start-1) == "of" && d.lw(start-2) == "one"
			if oneOf {
				start -= 2 // "Andriy Yermak, one of President Zelensky's aides"
			}
			if start-3 > d.sents[si].From && d.toks[start-1].Text == "," && isAge(d.toks[start-2].Text) && d.toks[start-3].Text == "," {
				start -= 2 // "Jane Roe, 54, Chile's foreign minister"
			}
			reporting := t.To < end && x.isSaying(d.lw(t.To)) // "... to meet X, his spokeswoman said": no apposition
			if start-1 > d.sents[si].From && (d.toks[start-1].Text == "," || d.dashAside(si, start-1, t.To)) && !reporting {
				if j := d.mentionEnding(ms, start-1, namedPerson); j >= 0 {
					person = j
				}
				if person >= 0 && d.titleInPlural(t) && !oneOf {
					x.respectiveBefore(d, si, ms, person, aff, t)
					continue // "A and B, the foreign ministers of Chile and Peru": one each, or none
				}
			}
			if person < 0 && start-1 > d.sents[si].From && d.lw(start-1) == "and" {
				person = d.chainedHolder(ms, d.sents[si].From, start-1, bound) // "X, adviser to the president and head of Y"
				if person < 0 && aff >= 0 {
					person = d.describedTitleHolder(ms, si, start-1) // "X, a retired lawyer and chairman of Y", "X, a lawyer and Kestrel Party leader"
				}
			}
			if person < 0 {
				person = d.copularHolder(ms, si, start)
			}
		}
		if person < 0 {
			x.titleAlone(d, k, aff)
			continue
		}
		bound[k] = person
		x.holds(d, si, person, t.Title.Name, aff, t)
		if r := d.replacerOf(ms, si, person, t); r >= 0 && r != person {
			x.holds(d, si, r, t.Title.Name, aff, t) // "Roe replaced Berg as chairman": Roe's now
		}
		if person == n && d.titleInPlural(t) {
			for _, p := range d.namesAfter(ms, person) {
				x.holds(d, si, p, t.Title.Name, aff, t) // "Representatives A, B, and C"
			}
		}
	}
	x.counterparts(d, si, ms)
	x.titleList(d, si, ms)
	x.delegates(d, si, ms)
}

// dashAside reports whether toks[open] is a dash (an em or en dash, or a
// hyphen standing alone) that opens an aside the same dash closes after
// token from: a name and its title set apart by dashes are apposed as by
// commas ("Jane Roe — Chile's
// foreign minister — said", "Chile's foreign minister - Jane Roe -
// said").
func (d *doc) dashAside(si, open, from int) bool {
	s := d.sents[si]
	if open <= s.From || open >= s.To {
		return false
	}
	dash := d.toks[open].Text
	if dash != "—" && !isHyphen(dash) || d.toks[open].Start == d.toks[open-1].End() {
		return false // "Chile-Peru": a hyphen in a word
	}
	for k := from; k < s.To; k++ {
		if d.toks[k].Text == dash {
			return true
		}
	}
	return false
}

// postedAt returns the token after title mention t and the place where
// the title is held, written "in" a place ("Hamas's leader in Gaza",
// "Chile's ambassador in Lima"): where an apposed name may follow; t.To
// when no such place follows.
func (d *doc) postedAt(ms []int, t *Mention) int {
	return d.inPlaceEnd(ms, t.To, d.sents[t.sent].To)
}

// inPlaceEnd returns the token after the place named "in" at toks[i],
// a location or a country ("the head of the Kestrel mission in Tacna,
// X": where the body serves), so that a name apposed to the title and its
// body may be read past it; i when no such place stands there (before
// end, the sentence's end). postedAt reads it after the title itself.
func (d *doc) inPlaceEnd(ms []int, i, end int) int {
	if i+1 >= end || d.lw(i) != "in" {
		return i
	}
	if n := d.mentionAt(ms, i+1); n >= 0 && (d.mentions[n].Label == "Location" || d.mentions[n].Label == "Country") {
		return d.mentions[n].To
	}
	return i
}

// pastHonorifics returns the token after the honorifics, and a "the"
// before them, that open a name at toks[i] ("Dr. Jane Roe", "the Rt Hon
// Jane Roe MP"); i when there are none.
func (d *doc) pastHonorifics(i, end int) int {
	j := i
	if j+1 < end && d.lw(j) == "the" && d.words.honorifics[d.toks[j+1].Text] {
		j++
	}
	for j < end && d.words.honorifics[d.toks[j].Text] {
		j++
	}
	return j
}

// fieldStart returns where the words that narrow a title held at an
// employer down to a field begin ("Iran project director at X", "Middle
// East program director with X"): up to four lower-case words or words
// of a place or country before toks[i].
func (d *doc) fieldStart(ms []int, si, i int) int {
	from := d.sents[si].From
	for n := 0; n < 4 && i-1 > from; n++ {
		w, tk := d.lw(i-1), d.toks[i-1]
		field := tk.Kind == Word && tk.Text == w && !followers[w] && !titleSkip[w] && !determiners[w]
		for _, k := range ms {
			if m := &d.mentions[k]; m.From <= i-1 && i-1 < m.To && (m.Label == "Country" || m.Label == "Location") {
				field = true
			}
		}
		if !field {
			break
		}
		i--
	}
	return i
}

// otherState reports whether title u, by itself, is held for a state or
// body other than the one affiliation a names: "Secretary of State" is the
// United States', so it is no second title of "Iran's foreign minister".
func otherState(u *schema.Title, a *Mention) bool {
	if u == nil || a == nil || u.Country == "" && u.Org == "" {
		return false
	}
	return u.Country != a.Country && !strings.EqualFold(u.Org, a.Name)
}

// isAge reports whether a token gives a person's age in apposition: "54"
// in "Jane Roe, 54, ...", or "54-year-old".
func isAge(w string) bool {
	w = strings.TrimSuffix(w, "-year-old")
	if w == "" || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// delegates binds the meeting-record style that names a delegate by the
// state in brackets right after the name: "Jane Roe (Chile) said" holds
// office (as representative) for Chile, and the bracketed state is no
// argument of what she says.
func (x *Extractor) delegates(d *doc, si int, ms []int) {
	end := d.sents[si].To
	for _, k := range ms {
		p := &d.mentions[k]
		if p.Label != "Person" || p.Kind != mName || p.To+2 >= end || d.toks[p.To].Text != "(" {
			continue
		}
		c := d.mentionAt(ms, p.To+1)
		if c < 0 || d.mentions[c].Label != "Country" || d.mentions[c].Kind != mName || d.toks[d.mentions[c].To].Text != ")" {
			continue
		}
		x.holds(d, si, k, "representative", c, nil)
	}
}

// titleList binds the holders listed after a plural title and a dash,
// colon or comma: "the defence ministers of the two countries - Chile's
// Jane Roe and Peru's John Doe -", "two senators, Jane Roe of Ohio and
// John Doe of Texas,". Each bare name holds the title for the state its
// possessive or demonym names, or for the country of the place after
// "of"; a name with a title of its own is the title's (bindTitles).
// Between the title and the list only a complement opened by "of" or
// "from" may stand, so that a clause ("ministers met, and Chile's X
// said") lists nobody.
func (x *Extractor) titleList(d *doc, si int, ms []int) {
	end := d.sents[si].To
	for _, k := range ms {
		t := &d.mentions[k]
		if t.Kind != mTitle || !d.titleInPlural(t) {
			continue
		}
		if x.respectiveHolders(d, si, ms, t) || d.statesBefore(ms, t) != nil {
			continue // bound, or a plural held for two states that no list pairs off
		}
		i := t.To
		if w := d.lw(i); w == "of" || w == "from" {
			for n := 0; n < 5 && i < end && d.toks[i].Kind == Word && d.toks[i].Text == d.lw(i) && d.mentionAt(ms, i) < 0; n++ {
				i++ // "of the three countries"
			}
		}
		if i+1 >= end || d.toks[i].Kind != Punct || !listOpeners[d.toks[i].Text] {
			continue
		}
		for i++; i < end; {
			n, aff := d.listedHolder(ms, i)
			if n < 0 {
				break
			}
			i = d.mentions[n].To
			if d.lw(i) == "of" {
				aff = x.placeCountry(d, ms, i+1)
				if aff == -1 {
					break // "of" a state or body: titledOf's
				}
				i = d.mentions[d.mentionAt(ms, i+1)].To
			}
			if d.mentions[n].Kind == mName {
				x.holds(d, si, n, t.Title.Name, aff, t)
			}
			for i < end && (d.toks[i].Text == "," || d.lw(i) == "and") {
				i++
			}
		}
	}
}

// respectiveHolders binds "the presidents of Chile and Peru, Jane Roe and
// John Doe,": as many bare names as states, in the same order, after the
// plural title t, its "of" list and a comma, or right after the list
// ("Presidents of Chile and Peru Jane Roe and John Doe signed"); the
// states may be coordinated before the title instead (statesBefore: "the
// Chilean and Peruvian foreign ministers, Jane Roe and John Doe"). It
// reports whether it bound them.
func (x *Extractor) respectiveHolders(d *doc, si int, ms []int, t *Mention) bool {
	end := d.sents[si].To
	var people []int
	states, i := d.statesBefore(ms, t), t.To // "the Chilean and Peruvian foreign ministers, A and B,"
	if len(states) < 2 && d.lw(t.To) != "of" {
		return false
	}
	for listed := len(states) < 2; listed && i < end; {
		// "the foreign ministers of Chile, Peru and Ecuador": every state
		// of the list, not the first two only
		if i == t.To {
			states, i = nil, i+1
		}
		c := d.mentionAt(ms, i)
		if c < 0 || d.mentions[c].Kind != mName || d.mentions[c].Label != "Country" && d.mentions[c].Label != "Organization" {
			break
		}
		states = append(states, c)
		i = d.mentions[c].To
		if d.lw(i) != "and" && !(d.toks[i].Text == "," && d.lw(i+1) != "and" && d.mentionAt(ms, i+1) >= 0 && d.mentions[d.mentionAt(ms, i+1)].Label != "Person") {
			break
		}
		i++
	}
	if len(states) < 2 || i >= end {
		return false
	}
	if d.toks[i].Text == "," || d.dashAside(si, i, i+1) {
		i++ // "of Chile and Peru - A and B -": names set apart by dashes
	} else if n := d.mentionAt(ms, i); n < 0 || d.mentions[n].Label != "Person" || d.mentions[n].Kind != mName {
		return false // "Presidents of Chile and Peru Jane Roe and John Doe": the names right after
	}
	for i < end && len(people) < len(states) {
		n := d.mentionAt(ms, i)
		if n < 0 || d.mentions[n].Label != "Person" || d.mentions[n].Kind != mName {
			return false
		}
		people = append(people, n)
		i = d.mentions[n].To
		for i < end && (d.toks[i].Text == "," || d.lw(i) == "and") {
			i++
		}
	}
	if len(people) != len(states) {
		return false
	}
	if n := d.mentionAt(ms, i); n >= 0 && d.mentions[n].Label == "Person" {
		return false // more names than states
	}
	for k := range people {
		x.holds(d, si, people[k], t.Title.Name, states[k], t)
	}
	return true
}

// statesBefore returns the states coordinated right before title t, as
// demonyms, possessives or bare names joined by "and" or commas ("the
// Chilean and Peruvian foreign ministers", "Chile's and Peru's envoys", "the
// US, UK and French ambassadors"), in order; nil when fewer than two. Such
// a plural title is held by one person for each state, in the same order.
func (d *doc) statesBefore(ms []int, t *Mention) []int {
	from := d.sents[t.sent].From
	i := t.From
	for i-1 > from && titleSkip[d.lw(i-1)] && d.lw(i-1) != "the" {
		i-- // "the Chilean and Peruvian deputy foreign ministers"
	}
	var states []int
	form := "" // every state written alike: "after Peru, Chilean and Bolivian envoys" lists two
	for i-1 > from {
		j, f := i, "name"
		if d.toks[j-1].Text == "'s" {
			j, f = j-1, "possessive"
		}
		c := d.mentionEnding(ms, j, isState)
		if c < 0 || d.mentions[c].Key == "" {
			break
		}
		if d.mentions[c].Kind == mAdjective {
			f = "demonym"
		}
		if form != "" && f != form || f == "demonym" && j != i {
			break
		}
		form = f
		states = append([]int{c}, states...)
		i = d.mentions[c].From
		// "A, B and C": "and" before the last, commas before the others
		if i-1 <= from || len(states) == 1 && d.lw(i-1) != "and" || len(states) > 1 && d.toks[i-1].Text != "," {
			break
		}
		i--
	}
	if len(states) < 2 {
		return nil
	}
	return states
}

// respectiveBefore binds "Jane Roe and John Doe, the foreign ministers of
// Chile and Peru,": the bare names joined before plural title t, last
// being person, hold the title for the states after "of", in the same
// order, when there are as many of each; with one state ("A and B, the
// senators of Chile") or none after "of" (aff then: "A and B, the Chilean
// senators") all hold it for that state. Anything else binds nobody: one
// name cannot hold a plural title.
func (x *Extractor) respectiveBefore(d *doc, si int, ms []int, person, aff int, t *Mention) {
	from := d.sents[si].From
	people := []int{person}
	for i := d.mentions[person].From - 1; i > from && (d.lw(i) == "and" || d.toks[i].Text == ","); {
		for i > from && (d.lw(i) == "and" || d.toks[i].Text == ",") {
			i--
		}
		p := d.mentionEnding(ms, i+1, namedPerson)
		if p < 0 {
			break
		}
		people = append([]int{p}, people...)
		i = d.mentions[p].From - 1
	}
	var states []int
	end := d.sents[si].To
	for i := t.To; i < end && (d.lw(i) == "of" && len(states) == 0 || len(states) > 0 && (d.lw(i) == "and" || d.toks[i].Text == ",")); {
		i++
		if d.lw(i) == "the" {
			i++
		}
		c := d.mentionAt(ms, i)
		if c < 0 || d.mentions[c].Kind != mName || d.mentions[c].Label != "Country" && d.mentions[c].Label != "Organization" {
			break
		}
		states = append(states, c)
		i = d.mentions[c].To
	}
	if len(states) == 0 {
		states = d.statesBefore(ms, t) // "A and B, the Chilean and Peruvian foreign ministers"
	}
	if len(people) < 2 || len(states) > 1 && len(states) != len(people) {
		return
	}
	for n, p := range people {
		a := aff // "A and B, the Chilean senators": the title's own state
		if len(states) > 0 {
			a = states[min(n, len(states)-1)]
		}
		x.holds(d, si, p, t.Title.Name, a, t)
	}
}

// listOpeners are the marks that open a list of a plural title's holders.
var listOpeners = set{"-": true, "–": true, "—": true, ":": true, ",": true}

// listedHolder reads one holder of a list at toks[i]: a person's name,
// after a possessive or demonym state ("Chile's Jane Roe", "Peruvian John
// Doe") or after a title of its own ("U.S. Secretary of State X"). It
// returns the person and the index of the state in ms (-1 if none), or
// -1 when no person is listed there.
func (d *doc) listedHolder(ms []int, i int) (int, int) {
	aff := -1
	if c := d.mentionAt(ms, i); c >= 0 && d.mentions[c].Key != "" {
		m := &d.mentions[c]
		switch {
		case m.Kind == mAdjective:
			aff, i = c, m.To
		case (m.Label == "Country" || m.Label == "Organization") && d.lw(m.To) == "'s":
			aff, i = c, m.To+1
		case m.Label == "Country" || m.Label == "Organization":
			i = m.To // "U.S. Secretary of State X": the title's own state
		}
	}
	n := d.mentionPastTitles(ms, i, -1) // its own title: bound already
	if n < 0 || d.mentions[n].Label != "Person" {
		return -1, -1
	}
	if d.mentions[n].From != i {
		aff = -1
	}
	return n, aff
}

// placeCountry returns, as an affiliation index (see affMention), the
// country of the place named at toks[i] ("Jane Roe of Ohio": the United
// States); -1 when a state or body is named there, or nothing.
func (x *Extractor) placeCountry(d *doc, ms []int, i int) int {
	c := d.mentionAt(ms, i)
	if c < 0 || d.mentions[c].Label != "Location" || d.mentions[c].Country == "" {
		return -1
	}
	e, ok := x.lex.countries[d.mentions[c].Country]
	if !ok {
		return -1
	}
	d.impliedAt(&d.mentions[c], e.label, e.key, e.name, e.country) // the country
	return -(len(d.extra)) - 1
}

// impliedAt adds an implied mention of the entity (label, key, name,
// country) written at mention at's tokens to d.extra, and to d.implied
// once for its key, so that it becomes an entity; it returns the mention
// added to d.extra.
func (d *doc) impliedAt(at *Mention, label, key, name, country string) *Mention {
	m := Mention{From: at.From, To: at.To, Label: label, Key: key, Name: name, Country: country,
		Kind: mImplied, Owner: -1, sent: at.sent}
	if !slices.ContainsFunc(d.implied, func(o Mention) bool { return o.Key == m.Key }) {
		d.implied = append(d.implied, m)
	}
	d.extra = append(d.extra, m)
	return &d.extra[len(d.extra)-1]
}

// chainedHolder returns the person bound to the title before "and" at
// toks[and], when only that title's complement stands between ("X,
// special envoy of the secretary-general and head of the mission": both
// titles are X's); -1 if none.
func (d *doc) chainedHolder(ms []int, from, and int, bound map[int]int) int {
	i := and
	for n := 0; n < 8 && i > from; n++ {
		i--
		if !inMentionSpan(d, ms, i) && !titleComplement[d.lw(i)] {
			return -1
		}
		for _, k := range ms {
			if m := &d.mentions[k]; m.Kind == mTitle && m.From == i {
				if p, ok := bound[k]; ok {
					return p
				}
				if !titleComplement[d.lw(i-1)] {
					return -1 // a title that is not the complement's ("to the president")
				}
			}
		}
	}
	return -1
}

// postingBody returns the country or organization (or, if places, the
// location) that a title's posting names after its "to" or "for", from
// toks[i] past a "the": "Ambassador to Germany", "envoy to the United
// Nations", "envoy for Venezuela"; -1 if none. bindTitles reads a posting
// right after the title with places, and one after the title's "of"
// complement ("the Permanent Representative of Chile to the United
// Nations") without.
func (d *doc) postingBody(ms []int, i int, places bool) int {
	if d.lw(i) == "the" {
		i++
	}
	if c := d.mentionAt(ms, i); c >= 0 {
		if l := d.mentions[c].Label; l == "Country" || l == "Organization" || places && l == "Location" {
			return c
		}
	}
	return -1
}

// describedTitleHolder returns the person apposed to a description joined
// by "and" at toks[and] to a title after it: "Jane Roe, a retired lawyer
// and chairman of the Kestrel Party," makes Roe the chairman. The
// description opens with "a" or "an" right after the comma that follows
// the name (or "himself a") and holds up to five lower-case words; the
// title may carry its body before it ("a lawyer and Kestrel Party
// leader"); -1 if none.
func (d *doc) describedTitleHolder(ms []int, si, and int) int {
	from := d.sents[si].From
	i := and - 1
	for n := 0; n < 5 && i > from && d.toks[i].Kind == Word && d.toks[i].Text == d.lw(i) && d.lw(i) != "a" && d.lw(i) != "an"; n++ {
		i--
	}
	if i-1 > from && reflexiveAppositive[d.lw(i-1)] {
		i-- // "Jane Roe, herself a lawyer and ..."
	}
	if i == and-1 || i-1 <= from || d.lw(i) != "a" && d.lw(i) != "an" && !reflexiveAppositive[d.lw(i)] || d.toks[i-1].Text != "," {
		return -1
	}
	return d.mentionEnding(ms, i-1, namedPerson)
}

// reflexiveAppositive are the pronouns that may open an apposition to a
// person's name, before its description or title: "Jane Roe, herself a
// lawyer and party leader,".
var reflexiveAppositive = set{"himself": true, "herself": true}

// titleComplement are the words of a title's complement: "of the
// secretary-general", "to the president".
var titleComplement = set{"of": true, "the": true, "to": true, "for": true}

// titleInPlural reports whether title mention t is written in the plural
// ("Presidents", "Representatives"): its last word ends in "s", is no
// word of the canonical title, and without its plural ending is a word of
// the title's name or forms.
func (d *doc) titleInPlural(t *Mention) bool {
	last := d.lw(t.To - 1)
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return false
	}
	words := strings.Fields(strings.ToLower(t.Title.Name))
	if slices.Contains(words, last) {
		return false // "commons speaker"
	}
	for _, f := range t.Title.Forms {
		words = append(words, strings.Fields(strings.ToLower(f))...)
	}
	// a singular that the title's name or forms spell: "ministers",
	// "aides", "secretaries"; not "affairs" in "minister of foreign affairs"
	for _, stem := range []string{last[:len(last)-1], strings.TrimSuffix(last, "es"), strings.TrimSuffix(last, "ies") + "y"} {
		if stem != last && slices.Contains(words, stem) {
			return true
		}
	}
	return false
}

// namesAfter returns the people named in a list right after person k
// ("A, B, and C"), each a bare name: a name with its own title ("and
// Premier Li Qiang") or anything else ends the list.
func (d *doc) namesAfter(ms []int, k int) []int {
	var out []int
	end := d.sents[d.mentions[k].sent].To
	for i := d.mentions[k].To; i < end; {
		j := i
		for j < end && (d.toks[j].Text == "," || d.lw(j) == "and") {
			j++
		}
		n := d.mentionAt(ms, j)
		if j == i || n < 0 || d.mentions[n].Label != "Person" || d.mentions[n].Kind != mName {
			break
		}
		out = append(out, n)
		i = d.mentions[n].To
	}
	return out
}

// whoseTitle binds "the Syrian Army, whose commander-in-chief is
// President Bashar al-Assad": the person after "is" holds the title for
// the country or organization before "whose"; so does a name apposed to
// the title after a comma, past honorifics and the name's own title with
// its state ("the Andean Council, whose chairman, Chilean President Jane
// Roe, said"), and a title narrowed to a portfolio in lower-case words
// (portfolioBefore: "Peru, whose foreign ministry spokesman Jon Berg said").
func (x *Extractor) whoseTitle(d *doc, si int, ms []int) {
	s := d.sents[si]
	for _, k := range ms {
		t := &d.mentions[k]
		if t.Kind != mTitle || t.From-2 < s.From || t.To+1 >= s.To {
			continue
		}
		w := t.From - 1
		if d.lw(w) != "whose" && !d.toks[t.From].Capitalized() && d.whoseWithin(w, s.From) {
			// "China, whose foreign ministry spokesman X": past the
			// portfolio; not "the bloc whose summit President X attended",
			// where a capitalised title opens the clause's subject
			w = x.portfolioBefore(d, ms, si, w)
		}
		if w-1 < s.From || d.lw(w) != "whose" {
			continue
		}
		next := d.pastHonorifics(t.To, s.To) // "whose commander Abu Khalid was killed", "whose general secretary Dr Jon Berg"
		if w := d.lw(t.To); w == "is" || w == "was" {
			next++ // "whose commander-in-chief is President X"
		} else if d.toks[t.To].Text == "," {
			next = d.pastHonorifics(t.To+1, s.To) // "whose chairman, Mr Jon Berg,"
		}
		if a := d.mentionAt(ms, next); a >= 0 && d.mentions[a].Kind == mAdjective && d.mentions[a].To < s.To {
			next = d.mentions[a].To // "whose chairman, Chilean President X": the name's own office
		}
		n := d.mentionPastTitles(ms, next, 1)
		if n < 0 || d.mentions[n].Label != "Person" || d.mentions[n].Kind != mName {
			continue
		}
		j := w - 1 // the punctuation before "whose", or the name itself
		if d.toks[j].Kind == Punct {
			j--
		}
		if d.titleInPlural(t) && x.whoseRespective(d, si, ms, t, j, n) {
			continue // "Chile, Peru and Bolivia, whose presidents A, B and C": one each, or none
		}
		if o := d.whoseBody(ms, si, w); o != nil {
			x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[n], o, map[string]string{"title": t.Title.Name})
		}
	}
}

// whoseBody returns the state or organization that "whose" at toks[w]
// refers back to: the one named right before it (past a comma), or, when
// that one is the object of "in" (a place or a body the first sits in),
// the body the phrase describes: the organization written right before
// "in" ("the Kestrel Bar Association in Peru, whose general
// secretary X") or the one an apposition ending in it is apposed to ("the
// Kestrel Front, the biggest bloc in the Lower House, whose
// secretary-general X"). A place after "in" with no body before it is
// nobody's office ("the Kestrel Council in Chile, whose chairman X" names
// no Chilean office). nil when none is.
func (d *doc) whoseBody(ms []int, si, w int) *Mention {
	s := d.sents[si]
	j := w // the punctuation before "whose", or the name itself
	if d.toks[j-1].Kind == Punct {
		j--
	}
	k := d.mentionEnding(ms, j, func(o *Mention) bool {
		return o.Key != "" && (o.Label == "Organization" || o.Label == "Country")
	})
	if k < 0 {
		return nil
	}
	o := &d.mentions[k]
	p := o.From - 1
	if p > s.From && determiners[d.lw(p)] {
		p--
	}
	if p <= s.From || d.lw(p) != "in" {
		return o
	}
	body := func(m *Mention) bool { return m.Key != "" && m.Label == "Organization" }
	if b := d.mentionEnding(ms, p, body); b >= 0 {
		return &d.mentions[b] // "the Kestrel Bar Association in Peru, whose"
	}
	for c := p - 1; c > s.From && c >= p-6; c-- {
		if d.toks[c].Text == "," {
			if b := d.mentionEnding(ms, c, body); b >= 0 {
				return &d.mentions[b] // "the Kestrel Front, the biggest bloc in the Lower House, whose"
			}
			break
		}
		if d.toks[c].Kind != Word || d.toks[c].Capitalized() {
			break
		}
	}
	if o.Label == "Country" {
		return nil
	}
	return o
}

// whoseOrgTitle reports whether title t stands right after "whose" that
// refers back to an organization ("the Kestrel Congress, whose president
// X"): the office is the body's, which whoseTitle states, and no state is
// guessed for it.
func (d *doc) whoseOrgTitle(si int, t *Mention) bool {
	w := t.From - 1
	if w-1 <= d.sents[si].From || d.lw(w) != "whose" {
		return false
	}
	o := d.whoseBody(d.sentMentions(si), si, w)
	return o != nil && o.Label == "Organization"
}

// unnamedBodyBefore returns where the name that title t is written right
// after begins, when no mention covers it, or -1: capitalised words
// ("Kestrel Renewal leader X", "the Kestrel Unionist leader, X"), perhaps
// with a bracketed tag ("KUP (Maoist) chairman X"), that are no title
// modifier ("Former") and follow no state ("Chile's Kestrel Council
// president" is stateModified), nor a date's word ("On Monday President
// X"; names.yaml weekdays, months, not_names). Such a name is the body (a
// party, a group) whose office the title is, one the lexicon does not
// know: the person's home state is not it. A single word opening the
// sentence is no such name (it may be any word written capitalised
// there), nor are descriptor words alone ("Party General Secretary X":
// namecues.yaml Organization descriptors). Asked for titles of no state
// only: before a state's title, capitalised words are its portfolio
// ("National Security Minister X") or style ("His Majesty King X").
func (x *Extractor) unnamedBodyBefore(d *doc, t *Mention) int {
	s := d.sents[t.sent]
	i := t.From - 1
	bracket := false
	if i > s.From && d.toks[i].Text == ")" {
		for j := i - 1; j > s.From && j >= i-3; j-- {
			if d.toks[j].Text == "(" {
				i, bracket = j-1, true
				break
			}
		}
	}
	if i < s.From || bracket && d.toks[i+1].Text != "(" {
		return -1
	}
	ms := d.sentMentions(t.sent)
	n, named, from := 0, bracket, -1
	for j := i; j >= s.From && d.toks[j].Kind == Word && d.toks[j].Capitalized() && !titleSkip[d.lw(j)] && !determiners[d.lw(j)]; j-- {
		if w := d.toks[j].Text; inMentionSpan(d, ms, j) || x.lex.sets.weekdays[w] || x.lex.sets.months[w] || x.lex.sets.notNames[w] {
			return -1
		}
		n++
		if j == s.From && n == 1 && !bracket {
			return -1 // "Labour leader X said": one word opening the sentence
		}
		named = named || !x.orgDescriptorAt(d, j)
		from = j
	}
	if !named || d.stateModified(t) {
		return -1
	}
	return from
}

// whoseRespective handles a plural title after "whose" whose antecedent,
// ending at token j, is a list of states ("Chile, Peru and Bolivia,
// whose presidents Jane Roe, Jon Berg and Ana Soto"): as many names as
// states, from name n on, hold the title for the states in order; other
// counts bind none, since no one holds an office for the whole list. It
// reports whether the antecedent is such a list (two states or more;
// coordinatedBefore reads it, coordinated the names).
func (x *Extractor) whoseRespective(d *doc, si int, ms []int, t *Mention, j, n int) bool {
	stateName := func(m *Mention) bool { return m.Label == "Country" && m.Kind == mName }
	k := d.mentionEnding(ms, j+1, nil)
	if k < 0 || !stateName(&d.mentions[k]) {
		return false
	}
	var states []int
	for _, c := range d.coordinatedBefore(ms, k, stateName) {
		if stateName(&d.mentions[c]) {
			states = append(states, c)
		}
	}
	if len(states) < 2 {
		return false
	}
	personName := func(m *Mention) bool { return m.Label == "Person" && m.Kind == mName }
	people := d.coordinated(ms, n, personName)
	if len(people) == len(states) {
		for k := range people {
			x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[people[k]], &d.mentions[states[k]], map[string]string{"title": t.Title.Name})
		}
	}
	return true
}

// whoseWithin reports whether "whose" stands before toks[i] within the
// reach of portfolioBefore (at most three tokens a word: a hyphenated
// compound), so that whoseTitle parses only a sentence where skipping a
// portfolio could reach it.
func (d *doc) whoseWithin(i, from int) bool {
	return d.wordBetween(max(from, i-3*portfolioWords), i, "whose")
}

// titledOf binds "Presidents Muhammadu Buhari of Nigeria and Patrice Talon
// of Benin": a person named after a title (or in a list that follows one)
// and followed by "of" and a country or organization holds the title for
// it.
func (x *Extractor) titledOf(d *doc, si int, ms []int) {
	s := d.sents[si]
	var title *Mention
	for p, k := range ms {
		m := &d.mentions[k]
		switch {
		case m.Kind == mTitle:
			title = m
			continue
		case title == nil || m.Label != "Person" || m.Kind != mName:
			continue
		}
		// only a list of "Name of Place" may stand between the title and m
		prev := title.To
		for _, j := range ms[:p] {
			if o := &d.mentions[j]; o.From >= title.To && o.To <= m.From && o.To > prev {
				prev = o.To
			}
		}
		gap := true
		for i := prev; i < m.From; i++ {
			if w := d.lw(i); !(w == "and" || w == "," || w == "of" || w == "the") {
				gap = false
			}
		}
		if !gap && !d.lowerComplement(ms, title, m.From) {
			title = nil
			continue
		}
		i := m.To
		if i+1 >= s.To || d.lw(i) != "of" {
			continue
		}
		if d.lw(i+1) == "the" {
			i++
		}
		if c := d.mentionAt(ms, i+1); c >= 0 && d.mentions[c].Kind != mAdjective &&
			(d.mentions[c].Label == "Country" || d.mentions[c].Label == "Organization") {
			x.addRel(d, si, "HOLDS_OFFICE", "", m, &d.mentions[c], map[string]string{"title": title.Title.Name})
		}
	}
}

// lowerComplement reports whether title t's own complement, "of" and
// lower-case words or demonyms that name no body, stands between t and
// the name apposed to it after a comma at token name ("The leader of the
// biggest rural Chilean party, Jane Roe of the Kestrel Party"): the name
// holds the title, and the body it is "of" is the title's.
func (d *doc) lowerComplement(ms []int, t *Mention, name int) bool {
	if d.lw(t.To) != "of" {
		return false
	}
	return d.complementComma(ms, t) == name-1
}

// portfolioHolder returns the named person written straight after a
// capitalised title's portfolio in capitals, with no comma between: "EU
// Special Representative for the Sahel and Lake Chad Basin Jane Roe",
// "Minister of State for Trade and the Andes Jon Berg" (a place's name
// may stand in the portfolio, no state or body); -1 if none. The name
// holds the title, not a name apposed before it ("A, EU Special
// Representative for ... B": B holds it).
func (d *doc) portfolioHolder(ms []int, t *Mention) int {
	if w := d.lw(t.To); w != "of" && w != "for" || !d.toks[t.To-1].Capitalized() {
		return -1
	}
	end := d.sents[t.sent].To
	for i := t.To + 1; i < end && i <= t.To+10; i++ {
		if n := d.mentionAt(ms, i); n >= 0 {
			switch m := &d.mentions[n]; {
			case m.Label == "Person" && m.Kind == mName && i > t.To+1 && d.toks[i-1].Capitalized():
				return n
			case m.Label == "Location" && m.Kind == mName:
				i = m.To - 1
				continue
			}
			return -1
		}
		tk := d.toks[i]
		if tk.Kind != Word || !tk.Capitalized() && tk.Text != "and" && tk.Text != "the" {
			return -1
		}
	}
	return -1
}

// complementHolder returns the named person after the comma at toks[c]
// that closes a title's complement (complementComma), past honorifics and
// a rank ("..., Major General Jane Roe"); -1 if none.
func (d *doc) complementHolder(ms []int, c, end int) int {
	n := d.mentionPastTitles(ms, d.pastHonorifics(c+1, end), 1)
	if n >= 0 && d.mentions[n].Label == "Person" && d.mentions[n].Kind == mName {
		return n
	}
	return -1
}

// apposedHolder returns the named person apposed at toks[i] to title t
// held for a (nil when none is known), past honorifics ("the Rev Jane
// Roe") and past a second title of the same person with its state and its
// time ("former Austrian chancellor Jane Roe", "Senator Jane Roe"); -1 if
// none, or if the second title is by itself held for another state or
// body than a ("Iran's envoy to the UN, Secretary of State X": two
// people) or is a staff post where t is none ("Peru's envoy to Chile,
// spokesman X": two people).
func (d *doc) apposedHolder(ms []int, i, end int, t, a *Mention) int {
	for i < end && titleSkip[d.toks[i].Text] && d.toks[i].Text != "the" && d.mentionAt(ms, i) < 0 {
		i++ // "former", "acting": lower-case only, and no title's own word ("deputy foreign minister")
	}
	i = d.pastHonorifics(i, end)
	n := d.mentionAt(ms, i)
	if n >= 0 && d.mentions[n].Kind == mAdjective && (d.mentions[n].Label == "Country" || d.mentions[n].Label == "Organization") {
		if u := d.mentionAt(ms, d.mentions[n].To); u >= 0 && d.mentions[u].Kind == mTitle {
			n = u // "Austrian chancellor": the demonym's title, bound on its own
		}
	}
	if n >= 0 && d.mentions[n].Kind == mTitle {
		u := d.mentions[n].Title
		if otherState(u, a) || u != nil && u.Staff && t.Title != nil && !t.Title.Staff {
			return -1
		}
		n = d.mentionAt(ms, d.pastHonorifics(d.mentions[n].To, end))
	}
	if n >= 0 && d.mentions[n].Label == "Person" && d.mentions[n].Kind == mName {
		return n
	}
	return -1
}

// complementComma returns the comma that closes title t's own lower-case
// complement, "of", "for" or "to" and at most nine lower-case words or
// demonyms that name no body ("the leader of the biggest rural Chilean
// party,", "Peru's envoy for Asian affairs,", "Chile's commander for the
// operation,"; after a capitalised title, "of" and capitalised words no
// mention holds: "Director of Naval Intelligence,"), or -1.
func (d *doc) complementComma(ms []int, t *Mention) int {
	return d.titleComplement(ms, t, false)
}

// titleComplement returns the comma that closes title t's complement, or
// -1: with named false its lower-case complement as complementComma
// reads it; with named true also one that names a body, a state or a
// portfolio in capitals ("the chairman of Chile's State Committee for
// Security,", "the Commissioner for Peace and Security,"), which is enough
// to tell that the name after the comma holds the title (personEvidence),
// while binding the office to the body named is office.go's reading.
func (d *doc) titleComplement(ms []int, t *Mention, named bool) int {
	if w := d.lw(t.To); w != "of" && w != "for" && w != "to" {
		return -1
	}
	end := d.sents[t.sent].To
	name := t.To + 1
	for name < end && name <= t.To+10 && d.toks[name].Text != "," {
		name++
	}
	if name >= end || name <= t.To+1 || d.toks[name].Text != "," {
		return -1
	}
	name++ // the token after the comma, as lowerComplement's name
	for i := t.To + 1; i < name-1; i++ {
		tk := d.toks[i]
		if tk.Kind == Word && tk.Text == tk.lower {
			continue
		}
		n := d.mentionAt(ms, i)
		if n >= 0 && d.polityAlone(&d.mentions[n]) {
			continue // "the President of the Republic,": the state's office, not a body's
		}
		if n >= 0 && d.mentions[n].Kind == mAdjective && d.mentions[n].To <= name-1 {
			i = d.mentions[n].To - 1 // "ethnic Chilean party"
			continue
		}
		if n < 0 && tk.Kind == Word && i+1 < name-1 && d.toks[i+1].Kind == Word && d.toks[i+1].Text == d.toks[i+1].lower {
			continue // "Asian affairs": a capitalised modifier no lexicon knows, before a lower-case noun
		}
		if named && (tk.Kind == Word && tk.Capitalized() || possessiveS(tk.Text)) {
			continue // "of Chile's State Committee for Security", "for Peace and Security"
		}
		if (n < 0 || d.mentions[n].Label == "Location") && tk.Kind == Word && d.toks[t.To-1].Capitalized() {
			// "Director General of Military Operations", "Minister for
			// Trade and the Andes": a capitalised title's portfolio in
			// capitals, which may name a region but no state or body
			continue
		}
		return -1
	}
	return name - 1
}

// ledBy binds "the RSF, led by General Mohamed Dagalo": the person holds
// office (their title, or "leader") in the organization or country before,
// which may carry its acronym in brackets ("the Kestrel Front (KF), led by").
func (x *Extractor) ledBy(d *doc, si int, ms []int) {
	s := d.sents[si]
	led := false // a lead verb before "by" was read: "..., and Peru's delegation by Y" leaves it out
	for i := s.From + 1; i+1 < s.To; i++ {
		j := i - 1 // the last word of what is led
		switch {
		case d.in(i, d.words.leadVerbs) && d.lw(i+1) == "by":
			led = true
		case led && d.lw(i+1) == "by" && d.gappedLed(ms, s.From, i):
			j = i // "The delegation of Chile was led by X, and the delegation of Peru by Y"
		default:
			continue
		}
		title := "leader"
		h := i + 2
		if (d.lw(h) == "his" || d.lw(h) == "her") && h+1 < s.To && d.words.honorifics[d.toks[h+1].Text] {
			h += 2 // "led by His Excellency X"
		}
		h = d.pastHonorifics(h, s.To) // "led by Mr Jon Berg", "headed by Dr. Jon Berg"
		for h+1 < s.To && (d.lw(h) == "former" || d.lw(h) == "acting") {
			h++ // "chaired by former Chilean president X": the title after is his
		}
		n := d.mentionAt(ms, h)
		if n < 0 && d.lw(h) == "the" {
			n = d.mentionAt(ms, h+1) // "led by the Chief of the Naval Staff, Admiral X"
		}
		stateTitle := false // "chaired by Peruvian President X": the title is his state's, he leads the body
		if n >= 0 && isState(&d.mentions[n]) {
			// "headed by Chile's foreign minister, X": the state qualifies the title
			p := d.mentions[n].To
			if d.possessiveAfter(&d.mentions[n]) {
				p++
			}
			for p < s.To && titleSkip[d.lw(p)] {
				p++ // "Chile's former foreign minister"
			}
			if t := d.mentionAt(ms, p); t >= 0 && d.mentions[t].Kind == mTitle {
				n, stateTitle = t, true
			}
		}
		if n >= 0 && d.mentions[n].Kind == mTitle {
			if !stateTitle {
				title = d.mentions[n].Title.Name
			}
			t := &d.mentions[n]
			p := t.To
			if p+1 < s.To && d.toks[p].Text == "," {
				p++ // "headed by Chile's foreign minister, Jane Roe"
			}
			n = d.mentionAt(ms, p)
			if n < 0 || d.mentions[n].Label != "Person" && !isCountry(&d.mentions[n]) {
				if c := d.titleComplement(ms, t, true); c > 0 {
					p = c + 1 // "led by the head of the Kestrel Front, Jon Berg"
				}
				if p > t.To {
					if h := d.apposedHolder(ms, p, s.To, t, nil); h >= 0 {
						n = h // "led by the Chief of the Naval Staff, Admiral X": past the rank
					}
				}
			}
		}
		if n < 0 || d.mentions[n].Label != "Person" && !isCountry(&d.mentions[n]) {
			continue
		}
		if d.toks[j].Text == "," {
			j--
		} else if d.in(j, d.words.beForms) && j-1 > s.From {
			j-- // "the Kestrel Front was led by X"
			if d.toks[j].Text == "," && d.knownAs(ms, j) {
				j-- // "The force, known as the Kestrel Front, is commanded by X"
			}
			if d.lw(j) == "which" && j-1 > s.From && d.toks[j-1].Text == "," {
				j -= 2 // "the Kestrel Mission, which is led by Kenya"
			}
		}
		if c := &d.mentions[n]; c.Label != "Person" {
			// "the Kestrel Mission, led by Kenya": the leading state takes
			// part in the organization, as with "the Kenya-led mission"
			if o := d.mentionEnding(ms, j+1, func(m *Mention) bool {
				return m.Label == "Organization" && m.Kind == mName && m.Key != "" && (m.Sort == "" || m.Sort == "international")
			}); o >= 0 {
				p := d.mentions[o].From - 1
				if p > s.From && d.lw(p) == "the" {
					p--
				}
				if p < s.From || !d.in(p, d.words.objectPreps) {
					// not "the offensive against the Kestrel Front, led by Chile"
					x.addRel(d, si, "MEMBER_OF", "", c, &d.mentions[o], nil)
				}
			}
			continue
		}
		orgEnding := func(j int) bool {
			return d.mentionEnding(ms, j+1, func(m *Mention) bool { return m.Label == "Organization" && m.Key != "" }) >= 0
		}
		if j-2 > s.From && d.toks[j].Text == ")" && d.toks[j-2].Text == "(" && !orgEnding(j) {
			j -= 3 // "the Kestrel Front (KF), headed by": the name before its acronym; "the Communist Party of Peru (Maoist)" ends on it
		}
		if j-1 > s.From && !orgEnding(j) && x.orgDescriptorAt(d, j) && orgEnding(j-1) {
			j-- // "the Kestrel militia, led by X": the group its descriptor follows
		}
		if j-1 >= s.From && !orgEnding(j) && x.lex.sets.memberSorts[d.lw(j)] != "" {
			// "Kestrel fighters led by X", "the Front's rebels, led by X":
			// the group its members are named after (words.yaml member_sorts)
			if orgEnding(j - 1) {
				j--
			} else if j-2 >= s.From && d.possessiveAt(j-1) && orgEnding(j-2) {
				j -= 2
			}
		}
		for _, k := range ms {
			o := d.mentions[k]
			if o.To-1 != j || o.Key == "" || o.Label != "Organization" && o.Label != "Country" {
				continue
			}
			t := title
			if o.Label == "Country" {
				body, ok := d.ledBody(&o)
				if !ok {
					continue // "the offensive against Chile, led by General X": no leader of Chile
				}
				if o, ok := d.offices[d.mentions[n].Key]; ok && o.aff == nil && t == "leader" {
					t = o.title // "led by Jane Roe, Minister of Foreign Affairs": the office she holds for it
				} else if body != "" && t == "leader" {
					t = "head of " + body
				}
			}
			x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[n], &d.mentions[k], map[string]string{"title": t})
		}
		if d.in(j, d.words.officialNouns) {
			// "Ukraine's acting government, led by Prime Minister X", "the
			// Chilean delegation, headed by Foreign Minister X": the
			// officials' state, with the title the person is given; with
			// none, the title apposed to him ("The North Korean side was
			// headed by X, vice foreign minister"), else head of the
			// officials named
			if c := d.possessorBefore(ms, si, j, isState); c >= 0 {
				x.headsOfficials(d, si, &d.mentions[n], &d.mentions[c], title)
			}
		}
	}
}

// headsOfficials adds HOLDS_OFFICE from person p, who leads a state's
// officials (words.yaml official_nouns: "the Chilean delegation", "Peru's
// negotiating team", "the North Korean side"), to state c, with the title
// he is given there, else one the article gave him with no state
// ("headed by X, vice foreign minister", "Foreign Minister X will lead
// the Chilean delegation"); leading them with no title states no office
// ("the Chilean delegation, led by Jane Roe"), and a person whose office
// the article binds to another state or body leads no officials of this
// one ("the Chilean side, led by Peru's mediator X").
func (x *Extractor) headsOfficials(d *doc, si int, p, c *Mention, title string) {
	if o, ok := d.offices[p.Key]; ok && o.aff != nil && stateOf(o.aff) != stateOf(c) {
		return
	}
	if title == "leader" {
		o, ok := d.offices[p.Key]
		if !ok || o.aff != nil {
			return // "The Chilean delegation, led by Jane Roe": no office said
		}
		title = o.title
	}
	x.addRel(d, si, "HOLDS_OFFICE", "", p, stateMention(c), map[string]string{"title": title})
}

// ledOfficials returns the state whose officials the noun phrase from
// toks[i] names, a lead verb's object: "the Chilean delegation", "Peru's
// negotiating team" (the state's name or demonym, up to one lower-case
// modifier, then a noun of words.yaml official_nouns closing the phrase);
// it returns the state's mention, or -1 ("the Chilean delegation's
// offices", "the Peruvian delegation chief" name no officials led).
func (d *doc) ledOfficials(ms []int, si, i int) int {
	end := d.sents[si].To
	if d.lw(i) == "the" {
		i++
	}
	c := d.mentionAt(ms, i)
	if c < 0 || !isState(&d.mentions[c]) || d.mentions[c].Key == "" {
		return -1
	}
	j := d.mentions[c].To
	if d.mentions[c].Kind == mName && d.possessiveAfter(&d.mentions[c]) {
		j++
	} else if d.mentions[c].Kind != mAdjective {
		return -1 // "leads Chile": the state itself, or "leads Chile in talks"
	}
	if j+1 < end && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && !d.in(j, d.words.officialNouns) && d.in(j+1, d.words.officialNouns) {
		j++ // "negotiating"
	}
	if j >= end || !d.in(j, d.words.officialNouns) {
		return -1
	}
	if j+1 < end && (possessiveS(d.lw(j+1)) || d.toks[j+1].Kind == Word && !d.toks[j+1].Capitalized() && !followers[d.lw(j+1)]) {
		return -1 // "the delegation's offices", "the delegation chief"
	}
	return c
}

// officeBodies binds "The UN High Commissioner for Refugees, Jane Roe,":
// a body named by the office that heads it (a title among the first two
// words of an organization's name, ending it or followed by "for", "of"
// or "on": "UN High Commissioner for Refugees", "the European
// Ombudsman"; not "UN General Assembly") and apposed to a person, who
// holds that office in it. A person who reports after the comma ("...,
// Jane Roe said") is no apposition.
func (x *Extractor) officeBodies(d *doc, si int, ms []int) {
	end := d.sents[si].To
	for _, k := range ms {
		m := &d.mentions[k]
		if m.Label != "Organization" || m.Kind != mName || m.Key == "" {
			continue
		}
		title := ""
		for p := m.From; p < m.To && p <= m.From+1 && title == ""; p++ {
			e, n := x.lex.match(d.toks, p, m.To)
			if e == nil || e.kind != kindTitle {
				continue
			}
			if w := d.lw(p + n); p+n == m.To || w == "for" || w == "of" || w == "on" {
				title = e.title.Name
			}
		}
		c := d.afterAcronym(m)
		if title == "" || c+1 >= end || d.toks[c].Text != "," {
			continue
		}
		n := d.mentionPastTitles(ms, d.pastHonorifics(c+1, end), 1)
		if n < 0 || !namedPerson(&d.mentions[n]) || d.mentions[n].To < end && x.isSaying(d.lw(d.mentions[n].To)) {
			continue
		}
		x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[n], m, map[string]string{"title": title})
	}
}

// knownAs reports whether the comma toks[j] closes a reduced relative that
// names the noun before it ("The force, known as the Kestrel Front,", ",
// called the Kestrel Front,"): the organization ending before the comma is
// what the sentence's subject is.
func (d *doc) knownAs(ms []int, j int) bool {
	o := d.mentionEnding(ms, j, func(m *Mention) bool { return m.Label == "Organization" && m.Kind == mName })
	if o < 0 {
		return false
	}
	i := d.mentions[o].From - 1
	if d.lw(i) == "the" {
		i--
	}
	from := d.sents[d.mentions[o].sent].From
	switch {
	case i-2 >= from && d.lw(i) == "as" && d.lw(i-1) == "known" && d.toks[i-2].Text == ",":
		return true
	case i-1 >= from && (d.lw(i) == "called" || d.lw(i) == "named") && d.toks[i-1].Text == ",":
		return true
	}
	return false
}

// gappedLed reports whether the words ending at toks[i], before a "by",
// are a state's official body after "and" in a sentence whose lead verb
// is left out there: "... was led by X, and the delegation of Peru by Y".
// The body is a country after "of" and an official noun.
func (d *doc) gappedLed(ms []int, from, i int) bool {
	c := d.mentionEnding(ms, i+1, func(m *Mention) bool { return m.Label == "Country" && m.Kind == mName })
	if c < 0 {
		return false
	}
	body, ok := d.ledBody(&d.mentions[c])
	if !ok || body == "" {
		return false
	}
	j := d.mentions[c].From - 1 // "of"
	if d.lw(j) == "the" {
		j--
	}
	j -= 2 // the official noun, then its article
	if j > from && determiners[d.lw(j)] {
		j--
	}
	return j > from && d.lw(j) == "and"
}

// ledBody reads the phrase that country mention c ends before "led by": a
// country led by someone is the country itself ("Chile, led by X") or one
// of its official bodies after "of" ("the delegation of Chile was led by
// X", official_nouns), whose noun it returns; a country after any other
// preposition ("the offensive against Chile, led by X") is led by nobody
// named there, and ok is false.
func (d *doc) ledBody(c *Mention) (body string, ok bool) {
	i := c.From - 1
	if d.lw(i) == "the" {
		i--
	}
	if i < d.sents[c.sent].From || !d.in(i, d.words.objectPreps) {
		return "", true
	}
	if d.lw(i) == "of" && i-1 >= d.sents[c.sent].From && d.in(i-1, d.words.officialNouns) {
		return strings.TrimSuffix(d.lw(i-1), "s"), true
	}
	return "", false
}

// isState reports whether mention m names a country, by name or demonym.
func isState(m *Mention) bool {
	return m.Label == "Country" && (m.Kind == mName || m.Kind == mAdjective)
}

// stateMention returns m as the country it names: a demonym ("Chilean")
// becomes a mention of the country, so that it may be an endpoint.
func stateMention(m *Mention) *Mention {
	if m.Kind != mAdjective {
		return m
	}
	c := *m
	c.Label, c.Kind = "Country", mName
	return &c
}

// leads binds "X heads the Kestrel Foundation", "X, who leads the
// Kataib Front,", "X leads the opposition Kestrel Party": the person holds office (as leader) in the named
// organization that is the object of a lead verb (words.yaml lead_verbs).
// An organization that only modifies a noun ("led NATO troops") is none.
func (x *Extractor) leads(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From + 1; i+1 < s.To; i++ {
		if !d.in(i, d.words.leadVerbs) || d.lw(i+1) == "by" {
			continue
		}
		if x.ledRelative(d, si, ms, i) {
			continue
		}
		j := i - 1
		for j > s.From && d.in(j, d.words.copulaAdverbs) {
			j-- // "X, who now chairs"
		}
		if w := d.lw(i); j > s.From && (d.lw(j) == "has" || d.lw(j) == "have") && (strings.HasSuffix(w, "ed") || w == "led") {
			j-- // "X, who has led the party since 2019": held till now
			for j > s.From && d.in(j, d.words.copulaAdverbs) {
				j-- // "X, who for years has chaired"
			}
		}
		if w := d.lw(i); !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
			if j <= s.From || !d.in(j, d.words.willWords) && !d.in(j, d.words.wouldWords) {
				continue // "the head of", "to lead": no holder before
			}
			j-- // "X will lead the Chilean delegation": the base form after a modal only
		}
		if d.lw(j) == "who" && j-1 > s.From && d.toks[j-1].Text == "," {
			j -= 2 // "X, who leads"
		} else if d.lw(j) == "who" {
			j = d.appositionStart(ms, s.From, j) // "X, a former minister who now chairs"
		}
		p := d.mentionEnding(ms, j+1, namedPerson)
		if p < 0 {
			continue
		}
		if c := d.ledOfficials(ms, si, i+1); c >= 0 {
			// "Minister X heads the Chilean delegation", "X, a senior
			// diplomat who leads Peru's negotiating team": the state's
			// official
			x.headsOfficials(d, si, &d.mentions[p], &d.mentions[c], "leader")
			continue
		}
		o := i + 1
		if d.lw(o) == "the" {
			o++
		}
		o = x.partOfAt(d, o, s.To) // "leads a breakaway faction of the Kestrel Party": the party's
		org := d.mentionAt(ms, o)
		if org < 0 && o > i+1 {
			org = x.modifiedOrg(d, ms, si, o) // "X, who leads the opposition Kestrel Party"
		}
		for k := o; org < 0 && o > i+1 && k < o+2 && k+1 < s.To && d.toks[k].Kind == Word && !d.toks[k].Capitalized(); k++ {
			// "who chairs the (regional) bloc": a description of a body
			// named before, past its lower-case modifiers
			if n := d.mentionAt(ms, k+1); n >= 0 && d.mentions[n].Kind == mDescription {
				org = n
			}
		}
		if org < 0 {
			continue
		}
		if part := d.namedPartAfter(ms, org); part >= 0 {
			org = part // "who chairs the bloc's Defence Council": the named body is the one led
		}
		m := &d.mentions[org]
		if m.Label != "Organization" || m.Kind != mName && m.Kind != mDescription || m.Key == "" || m.To < s.To && d.toks[m.To].Kind == Word && d.toks[m.To].Text == d.lw(m.To) && !afterLedOrg[d.lw(m.To)] && !x.orgDescriptorAt(d, m.To) && x.pastTimeAdverbial(d, m.To, s.To) == m.To {
			continue // "led NATO troops": the organization modifies a noun (not "chairs the council this year")
		}
		if m.To < s.To && possessiveS(d.lw(m.To)) {
			continue // "heads the alliance's naval command", "the Kestrel Party's list": a part of it
		}
		x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[p], m, map[string]string{"title": "leader"})
	}
}

// namedPartAfter returns the organization named right after the
// possessive that follows organization mention org and ends its noun
// phrase ("the bloc's Defence Council", "the Kestrel Party's Youth
// League,"): the part of org a lead verb's object names. -1 when org
// owns no named body there ("the alliance's naval command").
func (d *doc) namedPartAfter(ms []int, org int) int {
	m := &d.mentions[org]
	end := d.sents[m.sent].To
	if m.Label != "Organization" || m.To+1 >= end || !possessiveS(d.lw(m.To)) {
		return -1
	}
	n := d.mentionAt(ms, m.To+1)
	if n < 0 || d.mentions[n].Label != "Organization" || d.mentions[n].Kind != mName || d.mentions[n].Key == "" {
		return -1
	}
	return n
}

// ledRelative binds an organization to the person an object relative
// says leads it, the lead verb at toks[i] with no object of its own: "the
// Kestrel Party, which Jane Roe leads, boycotted the vote", "the front
// that Jon Berg heads", "the Kestrel Party (KP), which he has led since
// 2019" (a pronoun for a person named before) (HOLDS_OFFICE, leader). It
// reports whether it bound one.
func (x *Extractor) ledRelative(d *doc, si int, ms []int, i int) bool {
	s := d.sents[si]
	if w := d.lw(i); !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
		return false
	}
	if articles[d.lw(i+1)] || d.mentionAt(ms, i+1) >= 0 { // i+1 < s.To: leads asks no verb that ends its sentence
		return false // "which Roe leads the Kestrel Party into": an object of its own
	}
	e := i
	if d.lw(e-1) == "has" && e-2 > s.From {
		e-- // "which Jane Roe has led since 2019": held now
	}
	p := d.mentionEnding(ms, e, namedPerson)
	if p < 0 {
		p = d.mentionEnding(ms, e, resolvedSubjectPronoun) // "the Kestrel Party, which she leads": her party
	}
	if p < 0 {
		return false
	}
	r := d.mentions[p].From - 1
	if r <= s.From || d.lw(r) != "which" && d.lw(r) != "that" {
		return false
	}
	e = r
	if d.toks[e-1].Text == "," {
		e--
	}
	if e-3 > s.From && d.toks[e-1].Text == ")" && d.toks[e-3].Text == "(" {
		e -= 3 // "the Kestrel Party (KP), which she leads": the name before its acronym
	}
	g := d.mentionEnding(ms, e, func(m *Mention) bool { return m.Label == "Organization" && m.Kind == mName && m.Key != "" })
	if g < 0 {
		return false
	}
	x.addRel(d, si, "HOLDS_OFFICE", "", &d.mentions[p], &d.mentions[g], map[string]string{"title": "leader"})
	return true
}

// resolvedSubjectPronoun reports whether m is "he" or "she" resolved to a
// person named before, who then stands for that person as a name would.
func resolvedSubjectPronoun(m *Mention) bool {
	return m.Kind == mPronoun && m.Label == "Person" && m.Key != "" && (m.Head == "he" || m.Head == "she")
}

// partOfAt returns where the whole begins after a part noun of an
// organization (words.yaml part_nouns, PART_OF) written at toks[i] with
// an article and up to two lower-case modifiers before it and "of" (and
// "the") after it: "a breakaway faction of the Kestrel Party", "the
// armed wing of Hamas" lead to the party and to Hamas. i itself when no
// such part is written there.
func (x *Extractor) partOfAt(d *doc, i, end int) int {
	j := i
	if articles[d.lw(j)] {
		j++
	}
	for k := 0; k < 2 && j < end && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && x.lex.sets.partNouns[d.lw(j)] == ""; k++ {
		j++
	}
	if j+1 >= end || x.lex.sets.partNouns[d.lw(j)] != "PART_OF" || d.lw(j+1) != "of" {
		return i
	}
	j += 2
	if j < end && d.lw(j) == "the" {
		j++
	}
	return j
}

// appositionStart returns the token before the comma that opens the
// apposition ending before toks[j] ("X, a former trade minister who"):
// up to eight lower-case words, or words of a title or country mention,
// back to a comma; j itself when there is no such apposition.
func (d *doc) appositionStart(ms []int, from, j int) int {
	for k := j - 1; k > from && k >= j-8; k-- {
		if d.toks[k].Text == "," {
			if k == j-1 {
				return j
			}
			return k - 1
		}
		if d.toks[k].Kind != Word || d.toks[k].Text != d.lw(k) && !inMentionSpan(d, ms, k) {
			return j
		}
	}
	return j
}

// orgDescriptorAt reports whether toks[i] starts a noun that says what an
// organization named before it is (namecues descriptors: "the Kestrel
// Institute think tank", "the Red Dawn party"): the name is the group
// itself, not a modifier of something else.
func (x *Extractor) orgDescriptorAt(d *doc, i int) bool {
	c := &x.lex.sets.cues
	if i+1 < len(d.toks) && c.descriptors[d.lw(i)+" "+d.lw(i+1)] == "Organization" {
		return true
	}
	return c.descriptors[d.lw(i)] == "Organization"
}

// afterLedOrg are the lower-case words that may follow the organization a
// person leads without making it a modifier: "leads the group since 2019".
var afterLedOrg = set{"and": true, "since": true, "until": true, "in": true, "from": true, "for": true,
	"which": true, "who": true, "that": true, "at": true, "with": true, "when": true}

// includedAffiliation returns the state of "Chilean officials, including
// Foreign Minister X and ..." for a title in that list with no state of
// its own: the demonym or possessive state before an official noun
// (words.yaml official_nouns) and "including". It returns the index of
// the state's mention in ms, or -1; -1 also when the title's holder names
// a state after "of" ("including Foreign Minister X of Peru").
func (d *doc) includedAffiliation(ms []int, si int, t *Mention) int {
	from := d.sents[si].From
	if n := d.mentionAt(ms, t.To); n >= 0 && d.lw(d.mentions[n].To) == "of" {
		return -1
	}
	i := t.From - 1
	for n := 0; i > from && n < 20 && d.lw(i) != "including"; n++ {
		if !inMentionSpan(d, ms, i) && d.lw(i) != "," && d.lw(i) != "and" {
			return -1 // only the list's titles and names stand between
		}
		i--
	}
	if d.lw(i) != "including" {
		return -1
	}
	i--
	if i > from && d.toks[i].Text == "," {
		i--
	}
	if i <= from || !d.in(i, d.words.officialNouns) {
		return -1
	}
	i--
	if d.lw(i) == "'s" {
		i--
	}
	for _, k := range ms {
		if m := &d.mentions[k]; m.To == i+1 && m.Label == "Country" && m.Key != "" {
			return k
		}
	}
	return -1
}

// affiliation returns the mention that says for whom title k is held: a
// demonym, country or organization before it ("U.S. Ambassador", "China's
// Ambassador", "U.N. Secretary-General"), the affiliation of a person
// whose title it is ("Merkel's spokesperson"), "of X" after it, or the
// organization after "at" or "with", which also overrides a state before
// the title that is no possessive ("Iran project director at the
// International Crisis Group").
func (x *Extractor) affiliation(d *doc, ms []int, k int) int {
	t := d.mentions[k]
	i := t.From - 1
	from := d.sents[t.sent].From
	for i >= from && titleSkip[d.lw(i)] {
		i--
	}
	if slices.ContainsFunc(ms, func(o int) bool {
		m := &d.mentions[o]
		return m.Key != "" && m.To-1 <= i && m.To-1 >= i-portfolioReach
	}) {
		i = x.portfolioBefore(d, ms, t.sent, i) // it parses; what it skips to counts only where a keyed mention ends within its reach
	}
	i = d.pastBracketedAcronym(ms, from, i)
	possessive := i >= from && d.possessiveAt(i) // "Hamas' leader" too
	if possessive {
		i--
	}
	employer := -1 // "Iran project director at the International Crisis Group"
	if w := d.lw(t.To); w == "at" || w == "with" {
		employer = d.positionOrg(ms, t.To, d.sents[t.sent].To)
	}
	for p := len(ms) - 1; p >= 0; p-- {
		m := d.mentions[ms[p]]
		if m.To-1 != i || m.Key == "" {
			continue
		}
		if m.Kind == mImplied && slices.ContainsFunc(ms, func(o int) bool {
			return d.mentions[o].From == m.From && d.mentions[o].To == m.To && d.mentions[o].Label == "Organization"
		}) {
			continue // the state implied as the owner of "Foreign Ministry" in "Foreign Ministry spokesman X": the post is the body's
		}
		switch {
		case (m.Label == "Country" || m.Label == "Organization") && employer >= 0 && !possessive:
			return employer // the state before is the post's field, not its holder's employer
		case m.Label == "Organization" && m.Sort == "international" && !possessive:
			if n := d.stateBefore(ms, &m); n >= 0 {
				return n // "Chile's UN ambassador", "the Chilean NATO envoy": the state's post at the body
			}
			return ms[p]
		case m.Label == "Organization" && m.Kind == mPronoun && m.Country != "" && ministerTitle(t.Title) && d.countryMention(m.Country) != nil:
			// "The court ruled against Zelaya. Its foreign minister, X,": a
			// minister is a state's, that of the body "its" stands for
			d.extra = append(d.extra, *d.countryMention(m.Country))
			return -(len(d.extra)) - 1
		case m.Label == "Country" && d.stackedDemonym(ms, &m):
			return -1 // "the Bosnian Serb leader", "Kosovo Albanian leader": a people's, of no sure state
		case m.Label == "Country" || m.Label == "Organization":
			return ms[p]
		case m.Label == "Person":
			if o, ok := d.offices[m.Key]; ok && o.aff != nil {
				// a copy, not a mention of the sentence: that one is an
				// argument of its own ("Mr. Putin's chief of staff ... a
				// Russian bank")
				d.extra = append(d.extra, *o.aff)
				return -(len(d.extra)) - 1
			}
			if c := d.countryMention(m.Country); m.lexical && c != nil {
				d.extra = append(d.extra, *c) // "Erdogan's advisers": the lexicon knows whose
				return -(len(d.extra)) - 1
			}
		}
	}
	if possessive && i > from && d.lw(i-1) == "the" && d.mentionAt(ms, i) < 0 {
		if a := x.wordNamedOrg(d, t.sent, i); a != nil {
			d.extra = append(d.extra, *a) // "the guard's commander", "the Tigers' leader"
			return -(len(d.extra)) - 1
		}
	}
	end := d.sents[t.sent].To
	if n := d.mentionAt(ms, t.To); n >= 0 && x.nameModifier(d, t.sent, ms, t.To-1) {
		return n // "leader of the opposition Kestrel Party": the title's last word modifies the name
	}
	if t.To+1 < end && d.lw(t.To) == "from" {
		j := t.To + 1
		if d.lw(j) == "the" {
			j++
		}
		if n := d.mentionAt(ms, j); n >= 0 && (d.mentions[n].Label == "Country" || d.mentions[n].Label == "Organization") && d.mentions[n].Kind == mName && d.mentions[n].Key != "" {
			return n // "Jane Roe, a lawmaker from the Kestrel Party,": the body she sits for
		}
	}
	if t.To+1 < end && (d.lw(t.To) == "of" || d.lw(t.To) == "for") {
		j := t.To + 1
		if d.lw(j) == "the" {
			j++
		}
		if n := d.mentionAt(ms, j); n >= 0 && (d.mentions[n].Label == "Country" || d.mentions[n].Label == "Organization") && d.mentions[n].Kind == mName {
			if d.polityAlone(&d.mentions[n]) {
				return -1 // "the President of the Republic, X": the state in view, guessed as for a title alone
			}
			return n
		}
		if n := x.modifiedOrg(d, ms, t.sent, j); n >= 0 && j > t.To+1 {
			return n // "leader of the opposition Kestrel Party", "head of the state-run Kestrel Oil"
		}
		if n := d.mentionAt(ms, j); n >= 0 && j > t.To+1 && d.mentions[n].Label == "Organization" && d.mentions[n].Kind == mDescription && d.mentions[n].Key != "" {
			return n // "the deputy head of the mission": the body named before
		}
		if n := d.mentionAt(ms, j); n >= 0 && isState(&d.mentions[n]) && d.stateBodyEnd(ms, &d.mentions[n]) >= 0 {
			return n // "head of Iran's atomic energy organisation", "head of the Chilean delegation"
		}
		if n := d.portfolioState(ms, t.To, end); n >= 0 {
			return n // "Minister of Overseas Trade of the Republic of Chile"
		}
	}
	if w := d.lw(t.To); (w == "and" || w == ",") && slices.ContainsFunc(d.toks[t.From:t.To], func(tk Token) bool { return tk.Text == "of" }) {
		if n := d.portfolioState(ms, t.To, end); n >= 0 {
			return n // "Minister of Foreign Affairs and Commerce of Peru": the title's portfolio goes on
		}
	}
	if t.Title != nil && t.Title.Staff && t.To+1 < end && d.lw(t.To) == "to" {
		return d.servedState(ms, t.To+1)
	}
	return employer
}

// polityAlone reports whether organization mention m is one capitalised
// word after "the" naming a state's form (words.yaml polity_nouns: "the
// President of the Republic", "of the Confederation"): it names no body
// but the state itself, which is guessed from the article as for a title
// written alone. build counts no
// such mention as naming a node: the node stays only where a relation
// uses it.
func (d *doc) polityAlone(m *Mention) bool {
	return m.Label == "Organization" && m.Kind == mName && m.To-m.From == 1 && m.From > 0 && d.lw(m.From-1) == "the" &&
		d.toks[m.From].Capitalized() && d.words.polityNouns[d.lw(m.From)]
}

// wordNamedOrg returns the organization that "the" and the one word at
// toks[i] refer back to by a word of its name: its last word ("Peru's
// Republican Guard ... the guard's commander") or, written capitalised,
// any capitalised word of it but the first ("the Liberation Tigers of
// Vornia ... the Tigers' leader"). The nearest named before i, in
// sentence si or the lookBack before it; nil when none is.
func (x *Extractor) wordNamedOrg(d *doc, si, i int) *Mention {
	w := d.toks[i]
	if w.Kind != Word {
		return nil
	}
	var best *Mention
	for k := range d.mentions {
		a := &d.mentions[k]
		if a.Label != "Organization" || a.Kind != mName || a.Key == "" || a.sent > si || si-a.sent > lookBack || a.To > i-1 ||
			best != nil && a.From <= best.From {
			continue
		}
		if nameHead(a.Name, w.lower) || w.Capitalized() && slices.Contains(strings.Fields(a.Name)[1:], w.Text) {
			best = a
		}
	}
	return best
}

// ministerTitle reports whether title u is a minister's, an office of a
// state's government that no other body has ("foreign minister", "prime
// minister"; not "president" or "chairman", which courts and companies
// have too).
func ministerTitle(u *schema.Title) bool {
	return u != nil && u.State && strings.Contains(u.Name, "minister")
}

// stateBefore returns the state named right before mention m, as a
// possessive or a demonym ("Chile's UN", "the Chilean UN"): the state
// whose post at international body m a title after it is ("Chile's UN
// ambassador, Jane Roe"); -1 when none.
func (d *doc) stateBefore(ms []int, m *Mention) int {
	i := m.From
	possessive := i-1 > d.sents[m.sent].From && d.toks[i-1].Text == "'s"
	if possessive {
		i--
	}
	if n := d.mentionEnding(ms, i, isState); n >= 0 && (d.mentions[n].Kind == mAdjective) != possessive {
		return n
	}
	return -1
}

// modifiedOrg returns the named organization that stands after one or two
// lower-case modifiers from toks[j] ("opposition", "ruling", "state-run",
// "main opposition", "pro-Roe", "anti-Kestrel"), which the parse tags as adjectives, nouns or
// participles: in "leader of the opposition Kestrel Party" the title is
// held for the party. Any other word between ("the protests against
// Kestrel Front") breaks it off; -1 when no such name follows.
func (x *Extractor) modifiedOrg(d *doc, ms []int, si, j int) int {
	end := d.sents[si].To
	k := j
	for k < end && k < j+2 && d.toks[k].Kind == Word && (d.toks[k].Text == d.lw(k) || hyphenModifier(d.toks[k])) && d.mentionAt(ms, k) < 0 {
		k++
	}
	if k == j {
		return -1
	}
	n := d.mentionAt(ms, k)
	if n < 0 || d.mentions[n].Label != "Organization" || d.mentions[n].Kind != mName || d.mentions[n].Key == "" {
		return -1
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return -1
	}
	from := d.sents[si].From
	for i := j; i < k; i++ {
		if hyphenModifier(d.toks[i]) {
			continue // "pro-Vega": a modifier by its form, whatever the tagger makes of the name in it
		}
		switch toks[i-from].UPOS {
		case "ADJ", "NOUN", "VERB":
		default:
			return -1
		}
	}
	return n
}

// portfolioState returns the country named after a title's capitalised
// portfolio, which the title lexicon has no form for, written with "of"
// from toks[i]: "Minister of Overseas Trade of the Republic of Chile",
// "Minister of Foreign Affairs, Trade and Tourism of Peru" (from "of", or
// from the "and" or comma that continues a title written with "of"). The
// portfolio is up to eight capitalised words, "and" and commas, and no
// mention; -1 when no country's name follows it after "of".
func (d *doc) portfolioState(ms []int, i, end int) int {
	if w := d.lw(i); w != "of" && w != "and" && w != "," {
		return -1
	}
	j := i + 1
	for n := 0; n < 8 && j < end; n, j = n+1, j+1 {
		tk := d.toks[j]
		if d.lw(j) == "of" && j > i+1 {
			break
		}
		if d.mentionAt(ms, j) >= 0 || !(tk.Kind == Word && (tk.Capitalized() || d.lw(j) == "and") || tk.Text == ",") {
			return -1
		}
	}
	if j == i+1 || j+1 >= end || d.lw(j) != "of" || d.toks[j-1].Text == "," || d.lw(j-1) == "and" {
		return -1
	}
	k := j + 1
	if d.lw(k) == "the" {
		k++
	}
	n := d.mentionAt(ms, k)
	if n < 0 && d.lw(k) == "republic" && d.lw(k+1) == "of" {
		n = d.mentionAt(ms, k+2) // "of the Republic of Chile", its mention the short name
	}
	if n < 0 || d.mentions[n].Label != "Country" || d.mentions[n].Kind != mName {
		return -1
	}
	return n
}

// stateBodyEnd returns the token after an unnamed body of the state that
// mention m names, written in lower case after its possessive or demonym
// and closed by a comma ("Iran's atomic energy organisation,", "Chilean
// delegation,"), or -1 when no such body follows m.
func (d *doc) stateBodyEnd(ms []int, m *Mention) int {
	end := d.sents[m.sent].To
	k := m.To
	if m.Kind != mAdjective {
		if d.lw(k) != "'s" {
			return -1
		}
		k++
	}
	n := 0
	for k < end && n < 4 && d.toks[k].Kind == Word && d.toks[k].Text == d.lw(k) && d.mentionAt(ms, k) < 0 && !followers[d.lw(k)] {
		k++
		n++
	}
	if n == 0 || k >= end || d.toks[k].Text != "," {
		return -1
	}
	return k
}

// servedState returns, as an affiliation index (see affMention), the
// state or body that a staff post's holder serves through the one named
// at toks[i] after "to": "an aide to President X" (X's office, or the
// state the lexicon gives X), "an adviser to Chile's president" or "to
// the Chilean president" (the state before the title), "a spokesman to
// the Kremlin". -1 when none is named there.
func (d *doc) servedState(ms []int, i int) int {
	if d.lw(i) == "the" {
		i++
	}
	n := d.mentionAt(ms, i)
	if n < 0 {
		return -1
	}
	m := &d.mentions[n]
	switch {
	case m.Kind == mAdjective || (m.Label == "Country" || m.Label == "Organization") && m.Kind == mName:
		return n
	case m.Kind == mTitle:
		p := d.mentionAt(ms, m.To)
		if p < 0 || d.mentions[p].Label != "Person" || d.mentions[p].Kind != mName {
			return -1
		}
		c := d.homeMention(&d.mentions[p])
		if c == nil {
			return -1
		}
		d.extra = append(d.extra, *c)
		return -(len(d.extra)) - 1
	}
	return -1
}

// portfolioBefore skips the words that narrow a title down to a
// portfolio ("Houthi military spokesperson", "EU trade and industry
// commissioner"): up to portfolioWords lower-case words that end at i and
// that the parse tags as adjectives, nouns or "and". It returns the index
// of the word before them, or i when there are none. The parse is read
// only when a lower-case word stands before a title, so most sentences
// are never parsed here.
//
// What it returns is at most portfolioWords+2 tokens before i (a
// hyphenated compound skipped last); affiliation, its caller, looks at
// most two tokens further back (a bracketed acronym, a possessive), so a
// mention ending more than portfolioReach tokens before i never counts.
func (x *Extractor) portfolioBefore(d *doc, ms []int, si, i int) int {
	from := d.sents[si].From
	// a lower-case word, or a capitalised one that names the government
	// generically ("the Chilean Government spokeswoman")
	lower := func(j int) bool {
		return d.toks[j].Text == d.lw(j) || d.in(j, d.words.portfolioCapitals) && !inMentionSpan(d, ms, j)
	}
	if i < from || d.toks[i].Kind != Word || !lower(i) || d.mentionAt(ms, i) >= 0 {
		return i
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return i
	}
	j, described := i, false
	for j >= from && i-j < portfolioWords && d.toks[j].Kind == Word && lower(j) {
		p := toks[j-from]
		if !portfolioWord(p) && !(p.UPOS == "PROPN" && d.in(j, d.words.portfolioCapitals)) {
			break
		}
		described = described || p.UPOS == "ADV" || p.UPOS == "VERB"
		j--
		if j-1 > from && toks[j-from].XPOS == "HYPH" && d.toks[j-1].Kind == Word {
			j -= 2 // "Ukraine's Kremlin-backed president": the compound's first word, a name too
			described = true
		}
	}
	if j == i || j < from || d.toks[j+1].Text == "and" || titleSkip[d.lw(j)] || described && d.toks[j].Text != "'s" {
		return i // "and" never opens the portfolio; "the" ends a phrase before it; a description only after a possessive
	}
	return j
}

// portfolioWords is how many words portfolioBefore skips at most;
// portfolioReach is how far before the title affiliation may then look.
const (
	portfolioWords = 6
	portfolioReach = portfolioWords + 4
)

// portfolioWord reports whether a parsed lower-case word may stand between
// a title and the state it is held for: an adjective or noun of the
// portfolio ("military spokesperson", "trade and industry commissioner"),
// an adverb or a participle that describes the holder ("newly elected",
// "long-serving", "Kremlin-backed"); portfolioBefore takes the last two
// only after a possessive ("Ukraine's Kremlin-backed president", not
// "Moscow backed president X").
func portfolioWord(t syntax.Token) bool {
	switch t.UPOS {
	case "ADJ", "NOUN", "CCONJ", "ADV":
		return true
	case "VERB":
		return t.XPOS == "VBN" || t.XPOS == "VBG"
	}
	return false
}

// titleOrg returns a mention of the organization that title mention t
// names in its own words ("Commission President X": the European
// Commission), when the article names it nowhere else, and makes it an
// entity; nil when the lexicon lists no such organization. The title
// must be written capitalised, as the name it holds, and no capitalised
// word but a determiner before it ("Kestrel Commission President X" is
// another commission's).
func (x *Extractor) titleOrg(d *doc, t *Mention) *Mention {
	if !d.toks[t.From].Capitalized() {
		return nil
	}
	if p := t.From - 1; p >= d.sents[t.sent].From && d.toks[p].Kind == Word && d.toks[p].Capitalized() && !determiners[d.toks[p].lower] {
		return nil
	}
	e := x.lex.matchWhole(t.Title.Org)
	if e == nil || e.label != "Organization" || e.kind != kindName {
		return nil
	}
	return d.impliedAt(t, e.label, e.key, e.name, e.country) // the organization
}

// wholeBody returns the organization sub-body a belongs to when the
// lexicon gives it an organization of the same sort as parent and a is
// written with the parent's name (namesParent: "the UN Security
// Council", "the Frelimo Political Bureau"), else a: a title of that
// sort read from an organ in view (a secretary-general, a party leader)
// is held in the whole. A sub-body of a sort of its own keeps it (a judge
// of the International Court of Justice, a court, is no judge of the
// United Nations), and so does one named without its whole (a
// congressman of "the House of Representatives", no organ of "Congress"
// by its name). The parent is made an entity, as titleOrg makes one, when
// the article names it nowhere else.
func (x *Extractor) wholeBody(d *doc, a *Mention, sort string) *Mention {
	if a == nil {
		return nil
	}
	p, ok := x.parents.byKey[a.Key]
	if !ok || p.label != "Organization" || a.Kind != mName || !namesParent(d, *a, p) {
		return a
	}
	if e := x.lex.matchWhole(p.name); e == nil || e.sort != sort {
		return a
	}
	if m := d.keyMention(p.key); m != nil {
		return m
	}
	return d.impliedAt(a, p.label, p.key, p.name, p.country) // the whole
}

// affMention returns the mention an affiliation index stands for.
func (d *doc) affMention(aff int) *Mention {
	switch {
	case aff >= 0:
		return &d.mentions[aff]
	case aff < -1:
		return &d.extra[-aff-2]
	}
	return nil
}

// holds records that person holds title for aff (or the title's default
// state, when that state is named in the article), for the relation
// stage to state.
func (x *Extractor) holds(d *doc, si, person int, title string, aff int, t *Mention) {
	p := &d.mentions[person]
	a := d.affMention(aff)
	if a == nil && t != nil && t.Title != nil && t.Title.Country != "" {
		a = d.countryMention(t.Title.Country)
	}
	if a == nil && t != nil && t.Title != nil && t.Title.Org != "" {
		if a = d.keyMention(x.lex.orgKeys[strings.ToLower(t.Title.Org)]); a == nil {
			a = x.titleOrg(d, t)
		}
	}
	if a == nil && t != nil && t.Title != nil && t.Title.Sort != "" {
		a = d.sortInView(t, t.Title.Sort) // "The rebel leader, X, said", the Kestrel Front in view
		if a == nil {
			a = x.wholeInView(d, t, t.Title.Sort) // "NATO's North Atlantic Council gathered. Secretary General X said"
		}
		a = x.wholeBody(d, a, t.Title.Sort) // "the UN Security Council met, and the Secretary-General, X," heads the UN
		if c := d.knownCountry(p); a != nil && c != "" && stateOf(a) != "" && stateOf(a) != c {
			a = nil // "the Duma voted ... Senator X": the lexicon knows X as another state's
		}
		if a != nil && t.Title.State && (d.stateModified(t) || stateBody(a)) {
			// "Chilean Permanent Representative X": a state's title
			// written with its own state; "Chile's parliament agreed.
			// Senator X": a state's generic body, read through its
			// state as before
			a = nil
		}
	}
	known := ""
	// "the Kestrel Congress, whose president X": the body's office
	// (whoseTitle); "Kestrel Renewal leader X": the office of a body the
	// lexicon does not know. No state is looked up or guessed for either.
	unnamed := -1
	if a == nil && t != nil && t.Title != nil && !t.Title.State {
		unnamed = x.unnamedBodyBefore(d, t)
	}
	if unnamed >= 0 && d.words.leaderTitles[t.Title.Name] && (t.From-unnamed >= 2 || d.toks[t.From-1].Text == ")") {
		// "Kestrel Renewal leader X", "KUP (Maoist) chairman X": the
		// party X leads, an organization the lexicon does not know
		name := d.text[d.toks[unnamed].Start:d.toks[t.From-1].End()]
		a = d.impliedAt(&Mention{From: unnamed, To: t.From, sent: si}, "Organization", "organization:"+slug(name), name, "")
	}
	owned := a == nil && t != nil && (d.whoseOrgTitle(si, t) || unnamed >= 0)
	if a == nil && t != nil && !owned && (t.Title == nil || !t.Title.Style) {
		if known = d.knownCountry(p); known != "" {
			a = d.countryMention(known) // "President Joe Biden", "Prime Minister Johnson": the lexicon or Phoenix knows whose
		}
	}
	if a == nil && t != nil && t.Title != nil && t.Title.Sort == "legislature" && d.partyStateTag(p) {
		a = d.countryMention("USA") // "Sen. Jane Roe, R-Texas,": a member of the U.S. Congress
	}
	// a state's office of a known state the article does not name is no
	// other state's: the guesses below are left out
	guess := a == nil && t != nil && t.Title != nil && !owned && (known == "" || !t.Title.State) && !x.regionalComplement(d, t)
	if guess && d.lw(p.To) != "of" && !d.stateModified(t) {
		// "Chile's president says ... President Jane Roe" (not "... of
		// Peru", nor "the Bosnian Serb leader X", written with a people
		// of its own: stackedDemonym)
		a = d.fillVacancy(si, p.From, t.Title.Name)
	}
	if a == nil && guess {
		a = x.reportedPrincipal(d, si, p, t) // "President X has ordered ..., spokesman Y said", "Chile will ..., Defence Minister Y said", "The Kestrel Institute will ..., director Y said"
	}
	if a == nil && guess && t.Title.Staff {
		a = d.bodyBefore(si, t) // "The Kestrel Council welcomed it. Spokesman X told reporters ..."
	}
	if a == nil && guess && t.Title.State && d.lw(p.To) != "of" {
		a = d.companionPrincipal(si, t) // "The president was accompanied by Energy Minister X" (not "X of Peru")
	}
	// "Presidential spokesman X": a staff post of a state's head is
	// guessed as the state's offices are
	statePost := guess && (t.Title.State || t.Title.Staff && t.From > d.sents[si].From && d.in(t.From-1, x.lex.sets.stateStaffMarks))
	if a == nil && statePost {
		a = d.affMention(x.frontedCapital(d, si, t)) // "In Tokyo, Foreign Minister X said"
	}
	if a == nil && statePost {
		a = d.affMention(x.paragraphCapital(d, si, t)) // "TOKYO: ... Foreign Minister X said"
	}
	if a == nil && statePost {
		var guessed *Mention
		o, from := min(p.From, t.From), d.sents[si].From
		opens := o == from || o == from+1 && d.lw(from) == "the"
		h := x.homeLinesOf(d)
		if c := x.homeCountry(d); c != nil && (d.namedNear(c.Country, si, p.From) || c.Country == h.paper || c.Country == h.outlet && !t.Title.Regnal && opens) {
			// "Adil Abdul-Mahdi, the caretaker Prime Minister", in an Iraq
			// story; any state's title in a paper of that state; in a
			// national outlet's story, its own state's official who
			// opens a sentence (not a monarch, whom papers name by his
			// style alone: "King Hussein")
			guessed = c
		}
		if guessed == nil {
			guessed = d.subjectBefore(si, t.From) // "Chile broke off ties with Peru. Foreign Minister X announced the decision"
		}
		// "Foreign Minister X said Chile had asked ...": the state he
		// speaks for; when the article's guess names another, none
		switch spoken := x.spokenState(d, si, p, t); {
		case spoken == nil:
			a = guessed
		case guessed != nil && stateOf(guessed) == stateOf(spoken):
			// "Russian officials accused ... . Interior Minister X said
			// Russian forces would ...": the guess and the clause agree,
			// wherever the article is written from
			a = guessed
		case guessed != nil:
		case x.writtenFrom(d, stateOf(spoken)):
			a = spoken
		}
	}
	if a != nil {
		a = stateMention(a)
		// "Russian opposition leader X": the state places him (his home,
		// boundState) but he holds no office in it (titles.yaml stateless)
		stateless := t != nil && t.Title != nil && t.Title.Stateless && a.Label == "Country"
		d.bindings = append(d.bindings, titleBinding{sent: si, person: person, title: title, aff: *a, rank: t != nil && t.Title != nil && t.Title.Rank, stateless: stateless})
	}
	if aff >= 0 {
		d.mentions[aff].Arg = false // "U.S. President George W. Bush" is one argument: the person
	}
	if _, ok := d.offices[p.Key]; !ok || a != nil {
		if !ok {
			d.officeOrder = append(d.officeOrder, p.Key)
		}
		d.offices[p.Key] = office{title: title, aff: a}
	}
}

// regionalComplement reports whether title t's own complement, "of" and
// the words before a comma or the sentence's end, names a region or
// another's body rather than a state: a place noun ("president of the
// Southern Province", "premier of the province": words.yaml place_heads)
// or a possessive ("president of the territory's government"). The office
// is held there, so no state is guessed for it from the article.
func (x *Extractor) regionalComplement(d *doc, t *Mention) bool {
	end := d.sents[t.sent].To
	if t.To >= end || d.lw(t.To) != "of" {
		return false
	}
	for i := t.To + 1; i < end && i <= t.To+8 && d.toks[i].Text != ","; i++ {
		if w := d.lw(i); possessiveS(w) || d.in(i, x.lex.sets.placeHeads) {
			return true
		}
	}
	return false
}

// bodyBefore returns the organization that opens the sentence before si
// as its subject, right before its verb, when staff title t opens
// sentence si ("The Kestrel Council welcomed the ruling. Spokesman X told
// reporters ...", "The Chilean Foreign Ministry rejected the charge. A
// spokeswoman, X, said"): the post speaks for the body just heard; not a
// state (a bare spokesman after "Chile said ..." may be anyone's); nil when that
// sentence names a person or another actor outside a preposition's
// object ("The council met Peru's president. Spokesman X said": whose?).
func (d *doc) bodyBefore(si int, t *Mention) *Mention {
	s := d.sents[si]
	if si == 0 || t.From != s.From && (t.From != s.From+1 || !determiners[d.lw(s.From)]) {
		return nil
	}
	prev := d.sents[si-1]
	ms := d.sentMentions(si - 1)
	open := prev.From
	if open < prev.To && d.lw(open) == "the" {
		open++
	}
	n := d.mentionAt(ms, open)
	if n < 0 {
		return nil
	}
	subject := &d.mentions[n]
	if subject.Kind != mName || subject.Key == "" || subject.Label != "Organization" || isState(subject) ||
		subject.To >= prev.To || d.toks[subject.To].Kind != Word || d.toks[subject.To].Capitalized() {
		return nil
	}
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From < subject.To || m.Key == subject.Key {
			continue
		}
		if m.Label == "Person" || (m.Label == "Organization" || m.Label == "Country") && m.Kind != mPronoun && !d.prepositionObject(m) {
			return nil
		}
	}
	return subject
}

// frontedCapital returns, as an affiliation index (see affMention), the
// country of the capital a sentence opens with, "In CAPITAL," (a day may
// follow: "In Tokyo on Monday,"), when title mention t opens the clause
// right after the comma: "In Tokyo, Foreign Minister Jane Roe said ..."
// is a minister of Japan, the story's scene moved there. Only a capital
// (a seat of government, lexicon kindCapital) sets the scene so: in "In
// Geneva, Foreign Minister X" the minister came from elsewhere. -1 when
// the sentence opens otherwise.
func (x *Extractor) frontedCapital(d *doc, si int, t *Mention) int {
	s := d.sents[si]
	if t == nil || d.lw(s.From) != "in" {
		return -1
	}
	ms := d.sentMentions(si)
	c := d.mentionAt(ms, s.From+1)
	if c < 0 || !x.writtenAs(d, &d.mentions[c], kindCapital) {
		return -1
	}
	i := d.mentions[c].To
	if d.lw(i) == "on" && i+2 < s.To && d.toks[i+1].Capitalized() {
		i += 2 // "on Monday"
	}
	if i >= s.To || d.toks[i].Text != "," {
		return -1
	}
	i++
	for i < t.From && titleSkip[d.lw(i)] {
		i++
	}
	if i != t.From {
		return -1
	}
	return x.capitalState(d, ms, c)
}

// paragraphReach is how many sentences after a paragraph's dateline a
// title may be to stand in its scene (paragraphCapital).
const paragraphReach = 8

// capitalState returns, as an affiliation index (see affMention), the
// state whose capital mention c names (a Country mention of the capital
// standing for its state, or a Location whose country the lexicon
// knows); -1 when the lexicon knows none.
func (x *Extractor) capitalState(d *doc, ms []int, c int) int {
	if d.mentions[c].Label == "Location" {
		return x.placeCountry(d, ms, d.mentions[c].From)
	}
	d.extra = append(d.extra, d.mentions[c])
	return -(len(d.extra)) - 1
}

// paragraphCapital returns, as an affiliation index (see affMention), the
// state of the capital that heads the paragraph of sentence si as a
// digest's dateline does: the paragraph opens with the capital written in
// capitals and a colon or a dash ("KABUL: Foreign Minister Jane Roe said
// ..."; "LIMA - President X spoke. Interior Minister Y added ...";
// paragraphDateline), which sets the scene
// of every sentence of that paragraph as "In Kabul," does for its own
// (frontedCapital). -1 when the paragraph opens otherwise or more than
// paragraphReach sentences before si, or when title mention t's sentence
// names another country before it ("KAMPALA: Kenya's daily said President
// X ...").
func (x *Extractor) paragraphCapital(d *doc, si int, t *Mention) int {
	p := si
	for p > 0 && si-p < paragraphReach && !d.toks[d.sents[p].From].NewlineBefore {
		p--
	}
	s := d.sents[p]
	if !d.toks[s.From].NewlineBefore && s.From > 0 {
		return -1
	}
	ms := d.sentMentions(p)
	c := d.mentionAt(ms, s.From)
	// "Lima: a city divided" is a heading, not a dateline
	if c < 0 || d.mentions[c].To+1 >= s.To || !paragraphDateline(d, p, s.From, d.mentions[c].To-s.From) || !x.writtenAs(d, &d.mentions[c], kindCapital) {
		return -1
	}
	a := x.capitalState(d, ms, c)
	if st := d.affMention(a); st != nil && t != nil {
		for _, k := range d.sentMentions(si) {
			if m := &d.mentions[k]; m.From < t.From && m.Label == "Country" && m.Country != "" && m.Country != st.Country {
				return -1 // "KAMPALA: Kenya's daily said President X ...": another state is in view
			}
		}
	}
	return a
}

// paragraphDateline reports whether the n tokens at toks[i] open
// sentence si's paragraph as a digest's dateline: in capitals before a
// colon (datelineCaps), or before a dash when another paragraph opens
// so too ("ROME - Prime Minister X said ..." in a report compiled from
// several bureaus, each paragraph under its own dateline). A story's one
// dash dateline is its home (homeCountry), not a paragraph's scene.
func paragraphDateline(d *doc, si, i, n int) bool {
	if datelineCaps(d, si, i, n, true) {
		return true
	}
	if !dashDateline(d, si, i, n) {
		return false
	}
	for sj := range d.sents {
		if sj == si {
			continue
		}
		for m := 1; m <= 3; m++ {
			if dashDateline(d, sj, d.sents[sj].From, m) {
				return true
			}
		}
	}
	return false
}

// dashDateline reports whether the n words at toks[i] open sentence si's
// paragraph in capitals before a dash ("ROME -", "ABU DHABI --";
// datelineCaps).
func dashDateline(d *doc, si, i, n int) bool {
	if !datelineCaps(d, si, i, n, false) {
		return false
	}
	for k := i; k < i+n; k++ {
		if d.toks[k].Kind != Word {
			return false
		}
	}
	return true
}

// sortInView returns a mention of the one organization of kind sort
// (armed-group, party, international, legislature: orgSort) named in
// title mention t's sentence before the title, or else in that sentence
// or the lookBack sentences before it, which a title held in such an
// organization and written with none ("The rebel leader, Jane Roe,
// said") is held in; nil when none or two such organizations are in
// view.
func (d *doc) sortInView(t *Mention, sort string) *Mention {
	var here *Mention
	for _, k := range d.sentMentions(t.sent) {
		m := &d.mentions[k]
		if m.From >= t.From || m.Label != "Organization" || d.orgSort(m) != sort || m.Key == "" {
			continue
		}
		if here != nil && here.Key != m.Key {
			here = nil // two of that kind in the sentence: look no nearer
			break
		}
		if here == nil {
			here = m
		}
	}
	if here != nil {
		return here // "The OAS convened ..., and Secretary General X flew to Lima": the one named in the sentence before the title
	}
	var found *Mention
	for k := range d.mentions {
		m := &d.mentions[k]
		if !d.sortOrgInView(m, t, sort) {
			continue
		}
		if found != nil && found.Key != m.Key {
			return nil // "ELN and FARC rebels ... the rebel leader": whose?
		}
		if found == nil {
			found = m
		}
	}
	return found
}

// wholeInView returns the organization of kind sort in view of title
// mention t (the sentences sortInView reads) when the several of that
// kind in view are that organization and bodies the lexicon makes its
// parts (parent:): "NATO's North Atlantic Council gathered in Brussels.
// Secretary General X said" names one whole, NATO, whose title X holds.
// nil when none, when the whole is not itself named, or when two
// organizations in view have no one whole ("the OAS and the UN ...").
func (x *Extractor) wholeInView(d *doc, t *Mention, sort string) *Mention {
	root := ""
	named := false
	for k := range d.mentions {
		m := &d.mentions[k]
		if !d.sortOrgInView(m, t, sort) {
			continue
		}
		r := m.Key
		if p, ok := x.parents.byKey[m.Key]; ok && p.label == "Organization" {
			r = p.key
		}
		if root != "" && r != root {
			return nil
		}
		root = r
		named = named || m.Key == r
	}
	if !named {
		return nil
	}
	return d.keyMention(root)
}

// sortOrgInView reports whether m is a keyed organization of kind sort
// (orgSort) named in the sentences title mention t has in view: its own
// and the lookBack sentences before it (sortInView, wholeInView).
func (d *doc) sortOrgInView(m, t *Mention, sort string) bool {
	return m.sent >= t.sent-lookBack && m.sent <= t.sent && m.Label == "Organization" && d.orgSort(m) == sort && m.Key != ""
}

// stateModified reports whether a state's name or demonym stands before
// title mention t across capitalised words only ("Chilean Permanent
// Representative", "Peru's Deputy Speaker"): the title is written with
// its own state, even when affiliation does not reach it, and an
// organization of the title's sort in view is no guess for it.
func (d *doc) stateModified(t *Mention) bool {
	ms := d.sentMentions(t.sent)
	i := t.From
	for i-1 > d.sents[t.sent].From && d.toks[i-1].Kind == Word && d.toks[i-1].Capitalized() && d.mentionEnding(ms, i, nil) < 0 {
		i--
	}
	if i-1 > d.sents[t.sent].From && d.toks[i-1].Text == "'s" {
		i--
	}
	return d.mentionEnding(ms, i, isState) >= 0
}

// orgSort is the sort of organization mention m: the lexicon's or the
// one its name's words gave it (m.Sort), else the one the last word of a
// name the lexicon does not know gives (words.yaml head_sorts: "the
// Senate", "the Kestrel National Assembly" are legislatures).
func (d *doc) orgSort(m *Mention) string {
	if m.Sort != "" || m.lexical {
		return m.Sort
	}
	name := m.Name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return d.words.headSorts[name]
}

// reportedPrincipal returns the state of the person whose act a staff
// member reports: "President Jane Roe has ordered the talks to resume,
// spokesman John Doe said" makes Doe a spokesman of Roe's state. The
// staff title t stands after the comma that closes the reported clause,
// its holder p says it ("spokesman X said", "said spokesman X"), and the
// clause opens with a person whose state the article or lexicon knows
// (personHome), or with a named organization and a verb of saying, whose
// staff he is ("The Kestrel Front says it holds the town, spokesman X
// told reporters"). For a state's title that is no staff post, the clause
// opens with a state's name and "will" or "would" (words.yaml will_words,
// would_words): the official announces what his state will do ("Chile
// will send two frigates, Defence Minister Jon Berg said"; not "Chile
// has attacked Peru, ..."); for a title of no state (a body's officer),
// with a named body that will act, past its bracketed acronym ("The
// Kestrel Institute (KI) will close its office, director Ana Ruiz said").
// nil otherwise.
func (x *Extractor) reportedPrincipal(d *doc, si int, p, t *Mention) *Mention {
	s := d.sents[si]
	c := t.From - 1
	for c > s.From && titleSkip[d.lw(c)] {
		c-- // ", the spokesman X said"
	}
	saidAfter := p.To < s.To && x.isSaying(d.lw(p.To))
	saidBefore := c > s.From && x.isSaying(d.lw(c))
	if saidBefore {
		c-- // ", said spokesman X"
	}
	if c > s.From && isQuote(d.toks[c].Text) {
		c-- // "... aggression," spokesman X said
	}
	if c <= s.From || d.toks[c].Text != "," || !saidAfter && !saidBefore {
		return nil
	}
	ms := d.sentMentions(si)
	i := s.From
	for i < c && d.toks[i].Kind == Punct {
		i++ // an opening quote
	}
	n := d.mentionAt(ms, i)
	if !t.Title.Staff {
		// "Chile will send two frigates, Defence Minister Jon Berg
		// said": a state's official announcing what a state will do
		// speaks for that state; not in a quote ("'Chile will never
		// win,' minister X said" may be anyone's)
		for k := 1; k <= 3 && i == s.From && i+k < c; k++ {
			if datelineCaps(d, si, i, k, false) {
				i += k + 1 // "LIMA - Chile will ..."
				n = d.mentionAt(ms, i)
			}
		}
		if n < 0 && i+1 < c && d.lw(i) == "the" && !t.Title.State {
			n = d.mentionAt(ms, i+1) // "The Kestrel Institute will ..."
		}
		if n < 0 || i >= c || slices.ContainsFunc(d.toks[s.From:c+1], func(tk Token) bool { return isQuote(tk.Text) }) || d.mentions[n].Kind != mName {
			return nil
		}
		m := &d.mentions[n]
		// a body's officer (a title of no state) announcing what a named
		// body will do speaks for it: "The Kestrel Institute (KI) will
		// close its office, director Ana Ruiz said"
		body := !t.Title.State && t.Title.Country == "" && m.Label == "Organization" && m.Key != "" && !isState(m)
		if v := d.afterAcronym(m); (m.Label == "Country" && t.Title.State || body) && v < c && (d.in(v, d.words.willWords) || d.in(v, d.words.wouldWords)) {
			return m
		}
		return nil
	}
	if n < 0 && i+1 < c && d.lw(i) == "the" {
		n = d.mentionAt(ms, i+1) // "The Pentagon says ..."
	}
	if n >= 0 && d.mentions[n].Label == "Organization" && d.mentions[n].Kind == mName && d.mentions[n].Key != "" &&
		!isState(&d.mentions[n]) && d.mentions[n].To < c && x.isSaying(d.lw(d.mentions[n].To)) {
		return &d.mentions[n] // "The Kestrel Front says it holds the town, spokesman X said": the body's spokesman
	}
	for k := 0; k < 2 && n >= 0 && (d.mentions[n].Kind == mTitle || isState(&d.mentions[n])); k++ {
		n = d.mentionAt(ms, d.mentions[n].To) // "President Jane Roe", "Chilean President Jane Roe"
	}
	if n < 0 || d.mentions[n].Label != "Person" || d.mentions[n].Kind != mName || d.mentions[n].Key == p.Key {
		return nil
	}
	return d.homeMention(&d.mentions[n])
}

// companionPrincipal returns the home of the person whose companions a
// list after "accompanied by", "joined by" (words.yaml companion_verbs)
// names, when title mention t stands in that list: "Chile's president
// arrived on Monday. She was accompanied by her husband, Tom Roe, and
// Defence Minister Carlos Vega" makes Vega Chile's. The list holds only
// names, titles, commas, "and" and a few lower-case words apposed to a
// name ("her husband,"); the principal is the clause's subject, a person
// (a pronoun read back to him counts) with no other actor named between
// him and the verb, whose home the article or lexicon knows (personHome).
// nil otherwise.
func (d *doc) companionPrincipal(si int, t *Mention) *Mention {
	s := d.sents[si]
	ms := d.sentMentions(si)
	by, lower := -1, 0
	for j := t.From; j > s.From && by < 0; {
		tk := d.toks[j-1]
		if k := d.mentionEnding(ms, j, nil); k >= 0 {
			j, lower = d.mentions[k].From, 0 // a name or title of the list
			continue
		}
		switch {
		case tk.lower == "by":
			by = j - 1
		case tk.Text == "," || tk.lower == "and":
			lower = 0
		case tk.Kind == Word && !tk.Capitalized() && lower < 3 && (lower > 0 || d.toks[j].Text == ","):
			lower++ // "her husband, Tom Roe": a description apposed to a name
		case tk.Kind == Word && tk.Capitalized() && lower == 0:
			// "Political, Legal and Security Affairs Minister X": a
			// portfolio written in capitals before a title of the list
		default:
			return nil
		}
		j--
	}
	if by <= s.From+1 || !d.in(by-1, d.words.companionVerbs) {
		return nil
	}
	n := d.mainSubject(ms, si, by-1, func(m *Mention) bool { return m.Label == "Person" })
	if n < 0 {
		return nil
	}
	for _, k := range ms {
		if m := &d.mentions[k]; m.From >= d.mentions[n].To && m.To < by && m.Arg && m.Label != "Location" && m.Label != "" {
			return nil // "Roe met Doe, who was joined by ...": whose companions?
		}
	}
	return d.homeMention(&d.mentions[n])
}

// personHome is the one reading of a person's home the mechanisms share:
// aff is the affiliation of the office the article bound to person p (a
// state or a body; nil if none), state the alpha-3 code of p's state: the
// affiliation's, else the lexicon's (knownCountry); "" if unknown.
func (d *doc) personHome(p *Mention) (aff *Mention, state string) {
	if o, ok := d.offices[p.Key]; ok && o.aff != nil {
		aff = o.aff
		state = stateOf(o.aff)
	}
	if state == "" {
		state = d.knownCountry(p)
	}
	return aff, state
}

// homeMention returns a mention of person p's home (personHome): the
// affiliation of his office, else a mention of his state; nil if unknown.
func (d *doc) homeMention(p *Mention) *Mention {
	aff, state := d.personHome(p)
	if aff == nil && state != "" {
		return d.countryMention(state)
	}
	return aff
}

// homeCountry returns the country whose officials a title written with
// no state belongs to: the state of the national outlet that wrote the
// article (outletCountry), when the article names it; else the
// article's principal country, unless the dateline names another country
// that the article names as a country too ("WASHINGTON - Iran ... Iran
// ... Energy Secretary X": a story written from Washington about Iran
// leaves its unqualified officials to the United States), in which case
// the dateline's country.
func (x *Extractor) homeCountry(d *doc) *Mention {
	h := x.homeLinesOf(d)
	if o := d.countryMention(h.outlet); o != nil {
		return o // "By Jane Roe, Kestrel Shimbun Correspondent": the paper's own state's officials
	}
	c := d.principalCountry()
	if h.dateline != "" && (c == nil || c.Country != h.dateline) {
		return d.countryMention(h.dateline)
	}
	return c
}

// homeLines is what an article's top lines say of the state it is
// written in, as alpha-3 codes ("" where they say nothing): its
// national outlet's (outletCountry), its dateline's (datelineCountry)
// and its paper's place-and-date line's (paperHome).
type homeLines struct{ outlet, dateline, paper string }

// homeLinesOf returns what the top lines of article d say (homeLines),
// read once per document on first use: every state's title guessed asks
// them (holds, homeCountry, writtenFrom).
func (x *Extractor) homeLinesOf(d *doc) homeLines {
	if d.home == nil {
		outlet := x.outletCountry(d)
		if outlet == "" {
			outlet = x.creditedHome(d)
		}
		d.home = &homeLines{outlet: outlet, dateline: d.datelineCountry(), paper: d.paperHome()}
	}
	return *d.home
}

// headerLines is how many sentences after the title may stand above an
// article's body (bylines, a masthead, a dateline) for outletCountry.
const headerLines = 5

// outletCountry returns the alpha-3 code of the state whose own news
// outlet wrote the article, named in the short lines between the title
// and the body: a byline ("By Jane Roe, Kestrel Shimbun Correspondent")
// or a masthead ("Jane Roe and Tom Berg / The Lima Post"). A national
// paper leaves its own state's officials unqualified, even in a story
// filed from abroad ("KUALA LUMPUR - ... Foreign Minister X" in a
// Japanese paper is Japan's). The outlet is a media organization the
// lexicon knows with its state, or a name that opens with a state's or
// a place's name and ends with a press head (words.yaml press_heads:
// "The Lima Post" is Peru's). An agency credited in brackets or slashes
// ("LIMA, May 2 (Reuters) -", "/TASS/") files from its dateline and sets
// no home; two outlets of different states ("with Reuters, AFP, dpa")
// set none either. "" when none.
func (x *Extractor) outletCountry(d *doc) string {
	home := ""
	for si := 0; si < len(d.sents) && si <= headerLines; si++ {
		s := d.sents[si]
		if s.To-s.From > 12 && si == 0 {
			continue // a long headline
		}
		if s.To-s.From > 12 {
			break // the body's first sentence
		}
		for i := s.From; i < s.To; i++ {
			e, n := x.lex.match(d.toks, i, s.To)
			if i > s.From && strings.ContainsAny(d.toks[i-1].Text, "(/") {
				continue
			}
			c := ""
			switch {
			case e == nil && si == 0:
				// a short place name in capitals ("KYIV POST"), which the
				// lexicon reads in capitals only in a dateline; read only
				// on a line that may be a masthead (the test below)
				if !x.mastheadLine(d, s, i) {
					break
				}
				if e, n = x.lex.match(namesCased(d.toks[s.From:s.To]), i-s.From, s.To-s.From); e != nil && e.country != "" &&
					e.label != "Organization" && e.label != "Person" && x.pressHeadAfter(d, i+n, s.To) {
					c = e.country
				}
			case e == nil:
			case e.label == "Organization" && e.sort == "media":
				c = e.country
			case e.country != "" && e.label != "Organization" && e.label != "Person" && x.pressHeadAfter(d, i+n, s.To):
				c = e.country // "The Jakarta Post", "Estonian Public Broadcasting"
			}
			if c != "" && si == 0 && !x.mastheadLine(d, s, i) {
				c = "" // the first line is the headline unless the outlet's name is all of it
			}
			if c == "" {
				continue
			}
			if home != "" && home != c {
				return ""
			}
			home = c
			i += n - 1
		}
	}
	return home
}

// creditedHome returns the alpha-3 code of the national news agency
// credited in brackets after the article's dateline ("SEOUL, June 15
// (Yonhap) --", "Warsaw (PAP) -"), or "": a national agency writes from
// its own state's side wherever it files, as a national paper does
// (outletCountry), so its state's officials go unqualified ("PYONGYANG,
// June 15 (Yonhap) -- President X" is South Korea's). An international
// wire (words.yaml wire_services: Reuters, AFP, Xinhua) files from
// anywhere and sets none; only the first credited dateline is read, and
// only a credit before the line's first dash.
func (x *Extractor) creditedHome(d *doc) string {
	for si := 0; si < len(d.sents) && si < 6; si++ {
		from, end := d.sents[si].From, d.sents[si].To
		k := d.agencyDash(from+1, min(end-1, from+15))
		if k < 0 {
			continue
		}
		open := k - 2
		for open > from && d.toks[open].Text != "(" {
			open--
		}
		if d.toks[open].Text != "(" || slices.ContainsFunc(d.toks[from:open], func(t Token) bool { return isHyphen(t.Text) || t.Text == "—" }) {
			return "" // the credit stands before the dateline's dash, not in the body after it
		}
		e, n := x.lex.match(d.toks, open+1, k-1)
		if e == nil || open+1+n != k-1 || e.label != "Organization" || e.sort != "media" || x.lex.sets.wireServices[e.name] {
			return ""
		}
		return e.country
	}
	return ""
}

// mastheadLine reports whether sentence s, an article's first line, is
// only the name of the outlet that opens at toks[i] ("KYIV POST", "The
// Lima Post", "Athens News" above the headline): a masthead, not a
// headline that names a paper ("Lima Post sues the government").
func (x *Extractor) mastheadLine(d *doc, s Sentence, i int) bool {
	if s.To-s.From > 4 || i > s.From && (i > s.From+1 || d.lw(s.From) != "the") || s.To < len(d.toks) && !d.toks[s.To].NewlineBefore {
		return false
	}
	for j := i; j < s.To; j++ {
		if t := d.toks[j]; t.Kind != Word || !t.Capitalized() {
			return false
		}
	}
	return true
}

// namesCased returns a copy of toks with each word written in capitals
// written as a name ("KYIV" -> "Kyiv"). It keeps the first letter as
// written, where titleCase lowers it and raises it again: "İSTANBUL" is
// "İstanbul" here and "Istanbul" there, so the two are kept apart.
func namesCased(toks []Token) []Token {
	out := slices.Clone(toks)
	for k, t := range out {
		if t.Kind == Word && len(t.Text) > 1 && isAllCaps(t.Text) {
			r, size := utf8.DecodeRuneInString(t.Text)
			out[k].Text = string(r) + strings.ToLower(t.Text[size:])
		}
	}
	return out
}

// pressHeadAfter reports whether a press head (words.yaml press_heads:
// "Post", "Times", "Broadcasting", "Radio") stands at toks[i], or after
// one or two capitalised words ("Public Broadcasting", "National
// Radio"), before end: the words after a state's or a place's name that
// make it an outlet's name.
func (x *Extractor) pressHeadAfter(d *doc, i, end int) bool {
	for j := i; j < end && j <= i+2; j++ {
		t := d.toks[j]
		if t.Kind != Word || !t.Capitalized() {
			return false
		}
		if x.lex.sets.pressHeads[t.Text] || isAllCaps(t.Text) && x.lex.sets.pressHeads[titleCase(t.Text)] { // "KYIV POST"
			return true
		}
	}
	return false
}

// datelineCountry returns the alpha-3 code of the country of the place a
// wire story's dateline names ("SEOUL (Yonhap) -", "WASHINGTON -",
// "KYIV, Ukraine -"), or "": the first word of one of the first six
// sentences (a headline, a standfirst, a byline and a date line may
// stand before it), written in capitals, is a place or country mention
// followed by a dash within a dozen tokens, or a paper's dateline in
// capitals and a colon ("ISLAMABAD: The cabinet ..."; datelineCaps). A
// line in capitals that is no place before a dash (a masthead) is passed
// over.
func (d *doc) datelineCountry() string {
	for si := 0; si < len(d.sents) && si < 6; si++ {
		from, end := d.sents[si].From, d.sents[si].To
		if m := d.placeDateLine(si); m != nil {
			return m.Country // "THE LIMA STAR / Lima, Wednesday, October 22, 1986"
		}
		tk := d.toks[from]
		if tk.Kind != Word || len(tk.Text) < 3 || strings.ToUpper(tk.Text) != tk.Text && !d.creditedDateline(si) {
			continue
		}
		for j := from + 1; j < end && j < from+12; j++ {
			if isHyphen(d.toks[j].Text) || d.toks[j].Text == "—" || d.toks[j].Text == ":" && datelineCaps(d, si, from, j-from, true) {
				for _, k := range d.sentMentions(si) {
					if m := &d.mentions[k]; m.From == from && (m.Label == "Location" || m.Label == "Country") {
						return m.Country
					}
				}
				break
			}
		}
	}
	return ""
}

// paperHome returns the alpha-3 code of the state a paper's
// place-and-date line under its masthead names (placeDateLine), or "": a
// paper written at home leaves its own state's officials unqualified
// wherever its story goes ("Lima, Wednesday, October 22, 1986 ... Chile
// ... The Minister of Home Affairs, Mr X," is Peru's minister), so its
// state is not asked to be in view.
func (d *doc) paperHome() string {
	for si := 0; si < len(d.sents) && si < 6; si++ {
		if m := d.placeDateLine(si); m != nil {
			return m.Country
		}
	}
	return ""
}

// placeDateLine returns the place a paper's place-and-date line names:
// sentence si is a line of its own right under a masthead in capitals
// (the line before, of four words at most, all in capitals: "THE LIMA
// STAR") holding only a place's or a state's name, a comma and a date
// (names.yaml weekdays and months, numbers and commas): the line that
// says where the paper is written ("Lima, Wednesday, October 22, 1986",
// "Quito, 3 May 2001"); nil otherwise (no masthead above: a
// correspondent's or agency's line; a sentence going on after the date,
// "Lima, May 3, is calm"; no month: "Lima, Peru").
func (d *doc) placeDateLine(si int) *Mention {
	from, end := d.sents[si].From, d.sents[si].To
	if si == 0 || !d.toks[from].NewlineBefore || end < len(d.toks) && !d.toks[end].NewlineBefore || end-from > 10 {
		return nil
	}
	if prev := d.sents[si-1]; prev.To != from || prev.To-prev.From > 4 || !slices.ContainsFunc(d.toks[prev.From:prev.To], func(t Token) bool { return t.Kind == Word }) ||
		slices.ContainsFunc(d.toks[prev.From:prev.To], func(t Token) bool { return t.Kind != Word || !isAllCaps(t.Text) }) {
		return nil // no masthead in capitals right above
	}
	k := d.mentionAt(d.sentMentions(si), from)
	if k < 0 {
		return nil
	}
	m := &d.mentions[k]
	if m.Country == "" || m.Label != "Location" && m.Label != "Country" || m.To+1 >= end || d.toks[m.To].Text != "," {
		return nil
	}
	month := false
	for j := m.To + 1; j < end; j++ {
		t := d.toks[j]
		switch {
		case d.words.months[t.Text]:
			month = true
		case t.Kind == Number || t.Text == "," || d.words.weekdays[t.Text]:
		default:
			return nil
		}
	}
	if !month {
		return nil
	}
	return m
}

// creditedDateline reports whether sentence si opens with a dateline
// written in ordinary case that credits its agency in brackets before a
// dash ("Addis Ababa, July 9, 2018 (ENA) --", "Nairobi, March 3 (AFP) -"):
// a capitalised opening word is a dateline only with that credit.
func (d *doc) creditedDateline(si int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	if from+2 >= end || d.toks[from+1].Text != "," && d.toks[from+2].Text != "," {
		return false
	}
	return d.agencyDash(from+3, min(end-1, from+15)) >= 0 // a word at least after the dash
}

// principalCountry returns the first mention of the country the article
// is about: the one its mentions (names, demonyms and descriptions
// resolved to it; pronouns are too unsure) name most often, when that country has at
// least three mentions and a quarter more than any other. A title of a
// state's government written with no state ("the Prime Minister") is held
// for it; with no clear leader, nil.
func (d *doc) principalCountry() *Mention {
	count := map[string]int{}
	for _, m := range d.mentions {
		if m.Label == "Country" && m.Key != "" && m.Kind != mPronoun {
			count[m.Key]++
		}
	}
	best, second := "", 0
	for k, n := range count {
		if best == "" || n > count[best] || n == count[best] && k < best {
			best = k
		}
	}
	for k, n := range count {
		if k != best && n > second {
			second = n
		}
	}
	if best == "" || count[best] < 3 || 4*count[best] < 5*second {
		return nil
	}
	return d.keyMention(best)
}

// subjectBefore returns the state that opens the sentence before si as
// its subject, when the title or body that opens sentence si at token
// from (past "the") is of no state and that state is the one last in view
// (namedNear), and any other state it names is the object of a
// preposition ("with neighbouring Peru"): "Chile on Tuesday broke off
// relations with Peru. Foreign Minister Jon Berg announced the decision
// ..." makes Berg Chile's, also in a story about two states that none
// dominates (principalCountry); not after "Chile attacked Peru.". The
// subject may stand after a dateline and "the" ("Lima: The Peruvian
// government has recalled ...") and may be a state's body, which stands
// for its state ("The Ministry of Foreign Affairs said ... . Foreign
// Minister X described ..." is that ministry's state's minister), or a
// demonym before a noun of its officials ("Peruvian officials said ...";
// demonymActors). A title opening a clause coordinated after a comma ("..., and Trade
// Minister X postponed") or a semicolon reads the first clause of its
// own sentence the same way (conjunctBefore): "Chile paused the talks on
// Monday, and Trade Minister X cancelled her visit" makes X Chile's. nil
// otherwise.
func (d *doc) subjectBefore(si, from int) *Mention {
	var prev Sentence
	var ms []int
	switch {
	case from == d.sents[si].From || from == d.sents[si].From+1 && d.lw(d.sents[si].From) == "the":
		if si == 0 {
			return nil
		}
		prev, ms = d.sents[si-1], d.sentMentions(si-1)
	default:
		end := d.conjunctBefore(si, from)
		if end < 0 {
			return nil
		}
		prev = d.sents[si]
		prev.To = end
		for _, k := range d.sentMentions(si) {
			if d.mentions[k].To <= end {
				ms = append(ms, k)
			}
		}
	}
	open := prev.From
	if k := d.mentionAt(ms, open); k >= 0 && d.mentions[k].To < prev.To && d.toks[d.mentions[k].To].Text == ":" {
		open = d.mentions[k].To + 1 // "Lima: The Peruvian government ..."
	}
	if open < prev.To && d.lw(open) == "the" {
		open++
	}
	named := slices.ContainsFunc(ms, func(k int) bool {
		return d.mentions[k].From == open && d.mentions[k].Label == "Country" && d.mentions[k].Kind != mImplied
	})
	var subject *Mention
	for _, k := range ms {
		m := &d.mentions[k]
		// a body named with its state ("Peru's parliament must ...") is
		// read through the state's own name, as before
		if m.From == open && (m.Label == "Country" && m.Kind == mName || stateBody(m) && !named || d.demonymActors(m)) && m.Country != "" && m.To < prev.To && d.toks[m.To].Kind == Word {
			subject = m
		}
		if subject != nil && m.Label == "Country" && m.Country != subject.Country && !d.prepositionObject(m) &&
			(m.Kind == mName || subject.Kind == mAdjective && m.Kind != mPronoun) {
			return nil // "Russia attacked Ukraine. Foreign Minister X said": whose?
		}
	}
	if subject == nil || !d.namedNear(subject.Country, si, from) {
		return nil
	}
	if subject.Label != "Country" {
		return d.countryMention(subject.Country)
	}
	return subject
}

// demonymActors reports whether m is a state's demonym before a noun of
// its officials ending the noun phrase (words.yaml official_nouns):
// "Peruvian officials", "the Chilean government" stand for their state
// as a clause's subject ("the US Navy aircraft" does not). Read so, any
// other state the clause names, as a demonym too, but for a
// preposition's object leaves the subject's state unsure.
func (d *doc) demonymActors(m *Mention) bool {
	end := d.sents[m.sent].To
	if m.Label != "Country" || m.Kind != mAdjective || m.To+1 >= end || !d.in(m.To, d.words.officialNouns) {
		return false
	}
	return d.toks[m.To+1].Kind != Word || !d.toks[m.To+1].Capitalized() && !d.in(m.To+1, d.words.officialNouns)
}

// conjunctBefore returns the end of the clause a clause opening at
// token from of sentence si (past "the" and a portfolio's words in
// capitals) is coordinated to, when a comma
// and "and" or "but", or a semicolon, stand right before it: "Chile
// paused the talks, and Trade Minister X ..." gives the comma's index;
// -1 otherwise.
func (d *doc) conjunctBefore(si, from int) int {
	s := d.sents[si]
	k := from
	for k > s.From && k > from-3 && d.toks[k-1].Kind == Word && d.toks[k-1].Capitalized() {
		k-- // "International Trade Minister X": a portfolio in capitals before the title
	}
	if k > s.From && d.lw(k-1) == "the" {
		k--
	}
	switch {
	case k-1 > s.From && d.toks[k-1].Text == ";":
		return k - 1
	case k-2 > s.From && (d.lw(k-1) == "and" || d.lw(k-1) == "but") && d.toks[k-2].Text == ",":
		return k - 2
	}
	return -1
}

// stateBody reports whether m is a generic body of a state resolved to
// its state ("the Ministry of Foreign Affairs", "Peru's defence
// ministry"), which stands for that state as a sentence's subject.
func stateBody(m *Mention) bool {
	return m.Label == "Organization" && m.concept != "" && m.Country != "" && strings.HasPrefix(m.Key, "organization:"+m.Country+"-")
}

// prepositionObject reports whether name m is the object of a
// preposition, past one lower-case modifier: "with Peru", "with
// neighbouring Peru" (not "of", "by"; see objectCountry).
func (d *doc) prepositionObject(m *Mention) bool {
	i := m.From - 1
	if i > d.sents[m.sent].From && d.toks[i].Kind == Word && !d.toks[i].Capitalized() && !d.in(i, d.words.objectPreps) {
		i--
	}
	w := d.lw(i)
	return i >= d.sents[m.sent].From && d.words.objectPreps.has(w) && w != "of" && w != "by"
}

// namedNear reports whether sentence si or one of the two before it names
// the country with the alpha-3 code, itself or through one of its bodies,
// people or demonyms, and no other country is the one last in view before
// token i: the latest country named in sentence si before i, or else the
// first one (its subject, the most salient) of the latest sentence before
// that names one, a country named as the object of a preposition ("talks
// with Peru") aside. "Iranian officials said. Foreign Minister X ..." is
// no minister of the article's principal country; "Seoul hoped Pyongyang
// would respond. Defense Minister X ..." is Seoul's. A state's body that
// opens its sentence is its state named there ("The Foreign Ministry
// said ... the Chilean consul ... . Foreign Minister X" is the
// ministry's state's).
func (d *doc) namedNear(code string, si, i int) bool {
	named, last, lastSent := false, "", -1
	for _, m := range d.mentions {
		if m.sent < si-2 || m.sent > si || m.sent == si && m.From >= i {
			continue
		}
		named = named || m.Country == code
		if (m.Label == "Country" && m.Kind != mPronoun || stateBody(&m) && m.From-d.sents[m.sent].From <= 1) && m.Country != "" && !d.objectCountry(&m) && (m.sent == si || m.sent != lastSent) {
			last, lastSent = m.Country, m.sent
		}
	}
	return named && (last == "" || last == code)
}

// objectCountry reports whether country mention m is the object of a
// preposition other than "of" and "by" ("talks with Peru", "a visit to
// Peru"): named so, another country sets no context for the officials
// written after it without a state.
func (d *doc) objectCountry(m *Mention) bool {
	w := d.lw(m.From - 1)
	return m.From > d.sents[m.sent].From && m.Kind == mName && d.words.objectPreps.has(w) && w != "of" && w != "by"
}

// countryMention returns a mention of the country with the alpha-3 code,
// if the article names it.
func (d *doc) countryMention(code string) *Mention { return d.keyMention("country:" + code) }

// keyMention returns the first mention of the entity with key, if the
// article names it. The index is built on first use, after all mentions
// are found.
func (d *doc) keyMention(key string) *Mention {
	if d.byKey == nil {
		d.byKey = map[string]int{}
		for k := len(d.mentions) - 1; k >= 0; k-- {
			if m := &d.mentions[k]; m.Key != "" && m.Label != "" {
				d.byKey[m.Key] = k
			}
		}
	}
	if k, ok := d.byKey[key]; ok {
		return &d.mentions[k]
	}
	return nil
}

// titleAlone handles a title with no name: a reference to the person who
// last held it in this article (not for a plural title: "the energy
// ministers" are several), or, when there is none, the country acting
// through an unnamed official ("the Libyan ambassador"); a title held for
// a named state or body is then a vacancy for the next holder named.
func (x *Extractor) titleAlone(d *doc, k, aff int) {
	t := &d.mentions[k]
	a := d.affMention(aff)
	plural := d.titleInPlural(t) // "the energy ministers": several holders, not the last one named
	for n := len(d.officeOrder) - 1; !plural && n >= 0 && n >= len(d.officeOrder)-20; n-- {
		key := d.officeOrder[n]
		o := d.offices[key]
		if o.title == t.Title.Name && (a == nil || o.aff != nil && o.aff.Key == a.Key) {
			t.Kind, t.Label, t.Key, t.Arg = mDescription, "Person", key, true
			if a != nil && aff >= 0 {
				d.mentions[aff].Arg = false
			}
			return
		}
	}
	if a != nil && !plural {
		if key := d.describedHolder(t, a); key != "" {
			// "Kim Jong Un oversaw the test. The North Korean leader said ...":
			// the description is Kim, who holds the office it names
			t.Kind, t.Label, t.Key, t.Arg = mDescription, "Person", key, true
			x.holds(d, t.sent, k, t.Title.Name, aff, t)
			return
		}
		if key := d.datedHolder(t, a); key != "" {
			// "Putin met Erdogan. ... the Russian president said": the one
			// person of the article the dictionary has in Russia's
			// government on the article's date
			t.Kind, t.Label, t.Key, t.Arg = mDescription, "Person", key, true
			x.holds(d, t.sent, k, t.Title.Name, aff, t)
			return
		}
		d.vacancies = append(d.vacancies, vacancy{sent: t.sent, title: t.Title.Name, aff: *a})
	}
	if aff >= 0 && d.mentions[aff].Kind == mAdjective {
		d.mentions[aff].Arg = true
	}
}

// describedHolder returns the key of the state's head that a definite
// title opening its sentence refers back to ("The North Korean leader
// said ..."): the one person named in the sentence before whom the
// lexicon knows as that state's and who has no office bound in the
// article. Only the titles of words.yaml referring_titles refer back so
// ("Kim Jong Un oversaw the test. The North Korean leader said ..." is
// Kim); "The Russian foreign minister said", after Putin, is another
// person. "" when none, or when someone named there already holds an
// office of that state.
func (d *doc) describedHolder(t *Mention, a *Mention) string {
	s := d.sents[t.sent]
	if t.sent == 0 || d.lw(s.From) != "the" || !isState(a) || a.Key == "" || t.Title == nil || !d.words.referringTitles.has(t.Title.Name) {
		return ""
	}
	for i := s.From + 1; i < t.From; i++ {
		if !(i >= a.From && i < a.To) && !titleSkip[d.lw(i)] {
			return "" // "The North Korean leader", "The outgoing Chilean president"; nothing else before
		}
	}
	code := stateOf(a)
	var matched, seen []string
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.sent != t.sent-1 || m.Label != "Person" || m.Kind != mName || m.Key == "" || slices.Contains(seen, m.Key) {
			continue
		}
		seen = append(seen, m.Key)
		aff, state := d.personHome(m)
		switch {
		case aff != nil && state == code:
			return "" // "Chilean Foreign Minister Jane Roe met X. The Chilean president ...": not said which
		case aff == nil && state == code:
			matched = append(matched, m.Key)
		}
	}
	if len(matched) == 1 {
		return matched[0]
	}
	return ""
}

// datedHolder returns the key of the person a definite head title of a
// state stands for when the article never writes the title with his name
// ("Putin met Erdogan in Sochi. Speaking after the talks, the Russian
// president said ..."; "Russia's president"): the one person named in
// the article before it, with no office bound, whom the Phoenix dictionary
// has in that state's government on the article's date. Only the titles
// of words.yaml referring_titles, whose holder is the state's head, and
// never a former or acting one ("the former Russian president"). ""
// when the article has no date, or two named people could hold the
// office ("Putin and Lavrov ... the Russian president", or a compatriot
// the dictionary does not date): the dictionary gives a sector, not the
// office.
func (d *doc) datedHolder(t *Mention, a *Mention) string {
	date := d.header.published
	if date == "" || t.Title == nil || !d.words.referringTitles.has(t.Title.Name) || !isState(a) || a.Key == "" || d.titleInPlural(t) {
		return ""
	}
	code := stateOf(a)
	from := d.sents[t.sent].From
	i := t.From - 1
	for i >= from && i >= a.From && i < a.To {
		i-- // "the Russian president"
	}
	switch {
	case i >= from && d.lw(i) == "the":
	case i >= from && (a.To == i || a.To == i+1) && (strings.HasSuffix(d.lw(i), "'s") || strings.HasSuffix(d.lw(i), "’s")):
		// "Russia's president"
	default:
		return "" // "a Russian president", "the former Russian president"
	}
	key := ""
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.From >= t.From || m.Label != "Person" || m.Kind != mName || m.Key == "" || m.Key == key {
			continue // the title refers back: to someone named before it
		}
		if _, ok := d.offices[m.Key]; ok {
			continue // "Foreign Minister Sergei Lavrov": he holds another office
		}
		r := m.role
		if r == nil && d.knownCountry(m) == code {
			return "" // "Putin and Dmitry Medvedev": a compatriot the dictionary does not date
		}
		if r == nil || r.Sector != "GOV" || r.Country != code || !r.Holds(date) {
			continue
		}
		if key != "" {
			return "" // two of the state's government named: which one?
		}
		key = m.Key
	}
	return key
}

// vacancy is a title written with the state or body it is held for but
// with no holder ("Chile's foreign minister says ..."): the next person
// named with that title alone is its holder.
type vacancy struct {
	sent  int
	title string
	aff   Mention
}

// vacancyReach is how many sentences after a vacant title its holder may
// be named: a headline and its story's first paragraph.
const vacancyReach = 6

// fillVacancy returns the affiliation of the latest vacant title of this
// name in the vacancyReach sentences up to si, and removes the vacancy
// (one holder each); nil if there is none, or if another state came into
// view between the vacancy and the holder named at token from (see
// vacancyInView).
func (d *doc) fillVacancy(si, from int, title string) *Mention {
	for k := len(d.vacancies) - 1; k >= 0; k-- {
		v := d.vacancies[k]
		if v.sent < si-vacancyReach {
			break
		}
		if v.title == title {
			if !d.vacancyInView(v, si, from) {
				return nil
			}
			d.vacancies = slices.Delete(d.vacancies, k, k+1)
			return &v.aff
		}
	}
	return nil
}

// vacancyInView reports whether the state of vacancy v is still the one
// in view at token from of sentence si: no other country is named as an
// actor in the sentences after the vacancy's up to the holder ("South
// Korea's foreign minister called for calm. Japan's prime minister
// agreed. Foreign Minister X ..." is no South Korean), and the holder's
// sentence is not set in another country's place ("In Washington,
// spokesman X said").
func (d *doc) vacancyInView(v vacancy, si, from int) bool {
	code := v.aff.Country
	if code == "" {
		return true
	}
	s := d.sents[si]
	if w := d.lw(s.From); (w == "in" || w == "at" || w == "from") && s.From+1 < s.To {
		for _, k := range d.sentMentions(si) {
			if m := &d.mentions[k]; m.From == s.From+1 && m.Country != "" && m.Country != code {
				return false
			}
		}
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.sent <= v.sent || m.sent > si || m.sent == si && m.From >= from {
			continue
		}
		if m.Label == "Country" && m.Kind != mPronoun && m.Country != "" && m.Country != code && !d.objectCountry(m) {
			return false
		}
	}
	return true
}

// counterparts binds "X's counterpart, Y" and "his Greek, Cypriot and
// French counterparts, A, B and C, respectively": each named person holds
// the anchor's title for the country before "counterpart(s)". The names
// must stand in apposition, right after "counterpart(s)" or its comma: in
// "his commanders will call their Japanese counterparts, spokesman X
// said" X is nobody's counterpart.
func (x *Extractor) counterparts(d *doc, si int, ms []int) {
	s := d.sents[si]
	for i := s.From; i < s.To; i++ {
		if w := d.lw(i); w != "counterpart" && w != "counterparts" {
			continue
		}
		var adjs, people []int
		anchor := -1
		for _, k := range ms {
			m := &d.mentions[k]
			switch {
			case m.To <= i && (m.Kind == mAdjective || m.Label == "Country" && m.Kind == mName) && m.From >= i-8:
				adjs = append(adjs, k)
			case m.To <= i && m.Kind == mPronoun && m.Label == "Person":
				anchor, adjs = k, nil
			case m.From > i && m.Label == "Person" && m.Kind == mName && len(people) < len(adjs):
				people = append(people, k)
			}
		}
		if anchor < 0 || len(adjs) == 0 || len(adjs) != len(people) {
			continue
		}
		j := i + 1
		if j < s.To && d.toks[j].Text == "," {
			j++
		}
		title := ""
		if t := d.mentionAt(ms, j); t >= 0 && d.mentions[t].Kind == mTitle && d.mentions[t].Title != nil && d.mentions[t].Title.State && !d.mentions[t].Title.Staff && len(people) == 1 {
			// "his Ghanaian counterpart, President Jane Roe": the state's
			// title the name is written with is the one held; a staff
			// post is another person's ("their counterparts, spokesman X
			// said")
			j, title = d.mentions[t].To, d.mentions[t].Title.Name
		}
		if d.mentions[people[0]].From != d.pastHonorifics(j, s.To) {
			continue // no apposition: the names belong to another phrase ("his counterpart, Mr Luis Vega" is one)
		}
		o, ok := d.offices[d.mentions[anchor].Key]
		if !ok {
			continue
		}
		if title == "" {
			title = o.title
		}
		for n := range people {
			x.holds(d, si, people[n], title, adjs[n], nil)
		}
	}
}

// copularHolder returns the person a title phrase starting at toks[start]
// is said of with "to be", "become", "serve as", a phrase of taking
// office before "as" ("was sworn in as", "took office as"; words.yaml
// office_entries) or a verb of appointing (appoint_verbs: "was named
// envoy", "appointed Ann Roe as premier"): "Pompeo, who is the
// secretary of state", "al-Amiri was the deputy commander of the PMF", "X
// is also the group's leader", "X, who has served as interior minister
// since 2019", "X became president"; -1 if none. A past perfect ("had
// been") states no office held now.
func (d *doc) copularHolder(ms []int, si, start int) int {
	from := d.sents[si].From
	if p := d.appointedBefore(ms, si, start); p >= 0 && d.mentions[p].To == start {
		return p // "appointed Ann Roe foreign minister"
	}
	j := start - 1
	for k := 0; k < 2 && j > from && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && !d.in(j, d.words.beForms) && !d.in(j, d.words.copulas) && !determiners[d.lw(j)] && d.lw(j) != "as"; k++ {
		j-- // "the deputy commander"
	}
	if j > from && articles[d.lw(j)] {
		j--
	}
	entered := false
	if j > from && d.lw(j) == "as" {
		if p := d.appointedBefore(ms, si, j); p >= 0 {
			return p // "named a retired judge, Ann Roe, as interim premier"
		}
	}
	if j-2 > from && d.lw(j) == "as" && d.in(j-1, d.words.appointVerbs) && d.in(j-2, d.words.beForms) {
		j-- // "X was named as foreign minister"
	}
	if j-1 > from && d.in(j, d.words.appointVerbs) && d.in(j-1, d.words.beForms) {
		j-- // "X was appointed foreign minister", "who has been named envoy"
		entered = true
	} else if j-1 > from && d.lw(j) == "as" && d.in(j-1, d.words.serveVerbs) {
		j-- // "who serves as interior minister": as "to be"
	} else if j-2 > from && d.lw(j) == "as" && d.words.officeEntries.has(d.lw(j-2)+" "+d.lw(j-1)) {
		j -= 2 // "who was sworn in as president", "took office as prime minister"
		entered = true
		if d.in(j-1, d.words.beForms) || d.lw(j-1) == "has" || d.lw(j-1) == "have" {
			j-- // "was sworn in", "has taken office"
		}
	} else if j > from && d.in(j, d.words.copulaAdverbs) {
		j--
	}
	w := d.lw(j)
	linked := d.words.beForms.has(w) || d.words.copulas.has(w) || d.words.serveVerbs.has(w) && d.lw(j+1) == "as" || entered
	if j <= from || !linked || w == "being" || w == "be" {
		return -1
	}
	j--
	if j > from && d.lw(j) == "had" {
		return -1 // "had been the minister": a past office, not stated now
	}
	if w := d.lw(j); j > from && (w == "has" || w == "have") {
		j-- // "who has been interior minister since 2019": held now
	}
	if j > from && d.in(j, d.words.relativePronouns) && d.lw(j) != "that" {
		j--
		if j > from && d.toks[j].Text == "," {
			j--
		}
	}
	for _, k := range ms {
		if m := d.mentions[k]; m.To == j+1 && m.Label == "Person" && (m.Kind == mName || m.Kind == mPronoun && j+1 == from+1) {
			return k
		}
	}
	return -1
}

// appointedBefore returns the person a verb of appointing (words.yaml
// appoint_verbs) names as its object right before the "as" or the title
// at toks[as] ("named Ann Roe as premier", "appointed Ann Roe premier",
// "appointed a retired judge, Ann Roe, as premier": a description of a
// few lower-case words before the apposed name; "named Ann Roe, a
// retired judge, as premier": one after it), or a verb by which an
// office changes hands (succession_verbs) before "as" ("removed Jon
// Berg as head of the guard", "replaced Jon Berg, the party's long-serving
// leader, as chairman"); -1 if none.
func (d *doc) appointedBefore(ms []int, si, as int) int {
	from := d.sents[si].From
	end := as
	if end-1 > from && d.toks[end-1].Text == "," {
		end--
	}
	p := d.mentionEnding(ms, end, namedPerson)
	if p < 0 && end < as && d.lw(as) == "as" {
		p = d.describedBefore(ms, from, end) // "Jon Berg, a long-time ally, as"
	}
	if p < 0 {
		return -1
	}
	i := d.mentions[p].From - 1
	if i > from && d.toks[i].Text == "," && d.toks[end].Text == "," && d.mentions[p].To == end {
		i-- // "a retired judge, Ann Roe,": past the description
		for n := 0; n < 4 && i > from && d.toks[i].Kind == Word && !d.toks[i].Capitalized() && !d.in(i, d.words.appointVerbs); n++ {
			i--
		}
	}
	if i < from || !d.in(i, d.words.appointVerbs) && !(d.lw(as) == "as" && d.in(i, d.words.successionVerbs)) {
		return -1
	}
	return p
}

// describedBefore returns the named person whose apposed description
// ends at the comma toks[end]: "Jon Berg, a long-time ally," and "Jon
// Berg, the party's long-serving leader," (a determiner opening up to
// eight words with no other punctuation); -1 if none.
func (d *doc) describedBefore(ms []int, from, end int) int {
	c := d.appositionComma(from, end-2, 8, func(t Token) bool { // its last word, toks[end-1], is not tested
		return t.Kind == Word || possessiveS(t.Text) || t.Text == "-"
	})
	if c < 0 || !determiners[d.lw(c+1)] {
		return -1
	}
	return d.mentionEnding(ms, c, namedPerson)
}

// replacerOf returns the person who, as the subject of a verb of
// replacing (words.yaml replace_verbs) whose object is person mention p
// and that names the office after "as", takes that office too: "Roe
// replaced Jon Berg as chairman", "Roe, who succeeded Berg as speaker",
// "Roe dismissed the cabinet and replaced Berg as chairman" (the
// person opening the sentence); -1 if none.
func (d *doc) replacerOf(ms []int, si, p int, t *Mention) int {
	from := d.sents[si].From
	v := d.mentions[p].From - 1
	if v <= from || !d.in(v, d.words.replaceVerbs) || t.From <= d.mentions[p].To || !slices.ContainsFunc(d.toks[d.mentions[p].To:t.From], func(tk Token) bool { return tk.lower == "as" }) {
		return -1
	}
	j := d.verbGroupStart(from+1, v, -1, func(j int) bool { return d.in(j, d.words.copulaAdverbs) }) - 1
	switch {
	case d.lw(j) == "who" && j-1 > from && d.toks[j-1].Text == ",":
		j -= 2
	case d.lw(j) == "and":
		if s := d.mentionAt(ms, from); s >= 0 && namedPerson(&d.mentions[s]) {
			return s
		}
		return -1
	}
	return d.mentionEnding(ms, j+1, namedPerson)
}

// knownCountry returns the state the lexicon gives the person of mention
// p, also when p is a later short form ("Johnson" after "Boris Johnson"),
// else the one state the Phoenix dictionary's roles give him (dictHome);
// "" when neither knows the person.
func (d *doc) knownCountry(p *Mention) string {
	if p.lexical {
		return p.Country
	}
	if m := d.keyMention(p.Key); m != nil && m.Label == "Person" {
		if m.lexical {
			return m.Country
		}
		return m.home
	}
	return p.home
}

// coordinatedTitleHolder returns the person named right after the title
// that "and" joins to title t: in "Peruvian Vice President and Foreign
// Minister Jane Roe" both titles are Jane Roe's (sharedAffiliation gives
// the second the first one's state). The two titles are written alike,
// both capitalised or both in lower case ("the president and Foreign
// Minister Jane Roe" are two people), and t is no plural; -1 otherwise.
func (d *doc) coordinatedTitleHolder(ms []int, t *Mention, end int) int {
	if t.Title == nil || t.To+1 >= end || d.lw(t.To) != "and" || d.titleInPlural(t) {
		return -1
	}
	u := d.mentionAt(ms, t.To+1)
	if u < 0 || d.mentions[u].Kind != mTitle || d.mentions[u].Title == nil || d.titleInPlural(&d.mentions[u]) ||
		d.toks[t.From].Capitalized() != d.toks[d.mentions[u].From].Capitalized() {
		return -1
	}
	n := d.mentionAt(ms, d.pastHonorifics(d.mentions[u].To, end))
	if n < 0 || d.mentions[n].Label != "Person" || d.mentions[n].Kind != mName {
		return -1
	}
	return n
}

// sharedAffiliation returns the affiliation a title with none of its own
// shares with the title before it, joined by "and": "Israeli prime
// minister Benjamin Netanyahu and energy minister Yuval Steinitz" are both
// Israel's, and so are both titles of "Israeli Deputy Prime Minister and
// Energy Minister X", one person's. A state's office (titles.yaml state)
// shares no body's: in "EU High Representative X and Foreign Minister Y"
// Y is no minister of the EU. It returns the index of a mention of the first title's affiliation
// in ms, or -1.
func (d *doc) sharedAffiliation(ms []int, si int, t *Mention) int {
	from := d.sents[si].From
	i := t.From - 1
	for k := 0; k < 2 && i > from && d.toks[i].Kind == Word && !d.toks[i].Capitalized() && d.lw(i) != "and"; k++ {
		if listTail[d.lw(i)] {
			return -1 // "with President X and with President Y": a phrase of its own, no shared title
		}
		i-- // "and energy minister": a portfolio word the title left out
	}
	if i <= from || d.lw(i) != "and" {
		return -1
	}
	if n := d.mentionAt(ms, t.To); n >= 0 && d.mentions[n].To < d.sents[si].To && d.lw(d.mentions[n].To) == "of" {
		return -1 // "and Foreign Minister X of Austria": its own
	}
	if d.lw(t.To) == "of" {
		return -1 // "Interior Minister X and the head of staff of the guerrilla army, Y": the title's own body, one no lexicon knows
	}
	holder := -1 // "Peruvian Vice President and Foreign Minister Jane Roe": the holder both titles share
	if d.mentionEnding(ms, i, func(m *Mention) bool { return m.Kind == mTitle }) >= 0 {
		holder = d.mentionAt(ms, d.pastHonorifics(t.To, d.sents[si].To))
	}
	for b := len(d.bindings) - 1; b >= 0 && d.bindings[b].sent == si; b-- {
		if p := d.mentions[d.bindings[b].person]; p.To == i || holder >= 0 && d.bindings[b].person == holder {
			if t.Title != nil && t.Title.State && d.bindings[b].aff.Label != "Country" {
				return -1 // "EU High Representative X and Foreign Minister Y": a state's office, no body's
			}
			if n := d.mentionAt(ms, d.pastHonorifics(t.To, d.sents[si].To)); n >= 0 && d.mentions[n].Label == "Person" {
				if c := d.knownCountry(&d.mentions[n]); c != "" && c != stateOf(&d.bindings[b].aff) {
					return -1 // "French President X and President Vladimir Putin": the lexicon knows Putin's state
				}
			}
			for _, j := range ms {
				if d.mentions[j].Key == d.bindings[b].aff.Key {
					return j
				}
			}
		}
	}
	return -1
}

// writtenFrom reports whether the article may be written from state
// code: the national outlet that wrote it (outletCountry) and its
// dateline (datelineCountry) name no other state. "WASHINGTON - ...
// Energy Secretary Jane Roe told lawmakers that Peru could not cheat"
// leaves Roe to the United States, not to the state she speaks of.
func (x *Extractor) writtenFrom(d *doc, code string) bool {
	h := x.homeLinesOf(d)
	return (h.outlet == "" || h.outlet == code) && (h.dateline == "" || h.dateline == code)
}

// spokenState returns the state whose act or stance holder p of a
// state's title written with no state (title mention t) reports as his
// own: p is the subject of a verb of saying ("said", "told Y that") and
// the reported clause opens with a state as its subject, named
// ("Foreign Minister Jon Berg said Chile had asked its partners ...",
// "The defence minister, Ana Ruiz, told the radio that Peru, which ...,
// rejects ...") or as a demonym or body after "the" ("said the Chilean
// ships would ..."). An official reporting his state's doings speaks for
// it, as one speaking of "the government" speaks of his own
// (saidOwnGovernment). nil when the clause names another state in that
// clause other than after a preposition ("said Chile had attacked Peru":
// whose minister?; a state after "of" is a noun's complement, not the
// clause's: "said Peru recognized X as president of Chile"), or when it
// opens otherwise ("said Chile's ...", "said that talks with Chile ...").
// "quoted X as saying that Chile ..." reports as "said" does. holds takes
// it only when the article's own guesses (homeCountry in view,
// subjectBefore) name no other state and the article is not written from
// another (writtenFrom).
func (x *Extractor) spokenState(d *doc, si int, p, t *Mention) *Mention {
	s := d.sents[si]
	v := max(p.To, t.To)
	if v < s.To && d.toks[v].Text == "," && p.From > t.From {
		v++ // "The foreign minister, Jon Berg, said"
	}
	if v+1 < s.To && d.lw(v) == "as" && x.isSaying(d.lw(v+1)) {
		v++ // "the agency quoted Foreign Minister Jon Berg as saying that"
	}
	if v >= s.To || !x.isSaying(d.lw(v)) {
		return nil
	}
	n := v + 1
	if x.lex.verbs[d.lw(v)] == "tell" {
		// "told Radio Lima that": the hearer, then "that"
		for n < s.To && n <= v+6 && d.lw(n) != "that" && d.toks[n].Kind == Word {
			n++
		}
		if n >= s.To || d.lw(n) != "that" {
			return nil
		}
	}
	if k := x.pastTimeAdverbial(d, n, s.To); k > n && k < s.To && d.lw(k) == "that" {
		n = k // "said on Monday that Chile ..."
	}
	if n < s.To && d.lw(n) == "that" {
		n++
	}
	ms := d.sentMentions(si)
	k := d.mentionAt(ms, n)
	if k < 0 && d.lw(n) == "the" {
		k = d.mentionAt(ms, n+1)
	}
	if k < 0 {
		return nil
	}
	c := &d.mentions[k]
	switch {
	case c.Country == "" || c.To >= s.To:
		return nil
	case c.Label == "Country" && c.Kind == mName && c.From == n:
		// "said Chile had asked"
	case c.Label == "Country" && c.Kind == mAdjective && c.From == n+1 && d.toks[c.To].Kind == Word && !d.toks[c.To].Capitalized():
		// "said the Chilean ships would"
	case stateBody(c):
		// "said the Chilean navy had"
	default:
		return nil
	}
	if d.possessiveAt(c.To) {
		return nil // "said Chile's ...": the clause's subject is another's
	}
	for _, j := range ms {
		m := &d.mentions[j]
		if m.From <= c.From || m.Label != "Country" || m.Country == "" || m.Country == c.Country {
			continue
		}
		if slices.ContainsFunc(d.toks[c.To:m.From], func(tk Token) bool { return tk.lower == "that" || tk.Text == ";" }) {
			break // a clause of its own ("and warned that Peru ...")
		}
		if !d.prepositionObject(m) && d.lw(m.From-1) != "of" {
			return nil // "said Chile had attacked Peru" (not "recognized X as president of Peru": a noun's complement)
		}
	}
	if c.Label != "Country" {
		return d.countryMention(c.Country)
	}
	return c
}

// stackedDemonym reports whether state mention m is a demonym written
// right after another state's name or demonym ("Bosnian Serb", "Kosovo
// Albanian"): the pair names a people living in one state and kin to
// another, so a title after it ("the Bosnian Serb leader X") is held in
// neither for sure.
func (d *doc) stackedDemonym(ms []int, m *Mention) bool {
	if m.Kind != mAdjective || m.From <= d.sents[m.sent].From {
		return false
	}
	return slices.ContainsFunc(ms, func(k int) bool {
		o := &d.mentions[k]
		return o.To == m.From && isState(o) && o.Country != "" && o.Country != m.Country
	})
}

// partyStateTag reports whether person mention p is followed by a comma
// and the tag U.S. papers write after a member of Congress: the party's
// initial, a hyphen and the state or district ("Sen. Jane Roe, R-Texas,",
// "Rep. Jon Berg, D-N.Y."). The tag places a legislator's title in the
// U.S. Congress whatever state the article is about.
func (d *doc) partyStateTag(p *Mention) bool {
	end := d.sents[p.sent].To
	if p.To+1 >= end || d.toks[p.To].Text != "," {
		return false
	}
	w := d.toks[p.To+1].Text
	if len(w) == 1 && p.To+3 < end && d.toks[p.To+2].Text == "-" {
		w += "-" + d.toks[p.To+3].Text // "R-N.C." written as three tokens
	}
	return len(w) >= 3 && strings.ContainsRune("RDI", rune(w[0])) && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}
