package extract

import (
	"reflect"
	"runtime"
	"slices"
	"sort"
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
	x.dropOwnSide(d) // sides.go
	dropMemberCooperation(d)
	x.pairModel(d) // the rules' relations are final: the pair model relates what they left (pairmodel.go)
}

// relate finds the relations stated in sentence si.
func (x *Extractor) relate(d *doc, si int) {
	ms := d.sentMentions(si)
	before := len(d.rels)
	d.meetings = d.meetings[:0]
	x.offices(d, si, ms)
	x.structure(d, si, ms)
	x.compoundRelations(d, si, ms) // compound.go
	x.chairMembers(d, si, ms)      // chair.go
	x.seatMembers(d, si, ms)       // members.go
	x.cueRelations(d, si, ms)
	x.modifierBacking(d, si, ms)    // "with French support" (backing.go)
	x.jointDoers(d, si, ms)         // "run jointly by A and B" (cuerel.go)
	x.underAgreement(d, si, ms)     // "keeps a base there under the 1977 defence agreement" (backing.go)
	x.pairNamedAgreement(d, si, ms) // "the Anglo-Irish Agreement": Britain and Ireland (pairname.go)
	x.underAgreementWith(d, si, ms) // "sought troops under its defence pact with France" (backing.go)
	x.agreementPartners(d, si, ms)  // "the 2010 arms accord with Peru": Peru a party (agreementwith.go)
	x.aimedWeapons(d, si, ms)
	x.launchPlatforms(d, si, ms) // weaponuse.go
	x.ownedWeaponActs(d, si, ms) // "Chilean warships patrolled the strait" (weaponuse.go)
	x.backedForces(d, si, ms)    // "Chadian troops, backed by Gazelle helicopters," (weaponuse.go)
	x.ownedDeployed(d, si, ms)   // "German Patriot batteries are being deployed" (weaponuse.go)
	x.forceWeapons(d, si, ms)    // "aboard two Nigerian Air Force C-130 planes" (weaponuse.go)
	x.frontedVisit(d, si, ms)
	x.trailingVisit(d, si, ms) // fronted.go
	x.hostedVisit(d, si, ms)
	x.sentVisit(d, si, ms) // "sent its envoy, Jean Morel, to Peru" (travel.go)
	x.speechVisit(d, si, ms)
	x.phoneCalls(d, si, ms)
	x.meetingVisit(d, si, ms)
	x.gatheringVisit(d, si, ms) // "signed it at a ceremony in Quito" (travel.go)
	x.companionVisit(d, si, ms) // travel.go
	x.quotes(d, si, ms)
	x.stateOutlets(d, si, ms) // "the state news agency KNA": its state's (quote.go)
	x.stances(d, si, ms)
	x.objectlessVotes(d, si, ms) // "Senators A and B voted in favor." (vote.go)
	x.forceKeptOpen(d, si, ms)   // "refused to rule out military action against Peru" (threat.go)
	x.pricePaid(d, si, ms)       // "said Peru would pay a high price for its attack" (threat.go)
	x.sameActs(d, si, ms)        // "Bolivia followed suit": the act told before (sameact.go)
	if speaker := x.speaker(d, si, ms); speaker != "" {
		x.reportedAttacks(d, si, ms, before, speaker) // critic.go
		for i := before; i < len(d.rels); i++ {
			if d.rels[i].Source != speaker && d.rels[i].Target != speaker {
				d.rels[i].SaidBy = speaker
			}
		}
	}
}

// sentMentions returns the indexes of the mentions of sentence si, in order.
func (d *doc) sentMentions(si int) []int {
	lo := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].sent >= si }) // no copy of each Mention probed
	hi := lo
	for hi < len(d.mentions) && d.mentions[hi].sent == si {
		hi++
	}
	if hi == lo {
		return nil
	}
	out := make([]int, hi-lo) // one allocation, where appending grew the slice a few times
	for k := range out {
		out[k] = lo + k
	}
	return out
}

// addRel records a relation between two resolved mentions (or lexicon
// keys) if the ontology allows it; fallback is tried when the target does
// not fit typ.
func (x *Extractor) addRel(d *doc, si int, typ, fallback string, src, tgt *Mention, props map[string]string) bool {
	return x.record(d, si, typ, fallback, src, tgt, props, false)
}

// addOwnStateRel is addRel for a critic of his own state's government
// (criticsOwnState: "the opposition leader A accused the government of
// lying"), which a type's AgainstOthers rule would otherwise refuse.
func (x *Extractor) addOwnStateRel(d *doc, si int, typ string, src, tgt *Mention, props map[string]string) bool {
	return x.record(d, si, typ, "", src, tgt, props, true)
}

// record is addRel; ownState lets a source speak for its target.
func (x *Extractor) record(d *doc, si int, typ, fallback string, src, tgt *Mention, props map[string]string, ownState bool) bool {
	if src == nil || tgt == nil || src.Key == "" || tgt.Key == "" || src.Key == tgt.Key {
		return false
	}
	rt, ok := x.lex.relTypes[typ]
	if !ok || !slices.Contains(rt.Targets, tgt.Label) {
		if fallback == "" {
			return false
		}
		return x.record(d, si, fallback, "", src, tgt, props, ownState)
	}
	if !slices.Contains(rt.Sources, src.Label) {
		return false
	}
	if rt.AgainstOthers && !ownState && d.speaksFor(src.Key, tgt.Key) {
		return false // "the league's secretary-general complained": not of his own body
	}
	if rt.AwayTarget {
		tgt = d.placeNamedAfter(si, tgt) // "visited the North Ossetian city of Vladikavkaz": the city
	}
	if rt.AwayTarget && (tgt.Label == "Country" || tgt.Label == "Location" && x.writtenAs(d, tgt, kindCapital)) && d.atHome(src, tgt) {
		return false // "Putin visited Russia's Far East": no visit to Russia; "Peru's president is in Lima": at home
	}
	key := relKey(typ, rt.Symmetric, src.Key, tgt.Key)
	s, t := key[1], key[2]
	d.stated++
	if typ == "MET_WITH" || typ == "NEGOTIATES_WITH" && src.Kind == mName && tgt.Kind == mName {
		// told again here, it may place the two (meetingVisit); talks
		// between two persons named in a place meet there too, not talks
		// a pronoun's reading gives ("He is due in Moscow for talks with")
		d.meetings = append(d.meetings, [2]string{s, t})
	}
	if d.seen[key] {
		return false
	}
	d.seen[key] = true
	if props == nil {
		props = map[string]string{}
	}
	sent := d.sents[si]
	rel := Relation{Type: typ, Source: s, Target: t, Properties: props,
		Evidence: d.text[sent.Start:sent.End], Span: sent.Span()}
	if x.Explain {
		rel.Mechanism = mechanism(explainDepth)
	}
	d.rels = append(d.rels, rel)
	return true
}

