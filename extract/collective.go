package extract

import (
	"strconv"
	"strings"
)

// Collective subjects and reciprocal objects.
//
// News names a pair or a group once and then speaks of it as a whole:
// "Japan and South Korea met in Tokyo. The two countries agreed to ...",
// "Putin met Xi. Both leaders criticized ...", "Armenia and Azerbaijan
// accused each other of ...". A collective phrase (a quantifier and a
// plural noun of collective_counts and collective_nouns in words.yaml)
// that is the subject of a cue stands for the members of the nearest
// group of that size named before it; "each other" (reciprocal_words) as
// a cue's object relates the members of a plural subject both ways.

// collectiveSize returns the number of members a collective phrase ending
// at token end-1 names and the label class of its noun ("Country",
// "Person" or "Actor"), with the phrase's first token; size 0 when there
// is none: "both countries", "the two leaders", "all three sides", and
// "both" alone opening a clause.
func (d *doc) collectiveSize(from, end int) (size int, class string, start int) {
	if b := end - 1; b >= from && d.lw(b) == "both" && (b == from || d.toks[b-1].Kind == Punct || d.in(b-1, d.words.clauseBreaks)) {
		return 2, "Actor", b // "Both condemned ...": "both" alone opening its clause
	}
	if end-2 < from {
		return 0, "", 0
	}
	if d.in(end-1, d.words.collectivePairs) && d.lw(end-2) == "the" {
		if end < len(d.toks) && d.lw(end) == "of" {
			return 0, "", 0 // "the pair of ministers": a pair of something else
		}
		return 2, "Actor", end - 2 // "the pair"
	}
	class, ok := d.words.collectiveNouns[d.lw(end-1)]
	if !ok {
		return 0, "", 0
	}
	q := end - 2
	if q-1 >= from && d.collectiveModifier(q) {
		if _, counted := d.words.collectiveCounts[d.lw(q-1)]; counted {
			q-- // "the two neighbouring countries", "the three Baltic states"
		}
	}
	n, ok := d.words.collectiveCounts[d.lw(q)]
	if !ok {
		return 0, "", 0
	}
	start = q
	if w := d.lw(start - 1); start-1 >= from && (w == "the" || w == "all" || w == "these" || w == "those") {
		start--
	} else if d.lw(start) != "both" {
		return 0, "", 0 // "two countries" alone is no group named before
	}
	return n, class, start
}

// collectiveModifier reports whether toks[i] may stand between a
// quantifier and a collective noun: a capitalized word ("the three Baltic
// states") or a word of collective_modifiers ("both warring sides").
func (d *doc) collectiveModifier(i int) bool {
	t := d.toks[i]
	return t.Kind == Word && (t.Capitalized() || t.in(d.words.collectiveMods))
}

// collectiveSubject returns the members a collective subject of the cue at
// token i stands for, and whether there is such a subject at all: a
// collective phrase ending at most a few words (no mention, no comma)
// before the cue and opening its clause. The members are the nearest group
// before it of the phrase's size: coordinated mentions ("A and B") in that
// sentence or the two before. A phrase whose group is not found states nothing
// (found with no members), rather than give the cue to a mention further
// left.
func (x *Extractor) collectiveSubject(d *doc, si int, ms []int, i int, fits func(*Mention) bool) (members []int, found bool) {
	from := d.sents[si].From
	end := i
	for end > from && i-end < 4 && d.toks[end-1].Kind != Punct && d.mentionEnding(ms, end, keyed) < 0 {
		size, class, start := d.collectiveSize(from, end)
		if size == 0 && d.theTwo(from, end) {
			size, class, start = 2, "Actor", end-2 // "and the two signed": the pair alone opening its clause
		}
		if size == 0 {
			if n, cls := d.countedOpening(from, end); n > 0 {
				return x.groupAhead(d, si, n, func(m *Mention) bool { return fits(m) && collectiveFits(cls, m) }), true
			}
			end-- // "have", "also", "jointly" between the subject and the verb
			continue
		}
		if p := start - 1; p >= from && (d.in(p, d.words.objectPreps) || d.lw(p) == "by") {
			return nil, false // "with both countries": no subject
		}
		classFits := func(m *Mention) bool { return fits(m) && collectiveFits(class, m) }
		if g := d.meetingPair(si, start, size, classFits); g != nil {
			if s := x.sidesStates(d, g, end); s != nil {
				return s, true // "Wang met Pakistan's foreign minister, and the two sides agreed": China and Pakistan
			}
			return g, true // "A hosted B in Lima, and the two signed a pact"
		}
		return x.collectiveGroup(d, si, start, size, classFits), true
	}
	return nil, false
}

