package extract

import (
	"slices"
	"strings"
)

// relationStage runs the relation stage over a document whose tokens,
// sentences, mentions and coreference are done: it reads them and writes
// the relations (d.rels) and the entities that only a relation names
// (d.implied). Sentence skip (the byline) states nothing.
func (x *Extractor) relationStage(d *doc, skip int) {
	for si := range d.sents {
		if si != skip {
			x.relate(d, si)
		}
	}
	x.parentRelations(d)
	x.lexiconRelations(d)
	x.dictionaryFacts(d)
}

// relate finds the relations stated in sentence si.
func (x *Extractor) relate(d *doc, si int) {
	ms := d.sentMentions(si)
	before := len(d.rels)
	x.offices(d, si, ms)
	x.structure(d, si, ms)
	x.cueRelations(d, si, ms)
	x.quotes(d, si, ms)
	x.stances(d, si, ms)
	if speaker := x.speaker(d, si, ms); speaker != "" {
		for i := before; i < len(d.rels); i++ {
			if d.rels[i].Source != speaker && d.rels[i].Target != speaker {
				d.rels[i].SaidBy = speaker
			}
		}
	}
}

// sentMentions returns the indexes of the mentions of sentence si, in order.
func (d *doc) sentMentions(si int) []int {
	lo, _ := slices.BinarySearchFunc(d.mentions, si, func(m Mention, s int) int { return m.sent - s })
	var out []int
	for k := lo; k < len(d.mentions) && d.mentions[k].sent == si; k++ {
		out = append(out, k)
	}
	return out
}

// addRel records a relation between two resolved mentions (or lexicon
// keys) if the ontology allows it; fallback is tried when the target does
// not fit typ.
func (x *Extractor) addRel(d *doc, si int, typ, fallback string, src, tgt *Mention, props map[string]string) bool {
	if src == nil || tgt == nil || src.Key == "" || tgt.Key == "" || src.Key == tgt.Key {
		return false
	}
	rt, ok := x.lex.relTypes[typ]
	if !ok || !slices.Contains(rt.Targets, tgt.Label) {
		if fallback == "" {
			return false
		}
		return x.addRel(d, si, fallback, "", src, tgt, props)
	}
	if !slices.Contains(rt.Sources, src.Label) {
		return false
	}
	s, t := src.Key, tgt.Key
	if rt.Symmetric && t < s {
		s, t = t, s
	}
	key := [3]string{typ, s, t}
	if d.seen[key] {
		return false
	}
	d.seen[key] = true
	if props == nil {
		props = map[string]string{}
	}
	sent := d.sents[si]
	d.rels = append(d.rels, Relation{Type: typ, Source: s, Target: t, Properties: props,
		Evidence: d.text[sent.Start:sent.End], Span: sent.Span()})
	return true
}

// lw is the lower-cased text of token i.
func (d *doc) lw(i int) string { return d.toks[i].lower }

// structure adds the relations that the shape of a phrase states:
// possessives and demonyms ("Iran's Bushehr plant", "Iran's nuclear
// program", "Libyan House of Representatives"), "X in Y", "Org of Country",
// "Lahore, Pakistan", "the Pakistani city of Lahore", "NATO member Poland".
func (x *Extractor) structure(d *doc, si int, ms []int) {
	for _, k := range ms {
		m := &d.mentions[k]
		if m.Key == "" || m.Kind == mPronoun || m.Kind == mTitle {
			continue
		}
		x.ownerRelation(d, si, m)
		x.namedWithCountry(d, si, ms, m)
		if m.Kind == mAdjective || m.Label == "Country" {
			x.cityOf(d, si, ms, m)
		}
		if m.Kind == mAdjective {
			continue
		}
		x.inPlace(d, si, ms, m)
		x.basedIn(d, si, ms, m)
		x.cityCountry(d, si, ms, m)
		if m.Label == "Organization" {
			x.memberOf(d, si, ms, m)
		}
	}
}

// ownerRelation relates m to its possessor or demonym: LOCATED_IN for
// places, DEVELOPS for programs, PART_OF for organizations.
func (x *Extractor) ownerRelation(d *doc, si int, m *Mention) {
	if m.Owner < 0 {
		return
	}
	o := d.mentions[m.Owner]
	switch m.Label {
	case "Facility", "Location":
		x.addRel(d, si, "LOCATED_IN", "", m, &o, nil)
	case "Program":
		x.addRel(d, si, "DEVELOPS", "", &o, m, nil)
	case "Organization":
		// "Libyan House of Representatives", "Turkey's foreign ministry";
		// not "its NATO allies": a known body needs its own country
		known := x.known(m) && m.concept == ""
		if o.Label == "Country" && (m.Country == o.Country || m.Country == "" && !known) && (o.Kind != mPronoun || m.concept != "") {
			x.addRel(d, si, "PART_OF", "", m, &o, nil)
		}
	}
}

