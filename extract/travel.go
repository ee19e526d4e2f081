package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// Guests.
//
// A host's verb with a person as its object and the place after it says
// where the guest went: "Erdogan hosted Orban in Ankara", "Biden welcomed
// Ruto to Washington", "Xi received Lula in Beijing". The guest VISITS the
// place, unless the place lies in the guest's own state: "hosted Turkish
// Foreign Minister Hakan Fidan in Ankara" is no visit.

// hostedVisit adds the VISITS of the guests the hosting verbs of sentence
// si name.
func (x *Extractor) hostedVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for v := from + 1; v < end; v++ {
		if !d.in(v, x.lex.sets.hostVerbs) || d.toks[v].Capitalized() || inMentionSpan(d, ms, v) || !stated(d, si, v) {
			continue
		}
		g := d.rightArg(ms, v+1, 6, isPerson)
		if g < 0 || d.mentions[g].Kind != mName && d.mentions[g].Kind != mPronoun {
			continue
		}
		if !d.directObject(v+1, d.mentions[g].From) {
			continue // "hosted a summit on Gaza with X in": X is no guest of the verb
		}
		guests := d.coordinated(ms, g, func(m *Mention) bool { return isPerson(m) && m.Kind == d.mentions[g].Kind }) // "hosted Lula and Petro in Brasilia"
		j := d.mentions[guests[len(guests)-1]].To
		if j < end && d.lw(j) == "," {
			continue // "welcomed X, who ...": no place of the visit
		}
		if j >= end || d.lw(j) != "in" && d.lw(j) != "to" && d.lw(j) != "at" {
			continue
		}
		places := d.rightArgs(ms, j+1, 2, placeOrCountry)
		var seat *Mention // "received Lula at the Kremlin": the seat's state
		if len(places) == 0 {
			if n := d.rightArg(ms, j+1, 2, func(m *Mention) bool { return d.seatState(m) != nil }); n >= 0 {
				seat = d.seatState(&d.mentions[n])
			}
		}
		for _, k := range guests {
			guest := &d.mentions[k]
			for _, p := range places {
				if !d.atHome(guest, &d.mentions[p]) {
					x.addRel(d, si, "VISITS", "", guest, &d.mentions[p], nil)
				}
			}
			if seat != nil && !d.atHome(guest, seat) {
				x.addRel(d, si, "VISITS", "", guest, seat, nil)
			}
		}
	}
}

// sentVisit adds the VISITS of the persons a dispatching verb of sentence
// si sends to a place: "the UN sent its envoy, Jean Morel, to Peru",
// "Chile dispatched Foreign Minister Ana Soto to Lima". The person is the
// verb's object, a few words after it with no preposition between (not
// "sent a letter to Ana Soto"), and "to" and the place follow the name or
// its comma; a place in the person's own state is no visit, and a negated
// or hedged verb ("could send") states none.
func (x *Extractor) sentVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	named := func(m *Mention) bool { return isPerson(m) && m.Kind == mName && m.Key != "" }
	for v := from + 1; v < end; v++ {
		if !d.in(v, x.lex.sets.dispatchVerbs) || d.toks[v].Capitalized() || inMentionSpan(d, ms, v) || !stated(d, si, v) {
			continue
		}
		g := d.rightArg(ms, v+1, 6, named)
		if g < 0 {
			continue
		}
		if d.inSpan(v+1, d.mentions[g].From, d.words.objectPreps) {
			continue // "sent a letter to Ana Soto", "sent troops with Ana Soto"
		}
		guests := d.coordinated(ms, g, named) // "sent Ana Soto and Luis Vega to Lima"
		j := d.mentions[guests[len(guests)-1]].To
		if j < end && d.lw(j) == "," {
			j++ // "sent its envoy, Jean Morel, to Peru"
		}
		if j >= end || d.lw(j) != "to" {
			continue
		}
		for _, p := range d.rightArgs(ms, j+1, 2, placeOrCountry) { // "to Lima and Quito"
			for _, k := range guests {
				if guest := &d.mentions[k]; !d.atHome(guest, &d.mentions[p]) {
					x.addRel(d, si, "VISITS", "", guest, &d.mentions[p], nil)
				}
			}
		}
	}
}

