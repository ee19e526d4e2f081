package extract

// outletLeads are the words that, right before an outlet's name, say that
// a person's words reach the public through it: "told NPR", "in an
// interview with Fox News", "speaking on al-Masirah TV", "remarks to UOL".
var outletLeads = set{"told": true, "tell": true, "tells": true, "telling": true}

// outletPreps follow a speaking word: "speaking to", "interview with".
var outletPreps = set{"to": true, "with": true, "on": true}

// speakingWords open an outlet phrase with one of outletPreps.
var speakingWords = set{"speaking": true, "spoke": true, "speaks": true, "interview": true, "interviews": true,
	"remarks": true, "comments": true, "said": true, "says": true, "saying": true, "appeared": true, "appearing": true,
	"statement": true, "wrote": true, "writing": true}

// reportVerbs after an outlet, followed by a person, report that
// person's words: "NPR reported Abdul-Mahdi recommended ...".
var reportVerbs = set{"reported": true, "reports": true, "quoted": true, "quotes": true, "cited": true}

// quotes adds QUOTES from a news outlet to the person whose words it
// carries in sentence si: "X told NPR", "X said in an interview with Fox
// News", "speaking on al-Masirah TV, X said", "NPR reported X said". An
// outlet that only reports facts quotes no one.
func (x *Extractor) quotes(d *doc, si int, ms []int) {
	s := d.sents[si]
	person := func(m *Mention) bool { return m.Label == "Person" }
	for _, k := range ms {
		m := &d.mentions[k]
		if m.Key == "" || m.Label != "Organization" || !(m.Sort == "media" || !m.lexical && m.Kind == mName) {
			continue
		}
		i := m.From - 1
		if i >= s.From && d.lw(i) == "the" {
			i--
		}
		lead := false
		switch {
		case i < s.From:
		case outletLeads[d.lw(i)]:
			lead = true
		case outletPreps[d.lw(i)]:
			for j := i - 1; j >= s.From && j >= i-3; j-- {
				if speakingWords[d.lw(j)] {
					lead = true
					break
				}
			}
		}
		speaker := -1
		if lead {
			speaker = d.leftArg(ms, i, person)
			if speaker < 0 {
				speaker = d.rightArg(ms, m.To, 8, person) // "..., told NPR Defence Minister X"
			}
		} else if m.To < s.To && reportVerbs[d.lw(m.To)] {
			j := m.To + 1
			if j < s.To && d.lw(j) == "that" {
				j++
			}
			if n := d.rightArg(ms, j, 3, person); n >= 0 && d.mentions[n].From == j {
				speaker = n
			}
		}
		if speaker >= 0 {
			x.addRel(d, si, "QUOTES", "", m, &d.mentions[speaker], nil)
		}
	}
}
