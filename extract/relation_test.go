package extract

import (
	"testing"
)

// relProps returns the properties of the first relation rendered as want
// by triples, or nil.
func relProps(g *Graph, want string) map[string]string {
	for i, tr := range triples(g) {
		if tr == want {
			return g.Relations[i].Properties
		}
	}
	return nil
}

// TestCameoCues checks that cues generated from PETRARCH2's CAMEO
// dictionary fire and keep their event code, and that hand-written cues
// take precedence over generated ones with the same phrase.
func TestCameoCues(t *testing.T) {
	tests := []struct {
		text, want, cameo string
	}{
		// only in CAMEO (111 criticize or denounce)
		{"Lithuania lambasted Belarus on Monday.", "CRITICIZES(Lithuania -> Belarus)", "111"},
		// hand-written and in CAMEO with the same type: CAMEO lends its code
		{"Estonia condemned Belarus on Monday.", "CRITICIZES(Estonia -> Belarus)", "111"},
		{"Finland accused Russia of jamming its airspace.", "CRITICIZES(Finland -> Russia)", "112"},
		// hand-written only: no code
		{"Norway imposed sanctions on Belarus.", "SANCTIONS(Norway -> Belarus)", ""},
		// only in CAMEO (174 expel)
		{"Georgia banished Belarus from the forum.", "SANCTIONS(Georgia -> Belarus)", "174"},
		// a CAMEO phrase opening with an inflected form ("killed civilian",
		// "attacked with") leaves that form to its verb's other cues
		{"Russia killed Ukrainian soldiers near Bakhmut.", "ATTACKS(Russia -> Ukraine)", "190"},
		{"Serbia attacked Kosovo.", "ATTACKS(Serbia -> Kosovo)", "190"},
		// CAMEO's "attack on" does not reach over the object to a later "on"
		{"Serbia attacked Kosovo on Tuesday.", "ATTACKS(Serbia -> Kosovo)", "190"},
	}
	for _, tt := range tests {
		g := extractText(t, tt.text)
		props := relProps(g, tt.want)
		if props == nil {
			t.Errorf("%q: want %s, got %v", tt.text, tt.want, triples(g))
			continue
		}
		if props["cameo"] != tt.cameo {
			t.Errorf("%q: %s has cameo %q, want %q", tt.text, tt.want, props["cameo"], tt.cameo)
		}
	}
}

// TestLexiconRelations checks what the lexicon knows of named things that
// an article names together: sub-bodies and their parents, bodies and
// places and their countries.
func TestLexiconRelations(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The U.N. Security Council met on Tuesday.", []string{"PART_OF(United Nations Security Council -> United Nations)"}, nil},
		{"Houthi fighters in Yemen fired drones at the port.", []string{"LOCATED_IN(Houthis -> Yemen)"}, nil},
		{"Analysts in Sweden doubt that Russia will deploy the Iskander.", nil, []string{"LOCATED_IN(Iskander -> Russia)"}},
		{"Egypt rejected the plan. The speech was given in Cairo, the capital.", []string{"LOCATED_IN(Cairo -> Egypt)"}, nil},
		{"Egypt rejected the plan. The speech was given in Cairo on Monday.", nil, []string{"LOCATED_IN(Cairo -> Egypt)"}},
		// a capital named beside its country is not said to lie in it;
		// called the country's capital, it is
		{"Egypt's envoy gave a speech in Cairo on Monday.", nil, []string{"LOCATED_IN(Cairo -> Egypt)"}},
		{"Officials from Kenya met in Nairobi to discuss the drought.", nil, []string{"LOCATED_IN(Nairobi -> Kenya)"}},
		{"In Nairobi, the country's bustling capital, Kenyan police dispersed the protest.", []string{"LOCATED_IN(Nairobi -> Kenya)"}, nil},
		{"Houthi fighters in Sanaa, Yemen's capital, fired drones at the port.", []string{"LOCATED_IN(Sanaa -> Yemen)"}, nil},
	})
}

// patternCase is a sentence written for a test with the relations it
// states and some it must not.
type patternCase struct {
	text      string
	want, not []string
}