// recorded reports whether addRel has already recorded the relation typ
// from src to tgt, so that giving it again would add nothing: a rule may
// then skip the reading (a parse) that would only find it again. A type
// whose target addRel may move (AwayTarget) is never reported recorded.
func (x *Extractor) recorded(d *doc, typ string, src, tgt *Mention) bool {
	rt := x.lex.relTypes[typ]
	if rt.AwayTarget {
		return false
	}
	return d.seen[relKey(typ, rt.Symmetric, src.Key, tgt.Key)]
}

// relKey is the key addRel records a relation under: its type, source
// and target, the two keys in order for a symmetric type.
func relKey(typ string, symmetric bool, src, tgt string) [3]string {
	if symmetric && tgt < src {
		src, tgt = tgt, src
	}
	return [3]string{typ, src, tgt}
}

// explainDepth is how many callers of addRel an explained relation names:
// the rule, and the one or two that called it (a shared helper such as
// cueTargetRelations or partRelation is told apart by who asked it).
const explainDepth = 3

// extractPrefix is the prefix of this package's function names in a stack.
var extractPrefix = reflect.TypeFor[Extractor]().PkgPath() + "."

// recorders are the functions mechanism passes over: they record a
// relation for whichever reading called them.
var recorders = map[string]bool{"addRel": true, "addOwnStateRel": true, "record": true, "mechanism": true}

// mechanism names up to n functions of this package on the stack above
// addRel, innermost first and joined by "<" ("ownerRelation<structure"),
// up to the sentence loop (relate) or the article's stage (relationStage),
// which every relation shares. The recorders' own frames (addRel, record
// and its fallback) are skipped, and a closure is named by the function
// it is written in.
func mechanism(n int) string {
	var pcs [32]uintptr
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs[:])])
	var names []string
	for len(names) < n {
		f, more := frames.Next()
		name, ok := strings.CutPrefix(f.Function, extractPrefix)
		if !ok {
			break // left the package: the caller of Extract
		}
		name = funcName(name)
		if name == "relate" || name == "relationStage" {
			break
		}
		if !recorders[name] && (len(names) == 0 || names[len(names)-1] != name) {
			names = append(names, name)
		}
		if !more {
			break
		}
	}
	return strings.Join(names, "<")
}

// funcName is the plain name of a function as the runtime spells it
// without its package: "(*Extractor).relate.func2" (a closure),
// "(*Extractor).relate.func2.1" and "relate" are "relate", "(*doc).lw" is
// "lw".
func funcName(s string) string {
	parts := strings.Split(s, ".")
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		closure := strings.Trim(strings.TrimPrefix(p, "func"), "0123456789") == "" // "func2", or "1" of "func2.1"
		if strings.HasPrefix(p, "(") || closure || strings.HasPrefix(p, "gowrap") {
			continue
		}
		return p
	}
	return s
}

// lw is the lower-cased text of token i, or "" past either end of the
// text (a rule that looks one word too far reads nothing, and never
// panics).
func (d *doc) lw(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].lower
}

// memo holds the answer of a test that is asked more than once with the
// same question: get runs test the first time only.
type memo struct{ asked, answer bool }

func (m *memo) get(test func() bool) bool {
	if !m.asked {
		m.asked, m.answer = true, test()
	}
	return m.answer
}

// structure adds the relations that the shape of a phrase states:
// possessives and demonyms ("Iran's Bushehr plant", "Iran's nuclear
// program", "Libyan House of Representatives"), "X in Y", "Org of Country",
// "Lahore, Pakistan", "the Pakistani city of Lahore", "NATO member Poland".
func (x *Extractor) structure(d *doc, si int, ms []int) {
	x.basedIn(d, si, ms) // located.go
	for _, k := range ms {
		m := &d.mentions[k]
		if m.Key != "" && m.Kind == mPronoun {
			x.partNoun(d, si, ms, k)             // "it is part of a pact": only of an agreement
			x.partAfterDescription(d, si, ms, m) // "its armed wing, the Vorn Brigade" (located.go)
			x.seatIn(d, si, ms, m)               // "from their base in Kandahar" (located.go)
			if m.Head == "it" {
				x.contingentMembers(d, si, ms, m) // "It will number 6,000, with contingents from A and B"
			}
		}
		if m.Key == "" || m.Kind == mPronoun || m.Kind == mTitle {
			continue
		}
		x.ownerRelation(d, si, m)
		x.namedWithCountry(d, si, ms, m)
		x.namedAuthor(d, si, m)
		if m.Kind == mAdjective || m.Label == "Country" {
			x.cityOf(d, si, ms, m)
		}
		if m.Kind == mAdjective || m.Label == "Country" || m.Label == "Location" {
			x.apposedBody(d, si, ms, m, k) // located.go
		}
		x.bodyAfterDescription(d, si, ms, m) // "Kenya's state oil company, Kenoil," (located.go: a state's name only)
		if m.Kind == mAdjective {
			x.describedBody(d, si, ms, m)
			continue
		}
		if x.placeWritten(d, m) {
			x.describedBody(d, si, ms, m) // "Berlin non-profit Cinema for Peace": a place or a capital, not a state's name
		}
		x.namedAfterPlace(d, si, m)
		x.inPlace(d, si, ms, m)
		x.presenceIn(d, si, ms, m) // "Wagner's operations in Mali" (located.go)
		x.cityCountry(d, si, ms, m)
		x.placeInRegion(d, si, ms, m) // located.go
		x.apposedPlace(d, si, ms, m)
		x.placeCommaIn(d, si, ms, m)
		x.onShore(d, si, ms, k)
		x.facilityAfterPlace(d, si, ms, m)
		x.placeIsIn(d, si, ms, m)
		x.seatIn(d, si, ms, m)
		x.homeTo(d, si, ms, m) // located.go
		x.whereIn(d, si, ms, m)
		x.seatWhere(d, si, ms, m) // located.go
		x.divisionOf(d, si, ms, m)
		x.nameInPlace(d, si, m)
		x.jointEffort(d, si, ms, m) // apposition.go
		if m.Label == "Organization" {
			x.memberOf(d, si, ms, m)
			x.asMember(d, si, ms, m)        // members.go
			x.apposedMember(d, si, ms, m)   // apposition.go
			x.possessedMember(d, si, ms, m) // "Turkey, NATO's only Muslim member," (possessedmember.go)
			x.groupMembers(d, si, ms, m)
			x.contingentMembers(d, si, ms, m)
		}
		x.whichMembers(d, si, ms, m) // members.go
		x.partNoun(d, si, ms, k)
		x.apposedPart(d, si, ms, m) // located.go
		x.partAfterDescription(d, si, ms, m)
		x.partBefore(d, si, ms, m)
	}
	x.collectiveParts(d, si, ms)
}