// directObject reports whether a name starting at token j is the object
// of a verb ending at token i-1: only a determiner, "visiting" or a
// capitalised title stand between ("hosted visiting Hungarian Prime
// Minister Viktor Orban").
func (d *doc) directObject(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if t.Kind != Word || !t.Capitalized() && !determiners[t.lower] && t.lower != "visiting" {
			return false
		}
	}
	return true
}

// Speakers abroad.
//
// Where a person speaks is where they are: "Lavrov told reporters in
// Vienna", "Blinken said at a news conference in Doha", "speaking to
// journalists in Brussels, X said". Only the words of an audience
// (audience_words) may stand between the verb and "in". A city of one's
// own state is no visit, and since a speaker abroad is news only when the
// speaker's own state is known, the speaker's state and the place's must
// both be known and differ.

// speechVisit adds the VISITS of the speakers sentence si places abroad.
func (x *Extractor) speechVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for v := from; v < end; v++ {
		if !d.in(v, x.lex.sets.speechVerbs) || v > from && (d.toks[v].Capitalized() || nounMarkers[d.lw(v-1)]) || !stated(d, si, v) {
			continue
		}
		j := x.audienceEnd(d, v, end)
		if j+1 >= end || d.lw(j) != "in" {
			continue
		}
		p := d.mentionAt(ms, j+1)
		if p < 0 || !placeOrCountry(&d.mentions[p]) || d.mentions[p].Key == "" {
			continue
		}
		speakers := x.speakersAt(d, si, ms, v)
		if v == from {
			speakers = d.frontedSubject(ms, j+2, end, isPerson) // "Speaking to journalists in Brussels, X said"
		}
		for _, s := range speakers {
			if m := &d.mentions[s]; m.Label == "Person" && !d.ownerOfSpeaker(m) && d.abroad(m, &d.mentions[p]) {
				x.addRel(d, si, "VISITS", "", m, &d.mentions[p], nil)
			}
		}
	}
}

// ownerOfSpeaker reports whether speaker mention m only owns the one who
// speaks ("his spokeswoman said in Lima", "Roe's aide told reporters
// in Lima"): the speech places the aide, not m.
func (d *doc) ownerOfSpeaker(m *Mention) bool {
	return d.isPossessor(m) || m.Kind == mPronoun && (possessivePronoun[m.Head] || m.Head == "their")
}

// audienceEnd returns the token after the audience words (audience_words)
// that follow the verb of speaking at token v: "told reporters", "said at a
// news conference"; v+1 if none.
func (x *Extractor) audienceEnd(d *doc, v, end int) int {
	j := v + 1
	for j < end && j <= v+5 && d.in(j, x.lex.sets.audienceWords) {
		j++
	}
	return j
}

// frontedSubject returns the fitting mention (a person for a speaker)
// that opens the main clause after the first comma from token i on
// (within a few tokens), as a list; none if there is none: "Speaking in
// Brussels, X said", "At the request of the Bolivian President, Evo
// Rojas, Brazil sent troops" (invitations).
func (d *doc) frontedSubject(ms []int, i, end int, fits func(*Mention) bool) []int {
	if k := d.commaWithin(i, end, 12); k >= 0 {
		if p := d.rightArg(ms, k+1, 5, fits); p >= 0 {
			return []int{p}
		}
	}
	return nil
}

// abroad reports whether place lies in a known state other than the
// known state of person p.
func (d *doc) abroad(p, place *Mention) bool {
	home, there := d.homeState(p), stateOf(place)
	return home != "" && there != "" && home != there
}

// homeState returns the code of person p's state (personHome); "" if
// unknown.
func (d *doc) homeState(p *Mention) string {
	_, state := d.personHome(p)
	return state
}

// stateOf returns the code of the state mention m is or lies in ("RUS"),
// or "".
func stateOf(m *Mention) string {
	if m.Label == "Country" {
		return strings.TrimPrefix(m.Key, "country:")
	}
	return m.Country
}

