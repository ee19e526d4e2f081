package extract

import (
	"slices"
	"strings"
)

// quotes adds QUOTES from a news outlet to the person whose words it
// carries in sentence si: "X told NPR", "X said in an interview with Fox
// News", "speaking on al-Masirah TV, X said", "NPR reported X said", "X
// was quoted by Interfax as saying", "X said ..., according to Yonhap".
// An outlet that only reports facts quotes no one: "X met Y, according to
// Xinhua" has no words of X.
func (x *Extractor) quotes(d *doc, si int, ms []int) {
	s := d.sents[si]
	person := isPerson
	for _, k := range ms {
		m := &d.mentions[k]
		if m.Key == "" || !x.outletMention(d, m) {
			continue
		}
		i := d.outletLead(ms, s.From, m.From-1)
		lead, according, quotedBy := false, false, false
		switch {
		case i < s.From:
		case i > s.From && d.lw(i) == "to" && d.lw(i-1) == "according":
			according = true
		case i > s.From && d.lw(i) == "by" && x.carriedWords(d, s.From, i-1):
			according = true // "he said in comments carried by the Andina agency"
		case i > s.From && d.lw(i) == "by" && d.in(i-1, x.lex.sets.reportVerbs):
			quotedBy = true // "X was quoted by Interfax as saying"
		case d.in(i, x.lex.sets.outletLeads):
			lead = true
		case d.in(i, x.lex.sets.outletPreps):
			for j := i - 1; j >= s.From && j >= i-3; j-- {
				if d.in(j, x.lex.sets.speakingWords) || d.lw(i) == "on" && j == i-1 && x.isSaying(d.lw(j)) && d.outletEnds(m) {
					// "boasted on state television TVN:": any verb of saying right before "on"
					lead = true
					break
				}
			}
		}
		speaker := -1
		switch {
		case according:
			speaker = x.reportedSpeaker(d, si, ms, person)
		case quotedBy:
			speaker = d.leftArg(ms, i-1, person)
		case lead:
			speaker = d.leftArg(ms, i, person)
			if speaker >= 0 && d.ownerOfSpeaker(&d.mentions[speaker]) {
				continue // "His spokesman told Rudaw": the unnamed spokesman's words (travel.go ownerOfSpeaker)
			}
			if speaker >= 0 && d.quoteClosesBetween(d.mentions[speaker].To, i) {
				continue // '"... punishing X," a diplomat told Meduza': X is in the words, not their speaker
			}
			if speaker < 0 {
				speaker = d.rightArg(ms, m.To, 8, person) // "..., told NPR Defence Minister X"
				if speaker >= 0 && d.mentions[speaker].Kind == mName && d.wordBetween(m.To, d.mentions[speaker].From, "that") {
					continue // "sources told the Herald that X was wounded": X is what is told, not its teller
				}
			}
			if speaker < 0 && x.frontedSpeaking(d, s.From, i) {
				speaker = x.reportedSpeaker(d, si, ms, person) // "Speaking to Reuters, the minister, Mr X, said"
			}
		case m.To < s.To && d.in(m.To, x.lex.sets.reportVerbs):
			j := m.To + 1
			if j < s.To && d.lw(j) == "that" {
				j++
			}
			if n := d.rightArg(ms, j, 3, person); n >= 0 && d.mentions[n].From == j {
				speaker = n
			}
		}
		if speaker < 0 && !according {
			speaker = x.publishedInterview(d, si, ms, m, person)
		}
		if speaker >= 0 && x.addRel(d, si, "QUOTES", "", m, &d.mentions[speaker], nil) {
			d.dropTalkWithOutlet(si, m.Key, d.mentions[speaker].Key)
		}
	}
}

