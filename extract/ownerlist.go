package extract

// demonymOwners returns the owners of a noun cue whose owner p is a
// demonym: p and the demonyms listed before it that share the noun
// ("Iranian and Syrian arms shipments to Hamas", "Russian and Iranian
// strikes on Aleppo": both states own the act). A possessor or a name
// ("Syria's shipments", "the EU and U.S. sanctions") is returned alone:
// only demonyms share their head noun so (coordinatedBefore reads the list).
func (d *doc) demonymOwners(ms []int, p int, fits func(*Mention) bool) []int {
	if d.mentions[p].Kind != mAdjective {
		return []int{p}
	}
	var out []int
	for _, k := range d.coordinatedBefore(ms, p, fits) {
		if d.mentions[k].Kind == mAdjective {
			out = append(out, k)
		}
	}
	return out
}
