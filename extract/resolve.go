package extract

import (
	"sort"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// attachAdjectives links the mentions of one sentence to the demonyms and
// possessors around them: "Russian officials" speak for Russia, "Turkish
// Ministry of Foreign Affairs" is one name, "Iran's Bushehr plant" is owned
// by Iran.
func (x *Extractor) attachAdjectives(d *doc, first int) {
	toks := d.toks
	for k := first; k < len(d.mentions); k++ {
		x.programOf(d, k)
	}
	var leaders []int // bodies owned by a person: "Roe's army", "Foreign Ministry spokesman X"; their states are added after the loop
	for k := first; k < len(d.mentions); k++ {
		m := &d.mentions[k]
		end := d.sents[m.sent].To
		if m.Kind == mAdjective && (x.actorNounAt(d, m.To, end) || d.attackedPlaceAt(m, end)) {
			m.Arg = true
		}
		if k == first {
			if m.Label == "Organization" && m.Key == "" && m.Kind == mName && x.bodyOfCountry(d, k) {
				leaders = append(leaders, k)
			}
			continue
		}
		p := &d.mentions[k-1]
		gap := m.From - p.To
		possessive := gap >= 1 && gap <= 4 && (toks[p.To].Text == "'s" || toks[p.To].Text == "'" && strings.HasSuffix(toks[p.To-1].Text, "s")) &&
			x.descriptorWords(d, p.To+1, m.From)
		adjacent := gap == 0 && (p.Kind == mAdjective || p.Label == "Country" || p.Label == "Organization" ||
			p.Kind == mPronoun && possessivePronoun[p.Head])
		if !adjacent && gap > 0 && gap <= 3 && p.Kind == mAdjective && m.Label == "Organization" && x.descriptorWords(d, p.To, m.From) {
			// "Iranian airline Kestrel Air", "North Korean shipping firm Acme"
			adjacent = true
			m.Head = toks[m.From-1].lower
			m.Owner = k - 1
			continue
		}
		if !adjacent && gap > 0 && gap <= 2 && p.Kind == mAdjective && m.Label == "WeaponSystem" &&
			x.weaponModifiers(d, p.To, m.From) && x.modifiesHead(d, p, m) {
			// "a North Korean midget submarine", "Chilean light tanks",
			// "a Peruvian Kilo-class submarine": the demonym owns the
			// weapon past the weapon's own modifiers
			adjacent = true
		}
		if possessive && p.Label == "Person" && p.Country != "" && m.Label == "Organization" && m.Key == "" && m.concept != "" {
			// "Roe's army", "Jane Roe's own foreign ministry": a generic
			// body of the state the person leads, PART_OF it
			m.Key = "organization:" + p.Country + "-" + m.concept
			m.Country = p.Country
			m.Name = d.text[toks[p.From].Start:toks[m.To-1].End()]
			leaders = append(leaders, k)
			continue
		}
		if possessive && (p.Label == "Country" || p.Label == "Organization") && p.Kind != mPronoun && p.Country != "" &&
			m.Label == "Organization" && x.known(m) && m.Country != "" && m.Country != p.Country && !d.compoundModifier(m) {
			// "Chile's Central Command", "the rebels' Central Command": a
			// body of the possessor's, not the lexicon's body of another
			// state that shares its name; named and keyed as written
			// ("Ukraine's Kremlin-backed leader" is no body of Ukraine's)
			m.Name = d.text[toks[p.From].Start:toks[m.To-1].End()]
			m.Key = "organization:" + slug(m.Name)
			m.Country, m.lexical, m.Sort = p.Country, false, ""
			m.Owner = k - 1
			continue
		}
		if (possessive || gap == 0 && x.regionBody(d, p, m)) && p.Label == "Location" && p.Kind == mName && m.Label == "Organization" && m.Key == "" && m.concept != "" {
			// "Crimea's regional parliament", "the Punjab Police": the
			// body of a region, named with it; no state's
			m.Name = d.text[toks[p.From].Start:toks[m.To-1].End()]
			m.Key = "organization:" + slug(m.Name)
			m.Owner = k - 1
			continue
		}
		if m.Label == "Location" && p.Label == "Location" && p.Owner >= 0 && d.mentions[p.Owner].Label == "Country" && m.From > p.To && m.From-p.To <= 2 &&
			d.listWords(p.To, m.From) && x.placeList(d, m.sent, m.From, m.To) {
			// "Chile's Arica, Tarapaca and Atacama regions": the possessor
			// owns every place of the list
			m.Owner = p.Owner
			continue
		}
		if !(possessive || adjacent) || p.Kind == mTitle || m.Kind == mTitle {
			if m.Label == "Organization" && m.Key == "" && m.Kind == mName && x.bodyOfCountry(d, k) {
				leaders = append(leaders, k)
			}
			continue
		}
		if p.Kind == mDescription && possessive && m.Label == "Organization" {
			// "the country's Interior Ministry": the body keeps its own name
			// and takes its country once the description is resolved
			m.Owner = k - 1
			continue
		}
		if (p.Kind == mAdjective || p.Label == "Country") && m.Label == "Organization" && (m.Key == "" || !x.known(m)) &&
			!(possessive && m.From > p.To+1 && m.concept == "") {
			// "Turkish Ministry of Foreign Affairs": the demonym is part of
			// the name; not past a possessive's lower-case description,
			// which the name does not take ("Libya's official agency
			// JANA", "Kenya's ruling Unity Front": JANA, the Unity Front,
			// owned by the state)
			m.From = p.From
			if !possessive && m.From > d.sents[m.sent].From && x.lex.sets.bodyStyles[toks[m.From-1].Text] {
				m.From-- // "the Royal Omani Navy": the style is part of it too
			}
			m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
			m.Key = "organization:" + slug(m.Name)
			if m.concept != "" && p.Country != "" {
				m.Key = "organization:" + p.Country + "-" + m.concept
				m.Country = p.Country
			}
		}
		if m.Kind != mPronoun {
			m.Owner = k - 1
		}
	}
	for _, k := range leaders {
		n := len(d.mentions)
		x.impliedCountry(d, k, d.mentions[k].Country)
		if len(d.mentions) > n {
			d.mentions[k].Owner = n // the state, implied at the body
		}
	}
}

// regionBody reports whether the generic body m, written right after the
// place p, is that region's own ("the Punjab Police", "the Sindh
// Government"): the body's word capitalised as part of the name, or
// lower-case after a place no place preposition introduces ("Kerala
// police said", not "in Kerala police arrested").
func (x *Extractor) regionBody(d *doc, p, m *Mention) bool {
	if d.toks[m.From].Capitalized() {
		return true
	}
	return p.From == d.sents[p.sent].From || !d.in(p.From-1, x.lex.sets.placePreps)
}

var possessivePronoun = set{"its": true, "his": true, "her": true, "my": true}

// descriptorWords reports whether toks[i:j] are lower-case nouns that
// describe what follows: "airline", "shipping firm", "news agency".
func (x *Extractor) descriptorWords(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if t.Kind != Word || t.Capitalized() || followers[t.lower] || determiners[t.lower] {
			return false
		}
	}
	return true
}

// weaponModifiers reports whether toks[i:j] are words that may describe a
// weapon between its owner's demonym and its noun: lower-case descriptors
// ("midget", "light") or a class of vessels or arms written with its name
// ("Condor-class").
func (x *Extractor) weaponModifiers(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		if t := d.toks[k]; t.Kind == Word && strings.HasSuffix(t.lower, "-class") && len(t.lower) > len("-class") {
			continue
		}
		if !x.descriptorWords(d, k, k+1) {
			return false
		}
	}
	return true
}

// modifiesHead reports whether the parse of m's sentence makes every word
// from mention p to m's start a modifier inside the phrase headed by m's
// last word: "North Korean midget" before "submarine", not "Chilean
// troops fired" before "missiles".
func (x *Extractor) modifiesHead(d *doc, p, m *Mention) bool {
	if p.sent != m.sent {
		return false
	}
	toks := x.parseOf(d, m.sent)
	if toks == nil {
		return false
	}
	from := d.sents[m.sent].From
	for k := p.From; k < m.From; k++ {
		if !syntax.Dominates(toks, m.To-1-from, k-from) {
			return false
		}
	}
	return true
}

// known reports whether m came from a lexicon entry, not from an unknown name.
func (x *Extractor) known(m *Mention) bool { return m.lexical }

// bodyOfCountry names a generic state body ("the Foreign Ministry") after
// the country written after it ("of Turkey", "of the Gambia"); without one it stays
// unresolved and is dropped. It reports whether the body was named after
// the state of the staff member named right after it ("Foreign Ministry
// spokesman X", staffHome) or of the subject of the sentence before
// (subjectBefore): the text states no owner then, and the caller implies
// the state as the body's owner (PART_OF it), as for "Roe's army". The staff member's known state comes before an earlier
// body of the same kind ("the Peruvian Foreign Ministry ... Foreign
// Ministry spokesman X", X Chile's, is Chile's ministry).
func (x *Extractor) bodyOfCountry(d *doc, k int) bool {
	m := &d.mentions[k]
	toks := d.toks
	if k+1 < len(d.mentions) {
		n := d.mentions[k+1]
		// a state whose name takes "the" is written with it: "the Embassy
		// of the Gambia", "the Central Bank of the Philippines"
		the := n.From == m.To+2 && strings.EqualFold(toks[m.To+1].Text, "the") || n.From == m.To+1 && strings.EqualFold(toks[n.From].Text, "the")
		if (n.From == m.To+1 || the) && strings.EqualFold(toks[m.To].Text, "of") && n.Label == "Country" && n.Kind == mName {
			of := n.Name
			if the {
				of = d.text[toks[m.To+1].Start:toks[n.To-1].End()] // as written: "the Gambia", "the Islamic Republic of Iran"
			}
			m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()] + " of " + of
			m.Key = "organization:" + n.Country + "-" + m.concept
			m.Country = n.Country
		}
	}
	if c := x.bodySeat(d, k); m.Key == "" && c != "" {
		m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
		m.Key = "organization:" + c + "-" + m.concept
		m.Country = c
	}
	staffed := false
	if c := d.staffHome(k); m.Key == "" && m.concept != "" && c != "" {
		// "Foreign Ministry spokesperson Ana Soto": the body of the
		// state its staff member serves
		m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
		m.Key = "organization:" + c + "-" + m.concept
		m.Country = c
		staffed = true
	}
	if m.Key == "" && m.concept != "" {
		// "the Parliament" after "the Iraqi Parliament" is that body, as
		// "Armed forces spokesman X" after "the Philippine military" is
		// the body the lexicon names for that state's armed forces
		for j := k - 1; j >= 0; j-- {
			a := d.mentions[j]
			if a.Key == "" || a.Label != "Organization" {
				continue
			}
			if a.concept == m.concept {
				m.Key, m.Country = a.Key, a.Country
				break
			}
			if e := x.lex.bodies[a.Country+"-"+m.concept]; a.Country != "" && a.concept == "" && e != nil && e.key == a.Key {
				m.Key, m.Name, m.Country = a.Key, a.Name, a.Country
				break
			}
		}
	}
	if m.Key == "" && m.concept != "" && d.toks[m.From].Capitalized() {
		// "Peru recalled its envoy. The Ministry of Foreign Affairs said
		// ...": a body opening its sentence is of the state that was the
		// subject of the sentence before, as a title there is (office.go)
		if c := d.subjectBefore(m.sent, m.From); c != nil {
			m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
			m.Key = "organization:" + c.Country + "-" + m.concept
			m.Country = c.Country
			staffed = true // its state implied as its owner: PART_OF it
		}
	}
	if m.Key == "" && m.concept != "" && (d.toks[m.From].Capitalized() || x.bareBody(d, m)) {
		// "the Ministry of Defence" in an article about one country is its
		// ministry: named as written, keyed by the country most mentioned so
		// far; so are "the foreign ministry" and "passed by parliament"
		if c := d.mainCountry(m.sent); c != "" {
			m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
			m.Key = "organization:" + c + "-" + m.concept
			m.Country = c
		}
	}
	if m.Key == "" {
		m.Arg = false
	}
	return staffed
}

// staffHome returns the state of the person named right after generic
// body mention k and a title ("Defence Ministry spokesman Ivan Petrov",
// where the Phoenix dictionary or a dated role gives Petrov's state), or
// "".
func (d *doc) staffHome(k int) string {
	m := &d.mentions[k]
	if k+2 >= len(d.mentions) {
		return ""
	}
	t, p := d.mentions[k+1], d.mentions[k+2]
	if t.Kind != mTitle || t.From != m.To || p.From != t.To || p.Label != "Person" || p.sent != m.sent {
		return ""
	}
	if p.home != "" {
		return p.home
	}
	return p.Country
}

