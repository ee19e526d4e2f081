package extract

// Pair modifiers.
//
// News names the parties of a meeting, a call or a deal by a hyphenated
// pair before the noun: "the India-Pakistan talks", "a US-China trade
// deal", "the Israeli-Cypriot-Greek partnership". The tokenizer splits
// such compounds of countries and demonyms into mentions joined by
// hyphens (splitCompounds); a plural noun cue of cues.yaml ("talks",
// "summit", "deal", "phone call") right after them, or after at most two
// lower-case modifiers ("peace talks", "trade deal"), relates the parties
// to each other.

// pairModified reports whether the plural noun cue cm is modified by a
// hyphenated pair of fitting mentions, and then relates them to each other
// by the cue's type.
func (x *Extractor) pairModified(d *doc, si int, ms []int, cm cueMatch, fits func(*Mention) bool) bool {
	c := cm.c
	if c.verb || !c.Plural {
		return false
	}
	parties := d.hyphenPair(ms, si, cm.from, fits)
	if len(parties) < 2 {
		return false
	}
	for a := 0; a < len(parties); a++ {
		for b := a + 1; b < len(parties); b++ {
			x.addRel(d, si, c.Type, "", &d.mentions[parties[a]], &d.mentions[parties[b]], cueProps(c))
		}
	}
	if c.Between {
		x.agreementParties(d, si, ms, cm, parties) // "the Chilean-Peruvian border agreement": each backs it (cuerel.go)
	}
	return true
}

// hyphenPair returns the mentions of a hyphenated compound ("India-
// Pakistan", "Israeli-Cypriot-Greek") that ends before token i, allowing
// at most two lower-case modifiers between ("peace", "trade"); nil if
// none, or if a part does not fit or names no entity.
func (d *doc) hyphenPair(ms []int, si, i int, fits func(*Mention) bool) []int {
	from := d.sents[si].From
	j := i
	for j > from && i-j < 2 && d.toks[j-1].Kind == Word && !d.toks[j-1].Capitalized() && !determiners[d.lw(j-1)] &&
		d.mentionEnding(ms, j, keyed) < 0 {
		j-- // "peace talks", "trade deal"
	}
	var parts []int
	for {
		k := d.mentionEnding(ms, j, keyed)
		if k < 0 || !fits(&d.mentions[k]) {
			return nil
		}
		parts = append([]int{k}, parts...)
		h := d.mentions[k].From - 1
		if h-1 < from || !isHyphen(d.toks[h].Text) || d.toks[h].Start+len(d.toks[h].Text) != d.toks[h+1].Start {
			break
		}
		j = h
	}
	if len(parts) < 2 || distinctKeys(d, parts) != len(parts) {
		return nil
	}
	return parts
}

// isHyphen reports whether s is a hyphen or an en dash.
func isHyphen(s string) bool { return s == "-" || s == "–" }
