package extract

import "slices"

// Own sides and memberships.
//
// Support and cooperation (relation types marked between_sides in the
// ontology) hold between two sides. A person and the state or body he
// holds office in are one side: "the Kremlin supports Putin", "Russia
// backs its president" or a compound read against the wrong name ("the
// Kremlin-backed president" taken for Putin) state nothing a title does
// not, so such relations are dropped once the article's offices are known.
// So does a person backing the very state or body he holds office in ("the
// Secretary-General welcomed it", the pronoun read as his own alliance):
// one side, nothing between sides. Nor is a hostile act (types marked
// not_own_office: an attack, a sanction, a threat) between a person and
// the state or body he holds office in, or a body of it, either way:
// "the Peruvian president suspended his country's participation" is no
// sanction on Peru, "the government attacked her" no attack by Chile on
// its own minister.

// dropOwnSide removes the relations of between_sides types whose target
// is a person who holds office in their source, or in what their source
// is part of (HOLDS_OFFICE and PART_OF of this article); a symmetric
// type's either way, and those whose source is a person who holds office
// in their target itself. A person may still back a body of his own side
// ("the Secretary-General welcomed the Council's resolution"). It removes
// too the relations of not_own_office types between a person and a state
// or body he holds office in or in a body of (within), either way.
func (x *Extractor) dropOwnSide(d *doc) {
	office := map[[2]string]bool{} // person, state or body
	parents := map[string][]string{}
	for _, r := range d.rels {
		switch r.Type {
		case "HOLDS_OFFICE":
			office[[2]string{r.Source, r.Target}] = true
		case "PART_OF":
			parents[r.Source] = append(parents[r.Source], r.Target)
		}
	}
	if len(office) == 0 {
		return
	}
	own := func(person, side string) bool {
		if office[[2]string{person, side}] {
			return true
		}
		return slices.ContainsFunc(parents[side], func(p string) bool { return office[[2]string{person, p}] })
	}
	within := func(person, side string) bool { // an office of side or of a body of it
		if office[[2]string{person, side}] {
			return true
		}
		for body := range office {
			if body[0] == person && slices.Contains(parents[body[1]], side) {
				return true
			}
		}
		return false
	}
	d.rels = slices.DeleteFunc(d.rels, func(r Relation) bool {
		rt := x.lex.relTypes[r.Type]
		return rt.BetweenSides && (own(r.Target, r.Source) || rt.Symmetric && own(r.Source, r.Target) || office[[2]string{r.Source, r.Target}]) ||
			rt.NotOwnOffice && (within(r.Source, r.Target) || within(r.Target, r.Source))
	})
}

// dropMemberCooperation removes a cooperation between a member and its
// organization stated in the same sentence as the membership: "NATO allies
// Poland and Lithuania" says that they are members, not that they partner
// with NATO.
func dropMemberCooperation(d *doc) {
	type pair struct {
		a, b string
		span Span
	}
	member := map[pair]bool{}
	for _, r := range d.rels {
		if r.Type == "MEMBER_OF" {
			member[pair{r.Source, r.Target, r.Span}] = true
			member[pair{r.Target, r.Source, r.Span}] = true
		}
	}
	if len(member) == 0 {
		return
	}
	d.rels = slices.DeleteFunc(d.rels, func(r Relation) bool {
		return r.Type == "COOPERATES_WITH" && member[pair{r.Source, r.Target, r.Span}]
	})
}
