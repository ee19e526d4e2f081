package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/syntax"
)

// cueMatch is one cue found in a sentence: tokens [from, to) and where the
// words of the phrase after the first one end.
type cueMatch struct {
	c        *compiledCue
	from, to int
	threat   bool // an act its doer announces: a threat (threat.go)
}

// nounMarkers before a verb form make it a noun: "the charge", "its support".
var nounMarkers = set{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "our": true, "'s": true, "of": true, "in": true, "no": true}

var intent = set{"plan": true, "plans": true, "planned": true, "want": true, "wants": true, "wanted": true, "will": true,
	"would": true, "intend": true, "intends": true, "intended": true, "aim": true, "aims": true, "seek": true,
	"seeks": true, "propose": true, "proposes": true, "proposed": true, "planning": true, "hopes": true, "hope": true}

var numberWords = set{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "dozens": true, "hundreds": true,
	"thousands": true, "several": true, "dozen": true, "a dozen": true}

// whereBetween reports whether a relative ", where" stands between
// tokens from and to: what comes before it is only where the clause after
// it happens, never its passive subject.
func (d *doc) whereBetween(from, to int) bool {
	for j := from + 1; j < to; j++ {
		if d.lw(j) == "where" && d.toks[j-1].Text == "," {
			return true
		}
	}
	return false
}

// spanCounts are the words besides numbers that count a span of time
// right before its noun: "a week", "one more day", "another month", "a few
// days", "a further fortnight" (countsSpan).
var spanCounts = set{"a": true, "an": true, "one": true, "another": true, "few": true, "more": true, "further": true, "additional": true, "extra": true}

// countsSpan reports whether toks[k] counts a span of time before its
// noun: a number, a number word or one of spanCounts ("48", "three", "a").
func (d *doc) countsSpan(k int) bool {
	return d.toks[k].Kind == Number || numberWords[d.lw(k)] || spanCounts[d.lw(k)]
}

var money = regexp.MustCompile(`\$\s?[0-9][0-9.,]*(\s(million|billion|trillion))?|[0-9][0-9.,]*\s(million|billion|trillion)\s(dollars|euros|pounds)`)

// findCues returns the longest cue phrases of sentence si, left to right,
// whether or not their relations are found (cueRelations lets other cues
// try where a longer one states nothing).
func (x *Extractor) findCues(d *doc, si int, ms []int) []cueMatch {
	s := d.sents[si]
	var out []cueMatch
	covered := s.From
	for i := s.From; i < s.To; i++ {
		if i < covered || len(x.cuesOf(d, i)) == 0 {
			continue
		}
		found := cueGroup(x.cuesAt(d, si, ms, i))
		out = append(out, found...)
		if len(found) > 0 && len(found[0].c.words) > 1 {
			covered = found[0].to
		}
	}
	return out
}

// cueGroup returns the first of cues, sorted longest phrase first, and
// those after it of the same phrase length: the cues tried together.
func cueGroup(cues []cueMatch) []cueMatch {
	n := 1
	for n < len(cues) && len(cues[n].c.words) == len(cues[0].c.words) {
		n++
	}
	return cues[:min(n, len(cues))]
}

// weaponClassModifier reports whether the word at i, a one-word verb cue,
// only names the class of the named weapon model right before it: "Su-25
// attack aircraft", "F-15E strike fighters" (a class noun of words.yaml
// weapon_classes follows). Not after a generic weapon, whose next word
// may be the verb: "drones attack tanks near the river".
func (d *doc) weaponClassModifier(ms []int, i, end int) bool {
	if i+1 >= end || !d.in(i+1, d.words.classNouns) {
		return false
	}
	return d.mentionEnding(ms, i, func(m *Mention) bool { return m.Label == "WeaponSystem" && !m.Generic }) >= 0
}

// lexicalVerbAt reports whether the parse of sentence si tags token i a
// lexical verb (not an auxiliary or modal) in its base, past or -ing form.
// A verb's bare form right after one is its particle, not a second verb:
// "flew back to Lima", "will hand back the districts" (English stacks no
// two lexical verbs; "will back", "to back" and "has backed" have an
// auxiliary or "to" before them). A present-tense tag is not trusted: it
// is often a plural noun's ("several Gulf states back Chile").
func (x *Extractor) lexicalVerbAt(d *doc, si, i int) bool {
	toks := x.parseOf(d, si)
	from := d.sents[si].From
	if toks == nil || i < from || i-from >= len(toks) {
		return false
	}
	t := toks[i-from]
	return t.UPOS == "VERB" && (t.XPOS == "VB" || t.XPOS == "VBD" || t.XPOS == "VBN" || t.XPOS == "VBG")
}

// inNameMention reports whether token i is a word of a mention of ms other
// than a description or pronoun, and whether that mention is generic or i
// is an agreement's head noun, open to a "between" cue as a generic name
// is: a lower-case head ("the grain deal between A and B" names no one
// pact of A and B's own), or a name's head right before "between" ("the
// Lusaka Protocol between Angola and Zambia" names its parties).
func (d *doc) inNameMention(ms []int, i int) (in, generic bool) {
	for _, k := range ms {
		m := d.mentions[k]
		if i >= m.From && i < m.To && m.Kind != mDescription && m.Kind != mPronoun {
			head := m.Label == "Agreement" && i == m.To-1 && (!d.toks[i].Capitalized() || i+1 < len(d.toks) && d.lw(i+1) == "between")
			return true, m.Generic || head
		}
	}
	return false, false
}

// cuesAt returns the cues of sentence si whose phrase opens at token i and
// matches there, longest phrase first (cues of one length in the lexicon's
// order). The tests that parse run only once a phrase's words matched.
func (x *Extractor) cuesAt(d *doc, si int, ms []int, i int) []cueMatch {
	s := d.sents[si]
	cands := x.cuesOf(d, i)
	nameInside := func(from, to int) bool {
		for j := from; j < to; j++ {
			if in, generic := d.inNameMention(ms, j); in && !generic && d.toks[j].Capitalized() {
				return true
			}
		}
		return false
	}
	in, generic := d.inNameMention(ms, i)
	// Tests of the words around i alone give every candidate the same
	// answer: each runs once, when a candidate first needs it.
	var nounStem, dissent, unstated, unstatedPlannable, lightVerbHedged, hedgedHere memo
	var found []cueMatch
	for _, c := range cands {
		if !lastWordAfter(d, c, i, s.To) {
			continue // the phrase cannot match: no test of the words around i is needed
		}
		if in && !(generic && (c.Between || !c.verb && x.ownedAgreementHead(d, s.From, c, i))) {
			continue // a cue word inside a name; "a pact between A and B" is an unnamed pact and the cue
		}
		if c.verb && i+1 < s.To && d.words.makers.get(d, i+1) != "" {
			continue // "shell manufacturer": a noun
		}
		if c.verb && d.nameWord(si, i) {
			continue // "Tomahawk Block V cruise missiles": a word of a name
		}
		if c.verb && len(c.words) == 1 && i+1 < s.To && d.in(i+1, d.words.proceedAdverbs) {
			continue // "will press ahead with the plan": proceeding, no deployment
		}
		if c.verb && len(c.words) == 1 && i+1 < s.To && d.words.phrasalVerbs.has(c.words[0]+" "+d.lw(i+1)) && !(d.lw(i+1) == "up" && d.lw(i+2) == "to") {
			continue // "gave in to Chile", "backed away from the pact": another verb ("gave up to 40 tanks" is a quantity)
		}
		if c.verb && nounStem.get(func() bool { return x.nounStemAt(d, i, s.From, s.To) }) {
			continue // "arms embargo": a word of a noun cue's compound ("arms embargo on"), no verb
		}
		if types, _ := d.compoundAt(i); c.verb && types != nil {
			continue // "the Iran-backed Houthis": a compound (compound.go)
		}
		if c.verb && d.mentionEnding(ms, i, func(m *Mention) bool { return m.Kind == mAdjective }) >= 0 {
			continue // "a Hungarian finance official": a noun
		}
		if c.verb && len(c.words) == 1 && d.weaponClassModifier(ms, i, s.To) {
			continue // "Su-24 attack aircraft struck": the class of the named model, no attack of its own
		}
		if c.verb && i > s.From && (nounMarkers[d.lw(i-1)] && !gerundAfterPrep(d, i) && !relativeVerb(d, i) || x.pluralNoun(d, i, c.words[0]) || x.modifiedNoun(d, i, c.words[0]) || ingNoun(d, s.From, i) || x.datedNoun(d, s.From, i)) {
			continue
		}
		if auxiliaryBe(d, c, i, s.To) {
			continue
		}
		if c.verb && particles[d.lw(i)] && i > s.From && (d.in(i-1, x.lex.sets.particleVerbs) || x.lexicalVerbAt(d, si, i-1)) {
			continue // "pulled back north of the river", "will hand back the districts": a particle, not the verb "back"
		}
		if !c.verb && len(c.words) == 1 && x.nameModifier(d, si, ms, i) {
			continue // "the opposition Kestrel Party": a word of the name's noun phrase, no stance
		}
		if !c.verb && len(c.words) == 1 && dissent.get(func() bool { return x.dissentGroup(d, si, i) }) {
			continue // "talks between the government and the opposition": the dissenters, no stance
		}
		if !c.verb && len(c.words) == 1 && x.actorModifier(d, si, i) {
			continue // "the main opposition force", "aid agencies": what kind of actor, no act
		}
		rt, u := x.lex.relTypes[c.Type], &unstated
		if rt.Plannable {
			u = &unstatedPlannable
		}
		if u.get(func() bool { return negated(d, s.From, i) || d.unstated(s.From, i, rt.Plannable) }) {
			continue // "does not arm"; "denied that it attacked", "any attack on" (unstated.go)
		}
		if !rt.Plannable {
			if lightVerbHedged.get(func() bool { v := d.lightVerbBefore(s.From, i); return v >= 0 && hedged(d, s.From, v) }) {
				continue // "invited him to pay a return visit to Oslo": only asked
			}
		}
		if c.verb && c.Type != "THREATENS" && x.demandedThat(d, s.From, i) {
			continue // "demanded that Peru recall its envoy": Peru is only asked to
		}
		threat := false
		if c.verb && !rt.Plannable {
			h := hedgedHere.get(func() bool { return hedged(d, s.From, i) })
			if rt.Threat != "" && (h || x.announced(d, s.From, i)) {
				threat = true
			} else if h || threatenedAct(d, s.From, i) {
				continue // "threatened to buy jets from Peru": only threatened
			}
		} else if c.verb && c.Type != "THREATENS" && requested(d, s.From, i) {
			continue // "asked Peru to raise it with Iran": only asked
		}
		gap := 3
		if c.Cameo != "" {
			gap = 1 // CAMEO's phrases are a verb and its object: "impose new sanctions"
		}
		to, ok := matchRest(d, c.words[1:], i+1, s.To, gap)
		if !ok && c.verb && c.Cameo == "" && len(c.words) == 2 && d.wordBetween(i+2, s.To, c.words[1]) {
			// objectEnd parses: only where the cue's last word stands past an object at all
			if j := x.objectEnd(d, si, i); j > 0 {
				to, ok = matchRest(d, c.words[1:], j, s.To, 0) // "was negotiating a new security agreement with": past the whole object
			}
		}
		if !ok && c.Cameo != "" {
			to, ok = x.objectHead(d, c.words[1:], i+1, s.To) // "condemned the deadly bombing"
		}
		if ok && !c.verb && (spansVerb(d, i, to) || d.relativeInside(ms, i, to)) {
			ok = false // "the attack was the third on Odesa" is no "attack on"
		}
		if ok && c.verb && x.nounCueInGap(d, c, i, to) {
			ok = false // "speaking after talks with Peru": the "with" is the talks', no speaking with Peru
		}
		if !ok {
			to, ok = d.adjunctPrep(ms, c, i, s.To) // "cooperation in recent years with"
		}
		if !ok || (c.Cameo != "" || c.verb && (c.words[0] == "be" || c.Plural)) && actorInside(d, ms, c, i, to) || negatedInside(d, i+1, to) {
			continue
		}
		if !c.verb && c.words[0] == "in" && x.governorUnstated(d, si, i) {
			continue // "did not recall its envoy in protest at", "would recall it in protest at" (read once the phrase matched: it parses)
		}
		if c.verb && c.Type == "OPPOSES" && x.noStanceObject(d, c, i, s.To) {
			continue // "declined to comment on Peru", "ruled out military action against Peru" (threat.go)
		}
		if c.Cameo != "" && c.verb && nameInside(i+1, to) {
			continue // "launched Operation Condor Azul", "attacked Camp Bastion": a name, not CAMEO's common object ("launch operation")
		}
		if c.Type == "SUPPLIES" && (c.verb && d.ownArms(to, s.To) || d.ownedBefore(s.From, i) && d.in(i, d.words.ownArms)) {
			continue // "gave their guns to the army", "its own arms to": disarmament
		}
		if c.Type == "SUPPLIES" && c.verb && d.courtesyObject(to, s.To) {
			continue // "offered condolences to the army": words, no supply
		}
		if c.verb && d.claimObject(to, s.To) {
			continue // "rejected claims that Russia attacked X": its object is the claim
		}
		found = append(found, cueMatch{c, i, to, threat})
	}
	slices.SortStableFunc(found, func(a, b cueMatch) int { return len(b.c.words) - len(a.c.words) })
	return found
}

// demonymHeadEnd returns the token after the noun that a demonym mention
// m modifies ("the Iraqi government", "Chilean officials": one or two
// lower-case words, none of them the Then word then), so that a cue's
// Then word is looked for after the whole phrase: "held the Iraqi
// government responsible", "urged Chilean officials to act". m.To for
// any other mention.
func (d *doc) demonymHeadEnd(m *Mention, end int, then string) int {
	k := m.To
	if m.Kind != mAdjective {
		return k
	}
	for n := 0; n < 2 && k < end && d.toks[k].Kind == Word && !d.toks[k].Capitalized() && d.lw(k) != then; n++ {
		k++
	}
	return k
}

// notThenAfter reports whether the words from toks[k], right after a
// cue's object, are not the act cue c's Then word asks for: no Then word,
// a verb not among its ThenVerbs, or a verb another cue of the same
// phrase reads more narrowly ("urged Peru to halt": the call to stop, not
// the plain urging). An opening quote mark right before the Then word is
// passed over: "called on Chile and Peru \"to exercise restraint\"" quotes
// the call's words, not its addressee.
func (x *Extractor) notThenAfter(d *doc, c *compiledCue, k, end int) bool {
	if k+1 < end && quoteOf(d.toks[k].Text).opens && d.lw(k+1) == c.Then {
		k++
	}
	return k >= end || d.lw(k) != c.Then || len(c.ThenVerbs) > 0 && !thenVerbAt(d, c.ThenVerbs, k+1, end) ||
		len(c.ThenVerbs) == 0 && x.narrowerThen(d, c, k+1, end)
}

// unnamedConjunctEnd returns the token after a conjunct that names no
// actor, joined by "and" or "or" at toks[i] to a cue's object and closed
// by the cue's Then word: "called on Peru and the international community
// to act", "urged Chile or other neighbours to help" ask Peru and Chile as
// the list is asked. The conjunct opens with a determiner or "other" and
// runs on lower-case words only (at most five); i when there is none.
func (d *doc) unnamedConjunctEnd(i, end int, then string) int {
	if i+2 >= end || d.lw(i) != "and" && d.lw(i) != "or" || !determiners[d.lw(i+1)] && d.lw(i+1) != "other" && d.lw(i+1) != "another" && d.lw(i+1) != "all" {
		return i
	}
	for j := i + 2; j < end && j <= i+7; j++ {
		t := d.toks[j]
		if t.lower == then {
			return j
		}
		if t.Kind != Word || t.Capitalized() || t.lower == "and" || t.lower == "or" || d.words.objectPreps.has(t.lower) {
			return i
		}
	}
	return i
}

// thenVerbAt reports whether one of the verbs vs opens at token i past an
// adverb (thenVerb); a phrasal one ("roll back", "shut down") may have its
// particle after a short object (verbPhraseAt).
func thenVerbAt(d *doc, vs []string, i, end int) bool {
	v := d.thenVerb(i)
	if strings.HasSuffix(d.lw(i), "ly") {
		i++
	}
	for _, p := range vs {
		if p == v || strings.Contains(p, " ") && verbPhraseAt(d, i, end, strings.Fields(p)) {
			return true
		}
	}
	return false
}

// nounCueInGap reports whether the last word of verb cue c, matched from
// toks[i] to end, closes a noun cue that opens in the words the verb
// phrase skipped over after a preposition: in "speaking after talks with
// Peru" the "with" is the noun cue "talks with"'s, so "speak with" does
// not reach Peru, and the talks are read by their own cue. A noun that is
// the verb's object ("suspended arms exports to", "held a video call
// with") and a noun word of the verb's own phrase ("be in contact with")
// are no gap words.
func (x *Extractor) nounCueInGap(d *doc, c *compiledCue, i, end int) bool {
	if len(c.words) < 2 || end-1 <= i+1 {
		return false
	}
	last := c.words[len(c.words)-1]
	prep := false // a preposition before the noun: the noun is in an adjunct, not the verb's object
	for j := i + 1; j < end-1; j++ {
		w := d.lw(j)
		if d.words.objectPreps.has(w) || x.lex.sets.frontedEventPreps.has(w) {
			prep = true
			continue
		}
		if !prep || slices.Contains(c.words, w) {
			continue
		}
		for _, n := range x.cuesOf(d, j) {
			if n.verb || len(n.words) < 2 || n.words[len(n.words)-1] != last {
				continue
			}
			if k, ok := matchRest(d, n.words[1:], j+1, end, 1); ok && k == end {
				return true
			}
		}
	}
	return false
}

// nounStemAt reports whether toks[i] is a word of the compound noun that
// opens a noun cue of three words or more, its preposition left out
// (nounStemEnd): "arms embargo" of "arms embargo on", "travel ban" of
// "travel ban on". In "Iran talks, arms embargo, Congress review" neither
// "arms" nor "embargo" is a verb.
func (x *Extractor) nounStemAt(d *doc, i, from, end int) bool {
	for start := max(from, i-2); start <= i; start++ {
		for _, c := range x.cuesOf(d, start) {
			if c.verb || len(c.words) < 3 || !d.words.objectPreps.has(c.words[len(c.words)-1]) {
				continue
			}
			if k := d.nounStemEnd(c, start); k > i && k <= end {
				return true
			}
		}
	}
	return false
}

// nameWord reports whether toks[i], a verb cue's word, is written as a
// word of a name: capitalized right after a capitalized word ("Tomahawk
// Block V", "Operation Desert Storm"), in a sentence of running text (two
// lower-case words of five letters or more: "Russia Attacks Ukraine Over
// Grain" is a headline's verb).
func (d *doc) nameWord(si, i int) bool {
	s := d.sents[si]
	if i <= s.From || !d.toks[i].Capitalized() || d.toks[i-1].Kind != Word || !d.toks[i-1].Capitalized() {
		return false
	}
	lower := 0
	for j := s.From; j < s.To && lower < 2; j++ {
		if t := d.toks[j]; t.Kind == Word && len(t.Text) > 4 && !t.Capitalized() {
			lower++
		}
	}
	return lower == 2
}

var negations = set{"not": true, "n't": true, "never": true, "no": true, "denied": true, "denies": true,
	"deny": true, "refused": true, "refuses": true, "without": true, "nor": true}

// ownArms reports whether the object of a supply verb that starts at
// toks[i] is the giver's own arms: past a particle ("give up"), a
// possessive pronoun, perhaps "own", and a word of words.yaml own_arms
// ("gave their guns to", "gave up its own arms"). Giving up one's
// arms is disarmament, no supply ("handed over S-300s to Syria" is one).
func (d *doc) ownArms(i, end int) bool {
	if i < end && particles[d.lw(i)] {
		i++
	}
	if i >= end || !ownerPronoun(d.lw(i)) {
		return false
	}
	if i++; i < end && d.lw(i) == "own" {
		i++
	}
	return i < end && d.in(i, d.words.ownArms)
}

// courtesyObject reports whether a noun of words.yaml courtesy_nouns
// stands among the four words after a supply verb that starts at
// toks[i], before "to" or a punctuation mark ("offered condolences to",
// "sent his warmest congratulations to"): a supply verb conveying a
// courtesy supplies nothing.
func (d *doc) courtesyObject(i, end int) bool {
	for j := i; j < end && j < i+4 && d.toks[j].Kind != Punct && d.lw(j) != "to"; j++ {
		if d.in(j, d.words.courtesyNouns) {
			return true
		}
	}
	return false
}

// ownedBefore reports whether a possessive pronoun, perhaps with "own",
// stands right before toks[i]: "their arms", "its own weapons".
func (d *doc) ownedBefore(from, i int) bool {
	if i-1 > from && d.lw(i-1) == "own" {
		i--
	}
	return i-1 >= from && ownerPronoun(d.lw(i-1))
}

// ownerPronoun reports whether w is a possessive pronoun of a giver's own
// things: possessivePronoun's, and the plural "their", "our".
func ownerPronoun(w string) bool { return possessivePronoun[w] || w == "their" || w == "our" }

// negatedInside reports whether a negation stands among the words a
// cue's phrase spans, toks[i:to]: "is not a member of", "imposed no
// sanctions on".
func negatedInside(d *doc, i, to int) bool {
	for j := i; j < to; j++ {
		if negations[d.lw(j)] || strings.HasSuffix(d.lw(j), "n't") {
			return true
		}
	}
	return false
}