// bodySeat returns the state of the capital written right after generic
// body mention k and "in": "a bill before parliament in Ankara", "the
// foreign ministry in Lima" are Turkey's and Peru's, as a state's organs
// sit in its capital. An embassy or a consulate in a capital is another
// state's ("the embassy in Kabul"), and a town other than the capital
// says nothing of whose body it is ("police in Lyon" may be anyone's).
func (x *Extractor) bodySeat(d *doc, k int) string {
	m := &d.mentions[k]
	if m.concept == "" || k+1 >= len(d.mentions) || d.lw(m.To) != "in" || d.in(m.To-1, x.lex.sets.postHeads) {
		return ""
	}
	n := &d.mentions[k+1]
	if n.From != m.To+1 || n.sent != m.sent || n.Country == "" || !x.writtenAs(d, n, kindCapital) {
		return ""
	}
	return n.Country
}

// bareBody reports whether the lower-case generic body m stands alone as
// the body itself: after "the" ("the foreign ministry said") or, with no
// determiner, after a preposition ("passed by parliament"). After "the"
// only a body of two words or more counts: "the army" or "the parliament"
// alone is as often another state's.
func (x *Extractor) bareBody(d *doc, m *Mention) bool {
	if m.From == d.sents[m.sent].From {
		return false
	}
	w := d.lw(m.From - 1)
	return w == "the" && m.To-m.From > 1 || x.lex.sets.placePreps.has(w) || w == "by"
}

// bodyOfOwner keys a generic state body owned by a description resolved
// to a country ("the country's Interior Ministry"); without one it is
// dropped.
func (x *Extractor) bodyOfOwner(d *doc, k int) {
	m := &d.mentions[k]
	if m.Owner < 0 || d.mentions[m.Owner].Kind != mDescription {
		return
	}
	if o := d.mentions[m.Owner]; o.Label == "Country" && o.Country != "" {
		m.Key = "organization:" + o.Country + "-" + m.concept
		m.Country = o.Country
		m.Name = d.text[d.toks[m.From].Start:d.toks[m.To-1].End()]
		return
	}
	m.Arg = false
}

// mainCountry returns the country mentioned most often (by name or
// demonym, at least twice) before sentence si, or "".
func (d *doc) mainCountry(si int) string {
	count := map[string]int{}
	best := ""
	for _, m := range d.mentions {
		if m.sent >= si {
			break
		}
		if m.Label == "Country" && m.Country != "" {
			count[m.Country]++
			if c := count[m.Country]; c >= 2 && (best == "" || c > count[best]) {
				best = m.Country
			}
		}
	}
	return best
}

// actorNounAt reports whether toks[i:] starts with a noun that makes a
// demonym an actor: "officials", "government", "state media".
func (x *Extractor) actorNounAt(d *doc, i, end int) bool {
	s := &x.lex.sets
	for n := 0; n < 2 && i+n < end; n++ {
		w := d.toks[i+n].lower
		if d.in(i+n, s.actorNouns) || i+n+1 < end && d.inPair(i+n, s.actorNouns) {
			return true
		}
		if d.toks[i+n].Capitalized() || d.toks[i+n].Kind != Word || followers[w] {
			return false
		}
	}
	return false
}

// attackedPlaceAt reports whether demonym m names the state whose places
// the noun after it (words.yaml attacked_place_nouns) stands for, as the
// object of an attack: "strikes on Ukrainian cities", "shelled Chilean
// villages". After a preposition of place (an article or "sovereign"
// between) the phrase says where, not what: "a raid on a camp inside
// Ecuadorean territory", "troops on Sri Lankan soil".
func (d *doc) attackedPlaceAt(m *Mention, end int) bool {
	if m.To >= end || !d.in(m.To, d.words.attackedPlaceNouns) {
		return false
	}
	from := d.sents[m.sent].From
	i := m.From - 1
	for i > from && (articles[d.lw(i)] || d.lw(i) == "sovereign") {
		i--
	}
	return i < from || !d.in(i, d.words.placePreps) || d.lw(i) == "on"
}

// lookBack is how many sentences back a description or an unnamed program
// or agreement looks for what it refers to. It also keeps resolution linear
// in the length of the article.
const lookBack = 12

// resolve gives every pronoun and definite description the key of the
// entity it refers to, and owned programs their owner-scoped keys.
func (x *Extractor) resolve(d *doc) {
	x.formerStateCapital(d)
	for k := range d.mentions {
		x.cataphor(d, k)
	}
	d.sameWithoutInitials()
	x.samePlaceBare(d)
	d.oneWordPerson()
	x.shipNamesakes(d)
	for k := range d.mentions {
		m := &d.mentions[k]
		switch m.Kind {
		case mPronoun:
			x.resolvePronoun(d, k)
		case mDescription:
			x.resolveDescription(d, k)
		}
		if x.regionOfState(d, m) {
			m.Arg = false
		}
		if m.Generic && (m.Label == "Program" || m.Label == "Agreement" || m.Label == "WeaponSystem" || m.Label == "Facility") && x.knownAsName(d, k) {
			continue // "the disarmament mission, known as Operation Kestrel"
		}
		if m.Label == "WeaponSystem" && m.Generic {
			d.namedModel(k)
		}
		if m.Label == "WeaponSystem" && m.Sort == familySort {
			d.familyModel(k) // "Cuban MiGs" are the article's MiG-23s
		}
		if m.Label == "Program" && m.Generic && !x.weaponPlan(d, k) {
			x.scopeProgram(d, k)
		}
		if m.Label == "Agreement" && strings.HasPrefix(m.concept, "agreement:") {
			x.sameAgreement(d, k)
		}
		if m.Label == "Agreement" && m.Kind == mName {
			d.placeNamedAgreement(k)
		}
		if m.Label == "Organization" && m.Key == "" && m.concept != "" {
			x.bodyOfOwner(d, k)
		}
		if m.Label == "Organization" && m.concept != "" && m.Country != "" {
			// "Russia's foreign ministry" is the lexicon's Russian Foreign Ministry
			if e := x.lex.bodies[m.Country+"-"+m.concept]; e != nil && m.Key == "organization:"+m.Country+"-"+m.concept {
				m.Key, m.Name = e.key, e.name
			}
		}
		if m.Label == "Organization" && m.Generic && m.Sort == "legislature" && x.lex.legislatures[m.Country] == 1 && m.Key == "organization:"+m.Country+"-"+m.concept {
			if key, name := namedLegislature(d, m.Country); key != "" {
				m.Key, m.Name = key, name // "the Vorn Khural, the Vornish parliament,": one body
			}
		}
	}
	d.laterNamedAgreement()
}

// namedLegislature returns the key and name of the one legislature of the
// state c that the article names from the lexicon ("the Jogorku Kenesh",
// "the Storting"), or "" when it names none or several (a chamber and
// its parliament): the state's generic parliament in the same article is
// that body when the lexicon knows no other legislature of the state
// (lexicon legislatures; not Russia's parliament and its State Duma).
func namedLegislature(d *doc, c string) (string, string) {
	key, name := "", ""
	for i := range d.mentions {
		n := &d.mentions[i]
		if n.Kind != mName || !n.lexical || n.Generic || n.Sort != "legislature" || n.Country != c || n.Key == "" || n.Key == key {
			continue
		}
		if key != "" {
			return "", ""
		}
		key, name = n.Key, n.Name
	}
	return key, name
}

// regionOfState reports whether the place name m only says where a state
// is, written between a determiner (and a direction) and a noun for a
// state: "seized the South Pacific nation", "the Gulf state", "a Balkan
// country". The verb's argument is the state, not the region, so m is no
// argument.
func (x *Extractor) regionOfState(d *doc, m *Mention) bool {
	if m.Label != "Location" || m.Kind != mName || m.From == d.sents[m.sent].From || m.To >= d.sents[m.sent].To {
		return false
	}
	i := m.From - 1
	if i > d.sents[m.sent].From && x.lex.sets.regionWords[d.toks[i].Text] {
		i-- // "the South Pacific nation"
	}
	return determiners[d.lw(i)] && x.lex.sets.descriptions[d.lw(m.To)] == "Country"
}

