package extract

import "testing"

// TestAcronymConjunct checks that a list read back from a subject whose
// last conjunct ends with its bracketed acronym keeps the conjuncts
// before it: "Chile and the Andean Fishing Council (AFC) signed".
func TestAcronymConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia and the Tupac Katari Guerrilla Army (EGTK) on Tuesday signed a ceasefire accord in La Paz.",
			[]string{"SUPPORTS(Bolivia -> ceasefire accord)", "SUPPORTS(Tupac Katari Guerrilla Army -> ceasefire accord)", "COOPERATES_WITH(Bolivia -> Tupac Katari Guerrilla Army)"}, nil},
		{"Ecuador and the Organization of American States met in Quito on Monday.",
			[]string{"MET_WITH(Ecuador -> Organization of American States)"}, nil},
		// an acronym with no name before it joins nothing it does not name
		{"Peru protested on Monday, and the OAS met in Quito.", nil,
			[]string{"MET_WITH(Peru -> OAS)"}},
	})
}

// TestAgreementPartners checks that the name right after "with" in an
// agreement in force is a party to it (agreementPartners), and that a
// sought, possible or talked-about agreement names no party.
func TestAgreementPartners(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Lima said it would leave its 1929 border treaty with Chile.",
			[]string{"SUPPORTS(Chile -> border treaty)"}, nil},
		{"Ecuador's fishing accord with Peru lapsed in March.",
			[]string{"SUPPORTS(Peru -> fishing accord)", "SUPPORTS(Ecuador -> fishing accord)"}, nil},
		// sought, hypothetical or only talked about: no party
		{"Bolivia is seeking a new transit deal with Chile.", nil,
			[]string{"SUPPORTS(Chile -> transit deal)"}},
		{"Talks on a possible border accord with Peru stalled.", nil,
			[]string{"SUPPORTS(Peru -> border accord)"}},
		{"Bolivian President Luis Arce discussed the transit accord with Gabriel Boric in Lima.", nil,
			[]string{"SUPPORTS(Gabriel Boric -> transit accord)"}},
	})
}

// TestInkConclude checks the signing verb "ink": its subjects are
// signatories, as with "sign"; "conclude" is none ("concluded that the
// accord was void" signs nothing).
func TestInkConclude(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Bolivia and Paraguay inked the Chaco Accord in Asuncion.",
			[]string{"SUPPORTS(Bolivia -> Chaco Accord)", "SUPPORTS(Paraguay -> Chaco Accord)", "COOPERATES_WITH(Bolivia -> Paraguay)"}, nil},
		{"Bolivia inked a transit deal with Paraguay in March.",
			[]string{"SUPPORTS(Bolivia -> transit deal)", "SUPPORTS(Paraguay -> transit deal)", "COOPERATES_WITH(Bolivia -> Paraguay)"}, nil},
		{"Bolivia and Paraguay concluded that the Chaco Accord was void.", nil,
			[]string{"SUPPORTS(Bolivia -> Chaco Accord)"}},
	})
}

// TestPossessedMember checks a member noun owned by a body in an
// apposition or after a copula (possessedMember), and that another noun
// owned so ("NATO's largest army", "Peru's closest ally") states no
// membership.
func TestPossessedMember(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Greece, NATO's only Orthodox member, vetoed the plan.",
			[]string{"MEMBER_OF(Greece -> NATO)"}, nil},
		{"The Security Council met on Friday, and Gabon, the council's only African member, asked for a vote.",
			[]string{"MEMBER_OF(Gabon -> United Nations Security Council)"}, nil},
		{"Croatia is the European Union's newest member state.",
			[]string{"MEMBER_OF(Croatia -> European Union)"}, nil},
		{"Greece, NATO's second-largest army, vetoed the plan.", nil,
			[]string{"MEMBER_OF(Greece -> NATO)"}},
	})
}