// Calls.
//
// "Biden called Netanyahu on Sunday", "Macron phoned Putin to discuss
// Ukraine": a call verb (call_verbs) with a person named right after it
// (titles and determiners between), followed by a time, a purpose or the
// end of the clause (call_followers), is a COMMUNICATES_WITH from the
// caller. "Called X a liar", "called on X", "called for" and a passive
// "was called" state none.

// phoneCalls adds the calls sentence si states.
func (x *Extractor) phoneCalls(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for v := from + 1; v+1 < end; v++ {
		if !d.in(v, x.lex.sets.callVerbs) || d.toks[v].Capitalized() || nounMarkers[d.lw(v-1)] || inMentionSpan(d, ms, v) || !stated(d, si, v) {
			continue
		}
		g := d.rightArg(ms, v+1, 6, isPerson)
		if g < 0 || d.mentions[g].Kind != mName || !d.directObject(v+1, d.mentions[g].From) {
			continue
		}
		callee := &d.mentions[g]
		if callee.To >= end || !d.in(callee.To, x.lex.sets.callFollowers) || d.toks[callee.To].Text == "'s" {
			continue
		}
		for _, s := range x.speakersAt(d, si, ms, v) {
			x.addRel(d, si, "COMMUNICATES_WITH", "", &d.mentions[s], callee, nil)
		}
	}
}

// placeNamedAfter returns the place named after "of" when place m is a
// described place ending in a lower-case head ("the North Ossetian city of
// Vladikavkaz", "the Kurdish-held town of Kobani"): the named place is the
// one meant. A facility said right after its name, its acronym or its
// lower-case head to lie in a named place ("a visit to the Thule Air Base
// in north-west Greenland", "visited the Camp X base in Djibouti") gives
// that place: a visit is to a country or place (the GUIDE's VISITS), and
// the facility's own LOCATED_IN is inPlace's. Otherwise m.
func (d *doc) placeNamedAfter(si int, m *Mention) *Mention {
	if m.Label == "Facility" && m.sent == si {
		i := d.afterAcronym(m)
		for n := 0; n < 2 && i < d.sents[si].To && d.toks[i].Kind == Word && !d.toks[i].Capitalized() && d.lw(i) != "in" && d.lw(i) != "at"; n++ {
			i++ // "the Camp X base in"
		}
		if i+1 < d.sents[si].To && (d.lw(i) == "in" || d.lw(i) == "at") {
			if n := d.placeAfter(d.sentMentions(si), i+1, true); n >= 0 && d.mentions[n].Key != "" {
				return &d.mentions[n]
			}
		}
		return m
	}
	if m.Label != "Location" || m.To+1 >= d.sents[si].To || d.toks[m.To-1].Capitalized() || d.lw(m.To) != "of" {
		return m
	}
	for _, k := range d.sentMentions(si) {
		if n := &d.mentions[k]; n.From == m.To+1 && n.Key != "" && (n.Label == "Location" || n.Label == "Country") {
			return n
		}
	}
	return m
}

// Meetings.
//
// "Xi met Putin in Moscow": of two persons who met in a place, the one
// from elsewhere visits it when the other is at home there, and both do
// when both are from elsewhere ("Modi met Xi in Kazan"). Neither visits
// when either's state is unknown.

// meetingVisit adds the VISITS that the meetings sentence si states
// imply (d.meetings): its MET_WITH, its
// NEGOTIATES_WITH between two names (talks held in a place are held face
// to face: "after talks with Hollande in Washington"; talks at a
// distance are COMMUNICATES_WITH, contactType) and a text two persons
// signed together (signedTogether), those an earlier sentence stated
// already too (a headline's "Soto and Vega shake hands", then "LIMA -
// Soto and Vega shook hands"). Only pairs of persons travel.
func (x *Extractor) meetingVisit(d *doc, si int, ms []int) {
	var dateline *Mention
	datelineRead := false
	for _, pair := range d.meetings {
		a, b := d.keyMention(pair[0]), d.keyMention(pair[1])
		if a == nil || b == nil || a.Label != "Person" || b.Label != "Person" {
			continue
		}
		place := d.placeIn(si, ms, a.Key, b.Key)
		if place == nil {
			if !datelineRead { // read once for the sentence, not once a pair
				dateline, datelineRead = x.datelinePlace(d, si, ms), true
			}
			place = dateline // "KYIV - Soto and Vega shook hands on Monday"
		}
		if place == nil || stateOf(place) == "" {
			continue
		}
		for _, p := range [][2]*Mention{{a, b}, {b, a}} {
			if guest, host := p[0], p[1]; (d.homeState(host) == stateOf(place) || d.abroad(host, place)) && d.abroad(guest, place) {
				x.addRel(d, si, "VISITS", "", guest, place, nil)
			}
		}
	}
}

