package extract

import "strings"

// lexiconRelations states what the lexicon knows of the named things of an
// article, where the article names both ends: a body, place or facility
// with a country belongs to or lies in it when the same sentence names that
// country (a place: by more than its capital; a sub-body's parent is
// parent.go's). It runs after the sentences' relations, reading the
// mentions.
func (x *Extractor) lexiconRelations(d *doc) {
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.Key == "" || !m.lexical || m.Kind != mName {
			continue
		}
		if m.Country == "" || !(m.Label == "Organization" || m.Label == "Location" || m.Label == "Facility") {
			continue
		}
		c := -1
		for _, j := range d.sentMentions(m.sent) {
			if o := &d.mentions[j]; o.Key == "country:"+m.Country && o.Label == "Country" && o.Kind != mImplied &&
				!(o.From >= m.From && o.To <= m.To && x.writtenAs(d, o, kindCapital)) &&
				!(d.inOtherName(o, m) && !(m.Label == "Organization" && x.lex.sets.partOfCountry[m.Sort])) &&
				!(m.Label == "Location" && x.writtenAs(d, o, kindCapital)) {
				// a state body is its state's wherever the state is named ("the Pentagon", beside "the U.S. Treasury")
				// a country only a place's entry implies ("in Cauca") is not named
				// a capital standing for its government is the state as actor, no territory a
				// place lies in ("Speaking in Grozny, he warned Moscow")
				c = j
				break
			}
		}
		if m.Label == "Location" && (c < 0 || x.writtenAs(d, m, kindCapital)) {
			// "in Tehran, the capital": whose capital is the article's to
			// say; a capital merely named beside its country ("a meeting
			// in Washington", said of the United States) is not said to
			// lie in it
			if d.calledCapital(m) {
				if o := d.countryMention(m.Country); o != nil {
					x.addRel(d, m.sent, "LOCATED_IN", "", m, o, nil)
				}
			}
			continue
		}
		if c < 0 || m.Label == "Facility" && x.placedAbroad(d, m.sent, m, &d.mentions[c]) {
			continue // "the US air base at Tarvo", in a sentence naming America: Tarvo's state holds it
		}
		if m.Label == "Facility" && d.placedInOther(m, &d.mentions[c]) {
			continue // "the Thule base in Greenland", in a sentence naming Denmark: the text places it in Greenland
		}
		typ := "LOCATED_IN"
		if m.Label == "Organization" && x.lex.sets.partOfCountry[m.Sort] {
			typ = "PART_OF"
		}
		if m.Label == "Organization" && (m.Sort == "international" || m.Sort == "") {
			continue
		}
		if m.Sort == "company" && m.To < d.sents[m.sent].To && strings.ContainsAny(d.toks[m.To].Text, "0123456789") {
			continue // "the Boeing 737-800 jet": the maker names a product here
		}
		if m.Sort == "media" && m.Owner < 0 && !(d.mentions[c].From >= m.From && d.mentions[c].To <= m.To) && (x.reporting(d, m) || d.credited(m)) {
			continue // "NPR reported ... troops in Iraq": an outlet reporting is not where it reports on
		}
		x.addRel(d, m.sent, typ, "", m, &d.mentions[c], nil)
	}
}

// inOtherName reports whether country mention o is written inside the
// name of another entity than m and o ("Myanmar" in "the Myanmar National
// Democratic Alliance Army", "U.S." in "the U.S. Navy"): the state names
// that body, not the place of m, a body or place the same sentence names
// ("The U.S. Navy awarded Boeing a contract" does not say where Boeing
// lies). A state written as the owner ("North Korea's defence ministry")
// is named in its own right.
func (d *doc) inOtherName(o, m *Mention) bool {
	for _, j := range d.sentMentions(o.sent) {
		n := &d.mentions[j]
		if n != m && n.Key != "" && n.Key != o.Key && n.Key != m.Key && n.Kind == mName &&
			spans(n, o) && !(o.To < n.To && d.toks[o.To].Text == "'s") {
			return true
		}
	}
	return false
}

