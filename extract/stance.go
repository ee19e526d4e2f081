package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/syntax"
)

// This file reads stance in reported speech: what an actor's words say of
// something, with the speaker as the relation's source. The cue verbs
// (cuerel.go) state stance outright ("Egypt condemned the deal"); here the
// stance is in what is said of the thing:
//
//   - a judging word said of it: "Greece called the deal null and void",
//     "Egypt said the agreement was illegal", "Turkey described the move as
//     a provocation" (CRITICIZES an actor, OPPOSES a thing), "Ankara called
//     the accords legitimate" (SUPPORTS);
//   - a feeling about it: "Washington was disappointed by the parliament's
//     decision";
//   - an accusing noun in someone's words, accusing its owner: "Kyiv said
//     it would resist Russian aggression", "Riyadh alleged Iranian
//     involvement", "Washington said the attack was Iran's doing";
//   - a demand that an actor leave (OPPOSES): "recommended the US troops
//     withdraw";
//   - a warning of action (THREATENS): "we warn the Saudis that ... will".
//
// A judged event with no actor named ("the attack", "the proposed
// sanctions") judges the actor of the last relation of its type. The words
// are data (words.yaml: judgement_words, judging_verbs, thinking_verbs,
// feeling_words, accusing_nouns, accusing_verbs, accused_nouns,
// demanding_verbs, leaving_verbs, leaving_nouns, warning_verbs,
// will_words and would_words, stance_events); a negated or hedged judgement states nothing.

// stanceWords are words.yaml's stance lists compiled for lookup.
type stanceWords struct {
	judgements map[string][]judgement // first word -> the phrases it opens
	judging    set                    // forms of the judging verbs: "called", "described"
	thinking   set                    // forms of the verbs whose clause is a judgement: "concluded"
	feelings   map[string]string      // "disappointed" -> CRITICIZES
	accusing   set                    // "aggression": accuses its owner
	accusers   set                    // forms of the accusing verbs: "alleged"
	accused    set                    // "involvement": accuses its owner after an accusing verb
	blaming    set                    // forms of the blaming verbs: "blamed" X "on" the one blamed (critic.go)
	reproach   set                    // forms of the reproach verbs: "criticised" X "for signing": X signs (cuerel.go judgedDoerGerund)
	fallback   map[string]string      // relation type -> the fallback of its cues ("CRITICIZES" -> "OPPOSES")
	demanding  verbPhrases            // "urged", "called for"
	leaving    verbPhrases            // "withdraw", "pull out"
	leavingN   set                    // "withdrawal"
	stopping   [][]string             // "halt", "roll back": what a call to stop asks for (then_verbs of the CRITICIZES "call on" cue)
	events     map[string][]string    // "attack" -> [ATTACKS]; "move" -> every event type
	warning    set                    // forms of the warning verbs
	reprisals  set                    // "consequences", "retaliation": what an actor is warned of
	violating  set                    // forms of the violating verbs: "violated", "breached"
	harming    set                    // forms of the harming verbs: "endangering", "undermined"
	committing set                    // forms of the committing verbs: "committed", with a judging object
	answering  verbPhrases            // "rejected", "brushed off": answer criticism (critic.go)
	criticism  set                    // "criticism", "accusations": what is answered
	first      list                   // every word that may open a frame: the rest are skipped fast
	negatedOK  set                    // "acceptable": "was not acceptable" criticizes the subject
	future     set                    // will, would
	feelPreps  set                    // by, with, at: open the object of a word of feeling
	self       set                    // we, i: a speaker naming itself
}

// verbPhrases maps every form of the first word of a verb phrase to the
// words that must follow it: "called" -> [["for"], ["on"]].
type verbPhrases struct{ wordMap[[][]string] }

// newVerbPhrases compiles phrases whose first word is a verb lemma.
func (lx *lexicon) newVerbPhrases(phrases []string, irregular map[string][]string) verbPhrases {
	return verbPhrases{wordMapOf(lx, verbPhraseMap(phrases, irregular))}
}

// verbPhraseMap maps every form of the first word of phrases whose first
// word is a verb lemma to the rest of each.
func verbPhraseMap(phrases []string, irregular map[string][]string) map[string][][]string {
	out := map[string][][]string{}
	for _, p := range phrases {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) == 0 {
			continue
		}
		for f := range verbForms(ws[:1], irregular) {
			out[f] = append(out[f], ws[1:])
		}
	}
	return out
}

// at returns where a phrase that starts at token i ends; ok is false when
// none starts there.
func (vp verbPhrases) at(d *doc, i, end int) (int, bool) {
	best, ok := 0, false
	for _, rest := range vp.get(d, i) {
		k := i + 1 + len(rest)
		if k > end || ok && k <= best {
			continue
		}
		match := true
		for n, w := range rest {
			if d.lw(i+1+n) != w {
				match = false
				break
			}
		}
		if match {
			best, ok = k, true
		}
	}
	return best, ok
}

// judgement is a phrase of judgement_words and the relation type it states.
type judgement struct {
	words []string
	typ   string
}

// compileStance compiles the stance lists of s.
func (lx *lexicon) compileStance(s *schema.Schema) stanceWords {
	w := s.Words
	out := stanceWords{judgements: map[string][]judgement{}, feelings: map[string]string{}, fallback: map[string]string{},
		judging: verbForms(w.JudgingVerbs, w.Irregular), thinking: verbForms(w.ThinkingVerbs, w.Irregular),
		accusers: verbForms(w.AccusingVerbs, w.Irregular), accusing: newSet(w.AccusingNouns, true), accused: newSet(w.AccusedNouns, true),
		blaming: verbForms(w.BlamingVerbs, w.Irregular), reproach: verbForms(w.ReproachVerbs, w.Irregular),
		demanding: lx.newVerbPhrases(w.DemandingVerbs, w.Irregular), leaving: lx.newVerbPhrases(w.LeavingVerbs, w.Irregular),
		leavingN: newSet(w.LeavingNouns, true), warning: verbForms(w.WarningVerbs, w.Irregular), reprisals: newSet(w.ReprisalNouns, true), violating: verbForms(w.ViolatingVerbs, w.Irregular),
		harming:    verbForms(w.HarmingVerbs, w.Irregular),
		committing: verbForms(w.CommitVerbs, w.Irregular), answering: lx.newVerbPhrases(w.AnswerVerbs, w.Irregular),
		criticism: newSet(w.CriticismNouns, true), future: newSet(slices.Concat(w.WillWords, w.WouldWords), true),
		feelPreps: newSet(w.FeelingPreps, true), self: newSet(w.SelfPronouns, true), negatedOK: newSet(w.NegatedJudging, true)}
	for _, typ := range slices.Sorted(maps.Keys(w.JudgementWords)) { // sorted: same input, same output
		for _, p := range w.JudgementWords[typ] {
			if ws := strings.Fields(strings.ToLower(p)); len(ws) > 0 {
				out.judgements[ws[0]] = append(out.judgements[ws[0]], judgement{ws, typ})
			}
		}
	}
	out.events = map[string][]string{}
	for _, typ := range slices.Sorted(maps.Keys(w.StanceEvents)) {
		for _, n := range w.StanceEvents[typ] {
			out.events[strings.ToLower(n)] = append(out.events[strings.ToLower(n)], typ)
		}
	}
	for _, typ := range slices.Sorted(maps.Keys(w.FeelingWords)) {
		for _, f := range w.FeelingWords[typ] {
			out.feelings[strings.ToLower(f)] = typ
		}
	}
	first := set{}
	for w := range out.judgements {
		first[w] = true
	}
	for _, m := range []set{out.accusing, out.accused, out.warning, out.violating, out.harming, out.committing, out.negatedOK} {
		for w := range m {
			first[w] = true
		}
	}
	for w := range out.feelings {
		first[w] = true
	}
	for w := range out.demanding.m {
		first[w] = true
	}
	for w := range out.events {
		first[w] = true
	}
	out.first = lx.listOf(first)
	for _, c := range s.Cues {
		if c.Fallback != "" && c.Cameo == "" && out.fallback[c.Type] == "" {
			out.fallback[c.Type] = c.Fallback
		}
		if c.Type == "CRITICIZES" && c.Then == "to" && c.Cameo == "" {
			for _, v := range c.ThenVerbs {
				out.stopping = append(out.stopping, strings.Fields(strings.ToLower(v)))
			}
		}
	}
	return out
}

