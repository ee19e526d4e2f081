package extract

// eventDoer returns the doer of the event a passive cue with no "by"
// agent happened in: "X was killed in an Israeli strike" (the event noun's
// modifier), "X was killed in the airstrike" after "the United States
// carried out the airstrike" (who claimed the definite event a sentence or
// two before). The event noun opens the phrase after "in" or "during" and
// states the cue's type. nil if there is none.
func (x *Extractor) eventDoer(d *doc, si int, ms []int, cm cueMatch, fits func(*Mention) bool) []int {
	end := d.sents[si].To
	if cm.to+1 >= end || d.lw(cm.to) != "in" && d.lw(cm.to) != "during" {
		return nil
	}
	n := -1
	for j := cm.to + 1; j < end && j <= cm.to+4; j++ {
		if d.toks[j].Kind == Punct {
			return nil
		}
		if x.eventType(d, d.lw(j)) == cm.c.Type {
			n = j
			break
		}
	}
	if n < 0 {
		return nil
	}
	if p := d.eventModifier(ms, si, n, fits); p >= 0 {
		return []int{p}
	}
	if !d.definite(si, n) {
		return nil
	}
	for k := len(d.nominal.claims) - 1; k >= 0; k-- {
		c := d.nominal.claims[k]
		if c.typ == cm.c.Type && si-c.sent >= 0 && si-c.sent <= claimsBack {
			return c.agents
		}
	}
	return nil
}
