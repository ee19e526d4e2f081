package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// Weapons used in an attack.
//
// An attack stated by a verb cue says who used which weapon (GUIDE: the
// weapon an actor attacks with is deployed by it). A weapon inside the
// cue's phrase is the attacker's: "Hamas fired rockets at Israel" gives
// DEPLOYS Hamas -> rockets. A weapon that attacks and is owned by an actor
// ("Russian warplanes bombed Izmail", "Iran's missiles hit the base") is
// that actor's: the owner deploys it and attacks the weapon's targets, by
// a verb or by a noun ("a Russian drone strike on Odesa"). A
// maker or supplier of the weapon ("U.S.-made missiles") owns nothing
// here (compound.go). A weapon after "with" is the attacker's only where
// the parse makes the "with" phrase an oblique of the attack verb, the
// instrument ("shelled the posts with artillery"; weaponsWith), not a
// modifier of the object ("struck a base with F-16 jets on it").

// weaponUse adds the DEPLOYS (and, for an owned weapon, the ATTACKS) that
// the attack cue cm, with its sources and targets, states.
func (x *Extractor) weaponUse(d *doc, si int, ms []int, cm cueMatch, sources, targets []int, passive bool) {
	if cm.c.Type != "ATTACKS" {
		return
	}
	actor := x.deploysActor()
	for _, s := range sources {
		w := &d.mentions[s]
		owner := d.sharedOwner(sources, s)
		if w.Label != "WeaponSystem" || owner < 0 || !actor(&d.mentions[owner]) {
			continue
		}
		for _, k := range d.weaponOwners(ms, owner, actor) {
			o := &d.mentions[k]
			x.addRel(d, si, "DEPLOYS", "", o, w, current()) // "Russian warplanes bombed Izmail"
			for _, t := range targets {
				x.addRel(d, si, "ATTACKS", "", o, &d.mentions[t], nil)
			}
		}
	}
	for _, k := range ms {
		// "struck the rockets and drones of Hezbollah", "shot down a
		// Russian Su-24", "a Russian Su-24 was shot down": the attacked
		// owner had them in place (weaponsOf, attackedWeaponOwner and
		// attackedWeaponSubject made the owner the target)
		if w := &d.mentions[k]; (w.From >= cm.to || passive) && w.Label == "WeaponSystem" && w.Key != "" && w.Owner >= 0 &&
			slices.Contains(targets, w.Owner) && actor(&d.mentions[w.Owner]) {
			x.addRel(d, si, "DEPLOYS", "", &d.mentions[w.Owner], w, current())
		}
	}
	if !cm.c.verb && cm.from+1 < cm.to && d.lw(cm.from+1) == "by" {
		x.agentWeapons(d, si, ms, cm, sources, targets, actor)
	}
	if passive || !cm.c.verb {
		return // "was struck by rockets fired at": the weapons are the doers the passive names; a noun names no weapon used
	}
	used := append(d.weaponsInside(ms, cm), d.weaponsUsing(ms, cm.to, d.sents[si].To)...)
	with := x.weaponsWith(d, si, ms, cm)
	for _, s := range sources {
		if a := &d.mentions[s]; actor(a) && !d.afterPreposition(a) { // "supporters of the PMF fired rockets at": not the PMF's
			for _, w := range used {
				x.addRel(d, si, "DEPLOYS", "", a, &d.mentions[w], current())
			}
			if a.Label == "Person" && cm.to < d.sents[si].To && d.lw(cm.to) == "with" {
				continue // "Ana Soto poisoned with sarin": a person done to with no object is who was attacked (a headline's passive)
			}
			for _, w := range with {
				if o := d.mentions[w].Owner; o < 0 || d.mentions[o].Key == a.Key { // "with Peruvian jets" is no Chilean deployment
					x.addRel(d, si, "DEPLOYS", "", a, &d.mentions[w], current())
				}
			}
		}
	}
}