// judgementAt returns the longest judging phrase that starts at token i
// and the token after it; ok is false when none does.
func (st *stanceWords) judgementAt(d *doc, i, end int) (judgement, int, bool) {
	var best judgement
	to := -1
	for _, j := range st.judgements[d.lw(i)] {
		k := i + len(j.words)
		if k > end || k <= to {
			continue
		}
		match := true
		for n, w := range j.words[1:] {
			if d.lw(i+1+n) != w {
				match = false
				break
			}
		}
		if match {
			best, to = j, k
		}
	}
	return best, to, to >= 0
}

// stances adds the stance relations of sentence si.
func (x *Extractor) stances(d *doc, si int, ms []int) {
	st := &x.lex.sets.stance
	s := d.sents[si]
	for i := s.From; i < s.To; i++ {
		w := d.lw(i)
		if !d.in(i, st.first) || inName(d, ms, i) {
			continue
		}
		if st.accusing[w] || st.accused[w] {
			x.accusation(d, si, ms, i) // "Russian aggression"; "called it aggression" is a judgement too
		}
		if typ, ok := st.feelings[w]; ok {
			x.feeling(d, si, ms, i, typ)
		}
		if to, ok := st.demanding.at(d, i, s.To); ok {
			x.demandedLeave(d, si, ms, i, to)
			x.demandedStop(d, si, ms, i, to, true)
		}
		if st.warning[w] {
			x.warned(d, si, ms, i)
			x.demandedStop(d, si, ms, i, i+1, false)
		}
		if st.violating[w] || st.committing[w] && st.wrongDone(d, i, s.To) {
			x.violation(d, si, ms, i, false) // "had violated the truce", "had committed war crimes"
		} else if st.harming[w] {
			x.violation(d, si, ms, i, true) // "was endangering the peace talks"
		}
		if _, ok := st.events[w]; ok && i+1 < s.To && anaphoric(d, s.From, i) && !inMentionSpan(d, ms, i) {
			x.eventCues(d, si, ms, i)
		}
		if st.negatedOK[w] && i-1 > s.From && (d.lw(i-1) == "not" || d.lw(i-1) == "never") {
			x.negatedJudgement(d, si, ms, i) // "said Chile's pressure was not acceptable"
		}
		if j, to, ok := st.judgementAt(d, i, s.To); ok {
			if i > s.From && deniedJudgement[d.lw(i-1)] {
				i = to - 1
				continue // "was no threat", "is under threat": no judgement of the subject
			}
			if !x.judgedObject(d, si, ms, i, j.typ) {
				// "Cuba said the treaty was legal" assesses more often than
				// it supports; "Cuba called the treaty legal" takes a side,
				// and so does "Cuba said the Mexican intervention was
				// legal", an act judged through its actor (saidOfSubject)
				x.judgedSubject(d, si, ms, i, j.typ)
			}
			i = to - 1
		}
	}
}

// wrongDone reports whether the committing verb at token i has a judging
// word of criticism or an accusing noun as its object, after at most a
// few lower-case words or quotation marks: "committed war crimes",
// `committed "a form of genocide"`; not "committed troops to the
// mission".
func (st *stanceWords) wrongDone(d *doc, i, end int) bool {
	const reach = 4 // "a kind of", "grave"
	for j := i + 1; j < end && j <= i+1+reach; j++ {
		if jm, _, ok := st.judgementAt(d, j, end); ok && jm.typ == "CRITICIZES" || st.accusing[d.lw(j)] {
			return true
		}
		if t := d.toks[j]; !quoteOrBracket(t.Text) && (t.Kind != Word || t.Capitalized()) {
			return false
		}
	}
	return false
}

// deniedJudgement are the words before a judging word that keep it from
// judging what it is said of: "was no threat", "came under threat",
// "without provocation".
var deniedJudgement = set{"no": true, "under": true, "without": true}

// inName reports whether token i is inside a named mention: "Operation
// Peace Spring" judges nothing.
func inName(d *doc, ms []int, i int) bool {
	for _, k := range ms {
		if m := &d.mentions[k]; m.From <= i && i < m.To && m.Kind == mName {
			return true
		}
	}
	return false
}

// stanceRel adds typ (or its fallback for a target typ does not take) from
// each speaker to each target. A speaker never criticizes the state or body
// it speaks for (CRITICIZES is against_others in the ontology): such a
// reading has mistaken who is accused ("Lee said the North would pay for
// its provocation": "its" misread as his own state).
func (x *Extractor) stanceRel(d *doc, si int, typ string, speakers, targets []int) {
	for _, s := range speakers {
		for _, t := range targets {
			x.addRel(d, si, typ, x.lex.sets.stance.fallback[typ], &d.mentions[s], &d.mentions[t], nil)
		}
	}
}

// eventAgent returns the actor of the event a noun of the event types
// names in sentence si without naming its actor ("the attack", "the
// proposed sanctions"): the source of the last relation of those types
// stated before si, other than the judges and their countries, with the
// given target when target is not "", and in the back sentences before si
// when back is not 0; -1 if none.
func (d *doc) eventAgent(si int, types []string, judges []int, target string, back int) int {
	start, since := d.sents[si].Start, 0
	if back > 0 {
		since = d.sents[max(si-back, 0)].Start
	}
	for r := len(d.rels) - 1; r >= 0; r-- {
		if a := d.relAgent(&d.rels[r], start, since, types, judges, target); a >= 0 {
			return a
		}
	}
	return -1
}

