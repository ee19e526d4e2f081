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
		// an adverb before the apposition's or the copula's noun phrase
		{"Cuba, long Angola's closest ally, stayed silent.", []string{"COOPERATES_WITH(Angola -> Cuba)"}, nil},
		{"Belarus is also Russia's main backer.", []string{"SUPPORTS(Belarus -> Russia)"}, []string{"SUPPORTS(Russia -> Belarus)"}},
		{"The frontier is long and Angola's army guards it.", nil, []string{"COOPERATES_WITH(Angola -> frontier)"}},
		// past the possessor's honorific
		{"President Ana Ruiz of Chile met reporters. Jorge Soto, Ms. Ruiz's closest ally, stayed silent.", []string{"COOPERATES_WITH(Ana Ruiz -> Jorge Soto)"}, nil},

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
			[]string{"SUPPORTS(Georgia -> free trade agreement)", "COOPERATES_WITH(China -> Georgia)", "SUPPORTS(China -> free trade agreement)"}, nil},
		// the partner after "with" signed it too; not one named with a
		// role, nor a state the subject then criticized
		{"Kenya signed a border treaty with Uganda and Tanzania on Monday.",
			[]string{"SUPPORTS(Uganda -> border treaty)", "SUPPORTS(Tanzania -> border treaty)"}, nil},
		{"Kenya signed a border treaty with Uganda, with Ethiopia as witness.",
			[]string{"SUPPORTS(Uganda -> border treaty)", "SUPPORTS(Ethiopia -> border treaty)"},
			[]string{"COOPERATES_WITH(Ethiopia -> Kenya)", "COOPERATES_WITH(Kenya -> Ethiopia)"}},
		// one named with a signing role backs the text (roleBackers), a
		// list of them too; a role no signing role states nothing
		{"The Kivu Liberation Army signed a ceasefire agreement with Rwanda in Nairobi last May with Kenya as facilitator.",
			[]string{"SUPPORTS(Kenya -> ceasefire agreement)", "SUPPORTS(Rwanda -> ceasefire agreement)"},
			[]string{"COOPERATES_WITH(Kenya -> Kivu Liberation Army)", "COOPERATES_WITH(Kivu Liberation Army -> Kenya)"}},
		// the partner unnamed: the one with a role is no partner either
		{"Armenia signed the peace treaty in Paris on Friday with France as witness.",
			[]string{"SUPPORTS(France -> peace treaty)"}, []string{"COOPERATES_WITH(Armenia -> France)", "COOPERATES_WITH(France -> Armenia)"}},
		{"Peru signed the fishing accord with Chile in Lima with Brazil and Argentina as the guarantors.",
			[]string{"SUPPORTS(Brazil -> fishing accord)", "SUPPORTS(Argentina -> fishing accord)"}, nil},
		// an agreement the signing verb qualifies from the right: a
		// relative clause's subject and the partner signed it; a party
		// set against an accord signed by others did not
		{"Thai Prime Minister Anan Sirisak said the trade pact his government has signed with Vietnam would create jobs.",
			[]string{"SUPPORTS(Vietnam -> trade pact)", "SUPPORTS(Thailand -> trade pact)"}, nil},
		{"Kenya welcomed the border treaty signed with Uganda in March.",
			[]string{"SUPPORTS(Uganda -> border treaty)"}, nil},
		{"Paraguay rejected the water accord signed with Brazil.",
			[]string{"SUPPORTS(Brazil -> water accord)"}, []string{"COOPERATES_WITH(Paraguay -> Brazil)", "COOPERATES_WITH(Brazil -> Paraguay)", "SUPPORTS(Paraguay -> water accord)"}},
		{"The treaty was later signed with Uganda.", nil, nil},
		{"Bolivia opposed the pact. Under the pact signed in Lima in May by Peru, Chile and Bolivia, Peru lifted its tariffs.",
			[]string{"COOPERATES_WITH(Bolivia -> Chile)", "SUPPORTS(Bolivia -> pact)"}, nil},
		{"Kenya signed a border treaty with Uganda, with Ethiopia as its main rival.",
			[]string{"SUPPORTS(Uganda -> border treaty)"}, []string{"SUPPORTS(Ethiopia -> border treaty)"}},
		{"Chile signed a peace deal with the rebels and criticized Peru.", nil, []string{"SUPPORTS(Peru -> peace deal)"}},
		{"India struck a nuclear deal with the United States.", []string{"SUPPORTS(India -> nuclear deal)"}, nil},
		// an agreement that ends past the plural cue "sign memorandum"
		{"Ghana and Togo signed a memorandum of understanding last week to build a railway to Lome.",
			[]string{"SUPPORTS(Ghana -> memorandum of understanding)", "SUPPORTS(Togo -> memorandum of understanding)"}, nil},
		{"Last month Oman and Qatar signed a memorandum of understanding covering gas.",
			[]string{"SUPPORTS(Oman -> memorandum of understanding)", "SUPPORTS(Qatar -> memorandum of understanding)"}, nil},
		{"Bolivia and Peru signed a memorandum of cooperation.", []string{"SUPPORTS(Bolivia -> memorandum)", "SUPPORTS(Peru -> memorandum)"}, nil},
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

// TestCopularAlly checks an ally, partner or backer said with a copula
// ("Iran is Syria's closest ally"): the subject is the one allied, as in
// an apposition; a negated or merely possible copula states nothing.
func TestCopularAlly(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Belarus is Russia's closest ally.", []string{"COOPERATES_WITH(Belarus -> Russia)"}, nil},
		{"The United States is Colombia's main security partner.", []string{"COOPERATES_WITH(Colombia -> United States)"}, nil},
		{"Serbia and Hungary are Russia's main backers.",
			[]string{"SUPPORTS(Serbia -> Russia)", "SUPPORTS(Hungary -> Russia)"}, []string{"SUPPORTS(Russia -> Serbia)"}},
		{"Moldova is not Romania's ally.", nil, []string{"COOPERATES_WITH(Moldova -> Romania)"}},
		{"Armenia could become Iran's closest ally.", nil, []string{"COOPERATES_WITH(Armenia -> Iran)"}},
	})
}

// TestQuantifiedMembers checks membership said of each member of a list
// by an apposition that opens with "both" or "all".
func TestQuantifiedMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Brazil sent six jets to Chile and a dozen tanks to Peru, both members of the OAS.",
			[]string{"MEMBER_OF(Chile -> Organization of American States)", "MEMBER_OF(Peru -> Organization of American States)"}, nil},
		{"Brazil sent jets to Chile and praised Peru, both members of the OAS.",
			[]string{"MEMBER_OF(Peru -> Organization of American States)"}, []string{"MEMBER_OF(Chile -> Organization of American States)"}},
		{"Brazil sent jets to Chile and Peru, both members of the OAS.",
			[]string{"MEMBER_OF(Chile -> Organization of American States)", "MEMBER_OF(Peru -> Organization of American States)"}, nil},
		{"Lithuania and Poland, both NATO members, asked for more troops.",
			[]string{"MEMBER_OF(Lithuania -> NATO)", "MEMBER_OF(Poland -> NATO)"}, nil},
		{"Chile, Peru and Mexico, all members of the Pacific Alliance, signed the text.",
			[]string{"MEMBER_OF(Chile -> Pacific Alliance)", "MEMBER_OF(Peru -> Pacific Alliance)", "MEMBER_OF(Mexico -> Pacific Alliance)"}, nil},
		// no quantifier: the apposition describes the last name only
		{"Britain sent jets to Estonia and Latvia, a member of NATO.", []string{"MEMBER_OF(Latvia -> NATO)"}, []string{"MEMBER_OF(Estonia -> NATO)"}},
		// not a membership
		{"Spain and Italy, both neighbours of France, protested.", nil, []string{"MEMBER_OF(Spain -> France)"}},
	})
}