// weaponsWith returns the weapons an attack verb cue cm is done with,
// named after "with" in the verb's clause: "the air force bombed the
// posts with Mi-24 gunships and Yak-130 jets", "shelled villages in Shan,
// Kachin and Chin states with artillery" (a comma inside a list of names
// is passed). The clause ends at a clause break, a subordinator or
// relative pronoun, other punctuation, or a subject the parse gives
// another verb ("attacked Tacna and Peru responded with missiles",
// "struck a base that Peru guards with tanks" give none); the first name
// after "with", past a maker ("with Russian-made jets"), must be a
// weapon ("with the support of Bolivia" gives none). The caller keeps
// only weapons with no other owner.
func (x *Extractor) weaponsWith(d *doc, si int, ms []int, cm cueMatch) []int {
	const reach, lead = 16, 5
	from, end := d.sents[si].From, d.sents[si].To
	weapon := func(m *Mention) bool { return m.Label == "WeaponSystem" && m.Key != "" && m.Arg }
	if !slices.ContainsFunc(ms, func(k int) bool { return weapon(&d.mentions[k]) }) ||
		!slices.ContainsFunc(d.toks[cm.to:min(end, cm.to+reach)], func(t Token) bool { return t.lower == "with" }) {
		return nil // no weapon, or no "with" in reach: nothing to read, and no parse
	}
	toks := x.parseOf(d, si)
	for j := cm.to; j < end && j < cm.to+reach; j++ {
		w := d.lw(j)
		if w == "," && j > from && j+1 < end && d.mentionEnding(ms, j, nil) >= 0 && d.mentionAt(ms, j+1) >= 0 {
			continue // "in Shan, Kachin and Chin states"
		}
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) && w != "and" || d.in(j, d.words.subordinators) || d.in(j, d.words.relativePronouns) {
			return nil
		}
		if t := j - from; toks != nil && t < len(toks) && (strings.HasPrefix(toks[t].Deprel, "nsubj") || toks[t].UPOS == "VERB" && hasSubject(toks, t) ||
			x.finiteVerbAt(d, si, j) && (toks[t].XPOS != "VBZ" || d.mentionEnding(ms, j, nil) < 0)) {
			return nil // "attacked Tacna and Peru responded with": another clause's (not "in Shan and Chin states with", a noun tagged VBZ)
		}
		if w != "with" {
			continue
		}
		for k := j + 1; k < end && k <= j+lead; k++ {
			if n := d.mentionAt(ms, k); n >= 0 {
				m := &d.mentions[n]
				if d.compoundModifier(m) {
					k = m.To + 1 // "with Russian-made jets": the maker
					continue
				}
				if weapon(m) {
					return d.coordinated(ms, n, weapon)
				}
				return nil
			}
			if t := d.toks[k]; t.Kind != Number && t.Kind != Word {
				return nil
			}
		}
		return nil
	}
	return nil
}

// agentWeapons adds, for an attack noun whose doers after "by" are
// weapons no one owns, the DEPLOYS and ATTACKS of who does the noun's
// event by a verb of doing (actSubject, words.yaml act_verbs): "the
// Chilean Air Force responded with strikes by F-16 jets on Peruvian
// posts" (the Air Force deploys the jets and attacks Peru). "Chile
// condemned strikes by F-16 jets on Tacna" names no doer of the strikes.
func (x *Extractor) agentWeapons(d *doc, si int, ms []int, cm cueMatch, sources, targets []int, actor func(*Mention) bool) {
	var weapons []int
	for _, s := range sources {
		if w := &d.mentions[s]; w.Label == "WeaponSystem" && w.Owner < 0 && w.Key != "" {
			weapons = append(weapons, s)
		}
	}
	if len(weapons) == 0 {
		return
	}
	for _, o := range x.actSubject(d, si, ms, cm, actor) {
		a := &d.mentions[o]
		if a.Label == "WeaponSystem" {
			continue
		}
		for _, w := range weapons {
			x.addRel(d, si, "DEPLOYS", "", a, &d.mentions[w], current())
		}
		for _, t := range targets {
			x.addRel(d, si, "ATTACKS", "", a, &d.mentions[t], nil)
		}
	}
}

