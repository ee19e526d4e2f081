package extract

import (
	"maps"
	"slices"
	"strings"
)

// Compound modifiers.
//
// News ties a party to a name by a hyphenated participle before the name:
// "the Iran-backed Houthis", "the Moscow-led CSTO", "Russian-made S-300s",
// "the Vienna-based IAEA". words.yaml says which relation each participle
// states and which way (compound_participles: the party is the source;
// compound_head_first: the name is). The name is the one the compound
// modifies, after at most a few descriptor words ("the Iran-backed militia
// Kataib Hezbollah", "the Iran-backed group" once resolved), or the one an
// apposition describes ("Hamas, an Iran-backed group,"). A participle under
// several types states each whose labels fit ("led": MEMBER_OF an
// organization, DEVELOPS a program). A supplied weapon goes to its
// possessor or to the subject of a verb of using (receiving_verbs:
// "Ukraine fired U.S.-supplied missiles"); a made or supplied one to its
// buyer (buying_words: "Egypt bought French-built jets").
//
// The party is no argument of the clause around the compound: "Iran-aligned
// groups threatened U.S. troops" says nothing Iran did. Only a leader
// (compound_leaders) acts for a head that names nothing: "Saudi-led
// troops bombed the port"; a group noun after it names the group it leads
// (compound_groups, mention.go): "a Saudi-led coalition bombed the port".

// compoundWords are words.yaml's compound participles, compiled.
type compoundWords struct {
	modFirst           map[string][]string // participle -> relation types
	headFirst          wordMap[[]string]   // the same
	leaders, receiving set                 // "led"; forms of "use", "fly"
	groups             list                // "coalition": a leader's compound names it (mention.go)
	buying             set                 // forms of "buy", and "purchase of"'s nouns
}

// compileCompounds inverts a table of relation type -> participles.
func compileCompounds(table map[string][]string) map[string][]string {
	out := map[string][]string{}
	for _, typ := range slices.Sorted(maps.Keys(table)) { // sorted: same input, same output
		for _, w := range table[typ] {
			out[strings.ToLower(w)] = append(out[strings.ToLower(w)], typ)
		}
	}
	return out
}

// participle reports whether w is a participle of the compound tables.
func (c compoundWords) participle(w string) bool {
	return c.modFirst[w] != nil || c.headFirst.m[w] != nil
}

// compoundAt returns the relation types that toks[i] states as a compound
// participle joined by a hyphen to the word before it ("backed" in
// "Iran-backed"), and whether the party before the hyphen is their
// source; nil if toks[i] is none.
func (d *doc) compoundAt(i int) (types []string, partyFirst bool) {
	if i < 2 || i >= len(d.toks) || d.toks[i].Kind != Word || !isHyphen(d.toks[i-1].Text) ||
		d.toks[i-2].End() != d.toks[i-1].Start || d.toks[i-1].Start+len(d.toks[i-1].Text) != d.toks[i].Start {
		return nil, false
	}
	w := d.toks[i].Text
	if types := d.words.compounds.modFirst[w]; types != nil {
		return types, true
	}
	return d.words.compounds.headFirst.m[w], false
}

// placedBy reports whether toks[i] is a compound participle that places
// the name after it in the party before it: "Tripoli-based" (the city,
// not its state).
func (d *doc) placedBy(i int) bool {
	types, partyFirst := d.compoundAt(i)
	return !partyFirst && slices.Contains(types, "LOCATED_IN")
}

// compoundParty reports whether mention m is the party of a compound
// participle ("Iran" in "Iran-backed"), and returns the participle's index.
func (d *doc) compoundParty(m *Mention) (int, bool) {
	p := m.To + 1
	if m.Kind == mPronoun || m.Kind == mTitle || p >= d.sents[m.sent].To {
		return 0, false
	}
	types, _ := d.compoundAt(p)
	return p, types != nil
}