// TestCoordinationPhrases checks the adverbial phrases of acting together
// ("in coordination with", "in step with", "in concert with"): the
// subject of the verb they modify cooperates with their object, never
// the object of that verb, nor a preposition's object before a passive.
func TestCoordinationPhrases(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Germany acted in coordination with France.", []string{"COOPERATES_WITH(Germany -> France)"}, nil},
		{"Britain moved in step with Washington and Paris.",
			[]string{"COOPERATES_WITH(United Kingdom -> United States)", "COOPERATES_WITH(France -> United Kingdom)"}, nil},
		{"Israel struck Iran in coordination with the United States.",
			[]string{"COOPERATES_WITH(Israel -> United States)"}, []string{"COOPERATES_WITH(Iran -> United States)"}},
		{"Turkey, acting in concert with Azerbaijan, closed the border with Armenia.",
			[]string{"COOPERATES_WITH(Azerbaijan -> Turkey)"}, []string{"COOPERATES_WITH(Armenia -> Azerbaijan)"}},
		{"The strikes on Syria were carried out in coordination with France.", nil, []string{"COOPERATES_WITH(Syria -> France)"}},
	})
}

// TestJointStatements checks that the authors of a joint statement
// cooperate: the subject of "said in a joint statement", and the main
// clause's subject after a fronted "In a joint statement,".
func TestJointStatements(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru said in a joint statement that the border would reopen.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Kenya and Uganda issued a joint declaration on Friday.", []string{"COOPERATES_WITH(Kenya -> Uganda)"}, nil},
		{"In a joint statement, the foreign ministers of Brazil and Argentina condemned the coup.",
			[]string{"COOPERATES_WITH(Argentina -> Brazil)"}, nil},
		{"In a joint statement, the foreign ministers of the two countries - France's Jean-Noel Barrot and Germany's Annalena Baerbock - condemned the attack.",
			[]string{"COOPERATES_WITH(Annalena Baerbock -> Jean-Noel Barrot)"}, nil},
		// a statement of one, and a statement named only as an object
		{"In a statement, Brazil condemned Argentina and Chile.", nil, []string{"COOPERATES_WITH(Argentina -> Chile)"}},
		{"Ghana rejected the joint statement by Togo.", nil, []string{"COOPERATES_WITH(Ghana -> Togo)"}},
	})
}

// TestOwnSide checks that support goes between two sides: a state or its
// seat of power backing its own office holder states nothing, a compound
// in an apposition backs the name it describes, and a person may still
// welcome a body of his own side.
func TestOwnSide(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kremlin supports Vladimir Putin, the Russian president.", nil,
			[]string{"SUPPORTS(Kremlin -> Vladimir Putin)", "SUPPORTS(Russia -> Vladimir Putin)"}},
		{"Vladimir Putin met Viktor Orban in Moscow. Orban, Hungary's Kremlin-backed leader, spoke on Monday.",
			[]string{"SUPPORTS(Kremlin -> Viktor Orban)"}, []string{"SUPPORTS(Kremlin -> Vladimir Putin)"}},
		{"Aliyev, Azerbaijan's Turkish-backed leader, spoke on Monday.", []string{"SUPPORTS(Turkey -> Ilham Aliyev)"}, nil},
		{"Fighting spread to Transnistria, another Russian-backed region, on Monday.", []string{"SUPPORTS(Russia -> Transnistria)"}, nil},
		{"UN Secretary-General Antonio Guterres welcomed the decision of the UN Security Council.",
			[]string{"SUPPORTS(Antonio Guterres -> United Nations Security Council)"}, nil},
		{"NATO Secretary-General Mark Rutte welcomed NATO's decision and praised NATO.", nil,
			[]string{"SUPPORTS(Mark Rutte -> NATO)"}},
		{"Chilean President Gabriel Boric praised Chile's army.", nil, []string{"SUPPORTS(Gabriel Boric -> Chile)"}},
		// talking to one's own side is no channel between sides
		{"Chilean President Ana Soto told Chilean troops in Arica that the border was safe.", nil,
			[]string{"COMMUNICATES_WITH(Ana Soto -> Chile)", "COMMUNICATES_WITH(Chile -> Ana Soto)"}},
		{"Chilean President Ana Soto told Peruvian officials that the border was safe.",
			[]string{"COMMUNICATES_WITH(Peru -> Ana Soto)"}, nil},
	})
}

// TestHostileOwnOffice checks that an attack, a sanction or a threat
// never joins a person and the state or body he holds office in (or a body
// of it), either way and wherever the office is told; a state still acts
// against another state's official, and against a place of its own.
func TestHostileOwnOffice(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Last month the Peruvian president, Ana Soto, suspended Peru's membership of the Andean pact.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, []string{"SANCTIONS(Ana Soto -> Peru)"}},
		{"Luis Vega is now Chile's trade minister, and the Chilean government has attacked him as a traitor. Bolivia imposed sanctions on Chile's trade minister Luis Vega.",
			[]string{"SANCTIONS(Bolivia -> Luis Vega)"}, []string{"ATTACKS(Chile -> Luis Vega)"}},
		{"The Chilean defence minister, Rosa Pinto, threatened Chile's rebels with force.",
			[]string{"HOLDS_OFFICE(Rosa Pinto -> Chile)"}, []string{"THREATENS(Rosa Pinto -> Chile)"}},
		{"Chilean President Marta Diaz threatened Peru with sanctions.", []string{"THREATENS(Marta Diaz -> Peru)"}, nil},
		{"Chilean troops shelled Arica, a Chilean port held by rebels.", []string{"ATTACKS(Chile -> Arica)"}, nil},
	})
}

// TestPartiesOfObject checks that the parties of the verb's object
// ("the ceasefire between A and B") are not the verb's targets.
func TestPartiesOfObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Qatar welcomed the ceasefire between Israel and Hamas.", nil,
			[]string{"SUPPORTS(Qatar -> Israel)", "SUPPORTS(Qatar -> Hamas)"}},
		{"Qatar welcomed Israel and Hamas to the talks.", []string{"SUPPORTS(Qatar -> Israel)"}, nil},
	})
}

