package extract

import (
	"strings"
	"testing"
)

// TestOfficeVerbs checks offices said with "serve as", "become", "sworn
// in as", "took office as" (words.yaml office_entries), verbs of
// appointing ("named X as", "was appointed"; appoint_verbs) and a present
// perfect ("has been ... since"), and modifiers ("a former", "the
// acting", "deputy") between a name and its apposed title; "had been",
// "had served" (past perfect) and "will be sworn in" state none.
func TestOfficeVerbs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, who serves as Chile's interior minister, resigned on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, who has served as interior minister of Chile since 2019, resigned on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, who has been interior minister of Chile since 2019, resigned on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe became Chile's president in 2022.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe had served as interior minister of Chile before the coup.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe served lunch to the foreign minister of Chile.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe, a former Chilean defence minister who now advises the government, criticized Peru.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, the acting head of the Chilean Navy, visited Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chilean Navy)"}, nil},
		{"Jane Roe, deputy chief of the Chilean Navy, visited Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chilean Navy)"}, nil},
		{"The paper interviewed Gáspár Tóth, the Chilean Government commissioner responsible for defence, on Monday.",
			[]string{"HOLDS_OFFICE(Gáspár Tóth -> Chile)"}, nil},
		{"Jane Roe met Peru's president in Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Jane Roe was sworn in as Chile's president on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, who took office as Chile's president in March, criticized Peru.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe has taken over as Chile's army chief.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe had taken office as Chile's president in 2010.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe will be sworn in as Chile's president next week.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		// verbs of appointing (words.yaml appoint_verbs)
		{"The junta named a retired judge, Jane Roe, as Chile's interim prime minister.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The president appointed Jane Roe as Chile's foreign minister.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The president appointed Jane Roe Chile's foreign minister.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe was appointed Chile's foreign minister on Friday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe was named as Chile's defence minister.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe had been appointed Chile's finance minister in 2010.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe criticized John Doe as Chile's foreign minister.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Chile)"}},
		// an office changing hands (succession_verbs; replace_verbs give the subject the office too)
		{"The president removed Jon Berg, a long-time ally, as head of the Kestrel Guard on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Guard)"}, nil},
		{"Ana Ruiz replaced Jon Berg as chairman of the Kestrel Party in May.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)", "HOLDS_OFFICE(Ana Ruiz -> Kestrel Party)"}, nil},
		{"Ana Ruiz dismissed the cabinet on Friday and replaced Jon Berg, the party's founder, as chairman of the Kestrel Party.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)", "HOLDS_OFFICE(Ana Ruiz -> Kestrel Party)"}, nil},
		{"Ana Ruiz, who succeeded Jon Berg as leader of the Kestrel Party, visited Lima.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)", "HOLDS_OFFICE(Ana Ruiz -> Kestrel Party)"}, nil},
		{"The Chilean Senate elected Ana Ruiz as its president on Monday.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Chilean Senate)"}, nil},
		{"Ana Ruiz criticized Jon Berg, a former ally, as head of the Kestrel Guard.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Guard)", "HOLDS_OFFICE(Ana Ruiz -> Kestrel Guard)"}},
		{"Ana Ruiz replaced Jon Berg on the team as the Kestrel Party looked for a leader.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)", "HOLDS_OFFICE(Ana Ruiz -> Kestrel Party)"}},
	})
}

// TestPostedTitles checks a posting between a title and the apposed name
// ("special representative for Afghanistan, X"), and "whose" + title +
// name.
func TestPostedTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's special envoy for Venezuela, Jane Roe, held talks in Caracas.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Venezuela)"}},
		{"The Kataib Front, whose commander Abu Khalid was killed last year, attacked the base.",
			[]string{"HOLDS_OFFICE(Abu Khalid -> Kataib Front)"}, nil},
		{"The Kataib Front, whose commander praised Abu Khalid, attacked the base.",
			nil, []string{"HOLDS_OFFICE(Abu Khalid -> Kataib Front)"}},
	})
}

// TestApposedHolderPastTitles checks the name apposed to a title and its
// posting past the person's second title and its time ("former Peruvian
// president X") and past a style written without a stop ("the Rev X",
// names.yaml honorifics); a body's title apposed after the name
// ("mediator", "Minister of State" with "at" its ministry, titles.yaml);
// a second title held for another state names someone else.
func TestApposedHolderPastTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The OAS's special envoy for Bolivia, former Peruvian president Tomas Vargo, flew to La Paz on Monday.",
			[]string{"HOLDS_OFFICE(Tomas Vargo -> Organization of American States)", "HOLDS_OFFICE(Tomas Vargo -> Peru)"}, []string{"HOLDS_OFFICE(Tomas Vargo -> Bolivia)"}},
		{"Chile's ambassador to Ecuador, acting deputy foreign minister Ana Quell, denied the report.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Chile)"}, []string{"HOLDS_OFFICE(Ana Quell -> Ecuador)"}},
		{"Peru's envoy to the United Nations, Secretary of State Tomas Vargo, met reporters.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> Peru)"}},
		{"Fighting resumed after the chairman of the Kestrel Front, the Rev Ana Quell, rejected the truce.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Kestrel Front)"}, nil},
		{"Tomas Vargo, the African Union's mediator for the Sahel, arrived in Niamey late on Sunday.",
			[]string{"HOLDS_OFFICE(Tomas Vargo -> African Union)"}, nil},
		{"Ms Ana Quell, a Minister of State at the Kestrel Ministry of Trade, quit in protest.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Kestrel Ministry of Trade)"}, nil},
		{"Egypt, the main mediator, said the talks in Cairo would resume.",
			nil, []string{"HOLDS_OFFICE(Egypt -> Cairo)"}},
	})
}

// TestTitleOfBodyAcronym checks "the TITLE of BODY (ACRONYM), NAME":
// the name apposed past the body's bracketed acronym holds the title in
// the body, with a comma or without; a relative clause or a verb after
// the acronym apposes no one.
func TestTitleOfBodyAcronym(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ecuador's delegation will include the commander of the Ecuadorian Navy (ARE), Admiral Jorge Vela, and two diplomats.",
			[]string{"HOLDS_OFFICE(Jorge Vela -> Ecuadorian Navy)"}, nil},
		{"In the Senate, the leader of the Kestrel Social Party (KSP), Ana Quell, criticized the plan.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Kestrel Social Party)"}, nil},
		{"The head of the National Intelligence Agency (NIA), Tomas Vargo, resigned on Monday.",
			[]string{"HOLDS_OFFICE(Tomas Vargo -> National Intelligence Agency)"}, nil},
		{"The secretary general of the Andean Community (CAN), Jorge Vela, flew to Lima.",
			[]string{"HOLDS_OFFICE(Jorge Vela -> Andean Community)"}, nil},
		{"The head of the National Intelligence Agency (NIA), which Tomas Vargo criticized, resigned on Monday.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> National Intelligence Agency)"}},
		{"The head of the National Intelligence Agency (NIA) met Tomas Vargo on Monday.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> National Intelligence Agency)"}},
		// coordinator is a body's title (titles.yaml)
		{"In the upper house, the coordinator of the Kestrel Social Party (KSP), Ana Roldós, criticized the plan.",
			[]string{"HOLDS_OFFICE(Ana Roldós -> Kestrel Social Party)"}, nil},
		{"Ana Roldós, the Kestrel Council's regional coordinator, flew to Lima.",
			[]string{"HOLDS_OFFICE(Ana Roldós -> Kestrel Council)"}, nil},
		{"Volunteers and coordinators of the Kestrel Council met Ana Roldós in Lima.",
			nil, []string{"HOLDS_OFFICE(Ana Roldós -> Kestrel Council)"}},
	})
}

// TestReportedBody checks a body's officer (a title of no state) who
// reports what a named body will do: he holds office in it ("The Kestrel
// Institute will ..., director Ana Ruiz said"), past its bracketed
// acronym; not for what it did, nor for a state's plans.
func TestReportedBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Institute (KI) will close its office in Lima next year, director general Ana Ruiz told reporters.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Institute)"}, nil},
		{"The Kestrel Institute will close its office in Lima, director Ana Ruiz said.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Institute)"}, nil},
		{"The Andean Development Bank would freeze the loans, chairman Jon Berg said on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Andean Development Bank)"}, nil},
		{"The Kestrel Institute closed its office in Lima, director Ana Ruiz said.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Institute)"}},
		{"Peru will close its border, director Ana Ruiz said.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Peru)"}},
		{"\"The Kestrel Institute will never close,\" director Ana Ruiz said.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Institute)"}},
		{"Chile will send two frigates, Defence Minister Jon Berg said.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
	})
}

// TestStaffAfterBody checks a staff post opening its sentence with no
// principal, held for the organization or state that opened the
// sentence before as its subject (bodyBefore); not when that sentence
// names a person or another actor outside a preposition's object.
func TestStaffAfterBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Council welcomed the ruling. Spokesman Tomas Vargo told reporters in Quito that it hoped for calm.",
			[]string{"HOLDS_OFFICE(Tomas Vargo -> Kestrel Council)"}, nil},
		{"The Chilean Foreign Ministry rejected the charge on Tuesday. A spokeswoman, Ana Quell, said Chile had done nothing wrong.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Chilean Foreign Ministry)"}, nil},
		{"Peru has recalled its ambassador from Bolivia. Spokesman Tomas Vargo gave no reason.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> Peru)", "HOLDS_OFFICE(Tomas Vargo -> Bolivia)"}},
		{"The Kestrel Council met Peru's president on Monday. Spokesman Tomas Vargo said the talks went well.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> Kestrel Council)", "HOLDS_OFFICE(Tomas Vargo -> Peru)"}},
		{"The Kestrel Council and Chile signed the accord. Spokesman Tomas Vargo said it would hold.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> Kestrel Council)", "HOLDS_OFFICE(Tomas Vargo -> Chile)"}},
		{"The Kestrel Council welcomed the ruling. Later that day, spokesman Tomas Vargo said it would appeal.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> Kestrel Council)"}},
	})
}

// TestLedByTitledHolder checks "led by" a title with its own "of"
// complement or a rank before the apposed name: the person leads the
// body before "led by"; no leader of a state after a preposition.
func TestLedByTitledHolder(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's navy, headed by the Chief of the Naval Staff, Admiral Tomas Vargo, has asked for new ships.",
			[]string{"HOLDS_OFFICE(Tomas Vargo -> Chile's navy)"}, nil},
		{"The Kestrel Front, led by the head of its political bureau, Jon Berg, rejected the truce.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"The rebels of the Vorna Movement, headed by the chairman of its council, Ana Quell, took the port.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Vorna Movement)"}, nil},
		{"The offensive against Chile, headed by the Chief of the Army Staff, General Tomas Vargo, stalled.",
			nil, []string{"HOLDS_OFFICE(Tomas Vargo -> Chile)"}},
		{"The talks were led by the envoys' chief, and Jon Berg said little.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> mission)"}},
	})
}

// TestVacantTitles checks that a title first written with a state and no
// name ("Chile's president says ...") gives its state to the next holder
// named with the same title and no state of its own, a few sentences on;
// a title with its own state, a different title, a holder far away, or one
// named after another state came into view takes nothing from it.
func TestVacantTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's foreign minister on the border talks\n\nTalks resumed this week. Foreign Minister Jane Roe spoke to reporters in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Chile's president says talks will resume. President Jane Roe told reporters in Santiago that the army was ready.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Chile's president says talks will resume. Defence Minister Jane Roe told reporters that the army was ready.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Chile's president says talks will resume. President Jane Roe of Peru told reporters that the army was ready.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)"}, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Chile's president says talks will resume. A storm hit. Rain fell. Roads closed. Schools shut. Trains stopped. Ports closed. Flights stopped. President Jane Roe told reporters that the army was ready.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"A Chilean spokesman said Santiago would respond. In Lima, spokesman Jane Roe said Peru was consulting its allies.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Chile's foreign minister called for calm. Peru's prime minister agreed. Foreign Minister Jane Roe said Lima would help.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestTitleLists checks a plural title followed by a list of its holders,
// each with a possessive or demonym state ("the defence ministers of the
// two countries - Chile's Jane Roe and Peru's John Doe -"), and a name
// followed by "of" and a place ("Senators Jane Roe of Ohio"), which is
// not part of the name. A person merely listed after a verb takes nothing.
func TestTitleLists(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The defence ministers of the two countries - Chile's Jane Roe and Peru's John Doe - signed the accord.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)"},
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)", "HOLDS_OFFICE(John Doe -> Chile)"}},
		{"The defence ministers of the three countries - U.S. Defense Secretary Ann Lee, Chile's Jane Roe and Peru's John Doe - signed the accord.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)", "HOLDS_OFFICE(Ann Lee -> United States)"},
			[]string{"HOLDS_OFFICE(Ann Lee -> Chile)"}},
		{"Foreign ministers met in Lima, and Chile's Jane Roe criticized Peru.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Two senators, Jane Roe of Ohio and John Doe of Texas, wrote to the Pentagon.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United States)", "HOLDS_OFFICE(John Doe -> United States)"}, nil},
		{"Two senators, Maria Lopez of Nebraska and Tom Baker of Vermont, wrote to the Pentagon.",
			[]string{"HOLDS_OFFICE(Tom Baker -> United States)"}, nil},
	})
}

// TestDelegates checks the meeting-record style that names a delegate by
// the state in brackets after the name ("Jane Roe (Chile) said"): the
// delegate holds office for that state, and the bracketed state is no
// argument of what the delegate says or does.
func TestDelegates(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe (Chile) said her delegation supported the text, and John Doe (Peru) criticized Bolivia.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)", "CRITICIZES(John Doe -> Bolivia)"},
			[]string{"CRITICIZES(Peru -> Bolivia)", "HOLDS_OFFICE(John Doe -> Chile)"}},
		{"Wu Tao (China) abstained, and Kira Sokol (Russia) accused the penholders of haste.",
			[]string{"HOLDS_OFFICE(Wu Tao -> China)", "HOLDS_OFFICE(Kira Sokol -> Russia)"}, nil},
		{"Jane Roe (left) met John Doe in Lima.", nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Jane Roe (pictured, with Chile's delegation) met John Doe.", nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestRankAfterTitle checks an office followed by a rank before the name
// ("junta leader Gen. X"): the name is the person's without the rank, and
// the office is held for the article's principal country.
func TestRankAfterTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Mali has cut ties with France. Mali expelled the French ambassador, and Mali closed its airspace. Junta leader Gen. Jane Roe spoke by phone with Vladimir Putin.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Mali)", "COMMUNICATES_WITH(Jane Roe -> Vladimir Putin)"}, []string{"HOLDS_OFFICE(Jane Roe -> France)"}},
		{"Army chief Lt. Gen. Jane Roe visited Lima.", []string{"VISITS(Jane Roe -> Lima)"}, nil},
	})
}

// TestChainedTitles checks two titles apposed to one name and joined by
// "and": the second is the name's too; a title after "and" that follows
// a clause is not.
func TestChainedTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, adviser to the president and head of the Kestrel Foundation, criticized Chile.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Foundation)"}, nil},
		{"Jane Roe, an adviser, met Chilean officials and the head of the Kestrel Foundation.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Foundation)"}},
	})
}

