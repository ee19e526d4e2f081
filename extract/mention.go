package extract

import (
	"strings"

	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/schema/dict"
)

// mentionKind tells how a mention names its entity.
type mentionKind uint8

const (
	mName        mentionKind = iota // a name or a lexicon phrase
	mAdjective                      // a demonym: "Russian"
	mTitle                          // an office: "Defence Minister"
	mPronoun                        // he, its, him
	mDescription                    // "the project", "the airline"
	mImplied                        // what a name implies without naming it: the country of "the Kremlin"
)

// Mention is a stretch of one sentence that refers to an entity.
// Invariant: toks[From:To] are the mention's tokens.
type Mention struct {
	From, To int
	Label    string
	Key      string // entity id; empty until resolved for pronouns and descriptions
	Name     string // canonical name
	Kind     mentionKind
	Country  string // alpha-3 of the state the thing belongs to, from the lexicon or a demonym
	Generic  bool
	Arg      bool // may be a relation's source or target
	Title    *schema.Title
	Owner    int    // index of the mention that owns it ("Iran's" in "Iran's nuclear program"), or -1
	Head     string // the head noun it was introduced with, for definite descriptions ("airline")
	Sort     string // the lexicon's sub-kind of an organization: "armed-group", "company"
	concept  string // program or weapon concept, for keys
	source   string // "gazetteer" or "dictionary" when a field-scale dictionary named it
	role     *dict.Role
	home     string // a Phoenix person's one state (dictHome), "" if none or several
	lexical  bool   // named by a lexicon entry
	sent     int
}

var pronouns = map[string]string{
	"he": "Person", "him": "Person", "his": "Person", "she": "Person", "her": "Person",
	"it": "Actor", "its": "Actor", "i": "Speaker", "me": "Speaker", "my": "Speaker",
	"they": "Plural", "their": "Plural", "them": "Plural", "we": "Plural", "our": "Plural",
}

var determiners = set{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "your": true, "some": true, "any": true}

// followers are the lower-case words that may follow a weapon or program
// phrase without making it a modifier of a longer noun phrase.
var followers = set{"and": true, "or": true, "in": true, "to": true, "from": true, "of": true, "on": true, "at": true,
	"by": true, "for": true, "with": true, "that": true, "which": true, "is": true, "are": true, "was": true,
	"were": true, "will": true, "would": true, "could": true, "can": true, "has": true, "have": true, "had": true,
	"as": true, "than": true, "into": true, "near": true, "could't": true, "may": true, "might": true, "must": true,
	"should": true, "but": true, "be": true, "been": true, "being": true, "across": true, "along": true,
	"against": true, "aimed": true, "capable": true, "based": true, "stationed": true, "deployed": true,
	"under": true, "over": true, "within": true, "there": true, "this": true, "so": true, "if": true, "because": true,
	"hit": true, "struck": true, "said": true, "say": true, "since": true, "while": true, "when": true, "after": true,
	"before": true, "during": true, "till": true, "until": true, "not": true, "also": true, "already": true, "now": true,
	"outside": true, "inside": true, "around": true, "off": true, "beyond": true, "toward": true, "towards": true,
	"through": true, "amid": true, "between": true, "among": true, "who": true, "whom": true, "whose": true, "where": true}

// findMentions finds the mentions of one sentence, left to right, longest
// first, without overlaps.
func (x *Extractor) findMentions(d *doc, si int) {
	s := d.sents[si]
	first := len(d.mentions)
	if d.header.credits[si] {
		return // "By Jane Roe": writers, not actors
	}
	for i := s.From; i < s.To; {
		n := x.mentionAt(d, si, i)
		if n <= 0 {
			n = 1
		}
		i += n
	}
	x.eponymPrograms(d, first)
	x.eponymBodies(d, first)
	x.attachAdjectives(d, first)
	x.compoundArgs(d, first) // compound.go
	x.placeModifiers(d, first)
}

// placeModifiers keeps a place that modifies another place's description
// out of the sentence's arguments and owners: "the Black Sea port of
// Odesa" names Odesa, "the Ukrainian Black Sea port" does not place the
// sea in Ukraine (cityOf reads the phrase), "the Red Sea port of Hodeidah"
// names the port.
func (x *Extractor) placeModifiers(d *doc, first int) {
	for k := first; k+1 < len(d.mentions); k++ {
		m, n := &d.mentions[k], &d.mentions[k+1]
		if m.Label != "Location" || m.Kind != mName || n.Kind != mName {
			continue
		}
		if n.Label == "Facility" && n.From == m.To && n.From+2 < n.To && !d.toks[n.From].Capitalized() && d.lw(n.From+1) == "of" {
			m.Arg, m.Owner = false, -1 // "the Red Sea port of Hodeidah" (a facility of the lexicon)
			continue
		}
		if n.Label != "Location" || n.From-m.To < 2 || n.From-m.To > 3 {
			continue
		}
		i := m.To
		for i < n.From-1 && d.toks[i].Kind == Word && !d.toks[i].Capitalized() {
			i++ // "port", "port city"
		}
		head := d.toks[n.From-2].lower
		if i == n.From-1 && d.lw(i) == "of" && (x.lex.sets.placeHeads.has(head) || x.lex.sets.cues.descriptors[head] == "Location") {
			m.Arg, m.Owner = false, -1
		}
	}
}

