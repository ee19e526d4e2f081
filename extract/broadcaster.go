package extract

// broadcasterName returns the length of an outlet's name at toks[i] that
// no lexicon lists whole, or 0:
//   - a capitalised media word (words.yaml outlet_prefixes) and one to
//     three capitalised words of a name ("told Radio Ñandutí", "TV Kosova
//     reported", "Radio Kestrel Libre"), a name the lexicon does not start
//     there (outletName reads "Radio Peru");
//   - a state's or place's name or demonym and such a media word with a
//     service's words after it (words.yaml outlet_media: "Swiss Radio
//     International", "Vela Television News"), where "Swiss Radio" alone
//     is read by the name's head.
//
// Not in a Title Case headline or a line in capitals, where capitals tell
// no names ("Radio Reports Say ...").
func (x *Extractor) broadcasterName(d *doc, si, i int) int {
	toks := d.toks
	end := d.sents[si].To
	s := &x.lex.sets
	if toks[i].Kind != Word || !toks[i].Capitalized() {
		return 0
	}
	prefixAhead := false // cheap tests first: a media word within three words
	for k := i + 1; k < end && k <= i+3 && !prefixAhead; k++ {
		prefixAhead = s.outletPrefixes[toks[k].Text]
	}
	if !prefixAhead && !s.outletPrefixes[toks[i].Text] || si == 0 && d.header.titleCased || shouted(d, d.sents[si]) {
		return 0
	}
	e, n := x.lex.match(toks, i, end)
	if s.outletPrefixes[toks[i].Text] {
		if e != nil && n > 1 {
			return 0 // "Radio Free Asia": the lexicon's
		}
		k := i + 1
		for k < end && k <= i+3 && toks[k].Kind == Word && toks[k].Capitalized() && !s.notNames[toks[k].Text] && !s.months[toks[k].Text] && !s.outletMedia[toks[k].Text] {
			k++
		}
		if k == i+1 {
			return 0
		}
		return x.outletServiceEnd(d, k, end) - i
	}
	if e == nil || i+n >= end {
		return 0
	}
	if (e.label == "Country" || e.label == "Location") && s.outletPrefixes[toks[i+n].Text] {
		if k := x.outletServiceEnd(d, i+n+1, end); k > i+n+1 {
			return k - i
		}
	}
	return 0
}

// outletEdition returns the length of an outlet's name the lexicon lists
// (e, n tokens at toks[i]) with a service's or edition's words after it
// (words.yaml outlet_media): "Al-Ahram Weekly", "Kestrel TV" are that
// outlet, one node, written so; 0 when none follow.
func (x *Extractor) outletEdition(d *doc, si, i int, e *entry, n int) int {
	if e == nil || e.label != "Organization" || e.sort != "media" || e.kind != kindName {
		return 0
	}
	k := x.outletServiceEnd(d, i+n, d.sents[si].To)
	if k == i+n || si == 0 && d.header.titleCased || shouted(d, d.sents[si]) {
		return 0
	}
	return k - i
}

// mastheadPlace returns the length of an outlet's name at toks[i] that is
// one or two capitalised words no lexicon knows and a state's or place's
// name, alone on an article's first line ("Civil Kestrelia" above the
// headline, office.go mastheadLine), or written again as the name learnt
// there ("Civil Kestrelia, Vela / 6 May"); 0 otherwise. The state is not
// mentioned there: the words are the outlet's name.
func (x *Extractor) mastheadPlace(d *doc, si, i int) int {
	s := d.sents[si]
	toks := d.toks
	if !toks[i].Capitalized() {
		return 0
	}
	if si > 0 {
		// a cheap test first: the masthead's first word was learnt as its name (learnAliases)
		if k, ok := d.known[toks[i].Text]; !ok || d.mentions[k].sent != 0 || d.mentions[k].Label != "Organization" {
			return 0
		}
	}
	j := i
	for j < s.To && j < i+2 && x.unknownWord(toks[j]) && !determiners[toks[j].lower] {
		j++
	}
	if j == i || j >= s.To {
		return 0
	}
	e, n := x.lex.match(toks, j, s.To)
	if e == nil || e.kind != kindName || e.label != "Country" && e.label != "Location" {
		return 0
	}
	to := j + n
	if si == 0 && i == s.From && to == s.To && x.mastheadLine(d, s, i) {
		return to - i
	}
	if k, ok := d.known[d.text[toks[i].Start:toks[to-1].End()]]; ok && d.mentions[k].Label == "Organization" && d.mentions[k].sent == 0 {
		return to - i
	}
	return 0
}

// otherStateBody returns the length of a body's name at toks[i] that
// opens with the name of a body the lexicon gives to one state (e, n
// tokens) and goes on with "of" and another state's name: "the People's
// Liberation Army of Kestrelia" is Kestrelia's army, a body of its own,
// not the lexicon's army of another state with the state beside it. 0
// otherwise (China's own "People's Liberation Army of China" stays the lexicon's).
func (x *Extractor) otherStateBody(d *doc, si, i int, e *entry, n int) int {
	end := d.sents[si].To
	if e == nil || e.label != "Organization" || e.kind != kindName || e.country == "" || i+n+1 >= end || d.toks[i+n].Text != "of" {
		return 0
	}
	c, m := x.lex.match(d.toks, i+n+1, end)
	if c == nil || c.label != "Country" || c.kind != kindName || c.country == e.country {
		return 0
	}
	if x.nameEnd(d, i, end) >= i+n+1+m {
		return 0 // "the Democratic Party of Japan": read whole as a name already
	}
	return n + 1 + m
}

// outletServiceEnd returns the token after the run of a service's or
// edition's words (words.yaml outlet_media: "News", "International",
// "Weekly") that starts at toks[k] and stops by end: k when none stands
// there. broadcasterName and outletEdition read an outlet's name on
// through them; outletService (name.go) asks that they fill a name's rest.
func (x *Extractor) outletServiceEnd(d *doc, k, end int) int {
	for k < end && d.toks[k].Kind == Word && x.lex.sets.outletMedia[d.toks[k].Text] {
		k++
	}
	return k
}