// TestLeadVerbs checks "X heads/leads/chairs Y" and "X, who leads Y,"
// with a named organization as the object: X holds office in it. A
// country, an unnamed body or an activity ("led the talks") is none.
func TestLeadVerbs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, who heads the Kestrel Foundation, criticized Chile.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Foundation)"}, nil},
		{"Abu Khalid leads the Kataib Front, which attacked the base.",
			[]string{"HOLDS_OFFICE(Abu Khalid -> Kataib Front)"}, nil},
		{"Jane Roe led the talks with Peru.", nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Jane Roe led Chile to victory.", nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe led NATO troops into Kosovo.", nil, []string{"HOLDS_OFFICE(Jane Roe -> NATO)"}},
		{"The Kestrel Front (KF), headed by Omar Dalli, rejected the plan.",
			[]string{"HOLDS_OFFICE(Omar Dalli -> Kestrel Front)"}, nil},
		{"The National Salvation Council (NSC), chaired by Jane Roe, met in Tunis.",
			[]string{"HOLDS_OFFICE(Jane Roe -> National Salvation Council)"}, nil},
		{"Talks with the Kestrel Front (KF), led by mediators from Qatar, stalled.",
			nil, []string{"HOLDS_OFFICE(Qatar -> Kestrel Front)"}},
		// a part of the organization led (words.yaml part_nouns): its leader holds office in the whole
		{"Jane Roe, who now leads a small dissident faction of the Kestrel Party, was named to the cabinet.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Omar Dalli heads the armed wing of the Vorn Front.",
			[]string{"HOLDS_OFFICE(Omar Dalli -> Vorn Front)"}, nil},
		{"Jane Roe leads a delegation of the Kestrel Party to Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}},
		// a time adverbial after the body led, a present perfect, a named
		// body after its owner's possessive (namedPartAfter)
		{"Jorge Vela, who chairs the Trade Council this year, said the tariffs would go.",
			[]string{"HOLDS_OFFICE(Jorge Vela -> Trade Council)"}, nil},
		{"Ana Quell, who has led the Kestrel Party since 2019, resigned.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Kestrel Party)"}, nil},
		{"Ana Quell has chaired the Trade Council for a decade.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Trade Council)"}, nil},
		{"Ana Quell, who commands the Kestrel Front's Northern Brigade, denied the report.",
			[]string{"HOLDS_OFFICE(Ana Quell -> Northern Brigade)"}, []string{"HOLDS_OFFICE(Ana Quell -> Kestrel Front)"}},
		{"Omar Dalli heads the alliance's naval command in Lima.",
			nil, []string{"HOLDS_OFFICE(Omar Dalli -> NATO)"}},
		{"The talks have led the Kestrel Party nowhere.",
			nil, []string{"HOLDS_OFFICE(talks -> Kestrel Party)"}},
		{"Jane Roe led NATO troops into the valley last year.", nil, []string{"HOLDS_OFFICE(Jane Roe -> NATO)"}},
	})
}

// TestIncludedOfficials checks titles listed after "X officials,
// including": a title with no state of its own is held for X.
func TestIncludedOfficials(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean officials, including Foreign Minister Jane Roe and Defence Minister John Doe, travelled to Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Chile)"}, nil},
		{"Chilean officials met several guests, including Foreign Minister Jane Roe of Peru.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)"}, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Chilean officials met several guests, including Foreign Minister Jane Roe.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestPrincipalCountryObject checks that a state's office written with no
// state is held for the article's principal country when another country
// was named since only as an object ("talks with Peru"), but not when the
// other country acts or is described ("Peruvian officials said").
func TestPrincipalCountryObject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile rejected the claim. Chile said on Monday that talks with Peru would resume. Defence Minister Jane Roe said the army was ready. Chile has long disputed the border.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Chile rejected the claim. Chile said on Monday that talks would resume. Peruvian officials disagreed. Defence Minister Jane Roe said the army was ready. Chile has long disputed the border.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Chile rejected the claim. Chile said on Monday that talks would resume. The government of Peru disagreed. Defence Minister Jane Roe said the army was ready. Chile has long disputed the border.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		// no state dominates: the subject of the sentence before, the other
		// state there only after a preposition
		{"Chile cuts ties with Peru\n\nChile on Tuesday broke off relations with neighbouring Peru, accusing it of hostile acts.\n\nForeign Minister Jon Berg announced the decision at a news conference in Santiago.\n\nPeru rejected the move. Peru's president said it was absurd, and Peruvian officials met in Lima.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, []string{"HOLDS_OFFICE(Jon Berg -> Peru)"}},
		{"Chile attacks Peru\n\nChile on Tuesday attacked Peru, shelling border posts.\n\nForeign Minister Jon Berg said the attack was illegal.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)"}},
	})
}

// TestTitleBeforeOrgHead checks that an organization's head word after a
// capitalised title word ("director of the General Office of the Kestrel
// Party") is no person holding office.
func TestTitleBeforeOrgHead(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, director of the General Office of the Kestrel Party, attended the talks.",
			nil, []string{"HOLDS_OFFICE(Office -> Kestrel Party)"}},
	})
}

// TestRespectiveHolders checks "the presidents of Chile and Peru, Jane
// Roe and John Doe," (also with no comma after the states): each name holds the title for the state in the same
// place, and the states are no arguments of what the people do; names
// that do not match the states in number bind nothing.
func TestRespectiveHolders(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The presidents of Chile and Peru, Jane Roe and John Doe, met in Quito.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)", "MET_WITH(Jane Roe -> John Doe)"},
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)", "MET_WITH(Chile -> Jane Roe)"}},
		{"The presidents of Chile and Peru, Jane Roe, John Doe and Ann Lee, met in Quito.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		// the names right after the states, with no comma
		{"Presidents of Chile and Peru Jane Roe and John Doe opened a bridge on the border on Friday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)"},
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)", "HOLDS_OFFICE(John Doe -> Chile)"}},
		{"Presidents of Chile and Peru Jane Roe, John Doe and Ann Lee opened a bridge.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"The presidents of Chile and Peru praised Jane Roe and John Doe.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)"}},
		// three states and more; the names set apart by dashes
		{"The trio, composed of the foreign ministers of Chile, Peru and Ecuador - Ana Ruiz, Jon Berg and Tomas Vargo - is expected in Lima.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)", "HOLDS_OFFICE(Tomas Vargo -> Ecuador)"}, nil},
		{"The foreign ministers of Chile, Peru and Ecuador, Ana Ruiz, Jon Berg and Tomas Vargo, arrived in Lima.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)", "HOLDS_OFFICE(Tomas Vargo -> Ecuador)"}, nil},
		{"The foreign ministers of Chile, Peru and Ecuador, Ana Ruiz and Jon Berg, arrived in Lima.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)"}},
		{"The presidents of Chile, Peru and Ecuador - who met Ana Ruiz, Jon Berg and Tomas Vargo - arrived.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)", "HOLDS_OFFICE(Tomas Vargo -> Ecuador)"}},
	})
}

// TestDescribedHolders checks the descriptions news writes between a
// state's possessive and a title ("Chile's newly elected president",
// "Peru's Kremlin-backed president"), an honorific before a possessor
// ("Mr. Putin's chief of staff"), a government or delegation "led by" a
// titled person, and the House speaker; a participle with no possessive
// gives the state before it nothing.
func TestDescribedHolders(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, Chile's newly elected president, arrived in Lima on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"John Doe, Peru's long-serving foreign minister, met the envoy.",
			[]string{"HOLDS_OFFICE(John Doe -> Peru)"}, nil},
		{"The riots began when John Doe, Peru's Kremlin-backed president, fled Lima.",
			[]string{"HOLDS_OFFICE(John Doe -> Peru)"}, []string{"HOLDS_OFFICE(John Doe -> Kremlin)"}},
		{"Chile welcomed elected President John Doe on Monday.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Chile)"}},
		{"Russia said talks failed. The ban hit John Doe, Mr. Putin's chief of staff, and a Russian bank.",
			[]string{"HOLDS_OFFICE(John Doe -> Russia)"}, nil},
		{"Peru's interim government, led by Prime Minister Jane Roe, said it would hold elections.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)"}, nil},
		{"The Chilean delegation, headed by Foreign Minister Jane Roe, arrived in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The Chilean delegation, led by Jane Roe, arrived in Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Peru's envoy met the government, led by Prime Minister Jane Roe, in Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Russia barred American lawmakers, including the speaker of the House, John Doe.",
			[]string{"HOLDS_OFFICE(John Doe -> United States)"}, []string{"HOLDS_OFFICE(John Doe -> Russia)"}},
		{"Jane Roe, the speaker of the House of Commons, rebuked Britain's ministers.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United Kingdom)"}, nil},
		{"The Arab League met in Cairo. Jane Roe, the league's secretary-general, spoke.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Arab League)"}, nil},
	})
}

// TestLedByStateTitle checks a body "led by", "chaired by", "headed by"
// or "commanded by" a person whose title a state's adjective or
// possessive qualifies: the person leads the body (title leader) and
// holds the title for that state; the state itself is no member of the
// body.
func TestLedByStateTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Andean Council, chaired by Peruvian President Ana Roe, suspended Bolivia on Monday.",
			[]string{"HOLDS_OFFICE(Ana Roe -> Andean Council)", "HOLDS_OFFICE(Ana Roe -> Peru)"}, nil},
		{"The Kestrel Commission, headed by Chile's foreign minister, Jon Berg, will visit Lima.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Commission)", "HOLDS_OFFICE(Jon Berg -> Chile)"},
			[]string{"MEMBER_OF(Chile -> Kestrel Commission)"}},
		{"The Vorn Front, which is commanded by Colombian General Omar Said, denied the claim.",
			[]string{"HOLDS_OFFICE(Omar Said -> Vorn Front)", "HOLDS_OFFICE(Omar Said -> Colombia)"}, nil},
		{"Monitors from the Tarvo Observer Mission, led by Ecuador's former defence minister Maria Costa, reached the border.",
			[]string{"HOLDS_OFFICE(Maria Costa -> Tarvo Observer Mission)"}, nil},
		{"In March the Southern Energy Forum, chaired by Argentine Energy Secretary Luis Vega, met in Quito.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Southern Energy Forum)", "HOLDS_OFFICE(Luis Vega -> Argentina)"}, nil},
		// a state with no title after it leads as a state does
		{"The Kestrel Mission, led by Kenya, will deploy in May.",
			nil, []string{"HOLDS_OFFICE(Kenya -> Kestrel Mission)"}},
	})
}

// TestOrgTitlePosting checks a title that holds its organization
// (titles.yaml org: "EU Commissioner", "European Commissioner"), its
// portfolio after "for" and a comma, then the name: the person holds the
// office in that organization, as with a title written before the name.
func TestOrgTitlePosting(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Asked about the fishing dispute, the EU Commissioner for Oceans, Anna Berg, backed Chile.",
			[]string{"HOLDS_OFFICE(Anna Berg -> European Union)"}, nil},
		{"The European Commissioner for Trade, Jon Lund, said talks with Peru would resume.",
			[]string{"HOLDS_OFFICE(Jon Lund -> European Union)"}, nil},
		{"Chile hosted the EU Commissioner for Energy and Climate, Tomas Ruiz, in Santiago.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> European Union)"}, nil},
		{"Speaking in Lima, EU Commissioner Maria Costa praised the reform.",
			[]string{"HOLDS_OFFICE(Maria Costa -> European Union)"}, nil},
		{"According to the E.U. commissioner for migration, Omar Said, arrivals fell by half.",
			[]string{"HOLDS_OFFICE(Omar Said -> European Union)"}, nil},
		// a commissioner of no named body holds nothing
		{"The police commissioner for the district, Jane Roe, resigned.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> European Union)"}},
	})
}

// TestFieldRoles checks a position whose role noun carries a field or an
// employer before it: "a Russia scholar at X", "a Brookings Institution
// fellow", "a NATO official"; a field alone names no employer.
func TestFieldRoles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"\"They are his friends,\" said Jane Roe, a Chile scholar at the Brookings Institution.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Brookings Institution)"}, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe, a Middle East analyst with the International Crisis Group, said the talks failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> International Crisis Group)"}, nil},
		{"Jane Roe, a Brookings Institution fellow, said the talks failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Brookings Institution)"}, nil},
		{"Jane Roe, a NATO official, said the talks failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> NATO)"}, nil},
		{"Jane Roe, a Chilean economist, said the talks failed.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe, a Russia expert, said Reuters was wrong.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Russia)", "HOLDS_OFFICE(Jane Roe -> Reuters)"}},
	})
}

// TestContextState checks a state's title written with no state, held for
// the article's principal country when that country is the one in view:
// the subject of the sentences before counts, a country named later in
// them ("hoped Lima would respond") does not, and a demonym subject of
// another state right before ("Peruvian officials said") blocks it.
func TestContextState(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile offers talks to Peru\n\nSANTIAGO - Chile proposed border talks with Peru on Monday, Chilean officials said. Chile's foreign minister told reporters that Santiago hoped Lima would respond soon. Defense Minister Jane Roe said the talks would be held at the border. Chile also proposed a hotline.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Chile offers talks to Peru\n\nSANTIAGO - Chile proposed border talks with Peru on Monday, Chilean officials said. Chile said the offer stood. Chile also proposed a hotline. Peruvian officials said they would study it. Defense Minister Jane Roe said the talks were premature.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestTwoTitledPeople checks that a title apposed to a second title held
// for another state names two people: "after meeting Peru's foreign
// minister, Secretary of State X" makes X no minister of Peru.
func TestTwoTitledPeople(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"U.S. envoys are in Lima. Speaking after meeting Peru's foreign minister, Secretary of State Jane Roe said the talks were useful.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United States)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Qatar's ruler, Emir Tamim bin Hamad Al Thani, met the envoy.",
			[]string{"HOLDS_OFFICE(Tamim bin Hamad Al Thani -> Qatar)"}, nil},
	})
}

// TestRoleBeforeName checks a position written before the name with its
// organization as possessor or modifier ("its founder X", "Reuters
// correspondent X"); a country's possessive with a role noun ("Chile's
// leading economist X") states no office.
func TestRoleBeforeName(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Front said its founder, Jane Roe, was arrested.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}, nil},
		{"The Kestrel Front's late founder Jane Roe was buried on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}, nil},
		{"Reuters correspondent Jane Roe reported from Kabul.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Reuters)"}, nil},
		{"Chile's leading economist Jane Roe criticized the plan.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestDatelineHome checks that a title written with no state is not given
// to a country the story is about when its dateline names another
// ("WASHINGTON - Peru ... Peru ... Energy Secretary X"), and is given to
// the dateline's country when that country is in view.
func TestDatelineHome(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru deal verifiable\n\nWASHINGTON - Peru will face inspections under the deal, the administration said on Tuesday. Peru has agreed to cut its stockpile, and Peru's reactors will be sealed. Peru's parliament must still approve the accord. Energy Secretary Jane Roe told lawmakers that Peru could not cheat.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Seoul offers talks\n\nSEOUL (Yonhap) - South Korea proposed talks with Peru on Monday. Peru has not replied. Peru's envoy is in Lima. Peru said it would study the offer. South Korea said it would wait. Defense Minister Jane Roe said the talks would be held soon.",
			[]string{"HOLDS_OFFICE(Jane Roe -> South Korea)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
	})
}

// TestStaffPosts checks a staff post (titles.yaml staff) held in the
// service of a titled person or a state named after "to": "an aide to
// President X", "a senior adviser to Chile's president"; a diplomat's
// "to" names the posting, not the state served.
func TestStaffPosts(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile protested. Jane Roe, an aide to President Gabriel Boric, said Chile would act.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, a senior adviser to Chile's president, said the talks failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, a spokeswoman to the Chilean president, said the talks failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, Chile's ambassador to Peru, spoke in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Ambassador to Peru Jane Roe spoke in Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
	})
}

// TestRespectiveBefore checks names joined before a plural title and its
// states ("A and B, the foreign ministers of Chile and Peru"): one state
// each in order, or one state for all; a single name takes no plural
// title, unless "one of" makes it one of them. A title between an
// apposed title's body and the name is skipped ("the head of the Chilean
// navy, Admiral X").
func TestRespectiveBefore(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe and John Doe, the foreign ministers of Chile and Peru, met in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)"},
			[]string{"HOLDS_OFFICE(John Doe -> Chile)", "HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Jane Roe and John Doe, the senators of Chile, met in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Chile)"}, nil},
		{"Jane Roe and John Doe, the Chilean senators, met in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Chile)"}, nil},
		{"Chile's envoy met John Doe, the Peruvian ministers said.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Peru)"}},
		{"The treaty was signed by John Doe, the foreign ministers of Chile and Peru said.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)"}},
		{"Peru protested. John Doe, one of Peru's senators, spoke.",
			[]string{"HOLDS_OFFICE(John Doe -> Peru)"}, nil},
		{"The head of the Chilean navy, Admiral Jane Roe, visited Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chilean navy)"}, nil},
		{"Jane Roe, the minister of foreign affairs of Chile, met Peru's envoy.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, Chile's minister of foreign affairs, met Peru's envoy.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
}

