package extract

import "testing"

// TestAppositions checks that a name's apposition is not the clause's
// subject, that a list is not an apposition, that an apposed membership
// is MEMBER_OF (also a bare "a member state" of the body named before) and an apposed "Iran-backed" SUPPORTS the name.
func TestAppositions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Estonia, a NATO member, condemned Belarus.",
			[]string{"MEMBER_OF(Estonia -> NATO)", "CRITICIZES(Estonia -> Belarus)"}, []string{"CRITICIZES(NATO -> Belarus)"}},
		{"Latvia, a fellow EU member, imposed sanctions on Belarus.",
			[]string{"MEMBER_OF(Latvia -> European Union)", "SANCTIONS(Latvia -> Belarus)"}, []string{"SANCTIONS(European Union -> Belarus)"}},
		{"Kenya, Uganda's neighbour, criticized Somalia.",
			[]string{"CRITICIZES(Kenya -> Somalia)"}, []string{"CRITICIZES(Uganda -> Somalia)"}},
		{"Lithuania, a NATO member, bought the Patriot from Germany.",
			[]string{"SUPPLIES(Germany -> Lithuania)"}, []string{"SUPPLIES(Germany -> NATO)"}},
		// an apposition headed by a lower-case noun may end in a name, and
		// may reach a dozen words
		{"Kenya, Uganda's neighbour in the East African Community, criticized Somalia.",
			[]string{"CRITICIZES(Kenya -> Somalia)"}, []string{"CRITICIZES(Uganda -> Somalia)"}},
		{"The foreign ministers of Chile, Peru and Bolivia, Ecuador's partners in the Andean customs union, flew to Quito on Tuesday and met Ana Soto.",
			[]string{"MET_WITH(Chile -> Ana Soto)", "MET_WITH(Peru -> Ana Soto)", "MET_WITH(Bolivia -> Ana Soto)"}, []string{"MET_WITH(Ana Soto -> Ecuador)", "MET_WITH(Ecuador -> Ana Soto)"}},
		// a list is no apposition: all its names act
		{"Estonia, Latvia and Lithuania condemned Belarus.",
			[]string{"CRITICIZES(Estonia -> Belarus)", "CRITICIZES(Latvia -> Belarus)", "CRITICIZES(Lithuania -> Belarus)"}, nil},
		// a hyphenated participle in an apposition relates its doer to the name
		{"Hamas, an Iran-backed group, fired rockets at Israel.",
			[]string{"SUPPORTS(Iran -> Hamas)"}, []string{"SUPPORTS(Iran -> Israel)", "SUPPORTS(Iran -> rockets)"}},
		{"The rockets were fired by Hamas, the Iranian-backed militant group.", []string{"SUPPORTS(Iran -> Hamas)"}, nil},
		{"Hamas, a U.S.-sanctioned group, denied the report.", []string{"SANCTIONS(United States -> Hamas)"}, nil},
		// "a NATO member" with no name before it states no membership
		{"On Monday, a NATO member condemned Belarus.", nil, []string{"MEMBER_OF(Belarus -> NATO)"}},
		// a bare member apposition: the international body named before
		{"The bloc's chief said the EU would defend Latvia, a fellow member, against threats.",
			[]string{"MEMBER_OF(Latvia -> European Union)"}, nil},
		{"The EU said it stood by Hungary, a member state.",
			[]string{"MEMBER_OF(Hungary -> European Union)"}, nil},
		{"NATO said Russia had shelled Ukraine, a member of the Council of Europe.",
			[]string{"MEMBER_OF(Ukraine -> Council of Europe)"}, []string{"MEMBER_OF(Ukraine -> NATO)"}},
		{"The EU warned Russia, a major gas supplier.", nil, []string{"MEMBER_OF(Russia -> European Union)"}},
	})
}

// TestCoordinatedMemberModifiers checks organizations coordinated before one
// member word: the name in apposition or before the copula is a member of each.
func TestCoordinatedMemberModifiers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Romania, an EU and NATO member, sent fuel to Moldova.",
			[]string{"MEMBER_OF(Romania -> European Union)", "MEMBER_OF(Romania -> NATO)"}, nil},
		{"Latvia is an EU and NATO member.",
			[]string{"MEMBER_OF(Latvia -> European Union)", "MEMBER_OF(Latvia -> NATO)"}, nil},
		{"Poland, a G7, EU and NATO member, protested.",
			[]string{"MEMBER_OF(Poland -> European Union)", "MEMBER_OF(Poland -> NATO)"}, nil},
		{"Chile praised the EU, and a NATO member protested.", nil,
			[]string{"MEMBER_OF(Chile -> NATO)", "MEMBER_OF(Chile -> European Union)"}},
		{"Latvia could be an EU and NATO member.", nil,
			[]string{"MEMBER_OF(Latvia -> European Union)", "MEMBER_OF(Latvia -> NATO)"}},
	})
}

