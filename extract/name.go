package extract

import "strings"

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
	if s.notNames[toks[i].Text] || determiners[toks[i].lower] || s.months[toks[i].Text] || s.honorifics[toks[i].Text] && i+1 < end && toks[i+1].Capitalized() {
		return 1
	}
	if n := x.pluralTitle(d, si, i, add); n > 0 {
		return n
	}
	j := x.companyTail(d, x.nameEnd(d, i, end), end)
	if i == from && j-i > 1 && s.cues.descriptors[toks[i].lower] != "" {
		return 1 // "Rapper Jay Smith": the descriptor opens the sentence, the name follows
	}
	surface := d.text[toks[i].Start:toks[j-1].End()]

	// a name already seen: an acronym or a surname
	if k, ok := d.known[surface]; ok {
		m := d.mentions[k]
		return add(Mention{From: i, To: j, Label: m.Label, Key: m.Key, Name: m.Name, Country: m.Country, Arg: true, Head: m.Head})
	}

	if j-i == 1 && i > from && toks[i-1].lower == "the" && s.orgHeads[toks[i].Text] {
		// "the Senate": the body named before with that head, or itself
		return add(Mention{From: i, To: j, Kind: mDescription, Label: "Organization", Head: toks[i].lower, Name: surface, Arg: true})
	}
	label, key, j := x.classify(d, si, i, j)
	if label == "" {
		return 1
	}
	surface = d.text[toks[i].Start:toks[j-1].End()]
	m := Mention{From: i, To: j, Label: label, Name: surface, Arg: true, Head: strings.ToLower(toks[j-1].Text)}
	m.Key = strings.ToLower(label) + ":" + slug(surface)
	if key != "" {
		m.Key = key
	}
	if i > from && label == "Organization" && s.cues.descriptors[toks[i-1].lower] == "Organization" {
		m.Head = toks[i-1].lower // "the newspaper" refers back to "daily X"
	}
	k := len(d.mentions)
	n := add(m)
	x.learnAliases(d, k)
	return n
}

