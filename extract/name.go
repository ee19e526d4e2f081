package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/schema/dict"
)

// addName classifies the capitalised sequence that starts at toks[i] (a
// name no lexicon knows) by the evidence around it (classify.go): its own
// shape (an organization head, a company suffix, a prefix such as
// "Operation", a given name), a descriptor noun before it, a title or an
// honorific, a verb of saying or of publishing, "a fellow at", an acronym
// in brackets, a place preposition or a verb of movement. Without
// evidence it is not a mention.
func (x *Extractor) addName(d *doc, si, i int, add func(Mention) int) int {
	s := &x.lex.sets
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if s.notNames[toks[i].Text] && !x.placeOpener(d, si, i) && !x.numberOpensName(d, si, i) && !x.wordAsGivenName(d, si, i) || languageCompound(toks[i], s.languageCompounds) || contraction(toks[i].Text) || determiners[toks[i].lower] || x.monthAt(d, i) || s.honorifics[toks[i].Text] && i+1 < end && toks[i+1].Capitalized() {
		return 1
	}
	if si == 0 && d.header.titleCased || shouted(d, d.sents[si]) {
		return 1 // in a Title Case headline or a line in capitals, capitals tell no names
	}
	if s.judicialStyles[toks[i].Text] && x.judgeStyle(d, si, i) {
		return 1 // "Justice Ana Roe": the judge's style, the name after it a person's
	}
	if s.bodyStyles[toks[i].Text] && x.styledBody(d, i, end) {
		return 1 // "the Royal Danish Navy": the demonym's body, which takes the style (attachAdjectives)
	}
	if n := x.pluralTitle(d, si, i, add); n > 0 {
		return n
	}
	if n := x.namedAs(d, si, i, add); n > 0 {
		return n
	}
	j := x.companyTail(d, x.nameEnd(d, i, end), end)
	j = x.acronymTail(d, i, j, end)
	if i == from && j-i > 1 && s.cues.descriptors[toks[i].lower] != "" {
		return 1 // "Rapper Jay Smith": the descriptor opens the sentence, the name follows
	}
	if j-i > 1 && x.acronymDescriptor(toks[i], toks[i+1]) {
		return 1 // "the NGO Justicia Viva": the descriptor, in capitals as an acronym, is no part of the name after it
	}
	if i == from && j-i == 1 && x.facilityMods[toks[i].lower] && x.facilityTail(d, si, j, end) > 0 {
		return 1 // "Gas pipeline in doubt": a common word capitalised by its place, no facility's name
	}
	if p := x.titlePortfolio(d, si, i, j); p > 0 {
		return p // "Secretary for Foreign Affairs Ana Velkov": the portfolio's words name no one; the holder's name after them is read next (afterPortfolio)
	}
	surface := d.text[toks[i].Start:toks[j-1].End()]
	if e := x.spellingOf(d, i, j); e != nil {
		// "Atal Behari Vajpayee": the lexicon's Atal Bihari Vajpayee
		return add(Mention{From: i, To: j, Label: e.label, Key: e.key, Name: e.name, Country: e.country, Arg: true, lexical: true})
	}
	if x.reporterBeat(toks[i:j]) {
		return j - i // "Dick Roe, Political Correspondent,": the writer's beat, no name
	}

	// a name already seen: an acronym or a surname; a place learnt earlier
	// before a facility's head names the facility ("Vorn province" ...
	// "the Vorn temple"), unless it was learnt as a facility's site ("the
	// air base at Vorn" ... "the Vorn base" is one); a place's name after a
	// warship's noun is the ship ("the corvette Vorn")
	style := -1
	if j-i == 1 {
		style = d.regnalStyle(si, i)
	}
	if k, ok := d.knownName(surface, j-i); ok && !(style >= 0 && d.surnameOf(k, surface)) && !(d.mentions[k].Label == "Location" && (!x.facilitySite(d, k) && x.facilityTail(d, si, j, end) > 0 || x.afterVessel(d, si, i))) &&
		!x.shortNameBeforeTitle(d, k, i, j, end) {
		m := d.mentions[k]
		if j < end && !toks[j].Capitalized() && (m.Label == "Organization" || m.Label == "Agreement") && s.cues.partHeads[toks[j].lower] != "" {
			l := s.cues.partHeads[toks[j].lower]
			name := d.text[toks[i].Start:toks[j].End()] // "the AfCFTA secretariat"
			return add(Mention{From: i, To: j + 1, Label: l, Key: strings.ToLower(l) + ":" + slug(name), Name: name, Arg: true, Head: toks[j].lower})
		}
		return add(Mention{From: i, To: j, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
	}

	if k, ok := x.outletService(d, i, j); ok {
		// "ABC Radio" after "the ABC": the outlet's service is the outlet
		m := d.mentions[k]
		return add(Mention{From: i, To: j, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
	}
	if j-i == 1 && x.givenName(surface) && x.titledBefore(d, si, i) {
		if k, ok := d.givenNameOf(surface); ok {
			// "President Tesfaye" after "Tesfaye Bekele": his given name
			m := d.mentions[k]
			return add(Mention{From: i, To: j, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
		}
	}
	if k, ok := d.spelledOut(toks[i].Text); ok && j-i == 1 && acronym(toks[i].Text) {
		// "the RRB" after "the Rapid Response Brigade": its initials
		m := d.mentions[k]
		d.known[toks[i].Text] = k
		return add(Mention{From: i, To: j, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
	}
	if n := x.sharedHead(d, si, i, j, add); n > 0 {
		return n
	}
	if k, ok := x.variantOf(d, i, j); ok {
		// "Saree" after "Yahya Sarea": one person, spelt two ways
		m := d.mentions[k]
		return add(Mention{From: i, To: j, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
	}
	if j-i == 1 && i > from && toks[i-1].lower == "the" && s.orgHeads[toks[i].Text] {
		// "the Senate": the body named before with that head, or itself
		return add(Mention{From: i, To: j, Kind: mDescription, Label: "Organization", Head: toks[i].lower, Name: surface, Arg: true})
	}
	c := x.classify(d, si, i, j)
	label, j := c.label, c.to
	if label == "" && (x.placeInsideName(d, i, j) || x.particleJoined(d, i, j) || ampersandIn(toks[i:j])) {
		return j - i // "Mail & Guardian reporters": one name no cue labels, no lexicon name inside it
	}
	if label == "" {
		return 1
	}
	if label == "Location" && x.placeNamesAgreement(d, si, i, j-i, x.lex.sets.placeAgreementHeads) {
		// "the Cusco framework": the agreement reached there, no mention of the town
		name := d.text[toks[i].Start:toks[j].End()]
		return add(Mention{From: i, To: j + 1, Label: "Agreement", Key: "agreement:" + slug(name), Name: name, Arg: true, Head: toks[j].lower})
	}
	if label == "Person" {
		j = x.personEnd(d, i, j) // "Amy Klobuchar of Minnesota" is Amy Klobuchar
	}
	if label == "Organization" {
		j = x.factionTail(d, i, j, end) // "the Communist Party of Chile (Renewed)"
	}
	if label == "Organization" && x.channelNumber(d, si, i, j) {
		j++ // "the state broadcaster Kestrel 24 said": the channel's number is its name's
	}
	if k := len(d.mentions) - 1; label == "Organization" && k >= 0 && d.mentions[k].To == i && d.mentions[k].From == i-1 && d.mentions[k].sent == si &&
		j+2 < end && toks[j].Text == "(" && toks[j+2].Text == ")" && x.demonymOpens(d, i, toks[j+1].Text) {
		// "Chileans United for Freedom (CUF)": the demonym opens the name
		// its acronym spells, no mention of the state
		i = d.mentions[k].From
		d.mentions = d.mentions[:k]
	}
	if k := len(d.mentions) - 1; label == "WeaponSystem" && c.name != "" && k >= 0 && d.mentions[k].To == i && d.mentions[k].sent == si &&
		d.mentions[k].Generic && d.mentions[k].Label == "WeaponSystem" && x.afterVessel(d, si, i) {
		// "the corvette Almirante Ruiz": the class noun only introduces
		// the ship, no generic weapon of its own
		d.mentions = d.mentions[:k]
	}
	if k := len(d.mentions) - 1; label == "Facility" && k >= 0 && d.mentions[k].Kind == mTitle && d.mentions[k].To == i && d.mentions[k].sent == si {
		// "the General Ortiz police academy", "the King Tarek air base":
		// the title is part of the facility's name, no office
		i = d.mentions[k].From
		d.mentions = d.mentions[:k]
	}
	surface = d.text[toks[i].Start:toks[j-1].End()]
	m := Mention{From: i, To: j, Label: label, Name: surface, Arg: true, Head: strings.ToLower(toks[j-1].Text),
		Country: c.country, source: c.source, role: c.role, home: c.home}
	m.Key = strings.ToLower(label) + ":" + slug(surface)
	if c.key != "" {
		m.Key = c.key
	}
	if c.name != "" {
		m.Name = c.name
	}
	if label == "Person" && style >= 0 && j-i == 1 && c.key == "" && c.name == "" {
		// "Jordan's King Hussein": the monarch is named with the style
		m.Name = d.text[toks[d.mentions[style].From].Start:toks[i].End()]
		m.Key = "person:" + slug(m.Name)
	}
	if label == "Organization" && c.sort != "" {
		m.Sort = c.sort
	}
	if label == "Organization" && j-i > 1 && s.cues.suffixes[toks[j-1].Text] {
		m.Sort = "company" // "Kestrel Holdings", "Acme Kft.": "the company" refers back to it
	}
	if label == "Organization" && m.Sort == "" && j < end && s.memberSorts[d.lw(j)] != "" {
		m.Sort = s.memberSorts[d.lw(j)] // "ADF militants", "Kestrel Front rebels": an armed group ("the rebels" refers back to it)
	}
	if label == "Organization" && m.Sort == "" && c.name != "" && s.memberSorts[toks[j-1].lower] != "" {
		m.Sort = s.memberSorts[toks[j-1].lower] // "the Vorn militia": its kind noun written with it
	}
	if label == "Organization" && m.Country == "" {
		x.demonymInName(d, si, &m, add)
	}
	if label == "Organization" {
		x.stateInName(d, si, i, j, add)
	}
	short := ""
	if label == "Organization" {
		if o, e := x.stateOfAt(d, i, j); o > 0 {
			if m.Country == "" && x.lex.sets.orgHeads[hyphenTail(toks[o-1].Text)] {
				// "the Socialist Party of Chile" is Chile's (PART_OF), as a
				// demonym opening the name makes it; "the Forces for the
				// Liberation of Rwanda" are not the state's
				m.Country = e.country
			}
			// "the Ministry of Trade of Peru" after "the Ministry of
			// Trade" is that ministry, and so is "the Ministry of Trade"
			// after it
			short = d.text[toks[i].Start:toks[o-1].End()]
			if k, ok := d.known[short]; ok && d.mentions[k].Label == "Organization" {
				a := d.mentions[k]
				m.Key, m.Name = a.Key, a.Name
			}
		}
	}
	if label == "Organization" && j-i >= 2 {
		if k, ok := d.longerName(surface); ok {
			// "the House of Representatives" after "the United States House
			// of Representatives" is that body, not a second one
			a := d.mentions[k]
			m.Key, m.Name, m.Country = a.Key, a.Name, a.Country
		}
	}
	if i > from && label == "Organization" && s.cues.descriptors[toks[i-1].lower] == "Organization" {
		m.Head = toks[i-1].lower // "the newspaper" refers back to "daily X"
	}
	if h := x.agreementAfter(d, j, end); h != "" && label == "Organization" {
		m.Head = h // "the X Free Trade Area (AfCFTA) agreement": "the agreement" is X
	}
	k := len(d.mentions)
	n := add(m)
	if label == "Organization" && k > 0 && i-3 >= from && toks[i-1].lower == "the" && toks[i-2].Text == "," {
		// "the RRB, the Rapid Response Brigade,": the acronym before is this
		if a := &d.mentions[k-1]; a.From == i-3 && a.To == i-2 && a.Kind == mName && d.initials(i, j) == toks[i-3].Text {
			a.Label, a.Key, a.Name, a.Country = m.Label, m.Key, m.Name, m.Country
			d.known[toks[i-3].Text] = k
		}
	}
	x.learnAliases(d, k)
	if _, ok := d.known[short]; short != "" && !ok {
		d.known[short] = k
	}
	if m.source != "" && m.Country != "" {
		x.impliedCountry(d, k, m.Country)
	}
	return n
}

// acronymDescriptor reports whether t is a descriptor written in capitals
// because it is an acronym (namecues descriptors: "NGO"), before a name
// that begins with next: like "daily" or "rapper" it says what the name
// is and is no part of it ("the NGO Justicia Viva"); not in a line of
// capitals ("THE DAILY STAR"), where next is in capitals too.
func (x *Extractor) acronymDescriptor(t, next Token) bool {
	return t.Kind == Word && len(t.Text) > 1 && isAllCaps(t.Text) && x.lex.sets.cues.descriptors[t.lower] != "" && !isAllCaps(next.Text)
}

// nameClass is what classify tells of an unknown name.
type nameClass struct {
	label, key string // key when not derived from the name
	name       string // the entity's name when not the name as written
	to         int    // the name's end
	country    string // alpha-3 a dictionary gives
	source     string // "gazetteer" or "dictionary" when one named it
	role       *dict.Role
	home       string // alpha-3 of the one state a Phoenix person serves (dictHome)
	sort       string // the organization's sub-kind a cue tells ("company")
}

// classify returns the label of the unknown name toks[i:j], the entity key
// when it is not derived from the name, and the name's end (a facility or
// place head written after it joins it: "El Dabaa nuclear power plant",
// "Sindh province").
func (x *Extractor) classify(d *doc, si, i, j int) nameClass {
	s := &x.lex.sets
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if n := x.kindNounLen(d, j, end); n > 0 {
		if j-i == 1 && x.indefiniteBefore(d, si, i) {
			return nameClass{to: j} // "a small Vorni militia": a kind of group, none named
		}
		if i == from || d.lw(i-1) != "the" {
			return nameClass{label: "Organization", to: j} // "a Kestrel Group subsidiary", "Chile's Vorn news agency"
		}
		// "the Open Field think tank": the kind noun is written with the
		// name (an alias), the name is the body's
		name := d.text[toks[i].Start:toks[j-1].End()]
		return nameClass{label: "Organization", key: "organization:" + slug(name), name: name, to: j + n}
	}
	if x.affiliationOf(d, si, i) && x.dictPlace(d, si, i, j, true) == nil {
		// "opposition leader Ana Soto of Kestrelia said": the name after
		// a person's "of" is the body the person speaks for, and the verb
		// of saying after it is the person's
		return nameClass{label: "Organization", to: j}
	}
	if label := x.shapeLabel(d, i, j); label != "" {
		if j-i == 2 && x.givenName(toks[i].Text) && x.titledBefore(d, si, i) && !(i > from && toks[i-1].Text != "," && determiners[d.lw(i-2)]) {
			// "the ambassador, Robert Service", "Ambassador Ana Council": a
			// given name and one word after a title are its holder, even
			// when the word is an organization's head; not "the General
			// Ana Council" after a determiner
			return nameClass{label: "Person", to: j}
		}
		if label == "WeaponSystem" && x.apposedFacility(d, si, j) {
			label = "Facility" // "HMAS Kestrel, the navy base near Perth": a ship prefix names a shore base too
		}
		return nameClass{label: label, to: j}
	}
	designated := 0
	if designator(toks[j-1].Text) || j-i == 2 && designator(toks[i].Text) {
		// "the Khorram-3 missile", "KP-3C Vela aircraft" (a designator and the model's name)
		designated = x.designatedTail(d, si, j, end)
	}
	if n := designated; n > 0 {
		// "the Khorram-3 missile", "SSK-NORD submarines": a model's
		// designator before a weapon noun names a weapon system
		return nameClass{label: "WeaponSystem", key: "weaponsystem:" + slug(d.text[toks[i].Start:toks[j-1].End()]), to: j + n}
	}
	if j-i == 1 && designator(toks[i].Text) && x.weaponConjunct(d, si, i, j) {
		// "shot down two Su-25s and an L-39": a designator coordinated with
		// a named weapon model is a model too ("L-39s" is the L-39)
		name := toks[i].Text
		if n := len(name); n > 2 && name[n-1] == 's' && unicode.IsDigit(rune(name[n-2])) {
			name = name[:n-1]
		}
		return nameClass{label: "WeaponSystem", key: "weaponsystem:" + slug(name), name: name, to: j}
	}
	if x.afterVessel(d, si, i) {
		// "the corvette Almirante Ruiz": the warship's own name
		name := d.text[toks[i].Start:toks[j-1].End()]
		return nameClass{label: "WeaponSystem", key: "weaponsystem:" + slug(name), name: name, to: j}
	}
	if x.placeList(d, si, i, j) {
		return nameClass{label: "Location", to: j} // "the Tarvo, Kessin and Mardel provinces"
	}
	if n := x.facilityTail(d, si, j, end); n > 0 {
		if j-i == 1 && n == 1 && acronym(toks[i].Text) && toks[j].in(s.instrumentHeads) {
			// "the VAXO facility": a scheme named by its acronym
			return nameClass{label: "Program", key: "program:" + slug(toks[i].Text), to: j + 1}
		}
		// "El Dabaa nuclear power plant" and "El Dabaa plant" are one facility
		return nameClass{label: "Facility", key: "facility:" + slug(d.text[toks[i].Start:toks[j-1].End()]), to: j + n}
	}
	if j+1 < end && d.inPair(j, s.placeHeads) && !toks[j].Capitalized() {
		return nameClass{label: "Location", to: j + 2} // "the Tarvo buffer zone"
	}
	if j < end && toks[j].in(s.placeHeads) && !toks[j].Capitalized() {
		if x.describedPlace(d, si, i, j) {
			return nameClass{to: j} // "an Islamic state": no place named
		}
		if e := x.placeAdjective(d, i, j); e != nil {
			return nameClass{label: e.label, key: e.key, name: e.name, to: j} // "the Crimean port of Kerch"
		}
		if toks[j].in(s.regionKinds) {
			// "Tarvo province" and "the Tarvo region" are one division
			return nameClass{label: "Location", key: "location:" + slug(d.text[toks[i].Start:toks[j-1].End()]) + "-division", to: j + 1}
		}
		return nameClass{label: "Location", to: j + 1} // "Sindh province"
	}
	if head, last := x.placeListHead(d, si, i, j); head >= 0 && last {
		// "in Tarvo, Vela and Kestrel states": Kestrel is a state, of the
		// gazetteer's country where it knows the place
		if p := x.dictPlace(d, si, i, j, true); p != nil {
			return nameClass{label: "Location", to: j, country: p.Country, source: "gazetteer"}
		}
		return nameClass{label: "Location", to: j}
	}
	if e := x.placeAdjective(d, i, j); e != nil && e.label == "Location" {
		if to := x.headedRun(d, j, end); to > j {
			return nameClass{label: "Organization", to: to} // "the Kessini State Council": the place's body
		}
		if !strings.HasSuffix(toks[j-1].Text, "an") && (j == end || !toks[j].Capitalized()) {
			// "Greenlandic broadcaster KNR", "for Greenlanders to decide": the
			// place's adjective or people stand for the place, no new entity;
			// an -an adjective is as often part of a demonym's compound ("the
			// South American group Mercosur") and is read before place nouns only
			return nameClass{label: e.label, key: e.key, name: e.name, to: j}
		}
	}
	if x.eponymBodyAt(d, si, i, j) {
		// "the Vela administration": the government named for its leader
		name := d.text[toks[i].Start:toks[j].End()]
		return nameClass{label: "Organization", key: "organization:" + slug(name), name: name, to: j + 1}
	}
	afterThe := i > from && determiners[toks[i-1].lower]
	headed := x.placeAfterHead(d, si, i) // "the border crossing at Abu Kamal": a place, not a person
	if a := x.dictActor(d, i, j); a != nil && !((afterThe || headed) && a.Label == "Person") {
		c := nameClass{label: a.Label, to: j, country: a.Country, source: "dictionary"}
		if a.Label == "Person" {
			if c.role = officeRole(a, d.header.published); c.role != nil {
				c.country = c.role.Country
			}
			c.home = x.dictHome(d.text[d.toks[i].Start:d.toks[j-1].End()])
		}
		return c
	}
	if si == d.header.byline && j-i >= 2 {
		return nameClass{label: "Person", to: j} // "(Reporting by Ann Lee in Oslo ...)"
	}
	label := x.descriptorLabel(d, si, i)
	if label == "Person" && x.modifiesDescription(d, j, end) {
		label = "" // "a sister African country": the word modifies the noun, no sister's name
	}
	if label == "" && (headed || frontedPlace(d, si, i, j, s.placePreps)) {
		label = "Location" // "the border crossing at Abu Kamal", "In Vorn, the rebel leader said"
	}
	if label == "" && i > from && s.cues.codeNames[toks[i-1].lower] {
		label = "Program" // "an operation codenamed Tarvik Dawn"
	}
	given := j-i >= 2 && x.givenName(toks[i].Text)
	switch {
	case label != "":
	case j-i == 1 && x.officerAfterBody(d, i, end) > 0:
		label = "Organization" // "Senate President Jane Roe": the body her office is in
	case x.ownedBody(d, si, i):
		label = "Organization" // "state-run Kestrel TV", "the state-owned Vornagaz": a body or firm, no place
	case x.roleAt(d, si, i) || x.toldOutlet(d, si, i) || x.appositeOrganization(d, si, i, j) || j-i == 1 && (x.toldBare(d, si, i) || datelineAgency(d, si, i) || x.possessedBroadcast(d, si, j)):
		label = "Organization"
	case !given && x.mediaSubject(d, si, j):
		label = "Organization"
	case (afterThe || j-i == 1 && x.dict != nil && x.dict.CommonWord(toks[i].lower) && !x.titledBefore(d, si, i) && !x.commonPlural(toks[i].lower)) &&
		j < end && x.isSaying(toks[j].lower) && !(i > from && toks[i-1].in(s.placePreps)) && !x.nounAt(d, si, j):
		// "the Commission said"; a capitalised common word that speaks is
		// an outlet or a body ("Polygraph said"), not a person
		label = "Organization"
	case afterThe && x.listedWithOrg(d, si, i):
		label = "Organization" // "the parties, the Kestrel Party and the Vorn Accord,": one of the bodies listed
	case j-i == 1 && x.dict != nil && x.dict.CommonWord(toks[i].lower) && x.commonPlural(toks[i].lower):
		// "Doctors said": a group of people, neither a person nor an outlet
	case x.knownSurname(d, i, j) && !afterThe:
		label = "Person"
	case x.namesakeSurname(d, i, j) && !afterThe:
		label = "Person" // "Mateus Guterres" is not Antonio Guterres
	case x.pinyinName(d.toks, i, j) && !afterThe:
		label = "Person" // "Zhan Qixiong": a Chinese name in pinyin
	case j-i >= 2 && x.noPersonShape(d, i, j) && (x.apposedToRole(d, si, i, j) || !afterThe && x.personEvidence(d, si, i, j) || x.apposedTitle(d, si, j)):
		// "told El Observador that", "its partner, Executive Outcomes,":
		// the context says an actor, the shape no person: a firm or outlet
		label = "Organization"
	case j-i >= 2 && x.apposedToRole(d, si, i, j):
		label = "Person"
	case !afterThe && x.personEvidence(d, si, i, j):
		label = "Person"
	case j-i == 1 && camelCase(toks[i].Text):
		label = "Organization"
	case x.possessiveListOrg(d, si, i):
		// "Italy's Eni, Germany's Kestrelwerk and France's EDF": of the
		// organization before's sort too
		return nameClass{label: "Organization", to: j, sort: d.mentions[len(d.mentions)-2].Sort}
	case j-i >= 2 && !afterThe && nativeSpelling(toks, j, end):
		label = "Person" // "Lin Te-fu (林德福) said": his name in Chinese characters
	case j+2 < end && toks[j].Text == "(" && toks[j+2].Text == ")" && (isAllCaps(toks[j+1].Text) || spellsTitleAcronym(toks[i:j], toks[j+1].Text)) && j-i > 1:
		label = "Organization" // "(KTAV)"; "(Ktav)" spelling every capital
	case j-i == 1 && acronym(toks[i].Text) && x.actingAcronym(d, si, i):
		label = "Organization"
	case j-i >= 2 && x.apposedTitle(d, si, j):
		label = "Person" // "Vadim Petrenko, the separatist leader,"
	case x.apposedGroup(d, si, j):
		label = "Organization" // "the Red Dawn Front, a rebel faction, said"
	case x.apposedFacility(d, si, j):
		label = "Facility" // "Camp Dorvek, the navy base near Tarven"
	case x.apposedToFacility(d, si, i, j):
		label = "Facility" // "taken to a hospital in Tarven, Santa Lucia."
	case j-i == 1 && !afterThe && x.apposedPlaceNoun(d, si, j):
		label = "Location" // "Tovango, the capital of North Kivu"
	}
	if label == "" {
		if n := x.unknownModel(d, si, i, j); n > 0 {
			// "Vela jets", "two Tarko helicopters": a model's name
			return nameClass{label: "WeaponSystem", key: "weaponsystem:" + slug(d.text[toks[i].Start:toks[j-1].End()]), to: j + n}
		}
	}
	if label != "" && label != "Location" {
		return nameClass{label: label, to: j}
	}
	context := label == "Location" || x.placeObject(d, si, i, j) || x.beforeCountry(d, si, j)
	if p := x.dictPlace(d, si, i, j, context); p != nil {
		return nameClass{label: "Location", to: j, country: p.Country, source: "gazetteer"}
	}
	if context {
		return nameClass{label: "Location", to: j}
	}
	return nameClass{to: j}
}

// judgeStyle reports whether the judge's style at toks[i] (names.yaml
// judicial_styles, "Justice") stands before a person's name: two or more
// capitalised words no lexicon entry opens, ending on no organization's
// head and not after "the" ("Justice Ana Roe", "a commission led by
// Justice Tovan Okafor"; not "the Justice Kestrel Party").
func (x *Extractor) judgeStyle(d *doc, si, i int) bool {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if i > from && determiners[toks[i-1].lower] || i+2 >= end || !x.unknownWord(toks[i+1]) && !x.givenName(toks[i+1].Text) || !toks[i+2].Capitalized() || toks[i+2].Kind != Word {
		return false
	}
	j := x.nameEnd(d, i+1, end)
	return j-i-1 >= 2 && j-i-1 <= 4 && !x.endsWith(d, i+1, j, x.lex.sets.orgHeads) && x.shapeLabel(d, i+1, j) == ""
}

// ampersandIn reports whether an ampersand joins the words of a name.
func ampersandIn(toks []Token) bool {
	for _, t := range toks {
		if t.Text == "&" {
			return true
		}
	}
	return false
}

// channelNumber reports whether the number at toks[j] ends the name of
// the outlet toks[i:j] that an Organization descriptor introduces ("the
// state broadcaster Kestrel 24", "the channel Vorn 1"): a short whole
// number closing the phrase (a punctuation mark, a word that ends a
// name's phrase, mention.go followers or words.yaml channel_followers, or
// a verb of saying after it);
// "the broadcaster Kestrel 24 hours later" counts hours.
func (x *Extractor) channelNumber(d *doc, si, i, j int) bool {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if j >= end || i == from || toks[j].Kind != Number || len(toks[j].Text) > 3 || strings.Trim(toks[j].Text, "0123456789") != "" || x.descriptorLabel(d, si, i) != "Organization" {
		return false
	}
	if j+1 >= end || toks[j+1].Kind != Word {
		return true
	}
	w := toks[j+1].lower
	return followers[w] || x.lex.sets.channelFollowers.has(w) || x.isSaying(w) // "Kestrel 24 that", "Kestrel 24 on Monday", "told Kestrel 24 about"
}

// listedWithOrg reports whether the unknown name at toks[i], after "the"
// and "and" or a comma, follows an organization's name in a list apposed
// to a plural noun of organizations (words.yaml description_heads
// Organization): in "the opposition parties, the Kestrel Party and the
// Vorn Accord, called" the Vorn Accord is a party too.
func (x *Extractor) listedWithOrg(d *doc, si, i int) bool {
	toks := d.toks
	from := d.sents[si].From
	k := len(d.mentions) - 1
	if i-3 < from || toks[i-1].lower != "the" || toks[i-2].lower != "and" && toks[i-2].Text != "," || k < 0 {
		return false
	}
	m := d.mentions[k]
	if m.sent != si || m.To != i-2 || m.Label != "Organization" || m.Kind != mName {
		return false
	}
	f := m.From
	if f-1 >= from && toks[f-1].lower == "the" {
		f--
	}
	if f-2 < from || toks[f-1].Text != "," || toks[f-2].Kind != Word || toks[f-2].Capitalized() {
		return false
	}
	w := toks[f-2].lower
	for _, sg := range []string{strings.TrimSuffix(w, "ies") + "y", strings.TrimSuffix(w, "s")} {
		if sg != w && x.lex.sets.descriptions[sg] == "Organization" {
			return true
		}
	}
	return false
}

// affiliationOf reports whether the unknown name at toks[i] follows "of"
// right after a person's name: "Ana Soto of Kestrelia said" names Soto's
// party or body (office.go reads the HOLDS_OFFICE), never a second person
// however a verb of saying after it reads. A place there (the gazetteer's:
// "Amy Roe of Minnesota") is left to the caller.
func (x *Extractor) affiliationOf(d *doc, si, i int) bool {
	k := len(d.mentions) - 1
	if i-2 < d.sents[si].From || d.toks[i-1].Text != "of" || k < 0 {
		return false
	}
	m := d.mentions[k]
	return m.sent == si && m.To == i-1 && m.Label == "Person" && m.Kind != mTitle
}

// possessiveListOrg reports whether the unknown name at toks[i], written
// after a state's possessive ("Germany's Kestrelwerk"), follows a comma
// or "and" and an organization written the same way: in "Italy's Eni,
// Germany's Kestrelwerk and France's EDF" each conjunct is a company of
// its state, of the same sort. The organization before must be the last mention but the
// possessive's state, so a list of persons ("Peru's Ana Soto, Chile's
// Luis Vega") reads no name as a company.
func (x *Extractor) possessiveListOrg(d *doc, si, i int) bool {
	toks := d.toks
	from := d.sents[si].From
	if i-4 < from || !possessiveS(toks[i-1].Text) || toks[i-3].Text != "," && toks[i-3].lower != "and" {
		return false
	}
	n := len(d.mentions)
	if n < 2 {
		return false
	}
	c, o := d.mentions[n-1], d.mentions[n-2]
	if c.sent != si || c.To != i-1 || c.Label != "Country" || o.sent != si || o.To != i-3 || o.Label != "Organization" || o.From-1 <= from {
		return false
	}
	p := toks[o.From-1].Text
	return possessiveS(p)
}

// placeInsideName reports whether the unknown name toks[i:j], which no
// cue labelled, opens with a word no lexicon knows and ends on a place's
// name the lexicon or the gazetteer knows: the place is a word of that name, not a
// mention of its own ("the Meng Wanzhou case": no town Wanzhou).
func (x *Extractor) placeInsideName(d *doc, i, j int) bool {
	if j-i != 2 || !x.unknownWord(d.toks[i]) {
		return false
	}
	if e, n := x.lex.match(d.toks, j-1, j); e != nil {
		return n == 1 && e.label == "Location" && e.kind == kindName
	}
	return x.dict != nil && len(x.dict.Places(d.toks[j-1].Text)) > 0
}

// particleJoined reports whether the unknown name toks[i:j] ends on a
// word the lexicon knows joined to the name by a lower-case particle
// ("Mocímboa da Praia", "Vila do Porto"): that word is the name's, no
// mention of its own, even where no cue labels the name.
func (x *Extractor) particleJoined(d *doc, i, j int) bool {
	if j-i < 3 || !x.lex.sets.particles[d.toks[j-2].Text] {
		return false
	}
	e, n := x.lex.match(d.toks, j-1, j)
	return e != nil && n == 1
}

// pluralTitle adds a title written in the plural before names
// ("Representatives Eliot Engel, Adam Schiff") and returns its length, so
// that the names after it are read as people; 0 when toks[i] is no such
// title.
func (x *Extractor) pluralTitle(d *doc, si, i int, add func(Mention) int) int {
	w := d.toks[i].lower
	if !strings.HasSuffix(w, "s") || i+1 >= d.sents[si].To || !d.toks[i+1].Capitalized() {
		return 0
	}
	for _, p := range x.lex.byFirst[w[:len(w)-1]] {
		if p.e.kind == kindTitle && len(p.words) == 1 {
			return add(Mention{From: i, To: i + 1, Kind: mTitle, Title: p.e.title, Name: p.e.name})
		}
	}
	return 0
}

// officerAfterBody reads whether the capitalised word toks[b], a body
// written bare (words.yaml titled_bodies), stands before one of its
// officers: a title and the capitalised name of its holder ("Senate
// President Jane Roe", "Assembly Speaker John Doe"), or no title and a
// given name and another capitalised word ("the speaker of the National
// Assembly Jane Roe"). An acronym no lexicon knows is such a body before
// a title and a name of two words only ("KNF Chairman Jane Roe", as "the
// KNF chairman Jane Roe"; not a ship's name, "the corvette KRN Imam Bonjol").
// It returns the title's length (0 when there is no title), or -1 when
// no officer follows. nameEnd ends the body's name before the officer
// either way (>= 0); classify takes the bare word for the body only
// before a title (> 0): "Senate" before a verb, a lower-case noun or a
// name alone is left to the other readings.
func (x *Extractor) officerAfterBody(d *doc, b, end int) int {
	toks := d.toks
	if b+2 >= end {
		return -1
	}
	bare := x.lex.sets.titledBodies[toks[b].Text]
	if !bare && !x.unknownAcronym(d, b, end) {
		return -1
	}
	if n := x.titleAt(d, b+1, end); n > 0 {
		k := d.pastHonorifics(b+1+n, end)
		named := func(k int) bool {
			return k < end && toks[k].Kind == Word && toks[k].Capitalized() && !x.lex.sets.notNames[toks[k].Text]
		}
		if named(k) && (bare || named(k+1)) {
			return n // after an acronym a full name: "KNF Chairman Jane Roe", not the ship "KRN Imam Bonjol"
		}
		return -1
	}
	if bare && toks[b+1].Kind == Word && x.givenName(toks[b+1].Text) && toks[b+2].Kind == Word && toks[b+2].Capitalized() {
		return 0
	}
	return -1
}

// unknownAcronym reports whether toks[b] is an acronym of two letters or
// more that no lexicon entry opens ("KNF", not "US" or "NATO").
func (x *Extractor) unknownAcronym(d *doc, b, end int) bool {
	if !acronym(d.toks[b].Text) {
		return false // acronym asks two capitals or more
	}
	e, _ := x.lex.match(d.toks, b, end)
	return e == nil
}

// titleAt returns the length of the lexicon title that starts at toks[k],
// or 0 when none does.
func (x *Extractor) titleAt(d *doc, k, end int) int {
	if e, n := x.lex.match(d.toks, k, end); e != nil && e.kind == kindTitle {
		return n
	}
	return 0
}

// headBeforeTitle reports whether the lexicon title e matched at toks[j]
// opens with an organization's head word that ends the name before it,
// the rest being a title of its own: "Kestrel Party leader Jane Roe" is
// the Kestrel Party and its leader, not "Kestrel" and a party leader.
func (x *Extractor) headBeforeTitle(e *entry, toks []Token, j, end int) bool {
	if e.kind != kindTitle || !x.lex.sets.orgHeads[toks[j].Text] {
		return false
	}
	t, _ := x.lex.match(toks, j+1, end)
	return t != nil && t.kind == kindTitle
}

// nameEnd returns the end of the capitalised sequence at toks[i]: capitalised
// words, name particles ("al-Assad", "Le Drian", "bin"), a possessive
// that names belong to ("People's", words.yaml name_possessives), and "of"/"for"
// between the words of an organization's name ("Ministry of Foreign
// Affairs"), stopping before "of" + a country ("Office of Germany") but
// not before "for" + a country after an organization head ("the Special
// Tribunal for Peru" is the tribunal's name), and
// "on" after an agreement's head ("Agreement on Trade").
func (x *Extractor) nameEnd(d *doc, i, end int) int {
	s := &x.lex.sets
	toks := d.toks
	j := i + 1
	for j < end {
		t := toks[j]
		lw := t.lower
		switch {
		case x.codeNameWord(d, i, j, end):
			j++ // "Operation Just Cause", "Operation Sea Guardian"
			continue
		case t.Kind == Word && t.Capitalized() && (!s.notNames[t.Text] || j == i+1 && x.givenName(toks[i].Text)) && !s.months[t.Text]:
			if x.officerAfterBody(d, j-1, end) >= 0 {
				return j // "the speaker of the National Assembly Jane Roe", "Senate President Jane Roe": the body ends before its officer
			}
			if s.honorifics[t.Text] && !s.honorifics[toks[j-1].Text] && j+1 < end && toks[j+1].Kind == Word && toks[j+1].Capitalized() {
				return j // "at the Vorn Palace Mr Tavo Rei": an honorific opens a person's name, the one before ends (not a stack, "Rt Hon")
			}
			if e, n := x.lex.match(toks, j, end); e != nil && j == i+1 && s.cues.prefixes[toks[i].Text] == "Organization" && e.label == "Country" && e.kind == kindName {
				j += n // a body named by its state after an organization prefix: "Bank Indonesia"
				continue
			}
			if e, n := x.lex.match(toks, j, end); e != nil && e.kind != kindAdjective && (e.kind != kindName || e.label != "Location" && e.label != "Person") &&
				!(j == i+1 && x.givenName(toks[i].Text) && (e.label == "Country" && e.kind == kindName || e.kind == kindTitle)) &&
				!x.countrySurname(d, i, j, n, e, end) &&
				!x.surnameAlias(d, i, j, end) &&
				!(e.kind == kindBody && x.bodyEndsName(d, i, j)) &&
				!(e.label == "Organization" && x.heldPossessiveIn(d, i, j)) &&
				!x.bareBodyAfterName(d, e, j, n) &&
				!x.headBeforeTitle(e, toks, j, end) && !x.spelledByAcronym(d, i, j+n, end) &&
				!(j-1 > i && s.particles[toks[j-1].Text]) {
				// a name stops before a lexicon entry; a country or a title
				// after a given name is a surname ("Michael Jordan", "Kevin
				// King"); not after a particle, whose name goes on to the
				// word it joins ("Vila da Praia" has no Cape Verde in it)
				return j
			}
			j++
			continue
		case t.Kind == Word && (s.particles[t.Text] || hasParticlePrefix(t.Text, s.particles)) && j+1 <= end:
			if s.particles[t.Text] && j+2 < end && s.particles[toks[j+1].Text] && toks[j+2].Kind == Word && toks[j+2].Capitalized() {
				j += 2 // two particles before the surname: "Juan Ramón de la Fuente", "Lars van der Berg"
				continue
			}
			if s.particles[t.Text] && (j+1 == end || !toks[j+1].Capitalized()) {
				return j
			}
			j++
			continue
		case (t.Text == "'s" || t.Text == "'" || t.Text == "’s" || t.Text == "’") && s.namePossessives[hyphenTail(toks[j-1].Text)] && j+1 < end &&
			toks[j+1].Kind == Word && toks[j+1].Capitalized() && !s.notNames[toks[j+1].Text]:
			j++ // "the Supreme People's Court": the possessive is the name's
			continue
		case (t.Text == "'s" || t.Text == "'" || t.Text == "’s" || t.Text == "’") && j+1 < end && toks[j+1].Kind == Word && toks[j+1].Capitalized() &&
			!s.notNames[toks[j+1].Text] && x.groupPossessive(d, j, end):
			j++ // "the Norwegian Fishermen's Association", "the Kestrel Teachers' Union"
			continue
		case possessiveS(t.Text) && j+1 < end && toks[j+1].Capitalized() && x.spelledByAcronym(d, i, x.nameEnd(d, j+1, end), end):
			j = x.nameEnd(d, j+1, end) // "the People's Security Forces (PSF)"
			continue
		case t.Text == "&" && j+1 < end && toks[j+1].Kind == Word && toks[j+1].Capitalized() && !s.notNames[toks[j+1].Text] &&
			!x.givenName(toks[i].Text) && !x.givenName(toks[j+1].Text):
			// "the Mail & Guardian", "Kestrel & Vorn Holdings": an ampersand
			// joins one name, whatever the lexicon knows after it; not two
			// people ("Ana Soto & Luis Vega")
			j += 2
			continue
		case t.Kind == Number && x.numberedHead(d, i, j) != "":
			return j + 1 // "Air Base 101", "Block 12": the number is the name's
		case t.Text == ",":
			if k := x.listNameEnd(d, i, j, end); k > 0 {
				return k // "the Truth, Healing and Unity Bill"
			}
			if k := x.ofListEnd(d, i, j, end); k > 0 {
				j = k // "the Directorate of Customs, Tobacco, Firearms and Excise"
				continue
			}
		case lw == "and" && t.Text == lw && x.andGoesOn(d, i, j, end):
			j += 2 // "Ministry of Agriculture and Rural Development"
			continue
		case lw == "on" && t.Text == lw && j+1 < end && toks[j+1].Kind == Word && toks[j+1].Capitalized() && !s.notNames[toks[j+1].Text] &&
			!s.months[toks[j+1].Text] && (x.agreementName(d, i, j) || x.topicBodyName(d, i, j, end)):
			j++ // an agreement's subject: "Agreement on Trade and Investment"; a forum's: "Forum on Maritime Security"
			continue
		case (lw == "of" || lw == "for") && t.Text == lw && j+1 < end && (toks[j+1].Capitalized() || j+2 < end && x.nameArticle(d, i, j) && toks[j+2].Capitalized()):
			k := j + 1
			if (strings.EqualFold(toks[k].Text, "the") || toks[k].Text == "a" || toks[k].Text == "an") && k+1 < end && toks[k+1].Capitalized() {
				k++ // "Center for a New American Security"
			}
			if e, n := x.lex.match(toks, k, end); e != nil && (e.label == "Country" || e.label == "Location") && !(j-i == 1 && s.orgHeads[toks[i].Text]) && !(lw == "for" && e.label == "Country" && s.orgHeads[toks[j-1].Text]) &&
				!(lw == "of" && x.placeNameGoesOn(d, e, i, j)) && !(x.peopleName(d, e, k, n)) {
				// but a people goes on the name: "Democratic League of Serbs"
				return j
			}
			if !toks[k].Capitalized() || lw == "of" && (x.personAfterOf(d, k, end) || x.personBeforeOf(d, i, j)) {
				return j // "the Tripartite Committee of King Fahd", "Ana Ruiz of Vorna University": two names
			}
			if e, n := x.lex.match(toks, k, end); e != nil && (lw == "of" && x.agreementPlace(d, e, i, j) ||
				n > 1 && e.kind == kindName && (e.label == "Country" || e.label == "Location") || n > 1 && e.kind == kindTitle && x.headOfThe(d, j, k)) {
				// "the Treaty of Buenos Aires", "the University of Equatorial
				// Guinea": the whole place, not a shorter one inside it; "the
				// Office of the Prime Minister": the whole title
				j = k + n
				continue
			}
			j = k + 1
			continue
		}
		break
	}
	return j
}

// personAfterOf reports whether a person's name opens at toks[k], just
// after an "of" that would carry a body's name on: a person the lexicon
// knows, a title and a capitalised name after it ("the Tripartite
// Committee of King Omar", "the Farmers' Party of Ivan Petrenko" name
// the body and the person, two names), or a given name and a capitalised
// word that hold no organization's head up to the name's end. Not a
// place or a body ("the Bank of Jordan", "the Office of the President":
// an article between them, or no name after the title).
func (x *Extractor) personAfterOf(d *doc, k, end int) bool {
	toks := d.toks
	if toks[k-1].Text != "of" {
		return false // "of the President", "of a New Era"
	}
	e, n := x.lex.match(toks, k, end)
	switch {
	case e != nil && e.kind == kindName && e.label == "Person":
		return true
	case e != nil && e.kind == kindTitle:
		if m := k + n; m < end && toks[m].Kind == Word && toks[m].Capitalized() && !x.lex.sets.notNames[toks[m].Text] && !x.lex.sets.months[toks[m].Text] {
			p, _ := x.lex.match(toks, m, end)
			return p == nil || p.kind == kindName && p.label == "Person"
		}
		return false
	case e == nil && x.givenName(toks[k].Text) && k+1 < end && toks[k+1].Kind == Word && toks[k+1].Capitalized() && !x.lex.sets.notNames[toks[k+1].Text]:
		return !x.holdsOrgHead(d, k, x.nameEnd(d, k, end))
	}
	return false
}

// personBeforeOf reports whether the name toks[i:j] before "of" is a
// person's: a given name and capitalised words after it that no lexicon
// knows and that hold no organization's head ("Ana Ruiz Tovar of Vorna
// University" is the person and the body; "the Simon Vorn Institute of
// Peace" goes on).
func (x *Extractor) personBeforeOf(d *doc, i, j int) bool {
	toks := d.toks
	if j-i < 2 || !x.givenName(toks[i].Text) || x.holdsOrgHead(d, i, j) {
		return false
	}
	if e, _ := x.lex.match(toks, i, j); e != nil && !(e.kind == kindName && e.label == "Person") {
		return false
	}
	for k := i + 1; k < j; k++ {
		if toks[k].Kind != Word || !toks[k].Capitalized() || x.lex.sets.notNames[toks[k].Text] {
			return false
		}
		if e, _ := x.lex.match(toks, k, k+1); e != nil && !(e.kind == kindName && e.label == "Person") {
			return false
		}
	}
	return true
}

// holdsOrgHead reports whether one of toks[i:j] is an organization's head
// (words.yaml org_heads: "Party", "Committee", "University").
func (x *Extractor) holdsOrgHead(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		if x.lex.sets.orgHeads[d.toks[k].Text] {
			return true
		}
	}
	return false
}

// heldPossessiveIn reports whether the name toks[i:j] holds a possessive
// that names belong to (words.yaml name_possessives, "People's",
// "Workers'"): an organization's name the lexicon knows after it is the
// rest of the name, not a body or a body of its own ("the People's Armed
// Police", "the People's Democratic Party" is no Democratic Party). Not
// inside a name the lexicon knows from toks[i] ("the People's Liberation
// Army"), whose reading stands.
func (x *Extractor) heldPossessiveIn(d *doc, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if t := d.toks[k].Text; (possessiveS(t) || t == "'" || t == "’") && x.lex.sets.namePossessives[hyphenTail(d.toks[k-1].Text)] {
			e, n := x.lex.match(d.toks, i, len(d.toks))
			return e == nil || i+n <= j
		}
	}
	return false
}

// groupPossessive reports whether the possessive at toks[j] belongs to a
// body's name as the people it gathers: the word before it is a
// capitalised plural of a common noun that no lexicon entry starts
// (a regular plural with a bare apostrophe, "Teachers'", or one in -men
// with "'s", "Fishermen's"; a singular's "'s" is its owner's, "Morales's
// Movement") and the capitalised words after it hold an organization's head
// (words.yaml org_heads): "the Norwegian Fishermen's Association", "the
// Kestrel Teachers' Union". Not a state's or a known body's possessive
// ("Russia's Foreign Ministry"), nor a group's that ends on no head
// ("the Teachers' Day parade").
func (x *Extractor) groupPossessive(d *doc, j, end int) bool {
	toks := d.toks
	if j < 1 || x.dict == nil {
		return false
	}
	p := toks[j-1]
	if !x.unknownWord(p) || isAllCaps(p.Text) {
		return false
	}
	w, bare := p.lower, toks[j].Text == "'" || toks[j].Text == "’"
	switch {
	case bare && x.commonPlural(w): // "Teachers'"
	case !bare && len(w) > 4 && strings.HasSuffix(w, "men") && x.dict.CommonWord(strings.TrimSuffix(w, "men")+"man"): // "Fishermen's"
	default:
		return false // a name's "Morales's Movement for Socialism" is its owner's
	}
	return x.holdsOrgHead(d, j+1, x.nameEnd(d, j+1, end)) // "the Doctors' Association of Vorna" too
}

// codeNameWord reports whether toks[j] goes on the code name that a
// program's prefix opens at toks[i] ("Operation", namecues prefixes), up
// to three words after it: a code name's words are its own whatever else
// they could be, a word that starts no name ("Operation Just Cause",
// "Operation Northern Watch") or an outlet's ("Operation Sea Guardian");
// but a date, a state's or a person's name ends it ("Operation Kestrel
// Monday", "Operation Kestrel Russia said").
func (x *Extractor) codeNameWord(d *doc, i, j, end int) bool {
	s := &x.lex.sets
	t := d.toks[j]
	if t.Kind != Word || !t.Capitalized() || j > i+3 || s.cues.prefixes[d.toks[i].Text] != "Program" || s.months[t.Text] || s.weekdays[t.Text] {
		return false
	}
	e, _ := x.lex.match(d.toks, j, end)
	return e == nil || e.kind != kindName || e.label != "Country" && e.label != "Person"
}

// numberedHead returns the label of the name toks[i:j] when the number
// at toks[j] goes on it: the name ends on a capitalised head that numbers
// name (words.yaml numbered_heads: "Air Base 101", "Camp 5", "Block 12")
// and the number is a short one of digits only, no year, amount or date
// ("the Air Base 2019 budget" is rare; "Camp David 1978" ends on no head).
func (x *Extractor) numberedHead(d *doc, i, j int) string {
	toks := d.toks
	if j >= len(toks) || toks[j].Kind != Number || len(toks[j].Text) > 3 || strings.Trim(toks[j].Text, "0123456789") != "" || !toks[j-1].Capitalized() {
		return ""
	}
	if j+1 < len(toks) && (toks[j+1].Text == "%" || toks[j+1].Text == "," && j+2 < len(toks) && toks[j+2].Kind == Number) {
		return "" // "Zone 3,000", a share: no name
	}
	if j-i >= 2 {
		if l := x.lex.sets.numberedHeads[toks[j-2].lower+" "+toks[j-1].lower]; l != "" {
			return l
		}
	}
	return x.lex.sets.numberedHeads[toks[j-1].lower]
}

// styledBody reports whether a body's style at toks[i] ("Royal",
// "Imperial") stands before a state's demonym and a generic body the
// lexicon knows ("the Royal Danish Navy"): the style opens no name of its
// own, the body named by the demonym takes it.
func (x *Extractor) styledBody(d *doc, i, end int) bool {
	a, n := x.lex.match(d.toks, i+1, end)
	if a == nil || a.label != "Country" || a.kind != kindAdjective || i+1+n >= end {
		return false
	}
	b, _ := x.lex.match(d.toks, i+1+n, end)
	return b != nil && b.kind == kindBody
}

// bodyEndsName reports whether a generic body's name at toks[j] ("Army",
// "Defence Force", "Police") ends the name toks[i:j] as its head instead
// of naming a state's body: after two capitalised words no lexicon knows
// or a demonym and one ("the Ethiopian National Defence Force"), after
// one such word that is no given name ("the Kestrel Army", "the Arakan
// Army (AA)": an armed group of its own), or after a possessive the name
// holds ("the People's Defence Force", "the Kestrel People's Army").
func (x *Extractor) bodyEndsName(d *doc, i, j int) bool {
	toks := d.toks
	switch {
	case j-i >= 2 && possessiveS(toks[j-1].Text) && x.lex.sets.namePossessives[hyphenTail(toks[j-2].Text)]:
		return true
	case j-i == 1 && x.wordBodyAt(d, i):
		return true // "the Treasury Police": a body of its own, no Treasury's police
	case !x.unknownWord(toks[j-1]) && !(j-i == 1 && x.lex.unitOrdinals[toks[i].Text]): // "the First Army Corps"
		return false
	case j-i >= 2:
		return x.unknownWord(toks[j-2]) || x.demonymAt(toks, j-2) || x.demonymEndsAt(toks, j-2)
	}
	return j-i == 1 && i > 0 && toks[i-1].lower == "the" && !x.givenName(toks[i].Text)
}

// demonymEndsAt reports whether a state's adjective of two words ends at
// toks[k] ("South African", "New Zealand"): as demonymAt's one word, with
// one unknown capitalised word after it a generic body goes on its name
// ("the South African National Defence Force" is one body, no bare
// "Defence Force").
func (x *Extractor) demonymEndsAt(toks []Token, k int) bool {
	if k < 1 {
		return false
	}
	e, n := x.lex.match(toks, k-1, k+1)
	return e != nil && n == 2 && e.label == "Country" && e.kind == kindAdjective
}

// countrySurname reports whether the country's name e (n tokens at
// toks[j]) ends the person's name toks[i:j], a given name and a second
// name before it, as a surname: "Ana Maria Chile of the Kestrel Party",
// "Tovan Roe Peru, the party's leader". The country must close the name
// (a comma, "of", a bracket or the sentence's end after it), since
// "told Ana Ruiz Chile would stay" names the state.
func (x *Extractor) countrySurname(d *doc, i, j, n int, e *entry, end int) bool {
	toks := d.toks
	if j != i+2 || e.label != "Country" || e.kind != kindName || !x.givenName(toks[i].Text) || !x.unknownWord(toks[i+1]) {
		return false
	}
	k := j + n
	return k >= end || toks[k].Text == "," || toks[k].Text == "of" || toks[k].Text == ")" || toks[k].Text == "."
}

// andGoesOn reports whether "and" at toks[j] joins two words of the one
// name toks[i:j] opened with an "of", "for" or "on" complement: the word
// after it is a capitalised common word that no lexicon entry starts and
// no given name ("Ministry of Agriculture and Rural Development", "Treaty
// of Friendship and Cooperation", "Agreement on Trade and Investment"),
// or one or two words before an organization's kind noun ("the Coastal
// Builders and Engineers company"),
// or a body's short name (bare_body_names) after "and" and a capitalised
// word no lexicon knows ("the Kestrel Trade and Security Council"),
// while "the Ministry of Defence and Foreign Ministry" and "the Union of
// Farmers and Ana Ruiz" are two.
func (x *Extractor) andGoesOn(d *doc, i, j, end int) bool {
	toks := d.toks
	if j+1 >= end {
		return false
	}
	if x.headAfterAnd(d, i, j, end) {
		return true
	}
	if e, n := x.lex.match(toks, j+1, end); e != nil && e.label == "Organization" && x.unknownWord(toks[j-1]) && !x.givenName(toks[i].Text) &&
		x.lex.bareBodies[d.text[toks[j+1].Start:toks[j+n].End()]] {
		return true // "the Kestrel Trade and Security Council" is not the UN's, as "the Regional Security Council" is not
	}
	if j+1 >= end || x.dict == nil || toks[j+1].Kind != Word || !toks[j+1].Capitalized() || !x.dict.CommonWord(toks[j+1].lower) ||
		x.lex.sets.notNames[toks[j+1].Text] || x.givenName(toks[j+1].Text) {
		return false
	}
	if e, _ := x.lex.match(toks, j+1, end); e != nil {
		return false
	}
	if k := j + 2; k < end && (x.kindNounAfter(d, k, end) || k+1 < end && toks[k].Kind == Word && toks[k].Capitalized() && x.kindNounAfter(d, k+1, end)) {
		return true // "the Coastal Builders and Engineers company": one company's name
	}
	for k := i + 1; k < j; k++ {
		if toks[k].Text == "of" || toks[k].Text == "for" || toks[k].Text == "on" {
			return true
		}
	}
	return false
}

// listNameEnd returns the end of an act's or a plan's name that lists
// capitalised common words with commas and "and" before its head
// (namecues agreement_name_heads, program_name_heads, or a capitalised
// agreement head): "the Truth, Healing and Unity Bill", "the
// Peace, Security and Development Plan". Every word is a common word no
// lexicon knows, so "Chile, Peru and Bolivia" stay three. The comma is
// at toks[j], after the name's first words toks[i:j]; 0 when no such
// name goes on.
func (x *Extractor) listNameEnd(d *doc, i, j, end int) int {
	toks := d.toks
	common := func(k int) bool { return k < end && x.commonCapital(toks[k]) }
	for k := i; k < j; k++ {
		if !common(k) {
			return 0
		}
	}
	k := j
	for k+1 < end && toks[k].Text == "," && common(k+1) {
		k += 2
	}
	if k < end && toks[k].Text == "," {
		k++ // the serial comma: "Peace, Security, and Development Plan"
	}
	if k == j || k >= end || toks[k].Text != "and" {
		return 0
	}
	k++
	for n := 0; k < end && common(k) && n < 3; n++ {
		if x.actHead(toks[k]) {
			return k + 1
		}
		k++
	}
	return 0
}

// ofListEnd returns the end of a name whose "of", "for" or "on" complement
// lists capitalised common words with commas and a closing "and": "the
// Directorate of Customs, Tobacco, Firearms and Excise", "the Treaty of
// Friendship, Trade and Security", "the Ministry of Agriculture,
// Fisheries and Food". The comma is at toks[j]; the complement before it
// (one or two words) and every item after it (one or two words) are
// listWords, so a name, a title or a state ends the name at the comma
// ("the Ministry of Defence, Chile and Peru", "the Ministry of Finance,
// Foreign Minister Ana Ruiz"); a plural head ("the Ministries of
// Defence, Interior and Finance") lists bodies, not one. 0 when no such
// list goes on; else the index after the last item's first word (the
// name may go on with more capitalised words, "and Rural Development").
func (x *Extractor) ofListEnd(d *doc, i, j, end int) int {
	toks := d.toks
	p := -1
	for k := j - 1; k > i; k-- {
		if toks[k].Text == "of" || toks[k].Text == "for" || toks[k].Text == "on" {
			p = k
			break
		}
	}
	if p < 0 || j-p-1 < 1 || j-p-1 > 2 || x.pluralOrgHead(toks[p-1]) {
		return 0
	}
	for k := p + 1; k < j; k++ {
		if !x.listWord(toks, k, end) {
			return 0
		}
	}
	k, items := j, 0
	for k+1 < end && toks[k].Text == "," && x.listWord(toks, k+1, end) {
		k += 2
		if k < end && x.listWord(toks, k, end) {
			k++ // a two-word item: "Rural Development"
		}
		items++
	}
	if k < end && toks[k].Text == "," {
		k++ // the serial comma: "Alcohol, Tobacco, and Firearms"
	}
	if items == 0 || k+1 >= end || toks[k].Text != "and" || !x.listWord(toks, k+1, end) {
		return 0
	}
	return k + 2
}

// pluralOrgHead reports whether t is the plural of an organization head
// ("Ministries", "Departments"): its "of" list names several bodies.
func (x *Extractor) pluralOrgHead(t Token) bool {
	h := x.lex.sets.orgHeads
	return strings.HasSuffix(t.Text, "ies") && h[strings.TrimSuffix(t.Text, "ies")+"y"] || strings.HasSuffix(t.Text, "s") && h[strings.TrimSuffix(t.Text, "s")]
}

// listWord reports whether toks[k] can be one word of a listed
// complement: a capitalised common word that no name, title, body or
// demonym of the lexicon opens and no given name is; a class noun the
// lexicon knows counts ("Firearms").
func (x *Extractor) listWord(toks []Token, k, end int) bool {
	t := toks[k]
	if t.Kind != Word || !t.Capitalized() || x.dict == nil || !x.dict.CommonWord(t.lower) || x.lex.sets.notNames[t.Text] || x.givenName(t.Text) || x.lex.sets.months[t.Text] || x.lex.sets.weekdays[t.Text] {
		return false
	}
	e, _ := x.lex.match(toks, k, end)
	return e == nil || e.label != "Country" && e.label != "Location" && e.label != "Person" && e.label != "Organization" && e.kind != kindTitle && e.kind != kindBody
}

// commonCapital reports whether t is a capitalised common word that no
// lexicon entry and no given name is: "Peace", "Security", "Trade".
func (x *Extractor) commonCapital(t Token) bool {
	return x.unknownWord(t) && x.dict != nil && x.dict.CommonWord(t.lower) && !x.givenName(t.Text)
}

// actHead reports whether t, capitalised, ends the name of an act or a
// plan (namecues agreement_name_heads, program_name_heads, or an
// agreement head: "Bill", "Plan", "Treaty").
func (x *Extractor) actHead(t Token) bool {
	c := &x.lex.sets.cues
	return c.agreementNameHeads[t.Text] || c.programNameHeads[t.Text] || t.in(x.lex.sets.agreementHeads)
}

// headAfterAnd reports whether the name toks[i:j], all capitalised
// common words, goes on past the "and" at toks[j] with up to three more
// such words to the head of a body's, an act's or a plan's name: "the
// National Security and Defense Council", "the Peace and Unity Bill",
// "the Trade and Development Bank" are one name each, while "Chile and
// Peru" and "the Kestrel Group and Vorn Bank" are two.
func (x *Extractor) headAfterAnd(d *doc, i, j, end int) bool {
	toks := d.toks
	for k := i; k < j; k++ {
		if !x.commonCapital(toks[k]) {
			return false
		}
	}
	for k := j + 1; k < end && k <= j+3 && toks[k].Kind == Word && toks[k].Capitalized(); k++ {
		if x.lex.sets.orgHeads[toks[k].Text] || x.actHead(toks[k]) {
			return k > j+1
		}
		if !x.commonCapital(toks[k]) {
			return false
		}
	}
	return false
}

// agreementName reports whether the name toks[i:j] holds a capitalised
// agreement head (words.yaml agreement_heads), so that an "on" and its
// subject go on it: "the Agreement on Trade and Investment", "a
// Declaration of Principles on Water Sharing"; not "Chile on Monday".
func (x *Extractor) agreementName(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		if t := d.toks[k]; t.Kind == Word && t.Capitalized() && t.in(x.lex.sets.agreementHeads) {
			return true
		}
	}
	return false
}

// topicBodyName reports whether the name toks[i:j] of two words or more
// ends on a body's head that takes its topic after "on" (words.yaml
// topic_body_heads: "the Standing Forum on Maritime Security") and the
// words after "on" are no place or state the lexicon knows ("the Security
// Council on Chile" is the council and its subject).
func (x *Extractor) topicBodyName(d *doc, i, j, end int) bool {
	if j-i < 2 || !d.toks[j-1].Capitalized() || !d.in(j-1, x.lex.sets.topicBodyHeads) {
		return false
	}
	if e, _ := x.lex.match(d.toks, j+1, end); e != nil {
		return false
	}
	return true
}

// bareBodyAfterName reports whether the lexicon entry e matched by the n
// tokens at toks[j] is a body's short name (words.yaml bare_body_names)
// after a capitalised word no lexicon knows, which makes it the end of
// another body's name: "the Regional Security Council" is not the UN's.
func (x *Extractor) bareBodyAfterName(d *doc, e *entry, j, n int) bool {
	if e == nil || e.label != "Organization" || j == 0 || !x.unknownWord(d.toks[j-1]) {
		return false
	}
	return x.lex.bareBodies[d.text[d.toks[j].Start:d.toks[j+n-1].End()]]
}

// nameArticle reports whether the article at toks[j+1], after "of" or
// "for" at toks[j], goes on the unknown name toks[i:j]: "a" or "an"
// always ("Center for a New American Security"), "the" only in "for the"
// after an organization's head ("Patriotic Front for the Defence"), so
// that "thanked Biden for the Marshall Plan" stays two.
func (x *Extractor) nameArticle(d *doc, i, j int) bool {
	switch d.toks[j+1].Text {
	case "a", "an":
		return true
	case "the":
		return d.toks[j].Text == "for" && (x.lex.sets.orgHeads[hyphenTail(d.toks[j-1].Text)] || x.endsWith(d, i, j, x.lex.sets.orgHeads)) ||
			d.toks[j].Text == "of" && (x.mediaNounAfter(d, j+2) || x.headOfThe(d, j, j+2) || x.stateOfBodyAt(d, i, j, j+2))
	}
	return false
}

// stateOfBodyAt reports whether the state the lexicon knows at toks[k]
// ends the name of the body toks[i:j] before "of" (stateOfBody): "the
// Communist Party of the Philippines".
func (x *Extractor) stateOfBodyAt(d *doc, i, j, k int) bool {
	e, _ := x.lex.match(d.toks, k, len(d.toks))
	return x.stateOfBody(d, e, i, j)
}

// hyphenTail returns the part of the word w after its last hyphen, or w:
// a name joined to another by a hyphen goes on as its last part would
// ("Revolutionary Armed Forces of Colombia-People's Army", "the National
// Council for Democracy-Forces for the Defence of Democracy").
func hyphenTail(w string) string {
	if k := strings.LastIndexAny(w, "-–"); k >= 0 {
		_, h := utf8.DecodeRuneInString(w[k:])
		return w[k+h:]
	}
	return w
}

// headOfThe reports whether "of" at toks[j], with or without "the",
// carries the name of a body on: the word before "of" is an
// organization's head (words.yaml org_heads) and the capitalised word
// at toks[k], after "of" or "of the", a title the lexicon
// knows or a word no lexicon entry opens ("the Office of the President",
// "the Institute of the Sea", "the Office of the Ombudsman"). A state, a
// place or a body the lexicon knows after it is a name of its own ("the
// Office of the United Nations", read as before), and so is a person
// named with a title ("the Office of the President Ana Ruiz").
func (x *Extractor) headOfThe(d *doc, j, k int) bool {
	toks := d.toks
	if k >= len(toks) || !x.lex.sets.orgHeads[toks[j-1].Text] || toks[k].Kind != Word || !toks[k].Capitalized() || x.lex.sets.notNames[toks[k].Text] {
		return false
	}
	e, n := x.lex.match(toks, k, len(toks))
	if e == nil {
		return true
	}
	if e.kind != kindTitle {
		return false
	}
	m := k + n
	return m >= len(toks) || toks[m].Kind != Word || !toks[m].Capitalized() // a title alone, no holder named after it
}

// mediaNounAfter reports whether the capitalised words from toks[k] are
// followed by a lower-case medium's noun (an Organization descriptor that
// is also an outlet's, words.yaml outlet_descriptors: radio, television,
// newspaper): "of the" then belongs to an outlet's name, "Voice of the
// Nation radio", "Echo of the Coast weekly", while "the Minister of the
// Interior said" keeps its title.
func (x *Extractor) mediaNounAfter(d *doc, k int) bool {
	s := &x.lex.sets
	from := k
	for k < len(d.toks) && d.toks[k].Kind == Word && d.toks[k].Capitalized() {
		k++
	}
	if k == from || k >= len(d.toks) || d.toks[k].Kind != Word {
		return false
	}
	w := d.toks[k].lower
	return s.cues.descriptors[w] == "Organization" && d.words.outletDescs.has(w) && !s.facilityHeads.has(w)
}

// placeNameGoesOn reports whether a place the lexicon knows, after "of"
// at toks[j], belongs to the unknown name toks[i:j]: after a geographic
// prefix ("Gulf of Gdansk", namecues prefixes) or in a name whose words
// "for" joined ("Front for the Defence of Poland"), or a town after a
// capitalised agreement head (agreementPlace: "the Treaty of Lima").
// Elsewhere "of" and a place end the name ("Office of Germany").
func (x *Extractor) placeNameGoesOn(d *doc, e *entry, i, j int) bool {
	if j-i == 1 && x.lex.sets.cues.prefixes[d.toks[i].Text+" of"] == "Location" {
		return true
	}
	if x.agreementPlace(d, e, i, j) || x.stateOfBody(d, e, i, j) {
		return true
	}
	for k := i + 1; k < j; k++ {
		if d.toks[k].Text == "for" {
			return true
		}
	}
	return false
}

// stateOfBody reports whether the state e, after "of" at toks[j], is the
// last part of the name of a body toks[i:j] of two words or more: one that
// ends on an organization's head ("the Communist Party of the Philippines",
// "the Republican Forces of Mali") or holds a head and "of" or "for" ("the
// Association of Cement Producers of Brazil", "the Ministry of Foreign
// Affairs of Peru"). Such a body is named with its state; a single head
// ("the Government of Iraq") goes on already, an unknown name ("Ana Soto
// of Peru") does not.
func (x *Extractor) stateOfBody(d *doc, e *entry, i, j int) bool {
	if e == nil || e.label != "Country" || e.kind != kindName || j-i < 2 {
		return false
	}
	heads := x.lex.sets.orgHeads
	toks := d.toks
	if heads[toks[j-1].Text] {
		return true
	}
	for k := i; k+1 < j; k++ {
		if heads[toks[k].Text] && (toks[k+1].lower == "of" || toks[k+1].lower == "for") {
			return true // "the National Union of Mineworkers of Peru"
		}
	}
	return false
}

// endsOnStateOf reports whether the name toks[i:j] ends on an
// organization's head, "of" and a state (nameEnd's stateOfBody: "the
// Communist Party of Peru"), so that a faction's qualifier may follow.
func (x *Extractor) endsOnStateOf(d *doc, i, j int) bool {
	k, _ := x.stateOfAt(d, i, j)
	return k > 0
}

// stateOfAt returns the index of the "of" before the state that ends the
// body's name toks[i:j] ("the Ministry of Trade of Peru": the second
// "of") and the state's entry, or 0 and nil when the name ends on no
// state so named (stateOfBody). It reads a name already read
// whole; nameArticle's stateOfBodyAt asks the same of one "of" while the
// name is being read.
func (x *Extractor) stateOfAt(d *doc, i, j int) (int, *entry) {
	toks := d.toks
	for k := i + 1; k+1 < j; k++ {
		if toks[k].Text != "of" {
			continue
		}
		m := k + 1
		if toks[m].Text == "the" {
			m++
		}
		if e, n := x.lex.match(toks, m, j); m+n == j && x.stateOfBody(d, e, i, k) {
			return k, e // the first "of" whose state ends the name: "of the Republic of Peru"
		}
	}
	return 0, nil
}

// agreementPlace reports whether the lexicon's place e, after "of" at
// toks[j], is the town or region where the agreement the name toks[i:j]
// ends on was signed: a capitalised agreement head (words.yaml
// agreement_heads) before "of" and a town, a region or a capital, as in
// "the Treaty of Lima", "the Protocol of Rio de Janeiro", "the Peace
// Treaty of Paris". The agreement is named, not the town; a state's own
// name after the head ("the Constitution of Peru") is no such place.
func (x *Extractor) agreementPlace(d *doc, e *entry, i, j int) bool {
	if e == nil || !(e.label == "Location" && e.kind == kindName || e.kind == kindCapital) || j-1 < i {
		return false
	}
	t := d.toks[j-1]
	return t.Kind == Word && t.Capitalized() && t.in(x.lex.sets.agreementHeads)
}

// surnameAlias reports whether the capitalised word toks[j], one word an
// organization's entry knows ("Wagner"), is the surname that ends a
// person's name opened at toks[i] by a given name or after an honorific,
// and an unknown word: "Marie Lukamba Wagner", "His Excellency Jean
// Lukamba Wagner" are one person, not a person and the Wagner Group.
func (x *Extractor) surnameAlias(d *doc, i, j, end int) bool {
	toks := d.toks
	if j-i < 2 || !(x.givenName(toks[i].Text) || i > 0 && x.lex.sets.honorifics[toks[i-1].Text]) || acronym(toks[j].Text) || j+1 < end && toks[j+1].Kind == Word && toks[j+1].Capitalized() {
		return false
	}
	if e, n := x.lex.match(toks, j, end); e == nil || n != 1 || e.label != "Organization" || e.kind != kindName {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !x.unknownWord(toks[k]) {
			return false
		}
	}
	return true
}

// reporterBeat reports whether the capitalised words ws are a reporter's
// beat written as a title: common English words closed by a noun of a
// reporter (words.yaml reporter_nouns): "Political Correspondent", "Chief
// Foreign Editor". Not an outlet named for a place ("Hollywood Reporter").
func (x *Extractor) reporterBeat(ws []Token) bool {
	if len(ws) < 2 || x.dict == nil || !ws[len(ws)-1].in(x.lex.sets.reporterNouns) {
		return false
	}
	for _, t := range ws[:len(ws)-1] {
		if t.Kind != Word || isAllCaps(t.Text) || !x.dict.CommonWord(t.lower) || x.givenName(t.Text) {
			return false
		}
	}
	return true
}

// unknownWord reports whether t is a capitalised word that no lexicon
// entry starts with.
func (x *Extractor) unknownWord(t Token) bool {
	if t.Kind != Word || !t.Capitalized() || x.lex.sets.notNames[t.Text] {
		return false
	}
	e, _ := x.lex.match([]Token{t}, 0, 1)
	return e == nil
}

// demonymAt reports whether toks[k] is a state's adjective ("Ethiopian"):
// with one unknown capitalised word after it, a generic body goes on its
// name ("the Ethiopian National Defence Force", "the Iraqi Federal
// Police" are one body of that state, not a bare "Defence Force").
func (x *Extractor) demonymAt(toks []Token, k int) bool {
	e, n := x.lex.match(toks, k, k+1)
	return e != nil && n == 1 && e.label == "Country" && e.kind == kindAdjective
}

// numberOpensName reports whether the capitalised number word at toks[i]
// opens a name after "the" inside a sentence, before a capitalised word no
// lexicon knows: "the Three Kestrel Alliance", "the Five Rivers Front";
// at a sentence's start or alone ("Two Chinese ships") it counts.
func (x *Extractor) numberOpensName(d *doc, si, i int) bool {
	toks := d.toks
	if !numberWords[toks[i].lower] && !x.lex.unitOrdinals[toks[i].Text] || !toks[i].Capitalized() || i == d.sents[si].From || d.lw(i-1) != "the" || i+1 >= d.sents[si].To {
		return false
	}
	if x.lex.unitOrdinals[toks[i].Text] {
		// "the First Army Corps": an ordinal opens a unit's name that
		// ends on an organization's head
		j := x.nameEnd(d, i, d.sents[si].To)
		return j > i+1 && x.endsWith(d, i, j, x.lex.sets.orgHeads)
	}
	return x.unknownWord(toks[i+1])
}

// ordinalUnit returns the length of a unit's name opened by an ordinal in
// digits at toks[i] ("82nd", "5th", "101st") and ending on an
// organization's head: "the 82nd Airborne Division", "the army's 5th
// Corps". The ordinal is the name's: without it the unit is no other
// ("Airborne Division" alone names none). Not a body the lexicon knows
// after it ("the 75th General Assembly" is the UN's) other than a
// state's generic force ("the 40th Army" is a unit), nor a session of a
// titled body ("the 19th Party Congress"; words.yaml titled_bodies).
func (x *Extractor) ordinalUnit(d *doc, i, end int) int {
	toks := d.toks
	if !digitOrdinal(toks[i].Text) || i+1 >= end || toks[i+1].Kind != Word || !toks[i+1].Capitalized() {
		return 0
	}
	j := x.nameEnd(d, i+1, end)
	if !x.endsWith(d, i, j, x.lex.sets.orgHeads) || x.lex.sets.titledBodies[toks[j-1].Text] {
		// a head of one word or more: "the 5th Military District"
		return 0
	}
	if e, n := x.lex.match(toks, i+1, end); e != nil && i+1+n >= j && !(e.kind == kindBody && e.sort == "military") {
		return 0 // but a state's generic force is numbered as a unit: "the 40th Army"
	}
	return j - i
}

// cardinalName returns the length of an organization's name opened by a
// short number in digits right after "the" at toks[i]: capitalised words
// no lexicon knows after the number that end on an organization's head
// ("the 5 Star Movement") or stand before a kind noun in the singular
// ("the 88 Generation Students group"), the phrase closing there. A number
// before a singular body counts nothing, so it is the name's; before a
// plural noun it counts ("the 12 Kestrel Party members"), and none opens a
// name the lexicon knows ("the 27 European Union states") or a month's
// date ("the 14 March rally").
func (x *Extractor) cardinalName(d *doc, si, i, end int) int {
	toks := d.toks
	if toks[i].Kind != Number || len(toks[i].Text) > 3 || strings.Trim(toks[i].Text, "0123456789") != "" || i == d.sents[si].From || d.lw(i-1) != "the" ||
		i+1 >= end || toks[i+1].Kind != Word || !toks[i+1].Capitalized() || x.lex.sets.notNames[toks[i+1].Text] || x.lex.sets.months[toks[i+1].Text] {
		return 0
	}
	if e, _ := x.lex.match(toks, i+1, end); e != nil {
		return 0
	}
	j := x.nameEnd(d, i+1, end)
	if n := x.kindNounLen(d, j, end); n > 0 && !strings.HasSuffix(toks[j+n-1].lower, "s") {
		return j - i // "the 88 Generation Students group": the kind noun is written with the name
	}
	if !x.endsWith(d, i+1, j, x.lex.sets.orgHeads) || j < end && toks[j].Kind == Word && !toks[j].Capitalized() && x.commonPlural(toks[j].lower) && !x.isSaying(toks[j].lower) {
		return 0 // "the 12 Kestrel Party members": a count
	}
	return j - i
}

// digitOrdinal reports whether w is an ordinal written in digits: "5th",
// "82nd", "101st", "3rd".
func digitOrdinal(w string) bool {
	k := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if k <= 0 || k > 3 {
		return false
	}
	switch w[k:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// particleWords counts the words of toks[i:j] after its first that are
// name particles written apart, in either case ("Al", "bin", "de"): a
// person's name is four words at most without them, while Gulf styles
// write "Hamad Al Nasser Al Thani" in five.
func (x *Extractor) particleWords(toks []Token, i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		if toks[k].Kind == Word && x.lex.sets.particles[toks[k].lower] {
			n++
		}
	}
	return n
}

func hasParticlePrefix(w string, particles set) bool {
	if k := strings.IndexAny(w, "-'’"); k > 0 {
		return particles[w[:k]] || particles[w[:k+1]]
	}
	return false
}

// endsWith reports whether toks[i:j] ends with one of heads (one to four words).
func (x *Extractor) endsWith(d *doc, i, j int, heads set) bool {
	for n := 1; n <= 4 && j-n >= i; n++ {
		var b strings.Builder
		for k := j - n; k < j; k++ {
			if k > j-n {
				b.WriteByte(' ')
			}
			b.WriteString(d.toks[k].Text)
		}
		if heads[b.String()] {
			return j-n > i || n > 1
		}
	}
	return false
}

// personEvidence reports whether the unknown name toks[i:j] is a person:
// it follows a title or an honorific, starts with a given name, speaks, is
// followed by a title in apposition, or (two words or more) by a state in
// brackets, as delegates are named in meeting records, or by a comma and
// "who" or "whom" (a person's relative pronoun), or it is the agent of a
// passive lead verb ("led by", "chaired by"); or it holds a
// patronymic ("bin", "ibn", "bint") after its first word.
func (x *Extractor) personEvidence(d *doc, si, i, j int) bool {
	s := &x.lex.sets
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	for k := i + 1; k+1 < j && k < i+4; k++ {
		if sonOf[toks[k].lower] {
			return true // a patronymic: "Halab bin Saad Al Jubail", "Hamdan Bin Saif Al Qasimi"
		}
	}
	if j-i-x.particleWords(toks, i, j) > 4 {
		return false
	}
	if i > from {
		prev := toks[i-1]
		if s.honorifics[prev.Text] || s.judicialStyles[prev.Text] && x.judgeStyle(d, si, i-1) {
			return true
		}
		if j-i >= 2 && prev.lower == "to" && i-2 >= from && d.toks[i-2].lower == "loyal" {
			return true // "fighters loyal to Omar Dakhil": a leader, where a group would take "the"
		}
		if j-i >= 2 && prev.lower == "by" && i-2 >= from && d.in(i-2, d.words.leadVerbs) {
			return true // "the Kestrel Party, led by Jane Roe": a leader, where a body would take "the"
		}
		if x.afterPortfolio(d, si, i) {
			return true // "Secretary for Foreign Affairs Ana Velkov": the holder after the title's portfolio
		}
		if k := len(d.mentions) - 1; prev.Text == "of" && k >= 0 && d.mentions[k].Kind == mTitle && d.mentions[k].To == i-1 {
			return false // "Minister of State": the title's portfolio, no holder
		}
		if n := len(d.mentions); n > 0 {
			m := d.mentions[n-1]
			if m.Kind == mTitle && (m.To == i || m.To == i-1 && prev.Text == ",") && !(j-i == 1 && s.orgHeads[toks[i].Text]) &&
				!(m.To == i-1 && n > 1 && apposedToPerson(d, n-1)) {
				return true // but "the General Office of ...": a body's head word
			}
		}
		if i-2 >= from && prev.Text == "," && strings.HasPrefix(toks[i-2].lower, "counterpart") {
			return true
		}
		if prev.Text == "," && j-i >= 2 && !s.orgHeads[toks[j-1].Text] {
			// "The leader of the biggest rural Chilean party, Tovan Roe"
			ms := d.sentMentions(si)
			for p := len(ms) - 1; p >= 0; p-- {
				if t := &d.mentions[ms[p]]; t.Kind == mTitle {
					if d.titleComplement(ms, t, true) == i-1 { // "Peru's envoy for Asian affairs, Tovan Roe", "the chairman of Chile's Border Committee, Tovan Roe"
						return true
					}
					break
				}
			}
		}
		if prev.Text == "," || prev.Text == "and" {
			// a list of names after "counterparts," or after a first person
			if k := len(d.mentions) - 1; k >= 0 && d.mentions[k].sent == si {
				if m := d.mentions[k]; m.Label == "Person" && m.To >= i-1 {
					return j-i >= 2
				}
			}
		}
		if prev.Text == "'s" && j-i >= 2 {
			// "Chile's Ana Ruiz and Peru's Luis Soto": a name
			// after its state's possessive, listed after a person named so
			if k := len(d.mentions) - 1; k >= 1 && d.mentions[k].sent == si && d.mentions[k].Label == "Country" && d.mentions[k].To == i-1 {
				c := d.mentions[k]
				listed := c.From > from && (toks[c.From-1].Text == "," || toks[c.From-1].lower == "and")
				for a := k - 1; listed && a >= 0 && d.mentions[a].sent == si && d.mentions[a].To >= c.From-1; a-- {
					if d.mentions[a].Label == "Person" && d.mentions[a].Kind != mImplied {
						return true
					}
				}
			}
		}

		if !prev.Capitalized() && x.isSaying(prev.lower) && (j == end || toks[j].Kind == Punct || followers[toks[j].lower]) {
			return true // `said Gates,` but not `warned Western countries`
		}
	}
	if j-i >= 2 && x.givenName(toks[i].Text) {
		return true
	}
	if j < end && x.isSaying(toks[j].lower) && !(i > from && toks[i-1].in(s.placePreps)) && !x.nounAt(d, si, j) {
		return true // "Gates said", not "officials in Gyula said" or "Early reports said"
	}
	if j-i >= 2 && !s.orgHeads[toks[j-1].Text] && x.personNounApposed(d, si, j) {
		return true // "Daniyar Rentik, a Lima-based security analyst, told": a person's noun in apposition
	}
	if j-i >= 2 && j+1 < end && toks[j].Text == "," && (toks[j+1].lower == "who" || toks[j+1].lower == "whom") {
		return true // "the expulsion of Tavo Kumar Rei, whom she named as", "Lina Verhoef, who heads": a person's relative pronoun
	}
	if j-i >= 2 && j+2 < end && toks[j].Text == "(" {
		// a delegate in a meeting record: "Li Wei (China) said"
		if e, n := x.lex.match(toks, j+1, end); e != nil && e.label == "Country" && e.kind == kindName && j+1+n < end && toks[j+1+n].Text == ")" {
			return true
		}
	}
	if j+1 < end && toks[j].Text == "," && (i > from || j-i >= 2) {
		k := j + 1
		if k < end && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
			k++
		}
		for k < end && k < j+5 {
			if e, n := x.lex.match(toks, k, end); e != nil {
				if e.kind == kindTitle {
					return true
				}
				k += n
				if k < end && toks[k].Text == "'s" {
					k++
				}
				continue
			}
			if toks[k].in(s.portfolioCapitals) || hyphenModifier(toks[k]) {
				k++ // "the Chilean Government commissioner", "the newly-elected governor"
				continue
			}
			break
		}
	}
	return false
}

// isSaying reports whether the lower-case word w is a form of a verb of saying.
func (x *Extractor) isSaying(w string) bool {
	return x.lex.sayingForms.has(w)
}

// facilitySite reports whether the place of mention k is written, once so
// far, right after a facility's head and "at", "in" or "near": "the air
// base at Vorn" names the base by its site.
func (x *Extractor) facilitySite(d *doc, k int) bool {
	key := d.mentions[k].Key
	for _, m := range d.mentions {
		if m.Key != key || m.From-2 < d.sents[m.sent].From {
			continue
		}
		if d.in(m.From-1, x.lex.sets.placePreps) && d.in(m.From-2, x.lex.sets.facilityHeads) {
			return true
		}
	}
	return false
}

// knownName returns the mention of a name of n words learnt earlier in the
// article (an acronym, a surname). A one-word name in capitals is also
// the person whose name it spells ignoring case, the earliest one, as
// transcripts name their speakers ("MR KIRBY:" after "John Kirby",
// "McCAIN:" after "John McCain").
func (d *doc) knownName(surface string, n int) (int, bool) {
	if k, ok := d.known[surface]; ok {
		return k, true
	}
	if n != 1 || !isAllCaps(surface) {
		return 0, false
	}
	best := -1
	for name, k := range d.known {
		if strings.EqualFold(name, surface) && d.mentions[k].Label == "Person" && (best < 0 || k < best) {
			best = k
		}
	}
	return best, best >= 0
}

// regnalStyle returns the mention of a monarch's style (titles.yaml
// regnal: "King", "Crown Prince", "Emir") written right before toks[i],
// or -1.
func (d *doc) regnalStyle(si, i int) int {
	k := len(d.mentions) - 1
	if i == d.sents[si].From || k < 0 {
		return -1
	}
	if d.mentions[k].To == i && d.mentions[k].sent == si && d.regnalMention(k) {
		return k
	}
	return -1
}

// regnalMention reports whether mention k is a monarch's style written
// capitalised ("King", not "the king").
func (d *doc) regnalMention(k int) bool {
	m := d.mentions[k]
	return m.Kind == mTitle && m.Title != nil && m.Title.Regnal && d.toks[m.From].Capitalized()
}

// surnameOf reports whether the one-word name surface is known only as
// the last name of the person named in full at mention k ("Hussein"
// after "Saddam Hussein"), so that after a monarch's style it names
// another person: a monarch's one name is a given or regnal name.
func (d *doc) surnameOf(k int, surface string) bool {
	m := d.mentions[k]
	return m.Label == "Person" && m.To-m.From > 1 && d.toks[m.From].Text != surface
}

// outletService returns the mention of the outlet named earlier by the
// first word of toks[i:j] when the words after it are only words of a
// medium or service (words.yaml outlet_media): "ABC Radio", "ABC News
// Online" after "told the ABC" are that outlet. An outlet is an
// organization told or quoted before, or one the lexicon lists as media.
func (x *Extractor) outletService(d *doc, i, j int) (int, bool) {
	if j-i < 2 || x.outletServiceEnd(d, i+1, j) != j {
		return 0, false
	}
	k, ok := d.known[d.toks[i].Text]
	if !ok || d.mentions[k].Label != "Organization" || d.mentions[k].To-d.mentions[k].From != 1 {
		return 0, false
	}
	return k, x.lex.sets.media[d.mentions[k].Name] || x.toldOutlet(d, d.mentions[k].sent, d.mentions[k].From)
}

// outletShortName records an outlet's name without its service's words
// (words.yaml outlet_media) as the outlet's when two words or more are
// left that no lexicon starts there: "Kestrel Vela News" ... "told Kestrel
// Vela" is the outlet, no person.
func (x *Extractor) outletShortName(d *doc, k int) {
	m := d.mentions[k]
	if m.Label != "Organization" || m.To-m.From < 3 {
		return
	}
	j := m.To
	for j > m.From && x.lex.sets.outletMedia[d.toks[j-1].Text] {
		j--
	}
	if j == m.To || j-m.From < 2 {
		return
	}
	if e, _ := x.lex.match(d.toks, m.From, j); e != nil {
		return
	}
	short := d.text[d.toks[m.From].Start:d.toks[j-1].End()]
	if _, ok := d.known[short]; !ok {
		d.known[short] = k
	}
}

// learnAliases records the names a new mention may be referred to by later:
// its acronym in brackets ("(OMM)", ", or NADA"), a person's surname.
func (x *Extractor) learnAliases(d *doc, k int) {
	m := d.mentions[k]
	x.outletShortName(d, k)
	toks := d.toks
	end := d.sents[m.sent].To
	if m.To+2 < end && toks[m.To].Text == "(" && toks[m.To+2].Text == ")" {
		if a := toks[m.To+1].Text; isAllCaps(a) || spellsTitleAcronym(toks[m.From:m.To], a) || mixedAcronym(a) {
			d.known[a] = k // "(UNOWAS)"; "(Untac)"; "(AfCFTA)", "(DoD)"
		}
	}
	if m.Label == "Organization" && m.To+2 < end && toks[m.To].Text == "(" && toks[m.To+1].Text == toks[m.From].Text {
		// "HDT Védelmi Ipari Kft. (HDT Limited)": a short or translated name
		for c := m.To + 2; c < end && c < m.To+7; c++ {
			if toks[c].Text == ")" {
				d.known[d.text[toks[m.To+1].Start:toks[c-1].End()]] = k
				break
			}
			if !toks[c].Capitalized() {
				break
			}
		}
	}
	if m.To+2 < end && toks[m.To].Text == "," && toks[m.To+1].Text == "or" && isAllCaps(toks[m.To+2].Text) {
		d.known[toks[m.To+2].Text] = k
	}
	if a := x.knownAs(d, m.To, end); a != "" && m.Label == "Organization" {
		d.known[a] = k // "the Popular Front for the Liberation of Karvel, known as the PFLK"
	}
	if m.Label == "Organization" && m.To-m.From > 1 && !x.lex.sets.notNames[toks[m.From].Text] {
		if e, _ := x.lex.match(toks, m.From, m.From+1); e == nil && !x.placeAdjectiveNamed(d, m.From) {
			// "Kestrel Air" ... "Kestrel's director"; not the adjective of
			// a place named before ("Kessin" ... "the Kessini State
			// Council" ... "Kessini leaders")
			d.known[toks[m.From].Text] = k
		}
	}
	if _, class := x.lex.weaponClass[toks[m.To-1].lower]; m.Label == "WeaponSystem" && m.Kind == mName && !m.lexical && m.To-m.From > 1 && (class || toks[m.To-1].in(x.lex.sets.weaponHeads)) {
		// "the Khorram-3 missile" ... "the Khorram-3": its designator alone
		for j := m.From + 1; j < m.To; j++ {
			if !toks[j].Capitalized() {
				short := d.text[toks[m.From].Start:toks[j-1].End()]
				names := []string{short}
				if designator(toks[j-1].Text) {
					// "the Kestrel Ka-52 helicopters" ... "the Ka-52", "two Ka-52s"
					names = append(names, toks[j-1].Text, toks[j-1].Text+"s")
				} else if j-m.From == 2 && designator(toks[m.From].Text) {
					// "two KP-3C Vela aircraft" ... "the KP-3C"
					names = append(names, toks[m.From].Text, toks[m.From].Text+"s")
				}
				for _, a := range names {
					if _, ok := d.known[a]; !ok {
						d.known[a] = k
					}
				}
				break
			}
		}
	}
	if m.Key != "" && m.Kind == mName && !m.lexical {
		// a name classified once keeps its label: "daily Népszava" ... "Népszava noted"
		surface := d.text[toks[m.From].Start:toks[m.To-1].End()]
		if _, ok := d.known[surface]; !ok {
			d.known[surface] = k
		}
	}
	if m.Label == "Person" && m.Key != "" {
		first, last := toks[m.From].Text, toks[m.To-1].Text
		if m.To-m.From > 1 {
			d.known[last] = k
			if !x.lex.sets.firstNames[first] {
				d.known[first] = k // "Xi Jinping" -> "Xi"
			}
			if m.To-m.From >= 3 {
				// "Sixto Ruiz Tovar" ... "Ruiz Tovar": a double surname, his too
				last2 := d.text[toks[m.To-2].Start:toks[m.To-1].End()]
				if _, ok := d.known[last2]; !ok {
					d.known[last2] = k
				}
			}
			// "Le Drian", "al-Assad": the particle and what follows
			for p := m.From + 1; p < m.To-1; p++ {
				if x.lex.sets.particles[toks[p].Text] {
					d.known[d.text[toks[p].Start:toks[m.To-1].End()]] = k
					break
				}
			}
		}
	}
}

// knownAs returns the acronym given after a name that ends before
// toks[j] by ", known as (the) ACR" or ", also known as ACR", or "".
func (x *Extractor) knownAs(d *doc, j, end int) string {
	toks := d.toks
	if j+3 >= end || toks[j].Text != "," {
		return ""
	}
	k := j + 1
	if toks[k].lower == "also" {
		k++
	}
	if k+2 >= end || toks[k].lower != "known" || toks[k+1].lower != "as" {
		return ""
	}
	k += 2
	if toks[k].lower == "the" && k+1 < end {
		k++
	}
	if acronym(toks[k].Text) {
		return toks[k].Text
	}
	return ""
}

// longerName returns the latest organization named before, whose name as
// written or canonical ends with the words of surface ("United States
// House of Representatives" for "House of Representatives").
func (d *doc) longerName(surface string) (int, bool) {
	tail := " " + strings.ToLower(surface)
	for k := len(d.mentions) - 1; k >= 0; k-- {
		a := d.mentions[k]
		if a.Label != "Organization" || a.Kind != mName || a.Key == "" {
			continue
		}
		written := strings.ToLower(d.text[d.toks[a.From].Start:d.toks[a.To-1].End()])
		if strings.HasSuffix(written, tail) || strings.HasSuffix(strings.ToLower(a.Name), tail) {
			return k, true
		}
	}
	return 0, false
}

// placeOpener reports whether the word toks[i], which starts no name
// elsewhere ("Tell", "Say"), opens a place name here: capitalised inside
// the sentence, before another capitalised word, as the object of a verb
// of movement or a place preposition ("entered Tell Tamer", "in Tell
// Abyad"). Articles ("The") never do; a place preposition does only
// after a lower-case word on its line, where no sentence or clause opens
// with it, and only a place or a facility ("near In Salah", "the In
// Amenas gas plant").
func (x *Extractor) placeOpener(d *doc, si, i int) bool {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	prep := toks[i].in(x.lex.sets.placePreps)
	if i == from || i+1 >= end || toks[i-1].Capitalized() || !toks[i+1].Capitalized() || toks[i+1].Kind != Word ||
		x.lex.sets.notNames[toks[i+1].Text] || determiners[toks[i].lower] || followers[toks[i].lower] && !prep ||
		prep && (toks[i-1].Kind != Word || toks[i].NewlineBefore) {
		return false
	}
	j := x.nameEnd(d, i, end)
	return x.placeObject(d, si, i, j) || prep && x.facilityTail(d, si, j, end) > 0
}

// wordAsGivenName reports whether the capitalised word at toks[i], one
// that opens no name at a sentence's start ("Than", "As"), is a given name
// here: written inside the sentence right after a lower-case word or a
// comma, where English writes such words in lower case, and followed by a
// capitalised word no lexicon knows ("the junta's foreign minister, Than
// Swe,"; "talks with Than Swe"). Determiners and pronouns stay no name
// ("of The Hague" is the lexicon's), as does a word after a quote, a colon
// or a line break, where capitals start a new text. Nor is a people's
// name before a group's one-word name and its noun ("arming the Hutu
// Kestrelwe militia": the militia is Kestrelwe).
func (x *Extractor) wordAsGivenName(d *doc, si, i int) bool {
	toks := d.toks
	if i == d.sents[si].From || i+1 >= d.sents[si].To || toks[i].NewlineBefore || determiners[toks[i].lower] || pronouns[toks[i].lower] != "" ||
		toks[i].lower == "the" || !x.unknownWord(toks[i+1]) || !toks[i].Capitalized() || x.kindNounAfter(d, i+2, d.sents[si].To) {
		return false
	}
	p := toks[i-1]
	return p.Text == "," || p.Kind == Word && !p.Capitalized() && p.Text != "'s"
}

// mixedAcronym reports whether w is an acronym written in mixed case: a
// capital first, two capitals or more, no more than ten letters ("AfCFTA",
// "DoD").
func mixedAcronym(w string) bool {
	upper := 0
	for k, r := range w {
		if !unicode.IsLetter(r) || k == 0 && !unicode.IsUpper(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2 && len(w) <= 10
}

// agreementAfter returns the lower-case agreement head written after a name
// that ends before toks[j], past an acronym in brackets: "the X (XA)
// agreement" uses the name for the agreement. "" when there is none.
func (x *Extractor) agreementAfter(d *doc, j, end int) string {
	if j+2 < end && d.toks[j].Text == "(" && d.toks[j+2].Text == ")" {
		j += 3
	}
	if j < end && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && d.in(j, x.lex.sets.agreementHeads) {
		return d.toks[j].lower
	}
	return ""
}

// demonymInName reads a demonym that opens an organization's name ("the
// Hungarian Development Bank", "the Greek Energy Forum"), or a country's
// name before a state head ("the Guyana Defence Force"): the country is
// the organization's, and the demonym is its own mention inside the name,
// as a demonym before a body is, so that namedWithCountry relates them.
func (x *Extractor) demonymInName(d *doc, si int, m *Mention, add func(Mention) int) {
	e, n := x.lex.match(d.toks, m.From, m.To)
	if e == nil || e.label != "Country" || n >= m.To-m.From {
		return
	}
	if e.kind != kindAdjective && !(e.kind == kindName && x.lex.sets.cues.stateHeads[d.toks[m.To-1].Text]) {
		return // "the Guyana Defence Force" is Guyana's, "the Ukraine Defense Contact Group" no one's
	}
	if x.peopleName(d, e, m.From, n) {
		return // "Chileans United for Freedom": a movement of the people, no body of the state
	}
	m.Country = e.country
	add(Mention{From: m.From, To: m.From + n, Label: "Country", Key: e.key, Name: e.name, Country: e.country, Kind: mAdjective, sent: si})
}

// stateInName adds the state a body's name toks[i:j] names after "for" or
// "in" ("the Special Tribunal for Peru", "the UN Mission in Peru"), or
// after an "of" that ends a body's name (stateOfBody: "the Communist
// Party of the Philippines"), as a mention of its own inside the name, as
// a demonym opening one is, so that the state is named in the article;
// the body is no part of it.
func (x *Extractor) stateInName(d *doc, si, i, j int, add func(Mention) int) {
	toks := d.toks
	for k := i + 1; k+1 < j; k++ {
		if toks[k].Text != "for" && toks[k].Text != "in" && toks[k].Text != "of" {
			continue
		}
		m := k + 1
		if toks[k].Text == "of" && toks[m].Text == "the" && m+1 < j {
			m++ // "the Communist Party of the Philippines"
		}
		if e, n := x.lex.match(toks, m, j); e != nil && e.label == "Country" && e.kind == kindName && m+n <= j && (toks[k].Text != "of" || x.stateOfBody(d, e, i, k)) {
			add(Mention{From: m, To: m + n, Label: "Country", Key: e.key, Name: e.name, Country: e.country, Kind: mAdjective, sent: si})
		}
	}
}

// sharedHead reads two names that share a plural facility head written
// after the second ("the Tamar and Dalit fields", "the Azovstal and
// Illich plants"): each is a facility of that head, "Tamar field" and
// "Dalit field". (Places are left to the gazetteer: "the Kursk and
// Voronezh regions" are Kursk and Voronezh, in Russia.) Called at either name toks[i:j], it adds that name
// with the head and returns the tokens covered, or 0.
func (x *Extractor) sharedHead(d *doc, si, i, j int, add func(Mention) int) int {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	headAt := j // the second name: the head follows it
	if i-1 <= from || toks[i-1].lower != "and" {
		if j+1 >= end || toks[j].lower != "and" || !toks[j+1].Capitalized() || toks[j+1].Kind != Word {
			return 0
		}
		headAt = x.nameEnd(d, j+1, end) // the first name: "and", the second, the head
	}
	if headAt >= end || toks[headAt].Capitalized() {
		return 0
	}
	label, head := x.pluralHead(toks[headAt].lower)
	if label == "" {
		return 0
	}
	name := d.text[toks[i].Start:toks[j-1].End()] + " " + head
	to := j
	if headAt == j {
		to = j + 1
	}
	return add(Mention{From: i, To: to, Label: label, Name: name, Key: strings.ToLower(label) + ":" + slug(name), Arg: true, Head: head})
}

// pluralHead returns the label and singular of a plural facility head:
// "fields" is a Facility's "field"; "" for other words.
func (x *Extractor) pluralHead(w string) (label, singular string) {
	s := &x.lex.sets
	for _, sg := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y", strings.TrimSuffix(w, "es")} {
		if sg == w || sg == "" {
			continue
		}
		if s.facilityHeads.has(sg) {
			return "Facility", sg
		}
	}
	return "", ""
}

// commonPlural reports whether w is the plural of a common English noun
// ("doctors", "surgeons"): people who speak as a group, not an outlet.
// Without a dictionary it knows none.
func (x *Extractor) commonPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && x.dict != nil && x.dict.CommonWord(strings.TrimSuffix(w, "s"))
}

// weaponTail returns the length of lower-case weapon words at toks[j:]
// that end on a weapon head and end their phrase ("cruise missiles",
// "submarine"), or 0.
func (x *Extractor) weaponTail(d *doc, j, end int) int {
	_, last := x.weaponWords(d, j, end, 4)
	if last < 0 || !x.endsPhrase(d, last+1, end) {
		return 0
	}
	return last + 1 - j
}

// describedPlace reports whether the name toks[i:j] before a lower-case
// place head at toks[j] follows "a" or "an" (with a quotation mark
// between) and the head ends the noun phrase: "declared an Islamic
// state", "a Mediterranean island" describe a place of a kind and name
// none ("a Kaduna state official" still names Kaduna state).
func (x *Extractor) describedPlace(d *doc, si, i, j int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	k := i - 1
	if k >= from && d.toks[k].Kind == Punct && (d.toks[k].Text == "\"" || d.toks[k].Text == "“") {
		k--
	}
	if k < from || d.lw(k) != "a" && d.lw(k) != "an" {
		return false
	}
	if j+1 < end && d.toks[j+1].Kind == Punct && (d.toks[j+1].Text == "\"" || d.toks[j+1].Text == "”") {
		return true
	}
	return x.endsPhrase(d, j+1, end)
}

// designatedTail returns the length of the weapon noun after a model's
// designator at toks[j]: weapon words (weaponTail), or a class noun of
// words.yaml weapon_classes, which after a designator names aircraft or
// boats even where it alone could name people ("Kestrel-30SME fighters",
// "Vela-2 boats"; "Kestrel fighters" stay an armed group's men). The
// noun phrase may end before a verb the parse reads there ("Vela-2 jets
// delivered in May"; modelPhraseEnd).
func (x *Extractor) designatedTail(d *doc, si, j, end int) int {
	if n := x.weaponTail(d, j, end); n > 0 {
		return n
	}
	for n := 2; n >= 1; n-- {
		if j+n > end {
			continue
		}
		words := make([]string, n)
		for k := range words {
			if t := d.toks[j+k]; t.Kind != Word || t.Capitalized() {
				words = nil
				break
			}
			words[k] = d.toks[j+k].lower
		}
		if words == nil {
			continue
		}
		if _, ok := x.lex.weaponClass[strings.Join(words, " ")]; ok && (x.endsPhrase(d, j+n, end) || x.modelPhraseEnd(d, si, j+n)) {
			return n
		}
	}
	if e, n := x.lex.match(d.toks, j, end); e != nil && e.label == "WeaponSystem" && e.generic && !d.toks[j].Capitalized() &&
		(x.endsPhrase(d, j+n, end) || x.modelPhraseEnd(d, si, j+n)) {
		return n // "KP-3C surveillance aircraft": a generic weapon the lexicons know
	}
	k := j
	for k < end && k < j+2 && d.toks[k].Kind == Word && !d.toks[k].Capitalized() && d.in(k, x.lex.sets.weaponMods) {
		k++
	}
	if k > j && k < end && d.toks[k].Kind == Word && !d.toks[k].Capitalized() {
		if _, ok := x.lex.weaponClass[d.toks[k].lower]; ok && (x.endsPhrase(d, k+1, end) || x.modelPhraseEnd(d, si, k+1)) {
			return k + 1 - j // "KT-300 attack planes": weapon modifiers before a class noun
		}
	}
	return 0
}

// makerOfModel reports whether toks[j], after a known company's name, is
// a model's designator before a weapon's class noun, so that the company
// is the maker written as the first word of the model's name ("Kestrel
// Ka-52 helicopters", "a Tarvo KT-1 trainer jet"; not "Kestrel said").
func (x *Extractor) makerOfModel(d *doc, si, j int) bool {
	end := d.sents[si].To
	if j+1 >= end || d.toks[j].Kind != Word || !designator(d.toks[j].Text) {
		return false
	}
	if e, _ := x.lex.match(d.toks, j, end); e != nil {
		return false
	}
	return x.designatedTail(d, si, j+1, end) > 0
}

// modelPhraseEnd reports whether the weapon noun phrase ending on
// toks[j-1] ends there, though toks[j] is no follower of endsPhrase: the
// parse tags toks[j] neither a noun nor an adjective that could go on
// the phrase ("Vela-2 jets delivered in May", "Kestrel rifles bought
// abroad"; not "Vela-2 jet fuel", "the Vela-2 missile deal"). It parses,
// so it is asked only once a model's name has been read before the noun.
func (x *Extractor) modelPhraseEnd(d *doc, si, j int) bool {
	from := d.sents[si].From
	if j >= d.sents[si].To || j-1 < from {
		return false
	}
	p := x.parseOf(d, si)
	k := j - from
	if p == nil || k >= len(p) {
		return false
	}
	switch p[k].UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM", "X", "SYM":
		return false
	}
	return true
}

// unknownModel returns the length of the weapon noun after an unknown
// name at toks[i:j] that reads as a weapon model's name: a class noun of
// words.yaml weapon_classes that a model's name alone may take
// (model_classes: "Vela jets", "two Tarko helicopters", "Kestrel
// rifles"; not "Kestrel fighters", an armed group's men, nor "Kestrel
// systems", a company). The name does not open its sentence, and a
// noun after the class noun is not the phrase's head ("Vela jets
// fuel" is no weapon); 0 when it is none.
func (x *Extractor) unknownModel(d *doc, si, i, j int) int {
	from, end := d.sents[si].From, d.sents[si].To
	if i == from || j >= end {
		return 0
	}
	n := x.designatedTail(d, si, j, end)
	if n >= 2 && x.describedClass(d, j, j+n) {
		return n // "Milan anti-tank missiles", "BMP armoured vehicles": the model before its class
	}
	if n == 0 || !d.in(j+n-1, x.lex.sets.modelClasses) || x.dictPlace(d, si, i, j, false) != nil {
		return 0 // "Gaza rockets": a known place's weapons
	}
	return n
}

// describedClass reports whether the weapon noun toks[j:k] after a name
// describes the weapon's class in full: a weapon modifier (words.yaml
// weapon_modifiers) before its head ("anti-tank missiles", "armoured
// vehicles", "surface-to-air missiles"). A name written before such a
// description is the model's ("Milan anti-tank missiles", a place's name
// too), while a bare class noun may follow whose weapons they are
// ("Gaza rockets").
func (x *Extractor) describedClass(d *doc, j, k int) bool {
	return k-j >= 2 && !d.toks[j].Capitalized() && d.in(j, x.lex.sets.weaponMods) && !d.in(k-1, x.lex.sets.weaponMods)
}

// placeModel reports whether the one-word place the lexicon knows at
// toks[i] is a weapon model's name: not after a place preposition and
// before a full description of a weapon's class ("fired Milan
// anti-tank missiles"; not "in Milan anti-tank missiles were found",
// "Milan police").
func (x *Extractor) placeModel(d *doc, si, i int) bool {
	from, end := d.sents[si].From, d.sents[si].To
	if i == from || d.toks[i-1].in(x.lex.sets.placePreps) || i+1 >= end {
		return false
	}
	n := x.designatedTail(d, si, i+1, end)
	return n >= 2 && x.describedClass(d, i+1, i+1+n)
}

// weaponWords reads the lower-case weapon words (words.yaml
// weapon_modifiers and weapon heads) from toks[i] (no more than most):
// it returns the token after them and the last weapon head among them
// (-1 if none). weaponTail and weaponFacility read a weapon's words so.
func (x *Extractor) weaponWords(d *doc, i, end, most int) (stop, last int) {
	s := &x.lex.sets
	last = -1
	k := i
	for ; k < end && k < i+most && d.toks[k].Kind == Word && !d.toks[k].Capitalized(); k++ {
		t := &d.toks[k]
		if !t.in(s.weaponMods) && !t.in(s.weaponHeads) {
			break
		}
		if t.in(s.weaponHeads) {
			last = k
		}
	}
	return k, last
}

// weaponConjunct reports whether the one-word name toks[i:j] is a
// conjunct of a named (not generic) weapon model: after one ("two
// Su-25s and an L-39", the model the last mention) or before one ("an
// L-39 and two Su-25s"), across "and", "or" or a comma and a determiner
// or number; the model before may be one no lexicon knows, a designator
// before a weapon noun ("a KT-2 and two KT-3 trainer jets"). A designator
// alone says nothing ("the A-1 motorway"); beside a model it is another model.
func (x *Extractor) weaponConjunct(d *doc, si, i, j int) bool {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	counted := func(w string) bool { return determiners[w] || numberWords[w] }
	k := i - 1
	for k > from && (counted(d.lw(k)) || toks[k].Kind == Number) {
		k--
	}
	if k > from && (toks[k].lower == "and" || toks[k].lower == "or" || toks[k].Text == ",") {
		if n := len(d.mentions) - 1; n >= 0 {
			m := d.mentions[n]
			if m.sent == si && m.To == k && m.Label == "WeaponSystem" && m.Kind == mName && !m.Generic {
				return true
			}
		}
	}
	k = j
	if k+1 >= end || !(toks[k].lower == "and" || toks[k].lower == "or") {
		return false
	}
	k++
	for k < end && (counted(d.lw(k)) || toks[k].Kind == Number) {
		k++
	}
	e, _ := x.lex.match(toks, k, end)
	if e == nil && k+1 < end && toks[k].Kind == Word && designator(toks[k].Text) {
		// "the KT-2 and KT-3 attack planes": the model after it is a designator
		// no lexicon knows before a weapon noun, the noun of both
		return x.designatedTail(d, si, k+1, end) > 0
	}
	return e != nil && e.label == "WeaponSystem" && !e.generic && e.kind == kindName
}

// designator reports whether a capitalised word has the shape of a
// weapon model's designator: letters with a digit ("Khorram-3", "Kh-101")
// or capitals joined by a hyphen ("SSK-NORD").
func designator(w string) bool {
	letter, digit, lower := false, false, false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsLetter(r):
			letter = true
			lower = lower || unicode.IsLower(r)
		}
	}
	return letter && (digit || !lower && strings.Contains(w, "-"))
}

// afterVessel reports whether the name at toks[i] follows "the" and a
// warship's noun in the singular and lower case (words.yaml vessel_nouns,
// of one or two words): "the corvette Antofagasta", "the patrol ship Almirante
// Ruiz"; "a frigate" names no one ship.
func (x *Extractor) afterVessel(d *doc, si, i int) bool {
	from, v := d.sents[si].From, x.lex.sets.vesselNouns
	if i-1 < from || d.toks[i-1].Kind != Word || d.toks[i-1].Capitalized() {
		return false
	}
	switch {
	case d.in(i-1, v):
		return d.lw(i-2) == "the"
	case i-2 >= from && v.has(d.lw(i-2)+" "+d.lw(i-1)):
		return d.lw(i-3) == "the"
	}
	return false
}

// placeAdjective returns the known place whose adjective or people the
// unknown name toks[i:j] is, the place's name with an -n, -ns, -ic or
// -ers added ("Patagonian" and "Patagonians" of Patagonia, "Crimean" of
// Crimea, "Greenlandic" and "Greenlanders" of Greenland), or nil: before
// a place noun it describes the place named next, it is no place of its
// own. An -i added ("Kessini" of Kessin) counts only for a place the
// article has named before, since many surnames end so.
func (x *Extractor) placeAdjective(d *doc, i, j int) *entry {
	w := d.text[d.toks[i].Start:d.toks[j-1].End()]
	var base string
	switch {
	case strings.HasSuffix(w, "i") && j-i == 1 && len(w) > 4:
		base = strings.TrimSuffix(w, "i") // "Kessini"
		if e := x.lex.matchWhole(base); e != nil && e.label == "Location" && e.kind == kindName && x.namedBefore(d, e.key, i) {
			return e
		}
		return nil
	case strings.HasSuffix(w, "an"):
		base = strings.TrimSuffix(w, "n") // "Patagonian"
	case strings.HasSuffix(w, "ans"):
		base = strings.TrimSuffix(w, "ns") // "Patagonians"
	case strings.HasSuffix(w, "ic"):
		base = strings.TrimSuffix(w, "ic") // "Greenlandic"
	case strings.HasSuffix(w, "ers"):
		base = strings.TrimSuffix(w, "ers") // "Greenlanders"
	default:
		return nil
	}
	if e := x.lex.matchWhole(base); e != nil && (e.label == "Location" || e.label == "Country") {
		return e
	}
	return nil
}

// placeAdjectiveNamed reports whether toks[i] is the adjective of a place
// (placeAdjective) that a mention before it names.
func (x *Extractor) placeAdjectiveNamed(d *doc, i int) bool {
	e := x.placeAdjective(d, i, i+1)
	return e != nil && x.namedBefore(d, e.key, i)
}

// indefiniteBefore reports whether "a" or "an" stands before toks[i],
// past two lower-case words at most: "a small Vorni group", "an armed
// Kessin militia" name a kind of group, not one by its name.
func (x *Extractor) indefiniteBefore(d *doc, si, i int) bool {
	for k := i - 1; k >= d.sents[si].From && k >= i-3; k-- {
		t := d.toks[k]
		if t.lower == "a" || t.lower == "an" {
			return true
		}
		if t.Kind != Word || t.Capitalized() || determiners[t.lower] || followers[t.lower] {
			return false
		}
	}
	return false
}

// shortNameBeforeTitle reports whether the one word toks[i:j], known as
// the first word of a longer organization's name (mention k), stands
// before a title: there it is a people's or a place's adjective, no
// body's short name ("the Vorni Press Agency" ... "Vorni President Ana
// Soto" is no office of the agency).
func (x *Extractor) shortNameBeforeTitle(d *doc, k, i, j, end int) bool {
	m := &d.mentions[k]
	if j-i != 1 || m.Label != "Organization" || m.To-m.From < 2 || d.toks[m.From].Text != d.toks[i].Text || j >= end {
		return false
	}
	return x.titleAt(d, j, end) > 0
}

// namedBefore reports whether a mention before toks[i] names the entity key.
func (x *Extractor) namedBefore(d *doc, key string, i int) bool {
	for k := range d.mentions {
		if m := &d.mentions[k]; m.Key == key && m.To <= i && m.Kind == mName {
			return true
		}
	}
	return false
}

// headedRun returns the end of the capitalised words from toks[k] (four
// at most) that end on an organization's head (words.yaml org_heads) and
// close a name, after a place's name or adjective that opens the body's
// name: "Military District" in "the Vorn Military District", "State
// Council" in "the Kessini State Council" (even where the lexicon knows
// the words as another state's body). It returns k when there are none.
func (x *Extractor) headedRun(d *doc, k, end int) int {
	j := k
	for j < end && j-k < 4 && d.toks[j].Kind == Word && d.toks[j].Capitalized() && !x.lex.sets.notNames[d.toks[j].Text] {
		j++
	}
	if j > k && x.endsWith(d, k, j, x.lex.sets.orgHeads) && !x.nameGoesOn(d, j, end) {
		return j // not "the Vorn State Council Building": the name goes on past the head
	}
	return k
}

// kindNounAfter reports whether a lower-case noun of an organization's
// kind (an Organization descriptor of namecues.yaml) follows the name
// ending before toks[j], naming what it is as a descriptor before it
// would: "the Open Field think tank", "whose Kestrel party won", "the
// Red Hill militia". A descriptor that is also a facility's or a place's
// head ("station", "port") tells no organization, nor one that describes a
// name after it.
func (x *Extractor) kindNounAfter(d *doc, j, end int) bool {
	return x.kindNounLen(d, j, end) > 0
}

// kindNounLen returns how many words the organization's kind noun that
// kindNounAfter reads at toks[j] has ("militia" 1, "think tank" 2), or 0.
func (x *Extractor) kindNounLen(d *doc, j, end int) int {
	s := &x.lex.sets
	if j >= end || d.toks[j].Kind != Word || d.toks[j].Capitalized() {
		return 0
	}
	// a capitalised word after the noun, past other describing nouns, is
	// the name it describes ("Greenlandic broadcaster KNR", "Greenlandic
	// radio station KNR")
	described := func(k int) bool {
		for ; k < end && k < j+4 && d.toks[k].Kind == Word && !d.toks[k].Capitalized(); k++ {
			if w := d.toks[k].lower; s.cues.descriptors[w] == "" && !d.words.outletDescs.has(w) {
				return false
			}
		}
		return k < end && d.toks[k].Kind == Word && d.toks[k].Capitalized()
	}
	w := d.toks[j].lower
	count := func(ok bool, n int) int {
		if ok {
			return n
		}
		return 0
	}
	if j+2 < end {
		if l, ok := s.cues.descriptors[w+" "+d.toks[j+1].lower+" "+d.toks[j+2].lower]; ok {
			return count(l == "Organization" && !described(j+3), 3) // "the Kestrel human rights center"
		}
	}
	if j+1 < end {
		if l, ok := s.cues.descriptors[w+" "+d.toks[j+1].lower]; ok {
			return count(l == "Organization" && !described(j+2), 2)
		}
	}
	return count(s.cues.descriptors[w] == "Organization" && !s.facilityHeads.has(w) && !s.placeHeads.has(w) && !described(j+1), 1)
}

// placeList reports whether the name toks[i:j] is one of a list of two or
// more names closed by a lower-case plural noun of places of which each
// name is one on its own (words.yaml place_list_heads): "Tarvo, Kessin and
// Mardel provinces", "the Aldo and Brava islands". Not "states", which
// closes lists of groups too ("the Nordic and Baltic states"): the last
// name before it is read apart (classify's placeListHead caller).
func (x *Extractor) placeList(d *doc, si, i, j int) bool {
	head, _ := x.placeListHead(d, si, i, j)
	return head >= 0 && d.in(head, x.lex.sets.placeListHeads)
}

// placeListHead is the one reading of names listed before a plural place
// noun: when the name toks[i:j] is one of a list of two or more names
// ("," "and" "or" between them) closed by a lower-case plural of a place
// noun (place_list_heads, or a place_heads noun with "s": "Tarvo, Vela
// and Kestrel states", "the Aldo and Brava rivers"), it returns the
// noun's token and whether the name is the list's last, right before it;
// else -1. The list is read from the name on to its head, so the names
// before it are known to be there only through the separators they
// follow. "Refugees and Kestrel states that" is a verb of saying.
func (x *Extractor) placeListHead(d *doc, si, i, j int) (head int, last bool) {
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	separator := func(k int) bool { return toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or" }
	listed := i-1 > from && separator(i-1) && toks[i-2].Kind == Word && toks[i-2].Capitalized()
	for k := j; k < end; {
		t := toks[k]
		switch {
		case separator(k):
			if k+1 < end && (toks[k+1].Text == "and" || toks[k+1].Text == "or") {
				k++ // "A, B, and C"
			}
			if k+1 >= end || toks[k+1].Kind != Word || !toks[k+1].Capitalized() {
				return -1, false
			}
			listed = true
			k = x.nameEnd(d, k+1, end)
		case t.Kind == Word && !t.Capitalized():
			s := &x.lex.sets
			if !listed || !t.in(s.placeListHeads) && (!strings.HasSuffix(t.lower, "s") || !s.placeHeads.has(strings.TrimSuffix(t.lower, "s")) ||
				k+1 < end && d.lw(k+1) == "that") {
				return -1, false // "provinces that border Peru" is a relative clause, "states that" may be a verb
			}
			return k, k == j
		default:
			return -1, false
		}
	}
	return -1, false
}

// nativeSpelling reports whether toks[j:] is a bracket of Chinese,
// Japanese or Korean characters only, right after a name: "Lin Te-fu
// (林德福)", "An Fengshan (安峰山)". It spells a person's name in its own
// script, no acronym and no hint of an organization.
func nativeSpelling(toks []Token, j, end int) bool {
	if j+2 >= end || toks[j].Text != "(" || toks[j+2].Text != ")" {
		return false
	}
	for _, r := range toks[j+1].Text {
		if !unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
			return false
		}
	}
	return true
}

// frontedPlace reports whether the name toks[i:j] is the whole object of
// a place preposition opening its sentence, closed by a comma ("In Vorn,
// the rebel leader Ana Soto said"): the fronted phrase says where, and the
// words after the comma are the clause's subject, no apposition that
// would make the name a person's or a body's.
func frontedPlace(d *doc, si, i, j int, preps list) bool {
	from, end := d.sents[si].From, d.sents[si].To
	return i-1 == from && j < end && d.toks[j].Text == "," && d.toks[i-1].Capitalized() && d.toks[i-1].in(preps)
}

// titlePortfolio returns how many words of the capitalised run toks[i:j]
// name a title's portfolio: the run follows "for" or "of" right after a
// title, and opens with capitalised common words ("Federal Secretary for
// National Defence, Admiral ...", "Minister for Pacific Affairs Tavo
// Rein"), the portfolio, before the holder's name if any. A run holding an
// organization head is a body's name ("the chairman of the Border Control
// Committee"), and a given name opens a holder's name: zero for both.
func (x *Extractor) titlePortfolio(d *doc, si, i, j int) int {
	toks := d.toks
	n := len(d.mentions)
	if x.dict == nil || i-1 <= d.sents[si].From || toks[i-1].Text != "for" && toks[i-1].Text != "of" || n == 0 {
		return 0
	}
	if t := d.mentions[n-1]; t.Kind != mTitle || t.sent != si || t.To != i-1 && t.To != i {
		return 0 // the title ends before "for" or with it ("secretary of state for")
	}
	for p := i; p < j; p++ {
		if x.lex.sets.orgHeads[toks[p].Text] {
			return 0
		}
	}
	k := i
	for k < j && x.capitalPortfolioWord(toks[k]) {
		k++
	}
	return k - i
}

// capitalPortfolioWord reports whether t is a capitalised common word that can
// name part of a portfolio ("Foreign", "Affairs", "Defence"), no given name.
func (x *Extractor) capitalPortfolioWord(t Token) bool {
	return t.Kind == Word && t.Capitalized() && !isAllCaps(t.Text) && x.dict.CommonWord(t.lower) && !x.givenName(t.Text)
}

// afterPortfolio reports whether toks[i] follows a title's portfolio of
// capitalised common words (titlePortfolio): "Secretary for Foreign
// Affairs Ana Velkov" holds the title.
func (x *Extractor) afterPortfolio(d *doc, si, i int) bool {
	if n := len(d.mentions); x.dict == nil || n == 0 || d.mentions[n-1].Kind != mTitle || d.mentions[n-1].sent != si {
		return false // no title just before (titlePortfolio): no dictionary lookups
	}
	k := i
	for k > d.sents[si].From && x.capitalPortfolioWord(d.toks[k-1]) {
		k--
	}
	return k < i && x.titlePortfolio(d, si, k, i) == i-k
}

// shouted reports whether sentence s is written in capitals, as
// headlines and subheadings sometimes are ("EC MINISTERS DUE IN
// BELGRADE", "HOW VORNA LOST ITS COAST"): three words of four letters or
// more, all of them in capitals and none in lower case. Capitals tell no
// names there; the lexicon's names still count.
func shouted(d *doc, s Sentence) bool {
	long := 0
	for _, t := range d.toks[s.From:s.To] {
		if t.Kind != Word {
			continue
		}
		if !isAllCaps(t.Text) {
			return false
		}
		if utf8.RuneCountInString(t.Text) >= 4 {
			long++
		}
	}
	return long >= 3
}

// personNounApposed reports whether a comma at toks[j] opens an apposition
// headed by a noun of people (namecues Person descriptors: analyst,
// lawyer, commander) after "a", "an" or "the" and up to five modifier words
// ("Ana Rentik, a political analyst, said", "Tavo Rei, a Lima-based
// lawyer at Kestrel Law,"): the name before it is a person's. The noun must
// end the apposition (a comma, the sentence's end, a preposition or
// "who"), so "Tavo Rei, the lawyer's town," or "a lawyers' group" tell
// nothing.
func (x *Extractor) personNounApposed(d *doc, si, j int) bool {
	end := d.sents[si].To
	if j+2 >= end || d.toks[j].Text != "," || !articles[d.toks[j+1].lower] {
		return false
	}
	c := &x.lex.sets.cues
	for k := j + 2; k < end && k <= j+7; k++ { // "a Lima-based security analyst": a split compound and its modifiers
		t := d.toks[k]
		if t.Kind == Punct && t.Text != "-" || determiners[t.lower] || t.in(x.lex.sets.relativePronouns) {
			return false
		}
		if t.Kind == Word && !t.Capitalized() && c.descriptors[t.lower] == "Person" {
			if k+1 >= end {
				return true
			}
			n := d.toks[k+1]
			return n.Kind == Punct && n.Text != "'s" && n.Text != "-" || personNounTail[n.lower]
		}
	}
	return false
}

// personNounTail are the words that may follow the noun of a person's
// apposition (personNounApposed): "an analyst at", "a lawyer for", "a
// commander of", "a resident who".
var personNounTail = map[string]bool{"at": true, "with": true, "of": true, "for": true, "in": true, "from": true, "on": true, "who": true, "and": true}