// signedTogether notes two named persons who signed a text together
// ("Soto and Vega signed the treaty in Quito") as a meeting: they stood
// at one table, so meetingVisit places the one from elsewhere where the
// sentence says they signed.
func (x *Extractor) signedTogether(d *doc, cm cueMatch, a, b *Mention) {
	if !cm.c.verb || cm.c.Type != "COOPERATES_WITH" || !d.words.jointSigning[cm.c.words[0]] || a.Kind != mName || b.Kind != mName || !isPerson(a) || !isPerson(b) {
		return
	}
	d.meetings = append(d.meetings, [2]string{a.Key, b.Key})
}

// datelinePlace returns the place of the dateline that opens sentence si
// ("LIMA, May 3 (Reuters) -", "QUITO -"), or nil: a meeting the sentence
// tells without naming where is one the report comes from ("QUITO - Soto
// and Vega shook hands on the palace steps": they met in Ecuador). The
// sentence must open its paragraph, as a dateline does, and tell the
// meeting with a verb that states it (metVerb): a meeting named by a noun
// may be planned, called off or held elsewhere ("MOSCOW - Russia called
// off the meeting between A and B").
func (x *Extractor) datelinePlace(d *doc, si int, ms []int) *Mention {
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From != d.sents[si].From {
			continue
		}
		if m.Key != "" && (m.Label == "Location" || m.Label == "Country") && m.Kind == mName && x.dateline(d, si, m.From, m.To-m.From) {
			if x.metVerb(d, si) { // the cues and perhaps the parse, asked only after a dateline
				return m
			}
			return nil
		}
	}
	return nil
}

// metVerb reports whether sentence si tells a meeting with a verb cue of
// MET_WITH that states it: not negated or hedged ("did not meet", "could
// meet"), not an infinitive ("is due to meet"), and not a form in -ing the
// parse reads as a noun ("called off the meeting"; the tagger may read
// "shook" in "shook hands" as a noun too, so only -ing forms are checked).
func (x *Extractor) metVerb(d *doc, si int) bool {
	from := d.sents[si].From
	var toks []syntax.Token
	for i := from; i < d.sents[si].To; i++ {
		for _, c := range x.cuesOf(d, i) {
			if c.Type != "MET_WITH" || !c.verb || i > from && d.lw(i-1) == "to" || !stated(d, si, i) {
				continue
			}
			if !strings.HasSuffix(d.lw(i), "ing") {
				return true
			}
			if toks == nil {
				toks = x.parseOf(d, si)
			}
			if toks != nil && toks[i-from].UPOS == "VERB" {
				return true
			}
		}
	}
	return false
}

// Companions.
//
// "Rubio visited Lima. He was accompanied by Jane Roe and John Doe": who
// accompanies a visitor makes the same trip. The companions
// named after "accompanied by" visit the places the one accompanied
// visits in that sentence, or, when the sentence only says who came along
// ("He was accompanied by"), in the two before.

