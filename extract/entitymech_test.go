package extract

import "testing"

// TestFacilityAfterPreposition checks that a lower-case facility head
// after a name ends its phrase before any preposition of place ("the
// Dorvek air base outside Kalmar"), not only before "in", "at" or "near".
func TestFacilityAfterPreposition(t *testing.T) {
	checkEntities(t, "Jets bombed the Dorvek air base outside Tbilisi on Monday.", []string{"Facility:Dorvek air base"}, nil)
	checkEntities(t, "Rebels shelled the Ostrava fuel depot around noon.", []string{"Facility:Ostrava fuel depot"}, nil)
	checkPatterns(t, []patternCase{
		{"Russian warplanes bombed the Dorvek air base outside Tbilisi.",
			[]string{"ATTACKS(warplanes -> Dorvek air base)"}, []string{"ATTACKS(warplanes -> Tbilisi)"}},
	})
}

// TestGenericWeaponClasses checks generic weapon classes named by their
// head phrase: spy satellites, undersea drones, a named fighter's plural.
func TestGenericWeaponClasses(t *testing.T) {
	checkEntities(t, "Pyongyang launched a military reconnaissance satellite on Monday.", []string{"WeaponSystem:military reconnaissance satellite"}, nil)
	checkEntities(t, "The navy is testing underwater drones off Norway.", []string{"WeaponSystem:underwater drones"}, []string{"WeaponSystem:drones"})
	checkEntities(t, "Greece flew two Mirage fighters over the island.", []string{"WeaponSystem:Mirage fighters"}, nil)
	// a commercial satellite is no weapon
	checkEntities(t, "The company launched a weather satellite on Monday.", nil, []string{"WeaponSystem:weather satellite", "WeaponSystem:satellite"})
}

// TestDatelineNotSubject checks that a subject pronoun does not take the
// place or agency of the sentence's dateline as its antecedent.
func TestDatelineNotSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"OSLO (Reuters) - Iran said on Monday it had launched a spy satellite.",
			[]string{"DEPLOYS(Iran -> spy satellite)"}, []string{"DEPLOYS(Reuters -> spy satellite)", "DEPLOYS(Norway -> spy satellite)"}},
	})
}