// TestApposedAge checks an age apposed between a name and its title
// ("Jane Roe, 54, Chile's foreign minister", "Chile's foreign minister,
// 54-year-old Jane Roe").
func TestApposedAge(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, 54, Chile's foreign minister, said Peru must act.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Chile's foreign minister, 54-year-old Jane Roe, said Peru must act.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe met the envoy in 2019, 54 days before Chile's foreign minister resigned.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestTypographicPossessive checks that a possessive typed with a
// typographic apostrophe ("Chile’s") reads as "'s" while the evidence
// keeps the text as written.
func TestTypographicPossessive(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, Chile’s foreign minister, said the talks failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
	text := "Jane Roe, Chile’s foreign minister, spoke."
	at := strings.Index(text, "’")
	for _, tk := range tokenize(text, nil) {
		if tk.Start <= at && tk.End() > at && (tk.Text != "'s" || text[tk.Start:tk.End()] != "’s") {
			t.Errorf("possessive token %q covers %q", tk.Text, text[tk.Start:tk.End()])
		}
	}
}

// TestUnnamedStateBody checks a title of an unnamed body written after a
// state's possessive or demonym ("the head of Iran's atomic energy
// organisation, X", "X, head of the Chilean delegation,"): held for the
// state; with no apposed name, no one holds it.
func TestUnnamedStateBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The head of Chile's atomic energy commission, Jane Roe, said enrichment would stop.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, head of the Chilean delegation, said the talks failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The head of Chile's delegation said Jane Roe would attend.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestEmployerAfterTitle checks a title held at the organization named
// after "at" or "with", with a field before it that is no possessive
// ("Peru project director at the International Crisis Group" is no
// office of Peru), while a possessive state keeps the title.
func TestEmployerAfterTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"\"Peru is not seeking a war,\" said Jane Roe, Peru project director at the International Crisis Group.",
			[]string{"HOLDS_OFFICE(Jane Roe -> International Crisis Group)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Jane Roe, the Middle East director at Human Rights Watch, spoke.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Human Rights Watch)"}, nil},
		{"Jane Roe, Chile's director at the IMF, spoke.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
}

// TestCounterpartApposition checks that "counterpart(s)" lends the
// anchor's title only to the names in apposition right after it, not to a
// speaker named later in the sentence.
func TestCounterpartApposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Prime Minister Taro Yamada later met his Greek and Cypriot counterparts, Nikos Pappas and Andreas Georgiou, respectively.",
			[]string{"HOLDS_OFFICE(Nikos Pappas -> Greece)", "HOLDS_OFFICE(Andreas Georgiou -> Cyprus)"}, nil},
		{"President Joe Biden has told his commanders to work with their Japanese counterparts, spokesman John Doe said.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Japan)"}},
		// a title between the comma and the name: the name is still apposed
		{"Chile's President Jane Roe met her Peruvian counterpart, President Luis Vega, the current chairman of the Kestrel Union, in Lima.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Peru)", "HOLDS_OFFICE(Luis Vega -> Kestrel Union)"}, nil},
		{"Chile's President Jane Roe told her Peruvian counterpart that President Luis Vega of Bolivia would come.",
			nil, []string{"HOLDS_OFFICE(Luis Vega -> Peru)"}},
		// an honorific between the comma and the name
		{"Chilean Defence Minister Jon Berg spoke after talks with his Peruvian counterpart, Mr Luis Vega.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Peru)"}, nil},
	})
}

// TestFrontedCapital checks that a sentence opening "In CAPITAL," sets
// the state of a state's official written with no state right after the
// comma ("In Tokyo, Foreign Minister X"), and nothing else: not a city
// that is no capital, not a title later in the sentence.
func TestFrontedCapital(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru agreed a truce. In Tokyo, Foreign Minister Kenji Sato welcomed the truce.",
			[]string{"HOLDS_OFFICE(Kenji Sato -> Japan)"}, []string{"HOLDS_OFFICE(Kenji Sato -> Chile)"}},
		{"Chile and Peru agreed a truce. In Lima on Monday, Defence Minister Luis Vega praised the troops.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Peru)"}, []string{"HOLDS_OFFICE(Luis Vega -> Chile)"}},
		{"Chile and Peru agreed a truce. In Geneva, Foreign Minister Kenji Sato welcomed the truce.",
			nil, []string{"HOLDS_OFFICE(Kenji Sato -> Switzerland)"}},
		{"Chile and Peru agreed a truce. In Tokyo, Chief Cabinet Secretary Kenji Sato welcomed the truce.",
			[]string{"HOLDS_OFFICE(Kenji Sato -> Japan)"}, nil},
		{"Chile and Peru agreed a truce. In Tokyo, the talks ended before Foreign Minister Kenji Sato spoke.",
			nil, []string{"HOLDS_OFFICE(Kenji Sato -> Japan)"}},
	})
}

// TestStateStaffMarks checks that a staff title marked as serving a
// state's head ("Presidential spokesman X", words.yaml state_staff_marks)
// is guessed for the state in view, as a state's office is, and that a
// bare "spokesman X" is not.
func TestStateStaffMarks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile sent troops to Peru. Chile said they would stay, and Chile paid for them. Presidential spokesman Jon Berg said the troops would leave soon.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{"Chile sent troops to Peru. Chile said they would stay, and Chile paid for them. Spokesman Jon Berg said the troops would leave soon.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		// a state's forces mark a spokesman as the state's
		{"Chile sent troops to Peru. Chile said they would stay, and Chile paid for them. Armed forces spokesman Brigadier-General Jon Berg said the troops would leave soon.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{"Chile sent troops to Peru. Chile said they would stay, and Chile paid for them. Military spokesman Colonel Jon Berg said the troops would leave soon.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
	})
}

// TestDatelineAfterByline checks that a dateline opening the body after a
// headline, a standfirst, a byline and a date line gives the state of the
// officials written with no state, over the state the story is about.
func TestDatelineAfterByline(t *testing.T) {
	text := "Talks on Peru open in Chile\n\nPeru and Bolivia send envoys; Peru hopeful\n\nBy Ana Ruiz | Staff writer\nFriday, July 10, 2009\n\n" +
		"SANTIAGO – President Jane Roe opened talks on the Peruvian crisis on Thursday. Peru said the talks would go well.\n"
	// a masthead in capitals with a dash and no place is passed over
	masthead := "THE ANDEAN LEDGER - WEEKLY NEWS\n\n" + text
	checkPatterns(t, []patternCase{
		{text, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{masthead, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
	})
}

// TestPortfolioThenState checks a title whose portfolio is written out in
// capitals with "of" before the state it is held for, and a delegation of
// a state led by someone.
func TestPortfolioThenState(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The talks were chaired by Maria Costa, Minister of Overseas Trade of the Republic of Chile, in Lima.",
			[]string{"HOLDS_OFFICE(Maria Costa -> Chile)"}, nil},
		{"Jane Roe, Minister of Foreign Affairs and Commerce of Argentina, met the envoy.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Argentina)"}, nil},
		{"Jane Roe, Minister of Culture, Sport and Youth of Peru, spoke.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)"}, nil},
		// the portfolio ends at a lower-case word: no state after it
		{"Jane Roe, Minister of Foreign Affairs, and the envoy of Peru spoke.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"The delegation of Peru was led by Jane Roe, Minister of Foreign Affairs, Trade and Tourism.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)"}, nil},
		{"The Kestrel Front was led by His Excellency John Doe until 2019.",
			[]string{"HOLDS_OFFICE(John Doe -> Kestrel Front)"}, nil},
		// a state after another preposition is led by nobody named there
		{"The offensive against Peru was led by General John Doe.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Peru)"}},
		{"The march across Peru, led by John Doe, ended in Lima.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Peru)"}},
	})
}

// TestLeadsAfterApposition checks "X, a former minister who now chairs
// the Y think tank": the lead verb's subject is the person the apposition
// describes, and a descriptor noun after the organization keeps it the
// group led.
func TestLeadsAfterApposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Maria Lopez, a former interior minister who now chairs the Kestrel Foundation think tank, criticized the law.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Kestrel Foundation)"}, nil},
		{"Maria Lopez, who still heads the Kestrel Party, spoke.",
			[]string{"HOLDS_OFFICE(Maria Lopez -> Kestrel Party)"}, nil},
		{"Maria Lopez met the minister who heads the Kestrel Party.",
			nil, []string{"HOLDS_OFFICE(Maria Lopez -> Kestrel Party)"}},
		{"Maria Lopez led NATO troops into the town.",
			nil, []string{"HOLDS_OFFICE(Maria Lopez -> NATO)"}},
	})
}

// TestReportedPrincipal checks that a staff member who reports a person's
// act after the clause speaks for that person's state, and that a state as
// the clause's subject, a clause joined by "and", or a staff title after
// another office ("Peru's president, spokesman X") lends none.
func TestReportedPrincipal(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"U.S. President Joe Biden has told his commanders to work with their Japanese counterparts, spokesman John Doe said.",
			[]string{"HOLDS_OFFICE(John Doe -> United States)"}, []string{"HOLDS_OFFICE(John Doe -> Japan)"}},
		{"Chilean President Jane Roe ordered the talks to resume, said spokesman John Doe.",
			[]string{"HOLDS_OFFICE(John Doe -> Chile)"}, nil},
		{"Chilean President Jane Roe told the army to stay \"ready for anything,\" spokesman John Doe said.",
			[]string{"HOLDS_OFFICE(John Doe -> Chile)"}, nil},
		{"Russia attacked the port overnight, spokesman John Doe said.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Russia)"}},
		{"Chilean President Jane Roe met the envoys, and spokesman John Doe said talks would go on.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Chile)"}},
		{"Chilean President Jane Roe met Maria Lopez, Peru's president, on Monday, Peruvian spokesman John Doe said.",
			[]string{"HOLDS_OFFICE(John Doe -> Peru)", "HOLDS_OFFICE(Maria Lopez -> Peru)"}, []string{"HOLDS_OFFICE(John Doe -> Chile)"}},
		{"Chilean President Jane Roe met Maria Lopez, Peru's president, spokesman John Doe said.",
			[]string{"HOLDS_OFFICE(John Doe -> Chile)"}, []string{"HOLDS_OFFICE(John Doe -> Peru)"}},
		// a state's minister announcing what a state will do speaks for it
		{"Chile will send two frigates to help the Peruvian navy against pirates, Defence Minister Jon Berg announced on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, []string{"HOLDS_OFFICE(Jon Berg -> Peru)"}},
		{"Chile sends frigates\n\nLIMA - Chile would send two frigates, Defence Minister Jon Berg said.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{"Chile has attacked the Peruvian posts, Defence Minister Jon Berg said.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"\"Chile will never win,\" Defence Minister Jon Berg said.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
	})
}

// TestSpokenState checks that a state's title written with no state is
// held in the state its holder reports on as the subject of the clause
// he says (spokenState): named, after "told X that", or as a demonym
// after "the"; not when the clause names another state as more than a
// preposition's object, opens with a possessive, or when the sentence
// before sets another state in view or a dateline places the article in
// another state.
func TestSpokenState(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Foreign Minister Tomas Ruiz said Chile had asked its neighbours for patience.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)"}, nil},
		{"The defence minister, Ana Vell, told Radio Kestrel that Peru, which joined the pact in 2001, rejects the missile plan.",
			[]string{"HOLDS_OFFICE(Ana Vell -> Peru)"}, nil},
		{"Interior Minister Jon Morel announced that the Bolivian police would patrol the border with Chile.",
			[]string{"HOLDS_OFFICE(Jon Morel -> Bolivia)"}, []string{"HOLDS_OFFICE(Jon Morel -> Chile)"}},
		{"Prime Minister Lena Ostrova stressed on television that Norway was ready to talk.",
			nil, []string{"HOLDS_OFFICE(Lena Ostrova -> Norway)"}},
		{"Prime Minister Lena Ostrova stressed that Norway was ready to talk to Sweden.",
			[]string{"HOLDS_OFFICE(Lena Ostrova -> Norway)"}, []string{"HOLDS_OFFICE(Lena Ostrova -> Sweden)"}},
		{"Foreign Minister Tomas Ruiz said Chile had attacked Peru.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)", "HOLDS_OFFICE(Tomas Ruiz -> Peru)"}},
		{"Defence Minister Ana Vell said Chile's navy had shelled the Peruvian posts.",
			nil, []string{"HOLDS_OFFICE(Ana Vell -> Chile)", "HOLDS_OFFICE(Ana Vell -> Peru)"}},
		{"Peru broke off relations with Chile on Monday. Foreign Minister Tomas Ruiz said Chile had ignored every warning.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)", "HOLDS_OFFICE(Tomas Ruiz -> Peru)"}},
		{"Talks resume\n\nQUITO - Foreign Minister Tomas Ruiz said Chile had asked for patience.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)"}},
	})
}

// TestSpokenStateAfterTime checks that a time adverbial between the verb
// of saying and "that" (pastTimeAdverbial) does not hide the reported
// clause's state; a medium ("on television") still does, and so does a
// clause naming another state, or one with no "that" after the time.
func TestSpokenStateAfterTime(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Foreign Minister Tomas Ruiz said on Monday that Chile would not yield.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)"}, nil},
		{"Defence Minister Ana Vell declared on 3 March that Peru was ready to send troops.",
			[]string{"HOLDS_OFFICE(Ana Vell -> Peru)"}, nil},
		{"The interior minister, Jon Morel, announced last week that Bolivia would close its border crossings.",
			[]string{"HOLDS_OFFICE(Jon Morel -> Bolivia)"}, nil},
		{"Prime Minister Lena Ostrova insisted on Friday evening that Norway had kept its word.",
			[]string{"HOLDS_OFFICE(Lena Ostrova -> Norway)"}, nil},
		{"Trade Minister Ivo Kask said yesterday that Estonia would appeal the ruling.",
			[]string{"HOLDS_OFFICE(Ivo Kask -> Estonia)"}, nil},
		{"Foreign Minister Tomas Ruiz said on Monday that Chile had attacked Peru.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)", "HOLDS_OFFICE(Tomas Ruiz -> Peru)"}},
		{"Prime Minister Lena Ostrova said on radio that Norway was ready to talk.",
			nil, []string{"HOLDS_OFFICE(Lena Ostrova -> Norway)"}},
		{"Trade Minister Ivo Kask said at last Estonia would appeal the ruling.",
			nil, []string{"HOLDS_OFFICE(Ivo Kask -> Estonia)"}},
	})
}

// TestStackedDemonym checks that a title after two demonyms of
// different states ("the Bosnian Serb leader") is held in neither, while
// one demonym, or one written with its state's name, still gives the state.
func TestStackedDemonym(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Bosnian Serb leader Goran Vukic rejected the map.",
			nil, []string{"HOLDS_OFFICE(Goran Vukic -> Serbia)", "HOLDS_OFFICE(Goran Vukic -> Bosnia and Herzegovina)"}},
		{"Kosovo Albanian leader Ilir Bajra called for calm on Sunday.",
			nil, []string{"HOLDS_OFFICE(Ilir Bajra -> Albania)"}},
		{"Officials said the Iraqi Kurdish commander Karim Dosky had withdrawn.",
			nil, []string{"HOLDS_OFFICE(Karim Dosky -> Iraq)"}},
		{"The Serbian leader Goran Vukic rejected the map.",
			[]string{"HOLDS_OFFICE(Goran Vukic -> Serbia)"}, nil},
		{"Chile's Peruvian-born ambassador, Ana Soto, presented her credentials.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
		{"Albanian Prime Minister Ilir Bajra met the Kosovo envoy.",
			[]string{"HOLDS_OFFICE(Ilir Bajra -> Albania)"}, nil},
	})
}

// TestSharedAffiliationOfState checks that a state's office joined by
// "and" to a body's office does not share the body.
func TestSharedAffiliationOfState(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"A statement by EU High Representative Jane Roe and Foreign Minister John Doe followed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> European Union)"}, []string{"HOLDS_OFFICE(John Doe -> European Union)"}},
		{"A statement by NATO Secretary-General Jane Roe and deputy secretary-general John Doe followed.",
			[]string{"HOLDS_OFFICE(John Doe -> NATO)"}, nil},
		{"Israeli Prime Minister Jane Roe and Energy Minister John Doe spoke.",
			[]string{"HOLDS_OFFICE(John Doe -> Israel)"}, nil},
	})
}

