package extract

import "testing"

// TestDemonymMasthead checks that a capitalised "The" inside a sentence
// and a demonym that no capital follows name a newspaper, and that a
// quoted sentence's "The" and a demonym before a noun do not.
func TestDemonymMasthead(t *testing.T) {
	checkEntities(t, "The minister told The Chilean by telephone that talks would resume.",
		[]string{"Organization:The Chilean"}, []string{"Country:Chilean"})
	checkEntities(t, "Roe wrote in The Peruvian that the border was calm.",
		[]string{"Organization:The Peruvian"}, nil)
	checkEntities(t, "Roe said: The Chilean team won the match.", []string{"Country:Chile"}, []string{"Organization:The Chilean"})
	checkEntities(t, "The Chilean government protested.", []string{"Country:Chile"}, []string{"Organization:The Chilean"})
}

// TestHyphenJoinedName checks that a name joined to another by a hyphen
// goes on as its last part would: a people's possessive and "for the"
// after a head.
func TestHyphenJoinedName(t *testing.T) {
	checkEntities(t, "The Patriotic Forces of Vorn-People's Army signed the ceasefire in Lima.",
		[]string{"Organization:Patriotic Forces of Vorn-People's Army"}, []string{"Organization:Army"})
	checkEntities(t, "The Council for the Unity of Kestrel-Front for the Liberation of Vorn won the vote.",
		[]string{"Organization:Council for the Unity of Kestrel-Front for the Liberation of Vorn"}, nil)
	checkEntities(t, "Lima thanked Roe-Vela for the Tarvo Plan.", nil,
		[]string{"Organization:Roe-Vela for the Tarvo Plan"})
}

// TestMovementOfState checks that a party's or a movement's name keeps
// the state after "of" and is PART_OF it, while a one-word name ("the
// Army of Peru") and a person's office stay the state's.
func TestMovementOfState(t *testing.T) {
	checkEntities(t, "The Socialist Party of Chile lost the vote.",
		[]string{"Organization:Socialist Party of Chile", "Country:Chile"}, []string{"Organization:Socialist Party"})
	checkEntities(t, "The National Liberation Front of the Philippines laid down its arms.",
		[]string{"Organization:National Liberation Front of the Philippines"}, nil)
	checkPatterns(t, []patternCase{
		{"The Socialist Party of Chile lost the vote.", []string{"PART_OF(Socialist Party of Chile -> Chile)"}, nil},
		{"The Army of Peru marched on the capital.", []string{"PART_OF(Army of Peru -> Peru)"}, nil},
	})
}

// TestChamberHeads checks that a legislature's lower or upper house and a
// president's State House are bodies, no buildings, while a house named
// by a place stays a facility.
func TestChamberHeads(t *testing.T) {
	checkEntities(t, "The Unity Front holds most seats in the Lower House.",
		[]string{"Organization:Lower House"}, []string{"Facility:Lower House"})
	checkEntities(t, "The president received the envoy at State House in Kampala.",
		[]string{"Organization:State House"}, []string{"Facility:State House"})
	checkEntities(t, "They met at Kestrel House in Lima.", []string{"Facility:Kestrel House"}, nil)
}

// TestBritishAcronyms checks that a hyphened acronym the lexicon knows is
// found as British style writes it ("Zanu-PF"), and that southern Africa's
// movements are known in both styles.
func TestBritishAcronyms(t *testing.T) {
	checkEntities(t, "The Zanu-PF won the vote in Harare.", []string{"Organization:ZANU-PF"}, nil)
	checkEntities(t, "Unita rebels fought the MPLA government, and Swapo's leader met the Frontline States.",
		[]string{"Organization:UNITA", "Organization:MPLA", "Organization:SWAPO", "Organization:Front Line States"},
		[]string{"Person:Swapo"})
}