// negated reports whether a negation stands just before the cue at toks[i]
// ("does not arm", "never met", "denied supplying"), a verb or noun of
// failing opens its "to" clause ("failed to condemn", "declined to back",
// "its refusal to renew"), or a threat that states only itself
// ("threatened to strike").
func negated(d *doc, from, i int) bool {
	if i-2 >= from && d.lw(i-1) == "to" && strings.HasPrefix(d.lw(i-2), "threaten") {
		return true // "threatened to strike": the threat is the fact
	}
	for k := i - 2; k-2 >= from && k >= i-5; k-- {
		if t := d.toks[k+1]; t.Kind != Word || t.Text != t.lower {
			break
		}
		if d.lw(k) == "to" && strings.HasPrefix(d.lw(k-1), "threaten") {
			return true // "threatened to end joint exercises with Peru": the exercises' cue is inside the threatened act
		}
	}
	if i-2 >= from && d.lw(i-1) == "to" && (d.words.failureVerbs.has(lemmaOf(d.lw(i-2), d.words.failureVerbs.set)) || d.in(i-2, d.words.failureNouns)) {
		return true
	}
	for j := i - 1; j >= from && j >= i-3; j-- {
		if negations[d.lw(j)] || strings.HasSuffix(d.lw(j), "n't") {
			return true
		}
		if d.toks[j].Kind == Punct {
			return false
		}
	}
	return false
}

// decidedAct reports whether the intent noun at token n is a decided noun
// (decided_nouns) with its owner right before it, so that its infinitive
// is done: "Chile's decision to expel", "his decision to sign", "the
// Chilean decision to"; not "a decision to expel" nor "postponed the
// decision".
func (d *doc) decidedAct(from, n int) bool {
	if !d.in(n, d.words.decidedNouns) || n-1 < from {
		return false
	}
	switch p := d.toks[n-1]; {
	case p.Text == "'s" || p.Text == "'" || pronouns[p.lower] == "Person" || pronouns[p.lower] == "Actor" || p.lower == "their":
		return true
	default:
		return p.Kind == Word && p.Capitalized() && n-2 >= from && d.lw(n-2) == "the" // "the Chilean decision"
	}
}

// hedged reports whether the verb cue at toks[i] states only a
// possibility, a wish or a condition: after a modal ("could strike"),
// inside a "to" clause of a verb of wanting or asking ("urged Iran to
// halt", "plans to meet"), or in an "if" clause. Such cues state nothing
// except for types whose plans count (THREATENS, planned DEPLOYS).
func hedged(d *doc, from, i int) bool {
	for j := i - 1; j >= from && j >= i-3; j-- {
		w := d.lw(j)
		if d.words.modals.has(w) {
			return true
		}
		if d.toks[j].Kind == Punct {
			break
		}
		if w == "to" {
			if j-1 >= from && d.in(j-1, d.words.intentNouns) {
				return !d.decidedAct(from, j-1) // "Sweden's bid to join NATO": only intended
			}
			if d.hopeVerbBefore(from, j) >= 0 {
				return true
			}
			break
		}
	}
	if w := d.lw(from); (w == "if" || w == "unless") && !d.wordBetween(from, i, ":") {
		return true // "If Finland joins, Russia will attack": the whole sentence is a condition
	}
	for j := i - 1; j >= from && j >= i-12; j-- {
		if w := d.lw(j); w == "if" || w == "unless" {
			return true
		}
		if t := d.toks[j].Text; t == "," || t == ";" || t == ":" {
			break // "If you read one thing: Chile met Peru": the condition ends at the colon
		}
	}
	return false
}

// lightVerbBefore returns the bare light verb (words.yaml light_verbs)
// whose object the noun cue at toks[i] heads, past up to three
// lower-case words ("pay visits", "pay a return visit", "make his first
// trip"); -1 if none.
func (d *doc) lightVerbBefore(from, i int) int {
	for j := i - 1; j >= from && j >= i-4; j-- {
		t := d.toks[j]
		if t.Kind != Word || t.Capitalized() {
			return -1
		}
		if d.in(j, d.words.lightVerbs) {
			return j
		}
	}
	return -1
}

// hopeVerbBefore returns the verb of wanting or asking (words.yaml
// hope_verbs) up to five words before the "to" at toks[j], with no
// punctuation between ("plans to", "urged Iran to"); -1 if none.
func (d *doc) hopeVerbBefore(from, j int) int {
	for k := j - 1; k >= from && k >= j-5; k-- {
		if d.toks[k].Kind == Punct {
			return -1
		}
		if d.words.hopeVerbs.has(lemmaOf(d.lw(k), d.words.hopeVerbs.set)) {
			return k
		}
	}
	return -1
}

// threatenedAct reports whether the verb cue at toks[i] opens the "to"
// clause of a form of "threaten", itself or a later one coordinated with
// it: "threatened to buy jets from Peru", "threatened to cancel the
// talks and to buy jets from Peru". A threatened act is not done;
// types with a threat reading (ATTACKS, SANCTIONS) read it as THREATENS
// before this is asked. A cue right after "threatened to" never gets
// here: negated, asked first, takes it (TestThreatenedActAfterNegated),
// so only the later coordinated "to" is read.
func threatenedAct(d *doc, from, i int) bool {
	j := i - 1
	if j <= from || d.lw(j) != "to" {
		return false
	}
	for k := j - 1; k >= from && k >= j-14; k-- {
		if d.toks[k].Kind == Punct {
			return false
		}
		if strings.HasPrefix(d.lw(k), "threaten") {
			return k+1 < j && d.lw(k+1) == "to" && coordinators[d.lw(j-1)]
		}
	}
	return false
}

// requested reports whether the verb cue at toks[i] opens a "to" clause
// of a verb of asking with its own object before "to": "asked Peru and
// Bolivia to raise the matter with Iran", "urged Chile to deploy
// troops". The object is only asked to act, so even a type whose plans
// count (COMMUNICATES_WITH, DEPLOYS) states nothing; "plans to meet" is
// the doer's own plan.
func requested(d *doc, from, i int) bool {
	j := i - 1
	if j > from && d.toks[j].Kind == Word && d.lw(j) != "to" && !d.toks[j].Capitalized() {
		j-- // "to formally raise"
	}
	if j <= from || d.lw(j) != "to" {
		return false
	}
	k := d.hopeVerbBefore(from, j)
	if k < 0 || k >= j-1 || k > from && determiners[d.lw(k-1)] || d.in(k+1, d.words.objectPreps) {
		return false // "the plan by Washington to place": a noun's own doer, no one asked
	}
	return true
}

// demandedThat reports whether the verb cue at toks[i], in its bare form,
// is the verb of a "that" clause with a subject of its own after a
// demanding verb (words.yaml demanding_verbs): "demanded that Peru recall
// its envoy", "insisted that the Peruvian government withdraw from the
// pact". The clause's subject is only asked to act, as after "asked Peru
// to" (requested); "said that Peru recalled its envoy" is stated.
func (x *Extractor) demandedThat(d *doc, from, i int) bool {
	const reach = 8 // "that the Lithuanian government recall"
	w := d.lw(i)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	for j := i - 1; j > from && j >= i-reach; j-- {
		if d.toks[j].Kind == Punct {
			return false
		}
		if d.lw(j) != "that" {
			continue
		}
		for k := j - 1; j < i-1 && k >= from && k >= j-3; k-- {
			if to, ok := x.lex.sets.stance.demanding.at(d, k, j+1); ok && to >= j-1 {
				return true
			}
		}
		return false
	}
	return false
}

// additiveBetween reports whether an additive link (words.yaml
// additive_links: "along with", "as well as", "together with") stands
// between the verb's object position at toks[from] and toks[to]: what
// follows it is one more doer of the act ("Museveni attended the summit,
// along with Zuma": Zuma attended too), not what the act reaches. The
// link's own complement only: a place after another preposition stays
// ("fought alongside the French in the Adrar mountains").
func (d *doc) additiveBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if e := d.phraseEnd(d.words.additiveLinks, k, to); e > k {
			return !d.inSpan(e, to, d.words.objectPreps)
		}
	}
	return false
}

// lemmaOf strips the regular inflections of a verb form: "urged" ->
// "urge", "plans" -> "plan", "asking" -> "ask". Good enough to look a
// form up in a small set of lemmas, such as words.yaml's hope_verbs.
func lemmaOf(w string, lemmas set) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) > 2 {
			if lemmas[stem] {
				return stem
			}
			if lemmas[stem+"e"] {
				return stem + "e"
			}
		}
	}
	for _, suf := range []string{"ied", "ies"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && lemmas[stem+"y"] {
			return stem + "y" // "ratified", "ratifies"
		}
	}
	return w
}

// pluralNoun reports whether the -s form of a verb lemma at toks[i] reads
// as a plural noun after a modifier: "nuclear tests", "rocket launches",
// "15 strikes".
func (x *Extractor) pluralNoun(d *doc, i int, lemma string) bool {
	w := d.lw(i)
	if w == lemma || !strings.HasSuffix(w, "s") || i == 0 {
		return false
	}
	p := d.toks[i-1]
	lp := p.lower
	s := &x.lex.sets
	return p.Kind == Number || s.weaponMods.has(lp) || s.programMods.has(lp) || x.agreementMods[lp] || s.weaponHeads.has(lp)
}

// gerundAfterPrep reports whether toks[i] is an -ing form right after a
// preposition: "accused Kyiv of shelling" is a verb, "the shelling" not.
func gerundAfterPrep(d *doc, i int) bool {
	return strings.HasSuffix(d.lw(i), "ing") && d.in(i-1, d.words.objectPreps)
}

// ingNoun reports whether the -ing form at toks[i] is a noun: a
// determiner opens its phrase ("an informal meeting").
func ingNoun(d *doc, from, i int) bool {
	if !strings.HasSuffix(d.lw(i), "ing") || i > from && d.in(i-1, d.words.statementNouns) {
		return false // "a statement welcoming the deal": a participle after its noun
	}
	for j := i - 1; j >= from && j >= i-3; j-- {
		w := d.lw(j)
		if determiners[w] {
			return true
		}
		if d.toks[j].Kind != Word || d.toks[j].Capitalized() || followers[w] {
			return false
		}
	}
	return false
}

// actorInside reports whether a named country, organization, person or
// place stands inside the span of cue c matched from i to to without being
// one of its words: then it is the verb's object and the cue's later words
// belong to another phrase ("attacked Ukraine on Tuesday" is not CAMEO's
// "attack on"; "was in Beijing for talks with" is no "be in talks with";
// "spoke to Biden by phone" is no plural "speak by phone").
// A demonym counts too: in "trained Somali forces" Somalia is whom the
// verb's own cue relates, not a word of CAMEO's "train forces". For an
// attack a named place or facility counts as well: "struck Odesa with
// missiles" is no CAMEO "strike with" whose target is the weapon or
// whatever follows it.
func actorInside(d *doc, ms []int, c *compiledCue, i, to int) bool {
	if to-i == len(c.words) {
		return false
	}
	for _, k := range ms {
		m := &d.mentions[k]
		place := c.Type == "ATTACKS" && m.Kind == mName && (m.Label == "Location" || m.Label == "Facility")
		if m.From > i && m.From < to && (m.Kind == mName || m.Kind == mAdjective) && (isActor(m.Label) || m.Label == "Location" && c.words[0] == "be" || place) {
			return true
		}
	}
	return false
}

// matchRest matches the words of a cue phrase after its first, each within
// gap tokens of the one before, and returns where the phrase ends. An
// article of the phrase ("sign an agreement with") matches any article or
// none: "signed a free trade agreement with", "signed agreements with".
// A role after "as" takes what follows it: "speaking as co-chair with
// Peru" is no speaking with Peru. An amount of money before "in" counts
// as one word: "suspended about $2 million in military aid to Peru" is
// "suspend aid to"; a word of the phrase may stand in double quotation
// marks: `received "guarantees" from Lima` is "receive guarantees from",
// and so may a part of it, its marks skipped right before the phrase's
// next word: `faced "an attack" from` (not `"strikes" against posts on`,
// quoted before the phrase).
func matchRest(d *doc, words []string, i, end, gap int) (int, bool) {
	quoted := false // a quotation mark opened inside the phrase
	for _, w := range words {
		article := articles[w]
		ok := false
		limit := i + gap
		for j := i; j < end && j <= limit; j++ {
			if j+2 < end && quoteOf(d.toks[j].Text).double && d.lw(j+1) == w && quoteOf(d.toks[j+2].Text).double {
				i, ok = j+3, true // `received "guarantees" from`: the phrase's word quoted
				break
			}
			if quoteOf(d.toks[j].Text).double && j+1 < end && (d.lw(j+1) == w || article && articles[d.lw(j+1)]) {
				// `facing "a hybrid attack" from`: a mark opening a quoted
				// part of the phrase, or closing the part it opened
				opening := d.toks[j].End() == d.toks[j+1].Start && (j == 0 || d.toks[j-1].End() < d.toks[j].Start)
				if opening || quoted {
					quoted = opening
					limit++
					continue
				}
			}
			if d.toks[j].Kind == Punct && !currency[d.toks[j].Text] || d.lw(j) == "as" && w != "as" {
				break
			}
			if k := d.amountAfter(j, end); k > j && w != "in" {
				limit += k - j // "$40 million in": one word
				j = k - 1
				continue
			}
			if k := d.amountEnd(j, end); k > j+1 {
				limit += k - j - 1 // "suspended its US$12 million aid to": the amount is one word
				j = k - 1
				continue
			}
			if d.lw(j) == w || article && articles[d.lw(j)] {
				i, ok = j+1, true
				break
			}
		}
		if !ok && !article {
			return 0, false
		}
	}
	return i, true
}

// articles are the articles: a cue phrase may be written with any of
// them, and an apposition or a predicate noun opens with one.
var articles = set{"a": true, "an": true, "the": true}

// demonstratives point back to something named before: "that
// cooperation", "such talks".
var demonstratives = set{"this": true, "that": true, "these": true, "those": true, "such": true}

// cueRelations adds the relations the cues of sentence si state, left to
// right. At each token the longest matched phrase is tried first, and a
// phrase that states a relation (new or already known) covers its words.
// A phrase that states nothing, its arguments not fitting, lets other
// cues try: at its first word, a shorter cue of another type (one of its
// own type reads the same act, and would only reach farther for an
// argument: "Peru's opposition to the plan angered Chile" is no
// opposition to Chile); inside it, a verb cue, a word the phrase took
// for its object noun that is a verb: "Chile will continue to supply
// Peru with rifles" is no CAMEO "continue supply", but "supply" states
// SUPPLIES.
func (x *Extractor) cueRelations(d *doc, si int, ms []int) {
	var cues []cueMatch // every cue tried, for frontedChannel
	relsBefore := len(d.rels)
	s := d.sents[si]
	covered, open := s.From, s.From // tokens before open lie in a phrase that stated nothing
	for i := s.From; i < s.To; i++ {
		if i < covered || len(x.cuesOf(d, i)) == 0 {
			continue
		}
		var failed []string // types of the phrases tried at i that stated nothing
		for rest := x.cuesAt(d, si, ms, i); len(rest) > 0; {
			group := cueGroup(rest)
			rest = rest[len(group):]
			if len(failed) > 0 || i < open {
				group = slices.DeleteFunc(slices.Clone(group), func(cm cueMatch) bool {
					return slices.Contains(failed, cm.c.Type) || i < open && !cm.c.verb
				})
			}
			if len(group) == 0 {
				continue
			}
			before := d.stated + len(d.nominal.events)
			for _, cm := range group {
				x.cueRelation(d, si, ms, cm)
				failed = append(failed, cm.c.Type)
			}
			cues = append(cues, group...)
			if d.stated+len(d.nominal.events) > before { // a relation, or an event noted for its doer (nominal.go)
				if len(group[0].c.words) > 1 {
					covered = group[0].to
				}
				break
			}
			if len(group[0].c.words) > 1 {
				open = max(open, group[0].to)
			}
		}
	}
	x.frontedChannel(d, si, ms, cues) // travel.go
	x.eventClaims(d, si, ms)
	x.eventTarget(d, si, ms)
	x.resistedAttacks(d, si, ms)    // "fought off a Peruvian invasion" (resist.go)
	x.stoppedAttacks(d, si, ms)     // "sent troops to stop Peru's offensive" (resist.go)
	x.recipients(d, si, ms)         // "Chile, the recipient of Brazilian aid" (recipient.go)
	x.bannedDescriptions(d, si, ms) // "Hezbollah is a banned group in Peru" (passive.go)
	x.listedOn(d, si, ms)           // "the KLF is on terrorist lists kept by Chile" (passive.go)
	x.keptClosed(d, si, ms)         // "kept its border with Peru closed" (passive.go)
	x.underSanctions(d, si, ms)     // "Peru is already under EU sanctions" (passive.go)
	x.makerRelations(d, si, ms)
	x.joinedParty(d, si, ms)
	x.invitations(d, si, ms)
	x.creditedSupport(d, si, ms)
	x.expressedSupport(d, si, ms, relsBefore) // "phoned Soto to express his support" (credit.go)
	x.signatories(d, si, ms)
	x.withRelative(d, si, ms) // "Brazil, with which Peru has a defence pact," (withrel.go)
	x.jointIntents(d, si, ms) // "the decision by A and B to reopen" (collective.go)
	x.includedCritics(d, si, ms)
	x.answeredCriticism(d, si, ms)
	x.wantedGone(d, si, ms) // "Chile wants President Ana Soto removed" (critic.go)
}

// cueRelation finds the arguments of one cue and adds its relations.
func (x *Extractor) cueRelation(d *doc, si int, ms []int, cm cueMatch) {
	c := cm.c
	if x.pendingMembership(d, si, ms, cm) {
		return // "ratified Chile's membership of the bloc": not yet a member (members.go)
	}
	if !c.verb && c.Type == "SANCTIONS" {
		if s, _ := x.listedSubject(d, si, ms, cm.to-1, true); s >= 0 {
			return // "Ortiz was placed on Chile's sanctions list after Peru's protest": the one listed is listedOn's (passive.go), not Peru
		}
	}
	rt := x.lex.relTypes[c.Type]
	srcFits := func(m *Mention) bool { return slices.Contains(rt.Sources, m.Label) }
	sources, passive, subject := x.cueSources(d, si, ms, cm, func(m *Mention) bool {
		return srcFits(m) || d.resolutionBody(ms, m, srcFits) >= 0
	})
	for i, k := range sources {
		if b := d.resolutionBody(ms, &d.mentions[k], srcFits); b >= 0 {
			sources[i] = b // "Resolution 2085 of the Council authorised the mission": the Council's act
		}
	}
	sources = slices.DeleteFunc(sources, func(k int) bool {
		return d.speakerLabel(&d.mentions[k]) || c.Type == "ATTACKS" && d.inDateline(&d.mentions[k]) // "CCTV: ... announced that it", "LIMA, Peru - Gunmen attacked"
	})
	if len(sources) == 0 && c.verb && !passive && !cm.threat && (c.Type == "CRITICIZES" || c.Type == "OPPOSES") {
		sources = x.selfSpeakers(d, si, ms, cm) // `"We condemn the decision," Peru said` (critic.go)
	}
	var a cueArgs
	if c.verb && !c.Plural && rt.Plannable && cm.from-2 >= d.sents[si].From && d.lw(cm.from-1) == "to" && d.anyArg(ms, srcFits) {
		// the parse is read for the "to" clauses of types whose plans
		// count: their doer may be a noun's owner ("the plan to place"),
		// not the clause's subject. (Other types state nothing in a "to"
		// clause of wanting; parsing every sentence costs more than the
		// heuristics it would correct on the dev set.)
		a = x.argsOf(d, si, ms, cm, srcFits, x.targetFits(c, rt, nil))
	}
	if !a.ok && c.verb && !c.Plural && !passive && len(sources) == 1 && placeOrCountry(&d.mentions[sources[0]]) && x.placeBeforePurpose(d, si, cm, sources[0]) {
		// "Paz visited Brazil in May to meet President X": the place is the
		// trip's object; the purpose is the subject's, as the parse says
		if p := x.argsOf(d, si, ms, cm, srcFits, x.targetFits(c, rt, nil)); p.ok && !p.passive && len(p.sources) > 0 && !slices.Contains(p.sources, sources[0]) {
			sources, subject = p.sources, p.sources
		}
	}
	if c.verb && !c.Plural && !passive && d.conjoinedVerb(si, cm.from) {
		if s := x.sharedSubject(d, si, ms, cm.from, c.words[0], srcFits); len(s) > 0 {
			sources, subject = s, s
		} else if h := x.conjoinedHead(d, si, cm.from, c.words[0]); h >= 0 {
			// "the leader blamed A and B and called on C": with no named
			// subject, A and B are the first verb's objects, not the doers
			sources = slices.DeleteFunc(sources, func(k int) bool { return d.mentions[k].From > h })
			subject = sources
		} else if v := x.verbBeforeAdjunct(d, si, cm.from); v >= 0 {
			if n := d.leftArg(ms, v, srcFits); n >= 0 {
				sources = d.coordinatedBefore(ms, n, srcFits) // "met on Monday and in a statement by its chair, X, condemned": the parse conjoins nothing
				subject = sources
			}
		} else if s := d.relativeConjoined(ms, si, cm.from, sources, srcFits); len(s) > 0 {
			sources, subject = s, s // "Turkey, which has backed Hamas and supplied Azerbaijan": Turkey (relconj.go)
		}
	}
	var targets []int
	if a.ok {
		switch {
		case len(a.sources) > 0 && len(sources) == 0:
			sources, passive = a.sources, a.passive
			if len(a.sources) > 1 {
				subject = a.sources
			}
		case a.noSource:
			sources, subject = nil, nil
		}
		targets = a.targets
	}
	if len(targets) == 0 && c.verb && !passive && cm.to < d.sents[si].To && (d.lw(cm.to) == "him" || d.lw(cm.to) == "her") {
		if callee, _ := x.callPurpose(d, si, ms, cm.from); callee >= 0 {
			targets = []int{callee} // "telephoned Vega to thank him": Vega (callpurpose.go)
		}
	}
	sources, subject, event := x.nominalSources(d, si, ms, cm, srcFits, sources, subject, passive)
	if v := x.verbalAttack(d, si, ms, cm, sources, passive); v != nil {
		cm.c, c = v, v // "Duterte, who has repeatedly attacked Washington": words, no force
		rt = x.lex.relTypes[c.Type]
	}
	if v, verb := haltedSupply(d, si, cm); v != nil {
		cm.c, c = v, v // "cut gas exports to Peru": a measure against Peru, no supply
		rt = x.lex.relTypes[c.Type]
		if !c.verb && len(sources) == 0 {
			sources = x.haltSubject(d, si, ms, verb, srcFits) // "Chile ended deliveries to Peru": Chile's own
		}
	}
	if c.Type == "VISITS" && c.words[0] == "be" {
		sources = slices.DeleteFunc(sources, func(k int) bool { return x.reporter(d, &d.mentions[k]) }) // travel.go
	}
	relsBefore := len(d.rels)
	if x.reciprocal(d, si, cm, sources) || x.collectiveObject(d, si, ms, cm, sources) || x.pairModified(d, si, ms, cm, srcFits) || x.apposedParticiple(d, si, ms, cm) ||
		x.backedBy(d, si, ms, cm, sources, srcFits) {
		// "A and B accused each other", "condemned both countries", "the
		// India-Pakistan talks", "with the support of Russia" (backing.go):
		// no other target
	} else if c.Plural {
		x.pluralRelations(d, si, ms, cm, sources, srcFits)
	} else if t := x.cueTargetRelations(d, si, ms, cm, sources, passive, targets); event >= 0 {
		x.noteEvent(d, si, event, c.Type, t)
	} else {
		x.weaponUse(d, si, ms, cm, sources, t, passive) // "struck Odesa with cruise missiles" (weaponuse.go)
	}
	if cm.threat {
		x.asThreat(d, si, ms, relsBefore, rt.Threat)
	}
	if c.verb && c.Type == "COOPERATES_WITH" && len(d.rels) > relsBefore {
		x.signedInside(d, si, ms, cm, sources, relsBefore)
	}
	if c.verb && c.Type == "SUPPORTS" && len(d.rels) > relsBefore {
		x.roleBacked(d, si, ms, cm, sources, relsBefore) // "signed the treaty with France as witness" (credit.go)
	}
	if len(subject) > 1 && len(d.rels) > relsBefore {
		d.group, d.groupSent = subject, si // a plural subject that did something, for a later "they"
	}
}