// carriedWords reports whether toks[v], a participle of carrying
// (words.yaml carry_verbs), follows a noun of speech (speech_nouns) within four words
// and no punctuation: "in comments carried by", "a speech to residents
// broadcast by". Its outlet carries the words of the sentence's speaker,
// as "according to" does; "a report carried by", "a fire broadcast by"
// carry no one's words.
func (x *Extractor) carriedWords(d *doc, from, v int) bool {
	if v <= from || !d.in(v, x.lex.sets.carryVerbs) {
		return false
	}
	for j := v - 1; j >= from && j >= v-4; j-- {
		if d.toks[j].Kind == Punct {
			return false
		}
		if d.in(j, x.lex.sets.speechNouns) && !d.toks[j].Capitalized() {
			return true
		}
	}
	return false
}

// outletEnds reports whether outlet mention m ends its phrase: the
// sentence, a punctuation mark other than a possessive, "that", or a
// word of time ("boasted on TVN:", "insisted on TVN that ...", "said on
// TVN last night"), not "commented on the TVN report" or "insisted on
// TVN's apology", where the outlet is the topic.
func (d *doc) outletEnds(m *Mention) bool {
	if m.To >= d.sents[m.sent].To {
		return true
	}
	t := d.toks[m.To]
	return t.Kind == Punct && t.Text != "'s" || t.lower == "that" || t.lower == "on" || isAdverbOfTime(t.lower)
}

// dropTalkWithOutlet removes the COMMUNICATES_WITH of sentence si between
// an outlet and the person it quotes: "spoke to Reuters" is the outlet
// quoting the speaker, no exchange between the two.
func (d *doc) dropTalkWithOutlet(si int, outlet, speaker string) {
	s, t := outlet, speaker
	if t < s {
		s, t = t, s
	}
	span := d.sents[si].Span()
	d.rels = slices.DeleteFunc(d.rels, func(r Relation) bool {
		drop := r.Type == "COMMUNICATES_WITH" && r.Source == s && r.Target == t && r.Span == span
		if drop {
			delete(d.seen, [3]string{r.Type, r.Source, r.Target})
		}
		return drop
	})
}

// outletMention reports whether organization mention m may be a news
// outlet: one of the media sort, or a name the lexicon does not know
// that is not headed as a body ("told Radio Liberty", not "told the
// Senate"). Words told to an outlet are a quote, no communication.
func (x *Extractor) outletMention(d *doc, m *Mention) bool {
	return d.knownOutlet(m) || m.Label == "Organization" && !m.lexical && m.Kind == mName && !x.bodyHeaded(d, m)
}

// knownOutlet reports whether organization m is a news outlet by what it
// is, not by where it stands: of the media sort, or ending in a press head
// (pressHeaded). outletMention also takes names no lexicon knows;
// toldOutlet takes only these.
func (d *doc) knownOutlet(m *Mention) bool {
	return m.Label == "Organization" && (m.Sort == "media" || d.pressHeaded(m))
}

// pressHeaded reports whether mention m ends in a newspaper's or a
// broadcaster's head word written with its capital (words.yaml
// press_heads): "told the Post", "told The Herald", "Stabroek News" name
// an outlet whatever form the mention takes (a short name for the paper
// named in full before).
func (d *doc) pressHeaded(m *Mention) bool {
	return m.To > m.From && d.words.pressHeads[d.toks[m.To-1].Text]
}

// bodyHeaded reports whether mention m, a body the lexicon does not know,
// ends in or stands before the head of a body that is no news outlet
// (words.yaml non_outlet_heads): "the Senate", "the Red Dawn coalition".
func (x *Extractor) bodyHeaded(d *doc, m *Mention) bool {
	h := x.lex.sets.nonOutletHeads
	return d.in(m.To-1, h) || m.To < d.sents[m.sent].To && !d.toks[m.To].Capitalized() && d.in(m.To, h)
}