// sharedOwner returns the owner of weapon s among the sources of an
// attack, or -1. A weapon with no owner of its own that follows an owned
// weapon with only list marks between shares that weapon's owner: in
// "Peruvian tanks and artillery shelled Tacna" the artillery is Peru's too;
// not "Peruvian tanks and rebel artillery" (a word of its own before the
// noun) nor "Russian jets and Turkish drones" (an owner of its own). A
// named model may keep its class noun outside its name before the list
// mark: "Chilean F-5 attack aircraft and Bell helicopter gunships struck"
// (classTail). A named ship right after its class noun has the class
// noun's owner.
func (d *doc) sharedOwner(sources []int, s int) int {
	for {
		w := &d.mentions[s]
		if w.Owner >= 0 || w.Label != "WeaponSystem" {
			return w.Owner
		}
		if s > 0 && !w.Generic {
			// "the Royal Navy destroyer HMS Kestrel fired": the named ship
			// is the class noun's, owned as it is (namedModel gave the noun
			// the ship's key)
			if c := &d.mentions[s-1]; c.Label == "WeaponSystem" && (c.Generic || c.Key == w.Key) && c.To == w.From && c.sent == w.sent && c.Owner >= 0 {
				return c.Owner
			}
		}
		prev := -1
		for _, p := range sources {
			if m := &d.mentions[p]; m.Label == "WeaponSystem" && m.sent == w.sent && d.onlyConjunctions(d.classTail(m.To, w.From), w.From) {
				prev = p
			}
		}
		if prev < 0 {
			return -1
		}
		s = prev
	}
}

// actorOwner returns the owner (sharedOwner) of mention k when k is a
// named weapon and its owner an actor that deploys (actor), or -1: where
// ownedWeaponActs and ownedDeployed start.
func (d *doc) actorOwner(ms []int, k int, actor func(*Mention) bool) int {
	if w := &d.mentions[k]; w.Label != "WeaponSystem" || w.Key == "" {
		return -1
	}
	if o := d.sharedOwner(ms, k); o >= 0 && actor(&d.mentions[o]) {
		return o
	}
	return -1
}

// classTail returns the end of the lowercase class phrase of a weapon's
// kind that toks[i:j] opens with, ending in a class noun of words.yaml
// weapon_classes ("attack aircraft", "helicopter gunships", "fighters"),
// or i when there is none.
func (d *doc) classTail(i, j int) int {
	end := i
	for k := i; k < j && k < i+3; k++ {
		if w := d.toks[k].Text; w == "" || w[0] < 'a' || w[0] > 'z' {
			break
		}
		if d.in(k, d.words.classNouns) {
			end = k + 1
		}
	}
	return end
}

// mentionBeforeClass returns the named weapon model whose lowercase class
// phrase ends at toks[i] ("Su-24 attack aircraft" before "and"), or -1.
func (d *doc) mentionBeforeClass(ms []int, from, i int) int {
	for n := 1; n <= 3 && i-n >= from; n++ {
		if k := d.mentionEnding(ms, i-n, func(m *Mention) bool { return m.Label == "WeaponSystem" && !m.Generic && m.Key != "" }); k >= 0 {
			if d.classTail(i-n, i) == i {
				return k
			}
			return -1
		}
	}
	return -1
}

// weaponOwners returns the owner o of a weapon and, when o is a demonym,
// the demonyms coordinated with it before the weapon's noun: "American and
// British warships fired" are owned by both states ("Russian and Syrian
// jets"), not only by the demonym next to the noun.
func (d *doc) weaponOwners(ms []int, o int, actor func(*Mention) bool) []int {
	if d.mentions[o].Kind != mAdjective {
		return []int{o}
	}
	group := d.coordinatedBefore(ms, o, actor)
	n := len(group) - 1 // group ends with o
	for n > 0 {
		p, c := &d.mentions[group[n-1]], &d.mentions[group[n]]
		if p.Kind != mAdjective || !d.onlyConjunctions(p.To, c.From) {
			break // "Russian jets and Turkish drones": each owns its own
		}
		n--
	}
	return group[n:]
}