// ownerRelation relates m to its possessor or demonym: LOCATED_IN for
// places, DEVELOPS for programs, SUPPORTS for agreements (a party backs
// its deal), PART_OF for organizations.
func (x *Extractor) ownerRelation(d *doc, si int, m *Mention) {
	if m.Owner < 0 {
		return
	}
	o := d.mentions[m.Owner]
	switch m.Label {
	case "Facility", "Location":
		if m.To < d.sents[si].To && d.in(m.To, x.lex.sets.eventNouns) {
			return // "Ukraine's Kursk incursion", "Israel's Gaza offensive": the owner's event, not its place
		}
		if m.Label == "Facility" && x.placedAbroad(d, si, m, &o) {
			return // "the Turkish base in Somalia": Turkey's, in Somalia
		}
		x.addRel(d, si, "LOCATED_IN", "", m, &o, nil)
	case "Program":
		x.addRel(d, si, "DEVELOPS", "", &o, m, nil)
	case "Agreement":
		if !d.indefiniteAgain(m) {
			x.addRel(d, si, "SUPPORTS", "", &o, m, nil) // "Iran's nuclear deal": its party, the signatory convention
		}
	case "Organization":
		// "Libyan House of Representatives", "Turkey's foreign ministry";
		// not "its NATO allies": a known body needs its own country
		known := x.known(m) && m.concept == ""
		// "Gates met Putin in the Kremlin": the building, whose country
		// the sentence does not state (seatAsPlace)
		if o.Label == "Country" && (m.Country == o.Country || m.Country == "" && !known) && (o.Kind != mPronoun || m.concept != "") && !x.seatAsPlace(d, si, m) {
			typ := x.countryRelation(m)
			if m.Sort == "company" && d.possessiveAfter(&o) && o.Kind != mPronoun {
				typ = "LOCATED_IN" // "Italy's Eni": a company of the state is no body of its government
			}
			x.addRel(d, si, typ, "", m, &o, nil)
		}
		if o.Label == "Organization" && (o.Kind == mName || o.Kind == mDescription && m.Kind == mName) && (m.Kind == mName || m.concept != "") &&
			(d.possessiveAfter(&o) && m.From == o.To+1 || o.Kind == mName && m.From == o.From) {
			// "CARICOM's Eminent Persons Group", "Acme Industries' Delta Shipyards",
			// "the parliament's Foreign Affairs Committee" (a description resolved),
			// "UN Verification Mission" (one name, resolve.go); nothing between
			// them: "Google's parent company Alphabet" is no part of Google
			x.addRel(d, si, "PART_OF", "", m, &o, nil)
		}
		if o.Label == "Organization" && o.Kind == mPronoun && o.Key != "" && m.Kind == mName && m.From == o.To && !x.known(m) &&
			!(m.To < d.sents[si].To && x.nounAt(d, si, m.To)) {
			// "The Kestrel Union will convene its Permanent Council": a
			// body no lexicon knows, named right after "its", is the
			// organization's own; not "its Kestrel Council members"
			x.addRel(d, si, "PART_OF", "", m, &o, nil)
		}
	}
}

// placedAbroad reports whether facility m, owned by o, is said right
// after its name to lie in a place of another state: "the Turkish base in
// Somalia", "Russia's air base at Kantor, Kyrgyzstan" or "the US air base
// at Manas" (a town the gazetteer puts in Kyrgyzstan) belong to their
// owner but lie abroad, so the owner is no place of theirs. A place of
// the owner's own state ("Iran's Bushehr plant in southern Iran") or one
// whose state is unknown leaves the owner's LOCATED_IN standing.
func (x *Extractor) placedAbroad(d *doc, si int, m, o *Mention) bool {
	i := d.afterAcronym(m)
	if o.Country == "" || i+1 >= d.sents[si].To || !(d.lw(i) == "in" || d.in(i, x.lex.sets.nearPreps)) {
		return false
	}
	n := d.placeAfter(d.sentMentions(si), i+1, true)
	if n < 0 {
		return false
	}
	c := d.mentions[n].Country
	if c == "" {
		_, c = x.placeNamed(d, d.mentions[n].From, d.mentions[n].To) // a town the gazetteer knows
	}
	return c != "" && c != o.Country
}

// seatAsPlace reports whether m is a seat of power ("the Kremlin", "the
// White House") written as a place, after a place preposition: "in the
// Kremlin" is where, not who, and states neither the institution's
// PART_OF nor the building's country (only "the Kremlin said" is the
// body, PART_OF Russia). An article that elsewhere makes the seat act
// ("The Kremlin said") has made its node the institution, PART_OF its
// country, and the place reading is dropped; so does a seat naming a
// place inside it ("the White House Rose Garden").
func (x *Extractor) seatAsPlace(d *doc, si int, m *Mention) bool {
	if !x.writtenAs(d, m, kindSeat) || !x.afterPlacePrep(d, si, m.From) || m.To < d.sents[si].To && d.toks[m.To].Capitalized() {
		return false // nor "in the White House Rose Garden": the place is the garden
	}
	for k := range d.mentions {
		if o := &d.mentions[k]; o.Key == m.Key && o.Kind == mName && x.writtenAs(d, o, kindSeat) && !x.afterPlacePrep(d, o.sent, o.From) {
			return false
		}
	}
	return true
}

// writtenAs reports whether mention m's words are exactly a lexicon entry
// of kind k: a seat of power (kindSeat: "the Kremlin"), or a capital
// (kindCapital): "Washington" in "The Washington Post" names the city the
// paper is named after, not the state it would belong to.
func (x *Extractor) writtenAs(d *doc, m *Mention, k entryKind) bool {
	e, n := x.lex.match(d.toks, m.From, m.To)
	return e != nil && n == m.To-m.From && e.kind == k
}