func checkPatterns(t *testing.T, tests []patternCase) {
	t.Helper()
	for _, tt := range tests {
		got := triples(extractText(t, tt.text))
		for _, w := range tt.want {
			if !has(got, w) {
				t.Errorf("%q: want %s, got %v", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			if has(got, n) {
				t.Errorf("%q: do not want %s, got %v", tt.text, n, got)
			}
		}
	}
}

// TestHedges checks that negation, modality, wishes and conditions state
// nothing, except threats and planned deployments.
func TestHedges(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Estonia could impose sanctions on Belarus next year.", nil, []string{"SANCTIONS(Estonia -> Belarus)"}},
		// readiness is no act: "ready", "willing", "eager", "keen" before "to"
		{"Officials said Chile was ready to receive President Tavo Rei if he asked.", nil, []string{"MET_WITH(Chile -> Tavo Rei)"}},
		{"Chile is willing to meet Peru in Lima.", nil, []string{"MET_WITH(Chile -> Peru)"}},
		{"Chile is keen to cooperate with Peru.", nil, []string{"COOPERATES_WITH(Chile -> Peru)"}},
		{"Chile received President Tavo Rei in Santiago.", []string{"MET_WITH(Chile -> Tavo Rei)"}, nil},
		{"Latvia urged Lithuania to criticize Belarus.", nil, []string{"CRITICIZES(Lithuania -> Belarus)", "CRITICIZES(Latvia -> Belarus)"}},
		{"If Finland joins the bloc, Russia will attack Estonia.", nil, []string{"ATTACKS(Russia -> Estonia)"}},
		{"Norway did not condemn Belarus.", nil, []string{"CRITICIZES(Norway -> Belarus)"}},
		{"Norway condemned Belarus.", []string{"CRITICIZES(Norway -> Belarus)"}, nil},
		{"Russia could threaten Finland.", []string{"THREATENS(Russia -> Finland)"}, nil},
		{"Sweden plans to deploy Patriot missiles in Gotland.", []string{"DEPLOYS(Sweden -> Patriot)"}, nil},
		// a noun a light verb governs is hedged as the verb is
		{"Erdogan praised the deal and invited Putin to pay a return visit to Ankara.",
			[]string{"INVITES(Recep Tayyip Erdogan -> Vladimir Putin)"}, []string{"VISITS(Vladimir Putin -> Ankara)"}},
		{"Erdogan hopes to make a short trip to Moscow in May.", nil, []string{"VISITS(Recep Tayyip Erdogan -> Moscow)"}},
	})
}

// TestPlannedEvents checks that a meeting or visit only scheduled or
// planned states nothing ("is scheduled to meet", "a planned meeting
// with", "an upcoming visit to"), nor the visit a meeting abroad implies,
// while a planned deployment still counts.
func TestPlannedEvents(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Erdogan is scheduled to meet Putin in Sochi next week.", nil,
			[]string{"MET_WITH(Recep Tayyip Erdogan -> Vladimir Putin)", "VISITS(Recep Tayyip Erdogan -> Sochi)"}},
		{"Macron said he could call off a planned meeting with Erdogan at the summit in Lima.", nil,
			[]string{"MET_WITH(Emmanuel Macron -> Recep Tayyip Erdogan)", "VISITS(Emmanuel Macron -> Lima)", "VISITS(Recep Tayyip Erdogan -> Lima)"}},
		{"Modi announced an upcoming visit to Tokyo.", nil, []string{"VISITS(Narendra Modi -> Tokyo)"}},
		{"Armenia and Azerbaijan prepared for the forthcoming talks in Geneva.", nil, []string{"MET_WITH(Armenia -> Azerbaijan)"}},
		{"Erdogan met Putin in Sochi on Friday.",
			[]string{"MET_WITH(Recep Tayyip Erdogan -> Vladimir Putin)", "VISITS(Recep Tayyip Erdogan -> Sochi)"}, nil},
		{"Sweden announced the planned deployment of Patriot missiles in Gotland.", []string{"DEPLOYS(Sweden -> Patriot)"}, nil},
	})
}

// TestParseArguments checks arguments read from the dependency parse: the
// infinitive that completes a noun belongs to the noun's owner, never to
// the clause's subject.
func TestParseArguments(t *testing.T) {
	checkPatterns(t, []patternCase{
		// "to deploy", not "to station": the tagger takes "to" before a
		// word it saw only as a noun for a preposition (see syntax's README)
		{"Belgrade restated its opposition to the proposal to deploy 12 Tomahawk missiles in Romania.",
			nil, []string{"DEPLOYS(Serbia -> Tomahawk)"}},
		{"Ankara wants to station 12 Tomahawk missiles in Romania.",
			[]string{"DEPLOYS(Turkey -> Tomahawk)"}, nil},
	})
}

