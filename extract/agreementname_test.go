package extract

import "testing"

// TestNamedAgreements checks agreements named by a head that opens an "of"
// or "on" complement, "the declaration" referring back only to a named
// declaration, and a signed object put after adjuncts of place and time.
func TestNamedAgreements(t *testing.T) {
	checkPatterns(t, []patternCase{
		// an agreement head opening its complement names an agreement
		{"Chile and Peru signed the Treaty of Friendship and Good Neighbourliness.",
			[]string{"SUPPORTS(Chile -> Treaty of Friendship and Good Neighbourliness)", "SUPPORTS(Peru -> Treaty of Friendship and Good Neighbourliness)"}, nil},
		{"Bolivia signed the Agreement on Trade and Investment with Paraguay.",
			[]string{"SUPPORTS(Bolivia -> Agreement on Trade and Investment)"}, nil},
		{"Ecuador ratified the Joint Declaration of Principles on Water Sharing.",
			[]string{"SUPPORTS(Ecuador -> Joint Declaration of Principles on Water Sharing)"}, nil},
		// a day after "on" is no subject of the agreement
		{"Uruguay signed the Declaration of Common Principles on Tuesday.",
			[]string{"SUPPORTS(Uruguay -> Declaration of Common Principles)"}, []string{"SUPPORTS(Uruguay -> Declaration of Common Principles on Tuesday)"}},

		// "the declaration" refers back to a named declaration only
		{"Chile and Peru signed the Joint Declaration of Peace and Cooperation. Bolivia hailed the declaration.",
			[]string{"SUPPORTS(Bolivia -> Joint Declaration of Peace and Cooperation)"}, nil},
		{"Chile and Peru signed a trade deal. Bolivia hailed the declaration.",
			nil, []string{"SUPPORTS(Bolivia -> trade deal)", "SUPPORTS(Bolivia -> declaration)"}},
		{"In a declaration, Bolivia criticized Peru. Ecuador welcomed the declaration.",
			[]string{"CRITICIZES(Bolivia -> Peru)"}, []string{"SUPPORTS(Ecuador -> declaration)"}},

		// the object after adjuncts of place and time
		{"Chile and Peru signed in Lima the Treaty of Friendship and Cooperation.",
			[]string{"SUPPORTS(Chile -> Treaty of Friendship and Cooperation)", "SUPPORTS(Peru -> Treaty of Friendship and Cooperation)"}, nil},
		{"Bolivia signed in Sucre on Monday the Agreement on Fisheries.",
			[]string{"SUPPORTS(Bolivia -> Agreement on Fisheries)"}, nil},
		// no object after the adjunct: nothing signed, nothing met
		{"Bolivia signed in Sucre, and the Agreement on Fisheries took effect.",
			nil, []string{"SUPPORTS(Bolivia -> Agreement on Fisheries)"}},
		{"President Ana Soto met in Lima the day after Peru left the talks.",
			nil, []string{"MET_WITH(Ana Soto -> Peru)"}},
	})
}

// TestReceptions checks that receiving a named person is a meeting, in the
// active and the passive, with a setting between the passive and its
// agent; receiving goods or a call from someone is none.
func TestReceptions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"King Carlos received Chilean President Ana Soto on Monday.", []string{"MET_WITH(Ana Soto -> King Carlos)"}, nil},
		{"Ana Soto was received by Peruvian President Luis Vega.", []string{"MET_WITH(Ana Soto -> Luis Vega)"}, nil},
		// a place between the passive and its agent
		{"Pablo Diaz was received at Lima airport by Rosa Gil.", []string{"MET_WITH(Pablo Diaz -> Rosa Gil)"}, nil},
		{"Juan Paz was welcomed in Quito by Marta Leon.", []string{"MET_WITH(Juan Paz -> Marta Leon)"}, nil},
		// no guest: goods, a call, a letter
		{"Luis Vega received a phone call from Jorge Rey on Tuesday.", nil, []string{"MET_WITH(Luis Vega -> Jorge Rey)", "MET_WITH(Jorge Rey -> Luis Vega)"}},
		{"Peru received Jorge Rey's letter.", nil, []string{"MET_WITH(Peru -> Jorge Rey)"}},
		{"Luis Vega received tanks from Jorge Rey.", nil, []string{"MET_WITH(Jorge Rey -> Luis Vega)", "MET_WITH(Luis Vega -> Jorge Rey)"}},
		// an actor between the passive and "by" ends the search
		{"Ana Soto was criticized in Peru's Congress by Luis Vega.", nil, []string{"CRITICIZES(Luis Vega -> Ana Soto)"}},
	})
}

// TestAgreementEvents checks that "the signing" with no "of" after it
// stands for the agreement in view, and for nothing with none in view.
func TestAgreementEvents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru signed a fishing accord on Monday. Bolivia welcomed the signing.",
			[]string{"SUPPORTS(Bolivia -> fishing accord)"}, nil},
		{"Chile and Peru signed the Treaty of Friendship and Cooperation. Colombia opposed the signing.",
			[]string{"OPPOSES(Colombia -> Treaty of Friendship and Cooperation)"}, nil},
		// the agreement named after "of"
		{"Chile and Peru signed a fishing accord. Ecuador hailed the signing of the Treaty of Lima and Quito.",
			nil, []string{"SUPPORTS(Ecuador -> fishing accord)"}},
		// none in view
		{"Bolivia welcomed the signing.", nil, []string{"SUPPORTS(Bolivia -> signing)"}},
		{"Bolivia welcomed the signing of a letter to Peru.", nil, []string{"SUPPORTS(Bolivia -> signing)", "SUPPORTS(Bolivia -> Peru)"}},
	})
}