// verbalAttack returns the CRITICIZES reading (OPPOSES for a thing) of
// the verb "attack" whose doers are all named persons and whose object is
// an actor, in a sentence that names no weapon: a person who attacks a
// state, a body or another person does so in words ("the senator
// attacked Peru over its tariffs", "Soto, who has often attacked
// Washington"); a place attacked ("Haftar attacked Tripoli"), or a weapon
// in the sentence, keeps the attack. nil if the cue is not so read.
func (x *Extractor) verbalAttack(d *doc, si int, ms []int, cm cueMatch, sources []int, passive bool) *compiledCue {
	c := cm.c
	if !c.verb || passive || c.Type != "ATTACKS" || len(c.words) != 1 || c.words[0] != "attack" || len(sources) == 0 {
		return nil
	}
	for _, k := range sources {
		if d.mentions[k].Label != "Person" {
			return nil
		}
	}
	for _, k := range ms {
		if d.mentions[k].Label == "WeaponSystem" {
			return nil
		}
	}
	t := d.rightArg(ms, cm.to, 3, func(m *Mention) bool { return m.Key != "" })
	if t < 0 || !isActorMention(&d.mentions[t]) || d.mentions[t].Kind == mAdjective {
		return nil
	}
	v := *c
	v.Type, v.Fallback, v.Cameo = "CRITICIZES", "OPPOSES", ""
	return &v
}

// haltedSupply returns the SANCTIONS reading of the supply cue cm when a
// verb that ends or bars it (words.yaml cessation_verbs) governs it, up to
// three words before it with no punctuation or clause break between:
// "Chile cut electricity exports to Peru", "stopped selling arms to Peru",
// "ended its deliveries of gas to Peru". Ending a supply is a measure
// against the recipient, as "halt exports to" is (cues.yaml); the
// supply's own reverse reading ("halted purchases from Peru") is left
// alone. It returns the cue so read and the cessation verb's token, or
// nil and -1 if the cue is not so read.
func haltedSupply(d *doc, si int, cm cueMatch) (*compiledCue, int) {
	c := cm.c
	if c.Type != "SUPPLIES" || c.Reverse {
		return nil, -1
	}
	verb := cessationBefore(d, si, cm)
	if verb < 0 {
		return nil, -1
	}
	v := *c
	v.Type, v.Fallback, v.Cameo, v.Item = "SANCTIONS", "", "", false
	return &v, verb
}

// cessationBefore returns the token of the verb of words.yaml
// cessation_verbs that governs cue cm, up to three words before it with no
// punctuation, clause break or modal between ("cut off gas deliveries
// to"), or -1.
func cessationBefore(d *doc, si int, cm cueMatch) int {
	from := d.sents[si].From
	for j := cm.from - 1; j >= from && j >= cm.from-4; j-- {
		t := d.toks[j]
		if t.Kind != Word || t.in(d.words.clauseBreaks) || t.in(d.words.modals) {
			return -1
		}
		if t.lower == "off" && j-1 >= from && d.lw(j-1) == "cut" {
			continue // "cut off gas deliveries to"
		}
		if t.in(d.words.cessationVerbs) {
			return j
		}
	}
	return -1
}

// haltSubject returns the doers of a supply noun cue that the cessation
// verb at token v governs (cessationBefore, haltedSupply): the verb's
// subject and the mentions coordinated with it, as for a verb of doing
// (actverb.go). Only the
// supplier can end its own supply: "Chile ended deliveries to Peru",
// "the Soviet Union has suspended all weapons deliveries to Baghdad".
// nil if the verb is negated or hedged, or has no named subject.
func (x *Extractor) haltSubject(d *doc, si int, ms []int, v int, fits func(*Mention) bool) []int {
	from := d.sents[si].From
	if v <= from || d.in(v-1, d.words.beForms) || negated(d, from, v) || hedged(d, from, v) {
		return nil // "deliveries were halted", "did not halt", "could halt"
	}
	n := d.leftArg(ms, v, fits)
	if n < 0 || x.reportedDoer(d, n, v) {
		return nil
	}
	return d.coordinatedBefore(ms, n, fits)
}

// placeBeforePurpose reports whether verb cue cm opens a "to" clause
// and mention k, a place or state, is no subject but the object of an
// earlier verb, within a few words before the "to": "visited Brazil in
// May to meet", "flew to Lima to sign". Who acts in the purpose clause is
// then read from the parse.
func (x *Extractor) placeBeforePurpose(d *doc, si int, cm cueMatch, k int) bool {
	from := d.sents[si].From
	m := &d.mentions[k]
	if cm.from-1 <= from || d.lw(cm.from-1) != "to" || m.To > cm.from-1 || m.To < cm.from-6 || m.From <= from {
		return false
	}
	for j := m.To; j < cm.from-1; j++ {
		if d.toks[j].Kind == Punct {
			return false // "... visited Brazil, and Chile wants to meet"
		}
	}
	return !d.isPossessor(m) && !d.toks[m.From-1].Capitalized() && (d.afterPreposition(m) || d.toks[m.From-1].Kind == Word && !d.in(m.From-1, d.words.clauseBreaks))
}

// cueSources returns the cue's sources: the possessor or modifier of a
// noun cue, the agents after "by" of a passive, the object before "for
// selling", or the clause's subject (with its coordinated mentions, or the
// last group for "they"). subject is set when the sources are a subject.
func (x *Extractor) cueSources(d *doc, si int, ms []int, cm cueMatch, fits func(*Mention) bool) (sources []int, passive bool, subject []int) {
	c, from, end := cm.c, d.sents[si].From, d.sents[si].To
	byAgent := c.verb && cm.to < end && d.lw(cm.to) == "by" && !x.cueEndsInNoun(d, si, cm)
	later := -1
	if c.verb && !byAgent && d.participle(cm.from) {
		later = d.laterAgent(ms, si, cm, fits) // "was invited by the EU to join", "were sold to Morocco by" (passive.go)
	}
	passive = byAgent || later >= 0 || c.verb && !stativeWith(c) && d.passiveAt(si, cm.from) || c.verb && c.Item && d.conjoinedBarePassive(si, cm)
	if c.verb && !passive && d.gerundSubject(ms, si, cm.from, fits) < 0 && x.judgedDoerGerund(d, si, cm.from) {
		if n := d.mentionEnding(ms, cm.from-1, fits); n >= 0 {
			return []int{n}, passive, nil // "criticised Peru for signing": Peru signs
		}
		return nil, passive, nil // "the party criticised the government for signing": not the party's act
	}
	switch {
	case later >= 0:
		return d.coordinated(ms, later, fits), passive, nil
	case byAgent:
		n := d.rightArg(ms, cm.to+1, 3, fits)
		if n < 0 && cm.to+3 < end && (d.lw(cm.to+2) == "of" || d.lw(cm.to+3) == "of") {
			n = d.rightArg(ms, cm.to+1, 6, fits) // "condemned by members of the European Union"
		}
		if n >= 0 {
			return d.coordinated(ms, n, fits), passive, nil
		}
	case !c.verb && c.words[0] != "in":
		// a noun cue in an adverbial phrase ("in protest at") is the
		// clause subject's: no owner or agent of its own
		if group := d.theirGroup(ms, si, cm.from, fits); len(group) > 1 {
			return group, passive, group // "Both A and B said after their talks"
		}
		if p := d.possessorBefore(ms, si, cm.from, fits); p >= 0 {
			return d.demonymOwners(ms, p, fits), passive, nil
		}
		if s := d.frontedCueSubject(ms, si, cm, fits); len(s) > 0 {
			return s, passive, nil // "In a rebuke to Chile, Peru recalled its envoy"
		}
		if a := d.nounAgent(ms, cm, end, fits); a >= 0 && !x.cueVerbBetween(d, cm.to, d.mentions[a].From) {
			if d.mentions[a].To < cm.to {
				return d.coordinatedInside(ms, a, cm.to, fits), passive, nil // "sanctions imposed by A and B on Iran"
			}
			return d.coordinated(ms, a, fits), passive, nil // "criticism of Hungary by Poland and Slovakia"
		}
	}
	if passive {
		if n := d.placeAgent(ms, cm.to, end); n >= 0 && x.lex.relTypes[c.Type].PlaceAgent && fits(&d.mentions[n]) {
			return d.coordinated(ms, n, func(m *Mention) bool { return m.Label == "Country" && fits(m) }), passive, nil // "the party is banned in Turkey", "in Peru and Chile"
		}
		if n := d.instrument(ms, cm.to, end); n >= 0 {
			if k := d.mentions[n].To; k < end && d.lw(k) == "by" {
				if a := d.rightArg(ms, k+1, 3, fits); a >= 0 {
					return d.coordinated(ms, a, fits), passive, nil // "poisoned with Novichok by Russia"
				}
			}
			if fits(&d.mentions[n]) {
				return []int{n}, passive, nil // "he was poisoned with Novichok"
			}
		}
		if a := x.eventDoer(d, si, ms, cm, fits); len(a) > 0 {
			return a, passive, nil // "was killed in the airstrike" (eventdoer.go)
		}
		return nil, passive, nil
	}
	if c.verb && cm.from-1 > from && strings.HasSuffix(d.lw(cm.from), "ing") && d.in(cm.from-1, d.words.statementNouns) {
		// "Ruiz issued a statement welcoming the ceasefire": the
		// statement's owner, else the main clause's subject, who made it
		if p := d.possessorBefore(ms, si, cm.from, fits); p >= 0 {
			return []int{p}, passive, nil
		}
		if k := d.mainSubject(ms, si, cm.from-1, fits); k >= 0 {
			return []int{k}, passive, nil
		}
		return nil, passive, nil
	}
	if c.verb && cm.from > from && strings.HasSuffix(d.lw(cm.from), "ing") && d.toks[cm.from-1].Text == "," {
		// "Turkey blocked the bid, accusing Stockholm of ...": the main
		// subject
		if k := d.mainSubject(ms, si, cm.from-1, fits); k >= 0 && !d.speechVerbBetween(d.mentions[k].To, cm.from-1) {
			return []int{k}, passive, nil // not "A said the firm signed a deal, landing in Tacna": the reported clause's
		}
		return nil, passive, nil
	}
	if c.verb && cm.from > from && strings.HasSuffix(d.lw(cm.from), "ing") && d.in(cm.from-1, d.words.subjectGerundPreps) {
		// "A had been allied with B in fighting C": the clause's subject
		if s := x.sharedSubject(d, si, ms, cm.from, "", fits); len(s) > 0 {
			return s, passive, s
		}
	}
	if c.verb && cm.from > from && strings.HasSuffix(d.lw(cm.from), "ing") && d.in(cm.from-1, d.words.objectPreps) {
		// "criticizes Russia for selling", "accused Iran of supplying": the
		// object of the verb before the preposition acts
		if n := d.leftArg(ms, cm.from, fits); n >= 0 && d.mentions[n].To >= cm.from-4 {
			return []int{n}, passive, nil
		}
		return nil, passive, nil
	}
	if c.verb && x.reducedRelative(d, si, ms, cm.from) {
		return nil, passive, nil // "depots belonging to the group": the unnamed noun's, not the subject's
	}
	if c.verb && d.unnamedRelative(si, ms, cm.from) {
		if k := d.statementMaker(ms, si, cm.from, fits); k >= 0 {
			return []int{k}, passive, nil // "Chile accused Peru of lying, in remarks that drew a rebuke from Lima": Chile's remarks
		}
		return nil, passive, nil // "a conflict that has drawn condemnation from": the conflict's, not the subject's
	}
	subjectNouns := x.lex.relTypes[c.Type].SubjectNouns
	if !c.verb && (!subjectNouns || !c.Reverse) && slices.ContainsFunc(d.toks[cm.from:cm.to], func(t Token) bool { return t.in(d.words.agentNouns) }) { // "arms supplier to" read as "arms to" too
		if k := d.agentHolder(ms, si, cm.from, fits); k >= 0 && !c.Reverse {
			return d.coordinatedBefore(ms, k, fits), passive, nil // "Serbia, a major supplier of arms to Chad,", "Serbia is the main supplier of", "Peru and Chile, the guarantors of the accord,"
		}
		return nil, passive, nil // "criticised the suppliers of arms to Chad": no supplier named; "protested to the guarantors of the accord": not the subject's
	}
	if !c.verb && !subjectNouns {
		if c.words[0] == "with" {
			// "UNHCR opened a camp with funding from the EU", "Chile, which
			// borders Peru, built a road with funds from Japan": an
			// adverbial phrase tells of the main clause's doer
			if k := d.mainSubject(ms, si, cm.from, fits); k >= 0 && !d.passiveBefore(si, cm.from) {
				return []int{k}, passive, []int{k}
			}
			return nil, passive, nil
		}
		if s := x.actSubject(d, si, ms, cm, fits); len(s) > 0 {
			return s, passive, s // "the EU on Monday expanded sanctions against" (actverb.go)
		}
		return nil, passive, nil
	}
	if !c.verb {
		j := cm.from - 1
		if j > from && determiners[d.lw(j)] {
			j--
		}
		if j >= from && d.lw(j) == "by" {
			return nil, passive, nil // "condemned by members of the EU": an agent, not what the subject is
		}
		if d.in(cm.from, d.words.followerNouns) && x.followerObject(d, si, cm.from) {
			return nil, passive, nil // "Chile criticised the supporters of Peru": not Chile's support
		}
	}
	if !c.verb && cm.from > from && d.in(cm.from-1, d.words.subjectGerundPreps) {
		// "troops there to fight ISIS in cooperation with Iraqi forces": the
		// subject of the verb the phrase modifies, not that verb's object
		if s, verb := x.verbBeforeSubject(d, si, ms, cm.from, fits); verb {
			return s, passive, s
		}
	}
	if group, ok := x.collectiveSubject(d, si, ms, cm.from, fits); ok {
		return group, passive, group // "The two countries agreed": the pair named before
	}
	if !c.verb && x.reportedNoun(d, si, cm.from) {
		return nil, passive, nil // "Lavrov said talks with Ukraine were over": not the speaker's (unstated.go)
	}
	if c.verb {
		if n := d.gerundSubject(ms, si, cm.from, fits); n >= 0 {
			return []int{n}, passive, []int{n} // "in return for Peru opening its ports": Peru opens them
		}
		if n := d.ownGovernment(ms, si, cm.from, fits); n >= 0 {
			return []int{n}, passive, []int{n} // "Peru's minister A said the government backed B" (args.go)
		}
	}
	if c.verb {
		if callee, v := x.callPurpose(d, si, ms, cm.from); callee >= 0 {
			if s := x.speakersAt(d, si, ms, v); len(s) > 0 && fits(&d.mentions[s[0]]) {
				return s, passive, s // "A telephoned B to thank him": A thanks (callpurpose.go)
			}
			return nil, passive, nil
		}
	}
	if n := d.leftArg(ms, cm.from, fits); n >= 0 {
		if c.verb && x.reportedDoer(d, n, cm.from) {
			return nil, passive, nil // "Russia said gunmen attacked": the gunmen's act (unstated.go)
		}
		sources = d.coordinatedBefore(ms, n, fits)
		if k := d.joinedBefore(ms, sources[0], fits); k >= 0 {
			sources = append([]int{k}, sources...) // "Chile, along with Peru and Ecuador, condemned"
		} else {
			sources = append(sources, d.joinedAfter(ms, n, cm.from, fits)...) // "Chile, along with Peru, condemned"
		}
		return sources, passive, sources
	}
	if d.pluralSubject(ms, cm.from) {
		if g := x.reportingGroup(d, si, ms, cm.from, fits); len(g) > 1 {
			return g, passive, nil // "A and B warned that they would resist": A and B
		}
		if si-d.groupSent <= 3 {
			return d.group, passive, nil // "They called on Turkey": the group named last
		}
	}
	return nil, passive, nil
}

// gerundSubject returns the actor named right before the -ing verb at
// toks[i] (or its possessor: "Peru's opening") when a preposition of
// gerund_subject_prepositions heads it: "in return for Peru normalising
// ties with Chile", "objected to Chile joining", or an absolute "with"
// (absoluteWith: ", with Ana Soto calling the move illegal"). That actor is the
// gerund's subject; the main clause's subject, which leftArg would reach
// past the preposition, does not act. Else -1.
func (d *doc) gerundSubject(ms []int, si, i int, fits func(*Mention) bool) int {
	if !strings.HasSuffix(d.lw(i), "ing") || i-1 <= d.sents[si].From {
		return -1
	}
	for _, k := range ms {
		m := &d.mentions[k]
		end := m.To
		if d.isPossessor(m) {
			end++
		}
		if end != i || m.Key == "" || !m.Arg || !fits(m) {
			continue
		}
		if j := d.npStart(m) - 1; j >= d.sents[si].From && (d.in(j, d.words.gerundSubjectPreps) || d.absoluteWith(si, j)) {
			return k
		}
	}
	return -1
}

// judgedDoerGerund reports whether the -ing verb at toks[i] follows "for"
// or "of" after a reproach verb of its clause (words.yaml reproach_verbs)
// and an object between them: in "criticised Peru for signing the deal"
// and "accused the cabinet of backing the plan" the object acts, not the
// critic. The caller, when gerundSubject finds no doer, takes the object
// as the doer when it is a mention and leaves the act with none when it
// is not ("the government").
func (x *Extractor) judgedDoerGerund(d *doc, si, i int) bool {
	from := d.sents[si].From
	if !strings.HasSuffix(d.lw(i), "ing") || i-2 <= from || d.lw(i-1) != "for" && d.lw(i-1) != "of" {
		return false
	}
	for k := i - 2; k > from && i-k <= 6; k-- {
		t := d.toks[k]
		if t.Kind != Word || clauseOpeners[t.lower] {
			return false
		}
		if x.lex.sets.stance.reproach[t.lower] {
			return k < i-2 // an object stands between the verb and the preposition
		}
	}
	return false
}