// onlyConjunctions reports whether toks[i:j] are one to two list marks:
// "and", "or", ",".
func (d *doc) onlyConjunctions(i, j int) bool {
	if j <= i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if w := d.lw(k); w != "and" && w != "or" && w != "," {
			return false
		}
	}
	return true
}

// weaponsInside returns the weapons named between the words of cue cm's
// phrase: "fired rockets at", "opened fire with artillery on".
func (d *doc) weaponsInside(ms []int, cm cueMatch) []int {
	var out []int
	for _, k := range ms {
		if m := &d.mentions[k]; m.From > cm.from && m.To <= cm.to && m.Label == "WeaponSystem" && m.Key != "" && m.Arg {
			out = append(out, k)
		}
	}
	return out
}

// weaponsOf reports whether the only things between token from and
// mention n are weapons that n owns through "of": in "bomb the drones
// and rockets of Roe's militia" the militia is attacked.
func (d *doc) weaponsOf(ms []int, from, n int) bool {
	m := &d.mentions[n]
	if p := d.npStart(m) - 1; p < from || d.lw(p) != "of" {
		return false
	}
	found := false
	for _, k := range ms {
		w := &d.mentions[k]
		if w.From >= from && w.To <= m.From && w.Key != "" && w.Label != "WeaponSystem" && !isActorMention(w) {
			return false
		}
		found = found || w.From >= from && w.To <= m.From && w.Label == "WeaponSystem"
	}
	return found
}

// toVerb reports whether toks[i] is "to" before a verb cue of a type
// other than typ: an infinitive ("sent jets to strike") ends a list of
// objects ("moved troops in a bid to deploy missiles" still deploys).
func (x *Extractor) toVerb(d *doc, i int, typ string) bool {
	if d.lw(i) != "to" {
		return false
	}
	verb := false
	for _, c := range x.cuesOf(d, i+1) {
		if c.verb && c.Type == typ {
			return false
		}
		verb = verb || c.verb
	}
	return verb
}

// toVerbBetween reports whether an infinitive of a verb cue of a type
// other than typ ("to strike") stands in toks[i:j].
func (x *Extractor) toVerbBetween(d *doc, i, j int, typ string) bool {
	for k := i; k < j; k++ {
		if x.toVerb(d, k, typ) {
			return true
		}
	}
	return false
}

// weaponsUsing returns the weapons named after "using" a few words after
// token i, in the same clause: "attacked the tanker using drones",
// "carried out the raid using six drones". ("with" is not read: on the
// dev set it named weapons that were not the doer's deployment.)
func (d *doc) weaponsUsing(ms []int, i, end int) []int {
	const reach, lead = 8, 4
	weapon := func(m *Mention) bool { return m.Label == "WeaponSystem" && m.Key != "" && m.Arg }
	for j := i; j < end && j < i+reach; j++ {
		w := d.lw(j)
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) && w != "and" || d.in(j, d.words.subordinators) {
			return nil
		}
		if w != "using" {
			continue
		}
		for k := j + 1; k < end && k <= j+lead; k++ {
			if n := d.mentionAt(ms, k); n >= 0 {
				if weapon(&d.mentions[n]) {
					return d.coordinated(ms, n, weapon)
				}
				return nil
			}
			if t := d.toks[k]; t.Kind != Number && (t.Kind != Word || t.Capitalized()) {
				return nil
			}
		}
		return nil
	}
	return nil
}

