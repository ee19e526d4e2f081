package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/schema"
)

// Unstated acts: a cue whose act the sentence only denies, supposes or
// sets out to prevent states nothing (GUIDE: "what is denied, hoped for
// or merely possible states nothing"). negated and hedged (cuerel.go)
// read the words right before a cue; the frames here reach further:
//
//   - a denial: "Moscow denied that its forces had attacked Kyiv", "the
//     Kremlin dismissed reports that Russia had sanctioned Georgia";
//   - a hypothetical event noun: "any attack on Iran", "a possible
//     invasion by China";
//   - prevention: "to deter attacks by Russia", "prevent Iran from
//     attacking Israel";
//   - a condition: "in case of an invasion by Syria";
//   - an open question: "unclear whether Peru will back the plan";
//   - a prospect or a topic: "fears of a Russian attack on Estonia",
//     "ahead of talks with Iran", "discussions about a strike on Iran".
//
// The words are words.yaml's unstated lists.

// unstatedWords are schema.UnstatedWords compiled for lookup.
type unstatedWords struct {
	denying              list                  // verb forms: "denied" (a list: doc.denied asks the words before each event)
	refuting, preventing set                   // verb forms: "rejected", "deterring"
	claims               list                  // "claims", "reports"
	hypothetical         set                   // "any", "possible"
	conditions           map[string][][]string // "in case of", split into words, by its last word ("of")
	clauseSaying         set                   // forms of "say", "insist": their object is a clause
	questions            set                   // "whether": its clause is an open question
}

// compileUnstated compiles the unstated word lists, verbs in all their
// forms.
func (lx *lexicon) compileUnstated(u schema.UnstatedWords, irregular map[string][]string) unstatedWords {
	out := unstatedWords{
		denying:      lx.listOf(verbForms(u.DenyingVerbs, irregular)),
		refuting:     verbForms(u.RefutingVerbs, irregular),
		preventing:   verbForms(u.PreventVerbs, irregular),
		claims:       lx.newList(u.ClaimNouns),
		hypothetical: newSet(u.Hypothetical, true),
		clauseSaying: verbForms(u.ClauseSaying, irregular),
		questions:    newSet(u.QuestionLeads, true),
		conditions:   map[string][][]string{},
	}
	for _, p := range slices.Concat(u.ConditionLeads, u.ProspectLeads) {
		if ws := strings.Fields(strings.ToLower(p)); len(ws) > 0 {
			last := ws[len(ws)-1]
			out.conditions[last] = append(out.conditions[last], ws)
		}
	}
	return out
}

// unstated reports whether the cue at toks[i], in a sentence that starts
// at token from, states its act only as denied, supposed or prevented. A
// plannable type (a threat, a planned call or deployment) is stated by its
// possibility too, so only a denial takes it back.
func (d *doc) unstated(from, i int, plannable bool) bool {
	if d.denied(from, i) {
		return true
	}
	return !plannable && (d.hypotheticalEvent(from, i) || d.prevented(from, i) || d.conditional(from, i) || d.questioned(from, i))
}

// questioned reports whether the cue at toks[i] stands in the clause of a
// question lead a few words before it, with no punctuation or new clause
// between: "did not say whether Chile would back the plan", "asked
// whether Peru will sign". Such a clause is an open question.
func (d *doc) questioned(from, i int) bool {
	return d.leadBefore(from, i, d.words.unstated.questions)
}

// hypotheticalEvent reports whether a hypothetical modifier opens the
// noun phrase of the cue at toks[i], up to two words before it: "any
// attack on", "a possible Chinese invasion of".
func (d *doc) hypotheticalEvent(from, i int) bool {
	for j := i - 1; j >= from && j >= i-3; j-- {
		w := d.lw(j)
		if d.toks[j].Kind == Punct || d.in(j, d.words.objectPreps) {
			return false
		}
		if d.words.unstated.hypothetical[w] {
			return true
		}
	}
	return false
}

// prevented reports whether the cue at toks[i] is the act a preventing
// verb just before it keeps from happening: "to deter attacks by",
// "prevent Iran from attacking", "aimed at deterring future strikes on".
func (d *doc) prevented(from, i int) bool {
	return d.leadBefore(from, i, d.words.unstated.preventing)
}