// TestQuotes checks QUOTES from an outlet that carries a person's words,
// and none from an outlet that only reports facts.
func TestQuotes(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Finnish President Sauli Niinisto told Reuters that the border would stay closed.",
			[]string{"QUOTES(Reuters -> Sauli Niinisto)"}, nil},
		{"Speaking on Al Jazeera, Qatari Prime Minister Mohammed Al Thani said talks would resume.",
			[]string{"QUOTES(Al Jazeera -> Mohammed Al Thani)"}, nil},
		{"Reuters reported that the border was closed on Monday, while Sauli Niinisto stayed in Helsinki.",
			nil, []string{"QUOTES(Reuters -> Sauli Niinisto)"}},
		{"Finnish President Sauli Niinisto said on Friday that the border would stay shut, according to Interfax.",
			[]string{"QUOTES(Interfax -> Sauli Niinisto)"}, nil},
		{"\"We are ready,\" said Dmitry Peskov, according to TASS.",
			[]string{"QUOTES(TASS -> Dmitry Peskov)"}, nil},
		{"Sergei Shoigu was quoted by Interfax as saying that the troops had left.",
			[]string{"QUOTES(Interfax -> Sergei Shoigu)"}, nil},
		{"Irakli Kobakhidze told the pro-government broadcaster Imedi TV that the law would pass.",
			[]string{"QUOTES(Imedi TV -> Irakli Kobakhidze)"}, nil},
		{"Vladimir Putin met Xi Jinping in Moscow on Monday, according to Xinhua.",
			nil, []string{"QUOTES(Xinhua -> Vladimir Putin)", "QUOTES(Xinhua -> Xi Jinping)"}},
		{"Sauli Niinisto did not say when the border would reopen, according to Interfax.",
			nil, []string{"QUOTES(Interfax -> Sauli Niinisto)"}},
		// a paper's short name ends in its press head
		{"The Helsinki Herald reported the closure. Finnish President Sauli Niinisto told The Herald that the border would stay shut.",
			[]string{"QUOTES(Helsinki Herald -> Sauli Niinisto)"}, []string{"COMMUNICATES_WITH(Helsinki Herald -> Sauli Niinisto)"}},
		{"Finnish President Sauli Niinisto told the Senate that the border would stay shut.",
			nil, []string{"QUOTES(Senate -> Sauli Niinisto)"}},
	})
}

// TestNounCues checks relations stated by nouns.
func TestNounCues(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The new sanctions on Belarus took effect on Monday.", nil, nil},
		{"Canada announced sanctions against Belarus.", []string{"SANCTIONS(Canada -> Belarus)"}, nil},
		{"Talks between Armenia and Azerbaijan resumed in Geneva.", []string{"MET_WITH(Armenia -> Azerbaijan)"}, nil},
		{"Hungary's support for Serbia angered its neighbours.", []string{"SUPPORTS(Hungary -> Serbia)"}, nil},
		{"The criticism of Hungary by Poland was unusually sharp.", []string{"CRITICIZES(Poland -> Hungary)"}, nil},
		{"The raid followed the United States' killing of Ismail Haniyeh in Tehran.", []string{"ATTACKS(United States -> Ismail Haniyeh)"}, nil},
		{"Protests followed Israel's assassination of Ismail Haniyeh.", []string{"ATTACKS(Israel -> Ismail Haniyeh)"}, nil},
		{"The Lebanon-based Hezbollah fired rockets at the border.", []string{"LOCATED_IN(Hezbollah -> Lebanon)"}, nil},
	})
}

// TestPluralCues checks cues whose coordinated subject relates its
// members to each other, and exercises held with partners.
func TestPluralCues(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"On Monday, Joe Biden and French President Emmanuel Macron spoke on the phone.",
			[]string{"COMMUNICATES_WITH(Emmanuel Macron -> Joe Biden)"}, nil},
		{"A phone call between Biden and Macron took place on Monday.",
			[]string{"COMMUNICATES_WITH(Emmanuel Macron -> Joe Biden)"}, nil},
		{"Biden and Macron spoke to reporters on Monday.", nil, []string{"COMMUNICATES_WITH(Emmanuel Macron -> Joe Biden)"}},
		{"Iran held naval exercises with Russia and China.",
			[]string{"COOPERATES_WITH(Iran -> Russia)", "COOPERATES_WITH(China -> Iran)"}, nil},
	})
}

// TestCoordinatedSubjects checks which mentions before a cue form its
// subject: a list, or names that open a headline, but not a source named
// in an attribution before a comma.
func TestCoordinatedSubjects(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"According to Reuters, Kenya has increased cooperation with the navies of Egypt and Oman.",
			[]string{"COOPERATES_WITH(Egypt -> Kenya)"}, []string{"COOPERATES_WITH(Egypt -> Reuters)"}},
		{"Egypt, Greece, Cyprus and France condemned the agreement.",
			[]string{"OPPOSES(Egypt -> agreement)", "OPPOSES(Greece -> agreement)", "OPPOSES(France -> agreement)"}, nil},
		{"Benin, Nigeria join African Union trade bloc",
			[]string{"MEMBER_OF(Benin -> African Union)", "MEMBER_OF(Nigeria -> African Union)"}, nil},
	})
}