// TestWitnesses checks that witnessing an agreement or its signing backs
// it, and that witnessing anything else states nothing.
func TestWitnesses(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru signed a fishing accord. The accord was witnessed by Bolivia and Ecuador.",
			[]string{"SUPPORTS(Bolivia -> fishing accord)", "SUPPORTS(Ecuador -> fishing accord)"}, nil},
		{"Chile and Peru signed a fishing accord. Ecuadorian President Marta Leon witnessed the signing.",
			[]string{"SUPPORTS(Marta Leon -> fishing accord)"}, nil},
		{"Colombia witnessed the attack on Peru.", nil, []string{"SUPPORTS(Colombia -> Peru)"}},
		// a plan signed or brokered, a Program, is backed as a deal is
		{"Bolivia signed a peace plan on Monday.", []string{"SUPPORTS(Bolivia -> peace plan)"}, nil},
		{"Colombia accepted a peace plan brokered by Ecuador.", []string{"SUPPORTS(Ecuador -> peace plan)"}, nil},
		// a weapon is no plan: the buyer signs no SUPPORTS of it
		{"Peru signed a contract for the F-16 fighter jets.", nil, []string{"SUPPORTS(Peru -> F-16)"}},
	})
}

// TestComplementListNames checks a head's "of"/"for" complement that goes
// on as a list of capitalised common words ("the Treaty of Friendship,
// Cooperation and Security"), while a list of names stays a list.
func TestComplementListNames(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru signed the Treaty of Amity, Commerce and Navigation on Monday.",
			[]string{"SUPPORTS(Chile -> Treaty of Amity, Commerce and Navigation)"}, []string{"SUPPORTS(Chile -> Treaty of Amity)"}},
		{"Bolivia ratified the Convention on Fisheries, Whaling, and Coastal Waters in May.",
			[]string{"SUPPORTS(Bolivia -> Convention on Fisheries, Whaling, and Coastal Waters)"}, nil},
		{"The Ministry of Agriculture, Forestry and Fisheries condemned Peru.",
			[]string{"CRITICIZES(Ministry of Agriculture, Forestry and Fisheries -> Peru)"}, nil},
		// names in the list: three things
		{"Ecuador signed the Treaty of Lima, Chile and Peru on Friday.",
			nil, []string{"SUPPORTS(Ecuador -> Treaty of Lima, Chile and Peru)"}},
		{"The Treaty of Friendship, Peru said, was signed by Chile and Bolivia.",
			nil, []string{"SUPPORTS(Chile -> Treaty of Friendship, Peru)"}},
	})
}

// TestVoteHeads checks the nouns of a text a chamber votes on (words.yaml
// vote_heads): the one named with the noun before, the text itself when
// none is, never another deal named before; a deal's description is never
// such a text.
func TestVoteHeads(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Party voted against the motion on Tuesday.",
			[]string{"OPPOSES(Kestrel Party -> motion)"}, nil},
		{"The Kestrel Party tabled a no-confidence motion on Monday. The Vela Party said it would vote for the motion.",
			[]string{"SUPPORTS(Vela Party -> no-confidence motion)"}, nil},
		{"Peru's Congress debated the Coastal Fisheries Bill for a week. Chile welcomed the bill.",
			[]string{"SUPPORTS(Chile -> Coastal Fisheries Bill)"}, nil},
		// never another deal named before
		{"Chile and Peru signed a trade deal in May. The Kestrel Party backed the motion.",
			nil, []string{"SUPPORTS(Kestrel Party -> trade deal)"}},
		{"Bolivia rejected the fishing accord, and the Kestrel Party opposed the bill.",
			[]string{"OPPOSES(Bolivia -> fishing accord)"}, []string{"OPPOSES(Kestrel Party -> fishing accord)"}},
		// nor is a motion the deal a later "the deal" means
		{"Chile and Peru signed a fishing accord in May. The Peruvian cabinet survived a no-confidence motion on Saturday. Bolivia welcomed the deal.",
			[]string{"SUPPORTS(Bolivia -> fishing accord)"}, []string{"SUPPORTS(Bolivia -> no-confidence motion)"}},
	})
}

// TestLaterNamedAgreement checks that an agreement written first with a
// general head and named in capitals at the opening of a sentence soon
// after is one entity, and that a name inside a sentence (another text
// the new one replaces) or a dated head stays apart.
func TestLaterNamedAgreement(t *testing.T) {
	text := "Chile and Peru signed an agreement in Lima on Friday. The Lima Maritime Agreement, which ends a long dispute, was welcomed by Brazil. Bolivia criticised the agreement."
	g := extractText(t, text)
	if n := countLabel(g, "Agreement"); n != 1 {
		t.Errorf("%q: want one agreement, got %v", text, entitySet(g))
	}
	for _, text := range []string{
		"Chile and Peru signed an agreement in Lima on Friday. It replaces the Lima Maritime Agreement of 1998.",
		"Chile and Peru recalled the 1929 agreement in Lima on Friday. The Lima Maritime Agreement, which ends a long dispute, was welcomed by Brazil.",
	} {
		if g := extractText(t, text); countLabel(g, "Agreement") != 2 {
			t.Errorf("%q: want two agreements, got %v", text, entitySet(g))
		}
	}
}