// compoundHead returns the name that the compound whose party is m and
// whose participle is toks[p] modifies: the name right after it or after
// a few descriptor words, or the name an apposition around it describes;
// -1 if none.
func (d *doc) compoundHead(ms []int, m *Mention, p int) int {
	end := d.sents[m.sent].To
	for j := p + 1; j < end && j <= p+4; j++ {
		n := d.mentionAt(ms, j)
		if n < 0 {
			if t := d.toks[j]; t.Kind != Word || t.Capitalized() || followers[t.lower] || determiners[t.lower] {
				break
			}
			continue // "the Iran-backed militia Kataib Hezbollah", "the London-based rights group Amnesty"
		}
		if j > p+1 && !d.compoundDescriptor(j-1) {
			break // "Saudi-led troops bombed Houthi positions": no descriptor before the name
		}
		h := &d.mentions[n]
		if h.Kind != mName {
			if a := d.apposedName(ms, m.sent, m.From-1, h.To); a >= 0 {
				return a // "Vadim Petrenko, Moldova's Kremlin-backed governor,": the name described, not a guess for "governor"
			}
		}
		if h.Kind == mDescription {
			if k := d.mentionAt(ms, h.To); k >= 0 && d.mentions[k].Kind == mName && d.mentions[k].Key != "" {
				return k // "the Iran-backed group Hezbollah"
			}
			if h.Key != "" {
				return n // "the Iran-backed group", resolved
			}
			break
		}
		if h.Kind == mName && h.Key != "" {
			return n // "the Iran-backed Houthis"
		}
		return -1
	}
	return d.apposedName(ms, m.sent, m.From-1, p+1)
}

// compoundDescriptor reports whether toks[j], the word before the name a
// compound modifies, is a noun that describes it: "militia", "rights
// group", "air defence system" (namecues descriptors, weapon, facility and
// place heads, actor nouns); never a verb ("Saudi-led troops bombed
// Houthi positions").
func (d *doc) compoundDescriptor(j int) bool {
	t, s := d.toks[j], d.words
	if t.Kind != Word || t.Capitalized() {
		return false
	}
	w := t.lower
	return s.cues.descriptors[w] != "" || s.weaponHeads.has(w) || s.weaponMods.has(w) || s.facilityHeads.has(w) || s.placeHeads.has(w) || s.actorNouns.has(w)
}

// apposedName returns the name that an apposition opening with the
// article toks[k] (or a possessor ending in toks[k], "'s") describes, when the apposition closes a few words after
// token after: "Hamas, an Iran-backed group," describes Hamas; -1 if none.
// A relative clause may close it instead of a comma: "Gazprombank, a
// Moscow-based lender that finances ...".
// A name's acronym in brackets may stand before the comma: "the Popular
// Mobilization Forces (PMF), an Iranian-backed militia".
func (d *doc) apposedName(ms []int, si, k, after int) int {
	from, end := d.sents[si].From, d.sents[si].To
	if k <= from {
		return -1
	}
	switch {
	case d.toks[k].Text == "'s": // "Vadim Petrenko, Moldova's Kremlin-backed governor,": the possessor opens it
		p := d.mentionEnding(ms, k, keyed)
		if p < 0 || d.mentions[p].Kind != mName {
			return -1
		}
		k = d.mentions[p].From
	case !articles[d.lw(k)] && d.lw(k) != "another":
		return -1 // "Abkhazia, another Russian-backed region," as "a"
	}
	if k-1 <= from || d.toks[k-1].Text != "," {
		return -1
	}
	j := k - 1
	if d.toks[j-1].Text == ")" {
		j-- // "(PMF),"
	}
	name := d.mentionEnding(ms, j, keyed)
	if name < 0 || !d.mentions[name].Arg {
		return -1
	}
	for i := after; i < end && i <= after+3; i++ {
		if d.toks[i].Text == "," || d.toks[i].Kind == Punct && i+1 == end {
			return name
		}
		if i > after && d.in(i, d.words.relativePronouns) {
			return name // "Gazprombank, a Moscow-based lender that finances ...": a relative clause closes it too
		}
		if n := d.mentionAt(ms, i); d.toks[i].Kind != Word || n >= 0 && d.mentions[n].Kind != mDescription {
			break
		}
	}
	return -1
}