// companionVisit adds the VISITS of the persons sentence si says
// accompanied a visitor.
func (x *Extractor) companionVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	named := func(m *Mention) bool { return isPerson(m) && m.Kind != mPronoun }
	for v := from + 1; v+2 < end; v++ {
		if d.lw(v) != "accompanied" || d.lw(v+1) != "by" || !stated(d, si, v) {
			continue
		}
		h := d.leftArg(ms, v, isPerson)
		c := d.rightArg(ms, v+2, 6, named) // "by his wife, Ana Roe,"
		if h < 0 || c < 0 {
			continue
		}
		lo := d.sents[si].Start
		if d.in(v-1, d.words.copulas) {
			lo = d.sents[max(0, si-2)].Start // "He was accompanied by": the trip told before
		}
		var places []*Mention
		for _, r := range d.rels {
			if r.Type == "VISITS" && r.Source == d.mentions[h].Key && r.Span[0] >= lo {
				if p := d.keyMention(r.Target); p != nil && p.Label != "Facility" {
					places = append(places, p)
				}
			}
		}
		for _, k := range d.coordinated(ms, c, isPerson) {
			for _, p := range places {
				x.addRel(d, si, "VISITS", "", &d.mentions[k], p, nil)
			}
		}
	}
}

// placeIn returns the first place of sentence si named after "in" ("in
// Moscow", "in the Kremlin's ...") a few words after a mention of one of
// the meeting's parties (keys) ("met Putin on Tuesday in Moscow"; not
// "met Putin in the Kremlin and announced that its troops would leave
// bases used for operations in Mali"), or named after "in" right before
// a "where" clause that names a party ("signed in Lima, where Soto met
// Arce"), or nil. A seat of power is its state: "met Putin in the
// Kremlin" is a meeting in Russia.
func (d *doc) placeIn(si int, ms []int, keys ...string) *Mention {
	from := d.sents[si].From
	for _, k := range ms {
		m := &d.mentions[k]
		in, kind := m.From-1, mName
		if s := d.seatState(m); s != nil {
			if in > from && d.lw(in) == "the" {
				in-- // "in the Kremlin"
			}
			m, kind = s, mImplied
		}
		if m.Key == "" || m.Label != "Location" && m.Label != "Country" || m.Kind != kind || in <= from {
			continue
		}
		if d.lw(in) == "in" && (d.partyBefore(ms, in, keys) || d.partyWhere(ms, si, m.To, keys)) {
			return m
		}
	}
	return nil
}

// seatState returns the state a seat of power mention m stands in ("the
// Kremlin": Russia; the implied mention the lexicon adds on its span), or
// nil when m is no seat.
func (d *doc) seatState(m *Mention) *Mention {
	if m.Label != "Organization" || m.Owner < 0 || m.Owner >= len(d.mentions) {
		return nil
	}
	if s := &d.mentions[m.Owner]; s.Kind == mImplied && s.Label == "Country" && s.From == m.From && s.To == m.To && s.Key != "" {
		return s
	}
	return nil
}

// partyWhere reports whether a "where" clause opens at token i (after a
// comma or not) and names a mention of one of keys within its first ten
// tokens, before any other punctuation than a comma: "in Lima, where
// Chilean President Ana Soto met".
func (d *doc) partyWhere(ms []int, si, i int, keys []string) bool {
	end := d.sents[si].To
	if i < end && d.toks[i].Text == "," {
		i++
	}
	if i >= end || d.lw(i) != "where" {
		return false
	}
	for _, k := range ms {
		p := &d.mentions[k]
		if p.From <= i || p.From > i+10 || !slices.Contains(keys, p.Key) {
			continue
		}
		words := true
		for j := i + 1; j < p.From; j++ {
			if d.toks[j].Kind != Word && d.toks[j].Text != "," && d.toks[j].Text != "'s" && d.toks[j].Text != "." {
				words = false
			}
		}
		if words {
			return true
		}
	}
	return false
}

// partyBefore reports whether a mention of one of keys ends at most
// eight tokens before token i, with only words and commas between ("met
// Putin, his Russian counterpart, in Moscow"), or at most fourteen when
// the words open with "at", a place the "in" places further ("talks
// between A and B at the official residence of the Malaysian prime
// minister in Putrajaya").
func (d *doc) partyBefore(ms []int, i int, keys []string) bool {
	for _, k := range ms {
		p := &d.mentions[k]
		if p.To > i || i-p.To > 8 && (i-p.To > 14 || d.lw(p.To) != "at") || !slices.Contains(keys, p.Key) {
			continue
		}
		words := true
		for j := p.To; j < i; j++ {
			if w := d.lw(j); d.toks[j].Kind != Word && d.toks[j].Text != "," && d.toks[j].Text != "'s" ||
				i-p.To > 8 && (d.words.subordinators.has(w) || d.words.relativePronouns.has(w) || d.words.clauseBreaks.has(w)) {
				words = false // "at a time when troops were massing in Tacna": another clause's place
			}
		}
		if words {
			return true
		}
	}
	return false
}