// TestOwnedGroups checks that a party or armed group written as a
// person's own is led by that person, and that other organizations are
// not.
func TestOwnedGroups(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, whose Hezbollah controls the south, spoke.", []string{"HOLDS_OFFICE(Jane Roe -> Hezbollah)"}, nil},
		{"Jane Roe's Likud party won the vote.", []string{"HOLDS_OFFICE(Jane Roe -> Likud)"}, nil},
		{"Jane Roe's Gazprom raised prices.", nil, []string{"HOLDS_OFFICE(Jane Roe -> Gazprom)"}},
		{"Jane Roe praised Hezbollah.", nil, []string{"HOLDS_OFFICE(Jane Roe -> Hezbollah)"}},
	})
}

// TestTitleOfDescribedBody checks a title held "of" a body referred back
// to by its head noun ("the head of the mission"), and none when no body
// with that head was named.
func TestTitleOfDescribedBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Monitoring Mission in Peru (KMMP) convened talks on Monday, mediated by Jane Roe, the acting head of the mission.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Monitoring Mission in Peru)"}, nil}, // KMMP spells the name with its place
		{"The Kestrel Institute published a report. Jane Roe, the director of the institute, said it was alarming.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Institute)"}, nil},
		{"Peru and Chile signed a deal. Jane Roe, the head of the commission, said it was alarming.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)", "HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestPresidentialEnvoy checks the envoy titles written with
// "presidential" or "personal".
func TestPresidentialEnvoy(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"U.S. President Joe Biden spoke. John Doe, who was Biden's Special Presidential Envoy to the coalition until December, criticized the decision.",
			[]string{"HOLDS_OFFICE(John Doe -> United States)"}, nil},
		{"Chilean Presidential Envoy Jane Roe arrived in Lima.", []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
}

// TestHyphenModifier checks that a hyphenated modifier between an
// apposition's article and its title ("the long-time governor") keeps
// the apposition a title of the name before it, a name unknown to the
// lexicon included.
func TestHyphenModifier(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The council removed Omar al-Tarek, the long-time governor of the Central Bank of Peru.",
			[]string{"HOLDS_OFFICE(Omar al-Tarek -> Central Bank of Peru)"}, nil},
		{"Jane Roe, a hard-line former defence minister of Chile, spoke.", []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe met the well-known president of Chile.", nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestLedDelegationTitle checks the title property of a delegation's
// leader: the office the title stage bound to the person with no state,
// else the head of the body.
func TestLedDelegationTitle(t *testing.T) {
	for text, want := range map[string]string{
		"The delegation of Peru was led by Jane Roe, Minister of Foreign Affairs, Trade and Tourism.": "foreign minister",
		"The delegation of Peru was led by Jane Roe.":                                                 "head of delegation",
	} {
		got := ""
		for _, r := range extractText(t, text).Relations {
			if r.Type == "HOLDS_OFFICE" && r.Target == "country:PER" {
				got = r.Properties["title"]
			}
		}
		if got != want {
			t.Errorf("%q: title %q, want %q", text, got, want)
		}
	}
}

// TestGappedLedBy checks "A was led by X, and the delegation of B by Y",
// its lead verb left out, and that another noun there leads nothing.
func TestGappedLedBy(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The delegation of Chile was led by Jane Roe, Minister of Foreign Affairs, and the delegation of the Republic of Peru by His Excellency John Doe, Minister of Foreign Affairs.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(John Doe -> Peru)"}, nil},
		{"The delegation of Chile was led by Jane Roe, and the invasion of Peru by John Doe began.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Peru)"}},
		{"The talks were led by Jane Roe and the envoy of Peru by John Doe.",
			nil, []string{"HOLDS_OFFICE(John Doe -> Peru)"}},
	})
}

// TestModifiedOrgTitles checks a title written with "of" before an
// organization's name that one or two lower-case modifiers open ("the
// opposition Kestrel Party"): the title is held for the organization, not
// for the state in view; other words between break it off.
func TestModifiedOrgTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile held talks on Monday. Jane Roe, head of the opposition Kestrel Party, urged restraint.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Jane Roe, leader of the ruling Kestrel Party, met voters in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Jane Roe, leader of the protests against Kestrel Party, met voters in Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}},
	})
}

// TestBackReferredTitles checks a definite head title that opens its
// sentence with no name ("The Russian president said"): it refers back
// to the one person named in the sentence before whom the lexicon knows
// as that state's; other titles, and people of other states, are no
// such reference.
func TestBackReferredTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Xi Jinping met Vladimir Putin in Moscow on Tuesday. The Russian president said ties were strong.",
			[]string{"HOLDS_OFFICE(Vladimir Putin -> Russia)"}, []string{"HOLDS_OFFICE(Xi Jinping -> Russia)"}},
		{"Xi Jinping met Vladimir Putin in Moscow on Tuesday. The Russian foreign minister said ties were strong.",
			nil, []string{"HOLDS_OFFICE(Vladimir Putin -> Russia)"}},
		{"Jane Roe arrived in Lima on Monday. The Chilean president said talks would resume.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Vladimir Putin met Jane Roe on Monday. Later the Russian president said talks would resume.",
			nil, []string{"HOLDS_OFFICE(Vladimir Putin -> Russia)"}},
	})
}

// TestHonorificAfterTitle: a title, a comma and a name behind honorifics
// ("Mr", the British "Rt Hon") bind as a title and a name do; the
// honorifics are no part of the name.
func TestHonorificAfterTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The British Foreign Secretary, Rt Hon Ann Smith MP, said Chile was wrong.",
			[]string{"HOLDS_OFFICE(Ann Smith -> United Kingdom)"}, []string{"HOLDS_OFFICE(Rt Hon Ann Smith -> United Kingdom)"}},
		{"The British Foreign Secretary, Mr Ann Smith, said Chile was wrong.",
			[]string{"HOLDS_OFFICE(Ann Smith -> United Kingdom)"}, nil},
		{"Peru's foreign minister, Dr. Ana Soto, met Chile's president.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, nil},
		{"The Rt. Hon. John Brown, Britain's defence secretary, visited Chile.",
			[]string{"HOLDS_OFFICE(John Brown -> United Kingdom)", "VISITS(John Brown -> Chile)"}, nil},
	})
}

// TestDictionaryHome checks that a title written with no state before a
// name the Phoenix dictionary knows is held for the one state that the
// dictionary's government roles give the person, whatever the article's
// date, rather than for the state the article is about, also when the
// article writes the name with diacritics the dictionary leaves out; a
// person whose roles span two states takes neither from the dictionary.
func TestDictionaryHome(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile criticized Bolivia on Monday. Chilean officials said Chile would not give up its ports. President Alan Garcia said the dispute should go to court.",
			[]string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}, []string{"HOLDS_OFFICE(Alan Garcia -> Chile)"}},
		{"New Zealand and Fiji signed a fisheries accord. New Zealand said the accord would last. Prime Minister John Howard welcomed it.",
			[]string{"HOLDS_OFFICE(John Howard -> Australia)"}, []string{"HOLDS_OFFICE(John Howard -> New Zealand)"}},
		{"Sudan and Chad signed a border accord. Foreign Minister Deng Alor Kuol welcomed it.",
			nil, []string{"HOLDS_OFFICE(Deng Alor Kuol -> South Sudan)"}},
		// the dictionary writes its names without diacritics: an accented
		// name is looked up without them too
		{"Peru and Chile signed a border accord. Peru said the accord would last. President François Mitterrand welcomed it.",
			[]string{"HOLDS_OFFICE(François Mitterrand -> France)"}, []string{"HOLDS_OFFICE(François Mitterrand -> Peru)"}},
		{"Libya and Sudan signed a border accord. Libya said the accord would last. President Hissène Habré rejected it.",
			[]string{"HOLDS_OFFICE(Hissène Habré -> Chad)"}, []string{"HOLDS_OFFICE(Hissène Habré -> Libya)"}},
		{"Chile and Bolivia met in Lima. Foreign Minister Héctor Timerman said the talks had failed.",
			[]string{"HOLDS_OFFICE(Héctor Timerman -> Argentina)"}, nil},
		{"Peru and Chile signed a border accord. Peru said the accord would last. Defence Minister Tomás Quíroga welcomed it.",
			nil, []string{"HOLDS_OFFICE(Tomás Quíroga -> France)", "HOLDS_OFFICE(Tomás Quíroga -> Argentina)"}},
		// a style (titles.yaml style: Sheikh, cleric) is no office: the
		// dictionary's state is not its state; a state named with it is
		{"Chile and Bolivia signed a border accord. Sheikh Alan Garcia welcomed it.",
			nil, []string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}},
		{"Chile and Bolivia signed a border accord. The cleric Hissène Habré rejected it.",
			nil, []string{"HOLDS_OFFICE(Hissène Habré -> Chad)"}},
		{"Chile and Bolivia signed a border accord. Peru's Sheikh Alan Garcia welcomed it.",
			[]string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}, nil},
		// a definite head title refers back to the person the dictionary
		// knows as that state's (describedHolder)
		{"Alan Garcia flew to Santiago on Monday. The Peruvian president said the border dispute should go to court.",
			[]string{"HOLDS_OFFICE(Alan Garcia -> Peru)"}, nil},
	})
}

// TestDatedHolder checks that a definite head title of a state, never
// written with its holder's name, stands for the one person named before
// it whom the dictionary has in that state's government on the article's
// date (datedHolder); none with two such compatriots, for a former
// holder, or in an undated article.
func TestDatedHolder(t *testing.T) {
	const dateline = "MOSCOW, May 4, 2015 (Reuters) - "
	checkPatterns(t, []patternCase{
		{dateline + "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. Speaking after the talks, the Russian president criticized the European Union.",
			[]string{"CRITICIZES(Vladimir Putin -> European Union)"}, []string{"CRITICIZES(Russia -> European Union)"}},
		{dateline + "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. Speaking after the talks, Russia's president criticized the European Union.",
			[]string{"CRITICIZES(Vladimir Putin -> European Union)"}, nil},
		{dateline + "Vladimir Putin and Dmitry Medvedev met Recep Tayyip Erdogan in Sochi on Monday. Speaking after the talks, the Russian president criticized the European Union.",
			nil, []string{"CRITICIZES(Vladimir Putin -> European Union)", "CRITICIZES(Dmitry Medvedev -> European Union)"}},
		{dateline + "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. Speaking after the talks, the former Russian president criticized the European Union.",
			nil, []string{"CRITICIZES(Vladimir Putin -> European Union)"}},
		{"Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. Speaking after the talks, the Russian president criticized the European Union.",
			nil, []string{"CRITICIZES(Vladimir Putin -> European Union)"}},
		{dateline + "Speaking in Sochi, the Russian president criticized the European Union. Vladimir Putin met Recep Tayyip Erdogan on Monday.",
			nil, []string{"CRITICIZES(Vladimir Putin -> European Union)"}},
	})
}

// TestSpokespersonAbroad checks that a spokesperson speaking abroad does
// not place the person she speaks for there.
func TestSpokespersonAbroad(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Alan Garcia will visit Quito on Friday, his spokeswoman said in Madrid.",
			nil, []string{"VISITS(Alan Garcia -> Madrid)"}},
		{"President Alan Garcia said in Madrid that the talks would resume.",
			[]string{"VISITS(Alan Garcia -> Madrid)"}, nil},
	})
}

// TestSortInView checks titles held in an organization of a kind
// (titles.yaml sort): written with none named, a rebel leader leads the
// one armed group in view and a party leader the one party; with two in
// view, or none, nothing.
func TestSortInView(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The M23 seized the town of Rutshuru on Sunday. The rebel leader, Jane Roe, said the fighters would withdraw.",
			[]string{"HOLDS_OFFICE(Jane Roe -> March 23 Movement)"}, nil},
		{"FARC fighters attacked a police station in Cauca. Militia commander Jane Roe denied it.",
			[]string{"HOLDS_OFFICE(Jane Roe -> FARC)"}, nil},
		{"Likud won the most seats in the vote. Party leader Jane Roe thanked the voters.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Likud)"}, nil},
		{"The M23 and the ELN both issued statements. Rebel leader Jane Roe said the fighters would withdraw.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> March 23 Movement)", "HOLDS_OFFICE(Jane Roe -> National Liberation Army)"}},
		{"Chile criticized Peru. Rebel leader Jane Roe said the fighters would withdraw from Chile.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestLegislatorInView checks legislators' titles (titles.yaml sort
// legislature): written with no state or body, they are held in the one
// legislature in view, an unknown name's last word telling its sort
// (words.yaml head_sorts); with two legislatures in view, or a state
// written before the title, or a holder the lexicon knows as another
// state's, no chamber.
func TestLegislatorInView(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Senate voted 14-9 against the lease on Monday. Senators Tomas Ruiz and Ana Varga voted in favour.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Senate)", "HOLDS_OFFICE(Ana Varga -> Senate)"}, nil},
		{"Lawmaker Tomas Ruiz said the Kestrel National Assembly would debate the budget on Friday.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Kestrel National Assembly)"}, nil},
		{"The Duma approved the bill on Tuesday, and MP Ana Varga called it a mistake.",
			[]string{"HOLDS_OFFICE(Ana Varga -> State Duma)"}, nil},
		{"The Senate and the National Assembly met in joint session. Senator Tomas Ruiz walked out.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Senate)", "HOLDS_OFFICE(Tomas Ruiz -> National Assembly)"}},
		{"The National Assembly met on Monday. Chilean Permanent Representative Ana Varga said the talks would resume.",
			nil, []string{"HOLDS_OFFICE(Ana Varga -> National Assembly)"}},
		{"The Duma voted on Friday. Senator John McCain called the vote a sham.",
			nil, []string{"HOLDS_OFFICE(John McCain -> State Duma)"}},
		{"Chile's foreign minister said the Senate would not meet. Foreign Minister Ana Varga left for Lima.",
			nil, []string{"HOLDS_OFFICE(Ana Varga -> Senate)"}},
	})
}

// TestInternationalPosts checks a title after an international body's
// name ("UN envoy Jane Roe": held at the UN) and after a state and the
// body ("Chile's UN ambassador", "the Chilean NATO envoy": the state's
// post there); a company after a state keeps the title.
func TestInternationalPosts(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"UN envoy Jane Roe said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United Nations)"}, nil},
		{"The U.N. envoy, Jane Roe, said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United Nations)"}, nil},
		{"Jane Roe, Chile's UN ambassador, said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> United Nations)"}},
		{"The Chilean NATO envoy, Jane Roe, said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> NATO)"}},
		{"Russia's Gazprom chief Jane Roe said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Gazprom)"}, []string{"HOLDS_OFFICE(Jane Roe -> Russia)"}},
	})
}

// TestModifiedParty checks a party named after a lower-case modifier
// ("the opposition Kestrel Party"): led, it is held in; the modifier
// states no stance, while "opposition to" still does.
func TestModifiedParty(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, who leads the opposition Kestrel Party, criticized Chile.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)", "CRITICIZES(Jane Roe -> Chile)"}, []string{"OPPOSES(Jane Roe -> Kestrel Party)"}},
		{"The leader of the opposition Kestrel Party, Jane Roe, said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Jane Roe backed the opposition Kestrel Party.",
			nil, []string{"OPPOSES(Jane Roe -> Kestrel Party)"}},
		{"Chile voiced its opposition to the Kestrel Party on Monday.",
			[]string{"OPPOSES(Chile -> Kestrel Party)"}, nil},
		{"Jane Roe led the protests against Kestrel Front.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}},
		// a noun cue modifying an actor noun names a kind of actor
		{"The Kestrel Party, the largest opposition force, said the Lima Accord was only a framework.",
			nil, []string{"OPPOSES(Kestrel Party -> Lima Accord)"}},
		{"Opposition lawmakers in Peru said the Lima Accord had failed.",
			nil, []string{"OPPOSES(Peru -> Lima Accord)"}},
		{"Peru voiced opposition to the Lima Accord.",
			[]string{"OPPOSES(Peru -> Lima Accord)"}, nil},
	})
}