// TestOffices checks titles bound to people across a list.
func TestOffices(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Presidents Gitanas Nauseda of Lithuania and Alar Karis of Estonia signed the declaration.",
			[]string{"HOLDS_OFFICE(Gitanas Nauseda -> Lithuania)", "HOLDS_OFFICE(Alar Karis -> Estonia)"}, nil},
		{"Hamas military spokesperson Abu Obaida threatened Israel.",
			[]string{"HOLDS_OFFICE(Abu Obaida -> Hamas)"}, nil},
		{"EU trade and energy commissioner Maros Sefcovic arrived in Kyiv.",
			[]string{"HOLDS_OFFICE(Maros Sefcovic -> European Union)"}, nil},
		{"Turkey wants aid. Ankara sent Ibrahim Kalin, one of Erdogan's advisers, to Moscow.",
			[]string{"HOLDS_OFFICE(Ibrahim Kalin -> Turkey)"}, nil},
		{"Ukraine wants aid. Volker met Andriy Yermak, one of President Zelensky's aides.",
			[]string{"HOLDS_OFFICE(Andriy Yermak -> Ukraine)"}, nil},
		{"At the summit, AU chairperson President Macky Sall of Senegal said trade would grow.",
			[]string{"HOLDS_OFFICE(Macky Sall -> African Union)", "HOLDS_OFFICE(Macky Sall -> Senegal)"}, nil},
		{"Hamas, whose leader was Ismail Haniyeh, rejected the plan.",
			[]string{"HOLDS_OFFICE(Ismail Haniyeh -> Hamas)"}, nil},
		{"Hamas, whose rockets hit Sderot, was named by Ismail Haniyeh.",
			nil, []string{"HOLDS_OFFICE(Ismail Haniyeh -> Hamas)"}},
		{"Norway said military spokesperson Ola Nordmann would resign.",
			nil, []string{"HOLDS_OFFICE(Ola Nordmann -> Norway)"}},
		{"Prime Minister of Estonia Kaja Kallas arrived in Riga.",
			[]string{"HOLDS_OFFICE(Kaja Kallas -> Estonia)"}, nil},
		{"The President of Finland, Sauli Niinisto, spoke first.",
			[]string{"HOLDS_OFFICE(Sauli Niinisto -> Finland)"}, nil},
	})
}

// TestRelationStage runs the relation stage alone over documents whose
// earlier stages (mentions, coreference, titles) are done, and checks what
// it states and that it leaves the earlier stages' mentions (spans,
// labels, entities) as they were.
func TestRelationStage(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Lithuania condemned Belarus on Monday.", []string{"CRITICIZES country:LTU country:BLR"}},
		{"Estonian Prime Minister Kaja Kallas met Finnish President Sauli Niinisto in Tallinn.",
			[]string{"MET_WITH person:kaja-kallas person:sauli-niinisto"}},
		{"Poland expelled Belarus from the forum and Lithuania imposed sanctions on Minsk.",
			[]string{"SANCTIONS country:POL country:BLR", "SANCTIONS country:LTU country:BLR"}},
		{"The U.N. General Assembly voted on Tuesday.",
			[]string{"PART_OF organization:united-nations-general-assembly organization:united-nations"}},
		{"Finnish President Sauli Niinisto told Reuters the border would stay closed.",
			[]string{"QUOTES organization:reuters person:sauli-niinisto"}},
		// the title stage bound the titles; the relation stage states them
		{"Estonian Prime Minister Kaja Kallas arrived on Monday. The Estonian prime minister criticized Belarus.",
			[]string{"HOLDS_OFFICE person:kaja-kallas country:EST", "CRITICIZES person:kaja-kallas country:BLR"}},
	}
	for _, tt := range tests {
		d := &doc{text: tt.text, words: &x.lex.sets, known: map[string]int{}, seen: map[[3]string]bool{}, offices: map[string]office{}, groupSent: -100}
		d.toks = x.splitCompounds(tokenize(tt.text, x.lex.abbrev))
		d.sents = splitSentences(d.toks)
		for si := range d.sents {
			x.findMentions(d, si)
		}
		x.resolve(d)
		x.titleStage(d, -1)
		type ident struct {
			from, to   int
			label, key string
		}
		var before []ident
		for _, m := range d.mentions {
			before = append(before, ident{m.From, m.To, m.Label, m.Key})
		}
		x.relationStage(d, -1)
		got := map[string]bool{}
		for _, r := range d.rels {
			got[r.Type+" "+r.Source+" "+r.Target] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: want %s, got %v", tt.text, w, got)
			}
		}
		for i, m := range d.mentions {
			if i >= len(before) || (ident{m.From, m.To, m.Label, m.Key}) != before[i] {
				t.Errorf("%q: the relation stage changed mention %d", tt.text, i)
			}
		}
	}
}

// TestAcronymOpensParagraph checks that an organization's acronym opening
// a paragraph stays in its sentence rather than being cut off as a
// dateline place, so the title after it still binds.
func TestAcronymOpensParagraph(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Talks ended.\n\nOPEC Secretary General Haitham al-Ghais spoke on Monday.", "HOLDS_OFFICE(Haitham al-Ghais -> OPEC)"},
		{"Talks ended.\n\nNATO spokesperson Oana Lungescu spoke on Monday.", "HOLDS_OFFICE(Oana Lungescu -> NATO)"},
		// a place in capitals is still a dateline
		{"Talks ended.\n\nMOSCOW Russia condemned Ukraine on Monday.", "CRITICIZES(Russia -> Ukraine)"},
	}
	for _, tt := range tests {
		g := extractText(t, tt.text)
		if relProps(g, tt.want) == nil {
			t.Errorf("%q: want %s, got %v", tt.text, tt.want, triples(g))
		}
	}
}

