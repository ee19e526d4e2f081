package extract

// Purposes of a call.
//
// "Ana Soto telephoned Luis Vega to thank him", "Soto phoned Mr Vega on
// Tuesday to express her support": the infinitive after a call
// (call_verbs, the person called named right after the verb, then only a
// time: call_followers, day_parts and capitalised words such as days)
// says what the caller does, not the person called. Verbs of asking
// ("urged X to", "asked X to") give the act to the one asked; a call
// does not.

// callPurpose returns the mention of the person called and the call verb
// when the cue verb at toks[i] is the infinitive of a call's purpose
// ("telephoned Vega [on Saturday] to thank"); -1, -1 otherwise.
func (x *Extractor) callPurpose(d *doc, si int, ms []int, i int) (callee, verb int) {
	from := d.sents[si].From
	if i-2 <= from || d.lw(i-1) != "to" {
		return -1, -1
	}
	for k, n := i-1, 0; k-1 > from && n < 6; k, n = k-1, n+1 { // k: the "to", then back over a time
		if m := d.mentionEnding(ms, k, isPerson); m >= 0 {
			v := d.mentions[m].From - 1
			for v > from && d.toks[v].Kind == Word && d.toks[v].Capitalized() && !d.in(v, x.lex.sets.callVerbs) {
				v-- // "phoned President Luis Vega": titles before the name
			}
			if v > from && d.in(v, x.lex.sets.callVerbs) && !d.toks[v].Capitalized() && d.rightArg(ms, v+1, 6, isPerson) == m && stated(d, si, v) {
				return m, v
			}
			return -1, -1
		}
		if t := d.toks[k-1]; t.Kind != Word || !d.in(k-1, x.lex.sets.callFollowers) && !t.Capitalized() && !d.in(k-1, x.lex.sets.dayParts) {
			return -1, -1
		}
	}
	return -1, -1
}