// TestHonorificNames checks parliamentary honorifics before an apposed
// name ("the Rt Hon Jane Roe MP"): no part of the name, and no bar to the
// title before the comma.
func TestHonorificNames(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Britain sent two transport aircraft. The Foreign Secretary, Rt Hon Jane Roe MP, said the mission was lawful.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United Kingdom)"}, []string{"HOLDS_OFFICE(Rt Hon Jane Roe -> United Kingdom)"}},
		{"Chile's foreign minister, the Hon. Jane Roe, said the mission was lawful.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
}

// TestPostedInPlace checks a title held in a place before the apposed
// name ("Hamas's leader in Gaza, Jane Roe"); a place apposed to the place
// is no name.
func TestPostedInPlace(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Hamas's leader in Gaza, Jane Roe, said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Hamas)"}, nil},
		{"Chile's ambassador in Lima, Jane Roe, said the talks had failed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Chile's ambassador in Lima, Peru, said the talks had failed.",
			nil, []string{"HOLDS_OFFICE(Peru -> Chile)"}},
	})
}

// TestPossessedOfficial checks that "his" or "her" before a title is the
// subject's, like a subject pronoun ("Chile's president, Jane Roe, spoke
// with Peru's president ..., and her foreign minister, Ann Poe, ..." is
// Chile's), and that a title closing a reporting clause ("..., his
// spokeswoman said") is no apposition to the name before it.
func TestPossessedOfficial(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's president, Jane Roe, spoke with Peru's president, John Doe, on Sunday, and her foreign minister, Ann Poe, called for calm.",
			[]string{"HOLDS_OFFICE(Ann Poe -> Chile)"}, []string{"HOLDS_OFFICE(Ann Poe -> Peru)"}},
		{"Chile's president, Jane Roe, will travel to Lima to meet John Doe, her spokeswoman said.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(John Doe -> Chile)"}},
	})
}

// TestNationalPolice checks the national police as a body every state has
// (bodies.yaml): its head holds office in it.
func TestNationalPolice(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, the director of Chile's national police, said the files were genuine.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile's national police)", "PART_OF(Chile's national police -> Chile)"}, nil},
		{"Peru's National Police arrested two smugglers on Monday.",
			[]string{"PART_OF(Peru's National Police -> Peru)"}, nil},
	})
}

// TestMilitaryChiefs checks that an army chief or chief of the general
// staff written with no state is, like a minister, the principal
// country's when that country is in view.
func TestMilitaryChiefs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile criticized Peru on Monday. Chile said Peru had broken the accord, and Chile recalled its ambassador. Army chief Jane Roe said the border was calm.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
	})
}

// TestPartyOfPeople checks a known party's name followed by "of" and a
// state or people ("the Democratic Party of Japan"): a party of its own,
// not the lexicon's namesake; and a title whose own lower-case complement
// stands before the apposed name, which is "of" the party.
func TestPartyOfPeople(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, leader of the Democratic Party of Japan, criticized China.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Democratic Party of Japan)"}, []string{"HOLDS_OFFICE(Jane Roe -> Democratic Party)"}},
		{"The leader of the biggest rural Chilean party, Jane Roe of the Kestrel Party, called the accord a fair deal.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"The Democratic Party criticized Chile.",
			[]string{"CRITICIZES(Democratic Party -> Chile)"}, nil},
		{"The leader of the biggest rural Chilean party, Tovan Roe of the Kestrel Party, called the accord a fair deal.",
			[]string{"HOLDS_OFFICE(Tovan Roe -> Kestrel Party)"}, nil},
	})
}

// TestOwnerBeforeIts checks that "its" before a title, with no actor as
// the sentence's subject, is the actor that owns something earlier in the
// sentence, not an actor of the sentence before.
func TestOwnerBeforeIts(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile said the Kestrel Front had broken the truce. Foreign Minister Jane Roe, who leads Chile's team at the talks together with its chief negotiator, John Doe, spoke to reporters.",
			[]string{"HOLDS_OFFICE(John Doe -> Chile)"}, []string{"HOLDS_OFFICE(John Doe -> Kestrel Front)"}},
	})
}

// TestTitleNamesItsOrganization checks that a capitalised title that holds
// its organization's name ("Commission President") gives that
// organization when the article names it nowhere else, and not when a
// capitalised word before it names another.
func TestTitleNamesItsOrganization(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The EU backed Madrid, with Commission President Jon Lund calling the move illegal.",
			[]string{"HOLDS_OFFICE(Jon Lund -> European Commission)"}, nil},
		{"Kestrel Commission President Anna Holm called the move illegal.",
			nil, []string{"HOLDS_OFFICE(Anna Holm -> European Commission)"}},
	})
}

// TestCompanionHome checks that a state's title with no state, written in
// the party a person is "accompanied by" or "joined by", is held in that
// person's state, and not when the subject is no person or the title's
// holder is of another state.
func TestCompanionHome(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"US Vice President Ana Roe landed in Santiago on Friday. She was accompanied by her husband, Ted Roe, " +
			"National Security Adviser Tom Reed and Energy Secretary Chris Lund.",
			[]string{"HOLDS_OFFICE(Tom Reed -> United States)", "HOLDS_OFFICE(Chris Lund -> United States)"}, nil},
		{"Chilean President Luis Soto was joined by Defence Minister Jon Berg of Peru.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Peru)"}, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"Chile hosted the talks. The protest was joined by Energy Minister Eva Paz.",
			nil, []string{"HOLDS_OFFICE(Eva Paz -> Chile)"}},
	})
}

// TestLexiconPersonWithTitle checks that a person the lexicon names with a
// state's title ("King Salman") holds that office, while a name opening
// with a title that is a given name or no state's does not.
func TestLexiconPersonWithTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Saudi Arabia closed its border. King Salman phoned Qatar on Monday.",
			[]string{"HOLDS_OFFICE(King Salman -> Saudi Arabia)", "COMMUNICATES_WITH(Qatar -> King Salman)"}, nil},
		{"Afghanistan sent a delegation. Amir Khan Muttaqi met Pakistani officials.",
			nil, []string{"HOLDS_OFFICE(Amir Khan Muttaqi -> Afghanistan)"}},
		{"Bangladesh voted on Sunday. Sheikh Hasina criticized India.",
			nil, []string{"HOLDS_OFFICE(Sheikh Hasina -> Bangladesh)"}},
	})
}

// TestItsPeopleBack checks a possessive that owns people and refers to a
// sentence before its own ("Its commander, X,"): it is that sentence's
// subject's, not a state named after a preposition there.
func TestItsPeopleBack(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Front attacked a police post in Peru on Monday. Its commander, Ivan Petrov, said more attacks would follow.",
			[]string{"HOLDS_OFFICE(Ivan Petrov -> Kestrel Front)"}, []string{"HOLDS_OFFICE(Ivan Petrov -> Peru)"}},
		{"Chile sent troops to Peru on Monday. Its defence minister, Ana Ruiz, said more would follow.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Chile)"}, []string{"HOLDS_OFFICE(Ana Ruiz -> Peru)"}},
	})
}

// TestFromAndPossessedPerson checks a title with "from" and a named state
// or organization ("a lawmaker from the Kestrel Party") and a person
// written as an organization's own ("the Kestrel Party's Jane Roe"); a
// state's possessive ("Chile's Jane Roe won the race") gives none.
func TestFromAndPossessedPerson(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, a lawmaker from the Kestrel Party, said the vote was a mistake.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Jane Roe, a lawmaker from Chile, said the vote was a mistake.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The Kestrel Party's Jane Roe said the vote was a mistake.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"The Kestrel Times' Jane Roe has been held for a year.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Times)"}, nil},
		{"Chile's Jane Roe won the race in Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestDashApposition checks a name and its title set apart by a pair of
// dashes, either order, as by commas; a dash that opens a new clause
// binds nothing.
func TestDashApposition(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe — Chile's foreign minister — said the vote was a mistake.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Chile's foreign minister - Jane Roe - said the vote was a mistake.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The talks were led by Jane Roe – the Kestrel Party leader – and Tom Doe.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Chile hosted Jane Roe — Peru's foreign minister met her later.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
	})
}

// TestCompanions checks a state's office written with no state in the
// list of a person's companions ("accompanied by", "joined by"): it is
// held for the principal's state; not when another actor stands between
// the principal and the verb, nor when no person is the principal.
func TestCompanions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru hosted the talks. Chilean President Jane Roe arrived in Lima on Monday. She was accompanied by her husband, Tom Roe, Defence Minister Carlos Vega and Finance Minister Ana Ruiz.",
			[]string{"HOLDS_OFFICE(Carlos Vega -> Chile)", "HOLDS_OFFICE(Ana Ruiz -> Chile)"}, []string{"HOLDS_OFFICE(Tom Roe -> Chile)"}},
		{"Peru hosted the talks. Chilean President Jane Roe arrived in Lima on Monday, joined by Trade Minister Carlos Vega.",
			[]string{"HOLDS_OFFICE(Carlos Vega -> Chile)"}, nil},
		{"Peru hosted the talks. Chilean President Jane Roe met Ivan Petrov, who was joined by Trade Minister Carlos Vega.",
			nil, []string{"HOLDS_OFFICE(Carlos Vega -> Chile)"}},
		{"Peru hosted the talks. Chilean President Jane Roe was accompanied by aides who later met Trade Minister Carlos Vega.",
			nil, []string{"HOLDS_OFFICE(Carlos Vega -> Chile)"}},
		// a portfolio written in capitals before a title of the list
		{"Peru hosted the talks. Chilean President Jane Roe arrived in Lima, accompanied by Trade, Industry and Tourism Minister Tom Berg, Foreign Minister Carlos Vega and Mining and Energy Minister Ana Ruiz.",
			[]string{"HOLDS_OFFICE(Tom Berg -> Chile)", "HOLDS_OFFICE(Carlos Vega -> Chile)", "HOLDS_OFFICE(Ana Ruiz -> Chile)"}, []string{"HOLDS_OFFICE(Carlos Vega -> Peru)"}},
	})
}

// TestNicknamedPerson checks a person the lexicon knows written with a
// quoted nickname after the given name: one mention of that person, who
// holds the title before it.
func TestNicknamedPerson(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile hosted the talks with the United States. Defense Secretary Donald \"Rummy\" Rumsfeld arrived in Santiago on Monday.",
			[]string{"HOLDS_OFFICE(Donald Rumsfeld -> United States)"}, []string{"HOLDS_OFFICE(Donald -> United States)"}},
		{"Chile hosted the talks. Defense Minister Jorge \"Coco\" Vela arrived in Santiago on Monday.",
			nil, []string{"HOLDS_OFFICE(Donald Rumsfeld -> United States)"}},
	})
}

// TestPartyHeadBeforeTitle checks a party's or group's name whose head
// word also opens a title ("Party leader"): the name keeps its head and
// the rest is the title held in it.
func TestPartyHeadBeforeTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kestrel Party leader Omar Tanis said the vote was a mistake.",
			[]string{"HOLDS_OFFICE(Omar Tanis -> Kestrel Party)"}, nil},
		{"Kestrel Party lawmaker Omar Tanis said the vote was a mistake.",
			[]string{"HOLDS_OFFICE(Omar Tanis -> Kestrel Party)"}, nil},
	})
}

// TestPostingComplement checks a state's title whose lower-case posting
// ("for the operation", "for Asian affairs", "to the talks") stands between
// the title and the apposed name: the name holds the title for the state;
// with no state, nothing.
func TestPostingComplement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile's deputy commander for the operation, Major General Jon Berg, landed in Lima on Friday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{"Peru's special envoy for Asian affairs, Tovan Roe, toured the camps.",
			[]string{"HOLDS_OFFICE(Tovan Roe -> Peru)"}, nil},
		{"Chile's ambassador to the talks, Jon Berg, arrived on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{"The envoy for Asian affairs, Tovan Roe, met Peru's president on Monday.", nil, []string{"HOLDS_OFFICE(Tovan Roe -> Peru)"}},
		// a capitalised title's portfolio in capitals, the state that of
		// the office "his" stands for
		{"In Lima, Peruvian Prime Minister Ana Soto said the vote was a setback, while his Minister for Trade and the Andes, Tomas Ruiz, said Peru was ready.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Peru)"}, nil},
		{"Peruvian Prime Minister Ana Soto spoke first, and his Minister for Trade, Tomas Ruiz, spoke later.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Peru)"}, nil},
		{"The Minister for Trade, Tomas Ruiz, met Peru's president on Monday.", nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Peru)"}},
	})
}

// TestOfficeBodies checks a body named by the office that heads it and
// apposed to a person, and a subject named in a "known as" relative before
// a passive lead verb.
func TestOfficeBodies(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The UN High Commissioner for Refugees, Jane Roe, urged Peru to shelter the families.",
			[]string{"HOLDS_OFFICE(Jane Roe -> UNHCR)"}, nil},
		{"Peru criticized the UN High Commissioner for Refugees, Jane Roe said.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> UNHCR)"}},
		{"The UN General Assembly, Jane Roe said, will vote on Monday.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> United Nations General Assembly)"}},
		{"The rebels, known as the Kestrel Front, are commanded by General Jon Berg.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"The army, backed by the Kestrel Front, is commanded by General Jon Berg.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}},
	})
}

// TestSeniorGeneral checks a rank of two words before a name apposed to a
// body's title: the whole name is the person, who holds the title.
func TestSeniorGeneral(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Council chairman, Senior General Jon Berg, warned on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Council)"}, []string{"HOLDS_OFFICE(Senior -> Kestrel Council)"}},
	})
}

// TestLedByState checks an organization "led by" a state: the state takes
// part in it (MEMBER_OF), as in "the Kenya-led mission"; an organization
// after a preposition is not what is led.
func TestLedByState(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Council extended the Kestrel Support Mission, which is led by Kenya.",
			[]string{"MEMBER_OF(Kenya -> Kestrel Support Mission)"}, nil},
		{"The Kestrel Support Mission, led by Kenya, arrived in Haiti.",
			[]string{"MEMBER_OF(Kenya -> Kestrel Support Mission)"}, nil},
		{"The offensive against the Kestrel Front, led by Chile, began on Monday.",
			nil, []string{"MEMBER_OF(Chile -> Kestrel Front)"}},
	})
}

// TestMinisterOfBody checks that a minister's title owned by an "its" that
// stands for a state's body (a court, a parliament) is held for that
// body's state, while a title such bodies have too ("its president") stays
// the body's.
func TestMinisterOfBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Peruvian Supreme Court ruled against the president on Monday. Its foreign minister, Carlos Pena, resigned after the ruling.",
			[]string{"HOLDS_OFFICE(Carlos Pena -> Peru)"}, []string{"HOLDS_OFFICE(Carlos Pena -> Peruvian Supreme Court)"}},
		{"The Peruvian Supreme Court met on Monday. Its president, Carlos Pena, read the ruling.",
			[]string{"HOLDS_OFFICE(Carlos Pena -> Peruvian Supreme Court)"}, []string{"HOLDS_OFFICE(Carlos Pena -> Peru)"}},
	})
}

// TestParagraphCapital checks that a digest's paragraph opening with a
// capital in capitals and a colon ("NAIROBI:") sets the state of a
// state's official written with no state anywhere in that paragraph, and
// not in the next paragraph, nor after a city that is no capital or a
// heading in ordinary case.
func TestParagraphCapital(t *testing.T) {
	digest := "Regional digest\n\nThis digest is compiled from radio reports.\n\n" +
		"NAIROBI: President Ana Soto said the border would stay closed. The radio quoted Interior Minister Carlos Vega as saying that troops had retaken the port.\n\n" +
		"KAMPALA: Uganda's state radio quoted the president as saying that Uganda would not send troops to Kenya. Defence Minister Jon Berg has criticised the Kenyan deployment, the radio said.\n\n" +
		"GENEVA: Foreign Minister Ola Nord of Peru spoke at the talks. Trade Minister Tom Dale said nothing.\n"
	checkPatterns(t, []patternCase{
		{digest, []string{"HOLDS_OFFICE(Carlos Vega -> Kenya)", "HOLDS_OFFICE(Jon Berg -> Uganda)"},
			[]string{"HOLDS_OFFICE(Jon Berg -> Kenya)", "HOLDS_OFFICE(Tom Dale -> Uganda)", "HOLDS_OFFICE(Tom Dale -> Switzerland)"}},
		// another state named before the title in its sentence
		{"Regional digest\n\nKAMPALA: Kenya's state-owned daily said President Jon Berg had met Ana Soto.\n",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Uganda)"}},
		{"Regional digest\n\nKampala: a divided city. Uganda and Kenya traded charges. Kenya denied them. Interior Minister Tom Dale said nothing.\n",
			nil, []string{"HOLDS_OFFICE(Tom Dale -> Uganda)"}},
	})
}