// TestByAfterObjectNoun checks that "by" after a cue's object noun names
// whose that noun is, not the agent of a passive, while a passive's
// agent after "by" is still the source.
func TestByAfterObjectNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Serbia rejected the criticism by Croatia and Slovenia.", nil,
			[]string{"OPPOSES(Croatia -> Serbia)", "OPPOSES(Slovenia -> Serbia)"}},
		{"Serbia was condemned by Croatia.", []string{"CRITICIZES(Croatia -> Serbia)"}, nil},
	})
}

// TestMembersAndCraft checks that "their" after people from a country
// refers to that country, and that a demonym before a ship or aircraft
// makes its country the target.
func TestMembersAndCraft(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Diplomats from Serbia said their government had condemned Kosovo.", []string{"CRITICIZES(Serbia -> Kosovo)"}, nil},
		{"Greece attacked a Turkish fishing vessel.", []string{"ATTACKS(Greece -> Turkey)"}, nil},
		{"Turkey shot down a Russian plane.", []string{"ATTACKS(Turkey -> Russia)"}, nil},
	})
}

// TestNounCueAfterBy checks that a noun cue inside an agent phrase ("by
// members of") says nothing of the clause's subject.
func TestNounCueAfterBy(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Serbia was criticized by members of NATO.", []string{"CRITICIZES(NATO -> Serbia)"}, []string{"MEMBER_OF(Serbia -> NATO)"}},
		{"Serbia was criticized by the members of NATO.", nil, []string{"MEMBER_OF(Serbia -> NATO)"}},
		{"Albania is a member of NATO.", []string{"MEMBER_OF(Albania -> NATO)"}, nil},
	})
}

// TestConjoinedVerbSubject checks that a verb conjoined to an earlier one
// takes that verb's subject, not the object standing between them.
func TestConjoinedVerbSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Portugal urged Chile to reconsider and spoke with Peru about the dispute.",
			[]string{"COMMUNICATES_WITH(Peru -> Portugal)"}, []string{"COMMUNICATES_WITH(Chile -> Peru)", "COMMUNICATES_WITH(Peru -> Chile)"}},
		{"Estonia met Poland's president Andrzej Duda and spoke with Finland about the visit.",
			[]string{"COMMUNICATES_WITH(Estonia -> Finland)"}, []string{"COMMUNICATES_WITH(Andrzej Duda -> Finland)"}},
		// also after a quote that ends the first verb's object
		{"Ana Soto called Putin's decree \"a provocation\" and urged the EU to respond.",
			[]string{"COMMUNICATES_WITH(European Union -> Ana Soto)"}, []string{"COMMUNICATES_WITH(European Union -> Vladimir Putin)"}},
		{"Chile called the plan \"a threat\" and urged Peru to withdraw.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
		// a clause with its own subject keeps it
		{"Germany criticized Belarus and Russia attacked Ukraine.",
			[]string{"ATTACKS(Russia -> Ukraine)"}, []string{"ATTACKS(Germany -> Ukraine)"}},
	})
}

// TestStativeWithAndGerunds checks "had been allied with": no passive, no
// "be in" over the participle; a gerund after "in" or "by" is done by the
// clause's subject, and its object is no target of the verb before it.
func TestStativeWithAndGerunds(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Canada had been allied with Chile in fighting Hezbollah.",
			[]string{"COOPERATES_WITH(Canada -> Chile)", "ATTACKS(Canada -> Hezbollah)"},
			[]string{"VISITS(Canada -> Chile)", "COOPERATES_WITH(Canada -> Hezbollah)", "ATTACKS(Chile -> Hezbollah)"}},
		{"Norway is aligned with Denmark.", []string{"COOPERATES_WITH(Denmark -> Norway)"}, nil},
		{"Peru responded by shelling Bolivia.", []string{"ATTACKS(Peru -> Bolivia)"}, nil},
		{"Canada worked with Mexican volunteers in fighting Hezbollah.",
			[]string{"ATTACKS(Canada -> Hezbollah)"}, []string{"COOPERATES_WITH(Canada -> Hezbollah)"}},
		// the object of "accused ... of" still acts
		{"Spain accused Morocco of shelling Algeria.", []string{"ATTACKS(Morocco -> Algeria)"}, []string{"ATTACKS(Spain -> Algeria)"}},
		// a real passive stays one
		{"Iran was sanctioned by the European Union.", []string{"SANCTIONS(European Union -> Iran)"}, nil},
	})
}

