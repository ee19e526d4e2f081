// Command corpusgen writes a reproducible synthetic news corpus for the
// loader's benchmarks: N articles built from the sentences of the fixtures,
// with the countries and people they name swapped for others from the
// lexicons, each with a title, a date line and a dateline. The same seed
// gives the same files, byte for byte.
//
//	go run ./internal/corpusgen -n 100000 -seed 1 -out /tmp/corpus
//	go run ./internal/corpusgen -n 5000 -hot 1 -out /tmp/hot   # one story, 5,000 reports
//
// With -hot P, a fraction P of the articles report the same story (the
// sentences of one fixture, names unchanged) plus a few random sentences,
// so that its facts gain a report per article: the "hot facts" case.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/geokg/geokg/schema"
)

// Options say what to generate.
type Options struct {
	N        int     // articles
	Seed     uint64  // the same seed gives the same corpus
	Hot      float64 // fraction of articles that report the hot story
	Fixtures string  // directory of *.txt articles whose sentences are recombined
}

// form is how a name is written: a country by name, adjective or capital;
// a person by name.
type form int

const (
	countryName form = iota
	countryAdj
	countryCapital
	personName
)

// surface is one written form of a lexicon entity.
type surface struct {
	form  form
	index int // into generator.countries or generator.people
}

// generator holds the sentence pool and the names to draw from.
type generator struct {
	opts      Options
	countries []schema.Country // those with an adjective and a capital
	people    []schema.Entry
	surfaces  map[string]surface
	names     *regexp.Regexp // any surface, longest first, whole words
	pool      []template     // sentences of all fixtures
	titles    []template     // fixture titles
	hot       []string       // the hot story's sentences
	hotTitle  string
}

// template is a sentence cut at its lexicon names, found once: text[0],
// name[0], text[1], ... text[len(names)].
type template struct {
	text  []string
	names []surface
}

// parse cuts s at every lexicon name.
func (g *generator) parse(s string) template {
	var t template
	last := 0
	for _, m := range g.names.FindAllStringIndex(s, -1) {
		t.text = append(t.text, s[last:m[0]])
		t.names = append(t.names, g.surfaces[s[m[0]:m[1]]])
		last = m[1]
	}
	t.text = append(t.text, s[last:])
	return t
}

// cities and agencies of the datelines.
var agencies = []string{"Reuters", "AP", "AFP", "Interfax", "DPA", "Xinhua"}

var months = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func newGenerator(opts Options) (*generator, error) {
	s, err := schema.Default()
	if err != nil {
		return nil, err
	}
	g := &generator{opts: opts, surfaces: map[string]surface{}}
	for _, c := range s.Countries {
		if len(c.Adjectives) > 0 && c.Capital != "" {
			g.countries = append(g.countries, c)
		}
	}
	g.people = s.People
	for i, c := range g.countries {
		g.surfaces[c.Name] = surface{countryName, i}
		g.surfaces[c.Capital] = surface{countryCapital, i}
		for _, a := range c.Adjectives {
			g.surfaces[a] = surface{countryAdj, i}
		}
	}
	for i, p := range g.people {
		g.surfaces[p.Name] = surface{personName, i}
	}
	forms := make([]string, 0, len(g.surfaces))
	for f := range g.surfaces {
		forms = append(forms, regexp.QuoteMeta(f))
	}
	slices.SortFunc(forms, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a, b)) })
	g.names = regexp.MustCompile(`\b(?:` + strings.Join(forms, "|") + `)\b`)

	files, err := filepath.Glob(filepath.Join(opts.Fixtures, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no *.txt articles in %s", opts.Fixtures)
	}
	slices.Sort(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		title, sents := split(string(b), s.Words.Abbreviations)
		g.titles = append(g.titles, g.parse(title))
		for _, x := range sents {
			g.pool = append(g.pool, g.parse(x))
		}
		if strings.Contains(f, "strikes-and-supplies") || g.hot == nil {
			g.hot, g.hotTitle = sents, title
		}
	}
	return g, nil
}

// split returns an article's title (its first line) and the sentences of
// its body, without date lines and datelines.
func split(text string, abbrevs []string) (string, []string) {
	title, body, _ := strings.Cut(text, "\n")
	var out []string
	for _, para := range strings.Split(body, "\n\n") {
		para = strings.Join(strings.Fields(para), " ")
		if i := strings.Index(para, " - "); i >= 0 && i < 40 {
			para = para[i+3:] // "BERLIN (Reuters) - "
		}
		if i := strings.Index(para, " -- "); i >= 0 && i < 60 {
			para = para[i+4:]
		}
		if len(strings.Fields(para)) < 6 || !strings.ContainsAny(para[len(para)-1:], `.!?"”`) {
			continue // a date line, a byline
		}
		out = append(out, sentences(para, abbrevs)...)
	}
	return strings.TrimSpace(title), out
}