// placeWritten reports whether mention m is written as a place: a
// Location, or a country written as its capital ("Berlin" in "a Berlin
// non-profit").
func (x *Extractor) placeWritten(d *doc, m *Mention) bool {
	return m.Label == "Location" || m.Label == "Country" && x.writtenAs(d, m, kindCapital)
}

// describedBody reads a demonym or a place's name before a description
// and a name: "Austrian mortar and shell manufacturer Hirtenberger Defence
// Group" lies in Austria (see countryRelation), "Berlin non-profit Cinema
// for Peace" lies in Berlin (a place, or a capital standing for its
// country: LOCATED_IN). The words between are lower-case
// nouns, adjectives, "and" or hyphens (the parse tells, read only for such
// a phrase) ending in a descriptor of organizations (namecues
// descriptors: "manufacturer", "newspaper"), and the name has no owner of
// its own.
func (x *Extractor) describedBody(d *doc, si int, ms []int, a *Mention) {
	s := d.sents[si]
	descriptors := x.lex.sets.cues.descriptors
	j := a.To
	for j < s.To && j-a.To < 6 {
		if t := d.toks[j]; t.Capitalized() || t.Kind != Word && t.Text != "-" {
			break
		}
		j++
	}
	if j == a.To || j >= s.To || descriptors[d.lw(j-1)] != "Organization" {
		return
	}
	n := d.mentionAt(ms, j)
	if n < 0 || d.mentions[n].From != j || d.mentions[n].Label != "Organization" || d.mentions[n].Kind != mName || d.mentions[n].Owner >= 0 {
		return
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return
	}
	for i := a.To; i < j; i++ {
		if p := toks[i-s.From].UPOS; !(p == "NOUN" || p == "ADJ" || p == "CCONJ" || p == "PUNCT" || p == "VERB" && d.toks[i].Text == "-") {
			return
		}
	}
	typ := x.countryRelation(&d.mentions[n])
	if x.placeWritten(d, a) {
		typ = "LOCATED_IN"
	}
	x.addRel(d, si, typ, "", &d.mentions[n], a, nil)
}

// namedWithCountry relates a lexicon body to the country its name holds:
// "U.S. Treasury Department" is PART_OF the United States (see
// countryRelation); so is a body whose name opens with a state's
// possessive ("Chile's State Security Council").
//
// The sort decides the type as countryRelation does, read through orgSort
// (a name the lexicon does not know ending in "Party" is a party's, which
// lies in its state: "the Yemeni Socialist Party"). An international body
// ("the Palestine Liberation Organization") is no state's body, nor is an
// outlet the lexicon does not know ("The Irish Times", "Swedish Radio"):
// the state in its name says where it reports from, which the article
// does not state as a relation.
func (x *Extractor) namedWithCountry(d *doc, si int, ms []int, m *Mention) {
	if m.Label != "Organization" || m.Kind != mName || m.To-m.From < 2 {
		return
	}
	sort := d.orgSort(m)
	if sort == "international" || sort == "media" && !m.lexical {
		return
	}
	typ := "PART_OF"
	if x.lex.sets.locatedSorts[sort] {
		typ = "LOCATED_IN"
	}
	found := false
	for _, j := range ms {
		if c := d.mentions[j]; c.Label == "Country" && c.Country == m.Country && m.Country != "" && c.From >= m.From && c.To <= m.To && !x.writtenAs(d, &c, kindCapital) {
			x.addRel(d, si, typ, "", m, &c, nil)
			found = true
		}
	}
	if !found {
		x.possessorInName(d, si, m)
	}
}

// possessorInName relates organization m, whose name opens with a
// state's name and "'s" ("Chile's State Security Council" read as one
// name), to that state, as ownerRelation relates a possessor written
// apart. Only a state the article names is related.
func (x *Extractor) possessorInName(d *doc, si int, m *Mention) {
	p := m.From + 1
	for p < m.To-1 && d.lw(p) != "'s" {
		p++
	}
	if p >= m.To-1 || !d.toks[m.From].Capitalized() {
		return
	}
	e, n := x.lex.match(d.toks, m.From, p)
	if e == nil || n != p-m.From || e.label != "Country" || e.kind != kindName {
		return
	}
	if c := d.keyMention(e.key); c != nil {
		x.addRel(d, si, x.countryRelation(m), "", m, c, nil)
	}
}

// namedAuthor relates a resolution named with the body that adopted it
// ("the UN Security Council Resolution 2417", "African Union resolution
// 12") to that body, which SUPPORTS it (the ontology's DEVELOPS takes no
// agreement): the body's name opens the resolution's.
func (x *Extractor) namedAuthor(d *doc, si int, m *Mention) {
	if !namedResolution(m) {
		return
	}
	for j := range d.mentions {
		if b := d.mentions[j]; b.sent == si && resolutionOf(&b, m) {
			x.addRel(d, si, "SUPPORTS", "", &b, m, nil)
		}
	}
}

// resolutionBody returns the body that resolution m is named with, the
// body's name opening the resolution's ("UN Security Council Resolution
// 2085", as namedAuthor reads it), when the body fits a cue's sources: a
// resolution's act is its body's ("Security Council Resolution 2085
// authorised the mission": the Council SUPPORTS it). -1 if none.
func (d *doc) resolutionBody(ms []int, m *Mention, fits func(*Mention) bool) int {
	if !namedResolution(m) {
		return -1
	}
	for _, j := range ms {
		if b := &d.mentions[j]; resolutionOf(b, m) && fits(b) {
			return j
		}
	}
	return -1
}

// namedResolution reports whether m is a numbered resolution's name
// ("Resolution 2085"), which its body's name may open.
func namedResolution(m *Mention) bool {
	return m.Label == "Agreement" && m.Head == "resolution" && strings.HasPrefix(m.Key, "agreement:resolution-")
}

// resolutionOf reports whether organization b opens the name of
// resolution m ("UN Security Council Resolution 2085"): the body that
// adopted it.
func resolutionOf(b, m *Mention) bool {
	return b.Label == "Organization" && b.Key != "" && b.From == m.From && b.To < m.To
}

// countryRelation is how organization m relates to the state its name or
// a demonym names: PART_OF, except for the sorts that lie in a state
// without being a body of it (words.yaml located_sorts: armed groups,
// parties, NGOs), which are LOCATED_IN it.
func (x *Extractor) countryRelation(m *Mention) string {
	if x.lex.sets.locatedSorts[m.Sort] {
		return "LOCATED_IN"
	}
	return "PART_OF"
}