// namedWithCountry relates a lexicon body to the country its name holds:
// "U.S. Treasury Department" is PART_OF the United States.
func (x *Extractor) namedWithCountry(d *doc, si int, ms []int, m *Mention) {
	if m.Label != "Organization" || m.Country == "" || m.Kind != mName || m.To-m.From < 2 {
		return
	}
	for _, j := range ms {
		if c := d.mentions[j]; c.Label == "Country" && c.Country == m.Country && c.From >= m.From && c.To <= m.To {
			x.addRel(d, si, "PART_OF", "", m, &c, nil)
		}
	}
}

// inPlace reads "X in Y" (LOCATED_IN) and "Org of Country" (PART_OF),
// with coordinated places: "in Syria and Vietnam".
func (x *Extractor) inPlace(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if i+1 >= end || m.Label == "Person" {
		return
	}
	typ := ""
	switch {
	case d.lw(i) == "in" && m.Label != "Organization":
		typ = "LOCATED_IN"
	case d.lw(i) == "of" && m.Label == "Organization":
		typ = "PART_OF"
	default:
		return
	}
	j := i + 1
	if d.lw(j) == "the" {
		j++
	}
	n := d.mentionAt(ms, j)
	if n < 0 || d.mentions[n].Kind == mAdjective {
		return
	}
	fits := func(c *Mention) bool { return c.Label == "Country" || c.Label == "Location" }
	for _, t := range d.coordinated(ms, n, fits) {
		x.addRel(d, si, typ, "", m, &d.mentions[t], nil)
	}
}

// basedIn reads "the Lebanon-based Hezbollah": LOCATED_IN the place
// before "-based" (with a facility or organization after it).
func (x *Extractor) basedIn(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if !(m.Label == "Country" || m.Label == "Location") || i+2 >= end || d.toks[i].Text != "-" || d.lw(i+1) != "based" {
		return
	}
	fits := func(o *Mention) bool { return o.Label == "Organization" || o.Label == "Facility" }
	if n := d.rightArg(ms, i+2, 4, fits); n >= 0 {
		x.addRel(d, si, "LOCATED_IN", "", &d.mentions[n], m, nil)
	}
}

// cityCountry reads "Lahore, Pakistan" (and no more after the country).
func (x *Extractor) cityCountry(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if !(m.Label == "Location" || m.Label == "Facility") || i+1 >= end || d.toks[i].Text != "," {
		return
	}
	if n := d.mentionAt(ms, i+1); n >= 0 && d.mentions[n].Label == "Country" && d.mentions[n].Kind == mName {
		if after := d.mentions[n].To; after >= end || d.toks[after].Kind == Punct {
			x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[n], nil)
		}
	}
}

// cityOf reads "the Pakistani city of Lahore", "Sudan's region of Darfur".
func (x *Extractor) cityOf(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if i < end && d.toks[i].Text == "'s" {
		i++
	}
	if i+2 < end && x.lex.sets.placeHeads[d.lw(i)] && d.lw(i+1) == "of" {
		if n := d.mentionAt(ms, i+2); n >= 0 && d.mentions[n].Label == "Location" {
			x.addRel(d, si, "LOCATED_IN", "", &d.mentions[n], m, nil)
		}
	}
}

// memberOf reads "NATO member Poland".
func (x *Extractor) memberOf(d *doc, si int, ms []int, m *Mention) {
	if i := m.To; i+1 < d.sents[si].To && strings.HasPrefix(d.lw(i), "member") {
		if n := d.mentionAt(ms, i+1); n >= 0 && d.mentions[n].Label == "Country" {
			x.addRel(d, si, "MEMBER_OF", "", &d.mentions[n], m, nil)
		}
	}
}

// speaker returns the key of who is reported to say sentence si: the
// subject of a verb of saying, or the one "according to".
func (x *Extractor) speaker(d *doc, si int, ms []int) string {
	s := d.sents[si]
	for i := s.From; i < s.To; i++ {
		if !x.sayingAt(d, ms, s.From, i) && !(d.lw(i) == "according" && i+1 < s.To && d.lw(i+1) == "to") {
			continue
		}
		if d.lw(i) == "according" {
			i++
		}
		if n := d.mentionAt(ms, i+1); n >= 0 && d.mentions[n].Key != "" && isActor(d.mentions[n].Label) {
			return d.mentions[n].Key
		}
		if k := d.leftArg(ms, i, isActorMention); k >= 0 {
			return d.mentions[k].Key
		}
	}
	return ""
}

func isActor(label string) bool {
	return label == "Person" || label == "Country" || label == "Organization"
}

func isActorMention(m *Mention) bool { return isActor(m.Label) }
