package extract

// toldOutlet reports whether mention m is a news outlet told something: a
// word of words.yaml outlet_leads ("told") leads its name past its article
// and descriptors (outletLead: "told Stabroek News", "told the daily Lima
// Post"), and m is of the media sort or ends in a press head ("News",
// "Post"; pressHeaded). The outlet hears the words; it is never the
// subject of a verb after them ("A told the Lima Post that he criticised
// the delay"). As outletTold reads it, without the unknown names that
// reading also takes for outlets.
func (d *doc) toldOutlet(ms []int, m *Mention) bool {
	if m.Label != "Organization" || m.Sort != "media" && !d.words.pressHeads[d.toks[m.To-1].Text] {
		return false
	}
	from := d.sents[m.sent].From
	j := d.outletLead(ms, from, m.From-1)
	return j >= from && d.in(j, d.words.outletLeads)
}