// TestCounterpartSubject checks a subject list joined through a
// counterpart ("A and his Finnish counterpart B") and a relative clause
// with a bracketed acronym between the subject and its verb.
func TestCounterpartSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"French Foreign Minister Bernard Kouchner and his Finnish counterpart Alexander Stubb, who chairs the Organization for Security and Co-operation in Europe (OSCE), held talks with Mikheil Saakashvili.",
			[]string{"MET_WITH(Bernard Kouchner -> Mikheil Saakashvili)", "MET_WITH(Alexander Stubb -> Mikheil Saakashvili)"},
			[]string{"MET_WITH(OSCE -> Mikheil Saakashvili)", "MET_WITH(Organization for Security and Co-operation in Europe -> Mikheil Saakashvili)"}},
	})
}

// TestBackingLeads checks support named after "with" ("with the support
// of X"): X backs the clause's subject, before or after the phrase.
func TestBackingLeads(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mali launched the offensive with the support of Russia.", []string{"SUPPORTS(Russia -> Mali)"}, []string{"SUPPORTS(Mali -> Russia)"}},
		// the clause's subject is backed, not the object nearest the phrase
		{"Chile attacked Peru with the support of Bolivia.", []string{"SUPPORTS(Bolivia -> Chile)"}, []string{"SUPPORTS(Bolivia -> Peru)"}},
		{"Peru said Chile attacked Bolivia with the support of Brazil.", nil, []string{"SUPPORTS(Brazil -> Bolivia)", "SUPPORTS(Brazil -> Peru)"}},
		{"With the backing of France, Chad expelled the envoy.", []string{"SUPPORTS(France -> Chad)"}, nil},
		{"Peru, with the blessing of the United States, extradited the suspect.", []string{"SUPPORTS(United States -> Peru)"}, nil},
		{"Niger acted with the full backing of Algeria and Libya.",
			[]string{"SUPPORTS(Algeria -> Niger)", "SUPPORTS(Libya -> Niger)"}, []string{"SUPPORTS(Niger -> Algeria)"}},
		// verbs of having: the subject has the backing; seeking it is none
		{"Serbia has the support of Russia.", []string{"SUPPORTS(Russia -> Serbia)"}, []string{"SUPPORTS(Serbia -> Russia)"}},
		{"Kosovo enjoys the backing of the United States.", []string{"SUPPORTS(United States -> Kosovo)"}, []string{"SUPPORTS(Kosovo -> United States)"}},
		{"Bolivia sought the support of Brazil.", nil, []string{"SUPPORTS(Bolivia -> Brazil)", "SUPPORTS(Brazil -> Bolivia)"}},
		{"Moldova does not have the support of Russia.", nil, []string{"SUPPORTS(Russia -> Moldova)", "SUPPORTS(Moldova -> Russia)"}},
		// the backer as a demonym or possessor before a backing noun
		{"With Ghanaian and Togolese backing, Benin closed the border.",
			[]string{"SUPPORTS(Ghana -> Benin)", "SUPPORTS(Togo -> Benin)"}, []string{"SUPPORTS(Benin -> Ghana)"}},
		{"Chadian troops, with French air support, retook the town.", []string{"SUPPORTS(France -> Chad)"}, []string{"SUPPORTS(Chad -> France)"}},
		{"Niger expelled the envoy with Algeria's blessing.", []string{"SUPPORTS(Algeria -> Niger)"}, nil},
		{"Niger expelled the envoy without Algerian support.", nil, []string{"SUPPORTS(Algeria -> Niger)"}},
		{"Niger did not expel the envoy with Algerian support.", nil, []string{"SUPPORTS(Algeria -> Niger)"}},
		{"Mali said Niger had expelled the envoy with Algerian help.", nil, []string{"SUPPORTS(Algeria -> Mali)"}},
		{"Rebel fighters, with Libyan support, seized the town.", nil, []string{"SUPPORTS(Libya -> Libya)"}},
		{"Niger asked for Algerian support.", nil, []string{"SUPPORTS(Algeria -> Niger)"}},
		// a relative clause set off after the subject is the subject's
		{"Chad, which retook the town with French support, said it would stay.", []string{"SUPPORTS(France -> Chad)"}, nil},
		// no lead: the one after "of" is supported
		{"Poland voted in support of Ukraine.", []string{"SUPPORTS(Poland -> Ukraine)"}, []string{"SUPPORTS(Ukraine -> Poland)"}},
	})
}

// TestAllianceAllies checks that allies named after an alliance are its
// members, not its partners, while an ally of a group or state stays a
// partner.
func TestAllianceAllies(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"NATO allies Poland and Lithuania asked for more troops.",
			[]string{"MEMBER_OF(Poland -> NATO)", "MEMBER_OF(Lithuania -> NATO)"}, []string{"COOPERATES_WITH(NATO -> Poland)", "COOPERATES_WITH(Poland -> NATO)"}},
		{"Greece, a NATO ally, protested.", []string{"MEMBER_OF(Greece -> NATO)"}, []string{"COOPERATES_WITH(Greece -> NATO)", "COOPERATES_WITH(NATO -> Greece)"}},
		{"Walid Jumblatt, a Hezbollah ally, signed the text.", []string{"COOPERATES_WITH(Hezbollah -> Walid Jumblatt)"}, []string{"MEMBER_OF(Walid Jumblatt -> Hezbollah)"}},
	})
}

// TestChairMembers checks that a state holding a bloc's rotating chair, or
// chairing the bloc, is its member; a negated chair, the chair of what is
// no bloc, or of a meeting the bloc modifies, is not.
func TestChairMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The plan was brokered by Finland, which holds the European Union's rotating presidency.",
			[]string{"MEMBER_OF(Finland -> European Union)"}, nil},
		{"Sweden holds the rotating EU presidency.", []string{"MEMBER_OF(Sweden -> European Union)"}, nil},
		{"Poland took over the presidency of the European Union in January.", []string{"MEMBER_OF(Poland -> European Union)"}, nil},
		{"Egypt holds the chairmanship of the African Union.", []string{"MEMBER_OF(Egypt -> African Union)"}, nil},
		{"Spain does not hold the EU presidency.", nil, []string{"MEMBER_OF(Spain -> European Union)"}},
		{"Kenya criticized the EU presidency.", nil, []string{"MEMBER_OF(Kenya -> European Union)"}},
		{"Chile, which chaired the OAS last year, kept quiet.", []string{"MEMBER_OF(Chile -> Organization of American States)"}, nil},
		{"Kenya presides over the African Union this year.", []string{"MEMBER_OF(Kenya -> African Union)"}, nil},
		{"Chile chaired the OAS summit in Lima.", nil, []string{"MEMBER_OF(Chile -> Organization of American States)"}},
		{"Chile never chaired the OAS.", nil, []string{"MEMBER_OF(Chile -> Organization of American States)"}},
	})
}