// absoluteWith reports whether toks[j] is a "with" that opens an absolute
// phrase, at the sentence's start or after a comma: in "Peru protested,
// with its envoy Ana Soto calling the move illegal" and "With Chile
// refusing to pay, Peru ..." the actor after it is the -ing verb's
// subject. Not "a deal with Peru allowing transit", where the -ing form
// may describe the noun.
func (d *doc) absoluteWith(si, j int) bool {
	from := d.sents[si].From
	return d.lw(j) == "with" && (j == from || j-1 >= from && d.toks[j-1].Text == ",")
}

// reducedRelative reports whether the verb cue at toks[i] is an -ing form
// right after a common noun that names no entity: "weapons depots
// belonging to the group" says what the depots do. The parse tells a noun
// ("depots") from a verb ("began supplying"), and a participle from a
// noun ("a ministerial meeting agreed"); it is read only then.
func (x *Extractor) reducedRelative(d *doc, si int, ms []int, i int) bool {
	from := d.sents[si].From
	j := i - 1
	if j > from && quoteOf(d.toks[j].Text).closes {
		j-- // 'weapons depots" belonging to'
	}
	if j <= from || !strings.HasSuffix(d.lw(i), "ing") || d.toks[j].Kind != Word || d.toks[j].Capitalized() ||
		followers[d.lw(j)] || d.mentionEnding(ms, j+1, nil) >= 0 {
		return false
	}
	toks := x.parseOf(d, si)
	return toks != nil && toks[j-from].UPOS == "NOUN" && toks[i-from].UPOS == "VERB"
}

// thenVerb is the verb at toks[i] after a cue's Then word, past an adverb
// ("to immediately halt").
func (d *doc) thenVerb(i int) string {
	if strings.HasSuffix(d.lw(i), "ly") {
		i++
	}
	return d.lw(i)
}

// conjoinedPredicateBetween reports whether a verb the parse conjoins
// opens after "and" or "or" between a verb cue's end i and its target's
// start j: the target is that verb's object, not the cue's ("threatened
// to topple the new government and put Chile's navy on alert" threatens
// no Chile). The parse is read only when such a word stands there.
func (x *Extractor) conjoinedPredicateBetween(d *doc, si, i, j int) bool {
	from := d.sents[si].From
	for k := i; k+1 < j; k++ {
		if w := d.lw(k); w != "and" && w != "or" {
			continue
		}
		toks := x.parseOf(d, si)
		if toks == nil {
			return false
		}
		if p := toks[k+1-from]; p.UPOS == "VERB" && p.Deprel == "conj" {
			return true
		}
	}
	return false
}

// narrowerThen reports whether another cue of c's verb with the same
// Then lists the verb at toks[i] among its ThenVerbs: that cue reads the act asked
// for, so c, open to any verb, states nothing of it ("urged Peru to stop
// interfering" is a criticism, not an invitation).
func (x *Extractor) narrowerThen(d *doc, c *compiledCue, i, end int) bool {
	for _, o := range x.cues[c.words[0]] {
		if o != c && o.verb == c.verb && o.Then == c.Then && len(o.ThenVerbs) > 0 && slices.Equal(o.words, c.words) && thenVerbAt(d, o.ThenVerbs, i, end) {
			return true
		}
	}
	return false
}

// mainSubject returns the subject of the main clause that token i ends
// in: its first named mention that fits, follows no preposition and owns nothing,
// in the last clause joined by "but", "while" ... or by ", and" and a
// clause of its own (andClause) before i ("A joined, but B objected,
// accusing C": B; "A was detained, and the prosecutor has opened a case,
// accusing B": not A), after any dateline; -1 if none.
func (d *doc) mainSubject(ms []int, si, i int, fits func(*Mention) bool) int {
	start := d.datelineEnd(si)
	for j := i - 1; j > start; j-- {
		if contrastive[d.lw(j)] || d.toks[j].Text == ";" || d.andClause(start, j, i) {
			start = j + 1
			break
		}
	}
	for _, k := range ms {
		if m := &d.mentions[k]; m.From >= start && m.From < i && m.Arg && m.Key != "" && fits(m) && !d.afterPreposition(m) && !d.isPossessor(m) {
			return k
		}
	}
	return -1
}

// andClause reports whether the "and" at toks[j], after a comma, opens a
// clause with its own subject that runs to token i: a noun phrase (an
// article, a possessive pronoun or a capitalized word) right after it, and
// an auxiliary verb before i ("..., and the prosecutor's office has opened
// a case"). A shared subject's second verb ("..., and later accused") or
// a list's last item ("condemned A, B, and C,") opens none.
func (d *doc) andClause(from, j, i int) bool {
	if d.lw(j) != "and" || j-1 <= from || d.toks[j-1].Text != "," || j+1 >= i {
		return false
	}
	if t := d.toks[j+1]; !articles[t.lower] && !possessivePronoun[t.lower] && !(t.Kind == Word && t.Capitalized()) {
		return false
	}
	for k := j + 2; k < i; k++ {
		if d.auxiliary(d.lw(k)) {
			return true
		}
	}
	return false
}

// statementMaker returns the maker of the statement that a subject
// relative clause at verb toks[i] describes when the statement stands in
// a phrase of the main clause ("Chile accused Peru of lying, in remarks
// that drew a rebuke from Lima": statement_preps and statement_nouns in
// words.yaml): the main clause's subject made it. -1 otherwise ("a
// conflict that drew condemnation" has no maker).
func (d *doc) statementMaker(ms []int, si, i int, fits func(*Mention) bool) int {
	from := d.sents[si].From
	j := d.verbGroupStart(from+1, i, 3, d.relativeVerbWord) - 1
	n := j - 1
	if n > from && d.toks[n].Text == "," {
		n--
	}
	if n <= from || !d.in(n, d.words.statementNouns) {
		return -1
	}
	p := n - 1
	for k := 0; k < 3 && p > from && d.toks[p].Kind == Word && !d.toks[p].Capitalized() && !d.in(p, d.words.statementPreps); k++ {
		p-- // "in a series of remarks", "in his remarks", "in blunt remarks"
	}
	if p <= from || !d.in(p, d.words.statementPreps) {
		return -1
	}
	return d.mainSubject(ms, si, p, fits)
}

// unnamedRelative reports whether the verb at toks[i] opens a subject
// relative clause of a common noun that names no entity: "widening a
// conflict that has already drawn condemnation from Washington", "the
// strikes, which have drawn criticism from". The relative pronoun ("that",
// "which") stands before the verb with only auxiliaries and adverbs
// between; before it (and a comma) a lower-case word that ends no mention.
// A complementizer "that" is followed by its clause's subject instead.
func (d *doc) unnamedRelative(si int, ms []int, i int) bool {
	from := d.sents[si].From
	j := d.verbGroupStart(from+1, i, 3, d.relativeVerbWord) - 1
	if j <= from || (d.lw(j) != "that" && d.lw(j) != "which") {
		return false
	}
	n := j - 1
	if n > from && d.toks[n].Text == "," && d.lw(j) == "which" {
		n--
	}
	t := d.toks[n]
	if n > from && t.in(d.words.weaponHeads) && d.mentionEnding(ms, n, func(m *Mention) bool { return m.Label == "WeaponSystem" && m.Key != "" }) >= 0 {
		return false // "the Kestrel missile that struck the depot": the named weapon's
	}
	if n > from && d.mentionEnding(ms, n, d.stateBody) >= 0 {
		return false // "the Kenyan government, which accused Somalia": the state's (stateBody, resolve.go)
	}
	return n >= from && t.Kind == Word && !t.Capitalized() && !followers[t.lower] && !t.in(d.words.speechVerbs) && d.mentionEnding(ms, n+1, nil) < 0
}

// relativeAdverbs may stand between a relative pronoun and its verb: "that
// has already drawn", "which also drew".
var relativeAdverbs = set{"already": true, "also": true, "since": true, "just": true, "now": true, "so": true, "far": true}

// relativeVerbWord reports whether toks[j] may stand between a relative
// pronoun and its verb: an auxiliary, an -ly adverb or one of
// relativeAdverbs.
func (d *doc) relativeVerbWord(j int) bool {
	w := d.lw(j)
	return d.auxiliary(w) || strings.HasSuffix(w, "ly") || relativeAdverbs[w]
}

// contrastive words open a clause with a subject of its own.
var contrastive = set{"but": true, "while": true, "whereas": true, "although": true, "though": true, "yet": true}

