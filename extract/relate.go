package extract

import (
	"slices"
	"strings"
)

// relate finds the relations stated in sentence si.
func (x *Extractor) relate(d *doc, si int) {
	ms := d.sentMentions(si)
	before := len(d.rels)
	x.offices(d, si, ms)
	x.structure(d, si, ms)
	x.cueRelations(d, si, ms)
	x.quotes(d, si, ms)
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

// mentionAt returns the index of the longest mention starting at token i
// in ms ("U.S. Treasury Department", not its "U.S."), or -1.
func (d *doc) mentionAt(ms []int, i int) int {
	best := -1
	for _, k := range ms {
		if m := d.mentions[k]; m.From == i && (best < 0 || m.To > d.mentions[best].To) {
			best = k
		}
	}
	return best
}

// coordinated returns k and the mentions joined to it by "and", "or" or
// commas after it: "Poland and the Czech Republic".
func (d *doc) coordinated(ms []int, k int, fits func(*Mention) bool) []int {
	out := []int{k}
	for {
		m := d.mentions[out[len(out)-1]]
		i := m.To
		end := d.sents[m.sent].To
		joined := false
		for i < end && (d.toks[i].Text == "," || d.lw(i) == "and" || d.lw(i) == "or" || d.lw(i) == "the" && d.mentionAt(ms, i) < 0 || d.lw(i) == "both") {
			if d.toks[i].Text == "," && i+1 < end && clauseBreak[d.lw(i+1)] && d.lw(i+1) != "and" {
				return out // ", but ...": a new clause
			}
			if d.toks[i].Text != "," && d.lw(i) != "the" {
				joined = true
			}
			i++
		}
		if !joined && !(i > m.To && d.toks[m.To].Text == ",") {
			return out
		}
		n := d.mentionAt(ms, i)
		for n >= 0 && (d.mentions[n].Kind == mTitle || d.mentions[n].Kind == mAdjective && !d.mentions[n].Arg) {
			n = d.mentionAt(ms, d.mentions[n].To) // "Xi Jinping and Premier Li Qiang": the person
		}
		if n >= 0 && (d.isPossessor(&d.mentions[n]) || d.mentions[n].Kind == mPronoun && possessivePronoun[d.mentions[n].Head]) {
			// "his Chinese counterpart, Xi Jinping": the head, not the possessor
			if h := d.rightArg(ms, d.mentions[n].To+1, 5, func(m *Mention) bool { return fits(m) && m.Kind == mName }); h >= 0 {
				n = h
			}
		}
		if n >= 0 && d.isPossessor(&d.mentions[n]) {
			// "the United States and Pyongyang's ally China": the head, not the possessor
			if h := d.rightArg(ms, d.mentions[n].To+1, 3, fits); h >= 0 {
				n = h
			}
		}
		if n < 0 || !fits(&d.mentions[n]) || d.mentions[n].Key == "" {
			return out
		}
		if !joined {
			// a comma alone joins list items only: "Spain, Greece and Italy", not "to Latvia, Hartmann said"
			if k := d.mentions[n].To; k < end && !(d.toks[k].Text == "," || d.lw(k) == "and" || d.lw(k) == "or") {
				return out
			}
		}
		out = append(out, n)
	}
}

// relativeBefore returns the token range of a relative clause set off by
// commas that ends just before token i: in "The United States, which
// recognizes Guaido, has accused Maduro" the subject of "accused" is not in
// it. It returns an empty range when there is none.
func (d *doc) relativeBefore(si, i int) (int, int) {
	from := d.sents[si].From
	j := i - 1
	for j > from && d.toks[j].Kind != Punct && i-j <= 4 {
		j-- // "has", "later", "also" between the comma and the verb
	}
	if j <= from || d.toks[j].Text != "," {
		return 0, 0
	}
	for k := j - 1; k > from; k-- {
		if d.toks[k].Text == "," || d.toks[k].Kind == Punct {
			if w := d.lw(k + 1); w == "which" || w == "who" {
				return k, j
			}
			return 0, 0
		}
	}
	return 0, 0
}

// subordinators open a clause whose subject comes after them: an argument
// before them belongs to another clause.
var subordinators = set{"after": true, "before": true, "when": true, "while": true, "because": true,
	"although": true, "though": true, "since": true, "if": true, "unless": true, "whereas": true, "until": true}

// clauseBreak are words that open a new clause: an argument is not looked
// for beyond them.
var clauseBreak = set{"despite": true, "although": true, "though": true, "because": true, "while": true,
	"whereas": true, "but": true, "unless": true, "and": true, "which": true, "who": true}

// coordinatedBefore returns the mentions joined by "and" or commas that end
// with mention k: "Both Serdyukov and Gates".
func (d *doc) coordinatedBefore(ms []int, k int, fits func(*Mention) bool) []int {
	out := []int{k}
	for {
		m := d.mentions[out[0]]
		i := d.npStart(&m) - 1
		from := d.sents[m.sent].From
		if i < from || !(d.lw(i) == "and" || d.toks[i].Text == ",") {
			return out
		}
		prev := -1
		for _, j := range ms {
			if c := d.mentions[j]; (c.To == i || c.To == i-1 && d.lw(i-1) == ",") && c.Kind != mTitle && c.Arg {
				prev = j
			}
		}
		if prev < 0 && (d.toks[i].Text == "," && i-1 >= from && strings.HasPrefix(d.lw(i-1), "counterpart") || strings.HasPrefix(d.lw(i), "counterpart")) {
			// "Shoukry and his Greek and French counterparts, A and B": the anchor joins
			for _, j := range ms {
				if p := d.mentions[j]; p.Kind == mPronoun && possessivePronoun[p.Head] && p.From >= i-9 && p.To < i && p.Key != "" && fits(&p) {
					prev = j
				}
			}
		}
		if prev < 0 || !fits(&d.mentions[prev]) || d.mentions[prev].Key == "" {
			return out
		}
		out = append([]int{prev}, out...)
	}
}

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
		if !x.isSaying(d.toks[i].lower) && !(d.lw(i) == "according" && i+1 < s.To && d.lw(i+1) == "to") {
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

// leftArg returns the nearest fitting argument mention before token i,
// preferring one that is not the object of a preposition (a likely
// subject); -1 if none.
func (d *doc) leftArg(ms []int, i int, fits func(*Mention) bool) int {
	if len(ms) == 0 {
		return -1
	}
	fallback := -1
	skipFrom, skipTo := d.relativeBefore(d.mentions[ms[0]].sent, i)
	for p := len(ms) - 1; p >= 0; p-- {
		m := &d.mentions[ms[p]]
		if m.To > i || m.From >= skipFrom && m.To <= skipTo {
			continue
		}
		if m.Key == "" && (m.Kind == mPronoun && pronouns[m.Head] == "Plural" || m.Kind == mDescription) && fallback < 0 {
			return -1 // "they were against", "the bloc would impose": a subject we cannot name
		}
		if !m.Arg || m.Key == "" || !fits(m) {
			continue
		}
		// a subordinate clause's subject follows its conjunction; a relative
		// clause's subject is what the relative pronoun refers to
		for j := m.To; j < i; j++ {
			if subordinators[d.lw(j)] {
				return -1
			}
			if w := d.lw(j); w == "which" || w == "who" || w == "that" && j == m.To {
				k := j - 1
				if k >= 0 && d.toks[k].Text == "," {
					k--
				}
				for _, q := range ms {
					if r := &d.mentions[q]; r.To-1 == k && r.Key != "" && r.Arg && fits(r) {
						return q
					}
				}
				return -1
			}
		}
		if d.afterPreposition(m) {
			if fallback < 0 {
				fallback = ms[p]
			}
			continue
		}
		return ms[p]
	}
	return fallback
}

var objectPreps = set{"of": true, "in": true, "to": true, "with": true, "from": true, "for": true, "against": true,
	"on": true, "by": true, "at": true, "about": true, "over": true, "into": true, "between": true, "like": true,
	"including": true, "as": true, "than": true, "toward": true, "towards": true, "across": true, "among": true}

// rightArg returns the first fitting argument mention from token i on,
// within window tokens; -1 if none.
func (d *doc) rightArg(ms []int, i, window int, fits func(*Mention) bool) int {
	stop := i + window
	for j := i; j < stop && j < len(d.toks); j++ {
		w := d.lw(j)
		if w == ";" || w == "," && j+1 < len(d.toks) && clauseBreak[d.lw(j+1)] || j > i && clauseBreak[w] && w != "and" {
			stop = j
		}
	}
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From < i || !m.Arg || m.Key == "" {
			continue
		}
		if m.From >= stop {
			return -1
		}
		if fits(m) {
			if d.isPossessor(m) {
				// "met Qatar's emir, Sheikh Tamim": the possessed person
				for _, h := range ms {
					if p := &d.mentions[h]; p.From > m.To && p.From <= m.To+5 && p.Label == "Person" && p.Arg && p.Key != "" && fits(p) {
						return h
					}
				}
			}
			return k
		}
	}
	return -1
}