// mentionAt adds the mention that starts at toks[i], if any, and returns
// how many tokens it covers.
func (x *Extractor) mentionAt(d *doc, si, i int) int {
	lx := x.lex
	toks := d.toks
	end := d.sents[si].To
	t := toks[i]
	lower := t.lower
	add := func(m Mention) int {
		m.sent, m.Owner = si, -1
		if m.Name == "" {
			m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
		}
		d.mentions = append(d.mentions, m)
		return m.To - m.From
	}

	if t.Kind == Punct {
		return 1
	}
	if n := x.allOpensName(d, si, i); n > 0 {
		return n // "the All Kestrel Monks' Alliance"
	}
	if _, ok := pronouns[lower]; ok && !(lower == "i" && t.Text != "I") {
		return add(Mention{From: i, To: i + 1, Kind: mPronoun, Arg: true, Head: lower})
	}

	if n := x.nicknamed(d, i, end, add); n > 0 {
		return n // President Jorge "Coco" Vela: the lexicon's Jorge Vela
	}
	if x.prefixedName(d, i, end) {
		return x.addName(d, si, i, add) // "RAF Croughton": not the Royal Air Force
	}
	if n := x.outletName(d, i, end); n > 0 {
		return x.addOrganizationName(d, i, n, add)
	}
	if n := x.mastheadPlace(d, si, i); n > 0 {
		return x.addOrganization(d, Mention{From: i, To: i + n, Sort: "media"}, add) // "Civil Kestrelia" above the headline
	}
	if n := x.broadcasterName(d, si, i); n > 0 {
		return x.addOrganization(d, Mention{From: i, To: i + n, Sort: "media"}, add) // "told Radio Ñandutí", "Swiss Radio International"
	}
	e, n := lx.match(toks, i, end)
	if k, ok := x.articleNamesake(d, i, e, n); ok {
		m := d.mentions[k]
		return add(Mention{From: i, To: i + 1, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
	}
	if x.wordBodyName(d, i, end, e, n) {
		return x.addName(d, si, i, add) // "the Treasury Police", "the Congress Party": no Treasury, no Congress
	}
	if k := x.outletEdition(d, si, i, e, n); k > 0 {
		return add(Mention{From: i, To: i + k, Label: e.label, Key: e.key, Name: e.name, Country: e.country, Arg: true, Sort: e.sort, lexical: true}) // "Al-Ahram Weekly"
	}
	if k := x.otherStateBody(d, si, i, e, n); k > 0 {
		c, _ := lx.match(toks, i+n+1, end)
		return x.addOrganization(d, Mention{From: i, To: i + k, Country: c.country, Head: toks[i+n-1].lower}, add) // "People's Liberation Army of Kestrelia": Kestrelia's
	}
	if e != nil && e.sort == familySort && i+n < end && toks[i+n].Kind == Word && toks[i+n].Capitalized() {
		return x.addName(d, si, i, add) // "Arrow Electronics", "Dongfeng Motor": a longer name, no weapon family
	}
	if n := x.placeOutlet(d, si, i, e, n); n > 0 {
		return x.addOrganization(d, Mention{From: i, To: i + n, Sort: "media"}, add) // "The Chilean newspaper", "the Africa 24 radio station"
	}
	if k, ok := d.known[t.Text]; ok && acronym(t.Text) && d.mentions[k].Key != "" && (!d.mentions[k].lexical || x.otherAcronym(d, i, end, d.mentions[k].Key)) {
		// "the Multinational Security Support (MSS) mission" ... "the MSS":
		// the article's own acronym, not the lexicon's body of that name;
		// so too after a name the lexicon knows ("the armed forces of
		// Peru (AFP)" is no news agency)
		m := d.mentions[k]
		return add(Mention{From: i, To: i + 1, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
	}
	if n := x.royalInstitution(d, i, end); n > 0 {
		return x.addOrganizationName(d, i, n, add)
	}
	if n := x.ordinalUnit(d, i, end); n > 0 {
		return x.addOrganizationName(d, i, n, add) // "the 82nd Airborne Division", "the army's 5th Corps"
	}
	if n := x.cardinalName(d, si, i, end); n > 0 {
		return x.addOrganizationName(d, i, n, add) // "the 88 Generation Students group", "the 5 Star Movement"
	}
	if to, plural := x.community(d, i, e, n); to > 0 {
		// "Turkish Cypriots", "the Bosnian Serb leader": a people of one
		// state living in another, an actor of its own
		name := d.text[toks[i].Start:toks[to-1].End()]
		return add(Mention{From: i, To: to, Label: "Organization", Key: "organization:" + slug(plural), Name: name, Arg: true})
	}
	if e != nil && (e.label == "Location" || e.kind == kindCapital) && e.kind != kindAdjective && x.placeNamesAgreement(d, si, i, n, lx.sets.placeAgreementHeads) ||
		e != nil && e.label == "Organization" && e.kind == kindName && e.sort == "international" && x.placeNamesAgreement(d, si, i, n, lx.sets.bodyAgreementHeads) {
		// "the Tarvosk accords": the agreement reached there, no mention of
		// the town; "the Union State treaty": the body's treaty
		name := d.text[toks[i].Start:toks[i+n].End()]
		return add(Mention{From: i, To: i + n + 1, Label: "Agreement", Key: "agreement:" + slug(name), Name: name, Arg: true, Head: toks[i+n].lower})
	}
	if e != nil && n == 1 && acronym(t.Text) && (e.label == "Program" || e.label == "Agreement" || e.label == "WeaponSystem") && x.kindNounAfter(d, i+1, end) {
		// "the official MAP news agency", "the START party": an
		// organization's kind noun after a lexicon acronym of a scheme,
		// a treaty or a weapon makes it an organization of that name
		return x.addName(d, si, i, add)
	}
	if e != nil && e.label == "Location" && x.afterVessel(d, si, i) {
		return x.addName(d, si, i, add) // "the corvette Tarvosk": a ship named after a town
	}
	if e != nil && e.label == "Location" && e.kind == kindName && n == 1 && x.placeModel(d, si, i) {
		return x.addName(d, si, i, add) // "Milan anti-tank missiles": a model named after a town
	}
	if e == nil && (lx.sets.regionWords[t.Text] || lx.sets.directions.has(t.Text)) {
		if n := x.countryRegion(d, si, i); n > 0 {
			return n
		}
	}
	if e != nil && e.label == "Country" && e.kind == kindAdjective && i > d.sents[si].From && toks[i-1].lower == "in" && x.endsPhrase(d, i+n, end) &&
		(i+n >= end || !toks[i+n].Capitalized() && !isHyphen(toks[i+n].Text)) {
		return n // "he replied in French": the language, no mention of the state
	}
	if e != nil && e.kind == kindTitle && d.clockBefore(si, i) {
		return n // "at 7:14 PM ET": the time of day, no prime minister
	}
	if e != nil && e.label == "Country" && n == 1 && d.currencyPrefix(i, end) {
		return n // "US$35 million", "A$20": the state's letters mark the money's dollar, no mention of the state
	}
	if e != nil && e.label == "Country" && (e.kind == kindName || e.kind == kindAdjective) && x.currencyAt(d, si, i, n) {
		return n + 1 // "three billion US dollars": the money, no mention of the state
	}
	if e != nil && e.kind == kindName && (e.label == "Location" || e.label == "Country") && i+n < end && x.unknownWord(toks[i+n]) {
		if j := x.nameEnd(d, i, end); x.kindNounAfter(d, j, end) || e.label == "Location" && j > i+n+1 && x.endsWith(d, i+n, j, lx.sets.orgHeads) && !x.nameGoesOn(d, j, end) {
			// "the Andes Builders and Engineers company", "the Tarvo
			// Intermediate People's Court": a place opens the body's name
			return x.addName(d, si, i, add)
		}
	}
	if n := x.stateBodyRun(d, si, i, e, n, add); n > 0 {
		return n // "the Zimbabwe National Army": the state's body, PART_OF it
	}
	if e != nil && e.kind == kindName && e.label == "Location" && i+n < end && !x.unknownWord(toks[i+n]) {
		if to := x.headedRun(d, i+n, end); to > i+n {
			// "the Vorn Military District": a place and words the lexicon
			// knows that end on an organization's head name a body there
			return x.addOrganizationName(d, i, to-i, add)
		}
	}
	if e != nil && e.kind == kindTitle && x.titleOffice(d, si, i, n) {
		// "the Prosecutor General's Office", "the President's Office": the
		// office of the post is a body, no title and no holder
		return x.addOrganizationName(d, i, n+2, add)
	}
	if e != nil && e.kind == kindTitle && x.titleInBody(d, si, i, n) {
		return x.addName(d, si, i, add) // "the General Border Committee": the title opens the body's name
	}
	if e != nil && e.kind == kindName && e.label == "Organization" && n > 1 && x.lex.sets.adjectiveBodies.has(toks[i+n-1].Text) && (x.weaponModifier(d, si, i+n) || x.titleFrom(d, si, i+n-1)) {
		// "U.S. military cargo planes", "the Moroccan military
		// commander, X": the state, no body
		e, n = lx.match(toks, i, i+n-1)
	}
	if e != nil && e.kind == kindBody && !x.bodyNounAt(d, si, i, n) {
		e, n = nil, 0 // "military operations": an adjective, no body
	}
	if e != nil && e.kind == kindBody && n >= 3 && toks[i+n-1].Capitalized() && x.ofListEnd(d, i, i+n, end) > 0 {
		// "the Ministry of Energy, Mines and Water": the body's "of"
		// list goes on past the state body the lexicon knows, one name
		return x.addName(d, si, i, add)
	}
	if e != nil && e.label == "WeaponSystem" && e.generic && i > d.sents[si].From && x.notWeaponMods[toks[i-1].lower] {
		e, n = nil, 0 // "fuel tanks"
	}
	// phrases built around common nouns can be longer than a lexicon match
	if n := x.headquartersOf(d, si, i, add); n > 0 {
		return n
	}
	if fn := x.weaponFacility(d, i, end); fn > 0 {
		// "rocket sites", "missile bases": where the weapons stand
		name := d.text[toks[i].Start:toks[i+fn-1].End()]
		return add(Mention{From: i, To: i + fn, Label: "Facility", Key: "facility:" + slug(name), Name: name, Generic: true,
			Arg: true, Head: toks[i+fn-1].lower})
	}
	if cn, label := x.chunk(d, i, end); cn > n {
		return x.addChunk(d, si, i, i+cn, label, add)
	}
	if e != nil && e.label == "Organization" && t.Text == "The" && n > 1 && i+n < end && toks[i+n].Kind == Word && toks[i+n].Capitalized() {
		return 1 // "The National Liberation Front" is no outlet "The National"
	}
	if e != nil && (e.label == "Organization" || e.label == "Agreement") && e.kind == kindName && i+n < end {
		// "the AfCFTA secretariat": a part of the organization named before it
		l, ok := lx.sets.cues.partHeads[toks[i+n].lower]
		if ok && toks[i+n].Capitalized() {
			ok = false
		}
		if ok {
			name := d.text[toks[i].Start:toks[i+n].End()]
			return add(Mention{From: i, To: i + n + 1, Label: l, Key: strings.ToLower(l) + ":" + slug(name), Name: name, Arg: true, Head: toks[i+n].lower})
		}
		if e.label == "Organization" {
			if to := x.bodyOfOrg(d, si, i, i+n); to > i+n {
				// "the ECOWAS Commission", "the UN Verification Mission": a body of it
				a := x.addOrganizationName(d, i, to-i, add)
				x.stateInName(d, si, i, to, add)
				return a
			}
		}
	}
	if e != nil && e.label == "Organization" && e.sort == "company" && e.kind == kindName && x.makerOfModel(d, si, i+n) {
		// "Kestrel Ka-52 helicopters": the maker opens the model's name
		return x.addName(d, si, i, add)
	}
	if e != nil && e.label == "Organization" && e.sort == "company" && e.kind == kindName {
		if c, cn := lx.match(toks, i+n, end); c != nil && c.label == "Country" && c.kind == kindName && x.endsPhrase(d, i+n+cn, end) {
			// "Kestrel Holdings Chile": the company's subsidiary in that state
			return x.addOrganization(d, Mention{From: i, To: i + n + cn, Sort: "company"}, add)
		}
	}
	if halfSides[t.Text] && i > d.sents[si].From && d.lw(i-1) == "the" && (i+1 >= end || !toks[i+1].Capitalized() && toks[i+1].Text != "-") {
		// "the North", "the South": one half of a divided state
		// (resolve.go dividedHalf); "the North Ossetian city", "the
		// South Pacific" are names
		return add(Mention{From: i, To: i + 1, Kind: mDescription, Label: "Country", Head: t.lower, Arg: true})
	}
	if e != nil && x.honoredName(d, si, i, n, e) {
		return x.addName(d, si, i, add) // "Mr Paris", "Mrs Kent": a person, not the place
	}
	if e != nil && e.label == "Organization" && e.sort == "party" && e.kind == kindName && i+n+1 < end && toks[i+n].Text == "of" {
		if c, cn := lx.match(toks, i+n+1, end); c != nil && c.label == "Country" && (c.kind == kindName || c.kind == kindAdjective) &&
			(i+n+1+cn >= end || toks[i+n+1+cn].Kind != Word || !toks[i+n+1+cn].Capitalized()) {
			// "the Democratic Party of Japan", "the Democratic Party of
			// Albanians": a party of that state or people, not the
			// lexicon's namesake
			return x.addOrganization(d, Mention{From: i, To: i + n + 1 + cn, Head: toks[i+n-1].lower, Sort: "party", Country: c.country}, add)
		}
	}
	if e != nil && e.kind == kindName && e.label == "Country" && i+n+2 < end && lx.bareBodies[toks[i+n].Text] && toks[i+n].Capitalized() &&
		toks[i+n+1].Text == "for" && toks[i+n+2].Kind == Word && toks[i+n+2].Capitalized() && !lx.sets.notNames[toks[i+n+2].Text] {
		// "the Lesotho Congress for Democracy": a state's name and a
		// body's short name opening a "for" complement name a party of
		// that state, not the lexicon's U.S. Congress
		return x.addOrganization(d, Mention{From: i, To: x.nameEnd(d, i+n+2, end), Head: toks[i+n].lower, Country: e.country}, add)
	}
	if e != nil && x.foreignNamesake(d, si, i, n, e) {
		// "the Peruvian Congress": Peru's, not the lexicon's U.S. Congress;
		// "the Malta Labour Party": Malta's, not Britain's
		a := d.mentions[len(d.mentions)-1]
		to := max(i+n, x.nameEnd(d, i, end)) // "the Indonesian Democratic Party of Struggle": the whole name
		return x.addOrganization(d, Mention{From: a.From, To: to, Country: a.Country, Sort: e.sort}, add) - (i - a.From)
	}
	if e != nil {
		if w := x.wholeName(d, si, i, n, e); w > n {
			return x.addName(d, si, i, add)
		}
		return x.addEntry(d, si, i, n, e, add)
	}
	if strings.EqualFold(t.Text, "resolution") && i+1 < end && toks[i+1].Kind == Number {
		return add(Mention{From: i, To: i + 2, Label: "Agreement", Key: "agreement:resolution-" + slug(toks[i+1].Text), Arg: true, Head: "resolution"})
	}
	if strings.EqualFold(t.Text, "resolution") && i+2 < end && (toks[i+1].Text == "No." || toks[i+1].Text == "no.") && toks[i+2].Kind == Number {
		// "resolution No. 1430/2019"
		to := i + 3
		for to+1 < end && toks[to].Text == "/" && toks[to+1].Kind == Number {
			to += 2
		}
		num := d.text[toks[i+2].Start:toks[to-1].End()]
		return add(Mention{From: i, To: to, Label: "Agreement", Key: "agreement:resolution-" + slug(num), Arg: true, Head: "resolution"})
	}
	if x.ideologyBeforeActor(d, si, i) {
		return 1 // "the Islamist movement": an adjective, the movement is the description
	}
	if t.Kind == Word && (t.Capitalized() || x.opensWithParticle(t)) {
		return x.addName(d, si, i, add)
	}
	if n := x.distributed(d, si, i, add); n > 0 {
		return n
	}
	if n := x.coordinatedWeapon(d, si, i, add); n > 0 {
		return n
	}
	if n := x.ledGroup(d, si, i, add); n > 0 {
		return n
	}
	if _, ok := lx.sets.memberSorts[lower]; ok && i > d.sents[si].From && memberDeterminers[d.lw(i-1)] {
		// "the rebels": the one armed group in view (resolve.go memberGroup)
		return add(Mention{From: i, To: i + 1, Kind: mDescription, Label: "Organization", Head: lower, Arg: true})
	}
	if h, ok := lx.sets.descriptions[lower]; ok && x.afterDeterminer(d, si, i) && !x.modifiesNoun(d, i, end) &&
		!(h == "Program" && x.broadcastBefore(d, max(i-3, d.sents[si].From), i)) &&
		!(h == "Country" && (d.lw(i-1) == "a" || d.lw(i-1) == "an")) { // "a state visit", "a state commission": no state referred to

		to := i + 1
		if i+2 < end && lx.sets.agreementHeads.has(lower+" "+d.lw(i+1)+" "+d.lw(i+2)) {
			to = i + 3 // "a memorandum of understanding": the head's own phrase
		}
		return add(Mention{From: i, To: to, Kind: mDescription, Label: h, Head: lower, Arg: true})
	}
	if i > d.sents[si].From && d.lw(i-1) == "the" && lx.sets.agreementHeads.has(lower) && !x.modifiesNoun(d, i, end) && x.namedAgreementHead(d, lower) {
		// "the declaration" after "the Joint Declaration of Peace":
		// resolveDescription takes only that name back
		return add(Mention{From: i, To: i + 1, Kind: mDescription, Label: "Agreement", Head: lower, Arg: true})
	}
	if lx.sets.voteHeads.has(lower) && x.afterDeterminer(d, si, i) {
		// "voted against the motion", "the Senate passed the bill": the
		// text voted on (resolveDescription: the one named with the noun,
		// or the text itself)
		return add(Mention{From: i, To: i + 1, Kind: mDescription, Label: "Agreement", Head: lower, Arg: true})
	}
	if i > d.sents[si].From && d.lw(i-1) == "the" && lx.sets.agreementEvents.has(lower) && !x.modifiesNoun(d, i, end) && (i+1 >= end || d.lw(i+1) != "of") {
		// "welcomed the signing": the agreement in view (resolveDescription)
		return add(Mention{From: i, To: i + 1, Kind: mDescription, Label: "Agreement", Head: lower, Arg: true})
	}
	if i > d.sents[si].From && d.in(i-1, lx.sets.agreementReached) && lx.sets.descriptions[lower] == "Agreement" && !x.modifiesNoun(d, i, end) && (i+1 >= end || d.lw(i+1) != "of") {
		// "the two sides reached agreement on ...": a deal made, unnamed
		// (words.yaml agreement_reached); "reached agreements" are none
		return add(Mention{From: i, To: i + 1, Label: "Agreement", Key: "agreement:" + lower, Name: lower, Generic: true, Head: lower, Arg: true})
	}
	return 1
}

// otherAcronym reports whether the lexicon knows the acronym at toks[i]
// as an entity other than key: the article's bracketed acronym of a name
// then names that name, not the lexicon's namesake.
func (x *Extractor) otherAcronym(d *doc, i, end int, key string) bool {
	e, n := x.lex.match(d.toks, i, end)
	return e != nil && n == 1 && e.key != key
}

// foreignNamesake reports whether the lexicon's organization e, matched
// by the n words at toks[i] (capitalised and ending on an org_heads word,
// a body the lexicon gives one state: "Congress" for the U.S. Congress,
// "Labour Party" for Britain's), follows the demonym of another state,
// or that state's name before a name of two words or more: "the Peruvian
// Congress", "the Nepali Congress", "the Malta Labour Party" name a body
// of that state, not the lexicon's namesake.
func (x *Extractor) foreignNamesake(d *doc, si, i, n int, e *entry) bool {
	if e.label != "Organization" || e.kind != kindName || e.country == "" || !x.lex.sets.orgHeads[d.toks[i+n-1].Text] {
		return false
	}
	for j := i; j < i+n; j++ {
		if !d.toks[j].Capitalized() {
			return false
		}
	}
	k := len(d.mentions) - 1
	if k < 0 || i == d.sents[si].From {
		return false
	}
	a := d.mentions[k]
	return a.sent == si && a.To == i && (a.Kind == mAdjective || n > 1 && a.Kind == mName) && a.Label == "Country" && a.Country != "" && a.Country != e.country
}

// namedAgreementHead reports whether an agreement named before holds the
// agreement head noun head as a capitalised word of its name ("the Joint
// Declaration of Peace" for "declaration"). A head that is no general
// description of a deal (words.yaml description_heads: "the declaration",
// "the convention", "the protocol" may be any statement or custom) refers
// back only to such a name.
func (x *Extractor) namedAgreementHead(d *doc, head string) bool {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		if m := &d.mentions[k]; m.Label == "Agreement" && m.Kind == mName && nameHoldsHead(m.Name, head) {
			return true
		}
	}
	return false
}

// nameHoldsHead reports whether the name holds head, capitalised, as one of
// its words: "Joint Declaration of Peace and Friendship" holds "declaration".
func nameHoldsHead(name, head string) bool {
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, head) && w != strings.ToLower(w) {
			return true
		}
	}
	return false
}

// currencyAt reports whether the state's name or demonym at toks[i:i+n]
// names a currency (words.yaml currency_nouns) after an amount, an
// article or "in": "three billion US dollars", "the Chinese yuan", "paid
// in Canadian dollars"; not a verb after a subject ("Israel pounds Gaza").
func (x *Extractor) currencyAt(d *doc, si, i, n int) bool {
	toks := d.toks
	if i == d.sents[si].From || i+n >= d.sents[si].To {
		return false
	}
	next, prev := toks[i+n], toks[i-1]
	if next.Kind != Word || next.Capitalized() || !next.in(x.lex.sets.currencyNouns) {
		return false
	}
	return prev.Kind == Number || amountWords[prev.lower] || determiners[prev.lower] || prev.lower == "in"
}

// bodyNounAt reports whether the generic body matched at toks[i:i+n] is a
// noun there. Only the words.yaml adjective_bodies ("military") need the
// check: written in lower case (a capital makes it part of a name,
// "Military Operations") and followed by no word, or by one it does not
// modify in the parse ("Ghana's military said", not "military
// operations"; the tagger often calls the noun an adjective, so the
// relation decides).
func (x *Extractor) bodyNounAt(d *doc, si, i, n int) bool {
	if l := i + n - 1; x.lex.sets.adjectiveBodies.has(d.toks[l].Text) && x.weaponModifier(d, si, l+1) {
		return false // "U.S. military cargo planes": a modifier of the weapon, whatever the parse
	}
	if n != 1 || !d.in(i, x.lex.sets.adjectiveBodies) {
		return true
	}
	if d.toks[i].Text != d.toks[i].lower {
		return false
	}
	j, s := i+1, d.sents[si]
	if j >= s.To || d.toks[j].Kind != Word {
		return true
	}
	if i == s.From || !x.ownsBody(d, i) {
		return false // "military operations", "a military source": not worth a parse
	}
	p := x.parseOf(d, si)
	if p == nil {
		return false
	}
	w := p[i-s.From]
	return !(w.Head > i-s.From && (w.Deprel == "amod" || w.Deprel == "compound"))
}

// ledGroup adds the organization that a leader's compound names with a
// group noun at toks[i] (words.yaml compound_groups): "the Saudi-led
// coalition", "a Russian-led peacekeeping force" (at most two lower-case
// modifiers between). It is named from the leader on and starts after the
// participle, so that the compound relates the leader to it (MEMBER_OF)
// and the leader no longer acts for it. It returns the tokens covered, or
// 0.
func (x *Extractor) ledGroup(d *doc, si, i int, add func(Mention) int) int {
	c := x.lex.sets.compounds
	to := i + 1
	if to < d.sents[si].To && d.inPair(i, c.groups) {
		to++ // "task force"
	} else if !d.toks[i].in(c.groups) {
		return 0
	}
	p := i - 1
	for p > d.sents[si].From && i-p <= 2 && !c.leaders[d.lw(p)] {
		if t := d.toks[p]; t.Kind != Word || t.Capitalized() || determiners[t.lower] || followers[t.lower] {
			return 0
		}
		p--
	}
	if types, _ := d.compoundAt(p); types == nil || !c.leaders[d.lw(p)] {
		return 0
	}
	for k := len(d.mentions) - 1; k >= 0 && d.mentions[k].sent == si; k-- {
		if m := d.mentions[k]; m.To == p-1 && m.Key != "" && isActorMention(&m) {
			if n := d.ledGroupApposed(si, k); n >= 0 {
				o := d.mentions[n] // "Operation Alba, the Italian-led mission": the operation itself
				return add(Mention{From: p + 1, To: to, Label: o.Label, Key: o.Key, Name: o.Name, Arg: true, Head: d.toks[to-1].lower})
			}
			name := d.text[d.toks[m.From].Start:d.toks[to-1].End()]
			return add(Mention{From: p + 1, To: to, Label: "Organization", Key: "organization:" + slug(name), Name: name,
				Arg: true, Head: d.toks[to-1].lower})
		}
	}
	return 0
}

// ledGroupApposed returns the name of an organization or a program that
// the leader's compound whose leader is mentions[k] describes in
// apposition, the name ending right before a comma and an article that
// opens the compound: "Operation Alba, the Italian-led mission
// authorised by ..." and "the Kestrel Force, a Chilean-led coalition,"
// name the operation and the force, no new group. -1 if none.
func (d *doc) ledGroupApposed(si, k int) int {
	m := &d.mentions[k]
	det, comma := m.From-1, m.From-2
	if comma <= d.sents[si].From || d.toks[comma].Text != "," || !articles[d.lw(det)] {
		return -1
	}
	for n := k - 1; n >= 0 && d.mentions[n].sent == si; n-- {
		o := &d.mentions[n]
		if o.To == comma && o.Key != "" && o.Kind == mName && (o.Label == "Organization" || o.Label == "Program") {
			return n
		}
	}
	return -1
}

// titleFrom reports whether a lexicon title longer than one word starts at
// toks[k]: "military commander" in "the Indonesian military commander".
func (x *Extractor) titleFrom(d *doc, si, k int) bool {
	return x.titleAt(d, k, d.sents[si].To) > 1
}

// weaponModifier reports whether toks[j] is a weapon's noun, or a
// lower-case word before one, so that the word before it modifies the
// weapon: "military transport planes", "military jets".
func (x *Extractor) weaponModifier(d *doc, si, j int) bool {
	end := d.sents[si].To
	if j >= end || d.toks[j].Kind != Word || d.toks[j].Capitalized() {
		return false
	}
	weapon := func(w string) bool {
		_, class := x.lex.weaponClass[w] // "planes", "aircraft"
		return class || x.lex.sets.weaponHeads.has(w)
	}
	return weapon(d.toks[j].lower) || j+1 < end && d.toks[j+1].Kind == Word && !d.toks[j+1].Capitalized() && weapon(d.toks[j+1].lower)
}

// ownsBody reports whether the word before toks[i] may own a body there:
// a possessive ("Ghana's military"), a determiner ("the military") or a
// country's name or demonym ("the Pakistani military").
func (x *Extractor) ownsBody(d *doc, i int) bool {
	w := d.toks[i-1]
	if w.Text == "'s" || w.lower == "the" || w.lower == "its" || w.lower == "their" {
		return true
	}
	k := len(d.mentions) - 1
	return k >= 0 && d.mentions[k].To == i && d.mentions[k].Label == "Country"
}

// modifiesNoun reports whether the description head toks[i] is an
// agreement's modifier (words.yaml agreement_modifiers) written before
// the noun it modifies: "the ceasefire line", "the truce proposal" name
// no agreement, where "the ceasefire" and "the ceasefire agreed on" do.
func (x *Extractor) modifiesNoun(d *doc, i, end int) bool {
	return x.agreementMods[d.toks[i].lower] && !x.endsPhrase(d, i+1, end) && !participle(d, i+1, end)
}

// titleInBody reports whether the capitalised title matched at toks[i:i+n]
// opens the name of a body after a determiner or a demonym: capitalised
// words after it that end on an organization head ("the General Border
// Committee", "a Chilean Representative Office"), so no office is held
// there.
func (x *Extractor) titleInBody(d *doc, si, i, n int) bool {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if i <= from || !determiners[toks[i-1].lower] && !x.demonymAt(toks, i-1) || i+n >= end || toks[i+n].Kind != Word || !toks[i+n].Capitalized() {
		return false
	}
	for k := i; k < i+n; k++ {
		if !toks[k].Capitalized() {
			return false // "the leader of the opposition Kestrel Party": a lower-case title describes a person
		}
	}
	j := x.nameEnd(d, i, end)
	return j > i+n && x.endsWith(d, i, j, x.lex.sets.orgHeads) && !x.nameGoesOn(d, j, end)
}

// titleOffice reports whether the capitalised title matched at
// toks[i:i+n] is a possessive before a capitalised organization head
// (words.yaml org_heads) that ends the name: "the Prosecutor General's
// Office", "the Prime Minister's Office" name the post's body; not "the
// President's Office Building", nor a lower-case "the president's office".
func (x *Extractor) titleOffice(d *doc, si, i, n int) bool {
	toks := d.toks
	end := d.sents[si].To
	if i+n+1 >= end || !possessiveS(toks[i+n].Text) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !toks[k].Capitalized() {
			return false
		}
	}
	h := toks[i+n+1]
	return h.Kind == Word && x.lex.sets.orgHeads[h.Text] && (i+n+2 >= end || toks[i+n+2].Kind != Word || !toks[i+n+2].Capitalized())
}