// cueEndsInNoun reports whether a verb cue of several words ends in its
// object noun ("rejected the criticism"): a "by" after it then names who
// criticised, not the agent of a passive ("rejected by").
func (x *Extractor) cueEndsInNoun(d *doc, si int, cm cueMatch) bool {
	if cm.to-cm.from < 2 {
		return false
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	p := toks[cm.to-1-d.sents[si].From].UPOS
	return p == "NOUN" || p == "PROPN"
}

// cooperateAll relates each of group's mentions to each later one by
// COOPERATES_WITH.
func (x *Extractor) cooperateAll(d *doc, si int, group []int) {
	for a := 0; a < len(group); a++ {
		for b := a + 1; b < len(group); b++ {
			x.addRel(d, si, "COOPERATES_WITH", "", &d.mentions[group[a]], &d.mentions[group[b]], nil)
		}
	}
}

// jointDoers relates the doers of an act done jointly (words.yaml
// joint_adverbs), whether or not its verb is a cue and its object named:
// the agents after "by" of a participle beside the adverb ("the mine,
// run jointly by Shell and Vale,", "a radar jointly developed by A and
// B"), a coordinated subject right before the adverb and its auxiliaries
// ("Chile and Peru will jointly manage the park"), or a subject and the partners
// that a comma-framed "together with" or "jointly with" adds to it
// (jointPartners). Each cooperates with the others; one actor alone
// ("Peru said it would jointly ...") relates nothing.
func (x *Extractor) jointDoers(d *doc, si int, ms []int) {
	from, end := d.sents[si].From, d.sents[si].To
	lowerWord := func(i int) bool { return i >= from && i < end && d.toks[i].Kind == Word && !d.toks[i].Capitalized() }
	for i := from; i < end; i++ {
		if !d.in(i, d.words.jointAdverbs) && !(d.lw(i) == "together" && i+1 < end && d.lw(i+1) == "with") || !lowerWord(i+1) && !lowerWord(i-1) {
			continue
		}
		var group []int
		switch by := -1; {
		case d.lw(i+1) == "with" && i-1 > from && d.toks[i-1].Text == ",":
			group = x.jointPartners(d, si, ms, i)
		case i+1 < end && d.lw(i+1) == "by" && lowerWord(i-1):
			by = i + 1 // "run jointly by A and B"
			fallthrough
		case by < 0 && i+2 < end && lowerWord(i+1) && d.lw(i+2) == "by":
			if by < 0 {
				by = i + 2 // "jointly owned by A and B"
			}
			if k := d.rightArg(ms, by+1, 4, keyedActor); k >= 0 {
				group = d.coordinated(ms, k, keyedActor)
			}
		case lowerWord(i + 1):
			j := i
			for k := 0; k < 3 && j > from && (d.auxiliary(d.lw(j-1)) || d.lw(j-1) == "also"); k++ {
				if d.in(j-1, d.words.modals) || d.in(j-1, d.words.wouldWords) {
					j = -1 // "could jointly build": only possible
					break
				}
				j-- // "will", "have also"
			}
			if j < 0 {
				continue
			}
			if a, _ := d.appositionBefore(ms, si, j); a > from {
				j = a // "A and B, Chile's state oil firm, will jointly build": past the apposition
			}
			if k := d.mentionEnding(ms, j, keyedActor); k >= 0 {
				group = d.coordinatedBefore(ms, k, keyedActor)
			}
			if len(group) < 2 {
				continue
			}
			if b := d.npStart(&d.mentions[group[0]]) - 1; b >= from {
				if p := x.parseOf(d, si); b-from < len(p) && p[b-from].UPOS == "ADP" {
					group = nil // "critics of Chile and Peru jointly signed": objects, not the doers
				}
			}
		}
		if len(group) > 1 {
			x.cooperateAll(d, si, group)
		}
	}
}

// jointPartners returns the subject and its partners when the adverb at
// toks[i] and the "with" after it stand between commas right after the
// subject: "Norway, together with Sweden, funds the mission", "Chile,
// jointly with Peru, runs the park"; nil when the names before the comma
// are an object ("Peru thanked Chile, together with Bolivia, for ...") or
// the partners are no framed phrase. The subject's verb may stand before
// the first comma: "Norway pays, together with Sweden, for the mission".
func (x *Extractor) jointPartners(d *doc, si int, ms []int, i int) []int {
	a := d.mentionEnding(ms, i-1, keyedActor)
	if a < 0 && i-2 > d.sents[si].From && d.toks[i-2].Kind == Word && !d.toks[i-2].Capitalized() {
		a = d.mentionEnding(ms, i-2, keyedActor) // "Norway pays, together with Sweden, for": past the subject's verb
	}
	b := d.rightArg(ms, i+2, 3, keyedActor)
	if a < 0 || b < 0 {
		return nil
	}
	subject, partners := d.coordinatedBefore(ms, a, keyedActor), d.coordinated(ms, b, keyedActor)
	if last := &d.mentions[partners[len(partners)-1]]; !d.opensClause(ms, subject[0]) || last.To >= d.sents[last.sent].To || d.toks[last.To].Text != "," {
		return nil
	}
	return append(subject, partners...)
}

// pluralRelations relates the members of a group to each other: the
// parties after "between" or "involving", else the coordinated subject.
func (x *Extractor) pluralRelations(d *doc, si int, ms []int, cm cueMatch, sources []int, fits func(*Mention) bool) {
	end := d.sents[si].To
	if cm.c.Between {
		sources = nil // only the parties after "between"
	}
	if cm.c.verb && len(cm.c.words) == 1 && x.lex.sets.concurVerbs.has(cm.c.words[0]) && (cm.to >= end || d.toks[cm.to].Kind == Punct && d.toks[cm.to].Text != ",") {
		return // "and Britain and France agree.": they concur with what was said, no more
	}
	if cm.c.verb && len(sources) > 1 && x.otherSubject(d, si, cm, sources) {
		sources = nil // "toured Chile and Peru to meet officials": the touring one meets
	}
	if !cm.c.verb && len(sources) > 0 && !d.opensClause(ms, sources[0]) {
		sources = nil // "invited Iran and the US to a meeting": objects, not the ones who meet
	}
	if !cm.c.verb && cm.from > d.sents[si].From && demonstratives[d.lw(cm.from-1)] {
		sources = nil // "Chile and Peru should end that cooperation": one named before, maybe with others
	}
	if !cm.c.verb && x.attendedEvent(d, si, cm) {
		sources = nil // "Envoys of Chile and Peru attended the talks": each was there
	}
	if cm.c.verb && x.apartAdverb(d, si, cm) {
		return // "Chile and Peru met the mediator separately": neither met the other
	}
	for j := cm.to; j < end && j < cm.to+6 && d.toks[j].Kind != Punct; j++ {
		if w := d.lw(j); w == "between" || w == "involving" || w == "involved" || w == "including" {
			if n := d.rightArg(ms, j+1, 6, fits); n >= 0 {
				if group := d.coordinated(ms, n, fits); len(group) > 1 {
					sources = group
				}
			}
			break
		}
	}
	if len(sources) < 2 && !cm.c.verb {
		if g := x.collectiveAfter(d, si, cm, fits); len(g) > 1 {
			sources = g // "a meeting of the ministers of both countries" (collective.go)
		}
	}
	if len(sources) < 2 && !cm.c.verb && !cm.c.Between {
		if g := d.frontedParties(ms, si, cm, fits); len(g) > 1 {
			sources = g // "In a joint statement, Chile and Peru said"
		}
	}
	// the parties of an agreement phrase read as its cue ("the maritime
	// agreement between A and B") are no group that acts later: "They
	// called it void" are the ones who judge it
	inAgreement := false
	for _, k := range ms {
		if m := &d.mentions[k]; cm.from >= m.From && cm.from < m.To && m.Label == "Agreement" && !m.Generic {
			inAgreement = true
		}
	}
	if len(sources) > 1 && !inAgreement {
		d.nominal.party = partyEvent{si, cm.c.Type, sources} // for "X joined the talks"
		d.group, d.groupSent = sources, si                   // "Talks between A and B ended. They ...": for "they"
	}
	if cm.c.Between && len(sources) > 1 {
		x.agreementParties(d, si, ms, cm, sources)
	}
	sources = d.titleComplementsOut(ms, sources)
	if len(cm.c.Targets) > 0 {
		// a plural cue narrowed to some labels relates only members of
		// them: "Soto and Vega shook hands" met, "Chile and Peru shook
		// hands on the deal" did not
		sources = slices.DeleteFunc(slices.Clone(sources), func(k int) bool { return !slices.Contains(cm.c.Targets, d.mentions[k].Label) })
	}
	typ := x.contactType(d, si, cm)
	if typ == "MET_WITH" && x.mediatedTalks(d, si, cm) {
		typ = "NEGOTIATES_WITH" // "brokering talks between Chile and Peru": the parties negotiate
	}
	for a := 0; a < len(sources); a++ {
		for b := a + 1; b < len(sources); b++ {
			x.addRel(d, si, typ, "", &d.mentions[sources[a]], &d.mentions[sources[b]], cueProps(cm.c))
			x.signedTogether(d, cm, &d.mentions[sources[a]], &d.mentions[sources[b]])
			if !x.lex.relTypes[typ].Symmetric {
				x.addRel(d, si, typ, "", &d.mentions[sources[b]], &d.mentions[sources[a]], cueProps(cm.c)) // "A and B traded fire": each
			}
		}
	}
}

// contactType returns the type cue cm states: its own, or
// COMMUNICATES_WITH for a meeting cue, or a CAMEO cue of talks ("discussed
// the situation with", "exchanged views with"), held at a distance
// (remoteMeeting): "discussed the crisis with Vera by telephone" is a call.
func (x *Extractor) contactType(d *doc, si int, cm cueMatch) string {
	if (cm.c.Type == "MET_WITH" || cm.c.Type == "NEGOTIATES_WITH" && cm.c.Cameo != "") && x.remoteMeeting(d, si, cm) {
		return "COMMUNICATES_WITH"
	}
	return cm.c.Type
}

// remoteMeeting reports whether a medium of contact at a distance
// (words.yaml remote_media: "by telephone", "by video link") stands in
// meeting cue cm's phrase or in its clause within eight words after it
// ("held talks by telephone with Soto", "met Vega by video link", "talks
// on the phone between A and B"): the parties spoke, they did not meet.
func (x *Extractor) remoteMeeting(d *doc, si int, cm cueMatch) bool {
	end := d.sents[si].To
	for j := cm.from + 1; j < end && j < cm.to+8; j++ {
		if t := d.toks[j]; j >= cm.to && (t.Kind == Punct || t.lower == "and" || t.lower == "but" || d.words.relativePronouns.has(t.lower)) {
			return false // "met Vega in Lima and later spoke by phone": another act
		}
		if d.phraseEnd(x.lex.sets.remoteMedia, j, end) > j {
			return true
		}
	}
	return false
}

// mediatedTalks reports whether the noun cue cm (a plural meeting noun:
// "talks") is the object of a go-between's verb (words.yaml
// mediation_verbs) before it, past at most two modifiers ("Norway
// brokered direct talks between", "is mediating the talks between"), or
// is followed within the sentence's clause by its participle ("talks
// between Chile and Peru, mediated by Norway,"): talks a third party
// brokers are negotiations, not only a meeting. A verb cue ("Chile and
// Peru met") is never mediated this way.
func (x *Extractor) mediatedTalks(d *doc, si int, cm cueMatch) bool {
	if cm.c.verb {
		return false
	}
	s := d.sents[si]
	for j := cm.from - 1; j >= s.From && j >= cm.from-3; j-- {
		if d.toks[j].Kind != Word {
			break
		}
		if d.in(j, x.lex.sets.mediationVerbs) {
			return true
		}
	}
	for j := cm.to; j < s.To && j < cm.to+12; j++ {
		if d.lw(j) == "by" && j > cm.to && d.in(j-1, x.lex.sets.mediationVerbs) && strings.HasSuffix(d.lw(j-1), "ed") {
			p := d.lw(j - 2)
			return j-1 == cm.to || p == "," || p == "was" || p == "were" || p == "being" || p == "been" // not "ended, and a truce mediated by"
		}
		if d.toks[j].Kind == Punct && d.toks[j].Text != "," {
			break
		}
	}
	return false
}

// titleComplementsOut drops from a plural cue's coordinated sources the
// non-persons written before the first person when a country or body
// stands right before that person's name, with nothing between: "Presidents
// of Chile and Peru Ana Soto and Luis Vega signed" lists the titles'
// countries, then the persons who act; the countries are no parties beside
// them ("Peru and Chilean President Ana Soto signed" keeps Peru).
func (d *doc) titleComplementsOut(ms []int, sources []int) []int {
	first := -1
	for a, k := range sources {
		if d.mentions[k].Label == "Person" {
			first = a
			break
		}
	}
	if first < 1 {
		return sources
	}
	p := &d.mentions[sources[first]]
	for _, k := range sources[:first] {
		if d.mentions[k].From > p.From {
			return sources // the list is not written in this order
		}
	}
	if c := d.mentionEnding(ms, p.From, func(m *Mention) bool { return m.Label == "Country" || m.Label == "Organization" }); c < 0 {
		return sources
	}
	return sources[first:]
}

// attendedEvent reports whether noun cue cm is the object of a verb of
// being present (words.yaml attend_verbs) right before it, past an
// article: "Chile and Peru attended the talks" says each was there, not
// that the one met the other.
func (x *Extractor) attendedEvent(d *doc, si int, cm cueMatch) bool {
	j := cm.from - 1
	if j > d.sents[si].From && determiners[d.lw(j)] {
		j--
	}
	return j >= d.sents[si].From && d.in(j, x.lex.sets.attendVerbs)
}

// apartAdverb reports whether an adverb that keeps a subject's members
// apart (words.yaml separate_adverbs) stands right before plural verb cue
// cm or in its clause after it, before any punctuation: "Chile and Peru
// separately met", "met the mediator separately".
func (x *Extractor) apartAdverb(d *doc, si int, cm cueMatch) bool {
	if cm.from-1 >= d.sents[si].From && d.in(cm.from-1, x.lex.sets.separateAdverbs) {
		return true
	}
	for j := cm.to; j < d.sents[si].To && j < cm.to+8 && d.toks[j].Kind != Punct; j++ {
		if d.in(j, x.lex.sets.separateAdverbs) {
			return true
		}
	}
	return false
}

// otherSubject reports whether the parse gives plural verb cue cm,
// opening a "to" clause, a subject whose phrase holds none of the group
// read before it: "toured Chile and Peru to meet officials", "a tour of
// Chile and Peru on Monday to gather support" (the touring one's purpose),
// not "Chile and Peru agreed to meet", "leaders of Chile and Peru plan to
// meet". Only a "to" clause is parsed: a finite verb's subject is the
// group before it.
func (x *Extractor) otherSubject(d *doc, si int, cm cueMatch, group []int) bool {
	from := d.sents[si].From
	if cm.from-1 <= from || d.lw(cm.from-1) != "to" {
		return false
	}
	if d.visitedPlaces(&d.mentions[slices.Min(group)]) {
		return true // "a tour of Chile, Peru and Bolivia to gather support": places toured
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	subj, _ := subjectOf(toks, cm.from-from, d.words.relativePronouns.set)
	if subj < 0 {
		return false
	}
	for _, k := range group {
		if m := &d.mentions[k]; m.From >= from && syntax.Dominates(toks, subj, m.To-1-from) {
			return false
		}
	}
	return true
}

// visitedPlaces reports whether mention m opens the object of a trip
// noun's preposition (words.yaml visit_nouns): "a tour of Chile, Peru and
// Bolivia", "his visit to Lima". What is toured is no one's group of
// actors.
func (d *doc) visitedPlaces(m *Mention) bool {
	p := d.npStart(m) - 1
	return p-1 >= d.sents[m.sent].From && (d.lw(p) == "of" || d.lw(p) == "to") && d.in(p-1, d.words.visitNouns)
}

// agreementParties adds what an agreement phrase read as a "between" cue
// states of its parties besides their cooperation: each SUPPORTS the
// agreement, the signatory convention ("the 1994 trade agreement between
// Chile and Peru": SUPPORTS Chile -> the agreement, Peru -> the
// agreement). The cue's word must be the head of a named agreement
// mention; a new agreement resolved to an older one (indefiniteAgain) is
// not the older one's.
func (x *Extractor) agreementParties(d *doc, si int, ms []int, cm cueMatch, parties []int) {
	for _, k := range ms {
		a := &d.mentions[k]
		if a.Label != "Agreement" || a.Key == "" || cm.from < a.From || cm.from >= a.To || d.indefiniteAgain(a) {
			continue
		}
		for _, p := range parties {
			x.addRel(d, si, "SUPPORTS", "", &d.mentions[p], a, nil)
		}
		return
	}
}

// apposedToCueTitle reports whether mention n is a person apposed to a
// title that ends the cue ("recalled its ambassador, Pablo Gomez",
// "recalled its ambassador to Brazil, Pablo Gomez"): the cue's own noun
// named again, not a second party after it.
func (d *doc) apposedToCueTitle(ms []int, cm cueMatch, n int) bool {
	m := &d.mentions[n]
	if m.Label != "Person" || cm.to+1 >= len(d.toks) {
		return false
	}
	j := cm.to
	if c := d.mentionAt(ms, j+1); c >= 0 && d.in(j, d.words.objectPreps) && d.mentions[c].To < len(d.toks) && d.toks[d.mentions[c].To].Text == "," {
		j = d.mentions[c].To // "recalled its ambassador to Brazil, Pablo Gomez": past the title's complement
	} else if d.toks[j].Text != "," {
		return false
	}
	k := d.mentionPastTitles(ms, j+1, 1) // "its envoy, Ambassador Jane Roe"
	if k != n {
		return false
	}
	for _, k := range ms {
		if t := &d.mentions[k]; t.Kind == mTitle && t.To == cm.to {
			return true
		}
	}
	return false
}

// cueTargetRelations finds the targets of a cue (the subject for a
// passive; after the cue, or after its preposition, otherwise) and adds a
// relation from each source to each target. It returns the targets.
func (x *Extractor) cueTargetRelations(d *doc, si int, ms []int, cm cueMatch, sources []int, passive bool, parsed []int) []int {
	c, end := cm.c, d.sents[si].To
	rt := x.lex.relTypes[c.Type]
	srcKeys := map[string]bool{}
	for _, s := range sources {
		srcKeys[d.mentions[s].Key] = true
	}
	fits := x.targetFits(c, rt, srcKeys)
	if len(c.Targets) > 0 {
		narrowed := fits
		fits = func(m *Mention) bool {
			return narrowed(m) && !(m.Label == "Agreement" && d.indefiniteAgain(m)) // "signed an alternative deal": not the deal named before (credit.go)
		}
	}
	from, item := cm.to, -1
	if c.Prep != "" {
		p := -1
		if !c.verb && c.words[len(c.words)-1] == c.Prep {
			p = cm.to - 1 // "sales to", "aid to": the noun's own preposition
		}
		for j := cm.to; p < 0 && j < end && j < cm.to+10; j++ {
			if d.lw(j) == c.Prep {
				p = j
				break
			}
		}
		if p < 0 || c.PlaceLeft && !x.departureGap(d, ms, cm.to, p) {
			return nil
		}
		if x.infinitiveAfterCue(d, si, cm, p) {
			return nil // "offered to send observers to Lima": no recipient (infinitiveto.go)
		}
		if c.Item {
			if x.timeSpanGiven(d, cm.to, p) {
				return nil // "gave the Vorn envoys 48 hours to leave": a deadline, nothing supplied
			}
			item = d.rightArg(ms, cm.to, p-cm.to, func(m *Mention) bool { return x.lex.things[m.Label] })
		}
		from = p + 1
	} else if c.verb && len(c.Targets) > 0 && x.infinitiveAfterCue(d, si, cm, cm.to) {
		return nil // "continuing to press Peru on its missile programme": the infinitive's object, not the cue's
	}
	if c.verb && c.Prep == "" && !c.Reverse && from < end && d.in(from, d.words.objectPreps) && !d.toks[from].Capitalized() && d.lw(from) != "with" && d.lw(from) != "to" && d.lw(from) != "against" && !d.atLeast(from) {
		if x.nounCueOf(c, d.lw(from)) {
			from++ // "reaffirmed its support for Ukraine": the phrase's noun and its own preposition
		} else if c.Cameo != "" && rt.ActTarget && from == cm.to && d.lw(from) == "of" && d.judgedAct(d.lw(cm.to-1)) {
			from++ // "condemned the decision of Peru", "supported the efforts of ECOWAS": CAMEO's object noun is an act, its owner after "of" is judged
		} else if o := d.shiftedObject(from, end); o > 0 {
			from = o // "signed in Lima on Monday the Treaty of ...": the object after the adjuncts
		} else {
			from = end // "met on the sidelines of ...": no object
		}
	}
	win := window(c.Prep)
	if c.Window > 0 {
		win = c.Window
	}
	if from > cm.to && from < end && c.Prep == "" {
		win = 2 // the noun's own object, right after its preposition
	}
	if c.verb && !passive && !c.Reverse && c.Type == "CRITICIZES" && len(sources) > 0 && d.bareGovernmentObject(si, cm.to) {
		// "the opposition party accused the government of a 'surrender to
		// Lima'": the government is the one judged, never a state named
		// later in the charge
		if t := x.criticsOwnState(d, sources, si, cm.to); t >= 0 && fits(&d.mentions[t]) {
			for _, s := range sources {
				x.addOwnStateRel(d, si, c.Type, &d.mentions[s], &d.mentions[t], cueProps(c))
			}
			return []int{t}
		}
		return nil
	}
	var targets []int
	if c.verb && !passive && !c.Reverse && len(c.words) > 1 && c.words[1] == "as" {
		targets = d.objectBeforeAs(ms, cm, fits) // "lists Peru as a state sponsor of terrorism": not what follows "as"
	}
	for _, t := range parsed {
		if fits(&d.mentions[t]) && (len(c.words) < 2 || c.words[1] != "as") {
			targets = append(targets, t)
		}
	}
	if len(targets) == 0 {
		targets = x.askedObject(d, ms, cm, fits) // "called on Italy and Egypt to join" (asked.go)
	}
	if len(targets) == 0 && !c.verb && len(sources) == 1 && cm.to < end && (d.toks[cm.to].Text == "," || d.in(cm.to, d.words.relativePronouns) ||
		d.lw(cm.to) == "and" && cm.to+1 < end && (d.lw(cm.to+1) == "a" || d.lw(cm.to+1) == "an")) && d.cueLastPrep(c) == "" {
		// after the cue ends its description ("Chile, Peru's ally, ...",
		// "... ally who", "... ally and a member of the bloc"), its other
		// side is the apposition's head
		if t := d.appositionHead(ms, sources[0], fits); t >= 0 {
			targets = d.coordinatedBefore(ms, t, fits) // "Chile, Peru's ally, criticized Bolivia", "Chile, a Peru ally who met Bolivia": Chile, not Bolivia; "Chile and Peru, Bolivia's backers,": both
		}
	}
	if len(targets) == 0 && c.verb && !passive && !c.Reverse && x.lex.sets.stance.blaming[d.lw(cm.from)] {
		if t := d.blamedOn(ms, cm, end, fits); t >= 0 {
			targets = []int{t} // "blamed the bombing on Hezbollah", "a raid Chile has blamed on Hezbollah" (critic.go)
		}
	}
	gap, gapped := -1, false
	if len(targets) == 0 && c.verb && !passive && !c.Reverse && !c.Plural && len(sources) > 0 {
		gap, gapped = d.objectRelative(ms, cm, sources, fits) // "Hezbollah, which Iran backs,"
	}
	act, isAct := -1, false
	if len(targets) == 0 && !gapped && rt.ActTarget && !c.Reverse && len(sources) > 0 {
		act, isAct = x.actTarget(d, si, cm, passive, fits) // "criticized the decision": the decision's maker
		if !isAct && (c.verb || d.cueLastPrep(c) != "") && !passive {
			// "condemned the Russian bombing of X", "opposition to the Chilean plan" (eventobject.go)
			act, isAct = x.eventObjectDoer(d, si, ms, cm, sources, fits)
		}
	}
	n, bloc := d.rightArg(ms, from, win, fits), -1
	if n >= 0 && !c.verb && len(c.words) == 1 && c.Type == "COOPERATES_WITH" && cm.to < end && d.lw(cm.to) == "in" && d.mentions[n].Label == "Organization" {
		bloc, n = n, -1 // "Peru's partners in Mercosur", "its allies in NATO": the bloc they share, not a partner ("allies in Washington" are)
	}
	if n >= 0 && rt.BetweenSides {
		if k := d.possessedBody(ms, n, fits); k >= 0 {
			n = k // "aligned with Prime Minister Mota's Unity Party": the party
		}
	}
	if n >= 0 && c.verb && x.lex.sets.stance.violating[d.lw(cm.from)] && d.mentions[n].Label == "Organization" && d.isPossessor(&d.mentions[n]) {
		n = -1 // "breached the EU's energy rules": a body's norms broken, no stance on the body
	}
	if n >= 0 && c.verb && len(c.Targets) > 0 && x.possessedThing(d, n) {
		n = -1 // "addressed NATO's concerns", "received Putin's envoy": the possessor is not the narrowed target; "addressed the Senate's foreign relations committee" stays
	}
	if n >= 0 && d.apposedToCueTitle(ms, cm, n) {
		n = -1 // "recalled its ambassador, Pablo Gomez": the envoy named, not whom the measure is against
	}
	if n >= 0 && x.trailingSpeaker(d, n) {
		n = -1 // "Iran and Syria are allies, Lavrov said": the speaker, no target
	}
	if n >= 0 && c.verb && (x.isSaying(d.lw(cm.from)) || c.Type == "COMMUNICATES_WITH") && d.wordBetween(from, d.mentions[n].From, "that") {
		n = -1 // "told reporters that Moscow ...", "briefed lawmakers that Lima ...": what is told, not whom
	}
	if n >= 0 && rt.TargetList && x.toVerbBetween(d, from, d.mentions[n].From, c.Type) {
		n = -1 // "sent jets to strike the tanks": the tanks were not sent
	}
	owned := -1
	if (c.verb || d.cueLastPrep(c) == "of") && c.Type == "ATTACKS" && len(targets) == 0 {
		if passive && c.verb {
			owned = d.attackedWeaponSubject(ms, si, cm.from, fits) // "a Russian Su-24 was shot down"
		} else {
			owned = d.attackedWeaponOwner(ms, from, win, n, fits) // "shot down a Russian Su-24", "the downing of a Russian Su-24"
		}
	}
	switch {
	case gapped:
		if gap >= 0 {
			targets = []int{gap}
		}
	case owned >= 0:
		targets = d.weaponOwners(ms, owned, fits) // "sank American and British warships": both states'; weaponUse adds their DEPLOYS
	case isAct:
		if act >= 0 {
			targets = []int{act}
		}
	case passive && c.Prep == "" && rt.ActTarget && d.actApposition(si, cm.from):
		// "Chile, whose minister X visited Lima, has argued for it, a line
		// criticised by Peru", "Chile backed Bolivia, a move criticised by Peru": the
		// clause's subject made the act, not what the parse apposes
		if n := d.mainSubject(ms, si, cm.from, fits); n >= 0 {
			targets = []int{n}
		}
	case len(targets) > 0 && rt.TargetList:
		targets = x.listedAfter(d, ms, targets[0], cm)
	case len(targets) > 0:
	case passive && c.Prep == "" && d.reducedRelative(si, cm) && (d.modifiedMention(ms, si, cm, fits) >= 0 || x.unnamedGroup(d, si, cm)):
		if n := d.modifiedMention(ms, si, cm, fits); n >= 0 {
			targets = d.coordinatedBefore(ms, n, fits) // "drones built by Iran", "Iran and Syria, backed by Russia," (passive.go)
		}
	case passive && c.Prep == "" && d.sharedPassive(si, cm.from):
		// "Chile attacked Peru and was condemned by Bolivia": Chile, by
		// the parse, or else the main clause's subject
		if targets = x.sharedSubject(d, si, ms, cm.from, "", fits); len(targets) == 0 {
			if n := d.mainSubject(ms, si, cm.from, fits); n >= 0 {
				targets = []int{n}
			}
		}
	case passive && c.Prep == "":
		pivot := cm.from
		if k := d.conjoinedPassive(si, cm.from); k >= 0 {
			pivot = k // "was accepted by Peru and endorsed by Chile": what was accepted, not Peru (passive.go)
		}
		if n := d.planSubject(ms, d.leftArg(ms, pivot, fits), fits); n >= 0 && x.eventObject(d, n) {
			// "the attack on Israel was condemned by Egypt": the attack was, not Israel
		} else if n >= 0 && d.whereBetween(d.mentions[n].To, pivot) {
			// "the Security Council, where a draft was vetoed by Chile": the
			// council is where it happened; the unnamed draft was vetoed
		} else if n >= 0 {
			targets = d.coordinatedBefore(ms, n, fits) // "Iran and Syria were condemned by France"
		} else if n := d.agentBefore(ms, pivot, fits); n >= 0 && rt.ActTarget {
			targets = []int{n} // "the aid offered by the G7 was rejected by Brazil": the act's maker (passive.go)
		}
	case n >= 0 && d.participleAgent(from, end, &d.mentions[n]):
		// "overran the base in a night raid headed by the army chief, A":
		// the agent led the act (args.go), it was not attacked
	case n >= 0 && rt.TargetList:
		targets = x.listedAfter(d, ms, n, cm)
	case n >= 0 && c.verb && isActorMention(&d.mentions[n]) && x.nounCueBetween(d, from, d.mentions[n].From):
		// "condemned the attack on Ukraine", "voted for the expulsion of
		// Turkey": the actor is the target of the noun's event, not of the verb
	case n >= 0 && c.verb && !c.Reverse && d.additiveBetween(from, d.mentions[n].From):
		// "attended the summit, along with Zuma": Zuma attended too
	case n >= 0 && c.verb && d.partiesOfObject(from, d.mentions[n].From):
		// "welcomed the ceasefire between Israel and Hamas": the parties of
		// the object, not what the subject welcomed
	case n >= 0 && c.verb && x.otherCueAgent(d, from, d.mentions[n].From):
		// "supported the plan, a move condemned by Peru": Peru is the
		// agent of the other cue's participle, not what Chile supported
	case n >= 0 && c.verb && d.objectClause(from, d.mentions[n].From):
		// "would welcome any step that ends the blockade of Cuba": Cuba is
		// in the clause on the object, not what the subject welcomed
	case n >= 0 && c.verb && x.laterClauseSubject(d, si, ms, from, n, fits):
		// "rejected the plan and the opposition parties, A and B, called
		// for calm": A and B open the next clause as its subject, not the
		// rejected object
	case n >= 0 && c.verb && d.complementBetween(from, d.mentions[n].From):
		// "condemned the launch as a violation of UN resolutions": the
		// object was the launch; what follows "as" describes it
	case n >= 0 && c.Type == "BUILDS" && c.verb && d.participleAfterObject(ms, from, d.mentions[n].From):
		// "will construct a new highway crossing the X pipeline":
		// what the object's participle names is not built
	case n >= 0 && d.gerundBetween(from, d.mentions[n].From):
		// "allied with Kurdish groups in fighting ISIS": ISIS is the
		// gerund's object, not the cue's
	case n >= 0 && c.verb && d.mentions[n].Label != "Location" && d.objectSetting(from, d.mentions[n].From) && x.lex.sets.vicinityPreps.has(d.settingPrep(d.mentions[n].From)):
		// "killing ten people near the French Embassy", "told reporters
		// outside the embassy": the embassy is where the people were, not
		// what the attack reached or whom the words were for (a town so
		// named stays the target: "struck positions near Arica")
	case n >= 0 && d.gatheringPlace(&d.mentions[n]):
		// "issued statements supporting the San Jose talks": the place
		// names where the talks are held, not what is supported
	case n >= 0 && c.Type == "ATTACKS" && d.objectSetting(from, d.mentions[n].From) && d.settingPrep(d.mentions[n].From) == "across" && x.crossedLine(d, &d.mentions[n]):
		// "shelled villages across the Line of Control": what lies beyond
		// the line was hit, not the line ("positions across Shan State" stay)
	case n >= 0 && x.sideSetting(d, rt, from, &d.mentions[n]):
		// "supplied rifles to rebels in Bolivia", "talks with rebels in
		// Bolivia", "sanctions on firms in Bolivia": the place is where the
		// unnamed other side is, not that side ("officials in Lima" stay)
	case n >= 0 && c.verb && rt.ActTarget && d.objectSetting(from, d.mentions[n].From):
		// "will support the transition in Bamako", "opposes the deployment
		// near Narva": the place is where the object is, not what is judged
	case n >= 0 && !x.lex.things[d.mentions[n].Label] && d.planBetween(from, d.mentions[n].From):
		// "criticism of the decision to sanction Syria": Syria is the
		// decision's target; a thing planned still stands for the plan
	case n >= 0 && (c.Prep != "" || !d.thingBetween(ms, from, d.mentions[n].From, x.lex.things, fits) || c.Type == "ATTACKS" && d.weaponsOf(ms, from, n)):
		targets = d.coordinated(ms, n, fits)
		if c.verb || !d.opensSentence(ms, si, cm.from) {
			targets = d.subjectCut(targets) // "Sanctions on Iran and Syria were extended": the list is the subject's own
		}
		if len(targets) > 1 && d.apposedToCueTitle(ms, cm, targets[1]) {
			targets = targets[:1] // "recalled its ambassador to Brazil, Pablo Gomez": Brazil only
		}
	}
	if len(targets) == 0 && c.verb && !passive && !c.Reverse && c.Type == "CRITICIZES" && len(sources) > 0 {
		if t := x.criticsOwnState(d, sources, si, from); t >= 0 && fits(&d.mentions[t]) {
			// "the opposition leader A accused the government of lying":
			// A's own state (args.go), which AgainstOthers lets through
			for _, s := range sources {
				x.addOwnStateRel(d, si, c.Type, &d.mentions[s], &d.mentions[t], cueProps(c))
			}
			return []int{t}
		}
	}
	if len(targets) == 0 && !c.verb && len(sources) == 1 {
		if t := d.appositionHead(ms, sources[0], fits); t >= 0 {
			targets = d.coordinatedBefore(ms, t, fits) // "Chile, Peru's ally, protested"; "Egypt and the UAE, Haftar's backers,"
		} else if t := d.copulaHead(ms, sources[0], fits); t >= 0 {
			targets = d.coordinatedBefore(ms, t, fits) // "Chile is Peru's closest ally", "Chile and Bolivia are Peru's backers"
		}
	}
	if len(targets) == 0 && !c.verb && rt.TopicTarget && len(sources) > 0 && d.cueLastPrep(c) == "" {
		if t := d.topic(si, x.lex.things); t >= 0 {
			targets = []int{t} // "Moscow's opposition": to what was just discussed
		}
	}
	if c.verb && !c.Plural && !c.Reverse {
		targets = slices.DeleteFunc(targets, func(t int) bool {
			return x.conjoinedPredicateBetween(d, si, cm.to, d.mentions[t].From)
		})
	}
	if meetingTypes[c.Type] && !c.Reverse {
		targets = slices.DeleteFunc(targets, func(t int) bool {
			return d.topicBefore(from, &d.mentions[t]) // "spoke to reporters about Chile", "met officials about Peru": spoken of
		})
	}
	if c.Then != "" {
		notThen := func(t int) bool {
			m := &d.mentions[t]
			if m.To+1 < end && (d.toks[m.To+1].Capitalized() || d.toks[m.To+1].Kind == Number) {
				return true // "joined Putin in Helsinki", "in 2004": a place or a date, not an act
			}
			return x.notThenAfter(d, c, d.unnamedConjunctEnd(d.demonymHeadEnd(m, end, c.Then), end, c.Then), end)
		}
		if len(targets) < 2 || notThen(targets[len(targets)-1]) {
			targets = slices.DeleteFunc(targets, notThen)
		} // else the coordinated list is asked as one, its last conjunct before the Then word: "asked Brazil and Peru to mediate"
	}
	if c.Reverse {
		sources, targets = targets, sources
	}
	typ := x.contactType(d, si, cm) // once for every pair: a meeting held by telephone is a call
	guests := false                 // a named person received: the persons listed after him are guests too
	for _, t := range targets {
		srcs := sources
		if rt.OwnedTarget && !c.verb && d.mentions[t].Owner >= 0 {
			srcs = []int{d.mentions[t].Owner} // "deployment of an advanced U.S. missile system"
		}
		for _, s := range srcs {
			props := cueProps(c)
			if item >= 0 {
				props["item"] = d.mentions[item].Name
			}
			x.targetProps(d, si, ms, cm, rt, t, props)
			if x.received(d, ms, cm, t) || guests && x.listedGuest(d, cm, t) {
				guests = true
				x.addRel(d, si, "MET_WITH", "", &d.mentions[s], &d.mentions[t], nil) // "welcomed Zelensky to Paris"
				continue
			}
			if c.Type == "MET_WITH" && c.verb && x.lex.sets.receptionVerbs.has(c.words[0]) {
				continue // a reception is only of the person named as its object: not "received a call from X"
			}
			if c.Type == "MET_WITH" && x.hostsBase(d, si, c, &d.mentions[s], &d.mentions[t]) {
				x.addRel(d, si, "SUPPORTS", "", &d.mentions[s], &d.mentions[t], nil) // "Chile hosts the Kestrel Front"
				continue
			}
			if c.Type == "COMMUNICATES_WITH" && c.verb && len(c.words) == 1 && c.words[0] == "tell" && !x.toldChannel(d, si, cm.from, &d.mentions[s], &d.mentions[t]) {
				continue
			}
			x.addRel(d, si, typ, c.Fallback, &d.mentions[s], &d.mentions[t], props)
		}
	}
	if bloc >= 0 && d.mentions[bloc].Sort == "international" {
		// "Chile, Peru's partner in NATO": both partners are members of the
		// bloc they share, as "NATO member Chile" says
		for _, k := range slices.Concat(sources, targets) {
			if isCountry(&d.mentions[k]) {
				x.addRel(d, si, "MEMBER_OF", "", &d.mentions[k], &d.mentions[bloc], nil)
			}
		}
	}
	if !c.Reverse && len(targets) > 0 {
		x.sideAgainst(d, si, ms, c.Type, sources, targets[len(targets)-1])
	}
	if c.verb && rt.Symmetric && len(targets) > 0 {
		// "met Ana Ruiz in Lima, together with Luis Soto": one more party
		for _, p := range d.trailingPartners(ms, si, d.mentions[targets[len(targets)-1]].To, fits) {
			for _, s := range sources {
				x.addRel(d, si, typ, c.Fallback, &d.mentions[s], &d.mentions[p], cueProps(c))
			}
		}
	}
	return targets
}

// laterClauseSubject reports whether mention n, the first target after a
// verb cue's object starting at toks[from], stands after an "and" in a
// noun phrase (or its apposition) that a comma and a verb close, maybe
// after auxiliaries, the verb one the parse reads as a clause's own (root,
// conjunct or parataxis; no participle before "by"): in "rejected the plan
// and the opposition parties, A and B, called for calm" A and B are the
// subject of "called", not objects of "rejected". "rejected the plan and
// the proposal of A and B" (no verb after them) and "condemned A and B,
// backed by C," keep them. The parse is read only when an "and" stands
// before n and a comma and a lower-case word follow the list.
func (x *Extractor) laterClauseSubject(d *doc, si int, ms []int, from, n int, fits func(*Mention) bool) bool {
	m := &d.mentions[n]
	if !d.wordBetween(from, m.From, "and") {
		return false
	}
	list := d.coordinated(ms, n, fits)
	last := &d.mentions[list[len(list)-1]]
	end := d.sents[si].To
	i := d.afterAcronym(last)
	if i+1 < end && d.toks[i].Text == "," && d.opensApposition(ms, i+1) {
		for k := i + 2; k < end && k <= i+9; k++ {
			if t := d.toks[k]; t.Text == "," && d.apposedNoun(k-1) {
				i = k // "and A, the main opposition party, demanded": past the apposition
				break
			} else if t.Kind == Punct && t.Text != "'s" && !isHyphen(t.Text) {
				break
			}
		}
	}
	if i+1 >= end || d.toks[i].Text != "," || d.toks[i+1].Kind != Word || d.toks[i+1].Capitalized() {
		return false
	}
	j := i + 1
	for j+1 < end && d.auxiliary(d.lw(j)) {
		j++ // "A and B, have called": the clause's own auxiliary
	}
	if j+1 < end && d.lw(j+1) == "by" {
		return false // "A and B, backed by C,": a participle on them
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	s := d.sents[si].From
	v := toks[j-s]
	rel := strings.SplitN(v.Deprel, ":", 2)[0]
	return v.UPOS == "VERB" && (rel == "root" || rel == "conj" || rel == "parataxis")
}

// objectSetting reports whether toks[i:j], between a verb and a mention,
// are an unnamed object and a place preposition ("the political
// transition in", "the new base near the"): the mention is then the
// object's setting.
func (d *doc) objectSetting(i, j int) bool {
	p := j - 1
	if p > i && d.lw(p) == "the" {
		p--
	}
	if p <= i || !d.in(p, d.words.placePreps) {
		return false
	}
	for k := i; k < p; k++ {
		if t := d.toks[k]; t.Kind == Word && !t.Capitalized() && !determiners[t.lower] && !followers[t.lower] {
			return true
		}
	}
	return false
}

// sideSetting reports whether place m, after an unnamed object and a
// place preposition right after a cue ("to rebels in Bolivia", "on
// companies in Peru"), names where that object is rather than the
// relation's other side: for a type between two sides, or one whose
// targets are never places (SUPPLIES, SANCTIONS). A place may still be an
// attack's or a visit's target ("a visit to camps in Jordan"), and a state's
// people named by a noun of words.yaml state_people before the
// preposition stand for the state ("talks with officials in Lima"). The
// word before the preposition is a noun by the parse: "invested heavily in
// Peru" keeps Peru.
func (x *Extractor) sideSetting(d *doc, rt schema.RelationType, from int, m *Mention) bool {
	if m.Label != "Country" && m.Label != "Location" || !rt.BetweenSides && slices.Contains(rt.Targets, "Location") || !d.objectSetting(from, m.From) {
		return false
	}
	p := m.From - 1
	if d.lw(p) == "the" {
		p--
	}
	if p-1 < from || d.in(p-1, d.words.statePeople) {
		return false
	}
	toks := x.parseOf(d, m.sent) // a noun before the preposition: not "invested heavily in Peru"
	return toks != nil && toks[p-1-d.sents[m.sent].From].UPOS == "NOUN"
}

// crossedLine reports whether place m is a line one acts across: a
// river, sea or strait (waters), or a name ending in a word of words.yaml
// line_heads ("the Line of Control" is not: its first word; "the Durand
// Line", "the Blue Line").
func (x *Extractor) crossedLine(d *doc, m *Mention) bool {
	return x.waters(d, m) || d.in(m.To-1, x.lex.sets.lineHeads) || d.in(m.From, x.lex.sets.lineHeads)
}

// gatheringPlace reports whether mention m names a place (not a state,
// which may be a party: "the Iran talks") that modifies the gathering noun
// of words.yaml gathering_nouns right after it: "the San Jose talks", "the
// Lima summit". The place is where the gathering is held.
func (d *doc) gatheringPlace(m *Mention) bool {
	if m.Label != "Location" || m.Kind != mName || m.To >= d.sents[m.sent].To {
		return false
	}
	t := d.toks[m.To]
	return t.Text == t.lower && t.in(d.words.gatheringNouns)
}

// settingPrep returns the preposition before the mention at token j, past
// a "the" ("near the embassy": "near"); "" at the sentence's start.
func (d *doc) settingPrep(j int) string {
	p := j - 1
	if p >= 0 && d.lw(p) == "the" {
		p--
	}
	if p < 0 {
		return ""
	}
	return d.lw(p)
}

// objectRelative reports whether verb cue cm stands in an object
// relative clause, its subject the sources right after "which", "whom" or
// "that" ("Hezbollah, which Iran has long backed,", "the militia that Iran
// arms"): its object is the relative pronoun's antecedent, returned when
// it is a fitting mention (else -1), and never a mention after the verb.
// After "that" with no such antecedent, the clause may be a statement
// ("warned that Iran will strike X"), so nothing is decided.
func (d *doc) objectRelative(ms []int, cm cueMatch, sources []int, fits func(*Mention) bool) (int, bool) {
	first, last := &d.mentions[sources[0]], &d.mentions[sources[0]]
	for _, s := range sources {
		if m := &d.mentions[s]; m.From < first.From {
			first = m
		} else if m.To > last.To {
			last = m
		}
	}
	from := d.sents[first.sent].From
	r := d.npStart(first) - 1
	if r <= from || !d.in(r, d.words.relativePronouns) || d.lw(r) == "who" || last.To > cm.from || cm.from-last.To > 3 {
		return -1, false
	}
	if d.lw(r) == "that" && cm.to < d.sents[first.sent].To && !objectPhraseEnds(d, cm.to) {
		return -1, false // "told a briefing in Moscow that Georgian artillery had shelled Russian peacekeepers": a clause with its own object
	}
	if d.lw(r) == "that" {
		for k := r - 1; k >= from && k >= r-6; k-- {
			if d.in(k, d.words.speechVerbs) {
				return -1, false // "told reporters at Government House that Chile remained committed to": what was told, no relative clause
			}
		}
	}
	for k := last.To; k < cm.from; k++ {
		if t := d.toks[k]; t.Kind != Word || t.Text != t.lower {
			return -1, false // "which Iran, unlike Syria, backs": not a plain subject and verb
		}
	}
	j := r // the antecedent ends before the pronoun or its comma
	if d.toks[j-1].Text == "," {
		j--
	}
	if j-3 > from && d.toks[j-1].Text == ")" && d.toks[j-3].Text == "(" {
		j -= 3 // "the Kurdistan Workers' Party (PKK), which": the name before its acronym
	}
	if a := d.mentionEnding(ms, j, keyed); a >= 0 && d.mentions[a].Arg && fits(&d.mentions[a]) {
		return a, true
	} else if a >= 0 {
		if p := d.beforeParties(ms, a, fits); p >= 0 {
			return p, true // "the pact between A and B, which C signed": the pact
		}
	}
	return -1, d.lw(r) != "that" // "warned that it will strike X": "that" opens a clause of saying too
}

// actorModifier reports whether the noun at toks[i] is, as the parse
// reads it, a compound or adjectival modifier of the lower-case actor noun
// right after it (words.yaml actor_nouns, namecues acronym_heads): "the
// main opposition force", "opposition lawmakers", "aid agencies" name a
// kind of actor, and no act of opposing or supplying anyone. "an aid
// package for Chile" (a package is no actor) is still aid.
func (x *Extractor) actorModifier(d *doc, si, i int) bool {
	if i+1 >= d.sents[si].To || d.toks[i+1].Capitalized() {
		return false
	}
	w := d.lw(i + 1)
	if !x.lex.sets.actorNouns.has(w) && !x.lex.sets.cues.acronymHeads[w] {
		return false
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	from := d.sents[si].From
	rel := strings.SplitN(toks[i-from].Deprel, ":", 2)[0]
	return (rel == "compound" || rel == "amod") && toks[i-from].Head+from == i+1
}

// stanceComplements are the prepositions that open what a stance noun is
// held against or by whom: "opposition to the plan", "the opposition of
// Peru to it", "resistance from Chile".
var stanceComplements = set{"to": true, "against": true, "from": true, "toward": true, "towards": true, "of": true, "by": true, "over": true}

// dissentGroup reports whether the noun at toks[i], one that names both a
// stance and the dissenters who hold it (words.yaml dissent_nouns:
// "opposition"), names the dissenters there: determined by "the" (as the
// parse reads it, past modifiers) with no stance complement after it ("talks between the
// government and the opposition", "met the Peruvian opposition in
// Lima"), or owning something ("the opposition's council"). A stance has a
// holder or what it is against: "Peru's opposition", "its opposition",
// "the opposition to the plan".
func (x *Extractor) dissentGroup(d *doc, si, i int) bool {
	s := d.sents[si]
	if !d.in(i, d.words.dissentNouns) {
		return false
	}
	if i+1 < s.To {
		if t := d.toks[i+1].Text; t == "'s" || t == "'" || t == "’" {
			return true // "the opposition's council": a stance owns nothing
		}
		if stanceComplements[d.lw(i+1)] {
			return false
		}
	}
	if i > s.From && d.lw(i-1) == "the" {
		return true
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	for _, k := range syntax.Children(toks, i-s.From) {
		if toks[k].Deprel == "det" && strings.EqualFold(toks[k].Text, "the") {
			return true // "the Peruvian opposition"
		}
	}
	return false
}

// nameModifier reports whether the lower-case noun at toks[i] and the
// organization's name right after it are one noun phrase, as the parse
// reads it: the noun a compound or adjectival modifier of the name ("the
// opposition Kestrel Party"), or the name the noun's apposition or
// compound. "the attack Kestrel Front launched" (the name a relative
// clause's subject) is no such phrase.
func (x *Extractor) nameModifier(d *doc, si int, ms []int, i int) bool {
	n := d.mentionAt(ms, i+1)
	if n < 0 || d.toks[i].Capitalized() || d.mentions[n].Label != "Organization" || d.mentions[n].Kind != mName {
		return false
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return false
	}
	from := d.sents[si].From
	m := &d.mentions[n]
	rel := func(k int) string { return strings.SplitN(toks[k-from].Deprel, ":", 2)[0] }
	if t := toks[i-from]; (rel(i) == "compound" || rel(i) == "amod") && t.Head+from >= m.From && t.Head+from < m.To {
		return true
	}
	for h := m.From; h < m.To; h++ {
		if head := toks[h-from].Head + from; head < m.From || head >= m.To {
			// the name's own head: an apposition or compound of the noun
			return head == i && (rel(h) == "appos" || rel(h) == "compound" || rel(h) == "flat")
		}
	}
	return false
}

// beforeParties returns the fitting mention that the parties ending with
// mention k follow, after "between" ("the trade agreement between Chile
// and Peru"): the head of the phrase the parties belong to, which a
// relative pronoun after them may refer to. -1 if there is none.
func (d *doc) beforeParties(ms []int, k int, fits func(*Mention) bool) int {
	group := d.coordinatedBefore(ms, k, keyed)
	first := &d.mentions[group[0]]
	b := d.npStart(first) - 1
	if b <= d.sents[first.sent].From || d.lw(b) != "between" {
		return -1
	}
	if h := d.mentionEnding(ms, b, keyed); h >= 0 && d.mentions[h].Arg && fits(&d.mentions[h]) {
		return h
	}
	return -1
}

// nounCueOf reports whether verb phrase c ends in a noun that, with the
// preposition prep after it, is a noun cue of the same type: "reaffirm
// support" then "for" is the noun cue "support for", so the mention after
// "for" is the target ("voiced its support for Ukraine"). "condemn the
// killing of X" is no CRITICIZES of X: "killing of" is another type's cue.
func (x *Extractor) nounCueOf(c *compiledCue, prep string) bool {
	if len(c.words) < 2 {
		return false
	}
	last := c.words[len(c.words)-1]
	for _, n := range x.cues[last] {
		if !n.verb && n.Type == c.Type && len(n.words) == 2 && n.words[1] == prep {
			return true
		}
	}
	return false
}

// targetFits returns which mentions may be the target of cue c: those
// whose label rt takes (or c's fallback type takes, for things), other
// than the sources.
func (x *Extractor) targetFits(c *compiledCue, rt schema.RelationType, srcKeys map[string]bool) func(*Mention) bool {
	return func(m *Mention) bool {
		if srcKeys[m.Key] || len(c.Targets) > 0 && !slices.Contains(c.Targets, m.Label) {
			return false // the source itself; a label the cue narrows away ("withdrew from Syria")
		}
		return slices.Contains(rt.Targets, m.Label) ||
			c.Fallback != "" && x.lex.things[m.Label] && slices.Contains(x.lex.relTypes[c.Fallback].Targets, m.Label)
	}
}

// cueProps returns the properties every relation of cue c starts with:
// its CAMEO event code, where it has one.
func cueProps(c *compiledCue) map[string]string {
	props := map[string]string{}
	if c.Cameo != "" {
		props["cameo"] = c.Cameo
	}
	return props
}

// attackedWeaponOwner returns the owner of the weapon an attack verb's
// object (or an attack noun's after "of") names, when a demonym owns it
// and opens the object before any other mention, within win tokens of
// token from: "shot down a Russian Su-24", "hit Iranian drones", "the
// downing of a Russian Su-24 by Turkey". The
// attack is on the owner, as "shot down a Russian plane" is (ATTACKS takes
// no weapon as target), and the owner had the weapon in service. A maker
// owns nothing ("Russian-made jets", compound.go); a target the object
// reaches first stays (n: "struck Syria's Russian jets" is Syria's). -1
// if none.
func (d *doc) attackedWeaponOwner(ms []int, from, win, n int, fits func(*Mention) bool) int {
	for _, k := range ms {
		w := &d.mentions[k]
		if w.From < from || w.Label != "WeaponSystem" || w.Key == "" || w.Owner < 0 {
			continue
		}
		o := &d.mentions[w.Owner]
		if o.Kind != mAdjective || o.From < from || o.From >= from+win || !fits(o) || n >= 0 && d.mentions[n].From < o.From {
			return -1
		}
		for _, j := range ms {
			if m := &d.mentions[j]; m.From >= from && m.From < o.From && m.Key != "" {
				return -1 // "struck the base's Russian jets": another mention opens the object
			}
		}
		return w.Owner
	}
	return -1
}

// attackedWeaponSubject returns the owner of the weapon that is the
// passive subject of the attack verb at toks[v], its demonym owner right
// before it with only the verb's auxiliaries between, past the model's
// class noun ("a Russian Su-24 was shot down", "two Ukrainian Mi-8
// helicopters have been hit"): the attack is on the owner
// (attackedWeaponOwner). -1 if none.
func (d *doc) attackedWeaponSubject(ms []int, si, v int, fits func(*Mention) bool) int {
	b := d.verbGroupStart(d.sents[si].From, v, 3, func(j int) bool { return d.auxiliary(d.lw(j)) || d.in(j, d.words.beForms) })
	if b == v {
		return -1
	}
	w := d.mentionEnding(ms, b, func(m *Mention) bool { return m.Label == "WeaponSystem" && m.Key != "" })
	if w < 0 {
		w = d.mentionBeforeClass(ms, d.sents[si].From, b) // "a Russian Su-24 bomber was struck"
	}
	if w < 0 || d.mentions[w].Owner < 0 {
		return -1
	}
	if o := &d.mentions[d.mentions[w].Owner]; o.Kind != mAdjective || !fits(o) {
		return -1
	}
	return d.mentions[w].Owner
}

// thingBetween reports whether a weapon system, program or agreement that
// cannot be the target stands between tokens i and j: in "equip the sites
// with offensive weapons aimed at Russia" the object was the weapons.
func (d *doc) thingBetween(ms []int, i, j int, things set, fits func(*Mention) bool) bool {
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From >= i && m.To <= j && m.Key != "" && things[m.Label] && !fits(m) {
			return true
		}
	}
	return false
}

// window is how far after a cue (or its preposition) the target may start.
func window(prep string) int {
	if prep != "" {
		return 5
	}
	return 11
}

// listedAfter returns the targets of a TargetList cue: the first and the
// mentions of its label listed after it, "10 interceptor missiles in Poland
// and radar in the Czech Republic". After a launching verb an aim word ends
// the list: "fired missiles at air-defence sites" fired no sites.
func (x *Extractor) listedAfter(d *doc, ms []int, first int, cm cueMatch) []int {
	out := []int{first}
	typ, launch := cm.c.Type, d.in(cm.from, d.words.launchVerbs)
	for _, k := range ms {
		m := d.mentions[k]
		if m.From <= d.mentions[first].From || m.Label != d.mentions[first].Label || m.Key == "" {
			continue
		}
		// stop at a clause boundary
		stop := false
		for i := d.mentions[out[len(out)-1]].To; i < m.From; i++ {
			if d.toks[i].Text == ";" || x.isSaying(d.toks[i].lower) || d.lw(i) == "but" || d.lw(i) == "while" || x.toVerb(d, i, typ) || launch && d.in(i, d.words.aimWords) {
				stop = true // "sent jets to strike the tanks": the tanks are struck, not sent
			}
		}
		if stop || m.From-d.mentions[out[len(out)-1]].To > 8 {
			break
		}
		out = append(out, k)
	}
	return out
}

// targetProps fills the properties of rt that are read around target t:
// quantity, location (also written as a Places relation), cost and status.
func (x *Extractor) targetProps(d *doc, si int, ms []int, cm cueMatch, rt schema.RelationType, t int, props map[string]string) {
	m := d.mentions[t]
	s := d.sents[si]
	has := func(p string) bool { return slices.Contains(rt.Properties, p) }
	if q := m.From - 1; has("quantity") && q >= s.From && (d.toks[q].Kind == Number || numberWords[d.lw(q)]) {
		props["quantity"] = d.toks[q].Text
	}
	i := m.To
	if has("location") && i+1 < s.To && (d.lw(i) == "in" || d.lw(i) == "to" || d.lw(i) == "on") {
		j := i + 1
		if d.lw(j) == "the" {
			j++
		}
		if n := d.mentionAt(ms, j); n >= 0 && (d.mentions[n].Label == "Country" || d.mentions[n].Label == "Location") {
			props["location"] = d.mentions[n].Name
			for _, pt := range x.lex.placeTypes {
				x.addRel(d, si, pt, "", &d.mentions[t], &d.mentions[n], nil)
			}
		}
	}
	if has("cost") {
		if loc := money.FindString(d.text[d.toks[cm.from].Start:s.End]); loc != "" {
			props["cost"] = loc
		}
	}
	if has("status") {
		props["status"] = "current"
		for i := max(s.From, cm.from-3); i < cm.from; i++ {
			if intent[d.lw(i)] || d.lw(i) == "to" {
				props["status"] = "planned"
			}
		}
	}
}

// topic returns the last thing (weapon system, program, agreement) named
// in the few sentences before si (inclusive): what "Moscow's opposition"
// is to.
func (d *doc) topic(si int, things set) int {
	end, _ := slices.BinarySearchFunc(d.mentions, si+1, func(m Mention, s int) int { return m.sent - s })
	for k := end - 1; k >= 0; k-- {
		m := d.mentions[k]
		if si-m.sent > 4 {
			return -1
		}
		if m.Key != "" && things[m.Label] {
			return k
		}
	}
	return -1
}

// relativeVerb reports whether the past form at toks[i] (-ed or an
// irregular past: "struck", "shot") follows a relative "that": "the
// airstrike that killed", "the missile that shot down" are verbs, "that
// attack" a noun.
func relativeVerb(d *doc, i int) bool {
	return d.lw(i-1) == "that" && d.participle(i)
}

// adverbAt reports whether toks[j] is an adverb that may stand inside a
// verb group: an -ly word or one of words.yaml count_adverbs ("was
// later", "was sharply", "and later handed over").
func (d *doc) adverbAt(j int) bool {
	w := d.lw(j)
	return strings.HasSuffix(w, "ly") || d.words.countAdverbs.has(w)
}

// sharedPassive reports whether the passive participle at token i opens
// no clause of its own but shares the subject of an earlier verb: its
// form of "be" follows "and" or "but" ("Chile attacked Peru and was
// condemned by Bolivia") or "only to" ("Chile spoke, only to be rebuked
// by Peru"). Its subject is the earlier verb's (sharedSubject), not the
// nearest name before it.
func (d *doc) sharedPassive(si, i int) bool {
	from := d.sents[si].From
	j := d.verbGroupStart(from+1, i, 2, d.adverbAt) - 1 // "was later", "was sharply"
	if j <= from || !d.in(j, d.words.beForms) {
		return false
	}
	if d.lw(j) == "be" {
		return d.onlyTo(from, j-1)
	}
	if j-1 > from && d.adverbAt(j-1) {
		j-- // "and later was"
	}
	return d.conjoinedVerb(si, j)
}

// conjoinedVerb reports whether the verb at token i follows "and" or
// "but" straight after an earlier clause of the same sentence ("urged B
// to act and spoke with C", "condemned A but praised B", "thanked A and
// B, and called on C"): its subject is then shared with the verb before
// the conjunction (the parse decides, see sharedSubject). A phrase
// opening with a preposition may stand between the conjunction and the
// verb, closed by a comma ("met on Monday and, in a statement by its
// chair, Ana Soto, condemned Peru": the council, not the chair).
func (d *doc) conjoinedVerb(si, i int) bool {
	from := d.sents[si].From
	// the auxiliaries and adverbs before it: "and had informed", "and will
	// also ask", "but has since written" open the second verb of a clause
	// as a bare "and informed" does
	i = d.verbGroupStart(from+1, i, 3, func(j int) bool { return d.auxiliary(d.lw(j)) || d.adverbAt(j) })
	if i-2 >= from && (d.lw(i-1) == "and" || d.lw(i-1) == "but") && (d.toks[i-2].Kind != Punct || d.toks[i-2].Text == "," || d.quoteClosedAt(from, i-2)) {
		return true // also after a quote the first verb's object ends in: 'called the remarks "a threat" and urged'
	}
	return d.adjunctConjunction(from, i) >= 0
}

// quoteClosedAt reports whether toks[j] is a quotation mark that closes
// a quoted word right before it ('"a threat"'), not one that opens.
func (d *doc) quoteClosedAt(from, j int) bool {
	return j-1 >= from && quoteOf(d.toks[j].Text).closes && d.toks[j-1].Kind == Word
}

// adjunctConjunction returns the "and" or "but" that opens a phrase
// between it and the verb at token i: a comma ends the words before the
// verb and, within a dozen words before it, the conjunction (after a word
// or a comma) is followed by a preposition, with no other clause's mark
// between ("and in a statement by its chair, Ana Soto, condemned"). -1 if
// none.
func (d *doc) adjunctConjunction(from, i int) int {
	const reach = 16 // "and in a statement by its president, Ambassador Ana Soto of Chile,"
	if i-3 < from || d.toks[i-1].Text != "," {
		return -1
	}
	for j := i - 2; j > from && j >= i-reach; j-- {
		w := d.lw(j)
		if t := d.toks[j]; t.Kind == Punct && t.Text != "," || d.words.relativePronouns.has(w) || d.words.subordinators.has(w) {
			return -1
		}
		if w != "and" && w != "but" {
			continue
		}
		k := j + 1
		if d.toks[k].Text == "," {
			k++ // "and, in a statement,"
		}
		if p := d.lw(k); k < i-1 && d.words.objectPreps.has(p) && p != "of" && (d.toks[j-1].Kind != Punct || d.toks[j-1].Text == ",") {
			return j
		}
		return -1
	}
	return -1
}

// verbBeforeAdjunct returns the finite verb of the clause before the
// conjunction that opens a phrase before the verb at token i
// (adjunctConjunction: "The council met on Monday and in a statement by
// its chair, Ana Soto, condemned": met), for when the parse, misled by
// the phrase, conjoins the second verb to nothing. -1 if none.
func (x *Extractor) verbBeforeAdjunct(d *doc, si, i int) int {
	from := d.sents[si].From
	j := d.adjunctConjunction(from, i)
	if j < 0 {
		return -1
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return -1
	}
	for k := j - 1; k >= from; k-- {
		t := toks[k-from]
		if t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP") && (t.Deprel == "root" || t.Deprel == "conj") {
			return k
		}
	}
	return -1
}

// sharedDeprels are the relations by which a verb hangs on a verb whose
// subject it shares.
var sharedDeprels = set{"conj": true, "advcl": true}

// sharedSubject returns the subject that the verb at token i, conjoined to
// an earlier verb or an adverbial clause of it, shares with it ("A urged B
// to act and spoke with C", "A joined B in fighting C": A, never B, the
// nearest mention before the second verb). The parse says which verb it
// hangs on; the subject is the fitting mention before that verb. lemma is the cue's verb: an inflected form ("spoke")
// is finite, not one more infinitive ("urged B to act and speak"). nil
// when the parse says otherwise.
func (x *Extractor) sharedSubject(d *doc, si int, ms []int, i int, lemma string, fits func(*Mention) bool) []int {
	h := x.conjoinedHead(d, si, i, lemma)
	if h < 0 {
		return nil
	}
	n := d.leftArg(ms, h, fits)
	if n < 0 {
		return nil
	}
	return d.coordinatedBefore(ms, n, fits)
}

// conjoinedHead returns the document token of the earlier verb that the
// verb at token i is conjoined to or hangs on as an adverbial clause, by
// the parse (see sharedSubject); -1 if there is none.
func (x *Extractor) conjoinedHead(d *doc, si, i int, lemma string) int {
	toks := x.parseOf(d, si)
	from := d.sents[si].From
	if toks == nil || !sharedDeprels[toks[i-from].Deprel] {
		return -1
	}
	h := toks[i-from].Head
	for inflected := lemma != "" && d.lw(i) != lemma; inflected && h >= 0 && toks[h].XPOS == "VB" && toks[h].Deprel == "xcomp"; {
		h = toks[h].Head // "urged B to act and spoke with C": a finite verb is not conjoined to the infinitive
	}
	if t := toks[i-from]; h >= 0 && (finiteTags[t.XPOS] || t.XPOS == "VBN") && (toks[h].UPOS != "VERB" || toks[h].XPOS == "VBG") {
		if a := finiteAncestor(toks, h); a >= 0 {
			h = a // "accused A of staging a coup and called on B": conjoined to "staging" or "coup", the verb is accused's
		}
	}
	if h < 0 || h >= i-from || toks[h].UPOS != "VERB" {
		return -1
	}
	if r := reportingHead(toks, i-from, h); r >= 0 {
		h = r
	}
	return from + h
}

// reportingHead returns the verb of saying toks[h] reports for, when the
// simple past toks[i] the parse conjoins to toks[h] cannot share its
// tense: toks[h] is the head of a reported clause (ccomp) in the present
// ("said Cyprus has the right to explore and urged Turkey to refrain")
// whose reporting verb is in the simple past. The past verb goes on the
// narrative, the reporting verb's: the speaker urged, not the one
// reported on. A perfect is no such sign: "said Ottawa had frozen assets
// and halted imports" shares its "had". Else -1.
func reportingHead(toks []syntax.Token, i, h int) int {
	if toks[i].XPOS != "VBD" || toks[h].Deprel != "ccomp" || toks[h].XPOS != "VBZ" && toks[h].XPOS != "VBP" {
		return -1
	}
	if r := toks[h].Head; r >= 0 && r < h && toks[r].UPOS == "VERB" && toks[r].XPOS == "VBD" {
		return r
	}
	return -1
}

// finiteTags are the tags of a finite verb.
var finiteTags = set{"VBD": true, "VBZ": true, "VBP": true}

// finiteAncestor returns the nearest finite verb at or above toks[h] in
// the parse, at most four heads up, or -1: a finite verb that the parse
// conjoins to a noun shares the subject of the clause that noun is in.
func finiteAncestor(toks []syntax.Token, h int) int {
	for k := 0; k < 5 && h >= 0; k++ {
		if toks[h].UPOS == "VERB" && finiteTags[toks[h].XPOS] {
			return h
		}
		h = toks[h].Head
	}
	return -1
}

// lastWordAfter reports whether the last word of cue c's phrase, or its
// plural, stands in toks[i+1:end], as every way cuesAt matches a phrase of
// several words needs (matchRest, objectEnd, objectHead, adjunctPrep); a
// one-word cue, or a phrase that ends in an article (which matchRest may
// skip), always may. Most candidate phrases of a word fail this: cuesAt
// asks it before the tests of the words around the cue.
func lastWordAfter(d *doc, c *compiledCue, i, end int) bool {
	if len(c.words) == 1 || c.lastArticle {
		return true
	}
	w := c.words[len(c.words)-1]
	for _, t := range d.toks[i+1 : end] {
		if wordOrPlural(t.lower, w) {
			return true
		}
	}
	return false
}

// wordOrPlural reports whether lw is the word w or w+"s" (without
// building that string).
func wordOrPlural(lw, w string) bool {
	return lw == w || len(lw) == len(w)+1 && lw[len(w)] == 's' && lw[:len(w)] == w
}

// wordBetween reports whether word w stands in toks[i:j].
func (d *doc) wordBetween(i, j int, w string) bool {
	for k := i; k < j; k++ {
		if d.lw(k) == w {
			return true
		}
	}
	return false
}

// topicBefore reports whether mention m, after a contact cue whose
// hearer starts at toks[from], is the topic spoken of rather than the
// hearer: a topic preposition of words.yaml (topic_prepositions, one word
// or a phrase: "on the subject of") stands between ("spoke to reporters about Chile", "a call with Lima regarding
// the war in Peru"), or a near_topic_preps one right before m, after
// "the" at most ("briefed lawmakers on Peru"; "briefed on Monday the
// Peruvian envoy" keeps the envoy). "spoke to Chile about Peru" keeps
// Chile: nothing stands between.
func (d *doc) topicBefore(from int, m *Mention) bool {
	for k := from; k < m.From; k++ {
		if d.phraseEnd(d.words.topicPreps, k, m.From) > k {
			return true
		}
	}
	p := m.From - 1
	if p > from && d.lw(p) == "the" {
		p--
	}
	return p >= from && d.in(p, d.words.nearTopicPreps) // "called on the Chilean envoy": the cue's own "on"
}

// objectBeforeAs returns the object of a verb cue written "V as ..."
// ("list as a terrorist", "list as a state sponsor of terrorism"): the
// named actors between the verb and "as" ("Chile lists Peru and Bolivia as
// state sponsors of terrorism"), nil when none stands there.
func (d *doc) objectBeforeAs(ms []int, cm cueMatch, fits func(*Mention) bool) []int {
	for k := cm.from + 1; k < cm.to; k++ {
		if d.lw(k) != "as" {
			continue
		}
		if t := d.rightArg(ms, cm.from+1, k-cm.from-1, fits); t >= 0 && d.mentions[t].To <= k {
			return d.coordinatedInside(ms, t, k, fits)
		}
		return nil
	}
	return nil
}

// stativeWith reports whether verb cue c ends in "with" ("ally with",
// "align with") or goes on after "with" ("meet with criticism from"): its
// participle after a form of "be" ("had been allied with the Kurds", "was
// met with criticism from Peru") states the subject's own relation or
// lot, not a passive.
func stativeWith(c *compiledCue) bool {
	return len(c.words) > 1 && (c.words[len(c.words)-1] == "with" || c.words[1] == "with")
}

// auxiliaryBe reports whether a cue phrase opening with "be" ("be in",
// "be against") stands at an auxiliary: a participle that is not the
// phrase's own next word follows ("had been allied with B in", "was
// reported in"), and the phrase would span another verb's clause.
func auxiliaryBe(d *doc, c *compiledCue, i, end int) bool {
	if !c.verb || c.words[0] != "be" || len(c.words) < 2 || i+1 >= end {
		return false
	}
	w := d.lw(i + 1)
	if w == c.words[1] {
		return false
	}
	if len(c.words) == 2 {
		// "be in", "be against": the words between are the verb's own
		// ("was still in Vienna"), unless a participle, a noun phrase or a
		// plan opens there: "was held in a prison in", "is a fellow in",
		// "is due in Seoul"
		for j := i + 1; j < end && j <= i+3 && d.lw(j) != c.words[1]; j++ {
			if w := d.lw(j); d.participle(j) || nounMarkers[w] || d.words.hopeVerbs.has(w) {
				return true
			}
		}
	}
	return strings.HasSuffix(w, "ed") || d.participleBy(i+1, end) >= 0 // "was met by Putin in"
}

// participleAfterObject reports whether an -ing participle in toks[i:j]
// follows a lower-case noun that names nothing, the end of an unnamed
// object: in "construct a highway crossing the X pipeline" and
// "construct a road linking A and B" a mention after it belongs to the
// participle.
func (d *doc) participleAfterObject(ms []int, i, j int) bool {
	for k := i + 1; k < j; k++ {
		p := d.toks[k-1]
		if strings.HasSuffix(d.lw(k), "ing") && p.Kind == Word && !p.Capitalized() &&
			!p.in(d.words.objectPreps) && !determiners[p.lower] && d.mentionAt(ms, k-1) < 0 {
			return true
		}
	}
	return false
}

// gerundBetween reports whether a gerund that takes an object opens after
// a preposition in toks[i:j] ("in fighting", not "against shelling of"):
// a mention after it is that verb's object.
func (d *doc) gerundBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if gerundAfterPrep(d, k) && d.lw(k+1) != "of" {
			return true
		}
	}
	return false
}

// subjectCut cuts a coordinated object list at the first later item that
// an auxiliary or modal follows: "defeated ISIS and Turkey would move
// in" joins a new clause, whose subject Turkey is no object. A subject of
// its own coordinated items opens at the ", and" before them: "shut its
// airspace to LATAM, and Peru and Bolivia have done the same" cuts before
// Peru.
func (d *doc) subjectCut(list []int) []int {
	for k := 1; k < len(list); k++ {
		m := &d.mentions[list[k]]
		if m.To < d.sents[m.sent].To && d.auxiliary(d.lw(m.To)) {
			for j := k; j >= 1; j-- {
				if d.commaAnd(d.mentions[list[j-1]].To, d.mentions[list[j]].From) {
					return list[:j]
				}
			}
			return list[:k]
		}
	}
	return list
}

// commaAnd reports whether a comma and then "and" stand between tokens i
// and j: the joint of two clauses rather than of a list's last items.
func (d *doc) commaAnd(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if d.toks[k].Text == "," && d.lw(k+1) == "and" {
			return true
		}
	}
	return false
}