// countedOpening returns the size and class of an indefinite counted
// collective phrase that opens sentence from and ends at token end ("Four
// Andean states have cut ties with Chile"), or 0.
func (d *doc) countedOpening(from, end int) (size int, class string) {
	class, ok := d.words.collectiveNouns[d.lw(end-1)]
	if !ok {
		return 0, ""
	}
	q := end - 2
	if q-1 >= from && d.collectiveModifier(q) {
		q-- // "Four Arab states"
	}
	n, ok := d.words.collectiveCounts[d.lw(q)]
	if !ok || q != from || d.lw(q) == "both" {
		return 0, ""
	}
	return n, class
}

// groupAhead returns the members an indefinite counted phrase opening
// sentence si stands for when the next sentence opens by naming them:
// its first mention and those coordinated with it, as many as the phrase
// counts ("Four Arab states cut ties with Chile. Peru, Bolivia, Ecuador
// and Paraguay accuse Santiago of ...": the four). nil otherwise.
func (x *Extractor) groupAhead(d *doc, si, size int, fits func(*Mention) bool) []int {
	if si+1 >= len(d.sents) {
		return nil
	}
	sms := d.sentMentions(si + 1)
	if len(sms) == 0 {
		return nil
	}
	k := sms[0]
	if m := &d.mentions[k]; m.From != d.datelineEnd(si+1) && !(m.From == d.datelineEnd(si+1)+1 && d.lw(m.From-1) == "the") || !m.Arg || m.Key == "" || !fits(m) {
		return nil
	}
	group := d.coordinated(sms, k, fits)
	if distinctKeys(d, group) != size {
		return nil
	}
	return group
}

// theTwo reports whether "the two" alone ends at token end-1 and opens its
// clause (after a punctuation mark or a clause break such as "and"): a
// pair as the subject of the verb after it.
func (d *doc) theTwo(from, end int) bool {
	s := end - 2
	return s >= from && d.lw(s) == "the" && d.lw(s+1) == "two" && (s == from || d.toks[s-1].Kind == Punct || d.in(s-1, d.words.clauseBreaks))
}

// meetingPair returns the two parties of the last meeting (MET_WITH)
// stated earlier in sentence si when a collective subject of size two at
// token i follows it in that sentence: "A hosted B in Lima for talks,
// and the two signed a pact" (the pair that met, named as a group by no
// coordination). Across sentences a meeting's parties are no group (see
// collectiveGroup). nil if there is none, or if a coordination of fitting
// mentions stands between the meeting and the phrase.
func (d *doc) meetingPair(si, i, size int, fits func(*Mention) bool) []int {
	if size != 2 {
		return nil
	}
	span := d.sents[si].Span()
	for r := len(d.rels) - 1; r >= 0; r-- {
		rel := d.rels[r]
		if rel.Span != span {
			break
		}
		if rel.Type != "MET_WITH" {
			continue
		}
		var pair []int
		for _, k := range d.sentMentions(si) {
			m := &d.mentions[k]
			if m.To > i || !m.Arg || !fits(m) || m.Key != rel.Source && m.Key != rel.Target {
				continue
			}
			if len(pair) == 0 || d.mentions[pair[len(pair)-1]].Key != m.Key {
				pair = append(pair, k)
			}
		}
		if len(pair) == 2 && d.mentions[pair[0]].Key != d.mentions[pair[1]].Key && !d.coordinatedParty(&d.mentions[pair[1]]) {
			return pair
		}
		return nil
	}
	return nil
}