// claimedWeapons adds DEPLOYS from the claimants of an attack to the
// weapons named after "using" from token i on: "Y said it had carried out
// the raid using six drones".
func (x *Extractor) claimedWeapons(d *doc, si int, ms []int, agents []int, i int) {
	for _, w := range d.weaponsUsing(ms, i, d.sents[si].To) {
		for _, a := range agents {
			x.addRel(d, si, "DEPLOYS", "", &d.mentions[a], &d.mentions[w], current()) // addRel keeps DEPLOYS's sources
		}
	}
}

// platformReach is how many words (an article, the owner, a class) may
// open the platform's phrase before its weapon name: "a Chilean
// Kestrel-class patrol boat".
const platformReach = 5

// punctBetween reports whether a punctuation mark stands in toks[i:j].
func (d *doc) punctBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].Kind == Punct {
			return true
		}
	}
	return false
}

// launchPlatforms adds the DEPLOYS a weapon launched from an actor's
// weapon states: in "a missile fired from a Chilean warship" Chile
// deploys the warship and the missile. The weapon is followed by
// a participle of a launching verb (launch_verbs) and "from"; the
// platform, after at most an article, is a weapon owned by an actor (a
// modifier or possessor, not a maker: compound.go). A negated or hedged
// participle states nothing.
func (x *Extractor) launchPlatforms(d *doc, si int, ms []int) {
	s := d.sents[si]
	for _, k := range ms {
		w := &d.mentions[k]
		v := w.To
		if w.Label != "WeaponSystem" || w.Key == "" || v+2 >= s.To || !d.in(v, d.words.launchVerbs) || !d.participle(v) || d.lw(v+1) != "from" {
			continue
		}
		if negated(d, s.From, v) || hedged(d, s.From, v) {
			continue
		}
		p := -1
		for _, q := range ms {
			if m := &d.mentions[q]; m.Label == "WeaponSystem" && m.Key != "" && m.From >= v+2 && m.From <= v+2+platformReach && !d.punctBetween(v+2, m.From) {
				p = q
				break
			}
		}
		if p < 0 || d.mentions[p].Owner < 0 {
			continue
		}
		o := &d.mentions[d.mentions[p].Owner] // addRel keeps a keyed owner of DEPLOYS's sources
		x.addRel(d, si, "DEPLOYS", "", o, &d.mentions[p], current())
		x.addRel(d, si, "DEPLOYS", "", o, w, current())
	}
}

// deploysActor returns the test of a mention that may deploy a weapon:
// a resolved mention of a label DEPLOYS takes as its source.
func (x *Extractor) deploysActor() func(*Mention) bool {
	sources := x.lex.relTypes["DEPLOYS"].Sources
	return func(m *Mention) bool { return m.Key != "" && slices.Contains(sources, m.Label) }
}

// current returns the properties of a weapon in use: a DEPLOYS's status,
// a new map for each relation.
func current() map[string]string { return map[string]string{"status": "current"} }

// ownedWeaponActs adds the DEPLOYS that an owned weapon acting states,
// whatever the verb: a weapon system with an actor as owner that is the
// active subject of a verb, or the agent after "by" of a participle, is in
// its owner's service ("Chilean warships patrolled the strait", "two
// Peruvian submarines dived", "escorted by a frigate of the Chilean
// Navy"), as an owned weapon that attacks is (weaponUse). A passive subject
// is acted on, not acting ("Peruvian drones were shot down"), unless a
// verb in its clause continues it ("Chilean bombers are expected to resume
// patrols"); a negated or hedged verb ("could reach") states nothing; a
// maker owns nothing ("U.S.-made jets", compound.go). A verb of a product
// on sale (words.yaml idle_weapon_verbs: "French tanks cost more") states
// no deployment.
// A verb with an actor as object is a stance or an act on it, the cues'
// business: "the missiles of North Korea worry Japan" deploys nothing.
func (x *Extractor) ownedWeaponActs(d *doc, si int, ms []int) {
	actor := x.deploysActor()
	var toks []syntax.Token
	from := d.sents[si].From
	for _, k := range ms {
		owner := d.actorOwner(ms, k, actor)
		if owner < 0 {
			continue
		}
		w := &d.mentions[k]
		owners := d.weaponOwners(ms, owner, actor)
		if !slices.ContainsFunc(owners, func(o int) bool { return !x.recorded(d, "DEPLOYS", &d.mentions[o], w) }) {
			continue // every owner's DEPLOYS is recorded already: a parse would add nothing
		}
		if toks == nil {
			if toks = x.parseOf(d, si); toks == nil {
				return
			}
		}
		v := actingVerb(toks, w.To-1-from)
		if v < 0 || d.in(from+v, d.words.idleWeaponVerbs) || negated(d, from, from+v) || hedged(d, from, from+v) || d.actorObject(ms, toks, from, v) {
			continue
		}
		for _, o := range owners {
			x.addRel(d, si, "DEPLOYS", "", &d.mentions[o], w, current())
		}
		for _, c := range d.ownedListBefore(ms, k, owner) {
			for _, o := range owners {
				x.addRel(d, si, "DEPLOYS", "", &d.mentions[o], &d.mentions[c], current())
			}
		}
	}
}