// inDateline reports whether mention m stands in the dateline that opens
// its sentence (datelineDashEnd): the place a report comes from
// ("CHIANG MAI, Thailand —", "LIMA, Peru (Reuters) -") is no doer of what
// the report tells, even when the report's own doer has no name
// ("Troops opened fire on demonstrators").
func (d *doc) inDateline(m *Mention) bool {
	s := d.sents[m.sent]
	return m.From-s.From < datelineReach && m.To <= d.datelineDashEnd(m.sent)
}

// datelineReach is how many tokens a dateline may take before its dash.
const datelineReach = 14

// datelineDashEnd returns the first token after the dateline that opens
// sentence si, or the sentence's first token: a paragraph opening with a
// word in capitals ("CARACAS", "NEW DELHI"), then only capitalized words,
// numbers and punctuation ("CHIANG MAI, Thailand", "LONDON, Aug 11
// (Reuters)") up to a dash. A lower-case word before the dash is the
// report's own text.
func (d *doc) datelineDashEnd(si int) int {
	s := d.sents[si]
	from := s.From
	if first := d.toks[from]; from > 0 && !first.NewlineBefore || first.Kind != Word || len(first.Text) < 3 || !isAllCaps(first.Text) {
		return from
	}
	for k := from + 1; k+1 < s.To && k < from+datelineReach; k++ {
		t := d.toks[k]
		if t.Kind == Punct && (isHyphen(t.Text) || t.Text == "—" || t.Text == "--") {
			return k + 1
		}
		if t.Kind == Word && !t.Capitalized() {
			return from
		}
	}
	return from
}

