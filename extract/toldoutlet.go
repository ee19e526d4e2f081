package extract

// toldOutlet reports whether mention m is a news outlet told something: a
// word of words.yaml outlet_leads ("told") leads its name past its article
// and descriptors (outletLead: "told Stabroek News", "told the daily Lima
// Post"), and m is of the media sort or ends in a press head ("News",
// "Post"; pressHeaded). The outlet hears the words; it is never the
// subject of a verb after them ("A told the Lima Post that he criticised
// the delay"). outletTold reads the same lead, and takes unknown names
// for outlets too.
func (d *doc) toldOutlet(ms []int, m *Mention) bool {
	if m.Label != "Organization" || m.Sort != "media" && !d.words.pressHeads[d.toks[m.To-1].Text] {
		return false
	}
	return d.toldLead(ms, m)
}