func (x *Extractor) resolvePronoun(d *doc, k int) {
	m := &d.mentions[k]
	want := pronouns[m.Head]
	sent := d.sents[m.sent]
	speaker := want == "Speaker"
	if speaker {
		if !strings.ContainsAny(d.text[sent.Start:sent.End], "\"“”") {
			return
		}
		want = "Person"
	}
	// a person named inside a quotation is not the one who says "I" in it:
	// 'Lee said, "I hope Kim will come back ... I will raise it"' is Lee
	namedInQuote := func(a *Mention) bool { return speaker && quoted(d, d.sents[a.sent].From, a.From) }
	// a subject "he" or "she" that opens its sentence or a quote's
	// attribution (no subject of its own before it) is the speaker of the
	// quote it attributes, never a person named inside it: '"Vega has
	// failed Peru," he told a radio station' is not Vega
	subjectPronoun := (m.Head == "he" || m.Head == "she") && !quoted(d, sent.From, m.From) && d.pronounOpens(m)
	itOpens := m.Head == "it" && !quoted(d, sent.From, m.From) && d.pronounOpens(m)
	quotedBefore := func(a *Mention) bool {
		return subjectPronoun && a.sent == m.sent && quoted(d, sent.From, a.From)
	}
	if m.Head == "their" {
		x.resolveMembersOf(d, m)
		return
	}
	if m.Head == "we" && !quoted(d, sent.From, m.From) {
		if a := d.transcriptSpeaker(m.sent); a != nil {
			if c := d.speakerState(a); c != nil {
				a = c // "ZHAO LIJIAN: ... We will keep working with Peru": China
			}
			m.referTo(a)
			return // "ZHAO LIJIAN: ... We firmly oppose Peru's remarks": the spokesperson's state
		}
	}
	if m.Head == "it" && x.objectIt(d, k) {
		return
	}
	// "he" and "she" agree with what the article shows of the person's
	// sex: "Mrs Ruiz met Mr Vega. She said" is Ruiz
	sex := pronounSex[m.Head]
	agrees := func(a *Mention) bool {
		if sex == "" || a.Label != "Person" {
			return true
		}
		if s := pronounSex[a.Head]; a.Kind == mPronoun && s != "" && s != sex {
			return false
		}
		s := d.personSex(a.Key, k)
		return s == "" || s == sex
	}
	fits := func(a *Mention) bool {
		return (a.Label == want || want == "Actor" && (a.Label == "Country" || a.Label == "Organization")) && agrees(a)
	}
	// an adjective is no antecedent, save a state's demonym before its
	// government for an "it" or "its": "the Peruvian government said it"
	adjective := func(a *Mention) bool { return a.Kind == mAdjective && (want != "Actor" || !d.stateBody(a)) }
	if a := d.frontedCataphor(k, fits); a != nil {
		m.referTo(a)
		return // "After he met Soto, Vega said": Vega
	}
	if p := d.listPossessor(k, fits); p >= 0 {
		a := &d.mentions[p]
		m.referTo(a)
		return
	}
	// a subject pronoun in the sentence of its antecedent takes the first
	// subject-like mention: "Putin said he would call Bush"; possessives
	// take the nearest ("sanctions on North Korea over its program"),
	// except an "its" that owns people ("talks with Peru, and its officials")
	// and one that opens a clause after ", and"
	first := k
	for first > 0 && d.mentions[first-1].sent == m.sent {
		first--
	}
	ownsPeople := (m.Head == "its" || m.Head == "his" || m.Head == "her") && x.peopleAfter(d, k)
	// a possessive opening a clause joined by ", and" or ", but" is the
	// first clause's subject's: "Soto met Rey, and her minister said"
	clauseOpen := possessivePronoun[m.Head] && m.From-2 >= sent.From && (d.lw(m.From-1) == "and" || d.lw(m.From-1) == "but") &&
		d.toks[m.From-2].Text == ","
	// a person's possessive right after a subordinator ("after his
	// meeting with X", "before her visit") is the subject's, the one whose
	// acts the adjunct dates, not a person named as an object before it:
	// "Vega called Ruiz after his talks with Soto" is Vega's
	datedOwner := (m.Head == "his" || m.Head == "her") && m.From-1 >= sent.From && d.in(m.From-1, d.words.subordinators)
	// a dateline's place and agency ("SEOUL (Reuters) -") are not the
	// sentence's subject
	start := d.datelineEnd(m.sent)
	if ownsPeople && !clauseOpen {
		if a := d.clauseSubjectBefore(k, fits); a != nil {
			m.referTo(a)
			return // "Chile demanded that Peru recall its ambassador": Peru's
		}
	}
	var possessor *Mention // "X leads the government's team with its chief envoy": the government's
	for j := first; j < k && (!possessivePronoun[m.Head] || ownsPeople || clauseOpen || datedOwner) && m.Head != "him"; j++ {
		a := &d.mentions[j]
		// a "he" or "she" resolved before in the sentence is a subject as a
		// name is: "She announced sanctions on X, and she urged" is the same
		if a.sent != m.sent || a.From < start || a.Key == "" || !a.Arg || adjective(a) || a.Kind == mPronoun && pronounSex[a.Head] == "" || a.Kind == mPronoun && possessivePronoun[a.Head] || !fits(a) || namedInQuote(a) || quotedBefore(a) {
			continue
		}
		if d.isPossessor(a) && ownsPeople && possessor == nil {
			possessor = a
		}
		if d.isPossessor(a) || d.afterPreposition(a) || d.speakerLabel(a) {
			continue
		}
		m.referTo(a)
		return
	}
	if possessor != nil {
		// no subject fits, but an owner of the sentence does: nearer than
		// any actor of the sentences before
		m.referTo(possessor)
		return
	}
	clauseSubject := d.objectClauseSubject(k) // "Vega said Ruiz thanked him": not Ruiz
	for j := k - 1; j >= 0; j-- {
		a := &d.mentions[j]
		if m.sent-a.sent > 3 {
			return
		}
		if clauseSubject != "" && a.Key == clauseSubject {
			continue
		}
		if a.Key == "" || !a.Arg || adjective(a) || namedInQuote(a) || quotedBefore(a) {
			continue
		}
		if !speaker && d.speakerLabel(a) {
			continue // "MURILLO: He listened.": who speaks says "I", the "he" is another
		}
		if want == "Actor" && a.To < len(d.toks) && d.toks[a.To].Text == "'s" {
			continue // a possessor is rarely what "its" refers back to
		}
		if d.apposedOwnHead(a, m) {
			// "Russia sent troops to Belarus, its closest ally": not
			// Belarus's own ally but the subject's, when its sentence names
			// it; else no one ("The Bush administration backed Colombia,
			// its partner": no actor named before, nor a sentence before's)
			if b := d.sentSubject(m.sent, fits); b != nil && b.From < a.From && b.Key != a.Key {
				m.referTo(b)
			}
			return
		}
		if want == "Person" && a.sent < m.sent && d.isPossessor(a) && d.apposedPossessor(a) {
			continue // "Ruiz, Mr. Doe's closest ally, went further. In his address, he ...": the apposition's head, not the owner inside it
		}
		ok := fits(a)
		// a name after a preposition or a subordinator or inside a quote,
		// in an earlier sentence, gives way to that sentence's subject for
		// a possessive that owns people or a pronoun opening its sentence
		if ok && (ownsPeople || subjectPronoun) && a.sent < m.sent && (d.outsideMainClause(a) || subjectPronoun && d.apposedInSentenceBefore(a, m)) {
			if b := d.sentSubject(a.sent, fits); b != nil {
				a = b // "The Kestrel Front attacked a post in Peru. Its commander, X, ...": the Front's; "Ruiz met with Vega. He ...": Ruiz
			}
		}
		if ok && (itOpens || ownsPeople && m.Head == "its") && a.sent < m.sent {
			// an "it" opening its sentence, or an "its" owning people with
			// no subject of its own sentence before it, goes on about the
			// earlier sentence's subject, not its object: "Peru accused
			// Chile of backing the rebels. It also ..." is Peru; "The
			// Kestrel Alliance brings together A and B. On Monday its
			// fighters ..." is the Alliance's
			if b := d.firstArgument(a.sent); b != nil && b.From < a.From && fits(b) && (b.Kind != mPronoun || b.Head == "it") {
				a = b // "It has a fleet in Spain and Italy. It was ...": the first "it"'s
			}
		}
		if ok && sex != "" && a.sent < m.sent && a.Label == "Person" && d.personSex(a.Key, k) == "" {
			// in an earlier sentence, its subject of the pronoun's sex goes
			// before a person named after it whose sex the article does not
			// show: "Mrs Ruiz met Luis Vega. She ..." is Ruiz
			if b := d.sentSubject(a.sent, fits); b != nil && b.From < a.From && b.Key != a.Key && d.personSex(b.Key, k) == sex {
				a = b
			}
		}
		if ok {
			m.referTo(a)
			return
		}
	}
}

// apposedOwnHead reports whether the possessive pronoun m opens an
// apposition to a, a name that ends right before the comma before m and
// does not open its sentence: in "Russia sent troops to Belarus, its
// closest ally" or "Peru shelled Tacna, its old province" the possessive
// is another's (the sentence's subject's, resolvePronoun), never the head
// it describes.
func (d *doc) apposedOwnHead(a, m *Mention) bool {
	return possessivePronoun[m.Head] && a.sent == m.sent && m.From-1 > d.sents[m.sent].From &&
		d.toks[m.From-1].Text == "," && a.To == m.From-1 && d.npStart(a) > d.sents[m.sent].From
}

// frontedCataphor returns the person a "he", "she", "his" or "her"
// stands for when it lies in a clause or phrase that opens its sentence
// before the main clause's subject, a person named right after the comma
// that closes it: "After he met Soto, Vega said", "In her speech,
// President Ana Ruiz warned", "On Monday, hours after a summit he hosted,
// Vega ...". The sentence opens with a subordinator or a preposition, one
// stands before the pronoun in its stretch between commas, no person
// fitting the pronoun is named before the pronoun, and only capitalised
// words stand between the comma and the name. nil otherwise.
func (d *doc) frontedCataphor(k int, fits func(*Mention) bool) *Mention {
	m := &d.mentions[k]
	if pronounSex[m.Head] == "" {
		return nil
	}
	from := d.datelineEnd(m.sent)
	end := d.sents[m.sent].To
	if from >= m.From || !d.in(from, d.words.subordinators) && !d.in(from, d.words.objectPreps) {
		return nil
	}
	comma, segment, opener := -1, from, false
	for i := from; i < end && comma < 0; i++ {
		t := d.toks[i].Text
		switch {
		case t == ";" || t == ":" || quoteOf(t).opens || quoteOf(t).closes:
			return nil
		case t == "," && i < m.From:
			segment, opener = i+1, false
		case t == ",":
			comma = i
		case i < m.From && (d.in(i, d.words.subordinators) || d.in(i, d.words.objectPreps)):
			opener = true // "On Monday, hours after a summit he hosted, Vega ..."
		}
	}
	if comma < 0 || !opener || segment > m.From {
		return nil // "On Monday, he met the envoy, Ana Soto": the main clause's own subject
	}
	for _, j := range d.sentMentions(m.sent) {
		a := &d.mentions[j]
		if a.To <= m.From && a.Key != "" && a.Kind != mPronoun && fits(a) {
			return nil // "After Vega met Soto, he said": read as before
		}
		if a.From <= comma || a.Kind == mAdjective || a.Kind == mTitle {
			continue
		}
		if a.Label != "Person" || a.Kind != mName || a.Key == "" || !a.Arg || !fits(a) || d.isPossessor(a) {
			return nil
		}
		for i := comma + 1; i < a.From; i++ {
			if t := d.toks[i]; t.Kind == Word && !t.Capitalized() {
				return nil
			}
		}
		return a
	}
	return nil
}

// objectClauseSubject returns the key of the subject of the clause that
// an object "him" (or "her" before punctuation or a preposition) ends:
// the nearest person before it in its sentence, by name or a resolved
// "he" or "she", that is no possessor or object of a preposition, with no
// comma, conjunction or relative pronoun between. An object pronoun never
// stands for its own clause's subject: "Vega said Ruiz thanked him" and
// "Ruiz said he was sanctioned by him" are not Ruiz. "" when there is none.
func (d *doc) objectClauseSubject(k int) string {
	m := &d.mentions[k]
	if m.Head != "him" && m.Head != "her" {
		return ""
	}
	if m.Head == "her" && m.To < d.sents[m.sent].To && d.toks[m.To].Kind == Word && !d.in(m.To, d.words.objectPreps) {
		return "" // "her country": a possessive
	}
	for j := k - 1; j >= 0 && d.mentions[j].sent == m.sent; j-- {
		a := &d.mentions[j]
		if a.Label != "Person" || a.Key == "" || a.Kind == mAdjective || a.Kind == mPronoun && pronounSex[a.Head] == "" ||
			a.Kind == mPronoun && a.Head != "he" && a.Head != "she" || d.isPossessor(a) || d.afterPreposition(a) {
			continue
		}
		for i := a.To; i < m.From; i++ {
			if w := d.lw(i); w == "," || w == ";" || w == "and" || w == "but" || w == "or" || d.words.relativePronouns.has(w) || d.words.subordinators.has(w) {
				return ""
			}
		}
		return a.Key
	}
	return ""
}