// relAgent returns the mention of the source of rel when rel is an event
// eventAgent may read: told in [since, start) of the text, of one of the
// types, with the target when target is not "", its source an actor other
// than the judges, their countries and the judges' own officials; -1
// otherwise.
func (d *doc) relAgent(rel *Relation, start, since int, types []string, judges []int, target string) int {
	if rel.Span[0] >= start || rel.Span[0] < since || !slices.Contains(types, rel.Type) || target != "" && rel.Target != target {
		return -1
	}
	src := d.keyMention(rel.Source)
	if src == nil || !isActorMention(src) {
		return -1
	}
	if t := d.keyMention(rel.Target); rel.Type == "OPPOSES" && (t == nil || t.Label != "Person") {
		return -1 // an opposing event (a coup, stance_events) ousts a person: not "Peru opposed Bolivia's bid"
	}
	for _, j := range judges {
		m := &d.mentions[j]
		if rel.Source == m.Key || m.Country != "" && rel.Source == "country:"+m.Country || m.Label == "Country" && stateOf(m) == d.homeState(src) {
			return -1 // the judge, its country, or the country of the doer ("Peru's president")
		}
	}
	return d.byKey[rel.Source]
}

// eventJudged adds typ from the speakers to the actor of the event that
// the noun at token i names without naming its actor ("the attack",
// "the sanctions"; see eventAgent), and reports whether it did.
func (x *Extractor) eventJudged(d *doc, si int, typ string, speakers []int, i int) bool {
	types, ok := x.lex.sets.stance.events[d.lw(i)]
	if !ok || len(speakers) == 0 {
		return false
	}
	if a := d.eventAgent(si, types, speakers, "", 0); a >= 0 && x.stanceFits(typ)(&d.mentions[a]) {
		x.stanceRel(d, si, typ, speakers, []int{a})
		return true
	}
	return false
}

// stanceFits returns which mentions may be judged with typ: those typ or
// its fallback takes as target.
func (x *Extractor) stanceFits(typ string) func(*Mention) bool {
	c := &compiledCue{Cue: schema.Cue{Type: typ, Fallback: x.lex.sets.stance.fallback[typ]}, verb: true}
	return x.targetFits(c, x.lex.relTypes[typ], nil)
}

// speakersAt returns the subject of the verb at token v, with its
// conjuncts ("Egypt and Greece said"), the main subject for ", calling
// ...", the last group for "they": whose words a stance is. A passive
// verb gives none.
func (x *Extractor) speakersAt(d *doc, si int, ms []int, v int) []int {
	if from := d.sents[si].From; v > from && d.lw(v-1) == "and" {
		// "branded A as aggressors and called B ...": the subject of the
		// first verb, which the parse finds
		if toks := x.parseOf(d, si); toks != nil {
			if subj, passive := subjectOf(toks, v-from, d.words.relativePronouns.set); subj >= 0 && !passive {
				if src := x.argMentions(d, ms, from, toks, subj, isActorMention); len(src) > 0 {
					return src
				}
			}
			if toks[0].UPOS == "VERB" && toks[0].Deprel == "root" && d.toks[from].Capitalized() {
				return nil // "Condemns the raid on Chile, and calls on Peru to withdraw": a communique's item, its subject unwritten
			}
			// no actor as the parsed subject ("the League, meeting in Cairo,
			// backed Morocco and called on Spain": the participle): the
			// subject the conjoined verbs share, not the first verb's object
			if shared := x.sharedSubject(d, si, ms, v, d.lw(v), isActorMention); len(shared) > 0 {
				return shared
			}
		}
	}
	c := &compiledCue{verb: true, words: []string{d.lw(v)}}
	src, passive, _ := x.cueSources(d, si, ms, cueMatch{c: c, from: v, to: v + 1}, isActorMention)
	if passive {
		return nil
	}
	return src
}

// stated reports whether the verb at token v states what follows: not
// negated ("did not call"), not a possibility ("could call").
func stated(d *doc, si, v int) bool {
	from := d.sents[si].From
	return !negated(d, from, v) && !hedged(d, from, v)
}

// judgedObject reads a judging word after the object of a judging verb:
// "called the deal null and void", "described the Russian move as a
// provocation", "named both A and B as terrorists". It reports whether
// such a verb governs the word at e.
func (x *Extractor) judgedObject(d *doc, si int, ms []int, e int, typ string) bool {
	st := &x.lex.sets.stance
	from := d.sents[si].From
	fits := x.stanceFits(typ)
	for v := e - 1; v >= from && v >= e-24; v-- {
		if t := d.toks[v].Text; t == ";" || t == ":" || t == "—" || t == "–" {
			return false // objectOf and judgementPhrase check the rest of the way
		}
		if !st.judging[d.lw(v)] || inName(d, ms, v) {
			continue
		}
		targets := x.objectOf(d, ms, v, e, fits)
		if !stated(d, si, v) {
			return true
		}
		if len(targets) == 0 {
			if a, speakers := x.relativeJudged(d, si, ms, v, e, fits); a >= 0 {
				x.stanceRel(d, si, typ, speakers, []int{a}) // "Hezbollah, which Peru regards as a terrorist group,"
				return true
			}
			if n := eventObject(d, ms, v, e); n >= 0 {
				x.eventJudged(d, si, typ, x.speakersAt(d, si, ms, v), n) // "called the attack a violation"
			}
			return true
		}
		x.stanceRel(d, si, typ, x.speakersAt(d, si, ms, v), targets)
		return true
	}
	return false
}

// relativeJudged returns the object of the judging verb at v when the
// verb stands in an object relative clause and only the judging word's
// phrase follows it ("Hezbollah, which Peru and Chile regard as a
// terrorist group,": Hezbollah), with the clause's subjects; -1 otherwise.
func (x *Extractor) relativeJudged(d *doc, si int, ms []int, v, e int, fits func(*Mention) bool) (int, []int) {
	if !judgementPhrase(d, ms, v+1, e) {
		return -1, nil
	}
	speakers := x.speakersAt(d, si, ms, v)
	if len(speakers) == 0 {
		return -1, nil
	}
	cm := cueMatch{c: &compiledCue{verb: true, words: []string{d.lw(v)}}, from: v, to: v + 1}
	if a, ok := d.objectRelative(ms, cm, speakers, fits); ok && a >= 0 {
		return a, speakers
	}
	if a := d.apposedActMaker(ms, si, speakers, v, fits); a >= 0 {
		return a, speakers
	}
	return -1, nil
}

// apposedActMaker returns the maker of an act apposed to a clause, when
// the judging verb at v stands in an object relative clause on the act's
// noun ("Soto voiced concern about Peru's plan, remarks that Lima called
// a grave act": Soto; "Chile expelled the envoy, a move which Peru
// described as hostile": Chile), as a judging participle there judges the
// clause's subject (actApposition); the relative clause's subjects, the
// speakers, stand right before v. -1 otherwise.
func (d *doc) apposedActMaker(ms []int, si int, speakers []int, v int, fits func(*Mention) bool) int {
	from := d.sents[si].From
	first := &d.mentions[speakers[0]]
	for _, s := range speakers {
		if m := &d.mentions[s]; m.From < first.From {
			first = m
		}
		if d.mentions[s].To > v {
			return -1
		}
	}
	if d.punctBetween(first.To, v) || v-first.To > 3 {
		return -1 // "that Lima on Monday called": only adverbs between
	}
	r := d.npStart(first) - 1
	if r-1 <= from || d.lw(r) != "that" && d.lw(r) != "which" || !d.judgedAct(d.lw(r-1)) {
		return -1
	}
	j := r - 2 // back over the act noun's article and modifiers to the comma
	for j > from && r-1-j <= 3 && d.toks[j].Kind == Word && d.toks[j].Text == d.toks[j].lower {
		j--
	}
	if j <= from || d.toks[j].Text != "," {
		return -1
	}
	return d.mainSubject(ms, si, j, fits)
}