// coordinatedParty reports whether mention m is followed by "and" or
// "or" and one more party, or follows one more mention and "and" or "or":
// "met representatives of A and the regime, and both sides agreed" names
// more parties than the two a pair holds, whichever of A and the regime
// the pair took.
func (d *doc) coordinatedParty(m *Mention) bool {
	from, end := d.sents[m.sent].From, d.sents[m.sent].To
	if m.To+1 < end && d.coordinator(m.To, end) > 0 && d.toks[m.To+1].Kind == Word && !d.in(m.To+1, d.words.clauseBreaks) {
		return true
	}
	p := d.npStart(m) - 1
	return p > from && (d.lw(p) == "and" || d.lw(p) == "or") && d.mentionEnding(d.sentMentions(m.sent), p, nil) >= 0
}

// sidesStates returns the states of the two persons of a meeting pair
// when the collective phrase ending at token end names them by a word
// for the parties of diplomacy (words.yaml side_nouns: "the two sides"),
// each person's state known (a title, a demonym, the dictionary) and the
// two states different: "Foreign Minister Ana Soto met her Peruvian
// counterpart Luis Vega, and the two sides agreed to reopen the border"
// is Chile's and Peru's agreement. nil otherwise.
func (x *Extractor) sidesStates(d *doc, pair []int, end int) []int {
	if !d.in(end-1, x.lex.sets.sideNouns) {
		return nil
	}
	var out []int
	for _, k := range pair {
		p := &d.mentions[k]
		if p.Label != "Person" {
			return nil
		}
		state := d.homeState(p)
		c := d.stateMention(state)
		if state == "" || c < 0 || len(out) > 0 && d.mentions[out[0]].Key == d.mentions[c].Key {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// stateMention returns the first mention of the state with code state
// ("CHL"), or -1.
func (d *doc) stateMention(state string) int {
	for k := range d.mentions {
		if m := &d.mentions[k]; m.Label == "Country" && m.Key == "country:"+state {
			return k
		}
	}
	return -1
}

// collectiveAfter returns the members a collective phrase a few words
// after the plural noun cue cm stands for ("a meeting of the ministers of
// both countries", "talks between the two sides"): the nearest group of
// the phrase's size named before the cue. nil if there is none.
func (x *Extractor) collectiveAfter(d *doc, si int, cm cueMatch, fits func(*Mention) bool) []int {
	end := d.sents[si].To
	for j := cm.to; j < end && j < cm.to+6; j++ {
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) {
			return nil
		}
		size, class, start := d.collectiveSize(cm.to, j+1)
		if size > 0 && start < j { // a noun, not "both" alone
			classFits := func(m *Mention) bool { return fits(m) && collectiveFits(class, m) }
			return x.collectiveGroup(d, si, cm.from, size, classFits)
		}
	}
	return nil
}

// destinationList reports whether the coordinated mentions group are the
// object of a preposition of place or of "to" ("gas shipped across
// Kazakhstan to Chile and Peru", "troops sent into Chile and Peru"): places
// things go to or through, not a pair that acts, so a later "the two
// sides agreed" is not theirs.
func (d *doc) destinationList(group []int) bool {
	first := &d.mentions[group[0]]
	i := d.npStart(first) - 1
	if i < d.sents[first.sent].From {
		return false
	}
	w := d.lw(i)
	return w == "to" || d.words.placePreps.has(w) && w != "in" && w != "at" && w != "within"
}

// collectiveFits reports whether mention m may be a member of a group
// named by a collective noun of class ("Country", "Person", "Actor").
func collectiveFits(class string, m *Mention) bool {
	if class == "Actor" {
		return isActorMention(m)
	}
	return m.Label == class
}

// collectiveGroup returns the nearest group of size members that fit,
// named before token i of sentence si: the last coordination there or in
// the two sentences before. nil when the nearest group has another size.
// (The two parties of a symmetric relation, "Putin met Xi. The two leaders
// ...", were tried as a group too: no gain on the dev set and one wrong
// type.)
func (x *Extractor) collectiveGroup(d *doc, si, i, size int, fits func(*Mention) bool) []int {
	for sj := si; sj >= 0 && sj >= si-2; sj-- {
		sms := d.sentMentions(sj)
		for p := len(sms) - 1; p >= 0; p-- {
			m := &d.mentions[sms[p]]
			if m.To > i && sj == si || !m.Arg || m.Key == "" {
				continue
			}
			if !fits(m) {
				if g := d.leadersCountries(sms, sms[p], fits); g != nil {
					if distinctKeys(d, g) != size {
						return nil
					}
					return g // "Boric and Boluarte met. The two countries ...": Chile and Peru
				}
				continue
			}
			group := d.coordinatedBefore(sms, sms[p], fits)
			if len(group) < 2 {
				continue
			}
			if distinctKeys(d, group) != size || d.destinationList(group) {
				return nil
			}
			return group
		}
	}
	return nil
}

// leadersCountries returns the countries of the coordinated persons that
// mention k ends ("Chilean President Gabriel Boric and Peruvian President
// Dina Boluarte"), when each has a state named a few words before it (a
// demonym or a name before the title) that fits: a group of countries ("the two countries")
// may stand for the states of the leaders named as a group. nil
// otherwise.
func (d *doc) leadersCountries(sms []int, k int, fits func(*Mention) bool) []int {
	if d.mentions[k].Label != "Person" {
		return nil
	}
	person := func(m *Mention) bool { return m.Label == "Person" }
	group := d.coordinatedBefore(sms, k, person)
	if len(group) < 2 {
		return nil
	}
	var out []int
	for _, g := range group {
		p := &d.mentions[g]
		c := -1
		for _, j := range sms {
			if a := &d.mentions[j]; a.To <= p.From && p.From-a.To <= 4 && a.Label == "Country" && a.Key != "" {
				c = j // the nearest before the person: "Peruvian President Dina Boluarte"
			}
		}
		if c < 0 || !fits(&d.mentions[c]) || p.Country != "" && p.Country != d.mentions[c].Country {
			return nil
		}
		for _, o := range group {
			if q := &d.mentions[o]; q.To <= p.From && q.From > d.mentions[c].From {
				return nil // the state is another member's: "Boric and Peruvian President Boluarte"
			}
		}
		out = append(out, c)
	}
	return out
}

// distinctKeys counts the entities a group of mentions names.
func distinctKeys(d *doc, group []int) int {
	keys := map[string]bool{}
	for _, k := range group {
		keys[d.mentions[k].Key] = true
	}
	return len(keys)
}

// reciprocal reports whether the object of a cue is "each other" or "one
// another" (after the cue's preposition, if any) and then adds the cue's
// relation from every member of the plural subject to every other: "A and
// B accused each other of ...", "both sides blamed one another". Such a
// cue has no other target (not "Russia" in "accused each other of
// breaking the truce Russia brokered").
func (x *Extractor) reciprocal(d *doc, si int, cm cueMatch, sources []int) bool {
	if cm.c.Reverse {
		return false
	}
	j, end := cm.to, d.sents[si].To
	if p := cm.c.Prep; p != "" && cm.c.words[len(cm.c.words)-1] != p && d.lw(j) == p {
		j++ // "clashed with each other"
	}
	inCue := cm.to-2 > cm.from && d.inPair(cm.to-2, d.words.reciprocals) // CAMEO's "accuse each other"
	if !inCue && (j+1 >= end || !d.inPair(j, d.words.reciprocals)) {
		return false
	}
	for _, a := range sources {
		for _, b := range sources {
			if a != b {
				x.addRel(d, si, cm.c.Type, "", &d.mentions[a], &d.mentions[b], cueProps(cm.c))
			}
		}
	}
	return true
}

// compileCounts reads collective_counts ("2": [both, two]) as word -> size.
func compileCounts(counts map[string][]string) map[string]int {
	out := map[string]int{}
	for n, words := range counts {
		size, err := strconv.Atoi(n)
		if err != nil || size < 2 {
			continue // the schema's validation reports it
		}
		for _, w := range words {
			out[strings.ToLower(w)] = size
		}
	}
	return out
}

// collectiveObject reports whether the object of a cue (after its
// preposition, if any) is a collective phrase and then adds the cue's
// relation from each source to each member of the group it stands for:
// "Chile and Peru signed a pact. Bolivia condemned both countries." An
// unresolved phrase states nothing, rather than give the cue a target
// further right.
func (x *Extractor) collectiveObject(d *doc, si int, ms []int, cm cueMatch, sources []int) bool {
	c := cm.c
	if c.Reverse || c.Plural {
		return false
	}
	j, from, end := cm.to, d.sents[si].From, d.sents[si].To
	if c.Prep != "" && c.words[len(c.words)-1] != c.Prep && d.lw(j) == c.Prep {
		j++
	}
	if d.lw(j) == "them" {
		return x.themObject(d, si, cm, j, sources)
	}
	size, class, after := 0, "", 0
	for k := j + 2; k <= j+4 && k <= end && size == 0; k++ {
		if n, cl, start := d.collectiveSize(from, k); n > 0 && start == j {
			size, class, after = n, cl, k
		}
	}
	if size == 0 {
		return false
	}
	if c.Then != "" && x.notThenAfter(d, c, after, end) {
		return true // "urged both countries to give priority to dialogue" is no call to stop; the urging reads it
	}
	rt := x.lex.relTypes[c.Type]
	srcKeys := map[string]bool{}
	for _, s := range sources {
		srcKeys[d.mentions[s].Key] = true
	}
	tfits := x.targetFits(c, rt, srcKeys)
	group := x.collectiveGroup(d, si, j, size, func(m *Mention) bool { return tfits(m) && collectiveFits(class, m) })
	for _, s := range sources {
		for _, t := range group {
			x.addRel(d, si, c.Type, c.Fallback, &d.mentions[s], &d.mentions[t], cueProps(c))
		}
	}
	return true
}

// themObject relates the sources of a cue to the last group of actors
// that acted together when its object is "them" (toks[j]), in the same
// sentence or the one before: "Chile and Peru met in Lima. Bolivia
// criticized them." An object "them" after anything else (a group named
// earlier, or "them" before more words of its phrase) relates nothing.
func (x *Extractor) themObject(d *doc, si int, cm cueMatch, j int, sources []int) bool {
	if len(d.group) < 2 || si-d.groupSent > 1 || len(sources) == 0 {
		return false
	}
	if n := j + 1; n < d.sents[si].To && d.toks[n].Kind != Punct && !d.in(n, d.words.objectPreps) && !objectItFollowers[d.lw(n)] {
		return false
	}
	rt := x.lex.relTypes[cm.c.Type]
	srcKeys := map[string]bool{}
	for _, s := range sources {
		srcKeys[d.mentions[s].Key] = true
	}
	tfits := x.targetFits(cm.c, rt, srcKeys)
	for _, t := range d.group {
		if !tfits(&d.mentions[t]) {
			return false
		}
	}
	for _, s := range sources {
		for _, t := range d.group {
			x.addRel(d, si, cm.c.Type, cm.c.Fallback, &d.mentions[s], &d.mentions[t], cueProps(cm.c))
		}
	}
	return true
}

// frontedParties returns the subject of the main clause when the plural
// noun cue cm stands in a phrase that opens the sentence and ends at a
// comma: "In a joint statement, Chile and Peru condemned ...", "In a
// joint statement, the foreign ministers of Chile and Peru said ..." (the
// members after "of" a few words on). nil unless the phrase is "in" with
// an article or possessive pronoun, the cue and at most two words before
// the comma, and the subject a list of at least two.
func (d *doc) frontedParties(ms []int, si int, cm cueMatch, fits func(*Mention) bool) []int {
	from, end := d.sents[si].From, d.sents[si].To
	if cm.from-2 != from || d.lw(from) != "in" || !determiners[d.lw(from+1)] {
		return nil
	}
	comma := cm.to
	for comma < end && comma < cm.to+3 && d.toks[comma].Kind == Word && d.mentionAt(ms, comma) < 0 {
		comma++ // "In a joint statement issued Friday,"
	}
	return d.subjectAfter(ms, si, comma, fits)
}

// frontedCueSubject returns the doers of a noun cue that opens the
// sentence in a phrase closed by a comma: the subject of the main clause.
// The phrase is an indefinite "in" phrase ("In a rebuke to Chile, Peru
// recalled its envoy", "In an attack on Lima, Chile fired missiles") or a
// phrase of time (words.yaml fronted_event_prepositions), alone or after
// a participle that opens the sentence ("After talks with Peru, Chile
// said", "Speaking in Lima after talks with Peru, the Chilean president
// said"); then the subject must stand right after the comma. At most two
// modifiers stand before the noun ("In a rare public rebuke to", "after
// lengthy talks with"), and the comma follows the cue's object within a
// few words. nil otherwise.
func (d *doc) frontedCueSubject(ms []int, si int, cm cueMatch, fits func(*Mention) bool) []int {
	const mods, reach = 2, 8
	from, end := d.sents[si].From, d.sents[si].To
	p := from + 1 // the first modifier
	timed := false
	if d.lw(from) != "in" || d.lw(from+1) != "a" && d.lw(from+1) != "an" {
		if p = d.frontedEventPrep(si, cm.from, mods); p < 0 {
			return nil
		}
		timed = true
	}
	if cm.from-p-1 > mods {
		return nil
	}
	for j := p + 1; j < cm.from; j++ {
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() {
			return nil
		}
	}
	for j := cm.to; j < end && j <= cm.to+reach; j++ {
		if d.toks[j].Text == "," {
			s := d.subjectAfter(ms, si, j, fits)
			if timed && len(s) > 0 && !d.namePhraseBetween(j+1, d.mentions[s[0]].From) {
				return nil // "After talks with Peru, on Monday the ...": not sure the name is the subject
			}
			return s
		}
		if t := d.toks[j].Text; possessiveS(t) {
			continue // "After talks with Chile's president Ana Soto,": a possessive in the object's phrase
		}
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) || timed && d.lw(j) == "by" {
			return nil // "During the trip to Hanoi by Macron,": the agent's
		}
	}
	return nil
}

// namePhraseBetween reports whether toks[i:j], between a comma and a name,
// are words of the name's own noun phrase, no preposition or number:
// "Peru's foreign minister" before "Luis Ortiz", not "on Monday the".
func (d *doc) namePhraseBetween(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if possessiveS(t.Text) {
			continue
		}
		if t.Kind != Word || t.in(d.words.objectPreps) || t.in(d.words.placePreps) || t.in(d.words.clauseBreaks) {
			return false
		}
	}
	return true
}