// leadBefore reports whether a word of leads stands at most six words
// before the cue at toks[i] in the same clause, with no punctuation or
// clause break between: the cue is then the act that word governs
// (prevented, questioned).
func (d *doc) leadBefore(from, i int, leads set) bool {
	for j := i - 1; j >= from && j >= i-6; j-- {
		w := d.lw(j)
		if d.toks[j].Kind == Punct || d.in(j, d.words.clauseBreaks) {
			return false
		}
		if leads[w] {
			return true
		}
	}
	return false
}

// conditional reports whether a condition lead ends at most two words
// before the cue at toks[i]: "in case of an invasion of", "in the event
// of a Russian attack on".
func (d *doc) conditional(from, i int) bool {
	for k := i - 1; k >= from && k >= i-3; k-- {
		if d.toks[k].Kind == Punct {
			return false
		}
		for _, ws := range d.words.unstated.conditions[d.lw(k)] {
			if d.phraseEndsAt(from, k, ws) {
				return true
			}
		}
	}
	return false
}

// phraseEndsAt reports whether the words ws stand at tokens ending at k.
func (d *doc) phraseEndsAt(from, k int, ws []string) bool {
	start := k - len(ws) + 1
	if start < from {
		return false
	}
	for n, w := range ws {
		if d.lw(start+n) != w {
			return false
		}
	}
	return true
}

// denied reports whether the cue at toks[i] lies in the clause a denial
// governs, with no comma, colon or new clause between: "denied that it
// had attacked", "denies its forces shelled", "rejected claims that
// Russia had sanctioned". A verb joined by "and" right before the cue is
// a clause of its own ("denied the report and attacked").
func (d *doc) denied(from, i int) bool {
	u := &d.words.unstated
	for j := i - 1; j >= from && j >= i-20; j-- {
		w := d.lw(j)
		if d.toks[j].Kind == Punct || j == i-1 && w == "and" || w != "and" && d.in(j, d.words.clauseBreaks) {
			return false
		}
		if d.in(j, u.denying) {
			return true
		}
		if d.in(j, u.claims) && d.claimThat(j, i) && d.refutedAt(from, j) {
			return true
		}
	}
	return false
}

// claimThat reports whether the claim noun at toks[j] opens its "that"
// clause before token i: right after it ("claims that") or after the
// one who makes the claim ("accusations from Peru that", "claims by the
// rebels that").
func (d *doc) claimThat(j, i int) bool {
	const reach = 5 // the claimant's name after "from" / "by"
	if j+1 < i && d.lw(j+1) == "that" {
		return true
	}
	if j+2 >= i || d.lw(j+1) != "from" && d.lw(j+1) != "by" {
		return false
	}
	for k := j + 2; k < i && k <= j+1+reach; k++ {
		if d.lw(k) == "that" {
			return true
		}
		if d.toks[k].Kind == Punct {
			return false
		}
	}
	return false
}

// refutedAt reports whether a refuting verb stands up to three words
// before the claim noun at toks[j]: "rejected the claims", "dismissed
// Western reports".
func (d *doc) refutedAt(from, j int) bool {
	for k := j - 1; k >= from && k >= j-3; k-- {
		if d.toks[k].Kind == Punct {
			return false
		}
		if d.words.unstated.refuting[d.lw(k)] {
			return true
		}
	}
	return false
}

// claimObject reports whether a claim noun with its "that" clause is the
// object right after a cue ending at token to ("rejected claims that
// Russia attacked Ukraine", "dismissed the reports that"): the cue's act
// is on the claim, and nothing named after it is its target.
func (d *doc) claimObject(to, end int) bool {
	for j := to; j < end && j <= to+2; j++ {
		if d.in(j, d.words.unstated.claims) {
			return j+1 < end && d.lw(j+1) == "that"
		}
		if d.toks[j].Kind == Punct || d.toks[j].Capitalized() {
			return false
		}
	}
	return false
}

