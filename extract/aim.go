package extract

import "slices"

// Aimed weapons.
//
// A weapon modified by a participle of aiming states an attack on what it
// aims at, when it was launched or fired: "Iran launched missiles
// targeting US troops", "Russia fired drones aimed at Kyiv". The weapon
// attacks the target, and so does the launching verb's subject. The
// participles (aim_words) and launching verbs (launch_verbs) are in
// words.yaml. A negated or hedged launching verb states nothing.

// aimedWeapons adds the ATTACKS that aimed weapons of sentence si state.
func (x *Extractor) aimedWeapons(d *doc, si int, ms []int) {
	end := d.sents[si].To
	rt := x.lex.relTypes["ATTACKS"]
	tgtFits := func(m *Mention) bool { return m.Arg && m.Key != "" && slices.Contains(rt.Targets, m.Label) }
	for _, k := range ms {
		w := &d.mentions[k]
		if w.Label != "WeaponSystem" || w.Key == "" || w.To >= end {
			continue
		}
		j := w.To
		switch {
		case d.words.aimWords[d.lw(j)]:
			j++ // "targeting"
		case j+1 < end && d.words.aimWords[d.lw(j)+" "+d.lw(j+1)]:
			j += 2 // "aimed at"
		default:
			continue
		}
		t := d.mentionAt(ms, j)
		if t < 0 && d.lw(j) == "the" {
			t = d.mentionAt(ms, j+1)
		}
		if t < 0 || !tgtFits(&d.mentions[t]) {
			continue
		}
		actor, ok := x.launcher(d, ms, si, w)
		if !ok {
			continue
		}
		for _, tt := range d.coordinated(ms, t, tgtFits) {
			x.addRel(d, si, "ATTACKS", "", w, &d.mentions[tt], nil)
			if actor >= 0 {
				x.addRel(d, si, "ATTACKS", "", &d.mentions[actor], &d.mentions[tt], nil)
			}
		}
	}
}

// launcher returns who launched weapon w: the subject of a launching verb
// right before its noun phrase ("Iran launched ten missiles"), or -1 when
// the subject names no actor. ok is false when no launching verb stands
// there, or it is negated or hedged: a weapon only "aimed at" a country
// ("could equip the sites with weapons aimed at Russia", "missiles
// targeting Europe" that are deployed) is no attack.
func (x *Extractor) launcher(d *doc, ms []int, si int, w *Mention) (int, bool) {
	from := d.sents[si].From
	actorFits := func(m *Mention) bool { return isActorMention(m) && m.Key != "" }
	v := d.npStart(w) - 1
	for v > from && (determiners[d.lw(v)] || numberWords[d.lw(v)] || d.toks[v].Kind == Number || d.lw(v) == "more") {
		v--
	}
	if v <= from || !d.words.launchVerbs[d.lw(v)] || negated(d, from, v) || hedged(d, from, v) {
		return -1, false
	}
	return d.leftArg(ms, v, actorFits), true
}