// Fronted channels.
//
// "In a letter to Guterres, Araghchi said ...", "During a phone call with
// Putin, Erdogan urged ...": a sentence that opens with a noun cue of
// COMMUNICATES_WITH and its party, before the first comma, states the
// channel between that party and whoever opens the main clause. A call
// named without its party ("In a telephone call on Sunday, Soto told
// Vega ...") is the channel between the main clause's subject and the
// one its verb of address (words.yaml address_verbs) names right after.

// frontedChannel adds the COMMUNICATES_WITH a fronted channel adjunct of
// sentence si states.
func (x *Extractor) frontedChannel(d *doc, si int, ms []int, cues []cueMatch) {
	from, end := d.sents[si].From, d.sents[si].To
	if w := d.lw(from); w != "in" && w != "during" {
		return
	}
	for _, cm := range cues {
		if !cm.c.verb && cm.c.Type == "COMMUNICATES_WITH" && cm.c.Plural && cm.from <= from+3 {
			x.addressedInCall(d, si, ms, cm)
			continue
		}
		if cm.c.verb || cm.c.Type != "COMMUNICATES_WITH" || cm.c.Plural || cm.from > from+4 {
			continue
		}
		comma := d.commaWithin(cm.to, end, 8)
		if comma < 0 {
			return
		}
		party := d.rightArg(ms, cm.to, comma-cm.to, isActorMention)
		if party < 0 {
			return
		}
		if s := d.rightArg(ms, comma+1, 6, isActorMention); s >= 0 && d.mentions[s].Kind != mPronoun {
			x.addRel(d, si, "COMMUNICATES_WITH", "", &d.mentions[s], &d.mentions[party], nil)
		}
		return
	}
}

// addressedInCall adds the COMMUNICATES_WITH of a fronted call noun cm
// that names no party ("In a phone call on Sunday,"): between the subject
// opening the main clause and the person or state its verb of address
// names right after it ("Soto told Vega", "Soto assured Peru"). An actor
// inside the adjunct makes it no such call ("In a phone call with Vega",
// read by frontedChannel; "In a call to Chile's ..."), and an outlet told
// is quote.go's.
func (x *Extractor) addressedInCall(d *doc, si int, ms []int, cm cueMatch) {
	end := d.sents[si].To
	comma := d.commaWithin(cm.to, end, 8)
	if comma < 0 || d.rightArg(ms, cm.to, comma-cm.to, isActorMention) >= 0 {
		return
	}
	s := d.rightArg(ms, comma+1, 6, isActorMention)
	if s < 0 || d.mentions[s].Kind == mPronoun {
		return
	}
	v := d.mentions[s].To
	if v < end && d.lw(v) == "," {
		return // "In a call, Soto, the president, ...": an apposition, not the verb
	}
	if v >= end || !d.in(v, x.lex.sets.addressVerbs) {
		return
	}
	fits := func(m *Mention) bool { return m.Label == "Person" || m.Label == "Country" }
	if o := d.mentionAt(ms, v+1); o >= 0 {
		if p := d.titledPerson(ms, o); p >= 0 {
			o = p // "told Peruvian President Luis Vega": the person
		}
		for o >= 0 && (d.mentions[o].Kind == mTitle || d.mentions[o].Kind == mAdjective) {
			o = d.mentionAt(ms, d.mentions[o].To)
		}
		if o >= 0 && fits(&d.mentions[o]) && d.mentions[o].Key != "" && d.mentions[o].Key != d.mentions[s].Key {
			x.addRel(d, si, "COMMUNICATES_WITH", "", &d.mentions[s], &d.mentions[o], nil)
		}
	}
}