// ownedListBefore returns the named weapon systems listed before weapon
// k that share its owner (the one before the list): "Chilean F-16 and
// A-4 jets patrolled", where the parse may hang the verb on the last
// item's noun only, gives F-16 as Chile's too; not "Russian jets and
// Turkish drones" (each has an owner of its own).
func (d *doc) ownedListBefore(ms []int, k, owner int) []int {
	named := func(m *Mention) bool { return m.Label == "WeaponSystem" && m.Key != "" }
	list := d.coordinatedBefore(ms, k, named)
	var out []int
	for _, c := range list {
		if c != k && d.sharedOwner(ms, c) == owner { // each a named weapon: coordinatedBefore asks named
			out = append(out, c)
		}
	}
	return out
}

// forceWeapons adds the DEPLOYS that a force's weapon states whatever the
// sentence says of it: a weapon system owned (a modifier, a possessor or
// an "of" owner) by an armed force or an armed group (organizations.yaml
// and bodies.yaml kind military or armed-group) is in that force's
// service, since a force neither makes nor sells the weapons it owns:
// "flown in aboard two Nigerian Air Force C-130 planes", "the Royal Navy's
// destroyers stayed in port", "F-16 jets of the Chilean Air Force". A
// state or demonym owner may be the weapon's maker or seller ("Russian
// S-400s bought by Turkey"): its weapon must act (ownedWeaponActs). A
// negated or hedged phrase before the weapon ("has no Navy frigates")
// states nothing.
func (x *Extractor) forceWeapons(d *doc, si int, ms []int) {
	actor := x.deploysActor()
	for _, k := range ms {
		w := &d.mentions[k]
		if w.Label != "WeaponSystem" || w.Key == "" {
			continue
		}
		owner := d.sharedOwner(ms, k)
		if owner < 0 {
			continue
		}
		o := &d.mentions[owner]
		if o.Label != "Organization" || !(o.Sort == "military" || o.Sort == "armed-group") || !actor(o) {
			continue
		}
		if !stated(d, si, min(w.From, o.From)) {
			continue
		}
		x.addRel(d, si, "DEPLOYS", "", o, w, current())
	}
}

// actingVerb returns the parse index of the verb that the noun at parse
// index h (or the first of the list it ends) does: h is the verb's active
// subject, its passive subject with a clause continuing it ("are expected
// to resume"), or its agent after "by"; -1 otherwise.
func actingVerb(toks []syntax.Token, h int) int {
	for hops := 0; hops < 3 && toks[h].Deprel == "conj" && toks[h].Head >= 0; hops++ {
		h = toks[h].Head // "a frigate and a corvette": the list's first
	}
	v := toks[h].Head
	if v < 0 || toks[v].UPOS != "VERB" {
		return -1
	}
	switch toks[h].Deprel {
	case "nsubj":
		return v
	case "nsubj:pass":
		for _, c := range syntax.Children(toks, v) {
			if toks[c].Deprel == "xcomp" {
				return v
			}
		}
	case "obl", "obl:agent":
		for _, c := range syntax.Children(toks, h) {
			if toks[c].Deprel == "case" && strings.EqualFold(toks[c].Text, "by") {
				return v
			}
		}
	}
	return -1
}