// TestSupportVerbPhrases checks verb phrases of backing with a particle
// or a noun inside ("threw its support behind", "lined up behind").
func TestSupportVerbPhrases(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Japan threw its full support behind the Philippines.", []string{"SUPPORTS(Japan -> Philippines)"}, nil},
		{"Argentina lined up behind Brazil on the tariff question.", []string{"SUPPORTS(Argentina -> Brazil)"}, nil},
		{"Norway lent its support to Finland.", []string{"SUPPORTS(Norway -> Finland)"}, nil},
		{"Ecuador did not line up behind Peru.", nil, []string{"SUPPORTS(Ecuador -> Peru)"}},
	})
}

// TestTheirModifiedCue checks a plural noun cue owned by "their" with
// modifiers between ("their strategic partnership"): the subject list.
func TestTheirModifiedCue(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Vietnam and Laos hailed their strategic partnership.", []string{"COOPERATES_WITH(Laos -> Vietnam)"}, nil},
		{"Brazil and Chile pledged to deepen their strategic partnership.", []string{"COOPERATES_WITH(Brazil -> Chile)"}, nil},
		// an object list does not own "their"
		{"Egypt told Sudan and Chad about their trade partnership.", nil, []string{"COOPERATES_WITH(Chad -> Sudan)"}},
	})
}

// TestDiplomaticRelations checks that establishing, normalizing or
// restoring relations is cooperation between the parties, and that a
// negated or possible one is not.
func TestDiplomaticRelations(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Armenia and Azerbaijan established diplomatic relations.", []string{"COOPERATES_WITH(Armenia -> Azerbaijan)"}, nil},
		{"Israel and Morocco normalized relations in 2020.", []string{"COOPERATES_WITH(Israel -> Morocco)"}, nil},
		{"Qatar restored diplomatic relations with Egypt.", []string{"COOPERATES_WITH(Egypt -> Qatar)"}, nil},
		{"Bahrain and Iran did not restore ties.", nil, []string{"COOPERATES_WITH(Bahrain -> Iran)"}},
		{"Bahrain and Iran could restore ties next year.", nil, []string{"COOPERATES_WITH(Bahrain -> Iran)"}},
	})
}

// TestResolutionBackers checks that the drafters, sponsors and adopters of
// a named resolution or treaty back it, and that "pass" backs only an
// agreement.
func TestResolutionBackers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The council voted on UN Security Council Resolution 2231, drafted by France and Germany.",
			[]string{"SUPPORTS(France -> UN Security Council Resolution 2231)", "SUPPORTS(Germany -> UN Security Council Resolution 2231)"}, nil},
		{"Chile co-sponsored UN Security Council Resolution 2334.", []string{"SUPPORTS(Chile -> UN Security Council Resolution 2334)"}, nil},
		{"The UN Security Council adopted Resolution 2334 on Friday.", []string{"SUPPORTS(United Nations Security Council -> UN Security Council Resolution 2334)"}, nil},
		{"The UN Security Council did not adopt Resolution 2334.", nil, []string{"SUPPORTS(United Nations Security Council -> UN Security Council Resolution 2334)"}},
		{"The convoy from Iraq passed through Turkey.", nil, []string{"SUPPORTS(Iraq -> Turkey)"}},
	})
}

// TestFoughtAlongside checks that fighting, serving or operating
// alongside another force is cooperation with its side, while "alongside"
// between a subject and its verb only adds a partner to the act.
func TestFoughtAlongside(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Polish troops served alongside British forces in Afghanistan.", []string{"COOPERATES_WITH(United Kingdom -> Poland)"}, nil},
		{"The Rwandan police now operate alongside the Mozambican army.", []string{"COOPERATES_WITH(Mozambique -> Rwandan police)"}, nil}, // police is a state body (bodies.yaml), as an army is
		{"Hezbollah fought alongside Syria's army.", []string{"COOPERATES_WITH(Syria -> Hezbollah)"}, nil},
		{"Chilean officers serve with UN missions in Haiti and Cyprus.", []string{"COOPERATES_WITH(Chile -> United Nations)"}, nil},
		{"Ana Soto served with distinction in the Chilean army.", nil, []string{"COOPERATES_WITH(Ana Soto -> Chilean army)", "COOPERATES_WITH(Chilean army -> Ana Soto)"}},
		{"Chilean and Bolivian troops are fighting on the side of Luis Vega in the north.",
			[]string{"COOPERATES_WITH(Chile -> Luis Vega)", "COOPERATES_WITH(Bolivia -> Luis Vega)"}, nil},
		{"Chile, alongside Peru, condemned Bolivia.", []string{"CRITICIZES(Peru -> Bolivia)"}, []string{"COOPERATES_WITH(Bolivia -> Chile)", "COOPERATES_WITH(Bolivia -> Peru)"}},
	})
}

// TestConcurringAgree checks that a plural "agree" with nothing after it
// only concurs with what was said, while agreeing to or on something is
// cooperation.
func TestConcurringAgree(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Spain wants a new deal, and Italy and Greece agree.", nil, []string{"COOPERATES_WITH(Greece -> Italy)"}},
		{"Italy and Greece agreed to reopen the border.", []string{"COOPERATES_WITH(Greece -> Italy)"}, nil},
		{"Chile and Peru agreed on a new border.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
	})
}

// TestSecondDescription checks an apposition of two descriptions joined
// by "and": the ally's other side is the apposition's head, and the
// membership of the second description is the head's.
func TestSecondDescription(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia, Syria's closest ally and a permanent member of the Security Council, refused to back the plan.",
			[]string{"COOPERATES_WITH(Russia -> Syria)", "MEMBER_OF(Russia -> United Nations Security Council)"},
			[]string{"COOPERATES_WITH(Syria -> United Nations Security Council)"}},
		{"Chile, Peru and a member of the African Union, signed.", nil, []string{"MEMBER_OF(Chile -> African Union)"}},
		{"Chile, which met Peru and a member of the African Union, signed.", nil, []string{"MEMBER_OF(Chile -> African Union)"}},
	})
}

// TestPendingMembership checks that a membership still being decided
// ("ratified", "blocked", "a bid for") states no MEMBER_OF, while one in
// the past does.
func TestPendingMembership(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Hungarian parliament on Monday approved Finland's membership in NATO.", nil, []string{"MEMBER_OF(Finland -> NATO)"}},
		{"Peru blocked Bolivia's accession to NATO.", []string{"OPPOSES(Peru -> Bolivia)"}, []string{"MEMBER_OF(Bolivia -> NATO)"}},
		{"Bolivia's bid for membership in NATO stalled.", nil, []string{"MEMBER_OF(Bolivia -> NATO)"}},
		{"Estonia has prospered since its accession to the European Union in 2004.", []string{"MEMBER_OF(Estonia -> European Union)"}, nil},
		{"Chile's membership of NATO dates from 1990.", []string{"MEMBER_OF(Chile -> NATO)"}, nil},
	})
}