// pronounSex gives the sex a third-person pronoun names.
var pronounSex = map[string]string{"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

// personSex returns "f" or "m" for person key when the article shows the
// person's sex: a mark written right before one of its names ("Mrs
// Ruiz", "Queen Ana", "spokeswoman Ana Soto"; words.yaml female_marks and
// male_marks), or a "he" or "she" among the mentions before k already
// resolved to it after its name in a sentence that names no other person
// by name ("Soto said she would go"). "" when nothing shows it or the
// signs disagree.
func (d *doc) personSex(key string, k int) string {
	if key == "" {
		return ""
	}
	f, male := false, false
	for j := range d.mentions {
		a := &d.mentions[j]
		if a.Key != key {
			continue
		}
		if a.Kind == mName {
			for _, i := range []int{a.From - 1, a.From} { // "spokeswoman Ana Soto", a name that opens with "Mrs."
				if i >= d.sents[a.sent].From && i < a.To {
					w := d.toks[i].lower
					f = f || d.words.femaleMarks.has(w)
					male = male || d.words.maleMarks.has(w)
				}
			}
		}
		if j < k && a.Kind == mPronoun && pronounSex[a.Head] != "" && d.onlyPersonBefore(j) {
			f = f || pronounSex[a.Head] == "f"
			male = male || pronounSex[a.Head] == "m"
		}
	}
	switch {
	case f && !male:
		return "f"
	case male && !f:
		return "m"
	}
	return ""
}

// onlyPersonBefore reports whether the person that pronoun mention k was
// resolved to is named by name before it in its sentence and no other
// person is named in that sentence: "Soto said she would go".
func (d *doc) onlyPersonBefore(k int) bool {
	m := &d.mentions[k]
	named := false
	for _, j := range d.sentMentions(m.sent) {
		a := &d.mentions[j]
		if a.Label != "Person" || a.Kind != mName || a.Key == "" {
			continue
		}
		if a.Key != m.Key {
			return false
		}
		named = named || a.To <= m.From
	}
	return named
}

// apposedInSentenceBefore reports whether the person a is named in
// apposition, after a comma, in the sentence right before pronoun m's:
// "Ruiz met the army chief, General Vega, at the airport. \"...,\" he
// told reporters" is Ruiz, the subject, not the apposed object.
func (d *doc) apposedInSentenceBefore(a, m *Mention) bool {
	if a.sent != m.sent-1 {
		return false
	}
	i := d.npStart(a) - 1
	return i > d.sents[a.sent].From && d.toks[i].Text == ","
}

// clauseSubjectBefore returns the subject of the "that" clause a
// possessive pronoun k stands in, when a fitting name follows "that" right
// away (or past "the") and no comma or other "that" stands between it and
// the pronoun: "Chile demanded that Peru recall its ambassador" is Peru's.
// nil when there is none.
func (d *doc) clauseSubjectBefore(k int, fits func(*Mention) bool) *Mention {
	m := &d.mentions[k]
	from := d.sents[m.sent].From
	for j := k - 1; j >= 0 && d.mentions[j].sent == m.sent; j-- {
		a := &d.mentions[j]
		i := a.From - 1
		if i >= from && d.lw(i) == "the" {
			i--
		}
		if i < from || d.lw(i) != "that" {
			continue
		}
		if a.Key == "" || !a.Arg || a.Kind == mPronoun || !fits(a) || d.isPossessor(a) {
			return nil
		}
		for t := a.To; t < m.From; t++ {
			if w := d.lw(t); w == "," || w == "that" || w == "which" || w == "who" {
				return nil
			}
		}
		return a
	}
	return nil
}

// pronounOpens reports whether pronoun mention m opens its sentence ("He
// later ...", "But she said") or the attribution right after a quote's
// closing mark ('"...," he told', '", she said'): no subject of its own
// sentence stands before it ("The defence secretary told reporters he
// ..." is the secretary, whom resolvePronoun cannot name).
func (d *doc) pronounOpens(m *Mention) bool {
	from := d.sents[m.sent].From
	i := m.From - 1
	for i >= from && d.toks[i].Text == "," {
		i--
	}
	if i < from {
		return true
	}
	if i > from && quoteOf(d.toks[i].Text).closes {
		return true
	}
	w := d.lw(i)
	return i == from && (w == "but" || w == "and")
}

// sentSubject returns the first mention of sentence si that fits and could
// be its subject: keyed, an argument, no adjective, pronoun, possessor or
// object of a preposition, after any dateline. A possessive that owns
// people ("its commander") and refers to a sentence before its own is
// read back to that sentence's subject rather than to a place or state
// named outside its main clause (outsideMainClause). A subject "he" or
// "she" opening its sentence that refers back to a person named after a
// preposition or a subordinator or inside a quotation in an earlier
// sentence is read back to that sentence's subject likewise
// (centering: the subject is what the next sentence goes on about). A
// mention inside quotation marks is no subject of the reporting sentence.
// nil if none.
func (d *doc) sentSubject(si int, fits func(*Mention) bool) *Mention {
	start := d.datelineEnd(si)
	for _, k := range d.sentMentions(si) {
		a := &d.mentions[k]
		if a.From < start || a.Key == "" || !a.Arg || a.Kind == mAdjective || a.Kind == mPronoun || !fits(a) {
			continue
		}
		if quoted(d, d.sents[si].From, a.From) {
			continue
		}
		if d.isPossessor(a) || d.afterPreposition(a) || d.speakerLabel(a) {
			continue
		}
		return a
	}
	return nil
}

// firstArgument returns the first mention of sentence si after any
// dateline that could be its subject: keyed, an argument, no adjective
// but a state's before its government (stateBody),
// possessor, object of a preposition, speaker label or name inside a
// quotation; a resolved pronoun counts. nil if none.
func (d *doc) firstArgument(si int) *Mention {
	start := d.datelineEnd(si)
	for _, k := range d.sentMentions(si) {
		a := &d.mentions[k]
		if a.From < start || a.Key == "" || !a.Arg || a.Kind == mAdjective && !d.stateBody(a) || quoted(d, d.sents[si].From, a.From) {
			continue
		}
		if d.isPossessor(a) || d.afterPreposition(a) || d.speakerLabel(a) || a.Kind == mPronoun && possessivePronoun[a.Head] {
			continue
		}
		return a
	}
	return nil
}

// stateBody reports whether adjective mention a is a country's demonym
// after "the" right before a singular noun of the state's own body
// (words.yaml state_body_nouns): "the Chilean government", "the Peruvian
// administration" stand for the state, as a later "it" or "its" does.
func (d *doc) stateBody(a *Mention) bool {
	return a.Kind == mAdjective && a.Label == "Country" && a.From > d.sents[a.sent].From && d.lw(a.From-1) == "the" &&
		a.To < d.sents[a.sent].To && d.in(a.To, d.words.stateBodyNouns)
}

// apposedPossessor reports whether possessor mention a opens an
// apposition set off by a comma ("Jane Roe, Mr. Doe's closest ally,"):
// it describes the head before the comma, which a later subject pronoun
// takes up, not the owner.
func (d *doc) apposedPossessor(a *Mention) bool {
	i := a.From
	for i > d.sents[a.sent].From && d.words.honorifics[d.toks[i-1].Text] {
		i-- // "Mr."
	}
	return i > d.sents[a.sent].From && d.toks[i-1].Text == ","
}

// listPossessor returns the possessor that opens a list of possessed
// noun phrases continued by possessive pronoun mention k after a comma
// or "and":
// "Peru's support for the rebels, its backing of Chile and its arms
// sales" (Peru's backing, not the rebels'). The possessor opens a
// lower-case noun ("support") within the sentence, no more than twelve
// tokens before; every name between is the object of a preposition
// ("for the rebels"), so none heads a phrase of its own ("Peru's ally
// Chile, its ..."); no relative pronoun or semicolon stands between, and
// a comma does (a list, not "Peru's talks with Chile and its allies").
// It returns -1 otherwise.
func (d *doc) listPossessor(k int, fits func(*Mention) bool) int {
	m := &d.mentions[k]
	if !possessivePronoun[m.Head] || m.From == 0 || d.toks[m.From-1].Text != "," && d.lw(m.From-1) != "and" {
		return -1
	}
	from := d.sents[m.sent].From
	for j := k - 1; j >= 0; j-- {
		a := &d.mentions[j]
		if a.sent != m.sent || a.From < from || m.From-a.To > 12 {
			return -1
		}
		if a.Kind != mPronoun && d.isPossessor(a) && a.To+1 < m.From {
			if t := d.toks[a.To+1]; t.Kind == Word && t.Text == t.lower && a.Key != "" && a.Arg && fits(a) {
				comma := false
				for i := a.To; i < m.From; i++ {
					if d.toks[i].Text == ";" || d.in(i, d.words.relativePronouns) {
						return -1
					}
					comma = comma || d.toks[i].Text == ","
				}
				if !comma {
					return -1 // "Peru's talks with Chile and its allies": Chile's, as likely
				}
				return j
			}
			return -1
		}
		if a.Kind == mName && !d.afterPreposition(a) {
			return -1
		}
	}
	return -1
}

// transcriptSpeaker returns the person a transcript's answer is by, for a
// "we" of sentence si outside quotation marks: the person named by the
// last speaker label ("Ana Soto:", "MR VEGA:") that opens a line at or
// before si, within a few paragraphs. A briefing's spokesperson speaks for
// his state or body ("Ana Soto: ... We urge Peru to stop interfering").
// nil when the last label names no person (a questioner: "Reuters:",
// "Q:") or no label opens a line before.
func (d *doc) transcriptSpeaker(si int) *Mention {
	const reach = 12 // sentences of one answer
	for s := si; s >= 0 && s > si-reach; s-- {
		from := d.sents[s].From
		if !d.lineOpens(from) {
			continue
		}
		colon := -1
		for j := from; j < d.sents[s].To && j < from+5; j++ {
			if d.toks[j].Text == ":" {
				colon = j
				break
			}
			if d.toks[j].Kind != Word || !d.toks[j].Capitalized() {
				break
			}
		}
		if colon <= from {
			continue
		}
		for _, k := range d.sentMentions(s) {
			if a := &d.mentions[k]; a.From >= from && a.To == colon && a.Label == "Person" && a.Key != "" && a.Kind == mName {
				return a
			}
		}
		return nil
	}
	return nil
}

// speakerState returns a mention of the state the lexicon or the
// dictionary gives person p, when the article names that state; nil
// otherwise. (The mention stage: no office is read yet.)
func (d *doc) speakerState(p *Mention) *Mention {
	code := p.home
	if p.lexical {
		code = p.Country
	}
	if code == "" {
		return nil
	}
	for k := range d.mentions {
		if c := &d.mentions[k]; c.Label == "Country" && c.Key == "country:"+code && c.Kind == mName {
			return c
		}
	}
	return nil
}

// lineOpens reports whether token i is the first of its line.
func (d *doc) lineOpens(i int) bool {
	for p := d.toks[i].Start - 1; p >= 0; p-- {
		switch d.text[p] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// speakerLabel reports whether mention a is a transcript's speaker label,
// a name in capitals that opens its sentence before a colon ("KIRBY:",
// "MR KIRBY:"): not the subject of the sentence that follows it, so not
// what its "he" refers to ("OKORO: The minister said he ..."). An
// interview's person named alone before the colon is one too ("Okoro:
// President Vega broke off the talks. He ..." is Vega).
func (d *doc) speakerLabel(a *Mention) bool {
	s := d.sents[a.sent]
	if a.To >= s.To || d.toks[a.To].Text != ":" {
		return false
	}
	return isAllCaps(d.text[d.toks[s.From].Start:d.toks[a.To-1].End()]) || a.Label == "Person" && a.Kind == mName && a.From == s.From
}

// peopleAfter reports whether the possessive pronoun m owns people: an
// actor noun, a member noun (words.yaml member_sorts) or a title right
// after it ("its chief negotiator", "its officials", "its fighters").
// Such an "its" is the subject's, like a subject pronoun, while "its
// program" is the nearest actor's.
func (x *Extractor) peopleAfter(d *doc, k int) bool {
	m := &d.mentions[k]
	if k+1 < len(d.mentions) {
		if n := d.mentions[k+1]; n.Kind == mTitle && n.sent == m.sent && n.From-m.To <= 1 {
			return true
		}
	}
	end := d.sents[m.sent].To
	for i := m.To; i < end && i < m.To+2; i++ {
		if _, member := x.lex.sets.memberSorts[d.lw(i)]; member || d.in(i, x.lex.sets.actorNouns) {
			return true // "its troops", "its fighters"
		}
		if d.toks[i].Kind != Word {
			return false
		}
	}
	return false
}

// objectIt resolves an "it" that is an object (followed by punctuation, a
// preposition or a conjunction, not by a verb) to an agreement when that is
// the nearest thing it can stand for: "Chile and Peru signed a pact, and
// Ecuador welcomed it". The subject of its own clause (its nearest
// candidate there) is passed over. It reports whether it resolved the
// pronoun; when the nearest is an actor, a program or a weapon, the usual
// rules decide (read past the clause's subject, actors cost precision).
func (x *Extractor) objectIt(d *doc, k int) bool {
	m := &d.mentions[k]
	sent := d.sents[m.sent]
	p, n := m.From-1, m.To
	if p < sent.From || d.toks[p].Kind != Word || d.toks[p].Capitalized() {
		return false
	}
	if n < sent.To && d.toks[n].Kind != Punct && !d.in(n, d.words.objectPreps) && !objectItFollowers[d.lw(n)] {
		return false
	}
	clause := p
	for clause > sent.From && !clauseOpeners[d.lw(clause-1)] {
		clause--
	}
	subject := true // the nearest candidate in its own clause is that clause's subject
	for j := k - 1; j >= 0; j-- {
		a := &d.mentions[j]
		if m.sent-a.sent > 1 {
			return true
		}
		if a.Key == "" || a.Kind == mAdjective || d.isPossessor(a) {
			continue
		}
		if a.sent == m.sent && a.From >= clause && subject {
			subject = false
			if !d.afterPreposition(a) {
				continue
			}
		}
		switch a.Label {
		case "Agreement":
			m.referTo(a)
			return true
		case "Country", "Organization", "Program", "WeaponSystem":
			// an unnamed government written between the actor and the
			// object "it" is what it stands for, and that is no node:
			// "Soto, the Kestrel Party's leader, welcomed the government's
			// decision and urged it to go on" is not the party
			return a.sent == m.sent && d.bareStateBody(m.sent, a.To, m.From)
		}
	}
	return false
}

// bareStateBody reports whether toks[from:to] hold "the" right before a
// noun of a state's own body (words.yaml state_body_nouns: "the
// government", "the government's") that no mention covers: a government
// the article does not name by its state, in sentence si.
func (d *doc) bareStateBody(si, from, to int) bool {
	ms := d.sentMentions(si)
	for i := from; i+1 < to; i++ {
		if d.lw(i) != "the" || !d.in(i+1, d.words.stateBodyNouns) {
			continue
		}
		covered := false
		for _, k := range ms {
			covered = covered || d.mentions[k].From <= i+1 && i+1 < d.mentions[k].To
		}
		if !covered {
			return true
		}
	}
	return false
}

// objectItFollowers are words after an object "it" that are neither
// punctuation nor a preposition: "welcomed it and", "called it a ...".
var objectItFollowers = set{"and": true, "but": true, "or": true, "as": true, "after": true, "before": true,
	"because": true, "since": true, "last": true, "this": true, "when": true, "while": true}

// clauseOpeners end the stretch before an object "it" whose mentions are
// its clause's own subject: "..., and Ecuador welcomed it".
var clauseOpeners = set{",": true, ";": true, "and": true, "but": true, "which": true, "who": true, "that": true, "while": true}

// resolveMembersOf gives "their" the country or organization that earlier
// plural people in its sentence come from: "officials from Iran said
// their government ...", "diplomats of the EU said their ...".
func (x *Extractor) resolveMembersOf(d *doc, m *Mention) {
	for _, j := range d.sentMentions(m.sent) {
		a := &d.mentions[j]
		if a.From >= m.From || a.Key == "" || !a.Arg || !(a.Label == "Country" || a.Label == "Organization") {
			continue
		}
		i := d.npStart(a) - 1
		if i-1 < d.sents[m.sent].From || !(d.lw(i) == "from" || d.lw(i) == "of") {
			continue
		}
		if n := d.lw(i - 1); x.lex.sets.actorNouns.has(n) && strings.HasSuffix(n, "s") {
			m.referTo(a)
			return
		}
	}
	if a := x.theyPartOf(d, m); a != nil {
		m.referTo(a)
		return
	}
	if a := d.peopleBefore(m); a != nil {
		m.referTo(a)
	}
}

// peopleBefore returns the country whose people, written as a plural
// demonym ("the Peruvians"), are the nearest actor named before "their"
// in its sentence: "The Front said it was not fighting the Peruvians and
// welcomed their arrival" is Peru's. nil when another country or body
// stands between them, the nearest is no such demonym, or it is one
// conjunct of several.
func (d *doc) peopleBefore(m *Mention) *Mention {
	ms := d.sentMentions(m.sent)
	for n := len(ms) - 1; n >= 0; n-- {
		a := &d.mentions[ms[n]]
		if a.From >= m.From || !(a.Label == "Country" || a.Label == "Organization") || a.Key == "" {
			continue
		}
		w := d.toks[a.From].Text
		if a.Label != "Country" || !(a.Kind == mName || a.Kind == mAdjective) || a.To != a.From+1 || !strings.HasSuffix(w, "ns") || w == a.Name || strings.HasPrefix(a.Name, w) {
			return nil
		}
		i := d.npStart(a) - 1
		if a.To+1 < m.From && (d.lw(a.To) == "and" || d.lw(a.To) == "or") && (d.lw(a.To+1) == "the" || d.toks[a.To+1].Capitalized()) || i >= d.sents[m.sent].From && (d.lw(i) == "and" || d.lw(i) == "or" || d.lw(i) == ",") {
			return nil // "the Peruvians and the Chileans ... their": both
		}
		return a
	}
	return nil
}

// theyPartOf returns the body a "their" opening its sentence belongs to
// when the sentence before opens by saying what "they" are a part of: "They
// are the armed wing of the Kestrel Front. Their commander, X, ..." is the
// Front's (words.yaml part_nouns after "They are/were", a determiner and up
// to two lower-case words, then "of" and a country or organization). nil
// otherwise.
func (x *Extractor) theyPartOf(d *doc, m *Mention) *Mention {
	if m.sent == 0 || m.From != d.sents[m.sent].From {
		return nil
	}
	si := m.sent - 1
	i, end := d.sents[si].From, d.sents[si].To
	if i+3 >= end || d.lw(i) != "they" || !(d.lw(i+1) == "are" || d.lw(i+1) == "were") {
		return nil
	}
	j := i + 2
	if articles[d.lw(j)] {
		j++
	}
	for n := 0; n < 3 && j < end; n++ {
		if x.lex.sets.partNouns[d.lw(j)] != "" && j+1 < end && d.lw(j+1) == "of" {
			o := j + 2
			if o < end && d.lw(o) == "the" {
				o++
			}
			k := d.mentionAt(d.sentMentions(si), o)
			if k < 0 {
				return nil
			}
			if a := &d.mentions[k]; a.Key != "" && (a.Label == "Organization" || a.Label == "Country") {
				return a
			}
			return nil
		}
		if d.toks[j].Capitalized() || d.toks[j].Kind != Word {
			return nil
		}
		j++
	}
	return nil
}

// isPossessor reports whether a is followed by "'s".
func (d *doc) isPossessor(a *Mention) bool {
	return a.To < len(d.toks) && (d.toks[a.To].Text == "'s" || d.toks[a.To].Text == "'")
}

// afterPreposition reports whether the noun phrase a heads is the object
// of a preposition: "with U.S. President George W. Bush".
func (d *doc) afterPreposition(a *Mention) bool {
	i := d.npStart(a) - 1
	return i >= d.sents[a.sent].From && d.in(i, d.words.objectPreps)
}

// outsideMainClause reports whether mention a cannot be the subject of
// its sentence's main clause: it is the object of a preposition ("met
// with Vega"), opens a subordinate clause ("hours before Vega arrived")
// or is named inside a quotation.
func (d *doc) outsideMainClause(a *Mention) bool {
	return d.afterPreposition(a) || d.afterSubordinator(a) || quoted(d, d.sents[a.sent].From, a.From)
}

// afterSubordinator reports whether the noun phrase a heads opens a
// subordinate clause ("hours before Vance landed", "when Vega arrived"):
// the subject of that clause, not of its sentence.
func (d *doc) afterSubordinator(a *Mention) bool {
	i := d.npStart(a) - 1
	return i >= d.sents[a.sent].From && d.in(i, d.words.subordinators)
}

// npStart returns the first token of the noun phrase that mention a heads:
// "U.S. President George W. Bush" starts at "U.S.", "the Pentagon" at "the".
func (d *doc) npStart(a *Mention) int {
	i := a.From - 1
	from := d.sents[a.sent].From
	for i >= from {
		w := d.lw(i)
		if w == "the" || w == "'s" || d.ownershipMark(i) {
			i--
			continue
		}
		inMention := false
		for _, j := range d.sentMentions(a.sent) {
			if o := d.mentions[j]; o.To == i+1 && o.From <= i {
				inMention, i = true, o.From-1
				break
			}
		}
		if !inMention {
			break
		}
	}
	return i + 1
}

// ownershipMark reports whether toks[i] is a lower-case word of ownership
// or control joined by a hyphen to its holder ("state-run", "rebel-held";
// words.yaml owned_marks, control_marks): a modifier inside the noun
// phrase of the name after it, so "on state-run MRTV" is a preposition's
// object as "on MRTV" is.
func (d *doc) ownershipMark(i int) bool {
	t := d.toks[i]
	k := strings.LastIndexByte(t.Text, '-')
	if k <= 0 || t.Text != t.lower {
		return false
	}
	return d.words.ownedMarks[t.lower] || d.words.controlMarks.has(t.lower[k+1:])
}

// nameHead reports whether the organization name (as the lexicon or the
// text writes it) ends in the noun head, or has it before a complement
// ("United Nations Observer Mission in Tacna" is a mission): "the mission"
// may refer back to it.
func nameHead(name, head string) bool {
	name = strings.ToLower(name)
	if strings.HasSuffix(name, " "+head) {
		return true
	}
	for _, p := range nameComplements {
		if strings.Contains(name, " "+head+p) {
			return true
		}
	}
	return false
}

// nameComplements open the complement after a name's head: "Mission in
// Tacna", "Office for Asia".
var nameComplements = []string{" in ", " of ", " for ", " to "}

func (x *Extractor) resolveDescription(d *doc, k int) {
	m := &d.mentions[k]
	if m.Label == "Organization" {
		// a description written right before a name describes it: "the
		// state broadcaster KRT" is KRT; so does an indefinite one with the
		// name apposed after it: "a rebel group, the Kestrel Front"
		if n := d.nameOfDescription(m); n != nil {
			m.standFor(n)
			if sort := x.lex.sets.descriptionSorts[m.Head]; n.Sort == "" && sort != "" && n.From > m.To {
				n.Sort = sort // "the group" may refer back to it
			}
			return
		}
	}
	if halfSides[d.toks[m.From].Text] && m.Label == "Country" {
		if a := d.dividedHalf(m.Head); a != nil {
			m.standFor(a)
		}
		return // never the nearest state
	}
	if x.lex.sets.descriptionSorts[m.Head] == juntaSort && m.Label == "Organization" {
		if a := d.rulingBody(); a != nil {
			m.standFor(a)
		}
		return // never the nearest body: "the regime" is no "Control Regime"
	}
	if sort, ok := x.lex.sets.memberSorts[m.Head]; ok && m.Label == "Organization" {
		if a := d.memberGroup(m, sort); a != nil {
			m.standFor(a)
		}
		return
	}
	if m.Label == "Organization" {
		// an organization whose name has the description's head is the one
		// meant, even past a nearer one only of the same sort: "the
		// alliance" after "the Kestrel Alliance attacked ... the UN said" is
		// the Kestrel Alliance (a name, not a description before: "a rebel
		// group, the Kestrel Front ... the Heron Army's chief said the
		// group" is the nearest group)
		for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
			if a := &d.mentions[j]; a.Key != "" && a.Kind == mName && a.Label == "Organization" && x.namedWithHead(d, a, m.Head) {
				m.standFor(a)
				return
			}
		}
	}
	if a := d.sameWordAgreement(k); a != nil {
		m.Label = a.Label
		m.standFor(a) // "Under the deal" past "a separate bilateral agreement": the deal
		return
	}
	for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
		a := &d.mentions[j]
		if a.Key == "" || a.Kind == mPronoun || a.Kind == mAdjective && m.Label != "Country" {
			continue
		}
		var ok bool
		switch m.Label {
		case "Program":
			ok = a.Label == "Program" || a.Label == "WeaponSystem" && (m.Head == "project" || m.Head == "plan" || m.Head == "programme" || m.Head == "program")
		case "Organization":
			sort := x.lex.sets.descriptionSorts[m.Head]
			ok = a.Label == "Organization" && (x.namedWithHead(d, a, m.Head) || sort != "" && d.sortOf(a, k) == sort)
		case "Agreement":
			// "the agreement" after "the X Free Trade Area agreement"
			ok = a.Label == m.Label || a.Label == "Organization" && x.lex.sets.agreementHeads.has(a.Head) && x.sameHead(a.Head, m.Head)
			if _, general := x.lex.sets.descriptions[m.Head]; !general && !x.lex.sets.agreementEvents.has(m.Head) {
				// "the declaration" only for "the Joint Declaration of ..."
				ok = a.Label == m.Label && a.Kind == mName && nameHoldsHead(a.Name, m.Head)
				// "the motion" after "a no-confidence motion": the one text voted on
				ok = ok || x.lex.sets.voteHeads.has(m.Head) && a.Label == m.Label && a.Head == m.Head
			} else if a.Label == m.Label && x.lex.sets.voteHeads.has(a.Head) && !x.lex.sets.voteHeads.has(m.Head) {
				// "the deal" after "survived a no-confidence motion": the
				// deal named before the motion, not the text voted on
				ok = false
			}
		default:
			ok = a.Label == m.Label
		}
		if ok && m.Label == "Country" {
			a = d.salientCountry(j, k)
		}
		if ok && m.Label == "Agreement" {
			if n := d.newsAgreement(a, k); n != nil {
				a = n
			}
		}
		if ok {
			m.Label = a.Label
			m.standFor(a)
			return
		}
	}
	if m.Label == "Organization" && d.toks[m.From].Capitalized() {
		// "the Programme" far after "the Andean Security Programme": a
		// capitalised head names the one body so named before, however far
		one := d.oneNamedBefore(k, func(a *Mention) bool {
			return a.Label == "Organization" && a.To-a.From > 1 && x.namedWithHead(d, a, m.Head)
		})
		if one != nil {
			m.standFor(one)
			return
		}
		// "the Senate" with nothing before it: the body it names
		m.Key, m.Kind = "organization:"+slug(m.Name), mName
		return
	}
	if a := d.namedAgreementBefore(m, k); a != nil {
		m.standFor(a)
		return
	}
	if _, general := x.lex.sets.descriptions[m.Head]; m.Label == "Agreement" && !general && !x.lex.sets.voteHeads.has(m.Head) {
		return // "the declaration" with no declaration named before is none, nor "the signing" with no deal
	}
	if m.Label == "Agreement" && (!x.agreementMods[m.Head] || m.From > d.sents[m.sent].From && d.lw(m.From-1) == "the") {
		// a deal named for the first time: "a fuel supply agreement"; "the
		// ceasefire" or "the truce" with none named before is the one the
		// article is about ("a ceasefire" may be only hoped for)
		i := m.From
		for i > d.sents[m.sent].From && !determiners[d.lw(i-1)] {
			i--
			if x.lex.sets.cues.vague[d.lw(i)] {
				return // "a specific deal" names none
			}
		}
		m.From = i
		m.Name = d.text[d.toks[i].Start:d.toks[m.To-1].End()]
		m.Key, m.Generic, m.Kind = "agreement:"+slug(m.Name), true, mName
	}
}

// halfSides are the capitalised words that, after "the", stand for one
// half of a divided state: "the North" (mention.go, dividedHalf).
var halfSides = set{"North": true, "South": true}

// dividedHalf returns the state that "the North" or "the South" (side:
// "north", "south") stands for: the one state the article names as that
// side of a name whose other side it names too ("North Korea" and "South
// Korea": "the North's main ally" is North Korea's); nil when the article
// names no such pair or two ("the South" beside South Africa alone is
// none).
func (d *doc) dividedHalf(side string) *Mention {
	other := "south "
	if side == "south" {
		other = "north "
	}
	names := map[string]bool{}
	for j := range d.mentions {
		if a := &d.mentions[j]; a.Label == "Country" && a.Kind == mName && a.Key != "" {
			names[strings.ToLower(a.Name)] = true
		}
	}
	return d.oneNamed(func(a *Mention) bool {
		name := strings.ToLower(a.Name)
		return a.Label == "Country" && strings.HasPrefix(name, side+" ") && names[other+name[len(side)+1:]]
	})
}

// juntaSort is the organization sort of a ruling military council
// (organizations.yaml kind junta) and of the descriptions that stand for
// it (words.yaml description_sorts: junta, regime).
const juntaSort = "junta"

// rulingBody returns the one ruling military council named anywhere in
// the article ("the State Administration Council"), which its unnamed
// "the junta" or "the military regime" stands for, before or after the
// name; nil when it names none or two ("the regime" is then no named
// body: none is made of the bare description).
func (d *doc) rulingBody() *Mention {
	return d.oneNamed(func(a *Mention) bool { return a.Label == "Organization" && a.Sort == juntaSort })
}

// newsLead is how many sentences open an article (headline, byline and
// lead): an agreement first mentioned there is the article's news.
const newsLead = 4

// leadEnd returns the index of the first sentence past the article's
// opening: newsLead, or past the first sentence of the body when a
// masthead, headline, deck and byline (lines that end in no sentence
// punctuation) take more than that: "DAILY NEWS / date / Senate kills
// treaty / deck / By A and B / THE SENATE rejected the Treaty of X ..."
// opens with the Treaty of X.
func (d *doc) leadEnd() int {
	for si := 0; si < len(d.sents) && si < 3*newsLead; si++ {
		s := d.sents[si]
		e := s.To - 1
		for e > s.From && d.toks[e].Kind == Punct && isCloser(d.toks[e].Text) {
			e--
		}
		if t := d.toks[e]; t.Kind == Punct && isTerminal(t.Text) {
			return max(si+1, newsLead)
		}
	}
	return newsLead
}

// newsAgreement returns the agreement the article opens with, the first
// one it mentions, in its headline or lead, when a general description
// ("the agreement", "the deal") would otherwise take a, a named agreement
// the article brought in only after it: an earlier accord or framework
// the news is set against ("signed a power-sharing deal ... it resembles
// the Tarvo Accord of 2008 ... Under the deal" is the new deal). nil when
// a is that first agreement, is no capitalised name, or the article opens
// with no agreement.
func (d *doc) newsAgreement(a *Mention, k int) *Mention {
	if a.Kind != mName || a.Generic || a.Label != "Agreement" || !d.toks[a.From].Capitalized() {
		return nil
	}
	lead := d.leadEnd()
	for j := 0; j < k; j++ {
		n := &d.mentions[j]
		if n.Label != "Agreement" || n.Key == "" {
			continue
		}
		if n.sent >= lead || n.Key == a.Key {
			return nil
		}
		return n
	}
	return nil
}

// placeNamedAgreement gives a place-named agreement ("the Tarvo
// framework", placeNamesAgreement) the key of the one agreement named
// before with its head as a capitalised word of its name and that place
// in its sentence: "the Agreed Framework signed in Tarvo last year ...
// the Tarvo framework" is one agreement, named twice.
func (d *doc) placeNamedAgreement(k int) {
	m := &d.mentions[k]
	words := strings.Fields(m.Name)
	if len(words) < 2 || m.Head != words[len(words)-1] || m.Head != strings.ToLower(m.Head) {
		return
	}
	place := strings.Join(words[:len(words)-1], " ")
	if f := strings.Fields(place); len(f) > 1 && f[0][0] >= '0' && f[0][0] <= '9' {
		place = strings.Join(f[1:], " ") // "the 1998 Tarvo accords"
	}
	one := d.oneNamedBefore(k, func(a *Mention) bool {
		return a.Label == "Agreement" && a.Key != m.Key && nameHoldsHead(a.Name, m.Head) && d.placeInSentence(a.sent, place)
	})
	if one != nil {
		m.standFor(one)
	}
}

// placeInSentence reports whether sentence si mentions a place by the
// name place.
func (d *doc) placeInSentence(si int, place string) bool {
	for _, j := range d.sentMentions(si) {
		if a := &d.mentions[j]; a.Label == "Location" && a.Name == place {
			return true
		}
	}
	return false
}

// namedAgreementBefore returns the one agreement named before the
// definite description m, however far back, whose name has m's head in
// capitals ("the resolution" long after "Resolution 2231", "the
// protocol" after "the Tarvo Protocol"): an article's named instrument is
// what "the" + its head means; nil when m is no agreement after "the", or
// two named agreements have the head ("the Tarvo Protocol" and "the
// Vela Protocol": which?).
func (d *doc) namedAgreementBefore(m *Mention, k int) *Mention {
	if m.Label != "Agreement" || m.From == d.sents[m.sent].From || d.lw(m.From-1) != "the" {
		return nil
	}
	return d.oneNamedBefore(k, func(a *Mention) bool {
		return !a.Generic && a.Label == "Agreement" && nameHoldsHead(a.Name, m.Head)
	})
}

// oneNamedBefore returns the one entity named (a name mention with a key)
// among the mentions before mention k that fits, as its earliest mention
// there; nil when none fits or two entities do ("the Tarvo Protocol" and
// "the Vela Protocol": which?).
func (d *doc) oneNamedBefore(k int, fits func(*Mention) bool) *Mention {
	return oneNamedIn(d.mentions[:k], true, fits)
}

// oneNamed returns the one entity named (a name mention with a key)
// anywhere in the article that fits, as its last mention; nil when none
// fits or two entities do (dividedHalf, rulingBody). oneNamedBefore reads
// back from a mention.
func (d *doc) oneNamed(fits func(*Mention) bool) *Mention {
	return oneNamedIn(d.mentions, false, fits)
}

// oneNamedIn returns the one entity named among ms that fits, as the
// mention of it read last (reading ms backward when backward is true);
// nil when none fits or two entities do.
func oneNamedIn(ms []Mention, backward bool, fits func(*Mention) bool) *Mention {
	var one *Mention
	for n := range ms {
		j := n
		if backward {
			j = len(ms) - 1 - n
		}
		a := &ms[j]
		if a.Key == "" || a.Kind != mName || !fits(a) {
			continue
		}
		if one != nil && one.Key != a.Key {
			return nil
		}
		one = a
	}
	return one
}

// nameOfDescription returns the organization name that the description m
// describes from right before it ("the state broadcaster KRT") or as an
// indefinite apposed to it ("a rebel group, the Kestrel Front"): the
// longest name opening there, nil if none.
func (d *doc) nameOfDescription(m *Mention) *Mention {
	var found *Mention
	for _, j := range d.sentMentions(m.sent) {
		n := &d.mentions[j]
		if n.Kind != mName || n.Label != "Organization" || n.Key == "" || n.From < m.To || found != nil && (n.From != found.From || n.To <= found.To) {
			continue
		}
		if n.From == m.To || d.apposedNameAfter(m, n) {
			found = n
		}
	}
	return found
}

// apposedNameAfter reports whether the name n is apposed after the
// indefinite description m: "a second rebel group, the Kestrel Front
// (KF), holds the south" names the group. A name that opens a list ("a
// rebel group, the Kestrel Front and the Heron Army") is not the one
// described.
func (d *doc) apposedNameAfter(m, n *Mention) bool {
	if m.To+1 >= n.From || d.toks[m.To].Text != "," || d.npStart(n) != m.To+1 || !d.indefinite(m) {
		return false
	}
	j, end := n.To, d.sents[n.sent].To
	if j < end && d.toks[j].Text == "(" {
		for j < end && d.toks[j].Text != ")" {
			j++
		}
		j++
	}
	return j >= end || d.lw(j) != "and" && d.lw(j) != "or"
}

// namedWithHead reports whether the organization mention a has the head
// word head, in its name, as written or in the apposition after it: "the
// Kestrel Alliance" for "the alliance", "the Andean Mission, a 900-strong
// force," for "the force".
func (x *Extractor) namedWithHead(d *doc, a *Mention, head string) bool {
	return a.Head == head || nameHead(a.Name, head) || nameHead(d.text[d.toks[a.From].Start:d.toks[a.To-1].End()], head) || d.apposedHead(a, head)
}

// apposedHead reports whether the apposition after mention a (past an
// acronym in brackets) is headed by the noun head, after at most three
// lower-case words: "the Andean Mission (AMIS), a 900-strong force drawn
// from five states," is a force. A capitalised word before the head ends
// the search ("the Mission, a Kestrel force,": that force is Kestrel's),
// and so does a head that modifies a noun after it ("a force commander").
func (d *doc) apposedHead(a *Mention, head string) bool {
	j, end := a.To, d.sents[a.sent].To
	if j < end && d.toks[j].Text == "(" {
		for j < end && j < a.To+4 && d.toks[j].Text != ")" {
			j++
		}
		j++
	} else if j < end && d.toks[j].Text == ")" {
		j++ // the acronym in brackets: "the Andean Mission (AMIS)"
	}
	return d.appositionWords(a.sent, j, func(k int) (decided, ok bool) {
		t := d.toks[k]
		if t.lower == head {
			return true, k+1 == end || d.toks[k+1].Kind == Punct || followers[d.toks[k+1].lower] || participle(d, k+1, end)
		}
		return t.Capitalized(), false
	})
}

// memberDeterminers open a plural description of an organization's
// members that stands for the organization: "the rebels", "these
// militants" (words.yaml member_sorts).
var memberDeterminers = set{"the": true, "these": true, "those": true}

// memberGroup returns the organization that "the rebels" (m, a member
// noun of organizations of kind sort) stands for: the organization its
// "of" phrase names ("the rebels of the Kestrel Front"), else the one
// organization of that sort in view (sortInView), named before m. nil
// when none or two are in view, or when the only one is named after m
// ("the militants attacked Hamas" does not make Hamas attack itself).
func (d *doc) memberGroup(m *Mention, sort string) *Mention {
	if m.To+1 < d.sents[m.sent].To && d.lw(m.To) == "of" {
		for _, k := range d.sentMentions(m.sent) {
			if o := &d.mentions[k]; o.Label == "Organization" && o.Kind == mName && o.Key != "" && d.npStart(o) == m.To+1 {
				if o.Sort == "" {
					o.Sort = sort // "the rebels of the Kestrel Front": an armed group
				}
				return o
			}
		}
	}
	a := d.sortInView(m, sort)
	if a == nil || a.sent == m.sent && a.From >= m.From {
		return nil
	}
	return a
}

// sortOf returns the sort of organization mention a: its own, else the
// sort an earlier mention of the same organization before mention k was
// given ("the rebels of the Kestrel Front ... the Front's chairman said the
// group ...": the Front is an armed group).
func (d *doc) sortOf(a *Mention, k int) string {
	if a.Sort != "" || a.Key == "" {
		return a.Sort
	}
	for j := k - 1; j >= 0 && a.sent-d.mentions[j].sent <= lookBack; j-- {
		if o := &d.mentions[j]; o.Key == a.Key && o.Sort != "" {
			return o.Sort
		}
	}
	return ""
}

// salientCountry returns the country that "the country" (mention k)
// refers to when the nearest country before it is mention j: the first
// country of j's sentence (before k) that is neither a preposition's object
// nor a possessor, as the subject of that sentence is more salient than a
// place or a target named after it ("Kenya criticized Uganda. The country
// also ..."). Without one, mention j.
func (d *doc) salientCountry(j, k int) *Mention {
	for _, i := range d.sentMentions(d.mentions[j].sent) {
		a := &d.mentions[i]
		if i >= k || i > j {
			break
		}
		if a.Label != "Country" || a.Key == "" || a.Kind == mPronoun || d.afterPreposition(a) || d.isPossessor(a) {
			continue
		}
		return a
	}
	return &d.mentions[j]
}

// scopeProgram keys an owned program by its owner: "Iran's nuclear
// program" is program:IRN-nuclear-program, and a later bare "nuclear
// program" refers to the same one.
func (x *Extractor) scopeProgram(d *doc, k int) {
	m := &d.mentions[k]
	if m.Owner >= 0 && d.mentions[m.Owner].Kind == mPronoun {
		// "its atomic weapons program" in an article about North Korea's
		// nuclear program is that program, whoever "its" was read as
		for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
			if a := d.mentions[j]; a.Label == "Program" && a.concept == m.concept && a.Key != "" && !a.Generic {
				// the program's owner is the earlier one's, not the pronoun's
				m.Key, m.Name, m.Generic, m.Owner = a.Key, a.Name, a.Generic, -1
				return
			}
		}
	}
	if m.Owner >= 0 {
		o := d.mentions[m.Owner]
		if o.Key != "" && (o.Label == "Country" || o.Label == "Organization") {
			id := o.Key[strings.IndexByte(o.Key, ':')+1:]
			m.Key = "program:" + id + "-" + m.concept[len("program:"):]
			m.Name = o.Name + "'s " + m.Name
			m.Generic = false
			return
		}
	}
	for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
		if a := d.mentions[j]; a.Label == "Program" && a.concept == m.concept && a.Key != "" {
			m.Key, m.Name, m.Generic = a.Key, a.Name, a.Generic
			return
		}
	}
	if m.From == d.sents[m.sent].From || d.lw(m.From-1) != "the" || !strings.Contains(m.Name, " ") {
		return
	}
	for j := k - 1; j >= 0; j-- {
		// "the observer mission" however far after "a military observer
		// mission": a definite description with a modifier that repeats
		// the end of an earlier one is that one
		if a := d.mentions[j]; a.Label == "Program" && a.Generic && a.Key != "" && shorterName(a.Name, m.Name) {
			m.Key, m.Name, m.Generic = a.Key, a.Name, a.Generic
			return
		}
	}
}

