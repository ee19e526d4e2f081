package extract

import (
	"os"
	"testing"
)

// TestGazetteerGuards checks that the field-scale dictionaries name places
// and people no lexicon lists, and that names that are also common words
// or people's names are not read as places without context. Sentences are
// written for the test.
func TestGazetteerGuards(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"unknown city", "Farmers protested outside the town hall, and officials in Kiskunfelegyhaza said the harvest failed.",
			[]string{"Location:Kiskunfelegyhaza"}, nil},
		{"big city without context", "Officials said Guadalajara would host the talks.",
			[]string{"Location:Guadalajara"}, nil},
		{"city with its country", "The convoy reached Gyula, Hungary, at noon.",
			[]string{"Location:Gyula"}, nil},
		{"Mobile the word", "Mobile phones were banned at the summit.", nil, []string{"Location:Mobile"}},
		{"Mobile mid-sentence", "Officials said Mobile Internet access was cut.", nil, []string{"Location:Mobile"}},
		{"Mobile the city", "The ship docked in Mobile, Alabama, on Friday.", []string{"Location:Mobile"}, nil},
		{"Nice", "Nice weather helped the rescue teams.", nil, []string{"Location:Nice"}},
		{"Reading", "Reading the statement, the minister paused.", nil, []string{"Location:Reading"}},
		{"Split", "Split decisions are rare in the council.", nil, []string{"Location:Split"}},
		{"Bath", "Bath salts were seized at the border.", nil, []string{"Location:Bath"}},
		{"Of", "Of the 20 ministers, five resigned.", nil, []string{"Location:Of"}},
		{"an English word is no gazetteer place", "Tankers crossed the Gulf on Monday, officials in the Gulf said.", nil, []string{"Location:Gulf"}},
		{"region word before a country", "Troops moved into Northern Syria overnight.", nil, []string{"Location:Northern"}},
		{"region word alone", "The Central bank raised rates.", nil, []string{"Location:Central"}},
		{"Victoria the person", "Victoria Reyes said the vote was fair.", []string{"Person:Victoria Reyes"}, []string{"Location:Victoria"}},
		{"Victoria alone speaking", "Victoria said the vote was fair.", nil, []string{"Location:Victoria"}},
		{"Jordan the person", "Basketball star Michael Jordan said he would donate the money.",
			[]string{"Person:Michael Jordan"}, []string{"Country:Jordan"}},
		{"China the surname", "Sergeant Ann China said the patrol was ambushed.",
			[]string{"Person:Ann China"}, []string{"Country:China"}},
		{"Phoenix given name", "Oumar Tandjigora met the delegation on Tuesday.", []string{"Person:Oumar Tandjigora"}, nil},
		{"Phoenix official", "Juan Sarmiento met the delegation on Tuesday.", []string{"Person:Juan Sarmiento"}, nil},
		{"Phoenix armed group", "Police said the Black Hand claimed the blast.",
			[]string{"Organization:Black Hand"}, []string{"Person:Black Hand"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestDictionaryFacts checks the lower-confidence facts: LOCATED_IN from
// the gazetteer and a dated HOLDS_OFFICE from the Phoenix roles, each with
// its source, and none when the article's date is outside the role or
// the article never names the place's country.
func TestDictionaryFacts(t *testing.T) {
	gazetteered := func(text string) bool {
		for _, r := range extractText(t, text).Relations {
			if r.Type == "LOCATED_IN" && r.Target == "country:HUN" && r.Properties["source"] == "gazetteer" {
				return true
			}
		}
		return false
	}
	if !gazetteered("Officials in Kiskunfelegyhaza said the harvest failed across Hungary.") {
		t.Errorf("no gazetteer LOCATED_IN for a country the article names")
	}
	if gazetteered("Officials in Kiskunfelegyhaza said the harvest failed.") {
		t.Errorf("a gazetteer LOCATED_IN to a country the article never names")
	}
	office := func(text string) map[string]string {
		for _, r := range extractText(t, text).Relations {
			if r.Type == "HOLDS_OFFICE" && r.Properties["source"] == "dictionary" {
				return r.Properties
			}
		}
		return nil
	}
	p := office("KABUL, March 3, 2009 (Reuters) - Hamid Karzai met tribal elders on Tuesday.")
	if p == nil || p["valid_from"] != "2001-12-22" {
		t.Errorf("Karzai in 2009: %v", p)
	}
	if p := office("KABUL, March 3, 1990 (Reuters) - Hamid Karzai met tribal elders on Tuesday."); p != nil {
		t.Errorf("Karzai in 1990 held no government office: %v", p)
	}
	// a hyphenated given name is the dictionary's "Choi Young Jin"
	if p := office("SEOUL, May 4, 2007 (Reuters) - Choi Young-jin met the visiting envoys on Tuesday."); p == nil || p["valid_from"] != "2005-10-01" {
		t.Errorf("Choi Young-jin in 2007: %v", p)
	}
}

// BenchmarkDictionaries compares extraction of the fixtures with and
// without the field-scale dictionaries, in one run, so that their cost is
// a ratio of two figures measured together.
func BenchmarkDictionaries(b *testing.B) {
	var texts []string
	for _, path := range fixtures(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	x, err := testExtractor()
	if err != nil {
		b.Fatal(err)
	}
	without := *x
	without.dict = nil
	for _, c := range []struct {
		name string
		x    *Extractor
	}{{"with", x}, {"without", &without}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, text := range texts {
					if _, err := c.x.Extract(b.Context(), Input{Text: text}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// TestPlaceBeforeRelative checks that a name after a place preposition is
// a place before a relative word ("in Tarvosk who", "in Tarvosk where"),
// as before any other word that ends its noun phrase, and that a name
// several states' towns share is the one in the state named last before
// it.
func TestPlaceBeforeRelative(t *testing.T) {
	checkEntities(t, "Ana Soto, a farmer in Vela Tarvosk who led the march, spoke.",
		[]string{"Location:Vela Tarvosk", "Person:Ana Soto"}, nil)
	checkEntities(t, "The envoy met rebels in Vela Tarvosk where the talks began.",
		[]string{"Location:Vela Tarvosk"}, nil)
	g := extractText(t, "The United States urged calm. Bolivia's opposition is strongest among the cattle ranchers around Santa Cruz who backed the strike.")
	if tr := triples(g); !has(tr, "LOCATED_IN(Santa Cruz -> Bolivia)") || has(tr, "LOCATED_IN(Santa Cruz -> United States)") {
		t.Errorf("want Santa Cruz in Bolivia, got %v", tr)
	}
}

// TestCompanySuffix checks that a company the Phoenix dictionary lists
// with its legal form ("Noble Energy Inc") is found by the name news
// writes without it, and that a given name opening the words keeps them
// a person's.
func TestCompanySuffix(t *testing.T) {
	checkEntities(t, "Noble Energy, which holds the licence, said drilling would go on.",
		[]string{"Organization:Noble Energy"}, nil)
	checkEntities(t, "Ralph Lauren told reporters the shows would go on.",
		[]string{"Person:Ralph Lauren"}, []string{"Organization:Ralph Lauren"})
}