// TestObjectClause checks that a mention in a relative clause on the
// verb's object is not what the verb is about.
func TestObjectClause(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Moscow would welcome any step that ends the blockade of Venezuela.", nil, []string{"SUPPORTS(Russia -> Venezuela)"}},
		// a number opens the unnamed object too
		{"Peru accused Chile of supporting two groups that Bolivia classifies as terrorist organisations.", []string{"CRITICIZES(Peru -> Chile)"}, []string{"SUPPORTS(Chile -> Bolivia)"}},
		{"Chile backed three firms which Peru had sanctioned.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
		{"Chile backed two Bolivian firms.", []string{"SUPPORTS(Chile -> Bolivia)"}, nil},
		{"Moscow praised the envoys who met Venezuela on Monday.", nil, []string{"SUPPORTS(Russia -> Venezuela)"}},
		{"Moscow welcomed Venezuela's decision.", []string{"SUPPORTS(Russia -> Venezuela)"}, nil},
	})
}

// TestLaterClauseSubject checks that names after "and" that a comma and a
// clause's verb close are that verb's subject, not the verb cue's objects,
// and that "opposition" modifying "parties" names a kind of actor.
func TestLaterClauseSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Senate rejected the plan and the opposition parties, the Orange Democratic Movement and the Jubilee Party, called for calm.", nil,
			[]string{"OPPOSES(Senate -> Orange Democratic Movement)", "OPPOSES(Senate -> Jubilee Party)"}},
		{"Kenya criticized the move and the Orange Democratic Movement, the main opposition party, has demanded new elections.", nil,
			[]string{"CRITICIZES(Kenya -> Orange Democratic Movement)"}},
		{"Inside Kenya, the main opposition parties, the Orange Democratic Movement and the Jubilee Party, called on their supporters to protest.", nil,
			[]string{"OPPOSES(Kenya -> Orange Democratic Movement)", "OPPOSES(Kenya -> Jubilee Party)"}},
		// objects still
		{"The Senate rejected the plan and the proposal of the Orange Democratic Movement and the Jubilee Party.",
			[]string{"OPPOSES(Senate -> Orange Democratic Movement)", "OPPOSES(Senate -> Jubilee Party)"}, nil},
		{"Kenya condemned Uganda and Tanzania, accusing them of meddling.", []string{"CRITICIZES(Kenya -> Uganda)", "CRITICIZES(Kenya -> Tanzania)"}, nil},
		{"The Kenyan government criticized the opposition parties, the Orange Democratic Movement and the Jubilee Party.",
			[]string{"CRITICIZES(Kenya -> Orange Democratic Movement)", "CRITICIZES(Kenya -> Jubilee Party)"}, nil},
	})
}

// TestDescribedRelativeSubject checks that a relative clause after an
// apposition's description ("Chile, a Peru ally who ...") has the
// apposition's head as its subject.
func TestDescribedRelativeSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenyan Foreign Minister Musalia Mudavadi, a Somalia ally who led the negotiations with Ethiopian envoy Redwan Hussein, signed the text.",
			[]string{"NEGOTIATES_WITH(Musalia Mudavadi -> Redwan Hussein)", "COOPERATES_WITH(Somalia -> Musalia Mudavadi)"},
			[]string{"NEGOTIATES_WITH(Somalia -> Redwan Hussein)"}},
		{"Iran condemned Hamas, a Qatar ally who met Egypt.", []string{"MET_WITH(Egypt -> Hamas)"}, []string{"MET_WITH(Qatar -> Egypt)"}},
	})
}

// TestPossessedBody checks that support and cooperation with "X's
// party" go to the party, not to its owner.
func TestPossessedBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Senate in Lima, which has long been aligned with Prime Minister Pedro Castillo's Democratic Front, blocked the bill.",
			[]string{"COOPERATES_WITH(Democratic Front -> Senate)"}, []string{"COOPERATES_WITH(Senate -> Pedro Castillo)"}},
		{"Chile met Peru's foreign minister Ana Cecilia Gervasi.", []string{"MET_WITH(Chile -> Ana Cecilia Gervasi)"}, nil},
	})
}

// TestListPossessor checks that a possessive pronoun continuing a list
// of possessed phrases is the list's first possessor.
func TestListPossessor(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"We have concerns about Russia's support for Hamas, its backing of the Syrian government and its activities in Libya.",
			[]string{"SUPPORTS(Russia -> Hamas)", "SUPPORTS(Russia -> Syria)"}, []string{"SUPPORTS(Hamas -> Syria)"}},
		{"Chile condemned Peru's shelling of Bolivia, its threats against Ecuador and its support for Cuba.",
			[]string{"SUPPORTS(Peru -> Cuba)"}, []string{"SUPPORTS(Ecuador -> Cuba)"}},
	})
}

// TestAccordingTo checks that the source of a report ("according to
// officials in Lima") is no argument of the clause before it.
func TestAccordingTo(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile approved the draft on Monday, according to officials in Lima.", nil, []string{"SUPPORTS(Chile -> Lima)"}},
	})
}

// TestThatCooperation checks that a plural noun cue after a demonstrative
// ("that cooperation") refers back and pairs no coordinated subject.
func TestThatCooperation(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru, whose navies work with Ecuador on smuggling, should end that cooperation.",
			nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chile and Peru announced a new cooperation on smuggling.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
	})
}

// TestCompoundInCoordination checks that a place compound before the
// second member of a list ("the Lima-based X") leaves X in the list.
func TestCompoundInCoordination(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The African Union hosted talks between Ethiopia and the Lima-based High Council of State on Monday.",
			[]string{"MET_WITH(Ethiopia -> High Council of State)"}, []string{"MET_WITH(Ethiopia -> Lima)"}},
	})
}

// TestJoinedIn checks that joining another side in an act is cooperation,
// and that "in" before a place or a year is not such an act.
func TestJoinedIn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Britain joined the United States in strikes on Houthi targets.", []string{"COOPERATES_WITH(United Kingdom -> United States)"}, nil},
		{"Peru joined Chile in condemning the vote.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil}, // symmetric: sorted by name
		{"Trump joined Putin in Helsinki.", nil, []string{"COOPERATES_WITH(Donald Trump -> Vladimir Putin)"}},
		{"Brazil joined Mercosur in 1991.", []string{"MEMBER_OF(Brazil -> Mercosur)"}, []string{"COOPERATES_WITH(Brazil -> Mercosur)"}},
		{"Chile urged Peru to Geneva.", nil, []string{"INVITES(Chile -> Peru)"}},
	})
}

// TestStaffMembers checks a body's members named by the people they send
// ("which included experts from A and B").
func TestStaffMembers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Andean Verification Team, which included experts from Chile, Peru, Ecuador and Bolivia, said the shell was Chilean.",
			[]string{"MEMBER_OF(Chile -> Andean Verification Team)", "MEMBER_OF(Bolivia -> Andean Verification Team)"}, nil},
	})
}