// shorterName reports whether the phrase short is the phrase long
// without some of its first words, the same head with fewer modifiers:
// "observer mission" of "military observer mission".
func shorterName(long, short string) bool {
	l, s := strings.ToLower(long), strings.ToLower(short)
	return len(s) < len(l) && strings.HasSuffix(l, " "+s)
}

// sameAgreement gives an unnamed agreement the key of an earlier one whose
// modifiers include all of its modifiers and whose head is the same or a
// synonym: "the border agreement" after "the maritime border agreement",
// "the nuclear accord" after "a nuclear deal".
func (x *Extractor) sameAgreement(d *doc, k int) {
	m := &d.mentions[k]
	words := func(a *Mention) map[string]bool {
		out := map[string]bool{}
		for i := a.From; i < a.To-1; i++ { // the modifiers; heads are compared apart
			if t := d.toks[i]; t.Kind == Word && !t.Capitalized() && !determiners[d.lw(i)] && !d.in(i, x.lex.sets.agreementForms) {
				out[d.lw(i)] = true
			}
		}
		return out
	}
	mine := words(m)
	for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
		a := &d.mentions[j]
		named := a.Label == "Organization" && a.Kind == mName && x.lex.sets.agreementHeads.has(a.Head)
		if a.Label != "Agreement" && !named || a.Key == "" || a.Key == m.Key || !x.sameHead(a.Head, m.Head) {
			continue
		}
		theirs := words(a)
		if named {
			// "the free trade agreement" after "the X Free Trade Area agreement"
			for _, w := range strings.Fields(strings.ToLower(a.Name)) {
				theirs[w] = true
			}
		}
		all := true
		for w := range mine {
			all = all && theirs[w]
		}
		if all {
			m.Key, m.Name = a.Key, a.Name
			return
		}
	}
}