// inPlace reads "X in Y" (LOCATED_IN; an organization too: "the World
// Food Programme in Yemen", "al-Masirah TV in Yemen", past a bracketed
// acronym: "the International Court of Justice (ICJ) in The Hague"), a
// facility at, near or outside a town (words.yaml near_preps: "a drone
// base near Agadez") and "Org of Country" (PART_OF), with coordinated places:
// "in Syria and Vietnam". A state described ("in the country's
// northwest") that coreference gave another state than the one the
// lexicon knows for m is the lexicon's, when the article names it.
func (x *Extractor) inPlace(d *doc, si int, ms []int, m *Mention) {
	i, end := d.pastQuotedName(m, d.afterAcronym(m)), d.sents[si].To
	if i+1 >= end || m.Label == "Person" || d.deniedThing(m) {
		return
	}
	i = d.placeListEnd(ms, m, i)
	typ := ""
	near, span := false, false
	switch {
	case d.lw(i) == "in" && !(m.Label == "Organization" && !x.premisesNamed(d, m) && x.inSetting(d, ms, m)):
		typ = "LOCATED_IN"
	case m.Label == "Facility" && d.in(i, x.lex.sets.nearPreps):
		typ, near = "LOCATED_IN", true // "a drone base near Agadez"
	case d.lw(i) == "of" && m.Label == "Organization":
		typ = "PART_OF"
	default:
		k := x.spanPrep(d, m, i)
		if k < 0 {
			return
		}
		i, typ, span = k, "LOCATED_IN", true // "the Kerch Bridge over the Kerch Strait"
	}
	j := i + 1
	j = d.pastThe(ms, j) // not "in The Hague"
	if typ == "LOCATED_IN" && d.bareDirection(ms, j) {
		j++ // "Rafah in southern Gaza", "Jenin in the northern West Bank"
	}
	if typ == "LOCATED_IN" {
		j = d.pastTownOf(ms, j) // "a base near the town of Gyumri"
	}
	n := d.mentionAt(ms, j)
	if n < 0 && typ == "PART_OF" && j > i+1 {
		n = x.modifiedOrg(d, ms, si, j) // "the Executive Committee of the ruling Kestrel Party"
	}
	if n < 0 || d.mentions[n].Kind == mAdjective {
		return
	}
	fits := placeOrCountry
	if near {
		fits = func(c *Mention) bool { return c.Label == "Location" && c.Kind == mName && x.townKind(d, c) }
		if !fits(&d.mentions[n]) {
			return // a town, not "near Syria" or "near the Red Sea"
		}
	}
	if span && !(d.mentions[n].Label == "Location" && d.mentions[n].Kind == mName) {
		return // a named strait, river or sea, not "a bridge over Ukraine"
	}
	places := d.coordinated(ms, n, fits)
	if typ == "PART_OF" && strings.HasSuffix(m.Name, " of "+d.mentions[n].Name) {
		places = places[:1] // "the armed forces of Chad and Sudan": a name of one state's body, not also Sudan's
	}
	for _, t := range places {
		c := &d.mentions[t]
		if c.Kind != mName && c.Label == "Country" && m.Country != "" && c.Country != m.Country {
			// "in the country's northwest" resolved to another state than
			// the one the lexicon knows: the lexicon's, if the article names it
			if c = d.countryMention(m.Country); c == nil || c.Kind == mImplied {
				continue
			}
		}
		x.addRel(d, si, typ, "", m, c, nil)
	}
	if h := d.lw(m.To - 1); typ == "PART_OF" && (x.lex.sets.postHeads.has(h) || x.lex.sets.premisesNouns.has(h)) && d.mentions[n].Label == "Country" {
		// "the Embassy of Chile in Lima": the post of the state after
		// "of" lies in the place after that
		if k := d.afterAcronym(&d.mentions[n]); k+1 < end && d.lw(k) == "in" {
			if p := d.mentionAt(ms, d.pastThe(ms, k+1)); p >= 0 && d.mentions[p].Label == "Location" && d.mentions[p].Kind == mName {
				x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[p], nil)
			}
		}
	}
}

// spanPrep returns the index of the preposition of span (words.yaml
// span_preps) that follows facility m at token i, past one lower-case
// facility head ("the Nord Stream pipeline under the Baltic Sea", "the
// Oresund Bridge over the Sound"): a crossing or a line lies in the
// strait, river or sea it spans. -1 when there is none.
func (x *Extractor) spanPrep(d *doc, m *Mention, i int) int {
	end := d.sents[m.sent].To
	if m.Label != "Facility" || m.Kind != mName || i+1 >= end {
		return -1
	}
	if t := d.toks[i]; t.Kind == Word && !t.Capitalized() && x.lex.sets.facilityHeads.has(t.lower) {
		i++
	}
	if i+1 >= end || !d.in(i, x.lex.sets.spanPreps) {
		return -1
	}
	return i
}

// premisesNamed reports whether organization m is named by its premises
// or post (words.yaml post_heads, premises_nouns: "the French Embassy",
// "the Kestrel Trade Office"): such a body stands where "in" puts it
// even when a verb's setting would otherwise take the place ("protesters
// attacked the French Embassy in Lima", "no contact with the Chilean
// consulate in Tacna"), since it does not move to where things happen.
func (x *Extractor) premisesNamed(d *doc, m *Mention) bool {
	h := d.lw(m.To - 1)
	return x.lex.sets.postHeads.has(h) || x.lex.sets.premisesNouns.has(h)
}

// pastQuotedName returns the token after the quote mark that closes a
// name written in quotes (`a "Kestrel Trade Office" in Lima`: the token
// after the closing mark, so that what follows reads back to the name),
// i (the token after m) when m is not quoted so.
func (d *doc) pastQuotedName(m *Mention, i int) int {
	if m.From-1 < d.sents[m.sent].From || i >= d.sents[m.sent].To {
		return i
	}
	if o, c := quoteOf(d.toks[m.From-1].Text), quoteOf(d.toks[i].Text); i == m.To && o.opens && o.double && c.closes && c.double {
		return i + 1
	}
	return i
}

// deniedThing reports whether mention m, opened by "a" or "an" (a thing
// described, not a name: "a Chinese military base"), stands only as
// denied: a negation right before its phrase or a denial governing it
// ("would not lead to a Chinese military base in Peru", "denied plans for
// a naval base in Tacna"). No such thing stands, in the place named or
// anywhere.
func (d *doc) deniedThing(m *Mention) bool {
	from, a := d.sents[m.sent].From, d.npStart(m)-1
	if a < from || d.lw(a) != "a" && d.lw(a) != "an" {
		return false
	}
	return negated(d, from, a) || d.denied(from, a)
}

