package extract

import "testing"

// TestAdjectiveBodies checks the generic bodies whose word is as often an
// adjective (words.yaml adjective_bodies, "military"): a body of the
// country that owns it where the word is a noun, nothing where it
// modifies a noun or opens a capitalised name.
func TestAdjectiveBodies(t *testing.T) {
	checkEntities(t, "Nigeria's military said it had killed ten fighters.", []string{"Organization:Nigeria's military"}, nil)
	checkEntities(t, "The Ghanaian military denied the report on Friday.", []string{"Organization:Ghanaian military"}, nil)
	checkEntities(t, "Nigeria's military operations in the north went on.", nil, []string{"Organization:Nigeria's military"})
	checkEntities(t, "The Nigerian military base was shelled overnight.", nil, []string{"Organization:Nigerian military"})
	checkEntities(t, "Nigeria's Director General of Military Operations spoke.", nil, []string{"Organization:Military"})
	checkPatterns(t, []patternCase{
		{"Ghana's military said it had killed ten fighters.", []string{"PART_OF(Ghana's military -> Ghana)"}, nil},
		{"Nigeria's military operations went on, officials said.", nil, []string{"PART_OF(Nigeria's military -> Nigeria)"}},
	})
}

// TestCapitalisedSurnames checks that a surname written in capitals, as
// transcripts name their speakers, is the person named before, and that
// an acronym is not taken for a person's surname.
func TestCapitalisedSurnames(t *testing.T) {
	checkPersons(t, []personCount{
		{"Spokesman Alan Brecker spoke to reporters.\n\nMR BRECKER: Good afternoon. We have two items.", 1},
		{"Lieutenant General Arun Vohra briefed the press.\n\nLT GEN VOHRA: The strikes are over.", 1},
		{"Alan Brecker spoke.\n\nMS DALTON: Thank you.", 2},
		// the office helper's case, the same mechanism: "MS ROE:" is Jane Roe
		{"Press briefing\n\nWASHINGTON - State Department spokeswoman Jane Roe briefed reporters.\n\nMS ROE: Good afternoon. We condemn Peru's missile test.\n\nQUESTION: Will you act?\n\nMS ROE: We are reviewing our options.", 1},
	})
	checkEntities(t, "Alan Nato spoke. NATO said it would act.", []string{"Organization:NATO"}, []string{"Person:NATO"})
}

// TestTeamAndMechanismNames checks the organization heads "Team" and
// "Mechanism": a name ending so is a body, never a person.
func TestTeamAndMechanismNames(t *testing.T) {
	checkEntities(t, "The Dutch-led Joint Inquiry Team says the launcher was taken back across the border.",
		[]string{"Organization:Joint Inquiry Team"}, []string{"Person:Joint Inquiry Team"})
	checkEntities(t, "The Expanded Border Verification Mechanism recorded twelve violations.",
		[]string{"Organization:Expanded Border Verification Mechanism"}, nil)
	checkEntities(t, "Ana Torres said the team had left.", []string{"Person:Ana Torres"}, []string{"Organization:Ana Torres"})
}

// TestReportsNoun checks that a capitalised word before the noun
// "reports" is no outlet or person ("Initial reports said"), while a name
// before the verb still is an outlet.
func TestReportsNoun(t *testing.T) {
	checkEntities(t, "Initial reports from the hospital found no poison.", nil, []string{"Organization:Initial", "Person:Initial"})
	checkEntities(t, "Unconfirmed reports said two soldiers died.", nil, []string{"Organization:Unconfirmed", "Person:Unconfirmed"})
	checkEntities(t, "Kestrelnews reports that two soldiers died.", []string{"Organization:Kestrelnews"}, nil)
}

// TestLedGroups checks that a leader's compound before a group noun names
// an organization that acts, with the leader MEMBER_OF it, and that other
// compounds and nouns name none.
func TestLedGroups(t *testing.T) {
	checkEntities(t, "The Saudi-led coalition struck the port again.", []string{"Organization:Saudi-led coalition"}, nil)
	checkEntities(t, "A Russian-led peacekeeping force arrived on Friday.", []string{"Organization:Russian-led peacekeeping force"}, nil)
	checkEntities(t, "Iran-backed militias struck the base.", nil, []string{"Organization:Iran-backed militias"})
	checkEntities(t, "The Saudi-led strikes went on.", nil, []string{"Organization:Saudi-led strikes"})
	checkPatterns(t, []patternCase{
		{"The Saudi-led coalition bombed Hodeidah on Monday.",
			[]string{"ATTACKS(Saudi-led coalition -> Hodeidah)", "MEMBER_OF(Saudi Arabia -> Saudi-led coalition)"},
			[]string{"ATTACKS(Saudi Arabia -> Hodeidah)"}},
		{"Egypt supports the Saudi-led coalition.", []string{"SUPPORTS(Egypt -> Saudi-led coalition)"}, []string{"SUPPORTS(Egypt -> Saudi Arabia)"}},
	})
}