// sentences splits a paragraph after ".", "!" or "?" (and a closing
// quote) followed by a space and a capital letter or a quote, unless the
// word is an abbreviation or an initial.
func sentences(para string, abbrevs []string) []string {
	var out []string
	words := strings.Split(para, " ")
	start := 0
	for i := 0; i+1 < len(words); i++ {
		w := strings.TrimRight(words[i], `"'”’`)
		next := words[i+1]
		if w == "" || !strings.ContainsAny(w[len(w)-1:], ".!?") || next == "" {
			continue
		}
		if !(next[0] >= 'A' && next[0] <= 'Z' || next[0] == '"') {
			continue
		}
		if slices.Contains(abbrevs, w) || len(w) <= 3 || strings.Count(w, ".") > 1 {
			continue // "Gen.", "Mr.", "U.S."
		}
		out = append(out, strings.Join(words[start:i+1], " "))
		start = i + 1
	}
	return append(out, strings.Join(words[start:], " "))
}

// article returns the i-th article's text. Each article has its own random
// stream, so the corpus does not depend on the order articles are written.
func (g *generator) article(i int) string {
	rng := rand.New(rand.NewPCG(g.opts.Seed, uint64(i)))
	swap := g.swapper(rng)
	var title string
	var sents []string
	if rng.Float64() < g.opts.Hot {
		title = g.hotTitle
		sents = append(sents, g.hot...)
		for range 3 {
			sents = append(sents, swap(g.pool[rng.IntN(len(g.pool))]))
		}
	} else {
		title = swap(g.titles[rng.IntN(len(g.titles))])
		for range 12 + rng.IntN(19) {
			sents = append(sents, swap(g.pool[rng.IntN(len(g.pool))]))
		}
	}
	var b strings.Builder
	// The number makes every text, hence every article id, unique.
	fmt.Fprintf(&b, "%s (report %d)\n\n", title, i)
	fmt.Fprintf(&b, "%d %s %d\n\n", 1+rng.IntN(28), months[rng.IntN(12)], 2000+rng.IntN(25))
	c := g.countries[rng.IntN(len(g.countries))]
	fmt.Fprintf(&b, "%s (%s) - ", strings.ToUpper(c.Capital), agencies[rng.IntN(len(agencies))])
	for j, s := range sents {
		b.WriteString(s)
		switch {
		case j == len(sents)-1:
			b.WriteString("\n")
		case j%3 == 2:
			b.WriteString("\n\n")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// swapper returns a function that renders a template with other names,
// each entity consistently the same other one for the whole article.
func (g *generator) swapper(rng *rand.Rand) func(template) string {
	countries, people := map[int]int{}, map[int]int{}
	pick := func(m map[int]int, from, n int) int {
		to, ok := m[from]
		if !ok {
			to = rng.IntN(n)
			m[from] = to
		}
		return to
	}
	return func(t template) string {
		var b strings.Builder
		for i, sf := range t.names {
			b.WriteString(t.text[i])
			if sf.form == personName {
				b.WriteString(g.people[pick(people, sf.index, len(g.people))].Name)
				continue
			}
			c := g.countries[pick(countries, sf.index, len(g.countries))]
			switch sf.form {
			case countryAdj:
				b.WriteString(c.Adjectives[0])
			case countryCapital:
				b.WriteString(c.Capital)
			default:
				b.WriteString(c.Name)
			}
		}
		b.WriteString(t.text[len(t.names)])
		return b.String()
	}
}

// write writes the corpus under dir, 1,000 articles per subdirectory.
func (g *generator) write(dir string) error {
	for i := range g.opts.N {
		sub := filepath.Join(dir, fmt.Sprintf("%04d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		name := filepath.Join(sub, fmt.Sprintf("%07d.txt", i))
		if err := os.WriteFile(name, []byte(g.article(i)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	var opts Options
	var out string
	flag.IntVar(&opts.N, "n", 1000, "number of articles")
	flag.Uint64Var(&opts.Seed, "seed", 1, "random seed: the same seed gives the same corpus")
	flag.Float64Var(&opts.Hot, "hot", 0, "fraction of articles (0 to 1) that report the same story")
	flag.StringVar(&opts.Fixtures, "fixtures", "fixtures", "directory of *.txt articles whose sentences are recombined")
	flag.StringVar(&out, "out", "", "directory to write the articles into (created)")
	flag.Parse()
	if out == "" || opts.N < 1 || opts.Hot < 0 || opts.Hot > 1 {
		fmt.Fprintln(os.Stderr, "corpusgen: want -out DIR, -n >= 1 and -hot between 0 and 1; see -help")
		os.Exit(2)
	}
	g, err := newGenerator(opts)
	if err == nil {
		err = g.write(out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}