// frontedEventPrep returns the token of a preposition of time
// (fronted_event_prepositions) at most mods words before the noun cue at
// toks[i] that opens sentence si, or follows a participle opening it with
// no comma between ("Speaking in Lima after talks with"); -1 if none.
func (d *doc) frontedEventPrep(si, i, mods int) int {
	from := d.sents[si].From
	p := i - 1
	for p > from && i-p <= mods && !d.in(p, d.words.frontedEventPreps) {
		p--
	}
	if p < from || !d.in(p, d.words.frontedEventPreps) {
		return -1
	}
	if p == from {
		return p
	}
	if !d.toks[from].Capitalized() || !strings.HasSuffix(d.lw(from), "ing") || p-from > 8 {
		return -1
	}
	for j := from + 1; j < p; j++ {
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) {
			return -1
		}
	}
	return p
}

// subjectAfter returns the subject of the main clause after the comma at
// toks[comma] that closes a phrase opening the sentence: the first named
// fitting mention a few words on ("the foreign ministers of the three
// countries - U.S. Secretary of State A, ...") with the mentions
// coordinated to it. nil if toks[comma] is no comma or no such mention
// follows.
func (d *doc) subjectAfter(ms []int, si, comma int, fits func(*Mention) bool) []int {
	if comma >= d.sents[si].To || d.toks[comma].Text != "," {
		return nil
	}
	named := func(m *Mention) bool { return fits(m) && m.Kind != mAdjective }
	n := d.rightArg(ms, comma+1, 16, named)
	if n < 0 {
		return nil
	}
	return d.coordinated(ms, n, named)
}