// TestKeptDeal checks that keeping to an agreement backs it, and that a
// refusal to keep it does not.
func TestKeptDeal(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Iran continues to comply with the JCPOA.", []string{"SUPPORTS(Iran -> JCPOA)"}, nil},
		{"Chile and Peru have agreed to implement New START.", []string{"SUPPORTS(Chile -> New START)", "SUPPORTS(Peru -> New START)"}, nil},
		{"Iran will not comply with the JCPOA.", nil, []string{"SUPPORTS(Iran -> JCPOA)"}},
		{"Peru's refusal to implement New START angered Chile.", nil, []string{"SUPPORTS(Peru -> New START)"}},
		{"Sanctions on Iran and Syria were renewed by the EU.", []string{"SANCTIONS(European Union -> Iran)"}, nil},
		{`Tehran would welcome "any step that ends the blockade of Venezuela".`, nil, []string{"SUPPORTS(Iran -> Venezuela)"}},
	})
}

// TestJointIntents checks that a plan or act noun made by a list of
// parties, with its "to" clause, makes them cooperate.
func TestJointIntents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway praised the decision by Chile and Peru to reopen the border crossing.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{`"We praise the efforts of both Ghana and Togo to settle the dispute."`, []string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
		{"There was no decision by Chile and Peru to reopen the border.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"The plan of Chile and Peru was rejected.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
	})
}

// TestTrailingPartners checks that a partner joined after a comma to a
// symmetric cue's target ("met X in Vienna, together with Y") is one more
// party, and that a clause or an asymmetric cue takes none.
func TestTrailingPartners(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Lavrov met with Wang Yi in Ankara, together with EU foreign policy chief Kaja Kallas.",
			[]string{"MET_WITH(Kaja Kallas -> Sergei Lavrov)", "MET_WITH(Sergei Lavrov -> Wang Yi)"}, nil},
		{"Lavrov met Wang Yi in Ankara, and together with Kallas he flew to Rome.", nil, []string{"MET_WITH(Kaja Kallas -> Sergei Lavrov)"}},
		{"Lavrov met Wang Yi in Ankara on Monday, as well as Kallas.", []string{"MET_WITH(Kaja Kallas -> Sergei Lavrov)"}, nil},
		{"Chile condemned Peru, along with Bolivia.", nil, []string{"CRITICIZES(Chile -> Bolivia)"}},
	})
}

// TestRelativeBeforePossessive checks that a relative clause with a
// possessive in it, or opened by "whose", is passed over for the subject.
func TestRelativeBeforePossessive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's president, who met Bolivia's leader in May, criticised Chile.", nil, []string{"CRITICIZES(Bolivia -> Chile)"}},
		{"Peru, whose army fought Bolivia's rebels, criticised Chile.", []string{"CRITICIZES(Peru -> Chile)"}, []string{"CRITICIZES(Bolivia -> Chile)"}},
	})
}

// TestReceived checks that welcoming a named person is receiving him (a
// meeting), while welcoming his words or election backs him.
func TestReceived(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Biden welcomed Zelensky to the White House on Monday.", []string{"MET_WITH(Joe Biden -> Volodymyr Zelensky)"},
			[]string{"SUPPORTS(Joe Biden -> Volodymyr Zelensky)"}},
		{"Macron warmly welcomed Ukrainian President Volodymyr Zelensky.", []string{"MET_WITH(Emmanuel Macron -> Volodymyr Zelensky)"}, nil},
		{"Biden welcomed Zelensky's remarks.", []string{"SUPPORTS(Joe Biden -> Volodymyr Zelensky)"}, []string{"MET_WITH(Joe Biden -> Volodymyr Zelensky)"}},
		{"Biden welcomed the election of Zelensky.", []string{"SUPPORTS(Joe Biden -> Volodymyr Zelensky)"}, []string{"MET_WITH(Joe Biden -> Volodymyr Zelensky)"}},
	})
}

// TestFollowersAct checks that followers, not the one they follow, do
// what the clause says.
func TestFollowersAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Supporters of Hamas attacked Israel.", nil, []string{"ATTACKS(Hamas -> Israel)"}},
		{"Hamas supporters attacked Israel.", nil, []string{"ATTACKS(Hamas -> Israel)"}},
		{"Hamas's loyal supporters attacked Israel.", nil, []string{"ATTACKS(Hamas -> Israel)"}},
		{"Members of Hamas attacked Israel.", []string{"ATTACKS(Hamas -> Israel)"}, nil},
		{"Chile, a staunch supporter of Peru, criticised Bolivia.", []string{"SUPPORTS(Chile -> Peru)", "CRITICIZES(Chile -> Bolivia)"}, nil},
	})
}

// TestFollowerObject checks that a follower noun states its subject's
// support only with a copula or in apposition, not as a verb's object.
func TestFollowerObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile criticised the supporters of Peru.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
		{"Chile met with backers of Peru.", nil, []string{"SUPPORTS(Chile -> Peru)"}},
		{"Chile is a very strong supporter of Peru.", []string{"SUPPORTS(Chile -> Peru)"}, nil},
		{"Chile became the main backer of Peru.", []string{"SUPPORTS(Chile -> Peru)"}, nil},
		{"Iran, Hezbollah's main backer, denied it.", []string{"SUPPORTS(Iran -> Hezbollah)"}, nil},
	})
}

// TestBrokeredDeals checks that who brokers, mediates or accepts a deal
// SUPPORTS it, that an agreement phrase with "between" relates its
// parties (COOPERATES_WITH), and that a deal only talked about, hoped for
// or proposed relates no one.
func TestBrokeredDeals(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Oman brokered the ceasefire agreement last week.", []string{"SUPPORTS(Oman -> ceasefire agreement)"}, nil},
		{"The prisoner deal, mediated by Qatar and Egypt, took effect on Sunday.",
			[]string{"SUPPORTS(Qatar -> prisoner deal)", "SUPPORTS(Egypt -> prisoner deal)"}, nil},
		{"Armenia accepted the peace accord on Monday.", []string{"SUPPORTS(Armenia -> peace accord)"}, nil},
		{"He did not say whether Armenia would accept the peace accord.", nil, []string{"SUPPORTS(Armenia -> peace accord)"}},
		// an open question states nothing
		{"It is unclear whether Peru will back Chile.", nil, []string{"SUPPORTS(Peru -> Chile)"}},
		{"Reporters asked whether Bolivia would criticize Peru.", nil, []string{"CRITICIZES(Bolivia -> Peru)"}},
		{"Peru backed Chile, whether or not Bolivia agreed.", []string{"SUPPORTS(Peru -> Chile)"}, nil},
		// the parties of an agreement phrase
		{"The grain deal between Russia and Ukraine was renewed.", []string{"COOPERATES_WITH(Russia -> Ukraine)"}, nil},
		{"Officials hailed the peace agreement between Armenia and Azerbaijan.", []string{"COOPERATES_WITH(Armenia -> Azerbaijan)"}, nil},
		// a deal talked about, hoped for or proposed
		{"Talks on a trade deal between India and Britain resumed.", nil, []string{"COOPERATES_WITH(India -> United Kingdom)", "COOPERATES_WITH(United Kingdom -> India)"}},
		{"Diplomats hope for a peace deal between Israel and Hamas.", nil, []string{"COOPERATES_WITH(Israel -> Hamas)", "COOPERATES_WITH(Hamas -> Israel)"}},
		{"They discussed a proposed deal between Chile and Peru.", nil, []string{"COOPERATES_WITH(Chile -> Peru)", "COOPERATES_WITH(Peru -> Chile)"}},
		// the parties named after an agreement phrase are not "they"
		{"Ministers met in Quito. They said the fishing agreement between Peru and Bolivia was void.",
			nil, []string{"OPPOSES(Peru -> fishing agreement)", "OPPOSES(Bolivia -> fishing agreement)"}},
	})
}