// bodyOfOrg returns the end of the name of a body written after an
// organization's name that ends before toks[i]: capitalised words up to
// an organization head ("UN Verification Mission"), or one body head
// ("ECOWAS Commission"); with "in" + a country and an acronym in brackets
// after it, the country belongs to the name ("the UN Integrated Office in
// Haiti (BINUH)"), as it does after a bare mission's head, no name
// without it (words.yaml country_missions: "the UN Mission in Peru"; but
// "the UN Verification Mission" is named, in Peru), also with the state's
// "the" ("the UN Mission in the Philippines"). It returns i when there is no such body.
func (x *Extractor) bodyOfOrg(d *doc, si, org, i int) int {
	toks := d.toks
	end := d.sents[si].To
	s := &x.lex.sets
	if i >= end || toks[i].Kind != Word || !toks[i].Capitalized() {
		return i
	}
	j := x.nameEnd(d, i, end)
	mission := j-i == 1 && s.countryMissions[toks[i].Text] && j+1 < end && toks[j].Text == "in"
	if k := spelledWithOrg(d, org, j, end); k > j {
		return k // "the United Nations Office for West Africa and the Sahel (UNOWAS)"
	}
	if x.headOfWords(d, i, j, end) {
		return j // "the ECOWAS Authority of Heads of State and Government", "the NATO Council of Ministers"
	}
	if j-i > 3 || x.nameGoesOn(d, j, end) || !(j-i == 1 && (s.cues.bodyHeads[toks[i].Text] || mission) || j-i > 1 && x.endsWith(d, i, j, s.orgHeads)) {
		return i
	}
	if j+4 < end && toks[j].Text == "in" {
		c := j + 1
		if toks[c].lower == "the" {
			c++ // "the ECOWAS Mission in the Gambia (ECOMIG)": the state's article is the name's
		}
		if e, n := x.lex.match(toks, c, end); e != nil && e.label == "Country" && e.kind == kindName && (c+n+2 < end &&
			toks[c+n].Text == "(" && acronym(toks[c+1+n].Text) && toks[c+2+n].Text == ")" || mission) {
			return c + n
		}
	}
	return j
}

// spelledWithOrg returns the end of the body's name that goes on at
// toks[j] with capitalised words and joiners (nameJoiners) up to an
// acronym in brackets that spells the capitals of toks[org:] up to it
// (capitalInitials, an acronym among them whole), or an acronym written
// as a word that spells them (spellsTitleAcronym, "(Untac)"):
// "United Nations Office for West Africa" + "and the Sahel (UNOWAS)".
// Otherwise j.
func spelledWithOrg(d *doc, org, j, end int) int {
	toks := d.toks
	for k := j; k+2 < end && k < j+8; k++ {
		t := toks[k]
		if t.Text == "(" {
			if toks[k+2].Text == ")" && toks[k-1].Capitalized() && (acronym(toks[k+1].Text) && capitalInitials(toks[org:k], true) == toks[k+1].Text || spellsTitleAcronym(toks[org:k], toks[k+1].Text)) {
				return k
			}
			return j
		}
		if !nameWord(t) {
			return j
		}
	}
	return j
}