// TestParagraphDashDateline checks that a compiled report whose
// paragraphs each open with a capital in capitals and a dash ("ROME -";
// two such paragraphs at least)
// sets the state of a state's official written with no state in that
// paragraph, as a colon does; not a heading in ordinary case, nor a city
// that is no capital, nor across a state named before the title.
func TestParagraphDashDateline(t *testing.T) {
	head := "World reaction\n\nCompiled from our bureaus.\n\nApril 3, 1990\n\n"
	report := head +
		"NAIROBI - The government said the border would stay closed. Later, Interior Minister Carlos Vega promised calm.\n\n" +
		"KAMPALA -- Officials met on Monday. Hours later Defence Minister Jon Berg ordered a review.\n"
	checkPatterns(t, []patternCase{
		{report, []string{"HOLDS_OFFICE(Carlos Vega -> Kenya)", "HOLDS_OFFICE(Jon Berg -> Uganda)"},
			[]string{"HOLDS_OFFICE(Jon Berg -> Kenya)", "HOLDS_OFFICE(Carlos Vega -> Uganda)"}},
		// a capital of four letters in capitals opening the paragraph is no acronym
		{head + "LIMA - Officials met on Monday. Later, Interior Minister Carlos Vega promised calm.\n\nOSLO - Talks resumed. Trade Minister Tom Dale spoke.\n",
			[]string{"HOLDS_OFFICE(Carlos Vega -> Peru)", "HOLDS_OFFICE(Tom Dale -> Norway)"}, nil},
		// one dash dateline is the story's home, not a digest's paragraph
		{head + "LIMA - Officials met on Monday. Chile and Bolivia protested. Interior Minister Carlos Vega promised calm.\n", nil, []string{"HOLDS_OFFICE(Carlos Vega -> Peru)"}},
		{head + "GENEVA - Trade Minister Tom Dale said nothing.\n", nil, []string{"HOLDS_OFFICE(Tom Dale -> Switzerland)"}},
		{head + "KAMPALA - Kenya's radio said Foreign Minister Ola Nord had left.\n", nil, []string{"HOLDS_OFFICE(Ola Nord -> Uganda)"}},
		{head + "Nairobi - a divided city. Later, Interior Minister Carlos Vega promised calm.\n", nil, []string{"HOLDS_OFFICE(Carlos Vega -> Kenya)"}},
		{head + "NAIROBI. Later, Interior Minister Carlos Vega promised calm.\n", nil, []string{"HOLDS_OFFICE(Carlos Vega -> Kenya)"}},
	})
}

// TestOwnedUnknownParty checks that a party the lexicon does not know,
// its sort told by its name's last word (words.yaml head_sorts), is led
// by the person it is written as owned by, with or without its acronym,
// and that a party "of" a person is his; no organization of another
// sort, nor a party of a state, nor one merely named near the person.
func TestOwnedUnknownParty(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"But Prime Minister Jon Berg, whose Kestrel Unity Party (KUP) led the Yes campaign, said voters had spoken.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Unity Party)"}, nil},
		{"Only Ana Ruiz's Vorn Democratic Rally campaigned for a Yes.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Vorn Democratic Rally)"}, nil},
		{"Ana Ruiz's Kestrel Unity Party won a third of the seats on Sunday.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Unity Party)"}, nil},
		{"Jon Berg, whose Kestrel Holdings owns the port, denied the charge.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Holdings)"}},
		{"Ana Ruiz met leaders of the Kestrel Unity Party on Sunday.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Unity Party)"}},
		// a party or armed group "of" a person is his
		{"The Kurdistan Democratic Party of Jon Berg and the Vorn Front led by Ana Ruiz warned that they would resist.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kurdistan Democratic Party)", "HOLDS_OFFICE(Ana Ruiz -> Vorn Front)"}, nil},
		{"In the north, the Likud of Ana Ruiz lost half its seats.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Likud)"}, nil},
		{"Jon Berg praised the Kurdistan Democratic Party of Iraq on Sunday.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kurdistan Democratic Party)"}},
		{"The leaders of the Kurdistan Democratic Party met Jon Berg, the envoy of Peru.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kurdistan Democratic Party)"}},
	})
}

// TestVacancyQualified checks that a title written with a people's
// demonyms ("Bosnian Serb leader X") fills no vacant title of a body
// named before ("the Kestrel Rally ... its leader"), while a bare title
// still does.
func TestVacancyQualified(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Only the Vorn Democratic Rally backed the plan, and its leader was heckled in the capital. In the north, Bosnian Serb leader Jon Berg called the vote a farce.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Vorn Democratic Rally)"}},
		{"The Kestrel Front rejected the plan, and its leader was arrested on Monday. Kosovo Albanian leader Ana Ruiz called for calm.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Front)"}},
		{"Chile's foreign minister said on Monday that talks would resume. Foreign Minister Jane Roe spoke in Santiago.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
	})
}

// TestColonDatelineHome checks that a story opening on its city in
// capitals and a colon, as many national papers write their dateline, has
// that city's state as its home: a state's official written with no state
// in a later paragraph is its, while that state stays in view; not when
// another state is the one named just before, nor after a heading that is
// no place.
func TestColonDatelineHome(t *testing.T) {
	head := "CABINET QUITS\n\nBy Ana Ruiz\n\n"
	checkPatterns(t, []patternCase{
		{head + "NAIROBI: The president announced last night that he would stand aside.\n\nHe told parliament that Deputy President Tom Dale and Defence Minister Jon Berg would also step down.\n",
			[]string{"HOLDS_OFFICE(Tom Dale -> Kenya)", "HOLDS_OFFICE(Jon Berg -> Kenya)"}, nil},
		{head + "NAIROBI: The president said he would resign within a month.\n\nUganda welcomed the move. Uganda's army said the border was calm. Defence Minister Jon Berg said troops would stay.\n",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kenya)"}},
		{head + "ANALYSIS: The president said in Nairobi that he would resign within a month.\n\nDefence Minister Jon Berg would also step down.\n",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kenya)"}},
	})
}

// TestApposedSecondTitle checks that a title held in a body a
// possessive names, apposed to a name written with a second title of its
// own and that title's state ("the firm's chief executive, retired British
// Colonel X"), is held by that person, who holds both; not when the
// second title is by itself another state's or a staff post.
func TestApposedSecondTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Troops detained Kestrel Holdings's chief executive, retired British Lieutenant General Tom Dale, on Monday.",
			[]string{"HOLDS_OFFICE(Tom Dale -> Kestrel Holdings)", "HOLDS_OFFICE(Tom Dale -> United Kingdom)"}, nil},
		{"The Vorn Council's chairman, former Peruvian president Ana Ruiz, opened the session.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Vorn Council)", "HOLDS_OFFICE(Ana Ruiz -> Peru)"}, nil},
		{"Kestrel Holdings's chief executive, 54-year-old Jon Berg, resigned.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Holdings)"}, nil},
		{"After meeting Iran's foreign minister, Secretary of State Jon Berg flew home.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Iran)"}},
		{"Peru's president, spokesman Jon Berg said, would not attend.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Peru)"}},
	})
}

// TestBracketedAcronymTitle checks that a title after a body's name and
// its bracketed acronym is held in that body, as with no acronym.
func TestBracketedAcronymTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Organisation of Andean States (OAS) secretary-general, Jane Roe, called for calm.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Organisation of Andean States)"}, nil},
		{"The Kestrel Front (KF) leader Jon Berg rejected the truce.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
	})
}

// TestPossessedTitleComplement checks a title held in the body a
// possessive names before it, with the title's portfolio after "of" (in
// lower case, or in capitals after a capitalised title) and then the
// holder after a comma; a named body or state in the complement leaves
// it unread.
func TestPossessedTitleComplement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Reporters were briefed by the Kenyan Army's Director General of Military Operations, Major General Ola Nord.",
			[]string{"HOLDS_OFFICE(Ola Nord -> Kenyan Army)"}, nil},
		{"The Kestrel Front's chief of operations, Jon Berg, was killed.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"The Kestrel Front's chief of Peru operations, Jon Berg, was killed.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}},
	})
}

// TestSubjectBeforeBody checks that a state's body opening its sentence
// with no state is the body of the state that opened the sentence before
// (past a dateline), PART_OF it, and that a title in the sentence after
// the body is held for the same state, although a demonym of another
// state stands between them.
func TestSubjectBeforeBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Lima: Peru has recalled its ambassador to Chile in protest at a Chilean naval exercise.\n\n" +
			"The Ministry of Foreign Affairs said on Monday that the ambassador had been called home and that the Chilean consul in Lima had been summoned.\n\n" +
			"Foreign Minister Ana Soto described the exercise as a provocation.",
			[]string{"PART_OF(Ministry of Foreign Affairs -> Peru)", "HOLDS_OFFICE(Ana Soto -> Peru)"},
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)", "PART_OF(Ministry of Foreign Affairs -> Chile)"}},
		{"Chile attacked Peru on Monday.\n\nThe Ministry of Defence said the strikes would continue.",
			nil, []string{"PART_OF(Ministry of Defence -> Chile)", "PART_OF(Ministry of Defence -> Peru)"}},
		{"Peru will hold talks with Chile. The Foreign Ministry said the talks would open in May.",
			[]string{"PART_OF(Foreign Ministry -> Peru)"}, []string{"PART_OF(Foreign Ministry -> Chile)"}},
	})
}

// TestSubjectBeforeConjunct checks that a state's title opening a
// clause coordinated after a comma and "and"/"but", or a semicolon, is
// held in the state that is the subject of the first clause
// (conjunctBefore), a capital standing for its state too, and so is a
// demonym before a noun of its officials ("Russian officials",
// demonymActors; not "the Peruvian Navy aircraft"), in
// the sentence before as well; not when that
// clause names another state as more than a preposition's object, nor
// when the title follows "and" with no comma (two subjects).
func TestSubjectBeforeConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru froze the talks with Chile on Monday, and Trade Minister Ana Soto cancelled her visit to Santiago.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, []string{"HOLDS_OFFICE(Ana Soto -> Chile)"}},
		{"Lima froze the talks with Chile, and Foreign Trade Minister Ana Soto cancelled her visit.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Peru)"}, []string{"HOLDS_OFFICE(Ana Soto -> Chile)"}},
		{"Norway expelled two diplomats; Foreign Minister Lars Dahl said more would follow.",
			[]string{"HOLDS_OFFICE(Lars Dahl -> Norway)"}, nil},
		{"Bolivia has closed the pass, but the interior minister, Jon Morel, promised to reopen it soon.",
			[]string{"HOLDS_OFFICE(Jon Morel -> Bolivia)"}, nil},
		{"Chile accused Peru of stalling, and Trade Minister Ana Soto postponed her trip.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Chile)", "HOLDS_OFFICE(Ana Soto -> Peru)"}},
		{"Peru and Trade Minister Ana Soto's aides met in Quito.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Peru)"}},
		{"Russian officials have accused the rebels of shelling the town, and Interior Minister Oleg Varin said on 3 May that air strikes would follow.",
			[]string{"HOLDS_OFFICE(Oleg Varin -> Russia)"}, nil},
		{"Peruvian officials said the border would close.\n\nInterior Minister Jon Morel added that patrols would double.",
			[]string{"HOLDS_OFFICE(Jon Morel -> Peru)"}, nil},
		{"The Peruvian Navy aircraft remains at the airfield.\n\nForeign Ministry spokesman Jon Morel said the crew had left.",
			nil, []string{"HOLDS_OFFICE(Jon Morel -> Peru)"}},
		{"Peruvian officials met Chilean envoys on Monday.\n\nInterior Minister Jon Morel added that patrols would double.",
			nil, []string{"HOLDS_OFFICE(Jon Morel -> Peru)", "HOLDS_OFFICE(Jon Morel -> Chile)"}},
	})
}

// TestLedByGroupNoun checks that "led by X" after an organization's name
// holds for it past a lower-case descriptor ("the Kestrel militia") and
// when the name itself ends in a bracket ("(Maoist)"), while an acronym in
// brackets still leads back to the name.
func TestLedByGroupNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel militia, led by Jon Berg, has been blamed for the killings.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel)"}, nil},
		{"The Communist Party of Peru (Maoist), led by Ana Soto, called a blockade.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Communist Party of Peru (Maoist))"}, nil},
		{"The Kestrel Front (KF), headed by Ana Soto, called a blockade.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Kestrel Front)"}, nil},
		{"Troops attacked the village, led by Ana Soto.", nil, []string{"HOLDS_OFFICE(Ana Soto -> village)"}},
	})
}

// TestSecretaryGeneralInView checks that a secretary-general written with
// no body holds office in the one intergovernmental organization named
// before the title in its sentence, even with another one named earlier
// in the article, and in none when two are named there.
func TestSecretaryGeneralInView(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru are partners in Mercosur. The Organization of American States convened an urgent session in Washington, and Secretary General Jon Berg travelled to Lima.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Organization of American States)"}, []string{"HOLDS_OFFICE(Jon Berg -> Mercosur)"}},
		{"NATO and the European Union met in Brussels, and Secretary General Jon Berg said the talks went well.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> NATO)", "HOLDS_OFFICE(Jon Berg -> European Union)"}},
	})
}