// datelineEnd returns the first token after a dateline that opens
// sentence si ("SEOUL/TOKYO (Reuters) -": a bracketed agency and a dash
// within its first twelve tokens), or the sentence's first token.
func (d *doc) datelineEnd(si int) int {
	from, end := d.sents[si].From, d.sents[si].To
	if j := d.agencyDash(from+1, min(end, from+12)); j >= 0 {
		return j + 1
	}
	return from
}

// agencyDash returns the first dash in toks[i:j] (a hyphen or an em dash)
// written right after a closing bracket, where a dateline's credited
// agency ends ("SEOUL (Yonhap) -", "Nairobi, March 3 (AFP) -"), or -1:
// datelineEnd and creditedDateline, each with its own reach. i > 0.
func (d *doc) agencyDash(i, j int) int {
	for k := i; k < j; k++ {
		if (isHyphen(d.toks[k].Text) || d.toks[k].Text == "—") && d.toks[k-1].Text == ")" {
			return k
		}
	}
	return -1
}

// trailingSpeaker reports whether mention k is the speaker of a report
// that follows what it reports after a comma: ", Lavrov said", ", said
// Lavrov", ", Lavrov told reporters".
func (x *Extractor) trailingSpeaker(d *doc, k int) bool {
	m := &d.mentions[k]
	from, end := d.sents[m.sent].From, d.sents[m.sent].To
	i := d.npStart(m) - 1
	if i > from && x.isSaying(d.lw(i)) && d.toks[i-1].Text == "," && !d.in(i, x.lex.sets.addressVerbs) && !x.warnedObject(d, m) {
		return true // ", said Lavrov"; not "Ana Soto, Peru's envoy, told the Security Council", whose hearer it names
	}
	return i >= from && d.toks[i].Text == "," && m.To < end && x.isSaying(d.lw(m.To))
}