// headOfWords reports whether the name toks[i:j] is a body head, "of"
// and up to six words of its own: capitalised words no lexicon knows and
// the joiners between them, with no further capital after them
// ("Council of Ministers", "Authority of Heads of State and
// Government"), so that the body named after an organization takes them
// ("the NATO Council of Ministers"); "Council of Europe" names another.
func (x *Extractor) headOfWords(d *doc, i, j, end int) bool {
	toks := d.toks
	if j-i < 3 || j-i > 8 || !x.lex.sets.cues.bodyHeads[toks[i].Text] || toks[i+1].Text != "of" || !toks[j-1].Capitalized() ||
		j < end && toks[j].Kind == Word && toks[j].Capitalized() {
		return false
	}
	for k := i + 2; k < j; k++ {
		t := toks[k]
		if !nameWord(t) {
			return false
		}
		if e, _ := x.lex.match(toks, k, j); t.Capitalized() && e != nil && e.kind == kindName {
			return false // "Council of Europe"; a title's words ("of Ministers", "of Heads of State") are the body's
		}
	}
	return true
}

// placeNamesAgreement reports whether the place name of n tokens at
// toks[i] stands after "the" (and a year) and before a lower-case head of
// words.yaml place_agreement_heads that ends its noun phrase: "the Tarvosk
// accords", "the 1998 Vorn Kal framework," name an agreement by where it
// was reached. With heads (words.yaml body_agreement_heads) it reads an
// international body's name the same way: "the Union State treaty".
func (x *Extractor) placeNamesAgreement(d *doc, si, i, n int, heads list) bool {
	from, end := d.sents[si].From, d.sents[si].To
	j := i + n
	if j >= end || i-1 < from || d.toks[j].Capitalized() || !d.in(j, heads) {
		return false
	}
	if j+1 < end && d.toks[j+1].Kind == Word && !followers[d.toks[j+1].lower] && !x.finiteVerbAt(d, si, j+1) &&
		!(d.participle(j+1) && j+2 < end && followers[d.lw(j+2)]) {
		return false // "the Tarvosk process server": a modifier; "the Tarvosk accords signed by" is the agreement
	}
	k := i - 1
	if d.toks[k].Kind == Number && k-1 >= from {
		k-- // "the 1998 Tarvosk accords"
	}
	return d.lw(k) == "the"
}

// namedAfterOf reports whether "of" or "at" and a capitalised name follow
// at toks[j], naming the place a generic head introduces: "the South
// Korean port of Busan" is Busan, and "the Chilean air base at Vorn" is
// the base named Vorn, no facility of its own.
func (x *Extractor) namedAfterOf(d *doc, si, j int) bool {
	end := d.sents[si].To
	return j+1 < end && (d.toks[j].Text == "of" || d.toks[j].Text == "at") && d.toks[j+1].Kind == Word && d.toks[j+1].Capitalized()
}

// nameGoesOn reports whether a capitalised word or "of" + a capitalised
// word follows at toks[j], so that a body head before it is no name's end
// ("the NATO Council of Ministers").
func (x *Extractor) nameGoesOn(d *doc, j, end int) bool {
	if j < end && d.toks[j].Kind == Word && d.toks[j].Capitalized() {
		return true
	}
	if j+1 < end && d.toks[j].Text == "on" && (x.lex.sets.weekdays[d.toks[j+1].Text] || x.lex.sets.months[d.toks[j+1].Text]) {
		return false // "the OAS Permanent Council on Monday adopted": a date, not the name's
	}
	return j+1 < end && (d.toks[j].Text == "of" || d.toks[j].Text == "for" || d.toks[j].Text == "on") && d.toks[j+1].Capitalized()
}

// afterDeterminer reports whether a determiner opens the noun phrase that
// ends with toks[i]: "the council", "the 15-nation council", "the
// Iran-backed group" (a compound and its party count as one word).
func (x *Extractor) afterDeterminer(d *doc, si, i int) bool {
	from := d.sents[si].From
	for j := i - 1; j >= from && j >= i-3; j-- {
		if types, _ := d.compoundAt(j); types != nil {
			j -= 2 // the party's last word
			for j > from && d.toks[j-1].Capitalized() && d.toks[j-1].End()+1 == d.toks[j].Start {
				j-- // "Saudi Arabia-led"
			}
			i = j + 1 // the window opens before the party
			continue
		}
		w := d.toks[j].lower
		if determiners[w] {
			return true
		}
		if d.toks[j].Kind == Punct || d.toks[j].Capitalized() && !x.ideologyBeforeActor(d, si, j) || followers[w] {
			return false
		}
	}
	return false
}

// ideologyBeforeActor reports whether toks[i] is a capitalised word of an
// ideology ("Islamist", "Maoist", "Marxist": a word ending in "-ist"
// that the lexicon does not know) between a determiner and a lower-case
// actor's description noun (words.yaml description_heads: "the Islamist
// movement", "the Maoist rebels"): an adjective of the description,
// which stands for the group in view, not an organization's name.
func (x *Extractor) ideologyBeforeActor(d *doc, si, i int) bool {
	toks := d.toks
	t := toks[i]
	if t.Kind != Word || len(t.lower) < 6 || !strings.HasSuffix(t.lower, "ist") || // the cheap tests first: most words end otherwise
		i+1 >= d.sents[si].To || i == d.sents[si].From || !t.Capitalized() || !determiners[toks[i-1].lower] {
		return false
	}
	n := toks[i+1]
	if n.Kind != Word || n.Capitalized() || x.lex.sets.descriptions[n.lower] != "Organization" && x.lex.sets.memberSorts[n.lower] == "" {
		return false
	}
	e, _ := x.lex.match(toks, i, d.sents[si].To)
	return e == nil
}

// struckPlace reports whether toks[i] follows a noun of striking and its
// preposition (words.yaml strike_nouns: "the assault on Tripoli", "the
// shelling of Damascus", "airstrikes against Sanaa"): a capital there is
// the city struck, not its government.
func (x *Extractor) struckPlace(d *doc, si, i int) bool {
	if i-2 < d.sents[si].From {
		return false
	}
	switch d.toks[i-1].lower {
	case "on", "of", "against":
		return x.lex.strikeNouns[d.toks[i-2].lower]
	}
	return false
}

// nicknamed adds, at toks[i], a person the lexicon knows written with a
// nickname in double quotes after the given name (`Jorge "Coco" Vela`,
// `Joaquín "El Chapo" Guzmán`): the given name, the quoted nickname of
// one or two capitalised words and the rest of the lexicon's name are one
// mention of that person, not an unknown "Jorge" beside the lexicon's
// Vela. It returns the mention's length in tokens, 0 when toks[i] opens
// no such name.
func (x *Extractor) nicknamed(d *doc, i, end int, add func(Mention) int) int {
	toks := d.toks
	if i+4 >= end || toks[i].Kind != Word || !toks[i].Capitalized() || !quoteOf(toks[i+1].Text).opens || !quoteOf(toks[i+1].Text).double {
		return 0
	}
	k := i + 2
	for k < end && k < i+4 && toks[k].Kind == Word && toks[k].Capitalized() {
		k++
	}
	if k == i+2 || k+1 >= end || !quoteOf(toks[k].Text).closes || !quoteOf(toks[k].Text).double {
		return 0
	}
	rest := append([]Token{toks[i]}, toks[k+1:end]...)
	e, n := x.lex.match(rest, 0, len(rest))
	if e == nil || e.label != "Person" || e.kind != kindName || n < 2 {
		return 0
	}
	return add(Mention{From: i, To: k + n, Label: e.label, Key: e.key, Name: e.name, Country: e.country,
		Arg: true, Sort: e.sort, lexical: true, Owner: -1})
}

// addEntry adds a lexicon match of n tokens at i.
func (x *Extractor) addEntry(d *doc, si, i, n int, e *entry, add func(Mention) int) int {
	toks := d.toks
	if e.label == "Person" && n > 1 {
		if t, tn := x.lex.match(toks, i, i+n-1); t != nil && t.kind == kindTitle && t.title != nil && t.title.State && !x.givenName(toks[i].Text) {
			// "King Salman", a person the lexicon names with a state's
			// title: the title is read on its own, as before any name,
			// and gives his office; not a title that is also a given
			// name ("Amir"), nor one that is no state's ("Sheikh Hasina")
			x.addEntry(d, si, i, tn, t, add)
			x.addEntry(d, si, i+tn, n-tn, e, add)
			return n
		}
	}
	m := Mention{From: i, To: i + n, Label: e.label, Key: e.key, Name: e.name, Country: e.country,
		Generic: e.generic, Arg: true, Sort: e.sort, lexical: true, Owner: -1}
	if e.label == "Person" && e.kind == kindName && n > 1 && x.secondSurname(d, si, i+n) {
		m.To++ // "Claudia Sheinbaum Pardo": the same person, no "Pardo"
	}
	switch e.kind {
	case kindAdjective:
		m.Kind, m.Arg = mAdjective, false
	case kindSeat:
		// the institution that sits there, PART_OF its country (seatOf)
		m.Label, m.Key, m.Name = "Organization", "organization:"+slug(e.place), e.place
		if n == 1 && !x.afterDeterminer(d, si, i) && (x.afterPlacePrep(d, si, i) || x.capitalAsPlace(d, si, i, n) || x.afterVisit(d, si, i)) {
			// "talks in Putrajaya": a seat that is a town of its own, named
			// without "the", is the town where its capital's would be
			m.Label, m.Key = "Location", "location:"+slug(e.place)
		}
	case kindCapital:
		// "shelled Kyiv"; not a noun before a relative clause's subject: "a
		// bombing Lima has blamed on ..." (Lima speaks for Peru)
		struck := i > d.sents[si].From && x.lex.strikeForms[toks[i-1].lower] && !(i-2 >= d.sents[si].From && determiners[toks[i-2].lower]) ||
			x.struckPlace(d, si, i)
		if (x.afterPlacePrep(d, si, i) || x.capitalAsPlace(d, si, i, n) || x.afterVisit(d, si, i) || x.dateline(d, si, i, n) || struck || d.placeConjunct(si, i)) && !(i+n < len(toks) && toks[i+n].Text == "'s") {
			m.Label, m.Key, m.Name = "Location", "location:"+slug(e.place), e.place
		} else if o := x.lex.capitalActors[strings.ToLower(e.place)]; o != nil && !datelineCaps(d, si, i, n, true) {
			// "Brussels warned Budapest": the European Union, not Belgium
			m.Label, m.Key, m.Name, m.Country, m.Sort = o.label, o.key, o.name, o.country, o.sort
		}
	case kindTitle:
		m.Kind, m.Arg, m.Title, m.Label, m.Key = mTitle, false, e.title, "", ""
		m.Name = e.name
	case kindBody:
		// "Foreign Ministry" is a body of whichever state is named with it
		m.Key = "" // resolved by attachAdjectives or the following "of X"
		m.Head = toks[i+n-1].lower
		m.concept = slug(e.name)
	}
	if e.label == "Organization" && e.country != "" && n > 1 && e.sort != "armed-group" {
		// "U.S. Treasury Department": the country it names is a mention too;
		// not in an armed group's name ("Syrian Democratic Forces"), which
		// is no part of that state
		for cn := n - 1; cn > 0; cn-- {
			if c, k := x.lex.match(toks, i, i+cn); c != nil && k == cn && c.label == "Country" && c.country == e.country {
				add(Mention{From: i, To: i + cn, Label: "Country", Key: c.key, Name: c.name, Country: c.country, Kind: mAdjective})
				break
			}
		}
	}
	if e.label == "Organization" && x.facilityHeadAt(d, i+n, d.sents[si].To) {
		// "Iraqi military bases": the body's name modifies a facility
		m.Label, m.To = "Facility", i+n+1
		m.Name = d.text[toks[i].Start:toks[m.To-1].End()]
		m.Key, m.Generic, m.Sort, m.lexical = "facility:"+slug(m.Name), true, "", false
		return add(m)
	}
	if e.label == "Organization" && i+n+1 < d.sents[si].To && strings.EqualFold(toks[i+n].Text, "resolution") && toks[i+n+1].Kind == Number {
		// "United Nations Security Council resolution 2259": the body that
		// adopted it is named too, no argument of the sentence's verbs
		// (namedAuthor relates them)
		body := m
		body.To, body.Arg = i+n, false
		add(body)
		return add(Mention{From: i, To: i + n + 2, Label: "Agreement", Key: "agreement:resolution-" + slug(toks[i+n+1].Text), Arg: true, Head: "resolution"})
	}
	if e.label == "WeaponSystem" && !e.generic {
		// "THAAD anti-missile system", "Patriot missiles": one mention
		v := modelVariant(toks, m.To, d.sents[si].To) // "Tomahawk Block V cruise missiles"
		m.To += v
		if cn, label := x.chunk(d, m.To, d.sents[si].To); cn > 0 && label == "WeaponSystem" {
			m.To += cn
		} else if v > 0 && m.To < d.sents[si].To {
			if g, gn := x.lex.match(toks, m.To, d.sents[si].To); g != nil && g.label == "WeaponSystem" && g.generic && !toks[m.To].Capitalized() && x.endsPhrase(d, m.To+gn, d.sents[si].To) {
				m.To += gn // "an SM-3 Block IIA interceptor"
			}
		}
		if m.To < d.sents[si].To && toks[m.To].Text == "(" && m.To+2 < d.sents[si].To && toks[m.To+2].Text == ")" {
			if cn, label := x.chunk(d, m.To+3, d.sents[si].To); cn > 0 && label == "WeaponSystem" {
				m.To += 3 + cn // "Terminal High Altitude Area Defense (THAAD) system"
			}
		}
	}
	if e.label == "Location" || e.label == "Country" && e.kind != kindAdjective {
		// "Isfahan uranium conversion facility"
		if fn := x.facilityTail(d, si, m.To, d.sents[si].To); fn > 0 && !(e.label == "Country" && (x.namedAfterOf(d, si, m.To+fn) || e.kind != kindCapital && toks[m.To+fn-1].in(x.lex.sets.postHeads))) {
			// "the U.S. embassy", like "the French embassy", is the state's
			// post abroad (a body of it), not a facility in the state
			if e.label == "Location" && e.kind == kindName || e.kind == kindCapital {
				// "a Baghdad airport": Baghdad is named too, and the airport lies in it
				place := m
				if e.kind == kindCapital {
					place.Label, place.Key, place.Name = "Location", "location:"+slug(e.place), e.place
				}
				place.sent = si
				m.Owner = len(d.mentions)
				d.mentions = append(d.mentions, place)
			}
			m.Label, m.To = "Facility", m.To+fn
			if k := len(d.mentions) - 1; k >= 0 && i-2 >= d.sents[si].From && isHyphen(toks[i-1].Text) && d.mentions[k].To == i-1 &&
				d.mentions[k].Label == "Country" && toks[i-1].Start == toks[i-2].End() {
				m.From = d.mentions[k].From // "the Chile-Peru gas pipeline" joins both states
			}
			m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
			m.Key = "facility:" + slug(m.Name)
			m.Country = e.country
		}
	}
	if e.label == "Country" && e.kind == kindAdjective && i > d.sents[si].From && determiners[toks[i-1].lower] {
		// "an Iraqi air base": a facility in the country, which is named too;
		// but "the U.S. embassy" is the state's post abroad
		if fn := x.facilityTail(d, si, m.To, d.sents[si].To); fn > 0 && !toks[m.To+fn-1].in(x.lex.sets.postHeads) && !x.namedAfterOf(d, si, m.To+fn) {
			place := m
			place.sent = si
			name := d.text[toks[i].Start:toks[m.To+fn-1].End()]
			f := Mention{From: i, To: m.To + fn, Label: "Facility", Key: "facility:" + slug(name), Name: name, Generic: true,
				Arg: true, Head: toks[m.To+fn-1].lower, Owner: len(d.mentions) + 1, sent: si}
			d.mentions = append(d.mentions, f, place)
			return f.To - f.From
		}
	}
	if e.generic && e.kind == kindName {
		if a, ok := x.apposedTo(d, si, i); ok {
			o := d.mentions[a] // "the Patriot, an air defence system"
			m.Label, m.Key, m.Name, m.Generic = o.Label, o.Key, o.Name, o.Generic
		}
	}
	k := len(d.mentions)
	owner := m.Owner
	added := add(m)
	if owner >= 0 {
		d.mentions[k].Owner = owner
	}
	if e.label == "Person" && x.dict != nil {
		// a lexicon person the Phoenix dictionary knows: its dated role
		for _, a := range x.dict.Actors(e.name) {
			if r := officeRole(&a, d.header.published); a.Label == "Person" && r != nil && r.Holds(d.header.published) {
				d.mentions[k].source, d.mentions[k].role = "dictionary", r
				x.impliedCountry(d, k, r.Country)
				break
			}
		}
	}
	if e.kind == kindSeat {
		// the Kremlin is PART_OF Russia (ownerRelation), named or not
		if c, ok := x.lex.countries[e.country]; ok {
			d.mentions[k].Owner = len(d.mentions)
			d.mentions = append(d.mentions, Mention{From: m.From, To: m.To, Label: c.label, Key: c.key, Name: c.name,
				Country: c.country, Kind: mImplied, Owner: -1, sent: si})
		}
	}
	if m.Label == "Person" || m.Label == "Organization" {
		x.learnAliases(d, k)
	}
	return added
}

