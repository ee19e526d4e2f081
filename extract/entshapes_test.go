package extract

import "testing"

// TestStateEmbassy checks that a state's name before "embassy" makes the
// embassy the state's post (an Organization, as after a demonym), not a
// facility in the state, while a facility after a state's name stays one.
func TestStateEmbassy(t *testing.T) {
	checkEntities(t, "The United States embassy in Tarven called for restraint on Monday.",
		[]string{"Organization:United States embassy"}, []string{"Facility:United States embassy"})
	checkEntities(t, "Protesters marched to the US embassy in the capital.",
		[]string{"Organization:US embassy"}, []string{"Facility:US embassy"})
	checkEntities(t, "Rebels shelled a Kenya military base on Monday.",
		[]string{"Facility:Kenya military base"}, nil)
}

// TestTitleBeforeName checks that a title whose last word is a place's
// descriptor ("secretary of state") makes the name after it a person's,
// while the descriptor alone still makes a place.
func TestTitleBeforeName(t *testing.T) {
	checkEntities(t, "Former deputy secretary of state Dana Whitcombe said in a speech that the lease was a mistake.",
		[]string{"Person:Dana Whitcombe"}, []string{"Location:Dana Whitcombe"})
	checkEntities(t, "Floods hit the state of Tarvania on Monday.",
		[]string{"Location:Tarvania"}, nil)
}

// TestRegionNamedBody checks that a generic state body written after a region's
// name is that region's body, named with it, but not after a place
// preposition that ends the place's phrase.
func TestRegionNamedBody(t *testing.T) {
	checkEntities(t, "The Punjab Police said the highway was open again.",
		[]string{"Organization:Punjab Police"}, nil)
	checkEntities(t, "The Kerala police arrested two men on Sunday.",
		[]string{"Organization:Kerala police"}, nil)
	checkEntities(t, "In Kerala police arrested two men on Sunday.",
		nil, []string{"Organization:Kerala police"})
}

// TestOrdinalForce checks that an ordinal before a state's generic force
// names a unit, while a body the lexicon knows stays itself.
func TestOrdinalForce(t *testing.T) {
	checkEntities(t, "The commander of the 58th Army, General Ivan Sorokin, crossed the bridge.",
		[]string{"Organization:58th Army"}, []string{"Organization:Army"})
	checkEntities(t, "The 75th General Assembly opened in New York.",
		nil, []string{"Organization:75th General Assembly"})
}

// TestAgencyTitles checks the titles of an agency's head and of a state's
// auditor: the name after them is a person's, and the auditor's office
// keeps its whole name.
func TestAgencyTitles(t *testing.T) {
	checkEntities(t, "NASA Administrator Jane Holloway said the launch went well.",
		[]string{"Person:Jane Holloway"}, []string{"Person:Administrator Jane Holloway"})
	checkEntities(t, "The Comptroller General's Office opened an audit of the contract.",
		[]string{"Organization:Comptroller General's Office"}, []string{"Organization:General's Office"})
}

// TestClericRank checks that the Iranian cleric's rank before a name is no
// part of it, after a comma or a title, while the style "Seyyed" stays
// the name's as news writes it.
func TestClericRank(t *testing.T) {
	checkEntities(t, "The speaker, Hojjatoleslam Reza Tabatabai, said the attack revealed what the enemy intended.",
		[]string{"Person:Reza Tabatabai"}, []string{"Person:Hojjatoleslam Reza Tabatabai"})
	checkEntities(t, "President Hojjatoleslam Seyyed Reza Tabatabai, in a televised address, said the people would respond.",
		[]string{"Person:Seyyed Reza Tabatabai"}, []string{"Person:Hojjatoleslam Seyyed Reza Tabatabai"})
}

// TestAgreementLowerHead checks that a known agreement whose name ends on
// a capitalised head is found with the head written in lower case.
func TestAgreementLowerHead(t *testing.T) {
	checkEntities(t, "Moscow left the Biological Weapons convention in 1999.",
		[]string{"Agreement:Biological Weapons Convention"}, []string{"Organization:Biological Weapons"})
}

// TestRegimentHeads checks that a regiment's capitalised last word ends a
// name as an organization's head does.
func TestRegimentHeads(t *testing.T) {
	checkEntities(t, "Troops of the Kestrel Rifles and the Northern Light Infantry held the ridge.",
		[]string{"Organization:Kestrel Rifles", "Organization:Northern Light Infantry"}, nil)
}

// TestPolityAlone checks that a state's form written alone after "the"
// ("the President of the Republic") is no organization of the graph,
// while a state named with it stays itself.
func TestPolityAlone(t *testing.T) {
	checkEntities(t, "In Tarven, the President of the Republic, Ana Soto, welcomed the signing.",
		[]string{"Person:Ana Soto"}, []string{"Organization:Republic"})
	checkEntities(t, "The Republic of Somaliland held elections on Monday.",
		[]string{"Country:Somaliland"}, nil)
}

// TestMoUNoBody checks that the abbreviation of "memorandum of
// understanding" is no organization's acronym.
func TestMoUNoBody(t *testing.T) {
	checkEntities(t, "Tarvania will not renew the MoU with Vornia, the minister said.",
		nil, []string{"Organization:MoU"})
}

// TestForeignParty checks that another state's name or demonym before a
// party the lexicon gives one state names that state's party, while the
// lexicon's own state keeps its party.
func TestForeignParty(t *testing.T) {
	checkEntities(t, "The opposition Malta Labour Party welcomed the outcome.",
		[]string{"Organization:Malta Labour Party"}, []string{"Organization:Labour Party"})
	checkEntities(t, "The Israeli Labour Party joined the coalition.",
		[]string{"Organization:Israeli Labour Party"}, []string{"Organization:Labour Party"})
	checkEntities(t, "Members of the Indonesian Democratic Party of Struggle criticized the plan.",
		[]string{"Organization:Indonesian Democratic Party of Struggle"}, []string{"Organization:Indonesian Democratic Party"})
	checkEntities(t, "Britain's Labour Party won the election.",
		[]string{"Organization:Labour Party"}, nil)
}

// TestModelNicknamePlural checks that a known model written with its
// nickname in the plural is that model, named as written.
func TestModelNicknamePlural(t *testing.T) {
	checkEntities(t, "Tarvania sent F/A-18 Hornets to bomb the camp.",
		[]string{"WeaponSystem:F/A-18 Hornets"}, nil)
	checkEntities(t, "Vornia bought F-16 Fighting Falcons last year.",
		[]string{"WeaponSystem:F-16 Fighting Falcons"}, nil)
}

// TestContinentUnused checks that a continent no relation uses is no node
// of the graph, while a town named beside it stays one, and so does a
// continent a relation places something in.
func TestContinentUnused(t *testing.T) {
	checkEntities(t, "Leaders from Europe and Africa met in Nairobi on Monday to discuss migration.",
		[]string{"Location:Nairobi"}, []string{"Location:Europe", "Location:Africa"})
	checkEntities(t, "The Sahel region lies in Africa.",
		[]string{"Location:Africa"}, nil)
}