// TestAgreementParties checks that the parties of an agreement phrase
// with "between" back it besides cooperating, that an object relative
// clause after the parties refers to the agreement, and that agreeing to
// a deal accepts it, but not agreeing to talks about it.
func TestAgreementParties(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The 1994 trade agreement between Chile and Peru remains in force.",
			[]string{"SUPPORTS(Chile -> trade agreement)", "SUPPORTS(Peru -> trade agreement)", "COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Voters will decide on the trade agreement between Chile and Peru, which Gabriel Boric and Dina Boluarte signed in Lima.",
			[]string{"SUPPORTS(Gabriel Boric -> trade agreement)", "SUPPORTS(Dina Boluarte -> trade agreement)"}, nil},
		{"Chile and Peru agreed to the Adana Agreement on Monday.",
			[]string{"SUPPORTS(Chile -> Adana Agreement)", "SUPPORTS(Peru -> Adana Agreement)", "COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Colombia agreed to extend the Sochi agreement.", []string{"SUPPORTS(Colombia -> Sochi agreement)"}, nil},
		// a prospect, talks about it, a relative clause on something else
		{"Brazil hopes for a trade agreement between Chile and Peru.", nil,
			[]string{"SUPPORTS(Chile -> trade agreement)", "SUPPORTS(Peru -> trade agreement)"}},
		{"Ecuador agreed to hold talks on the Minsk agreements.", nil, []string{"SUPPORTS(Ecuador -> Minsk agreements)"}},
		{"Bolivia did not agree to the Kyoto Protocol.", nil, []string{"SUPPORTS(Bolivia -> Kyoto Protocol)"}},
		{"The border between Chile and Peru, which Gabriel Boric signed, is closed.", nil, []string{"SUPPORTS(Gabriel Boric -> Chile)"}},
	})
}

// TestSidingSupports checks that taking a side in a dispute backs that
// side (SUPPORTS), not a partnership, and that a negated one states
// nothing.
func TestSidingSupports(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"In the dispute over the border, Brazil has sided with Chile.", []string{"SUPPORTS(Brazil -> Chile)"},
			[]string{"COOPERATES_WITH(Brazil -> Chile)"}},
		{"Argentina took the side of Peru in the row.", []string{"SUPPORTS(Argentina -> Peru)"}, nil},
		{"Brazil did not side with Peru.", nil, []string{"SUPPORTS(Brazil -> Peru)"}},
	})
}

// TestCreditedProcess checks that thanks for support of a named
// diplomatic process (a name ending in "Process", a Program) credit it.
func TestCreditedProcess(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile thanked Peru and the European Union for their support of the Valdivia Process.",
			[]string{"SUPPORTS(Peru -> Valdivia Process)", "SUPPORTS(European Union -> Valdivia Process)"}, nil},
	})
}

// TestSubjectPastJoinedRelatives checks that a subject stays the subject
// past a relative clause with a second "who" joined by "and".
func TestSubjectPastJoinedRelatives(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Gabriel Boric, whose coalition won the vote and who was to take office in March, signed the Adana Agreement in Lima.",
			[]string{"SUPPORTS(Gabriel Boric -> Adana Agreement)"}, nil},
		{"Gabriel Boric, who met Lula and who was sworn in on Friday, criticized Peru.",
			[]string{"CRITICIZES(Gabriel Boric -> Peru)"}, nil},
	})
}

// TestUnnamedInfinitiveDoers checks that a "to" clause after an unnamed
// plural object ("ordered his commanders to") is the object's act, not
// the subject's, while a named object still acts.
func TestUnnamedInfinitiveDoers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russian President Vladimir Putin ordered his commanders to cooperate with Belarus.", nil,
			[]string{"COOPERATES_WITH(Belarus -> Vladimir Putin)", "COOPERATES_WITH(Vladimir Putin -> Belarus)"}},
		{"Russian President Vladimir Putin told the troops to attack Kharkiv.", nil,
			[]string{"ATTACKS(Vladimir Putin -> Kharkiv)"}},
		{"Russian President Vladimir Putin directed the Wagner Group to cooperate with Belarus.",
			[]string{"COOPERATES_WITH(Belarus -> Wagner Group)"}, nil},
		{"Russia has the right to defend itself and backs Belarus.", []string{"SUPPORTS(Russia -> Belarus)"}, nil},
	})
}

// TestOwnedAgreement checks that the possessor or demonym of an
// agreement phrase is its party (SUPPORTS), and that an indefinite new
// agreement is not the older one's.
func TestOwnedAgreement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Inspectors found that Iran still keeps to its nuclear deal.", []string{"SUPPORTS(Iran -> nuclear deal)"}, nil},
		{"Bolivia violated the Chilean trade agreement.", []string{"SUPPORTS(Chile -> trade agreement)"},
			[]string{"SUPPORTS(Bolivia -> trade agreement)"}},
		{"Bolivia criticized the Chilean-Peruvian maritime border agreement.",
			[]string{"SUPPORTS(Chile -> maritime border agreement)", "SUPPORTS(Peru -> maritime border agreement)"},
			[]string{"SUPPORTS(Bolivia -> maritime border agreement)"}},
	})
}

// TestSignedPapers checks that signing a protocol, memorandum, declaration
// or peace deal is the signatories' cooperation as signing a treaty is
// (CAMEO's longer phrases no longer hide the plural "sign").
func TestSignedPapers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Bolivia signed a demarcation protocol on Monday.",
			[]string{"COOPERATES_WITH(Bolivia -> Chile)", "SUPPORTS(Chile -> demarcation protocol)", "SUPPORTS(Bolivia -> demarcation protocol)"}, nil},
		{"Chile and Bolivia signed a peace deal on Monday.",
			[]string{"COOPERATES_WITH(Bolivia -> Chile)", "SUPPORTS(Chile -> peace deal)"}, nil},
		{"Chile and Bolivia signed a joint declaration on Monday.",
			[]string{"COOPERATES_WITH(Bolivia -> Chile)"}, nil},
		{"Chile signed a protocol with Bolivia on Monday.",
			[]string{"COOPERATES_WITH(Bolivia -> Chile)"}, nil},
		{"Chilean President Marta Lagos hosted Bolivian President Pedro Arce in Santiago, and the two signed a border protocol.",
			[]string{"COOPERATES_WITH(Marta Lagos -> Pedro Arce)"}, nil},
	})
}