// secondSurname reports whether toks[k], right after a person's full
// name the lexicon knows, is one more surname of that name ("President
// Claudia Sheinbaum Pardo said"): a capitalised word that no
// lexicon entry, given name, common word, month or weekday is, ending
// the run of capitalised words (a possessive may follow). Otherwise it
// would be read as a second person.
func (x *Extractor) secondSurname(d *doc, si, k int) bool {
	end := d.sents[si].To
	if k >= end || !x.unknownWord(d.toks[k]) || isAllCaps(d.toks[k].Text) || x.givenName(d.toks[k].Text) || x.dict == nil || x.dict.CommonWord(d.toks[k].lower) ||
		x.lex.sets.months[d.toks[k].Text] || x.lex.sets.weekdays[d.toks[k].Text] || x.lex.sets.particles[d.toks[k].lower] {
		return false
	}
	return k+1 >= end || !(d.toks[k+1].Kind == Word && d.toks[k+1].Capitalized()) && !isHyphen(d.toks[k+1].Text)
}

// afterPlacePrep reports whether the words before toks[i] make it a place:
// "in Moscow", "at the Kremlin".
func (x *Extractor) afterPlacePrep(d *doc, si, i int) bool {
	j := i - 1
	if j >= d.sents[si].From && strings.EqualFold(d.toks[j].Text, "the") {
		j--
	}
	return j >= d.sents[si].From && d.in(j, x.lex.sets.placePreps)
}

// placeConjunct reports whether toks[i] follows "and" or "or" after a
// place named in the same sentence: "in Lima and Quito", "visited Tarvo
// and Lima" name two cities, and so does a capital joined to them. The
// place before is the last mention found, whose own reading (a preposition,
// a verb of visiting) made it one.
func (d *doc) placeConjunct(si, i int) bool {
	if i-1 <= d.sents[si].From || d.toks[i-1].lower != "and" && d.toks[i-1].lower != "or" || len(d.mentions) == 0 {
		return false
	}
	m := d.mentions[len(d.mentions)-1]
	return m.sent == si && m.To == i-1 && m.Label == "Location"
}

// dateline reports whether the n tokens at toks[i] open a dateline: a
// place at the start of a paragraph before a comma and a date or before an
// agency in brackets ("VILNIUS, July 10 (Reuters) -", "Washington, 3
// February 2024 (AP)"), or a place in capitals before a dash ("KYIV --
// Ukraine said ...").
func (x *Extractor) dateline(d *doc, si, i, n int) bool {
	if datelineCaps(d, si, i, n, false) {
		return true
	}
	if i != d.sents[si].From || !d.toks[i].NewlineBefore && i > 0 || i+n+1 >= d.sents[si].To {
		return false
	}
	next, after := d.toks[i+n], d.toks[i+n+1]
	return next.Text == "(" || next.Text == "," && (after.Kind == Number || x.monthAt(d, i+n+1))
}

// datelineCaps reports whether the n tokens at toks[i] open sentence
// si's paragraph in capitals before a dateline's mark: with colon false a
// dash, a word at least following it ("KYIV --", "ABU DHABI -": dateline,
// dashDateline); with colon true a colon, a digest's dateline ("BRUSSELS:
// Belgium has sent troops"), where the city the report comes from stands
// for its own state, as the other capitals there do, not for a body
// seated in it (no European Union). The one model of a paragraph's
// dateline in capitals; lexicon.go capsDateline is its coarser form for
// one raw token, before there are sentences.
func datelineCaps(d *doc, si, i, n int, colon bool) bool {
	s := d.sents[si]
	if i != s.From || !d.toks[i].NewlineBefore && i > 0 || i+n >= s.To {
		return false
	}
	if next := d.toks[i+n]; colon {
		if next.Text != ":" {
			return false
		}
	} else if i+n+1 >= s.To || next.Kind != Punct || !strings.ContainsAny(next.Text, "-—–") {
		return false
	}
	return isAllCaps(d.text[d.toks[i].Start:d.toks[i+n-1].End()])
}

// monthAt reports whether toks[k] names a month: a month's name or its
// abbreviation (names.yaml months), also written without its dot before
// a day's number as some agencies write it ("Nov 12", "Sept 3"); a bare
// "Jan" or "Mar" before no number may be a name.
func (x *Extractor) monthAt(d *doc, k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	w := d.toks[k].Text
	return x.lex.sets.months[w] || k+1 < len(d.toks) && d.toks[k+1].Kind == Number && x.lex.sets.months[w+"."]
}

// afterVisit reports whether toks[i] is the object of a verb of visiting
// or of a two-word travel phrase: "visited Kyiv", "travelled to Kyiv",
// "a trip to Kyiv" are the city.
func (x *Extractor) afterVisit(d *doc, si, i int) bool {
	if i == d.sents[si].From {
		return false
	}
	for _, c := range x.cuesOf(d, i-1) {
		if x.lex.relTypes[c.Type].PlaceObject && c.verb && len(c.words) == 1 {
			return true
		}
	}
	if i-2 < d.sents[si].From {
		return false
	}
	for _, c := range x.cuesOf(d, i-2) {
		if x.lex.relTypes[c.Type].PlaceObject && len(c.words) == 2 && c.words[1] == d.toks[i-1].lower {
			return true
		}
	}
	return false
}

// facilityTail returns how many tokens from i form "[modifiers] head" of a
// facility: "nuclear power plant". A lower-case word after the head ends
// the facility only when it is a follower, an -ing participle or a finite
// verb of the clause ("the Kestrel temple killed", "the Vorn dam lies"),
// not a noun the head modifies ("the embassy building").
func (x *Extractor) facilityTail(d *doc, si, i, end int) int {
	s := &x.lex.sets
	best := 0
	for j := i; j < end && j < i+5; j++ {
		if d.toks[j].Capitalized() {
			break // "Isfahan nuclear plant", not "U.S. Terminal High Altitude Area Defense"
		}
		w := d.toks[j].lower
		if j+1 < end && d.inPair(j, s.facilityHeads) {
			best = j + 2 - i
			break
		}
		if d.in(j, s.facilityHeads) {
			best = j + 1 - i
			if j+1 < end && (d.in(j+1, s.facilityHeads) || x.facilityMods[d.toks[j+1].lower]) {
				continue
			}
			break
		}
		if !x.facilityMods[w] {
			break
		}
	}
	if best > 0 && i+best < end {
		next := d.toks[i+best]
		if next.Kind == Word && !next.Capitalized() && !followers[strings.ToLower(next.Text)] && !x.participleAfter(d, i+best, end) &&
			!x.finiteVerbAt(d, si, i+best) {
			return 0
		}
		if next.lower == "of" && i+best+1 < end && d.toks[i+best+1].Capitalized() && s.cues.descriptors[d.toks[i+best-1].lower] == "Location" {
			return 0 // "the Russian port of Tartus" names the place (cityOf)
		}
	}
	return best
}