// TestOutletHome checks that a national paper named above the body (a
// byline or a masthead, also on the first line when the outlet's name is
// all of it: the lexicon's media with their state, or a place's name,
// even in capitals, before a press head, words.yaml press_heads) leaves its
// own state's officials unqualified, also from a dateline abroad; an
// agency credited in brackets, or outlets of two states, set no home.
func TestOutletHome(t *testing.T) {
	body := "Peru and Bolivia agreed on Monday to reopen the border. Chile welcomed the agreement. " +
		"The plan was praised on Tuesday by Foreign Minister Jane Roe.\n"
	checkPatterns(t, []patternCase{
		{"Border deal\n\nBy Tom Berg, Asahi Shimbun Correspondent\n\nLIMA, May 2 -- Japan backed the talks. " + body,
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)", "HOLDS_OFFICE(Jane Roe -> Japan)"}},
		{"Border deal\n\nBy Tom Berg, Asahi Shimbun Correspondent\n\nLIMA, May 2 -- " + strings.Replace(body, "Chile", "Japan", 1),
			[]string{"HOLDS_OFFICE(Jane Roe -> Japan)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Border deal\n\nAna Ruiz and Tom Berg\nThe Santiago Herald\n\nLIMA, May 2 -- " + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Border deal\n\nAna Ruiz\nThe Chile Times\n\n" + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		// a masthead on the article's first line, above the headline,
		// its place in capitals too; a headline naming a paper is none
		{"SANTIAGO NEWS\n\nBorder deal\n\nAna Ruiz\n\n" + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"LIMA POST\n\nBorder deal\n\nAna Ruiz\n\n" + "Bolivia and Chile agreed on Monday to reopen the border. Peru welcomed the agreement. The plan was praised on Tuesday by Foreign Minister Jane Roe.\n",
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)"}, nil},
		{"The Chile Times\n\nBorder deal signed after long talks between Peru and Bolivia in La Paz on Monday\n\nAna Ruiz\n\n" + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Chile Times sues editor\n\nAna Ruiz\n\n" + body,
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{"Santiago News reports\n\nAna Ruiz\n\n" + body,
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		// an agency credited in brackets files from its dateline
		{"Border deal\n\nLIMA (Xinhua)\n\n" + body,
			nil, []string{"HOLDS_OFFICE(Jane Roe -> China)"}},
		// outlets of two states: no home
		{"Border deal\n\nAna Ruiz (with Xinhua, The Santiago Herald)\n\n" + body,
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestCreditedAgencyHome checks that a national agency credited in
// brackets after the dateline (creditedHome) leaves its own state's
// officials unqualified, also from a dateline abroad, while an
// international wire (words.yaml wire_services) sets no home.
func TestCreditedAgencyHome(t *testing.T) {
	body := "Peru and Bolivia agreed on Monday to reopen the border. Poland and France welcomed the agreement. " +
		"Peru and Bolivia will meet again in Lima in June. Bolivia said it hoped for a lasting deal. " +
		"Foreign Minister Jane Roe said the plan was sound.\n"
	checkPatterns(t, []patternCase{
		{"Border deal\n\nLIMA, May 2 (PAP) - " + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Poland)"}, []string{"HOLDS_OFFICE(Jane Roe -> Bolivia)"}},
		{"Border deal\n\nWarsaw (Polish Press Agency) - " + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Poland)"}, []string{"HOLDS_OFFICE(Jane Roe -> Bolivia)"}},
		// international wires file from anywhere: no home of their own
		{"Border deal\n\nLIMA, May 2 (AFP) - " + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Bolivia)"}, []string{"HOLDS_OFFICE(Jane Roe -> France)", "HOLDS_OFFICE(Jane Roe -> Poland)"}},
		{"Border deal\n\nLIMA, May 2 (Xinhua) - China backed the talks. " + body,
			nil, []string{"HOLDS_OFFICE(Jane Roe -> China)", "HOLDS_OFFICE(Jane Roe -> Poland)"}},
		// a national paper's credit line above the body (outletCountry)
		{"Border deal\n\nSource: Daily Graphic\n\nGhana backed the talks. " + body,
			[]string{"HOLDS_OFFICE(Jane Roe -> Ghana)"}, []string{"HOLDS_OFFICE(Jane Roe -> Bolivia)"}},
		// a bracket after the dateline's dash is no credit
		{"Border deal\n\nLIMA, May 2 - A Polish agency (PAP) - said talks went well. " + body,
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Poland)"}},
	})
}

// TestBroadcasterHome checks that a public broadcaster named above the
// body by its state's name or adjective and a press head, past one or two
// capitalised words ("Chilean Public Broadcasting", "Radio", "Television"
// in words.yaml press_heads), is the national outlet whose state's
// officials go unqualified; a lower-case word between ("Chilean state
// radio") or a head after three words names no outlet.
func TestBroadcasterHome(t *testing.T) {
	body := func(home string) string {
		return "Peru and Bolivia agreed on Monday to reopen the border. Argentina backed Peru, and Peru thanked it. " + home + " welcomed the agreement. " +
			"The plan was praised on Tuesday by Foreign Minister Jane Roe.\n"
	}
	checkPatterns(t, []patternCase{
		{"Border deal\n\nNews | May 2, 2024\nChilean Public Broadcasting\n\n" + body("Chile"),
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Border deal\n\nAna Ruiz, Bolivian National Radio\n\n" + body("Bolivia"),
			[]string{"HOLDS_OFFICE(Jane Roe -> Bolivia)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Border deal\n\nArgentine Television\n\n" + body("Argentina"),
			[]string{"HOLDS_OFFICE(Jane Roe -> Argentina)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Border deal\n\nBy Ana Ruiz | Chile Broadcasting Corporation\n\n" + body("Chile"),
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Border deal\n\nTom Berg reporting for Bolivia TV\n\n" + body("Bolivia"),
			[]string{"HOLDS_OFFICE(Jane Roe -> Bolivia)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		// a lower-case word between: no outlet's name
		{"Border deal\n\nFrom Chilean state radio\n\n" + body("Chile"),
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		// three capitalised words before the head: not read as the outlet
		{"Border deal\n\nChilean Kestrel Vorn Tarvo Radio\n\n" + body("Chile"),
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
	})
}

// TestBodyBeforeTitle checks a body written bare before its officer's
// title and name (words.yaml titled_bodies: "Senate President Jane Roe"),
// and an ordinal ranking a title apposed to a name ("Jane Roe, the second
// vice president of the Senate,"): the officer holds the title in the
// body. Such a body's name ends before a given name and a surname ("the
// speaker of the National Assembly Jane Roe"). A word not listed
// ("Party") names no body there.
func TestBodyBeforeTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean troops reached the border. Meanwhile, Senate President Jane Roe urged the government to pay them.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Senate)"}, nil},
		{"Assembly Speaker Tomas Ruiz adjourned the session on Monday.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Assembly)"}, nil},
		{"Jane Roe, the third vice president of the Senate, resigned on Friday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Senate)"}, nil},
		{"Tomas Ruiz, the first deputy speaker of the Assembly, opened the debate.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Assembly)"}, nil},
		{"Party President Jane Roe opened the congress on Monday.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Party)"}},
		// the body's name ends before a given name and a surname
		{"Chilean troops reached the border. The deputy chairman of the National Assembly Jane Roe said the bill would pass.",
			[]string{"HOLDS_OFFICE(Jane Roe -> National Assembly)"}, nil},
		{"Speaker of the Senate Tomas Ruiz said the bill would pass.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Senate)"}, nil},
	})
}

// TestOfficerAfterBody checks the one reading of a bare body before its
// officer that nameEnd (the body's name ends there) and classify (the
// bare word before a title is the body) share, and titleAt, which
// shortNameBeforeTitle reads ("Vorni President": no short name of the
// Vorni Kestrel news agency): the title's length, 0 for a given name and
// a surname with no title, -1 for no officer.
func TestOfficerAfterBody(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text         string
		at           int // toks[at] is the body word (officerAfterBody) or the title (titleAt)
		officer, ttl int
	}{
		{"Senate President Jane Roe urged the government to pay.", 0, 1, 0},     // bodyBeforeTitle
		{"Assembly Speaker Tomas Ruiz adjourned the session.", 0, 1, 0},         // bodyBeforeTitle
		{"The chairman of the National Assembly Jane Roe said so.", 5, 0, 0},    // nameEnd's stop
		{"Speaker of the Senate Tomas Ruiz said the bill would pass.", 3, 0, 0}, // nameEnd's stop
		{"Senate President said the bill would pass.", 0, -1, 0},                // a title and no holder
		{"Senate voted on Monday.", 0, -1, 0},                                   // no officer
		{"Party President Jane Roe opened the congress.", 0, -1, 0},             // no titled body
		{"The Senate Kestrel Committee met.", 1, -1, 0},                         // no given name after the body
		{"Vorni President Tomas Berg condemned the raid.", 1, -1, 1},            // shortNameBeforeTitle: a title
		{"the Vorni Kestrel news agency reported the raid.", 2, -1, 0},          // shortNameBeforeTitle: no title
	}
	for _, tt := range tests {
		d := &doc{text: tt.text, words: &x.lex.sets, known: map[string]int{}}
		d.toks = tokenize(tt.text, x.lex.abbrev)
		end := len(d.toks)
		if got := x.officerAfterBody(d, tt.at, end); got != tt.officer {
			t.Errorf("%q: officerAfterBody at %q = %d, want %d", tt.text, d.toks[tt.at].Text, got, tt.officer)
		}
		if got := x.titleAt(d, tt.at, end); got != tt.ttl {
			t.Errorf("%q: titleAt %q = %d, want %d", tt.text, d.toks[tt.at].Text, got, tt.ttl)
		}
	}
}

// TestWordNamedOwner checks a title's owner written as "the" and one word
// of an organization's name said before (wordNamedOrg: its last word, or
// any capitalised word of it), and the apostrophe of a plural possessive
// ("Hamas' leader"), before the title or in apposition after the name.
func TestWordNamedOwner(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Soldiers of Peru's Republican Guard seized the palace. On Monday the guard's commander, General Tomas Vidal, declared a junta.",
			[]string{"HOLDS_OFFICE(Tomas Vidal -> Peru's Republican Guard)"}, nil},
		{"The Kestrel Liberation Front shelled Tacna. Marta Quispe, the Front's spokeswoman, denied it.",
			[]string{"HOLDS_OFFICE(Marta Quispe -> Kestrel Liberation Front)"}, nil},
		{"The Liberation Tigers of Vornia (LTV) fought on until May, when the Tigers' leader, Ravi Kanthan, was killed.",
			[]string{"HOLDS_OFFICE(Ravi Kanthan -> Liberation Tigers of Vornia)"}, nil},
		{"Chile sanctioned the Andean Workers' Union on Friday; the union's president, Luis Tapia, called it unjust.",
			[]string{"HOLDS_OFFICE(Luis Tapia -> Andean Workers' Union)"}, nil},
		{"Hamas' political leader, Ismail Haniyeh, rejected the plan.",
			[]string{"HOLDS_OFFICE(Ismail Haniyeh -> Hamas)"}, nil},
		{"Ismail Haniyeh, Hamas' political leader, rejected the plan.",
			[]string{"HOLDS_OFFICE(Ismail Haniyeh -> Hamas)"}, nil},
		// a word that no name before holds owns nothing
		{"The Kestrel Liberation Front shelled Tacna. The army's commander, General Tomas Vidal, denied it.",
			nil, []string{"HOLDS_OFFICE(Tomas Vidal -> Kestrel Liberation Front)"}},
		{"The Kestrel Liberation Front shelled Tacna. The station's director, Luis Tapia, denied it.",
			nil, []string{"HOLDS_OFFICE(Luis Tapia -> Kestrel Liberation Front)"}},
	})
}

// TestCoordinatedTitles checks two titles joined by "and" before one name
// ("Peruvian Vice President and Foreign Minister X"): both are the
// person's, held for the state before the first; written unlike ("the
// president and Foreign Minister X") they are two people.
func TestCoordinatedTitles(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peruvian Vice President and Foreign Minister Jane Roe signed a communique in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)"}, nil},
		{"The talks were led by Chile's Deputy Prime Minister and Minister of Foreign Affairs Ana Ruiz.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Chile)"}, nil},
		{"On Monday the Bolivian Defence Minister and Interior Minister Jon Berg flew to Quito for talks.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Bolivia)"}, nil},
		{"Talks with Chile stalled before Argentine Economy Minister and Vice President Max Lund intervened.",
			[]string{"HOLDS_OFFICE(Max Lund -> Argentina)"}, []string{"HOLDS_OFFICE(Max Lund -> Chile)"}},
		{"Ecuador's Vice President and Trade Minister Luis Vega criticized the tariffs.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Ecuador)"}, nil},
	})
}

// TestCoordinatedStates checks a plural title after states coordinated
// before it ("the Chilean and Peruvian foreign ministers, A and B"): each
// holder, named after or before, holds it for the state in the same
// place; unequal lists bind nobody.
func TestCoordinatedStates(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean and Peruvian foreign ministers, Jane Roe and Max Lund, met in Quito on Monday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(Max Lund -> Peru)"},
			[]string{"HOLDS_OFFICE(Jane Roe -> Peru)", "HOLDS_OFFICE(Max Lund -> Chile)"}},
		{"Chile's and Peru's defence ministers, Ana Ruiz and Jon Berg, signed the accord.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)"},
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Peru)"}},
		{"Luis Vega and Tomas Ruiz, the Bolivian and Ecuadorian trade ministers, criticized the tariffs.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Bolivia)", "HOLDS_OFFICE(Tomas Ruiz -> Ecuador)"},
			[]string{"HOLDS_OFFICE(Luis Vega -> Ecuador)"}},
		{"The Bolivian, Chilean and Peruvian envoys Jane Roe, Max Lund and Ana Ruiz left Geneva on Friday.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Bolivia)", "HOLDS_OFFICE(Max Lund -> Chile)", "HOLDS_OFFICE(Ana Ruiz -> Peru)"}, nil},
		{"Talks between the Argentine and Uruguayan presidents, Jon Berg and Luis Vega, broke down.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Argentina)", "HOLDS_OFFICE(Luis Vega -> Uruguay)"}, nil},
		{"The Chilean and Peruvian foreign ministers, Jane Roe, Max Lund and Ana Ruiz, met in Quito.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(Max Lund -> Peru)"}},
	})
}

// TestOrgHeadHonorific checks a name apposed after a title "of" a state
// or body with an honorific before it ("the head of X, Mr Y"): the
// honorific is skipped as after any apposed title; a name the title's
// holder meets is no holder.
func TestOrgHeadHonorific(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The chairman of the Andean Council, Dr. Ana Ruiz, flew to Lima.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Andean Council)"}, nil},
		{"The secretary-general of NATO, Mr Tovan Okafor, warned Russia.",
			[]string{"HOLDS_OFFICE(Tovan Okafor -> NATO)"}, nil},
		{"The President of Chile, Mrs Jane Roe, opened the session.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The head of the Kestrel Front, Mr Jon Berg, said it would fight.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"The head of the Kestrel Front met Mr Jon Berg on Monday.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}},
	})
}

// TestWhoseTitleApposed checks "X, whose TITLE, NAME,": the name apposed
// to the title after "whose" holds it in X, past honorifics and the
// name's own state title; no name, or a clause after the title, gives
// nothing.
func TestWhoseTitleApposed(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Vornian Alliance, whose secretary-general, Dr Ana Ruiz, met the envoys, rejected the plan.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Vornian Alliance)"}, nil},
		{"The Kestrel Front, whose leader, Jane Roe, was arrested in May, denied the charge.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}, nil},
		{"The Andean Council, whose chairman, Chilean President Jane Roe, called for calm, met in Quito.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Andean Council)", "HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The Andean Council, whose chairman, Chile, holds the seat this year, met on Monday.",
			nil, []string{"HOLDS_OFFICE(Chile -> Andean Council)"}},
		{"The Kestrel Front, whose leader said on Monday that Jane Roe had fled, denied the charge.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}},
	})
}

// TestWhosePortfolioTitle checks a title narrowed to its portfolio in
// lower-case words after "whose" ("Peru, whose foreign ministry spokesman
// X said"): the holder's office is the state's or body's before "whose";
// a capitalised title after a lower-case noun opens the relative's
// subject ("the bloc whose summit President X attended") and binds none.
func TestWhosePortfolioTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru, whose foreign ministry spokesman Jon Berg called the raid a crime, recalled its envoy.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Peru)"}, nil},
		{"Chile, whose defence ministry spokeswoman, Ana Soto, denied the report, closed the pass.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)"}, nil},
		{"The Kestrel Front, whose military commander Tomas Ruiz was wounded, vowed to fight on.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Kestrel Front)"}, nil},
		{"Bolivia, whose new finance minister Luis Vega took office in May, cut rates.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Bolivia)"}, nil},
		{"Chile joined the Andean Council, whose summit President Jane Roe attended in Quito.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Andean Council)"}},
		{"The reporter whose brother Jon Berg was arrested left Peru.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Peru)"}},
	})
}

// TestMembersLedBy checks a group's members "led by" a person (words.yaml
// member_sorts: "Kestrel fighters led by X", "the Front's rebels, led by
// X"): the person leads the group the members are named after; members
// named after no group, or a group the sentence names elsewhere, give
// nothing.
func TestMembersLedBy(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Hamas militants led by Jane Roe stormed the post.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Hamas)"}, nil},
		{"Kestrel Front rebels were led by Ana Ruiz, police said.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Front)"}, nil},
		{"The Kestrel Front's rebels, led by Commander Jon Berg, seized Vorna on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"Local fighters led by Jane Roe held the hill near the Kestrel Front's base.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}},
		{"The Kestrel Front attacked rebels led by Jon Berg near Vorna.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}},
	})
}

// TestHyphenModifiedOrg checks a title "of" a named group after a
// hyphened lower-case modifier ("leader of the pro-Vega Kestrel Front",
// also after a second modifier and before a descriptor): held in the
// group, as after "the opposition"; a noun that is no title gives none.
func TestHyphenModifiedOrg(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, leader of the pro-Vega Kestrel Front, said it would fight.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}, nil},
		{"Jane Roe, leader of the ruling pro-Vega Kestrel Front, said it would fight.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}, nil},
		{"The leader of the anti-Vega Kestrel Front, Ana Ruiz, was detained.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Front)"}, nil},
		{"Jon Berg, the commander of the anti-Vorn Tarko militia, was killed on Sunday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Tarko)"}, nil},
		{"Jane Roe, an opponent of the pro-Vega Kestrel Front, said it would fight.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Front)"}},
	})
}