// TestFightNouns checks "fight against", "armed struggle against" and
// "defeat" as attacks, and that
// an object list stops where a new clause's subject takes its auxiliary.
func TestFightNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway's fight against Hezbollah continued.", []string{"ATTACKS(Norway -> Hezbollah)"}, nil},
		{"Chile was defeated by Peru in 1880.", []string{"ATTACKS(Peru -> Chile)"}, nil},
		{"The report said Canadian troops had defeated Hezbollah and Turkey would send troops.",
			[]string{"ATTACKS(Canada -> Hezbollah)"}, []string{"ATTACKS(Canada -> Turkey)"}},
		{"Peru's fight against corruption goes on.", nil, []string{"ATTACKS(Peru -> corruption)"}},
		// an armed struggle or insurgency against a state attacks it
		{"The Kestrel Liberation Front, which wants a state of its own, resumed its armed struggle against Peru in May.",
			[]string{"ATTACKS(Kestrel Liberation Front -> Peru)"}, nil},
		{"The Kestrel Liberation Front has waged an insurgency against Chile since 1990.", []string{"ATTACKS(Kestrel Liberation Front -> Chile)"}, nil},
		{"Chile condemned the armed struggle against Peru.", nil, []string{"ATTACKS(Chile -> Peru)"}},
		// a list of objects stays whole
		{"Peru attacked Chile and Bolivia on Monday.", []string{"ATTACKS(Peru -> Chile)", "ATTACKS(Peru -> Bolivia)"}, nil},
		// eliminating, neutralizing or crushing an actor attacks it
		{"The base hosts Canadian troops there to eliminate Hezbollah cells.", []string{"ATTACKS(Canada -> Hezbollah)"}, nil},
		{"Norway's army crushed Hezbollah in 2004.", []string{"ATTACKS(Norway's army -> Hezbollah)"}, nil},
		{"Chile vowed to crush Hezbollah.", []string{"THREATENS(Chile -> Hezbollah)"}, []string{"ATTACKS(Chile -> Hezbollah)"}},
		{"The deal would eliminate tariffs on Peru.", nil, []string{"ATTACKS(deal -> Peru)"}},
	})
}

// TestPlaceAgent checks that a ban with no "by" agent is the country's it
// is in, and only a country's.
func TestPlaceAgent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Muslim Brotherhood is banned in Egypt.", []string{"SANCTIONS(Egypt -> Muslim Brotherhood)"}, nil},
		{"Hamas was banned in 2019.", nil, []string{"SANCTIONS(Hamas -> Hamas)"}},
		{"Hamas was banned in Brussels last year.", nil, []string{"SANCTIONS(Brussels -> Hamas)", "SANCTIONS(Belgium -> Hamas)"}},
		// an attack is not a country's for happening there
		{"Hamas was attacked in Egypt.", nil, []string{"ATTACKS(Egypt -> Hamas)"}},
	})
}

// TestActMaker checks that an ownerless act noun ("the call", "the
// decision") as a stance's object stands for the actor who made it.
func TestActMaker(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's president Pedro Castillo called for a ceasefire. The call was quickly supported by Chile and Bolivia.",
			[]string{"SUPPORTS(Chile -> Pedro Castillo)", "SUPPORTS(Bolivia -> Pedro Castillo)"}, nil},
		{"Norway decided to leave the alliance. Sweden criticized the decision.",
			[]string{"CRITICIZES(Sweden -> Norway)"}, nil},
		{"Ecuador seconded Colombia's proposal.", []string{"SUPPORTS(Ecuador -> Colombia)"}, nil},
		// the decision of a named body is that body's, not an earlier actor's
		{"Norway decided to leave the alliance. Sweden criticized the decision of the court.",
			nil, []string{"CRITICIZES(Sweden -> Norway)"}},
		// no maker before: nothing
		{"Sweden criticized the decision.", nil, []string{"CRITICIZES(Sweden -> Sweden)"}},
	})
}

// TestAdverbialCooperation checks that "in cooperation with" tells of the
// doer of the verb it follows, not of that verb's object.
func TestAdverbialCooperation(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Canadian troops fought Hezbollah in cooperation with Chile.",
			[]string{"COOPERATES_WITH(Canada -> Chile)"}, []string{"COOPERATES_WITH(Chile -> Hezbollah)", "COOPERATES_WITH(Hezbollah -> Chile)"}},
		{"NATO, in cooperation with the European Union, attacked Hezbollah.",
			[]string{"COOPERATES_WITH(European Union -> NATO)"}, nil},
	})
}

// TestCriticAndDisagreement checks "critic of", "disagree with",
// "disagreements with" and "informed" as cues.
func TestCriticAndDisagreement(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Sergei Lavrov is an outspoken critic of Mike Pompeo.", []string{"CRITICIZES(Sergei Lavrov -> Mike Pompeo)"}, nil},
		{"Chile often had disagreements with Peru.", []string{"OPPOSES(Chile -> Peru)"}, nil},
		{"Chile disagreed with Peru over the border.", []string{"OPPOSES(Chile -> Peru)"}, nil},
		{"Chile did not disagree with Peru.", nil, []string{"OPPOSES(Chile -> Peru)"}},
		{"Chile informed Peru of the decision.", []string{"COMMUNICATES_WITH(Chile -> Peru)"}, nil},
	})
}