// reportedSpeaker returns the person who speaks in sentence si by a verb
// of saying of their own, as its subject ("Lavrov said") or right after
// it ("..., said Lavrov"); -1 if none.
func (x *Extractor) reportedSpeaker(d *doc, si int, ms []int, person func(*Mention) bool) int {
	from, end := d.sents[si].From, d.sents[si].To
	for v := from; v < end; v++ {
		if !x.ownSayingAt(d, ms, from, v) || !stated(d, si, v) {
			continue
		}
		if n := d.mentionAt(ms, v+1); n >= 0 && person(&d.mentions[n]) && d.mentions[n].Key != "" {
			return n
		}
		for _, k := range x.speakersAt(d, si, ms, v) {
			if person(&d.mentions[k]) {
				return k
			}
		}
	}
	return -1
}

// outletLead returns the token before an outlet's name that starts at i+1,
// past its article and descriptors: in "told the German daily Bild" and
// "told the Serbian-language station TV Drina" the token "told"; a place's
// name or adjective is passed as a demonym is ("told the Berlin daily
// Tagesspiegel").
func (d *doc) outletLead(ms []int, from, i int) int {
	adjective := func(m *Mention) bool { return m.Kind == mAdjective || m.Label == "Location" } // "the Greenlandic broadcaster", "the Berlin daily"
	for n := 0; i >= from && n < 4; n++ {
		w := d.lw(i)
		if w == "the" || d.words.outletDescs.has(w) || hyphenModifier(d.toks[i]) || languageCompound(d.toks[i], d.words.languageCompounds) {
			i--
		} else if k := d.mentionEnding(ms, i+1, adjective); k >= 0 {
			i = d.mentions[k].From - 1 // "the German daily"
		} else {
			return i
		}
	}
	return i
}

// toldOutlet reports whether mention m is a news outlet told something: a
// known outlet (knownOutlet: "told Stabroek News", "told the daily Lima
// Post") led by "told" (toldLead). The outlet hears the words; it is never
// the subject of a verb after them ("A told the Lima Post that he
// criticised the delay"). outletTold reads the same lead, and takes
// unknown names for outlets too.
func (d *doc) toldOutlet(ms []int, m *Mention) bool {
	return d.knownOutlet(m) && d.toldLead(ms, m)
}

// toldLead reports whether a word of words.yaml outlet_leads ("told")
// leads mention m past its article and descriptors (outletLead): "told
// Reuters", "told the daily Kestrel Herald". outletTold and toldOutlet
// read an outlet told something with it.
func (d *doc) toldLead(ms []int, m *Mention) bool {
	from := d.sents[m.sent].From
	i := d.outletLead(ms, from, m.From-1)
	return i >= from && d.in(i, d.words.outletLeads)
}

// hyphenModifier reports whether t is a lower-case hyphenated modifier,
// as outlets and officials are described: "the pro-government
// broadcaster", "the state-controlled channel", "the long-serving
// governor" ("the Kremlin-friendly daily" keeps its capital and is no
// modifier here).
func hyphenModifier(t Token) bool {
	return t.Kind == Word && !t.Capitalized() && strings.Contains(t.Text, "-")
}

// publishedInterview returns the person an outlet published an interview
// with: "Der Spiegel published an interview with X", "NHK aired remarks
// by X"; -1 if none.
func (x *Extractor) publishedInterview(d *doc, si int, ms []int, m *Mention, person func(*Mention) bool) int {
	end := d.sents[si].To
	verbs := x.lex.sets.cues.mediaVerbs
	if i := m.To; i >= end || !verbs[lemmaOf(d.lw(i), verbs)] {
		return -1
	}
	for j := m.To + 1; j+1 < end && j <= m.To+4; j++ {
		if d.toks[j].Kind == Punct {
			return -1
		}
		if w := d.lw(j + 1); d.in(j, x.lex.sets.speakingWords) && (w == "with" || w == "by" || w == "from") {
			if n := d.rightArg(ms, j+2, 6, person); n >= 0 { // "with Finnish President X"
				return n
			}
			return -1
		}
	}
	return -1
}