// sameWordAgreement returns the latest earlier unnamed agreement mention,
// within lookBack sentences, whose head is the head word of the one-word
// agreement description at mention k ("the deal" after "the deal", "a
// nuclear deal"), or nil. The word repeated refers back to the thing last
// called so, not to a nearer agreement called by a synonym: "Pretoria,
// Luanda and Havana signed the deal. A separate bilateral agreement sets
// out the timetable. Under the deal, ..." is the deal signed. A name
// ("the Algiers Agreement") is left to the nearest-agreement reading.
func (d *doc) sameWordAgreement(k int) *Mention {
	m := &d.mentions[k]
	if m.Label != "Agreement" || m.To-m.From != 1 {
		return nil
	}
	for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
		a := &d.mentions[j]
		if a.Label == "Agreement" && a.Key != "" && a.Head == m.Head && (a.Kind == mDescription || a.Generic || strings.HasPrefix(a.concept, "agreement:")) {
			return a
		}
	}
	return nil
}

// sameHead reports whether two head nouns name the same kind of thing in
// an article: equal, or in one class of the schema's synonym heads
// ("deal", "agreement", "accord").
func (x *Extractor) sameHead(a, b string) bool {
	if a == b {
		return true
	}
	c, ok := x.lex.sets.cues.synonyms[a]
	return ok && c == x.lex.sets.cues.synonyms[b]
}

