package extract

import (
	"strings"
	"unicode"

	"github.com/geokg/geokg/schema"
)

// familySort marks the lexicon entry of a weapon family's bare name
// ("MiG", "Shahed") and its mentions (familyForms, familyModel).
const familySort = "family"

// familyForms adds the bare name of a family of named weapons, the word
// the lexicon writes before "-" and a number in the names of two models
// or more ("MiG" of "MiG-21" and "MiG-29", "Shahed" of "Shahed-136"), as
// a weapon of its own: news writes "Cuban MiGs bombed the dam", "the
// Shahed drones", and without it the word is an unknown name that a
// demonym before it turns into an organization ("Cuban MiGs"). Its forms
// are the word, its plural and the word before a class noun its models
// are written with ("MiG fighters"); the family word must hold a
// lower-case letter (no acronym: "AGM" of "AGM-88") and no entry may
// have the form already ("Agni" is a model's own name). Its country is
// the models' maker when they share one; familyModel later makes the
// mention the article's own model of the family.
func (lx *lexicon) familyForms(weapons []schema.Entry, classes [][]string) {
	type family struct {
		models  map[string]bool
		country string
		groups  map[int]bool
	}
	fams := map[string]*family{}
	var order []string
	for _, x := range weapons {
		if x.Generic {
			continue
		}
		for _, f := range append([]string{x.Name}, x.Aliases...) {
			w, ok := familyWord(f)
			if !ok {
				continue
			}
			fm := fams[w]
			if fm == nil {
				fm = &family{models: map[string]bool{}, country: x.Country, groups: map[int]bool{}}
				fams[w] = fm
				order = append(order, w)
			}
			fm.models[x.Name] = true
			if fm.country != x.Country {
				fm.country = ""
			}
			if stem, g := lx.classStem(f); stem != "" {
				fm.groups[g] = true
			}
		}
	}
	known := map[string]bool{}
	for _, ps := range lx.byFirst {
		for _, p := range ps {
			known[strings.Join(p.words, " ")] = true
		}
	}
	for _, w := range order {
		fm := fams[w]
		if len(fm.models) < 2 || known[w] {
			continue
		}
		e := &entry{label: "WeaponSystem", key: "weaponsystem:" + slug(w), name: w, kind: kindName, country: fm.country, sort: familySort}
		forms := []string{w, w + "s"}
		for g := range classes {
			if fm.groups[g] {
				for _, c := range classes[g] {
					forms = append(forms, w+" "+c)
				}
			}
		}
		for _, f := range forms {
			if !known[f] {
				known[f] = true
				lx.add(e, f, false)
			}
		}
	}
}

// familyWord returns the family word of a named weapon's form written as
// a capitalised word of three letters or more with a lower-case letter,
// "-" and a number ("MiG-29", "Hwasong-17", "Shahed-136"), and whether
// the form is one ("", false for "AGM-88", "Su-27", "Tornado-S").
func familyWord(f string) (string, bool) {
	w, rest, ok := strings.Cut(f, "-")
	if !ok || len(w) < 3 || rest == "" || rest[0] < '0' || rest[0] > '9' || strings.ContainsAny(w, " .") {
		return "", false
	}
	lower := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return "", false
		}
		lower = lower || unicode.IsLower(r)
	}
	if !lower || !unicode.IsUpper(rune(w[0])) {
		return "", false // "AGM" of "AGM-88": an acronym, no family's word
	}
	return w, true
}

// familyModel makes the mention of a weapon family's bare name ("Cuban
// MiGs", familyForms) the one model of that family the article names:
// the nearest before it, or else the first after it ("MiG fighters shot
// down two planes ... fired by a MiG-29"). With no model named it stays
// the family.
func (d *doc) familyModel(k int) {
	m := &d.mentions[k]
	prefix := strings.ToLower(m.Name) + "-"
	model := func(a *Mention) bool {
		return a.Label == "WeaponSystem" && a.Kind == mName && !a.Generic && a.Key != "" && a.Sort != familySort &&
			strings.HasPrefix(strings.ToLower(a.Name), prefix)
	}
	n := -1
	for j := k - 1; j >= 0 && n < 0; j-- { // the nearest before
		if model(&d.mentions[j]) {
			n = j
		}
	}
	for j := k + 1; j < len(d.mentions) && n < 0; j++ { // else the first after
		if model(&d.mentions[j]) {
			n = j
		}
	}
	if n >= 0 {
		a := &d.mentions[n]
		m.Key, m.Name, m.Country, m.concept = a.Key, a.Name, a.Country, a.concept
	}
}
