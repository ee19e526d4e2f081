package extract

import "testing"

// TestSupportPhrases checks the argument structures of support and
// alliance: a verb phrase ending in a noun cue ("reaffirmed its support
// for"), an ally or backer in apposition, and the support that thanks or
// praise credit to someone.
func TestSupportPhrases(t *testing.T) {
	checkPatterns(t, []patternCase{
		// a verb phrase whose noun keeps its own preposition
		{"The Netherlands reaffirmed its support for Moldova.", []string{"SUPPORTS(Netherlands -> Moldova)"}, nil},
		{"Portugal voiced support for Angola.", []string{"SUPPORTS(Portugal -> Angola)"}, nil},
		{"Norway voiced criticism of Belarus.", []string{"CRITICIZES(Norway -> Belarus)"}, nil},
		// the noun's object only, right after the preposition
		{"Spain voiced support for a plan to expand trade with Morocco.", nil, []string{"SUPPORTS(Spain -> Morocco)"}},
		// another type's noun: "the killing of X" is no criticism of X
		{"Denmark condemned the killing of Anna Politkovskaya.", nil, []string{"CRITICIZES(Denmark -> Anna Politkovskaya)"}},

		// an ally or backer set off by commas
		{"Walid Jumblatt, a Hezbollah ally, signed the text.", []string{"COOPERATES_WITH(Hezbollah -> Walid Jumblatt)"}, nil},
		{"Belarus, Russia's main backer, stayed silent.", []string{"SUPPORTS(Belarus -> Russia)"}, []string{"SUPPORTS(Russia -> Belarus)"}},
		{"Belarus is the main backer of Russia.", []string{"SUPPORTS(Belarus -> Russia)"}, []string{"SUPPORTS(Russia -> Belarus)"}},
		// the apposition closes: the verb's object is not the ally's
		{"Chile, Peru's ally, criticized Bolivia.", []string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"COOPERATES_WITH(Peru -> Bolivia)"}},
		{"Serbia, a Russia backer, criticized Kosovo.", []string{"SUPPORTS(Serbia -> Russia)"}, []string{"SUPPORTS(Kosovo -> Russia)"}},

		// support credited by thanks or praise
		{"Chile thanked Peru and Bolivia for their support of the Lima Group.",
			[]string{"SUPPORTS(Peru -> Lima Group)", "SUPPORTS(Bolivia -> Lima Group)"}, nil},
		{"Kenya praised Uganda for its continued backing.", []string{"SUPPORTS(Uganda -> Kenya)"}, nil},
		{"Greek Prime Minister Kyriakos Mitsotakis praised France for its support.", []string{"SUPPORTS(France -> Greece)"}, nil},
		// what is supported is named after the noun: not the one who thanks
		{"Chile thanked Peru for its support of the Quito Process.", nil, []string{"SUPPORTS(Peru -> Chile)"}},
		// no support credited; negated
		{"Kenya praised Uganda for its courage.", nil, []string{"SUPPORTS(Uganda -> Kenya)"}},
		{"Kenya did not thank Uganda for its support.", nil, []string{"SUPPORTS(Uganda -> Kenya)"}},
	})
}