// stateOutlets relates a news outlet that sentence si marks as a state's
// (words.yaml firm_state_marks among the lower-case words before its
// name: "the state news agency KNA", "state-run Voice of the Andes
// radio", "the official PNA news agency") and writes with no state of its
// own (no possessive or demonym before it) to the state that owns it,
// PART_OF: the state the lexicon gives the outlet, when the article names
// it ("the state news agency QNA"); else the state of the capital heading
// the paragraph ("LIMA: President X said in a speech broadcast by
// state-run Radio Y"; paragraphCapital). A state outlet of no state in
// view stays unrelated; the state of a speaker whose words it carries is
// no sure owner ("a statement carried by the official X agency, the
// Chilean ministry said" names no owner: such a reading cost precision).
func (x *Extractor) stateOutlets(d *doc, si int, ms []int) {
	for _, k := range ms {
		m := &d.mentions[k]
		owned := m.Owner >= 0 && d.mentions[m.Owner].Key != m.Key // not "the state news agency KNA" resolved as one
		if m.Key == "" || owned || !x.outletMention(d, m) {
			continue
		}
		if !x.stateMarked(d, ms, m) {
			continue
		}
		var state *Mention
		if m.Country != "" {
			state = d.countryMention(m.Country) // "the state news agency QNA": the lexicon's Qatar News Agency
		} else if c := d.affMention(x.paragraphCapital(d, si, m)); c != nil {
			state = stateMention(c)
		}
		x.addRel(d, si, "PART_OF", "", m, state, nil)
	}
}

// stateMarked reports whether outlet mention m is written as a state's
// and with no state of its own: a word of firm_state_marks among the
// articles, media words (outlet_descriptors) and hyphenated modifiers
// right before its name, with a medium among them ("news agency",
// "radio", "daily") or right after the name, or an outlet of the media
// sort; no state, demonym, place or possessive is written among them
// ("the Chilean state news agency" is its demonym's, read elsewhere).
func (x *Extractor) stateMarked(d *doc, ms []int, m *Mention) bool {
	from := d.sents[m.sent].From
	marks, descs := x.lex.sets.firmStateMarks, d.words.outletDescs
	marked, medium := false, m.Sort == "media"
	for j := m.From - 1; j >= from && j >= m.From-5; j-- {
		t := d.toks[j]
		w := d.lw(j)
		n := d.mentionAt(ms, j)
		if d.in(j, marks) {
			n = -1 // "the state news agency": "state" is no description of a state here
		}
		if n >= 0 && d.mentions[n].Key != m.Key && d.mentions[n].Label != "Person" || w == "'s" {
			return false // "the Chilean state news agency", "Chile's state radio": its state is written
		}
		if t.Kind != Word || t.Capitalized() || !(articles[w] || d.in(j, marks) || d.in(j, descs) || hyphenModifier(t)) {
			break // a description resolved to the outlet ("the state news agency" KNA) is read past
		}
		marked = marked || d.in(j, marks)
		medium = medium || d.in(j, descs) && !d.in(j, marks)
	}
	if end := d.sents[m.sent].To; m.To < end && !d.toks[m.To].Capitalized() && d.in(m.To, descs) && !d.in(m.To, marks) {
		medium = true // "the official PNA news agency"
	}
	return marked && medium
}

// quoteClosesBetween reports whether a quotation closes among
// toks[from:to] (closingQuote): a name before it is among the quoted
// words, not their speaker ('"... punishing X," a diplomat told').
func (d *doc) quoteClosesBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if closingQuote(d, j) {
			return true
		}
	}
	return false
}

// frontedSpeaking reports whether the outlet's lead preposition at token i
// follows a word of speaking (words.yaml speaking_words) that opens the
// sentence: "Speaking to Reuters by phone, the minister, Mr X, said"; the
// speaker is the main clause's, however long the title apposed to the name.
func (x *Extractor) frontedSpeaking(d *doc, from, i int) bool {
	return i > from && i-from <= 2 && d.in(from, x.lex.sets.speakingWords) && d.toks[from].Capitalized()
}