// reportedNoun reports whether the noun cue at toks[i] opens the subject
// of a clause reported by a verb of saying: "Lavrov said talks with Ukraine
// were over", "said that the meeting with Japan was cancelled". The
// speaker is then no party to the noun's act (an adjunct of the saying
// verb, "said after talks with", keeps its subject). Only verbs whose
// object is always a clause count (unstated's clause_saying_verbs: "say",
// not "announce": "announced funding for" is the subject's act).
func (x *Extractor) reportedNoun(d *doc, si, i int) bool {
	from := d.sents[si].From
	j := i - 1
	for j >= from && j >= i-3 && (determiners[d.lw(j)] || d.lw(j) == "that") {
		j--
	}
	return j >= from && d.words.unstated.clauseSaying[d.lw(j)]
}

// reportedDoer reports whether the verb cue at toks[i] is the verb of a
// clause reported by a saying verb after mention n, with a subject of its
// own that names no entity: in "Russia said gunmen attacked a police
// station" the gunmen attacked, not Russia. A pronoun in the clause ("said
// it had attacked", "said its forces attacked") may be the speaker, and
// punctuation or a conjunction may close the clause before the cue
// ("which said sanctions were illegal, attacked"): then it reports false.
// A clause after "that" is read so too, whatever verb reports it, when a
// subject opens it ("informed reporters that 40 soldiers would join the
// mission"; not the relative "troops that later attacked", whose doer may
// be n's); so is a second reported clause, "and that": "told parliament
// that the vote was illegal and that the other members of the Group of 7
// had suspended talks". So is a clause opened by "as" (a subordinator
// that leftArg's list leaves out, for it is also a preposition: "as a
// member"): in "Chilean troops deployed as protesters stormed buildings in
// Lima" the protesters stormed them.
func (x *Extractor) reportedDoer(d *doc, n, i int) bool {
	s := -1
	for j := i - 1; j >= d.mentions[n].To; j-- {
		if d.words.unstated.clauseSaying[d.lw(j)] || d.lw(j) == "as" || d.lw(j) == "that" && j-1 >= d.mentions[n].To && (d.lw(j-1) == "and" || d.subjectOpens(j+1, i)) {
			s = j
			break
		}
	}
	if s < 0 {
		return false
	}
	for j := s + 1; j < i; j++ {
		w := d.lw(j)
		if d.toks[j].Kind == Punct && !quoteOf(w).double || pronouns[w] != "" || w == "and" || w == "or" || w == "but" {
			return false // a quoted adverb ("had \"once again\" attacked") stays in the clause
		}
	}
	j := d.verbGroupStart(s+1, i, -1, func(j int) bool {
		w := d.lw(j)
		return d.auxiliary(w) || strings.HasSuffix(w, "ly") || w == "also" || w == "not" || quoteOf(w).double
	}) - 1
	if j <= s {
		return false
	}
	w := d.lw(j)
	// a capitalized word after "the" that is no fitting mention names no
	// entity either: "Seoul said the North had attacked" (n is before it)
	unnamedCapital := d.toks[j].Capitalized() && j-1 > s && d.lw(j-1) == "the"
	return (!d.toks[j].Capitalized() || unnamedCapital) && !determiners[w] && !followers[w] && w != "that"
}

// subjectOpens reports whether a clause's subject starts at toks[j],
// before its verb at toks[i]: a determiner or a number ("that the
// troops", "that 40 soldiers", "that up to 40"), a capitalized word ("that Chilean
// troops"), or a common noun right before an auxiliary ("that troops
// would"). An adverb or a verb ("that later attacked") opens no subject.
func (d *doc) subjectOpens(j, i int) bool {
	if d.atLeast(j) || d.lw(j) == "up" && d.lw(j+1) == "to" || (d.lw(j) == "more" || d.lw(j) == "fewer") && d.lw(j+1) == "than" {
		j += 2 // "that up to 40 soldiers", "that at least 12 civilians"
	}
	if j >= i {
		return false
	}
	t := d.toks[j]
	return determiners[t.lower] || t.Kind == Number || t.Capitalized() || j+1 < i && d.auxiliary(d.lw(j+1))
}