// cataphorReach is how many sentences ahead an indefinite generic mention
// looks for the name that the article gives it next.
const cataphorReach = 3

// cataphor gives a thing introduced without a name ("an international
// coalition", "an advanced U.S. missile system") the key of the named
// thing of its kind and head written in the next sentences ("the Global
// Coalition to Defeat ISIS", "the THAAD anti-missile system"): the article
// names what it first described. Only a first mention with "a" or "an"
// looks ahead; every mention of its key follows it.
func (x *Extractor) cataphor(d *doc, k int) {
	m := &d.mentions[k]
	if !m.Generic || m.Kind != mName || m.Key == "" || m.Head == "" || m.Label != "Organization" && m.Label != "WeaponSystem" || !d.indefinite(m) {
		return
	}
	for j := k - 1; j >= 0; j-- {
		if d.mentions[j].Key == m.Key {
			return // not the first mention
		}
	}
	for j := k + 1; j < len(d.mentions); j++ {
		a := &d.mentions[j]
		if a.sent-m.sent > cataphorReach {
			return
		}
		if a.Label != m.Label || a.Generic || a.Kind != mName || a.Key == "" || a.Key == m.Key {
			continue
		}
		written := strings.ToLower(d.text[d.toks[a.From].Start:d.toks[a.To-1].End()])
		if !strings.HasSuffix(written, " "+m.Head) && !strings.HasSuffix(strings.ToLower(a.Name), " "+m.Head) {
			continue
		}
		old := m.Key
		for i := range d.mentions {
			if d.mentions[i].Key == old {
				d.mentions[i].Key, d.mentions[i].Name, d.mentions[i].Generic = a.Key, a.Name, false
			}
		}
		return
	}
}

// indefinite reports whether the noun phrase that mention m ends opens
// with "a" or "an", over at most four modifiers: "an advanced U.S.
// missile system".
func (d *doc) indefinite(m *Mention) bool {
	from := d.sents[m.sent].From
	for i, n := m.From-1, 0; i >= from && n < 5; i, n = i-1, n+1 {
		t := d.toks[i]
		if t.lower == "a" || t.lower == "an" {
			return t.Text == t.lower || i == from
		}
		if t.Kind == Punct && t.Text != "-" || followers[t.lower] || determiners[t.lower] {
			return false
		}
	}
	return false
}

// knownAsName gives the generic thing mention k the key of the name that
// a reduced relative after it gives it ("the disarmament mission, known
// as Operation Kestrel", "a new missile, dubbed the Vorn-2", ", code-named
// X", ", called X"): one thing, named there, not a class of its own. It
// reports whether it did.
func (x *Extractor) knownAsName(d *doc, k int) bool {
	m := &d.mentions[k]
	end := d.sents[m.sent].To
	j := m.To
	if j+1 >= end || d.toks[j].Text != "," {
		return false
	}
	j++
	switch {
	case j+1 < end && d.lw(j) == "known" && d.lw(j+1) == "as":
		j += 2
	case j+2 < end && d.lw(j) == "also" && d.lw(j+1) == "known" && d.lw(j+2) == "as":
		j += 3
	case x.lex.sets.cues.namingVerbs[d.lw(j)]:
		j++ // namecues.yaml naming_verbs
	default:
		return false
	}
	if j < end && d.lw(j) == "the" {
		j++
	}
	for n := k + 1; n < len(d.mentions) && d.mentions[n].From <= j; n++ {
		if a := &d.mentions[n]; a.From == j && a.Label == m.Label && a.Kind == mName && !a.Generic && a.Key != "" {
			m.takeName(a)
			return true
		}
	}
	return false
}

// namedModel gives a generic class written in the singular right before a
// named weapon the key of that weapon ("the aircraft carrier USS
// Kestrel"), and a generic weapon written as one singular noun after
// "the" ("the torpedo") the key of the named model the article wrote
// with that noun before it ("a KT-2D torpedo fired from a submarine ...
// parts of the torpedo"): the one weapon in view, not its whole class.
func (d *doc) namedModel(k int) {
	m := &d.mentions[k]
	from := d.sents[m.sent].From
	if k+1 < len(d.mentions) {
		// "the aircraft carrier USS Kestrel", "the frigate Almirante Ruiz":
		// the class written right before the named ship or model is that one
		if n := d.mentions[k+1]; n.sent == m.sent && n.From == m.To && n.Label == "WeaponSystem" && n.Kind == mName && !n.Generic && n.Key != "" &&
			!strings.HasSuffix(d.lw(m.To-1), "s") {
			m.takeName(&n)
			return
		}
	}
	head := d.lw(m.From)
	if m.Kind != mName || m.To-m.From != 1 || m.From-1 < from || d.lw(m.From-1) != "the" || strings.HasSuffix(head, "s") {
		return
	}
	for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
		a := &d.mentions[j]
		if a.Label != "WeaponSystem" || a.Kind != mName || a.Key == "" || a.To-a.From < 2 {
			continue
		}
		if a.Generic {
			return // "a torpedo boat ... the torpedo": the nearest is a class
		}
		if d.lw(a.To-1) == head {
			m.takeName(a)
			return
		}
	}
}

// referTo makes the pronoun m refer to the entity of mention a, taking
// a's label, key, name and state (resolvePronoun and its readers).
func (m *Mention) referTo(a *Mention) {
	m.Label, m.Key, m.Name, m.Country = a.Label, a.Key, a.Name, a.Country
}

// standFor makes the description m ("the group", "the regime", "the
// agreement") stand for the entity of mention a, taking a's key, name,
// state and genericity; m keeps its own label (resolveDescription).
func (m *Mention) standFor(a *Mention) {
	m.Key, m.Name, m.Country, m.Generic = a.Key, a.Name, a.Country, a.Generic
}

// takeName makes the generic mention m the named thing a: a's key, name
// and concept, no longer generic (knownAsName, namedModel).
func (m *Mention) takeName(a *Mention) {
	m.Key, m.Name, m.Generic, m.concept = a.Key, a.Name, false, a.concept
}

// weaponPlan gives a plan phrase made of weapon words and a plan head
// ("the missile plan", "the missile defence project") the key of the
// weapon system those words name in the article: the nearest before it,
// or, in a headline or before any, the first after it. It reports whether
// it did.
func (x *Extractor) weaponPlan(d *doc, k int) bool {
	m := &d.mentions[k]
	s := &x.lex.sets
	if !s.cues.planHeads[m.Head] || m.To-m.From < 2 || m.Owner >= 0 {
		return false
	}
	words := map[string]bool{}
	for i := m.From; i < m.To-1; i++ {
		w := d.lw(i)
		if !s.weaponMods.has(w) && !s.weaponHeads.has(w) {
			return false // "the nuclear plan" names no weapon
		}
		words[strings.TrimSuffix(w, "s")] = true
	}
	names := func(a *Mention) bool {
		if a.Label != "WeaponSystem" || a.Key == "" {
			return false
		}
		for _, w := range strings.Fields(strings.ToLower(a.Name)) {
			if words[strings.TrimSuffix(w, "s")] {
				return true
			}
		}
		return false
	}
	take := func(a *Mention) bool {
		m.Label, m.Key, m.Name, m.Generic, m.concept = a.Label, a.Key, a.Name, a.Generic, a.concept
		return true
	}
	for j := k - 1; j >= 0 && m.sent-d.mentions[j].sent <= lookBack; j-- {
		if names(&d.mentions[j]) {
			return take(&d.mentions[j])
		}
	}
	for j := k + 1; j < len(d.mentions) && d.mentions[j].sent-m.sent <= lookBack; j++ {
		if names(&d.mentions[j]) {
			return take(&d.mentions[j])
		}
	}
	return false
}