// actorObject reports whether the verb at parse index v has a direct
// object that is (or is inside) an actor mention: "worry Japan".
func (d *doc) actorObject(ms []int, toks []syntax.Token, from, v int) bool {
	for _, c := range syntax.Children(toks, v) {
		if toks[c].Deprel != "obj" {
			continue
		}
		for _, k := range ms {
			if m := &d.mentions[k]; isActorMention(m) && m.From <= from+c && from+c < m.To {
				return true
			}
		}
	}
	return false
}

// backedForces adds the DEPLOYS that weapons backing a state's forces
// state: in "Chadian and Nigerien troops, backed by Gazelle helicopters
// and AML-90 armoured cars, halted the advance" Chad and Niger field the
// helicopters and the armoured cars. The force noun (words.yaml
// sent_forces, in no mention of its own) has its owners right before it
// (forceOwners); a comma, a backing participle (words.yaml
// backing_participles) and "by" follow it; the weapons are the named list
// after "by", past a compound such as "Soviet-supplied" (a supplier fields
// nothing) and no comma. A weapon with an actor owner of its own ("backed
// by Kenya Air Force F-5 jets") is that owner's.
func (x *Extractor) backedForces(d *doc, si int, ms []int) {
	actor := x.deploysActor()
	named := func(m *Mention) bool { return m.Label == "WeaponSystem" && m.Key != "" }
	from, end := d.sents[si].From, d.sents[si].To
	for f := from; f+4 < end; f++ {
		if !d.in(f, d.words.sentForces) {
			continue
		}
		i, owners := f, []int(nil)
		if c, loyal := d.loyalOwners(ms, f, end, actor); c > 0 {
			i, owners = c-1, loyal // "Units loyal to Ana Ruiz, backed by tanks,": Ruiz's
		} else if f == from {
			continue
		}
		if i+4 >= end || d.toks[i+1].Text != "," || !d.in(i+2, d.words.backingParticiples) || d.lw(i+3) != "by" {
			continue
		}
		if owners == nil {
			owners = d.forceOwners(ms, i, actor)
		}
		if len(owners) == 0 {
			continue
		}
		w := -1
		for _, k := range ms {
			if m := &d.mentions[k]; named(m) && m.From > i+3 && m.From <= i+3+backedReach && !slices.ContainsFunc(d.toks[i+4:m.From], clauseMark) {
				w = k
				break
			}
		}
		if w < 0 {
			continue
		}
		for _, k := range d.coordinated(ms, w, named) {
			m := &d.mentions[k]
			if o := d.sharedOwner(ms, k); o >= 0 && actor(&d.mentions[o]) {
				x.addRel(d, si, "DEPLOYS", "", &d.mentions[o], m, current()) // "backed by Russian jets": Russia's
				continue
			}
			for _, o := range owners {
				x.addRel(d, si, "DEPLOYS", "", &d.mentions[o], m, current())
			}
		}
	}
}

