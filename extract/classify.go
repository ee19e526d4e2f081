package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the cues that classify a capitalised name no lexicon
// lists (addName in name.go runs them in order). Each cue reads either the
// name's own shape or the words around it; none names a particular entity.

// shapeLabel classifies the name toks[i:j] by its own words: an
// organization head or company suffix at the end ("Brookings Institution",
// "HDT Kft."), a prefix ("Operation Peace Spring", "Camp David"), an
// organization head opening an "of" name ("Ministry of Defence"), an
// agreement head opening an "of" or "on" complement ("Treaty of
// Friendship"), or an agreement, place or facility head at the end.
func (x *Extractor) shapeLabel(d *doc, i, j int) string {
	s := &x.lex.sets
	toks := d.toks
	last := toks[j-1]
	if j-i > 1 && last.Kind == Number {
		return x.numberedHead(d, i, j-1) // "Air Base 101", "Block 12"
	}
	switch {
	case j-i > 1 && s.cues.suffixes[last.Text]:
		return "Organization"
	case j-i > 1 && j-i <= 4 && s.cues.prefixes[toks[i].Text] == "Program":
		return "Program" // a code name ends on any word: "Operation Allied Force", "Operation Noble Guard"
	case x.endsWith(d, i, j, s.orgHeads):
		return "Organization"
	case j-i > 2 && s.cues.stateHeads[last.Text] && (x.demonymAt(toks, i) || j-i > 3 && x.demonymEndsAt(toks, i+1)):
		// "the Ethiopian National Defence Force", "the South African
		// National Defence Force": a state's demonym, its own words and a
		// state head name a body of that state
		return "Organization"
	}
	if j-i > 1 {
		if l, ok := s.cues.prefixes[toks[i].Text]; ok {
			return l
		}
		if i+2 < j {
			if l, ok := s.cues.prefixes[toks[i].Text+" "+toks[i+1].Text]; ok {
				return l
			}
		}
		for k := i; k+2 < j; k++ {
			if s.orgHeads[toks[k].Text] && (toks[k+1].lower == "of" || toks[k+1].lower == "for" || toks[k+1].lower == "on") {
				// "Ministry of Defence", "Council on Foreign Relations",
				// "the Khyber Chamber of Commerce"
				return "Organization"
			}
		}
		for k := i; k+2 < j; k++ {
			if toks[k].Capitalized() && toks[k].in(s.agreementHeads) && (toks[k+1].Text == "of" || toks[k+1].Text == "on") {
				// an agreement head opening its "of" or "on" complement:
				// "the Treaty of Friendship and Cooperation", "the Joint
				// Declaration of Principles", "the Agreement on Trade"
				return "Agreement"
			}
		}
		for k := i + 1; k+2 < j; k++ {
			if toks[k].in(s.facilityHeads) && toks[k+1].lower == "of" {
				return "Facility" // "the Naval Memorial of Chile"; not "Port of Spain"
			}
		}
	}
	lastLower := strings.ToLower(last.Text)
	switch {
	case s.agreementHeads.has(lastLower) && j-i > 1:
		return "Agreement"
	case s.cues.programNameHeads[last.Text] && j-i > 1:
		return "Program"
	case s.cues.agreementNameHeads[last.Text] && j-i > 1:
		return "Agreement"
	case s.placeHeads.has(lastLower) && j-i > 1:
		return "Location"
	case s.facilityHeads.has(lastLower) && j-i > 1:
		return "Facility"
	}
	return ""
}

// nameJoiners are the lower-case words that join the capitalised words of
// a long organization's name: "Movement for Unity and Progress in East
// Africa", "Mission of Support to the Sahel".
var nameJoiners = map[string]bool{"and": true, "in": true, "of": true, "for": true, "to": true, "on": true, "the": true, "&": true}

// acronymTail returns the end of the unknown name toks[i:j] when its
// bracketed acronym follows after more of its words: capitalised words
// and the joiners between them, up to "(ACR)", where the acronym, no
// name the lexicon knows, opens with the initial of the name's first word
// (or of a "Kenyan-led" before it) and holds its last word's after it
// ("Movement for Unity" + "and Progress in East Africa (MUPEA)").
// Otherwise j.
func (x *Extractor) acronymTail(d *doc, i, j, end int) int {
	toks := d.toks
	if j >= end || !nameJoiners[toks[j].Text] && !x.foreignJoiner(toks[j]) {
		return j
	}
	foreign := false // a joiner of another language: the acronym must spell the capitals
	for k := j; k+2 < end && k < j+10; k++ {
		t := toks[k]
		if t.Text == "(" {
			a := toks[k+1].Text
			if k-1 <= j || !toks[k-1].Capitalized() || toks[k+2].Text != ")" {
				return j
			}
			if e, _ := x.lex.match(toks, k+1, k+2); e != nil {
				return j // "Council of Heads of State of the Shanghai Cooperation Organisation (SCO)": the acronym is another's
			}
			if spellsTitleAcronym(toks[i:k], a) {
				return k // "the United Nations Transitional Authority in Cambodia (Untac)": an acronym written as a word spells every capital
			}
			if !acronym(a) {
				return j
			}
			if foreign {
				if capitalInitials(toks[i:k], false) == a {
					return k
				}
				return j
			}
			first, last := firstUpper(toks[i].Text), firstUpper(toks[k-1].Text)
			p := strings.IndexRune(a, first)
			if p > 0 && x.ledPrefix(d, i) != rune(a[0]) && !(p == 1 && x.demonymOpens(d, i, a)) {
				p = -1 // the acronym opens with the name, or with its "Kenyan-led"
			}
			if p >= 0 && strings.ContainsRune(a[p+1:], last) {
				return k
			}
			return j
		}
		if t.Kind != Word || !t.Capitalized() && !nameJoiners[t.Text] && !x.foreignJoiner(t) {
			return j
		}
		foreign = foreign || !t.Capitalized() && !nameJoiners[t.Text]
	}
	return j
}

