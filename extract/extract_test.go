package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg/schema"
)

var testSchema = schema.Default

var testExtractor = sync.OnceValues(func() (*Extractor, error) {
	s, err := testSchema()
	if err != nil {
		return nil, err
	}
	return New(s)
})

func extractText(t testing.TB, text string) *Graph {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	g, err := x.Extract(context.Background(), Input{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// triples renders a graph's relations as "TYPE(source name -> target name)".
func triples(g *Graph) []string {
	names := map[string]string{}
	for _, e := range g.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, r := range g.Relations {
		out = append(out, fmt.Sprintf("%s(%s -> %s)", r.Type, names[r.Source], names[r.Target]))
	}
	return out
}

func has(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

// TestRelationPatterns checks each relation mechanism and cue family on a
// sentence written for the test (none is from the dev set). Symmetric
// types list their endpoints in id order.
func TestRelationPatterns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		not        []string
	}{
		{"title before name", "French Foreign Minister Jean Dupont arrived in Berlin on Tuesday.",
			[]string{"HOLDS_OFFICE(Jean Dupont -> France)", "VISITS(Jean Dupont -> Berlin)"}, nil},
		{"apposition", "Sergei Lavrov, Russia's foreign minister, rejected the proposal.",
			[]string{"HOLDS_OFFICE(Sergei Lavrov -> Russia)"}, nil},
		{"title after comma", "The Spanish defence minister, Carla Ortiz, toured the base.",
			[]string{"HOLDS_OFFICE(Carla Ortiz -> Spain)"}, nil},
		{"counterpart", "Japanese Prime Minister Taro Yamada met his Indian counterpart, Ravi Kumar, in Tokyo.",
			[]string{"HOLDS_OFFICE(Taro Yamada -> Japan)", "HOLDS_OFFICE(Ravi Kumar -> India)", "MET_WITH(Ravi Kumar -> Taro Yamada)"}, nil},
		{"met", "Chancellor Olaf Scholz met Chinese President Xi Jinping on Friday.",
			[]string{"MET_WITH(Olaf Scholz -> Xi Jinping)", "HOLDS_OFFICE(Xi Jinping -> China)"}, nil},
		{"communicates", "Brazilian President Carlos Mendes spoke by telephone with Argentina's president on Monday.",
			[]string{"COMMUNICATES_WITH(Argentina -> Carlos Mendes)"}, nil},
		{"visits", "Indian Prime Minister Narendra Modi visited Japan last week.",
			[]string{"VISITS(Narendra Modi -> Japan)"}, nil},
		{"invites", "Germany invited Poland to join the talks.", []string{"INVITES(Germany -> Poland)"}, nil},
		{"plural subject agrees", "Brazil and Argentina agreed to expand trade.",
			[]string{"COOPERATES_WITH(Argentina -> Brazil)"}, nil},
		{"negotiates", "Iran held talks with the European Union in Vienna.",
			[]string{"MET_WITH(Iran -> European Union)"}, nil},
		{"negotiates with", "Venezuela is negotiating with Guyana over the disputed border.",
			[]string{"NEGOTIATES_WITH(Guyana -> Venezuela)"}, nil},
		{"negotiations between", "Bilateral negotiations between Serbia and Kosovo resumed in Brussels.",
			[]string{"NEGOTIATES_WITH(Serbia -> Kosovo)"}, nil},
		{"supports", "Canada welcomed the ceasefire agreement.", []string{"SUPPORTS(Canada -> ceasefire agreement)"}, nil},
		{"opposes noun phrase", "Beijing opposes the deployment of Patriot missiles in Japan.",
			[]string{"OPPOSES(China -> Patriot)", "LOCATED_IN(Patriot -> Japan)"}, nil},
		{"criticizes", "Turkey accused Greece of violating its airspace.", []string{"CRITICIZES(Turkey -> Greece)"}, nil},
		{"criticizes falls back to opposes", "Egypt condemned the maritime agreement.",
			[]string{"OPPOSES(Egypt -> maritime agreement)"}, nil},
		{"threatens", "Japan says North Korea's missile program threatens its security.",
			[]string{"THREATENS(North Korea's missile program -> Japan)", "DEVELOPS(North Korea -> North Korea's missile program)"}, nil},
		{"sanctions", "The European Union imposed tough new sanctions on Belarus on Friday.",
			[]string{"SANCTIONS(European Union -> Belarus)"}, nil},
		{"sanctions reversed", "Syria faces new sanctions from the European Union.",
			[]string{"SANCTIONS(European Union -> Syria)"}, nil},
		{"attacks", "Israel struck targets in Syria overnight.", []string{"ATTACKS(Israel -> Syria)"}, nil},
		{"deploys with quantity and place", "The United States plans to deploy 20 Patriot missiles in Romania.",
			[]string{"DEPLOYS(United States -> Patriot)", "LOCATED_IN(Patriot -> Romania)"}, nil},
		{"supplies with item", "France sold Rafale fighter jets to India in 2016.",
			[]string{"SUPPLIES(France -> India)"}, nil},
		{"builds", "A Chinese company is building the Ormara port in Pakistan.",
			[]string{"BUILDS(China -> Ormara port)", "LOCATED_IN(Ormara port -> Pakistan)"}, nil},
		{"develops", "Officials said Iran is developing hypersonic missiles.",
			[]string{"DEVELOPS(Iran -> hypersonic missiles)"}, nil},
		{"possessive facility", "Inspectors visited Iran's Fordow site.", []string{"LOCATED_IN(Fordow -> Iran)"}, nil},
		{"city of", "Fighting spread to the Syrian city of Aleppo.", []string{"LOCATED_IN(Aleppo -> Syria)"}, nil},
		{"part of by demonym", "The Iranian Foreign Ministry summoned the envoy.",
			[]string{"PART_OF(Iranian Foreign Ministry -> Iran)"}, nil},
		{"part of by descriptor", "Qatari broadcaster Al Jazeera reported the strike.",
			[]string{"PART_OF(Al Jazeera -> Qatar)"}, nil},
		{"member", "NATO member Turkey objected.", []string{"MEMBER_OF(Turkey -> NATO)"}, nil},
		{"quotes", "TASS quoted Russian Defence Minister Sergei Shoigu as saying the drills were over.",
			[]string{"QUOTES(TASS -> Sergei Shoigu)"}, nil},
		{"title of country then name", "The President of Kenya, Samuel Otieno, opened the summit.",
			[]string{"HOLDS_OFFICE(Samuel Otieno -> Kenya)"}, nil},
		{"city, country", "KANDAHAR, Afghanistan (Reuters) - Fighting resumed on Monday.",
			[]string{"LOCATED_IN(Kandahar -> Afghanistan)"}, nil},
		{"x-backed", "Iran-backed Houthis attacked ships in the Red Sea.", []string{"SUPPORTS(Iran -> Houthis)"}, nil},
		{"bought from", "Egypt bought 24 Rafale jets from France and the Netherlands.",
			[]string{"SUPPLIES(France -> Egypt)", "SUPPLIES(Netherlands -> Egypt)"}, nil},
		{"titled plural subject", "Kenyan President Samuel Otieno and Ugandan President Grace Akello signed a border treaty.",
			[]string{"COOPERATES_WITH(Grace Akello -> Samuel Otieno)"}, nil},
		{"they is the group that acted", "Chile and Peru agreed to a truce. They later urged Bolivia to join, and they criticized Argentina.",
			[]string{"CRITICIZES(Chile -> Argentina)", "CRITICIZES(Peru -> Argentina)"}, nil},
		{"title with a known person", "The United States said President Joe Biden would travel to Ohio.",
			[]string{"HOLDS_OFFICE(Joe Biden -> United States)"}, nil},
		{"a threat only", "Israel has threatened to strike Iran's nuclear sites.",
			[]string{"THREATENS(Israel -> Iran)"}, []string{"ATTACKS(Israel -> Iran)"}},
		{"phrasal back", "Armenia and Azerbaijan pulled back troops from the disputed Lachin corridor.", nil,
			[]string{"SUPPORTS(Armenia -> Lachin corridor)", "SUPPORTS(Azerbaijan -> Lachin corridor)"}},
		{"intransitive meet", "Ukrainian President Olena Kovalenko met on the sidelines of a NATO summit in Madrid.", nil,
			[]string{"MET_WITH(NATO -> Olena Kovalenko)"}},
		{"objects do not meet", "Norway will invite Colombia and Venezuela to an informal meeting.",
			[]string{"INVITES(Norway -> Colombia)", "INVITES(Norway -> Venezuela)"}, []string{"MET_WITH(Colombia -> Venezuela)"}},
		{"relative clause between subject and verb", "Japan, which supports Taiwan, criticized China on Monday.",
			[]string{"SUPPORTS(Japan -> Taiwan)", "CRITICIZES(Japan -> China)"}, []string{"CRITICIZES(Taiwan -> China)"}},
		{"relative clause after a bracketed acronym", "The Kestrel Liberation Front (KLF), which holds two ports in the south, accused Chile and Peru of meddling.",
			[]string{"CRITICIZES(Kestrel Liberation Front -> Chile)", "CRITICIZES(Kestrel Liberation Front -> Peru)"}, nil},
		{"relative clause after an acronym, gapped object", "The Kestrel Liberation Front (KLF), which Peru supports, attacked Chile.",
			[]string{"SUPPORTS(Peru -> Kestrel Liberation Front)", "ATTACKS(Kestrel Liberation Front -> Chile)"}, []string{"ATTACKS(Peru -> Chile)"}},
		{"ally of", "Belarus, a close ally of Russia, condemned the move.",
			[]string{"COOPERATES_WITH(Belarus -> Russia)"}, nil},
		{"name, the title of org", "Anna Berg, the president of the European Commission, arrived in Oslo.",
			[]string{"HOLDS_OFFICE(Anna Berg -> European Commission)"}, nil},
		{"name, a title for org", "Lena Koch, a spokeswoman for the German Foreign Ministry, declined to comment.",
			[]string{"HOLDS_OFFICE(Lena Koch -> German Foreign Office)"}, nil},
		{"ambassador to org, name", "Ghana's ambassador to the United Nations, Kofi Mensah, called for calm.",
			[]string{"HOLDS_OFFICE(Kofi Mensah -> Ghana)"}, nil},
		{"gerund after of", "Moscow accused Kyiv of shelling the Kursk nuclear power plant.",
			[]string{"CRITICIZES(Russia -> Ukraine)", "ATTACKS(Ukraine -> Kursk nuclear power plant)"}, nil},
		{"participle clause takes the main subject", "Hungary blocked Finland's bid to join NATO, accusing Helsinki of hostility.",
			[]string{"CRITICIZES(Hungary -> Finland)"}, []string{"CRITICIZES(NATO -> Finland)"}},
		{"participle clause after a reported clause is not the sayer's", "Ana Soto told reporters that the firm had signed a deal on a pipeline, landing in Tacna near the border.",
			nil, []string{"VISITS(Ana Soto -> Tacna)"}},
		{"participle clause after a reported clause, its speaker", "Hungary said on Monday, accusing Helsinki of hostility.",
			[]string{"CRITICIZES(Hungary -> Finland)"}, nil},
		{"coordinated titled people", "Modi met Japanese Prime Minister Taro Aso and Foreign Minister Yoko Ito in Tokyo.",
			[]string{"MET_WITH(Narendra Modi -> Taro Aso)", "MET_WITH(Narendra Modi -> Yoko Ito)"}, nil},
		{"compound opening a name", "India opposes the China-Pakistan Economic Corridor.",
			[]string{"OPPOSES(India -> China-Pakistan Economic Corridor)"}, nil},
		{"led by", "The Kataib Front, led by commander Omar Haddad, has fought the army since 2019.",
			[]string{"HOLDS_OFFICE(Omar Haddad -> Kataib Front)"}, nil},
		{"no fallback to a place", "Rebels were accused of attacks on civilians in Darfur.", nil,
			[]string{"OPPOSES(Sudan -> Darfur)"}},
		{"negation", "Officials said Iran does not arm the Houthis.", nil, []string{"SUPPLIES(Iran -> Houthis)"}},
		{"relative clause subject", "Officials discussed Iraq's oil program, which critics say is to fund weapons.",
			nil, []string{"DEVELOPS(Iraq -> weapons)"}},
		{"unnamed plural subject blocks", "Germany hosted the ministers, and they were against the missile shield.", nil,
			[]string{"OPPOSES(Germany -> missile shield)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := triples(extractText(t, tt.text))
			for _, w := range tt.want {
				if !has(got, w) {
					t.Errorf("missing %s\n got %v", w, got)
				}
			}
			for _, w := range tt.not {
				if has(got, w) {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}

// TestAcronymsAsNames checks that British-style "Nato" is the acronym's
// organization, and that a title-cased acronym that is also a word is not.
func TestAcronymsAsNames(t *testing.T) {
	g := extractText(t, "Nato and Opec officials met. Start the talks, he said.")
	ids := map[string]bool{}
	for _, e := range g.Entities {
		ids[e.ID] = true
	}
	if !ids["organization:nato"] || !ids["organization:opec"] {
		t.Errorf("want NATO and OPEC, got %v", ids)
	}
	for id := range ids {
		if strings.HasPrefix(id, "agreement:") {
			t.Errorf("%s from a sentence-initial word", id)
		}
	}
}

// TestMetonymy checks that a capital as actor is its country and as a
// place a Location.
func TestMetonymy(t *testing.T) {
	g := extractText(t, "Moscow says the plan is dangerous. Talks were held in Moscow on Friday.")
	labels := map[string]bool{}
	for _, e := range g.Entities {
		labels[e.ID] = true
	}
	if !labels["country:RUS"] || !labels["location:moscow"] {
		t.Errorf("want country:RUS and location:moscow, got %v", labels)
	}
}

// TestCoreference checks that a surname, a pronoun and a title alone refer
// to the person named first: one node, and relations on it.
func TestCoreference(t *testing.T) {
	g := extractText(t, "Canadian Foreign Minister Mary Tremblay arrived in Kyiv. Tremblay said she would meet Ukrainian President Petro Levchenko. Later the foreign minister visited Poland.")
	persons := 0
	for _, e := range g.Entities {
		if e.Label == "Person" && strings.Contains(e.Name, "Tremblay") {
			persons++
		}
	}
	if persons != 1 {
		t.Errorf("want one Tremblay node, got %d: %+v", persons, g.Entities)
	}
	got := triples(g)
	for _, w := range []string{"MET_WITH(Mary Tremblay -> Petro Levchenko)", "VISITS(Mary Tremblay -> Poland)"} {
		if !has(got, w) {
			t.Errorf("missing %s in %v", w, got)
		}
	}
}

// TestSpeakerLabel checks that a transcript's speaker label is not the
// antecedent of a "he" in the sentence it opens: the sentence's own
// subject is.
func TestSpeakerLabel(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Foreign Minister Ivan Petrov spoke to the press.\n\nPETROV: General Tarek Haddad said he had spoken to his Syrian counterpart about the border.",
			[]string{"COMMUNICATES_WITH(Syria -> Tarek Haddad)"}, []string{"COMMUNICATES_WITH(Syria -> Ivan Petrov)", "COMMUNICATES_WITH(Ivan Petrov -> Syria)"}},
	})
}

// TestSentenceSplitting checks that abbreviations and initials do not end
// sentences and that line breaks after headings do.
func TestSentenceSplitting(t *testing.T) {
	x, _ := testExtractor()
	text := "Title line here\n\nU.S. Gen. John Smith met George W. Bush on Jan. 5. He left. \"We agree,\" he said. Then he went home."
	toks := tokenize(text, x.lex.abbrev)
	var got []string
	for _, s := range splitSentences(toks) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Title line here", "U.S. Gen. John Smith met George W. Bush on Jan. 5.", "He left.", "\"We agree,\" he said.", "Then he went home."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

// TestHeader checks the title, date and source read from an article head.
func TestHeader(t *testing.T) {
	g := extractText(t, "Talks stall over border\n\nMonday, March 4, 2024\n\nKABUL (Reuters) - Afghanistan and Pakistan failed to agree.")
	a := g.Article
	if a.Title != "Talks stall over border" || a.Published != "2024-03-04" || a.Source != "Reuters" {
		t.Errorf("header = %+v", a)
	}
}

// TestDeterministic checks that the same input gives the same bytes.
func TestDeterministic(t *testing.T) {
	text := "Washington said it would send 12 F-16 jets to Poland. Moscow condemned the plan, and Russian Foreign Minister Sergei Lavrov said Russia would respond."
	a, _ := json.Marshal(extractText(t, text))
	for i := 0; i < 5; i++ {
		b, _ := json.Marshal(extractText(t, text))
		if string(a) != string(b) {
			t.Fatalf("run %d differs:\n%s\n%s", i, a, b)
		}
	}
}

// checkInvariants asserts what every graph must satisfy: spans locate
// their evidence, relations join known entities, ids are unique.
func checkInvariants(t *testing.T, text string, g *Graph) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range g.Entities {
		if ids[e.ID] {
			t.Errorf("duplicate entity %s", e.ID)
		}
		ids[e.ID] = true
		if e.Span.Start() < 0 || e.Span.End() > len(text) || e.Span.Start() > e.Span.End() {
			t.Errorf("entity %s: span %v outside text", e.ID, e.Span)
		}
		if !utf8.ValidString(e.Name) && utf8.ValidString(text) {
			t.Errorf("entity %s: invalid UTF-8 name", e.ID)
		}
	}
	for _, r := range g.Relations {
		if !ids[r.Source] || !ids[r.Target] {
			t.Errorf("relation %s %s->%s: unknown endpoint", r.Type, r.Source, r.Target)
		}
		if r.Span.Start() < 0 || r.Span.End() > len(text) || r.Span.Start() > r.Span.End() {
			t.Fatalf("relation %s: span %v outside text", r.Type, r.Span)
		}
		if strings.TrimSpace(r.Span.In(text)) != r.Evidence {
			t.Errorf("relation %s: span %v is %q, evidence %q", r.Type, r.Span, r.Span.In(text), r.Evidence)
		}
	}
}

// TestPathologicalInput checks that long runs without full stops, endless
// names and pronouns still give a valid graph (work per sentence is
// bounded, so this finishes quickly even for megabytes).
func TestPathologicalInput(t *testing.T) {
	parts := []string{
		strings.Repeat("Russia Iran he its the project ", 20000),
		strings.Repeat("President John Smith met President John Smith and ", 5000),
		strings.Repeat("\x00\xff\n", 1000),
		strings.Repeat("U.S. ", 20000),
	}
	for i, text := range parts {
		g := extractText(t, text)
		checkInvariants(t, text, g)
		if i == 0 && len(g.Entities) == 0 {
			t.Errorf("no entities in %d bytes of names", len(text))
		}
	}
}

// TestSegments checks that a text longer than a segment is read in parts
// whose offsets stay those of the whole text and whose entities merge.
func TestSegments(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "fixtures", "reuters-gates-missile-shield.txt"))
	if err != nil {
		t.Fatal(err)
	}
	one := extractText(t, string(data))
	text := strings.Repeat(string(data)+"\n\n", 3*segmentSize/len(data))
	many := extractText(t, text)
	checkInvariants(t, text, many)
	ids := func(g *Graph) map[string]bool {
		out := map[string]bool{}
		for _, e := range g.Entities {
			out[e.ID] = true
		}
		return out
	}
	a, b := ids(one), ids(many)
	for id := range a {
		if !b[id] {
			t.Errorf("entity %s lost when segmented", id)
		}
	}
	if last := many.Relations[len(many.Relations)-1]; last.Span.End() > len(text) {
		t.Errorf("span %v past the text", last.Span)
	}
}

// TestInflections checks the verb forms derived for the cues, regular and
// irregular.
func TestInflections(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for form, lemma := range map[string]string{"banned": "ban", "bans": "ban", "criticized": "criticize",
		"criticizes": "criticize", "supplies": "supply", "supplied": "supply", "met": "meet", "sold": "sell",
		"expelled": "expel", "visiting": "visit", "threatened": "threaten", "shipped": "ship", "said": "say"} {
		if got := x.lex.verbs[form]; got != lemma {
			t.Errorf("%s: lemma %q, want %q", form, got, lemma)
		}
	}
}

// TestCommonPluralWithoutDict checks that an Extractor with no dictionary
// knows no common plural instead of failing.
func TestCommonPluralWithoutDict(t *testing.T) {
	x := &Extractor{}
	for _, w := range []string{"doctors", "surgeons", "Reuters"} {
		if x.commonPlural(w) {
			t.Errorf("commonPlural(%q) without a dictionary = true, want false", w)
		}
	}
}