// TestPlaceAndFacilityNames checks names that a known place opens and a
// place head ends ("the Jeju Strait" is no city of Jeju), a "gorge", and
// a facility head before "of" ("the War Memorial of Korea").
func TestPlaceAndFacilityNames(t *testing.T) {
	checkEntities(t, "Merchant ships were barred from the Jeju Strait.", []string{"Location:Jeju Strait"}, []string{"Location:Jeju"})
	checkEntities(t, "Georgian troops entered the Kodori Gorge on Friday.", []string{"Location:Kodori Gorge"}, nil)
	checkEntities(t, "The president spoke at the Martyrs Memorial of Velmora on Monday.", []string{"Facility:Martyrs Memorial of Velmora"}, nil)
	checkEntities(t, "The minister flew to Port of Spain on Monday.", nil, []string{"Facility:Port of Spain"})
	checkEntities(t, "The Moscow Region governor resigned.", nil, []string{"Location:Moscow Region"})
}

// TestGroupings checks the groupings of states that news names by a
// short form: "the P5+1", "the Group of 8", "the E3".
func TestGroupings(t *testing.T) {
	checkEntities(t, "The P5+1 and Iran agreed to meet again in July.", []string{"Organization:P5+1", "Country:Iran"}, nil)
	checkEntities(t, "The Group of 8 summit opened on Monday.", []string{"Organization:G8"}, nil)
	checkEntities(t, "The E3 said the breach was grave.", []string{"Organization:E3"}, nil)
}

// TestBareBodies checks that a generic state body written alone in lower
// case is the body of the country the article is about: after "the" when
// it has two words or more, after a preposition with no determiner.
func TestBareBodies(t *testing.T) {
	const two = "Chile said on Monday that it would act. Chile said talks were over. "
	checkEntities(t, two+"The general spoke beside the foreign ministry.", []string{"Organization:foreign ministry"}, nil)
	checkEntities(t, two+"The bill was passed by parliament in May.", []string{"Organization:parliament"}, nil)
	checkEntities(t, two+"The general said the parliament would meet.", nil, []string{"Organization:parliament"})
	checkEntities(t, "The general spoke beside the foreign ministry.", nil, []string{"Organization:foreign ministry"})
}

// TestStatePolice checks police and gendarmerie as bodies every state
// has (bodies.yaml): written with a demonym or possessor they are that
// state's, PART_OF it; alone, with no state named, they are nothing.
func TestStatePolice(t *testing.T) {
	checkEntities(t, "Border guards passed the two smugglers to Peruvian police on Sunday.", []string{"Organization:Peruvian police"}, nil)
	checkEntities(t, "Police said two people were hurt in the blast.", nil, []string{"Organization:Police", "Organization:police"})
	checkPatterns(t, []patternCase{
		{"Bolivia's police arrested three men near the border.", []string{"PART_OF(Bolivia's police -> Bolivia)"}, nil},
		{"The Chilean gendarmerie closed the pass on Monday.", []string{"PART_OF(Chilean gendarmerie -> Chile)"}, nil},
		{"Police in the town said the road was closed.", nil, []string{"PART_OF(police -> Chile)"}},
	})
}

// TestBodyInCapital checks that a generic state body with no state
// written before it is the state of the capital written right after it
// and "in"; an embassy in a capital is another state's, and a town that
// is no capital says nothing of whose body it is.
func TestBodyInCapital(t *testing.T) {
	const two = "Chile said on Monday that it would act. Chile said talks were over. "
	for _, c := range []struct {
		text     string
		want, no string
	}{
		{two + "A spokesman for the foreign ministry in Lima said the envoy had left.", "organization:PER-foreign-ministry", "organization:CHL-foreign-ministry"},
		{two + "The bill went through the defence ministry in Valparaiso.", "organization:CHL-defence-ministry", "organization:PER-defence-ministry"},
		{two + "Protesters gathered outside the embassy in Lima.", "", "organization:PER-embassy"},
	} {
		ids := map[string]bool{}
		for _, e := range extractText(t, c.text).Entities {
			ids[e.ID] = true
		}
		if c.want != "" && !ids[c.want] || ids[c.no] {
			t.Errorf("%q: want %q, not %q; got %v", c.text, c.want, c.no, keys(ids))
		}
	}
	checkPatterns(t, []patternCase{
		{two + "A spokesman for the foreign ministry in Lima said the envoy had left Peru.",
			[]string{"PART_OF(foreign ministry -> Peru)"}, []string{"PART_OF(foreign ministry -> Chile)"}},
	})
}