// placeListEnd returns the token after the last of the places listed
// from place m on ("the villages of Kessa, Tovar and Ulma in the Cusco
// region": for Kessa, the token after Ulma), so that each place of the
// list lies where the last one does; so for a list of named facilities
// ("the Tarvo and Kessa air bases in Vela"); i (the token after m) when m
// opens no such list (not states: "Chile, Peru and Bolivia in talks") or
// no "in" follows the list.
func (d *doc) placeListEnd(ms []int, m *Mention, i int) int {
	if m.Label != "Location" && m.Label != "Facility" || m.Kind != mName || d.toks[i].Text != "," && d.lw(i) != "and" {
		return i
	}
	k := slices.IndexFunc(ms, func(o int) bool { return &d.mentions[o] == m })
	if k < 0 {
		return i
	}
	list := d.coordinated(ms, ms[k], func(c *Mention) bool { return c.Label == m.Label && c.Kind == mName })
	if len(list) < 2 {
		return i
	}
	if j := d.afterAcronym(&d.mentions[list[len(list)-1]]); d.lw(j) == "in" {
		return j
	}
	return i
}

// namedAfterPlace reads a facility named after the place it stands in
// ("Baghdad International Airport", "Ramstein Air Base"): when the
// facility's first words are a place the lexicon or the gazetteer knows,
// the facility is LOCATED_IN that place if the article names it, else in
// the place's country if the article names that. No entity is made for a
// place only the facility's name holds.
func (x *Extractor) namedAfterPlace(d *doc, si int, m *Mention) {
	if m.Label != "Facility" || m.Kind != mName || m.Owner >= 0 || m.To-m.From < 2 {
		return
	}
	for n := m.To - m.From - 1; n > 0; n-- {
		key, country := x.placeNamed(d, m.From, m.From+n)
		if key == "" && country == "" {
			continue
		}
		if p := d.keyMention(key); key != "" && p != nil && p.Label == "Location" {
			x.addRel(d, si, "LOCATED_IN", "", m, p, nil)
		} else if c := d.countryMention(country); country != "" && c != nil {
			x.addRel(d, si, "LOCATED_IN", "", m, c, nil)
		}
		return
	}
}

// placeNamed returns the entity key and country of the place that
// toks[i:j] name exactly: a lexicon place or capital, else a place of the
// gazetteer whose name is no common word or person's name.
func (x *Extractor) placeNamed(d *doc, i, j int) (key, country string) {
	if e, n := x.lex.match(d.toks, i, j); e != nil && n == j-i {
		switch {
		case e.label == "Location" && e.kind == kindName:
			return e.key, e.country
		case e.kind == kindCapital:
			return "location:" + slug(e.place), e.country
		}
		return "", ""
	}
	if x.dict == nil {
		return "", ""
	}
	if ps := x.dict.Places(d.text[d.toks[i].Start:d.toks[j-1].End()]); len(ps) > 0 && !ps[0].Common && !ps[0].PersonName {
		return "", ps[0].Country
	}
	return "", ""
}

// cityCountry reads "Lahore, Pakistan" (and no more after the country;
// "Bukavu, Rwanda's rival" is no place of Rwanda).
func (x *Extractor) cityCountry(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if !(m.Label == "Location" || m.Label == "Facility") || i+1 >= end || d.toks[i].Text != "," {
		return
	}
	if n := d.mentionAt(ms, i+1); n >= 0 && d.mentions[n].Label == "Country" && d.mentions[n].Kind == mName {
		if after := d.mentions[n].To; after >= end || d.toks[after].Kind == Punct && !d.possessiveAfter(&d.mentions[n]) {
			x.addRel(d, si, "LOCATED_IN", "", m, &d.mentions[n], nil)
		}
	}
}

// cityOf reads "the Pakistani city of Lahore", "Sudan's region of
// Darfur", "the Russian port of Tartus" (a place head, or a noun that
// describes a place in namecues: "port", "capital"), with lower-case
// modifiers between ("the Syrian coastal city of Latakia").
func (x *Extractor) cityOf(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if i < end && d.toks[i].Text == "'s" {
		i++
	}
	if n := d.mentionAt(ms, i); n >= 0 && d.mentions[n].Label == "Location" && !d.mentions[n].Arg {
		i = d.mentions[n].To // "the Ukrainian Black Sea port of Odesa" (placeModifiers)
	}
	for k := 0; k < 2 && i+3 < end && d.toks[i].Kind == Word && !d.toks[i].Capitalized() && !followers[d.lw(i)] && d.lw(i+1) != "of"; k++ {
		i++ // "coastal", "port" in "port city"
	}
	if i+2 < end && (d.in(i, x.lex.sets.placeHeads) || x.lex.sets.cues.descriptors[d.lw(i)] == "Location") && d.lw(i+1) == "of" {
		if n := d.mentionAt(ms, i+2); n >= 0 && d.mentions[n].Label == "Location" {
			x.addRel(d, si, "LOCATED_IN", "", &d.mentions[n], m, nil)
		}
	}
}

// memberOf reads "NATO member Poland", "NATO members Estonia and
// Latvia", "NATO allies Poland and Lithuania", "the EU's member states such as Hungary and Poland": each
// country of the list is a member of organization m.
func (x *Extractor) memberOf(d *doc, si int, ms []int, m *Mention) {
	i, end := m.To, d.sents[si].To
	if i < end && d.toks[i].Text == "'s" {
		i++
	}
	if i >= end || !x.memberNoun(d, m, i) {
		return
	}
	x.fellowSubject(d, si, ms, m, i)
	j := i + 1
	if j < end && d.in(j, x.lex.sets.memberWords) && !strings.HasPrefix(d.lw(j), "member") {
		j++ // "member states"
	}
	if j < end && d.toks[j].Text == "," {
		j++
	}
	j = d.afterListLead(j, end)
	if n := d.mentionAt(ms, j); n >= 0 && isCountry(&d.mentions[n]) {
		for _, c := range d.coordinated(ms, n, isCountry) {
			x.addRel(d, si, "MEMBER_OF", "", &d.mentions[c], m, nil)
		}
	}
}