// objectOf returns the object of the judging verb at v that the judging
// word at e is said of: the first fitting mention of the noun phrase after
// v (its head, or its owner: "the Russian move"), with the mentions
// coordinated with it, when only the judging word's own phrase stands
// between them and e ("as a dangerous", "a").
func (x *Extractor) objectOf(d *doc, ms []int, v, e int, fits func(*Mention) bool) []int {
	j := v + 1
	for j < e && (d.lw(j) == "both" || determiners[d.lw(j)]) {
		j++
	}
	for _, k := range ms {
		m := &d.mentions[k]
		if m.From < j || m.To > e || m.Key == "" || !fits(m) || !(m.Arg || m.Kind == mAdjective) || m.Kind == mPronoun && m.Head == "it" {
			continue
		}
		for i := j; i < m.From; i++ {
			if d.toks[i].Kind != Word || d.in(i, d.words.objectPreps) || d.toks[i].Capitalized() {
				return nil // "called on Turkey", "condemned the strikes on Yemen": not the object
			}
		}
		targets, end := objectList(d, ms, k, e, fits)
		if !judgementPhrase(d, ms, end, e) {
			return nil
		}
		return targets
	}
	return nil
}

// objectList returns mention k and the fitting mentions coordinated with
// it before token e, each maybe followed by its acronym in brackets: "both
// the Kurdistan Workers' Party (PKK) and the YPG"; and where the list ends.
func objectList(d *doc, ms []int, k, e int, fits func(*Mention) bool) ([]int, int) {
	out := []int{k}
	i := d.mentions[k].To
	for {
		if i+2 < e && d.toks[i].Text == "(" && d.toks[i+2].Text == ")" {
			i += 3 // "(PKK)"
		}
		j := i
		for j < e && (d.toks[j].Text == "," || d.lw(j) == "and" || d.lw(j) == "the") {
			j++
		}
		if j == i {
			return out, i
		}
		n := d.mentionAt(ms, j)
		if n < 0 || d.mentions[n].Key == "" || !fits(&d.mentions[n]) || d.mentions[n].To > e {
			return out, i
		}
		out = append(out, n)
		i = d.mentions[n].To
	}
}

// judgementPhrase reports whether tokens [i, e) may stand between a judged
// object and its judging word: quotation marks, a bracketed acronym, "as",
// articles and a few other words of the object's noun phrase ("move as a
// dangerous", "strikes on Yemen as a"), not another clause ("envoy to
// protest the").
func judgementPhrase(d *doc, ms []int, i, e int) bool {
	words := 0
	for i < e {
		w, t := d.lw(i), d.toks[i]
		switch {
		case quoteOrBracket(t.Text) || t.Text == "(" || t.Text == ")" || w == "'s":
		case t.Kind == Punct:
			return false
		case w == "as" || w == "a" || w == "an" || w == "the" || w == "being":
		case w == "to" || w == "that" || d.words.beForms.has(w) || d.words.clauseBreaks.has(w) && w != "and" || d.words.subordinators.has(w):
			return false
		default:
			if n := d.mentionAt(ms, i); n >= 0 {
				i = d.mentions[n].To - 1 // a name counts as one word
			}
			if words++; words > 5 {
				return false
			}
		}
		i++
	}
	return true
}

// eventObject returns the token of an event noun that is the whole object
// of the judging verb at v, before the judging word at e ("the attack as
// a"); -1 if none.
func eventObject(d *doc, ms []int, v, e int) int {
	j := v + 1
	for j < e && determiners[d.lw(j)] || j < e && d.lw(j) == "such" {
		j++
	}
	for k := j; k < e && k < j+2 && d.toks[k].Kind == Word && !d.toks[k].Capitalized(); k++ {
		if _, ok := d.words.stance.events[d.lw(k+1)]; ok {
			if _, own := d.words.stance.events[d.lw(k)]; !own {
				j = k + 1 // "the planned visit", "the recent missile launch": the event after its modifiers
				break
			}
		}
	}
	if j >= e || d.toks[j].Kind != Word || inMentionSpan(d, ms, j) || !judgementPhrase(d, ms, j+1, e) {
		return -1
	}
	return j
}

// inMentionSpan reports whether token i lies inside a mention of ms.
func inMentionSpan(d *doc, ms []int, i int) bool {
	for _, k := range ms {
		if m := &d.mentions[k]; m.From <= i && i < m.To {
			return true
		}
	}
	return false
}

// quoteOrBracket reports whether s is a quotation mark or an editor's
// bracket: "[the Turkish] aggression".
func quoteOrBracket(s string) bool {
	return isQuote(s) || s == "[" || s == "]"
}

// judgedSubject reads a judging word said of a clause's subject, with the
// dependency parse: "Egypt said the agreement was illegal", "they
// concluded that the deal is null and void", "The move is a violation of
// our sovereignty, he said". The subject's owner stands for a noun that
// names none: "Iran said the U.S. presence was a calamity".
func (x *Extractor) judgedSubject(d *doc, si int, ms []int, e int, typ string) {
	if !copulaBefore(d, d.sents[si].From, e) || !x.hasSpeakingVerb(d, si) {
		return // not said to be what something is, or no one says it: not worth a parse
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return
	}
	from := d.sents[si].From
	p := e - from
	for hops := 0; hops < 3 && (toks[p].Deprel == "conj" || toks[p].Deprel == "amod") && toks[p].Head >= 0 && !hasSubject(toks, p); hops++ {
		p = toks[p].Head // "null and void", "a serious violation"; not "that A was ready and that B was illegal"
	}
	subj, cop, ok := d.predicateSubject(toks, p)
	if !ok {
		return // "is not illegal", "could be illegal"
	}
	if !cop || subj < 0 || strings.EqualFold(toks[subj].Text, "it") {
		return // "it was a mistake to ...": no one judged
	}
	x.saidOfSubject(d, si, ms, toks, p, subj, typ)
}

// markedThat reports whether parse token p heads a clause opened by "that".
func markedThat(toks []syntax.Token, p int) bool {
	for _, k := range syntax.Children(toks, p) {
		if toks[k].Deprel == "mark" && strings.EqualFold(toks[k].Text, "that") {
			return true
		}
	}
	return false
}