// finiteVerbAt reports whether the parse of sentence si tags toks[j] a
// finite verb (past or present tense): "the Kestrel temple killed" ends the
// facility's name at "temple".
func (x *Extractor) finiteVerbAt(d *doc, si, j int) bool {
	p := x.parseOf(d, si)
	k := j - d.sents[si].From
	if p == nil || k < 0 || k >= len(p) || p[k].UPOS != "VERB" {
		return false
	}
	switch p[k].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// participleAfter reports whether toks[j] is an -ing participle that
// follows a noun phrase, before a name, a number or a determiner: "an
// Iraqi air base housing U.S. troops" (not "the embassy building in").
func (x *Extractor) participleAfter(d *doc, j, end int) bool {
	if j+1 >= end || !strings.HasSuffix(d.toks[j].lower, "ing") {
		return false
	}
	next := d.toks[j+1]
	return next.Capitalized() || next.Kind == Number || determiners[next.lower]
}

// chunk recognizes a weapon, program or agreement phrase built around a
// common noun at toks[i:]: "anti-aircraft missile systems", "nuclear
// weapons program", "maritime border agreement". It returns its length
// and label.
func (x *Extractor) chunk(d *doc, i, end int) (int, string) {
	s := &x.lex.sets
	toks := d.toks
	if i >= end || toks[i].Kind != Word {
		return 0, ""
	}
	lw := func(j int) string { return toks[j].lower }
	// in asks token j's list bits (Token.in), not the list's map: chunk
	// runs at every token of the text
	in := func(j int, l list) bool { return toks[j].in(l) }
	// program: modifiers then a program head
	j := i
	for j < end && (in(j, s.programMods) || in(j, s.weaponMods)) {
		j++
	}
	if n, label := x.describedThing(d, i, end); n > 0 {
		return n, label
	}
	if j > i && j < end && in(j, s.programHeads) {
		return j + 1 - i, "Program"
	}
	// agreement: modifiers then an agreement head, past capitalised
	// common words of its name before them ("a Comprehensive Strategic
	// Partnership treaty")
	j = i
	for j < end && x.commonCapital(toks[j]) && !in(j, s.agreementHeads) && x.lex.startsNone(toks, j, end) {
		j++
	}
	named := j > i
	for j < end && x.agreementMods[lw(j)] {
		j++
	}
	if j > i && j < end && in(j, s.agreementHeads) && !(named && toks[j].Capitalized()) {
		n := j + 1 - i
		if j+2 < end && s.agreementHeads.has(lw(j)+" "+lw(j+1)+" "+lw(j+2)) {
			n += 2 // memorandum of understanding
		}
		return n, "Agreement"
	}
	// weapon: modifiers and heads, ending on a head
	j, lastHead := i, -1
	for j < end && (in(j, s.weaponMods) || in(j, s.weaponHeads)) {
		if in(j, s.weaponHeads) {
			lastHead = j
		}
		j++
	}
	if j > i && lastHead < j-1 && j < end && x.misspeltWeapon(lw(j)) != "" {
		lastHead = j // "cruise missles"
	}
	if lastHead < 0 || !x.endsPhrase(d, lastHead+1, end) && !participleAfterPlural(d, lastHead, end) {
		return 0, ""
	}
	n := lastHead + 1 - i
	if n == 1 && !in(i, s.standaloneWeapons) {
		return 0, ""
	}
	return n, "WeaponSystem"
}

// endsPhrase reports whether a noun phrase may end before toks[j]: the
// next token is punctuation, a capitalised word, or a function word, not a
// noun the phrase would modify ("missile technology").
func (x *Extractor) endsPhrase(d *doc, j, end int) bool {
	if j >= end {
		return true
	}
	t := d.toks[j]
	return t.Kind != Word || t.Capitalized() || followers[t.lower]
}

// addChunk adds a weapon, program or agreement phrase toks[i:j]. A suffix
// that names a lexicon class ("missile defence system") gives the key.
func (x *Extractor) addChunk(d *doc, si, i, j int, label string, add func(Mention) int) int {
	surface := d.text[d.toks[i].Start:d.toks[j-1].End()]
	m := Mention{From: i, To: j, Label: label, Name: surface, Generic: true, Arg: true,
		Head: d.toks[j-1].lower}
	for k := i; k < j; k++ {
		if e, n := x.lex.match(d.toks, k, j); e != nil && k+n == j && e.label == label {
			m.Key, m.concept = e.key, e.key
			if !e.generic {
				m.Generic = false
			}
			break
		}
	}
	if h := x.misspeltWeapon(d.toks[j-1].lower); label == "WeaponSystem" && h != "" {
		// "cruise missles" is keyed as the cruise missiles it means
		fixed := d.text[d.toks[i].Start:d.toks[j-1].Start] + h
		if e := x.lex.matchWhole(fixed); e != nil && e.label == label {
			m.Key, m.concept, m.Generic = e.key, e.key, e.generic
		} else {
			m.Key = "weaponsystem:" + slug(fixed)
			m.concept = m.Key
		}
	}
	if m.Key == "" {
		m.concept = strings.ToLower(label) + ":" + slug(surface)
		if label == "Program" {
			m.concept = "program:" + programConcept(d, i, j)
		}
		m.Key = m.concept
	}
	if label == "Agreement" {
		m.Generic = false
	}
	if k, ok := x.apposedTo(d, si, i); ok {
		// "the EastMed pipeline, a joint project of ...": the name's thing
		a := d.mentions[k]
		m.Label, m.Key, m.Name, m.Generic, m.concept = a.Label, a.Key, a.Name, a.Generic, a.concept
		return add(m)
	}
	if label == "Organization" {
		// "an international coalition" after "the Global Coalition" is that body
		for k := len(d.mentions) - 1; k >= 0; k-- {
			if a := d.mentions[k]; a.Label == "Organization" && a.Key != "" && a.Kind == mName && strings.HasSuffix(strings.ToLower(a.Name), " "+m.Head) {
				m.Key, m.Name, m.Generic = a.Key, a.Name, a.Generic
				break
			}
		}
	}
	return add(m)
}

// programConcept names the class of a program phrase so that "nuclear
// weapons program" and "nuclear programme" of one owner are one program.
func programConcept(d *doc, i, j int) string {
	words := strings.ToLower(d.text[d.toks[i].Start:d.toks[j-1].End()])
	switch {
	case strings.Contains(words, "nuclear") || strings.Contains(words, "atomic"):
		if strings.Contains(words, "power") {
			return "nuclear-power-program"
		}
		return "nuclear-program"
	case strings.Contains(words, "missile") || strings.Contains(words, "rocket"):
		return "missile-program"
	}
	return slug(words)
}

// participleAfterPlural reports whether the plural noun toks[h] is followed
// by a participle that opens a reduced relative clause, which ends the
// noun phrase: "missiles targeting US troops", "drones carrying explosives",
// or by a verb in the past, the clause's, after it: "Helicopters dropped
// troops onto the island", "drones struck" is left to the lexicon.
func participleAfterPlural(d *doc, h, end int) bool {
	if h+1 >= end || !strings.HasSuffix(d.toks[h].lower, "s") {
		return false
	}
	w := d.toks[h+1].lower
	return d.toks[h+1].Kind == Word && !d.toks[h+1].Capitalized() && (len(w) > 5 && strings.HasSuffix(w, "ing") || len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// distributed adds one organization per name of a list that a plural head
// shares: "the House's committees on Foreign Affairs, Intelligence, and
// Oversight and Reform" names the House Committee on Foreign Affairs, the
// House Committee on Intelligence and the House Committee on Oversight and
// Reform. The owner before the head ("the House's", "the Senate") opens
// each name. It returns the tokens covered, or 0 when toks[i] is no plural
// organization head followed by "on", "of" or "for" and a capitalised name.
func (x *Extractor) distributed(d *doc, si, i int, add func(Mention) int) int {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	w := toks[i].lower
	if toks[i].Kind != Word || !strings.HasSuffix(w, "s") || i+2 >= end || !toks[i+2].Capitalized() {
		return 0
	}
	head := titleCase(strings.TrimSuffix(w, "s"))
	if strings.HasSuffix(w, "ies") {
		if h := titleCase(strings.TrimSuffix(w, "ies") + "y"); x.lex.sets.orgHeads[h] {
			head = h // ministries
		}
	}
	prep := toks[i+1].lower
	if !x.lex.sets.orgHeads[head] || prep != "on" && prep != "of" && prep != "for" {
		return 0
	}
	owner, ownerText := -1, ""
	j := i - 1
	if j >= from && toks[j].Text == "'s" {
		j--
	}
	if k := len(d.mentions) - 1; k >= 0 && d.mentions[k].sent == si && d.mentions[k].To == j+1 && d.mentions[k].Label == "Organization" {
		owner, ownerText = k, d.text[toks[d.mentions[k].From].Start:toks[j].End()]
	} else if j >= from && toks[j].Capitalized() && toks[j].Kind == Word && j > from {
		// "the House's committees": a body no mention holds
		o := j
		for o > from && o > j-2 && toks[o-1].Capitalized() && toks[o-1].Kind == Word {
			o--
		}
		ownerText = d.text[toks[o].Start:toks[j].End()]
	}
	items := x.conjuncts(d, i+2, end)
	if len(items) < 2 {
		return 0
	}
	for _, it := range items {
		if w := toks[it[0]].Text; x.lex.sets.notNames[w] || x.lex.sets.months[w] || x.givenName(w) {
			return 0 // "the committees on Monday and Tuesday", "the forces of Khalifa Haftar and ..."
		}
		if e, _ := x.lex.match(toks, it[0], it[1]); e != nil && (e.label == "Country" || e.label == "Location" || e.label == "Person") {
			return 0 // "the companies of Russia and China" are no bodies named for a field
		}
	}
	for _, it := range items {
		name := head + " " + prep + " " + d.text[toks[it[0]].Start:toks[it[1]-1].End()]
		if ownerText != "" {
			name = ownerText + " " + name
		}
		m := Mention{From: it[0], To: it[1], Label: "Organization", Key: "organization:" + slug(name), Name: name,
			Arg: true, Head: strings.ToLower(head)}
		item := d.text[toks[it[0]].Start:toks[it[1]-1].End()]
		forms := []string{name}
		if ownerText != "" {
			forms = append(forms, ownerText+" "+item+" "+head) // "House Foreign Affairs Committee"
		}
		for _, f := range forms {
			ft := tokenize(f, x.lex.abbrev)
			e, n := x.lex.match(ft, 0, len(ft))
			if e == nil || e.label != "Organization" {
				continue
			}
			if e.kind == kindBody {
				return 0 // "the ministries of Defence and Finance" need their country
			}
			if n == len(ft) {
				m.Key, m.Name, m.Country, m.lexical = e.key, e.name, e.country, true
				break
			}
		}
		add(m)
		if owner >= 0 {
			d.mentions[len(d.mentions)-1].Owner = owner
		}
	}
	return items[len(items)-1][1] - i
}

// conjuncts splits the list of capitalised names that starts at toks[i]
// into [from, to) token ranges: "Foreign Affairs, Intelligence, and
// Oversight and Reform" (after a serial comma the last item runs to the
// end of the list), "Defence and Finance". Lower-case words other than
// "and", "or", "of" and "the" end the list.
func (x *Extractor) conjuncts(d *doc, i, end int) [][2]int {
	toks := d.toks
	var items [][2]int
	start, serial := i, false
	j := i
	for ; j < end; j++ {
		t := toks[j]
		switch {
		case t.Kind == Word && t.Capitalized():
			continue
		case t.Text == "," && j+1 < end && (toks[j+1].Capitalized() || toks[j+1].lower == "and" || toks[j+1].lower == "or"):
			if j > start {
				items = append(items, [2]int{start, j})
			}
			if toks[j+1].lower == "and" || toks[j+1].lower == "or" {
				serial = true
				j++
			}
			start = j + 1
			continue
		case (t.lower == "and" || t.lower == "or") && t.Text == t.lower && j+1 < end && toks[j+1].Capitalized():
			if serial {
				continue // "and Oversight and Reform"
			}
			if j > start {
				items = append(items, [2]int{start, j})
			}
			start = j + 1
			continue
		case (t.lower == "of" || t.lower == "the") && t.Text == t.lower && j > start && j+1 < end && toks[j+1].Capitalized():
			continue
		}
		break
	}
	if j > start && toks[j-1].Capitalized() {
		items = append(items, [2]int{start, j})
	}
	return items
}

// misspeltWeapon returns the weapon head (six letters or more) that the
// lower-case word w misspells by one letter ("missles" for "missiles"),
// or "" when w is a head, an English word or no such misspelling. The
// caller reads it only after a weapon modifier ("cruise missles").
func (x *Extractor) misspeltWeapon(w string) string {
	s := &x.lex.sets
	if len(w) < 5 || s.weaponHeads.has(w) || s.weaponMods.has(w) || x.dict != nil && x.dict.CommonWord(w) {
		return ""
	}
	best := ""
	for h := range s.weaponHeads.set {
		if len(h) >= 6 && !strings.Contains(h, " ") && h[0] == w[0] && oneEdit(h, w) && (best == "" || h < best) {
			best = h // the least, so that map order does not matter
		}
	}
	return best
}

// coordinatedWeapon adds the weapon head toks[i] written in the singular
// or the plural beside a weapon it is coordinated with: "mortar and shell
// manufacturer" names shells as well as mortars. Only the heads that name
// a weapon on their own (standalone_weapons) count, keyed by their plural.
// It returns 1, or 0 when toks[i] is no such word.
func (x *Extractor) coordinatedWeapon(d *doc, si, i int, add func(Mention) int) int {
	s := &x.lex.sets
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if toks[i].Kind != Word || toks[i].Capitalized() {
		return 0
	}
	w := toks[i].lower
	plural := w
	if !toks[i].in(s.standaloneWeapons) {
		plural = w + "s"
		if !s.standaloneWeapons.has(plural) {
			return 0
		}
	}
	coordinated := false
	if i-1 > from && (toks[i-1].lower == "and" || toks[i-1].lower == "or") {
		k := len(d.mentions) - 1
		coordinated = k >= 0 && d.mentions[k].sent == si && d.mentions[k].To == i-1 && d.mentions[k].Label == "WeaponSystem"
	}
	if !coordinated && i+2 < end && (toks[i+1].lower == "and" || toks[i+1].lower == "or") {
		e, _ := x.lex.match(toks, i+2, end)
		n, label := x.chunk(d, i+2, end)
		coordinated = e != nil && e.label == "WeaponSystem" || n > 0 && label == "WeaponSystem"
	}
	if !coordinated {
		return 0
	}
	return add(Mention{From: i, To: i + 1, Label: "WeaponSystem", Key: "weaponsystem:" + slug(plural), Generic: true, Arg: true, Head: w})
}

// apposedTo returns the named thing that a phrase starting at toks[i]
// stands in apposition to: "Nord Stream 2, a gas pipeline under the
// Baltic" describes Nord Stream 2, "the Patriot, an air defence system"
// the Patriot. The phrase must follow the name, a comma and a determiner.
func (x *Extractor) apposedTo(d *doc, si, i int) (int, bool) {
	from := d.sents[si].From
	j := i - 1
	if j >= from && determiners[d.toks[j].lower] {
		j--
	}
	if j <= from || j == i-1 || d.toks[j].Text != "," {
		return 0, false
	}
	k := len(d.mentions) - 1
	if k < 0 || d.mentions[k].sent != si || d.mentions[k].To != j || d.mentions[k].Key == "" || d.mentions[k].Kind != mName {
		return 0, false
	}
	switch d.mentions[k].Label {
	case "Facility", "Program", "Organization", "WeaponSystem", "Agreement":
		return k, !d.mentions[k].Generic
	}
	return 0, false
}

// facilityHeadAt reports whether toks[i] is a lower-case facility head,
// singular or plural, that ends its noun phrase: "bases" in "Iraqi
// military bases", not "base" in "base rate".
func (x *Extractor) facilityHeadAt(d *doc, i, end int) bool {
	if i >= end || d.toks[i].Kind != Word || d.toks[i].Capitalized() {
		return false
	}
	w := d.toks[i].lower
	heads := x.lex.sets.facilityHeads
	return (d.in(i, heads) || heads.has(strings.TrimSuffix(w, "s"))) && (x.endsPhrase(d, i+1, end) || isAdverbOfTime(d.toks[i+1].lower))
}

// royalInstitution returns the length of an institution's name that a
// royal's possessive opens at toks[i] (words.yaml royal_possessives):
// capitalised words after "King's" that end on an organization head, or
// on such a head and one capitalised word of its seat ("King's College
// London", "Queen's University Kestrel"), or 0. The royal is no title of a
// person there, nor the seat a place of its own.
func (x *Extractor) royalInstitution(d *doc, i, end int) int {
	toks := d.toks
	if i+2 >= end || !x.lex.sets.royalPossessives[toks[i].Text] || !possessiveS(toks[i+1].Text) ||
		toks[i+2].Kind != Word || !toks[i+2].Capitalized() {
		return 0
	}
	j := i + 2
	for j < end && j < i+7 && toks[j].Kind == Word && toks[j].Capitalized() {
		j++
	}
	if heads := x.lex.sets.orgHeads; heads[toks[j-1].Text] || j-1 > i+2 && heads[toks[j-2].Text] {
		return j - i
	}
	return 0
}

// outletName returns the length of a broadcaster's name at toks[i]: a
// capitalised media word (words.yaml outlet_prefixes) and the name of a
// state or a place the lexicon knows, which ends the name ("told Radio
// Kestrelia", "Television Peru reported"), or 0. "Radio" and "Peru" would
// otherwise be an outlet and a state of their own.
func (x *Extractor) outletName(d *doc, i, end int) int {
	if !x.lex.sets.outletPrefixes[d.toks[i].Text] || i+1 >= end {
		return 0
	}
	e, n := x.lex.match(d.toks, i+1, end)
	if e == nil || (e.label != "Country" && e.label != "Location") || (e.kind != kindName && e.kind != kindCapital) {
		return 0
	}
	if k := i + 1 + n; k < end && d.toks[k].Kind == Word && d.toks[k].Capitalized() {
		return 0 // "Radio France Internationale": a longer name
	}
	return n + 1
}

// modelVariant returns 2 when "Block" and a variant's number follow a
// named weapon model at toks[j] ("Tomahawk Block V", "SM-3 Block IIA",
// "Block 1B"): the model's variant, the same model; else 0.
func modelVariant(toks []Token, j, end int) int {
	if j+1 >= end || toks[j].Text != "Block" || toks[j+1].Kind != Word && toks[j+1].Kind != Number {
		return 0
	}
	w := toks[j+1].Text
	digits := strings.TrimRight(w, "ABCD")
	if digits == "" {
		return 0
	}
	if strings.Trim(digits, "IVX") == "" || strings.Trim(digits, "0123456789") == "" {
		return 2
	}
	return 0
}

// prefixedName reports whether toks[i] is a name prefix (name_cues.prefixes)
// that a lexicon also knows as a name, followed by a capitalised word that
// the lexicon does not know: "RAF Croughton" is an air station, where
// "RAF" alone is the Royal Air Force.
func (x *Extractor) prefixedName(d *doc, i, end int) bool {
	s := &x.lex.sets
	if _, ok := s.cues.prefixes[d.toks[i].Text]; !ok || i+1 >= end || !d.toks[i+1].Capitalized() || d.toks[i+1].Kind != Word || s.notNames[d.toks[i+1].Text] {
		return false
	}
	if e, n := x.lex.match(d.toks, i, end); e != nil && n > 1 {
		return false // "Sierra Leone": the lexicon knows the whole name
	}
	e, _ := x.lex.match(d.toks, i+1, end)
	return e == nil
}

// countryRegion reads a direction before a country's name, capitalised
// ("Northern Syria", "Eastern Ukraine"; words.yaml region_words) or
// lower-case ("southern Lebanon", "north-eastern Syria"; words.yaml
// directions), that the lexicon does not know as a name of its own ("North
// Korea" is one): a Location, LOCATED_IN the country, which is named too.
// After a lower-case direction the country stays the argument and the
// region is a node of its own. It returns the tokens covered, or 0.
func (x *Extractor) countryRegion(d *doc, si, i int) int {
	end := d.sents[si].To
	c, n := x.lex.match(d.toks, i+1, end)
	if c != nil && d.toks[i].Capitalized() && (c.label == "Location" && c.kind == kindName || c.kind == kindCapital) {
		return x.cityPart(d, si, i, c, n)
	}
	if c == nil || c.label != "Country" || c.kind != kindName {
		return 0
	}
	to := i + 1 + n
	if to < end && (d.toks[to].Text == "'s" || d.toks[to].Capitalized() && d.toks[to].Kind == Word) {
		return 0 // "Eastern Ukraine's", "Western Sahara Authority"
	}
	name := d.text[d.toks[i].Start:d.toks[to-1].End()]
	// one node for "south Lebanon" and "southern Lebanon", "eastern DRC" and
	// "Eastern Congo": the key is the direction's adjective and the country
	dir := strings.ReplaceAll(d.toks[i].lower, "-", "")
	if dir != "central" && !strings.HasSuffix(dir, "ern") {
		dir += "ern"
	}
	// a lower-case direction only describes where in the country: the
	// country stays the argument ("shelling in eastern Ukraine" hits Ukraine)
	// and that it lies there is not stated but known (no LOCATED_IN)
	lower := !d.toks[i].Capitalized()
	kind, owner := mImplied, len(d.mentions)+1
	if lower {
		kind, owner = mName, -1
	}
	d.mentions = append(d.mentions,
		Mention{From: i, To: to, Label: "Location", Key: "location:" + slug(dir+" "+c.name), Name: name, Arg: !lower, Head: strings.ToLower(c.name), Owner: owner, sent: si},
		Mention{From: i + 1, To: to, Label: "Country", Key: c.key, Name: c.name, Country: c.country, Kind: kind, Arg: lower, Owner: -1, sent: si})
	return to - i
}

// cityPart reads a capitalised direction before a town's or region's name
// the lexicon knows, not as a name of its own, as one place, a part of
// the town: "the Member for East Honiara", "in North Vela" (one Location,
// no direction left over as a name; a capital is the town here, not its
// state). It returns the tokens covered, or 0.
func (x *Extractor) cityPart(d *doc, si, i int, c *entry, n int) int {
	end := d.sents[si].To
	to := i + 1 + n
	if to < end && (d.toks[to].Text == "'s" || d.toks[to].Capitalized() && d.toks[to].Kind == Word) || i > d.sents[si].From && d.lw(i-1) == "the" {
		return 0 // "East Vela's", "North Vela Province", "the South Vela" (a name's own words)
	}
	if x.dictPlace(d, si, i, to, true) != nil {
		return 0 // "West Darfur": the gazetteer knows the whole name
	}
	place := c.name
	if c.kind == kindCapital {
		place = c.place
	}
	name := d.text[d.toks[i].Start:d.toks[to-1].End()]
	d.mentions = append(d.mentions,
		Mention{From: i, To: to, Label: "Location", Key: "location:" + slug(name), Name: name, Arg: true, Head: strings.ToLower(place), Owner: -1, sent: si})
	return to - i
}

// weaponFacility returns the length of a facility named by the weapons it
// holds: lower-case weapon words (a weapon head or a generic weapon class
// among them) and a facility head that ends the phrase: "air-defence
// depots", "missile bases", "a drone factory". 0 if toks[i:] is none.
func (x *Extractor) weaponFacility(d *doc, i, end int) int {
	j, last := x.weaponWords(d, i, end, end-i)
	if j == i {
		return 0
	}
	weapon := last >= 0
	if e, n := x.lex.match(d.toks, i, j); e != nil && e.label == "WeaponSystem" && e.generic && i+n == j {
		weapon = true // "air-defence"
	}
	if !weapon || !x.facilityHeadAt(d, j, end) {
		return 0
	}
	return j + 1 - i
}

// headquartersOf reads "the headquarters of" an organization the lexicon
// knows, written as its name or as a demonym and a state body ("raided
// the headquarters of the Chilean Navy in Valparaiso"): a Facility
// spanning the phrase, so that "in Valparaiso" places it, with the
// organization's own mentions inside it. It returns the tokens covered, or
// 0.
func (x *Extractor) headquartersOf(d *doc, si, i int, add func(Mention) int) int {
	toks := d.toks
	end := d.sents[si].To
	if toks[i].lower != "headquarters" || toks[i].Capitalized() || i+2 >= end || toks[i+1].lower != "of" {
		return 0
	}
	j := i + 2
	if toks[j].lower == "the" {
		j++
	}
	e, n := x.lex.match(toks, j, end)
	if e == nil || e.label == "Organization" && j+n < end && toks[j+n].Kind == Word && toks[j+n].Capitalized() {
		return 0 // "the headquarters of the UN Operation in Chad": a longer name the match only opens
	}
	var parts []int // the lexicon matches inside: [start, length] pairs
	switch {
	case e.label == "Organization" && e.kind != kindBody:
		parts = []int{j, n}
	case e.label == "Country" && e.kind == kindAdjective:
		b, bn := x.lex.match(toks, j+n, end)
		if b == nil || b.kind != kindBody || !toks[j+n].Capitalized() {
			return 0
		}
		parts = []int{j, n, j + n, bn}
	default:
		return 0
	}
	to := parts[len(parts)-2] + parts[len(parts)-1]
	name := d.text[toks[i].Start:toks[to-1].End()]
	add(Mention{From: i, To: to, Label: "Facility", Key: "facility:" + slug(name), Name: name, Arg: true, Head: "headquarters"})
	for p := 0; p < len(parts); p += 2 {
		pe, _ := x.lex.match(toks, parts[p], end)
		x.addEntry(d, si, parts[p], parts[p+1], pe, add)
	}
	return to - i
}

// addOrganizationName adds toks[i:i+n] as one organization's name, its
// words read as no other entity ("Radio Kestrelia", "the King's Academy":
// outletName, royalInstitution), and learns the aliases the article gives
// it.
func (x *Extractor) addOrganizationName(d *doc, i, n int, add func(Mention) int) int {
	return x.addOrganization(d, Mention{From: i, To: i + n}, add)
}

// addOrganization adds toks[m.From:m.To] as one organization's name with
// the head, sort and country the template m gives (the head is the name's
// last word unless m names another: "the Democratic Party of Japan" is
// headed by "Party"), and learns the aliases the article gives it.
func (x *Extractor) addOrganization(d *doc, m Mention, add func(Mention) int) int {
	toks := d.toks
	m.Name = d.text[toks[m.From].Start:toks[m.To-1].End()]
	m.Label, m.Key, m.Arg = "Organization", "organization:"+slug(m.Name), true
	if m.Head == "" {
		m.Head = toks[m.To-1].lower
	}
	k := len(d.mentions)
	a := add(m)
	x.learnAliases(d, k)
	return a
}

// clockBefore reports whether the capitalised abbreviation at toks[i]
// follows a clock time, a number of digits with a colon or dot ("7:14",
// "7.14") or an hour of one or two digits ("11"; "7:14" may be tokenized
// "7", ":", "14"): a title's abbreviation there is the time's "PM" ("at
// 7:14 PM ET", "at 11 PM"), no office.
func (d *doc) clockBefore(si, i int) bool {
	if i-1 < d.sents[si].From {
		return false
	}
	t := d.toks[i-1]
	if t.Kind != Number || strings.ToUpper(d.toks[i].Text) != d.toks[i].Text {
		return false
	}
	switch rest := strings.Trim(t.Text, "0123456789"); rest {
	case ":", ".":
		return true
	case "":
		return len(t.Text) <= 2
	}
	return false
}

// community reports whether the state's name or demonym e (n tokens at
// toks[i]) is followed, one space apart, by the people's name of another
// state, a one-word demonym of the lexicon in the plural ("Turkish
// Cypriots", "Kosovo Albanians") or in the singular before a title
// ("the Bosnian Serb leader"): the two name a people of one state living
// in or kin to another, a community that acts on its own (GUIDE: groups
// as actors), of neither state for sure (office.go stackedDemonym). It
// returns the end of the pair and its plural name, for the key, or 0.
// A pair the lexicon lists whole is that entry, and a demonym written
// with a hyphen ("Turkish-Libyan") is a compound of two states.
func (x *Extractor) community(d *doc, i int, e *entry, n int) (int, string) {
	toks := d.toks
	j := i + n
	if e == nil || e.label != "Country" || e.kind != kindAdjective && e.kind != kindName || j >= len(toks) ||
		toks[j].Kind != Word || !toks[j].Capitalized() || toks[j].Start != toks[j-1].End()+1 {
		return 0, ""
	}
	p, pn := x.lex.match(toks, j, len(toks))
	if p == nil || pn != 1 || p.label != "Country" || p.kind != kindAdjective || p.country == e.country || p.country == "" || e.country == "" {
		return 0, ""
	}
	name := d.text[toks[i].Start:toks[j].End()]
	if strings.HasSuffix(toks[j].Text, "s") {
		return j + 1, name
	}
	if t, _ := x.lex.match(toks, j+1, len(toks)); t != nil && t.kind == kindTitle && e.kind == kindAdjective {
		return j + 1, name + "s"
	}
	return 0, ""
}

// eponymPrograms makes a person's name after "the" and before a
// programme's head in the singular (words.yaml program_heads: plan,
// initiative, policy) the programme named for that person, a Program
// of its own: "the Annan plan", "the Vela initiative" (no person is
// mentioned there). The head noun is kept, so that "the plan" later is
// this one.
func (x *Extractor) eponymPrograms(d *doc, first int) {
	for k := first; k < len(d.mentions); k++ {
		m := &d.mentions[k]
		if m.Label != "Person" || m.Kind != mName || m.From == d.sents[m.sent].From || d.lw(m.From-1) != "the" || m.To >= d.sents[m.sent].To {
			continue
		}
		t := d.toks[m.To]
		if t.Kind != Word || t.Capitalized() || strings.HasSuffix(t.lower, "s") || !t.in(x.lex.sets.programHeads) {
			continue
		}
		if k+1 < len(d.mentions) && d.mentions[k+1].From <= m.To {
			continue // the head opens a phrase of its own
		}
		name := d.text[d.toks[m.From].Start:t.End()]
		*m = Mention{From: m.From, To: m.To + 1, Label: "Program", Key: "program:" + slug(name), Name: name, Kind: mName,
			Arg: true, Head: t.lower, Owner: -1, sent: m.sent}
	}
}

// eponymBodies makes a person's name before a government's noun in the
// singular (words.yaml eponym_body_heads: government, administration,
// regime, cabinet) the government named for that person, an
// Organization of its own and of the person's state: "the Hoss
// government", "under the Vela administration", "the Tarvo regime" (no
// person is mentioned there). Not a possessive ("Vela's government" is
// the person's), a time ("during the Vela administration", periodBefore)
// nor a head that opens a phrase of its own.
func (x *Extractor) eponymBodies(d *doc, first int) {
	for k := first; k < len(d.mentions); k++ {
		m := &d.mentions[k]
		if m.Label != "Person" || m.Kind != mName || !x.eponymHead(d, m.sent, m.From, m.To) {
			continue
		}
		t := d.toks[m.To]
		if k+1 < len(d.mentions) && d.mentions[k+1].From <= m.To {
			continue // the head opens a phrase of its own
		}
		name := d.text[d.toks[m.From].Start:t.End()]
		*m = Mention{From: m.From, To: m.To + 1, Label: "Organization", Key: "organization:" + slug(name), Name: name, Kind: mName,
			Country: m.Country, Arg: true, Head: t.lower, Owner: -1, sent: m.sent}
	}
}

// eponymBodyAt reports whether the name toks[i:j] that no lexicon knows,
// after "the" and before a government's noun in the singular (words.yaml
// eponym_body_heads), is a leader's name the government is named for:
// one or two words, no place the gazetteer knows ("the Vela
// administration"; not "the Tarvo government" of the town Tarvo).
func (x *Extractor) eponymBodyAt(d *doc, si, i, j int) bool {
	toks := d.toks
	if i == d.sents[si].From || toks[i-1].lower != "the" || j-i > 2 || isAllCaps(toks[i].Text) || !x.eponymHead(d, si, i, j) {
		return false
	}
	return x.dictPlace(d, si, i, j, true) == nil
}

// eponymHead reports whether toks[j], right after a name that begins at
// toks[i], is a government's noun in the singular (words.yaml
// eponym_body_heads, lower-case) that makes the name a government named
// for its leader, with no preposition of time before the name
// (periodBefore): eponymBodies and eponymBodyAt read it so.
func (x *Extractor) eponymHead(d *doc, si, i, j int) bool {
	if j >= d.sents[si].To {
		return false
	}
	t := d.toks[j]
	return t.Kind == Word && !t.Capitalized() && t.in(x.lex.sets.eponymBodyHeads) && !x.periodBefore(d, si, i)
}

// periodBefore reports whether a preposition of time (words.yaml
// period_preps) and "the" stand before toks[i]: "during the Vela
// administration" dates, it names no acting body.
func (x *Extractor) periodBefore(d *doc, si, i int) bool {
	return i-2 >= d.sents[si].From && d.lw(i-1) == "the" && d.in(i-2, x.lex.sets.periodPreps)
}

// placeOutlet returns the length of an outlet's name at toks[i] that is
// a state's or place's name or demonym before a lower-case medium's noun
// (words.yaml outlet_descriptors that are no owner's word: newspaper,
// radio, station), written as a title with a capitalised "The" inside
// a sentence ("revealed by The Chilean newspaper") or with a number
// after the place ("told the Africa 24 radio station", "Vela 24
// television"); 0 when it is none. The state or place is not mentioned
// there: the words are the outlet's name. e and n are the lexicon's
// match at toks[i] (lexicon.match), which mentionAt reads anyway.
func (x *Extractor) placeOutlet(d *doc, si, i int, e *entry, n int) int {
	toks := d.toks
	end := d.sents[si].To
	medium := func(k int) bool {
		return k < end && toks[k].Kind == Word && !toks[k].Capitalized() && toks[k].in(d.words.outletDescs) && !toks[k].in(d.words.outletOwners)
	}
	place := func(k int) (*entry, int) {
		e, n := x.lex.match(toks, k, end)
		if e == nil || e.label != "Country" && e.label != "Location" {
			return nil, 0
		}
		return e, n
	}
	if toks[i].Text == "The" && i > d.sents[si].From && i+1 < end {
		if e, n := place(i + 1); e != nil && (medium(i+1+n) || x.demonymMasthead(d, si, i, e, n)) {
			return n + 1
		}
		return 0
	}
	if e != nil && (e.label == "Country" || e.label == "Location") && e.kind != kindAdjective && i+n+1 < end && toks[i+n].Kind == Number && medium(i+n+1) {
		return n + 1
	}
	return 0
}

// demonymMasthead reports whether the capitalised "The" at toks[i], after
// a lower-case word inside the sentence, and the demonym e of n tokens
// after it are a newspaper's whole name ("he told The Namibian by
// telephone", "wrote in The Australian that"): a capital "The" there
// opens a title, and a demonym that ends its phrase (the sentence's end,
// a punctuation mark other than a hyphen, a preposition or "that" after
// it) is no adjective of a noun. Not after a quote or a colon, where a
// quoted sentence starts ("said: The Australian team won"), nor before a
// noun ("said The Chilean state would pay").
func (x *Extractor) demonymMasthead(d *doc, si, i int, e *entry, n int) bool {
	toks := d.toks
	end := d.sents[si].To
	if e.label != "Country" || e.kind != kindAdjective || toks[i-1].Kind != Word || toks[i-1].Capitalized() {
		return false
	}
	k := i + 1 + n
	if k >= end || toks[k].Kind == Punct && !isHyphen(toks[k].Text) {
		return true
	}
	w := toks[k].Text
	return toks[k].Kind == Word && w == toks[k].lower && (d.words.objectPreps.has(w) || w == "that")
}

// allOpensName reads a capitalised "All" inside a sentence after "the"
// (a quantifier that opens no name at a sentence's start, names.yaml
// not_names) as the first word of the organization's name after it: "the
// All Burma Monks' Alliance", "the All India Trade Union Congress", where
// the name read from the next word is an organization's that no lexicon
// lists whole. It returns how many tokens it covered, the name's mentions
// added, or 0 when "All" opens none ("the All Blacks", "All the
// ministers").
func (x *Extractor) allOpensName(d *doc, si, i int) int {
	toks := d.toks
	end := d.sents[si].To
	if toks[i].Text != "All" || i == d.sents[si].From || d.lw(i-1) != "the" || i+1 >= end || toks[i+1].Kind != Word || !toks[i+1].Capitalized() {
		return 0
	}
	k := len(d.mentions)
	n := x.mentionAt(d, si, i+1)
	if n <= 0 {
		n = 1
	}
	for q := k; q < len(d.mentions); q++ {
		m := &d.mentions[q]
		if m.From == i+1 && m.To == i+1+n && m.Label == "Organization" && m.Kind == mName && !m.lexical {
			m.From = i
			m.Name = d.text[toks[i].Start:toks[m.To-1].End()]
			m.Key = "organization:" + slug(m.Name)
		}
	}
	return n + 1
}

// stateBodyRun adds the body a state's name opens at toks[i] (the lexicon
// entry e of n tokens) with two or more capitalised words after it that
// end on a state's head (namecues state_heads: Army, Police, Service,
// Authority ...): "the Zimbabwe National Army", "the Kenya Wildlife
// Service", a body of that state, the state a mention of its own inside
// the name (demonymInName), as with a demonym ("the Ethiopian National
// Defence Force", shapeLabel). Without this the name stopped before the
// lexicon's generic "Army" and left a bare "Army". It returns the tokens
// covered, or 0.
func (x *Extractor) stateBodyRun(d *doc, si, i int, e *entry, n int, add func(Mention) int) int {
	toks := d.toks
	end := d.sents[si].To
	if e == nil || e.label != "Country" || e.kind != kindName || i+n >= end || !x.unknownWord(toks[i+n]) {
		return 0
	}
	h := x.headedRun(d, i+n, end)
	if h < i+n+2 || !x.lex.sets.cues.stateHeads[toks[h-1].Text] {
		return 0
	}
	if b, k := x.lex.match(toks, i+n, end); b != nil && i+n+k >= h {
		return 0 // "the Guyana Defence Force": the lexicon's body of the state
	}
	m := Mention{From: i, To: h}
	x.demonymInName(d, si, &m, add)
	return x.addOrganization(d, m, add)
}

// spans reports whether mention n takes in all of mention o's tokens and
// more: a mention nested in a longer one ("Chilean" in "the Chilean Unity
// Party", "U.S." in "the U.S. Navy") names part of that one's name.
func spans(n, o *Mention) bool {
	return n.From <= o.From && o.To <= n.To && n.To-n.From > o.To-o.From
}