// reporter reports whether person m is called a reporter (words.yaml
// reporter_nouns) right before the name ("correspondent Ana Rojas",
// "Our correspondent, Ana Rojas,") or in apposition after it ("Ana Rojas,
// our correspondent,"): said to be in a place, a reporter is there to
// report, no visitor.
func (x *Extractor) reporter(d *doc, m *Mention) bool {
	if m.Label != "Person" {
		return false
	}
	s := d.sents[m.sent]
	i := m.From - 1
	if i >= s.From && d.toks[i].Text == "," {
		i--
	}
	if i >= s.From && d.in(i, x.lex.sets.reporterNouns) {
		return true
	}
	j := m.To
	if j < s.To && d.toks[j].Text == "," {
		for k := j + 1; k < s.To && k <= j+4 && d.toks[k].Kind == Word && !d.toks[k].Capitalized(); k++ {
			if d.in(k, x.lex.sets.reporterNouns) {
				return true
			}
		}
	}
	return false
}

// Gatherings held in a place.
//
// "Soto signed the accord at a ceremony in Quito", "Vega raised the matter
// with Rojas on the sidelines of a forum in Lima", "Soto attended the
// conference in Santiago", "a ceremony in Quito attended by A and B": a
// gathering (words.yaml gathering_nouns) said to be held in a named place
// has there whoever attends it (attend_verbs, either voice) and the
// subject of the clause the gathering's at, during or in phrase (or "on
// the sidelines of" it) belongs to. Each such person from another known
// state VISITS the place; a gathering only talked about ("criticised the
// summit in Lima", "ahead of the talks in Geneva") places no one, nor does
// a negated or hedged verb.

// gatheringVisit adds the VISITS of the persons sentence si places at a
// gathering held in a named place.
func (x *Extractor) gatheringVisit(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for g := from + 1; g+2 < end; g++ {
		if t := d.toks[g]; t.Text != t.lower || !d.in(g, x.lex.sets.gatheringNouns) || inMentionSpan(d, ms, g) {
			continue
		}
		place, after := d.heldIn(ms, g, end)
		if place == nil {
			continue
		}
		var guests []int
		if k := x.attendedAt(d, after, end); k >= 0 { // "a ceremony in Quito (was) attended by A and B"
			if a := d.rightArg(ms, k+2, 6, isPerson); a >= 0 {
				guests = d.coordinated(ms, a, isPerson)
			}
		}
		if v := x.gatheringVerb(d, si, g); v >= 0 && stated(d, si, v) {
			guests = append(guests, x.speakersAt(d, si, ms, v)...)
		}
		for _, k := range guests {
			if p := &d.mentions[k]; p.Label == "Person" && d.abroad(p, place) {
				x.addRel(d, si, "VISITS", "", p, place, nil)
			}
		}
	}
}

// attendedAt returns the token of a passive attending verb followed by
// "by" that opens at token k, past a comma or a copula ("in Quito,
// attended by", "was attended by"), or -1.
func (x *Extractor) attendedAt(d *doc, k, end int) int {
	if k < end && (d.lw(k) == "," || d.in(k, d.words.copulas)) {
		k++
	}
	if k+2 < end && d.in(k, x.lex.sets.attendVerbs) && d.lw(k+1) == "by" {
		return k
	}
	return -1
}

// heldIn returns the named place ("in Quito", a seat of power: "in the
// Kremlin") said to hold the gathering whose noun is at token g, right
// after the noun or after its short "of" complement ("the summit of the
// African Union in Niamey"), with the token after the place; nil if none.
func (d *doc) heldIn(ms []int, g, end int) (*Mention, int) {
	i := g + 1
	if d.lw(i) == "of" {
		for i++; i < end && i < g+8 && d.toks[i].Kind == Word && d.lw(i) != "in"; i++ {
		}
	}
	if i+1 >= end || d.lw(i) != "in" {
		return nil, 0
	}
	j := i + 1
	if d.lw(j) == "the" {
		j++
	}
	n := d.mentionAt(ms, j)
	if n < 0 {
		return nil, 0
	}
	m := &d.mentions[n]
	if s := d.seatState(m); s != nil {
		return s, m.To
	}
	if !placeOrCountry(m) || m.Kind != mName || m.Key == "" || stateOf(m) == "" {
		return nil, 0
	}
	return m, m.To
}