// TestBodySpokesman checks a staff title closing a reported clause that
// a named organization says ("The Vorna Council says ..., spokesperson X
// told reporters"): the spokesperson serves that body; a clause of any
// other verb names no principal.
func TestBodySpokesman(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Vorna Council says the border will stay shut, spokesperson Ana Ruiz told reporters.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Vorna Council)"}, nil},
		{"NATO said its jets had been scrambled twice, said spokeswoman Ana Ruiz.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> NATO)"}, nil},
		{"The Kestrel Front announced a ceasefire on Friday, spokesman Jon Berg said.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}, nil},
		{"The Kestrel Front seized the town, spokesman Jon Berg said.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}},
		{"Peru said the Kestrel Front had seized the town, spokesman Jon Berg said.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Front)"}},
	})
}

// TestDescriptionAndTitle checks a name apposed to a description joined by
// "and" to a title of a named body ("Jane Roe, a retired surgeon and
// chairman of the Vorna Council,"): the name holds the title; a comma
// before "and", or no apposition, gives nothing.
func TestDescriptionAndTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, a retired surgeon and chairman of the Vorna Council, said it would meet.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Vorna Council)"}, nil},
		{"Jon Berg, an engineer and vice chairman of the Kestrel Party, resigned on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)"}, nil},
		{"The march was led by Ana Ruiz, a veteran trade unionist and deputy leader of the Kestrel Party, who spoke first.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Kestrel Party)"}, nil},
		{"Jane Roe, a lawyer, and the chairman of the Kestrel Party met on Monday.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}},
		{"Jane Roe met a lawyer and the chairman of the Kestrel Party on Monday.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}},
	})
}

// TestOrganizationPosts checks posts of parties and other bodies that
// titles.yaml lists with the organization titles (a party's flagbearer,
// a treasurer, a chief constable): held "of" a named body, as the body's
// possessive, or, for a party's post, in the one party in view; a
// flagbearer with no party in view holds nothing.
func TestOrganizationPosts(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe, flagbearer of the Kestrel Party, said it would win the vote.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Jane Roe, the Kestrel Party's flag-bearer, criticized Peru.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Jon Berg, treasurer of the Vorna Council, resigned on Monday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Vorna Council)"}, nil},
		{"The chief constable of the Vorna Police, Ana Ruiz, wrote to the embassy.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Vorna Police)"}, nil},
		{"The flagbearer, Jane Roe, toured Lima on Monday.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
	})
}

// TestAcronymBeforeTitle checks that an acronym no lexicon knows before a
// capitalised title and a name is the body the holder's office is in, as
// before a lower-case title, and that an acronym alone before a name, or
// one the lexicon knows, makes no such body.
func TestAcronymBeforeTitle(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Talks resumed. KNF Chairman Tom Vale rejected the offer.", []string{"HOLDS_OFFICE(Tom Vale -> KNF)"}, nil},
		{"Talks resumed. On Monday, VDP Leader Ana Ruiz said the vote was rigged.", []string{"HOLDS_OFFICE(Ana Ruiz -> VDP)"}, nil},
		{"Rebels and KRA Commander Jon Berg signed the truce.", []string{"HOLDS_OFFICE(Jon Berg -> KRA)"}, nil},
		{"Talks resumed. NATO Secretary General Tom Vale spoke.", []string{"HOLDS_OFFICE(Tom Vale -> NATO)"}, nil},
		{"Talks resumed. The KNF Tom Vale spoke.", nil, []string{"HOLDS_OFFICE(Tom Vale -> KNF)"}},
		{"The minister sailed aboard the frigate KRN Imam Bonjol off the islands.", nil, []string{"HOLDS_OFFICE(Bonjol -> KRN)", "HOLDS_OFFICE(Imam Bonjol -> KRN)"}},
		{"Talks resumed. US President Tom Vale spoke.", []string{"HOLDS_OFFICE(Tom Vale -> United States)"}, []string{"HOLDS_OFFICE(Tom Vale -> US)"}},
	})
}

// TestDemonymBeforeLegislator checks that a state's demonym or short name
// before a legislator's title is the title's state, as before any other
// state's title ("U.S. Senator X", "US Rep. X", "French Senator X"), and
// that a bare title in a story about another state takes none of it.
func TestDemonymBeforeLegislator(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The charge was echoed by U.S. Senator Jon Berg, who observed the vote in Chile.",
			[]string{"HOLDS_OFFICE(Jon Berg -> United States)"}, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"US Senator Jane Roe said the count in Peru was flawed.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United States)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"US Rep. Tomas Ruiz criticized the ruling.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> United States)"}, nil},
		{"Chilean Senator Jane Roe met U.S. officials in Santiago.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> United States)"}},
		{"The senators from Peru met U.S. diplomats on Monday.",
			nil, []string{"HOLDS_OFFICE(Peru -> United States)"}},
	})
}

// TestPortfolioHolder checks a capitalised title with its portfolio in
// capitals and the name straight after it, with no comma: the name holds
// the title, not a name apposed before the title; a lower-case
// complement or a state after the title is not such a portfolio.
func TestPortfolioHolder(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The talks were attended by Chilean President Jane Roe, EU High Representative for Foreign Affairs and Security Policy Jon Berg and NATO Secretary General Tomas Ruiz.",
			[]string{"HOLDS_OFFICE(Jon Berg -> European Union)", "HOLDS_OFFICE(Jane Roe -> Chile)", "HOLDS_OFFICE(Tomas Ruiz -> NATO)"},
			[]string{"HOLDS_OFFICE(Jane Roe -> European Union)"}},
		{"Peru's Minister for Trade and Industry Jon Berg arrived in Lima with Jane Roe.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Peru)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{"Jane Roe, the African Union Commissioner for Peace and Security Jon Berg's deputy, spoke first.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> African Union)"}},
		{"Jane Roe, Chile's Minister of Mines, met Peru's envoy.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"Jane Roe, the EU commissioner for trade, met Jon Berg in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> European Union)"}, []string{"HOLDS_OFFICE(Jon Berg -> European Union)"}},
	})
}

// TestBodyOfficerSort checks that a parliament's and a court's officers
// written by title alone ("Speaker X", "Judges X and Y") are held in the
// one legislature or court in view (titles.yaml sort), as legislators
// are; with none in view, or two, none is guessed.
func TestBodyOfficerSort(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Assembly approved the budget on Monday, Speaker Jane Roe announced after the session.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Assembly)"}, nil},
		{"The Kestrel Assembly met on Monday. Speaker Jon Berg adjourned the debate until Friday.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Assembly)"}, nil},
		{"The International Court of Justice heard Chile's case on Monday. Judge Tomas Ruiz dissented.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> International Court of Justice)"}, nil},
		{"Speaker Jane Roe opened the conference in Lima.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Assembly)"}},
		{"The Kestrel Assembly and the Andean Parliament met on Monday. Speaker Jon Berg adjourned the debate.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Assembly)", "HOLDS_OFFICE(Jon Berg -> Andean Parliament)"}},
	})
}

// TestRegionalComplement checks that a state's title whose own "of"
// complement names a region or another's body ("president of the Northern
// Province", "president of the island's government", "premier of the
// province") is not guessed to be held for the article's principal
// country, while the same title with none, or of a state, still is.
func TestRegionalComplement(t *testing.T) {
	lead := "Chile sends police to the islands\n\nSANTIAGO - Chile sent police to the Kestrel Islands on Monday after riots. "
	checkPatterns(t, []patternCase{
		{lead + "Jane Roe, president of the Northern Province, blamed the rioters.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{lead + "Jon Berg, president of the islands' government, said trust was broken.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{lead + "Tomas Ruiz, the premier of the province, called for calm.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)"}},
		{lead + "Jane Roe, president of Chile, called for calm.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{lead + "Interior Minister Jon Berg said order would be restored.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
	})
}

// TestLedRelative checks an organization bound to the person an object
// relative says leads it ("the Kestrel Party, which Jane Roe leads,"),
// and that a lead verb with an object of its own, or a relative whose
// head is no organization, binds none.
func TestLedRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Kestrel Party, which Jane Roe leads, boycotted the vote in Lima.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"Peru banned the Andean Liberation Front, which Jon Berg founded and still heads.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Peru)"}},
		{"Observers from the Kestrel Party that Nicolas Maduro chairs left Chile on Monday.",
			[]string{"HOLDS_OFFICE(Nicolas Maduro -> Kestrel Party)"}, nil},
		{"The Kestrel Party, which Jane Roe led into the election, lost seats.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}, nil},
		{"The Kestrel Party, which Jane Roe leads the campaign against, won.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Kestrel Party)"}},
		{"The delegation that Jon Berg heads arrived in Lima from Chile.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		// a pronoun for a person named before, and a bracketed acronym
		{"Troops loyal to Jon Berg and the Kestrel Party (KP), which he leads, shelled Lima.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)"}, nil},
		{"Ana Soto said the Andean Front, which she has chaired since May, would talk to Chile.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Andean Front)"}, nil},
		{"Tomas Ruiz praised the Kestrel Party, which he joined in 2019.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Kestrel Party)"}},
		{"Ana Soto said the Andean Front, which she leads the campaign against, had lost.",
			nil, []string{"HOLDS_OFFICE(Ana Soto -> Andean Front)"}},
	})
}

// TestTitleComplementApposed checks a title whose complement stands
// between it and the name apposed after a comma: a state's office with
// its portfolio in capitals, held for the article's state ("the Minister
// for Regional Affairs, Mr X"), and a title "of" a state with its posting
// "to" a body ("the Permanent Representative of Chile to the United
// Nations, Ambassador X"); a title that is no state's office and has no
// state or body named binds no state.
func TestTitleComplementApposed(t *testing.T) {
	lead := "Chile offers to mediate\n\nSANTIAGO - Chile offered on Monday to mediate between Peru and Bolivia. "
	checkPatterns(t, []patternCase{
		{lead + "Speaking to reporters, the Minister for Regional Affairs, Mr Jon Berg, said talks could start soon.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Chile)"}, nil},
		{lead + "The plan was drafted by the State Minister for Andean Integration, Ana Soto, last year.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)"}, nil},
		{lead + "The envoy for regional affairs, Tomas Ruiz, said talks could start soon.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)"}},
		{"The Permanent Representative of Chile to the United Nations, Ambassador Jane Roe, tabled a draft resolution.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, nil},
		{"The ambassador of Peru to the African Union, Luis Vega, left Addis Ababa on Friday.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Peru)"}, nil},
		{"The envoy of Chile to Bolivia, Ana Soto, met President Jon Berg in La Paz.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)"}, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"Peru's permanent representative to the UN, Tomas Ruiz, called for a vote.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Peru)"}, nil},
	})
}

// TestTitleForms checks title forms of whole classes of office
// (titles.yaml): a permanent representative is his state's ambassador
// (no legislator), an executive secretary heads a body's secretariat,
// a state councilor holds a state's office.
func TestTitleForms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Andean Council Executive Secretary Jane Roe said in Quito that the force would stay.",
			[]string{"HOLDS_OFFICE(Jane Roe -> Andean Council)"}, nil},
		{"Jon Berg, executive secretary of the Andean Council, said the force would stay.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Andean Council)"}, nil},
		{"Peru's foreign minister spoke by phone with Chilean State Councilor Ana Soto on Sunday.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Chile)"}, nil},
	})
}

// TestDescribedTitleHolder checks a person apposed to a description
// joined by "and" to a title that carries its body before it, and an
// apposition opened by "himself"/"herself": the name holds the title; a
// role that is no title, or a title with a name of its own after it,
// binds the first name to nothing.
func TestDescribedTitleHolder(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jon Berg, a lawyer and Kestrel Party leader, said the vote was lost.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)"}, nil},
		{"Prime Minister Ana Soto, herself a northerner and Andean Front leader, left Lima for Cusco.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Andean Front)"}, nil},
		{"Tomas Ruiz, himself a Kestrel Party leader, denied the charge on Monday.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Kestrel Party)"}, nil},
		{"Luis Vega, a farmer and the Andean Front chairman, spoke in Quito.",
			[]string{"HOLDS_OFFICE(Luis Vega -> Andean Front)"}, nil},
		{"Jon Berg, a lawyer and Kestrel Party member, said the vote was lost.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)"}},
		{"Jon Berg, a friend and Kestrel Party leader Ana Soto met in Lima.",
			[]string{"HOLDS_OFFICE(Ana Soto -> Kestrel Party)"}, []string{"HOLDS_OFFICE(Jon Berg -> Kestrel Party)"}},
	})
}

// TestSpokenStateFrames checks that "quoted X as saying that" reports
// as "said" does, and that a state after "of" is a noun's complement, not
// another party to the clause; a state attacked, or a clause that is no
// saying, still give nothing.
func TestSpokenStateFrames(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The state agency quoted Defence Minister Jon Berg as saying on Friday that Bolivia would keep its border closed.",
			[]string{"HOLDS_OFFICE(Jon Berg -> Bolivia)"}, nil},
		{"Radio Kestrel quoted Trade Minister Ana Ruiz as saying Estonia would appeal the ruling.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> Estonia)"}, nil},
		{"The agency quoted Defence Minister Jon Berg as saying that Chile had attacked Peru.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)", "HOLDS_OFFICE(Jon Berg -> Peru)"}},
		{"The agency quoted Defence Minister Jon Berg as the source of the claim that Chile would not send troops.",
			nil, []string{"HOLDS_OFFICE(Jon Berg -> Chile)"}},
		{"Foreign Minister Tomas Ruiz said Chile recognized Ana Soto as the legitimate president of Peru.",
			[]string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)"}, []string{"HOLDS_OFFICE(Tomas Ruiz -> Peru)"}},
		{"Foreign Minister Tomas Ruiz said Chile had accused Peru of lying about the president of Bolivia.",
			nil, []string{"HOLDS_OFFICE(Tomas Ruiz -> Chile)", "HOLDS_OFFICE(Tomas Ruiz -> Peru)"}},
	})
}

// TestPartyStateTag checks that a legislator's title followed by the
// party-and-state tag of the U.S. Congress ("R-Texas", "D-N.Y.") is held
// in the United States whatever state the sentence speaks of; no tag, or
// an apposition instead, gives no state.
func TestPartyStateTag(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Sen. Jane Roe, R-N.C., said the United States must act.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United States)"}, nil},
		{"The bill sponsored by Sen. Jane Roe, R-N.C., and Rep. Jon Berg, D-Ind., would let the United States act.",
			[]string{"HOLDS_OFFICE(Jane Roe -> United States)", "HOLDS_OFFICE(Jon Berg -> United States)"}, nil},
		{"Chile's navy sailed north. Senator Ana Ruiz, D-Va., told the United States it should watch Chile.",
			[]string{"HOLDS_OFFICE(Ana Ruiz -> United States)"}, []string{"HOLDS_OFFICE(Ana Ruiz -> Chile)"}},
		{"Sen. Jane Roe, a veteran, said the United States must act.",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> United States)"}},
		{"The United States and Chile talked. Foreign Minister Ana Ruiz, Dr-Ing., said the deal was near.",
			nil, []string{"HOLDS_OFFICE(Ana Ruiz -> United States)"}},
	})
}

// TestOutletOwnOfficial checks that a national outlet's own state is
// guessed for a state's title written with no state in a sentence the
// holder opens, even with another state in view in the sentences
// before; not for a holder inside a sentence about another state, nor
// for a monarch named by his style.
func TestOutletOwnOfficial(t *testing.T) {
	head := "Border deal\n\nAna Ruiz\nThe Chile Times\n\n"
	prev := "Peru closed two crossings with Chile on Monday and Bolivia protested. "
	checkPatterns(t, []patternCase{
		{head + prev + "Interior Minister Jane Roe said soldiers would patrol the frontier.\n",
			[]string{"HOLDS_OFFICE(Jane Roe -> Chile)"}, []string{"HOLDS_OFFICE(Jane Roe -> Peru)"}},
		{head + prev + "Bolivia's envoy met Interior Minister Jane Roe on Tuesday.\n",
			nil, []string{"HOLDS_OFFICE(Jane Roe -> Chile)"}},
		{head + prev + "King Tomas said soldiers would patrol the frontier.\n",
			nil, []string{"HOLDS_OFFICE(Tomas -> Chile)", "HOLDS_OFFICE(King Tomas -> Chile)"}},
	})
}
