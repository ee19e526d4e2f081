package extract

import "testing"

// TestDesignatorGenericTail checks that a model's designator, alone or
// with the model's name after it, before a generic weapon the lexicons
// know or weapon modifiers and a class noun, names one weapon system
// ("KP-3C Vela surveillance aircraft", "KT-300 attack planes"), and that
// no designator makes no model.
func TestDesignatorGenericTail(t *testing.T) {
	checkEntities(t, "Chile will send two KP-3C Vela surveillance aircraft to the strait.",
		[]string{"WeaponSystem:KP-3C Vela surveillance aircraft"}, []string{"WeaponSystem:surveillance aircraft"})
	checkEntities(t, "The air force pounded the camps with KT-300 attack planes on Monday.",
		[]string{"WeaponSystem:KT-300 attack planes"}, nil)
	checkEntities(t, "The ship was sunk by a KT-2D torpedo fired from a submarine.",
		[]string{"WeaponSystem:KT-2D torpedo"}, nil)
	checkEntities(t, "Chile will send two surveillance aircraft to the strait.",
		[]string{"WeaponSystem:surveillance aircraft"}, nil)
}

// TestNamedModelAgain checks that "the torpedo" after a named model with
// that noun is the model, no class of its own, and that a plural or an
// indefinite noun stays the class.
func TestNamedModelAgain(t *testing.T) {
	g := extractText(t, "The ship was sunk by a KT-2D torpedo fired from a submarine. Divers recovered parts of the torpedo.")
	if got := entitySet(g); got["WeaponSystem:torpedoes"] || !got["WeaponSystem:KT-2D torpedo"] {
		t.Errorf("want the torpedo to be the KT-2D, got %v", keys(got))
	}
	g = extractText(t, "The ship was sunk by a KT-2D torpedo fired from a submarine. Peru said Chile had bought torpedoes.")
	if got := entitySet(g); !got["WeaponSystem:torpedoes"] {
		t.Errorf("want torpedoes as a class, got %v", keys(got))
	}
}

// TestPlaceAccordsParticiple checks that a place's agreement named with a
// lower-case head stays one before a participle phrase ("the Lusaka
// accords signed by ..."), and that a noun after the head still makes it
// a modifier.
func TestPlaceAccordsParticiple(t *testing.T) {
	checkEntities(t, "The war ended with the Lusaka accords signed by the two leaders in 1999.",
		[]string{"Agreement:Lusaka accords"}, []string{"Location:Lusaka"})
	checkEntities(t, "The Arusha protocol reached in May has collapsed.",
		[]string{"Agreement:Arusha protocol"}, nil)
	checkEntities(t, "The Lusaka process server crashed on Monday.", nil, []string{"Agreement:Lusaka process"})
}

// TestDescribedPlace checks that "a" or "an" before a capitalised word and
// a place head that ends the phrase describes a place and names none
// ("an Islamic state"), while "a Kaduna state official" and a bare
// "Kaduna state" name the state.
func TestDescribedPlace(t *testing.T) {
	checkEntities(t, `The militants proclaimed an "Islamic state" across the valley.`,
		nil, []string{"Location:Islamic state", "Person:Islamic"})
	checkEntities(t, "A Kaduna state official said the rebels had fled to Kaduna state.",
		[]string{"Location:Kaduna state"}, nil)
}

// TestBuildingNames checks that a name ending in House, Cemetery or
// monument is a facility, also when a body's name opens it ("Parliament
// House", "the Defence Forces Cemetery"), and that a body the lexicon
// names so stays one.
func TestBuildingNames(t *testing.T) {
	checkEntities(t, "Speaking at a press conference at Vorn House, Ana Soto said the plan stood.",
		[]string{"Facility:Vorn House"}, []string{"Location:Vorn House"})
	checkEntities(t, "Protesters tried to storm Parliament House on Monday.",
		[]string{"Facility:Parliament House"}, nil)
	checkEntities(t, "Veterans laid wreaths at the Defence Forces Cemetery on Sunday.",
		[]string{"Facility:Defence Forces Cemetery"}, []string{"Organization:Defence Forces"})
	checkEntities(t, "Officials moved the Vela Soldier monument from the square.",
		[]string{"Facility:Vela Soldier monument"}, nil)
	checkEntities(t, "Freedom House said the vote was flawed.", []string{"Organization:Freedom House"}, nil)
}

// TestAgreementFormWords checks that "the framework agreement" after the
// one security agreement named before is that agreement, and that a
// modifier naming another subject keeps another agreement.
func TestAgreementFormWords(t *testing.T) {
	g := extractText(t, "Chile and Peru met on Monday. Chile said the security agreement it signed with Peru would not lead to a base. A day earlier the two ministers had signed the framework agreement in Lima.")
	if countLabel(g, "Agreement") != 1 {
		t.Errorf("want one agreement, got %v", keys(entitySet(g)))
	}
	g = extractText(t, "Chile said the security agreement it signed with Peru would not lead to a base. A day earlier the two ministers had signed the trade agreement in Lima.")
	if n := countLabel(g, "Agreement"); n != 2 {
		t.Errorf("want two agreements, got %v", keys(entitySet(g)))
	}
}

// TestPlaceBeforeParticipleBy checks that an unknown name after a place
// preposition is a place also before a participle and "by" ("a ceremony
// in Tarvosk attended by the ambassador").
func TestPlaceBeforeParticipleBy(t *testing.T) {
	checkEntities(t, "Chile handed over rifles in a ceremony in Tarvosk attended by the ambassador.",
		[]string{"Location:Tarvosk"}, nil)
}

// TestMilitaryDistrict checks that a name ending in "Military District"
// is a military command, no place, while "Kessin district" stays one.
func TestMilitaryDistrict(t *testing.T) {
	checkEntities(t, "The Vorn Military District held exercises on Monday. Rebels fled to Kessin district.",
		[]string{"Organization:Vorn Military District", "Location:Kessin district"}, []string{"Location:Vorn Military District"})
}

// TestCityPart checks that a capitalised direction before a known town is
// one place, no organization named by the direction, and that a name the
// gazetteer knows whole stays that name.
func TestCityPart(t *testing.T) {
	checkEntities(t, "The Member for North Lima, Ana Soto, said she supported the plan.",
		[]string{"Location:North Lima"}, []string{"Organization:North", "Location:Lima"})
	checkEntities(t, "Rebels attacked villages in West Darfur on Monday.",
		[]string{"Location:West Darfur"}, []string{"Location:Darfur"})
}