// jointIntents adds the cooperation that a plan or act noun made by a
// list of parties states in sentence si: "the decision by Chile and Peru
// to reopen the border", "the efforts of both Ghana and Togo to end the
// dispute" (words.yaml joint_nouns). The list follows "by" or "of" (and
// an optional "both" or "the") and is followed by the noun's "to" clause,
// whose doers are then the parties together; each cooperates with each
// other. A negated noun ("no decision by") states nothing.
func (x *Extractor) jointIntents(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	for i := from; i+2 < end; i++ {
		if !d.in(i, d.words.jointNouns) || (d.lw(i+1) != "by" && d.lw(i+1) != "of") || negated(d, from, i) {
			continue
		}
		j := i + 2
		if d.lw(j) == "both" || d.lw(j) == "the" && d.mentionAt(ms, j) < 0 {
			j++
		}
		n := d.mentionAt(ms, j)
		if n < 0 || !namedActor(&d.mentions[n]) {
			continue
		}
		list := d.coordinated(ms, n, namedActor)
		last := d.mentions[list[len(list)-1]].To
		if len(list) < 2 || last+1 >= end || d.lw(last) != "to" || d.toks[last+1].Kind != Word || d.toks[last+1].Capitalized() {
			continue
		}
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				x.addRel(d, si, "COOPERATES_WITH", "", &d.mentions[list[a]], &d.mentions[list[b]], nil)
			}
		}
	}
}

// reportingGroup returns the actors a plural pronoun that opens the
// clause of cue verb i stands for when that clause is what they said or
// warned, "that" after the verb of saying: "A and B have both warned that
// they would resist any incursion" (A and B, coordinated, the saying
// verb's subject). Nil when the pronoun opens no such clause or the
// subject is no group of two or more.
func (x *Extractor) reportingGroup(d *doc, si int, ms []int, i int, fits func(*Mention) bool) []int {
	from := d.sents[si].From
	t := -1
	for p := len(ms) - 1; p >= 0; p-- {
		if m := &d.mentions[ms[p]]; m.To <= i {
			t = m.From // the pronoun (pluralSubject): the last mention before the verb
			break
		}
	}
	if t-2 <= from || d.lw(t-1) != "that" {
		return nil
	}
	v := t - 2
	if !x.isSaying(d.lw(v)) && !d.in(v, x.lex.sets.announceVerbs) {
		return nil
	}
	n := d.leftArg(ms, v, fits)
	if n < 0 {
		return nil
	}
	return d.coordinatedBefore(ms, n, fits)
}
