package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/schema/dict"
)

// The field-scale dictionaries (package schema/dict) name the people,
// organizations and places that no hand-made lexicon lists. They are read
// only for a capitalised name the lexicons do not know, and a place whose
// name is also a common word or a person's name ("Mobile", "Nice",
// "Victoria") needs context before it is a place.

// gazetteerMinPopulation is the size above which an unflagged city name is
// a place without any context: smaller towns share their names with too
// many other things.
const gazetteerMinPopulation = 100000

// dictActor returns the Phoenix actor called toks[i:j] (two words or
// more), or nil; a company also by its name and a legal form (namecues
// company_suffixes) Phoenix writes after it and news leaves out ("Noble
// Energy" is "Noble Energy Inc"). A hyphenated given name is also looked up as the
// dictionary writes it, in separate words ("Kim Yong-su" as "Kim Yong
// Su").
func (x *Extractor) dictActor(d *doc, i, j int) *dict.Actor {
	if x.dict == nil || j-i < 2 {
		return nil
	}
	name := d.text[d.toks[i].Start:d.toks[j-1].End()]
	as := x.dict.Actors(name)
	if len(as) == 0 && strings.Contains(name, "-") {
		as = x.dict.Actors(strings.ReplaceAll(name, "-", " "))
	}
	if len(as) == 0 && !x.givenName(d.toks[i].Text) && x.dict.HasActorsStartingWith(name+" ") { // "Ralph Lauren" alone is the man, not "Ralph Lauren Corp"
	suffixes:
		for _, suffix := range x.lex.sets.cues.suffixForms {
			for _, a := range x.dict.Actors(name + " " + suffix) {
				if a.Label == "Organization" {
					as = append(as, a) // "Noble Energy" is Phoenix's "Noble Energy Inc"
					break suffixes
				}
			}
		}
	}
	if len(as) == 0 {
		return nil
	}
	return &as[0]
}

// dictPlace returns the place the gazetteer knows by the name toks[i:j]
// when the text allows reading it as one, or nil. Flagged names (common
// words, people's names) and small towns need a place context (placeObject,
// a descriptor, ", Country" after); no name is read as a place from the
// gazetteer alone at the start of a sentence, where capitals say nothing.
func (x *Extractor) dictPlace(d *doc, si, i, j int, context bool) *dict.Place {
	if x.dict == nil {
		return nil
	}
	ps := x.dict.Places(d.text[d.toks[i].Start:d.toks[j-1].End()])
	if len(ps) == 0 {
		return nil
	}
	if j-i == 1 && x.dict.CommonWord(d.toks[i].lower) {
		// "the Gulf", "the Channel": an English word names a place of the
		// article's own region, not the gazetteer's namesake (Gulf, PNG)
		return nil
	}
	p := &ps[0]
	if country := x.countryAfter(d, si, j); country != "" {
		return x.pick(d, ps, country) // "Gyula, Hungary"
	}
	if x.givenName(d.toks[i].Text) && j-i == 1 {
		return nil // a given name alone: "Gyula said"
	}
	if context {
		return x.pick(d, ps, "")
	}
	if p.Common || p.PersonName || i == d.sents[si].From {
		return nil
	}
	if p.Kind == "city" && p.Population < gazetteerMinPopulation && !routeStart(d, si, i, j) {
		return nil
	}
	return x.pick(d, ps, "")
}

// routeStart reports whether the name toks[i:j] opens a route, between
// "from" and "to" and a capitalised name: "flew the troops from Lisieux to
// Lima". A town the gazetteer knows, not flagged as a common word or a
// person's name, is a place there however small.
func routeStart(d *doc, si, i, j int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	return i-1 >= from && d.toks[i-1].lower == "from" && j+1 < end && d.toks[j].lower == "to" && d.toks[j+1].Capitalized()
}

// pick chooses among places of one name: the one in the country named
// after it ("Moscow, Idaho"), else the one in the state named last before
// it that has one ("the Bolivian opposition ... in Santa Cruz" is
// Bolivia's, not the larger Philippine or Californian town), else the
// most populous.
func (x *Extractor) pick(d *doc, ps []dict.Place, country string) *dict.Place {
	for k := range ps {
		if country != "" && ps[k].Country == country {
			return &ps[k]
		}
	}
	if country != "" {
		return nil // "Victoria, Brazil": not one the gazetteer knows
	}
	for j := len(d.mentions) - 1; j >= 0 && len(ps) > 1; j-- {
		if m := &d.mentions[j]; m.Label == "Country" && (m.Kind == mName || m.Kind == mAdjective) {
			for k := range ps {
				if ps[k].Country == m.Country {
					return &ps[k]
				}
			}
		}
	}
	return &ps[0]
}

// countryAfter returns the alpha-3 of a country named right after the
// name and a comma, or a comma and "in" ("Gyula, Hungary", "Lisieux, in
// France"), or "".
func (x *Extractor) countryAfter(d *doc, si, j int) string {
	end := d.sents[si].To
	if j+1 >= end || d.toks[j].Text != "," {
		return ""
	}
	k := j + 1
	if d.toks[k].lower == "in" && k+1 < end {
		k++ // "Lisieux, in France"
	}
	if e, _ := x.lex.match(d.toks, k, end); e != nil && e.label == "Country" && e.kind == kindName {
		return e.country
	}
	return ""
}