// TestSignatories checks the signatory convention: who signs, ratifies or
// approves an agreement SUPPORTS it, and "signed a deal with" relates the
// parties too; an indefinite deal is a new one, not the deal named before.
func TestSignatories(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Sweden ratified the Kyoto Protocol on Tuesday.", []string{"SUPPORTS(Sweden -> Kyoto Protocol)"}, nil},
		{"The New START treaty was signed by Russia and the United States.",
			[]string{"SUPPORTS(Russia -> New START)", "SUPPORTS(United States -> New START)"}, nil},
		{"Jordan approved the ceasefire agreement.", []string{"SUPPORTS(Jordan -> ceasefire agreement)"}, nil},
		{"Georgia signed a free trade agreement with China in 2017.",
			[]string{"SUPPORTS(Georgia -> free trade agreement)", "COOPERATES_WITH(China -> Georgia)"}, nil},
		{"India struck a nuclear deal with the United States.", []string{"SUPPORTS(India -> nuclear deal)"}, nil},
		// signatory nouns: the list after them, an apposition or a copula before
		{"Cuba left a fishing treaty with Peru. Other signatories to the treaty include Chile and Ecuador.",
			[]string{"SUPPORTS(Chile -> fishing treaty)", "SUPPORTS(Ecuador -> fishing treaty)"}, nil},
		{"Spain, a signatory to the Kyoto Protocol, has cut emissions.", []string{"SUPPORTS(Spain -> Kyoto Protocol)"}, nil},
		{"Chile and Peru are signatories of the Paris Agreement.",
			[]string{"SUPPORTS(Chile -> Paris Agreement)", "SUPPORTS(Peru -> Paris Agreement)"}, nil},
		{"Eritrea is not a signatory to the Paris Agreement.", nil, []string{"SUPPORTS(Eritrea -> Paris Agreement)"}},
		{"Norway criticized the signatories to the Kyoto Protocol.", nil, []string{"SUPPORTS(Norway -> Kyoto Protocol)"}},
		// part of an agreement: a signatory, also as a resolved "it"
		{"Chile is part of a pact between Peru and Ecuador.", []string{"SUPPORTS(Chile -> pact)"}, nil},
		{"Chile is not in NATO, but it is part of a pact between Peru and Ecuador.", []string{"SUPPORTS(Chile -> pact)"}, nil},
		{"Chile is not part of the pact.", nil, []string{"SUPPORTS(Chile -> pact)"}},
		// negated; no agreement signed
		{"Norway did not sign the Paris Agreement.", nil, []string{"SUPPORTS(Norway -> Paris Agreement)"}},
		{"Norway signed a letter to Sweden.", nil, []string{"SUPPORTS(Norway -> Sweden)"}},
		{"The Senate approved the sale of jets to Turkey.", nil, []string{"SUPPORTS(Senate -> Turkey)"}},
		// another deal than the one named before; the same one named again
		{"Turkey and Libya signed a maritime deal in May. In June, Egypt and Cyprus signed an alternative deal.",
			[]string{"SUPPORTS(Turkey -> maritime deal)"}, []string{"SUPPORTS(Egypt -> maritime deal)", "SUPPORTS(Cyprus -> maritime deal)"}},
		{"Turkey criticized the maritime deal. In May, Egypt and Libya signed a maritime deal.",
			[]string{"SUPPORTS(Egypt -> maritime deal)"}, nil},
	})
}

// TestSupportVocabulary checks the words of support and joint action in
// cues.yaml, with negatives.
func TestSupportVocabulary(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Laos threw its weight behind Cambodia.", []string{"SUPPORTS(Laos -> Cambodia)"}, nil},
		{"Estonia rallied behind Finland.", []string{"SUPPORTS(Estonia -> Finland)"}, nil},
		{"Ireland stands with Cyprus against Turkey.", []string{"SUPPORTS(Ireland -> Cyprus)"}, nil},
		{"Armenia has been a staunch supporter of Iran.", []string{"SUPPORTS(Armenia -> Iran)"}, nil},
		{"Tunisia voiced solidarity with Algeria.", []string{"SUPPORTS(Tunisia -> Algeria)"}, nil},
		{"Vietnam and Laos held joint naval exercises.", []string{"COOPERATES_WITH(Laos -> Vietnam)"}, nil},
		{"Ghana and Togo conducted joint military drills.", []string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
		{"Greece and Cyprus formed an alliance.", []string{"COOPERATES_WITH(Cyprus -> Greece)"}, nil},
		{"Walid Jumblatt, a Hezbollah ally who met Amos Hochstein, signed the text.",
			[]string{"COOPERATES_WITH(Hezbollah -> Walid Jumblatt)"}, []string{"COOPERATES_WITH(Hezbollah -> Amos Hochstein)"}},
		{"Egypt and the United Arab Emirates, Haftar's longtime backers, called for calm.",
			[]string{"SUPPORTS(Egypt -> Khalifa Haftar)", "SUPPORTS(United Arab Emirates -> Khalifa Haftar)"}, nil},
		{"The United States trains Ukrainian troops.", []string{"SUPPORTS(United States -> Ukraine)"}, nil},
		{"Ukrainian pilots trained in Britain.", nil, []string{"SUPPORTS(Ukraine -> United Kingdom)"}},
		// negated; drills with a third country named only as a place
		{"Laos did not throw its weight behind Cambodia.", nil, []string{"SUPPORTS(Laos -> Cambodia)"}},
		{"Vietnam and Laos held joint drills near Cambodia.", nil, []string{"COOPERATES_WITH(Laos -> Cambodia)", "COOPERATES_WITH(Vietnam -> Cambodia)"}},
	})
}