// programOf gives an unowned program the actor named after it with "of" as
// its owner: "the nuclear program of Iran", "the economic strategy of Prime
// Minister Viktor Orban" (past the title). So does a generic weapon, and
// every weapon listed before it: "the drones of the Houthis", "the drones
// and rockets of Roe's militia" (the militia, not its possessor).
func (x *Extractor) programOf(d *doc, k int) {
	m := &d.mentions[k]
	end := m.To
	if m.Label == "WeaponSystem" && !m.Generic {
		end = d.classTail(m.To, d.sents[m.sent].To) // "F-16 jets of the Chilean Air Force": a named model past its class noun
	}
	if m.Label != "Program" && m.Label != "WeaponSystem" || !m.Generic && (m.Label != "WeaponSystem" || m.Key == "") || m.Owner >= 0 || end+1 >= d.sents[m.sent].To || d.lw(end) != "of" {
		return
	}
	list := []int{k}
	if m.Label == "WeaponSystem" {
		list = d.coordinatedBefore(d.sentMentions(m.sent), k, func(c *Mention) bool { return c.Label == "WeaponSystem" && c.Owner < 0 })
	}
	setOwner := func(j int) {
		for _, w := range list {
			d.mentions[w].Owner = j
		}
	}
	at := end + 1
	if d.lw(at) == "the" {
		at++
	}
	for j := k + 1; j < len(d.mentions) && d.mentions[j].From <= at+3; j++ {
		a := d.mentions[j]
		switch {
		case a.From == at && a.Kind == mTitle:
			at = a.To // "of Prime Minister Viktor Orban"
		case a.From == at && a.Kind == mName && a.Key != "" && (a.Label == "Country" || a.Label == "Organization" || a.Label == "Person"):
			if m.Label == "WeaponSystem" && j+1 < len(d.mentions) && d.mentions[j+1].Label == "Organization" && d.mentions[j+1].Key != "" &&
				d.mentions[j+1].From <= a.To+2 && d.lw(a.To) == "'s" {
				j++ // "of Roe's militia": the militia's
			}
			setOwner(j)
			return
		case a.From == at && a.Kind == mName && a.Key == "" && a.Label == "Organization" && a.concept != "" && m.Label == "WeaponSystem" &&
			a.To < d.sents[m.sent].To && d.lw(a.To) == "of":
			setOwner(j) // "jets of the Air Force of Iran": a state's body, keyed by its "of" later (mention.go kindBody)
			return
		case a.From == at && a.Kind == mAdjective && m.Label == "WeaponSystem" && j+1 < len(d.mentions) && d.mentions[j+1].From == a.To &&
			d.mentions[j+1].Label == "Organization" && d.mentions[j+1].Kind == mName:
			setOwner(j + 1) // "the jets of the Chilean Air Force": the force, its demonym not yet part of its name
			return
		case a.From >= at:
			return
		}
	}
}

// sameWithoutInitials makes a person written with middle initials and
// without them one entity ("John R. Bolton" and "John Bolton"; "George W.
// Bush" is the lexicon's own): the key of the lexicon's form, else of the
// first written.
func (d *doc) sameWithoutInitials() {
	first := map[string]int{} // "john bolton" -> the mention whose key the name takes
	short := func(m *Mention) string {
		var words []string
		for i := m.From; i < m.To; i++ {
			t := d.toks[i]
			if i > m.From && i < m.To-1 && len(strings.TrimSuffix(t.Text, ".")) == 1 {
				continue // a middle initial
			}
			words = append(words, t.lower)
		}
		return strings.Join(words, " ")
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.Label != "Person" || m.Kind != mName || m.Key == "" || m.To-m.From < 2 {
			continue
		}
		s := short(m)
		j, ok := first[s]
		if !ok || m.lexical && !d.mentions[j].lexical {
			first[s] = k
		}
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.Label != "Person" || m.Key == "" || m.To-m.From < 2 {
			continue
		}
		if j, ok := first[short(m)]; ok && d.mentions[j].Key != m.Key {
			old := m.Key
			for i := range d.mentions {
				if d.mentions[i].Key == old {
					d.mentions[i].Key, d.mentions[i].Name = d.mentions[j].Key, d.mentions[j].Name
				}
			}
		}
	}
}

// samePlaceBare makes a place named with a head its name may drop
// (words.yaml bare_place_heads) and a place written as the bare name in
// the same article one entity, of the headed name's key: "the Tarvo
// district" ... "shelled posts near Tarvo", "Kessin State" ... "in
// Kessin, Vela and Mardel states". With two such heads ("Tarvo province",
// "Tarvo district") the first written takes the bare name.
func (x *Extractor) samePlaceBare(d *doc) {
	heads := x.lex.sets.barePlaceHeads
	headed := map[string]int{} // "tarvo" -> the first mention of "Tarvo district"
	for k, m := range d.mentions {
		if m.Label != "Location" || m.Kind != mName || m.Key == "" {
			continue
		}
		words := strings.Fields(strings.ToLower(m.Name))
		if len(words) < 2 || !heads.has(words[len(words)-1]) {
			continue
		}
		bare := strings.Join(words[:len(words)-1], " ")
		if _, ok := headed[bare]; !ok {
			headed[bare] = k
		}
	}
	if len(headed) == 0 {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.Label != "Location" || m.Kind != mName || m.Key == "" {
			continue
		}
		h, ok := headed[strings.ToLower(m.Name)]
		if !ok || d.mentions[h].Key == m.Key {
			continue
		}
		old, to := m.Key, d.mentions[h]
		country := to.Country
		if country == "" {
			country = m.Country // the gazetteer's state of "Tarvo" is the district's
		}
		for i := range d.mentions {
			if n := &d.mentions[i]; n.Key == old || n.Key == to.Key {
				n.Key, n.Name, n.Country = to.Key, to.Name, country
			}
		}
	}
}

// shipNamesakes makes every mention of a place the article also names as
// a warship after its class noun ("the corvette Tarvosk") that ship: a
// headline's "Tarvosk" or a later "the Tarvosk sank" is the ship, not
// the town it is named after.
func (x *Extractor) shipNamesakes(d *doc) {
	ships := map[string]int{}
	for k, m := range d.mentions {
		if m.Label == "WeaponSystem" && !m.Generic && x.afterVessel(d, m.sent, m.From) {
			if _, ok := ships[m.Name]; !ok {
				ships[m.Name] = k
			}
		}
	}
	if len(ships) == 0 {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if s, ok := ships[m.Name]; ok && m.Label == "Location" && m.Kind == mName {
			o := d.mentions[s]
			m.Label, m.Key, m.Country = o.Label, o.Key, ""
		}
	}
}

// oneWordPerson makes a person written by one word of no lexicon, never
// in full where it stands (a headline's "Anwar hosts talks", before
// "Anwar Ibrahim" is named), the one person of the article whose full
// name opens or ends with that word; with two such people ("Kim Jong Un",
// "Kim Yo Jong") or none, it stays as it was. A one-word place that only
// its context made one, no lexicon or gazetteer, is such a person too when
// it is the surname of one person named in full ("soldiers at Soto's
// residence" before "President Ana Soto"). A one-word name after a
// monarch's style is a given or regnal name, no one's surname ("Jordan's
// King Hussein" after "Saddam Hussein").
func (d *doc) oneWordPerson() {
	full := map[string]int{}      // key of a person written in full -> its first such mention
	single := map[string]string{} // key of a one-word person -> the word
	placed := map[string]bool{}   // keys of one-word places read by context alone
	styled := map[string]bool{}   // keys of one-word persons named with a monarch's style: no one's surname
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.Label == "Location" && m.Kind == mName && m.To-m.From == 1 && !m.lexical && m.source == "" && m.Key != "" {
			single[m.Key], placed[m.Key] = d.toks[m.From].Text, true
			continue
		}
		if m.Label != "Person" || m.Key == "" || m.Kind != mName {
			continue
		}
		if _, ok := full[m.Key]; !ok && m.To-m.From >= 2 {
			full[m.Key] = k
		} else if m.To-m.From == 1 && !m.lexical {
			single[m.Key] = d.toks[m.From].Text
			if k > 0 && d.mentions[k-1].To == m.From && d.mentions[k-1].sent == m.sent && d.regnalMention(k-1) {
				styled[m.Key] = true // "King Hussein" is no Saddam Hussein
			}
		}
	}
	for key := range placed {
		for k := range d.mentions {
			if m := &d.mentions[k]; m.Key == key && (m.Label != "Location" || m.lexical || m.source != "" || m.To-m.From != 1) {
				delete(single, key) // a place the lexicon or gazetteer names elsewhere stays a place
				break
			}
		}
	}
	keys := make([]string, 0, len(single))
	for key := range single {
		if _, ok := full[key]; !ok {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	for _, key := range keys {
		word, to := single[key], ""
		for fk, j := range full {
			ws := strings.Fields(d.mentions[j].Name)
			if ws[0] == word && !placed[key] || ws[len(ws)-1] == word && !styled[key] {
				if to != "" {
					to = "-" // two people share the word
					break
				}
				to = fk
			}
		}
		if to == "" || to == "-" {
			continue
		}
		f := d.mentions[full[to]]
		for i := range d.mentions {
			if d.mentions[i].Key == key {
				d.mentions[i].Key, d.mentions[i].Name, d.mentions[i].Country, d.mentions[i].Label = f.Key, f.Name, f.Country, f.Label
			}
		}
	}
}

// listWords reports whether toks[i:j] are only the commas and "and" that
// join the items of a list: ",", "and", ", and".
func (d *doc) listWords(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].Text != "," && d.toks[k].Text != "and" {
			return false
		}
	}
	return j > i
}

// laterNamedAgreement gives an agreement first written with a general
// head ("signed an agreement at Hillsborough", "its military
// intelligence-sharing agreement") the key of the agreement named with
// that head in capitals within three sentences of its latest mention,
// when that name is the next agreement the article mentions, was not
// mentioned before and opens its sentence after "The": "... signed an
// agreement on Friday. The Vorn-Tarvo Agreement, which ..." names the
// agreement just signed, one entity, not two. Not a dated one ("the 1965
// treaty" is an earlier text), nor a name inside a sentence ("it
// replaces the Tarvo Agreement" is another text).
func (d *doc) laterNamedAgreement() {
	first := map[string]int{} // key -> index of its first mention
	for k := range d.mentions {
		if key := d.mentions[k].Key; key != "" {
			if _, ok := first[key]; !ok {
				first[key] = k
			}
		}
	}
	for k := range d.mentions {
		g := &d.mentions[k]
		if g.Label != "Agreement" || !g.Generic || g.Kind != mName || first[g.Key] != k || strings.ContainsAny(g.Name, "0123456789") {
			continue
		}
		last := g.sent // the sentence of the general head's latest mention
		for j := k + 1; j < len(d.mentions) && d.mentions[j].sent <= last+3; j++ {
			n := &d.mentions[j]
			if n.Key == g.Key {
				last = n.sent
			}
			if n.Label != "Agreement" || n.Key == "" || n.Key == g.Key {
				continue
			}
			if !n.Generic && n.Kind == mName && first[n.Key] == j && d.namedAtOpening(n) && nameHoldsHead(n.Name, g.Head) {
				d.rekey(g.Key, n)
			}
			break
		}
	}
}

// namedAtOpening reports whether name mention n opens its sentence after
// "The" and capitalised words its name may leave out ("The General
// Security of ... Agreement").
func (d *doc) namedAtOpening(n *Mention) bool {
	i := d.sents[n.sent].From
	if n.From <= i || d.lw(i) != "the" {
		return false
	}
	for k := i + 1; k < n.From; k++ {
		if d.toks[k].Kind != Word || !d.toks[k].Capitalized() {
			return false
		}
	}
	return true
}

// rekey gives every mention keyed key the key and name of mention a.
func (d *doc) rekey(key string, a *Mention) {
	for k := range d.mentions {
		if m := &d.mentions[k]; m.Key == key {
			m.standFor(a)
		}
	}
}
