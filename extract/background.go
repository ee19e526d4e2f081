package extract

import (
	"strings"

	"github.com/geokg/geokg/schema"
)

// parentOf is the organization a lexicon body belongs to: "United Nations"
// for the U.N. Security Council.
type parentOf struct {
	key, name string
}

// lexiconParents maps the key of each lexicon organization that names a
// parent to that parent.
func lexiconParents(s *schema.Schema) map[string]parentOf {
	byName := map[string]schema.Entry{}
	for _, o := range s.Organizations {
		byName[strings.ToLower(o.Name)] = o
	}
	out := map[string]parentOf{}
	for _, o := range s.Organizations {
		if o.Parent == "" {
			continue
		}
		if p, ok := byName[strings.ToLower(o.Parent)]; ok {
			out[entryKey("organization", o)] = parentOf{key: entryKey("organization", p), name: p.Name}
		}
	}
	return out
}

// partOfCountry are the sorts of organization that are a body of their
// state (PART_OF); the others with a country lie in it (LOCATED_IN), except
// international ones and those of no sort (seats of power are bodies that
// the mention side relates itself).
var partOfCountry = set{"government": true, "military": true, "legislature": true, "intelligence": true, "court": true}

// lexiconRelations states what the lexicon knows of the named things of an
// article, where the article names both ends: a sub-body is PART_OF its
// parent ("the U.N. Security Council"), and a body, place or facility with
// a country belongs to or lies in it when the same sentence names that
// country. It runs after the sentences' relations, reading the mentions.
func (x *Extractor) lexiconRelations(d *doc) {
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.Key == "" || !m.lexical || m.Kind != mName {
			continue
		}
		if p, ok := x.parents[m.Key]; ok {
			parent := Mention{From: m.From, To: m.To, Label: "Organization", Key: p.key, Name: p.name, Kind: mDescription, Owner: -1, sent: m.sent}
			if x.addRel(d, m.sent, "PART_OF", "", m, &parent, nil) && d.mentionOf(p.key) < 0 {
				d.implied = append(d.implied, parent)
			}
		}
		if m.Country == "" || !(m.Label == "Organization" || m.Label == "Location" || m.Label == "Facility") {
			continue
		}
		c := -1
		for _, j := range d.sentMentions(m.sent) {
			if o := &d.mentions[j]; o.Key == "country:"+m.Country && o.Label == "Country" {
				c = j
				break
			}
		}
		if c < 0 {
			continue
		}
		typ := "LOCATED_IN"
		if m.Label == "Organization" && partOfCountry[m.Sort] {
			typ = "PART_OF"
		}
		if m.Label == "Organization" && (m.Sort == "international" || m.Sort == "") {
			continue
		}
		x.addRel(d, m.sent, typ, "", m, &d.mentions[c], nil)
	}
}

// mentionOf returns the first mention of the entity key, or -1.
func (d *doc) mentionOf(key string) int {
	for k := range d.mentions {
		if d.mentions[k].Key == key {
			return k
		}
	}
	return -1
}
