package extract

// seatOf relates the institution named by a seat of power to its country:
// "the Kremlin" is an Organization PART_OF Russia (GUIDE.md: seats of power
// are institutions, not aliases of their country).
func (x *Extractor) seatOf(d *doc, si int, m *Mention) {
	if m.Label != "Organization" || !m.lexical || m.Country == "" || !x.lex.seats[m.Key] {
		return
	}
	c, ok := x.lex.countries[m.Country]
	if !ok {
		return
	}
	country := Mention{Label: c.label, Key: c.key, Name: c.name, Country: c.country, Owner: -1, sent: si}
	x.addRel(d, si, "PART_OF", "", m, &country, nil)
}
