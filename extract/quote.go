package extract

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
		case x.lex.sets.outletLeads[d.lw(i)]:
			lead = true
		case x.lex.sets.outletPreps[d.lw(i)]:
			for j := i - 1; j >= s.From && j >= i-3; j-- {
				if x.lex.sets.speakingWords[d.lw(j)] {
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
		} else if m.To < s.To && x.lex.sets.reportVerbs[d.lw(m.To)] {
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