// fellowSubject reads a fellow member as the object of a clause: "Chile
// was defending a fellow Mercosur member", "Peru urged fellow NATO member
// Hungary to act" make the clause's subject (a country, or a conjoined
// pair) a member of organization m too (MEMBER_OF). "fellow" stands right
// before m, the member noun is token i, and the subject is the parse's
// subject of the verb that takes the noun as its object; nothing when the
// noun is a subject itself ("a fellow NATO member, Hungary, said"). A
// negation changes nothing: "fellow" presupposes the subject's membership
// ("Chile would not abandon a fellow Mercosur member").
func (x *Extractor) fellowSubject(d *doc, si int, ms []int, m *Mention, i int) {
	from := d.sents[si].From
	if m.From-1 <= from || d.lw(m.From-1) != "fellow" {
		return
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return
	}
	n := i - from
	if toks[n].Deprel != "obj" || toks[n].Head < 0 {
		return
	}
	subj, passive := subjectOf(toks, toks[n].Head, d.words.relativePronouns.set)
	if subj < 0 || passive {
		return
	}
	for _, k := range x.argMentions(d, ms, from, toks, subj, isCountry) {
		x.addRel(d, si, "MEMBER_OF", "", &d.mentions[k], m, nil)
	}
}

// memberNoun reports whether toks[i], after organization m, says that
// what it describes is a member of m: "member" ("NATO member Poland"), or
// an ally word after an alliance ("NATO allies Poland and Lithuania";
// not "a Hezbollah ally").
func (x *Extractor) memberNoun(d *doc, m *Mention, i int) bool {
	w := d.lw(i)
	return strings.HasPrefix(w, "member") && x.lex.sets.memberWords.has(w) || x.lex.sets.allyWords.has(w) && m.Sort == "international"
}

// afterListLead returns the token after a list lead ("such as",
// "including") that starts at token i, or i.
func (d *doc) afterListLead(i, end int) int {
	switch {
	case i < end && d.in(i, d.words.listLeads):
		return i + 1
	case i+1 < end && d.inPair(i, d.words.listLeads):
		return i + 2
	}
	return i
}

// partNoun reads "the YPG is the main fighting force of the SDF", "Kataib
// Hezbollah, part of the Popular Mobilization Forces", "Montenegro, part
// of NATO", "Chile, a founding member of the bloc" (also as a second
// description: "Chile, Peru's ally and a member of the bloc"): a part noun
// (words.yaml part_nouns) said of m, before "of" and an organization or
// state. A part's organization is PART_OF it, a state MEMBER_OF it and a
// place LOCATED_IN it; a member is MEMBER_OF it. A negation ("is not part
// of") states nothing. Each member of a coordinated subject counts
// ("Estonia and Latvia are members of NATO"), and so does each member of
// a list before a quantified apposition ("Estonia and Latvia, both
// members of NATO,"; words.yaml list_quantifiers).
func (x *Extractor) partNoun(d *doc, si int, ms []int, k int) {
	m := &d.mentions[k]
	i := d.afterAcronym(m) // "the Kestrel Defence Forces (KDF), the armed wing of"
	typ, n, quantified := x.partNounAfter(d, si, ms, i)
	if n < 0 {
		return
	}
	whole := &d.mentions[n]
	if m.Kind == mPronoun && whole.Label != "Agreement" {
		return // a resolved "it" is a signatory only: "it is part of the ministry" may be anything
	}
	parts := []int{k}
	if d.toks[i].Text != "," || quantified {
		parts = d.coordinatedBefore(ms, k, func(c *Mention) bool { return c.Kind != mAdjective && c.Label == m.Label })
	}
	if quantified && len(parts) == 1 && d.lw(i+1) == "both" {
		if c := d.parallelObject(ms, m); c >= 0 {
			parts = append(parts, c) // "jets to Lithuania and F-16s to Poland, both members of NATO"
		}
	}
	x.partsOfWholes(d, si, ms, typ, parts, n)
}

// partsOfWholes relates each of parts to the whole ms[n] and to each
// whole of its label coordinated after it ("members of NATO and the
// European Union": both).
func (x *Extractor) partsOfWholes(d *doc, si int, ms []int, typ string, parts []int, n int) {
	wl := d.mentions[n].Label
	for _, w := range d.coordinated(ms, n, func(c *Mention) bool { return c.Kind != mAdjective && c.Label == wl }) {
		for _, p := range parts {
			x.partRelation(d, si, typ, &d.mentions[p], &d.mentions[w])
		}
	}
}

// partNounAfter reads the part noun said at token i (a comma or a copula)
// of what stands before it: its relation type, the index in the mention
// table of the whole after "of" (-1 when there is none), and whether the
// description is quantified ("both members of"). See partNoun.
func (x *Extractor) partNounAfter(d *doc, si int, ms []int, i int) (typ string, n int, quantified bool) {
	end := d.sents[si].To
	if i+3 >= end || !(d.toks[i].Text == "," || d.in(i, x.lex.sets.copulas)) {
		return "", -1, false
	}
	j := i + 1
	if d.toks[i].Text == "," {
		if k := d.secondDescription(ms, j, end); k >= 0 {
			j = k // "Chile, Peru's ally and a founding member of the bloc": the second description
		}
	}
	quantified = d.toks[i].Text == "," && d.in(j, x.lex.sets.listQuantifiers)
	if quantified {
		j++ // "Estonia and Latvia, both members of NATO": each member of the list
	}
	if d.in(j, x.lex.sets.copulaAdverbs) {
		j++ // "the Wagner Group, now part of the ministry"
	}
	if d.lw(j) == "one" && d.lw(j+1) == "of" {
		j += 2 // "one of the members of"
	}
	mods := 0 // modifiers stand only after an article: not "was criticized by members of"
	if articles[d.lw(j)] {
		j, mods = j+1, 3
	} else if d.in(j, x.lex.sets.memberModifiers) && x.lex.sets.partNouns[d.lw(j+1)] == "MEMBER_OF" {
		j++ // "Chile and Peru are founding members of": a member's own modifier (words.yaml member_modifiers)
	}
	for k := 0; k < mods && j < end && x.lex.sets.partNouns[d.lw(j)] == ""; k++ {
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() || negations[t.lower] || d.mentionAt(ms, j) >= 0 {
			return "", -1, false
		}
		j++ // "main fighting"
	}
	if j+2 >= end {
		return "", -1, false
	}
	typ = x.lex.sets.partNouns[d.lw(j)]
	if typ == "" || d.lw(j+1) != "of" {
		return "", -1, false
	}
	j += 2
	if articles[d.lw(j)] {
		j++ // "part of a pact"
	}
	n = d.mentionAt(ms, j)
	if n >= 0 && d.mentions[n].Kind == mAdjective {
		n = d.describedOwned(ms, n) // "a subsidiary of the Chinese firm Vorn": Vorn
	}
	if n >= 0 {
		n = d.pastBasedPlace(ms, n)
	}
	if n < 0 || d.mentions[n].Kind == mAdjective {
		return "", -1, false
	}
	return typ, n, quantified
}