// warnedObject reports whether mention m, right after a verb of warning
// (words.yaml warning_verbs), is followed by "against" or "that": the one
// warned, not a speaker named after the verb. In "Ana Soto, Chile's
// foreign minister, warned Peru against interference" the comma closes
// the apposition, not a report (", warned Lavrov.").
func (x *Extractor) warnedObject(d *doc, m *Mention) bool {
	i := d.npStart(m) - 1
	if m.To >= d.sents[m.sent].To || !x.lex.sets.stance.warning[d.lw(i)] {
		return false
	}
	return d.lw(m.To) == "against" || d.lw(m.To) == "that"
}

// cueVerbBetween reports whether a verb cue after an auxiliary stands in
// toks[i:j]: the "by" agent after it is that verb's ("the attack on
// Israel was condemned by Egypt"), while after another verb it is the
// noun's doer ("sanctions on Iran were extended by the EU"). A second
// infinitive's agent is cut off before: conjoinedInfinitive.
func (x *Extractor) cueVerbBetween(d *doc, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !d.auxiliary(d.lw(k - 1)) {
			continue
		}
		for _, c := range x.cuesOf(d, k) {
			if c.verb && len(c.words) == 1 {
				return true // a verb cue of its own: not "extended", which only CAMEO phrases open
			}
		}
	}
	return false
}

// complementBetween reports whether an "as" that opens an object's
// complement stands in toks[i+1:j], after the object ("condemned the
// launch as a violation of"); "as well as" and "such as" list, they
// describe nothing.
func (d *doc) complementBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.lw(k) != "as" || d.lw(k-1) == "such" || d.lw(k+1) == "well" || d.lw(k-1) == "well" {
			continue
		}
		return true
	}
	return false
}

// partiesOfObject reports whether the mention at toks[j] follows
// "between" or "among" after a lower-case noun that the verb's object
// opens with in toks[i:j] ("welcomed the ceasefire between Israel and
// Hamas", "backed the talks among the parties"): the mention is a party
// of that object.
func (d *doc) partiesOfObject(i, j int) bool {
	k := j - 1
	if k > i && determiners[d.lw(k)] {
		k--
	}
	if k <= i || d.lw(k) != "between" && d.lw(k) != "among" {
		return false
	}
	t := d.toks[k-1]
	return t.Kind == Word && t.Text == t.lower
}

// possessedBody returns the organization that possessor mention n owns
// right after its "'s" ("Prime Minister Mota's Unity Party"), with at
// most two lower-case words between ("Iran's ruling Unity Party"), when it
// fits; else -1. Support and cooperation go to that body, not to its
// owner.
func (d *doc) possessedBody(ms []int, n int, fits func(*Mention) bool) int {
	m := &d.mentions[n]
	if !d.isPossessor(m) {
		return -1
	}
	j := m.To + 1
	for k := 0; k < 2 && j < len(d.toks) && d.toks[j].Kind == Word && d.toks[j].Text == d.toks[j].lower; k++ {
		j++
	}
	if k := d.mentionAt(ms, j); k >= 0 && d.mentions[k].Label == "Organization" && d.mentions[k].Key != "" && d.mentions[k].Arg && fits(&d.mentions[k]) {
		return k
	}
	return -1
}

// possessedThing reports whether mention n is a possessor ("NATO's")
// whose noun, the first of up to three lower-case words after it, is no
// body (org_heads, read in lower case: "committee", "council"): "NATO's
// concerns", "Putin's envoy", not "the Senate's foreign relations
// committee", a body of it.
func (x *Extractor) possessedThing(d *doc, n int) bool {
	m := &d.mentions[n]
	if !d.isPossessor(m) {
		return false
	}
	end := d.sents[m.sent].To
	for j := m.To + 1; j < end && j <= m.To+3 && d.toks[j].Kind == Word && d.toks[j].Text == d.toks[j].lower; j++ {
		if x.lex.sets.orgHeads[titleCase(d.lw(j))] {
			return false
		}
	}
	return true
}

// followerObject reports whether the follower noun at toks[i]
// ("supporters") is the object of a verb or a preposition rather than
// said of the subject with a copula or an apposition: "criticised the
// supporters of Peru", "met with backers of Peru", not "is a staunch
// supporter of Peru", "Chile, a backer of Peru,".
func (x *Extractor) followerObject(d *doc, si, i int) bool {
	from := d.sents[si].From
	said := func(w string) bool { return x.lex.sets.copulas.has(w) || w == "as" } // copulas: "is", "became", "remains"
	j := i - 1
	for k := 0; k < 3 && j > from && !said(d.lw(j)) && !d.in(j, d.words.objectPreps) &&
		(determiners[d.lw(j)] || d.toks[j].Kind == Word && !d.toks[j].Capitalized()); k++ {
		j-- // "the", "a staunch", "a very strong"
	}
	if j < from || d.toks[j].Text == "," || said(d.lw(j)) {
		return false
	}
	return d.toks[j].Kind == Word
}

// received reports whether verb cue cm of words.yaml reception_verbs
// ("welcome") takes as its object a named person right after it, not a
// possessor ("welcomed Zelensky to Paris", "welcomed Putin in Ankara"):
// the person was received, a meeting, not backed ("welcomed Zelensky's
// remarks", "welcomed the election of X" still back). A reversed cue's
// subject received goods, no guest ("Peru received tanks from Chile").
// The person may be named after the title that is the object ("received
// the Bolivian Foreign Minister, Carlos Mesa": titleApposedName); a
// passive's subject may be a title or a pronoun that stands for a person
// ("The Prime Minister was received by X").
func (x *Extractor) received(d *doc, ms []int, cm cueMatch, t int) bool {
	m := &d.mentions[t]
	if !cm.c.verb || cm.c.Reverse || !x.lex.sets.receptionVerbs.has(cm.c.words[0]) || m.Label != "Person" || m.Key == "" || d.isPossessor(m) {
		return false
	}
	if m.To <= cm.from {
		// the passive's subject, named or not: "The Prime Minister was
		// received at the airport by President X", "he was received by"
		return m.Kind == mName || m.Kind == mTitle || m.Kind == mDescription || m.Kind == mPronoun && !possessivePronoun[m.Head]
	}
	return m.Kind == mName && (d.npStart(m) <= cm.to+1 || d.titleApposedName(ms, cm.to) == t)
}

// listedGuest reports whether target t of reception cue cm, listed after
// a person the cue received, is a named person too: "received Peru's
// Foreign Minister, Luis Vega, and the Bolivian Defence Minister, Juan
// Paz" received both, not only the one named first.
func (x *Extractor) listedGuest(d *doc, cm cueMatch, t int) bool {
	m := &d.mentions[t]
	return cm.c.verb && !cm.c.Reverse && m.From > cm.to && m.Label == "Person" && m.Kind == mName && m.Key != "" && !d.isPossessor(m)
}

// actApposition reports whether the participle at token i follows an
// apposition set off by a comma that names an act or stance with an
// article: ", a line criticised by", ", a move condemned by" (judgedAct).
func (d *doc) actApposition(si, i int) bool {
	from := d.sents[si].From
	for j := i - 1; j > from && j >= i-3; j-- {
		if !articles[d.lw(j)] {
			continue
		}
		if d.toks[j-1].Text != "," {
			return false
		}
		return d.judgedAct(d.lw(i - 1))
	}
	return false
}

// governorUnstated reports whether the verb that the adverbial noun cue
// opening with "in" at token i belongs to, by the parse, is negated or
// hedged: "Chile did not recall its envoy in protest at Peru's decision"
// states no protest.
func (x *Extractor) governorUnstated(d *doc, si, i int) bool {
	toks := x.parseOf(d, si)
	from := d.sents[si].From
	if toks == nil || i+1-from >= len(toks) {
		return false
	}
	v := toks[i+1-from].Head
	if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" {
		return false
	}
	return negated(d, from, from+v) || hedged(d, from, from+v) || d.unstated(from, from+v, false)
}

// otherCueAgent reports whether the mention at token t is the agent after
// "by" of the participle of another cue verb standing in tokens [from, t):
// in "Chile supported the plan, a move condemned by Peru" Peru condemned,
// and is no object of "supported".
func (x *Extractor) otherCueAgent(d *doc, from, t int) bool {
	if t-1 <= from || d.lw(t-1) != "by" && !(articles[d.lw(t-1)] && t-2 > from && d.lw(t-2) == "by") {
		return false
	}
	by := t - 1
	if d.lw(by) != "by" {
		by--
	}
	for k := max(from, by-2); k < by; k++ {
		if d.participleBy(k, by+1) != by {
			continue
		}
		for _, c := range x.cuesOf(d, by-1) {
			if c.verb {
				return true
			}
		}
	}
	return false
}

// objectClause reports whether a relative clause on the verb's
// unnamed object stands in toks[i:j], before the mention at toks[j]: a
// determiner or a number, at most two lower-case words and "that", "which" or "who"
// ("would welcome any step that ends the blockade of Cuba", "backed the
// plan which Peru drafted"): the mention belongs to that clause, not to
// the verb.
func (d *doc) objectClause(i, j int) bool {
	if q := quoteOf(d.lw(i)); i < j && q.opens && q.double {
		i++ // welcomed "any step that ..."
	}
	if i >= j || !determiners[d.lw(i)] && !numberWords[d.lw(i)] && d.toks[i].Kind != Number {
		return false // "backed two groups that Peru bans": a number opens the object too
	}
	for k := i + 1; k < j && k <= i+3; k++ {
		t := d.toks[k]
		if t.in(d.words.relativePronouns) && t.lower != "whose" {
			return k > i+1
		}
		if t.Kind != Word || t.Text != t.lower {
			return false
		}
	}
	return false
}

// eventObject reports whether actor mention k is the object of a noun
// cue's preposition ("the attack on Israel"): the target of that event,
// not of a verb whose subject the event is.
func (x *Extractor) eventObject(d *doc, k int) bool {
	m := &d.mentions[k]
	i := d.npStart(m)
	return isActorMention(m) && d.afterPreposition(m) && x.nounCueBetween(d, max(d.sents[m.sent].From, i-4), i)
}

// opensSentence reports whether the noun at token i heads the sentence's
// first noun phrase: only a determiner, names and at most two lower-case
// modifiers stand before it ("New EU sanctions on", "The sanctions on").
func (d *doc) opensSentence(ms []int, si, i int) bool {
	lower := 0
	for j := i - 1; j >= d.sents[si].From; j-- {
		t := d.toks[j]
		switch {
		case d.mentionEnding(ms, j+1, nil) >= 0 || t.Capitalized() || determiners[t.lower] || t.lower == "'s":
		case t.Kind == Word && lower < 2:
			lower++
		default:
			return false
		}
	}
	return true
}

// auxiliary reports whether w is a finite auxiliary or modal, which opens
// a clause's verb phrase after its subject.
func (d *doc) auxiliary(w string) bool {
	return d.words.beForms.has(w) && w != "be" && w != "being" || d.words.modals.has(w) || d.words.wouldWords.has(w) || d.words.willWords.has(w) ||
		w == "has" || w == "have" || w == "had"
}

// placeAgent returns the country named right after "in" at token i
// ("banned in Turkey"), which a passive with no "by" agent may take as its
// doer; -1 if none.
func (d *doc) placeAgent(ms []int, i, end int) int {
	if i+1 >= end || d.lw(i) != "in" {
		return -1
	}
	j := i + 1
	if d.lw(j) == "the" {
		j++
	}
	n := d.mentionAt(ms, j)
	if n < 0 || d.mentions[n].Label != "Country" || d.mentions[n].Key == "" {
		return -1
	}
	return n
}

// verbBeforeSubject returns the subject of the nearest verb before token i
// (the parse's tags say which word is a verb): an adverbial phrase such
// as "in cooperation with" tells of that verb's doer, not of its object
// ("troops there to fight ISIS in cooperation with Iraqi forces"). verb
// is false when no verb stands before i in the sentence; the subject is
// nil when that verb has none, or is a passive with only a preposition's
// object before it ("the strikes on Syria were carried out in coordination
// with": the strikes were, Syria did nothing).
func (x *Extractor) verbBeforeSubject(d *doc, si int, ms []int, i int, fits func(*Mention) bool) (subject []int, verb bool) {
	toks := x.parseOf(d, si)
	from := d.sents[si].From
	if toks == nil {
		return nil, false
	}
	for j := i - 1; j > from; j-- {
		if toks[j-from].UPOS != "VERB" {
			continue
		}
		n := d.leftArg(ms, j, fits)
		if n < 0 || d.afterPreposition(&d.mentions[n]) && d.passiveAt(si, j) {
			return nil, true
		}
		return d.coordinatedBefore(ms, n, fits), true
	}
	return nil, false
}

// passiveBefore reports whether the last past form in the few words
// before toks[i] is a passive participle ("the camp was opened with
// funding from Japan": what was done names no doer before it), not an
// active verb ("the agency has opened a shelter near the border with").
func (d *doc) passiveBefore(si, i int) bool {
	from := d.sents[si].From
	for j := i - 1; j >= from && j >= i-8; j-- {
		if d.pastForm(j) {
			return d.passiveAt(si, j)
		}
	}
	return false
}

// passiveAt reports whether the verb at toks[j] is a passive participle:
// an "-ed" form or an irregular past form (words.yaml irregular_verbs)
// with a form of "be" one or two words before it ("were carried out",
// "was quickly approved", "were shot down").
func (d *doc) passiveAt(si, j int) bool {
	from := d.sents[si].From
	return d.pastForm(j) && (j-1 >= from && d.in(j-1, d.words.beForms) || j-2 >= from && d.in(j-2, d.words.beForms))
}

// instrument returns the weapon named right after "with" at token i ("was
// poisoned with Novichok", "was struck with missiles"): with no "by"
// agent, the instrument is what a passive says acted; -1 if none.
func (d *doc) instrument(ms []int, i, end int) int {
	if i+1 >= end || d.lw(i) != "with" {
		return -1
	}
	j := i + 1
	if determiners[d.lw(j)] {
		j++
	}
	n := d.mentionAt(ms, j)
	if n < 0 || d.mentions[n].Label != "WeaponSystem" || d.mentions[n].Key == "" {
		return -1
	}
	return n
}

// modifiedNoun reports whether the bare lemma of a verb cue at toks[i]
// reads as a noun after a weapon modifier: "the air strike", "a missile
// attack", "a nuclear test" ("Russian missiles strike Kyiv" keeps its
// verb: a plural head is no modifier).
func (x *Extractor) modifiedNoun(d *doc, i int, lemma string) bool {
	return i > 0 && d.lw(i) == lemma && d.in(i-1, x.lex.sets.weaponMods)
}

// datedNoun reports whether a date stands between a noun marker and the
// verb form at toks[i], which makes it a noun: "the December 31 attack
// on", "the 2019 strikes on" ("Russia in 2014 annexed" keeps its verb).
func (x *Extractor) datedNoun(d *doc, from, i int) bool {
	j := i - 1
	for j >= from && j >= i-3 && (d.toks[j].Kind == Number || x.monthAt(d, j)) {
		j--
	}
	return j < i-1 && j >= from && nounMarkers[d.lw(j)]
}

// joinedHyphen reports whether toks[i] follows a hyphen written against
// it, the second part of a split compound ("Chinese-designed").
func joinedHyphen(d *doc, from, i int) bool {
	if i-1 < from {
		return false
	}
	h := d.toks[i-1]
	return (h.Text == "-" || h.Text == "–") && h.Start+len(h.Text) == d.toks[i].Start
}

// timeSpanGiven reports whether toks[from:to], what an item cue's verb
// gives before its preposition, holds a span of time counted by a number
// or by a word that counts one (spanCounts: "48 hours", "three days", "a
// week", "a few days", "another month"; words.yaml time_span_nouns): a
// deadline set, no goods ("gave the Vorn envoys 48 hours to leave", "gave
// the junta a week to restore Ana Soto", "gave 24 hours to the envoys").
// A span with "of" after it measures goods: "gave a week of fuel to Peru".
func (x *Extractor) timeSpanGiven(d *doc, from, to int) bool {
	for j := from + 1; j < to; j++ {
		if d.in(j, x.lex.sets.timeSpanNouns) && d.lw(j+1) != "of" && d.countsSpan(j-1) {
			return true
		}
	}
	return false
}

// atLeast reports whether toks[i] opens "at least" or "at most", a
// quantity and no preposition: "shelled at least 12 positions in Tacna"
// has an object.
func (d *doc) atLeast(i int) bool {
	return d.lw(i) == "at" && i+1 < len(d.toks) && (d.lw(i+1) == "least" || d.lw(i+1) == "most")
}

// shiftedObject returns where a verb's object begins when the verb puts
// adjuncts of place and time before it, the heavy object after them:
// "signed in Lima the Treaty of Friendship", "signed in Quito on Monday a
// trade accord". The adjuncts at toks[from:] are "in", "at" or "on" and
// capitalised words or numbers only (names and dates), and the object
// opens with "the", "a" or "an" right after them. Otherwise -1: "met in
// the capital", "met on the sidelines of ...", "met in Lima with ...".
func (d *doc) shiftedObject(from, end int) int {
	k := from
	for k < end && (d.lw(k) == "in" || d.lw(k) == "at" || d.lw(k) == "on") && d.toks[k].Text == d.lw(k) {
		n := k + 1
		for n < end && (d.toks[n].Kind == Word && d.toks[n].Capitalized() && !determiners[d.lw(n)] || d.toks[n].Kind == Number) {
			n++
		}
		if n == k+1 {
			return -1
		}
		k = n
	}
	if k == from || k+1 >= end || d.toks[k].Text != "the" && d.toks[k].Text != "a" && d.toks[k].Text != "an" {
		return -1
	}
	return k
}

// hostsBase reports whether meeting cue c, a verb of hosting (words.yaml
// base_host_verbs), says that the state src gives the organization tgt a
// base on its soil ("Chile hosts the Kestrel Front"), which backs it
// (SUPPORTS) and is no meeting: a person who hosts meets ("the president
// hosted the Front's leaders"), and a stay for talks is a meeting ("Chile
// hosted the Front for talks"), as is a gathering of the body ("hosted the
// OPEC summit").
func (x *Extractor) hostsBase(d *doc, si int, c *compiledCue, src, tgt *Mention) bool {
	if !c.verb || !x.lex.sets.baseHostVerbs.has(c.words[0]) || src.Label != "Country" || tgt.Label != "Organization" {
		return false
	}
	end := d.sents[si].To
	if tgt.To < end && d.in(tgt.To, x.lex.sets.gatheringNouns) {
		return false // "Austria hosted the OPEC meeting": the body's gathering
	}
	for k := tgt.To; k < end && k < tgt.To+6; k++ {
		if d.lw(k) == "for" || d.lw(k) == "to" {
			return !d.inSpan(k+1, min(end, k+5), x.lex.sets.gatheringNouns) // "for talks", "for a round of negotiations": the purpose of a stay
		}
	}
	return true
}

// toldChannel reports whether "told" from source s to target t is a
// message between them: to a state or a body that is no news outlet
// ("Peru told the Security Council that", not "told Radio Liberty", a
// quote), or to a person from a state or a body ("Washington told Mr
// Keita that it could no longer protect him"). A person telling a person
// is left out: those words are as often said at a meeting. A state or body
// tells a person only as the parse's subject of the verb at v: not a
// mention of another clause when the subject is a pronoun of no actor
// ("We think it is unfair, and I told Mr Keita so": no Chile for "it").
func (x *Extractor) toldChannel(d *doc, si, v int, s, t *Mention) bool {
	switch t.Label {
	case "Person":
		if s.Label != "Country" && (s.Label != "Organization" || x.outletMention(d, s)) {
			return false
		}
		return x.subjectHolds(d, si, v, s)
	case "Organization":
		return !x.outletMention(d, t)
	}
	return true
}

// subjectHolds reports whether mention m lies in the parse's subject of
// the verb at token v of sentence si, or the parse gives no subject to
// judge by (no parse, none found).
func (x *Extractor) subjectHolds(d *doc, si, v int, m *Mention) bool {
	toks := x.parseOf(d, si)
	if toks == nil {
		return true
	}
	from := d.sents[si].From
	subj, _ := subjectOf(toks, v-from, d.words.relativePronouns.set)
	if subj < 0 {
		return true
	}
	return m.From >= from && m.To <= d.sents[si].To && syntax.Dominates(toks, subj, m.To-1-from)
}

// ownedAgreementHead reports whether the generic agreement head at
// toks[i] is owned by a possessive pronoun or name right before it (one
// or two lower-case modifiers between) and starts noun cue c's phrase
// with its preposition ("their bilateral agreements with Russia", "its
// deal with Chile"): the owner's pact with the one after the preposition.
func (x *Extractor) ownedAgreementHead(d *doc, from int, c *compiledCue, i int) bool {
	if len(c.words) < 2 || !d.words.objectPreps.has(c.words[len(c.words)-1]) {
		return false
	}
	j := i - 1
	for j > from && i-j <= 2 && d.toks[j].Kind == Word && !d.toks[j].Capitalized() && !determiners[d.lw(j)] && !ownerPronoun(d.lw(j)) {
		j--
	}
	return j >= from && (ownerPronoun(d.lw(j)) || d.lw(j) == "'s")
}