// TestObjectRelatives checks a cue verb in an object relative clause: its
// object is the relative pronoun's antecedent, never a mention after it.
func TestObjectRelatives(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Abkhazia, which Russia has backed since 1993, depends on tourism.", []string{"SUPPORTS(Russia -> Abkhazia)"}, nil},
		{"Hamas, which Qatar and Turkey support, rejected the plan.",
			[]string{"SUPPORTS(Qatar -> Hamas)", "SUPPORTS(Turkey -> Hamas)"}, nil},
		{"The Houthis, which Iran backs, fired missiles at Israel.",
			[]string{"SUPPORTS(Iran -> Houthis)"}, []string{"SUPPORTS(Iran -> missiles)", "SUPPORTS(Iran -> Israel)"}},
		{"NATO, which Sweden joined in 2024, met in Brussels.", []string{"MEMBER_OF(Sweden -> NATO)"}, nil},
		// a subject relative keeps its object; an unknown antecedent is no target
		{"The Houthis, which back Iran, fired missiles.", []string{"SUPPORTS(Houthis -> Iran)"}, nil},
		{"The militia, which Iran backs, fired missiles at Israel.", nil, []string{"SUPPORTS(Iran -> missiles)", "SUPPORTS(Iran -> Israel)"}},
		{"Russia warned that Belarus will attack Poland.", nil, []string{"ATTACKS(Belarus -> Russia)"}},
	})
}

// TestJudgedVotes checks a stance on a vote, a ratification or an approval
// with no owner: it judges who voted, ratified or approved just before.
func TestJudgedVotes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Turkish parliament ratified the accession protocol. Jeff Flake welcomed the vote on the social media platform X.",
			[]string{"SUPPORTS(Jeff Flake -> Grand National Assembly of Turkey)"}, []string{"SUPPORTS(Jeff Flake -> X)"}},
		{"The Dutch parliament approved the treaty on Monday. Belgium criticized the vote.",
			[]string{"CRITICIZES(Belgium -> Dutch parliament)"}, nil},
		{"Belgium criticized the vote.", nil, []string{"CRITICIZES(Belgium -> Belgium)"}},
	})
}

// TestCopularMembers checks membership said with a copula before a member
// word: "A is a NATO member", "A will remain the only EU member ...".
func TestCopularMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Slovakia is a NATO member.", []string{"MEMBER_OF(Slovakia -> NATO)"}, nil},
		{"Slovakia has been an EU member since 2004.", []string{"MEMBER_OF(Slovakia -> European Union)"}, nil},
		{"Croatia will remain the only NATO member yet to approve the bid.", []string{"MEMBER_OF(Croatia -> NATO)"}, nil},
		{"Slovakia is not a NATO member.", nil, []string{"MEMBER_OF(Slovakia -> NATO)"}},
		{"Serbia could be a NATO member.", nil, []string{"MEMBER_OF(Serbia -> NATO)"}},
		{"The main NATO member is the United States.", nil, []string{"MEMBER_OF(United States -> NATO)"}},
	})
}