// pastBasedPlace returns the body that mention n, a place joined to a
// participle of place ("Hong Kong-based"), places: "a subsidiary of the
// Hong Kong-based conglomerate Kestrel" names Kestrel as the whole, not
// Hong Kong. Any other mention is returned as it is; -1 when the
// compound modifies no name.
func (d *doc) pastBasedPlace(ms []int, n int) int {
	m := &d.mentions[n]
	if m.Label != "Location" && m.Label != "Country" {
		return n
	}
	p, ok := d.compoundParty(m)
	if !ok || !d.placedBy(p) {
		return n
	}
	return d.compoundHead(ms, m, p)
}

// describedOwned returns the organization's name that demonym ms-index a
// owns past lower-case descriptors ("the Australian mining group Acme",
// resolve.go sets the owner), or -1: the whole a part noun's "of" names.
func (d *doc) describedOwned(ms []int, a int) int {
	for _, k := range ms {
		if m := &d.mentions[k]; m.Owner == a && m.From > d.mentions[a].To && m.Label == "Organization" && m.Kind == mName {
			return k
		}
	}
	return -1
}

// collectiveParts reads a part noun said with a copula of a collective
// subject opening sentence si ("Chile and Peru signed a pact. Both
// countries are members of the bloc"): each member of the group the
// phrase stands for (collectiveGroup) is a part of the whole, as partNoun
// reads it of a named subject. A group that is not found states nothing.
func (x *Extractor) collectiveParts(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	i := from
	for i < end && i < from+5 && !d.in(i, x.lex.sets.copulas) {
		if d.toks[i].Kind != Word || d.mentionAt(ms, i) >= 0 {
			return
		}
		i++
	}
	if i == from || i >= end || !d.in(i, x.lex.sets.copulas) {
		return // the cheap cue: a copula after a few plain words opening the sentence
	}
	size, class, start := d.collectiveSize(from, i)
	if size == 0 || start != from || start == i-1 {
		return // "both" alone is no collective noun
	}
	typ, n, _ := x.partNounAfter(d, si, ms, i)
	if n < 0 {
		return
	}
	fits := func(m *Mention) bool { return collectiveFits(class, m) }
	group := x.collectiveGroup(d, si, from, size, fits)
	if group == nil && size == 2 && si > 0 {
		group = d.lastParallelPair(si-1, fits)
	}
	x.partsOfWholes(d, si, ms, typ, group, n)
}

// lastParallelPair returns the last mention of sentence si that fits and
// the parallel object before it (parallelObject: "sent jets to Estonia
// and tanks to Latvia"), the pair a following "both countries" may stand
// for; nil when the last such mention has none.
func (d *doc) lastParallelPair(si int, fits func(*Mention) bool) []int {
	sms := d.sentMentions(si)
	for p := len(sms) - 1; p >= 0; p-- {
		m := &d.mentions[sms[p]]
		if m.Key == "" || m.Kind == mAdjective || !fits(m) {
			continue
		}
		if c := d.parallelObject(sms, m); c >= 0 && d.mentions[c].Key != m.Key {
			return []int{c, sms[p]}
		}
		return nil
	}
	return nil
}

// parallelObject returns the mention of m's label that is the object of
// the same preposition as m in the conjunct before m's, joined to it by
// "and" ("sent jets to Lithuania and F-16s to Poland": Lithuania for
// Poland), or -1.
func (d *doc) parallelObject(ms []int, m *Mention) int {
	from := d.sents[m.sent].From
	prepBefore := func(c *Mention) int {
		p := c.From - 1
		if p >= from && d.lw(p) == "the" {
			p--
		}
		if p < from || !d.in(p, d.words.objectPreps) {
			return -1
		}
		return p
	}
	p := prepBefore(m)
	if p < 0 {
		return -1
	}
	joined := false
	for q := len(ms) - 1; q >= 0; q-- {
		c := &d.mentions[ms[q]]
		if c.To > p {
			continue
		}
		for t := c.To; t < p && !joined; t++ {
			joined = d.lw(t) == "and"
		}
		if c.Label != m.Label || c.Kind == mAdjective || c.Key == "" {
			continue
		}
		if b := prepBefore(c); b >= 0 && d.lw(b) == d.lw(p) && joined {
			return ms[q]
		}
		return -1 // the nearest mention of m's kind is no parallel object
	}
	return -1
}

// partRelation adds what a part noun of type typ states of part m and
// whole: PART_OF for an organization's part, MEMBER_OF for a member or a
// state, LOCATED_IN for a place.
func (x *Extractor) partRelation(d *doc, si int, typ string, m, whole *Mention) {
	switch {
	case whole.Label == "Agreement" && isActor(m.Label):
		x.addRel(d, si, "SUPPORTS", "", m, whole, nil) // "A is part of a pact": a signatory (the signatory convention)
	case typ == "PART_OF" && m.Label == "Organization":
		x.addRel(d, si, "PART_OF", "", m, whole, nil)
	case (typ == "MEMBER_OF" || m.Label == "Country") && whole.Label == "Organization":
		x.addRel(d, si, "MEMBER_OF", "", m, whole, nil)
	case typ == "PART_OF" && (m.Label == "Location" || m.Label == "Facility"):
		x.addRel(d, si, "LOCATED_IN", "", m, whole, nil)
	default:
		x.addRel(d, si, typ, "", m, whole, nil)
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
		// the name after the verb speaks only where the verb comes first
		// ("according to X", `"...", said X`) or as the one quoted ("quoted
		// X as saying"), not in "X said Y had ..."
		inverted := d.lw(i) == "according" || i > s.From && (d.toks[i-1].Text == "," || quoteOrBracket(d.toks[i-1].Text))
		if d.lw(i) == "according" {
			i++
		}
		if n := d.mentionAt(ms, i+1); n >= 0 && (inverted || d.mentions[n].To < s.To && d.lw(d.mentions[n].To) == "as") &&
			d.mentions[n].Key != "" && isActor(d.mentions[n].Label) { // "quoted Sorokin as saying"
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