// classify returns the label of the unknown name toks[i:j], the entity key
// when it is not derived from the name, and the name's end (a facility or
// place head written after it joins it: "El Dabaa nuclear power plant",
// "Sindh province").
func (x *Extractor) classify(d *doc, si, i, j int) (label, key string, to int) {
	s := &x.lex.sets
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if label = x.shapeLabel(d, i, j); label != "" {
		return label, "", j
	}
	if n := x.facilityTail(d, j, end); n > 0 {
		// "El Dabaa nuclear power plant" and "El Dabaa plant" are one facility
		return "Facility", "facility:" + slug(d.text[toks[i].Start:toks[j-1].End()]), j + n
	}
	if j < end && s.placeHeads[toks[j].lower] && !toks[j].Capitalized() {
		return "Location", "", j + 1 // "Sindh province"
	}
	if label = x.descriptorLabel(d, si, i); label != "" {
		return label, "", j
	}
	afterThe := i > from && determiners[toks[i-1].lower]
	given := j-i >= 2 && s.firstNames[toks[i].Text]
	switch {
	case x.roleAt(d, si, i) || x.toldOutlet(d, si, i):
		return "Organization", "", j
	case !given && x.mediaSubject(d, si, j):
		return "Organization", "", j
	case afterThe && j < end && x.isSaying(toks[j].lower):
		return "Organization", "", j // "the Commission said"
	case x.knownSurname(d, i, j) && !afterThe:
		return "Person", "", j
	case !afterThe && x.personEvidence(d, si, i, j):
		return "Person", "", j
	case j-i == 1 && camelCase(toks[i].Text):
		return "Organization", "", j
	case j+2 < end && toks[j].Text == "(" && toks[j+2].Text == ")" && isAllCaps(toks[j+1].Text) && j-i > 1:
		return "Organization", "", j
	case x.placeObject(d, si, i, j):
		return "Location", "", j
	}
	return "", "", j
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

// nameEnd returns the end of the capitalised sequence at toks[i]: capitalised
// words, name particles ("al-Assad", "Le Drian", "bin"), and "of"/"for"
// between the words of an organization's name ("Ministry of Foreign
// Affairs"), stopping before "of" + a country ("Office of Germany").
func (x *Extractor) nameEnd(d *doc, i, end int) int {
	s := &x.lex.sets
	toks := d.toks
	j := i + 1
	for j < end {
		t := toks[j]
		lw := t.lower
		switch {
		case t.Kind == Word && t.Capitalized() && !s.notNames[t.Text] && !s.months[t.Text]:
			if e, _ := x.lex.match(toks, j, end); e != nil && e.kind != kindAdjective && (e.kind != kindName || e.label != "Location" && e.label != "Person") {
				return j
			}
			j++
			continue
		case t.Kind == Word && (s.particles[t.Text] || hasParticlePrefix(t.Text, s.particles)) && j+1 <= end:
			if s.particles[t.Text] && (j+1 == end || !toks[j+1].Capitalized()) {
				return j
			}
			j++
			continue
		case (lw == "of" || lw == "for") && t.Text == lw && j+1 < end && toks[j+1].Capitalized():
			k := j + 1
			if strings.EqualFold(toks[k].Text, "the") && k+1 < end {
				k++
			}
			if e, _ := x.lex.match(toks, k, end); e != nil && (e.label == "Country" || e.label == "Location") && !(j-i == 1 && s.orgHeads[toks[i].Text]) {
				return j
			}
			if !toks[k].Capitalized() {
				return j
			}
			j = k + 1
			continue
		}
		break
	}
	return j
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
// it follows a title or an honorific, starts with a given name, speaks, or
// is followed by a title in apposition.
func (x *Extractor) personEvidence(d *doc, si, i, j int) bool {
	s := &x.lex.sets
	toks := d.toks
	from, end := d.sents[si].From, d.sents[si].To
	if j-i > 4 {
		return false
	}
	if i > from {
		prev := toks[i-1]
		if s.honorifics[prev.Text] {
			return true
		}
		if n := len(d.mentions); n > 0 {
			m := d.mentions[n-1]
			if m.Kind == mTitle && (m.To == i || m.To == i-1 && prev.Text == ",") {
				return true
			}
		}
		if i-2 >= from && prev.Text == "," && strings.HasPrefix(toks[i-2].lower, "counterpart") {
			return true
		}
		if prev.Text == "," || prev.Text == "and" {
			// a list of names after "counterparts," or after a first person
			if k := len(d.mentions) - 1; k >= 0 && d.mentions[k].sent == si {
				if m := d.mentions[k]; m.Label == "Person" && m.To >= i-1 {
					return j-i >= 2
				}
			}
		}
		if !prev.Capitalized() && x.isSaying(prev.lower) && (j == end || toks[j].Kind == Punct || followers[toks[j].lower]) {
			return true // `said Gates,` but not `warned Western countries`
		}
	}
	if j-i >= 2 && s.firstNames[toks[i].Text] {
		return true
	}
	if j < end && x.isSaying(toks[j].lower) {
		return true
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
			break
		}
	}
	return false
}

// isSaying reports whether the lower-case word w is a form of a verb of saying.
func (x *Extractor) isSaying(w string) bool {
	lemma, ok := x.lex.verbs[w]
	return ok && x.lex.sets.saying[lemma]
}

// learnAliases records the names a new mention may be referred to by later:
// its acronym in brackets ("(OMM)", ", or NADA"), a person's surname.
func (x *Extractor) learnAliases(d *doc, k int) {
	m := d.mentions[k]
	toks := d.toks
	end := d.sents[m.sent].To
	if m.To+2 < end && toks[m.To].Text == "(" && toks[m.To+2].Text == ")" && isAllCaps(toks[m.To+1].Text) {
		d.known[toks[m.To+1].Text] = k
	}
	if m.To+2 < end && toks[m.To].Text == "," && toks[m.To+1].Text == "or" && isAllCaps(toks[m.To+2].Text) {
		d.known[toks[m.To+2].Text] = k
	}
	if m.Label == "Organization" && m.To-m.From > 1 && !x.lex.sets.notNames[toks[m.From].Text] {
		if e, _ := x.lex.match(toks, m.From, m.From+1); e == nil {
			d.known[toks[m.From].Text] = k // "Mahan Air" ... "Mahan's director"
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
