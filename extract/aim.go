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
		case d.in(j, d.words.aimWords):
			j++ // "targeting"
		case j+1 < end && d.words.aimWords.has(d.lw(j)+" "+d.lw(j+1)):
			j += 2 // "aimed at"
		default:
			continue
		}
		for j+1 < end && ((d.lw(j) == "the" || d.in(j, d.words.directions)) && d.mentionAt(ms, j) < 0 || d.bareDirection(ms, j)) {
			j++ // "at the base", "into northern Israel"
		}
		t := d.mentionAt(ms, j)
		if t >= 0 && d.mentions[t].Kind == mAdjective && !tgtFits(&d.mentions[t]) {
			t = d.mentionAt(ms, d.mentions[t].To) // "at Serbian radar sites": the sites, owned by the demonym
		}
		if t >= 0 && d.isPossessor(&d.mentions[t]) {
			if h := d.rightArg(ms, d.mentions[t].To+1, 3, tgtFits); h >= 0 {
				t = h // "into Chile's Arica and Tacna provinces": the provinces, not their owner
			} else if o := d.mentions[t].To + 1; o < end && d.toks[o].Capitalized() {
				continue // "into Chile's Xanadu province": a place we cannot name, not its owner
			}
		}
		if t < 0 || !tgtFits(&d.mentions[t]) {
			continue
		}
		weapons := d.coordinatedBefore(ms, k, func(m *Mention) bool { return m.Label == "WeaponSystem" && m.Key != "" })
		actor, ok := x.launcher(d, ms, si, &d.mentions[weapons[0]]) // "launched missiles and drones at"
		if !ok {
			continue
		}
		var actors []int
		if actor >= 0 {
			actors = d.coordinatedBefore(ms, actor, keyedActor)
		}
		for _, tt := range d.coordinated(ms, t, tgtFits) {
			for _, wk := range weapons {
				x.addRel(d, si, "ATTACKS", "", &d.mentions[wk], &d.mentions[tt], nil)
			}
			for _, a := range actors {
				x.addRel(d, si, "ATTACKS", "", &d.mentions[a], &d.mentions[tt], nil)
			}
		}
	}
}

// quantityWords may stand between a launching verb and its weapon with
// the numbers: "fired more than 100 missiles", "launched at least 20
// drones", "a barrage of rockets".
var quantityWords = set{"more": true, "than": true, "at": true, "least": true, "about": true, "some": true,
	"around": true, "nearly": true, "over": true, "barrage": true, "salvo": true, "volley": true, "of": true}

// launcher returns who launched weapon w: the subject of a launching verb
// right before its noun phrase ("Iran launched ten missiles"), or -1 when
// the subject names no actor. ok is false when no launching verb stands
// there, or it is negated or hedged: a weapon only "aimed at" a country
// ("could equip the sites with weapons aimed at Russia", "missiles
// targeting Europe" that are deployed) is no attack.
func (x *Extractor) launcher(d *doc, ms []int, si int, w *Mention) (int, bool) {
	from := d.sents[si].From
	actorFits := keyedActor
	v := d.npStart(w) - 1
	for v > from && (determiners[d.lw(v)] || numberWords[d.lw(v)] || d.toks[v].Kind == Number || quantityWords[d.lw(v)]) {
		v--
	}
	if v <= from || !d.in(v, d.words.launchVerbs) || negated(d, from, v) || hedged(d, from, v) {
		return -1, false
	}
	return d.leftArg(ms, v, actorFits), true
}