// hasSubject reports whether parse token p has a subject of its own.
func hasSubject(toks []syntax.Token, p int) bool {
	for _, k := range syntax.Children(toks, p) {
		if strings.HasPrefix(toks[k].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// negatedJudgement reads a negated word of approval at e said of a
// clause's subject ("Peru said Chile's pressure on Bolivia was not
// acceptable") as criticism of it; a modal or a second negation ("could
// not be acceptable", "was not unacceptable") leaves it unsaid.
func (x *Extractor) negatedJudgement(d *doc, si int, ms []int, e int) {
	if !copulaBefore(d, d.sents[si].From, e) || !x.hasSpeakingVerb(d, si) {
		return
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return
	}
	p := e - d.sents[si].From
	subj, cop, negs, modal := d.predicateParts(toks, p)
	if modal || !cop || negs != 1 || subj < 0 || strings.EqualFold(toks[subj].Text, "it") {
		return // "it is not acceptable that ...": no one judged
	}
	x.saidOfSubject(d, si, ms, toks, p, subj, "CRITICIZES")
}

// saidOfSubject adds typ from the speaker of the verb of saying that
// governs the predicate at parse index p to its subject subj, or to the
// subject's owner ("said Chile's move was illegal"), or to the actor of
// the event it names; nothing when no one says it.
func (x *Extractor) saidOfSubject(d *doc, si int, ms []int, toks []syntax.Token, p, subj int, typ string) {
	from := d.sents[si].From
	v := x.governingSayer(d, toks, from, p)
	if v < 0 || !stated(d, si, from+v) {
		return
	}
	if typ == "SUPPORTS" && !x.stanceEventNoun(d, from+subj) {
		return // "said the treaty was legal" assesses; "said the Mexican intervention was legal" defends Mexico
	}
	fits := x.stanceFits(typ)
	var targets []int
	if typ != "SUPPORTS" {
		targets = x.argMentions(d, ms, from, toks, subj, fits)
	}
	if len(targets) == 0 {
		for _, k := range syntax.Children(toks, subj) {
			if dr := toks[k].Deprel; dr == "nmod:poss" || dr == "amod" || dr == "compound" {
				if o := ownerMention(d, ms, from+k, func(m *Mention) bool { return fits(m) && isActorMention(m) }); o >= 0 {
					targets = append(targets, o)
				}
			}
		}
	}
	if len(targets) > 0 {
		x.stanceRel(d, si, typ, x.speakersAt(d, si, ms, from+v), targets)
	} else if !inMentionSpan(d, ms, from+subj) {
		x.eventJudged(d, si, typ, x.speakersAt(d, si, ms, from+v), from+subj) // "said the proposed sanctions were an infringement"
	}
}

// stanceEventNoun reports whether token i is a noun of an act judged
// through its actor (words.yaml stance_events: "intervention", "move",
// "strikes"). Not d.words.actNouns, the nouns of acts with a maker.
func (x *Extractor) stanceEventNoun(d *doc, i int) bool {
	_, ok := x.lex.sets.stance.events[d.lw(i)]
	return ok
}

// violation reads a verb of violating in a clause someone says ("Peru
// said Chile had violated the truce", "the ban breaches the treaty, Iran
// said"): the speaker CRITICIZES the clause's subject (OPPOSES a thing),
// as a judging word said of it does. Negated, hedged or denied, it says
// nothing. A verb of harming (harm is true: "warned that Lima was
// endangering the talks", "said Beijing's actions had hurt ties") accuses
// only a subject that is an actor or an owned act (actOrActor): "said
// the drought had hurt Peru's exports" accuses no one.
func (x *Extractor) violation(d *doc, si int, ms []int, e int, harm bool) {
	if !x.hasSpeakingVerb(d, si) || d.unstated(d.sents[si].From, e, false) {
		return // no one says it (not worth a parse), or it is denied
	}
	toks := x.parseOf(d, si)
	if toks == nil {
		return
	}
	p := e - d.sents[si].From
	if toks[p].Deprel == "amod" && toks[p].Head >= 0 {
		p = toks[p].Head // "had committed war crimes" parsed as a modifier of its object: the clause hangs on the noun
	}
	subj, _, ok := d.predicateSubject(toks, p)
	if !ok {
		return // "had not violated", "could violate"
	}
	if subj < 0 || strings.EqualFold(toks[subj].Text, "it") && !d.itResolved(ms, d.sents[si].From+subj) {
		return
	}
	if harm && !x.actOrActor(d, si, ms, d.sents[si].From+subj) {
		return
	}
	x.saidOfSubject(d, si, ms, toks, p, subj, "CRITICIZES")
}

// actOrActor reports whether the subject head at token i of sentence si
// is an actor named (or a pronoun resolved to one) or an owned act: a
// noun of stance_events or an act noun with an actor before it ("Beijing's
// actions", "the Peruvian move"; "the move" alone is not enough).
func (x *Extractor) actOrActor(d *doc, si int, ms []int, i int) bool {
	for _, n := range ms {
		if m := &d.mentions[n]; m.From <= i && i < m.To {
			return m.Key != "" && isActorMention(m)
		}
	}
	return (x.stanceEventNoun(d, i) || d.judgedAct(d.lw(i))) && d.possessorBefore(ms, si, i, keyedActor) >= 0
}

// predicateSubject returns, of the predicate at parse index p, its
// subject (-1 if none) and whether a copula links them; ok is false when a
// negation or a modal leaves the predicate unsaid ("is not illegal", "had
// not violated", "could violate").
func (d *doc) predicateSubject(toks []syntax.Token, p int) (subj int, cop, ok bool) {
	subj, cop, negs, modal := d.predicateParts(toks, p)
	if negs > 0 || modal {
		return -1, false, false
	}
	return subj, cop, true
}

// predicateParts returns, of the predicate at parse index p, its subject
// (-1 if none), whether a copula links them, how many negations ("not",
// "never", "n't") it has and whether a modal hedges it ("could").
func (d *doc) predicateParts(toks []syntax.Token, p int) (subj int, cop bool, negs int, modal bool) {
	subj = -1
	for _, k := range syntax.Children(toks, p) {
		switch dr, w := toks[k].Deprel, strings.ToLower(toks[k].Text); {
		case dr == "cop":
			cop = true
		case dr == "nsubj":
			subj = k
		case dr == "advmod" && (w == "not" || w == "never" || strings.HasSuffix(w, "n't")):
			negs++
		case dr == "aux" && d.words.modals.has(w):
			modal = true
		}
	}
	if subj < 0 {
		subj = strayedSubject(toks, p)
	}
	return subj, cop, negs, modal
}

// strayedSubject returns the subject of the clause at parse index p that
// the parse hung on the verb the clause completes, when a long subject
// ends in an infinitive ("said Chile's decision to close the border was
// unacceptable": "decision" parsed as the subject of "said"): a subject
// of that verb written after it and before p is the clause's, since a
// verb's own subject stands before it ("..., said Soto" comes after the
// clause). It returns -1 if there is none.
func strayedSubject(toks []syntax.Token, p int) int {
	h := toks[p].Head
	if toks[p].Deprel != "ccomp" || h < 0 || h >= p {
		return -1
	}
	for _, k := range syntax.Children(toks, h) {
		if toks[k].Deprel == "nsubj" && h < k && k < p {
			return k
		}
	}
	return -1
}

// itResolved reports whether the "it" at token i refers to a named actor.
func (d *doc) itResolved(ms []int, i int) bool {
	k := d.mentionAt(ms, i)
	return k >= 0 && d.mentions[k].Key != ""
}

// copulaBefore reports whether a form of "be" stands a few words before
// the judging word at e, in the same phrase: "is \"null", "was a serious".
func copulaBefore(d *doc, from, e int) bool {
	for j := e - 1; j >= from && j >= e-5; j-- {
		if d.in(j, d.words.beForms) {
			return true
		}
		if t := d.toks[j]; t.Kind == Punct && !quoteOrBracket(t.Text) {
			return false
		}
	}
	return false
}

// ownerMention returns the first fitting resolved mention, adjectives
// included, that holds token i: the owner that a judged noun is said of;
// -1 if none.
func ownerMention(d *doc, ms []int, i int, fits func(*Mention) bool) int {
	for _, k := range ms {
		if m := &d.mentions[k]; m.From <= i && i < m.To && m.Key != "" && fits(m) {
			return k
		}
	}
	return -1
}

// governingSayer returns the parse index of the verb of saying or thinking
// whose clause the predicate p is ("said the deal was illegal", "said in
// a statement that ...", the second of "said that A ... and that B ..."),
// or that comments on it ("The deal is illegal, he said"); -1 if none.
func (x *Extractor) governingSayer(d *doc, toks []syntax.Token, from, p int) int {
	says := func(k int) bool { return x.judgesBySaying(strings.ToLower(toks[k].Text)) }
	if h := toks[p].Head; h >= 0 && toks[p].Deprel == "conj" && (toks[h].Deprel == "ccomp" || strings.HasPrefix(toks[h].Deprel, "acl")) {
		p = h // "said that A was a partner and that B was not acceptable": the first clause's verb
	}
	if h := toks[p].Head; h >= 0 && (toks[p].Deprel == "ccomp" || toks[p].Deprel == "parataxis") && says(h) {
		return h
	}
	if h := toks[p].Head; h >= 0 && toks[p].Deprel == "conj" && says(h) && markedThat(toks, p) {
		return h // "said in a statement that ... and that B was illegal", the second clause parsed as the verb's conjunct
	}
	if h := toks[p].Head; h >= 0 && strings.HasPrefix(toks[p].Deprel, "acl") && d.words.statementNouns.has(strings.ToLower(toks[h].Text)) && toks[h].Head >= 0 && says(toks[h].Head) {
		return toks[h].Head // "said in a statement that the deal was illegal"
	}
	if h := toks[p].Head; h >= 0 && strings.HasPrefix(toks[p].Deprel, "acl") && heardOrChannel(toks[h].Deprel) && toks[h].Head >= 0 && says(toks[h].Head) && markedThat(toks, p) {
		return toks[h].Head // "wrote on Twitter that the deal was illegal", "told reporters that ...": the clause parsed as the channel's or the hearer's
	}
	if toks[p].Head < 0 {
		for _, k := range syntax.Children(toks, p) {
			if k > p && says(k) {
				return k // "..., Bolivia said", however the parser attached it
			}
		}
	}
	return -1
}

// heardOrChannel reports whether deprel is a verb of saying's hearer or
// channel, on which the parse may hang the clause said: "told reporters
// that ...", "wrote on Twitter that ...".
func heardOrChannel(deprel string) bool {
	return deprel == "obl" || deprel == "obj" || deprel == "iobj"
}

// hasSpeakingVerb reports whether sentence si has a verb of saying or
// thinking, not an outlet's: only then is the parse worth reading for a
// judgement.
func (x *Extractor) hasSpeakingVerb(d *doc, si int) bool {
	s := d.sents[si]
	for i := s.From; i < s.To; i++ {
		if i > s.From && d.lw(i-1) == "as" {
			continue // "Interfax quoted him as saying": the outlet's verb
		}
		if x.judgesBySaying(d.lw(i)) {
			return true
		}
	}
	return false
}

// judgesBySaying reports whether the lower-cased word w is a verb of
// saying or thinking whose clause is its subject's judgement; an outlet's
// report verb is not ("Interfax quoted him as saying", "Reuters reported").
func (x *Extractor) judgesBySaying(w string) bool {
	return !x.lex.sets.reportVerbs.has(w) && (x.isSaying(w) || x.lex.sets.stance.thinking[w])
}

// sayingAt reports whether token v, in the sentence that starts at from,
// is a verb of saying: not a word of a name or title ("Secretary of
// State").
func (x *Extractor) sayingAt(d *doc, ms []int, from, v int) bool {
	return d.in(v, x.lex.sayingForms) && !(v > from && d.toks[v].Capitalized()) && !inMentionSpan(d, ms, v)
}

// ownSayingAt reports whether token v is a verb of saying (sayingAt) by
// which its subject speaks for itself, not an outlet's report verb:
// "Reuters reported" or "Interfax quoted" give no speaker's stance.
func (x *Extractor) ownSayingAt(d *doc, ms []int, from, v int) bool {
	return x.sayingAt(d, ms, from, v) && !d.in(v, x.lex.sets.reportVerbs)
}

// feeling reads a word of feeling with its object: "Washington was
// disappointed by the parliament's decision" is CRITICIZES from the one who
// feels to the object, or to the object's owner, and to a second object
// after "and" and the same preposition ("angry about Peru's remarks and
// about the Bolivian decision"). The feeling may be quoted ("was \"deeply
// disappointed\" by the decision").
func (x *Extractor) feeling(d *doc, si int, ms []int, e int, typ string) {
	from, end := d.sents[si].From, d.sents[si].To
	if e+1 >= end || e-1 < from || !stated(d, si, e) {
		return
	}
	p := e + 1
	if p+1 < end && quoteOf(d.toks[p].Text).closes {
		p++ // `was "disappointed" by the decision`: the feeling quoted
	}
	if !x.lex.sets.stance.feelPreps[d.lw(p)] {
		return
	}
	b := e - 1
	if b > from && strings.HasSuffix(d.lw(b), "ly") {
		b-- // "deeply disappointed"
	}
	if p > e+1 && b > from && quoteOf(d.toks[b].Text).opens {
		b-- // `was "deeply disappointed" by`
	}
	if w := d.lw(b); !d.words.beForms.has(w) && w != "feel" && w != "feels" && w != "felt" && w != "feeling" {
		return // "was disappointed", "felt disappointed"; not "the disappointed voters"
	}
	fits := x.stanceFits(typ)
	j := d.pastDeterminers(p+1, end)
	n := d.mentionAt(ms, j)
	if n < 0 || d.mentions[n].Key == "" || !fits(&d.mentions[n]) {
		return
	}
	src := d.leftArg(ms, b, isActorMention)
	if src < 0 {
		return
	}
	for k := d.mentions[src].To; k < b; k++ {
		if d.toks[k].Text == ":" {
			return // "ALDERTON: The Saudis were angry about ...": a speaker's label, not who feels
		}
	}
	targets := []int{n}
	for k := d.mentions[n].To; k+1 < end && k < d.mentions[n].To+12; k++ {
		if d.toks[k].Text == ";" || d.toks[k].Text == "," && d.in(k+1, d.words.clauseBreaks) && d.lw(k+1) != "and" {
			break
		}
		if d.lw(k) == "and" && d.lw(k+1) == d.lw(e+1) {
			j := d.pastDeterminers(k+2, end) // "angry about A's support for B and about C": C too
			if c := d.mentionAt(ms, j); c >= 0 && d.mentions[c].Key != "" && fits(&d.mentions[c]) {
				targets = append(targets, c)
			}
			break
		}
	}
	x.stanceRel(d, si, typ, d.coordinatedBefore(ms, src, isActorMention), targets)
}

// accusation reads an accusing noun in someone's words: "the SDF said it
// would stop Turkish aggression" (CRITICIZES SDF -> Turkey), "Riyadh
// alleged Iranian involvement", "Washington said the attack was Iran's
// doing". The accused is the noun's owner: a demonym or possessor before
// it, or the actor after "from" or "by". The accuser is the subject of an
// accusing verb just before the noun or, for a noun that accuses by itself
// or is predicated of something, of the sentence's verb of saying.
func (x *Extractor) accusation(d *doc, si int, ms []int, e int) {
	st := &x.lex.sets.stance
	from, end := d.sents[si].From, d.sents[si].To
	fits := x.stanceFits("CRITICIZES")
	if negated(d, from, e) {
		return
	}
	accused := -1
	for j := e - 1; j >= from && j >= e-3; j-- {
		if t := d.toks[j]; t.Text == "'s" || t.Text == "'" || t.Text == "the" || quoteOrBracket(t.Text) {
			continue
		}
		if n := d.mentionEnding(ms, j+1, nil); n >= 0 && d.mentions[n].Key != "" && fits(&d.mentions[n]) {
			accused = n
		}
		break
	}
	if accused < 0 && e+1 < end && (d.lw(e+1) == "from" || d.lw(e+1) == "by") {
		accused = d.rightArg(ms, e+2, 3, fits)
	}
	if accused < 0 {
		return
	}
	for v := e - 1; v >= from && v >= e-6; v-- {
		if d.toks[v].Kind == Punct && !quoteOrBracket(d.toks[v].Text) {
			break
		}
		if st.accusers[d.lw(v)] {
			if v > from && (determiners[d.lw(v-1)] || d.in(v-1, d.words.objectPreps)) {
				return // "the alleged Iranian role": an adjective, no one alleges
			}
			if stated(d, si, v) {
				x.stanceRel(d, si, "CRITICIZES", x.speakersAt(d, si, ms, v), []int{accused})
			}
			return
		}
	}
	if !st.accusing[d.lw(e)] && !predicated(d, from, min(e, d.mentions[accused].From)) {
		return // "involvement" accuses only after an accusing verb, or as what something is
	}
	for v := from; v < end; v++ {
		if x.ownSayingAt(d, ms, from, v) {
			if stated(d, si, v) {
				x.stanceRel(d, si, "CRITICIZES", x.speakersAt(d, si, ms, v), []int{accused})
			}
			return
		}
	}
}

// predicated reports whether the noun phrase that starts at token i is
// what a clause's subject is said to be: "the crash was likely Iran's
// doing".
func predicated(d *doc, from, i int) bool {
	for j := i - 1; j >= from && j >= i-4; j-- {
		switch w := d.lw(j); {
		case d.words.beForms.has(w):
			return true
		case quoteOrBracket(d.toks[j].Text) || w == "the" || w == "likely" || w == "probably" || strings.HasSuffix(w, "ly"):
		default:
			return false
		}
	}
	return false
}

// demandedLeave reads a demand, made with the verb phrase [v, to), that an
// actor leave: "recommended the US troops in Iraq withdraw", "urged Russia
// to pull out of Georgia", "demanded the withdrawal of Turkish forces". It
// is OPPOSES from the one who demands to that actor; leaving a treaty or a
// body is not meant ("urged Russia to withdraw from the treaty").
func (x *Extractor) demandedLeave(d *doc, si int, ms []int, v, to int) {
	st := &x.lex.sets.stance
	end := d.sents[si].To
	if !stated(d, si, v) {
		return
	}
	fits := keyedActor
	j := d.pastDeterminers(to, end)
	var targets []int
	if j+1 < end && st.leavingN[d.lw(j)] && d.lw(j+1) == "of" {
		targets = x.actorsOfPhrase(d, ms, j+2, end) // "the withdrawal of Turkish and American forces"
	} else if n := d.mentionAt(ms, j); n >= 0 && fits(&d.mentions[n]) {
		group := d.coordinated(ms, n, fits)
		if x.leavesAfter(d, ms, d.mentions[group[len(group)-1]].To, end) {
			targets = group
		}
	}
	if len(targets) > 0 {
		x.stanceRel(d, si, "OPPOSES", x.speakersAt(d, si, ms, v), targets)
	}
}

// demandedStop reads a demand, made with the verb phrase [v, to), that an
// actor stop or correct what it does: "demanded that Peru shut the test
// site down", "pressed Chile and Bolivia to halt the shelling", "warned
// Lima to \"roll back\" its policy". It criticizes the actor, as "urged
// Peru to stop" does (cues.yaml's call cue, whose then_verbs are the acts
// asked for: stanceWords.stopping). A demanding verb may open a "that"
// clause (that is true); a warning verb takes "to" ("warned Peru that it
// would stop" is a warning of what the speaker will do, warned).
func (x *Extractor) demandedStop(d *doc, si int, ms []int, v, to int, that bool) {
	end := d.sents[si].To
	j := to
	if that && j < end && d.lw(j) == "that" {
		j++
	}
	j = d.pastDeterminers(j, end)
	n := d.mentionPastTitles(ms, j, 1) // "urged President Jane Roe to resign"
	if n < 0 || !keyedActor(&d.mentions[n]) || d.mentions[n].Kind == mPronoun {
		return
	}
	group := d.coordinated(ms, n, keyedActor)
	k := d.mentions[group[len(group)-1]].To
	if k < end && d.lw(k) == "to" {
		k++
	} else if !that || j == to {
		return // "warned Peru", "urged Peru" without "to"; a bare clause only after "that" ("demanded Peru" alone is no clause)
	}
	if !x.lex.sets.stance.stopAt(d, k, end) || !stated(d, si, v) {
		return
	}
	x.stanceRel(d, si, "CRITICIZES", x.speakersAt(d, si, ms, v), group)
}

// stopAt reports whether an act of stopping or correcting (stopping)
// opens at token k, past an adverb and a quotation mark: "halt",
// "immediately withdraw", `"roll back`.
func (st *stanceWords) stopAt(d *doc, k, end int) bool {
	for k < end && (quoteOf(d.toks[k].Text).double || strings.HasSuffix(d.lw(k), "ly")) {
		k++
	}
	for _, p := range st.stopping {
		if verbPhraseAt(d, k, end, p) {
			return true
		}
	}
	return false
}

// verbPhraseAt reports whether the verb phrase p (lemmas, bare forms)
// opens at token k; a later word (a particle) may follow a short object:
// "shut the test site down", "rolled back".
func verbPhraseAt(d *doc, k, end int, p []string) bool {
	const reach = 5 // "shut the nuclear test site down"
	if k >= end || len(p) == 0 || d.lw(k) != p[0] {
		return false
	}
	i := k + 1
	for _, w := range p[1:] {
		j := i
		for j < end && j < i+reach && d.lw(j) != w && d.toks[j].Kind != Punct {
			j++
		}
		if j >= end || d.lw(j) != w {
			return false
		}
		i = j + 1
	}
	return true
}

// leavesAfter reports whether a verb of leaving follows token i within a
// few words of the same clause ("troops in Iraq withdraw", "to pull out
// of"), not to leave a treaty or a body.
func (x *Extractor) leavesAfter(d *doc, ms []int, i, end int) bool {
	st := &x.lex.sets.stance
	for k := i; k < end && k < i+6; k++ {
		w := d.lw(k)
		if d.toks[k].Kind == Punct || w == "that" || d.in(k, d.words.clauseBreaks) || d.in(k, d.words.subordinators) {
			return false
		}
		to, ok := st.leaving.at(d, k, end)
		if !ok {
			continue
		}
		if to < end && (d.lw(to) == "from" || d.lw(to) == "of") {
			n := d.rightArg(ms, to+1, 3, func(*Mention) bool { return true })
			if n >= 0 && !(d.mentions[n].Label == "Country" || d.mentions[n].Label == "Location") {
				return false
			}
		}
		return true
	}
	return false
}

// actorsOfPhrase returns the actors a noun phrase from token i names, by
// name or demonym, coordinated or heading actor nouns: "Turkish and
// American forces", "the United States and its allies".
func (x *Extractor) actorsOfPhrase(d *doc, ms []int, i, end int) []int {
	var out []int
	for i < end {
		if n := d.mentionAt(ms, i); n >= 0 {
			if keyedActor(&d.mentions[n]) {
				out = append(out, n)
			}
			i = d.mentions[n].To
			continue
		}
		if w := d.lw(i); w != "and" && w != "," && w != "the" && !x.lex.sets.actorNouns.has(w) {
			break
		}
		i++
	}
	return out
}

// warned reads a warning to an actor of what will happen: "we warn the
// Saudis that our targets will keep expanding", "Moscow warned Finland it
// would respond". It is THREATENS from the one who warns; a "we" or "I" in
// quoted words is the quote's speaker.
func (x *Extractor) warned(d *doc, si int, ms []int, v int) {
	st := &x.lex.sets.stance
	from, end := d.sents[si].From, d.sents[si].To
	if !stated(d, si, v) || v+1 >= end {
		return
	}
	j := d.pastDeterminers(v+1, end)
	n := d.mentionPastTitles(ms, j, 1) // "warned President Jane Roe that": the person past the title
	if n < 0 || d.mentions[n].Key == "" || !isActorMention(&d.mentions[n]) {
		return
	}
	if d.mentions[n].Kind == mPronoun && d.wordBetween(v, j, "that") {
		return // "warned that it would retaliate": the clause's subject is the one who warns
	}
	k := d.mentions[n].To
	if d.mentions[n].Kind == mAdjective && !d.mentions[n].Arg && k < end && d.toks[k].Kind == Word && d.lw(k) != "that" {
		return // "warned Russian officials": a demonym heads no phrase here
	}
	future := st.warnedOf(d, k, end) // "warned Chile of serious consequences"
	for ; !future && k < end && k < d.mentions[n].To+12; k++ {
		if d.toks[k].Kind == Punct && !quoteOrBracket(d.toks[k].Text) {
			break
		}
		if st.future[d.lw(k)] {
			future = true
			break
		}
	}
	if !future {
		return
	}
	src := x.speakersAt(d, si, ms, v)
	if len(src) == 0 && v > from && st.self[d.lw(v-1)] {
		for s := from; s < end; s++ {
			if s != v && x.ownSayingAt(d, ms, from, s) {
				src = x.speakersAt(d, si, ms, s) // "we warn ...", X said
				break
			}
		}
	}
	src = slices.DeleteFunc(src, func(k int) bool { return d.speaksFor(d.mentions[k].Key, d.mentions[n].Key) })
	x.stanceRel(d, si, "THREATENS", src, []int{n}) // "Netanyahu warned that Israel would strike": his own state is not threatened
}

// warnedOf reports whether the words from token k are "of" and a noun of
// action in return (reprisal_nouns) after at most two modifiers: "of
// serious consequences", "of a swift response".
func (st *stanceWords) warnedOf(d *doc, k, end int) bool {
	const reach = 3 // "a", "swift", "military"
	if k >= end || d.lw(k) != "of" {
		return false
	}
	for j := k + 1; j < end && j <= k+reach+1; j++ {
		if st.reprisals[d.lw(j)] {
			return true
		}
		if t := d.toks[j]; t.Kind != Word || t.Capitalized() {
			return false
		}
	}
	return false
}

// eventCues reads a cue verb whose subject is the event noun at token ev,
// with no actor named. In the passive, its agents judge the event's actor:
// "The operation was condemned by members of the European Union". In the
// active, the event's actor does what the cue says when the cue's type
// lets things act (THREATENS: "such an action harms China"), of the noun's
// own type if the cue's is an event type ("the attack hit the port", not
// "the sanctions hit Iran").
func (x *Extractor) eventCues(d *doc, si int, ms []int, ev int) {
	types := x.lex.sets.stance.events[d.lw(ev)]
	for _, cm := range x.findCues(d, si, ms) {
		if !cm.c.verb || cm.c.Plural || cm.c.Reverse || cm.from <= ev || cm.from > ev+3 || inMentionSpan(d, ms, ev+1) || !plainBetween(d, ev+1, cm.from) {
			continue
		}
		rt := x.lex.relTypes[cm.c.Type]
		srcFits := func(m *Mention) bool { return slices.Contains(rt.Sources, m.Label) }
		sources, passive, _ := x.cueSources(d, si, ms, cm, srcFits)
		if passive {
			if len(sources) > 0 && d.in(ev+1, d.words.beForms) {
				x.eventJudged(d, si, cm.c.Type, sources, ev)
			}
			continue
		}
		if !x.thingsAct(rt) || x.isEventType(cm.c.Type) && !slices.Contains(types, cm.c.Type) {
			continue
		}
		if a := d.eventAgent(si, types, nil, "", 0); a >= 0 {
			x.cueTargetRelations(d, si, ms, cm, []int{a}, false, nil)
		}
	}
}

// plainBetween reports whether the tokens from i to j (exclusive) are all
// lower-case words ("the attack was condemned", "the raid also hit"): the
// noun before them is the subject of the verb at j. A comma or a name
// between opens another clause: "A day after the strike, Chile launched".
func plainBetween(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		if t := d.toks[k]; t.Kind != Word || t.Capitalized() {
			return false
		}
	}
	return true
}

// anaphoric reports whether the noun at token i refers back: "the
// attack", "this move", "such an action"; not "an attack", a new one.
func anaphoric(d *doc, from, i int) bool {
	if i-1 < from {
		return false
	}
	switch w := d.lw(i - 1); w {
	case "a", "an":
		return i-2 >= from && d.lw(i-2) == "such"
	default:
		return determiners[w] && !possessivePronoun[w]
	}
}

// thingsAct reports whether rt takes a thing (a weapon system, a program)
// as source: then an event may act too.
func (x *Extractor) thingsAct(rt schema.RelationType) bool {
	for _, l := range rt.Sources {
		if x.lex.things[l] {
			return true
		}
	}
	return false
}

// isEventType reports whether event nouns name events of type typ.
func (x *Extractor) isEventType(typ string) bool {
	for _, types := range x.lex.sets.stance.events {
		if slices.Contains(types, typ) {
			return true
		}
	}
	return false
}

// pastDeterminers returns the first token from toks[j] on, before end,
// that is no determiner: where the noun phrase of a stance's or an
// appeal's object opens ("about the", "urged its").
func (d *doc) pastDeterminers(j, end int) int {
	for j < end && determiners[d.lw(j)] {
		j++
	}
	return j
}
