package extract

import "testing"

// TestMissionInTheState checks that a mission named after an organization
// keeps "in the" and its state when an acronym in brackets follows (or the
// head is a bare mission's), and stays a part of the organization.
func TestMissionInTheState(t *testing.T) {
	checkEntities(t, "Troops of the CARICOM Mission in the Bahamas (CAMIB) patrolled the harbour overnight.",
		[]string{"Organization:CARICOM Mission in the Bahamas"}, []string{"Organization:CARICOM Mission"})
	checkEntities(t, "Monitors from the AU Mission in the Central African Republic counted the dead.",
		[]string{"Organization:AU Mission in the Central African Republic"}, []string{"Organization:AU Mission"})
	checkEntities(t, "Officers of the UN Integrated Office in the Sudan (UNIOS) left the capital.",
		[]string{"Organization:UN Integrated Office in the Sudan"}, nil)
	checkEntities(t, "The UN Verification Mission said the talks in the Philippines had stalled.",
		[]string{"Organization:UN Verification Mission", "Country:Philippines"}, []string{"Organization:UN Verification Mission in the Philippines"})
	checkPatterns(t, []patternCase{
		{"Troops of the CARICOM Mission in the Bahamas (CAMIB) patrolled the harbour overnight.",
			[]string{"PART_OF(CARICOM Mission in the Bahamas -> CARICOM)"}, nil},
	})
}

// TestBodyHeadOfWords checks that a body head after an organization's name
// takes "of" and the capitalised words after it that no lexicon names
// (title words may be among them), so the body is one name and a part of
// the organization; a lexicon name after "of" names another.
func TestBodyHeadOfWords(t *testing.T) {
	checkEntities(t, "The SADC Authority of Heads of State and Government met in Lusaka on Friday.",
		[]string{"Organization:SADC Authority of Heads of State and Government"}, []string{"Organization:Authority of Heads of State and Government"})
	checkEntities(t, "A meeting of the NATO Council of Ministers was delayed by the storm.",
		[]string{"Organization:NATO Council of Ministers"}, []string{"Organization:Council of Ministers"})
	checkEntities(t, "The Arab League Committee of Experts on Water published its findings.",
		[]string{"Organization:Arab League Committee of Experts"}, nil)
	checkEntities(t, "Judges of the ECOWAS Court of Justice heard the case in Abuja.",
		[]string{"Organization:ECOWAS Court of Justice"}, nil)
	checkPatterns(t, []patternCase{
		{"The SADC Authority of Heads of State and Government met in Lusaka on Friday.",
			[]string{"PART_OF(SADC Authority of Heads of State and Government -> Southern African Development Community)"}, nil},
		{"A meeting of the NATO Council of Ministers was delayed by the storm.",
			[]string{"PART_OF(NATO Council of Ministers -> NATO)"}, nil},
	})
	checkEntities(t, "The EU Council of Europe ruling was cited by the lawyers.",
		nil, []string{"Organization:EU Council of Europe"})
}

// TestBodySpelledWithOrg checks that a body named after an organization
// goes on over capitalised words and joiners to an acronym in brackets
// when the acronym spells the capitals of both names together, and is a
// part of the organization; an acronym that spells only the body's words
// leaves the organization out of its name.
func TestBodySpelledWithOrg(t *testing.T) {
	checkEntities(t, "Ana Roe, who heads the United Nations Office for Central Asia and the Caucasus (UNOCAC), flew to Baku.",
		[]string{"Organization:United Nations Office for Central Asia and the Caucasus"}, []string{"Organization:Office for Central Asia"})
	checkEntities(t, "The African Union Office for Peace and the Great Lakes (AUOPGL) opened in Goma.",
		[]string{"Organization:African Union Office for Peace and the Great Lakes"}, nil)
	checkEntities(t, "A report by the European Union Agency for the Baltic and the Arctic (EUABA) was leaked.",
		[]string{"Organization:European Union Agency for the Baltic and the Arctic"}, nil)
	checkPatterns(t, []patternCase{
		{"Ana Roe, who heads the United Nations Office for Central Asia and the Caucasus (UNOCAC), flew to Baku.",
			[]string{"PART_OF(United Nations Office for Central Asia and the Caucasus -> United Nations)"}, nil},
	})
	checkEntities(t, "The United Nations Office for Central Asia and the Caucasus (OCAC) said nothing.",
		nil, []string{"Organization:United Nations Office for Central Asia and the Caucasus"})
}