// TestClosingQuote checks that a cue's object is not looked for past the
// quote mark that closes the words it stands in.
func TestClosingQuote(t *testing.T) {
	checkPatterns(t, []patternCase{
		{`"Peru disagreed strongly with many of the ideas," wrote Chile's president Gabriel Boric.`,
			nil, []string{"OPPOSES(Peru -> Gabriel Boric)", "OPPOSES(Peru -> Chile)"}},
		{`"Peru disagreed with Bolivia," said Chile.`, []string{"OPPOSES(Peru -> Bolivia)"}, []string{"OPPOSES(Peru -> Chile)"}},
	})
}

// TestDeclinedRequest checks that declining an ownerless request opposes
// whoever asked, and nothing named after the request.
func TestDeclinedRequest(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru asked Chile to return the pilots. Chile declined the request and said Bolivia had them.",
			[]string{"OPPOSES(Chile -> Peru)"}, []string{"OPPOSES(Chile -> Bolivia)"}},
		{"Chile declined the request of Bolivia.", nil, []string{"OPPOSES(Chile -> Chile)"}},
	})
}

// TestUrgedTo checks that asking an actor to act invites it, that urging
// or calling on it to act is an appeal addressed to it (COMMUNICATES_WITH,
// no invitation), and that urging something on it, or asking it about
// something, states neither.
func TestUrgedTo(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Latvia urged Lithuania to criticize Belarus.", []string{"COMMUNICATES_WITH(Lithuania -> Latvia)"},
			[]string{"CRITICIZES(Lithuania -> Belarus)", "INVITES(Latvia -> Lithuania)"}},
		{"Peru called on Chile to help rebuild the port.", []string{"COMMUNICATES_WITH(Chile -> Peru)"},
			[]string{"INVITES(Peru -> Chile)", "CRITICIZES(Peru -> Chile)"}},
		{"The rebel leader Ana Soto blamed Chile for the shortages and called on Brazil to find another supplier.",
			[]string{"COMMUNICATES_WITH(Brazil -> Ana Soto)"}, []string{"COMMUNICATES_WITH(Brazil -> Chile)", "COMMUNICATES_WITH(Chile -> Brazil)"}},
		{"Chile called on Peru on Monday.", nil, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
		{"Chile urged Peru to join the talks.", []string{"INVITES(Chile -> Peru)"}, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
		{"Estonia asked Finland about the plan.", nil, []string{"INVITES(Estonia -> Finland)"}},
		{"Chile urged restraint on Peru.", nil, []string{"INVITES(Chile -> Peru)"}},
		// a coordinated object is asked as one, its last conjunct before "to"
		{"Latvia asked Lithuania and Estonia to mediate.", []string{"INVITES(Latvia -> Lithuania)", "INVITES(Latvia -> Estonia)"}, nil},
		{"Britain joined France and Italy in strikes on the rebels.",
			[]string{"COOPERATES_WITH(France -> United Kingdom)", "COOPERATES_WITH(United Kingdom -> Italy)"}, nil},
		{"Britain joined France and Italy in Paris.", nil,
			[]string{"COOPERATES_WITH(France -> United Kingdom)", "COOPERATES_WITH(Italy -> United Kingdom)"}},
	})
}

// TestLevySanctions checks sanctions levied or placed "against" someone.
func TestLevySanctions(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Canada had also levied individual sanctions against Hassan Nasrallah.", []string{"SANCTIONS(Canada -> Hassan Nasrallah)"}, nil},
		{"Japan placed sanctions against North Korea in 2016.", []string{"SANCTIONS(Japan -> North Korea)"}, nil},
		{"Canada has never levied sanctions against Peru.", nil, []string{"SANCTIONS(Canada -> Peru)"}},
	})
}

// TestInstrumentAgent checks that a passive attack with no "by" agent is
// the weapon's it was done with.
func TestInstrumentAgent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russian dissident Sergei Skripal was poisoned with Novichok in 2018.", []string{"ATTACKS(Novichok -> Sergei Skripal)"}, nil},
		{"Sergei Skripal was poisoned with Novichok by Russia.", []string{"ATTACKS(Russia -> Sergei Skripal)"}, nil},
		{"Sergei Skripal was not poisoned with Novichok.", nil, []string{"ATTACKS(Novichok -> Sergei Skripal)"}},
	})
}

// TestPactBetween checks that an unnamed pact between parties relates
// them, and that a pact a coordinated subject speaks of does not.
func TestPactBetween(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The deal between Peru and Bolivia was signed.", []string{"COOPERATES_WITH(Bolivia -> Peru)"}, nil},
		{"Iran and the United States disputed the agreement.", nil, []string{"COOPERATES_WITH(Iran -> United States)", "COOPERATES_WITH(United States -> Iran)"}},
	})
}