// TestUnderAgreement checks that a clause's subject acting under a named
// agreement backs it (underAgreement), and that a passive, negated or
// reported clause states nothing of its subject.
func TestUnderAgreement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile keeps a naval base in Peru under the 1977 Lima Defence Agreement.", []string{"SUPPORTS(Chile -> Lima Defence Agreement)"}, nil},
		{"Under the Lima Accord, Chile will return the port to Peru.", []string{"SUPPORTS(Chile -> Lima Accord)"}, []string{"SUPPORTS(Peru -> Lima Accord)"}},
		{"Bolivia, which patrols the lake under the Titicaca Treaty, protested.", []string{"SUPPORTS(Bolivia -> Titicaca Treaty)"}, nil},
		{"Peru was sanctioned under the Lima Accord.", nil, []string{"SUPPORTS(Peru -> Lima Accord)"}},
		{"Chile did not act under the Lima Accord.", nil, []string{"SUPPORTS(Chile -> Lima Accord)"}},
		{"Peru said Chile acted under the Lima Accord.", nil, []string{"SUPPORTS(Peru -> Lima Accord)"}},
		// a gerund's own subject after "for", "despite" ... acts under it, not the main clause's
		{"Ana Soto lifted the tariffs in return for Bolivia opening its ports under the Lima Accord.",
			[]string{"SUPPORTS(Bolivia -> Lima Accord)"}, []string{"SUPPORTS(Ana Soto -> Lima Accord)"}},
		{"Chile protested despite Peru patrolling the lake under the Titicaca Treaty.",
			[]string{"SUPPORTS(Peru -> Titicaca Treaty)"}, []string{"SUPPORTS(Chile -> Titicaca Treaty)"}},
	})
}

// TestExpressedSupport checks that a call, meeting or visit made "to
// express" support backs the one contacted, and nothing else does.
func TestExpressedSupport(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Carlos Ruiz phoned Peruvian President Ana Soto to express his support.",
			[]string{"SUPPORTS(Carlos Ruiz -> Ana Soto)", "COMMUNICATES_WITH(Ana Soto -> Carlos Ruiz)"}, []string{"SUPPORTS(Ana Soto -> Carlos Ruiz)"}},
		{"Carlos Ruiz met Ana Soto in Lima on Monday to voice solidarity.", []string{"SUPPORTS(Carlos Ruiz -> Ana Soto)"}, nil},
		{"Carlos Ruiz visited Peru to express his full support.", []string{"SUPPORTS(Carlos Ruiz -> Peru)"}, nil},
		{"Carlos Ruiz phoned Ana Soto to discuss the crisis.", nil, []string{"SUPPORTS(Carlos Ruiz -> Ana Soto)"}},
		{"Carlos Ruiz phoned Ana Soto, and Peru wants to express its support.", nil, []string{"SUPPORTS(Carlos Ruiz -> Ana Soto)"}},
		{"Carlos Ruiz did not phone Ana Soto to express his support.", nil, []string{"SUPPORTS(Carlos Ruiz -> Ana Soto)"}},
	})
}

// TestRefuge checks that giving a person or group shelter, asylum or refuge
// backs it (SUPPORTS), and supplies nothing.
func TestRefuge(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Estonia has given asylum to the dissident Oleg Sokolov.",
			[]string{"SUPPORTS(Estonia -> Oleg Sokolov)"}, []string{"SUPPLIES(Estonia -> Oleg Sokolov)"}},
		{"Latvian Foreign Minister Janis Berzins said his country had given refuge to Pavel Orlov.",
			[]string{"SUPPORTS(Latvia -> Pavel Orlov)"}, []string{"SUPPLIES(Latvia -> Pavel Orlov)"}},
		{"Norway offered shelter to the Kestrel Front.", []string{"SUPPORTS(Norway -> Kestrel Front)"}, nil},
		{"Poland gave shelter to two Belarusian athletes.", nil, []string{"SUPPORTS(Poland -> Belarus)", "SUPPLIES(Poland -> Belarus)"}},
		{"Estonia has not given asylum to Oleg Sokolov.", nil, []string{"SUPPORTS(Estonia -> Oleg Sokolov)"}},
		{"Estonia gave weapons to Oleg Sokolov.", []string{"SUPPLIES(Estonia -> Oleg Sokolov)"}, []string{"SUPPORTS(Estonia -> Oleg Sokolov)"}},
	})
}

// TestAuthorization checks that authorizing a mission or program backs it
// (SUPPORTS), and that authorizing an act or a state to act does not.
func TestAuthorization(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The African Union authorized the Kestrel Monitoring Mission in March.",
			[]string{"SUPPORTS(African Union -> Kestrel Monitoring Mission)"}, nil},
		{"NATO extended for one year its authorization of the Tarvo Support Mission in Haiti.",
			[]string{"SUPPORTS(NATO -> Tarvo Support Mission)"}, nil},
		{"The European Union did not authorize the Tarvo Training Mission.", nil, []string{"SUPPORTS(European Union -> Tarvo Training Mission)"}},
		{"The African Union authorised strikes on Libya.", nil, []string{"SUPPORTS(African Union -> Libya)"}},
		{"The African Union authorised Kenya to send troops.", nil, []string{"SUPPORTS(African Union -> Kenya)"}},
	})
}

// TestReleaseCalls checks that asking for a named person's release backs
// him (SUPPORTS), and that the call names no one held by another.
func TestReleaseCalls(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru called for the release of Ana Soto on Monday.", []string{"SUPPORTS(Peru -> Ana Soto)"}, nil},
		{"The Chilean foreign minister, Luis Vega, demanded the release of Ana Soto.", []string{"SUPPORTS(Luis Vega -> Ana Soto)"}, nil},
		{"Peru called for the release of hostages held by Hamas.", nil, []string{"SUPPORTS(Peru -> Hamas)"}},
		{"Peru did not call for the release of Ana Soto.", nil, []string{"SUPPORTS(Peru -> Ana Soto)"}},
	})
}

// TestHiredForces checks that hiring a company or an armed group is
// cooperation with it, and that hiring a person or a state is not.
func TestHiredForces(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's junta has hired the private military company Kestrel Group.", []string{"COOPERATES_WITH(Peru -> Kestrel Group)"}, nil},
		{"Chile enlisted the Kestrel Group to guard the mines.", []string{"COOPERATES_WITH(Chile -> Kestrel Group)"}, nil},
		{"Peru hired Ana Soto as an adviser.", nil, []string{"COOPERATES_WITH(Peru -> Ana Soto)"}},
		{"Peru has not hired the Kestrel Group.", nil, []string{"COOPERATES_WITH(Peru -> Kestrel Group)"}},
	})
}

// TestHardLine checks that taking a hard or tough line against an actor
// opposes it.
func TestHardLine(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto has taken an increasingly hard line against Chile.", []string{"OPPOSES(Ana Soto -> Chile)"}, nil},
		{"Peru took a tough line towards Bolivia in the talks.", []string{"OPPOSES(Peru -> Bolivia)"}, nil},
		{"Peru took a soft line towards Bolivia.", nil, []string{"OPPOSES(Peru -> Bolivia)"}},
	})
}