// compoundArgs keeps the parties of the compounds of the sentence whose
// mentions start at first out of its clauses, except a leader of a head
// that names nothing, which acts for it ("Saudi-led troops bombed the
// port"). Mentions stage: the relation stage reads Arg.
func (x *Extractor) compoundArgs(d *doc, first int) {
	if first >= len(d.mentions) {
		return
	}
	ms := d.sentMentions(d.mentions[first].sent)
	for _, k := range ms {
		m := &d.mentions[k]
		p, ok := d.compoundParty(m)
		if !ok || m.Key == "" {
			continue
		}
		m.Arg = d.words.compounds.leaders[d.lw(p)] && isActorMention(m) && d.compoundHead(ms, m, p) < 0
	}
}

// unnamedCompound reports whether m is the party of a compound that
// modifies no name and that m does not lead: "Iran-aligned groups",
// "Russian-made jets". The phrase is then an argument we cannot name.
func (d *doc) unnamedCompound(ms []int, m *Mention) bool {
	if m.Arg || m.Key == "" {
		return false
	}
	p, ok := d.compoundParty(m)
	return ok && d.compoundHead(ms, m, p) < 0
}

// compoundRelations relates the parties of sentence si's compounds to the
// names they modify.
func (x *Extractor) compoundRelations(d *doc, si int, ms []int) {
	for _, k := range ms {
		m := &d.mentions[k]
		p, ok := d.compoundParty(m)
		if !ok || m.Key == "" {
			continue
		}
		n := d.compoundHead(ms, m, p)
		if n < 0 {
			continue
		}
		h := &d.mentions[n]
		types, partyFirst := d.compoundAt(p)
		for _, typ := range types {
			if partyFirst {
				x.addRel(d, si, typ, "", m, h, nil)
			} else {
				x.addRel(d, si, typ, "", h, m, nil)
			}
		}
		if partyFirst && !isActorMention(h) && (slices.Contains(types, "SUPPLIES") || slices.Contains(types, "BUILDS")) {
			if r := d.receiver(ms, si, m, slices.Contains(types, "SUPPLIES")); r >= 0 {
				x.addRel(d, si, "SUPPLIES", "", m, &d.mentions[r], map[string]string{"item": h.Name})
			}
		}
	}
}

// receiver returns who received the thing a compound of party m says
// was made or supplied: the subject of a verb of buying before it
// ("Egypt bought French-built jets"), or the possessor of a noun of
// buying ("Turkey's purchase of Russian-made S-400s"); when supplied is
// set (the compound says so), also the possessor before the compound
// ("Ukraine's U.S.-supplied Patriots"), the subject of a verb of using
// ("Ukraine fired U.S.-supplied missiles") or the state of the forces
// they back ("Chadian troops, backed by French-supplied helicopters").
// -1 if none.
func (d *doc) receiver(ms []int, si int, m *Mention, supplied bool) int {
	from := d.sents[si].From
	actor := keyedActor
	j := m.From - 1
	if supplied && j > from && d.toks[j].Text == "'s" {
		return d.mentionEnding(ms, j, actor)
	}
	for j > from && m.From-j <= 3 && (determiners[d.lw(j)] || numberWords[d.lw(j)] || d.toks[j].Kind == Number) {
		j-- // "fired the", "flew two"
	}
	c := d.words.compounds
	switch {
	case j-2 > from && d.lw(j) == "of" && c.buying[d.lw(j-1)] && d.toks[j-2].Text == "'s":
		return d.mentionEnding(ms, j-2, actor) // "Turkey's purchase of"
	case j > from && (c.buying[d.lw(j)] || supplied && c.receiving[d.lw(j)]):
		return d.leftArg(ms, j, isActorMention)
	case supplied && j-3 > from && d.lw(j) == "by" && d.in(j-1, d.words.backingParticiples) && d.toks[j-2].Text == ",":
		if o := d.forceOwners(ms, j-3, keyedActor); len(o) > 0 {
			return o[len(o)-1] // "Chadian troops, backed by French-supplied Gazelles": weaponuse.go backedForces
		}
	}
	return -1
}