// titleAcronym reports whether w is an acronym written as a word, a
// capital and three to seven lower-case ASCII letters ("Untac", "Unamir",
// "Ecowas"), as British and other styles write those read as words. Any
// such word could be a name, so a caller asks it to spell every capital
// of the name before it.
func titleAcronym(w string) bool {
	if len(w) < 4 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

// spellsTitleAcronym reports whether a is an acronym written as a word
// (titleAcronym) that spells every capital of the name toks: "United
// Nations Transitional Authority in Cambodia" and "Untac".
func spellsTitleAcronym(toks []Token, a string) bool {
	return len(toks) > 1 && titleAcronym(a) && capitalInitials(toks, false) == strings.ToUpper(a)
}

// factionTail returns the end of the name toks[i:j] that goes on with a
// faction's qualifier in brackets: a name ending on an organization's head
// word, with or without "of" and its state after it, and one to three
// capitalised words in brackets that no lexicon knows and that are no
// acronym ("the Communist Party of Chile (Renewed)", "the Kestrel Front
// (Reformist)", "the Kestrel Party of Peru (Marxist-Leninist)"): parties
// that split keep one name and tell the factions so. A state, a place or
// an acronym in brackets is no faction ("Li Wei (China)", "the Kestrel
// Party (KP)"), and a name not ending on a head word takes none.
func (x *Extractor) factionTail(d *doc, i, j, end int) int {
	toks := d.toks
	if j <= i || j >= end || !x.lex.sets.orgHeads[toks[j-1].Text] && !x.endsOnStateOf(d, i, j) {
		return j
	}
	k := j
	if toks[k].Text == "of" && k+1 < end {
		e, n := x.lex.match(toks, k+1, end)
		if e == nil || e.label != "Country" || e.kind != kindName {
			return j
		}
		k += 1 + n
	}
	if k+2 >= end || toks[k].Text != "(" {
		return j
	}
	for q := k + 1; q < end && q <= k+4; q++ {
		t := toks[q]
		if t.Text == ")" {
			if q == k+1 || q == k+2 && acronym(toks[k+1].Text) {
				return j
			}
			return q + 1
		}
		if t.Kind != Word || !t.Capitalized() {
			return j
		}
		if e, _ := x.lex.match(toks, q, end); e != nil {
			return j
		}
	}
	return j
}

// foreignJoiner reports whether t is a lower-case word of another
// language that joins the capitalised words of a name: a name particle or
// a word no English dictionary holds ("ni" in "Soqosoqo Vanua ni Taukei",
// "de" in "Frente de Liberación"); acronymTail takes it only when the
// bracketed acronym after spells the name's capitals.
func (x *Extractor) foreignJoiner(t Token) bool {
	if t.Kind != Word || t.Capitalized() || strings.ContainsAny(t.Text, "'’-") {
		return false
	}
	return x.lex.sets.particles[t.lower] || x.dict != nil && !x.dict.CommonWord(t.lower)
}

// capitalInitials returns the first letters of the capitalised words of
// toks: "SVT" for "Soqosoqo Vanua ni Taukei"; with wholeAcronyms an
// acronym among them counts whole.
func capitalInitials(toks []Token, wholeAcronyms bool) string {
	var b strings.Builder
	for _, t := range toks {
		switch {
		case t.Kind == Word && wholeAcronyms && acronym(t.Text):
			b.WriteString(t.Text) // "UNODC" for "UN Office for Drugs and Crime"
		case t.Kind == Word && t.Capitalized():
			b.WriteString(t.Text[:1])
		}
	}
	return b.String()
}

// nameWord reports whether t may stand inside a name: a capitalised word
// or a joiner between its words ("of", "and", "for").
func nameWord(t Token) bool {
	return t.Kind == Word && (t.Capitalized() || nameJoiners[t.Text])
}

// demonymOpens reports whether the state's adjective or people just
// before toks[i] is the first word of the name the acronym a spells:
// "Chileans United for Freedom (CUF)", "the Sudanese Liberation Movement
// (SLM)" are one name, not the state and a shorter one.
func (x *Extractor) demonymOpens(d *doc, i int, a string) bool {
	return i >= 1 && len(a) >= 2 && x.demonymAt(d.toks, i-1) && firstUpper(d.toks[i-1].Text) == rune(a[0]) && firstUpper(d.toks[i].Text) == rune(a[1])
}

// ledPrefix returns the initial of the party of a leader's compound
// written just before toks[i] ("Kenyan-led", split as "Kenyan", "-",
// "led", or kept whole), or 0.
func (x *Extractor) ledPrefix(d *doc, i int) rune {
	toks := d.toks
	if i >= 3 && x.lex.sets.compounds.leaders[toks[i-1].lower] && isHyphen(toks[i-2].Text) {
		return firstUpper(toks[i-3].Text)
	}
	if i >= 1 && toks[i-1].Kind == Word && toks[i-1].Capitalized() && strings.ContainsAny(toks[i-1].Text, "-–") {
		return firstUpper(toks[i-1].Text)
	}
	return 0
}

// firstUpper returns the first letter of w in upper case.
func firstUpper(w string) rune {
	for _, r := range w {
		return unicode.ToUpper(r)
	}
	return 0
}

// companyTail returns the end of a name that goes on with a comma and a
// company suffix: "Hungarian National Asset Management, Inc.".
func (x *Extractor) companyTail(d *doc, j, end int) int {
	if j+1 < end && d.toks[j].Text == "," && x.lex.sets.cues.suffixes[d.toks[j+1].Text] && d.toks[j+1].Capitalized() {
		return j + 2
	}
	return j
}

// descriptorLabel reads the lower-case noun written just before the name
// at toks[i]: "daily Magyar Nemzet" (Organization), "the town of Gyula"
// (Location), "rapper Jay Smith" (Person).
func (x *Extractor) descriptorLabel(d *doc, si, i int) string {
	c := &x.lex.sets.cues
	from := d.sents[si].From
	k := i - 1
	switch {
	case k-2 >= from && d.toks[k].lower == "as" && d.toks[k-1].lower == "known":
		k -= 2 // "a commander known as Vorn"
	case k-1 >= from && c.namingVerbs[d.toks[k].lower] && d.toks[k].Text == d.toks[k].lower:
		k-- // "a village called Vorn", "a militant nicknamed Tarik"
		if c.descriptors[d.toks[k].lower] == "" {
			return "" // "Yeltsin named Tarik", "the plan named Vorn"
		}
	}
	if k-1 >= from && d.toks[k].lower == "of" {
		k-- // "the town of Gyula", not "the son of ..." (kinship is not a place)
		if l := c.descriptors[d.toks[k].lower]; l == "Location" {
			return l
		}
		return ""
	}
	if k < from || d.toks[k].Kind != Word || d.toks[k].Capitalized() && k > from && !x.acronymDescriptor(d.toks[k], d.toks[i]) {
		return "" // but "the NGO Justicia Viva"
	}
	if x.titleEndsAt(d, i) {
		return "" // "secretary of state Jane Roe": "state" ends a title, whose holder the name is, and is no place's descriptor
	}
	return x.descriptorEndingAt(d, from, k)
}

// descriptorEndingAt returns the label of the descriptor noun (namecues
// descriptors) that ends at toks[k]: two words ("news agency", "think
// tank") before one ("agency"); "" when there is none.
func (x *Extractor) descriptorEndingAt(d *doc, from, k int) string {
	c := &x.lex.sets.cues
	if k-1 >= from && !d.toks[k-1].Capitalized() {
		if l, ok := c.descriptors[d.toks[k-1].lower+" "+d.toks[k].lower]; ok {
			return l
		}
	}
	return c.descriptors[d.toks[k].lower]
}

// appositeOrganization reports whether the name toks[i:j] is set off by
// commas after an organization's descriptor noun (namecues descriptors):
// "the state news agency, Andina, said", "its ruling party, Vorn Unity,
// won". A given name opens a person's name, not a body's; nor is the noun
// apposed when it is another's complement ("the leader of the party, X").
func (x *Extractor) appositeOrganization(d *doc, si, i, j int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	if i-2 < from || j >= end || d.toks[i-1].Text != "," || d.toks[j].Text != "," || x.givenName(d.toks[i].Text) {
		return false
	}
	k := i - 2
	if d.toks[k].Kind != Word || d.toks[k].Capitalized() {
		return false
	}
	if d.phraseWordBack(k-1, max(from, k-6), "of") >= 0 {
		return false // "the leader of the farmers' party, Tovan Drasko": the leader is apposed
	}
	return x.descriptorEndingAt(d, from, k) == "Organization"
}

// roleAt reports whether toks[i] follows a person's position and "at",
// "with" or "for": "a fellow at the Brookings Institution", "an analyst with
// Eurasia Group".
func (x *Extractor) roleAt(d *doc, si, i int) bool {
	from := d.sents[si].From
	k := i - 1
	if k >= from && d.toks[k].lower == "the" {
		k--
	}
	if k-1 < from {
		return false
	}
	switch d.toks[k].lower {
	case "at", "with", "for", "of":
	default:
		return false
	}
	roles := x.lex.sets.cues.roles
	w := d.toks[k-1].lower
	if roles[w] || roles[strings.TrimSuffix(w, "s")] {
		return true // "a fellow at", "analysts at"
	}
	return k-2 >= from && roles[d.toks[k-2].lower+" "+w]
}

// ownedBody reports whether a word of state or private ownership
// (words.yaml owned_marks) stands right before the name at toks[i]: "on
// state-run Kestrel TV", "the state-owned Vornagaz". What is run or owned
// so is a body or a firm; without this the participle "run" would make
// it a place as "rebel-held Tarvo" is (control_marks, placeObject).
func (x *Extractor) ownedBody(d *doc, si, i int) bool {
	return i > d.sents[si].From && x.lex.sets.ownedMarks[d.toks[i-1].lower]
}

// toldOutlet reports whether toks[i] is an outlet told something: "told
// the Nevada Independent", "in an interview with the Daily Mail". The
// article "the" keeps people ("told Smith") out.
func (x *Extractor) toldOutlet(d *doc, si, i int) bool {
	from := d.sents[si].From
	if i-2 < from || d.toks[i-1].lower != "the" {
		return false
	}
	w := d.toks[i-2].lower
	if lemma := x.lex.verbs[w]; lemma == "tell" || w == "to" || w == "with" && i-3 >= from && strings.HasPrefix(d.toks[i-3].lower, "interview") {
		return true
	}
	return false
}

// toldBare reports whether the one-word name toks[i], no given name, is
// the object of "tell": news writers introduce a person by a full name
// before a surname alone (a surname named before is read as that person
// before this, and a name written earlier may be one no cue named), so
// a word that ended no name before and that people are said to have told
// is an outlet, an acronym, a common word or any other word
// ("officials told Meridian that", "told KNA on Monday", "told
// Vornanet.").
func (x *Extractor) toldBare(d *doc, si, i int) bool {
	t := d.toks[i]
	if i == d.sents[si].From || x.lex.verbs[d.toks[i-1].lower] != "tell" || x.givenName(t.Text) {
		return false
	}
	if !acronym(t.Text) && (x.dict == nil || !x.dict.CommonWord(t.lower)) {
		for k := 1; k < i; k++ {
			if d.toks[k].Text == t.Text && d.toks[k-1].Kind == Word && d.toks[k-1].Capitalized() && !d.toks[k].NewlineBefore {
				return false // the end of a name written before, perhaps one no cue made a person's: "Asel Tormekova chairs ... told Tormekova"
			}
		}
	}
	return true
}

// datelineAgency reports whether the acronym toks[i] is written in
// brackets before a dash, where a dateline names its news agency:
// "Nairobi, May 2 (KNA) --".
func datelineAgency(d *doc, si, i int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	if i == from || i+2 >= end || !acronym(d.toks[i].Text) || d.toks[i-1].Text != "(" || d.toks[i+1].Text != ")" {
		return false
	}
	t := d.toks[i+2]
	return t.Kind == Punct && strings.ContainsAny(t.Text, "-—–")
}

// possessedBroadcast reports whether a possessive at toks[j] owns a
// broadcast or show noun (words.yaml broadcast_shows) after at most three
// lower-case words, one of them a medium's (outlet_descriptors: news,
// radio, television): "Vorn's evening news programme", "KTV's nightly
// news bulletin" name the outlet that airs it; not "Vorn's evening show"
// (a host's) nor "Vorn's weapons program".
func (x *Extractor) possessedBroadcast(d *doc, si, j int) bool {
	end := d.sents[si].To
	if j >= end || !possessiveS(d.toks[j].Text) {
		return false
	}
	medium := false
	for k := j + 1; k < end && k <= j+4; k++ {
		t := d.toks[k]
		if t.Kind != Word || t.Capitalized() {
			return false
		}
		if t.in(x.lex.sets.broadcastShows) {
			return medium
		}
		medium = medium || t.in(d.words.outletDescs) && !t.in(d.words.outletOwners)
	}
	return false
}

// mediaSubject reports whether the name toks[i:j] is the subject of a
// verb of publishing ("Polygraph reported", "Business Insider revealed"),
// which outlets do more often than people. A noun of the same form is no
// verb: "Early reports from the port" names no outlet "Early".
func (x *Extractor) mediaSubject(d *doc, si, j int) bool {
	end := d.sents[si].To
	if j >= end {
		return false
	}
	lemma, ok := x.lex.verbs[d.toks[j].lower]
	return ok && x.lex.sets.cues.mediaVerbs[lemma] && !x.nounAt(d, si, j)
}

// nounAt reports whether the parse of sentence si makes toks[j], a verb
// form in -s, a noun: "reports" in "Early reports said" is none of the
// verbs it spells. Other forms ("said", "reported") are never parsed for.
func (x *Extractor) nounAt(d *doc, si, j int) bool {
	if w := d.toks[j].lower; !strings.HasSuffix(w, "s") || w == "says" {
		return false
	}
	p := x.parseOf(d, si)
	return p != nil && p[j-d.sents[si].From].UPOS == "NOUN"
}

// knownSurname reports whether the last word of toks[i:j] is the surname
// of a person already named, so that the name is a relative: "Joe Biden
// ... his son Hunter Biden".
func (x *Extractor) knownSurname(d *doc, i, j int) bool {
	if j-i < 2 {
		return false
	}
	k, ok := d.known[d.toks[j-1].Text]
	return ok && d.mentions[k].Label == "Person"
}

// namesakeSurname reports whether the two-word name toks[i:j] is a given
// name no lexicon or dictionary knows as a word and the surname of a
// person the lexicon knows under another given name: "Mateus Guterres",
// a namesake, is a person of his own, not the lexicon's Antonio Guterres.
func (x *Extractor) namesakeSurname(d *doc, i, j int) bool {
	if j-i != 2 || !x.unknownWord(d.toks[i]) || x.dict != nil && x.dict.CommonWord(d.toks[i].lower) || acronym(d.toks[i].Text) {
		return false
	}
	e, n := x.lex.match(d.toks, i+1, j)
	return e != nil && n == 1 && e.label == "Person" && e.kind == kindName && !strings.HasPrefix(e.name, d.toks[i].Text+" ")
}

// pinyinName reports whether toks[i:j] is a Chinese person's name written
// in pinyin that no lexicon or dictionary knows: a surname of one syllable
// and a given name of two written as one word ("Zhan Qixiong", "Wu
// Haitao", "An Fengshan"; words.yaml pinyin_syllables). The given name is
// no common English word, no word the lexicon knows and no place the
// gazetteer knows, a province under its "Sheng" too ("Hu Nanjing", "Li
// Anhui" name none); its second syllable opens
// with a consonant, as pinyin writes one that does not after an
// apostrophe ("Xi'an"), so "Bingo" is no given name.
func (x *Extractor) pinyinName(toks []Token, i, j int) bool {
	if j-i != 2 || toks[i].Kind != Word || toks[i+1].Kind != Word || !toks[i].Capitalized() || !toks[i+1].Capitalized() ||
		isAllCaps(toks[i].Text) || isAllCaps(toks[i+1].Text) || !toks[i].in(x.lex.sets.pinyinSyllables) {
		return false
	}
	given := toks[i+1]
	if !x.unknownWord(given) || x.dict != nil && (x.dict.CommonWord(given.lower) || len(x.dict.Places(given.Text)) > 0 || len(x.dict.Places(given.Text+" Sheng")) > 0) {
		return false
	}
	return x.pinyinSyllableCount(given.lower) == 2
}

// pinyinSyllableCount returns the fewest pinyin syllables that spell w,
// each after the first opening with a consonant, or 0 when none do.
func (x *Extractor) pinyinSyllableCount(w string) int {
	best := make([]int, len(w)+1) // best[k]: fewest syllables spelling w[:k]; 0 for none
	for k := 1; k <= len(w); k++ {
		for n := 1; n <= 6 && n <= k; n++ {
			syl := w[k-n : k]
			if !x.lex.sets.pinyinSyllables.has(syl) || k-n > 0 && (best[k-n] == 0 || strings.ContainsRune("aeo", rune(syl[0]))) {
				continue
			}
			if c := best[k-n] + 1; best[k] == 0 || c < best[k] {
				best[k] = c
			}
		}
	}
	return best[len(w)]
}

// camelCase reports whether w is one word with a capital after a lower-case
// letter, the shape of brands and outlets ("PolitiFact", "YouTube"), not of
// surnames ("McCain", "DeSantis", "MacArthur").
func camelCase(w string) bool {
	prevLower := false
	for k, r := range w {
		if unicode.IsUpper(r) && prevLower {
			prefix := w[:k]
			switch prefix {
			case "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St", "O", "Al", "El":
				return false
			}
			return true
		}
		if !unicode.IsLetter(r) {
			return false
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// placeObject reports whether the name toks[i:j] is a place by its
// context: the object of a verb of movement or capture ("forces entered
// Manbij"), a place preposition ("in Amritsar"), or the next item of a
// list that began with a place ("entered Manbij and Kobani"), a place
// preposition and a state's adjective ("in Turkish Thrace"). The name must
// end its noun phrase: "into Democratic challenger" is a modifier ("in
// Tarvoshire according to the police" ends it). A
// direction alone names no place: "in Central and Southern Africa" shares
// the place of the second conjunct.
func (x *Extractor) placeObject(d *doc, si, i, j int) bool {
	s := &x.lex.sets
	from, end := d.sents[si].From, d.sents[si].To
	if i == from || j-i > 3 || j-i == 1 && (s.faiths[d.toks[i].Text] || d.in(i, s.directions) || languageShape(d.toks[i].lower)) {
		return false // nor "raised in Islam": a faith; nor "in Central and Southern Africa": a direction alone; nor "written in Korean"
	}
	if j < end && d.toks[j].Kind == Word && (d.toks[j].Capitalized() || !followers[d.toks[j].lower] && !isAdverbOfTime(d.toks[j].lower) && d.toks[j].lower != "according" &&
		d.participleBy(j, end) < 0 && !x.timeAgo(d, j, end)) {
		return false // "into Democratic challenger", "into Northern Syria"; but "a ceremony in Tarvosk attended by"
	}
	prev := d.toks[i-1].lower
	if k := strings.LastIndexByte(prev, '-'); k >= 0 {
		prev = prev[k+1:] // "rebel-held"
	}
	switch {
	case s.cues.placeVerbs[prev]:
		return true
	case s.controlMarks.has(prev) && (prev != d.toks[i-1].lower || i-2 > from && d.toks[i-2].Text == "-"):
		return true // "rebel-held Tarvo", "Chilean-controlled West Kestrel"
	case s.placePreps.has(prev) && prev != "to" && prev != "on" && j-i <= 2:
		return true
	case j-i == 1 && i-2 > from && d.in(i-2, s.placePreps) && d.toks[i-2].lower != "to" && d.toks[i-2].lower != "on" && d.demonymAt(i-1):
		return true // "in Turkish Thrace", "across Chilean Patagonia": the state's part of a region
	case j-i <= 2 && i-2 > from && d.in(i-1, s.directions) && !d.toks[i-1].Capitalized() && d.in(i-2, s.placePreps) && d.toks[i-2].lower != "to" && d.toks[i-2].lower != "on":
		return true // "in eastern Kalvaria", "across northern Vorland": a region of the place
	case prev == "and" || prev == "or" || prev == ",":
		k := len(d.mentions) - 1
		for k >= 0 && d.mentions[k].Kind == mImplied {
			k-- // "Assab and Massawa": past the state a gazetteer town implies
		}
		return k >= 0 && d.mentions[k].sent == si && d.mentions[k].Label == "Location" && d.mentions[k].To == i-1
	}
	return false
}

// languageShape reports whether the one word w has a language's ending
// (-ean, -ian, -ese, -ish): after "in" such a name no lexicon knows is
// the language something is said or written in ("a marking in Korean",
// "a speech in Cantonese"), no place.
func languageShape(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish"))
}

// demonymAt reports whether toks[k] is a state's adjective, the last
// mention found: "Turkish" in "in Turkish Thrace".
func (d *doc) demonymAt(k int) bool {
	n := len(d.mentions) - 1
	return n >= 0 && d.mentions[n].From == k && d.mentions[n].To == k+1 && d.mentions[n].Kind == mAdjective && d.mentions[n].Label == "Country"
}

// placeAfterHead reports whether the name at toks[i] follows a
// lower-case facility or place noun and a preposition of place: "the
// border crossing at Abu Kamal", "the air base at Tarvo", "a plant near
// San Isidro", "the port town of Abu Rish" (a town's noun and "of"). Such
// a name says where the thing is: a place, even when it opens with a
// given name ("Abu", "San") or the dictionaries list it as a person.
func (x *Extractor) placeAfterHead(d *doc, si, i int) bool {
	if i-2 < d.sents[si].From {
		return false
	}
	s := &x.lex.sets
	prep, head := d.toks[i-1].lower, d.toks[i-2]
	if head.Kind != Word || head.Capitalized() {
		return false
	}
	switch {
	case prep == "in" || s.nearPreps.has(prep):
		return head.in(s.facilityHeads) || head.in(s.placeNouns)
	case prep == "of":
		sg := strings.TrimSuffix(head.lower, "s") // "the ports of Tarvik and Dorvek", "the cities of"
		if strings.HasSuffix(head.lower, "ies") {
			sg = strings.TrimSuffix(head.lower, "ies") + "y"
		}
		return head.in(s.townNouns) || s.townNouns.has(sg)
	}
	return false
}

// timeAgo reports whether toks[j:] opens with a span of time counted back
// or on, which ends the noun phrase before it: "at Tarvosk a week ago",
// "in Vornek two days later" (words.yaml time_span_nouns).
func (x *Extractor) timeAgo(d *doc, j, end int) bool {
	if j+2 >= end || !d.countsSpan(j) || !d.in(j+1, x.lex.sets.timeSpanNouns) {
		return false
	}
	switch d.lw(j + 2) {
	case "ago", "later", "earlier", "before", "after":
		return true
	}
	return false
}

// isAdverbOfTime reports whether w may follow a place without being its
// head noun: "in Gyula yesterday".
func isAdverbOfTime(w string) bool {
	switch w {
	case "yesterday", "today", "tomorrow", "tonight", "overnight", "earlier", "later", "last", "next", "this":
		return true
	}
	return false
}

// opensWithParticle reports whether a lower-case word is a name particle
// joined to a capitalised name: "al-Masirah", "el-Sisi", "bin-Salman".
func (x *Extractor) opensWithParticle(t Token) bool {
	k := strings.IndexAny(t.Text, "-")
	if k <= 0 || k+1 >= len(t.Text) || !x.lex.sets.particles[t.Text[:k]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text[k+1:])
	return unicode.IsUpper(r)
}

// wholeName returns the length of the name that starts with the place or
// country name matched at toks[i:i+n] when capitalised words go on to make
// it the name of something else: "Baghdad International Airport", "the
// Nevada Independent", "Magyar Nemzet"; or with an organization's name
// that "of" and a people go on ("the Democratic Party of Serbs"). It
// returns n when the lexicon match is the whole name.
func (x *Extractor) wholeName(d *doc, si, i, n int, e *entry) int {
	if e.label == "Organization" && e.kind == kindName && i+n+1 < d.sents[si].To && d.toks[i+n].Text == "of" {
		// "the Democratic Party of Serbs": a people's name ends a longer
		// name than the lexicon's
		if a, an := x.lex.match(d.toks, i+n+1, d.sents[si].To); a != nil && x.peopleName(d, a, i+n+1, an) {
			return n + 2
		}
		return n
	}
	end := d.sents[si].To
	if n == 1 && (e.kind == kindName || e.kind == kindCapital) && (e.label == "Location" || e.label == "Organization" || e.label == "Country") && i+1 < end && x.unknownWord(d.toks[i+1]) {
		if j := x.nameEnd(d, i, end); j > i+1 && (x.apposedToRole(d, si, i, j) ||
			i-1 > d.sents[si].From && j < end && d.toks[i-1].Text == "," && d.toks[j].Text == "," && x.titleEndsAt(d, i-1)) {
			// "the Krajina leader, Milan Vorna,", "the spokeswoman, Tasnim
			// Roe,": a person whose given name is a city's or an outlet's
			return j - i
		}
	}
	if e.kind == kindBody && i+n < end && d.toks[i+n].Text == "and" && d.wordBetween(i, i+n, "of") {
		if j := x.nameEnd(d, i, end); j > i+n+1 {
			// "the Ministry of Foreign Affairs and Trade", "the Ministry of
			// Defence and Veterans Affairs": the state body the lexicon
			// knows is the first half of a longer ministry's name
			return j - i
		}
	}
	if e.label == "Organization" && i+n < end && d.toks[i+n].Kind == Word && d.toks[i+n].Capitalized() &&
		d.in(i+n, x.lex.sets.facilityHeads) && (i+n+1 >= end || !d.toks[i+n+1].Capitalized()) {
		if m, _ := x.lex.match(d.toks, i+n, end); m == nil {
			// "storm Parliament House", "the Defence Forces Cemetery": a
			// body's name opens the name of a building
			return n + 1
		}
	}
	if e.label != "Country" && e.label != "Location" || e.kind != kindName && e.kind != kindCapital && e.kind != kindAdjective {
		return n
	}
	if i+n >= end || !d.toks[i+n].Capitalized() || d.toks[i+n].Kind != Word {
		return n
	}
	if e.kind == kindAdjective {
		// "the Greek Energy Forum" is one name, but "the Greek Foreign
		// Ministry" is a body the lexicon knows, of Greece
		if m, _ := x.lex.match(d.toks, i+n, end); m != nil {
			return n
		}
	}
	j := x.nameEnd(d, i+n-1, end)
	if j <= i+n {
		return n
	}
	if l := x.shapeLabel(d, i, j); l == "Organization" || l == "Facility" || l == "Program" || l == "Agreement" ||
		l == "Location" && e.label == "Location" {
		return j - i // "the Messina Strait" is no city of Messina
	}
	if x.toldOutlet(d, si, i) {
		return j - i
	}
	return n
}

// capitalAsPlace reports whether the capital matched at toks[i:i+n] is the
// city rather than its government: in apposition to "capital" ("the
// capital, Riyadh", "Riyadh, the capital"), the end of a trip ("a trip to
// Warsaw"), placed in a state after a comma ("Dakar, in Senegal") or
// modifying a noun that is not an actor ("a Warsaw trip"; but "the Moscow
// government" is the state) or before a relative "where" ("Doha, where
// the group keeps an office").
func (x *Extractor) capitalAsPlace(d *doc, si, i, n int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	toks := d.toks
	if i-1 >= from && toks[i-1].lower == "capital" || i-2 >= from && toks[i-1].Text == "," && toks[i-2].lower == "capital" {
		return true
	}
	if i-2 >= from && (toks[i-1].lower == "to" || toks[i-1].lower == "from") && x.lex.sets.cues.placeNouns[toks[i-2].lower] {
		return true // "a trip to Warsaw"
	}
	if i-1 >= from && toks[i-1].in(x.lex.sets.directions) {
		return true // "Miraflores, central Lima": a part of the city
	}
	if x.sentTo(d, si, i) {
		return true // "invited the Chilean leader to Lima", "returned to Quito"
	}
	if i-1 >= from && x.lex.sets.cues.placeVerbs[toks[i-1].lower] {
		return true // "the president left Quito", "rebels seized Lima"
	}
	if i-2 >= from && toks[i-1].lower == "of" && toks[i-2].in(x.lex.sets.placeParts) {
		return true // "the outskirts of Lima", "most of Kabul"
	}
	j := i + n
	if j+2 < end && toks[j].Text == "," && (toks[j+1].lower == "the" || toks[j+1].lower == "a") && toks[j+2].lower == "capital" {
		return true
	}
	if j+1 < end && toks[j].Text == "," && toks[j+1].lower == "where" {
		return true // "from Luanda, where the movement has its headquarters": a relative "where" follows a place
	}
	if c := x.countryAfter(d, si, j); c != "" && i > from {
		// "Dakar, in Senegal", "Dakar, Senegal": the city placed in its
		// state; a bare comma and another state lists actors ("Dakar,
		// Mali and Chad"); a dateline ("CARACAS, Venezuela -") is left
		// to dateline
		if e, _ := x.lex.match(toks, i, end); toks[j+1].lower == "in" || e != nil && e.country == c {
			return true
		}
	}
	return j < end && x.lex.sets.cues.placeNouns[toks[j].lower] || d.placedBy(j+1) // "the Tripoli-based council" (compound.go)
}

// sentTo reports whether toks[i] follows "to" or "from" that a verb
// sending or moving someone somewhere (words.yaml send_verbs) opens at
// most four lower-case words before: "invited the Chilean leader to
// Lima", "returned to Quito", "flew back to Ankara", "were flown in from
// Quito". A comma or another "to" or "from" between ends the reach
// ("invited Peru, and sent a note to Lima"); "received aid from Lima" is
// the government's. A verb of sending (words.yaml force_send_verbs) opens
// the trip only with a force it sends between ("sent troops and jets to
// Quito"; "sent a note to Lima" is the state).
func (x *Extractor) sentTo(d *doc, si, i int) bool {
	from := d.sents[si].From
	if i-2 < from || d.toks[i-1].lower != "to" && d.toks[i-1].lower != "from" {
		return false
	}
	force := false // a force sent lies between: "sent paratroopers to Quito"
	for k := i - 2; k >= from && k >= i-6; k-- {
		t := d.toks[k]
		if t.in(x.lex.sets.sendVerbs) || force && t.in(x.lex.sets.forceSendVerbs) {
			return true
		}
		force = force || t.in(x.lex.sets.sentForces)
		if t.Kind != Word && t.Text != "'s" || t.lower == "to" || t.lower == "from" {
			return false
		}
	}
	return false
}

// describedThing reads a thing introduced by a determiner and described by
// its modifiers: "a new security initiative", "an outward investment
// strategy" (Program), "a naval coalition" (Organization). It returns the
// phrase's length from toks[i] (after the determiner) and its label; 0
// without a determiner, without a modifier, or with a vague one ("a
// similar plan" describes nothing).
func (x *Extractor) describedThing(d *doc, i, end int) (int, string) {
	c := &x.lex.sets.cues
	if i == 0 || !determiners[d.toks[i-1].lower] || d.toks[i-1].lower == "that" {
		return 0, ""
	}
	for j := i; j < end && j < i+4; j++ {
		t := d.toks[j]
		if t.Kind != Word || t.Capitalized() || followers[t.lower] || determiners[t.lower] || c.vague[t.lower] {
			return 0, ""
		}
		if j > i {
			if l, ok := c.describedHeads[t.lower]; ok && (x.endsPhrase(d, j+1, end) || participle(d, j+1, end)) {
				if t.in(x.lex.sets.weaponHeads) && x.weaponWordIn(d, i, j) {
					return 0, "" // "a new missile system" is a weapon
				}
				if l == "Program" && x.broadcastBefore(d, i, j) {
					return 0, "" // "his weekly radio programme" is a broadcast
				}
				return j + 1 - i, l
			}
		}
	}
	return 0, ""
}

// broadcastBefore reports whether a word of namecues.yaml broadcast_modifiers
// stands among the up to three modifiers toks[i:j] before a programme head
// (from its determiner on): "a weekly radio programme" is a broadcast, no
// Program, and no description of the last programme named either.
func (x *Extractor) broadcastBefore(d *doc, i, j int) bool {
	for k := max(i, j-3); k < j; k++ {
		if x.lex.sets.cues.broadcast[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// weaponWordIn reports whether one of toks[i:j] is a weapon modifier or
// head: "missile" in "a new missile system".
func (x *Extractor) weaponWordIn(d *doc, i, j int) bool {
	s := &x.lex.sets
	for k := i; k < j; k++ {
		if w := d.toks[k].lower; s.weaponMods.has(w) || s.weaponHeads.has(w) {
			return true
		}
	}
	return false
}

// peopleName reports whether the lexicon entry e matched by the one word
// toks[k] names a people, a demonym in the plural ("Serbs", "Kurds"), which
// after "of" goes on an organization's name ("Democratic League of
// Serbs") where a state's name would end it.
func (x *Extractor) peopleName(d *doc, e *entry, k, n int) bool {
	return e.kind == kindAdjective && n == 1 && strings.HasSuffix(d.toks[k].Text, "s")
}

// honoredName reports whether the lexicon entry e matched at toks[i:i+n],
// the name of a place, a state or an organization, is a person's name or
// surname: after an honorific ("Mr Hague", "Mrs Kent", "Dr Jordan"), one
// word after a title before one unknown word that ends the name
// (secondSurname: "President Milan Tarvek", "Minister Sofia Renk"), or
// opening an Arabic-style full name (arabicNameGoesOn).
func (x *Extractor) honoredName(d *doc, si, i, n int, e *entry) bool {
	switch e.label {
	case "Location", "Country", "Organization":
		if e.kind != kindName && e.kind != kindCapital {
			return false
		}
	default:
		return false
	}
	if i > d.sents[si].From && x.lex.sets.honorifics[d.toks[i-1].Text] {
		return true
	}
	if n == 1 && x.titledBefore(d, si, i) && x.secondSurname(d, si, i+1) {
		return true // "President Milan Tarvek": a title, a city's name and a surname no lexicon knows
	}
	return x.arabicNameGoesOn(d, si, i, i+n)
}

// sonOf are the words of a patronymic in an Arabic-style name, "son of",
// "daughter of", in lower case: Gulf styles write them capitalised ("Hamdan
// Bin Saif Al Qasimi").
var sonOf = map[string]bool{"bin": true, "ibn": true, "bint": true}

// arabicNameGoesOn reports whether the name at toks[i:k] goes on at
// toks[k] as an Arabic-style full name: with a patronymic ("bin", "ibn",
// "bint") and a capitalised name ("Halab bin Saad"), or, after a title,
// with a particle joined to a capitalised name or written apart before one
// ("Sheikh Jubail al-Hamad al-Jubail", "Emir Halab al-Saad", "Shaikh
// Halab Al Saad Al Jubail"). A place's name that goes on so is a
// person's, while "Ras al-Ain" or "fighting near Halab al-Jadida" stay
// places.
func (x *Extractor) arabicNameGoesOn(d *doc, si, i, k int) bool {
	end := d.sents[si].To
	if k+1 < end && sonOf[d.toks[k].lower] && d.toks[k+1].Capitalized() {
		return true
	}
	if k >= end || d.toks[k].Kind != Word || !x.titledBefore(d, si, i) {
		return false
	}
	// "al-Hamad" joined, or "Al Khalid" written apart (Gulf styles)
	return x.opensWithParticle(d.toks[k]) || k+1 < end && x.lex.sets.particles[d.toks[k].lower] && d.toks[k+1].Capitalized()
}

// titledBefore reports whether a title or an honorific is written just
// before toks[i]: "Secretary Rice", "Mr. Brown", "the minister, Gates".
func (x *Extractor) titledBefore(d *doc, si, i int) bool {
	if i == d.sents[si].From {
		return false
	}
	prev := d.toks[i-1]
	if x.lex.sets.honorifics[prev.Text] {
		return true
	}
	if n := len(d.mentions); n > 0 {
		m := d.mentions[n-1]
		if m.Kind == mTitle && m.To == i-1 && prev.Text == "," && n > 1 && apposedToPerson(d, n-1) {
			return false // "Ana Lobo, Minister of Foreign Affairs, International Cooperation and Trade": more of the portfolio
		}
		return m.Kind == mTitle && (m.To == i || m.To == i-1 && prev.Text == ",")
	}
	return false
}

// apposedToPerson reports whether the title mention k is written between
// commas after a person's name, alone or after other titles ("Ana Lobo,
// Minister of State, Minister of Justice,"), so that the title already
// has its holder.
func apposedToPerson(d *doc, k int) bool {
	m := d.mentions[k]
	if m.From < 1 || d.toks[m.From-1].Text != "," {
		return false
	}
	for p := k - 1; p >= 0 && d.mentions[p].sent == m.sent; p-- {
		a := d.mentions[p]
		if a.Kind == mTitle {
			continue
		}
		if a.Label != "Person" {
			return false
		}
		for t := a.To; t < m.From; t++ {
			if w := d.toks[t]; w.Text != "," && w.Text != "of" && w.Text != "and" && !w.Capitalized() {
				return false // "Lobo met the ministers, Minister ..."
			}
		}
		return true
	}
	return false
}

// participle reports whether toks[j] is a participle that opens a reduced
// relative clause after a noun: "a program dubbed", "a plan backed by".
func participle(d *doc, j, end int) bool {
	if j >= end || d.toks[j].Kind != Word || d.toks[j].Capitalized() {
		return false
	}
	w := d.toks[j].lower
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// namedAs adds the quoted name given to the thing just mentioned ("a
// military development program dubbed "Zrínyi 2026"") as another name of
// it, and returns its length in tokens (0 when toks[i] opens no such name).
func (x *Extractor) namedAs(d *doc, si, i int, add func(Mention) int) int {
	from, end := d.sents[si].From, d.sents[si].To
	if i-2 < from || !isQuote(d.toks[i-1].Text) || !x.lex.sets.cues.namingVerbs[d.toks[i-2].lower] {
		return 0
	}
	k := len(d.mentions) - 1
	if k < 0 || d.mentions[k].sent != si || d.mentions[k].To != i-2 || d.mentions[k].Key == "" {
		return 0
	}
	for j := i; j < end && j < i+8; j++ {
		if isQuote(d.toks[j].Text) {
			if j == i {
				return 0
			}
			a := d.mentions[k]
			return add(Mention{From: i, To: j, Label: a.Label, Key: a.Key, Name: a.Name, Country: a.Country, Arg: true, Head: a.Head})
		}
	}
	return 0
}

// variantOf returns the person whose surname, learnt earlier in the
// article, the one-word name toks[i:j] spells differently: one letter
// changed, added or dropped after the same first four letters ("Saree"
// for "Sarea", "Zelenskyy" for "Zelensky").
func (x *Extractor) variantOf(d *doc, i, j int) (int, bool) {
	w := d.toks[i].Text
	if j-i != 1 || len(w) < 5 {
		return 0, false
	}
	best, found := 0, false
	for name, k := range d.known {
		if len(name) < 5 || name[:4] != w[:4] || d.mentions[k].Label != "Person" || !oneEdit(name, w) {
			continue
		}
		if !found || k < best {
			best, found = k, true // the earliest, so that map order does not matter
		}
	}
	return best, found
}

// oneEdit reports whether a and b differ by one substitution, insertion or
// deletion.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	k := 0
	for k < len(a) && a[k] == b[k] {
		k++
	}
	if len(a) == len(b) {
		return a[k+1:] == b[k+1:]
	}
	return a[k:] == b[k+1:]
}

// beforeCountry reports whether the name ending at toks[j] is followed by
// a comma, a country's name and the end of the phrase, as a town is
// written with its country ("to Kozani, Greece, where", "in Tarnow,
// Poland."); not in a list ("Ecowas, Nigeria and Ghana") or before a
// possessive ("Smith, Britain's envoy").
func (x *Extractor) beforeCountry(d *doc, si, j int) bool {
	end := d.sents[si].To
	if j+1 >= end || d.toks[j].Text != "," {
		return false
	}
	e, n := x.lex.match(d.toks, j+1, end)
	if e == nil || e.label != "Country" || e.kind != kindName {
		return false
	}
	after := j + 1 + n
	if after >= end {
		return true
	}
	t := d.toks[after]
	return t.Kind == Punct && t.Text != "'s" || t.in(x.lex.sets.relativePronouns)
}

// apposedToRole reports whether the name toks[i:j] stands between commas,
// or between a comma and "of", after a person's role or its "of" phrase
// ("a former security official, Avi Cohen, said"; "the party's leader,
// Ana Ruiz of the Farmers' Union"; "the head of the largest farmers'
// party, Ana Ruiz,"; "its ambassador to Chile, Tan Wei,"; "the alliance's
// leader in the senate, Ana Ruiz,"; namecues
// role_nouns, or a Person descriptor): the role's holder.
func (x *Extractor) apposedToRole(d *doc, si, i, j int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	if i-2 < from || d.toks[i-1].Text != "," || j >= end || d.toks[j].Text != "," && d.toks[j].Text != "of" {
		return false // "the party's leader, Ana Ruiz, said", "the leader, Ana Ruiz of the Farmers' Union"
	}
	c := &x.lex.sets.cues
	role := func(w Token) bool {
		return w.Kind == Word && !w.Capitalized() && (c.roles[w.lower] || c.descriptors[w.lower] == "Person")
	}
	if role(d.toks[i-2]) {
		return true
	}
	// the role's "of", "to", "in" or "for" phrase before the comma: "the
	// leader of the biggest farmers' party, Ana Ruiz,", "the envoy to Chile,
	// Tan Wei,", "the alliance's leader in the senate, Ana Ruiz,", "the
	// envoy for Asian affairs, Tan Wei,"
	if k := d.phraseWordBack(i-2, max(from+1, i-9), "of", "to", "in", "for"); k >= 0 {
		return role(d.toks[k-1]) || x.titleEndsAt(d, k)
	}
	return false
}

// phraseWordBack returns the nearest of words walking back from toks[k]
// to toks[lo] within one noun phrase (over words and a plural's
// apostrophe: "the leader of the farmers' party"), or -1.
func (d *doc) phraseWordBack(k, lo int, words ...string) int {
	for ; k >= lo && (d.toks[k].Kind != Punct || d.toks[k].Text == "'" || d.toks[k].Text == "’"); k-- {
		if slices.Contains(words, d.toks[k].lower) {
			return k
		}
	}
	return -1
}

// titleEndsAt reports whether a title mention of the sentence ends just
// before toks[k]: "the leader" in "the leader of the party".
func (x *Extractor) titleEndsAt(d *doc, k int) bool {
	for p := len(d.mentions) - 1; p >= 0 && d.mentions[p].To >= k; p-- {
		if m := d.mentions[p]; m.Kind == mTitle && m.To == k {
			return true
		}
	}
	return false
}

// acronym reports whether w has the shape of an organization's acronym:
// two to eight capitals, or to twelve with one hyphen before more capitals
// or digits ("NLF", "SPLM-N", "ZANU-PF", "KNDS-VPRMC"); a capital may
// carry an accent ("RTÉ", "ČTK" are acronyms as "RTE" is); not a Roman
// numeral ("II", "XIV").
func acronym(w string) bool {
	letters := 0
	hyphens := 0
	for k, r := range w {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r) && unicode.Is(unicode.Latin, r):
			letters++
		case r == '-' && k > 0 && hyphens == 0:
			hyphens++
		case r >= '0' && r <= '9' && hyphens == 1:
		default:
			return false
		}
	}
	return letters >= 2 && (letters <= 8 || hyphens == 1 && letters <= 12) && strings.Trim(w, "IVXLC") != "" && !strings.HasSuffix(w, "-")
}

// actingAcronym reports whether the acronym toks[i], which no lexicon lists
// and no name spelt out before, acts as an organization: an acronym head
// follows it ("KDF troops", "the ZNP party"), or, after "the", it is the
// subject of a verb ("the NLF claimed") or stands before an apposition
// whose head is an acronym head ("the RRB, the paramilitary brigade").
func (x *Extractor) actingAcronym(d *doc, si, i int) bool {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	heads := x.lex.sets.cues.acronymHeads
	if i+1 < end && heads[toks[i+1].lower] && !toks[i+1].Capitalized() {
		return true
	}
	if len(toks[i].Text) >= 3 && x.orgConjunct(d, si, i) {
		return true
	}
	if i == from || toks[i-1].lower != "the" || i+1 >= end || len(toks[i].Text) < 3 {
		return false // "the OK came": two letters after "the" are too often no name
	}
	if _, ok := x.lex.verbs[toks[i+1].lower]; ok && !toks[i+1].Capitalized() {
		return true
	}
	if x.spelledAfter(d, si, i) {
		return true
	}
	return x.apposedGroup(d, si, i+1)
}

// orgConjunct reports whether the acronym toks[i] is joined by "and" or
// "or" to an organization's name: after one found just before it ("asked
// NATO and KFOR"), or before one the lexicon knows ("KFOR and the UN
// police"). Bodies are listed with bodies.
func (x *Extractor) orgConjunct(d *doc, si, i int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	if i-1 > from && (d.lw(i-1) == "and" || d.lw(i-1) == "or") {
		if k := len(d.mentions) - 1; k >= 0 {
			m := &d.mentions[k]
			if m.sent == si && m.To == i-1 && m.Label == "Organization" && m.Kind == mName {
				return true
			}
		}
	}
	k := i + 2
	if i+1 >= end || d.lw(i+1) != "and" && d.lw(i+1) != "or" {
		return false
	}
	if k < end && d.lw(k) == "the" {
		k++
	}
	e, _ := x.lex.match(d.toks, k, end)
	return e != nil && e.label == "Organization" && e.kind == kindName
}

// apposedGroup reports whether the name that ends before toks[j] stands
// before an apposition headed by a group noun (namecues acronym_heads or
// an Organization descriptor): "the RRB, the paramilitary brigade", "the
// Red Dawn Front, a rebel faction,".
func (x *Extractor) apposedGroup(d *doc, si, j int) bool {
	toks := d.toks
	end := d.sents[si].To
	c := &x.lex.sets.cues
	return d.appositionWords(si, j, func(k int) (decided, ok bool) {
		t := toks[k]
		if e, _ := x.lex.match(toks, k, k+1); t.Capitalized() && e == nil && !acronym(t.Text) {
			return true, false // "a FARC dissident faction", "a Kurdish militia", but not "the Red Dawn Front"
		}
		if c.acronymHeads[t.lower] || c.descriptors[t.lower] == "Organization" {
			return true, k+1 == end || toks[k+1].Kind == Punct || followers[toks[k+1].lower] || participle(d, k+1, end) || toks[k+1].lower == "led"
		}
		return false, false
	})
}

// apposedFacility reports whether the name that ends before toks[j] is
// followed by an apposition whose head is a facility noun: "Camp Dorvek,
// the navy base near Tarven", "Tallin Point, a radar station,".
func (x *Extractor) apposedFacility(d *doc, si, j int) bool {
	toks := d.toks
	end := d.sents[si].To
	heads := x.lex.sets.facilityHeads
	return d.appositionWords(si, j, func(k int) (decided, ok bool) {
		t := toks[k]
		if t.Capitalized() {
			return true, false
		}
		if t.in(heads) && !(k+1 < end && heads.has(t.lower+" "+toks[k+1].lower)) {
			return true, k+1 == end || toks[k+1].Kind == Punct || followers[toks[k+1].lower] || participle(d, k+1, end)
		}
		return false, false
	})
}

// apposedToFacility reports whether the name toks[i:j], closing its clause,
// is apposed after a facility noun phrase: a determiner, at most three
// lower-case modifiers and a facility head, optionally placed by "in",
// "at" or "near" and a name ("taken to a hospital in Tarven, Santa
// Lucia.", "flown to the air base, Kestrel Point,"). The name is the
// facility's own.
func (x *Extractor) apposedToFacility(d *doc, si, i, j int) bool {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if i-3 < from || toks[i-1].Text != "," || j < end && toks[j].Kind != Punct {
		return false
	}
	k := i - 2
	for k > from && toks[k].Kind == Word && toks[k].Capitalized() && i-2-k < 4 {
		k-- // "in Tarven"
	}
	if k < i-2 && !toks[k].in(x.lex.sets.placePreps) {
		return false
	}
	if k < i-2 {
		k--
	}
	if k < from || !toks[k].in(x.lex.sets.facilityHeads) || toks[k].Capitalized() {
		return false
	}
	for m := k - 1; m >= from && m >= k-4; m-- {
		switch {
		case determiners[toks[m].lower]:
			return true
		case toks[m].Kind != Word || toks[m].Capitalized():
			return false
		}
	}
	return false
}

// apposedPlaceNoun reports whether the name ending before toks[j] is set
// beside a place noun after a determiner and at most three lower-case
// modifiers ("Tovango, the capital of North Kivu", "Tovango, a border
// town in the north"): namecues.yaml Location descriptors, ending the
// phrase or followed by "of", "in" or "near".
func (x *Extractor) apposedPlaceNoun(d *doc, si, j int) bool {
	toks := d.toks
	end := d.sents[si].To
	return d.appositionWords(si, j, func(k int) (decided, ok bool) {
		t := toks[k]
		if t.Capitalized() {
			return true, false
		}
		if x.lex.sets.cues.descriptors[t.lower] == "Location" {
			return true, k+1 == end || toks[k+1].Kind == Punct && toks[k+1].Text != "'s" && toks[k+1].Text != "'" || toks[k+1].lower == "of" || toks[k+1].lower == "in" || toks[k+1].lower == "near"
		}
		return false, false
	})
}

// determinedApposition reports whether an apposition opened by a
// determiner follows the name that ends before toks[j]: ", the ...",
// ", a ..." (not ", that ...").
func (d *doc) determinedApposition(si, j int) bool {
	return j+2 < d.sents[si].To && d.toks[j].Text == "," && determiners[d.toks[j+1].lower] && d.toks[j+1].lower != "that"
}

// appositionWords walks the first words of the determined apposition after
// the name that ends before toks[j], up to four and stopping at
// punctuation, until at has decided; it returns at's answer, false if at
// never decided or there is no such apposition. apposedGroup and
// apposedTitle test its words for a group noun and a title.
func (d *doc) appositionWords(si, j int, at func(k int) (decided, ok bool)) bool {
	if !d.determinedApposition(si, j) {
		return false
	}
	for k := j + 2; k < d.sents[si].To && k < j+6; k++ {
		if d.toks[k].Kind != Word {
			return false
		}
		if decided, ok := at(k); decided {
			return ok
		}
	}
	return false
}

// apposedTitle reports whether a person's title in the singular heads the
// apposition after the name that ends before toks[j]: "Vadim Petrenko,
// the separatist leader, said", "X, the NLF leader,", or a person's role
// (namecues role_nouns) after a capitalised affiliation: "Karel Vonk, a
// senior Kestrel official,", or such a role at a capitalised employer:
// "Ana Ruiz, a senior analyst at the Kestrel Institute" (roleAtName). A
// group noun there tells an organization instead (apposedGroup).
func (x *Extractor) apposedTitle(d *doc, si, j int) bool {
	toks := d.toks
	end := d.sents[si].To
	return d.appositionWords(si, j, func(k int) (decided, ok bool) {
		t := toks[k]
		if t.Capitalized() || strings.HasSuffix(t.lower, "s") {
			return false, false
		}
		if e, _ := x.lex.match(toks, k, k+1); e != nil && e.kind == kindTitle {
			return true, k+1 < end && toks[k+1].Text == ","
		}
		if x.lex.sets.cues.roles[t.lower] && toks[k-1].Kind == Word && toks[k-1].Capitalized() {
			return true, k+1 < end && toks[k+1].Text == ","
		}
		if x.officeRole(t.lower) && x.roleAtName(d, k+1, end) {
			return true, true // "Ana Ruiz, a senior analyst at the Kestrel Institute"
		}
		return false, false
	})
}

// roleAtName reports whether toks[k] is "at" or "with" and a capitalised
// word follows it, after "the" or not: the employer's name after a
// position ("an analyst at the Kestrel Institute", "a researcher with
// Vorna Capital"). Not "of" or "for", which an organization's apposition
// takes as often ("a member of the Vorn Alliance", "a partner for Kestrel").
func (x *Extractor) roleAtName(d *doc, k, end int) bool {
	if k+1 >= end || d.toks[k].lower != "at" && d.toks[k].lower != "with" {
		return false
	}
	k++
	if d.toks[k].lower == "the" && k+1 < end {
		k++
	}
	return d.toks[k].Kind == Word && d.toks[k].Capitalized()
}

// personEnd returns the end of a person's name that starts at toks[i] and
// ends before toks[j] at most: a person's name stops before "of" ("Amy
// Klobuchar of Minnesota", "Anna Berg of the Liberal party").
func (x *Extractor) personEnd(d *doc, i, j int) int {
	for k := i + 1; k < j; k++ {
		if d.toks[k].Text == "of" || d.toks[k].Text == "for" {
			return k
		}
	}
	return j
}

// spelledOut returns the latest organization named before whose
// capitalised words' initials spell the acronym a ("RRB" for "the Rapid
// Response Brigade", "NLF" for "the National Liberation Front"), ignoring
// "of", "and", "for" and "the"; an acronym with a hyphen spells the part
// before it.
func (d *doc) spelledOut(a string) (int, bool) {
	if k := strings.IndexByte(a, '-'); k > 0 {
		a = a[:k]
	}
	if len(a) < 2 {
		return 0, false
	}
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.Label != "Organization" || m.Kind != mName || m.Key == "" || m.To-m.From < len(a) {
			continue
		}
		if d.initials(m.From, m.To) == a {
			return k, true
		}
	}
	return 0, false
}

// givenNameOf returns the person named earlier in the article whose full
// name opens with the given name w, when exactly one does: after a title,
// a given name alone is that person, as Ethiopian, Eritrean and Arab names
// are shortened ("President Tesfaye" after "President Tesfaye Bekele",
// "Sheikh Hamad" after "Sheikh Hamad bin Khalid").
func (d *doc) givenNameOf(w string) (int, bool) {
	found, key := -1, ""
	for k, m := range d.mentions {
		if m.Label != "Person" || m.Kind != mName || m.Key == "" || m.To-m.From < 2 || d.toks[m.From].Text != w {
			continue
		}
		if found >= 0 && m.Key != key {
			return 0, false // two people of that given name: no reading
		}
		if found < 0 {
			found, key = k, m.Key
		}
	}
	return found, found >= 0
}

// initials returns the first letters of the capitalised words of
// toks[from:to], skipping "of", "and", "for" and "the" ("RRB" for "Rapid
// Response Brigade"), or "" when another lower-case word is among them.
func (d *doc) initials(from, to int) string {
	var b strings.Builder
	for t := from; t < to; t++ {
		w := d.toks[t]
		if w.Kind != Word || possessiveS(w.Text) {
			continue // "People's Security Forces" spell PSF
		}
		if !w.Capitalized() {
			if w.lower == "of" || w.lower == "and" || w.lower == "for" || w.lower == "the" {
				continue
			}
			return ""
		}
		b.WriteString(w.Text[:1])
	}
	return b.String()
}

// spelledByAcronym reports whether the name toks[i:k] is followed by an
// acronym in brackets that its initials spell: "the Wa'tor National
// Liberation Army (WNLA)", "the People's Security Forces (PSF)". Such a name
// goes on over a lexicon's shorter name inside it and over "'s".
func (x *Extractor) spelledByAcronym(d *doc, i, k, end int) bool {
	if k+2 >= end || d.toks[k].Text != "(" || d.toks[k+2].Text != ")" || !acronym(d.toks[k+1].Text) {
		return false
	}
	a := d.toks[k+1].Text
	return len(a) >= 3 && d.initials(i, k) == a
}

// spelledAfter reports whether the acronym toks[i] is spelt out by the
// capitalised name in apposition after it: "the RRB, the Rapid Response
// Brigade,".
func (x *Extractor) spelledAfter(d *doc, si, i int) bool {
	end := d.sents[si].To
	if i+3 >= end || d.toks[i+1].Text != "," || d.toks[i+2].lower != "the" || !d.toks[i+3].Capitalized() {
		return false
	}
	j := x.nameEnd(d, i+3, end)
	return d.initials(i+3, j) == d.toks[i].Text
}

// noPersonShape reports whether the name toks[i:j] of two words or more
// has a shape no person's name has: it opens with another language's
// definite article (words.yaml name_articles: "El Observador", "Der
// Spiegel"; a person's particle comes after the given name, "Marine Le
// Pen"), it opens with an acronym and goes on in lower case (acronymOpens:
// "RNZ Pacific", "KTV World"), or it is capitalised common words ending on a common noun's
// plural, with no given name first ("Executive Outcomes", "Global
// Solutions"; not "Tiger Woods"). Evidence of a person around such a
// name is evidence of an actor, a firm or an outlet.
func (x *Extractor) noPersonShape(d *doc, i, j int) bool {
	toks := d.toks
	if j-i < 2 {
		return false
	}
	if toks[i].in(x.lex.sets.nameArticles) || x.acronymOpens(d, i, j) {
		return true
	}
	last := toks[j-1].lower
	plural := x.commonPlural(last) || strings.HasSuffix(last, "ies") && x.dict != nil && x.dict.CommonWord(strings.TrimSuffix(last, "ies")+"y")
	if x.dict == nil || x.givenName(toks[i].Text) || !plural {
		return false
	}
	for k := i; k < j-1; k++ {
		if toks[k].Kind != Word || !x.dict.CommonWord(toks[k].lower) || x.givenName(toks[k].Text) {
			return false
		}
	}
	return true
}

// acronymOpens reports whether the name toks[i:j] opens with an acronym
// of three capitals or more and goes on with a word written in lower case
// after its capital ("RNZ Pacific", "KTV World Service"): a broadcaster's or
// a firm's name, never a person's, whose initials are two letters at most
// ("JD Vance", "G.P. Koirala") and whose name in capitals is capitals
// throughout ("ANA RUIZ TOVAR").
func (x *Extractor) acronymOpens(d *doc, i, j int) bool {
	toks := d.toks
	if j-i < 2 || toks[i].Kind != Word || utf8.RuneCountInString(toks[i].Text) < 3 || x.givenName(toks[i].Text) {
		return false
	}
	for _, r := range toks[i].Text {
		if !unicode.IsUpper(r) {
			return false // initials with their dots: "P.J. Crowley"
		}
	}
	for k := i + 1; k < j; k++ {
		if toks[k].Kind == Word && !isAllCaps(toks[k].Text) {
			return true
		}
	}
	return false
}

// modifiesDescription reports whether the lower-case word at toks[j],
// right after a name, is an actor's description noun (words.yaml
// descriptions: "country", "government", "group"): the capitalised word
// before it is then an adjective of that noun ("a sister African
// country", "a brother Arab state"), not a name that a Person
// descriptor before it ("sister", "brother") introduces.
func (x *Extractor) modifiesDescription(d *doc, j, end int) bool {
	if j >= end || d.toks[j].Kind != Word || d.toks[j].Capitalized() {
		return false
	}
	_, ok := x.lex.sets.descriptions[d.toks[j].lower]
	return ok
}