// TestJointEffort checks a named thing described as the joint work of
// hyphen-joined demonyms' states: each BUILDS a facility, DEVELOPS a
// program; one demonym or a negated copula states nothing.
func TestJointEffort(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Nabucco pipeline is an Austrian-Hungarian-Romanian effort to bring gas to Europe.",
			[]string{"BUILDS(Austria -> Nabucco pipeline)", "BUILDS(Hungary -> Nabucco pipeline)", "BUILDS(Romania -> Nabucco pipeline)"}, nil},
		{"The Druzhba pipeline, a joint Russian-Belarusian project, was shelved.",
			[]string{"BUILDS(Russia -> Druzhba pipeline)", "BUILDS(Belarus -> Druzhba pipeline)"}, nil},
		{"The Nabucco pipeline is not an Austrian-Hungarian project.", nil, []string{"BUILDS(Austria -> Nabucco pipeline)", "BUILDS(Hungary -> Nabucco pipeline)"}},
		{"The Nabucco pipeline is a Hungarian project.", nil, []string{"BUILDS(Hungary -> Nabucco pipeline)"}},
		{"The Nabucco pipeline crosses the Austrian-Hungarian border.", nil, []string{"BUILDS(Austria -> Nabucco pipeline)", "BUILDS(Hungary -> Nabucco pipeline)"}},
	})
}

// TestAgentNouns checks a supplier said of a name in apposition or with a
// copula: the name SUPPLIES the one named by the noun's possessor or
// after "to"; a supplier that is a verb's object or a clause's subject, or
// a negated copula, names no supplier.
func TestAgentNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Serbia, Chad's largest arms supplier, protested.", []string{"SUPPLIES(Serbia -> Chad)"}, []string{"SUPPLIES(Chad -> Serbia)"}},
		{"Belarus remains Sudan's main supplier.", []string{"SUPPLIES(Belarus -> Sudan)"}, nil},
		{"Germany is a major supplier of weapons to Ukraine.", []string{"SUPPLIES(Germany -> Ukraine)"}, nil},
		{"Austria, a leading supplier of rifles to Kenya, protested.", []string{"SUPPLIES(Austria -> Kenya)"}, nil},
		{"Spain criticised the suppliers of fuel to Morocco.", nil, []string{"SUPPLIES(Spain -> Morocco)"}},
		{"The suppliers of arms to Chad met in Chile.", nil, []string{"SUPPLIES(Chile -> Chad)"}},
		{"Israel is not a supplier of arms to Kenya.", nil, []string{"SUPPLIES(Israel -> Kenya)"}},
		// a supplier to the one supplied, not a possessor: never reversed
		{"Ireland is a key supplier to Ghana.", []string{"SUPPLIES(Ireland -> Ghana)"}, []string{"SUPPLIES(Ghana -> Ireland)"}},
		{"Turkey, a major arms supplier to Azerbaijan, said nothing.", []string{"SUPPLIES(Turkey -> Azerbaijan)"}, nil},
		{"Spain criticised the arms suppliers to Morocco.", nil, []string{"SUPPLIES(Spain -> Morocco)"}},
		{"Serbia and Hungary, the main suppliers of rifles to Chad, denied the report.",
			[]string{"SUPPLIES(Serbia -> Chad)", "SUPPLIES(Hungary -> Chad)"}, nil},
	})
}

// TestGuarantor checks that a guarantor of a deal, said of a name in
// apposition or with a copula, backs it, and that the guarantors named
// as the object of someone else's act do not.
func TestGuarantor(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Argentina has protested to Chile, a guarantor of the Lima Accord, over the arms sales.",
			[]string{"SUPPORTS(Chile -> Lima Accord)"}, []string{"SUPPORTS(Argentina -> Lima Accord)"}},
		{"Brazil and Chile, the guarantors of the Lima Accord, called for calm.",
			[]string{"SUPPORTS(Brazil -> Lima Accord)", "SUPPORTS(Chile -> Lima Accord)"}, nil},
		{"Chile is a guarantor of the Lima Accord.", []string{"SUPPORTS(Chile -> Lima Accord)"}, nil},
		{"Bolivia appealed to the guarantors of the Lima Accord.", nil, []string{"SUPPORTS(Bolivia -> Lima Accord)"}},
	})
}
