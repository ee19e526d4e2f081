package extract

import (
	"maps"
	"slices"
)

// formerStateCapital reads, in an article that names a former state
// (words.yaml former_state_successors: the Soviet Union) and names its
// successor (Russia) only by the capital they shared, that capital and
// what the lexicon gives the successor (a news agency's, a town's state)
// as the former state's: "Moscow charged" in a story of 1985 on the Soviet
// Union is the Soviet Union, one node, and TASS its agency. An article
// that names the successor itself (by name or adjective) keeps both.
func (x *Extractor) formerStateCapital(d *doc) {
	for _, former := range slices.Sorted(maps.Keys(x.lex.sets.formerStates)) { // sorted: same input, same output
		succ := x.lex.sets.formerStates[former]
		formerKey, succKey := "country:"+former, "country:"+succ
		named, capital := -1, false
		for k := range d.mentions {
			m := &d.mentions[k]
			if m.Key == formerKey && named < 0 {
				named = k
			}
			if m.Key == succKey && m.Label == "Country" {
				if !x.writtenAs(d, m, kindCapital) {
					named = -2 // "Russia", "Russian": the successor itself
					break
				}
				capital = true
			}
		}
		if named < 0 || !capital {
			continue
		}
		name := d.mentions[named].Name
		for k := range d.mentions {
			m := &d.mentions[k]
			if m.Country == succ {
				m.Country = former
			}
			if m.Key == succKey {
				m.Key, m.Name = formerKey, name
			}
		}
	}
}