// reporting reports whether outlet m is the one that reports in its
// sentence: the subject of a verb of publishing ("NPR reported") or of
// quoting, after "according to", or told something ("told the Nevada
// Independent").
func (x *Extractor) reporting(d *doc, m *Mention) bool {
	from := d.sents[m.sent].From
	i := m.From
	if i-1 >= from && d.lw(i-1) == "the" {
		i--
	}
	return x.mediaSubject(d, m.sent, m.To) || i-2 >= from && d.lw(i-2) == "according" && d.lw(i-1) == "to" ||
		x.toldOutlet(d, m.sent, m.From) || x.quotingVerb(d, m.sent, m.To)
}

// quotingVerb reports whether toks[j] is a verb cue of QUOTES: "Interfax
// quoted Sorokin as saying that Russia ...".
func (x *Extractor) quotingVerb(d *doc, si, j int) bool {
	if j >= d.sents[si].To {
		return false
	}
	for _, c := range x.cuesOf(d, j) {
		if c.verb && c.Type == "QUOTES" {
			return true
		}
	}
	return false
}

// credited reports whether outlet m is credited in brackets before a
// dash, as a dateline credits its agency: "ASTANA, July 2 (Xinhua) --".
func (d *doc) credited(m *Mention) bool {
	s := d.sents[m.sent]
	return m.From-1 >= s.From && d.toks[m.From-1].Text == "(" && m.To+1 < s.To && d.toks[m.To].Text == ")" &&
		strings.ContainsAny(d.toks[m.To+1].Text, "-—–")
}

// calledCapital reports whether the text calls place m a capital in
// apposition: "Tehran, the capital", "Tiraspol, the region's self-styled
// capital", "Tehran, Iran's capital", "the capital, Riyadh", "the capital
// Riyadh". The apposition after the name opens with its comma and a
// determiner or a capitalised owner: "capital" further on in the clause
// ("troops landed in Tarvo as rebels shelled the capital", "Tarvo, where rebels hold
// the capital") says nothing of the place.
func (d *doc) calledCapital(m *Mention) bool {
	s := d.sents[m.sent]
	after := m.To
	if after+1 < s.To && d.toks[after].Text == "," &&
		(d.lw(after+1) == "the" || d.lw(after+1) == "its" || d.lw(after+1) == "their" || d.toks[after+1].Capitalized()) {
		after++
		if d.lw(after) == "the" {
			after++
		}
	} else {
		after = s.To // no apposition after the name
	}
	// "the capital", "the region's self-styled capital", "the country's capital"
	for n := 0; after < s.To && n < 6; after, n = after+1, n+1 {
		if d.lw(after) == "capital" {
			return true
		}
		if t := d.toks[after]; t.Kind != Word && t.Text != "'s" && !isHyphen(t.Text) {
			break
		}
	}
	before := m.From - 1
	if before >= s.From && d.toks[before].Text == "," {
		before--
	}
	return before >= s.From && d.lw(before) == "capital"
}

// mentionOf returns the first mention of the entity key, or -1.
func (d *doc) mentionOf(key string) int {
	for k := range d.mentions {
		if d.mentions[k].Key == key {
			return k
		}
	}
	return -1
}

// placedInOther reports whether facility m is said right after its name
// to lie in a named place other than country c ("the Thule base in
// north-west Greenland", in a sentence that names Denmark): the text
// states where it lies, so the country the lexicon gives it is not what
// the sentence says (LOCATED_IN the place is inPlace's). A place that is c
// itself ("Iran's Bushehr plant in southern Iran") is no other.
func (d *doc) placedInOther(m, c *Mention) bool {
	i := d.afterAcronym(m)
	if i+1 >= d.sents[m.sent].To || !(d.lw(i) == "in" || d.lw(i) == "at") {
		return false
	}
	n := d.placeAfter(d.sentMentions(m.sent), i+1, true)
	return n >= 0 && d.mentions[n].Key != "" && d.mentions[n].Key != c.Key
}