// impliedCountry appends a mention of the country code that mention k
// implies without naming it, so that a relation may reach it.
func (x *Extractor) impliedCountry(d *doc, k int, code string) {
	c, ok := x.lex.countries[code]
	if !ok {
		return
	}
	m := d.mentions[k]
	d.mentions = append(d.mentions, Mention{From: m.From, To: m.To, Label: c.label, Key: c.key, Name: c.name,
		Country: c.country, Kind: mImplied, Owner: -1, sent: m.sent})
}

// dictionaryFacts adds the lower-confidence facts the dictionaries give
// and the text does not state: a gazetteer place LOCATED_IN its country,
// and a Phoenix official HOLDS_OFFICE in his country when the article's
// date falls inside the role's dates. Each carries property source; a
// fact the text states comes first and wins.
func (x *Extractor) dictionaryFacts(d *doc) {
	date := d.header.published
	for k := range d.mentions {
		m := &d.mentions[k]
		code := m.Country
		if m.role != nil {
			code = m.role.Country
		}
		if m.source == "" || code == "" {
			continue
		}
		c, ok := x.lex.countries[code]
		if !ok {
			continue
		}
		country := Mention{Label: c.label, Key: c.key, Name: c.name, Country: c.country, Owner: -1, sent: m.sent}
		switch m.Label {
		case "Location":
			if d.hasRel("LOCATED_IN", m.Key) || !d.namesCountry(code) {
				continue // a country the article never names is the gazetteer's guess ("Uri" the Swiss canton)
			}
			x.addRel(d, m.sent, "LOCATED_IN", "", m, &country, map[string]string{"source": "gazetteer"})
		case "Person":
			if m.role == nil || !m.role.Holds(date) || d.hasRel("HOLDS_OFFICE", m.Key) {
				continue
			}
			props := map[string]string{"source": "dictionary", "title": sectorTitle[m.role.Sector]}
			if m.role.From != "" {
				props["valid_from"] = m.role.From
			}
			if m.role.To != "" {
				props["valid_to"] = m.role.To
			}
			x.addRel(d, m.sent, "HOLDS_OFFICE", "", m, &country, props)
		}
	}
}

// sectorTitle names Phoenix's sectors as the title of a HOLDS_OFFICE.
var sectorTitle = map[string]string{"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary"}

// namesCountry reports whether the article names the country code itself
// (not only through a place's entry).
func (d *doc) namesCountry(code string) bool {
	for k := range d.mentions {
		if m := &d.mentions[k]; m.Label == "Country" && m.Country == code && m.Kind != mImplied {
			return true
		}
	}
	return false
}

// hasRel reports whether a relation of type typ starts at key.
func (d *doc) hasRel(typ, key string) bool {
	for _, r := range d.rels {
		if r.Type == typ && r.Source == key {
			return true
		}
	}
	return false
}

// officeRole returns the actor's government, military, legislative or
// judicial role in its own country, the one held on date when there is one.
func officeRole(a *dict.Actor, date string) *dict.Role {
	var best *dict.Role
	for k := range a.Roles {
		r := &a.Roles[k]
		if sectorTitle[r.Sector] == "" || r.Country == "" {
			continue
		}
		if r.Holds(date) {
			return r
		}
		if best == nil {
			best = r
		}
	}
	return best
}

// dictHome returns the alpha-3 code of the one state that the Phoenix
// dictionary's people called name serve: every government, military,
// legislative or judicial role of every person of that name, and each
// one's own country, is that state's. A title written before the name
// with no state ("President Jane Roe said ...") is then held for it,
// whatever the article's date. "" when no such role is known or the roles
// or namesakes disagree: a wrong home is worse than none.
func (x *Extractor) dictHome(name string) string {
	if x.dict == nil {
		return ""
	}
	home := ""
	for _, a := range x.dict.Actors(name) {
		if a.Label != "Person" {
			continue
		}
		for _, r := range a.Roles {
			if sectorTitle[r.Sector] == "" {
				continue
			}
			if r.Country == "" || home != "" && r.Country != home || a.Country != "" && a.Country != r.Country {
				return ""
			}
			home = r.Country
		}
	}
	return home
}

// givenName reports whether w is a given name: in the lexicon's list or
// opening several people's names in the Phoenix dictionaries, or a double
// given name joined by a hyphen that opens with one, its other parts given
// names or capitalised words no lexicon or dictionary knows otherwise
// ("Karl-Henrik", "Anne-Sofie"; not "Rolls-Royce", "Austria-Hungary").
func (x *Extractor) givenName(w string) bool {
	if x.lex.sets.firstNames[w] || x.dict != nil && x.dict.GivenName(w) {
		return true
	}
	parts := strings.Split(w, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for k, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if len(p) < 2 || !unicode.IsUpper(r) || isAllCaps(p) {
			return false
		}
		given := x.lex.sets.firstNames[p] || x.dict != nil && x.dict.GivenName(p)
		if !given && (k == 0 || x.dict != nil && x.dict.CommonWord(strings.ToLower(p)) || x.lex.knownWord(p)) {
			return false
		}
	}
	return true
}