// gatheringVerb returns the verb whose subject is at the gathering whose
// noun is at token g: an attending verb whose object it is ("attended the
// summit"), or the verb its at, during or in phrase belongs to ("signed it
// at a ceremony", "spoke on the sidelines of a forum"): the parse's
// head of that phrase when it is a verb, else, for a phrase after a comma
// that the parse hangs on a noun, the nearest finite verb before it
// ("signed the treaty dividing the waters, in a ceremony in"). -1 if none.
func (x *Extractor) gatheringVerb(d *doc, si, g int) int {
	from := d.sents[si].From
	toks := x.parseOf(d, si)
	if toks == nil {
		return -1
	}
	j := g - 1
	for j > from && g-j < 6 && (nounPhraseTags[toks[j-from].UPOS] || d.toks[j].Text == "'s") && !phrasePreps[d.lw(j)] {
		j-- // "the G20 summit", "a ceremony", "the annual security conference"
	}
	switch w := d.lw(j); {
	case d.in(j, x.lex.sets.attendVerbs):
		return j
	case w == "of" && j-1 > from && d.in(j-1, x.lex.sets.sidelineNouns):
		if j -= 2; d.lw(j) == "the" {
			j--
		}
		if w := d.lw(j); w != "on" && w != "at" {
			return -1
		}
		g = j + 1 // the phrase is the edge's: "on the sidelines"
		for g < len(d.toks) && !d.in(g, x.lex.sets.sidelineNouns) {
			g++
		}
	case !phrasePreps[w]:
		return -1
	}
	// j is the phrase's preposition
	if h := toks[g-from].Head; h >= 0 && toks[h].UPOS == "VERB" && strings.HasPrefix(toks[g-from].Deprel, "obl") {
		return h + from
	}
	if j-1 <= from || d.toks[j-1].Text != "," {
		return -1
	}
	for v := j - 2; v > from; v-- {
		if t := d.toks[v].Text; t == ";" || t == ":" {
			return -1
		}
		if x := toks[v-from].XPOS; toks[v-from].UPOS == "VERB" && (x == "VBD" || x == "VBZ" || x == "VBP") {
			return v
		}
	}
	return -1
}

// phrasePreps open a phrase that puts its clause's subject at a
// gathering; nounPhraseTags are the parts of speech of a noun phrase's
// words before its head.
var (
	phrasePreps    = map[string]bool{"at": true, "during": true, "in": true}
	nounPhraseTags = map[string]bool{"DET": true, "ADJ": true, "NOUN": true, "PROPN": true, "NUM": true}
)

// departureGap reports whether toks[from:p], between a verb of leaving and
// the "for" of its destination, is empty or names only the place left:
// a place's name, or "the" and a place noun (words.yaml place_nouns, or
// "country"): "left for Aden", "left Sanaa for Aden", "left the capital
// for Aden"; not "left the door open for Peru" or "left it for Peru to
// decide", which go nowhere. A time adverbial may stand before or after
// the place left (pastTimeAdverbial): "left on Sunday for Aden", "left
// Malta last night for Brussels", "left the capital yesterday for Aden".
func (x *Extractor) departureGap(d *doc, ms []int, from, p int) bool {
	from = x.pastTimeAdverbial(d, from, p)
	ends := func(k int) bool { return k == p || x.pastTimeAdverbial(d, k, p) == p }
	placeTo := func(k int) bool { // a place's name from toks[k] up to the "for"
		n := d.mentionAt(ms, k)
		return n >= 0 && ends(d.mentions[n].To) && placeOrCountry(&d.mentions[n])
	}
	if from == p || placeTo(from) {
		return true
	}
	if d.lw(from) != "the" || from+1 >= p {
		return false
	}
	return placeTo(from+1) || // "left the Gaza Strip for Egypt"
		ends(from+2) && (d.in(from+1, x.lex.sets.placeNouns) || d.lw(from+1) == "country")
}