// TestDescribedConjunct checks that a coordinated name may follow a short
// descriptor ("the South American group Mercosur").
func TestDescribedConjunct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile is part of a pact between the European Union and the regional group Mercosur.",
			[]string{"COOPERATES_WITH(European Union -> Mercosur)"}, nil},
		{"Peru condemned Chile and the militant group Hezbollah.", []string{"CRITICIZES(Peru -> Hezbollah)"}, nil},
		{"Peru condemned Chile and the attack on Hezbollah.", nil, []string{"CRITICIZES(Peru -> Hezbollah)"}},
		// a verb after "and" opens a clause of its own: its object is no member
		{"Peru praised Chile and condemned Bolivia.",
			[]string{"SUPPORTS(Peru -> Chile)", "CRITICIZES(Peru -> Bolivia)"}, []string{"SUPPORTS(Peru -> Bolivia)"}},
		{"Peru condemned Chile and welcomed Bolivia.",
			[]string{"CRITICIZES(Peru -> Chile)", "SUPPORTS(Peru -> Bolivia)"}, []string{"CRITICIZES(Peru -> Bolivia)"}},
	})
}

// TestModifiedNoun checks that a verb cue's bare form after a weapon
// modifier is a noun ("the air strike"), whose doer is not the subject
// around it unless a noun cue says so.
func TestModifiedNoun(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru's president Pedro Castillo found the air strike justified and called Chile's order decisive.",
			nil, []string{"ATTACKS(Pedro Castillo -> Chile)"}},
		{"Iran carried out a missile attack on Iraq.", []string{"ATTACKS(Iran -> Iraq)"}, nil},
		{"Iran struck Iraq.", []string{"ATTACKS(Iran -> Iraq)"}, nil},
	})
}

// TestActNamedMaker checks that an act noun whose maker is named after
// "by" is that maker's, not an earlier actor's.
func TestActNamedMaker(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Norway decided to leave the alliance. Sweden welcomed the decision by Peru and Chile to open a border crossing.",
			[]string{"SUPPORTS(Sweden -> Peru)", "SUPPORTS(Sweden -> Chile)"}, []string{"SUPPORTS(Sweden -> Norway)"}},
	})
}

// TestHostsBase checks that a state hosting an organization backs it
// (SUPPORTS), and that a person hosting one, or a stay for talks, is a
// meeting.
func TestHostsBase(t *testing.T) {
	s := []string{"SUPPORTS(Chile -> Kestrel Front)"}
	m := []string{"MET_WITH(Chile -> Kestrel Front)"}
	checkPatterns(t, []patternCase{
		{"Chile arms and hosts the Kestrel Front, a rebel group fighting in the north.", s, m},
		{"Chile has hosted the Kestrel Front for decades.", s, m},
		{"Chile hosted the Kestrel Front for talks on Monday.", m, s},
		{"Chilean President Ana Soto hosted the Kestrel Front in Santiago.",
			[]string{"MET_WITH(Kestrel Front -> Ana Soto)"}, []string{"SUPPORTS(Ana Soto -> Kestrel Front)"}},
		{"Chile hosted Peru's president in Santiago.", []string{"MET_WITH(Chile -> Peru)"}, []string{"SUPPORTS(Chile -> Peru)"}},
	})
}

// TestClauseAfterWhenOnce checks that a clause opened by "when" or "once"
// holds no object of the verb before it ("would withdraw from the town
// once UN troops arrived" opposes no UN).
func TestClauseAfterWhenOnce(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile said it would withdraw from the town once UN troops arrived.", nil, []string{"OPPOSES(Chile -> United Nations)"}},
		{"Chile pulled out of the port when NATO ships arrived.", nil, []string{"OPPOSES(Chile -> NATO)"}},
		{"Chile criticized Peru when the talks failed.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
	})
}

// TestBreachedBodyNorms checks that breaking an organization's norms
// opposes no organization, while breaching a deal opposes the deal.
func TestBreachedBodyNorms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile told Peru that its pipeline deal breached the EU's third energy package.", nil,
			[]string{"OPPOSES(Peru -> European Union)"}},
		{"Peru breached the ceasefire with Chile.", []string{"OPPOSES(Peru -> ceasefire)"}, nil},
	})
}

// TestTrailingChargeAnswered checks that a charge set after an accusation
// and answered by the accused in its relative clause makes the accused
// oppose the accusers, and that no accusation before it states nothing.
func TestTrailingChargeAnswered(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Bolivia accuse Peru of funding rebels - charges Peru flatly rejects.",
			[]string{"OPPOSES(Peru -> Chile)", "OPPOSES(Peru -> Bolivia)", "CRITICIZES(Chile -> Peru)"}, nil},
		{"Chile accused Peru of funding rebels, a charge Peru denies.", []string{"OPPOSES(Peru -> Chile)"}, nil},
		{"Chile met Peru on Monday, a charge Bolivia rejects.", nil, []string{"OPPOSES(Bolivia -> Chile)"}},
	})
}
