package extract

import "testing"

// TestWeaponFamily checks the bare name of a family of named weapons
// ("MiG" of "MiG-21" and "MiG-29"): a weapon, never an organization a
// demonym before it names; the model of that family the article names
// (before it, or else after it); the family itself when the article names
// no model. A word that opens a single model's name only, or an acronym
// family ("AGM"), is no family.
func TestWeaponFamily(t *testing.T) {
	checkEntities(t, "Peruvian MiGs bombed a bridge near Tacna on Friday.", []string{"WeaponSystem:MiG"}, []string{"Organization:Peruvian MiGs"})
	checkEntities(t, "Chile flew MiG-29 jets over the border. On Monday Chilean MiGs bombed a dam near Tacna.",
		[]string{"WeaponSystem:MiG-29"}, []string{"Organization:Chilean MiGs", "WeaponSystem:MiG"})
	checkEntities(t, "Bolivian MiG fighters shot down a plane near Arica. The plane was hit by a MiG-21 of the Bolivian air force.",
		[]string{"WeaponSystem:MiG-21"}, []string{"Organization:Bolivian MiG"})
	checkEntities(t, "North Korean Hwasongs flew over Japan.", []string{"WeaponSystem:Hwasong"}, []string{"Organization:North Korean Hwasongs"})
	checkPatterns(t, []patternCase{
		{"Chile flew MiG-29 jets over the border. On Monday Chilean MiGs bombed a dam near Tacna.",
			[]string{"ATTACKS(MiG-29 -> Tacna)"}, []string{"PART_OF(Chilean MiGs -> Chile)"}},
	})
	// no family: the acronym of AGM-88 and a word of one model's name
	checkEntities(t, "The AGM delegation met in Lima.", nil, []string{"WeaponSystem:AGM"})
	checkEntities(t, "Minister Tornado Roe spoke in Lima.", nil, []string{"WeaponSystem:Tornado"})
	// a family word that opens a longer name is no weapon
	checkEntities(t, "Dongfeng Motor opened a plant in Lima.", nil, []string{"WeaponSystem:Dongfeng"})
}

// TestFamilyWord checks the family word of a named weapon's form.
func TestFamilyWord(t *testing.T) {
	for _, c := range []struct {
		form, want string
	}{
		{"MiG-29", "MiG"}, {"Shahed-136", "Shahed"}, {"Hwasong-17", "Hwasong"},
		{"AGM-88 HARM", ""}, {"Su-27", ""}, {"Tornado-S", ""}, {"Type 99 tank", ""}, {"Patriot", ""},
	} {
		if got, _ := familyWord(c.form); got != c.want {
			t.Errorf("familyWord(%q) = %q, want %q", c.form, got, c.want)
		}
	}
}