// loyalOwners reads a force noun at toks[f] followed by "loyal to" and the
// actors it serves ("units loyal to Ana Ruiz and her party (KUP),"): it
// returns the comma that ends the names and the actors named, or 0 and
// nil when no comma closes a list of names (capitalised words, "and",
// "the", a possessive, an acronym in brackets) within a few words.
func (d *doc) loyalOwners(ms []int, f, end int, actor func(*Mention) bool) (int, []int) {
	const reach = 12
	if f+3 >= end || d.lw(f+1) != "loyal" || d.lw(f+2) != "to" {
		return 0, nil
	}
	c := -1
	for j := f + 3; j < end && j < f+3+reach; j++ {
		t := d.toks[j]
		if t.Text == "," {
			c = j
			break
		}
		if !(t.Kind == Word && t.Capitalized() || t.lower == "and" || articles[t.lower] || possessivePronoun[t.lower] || t.Text == "(" || t.Text == ")" || possessiveS(t.Text) || d.mentionAt(ms, j) >= 0) {
			return 0, nil
		}
	}
	if c < 0 {
		return 0, nil
	}
	var owners []int
	inside := func(m *Mention) bool { // "Chilean" in "her Chilean Unity Party": the party's
		return slices.ContainsFunc(ms, func(k int) bool { return spans(&d.mentions[k], m) })
	}
	for _, k := range ms {
		if m := &d.mentions[k]; m.From >= f+3 && m.To <= c && m.Key != "" && actor(m) && !d.isPossessor(m) && !inside(m) {
			owners = append(owners, k)
		}
	}
	if len(owners) == 0 {
		return 0, nil
	}
	return c, owners
}

// backedReach is how many words after "by" may open the phrase of the
// first weapon backing a force: "backed by Kenya Air Force F-5
// jets".
const backedReach = 8

// forceOwners returns the actors that own the force noun at toks[i]: the
// demonyms or possessor right before it, a list of demonyms read whole
// ("Cuban and Angolan troops": Cuba and Angola). A noun inside a mention
// ("Kenya Air Force units" is the force's own) or with no owner right
// before it gives none.
func (d *doc) forceOwners(ms []int, i int, actor func(*Mention) bool) []int {
	for _, k := range ms {
		if m := &d.mentions[k]; m.From <= i && i < m.To {
			return nil
		}
	}
	j := i
	if j-1 >= 0 && possessiveS(d.toks[j-1].Text) {
		j-- // "Chad's troops"
	}
	o := d.mentionEnding(ms, j, actor)
	if o < 0 {
		return nil
	}
	return d.weaponOwners(ms, o, actor)
}

// clauseMark reports whether t is a comma or a semicolon: a list's or a
// clause's end, where a hyphen is not.
func clauseMark(t Token) bool { return t.Text == "," || t.Text == ";" }

// ownedDeployed adds the DEPLOYS that an owned weapon said to be deployed
// states: in "German Patriot batteries are being deployed near Rzeszow"
// and "two Turkish frigates have been stationed off Cyprus" the owner (a
// demonym, a possessor or an "of" owner that is an actor) has the weapon
// in place. A form of "be", with only "has", "have", "had", "now",
// "already" or "also" beside it (four words at most), stands between the
// weapon and a participle of deploying (words.yaml deployed_forms); a
// negated or hedged verb ("are not deployed", "could be deployed") states
// nothing. A passive cue has no agent here to be the source; the owner
// is.
func (x *Extractor) ownedDeployed(d *doc, si int, ms []int) {
	actor := x.deploysActor()
	from, end := d.sents[si].From, d.sents[si].To
	for _, k := range ms {
		owner := d.actorOwner(ms, k, actor)
		if owner < 0 {
			continue
		}
		w := &d.mentions[k]
		j, be := w.To, false
		for ; j < end && j < w.To+4; j++ {
			switch l := d.lw(j); {
			case d.in(j, d.words.beForms):
				be = true
				continue
			case l == "has" || l == "have" || l == "had" || l == "now" || l == "already" || l == "also":
				continue
			}
			break
		}
		if !be || !d.in(j, d.words.deployedForms) || negated(d, from, j) || hedged(d, from, j) {
			continue
		}
		for _, o := range d.weaponOwners(ms, owner, actor) {
			x.addRel(d, si, "DEPLOYS", "", &d.mentions[o], w, current())
			for _, c := range d.ownedListBefore(ms, k, owner) {
				x.addRel(d, si, "DEPLOYS", "", &d.mentions[o], &d.mentions[c], current())
			}
		}
	}
}
