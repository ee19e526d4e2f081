// Command trainpairs trains the extractor's pair model (extract/pairmodel.go)
// on our own gold graphs and writes it to extract/pairmodel.gz.
//
//	go run ./extract/internal/trainpairs [-sides AB] [-enabled] [-out FILE]
//
// Run it from the repository root. The sides are those of the split-half
// discipline: side A is the dev set's half A (odd positions of the sorted
// list, as scripts/eval-halves splits it), eval/train/t1 and every
// eval/train/*/a; side B is dev half B, eval/train/t2 and every
// eval/train/*/b. Folders holding a BLIND file are never read, nor are
// eval/probe and eval/probe2.
//
// Every article is extracted with the embedded pair model off; the pairs
// the rules left unrelated are labelled by the gold graph (a pair holds a
// type when the gold graph relates the gold entities its two entities
// match, score.py's matching; a pair matching only optional gold
// relations is left out), and an averaged perceptron is trained on them.
// The margin is chosen on the training side only: the articles are split
// in two folds, each fold's pairs are scored by a model trained on the
// other, and the margin is the lowest at which the relations added reach
// the target precision; types whose own precision there falls short are
// not output. The final model is trained on all the side's pairs.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/schema/gen/genio"
)

func main() {
	sides := flag.String("sides", "AB", "the sides whose folders train the model: A, B or AB")
	out := flag.String("out", "extract/pairmodel.gz", "where to write the model")
	dev := flag.String("dev", "", "the dev set's folder (default $GEOKG_DEV or ../shared/eval/dev)")
	enabled := flag.Bool("enabled", false, "switch the stage on in the model written")
	target := flag.Float64("precision", 0.8, "the precision the margin is chosen for, on the training side's folds")
	epochs := flag.Int("epochs", 10, "training epochs")
	margin := flag.Float64("margin", math.NaN(), "use this margin, and every type, instead of choosing them on the folds (for experiments)")
	flag.BoolVar(&verbose, "v", false, "list the folds' 60 best-scored predictions")
	flag.Parse()
	if err := run(*sides, *out, *dev, *enabled, *target, *epochs, *margin); err != nil {
		fmt.Fprintln(os.Stderr, "trainpairs:", err)
		os.Exit(1)
	}
}

// article is one gold-annotated article's candidate pairs, labelled.
type article struct {
	path string
	ex   []extract.PairExample
	keys []string   // per example: the relation it would state, for de-duplication ("TYPE" is added at scoring)
	hit  [][]string // per example: every gold type it matches, optional ones too (precision's view)
	sym  map[string]bool
	desc []string // per example: the pair and its sentence, for -v
}

// verbose lists the folds' best-scored predictions (-v).
var verbose bool

func run(sides, out, dev string, enabled bool, target float64, epochs int, forced float64) error {
	if dev == "" {
		dev = os.Getenv("GEOKG_DEV")
	}
	if dev == "" {
		dev = filepath.Join("..", "shared", "eval", "dev")
	}
	files, folders, err := sideArticles(sides, dev)
	if err != nil {
		return err
	}
	fmt.Printf("trainpairs: side %s, %d articles from:\n", sides, len(files))
	for _, f := range folders {
		fmt.Println("  " + f)
	}
	s, err := schema.Default()
	if err != nil {
		return err
	}
	x, err := extract.New(s)
	if err != nil {
		return err
	}
	var types []string
	sym := map[string]bool{}
	for _, r := range s.Relations {
		types = append(types, r.Name)
		sym[r.Name] = r.Symmetric
	}
	sort.Strings(types)
	var arts []article
	npos, nall, bags := 0, 0, 0
	for _, f := range files {
		a, err := label(x, f, sym, &bags)
		if err != nil {
			return err
		}
		for _, e := range a.ex {
			if len(e.Gold) > 0 {
				npos++
			}
		}
		nall += len(a.ex)
		arts = append(arts, a)
	}
	fmt.Printf("trainpairs: %d pairs, %d holding a gold relation\n", nall, npos)

	// the margin and the types, on two folds of the training side
	var preds []prediction
	for fold := range 2 {
		var train []extract.PairExample
		for i, a := range arts {
			if i%2 != fold {
				train = append(train, a.ex...)
			}
		}
		m := extract.TrainPairModel(train, types, epochs)
		for i, a := range arts {
			if i%2 == fold {
				preds = append(preds, predict(m, a)...)
			}
		}
	}
	margin, kept := chooseMargin(preds, types, target)
	if !math.IsNaN(forced) {
		margin, kept = forced, types
	}
	var all []extract.PairExample
	for _, a := range arts {
		all = append(all, a.ex...)
	}
	m := extract.TrainPairModel(all, types, epochs)
	m.Margin, m.Types, m.Enabled, m.TrainedOn = margin, kept, enabled, folders
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Printf("trainpairs: wrote %s (%d bytes): margin %.3f, enabled %v, types %s\n", out, buf.Len(), margin, enabled, strings.Join(kept, " "))
	return nil
}

// sideArticles lists the articles of the side's folders, sorted, and the
// folders (the dev halves as "DEV half A").
func sideArticles(sides, dev string) (files, folders []string, err error) {
	devFiles, err := filepath.Glob(filepath.Join(dev, "*.txt"))
	if err != nil || len(devFiles) == 0 {
		return nil, nil, fmt.Errorf("no dev articles in %s", dev)
	}
	sort.Strings(devFiles)
	for _, side := range sides {
		var first, suffix string
		var half int
		switch side {
		case 'A':
			first, suffix, half = "eval/train/t1", "a", 0
		case 'B':
			first, suffix, half = "eval/train/t2", "b", 1
		default:
			return nil, nil, fmt.Errorf("unknown side %q (A, B or AB)", side)
		}
		folders = append(folders, fmt.Sprintf("%s half %c", dev, side))
		for i, f := range devFiles {
			if i%2 == half && hasGold(f) {
				files = append(files, f)
			}
		}
		dirs, _ := filepath.Glob(filepath.Join("eval", "train", "*", suffix))
		dirs = append([]string{first}, dirs...)
		for _, d := range dirs {
			if _, err := os.Stat(filepath.Join(d, "BLIND")); err == nil {
				continue // never read a blind set
			}
			fs, _ := filepath.Glob(filepath.Join(d, "*.txt"))
			sort.Strings(fs)
			n := 0
			for _, f := range fs {
				if hasGold(f) {
					files, n = append(files, f), n+1
				}
			}
			if n > 0 {
				folders = append(folders, d)
			}
		}
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no gold articles for side %s (run from the repository root)", sides)
	}
	return files, folders, nil
}

func goldPath(f string) string { return strings.TrimSuffix(f, ".txt") + ".gold.json" }

func hasGold(f string) bool {
	_, err := os.Stat(goldPath(f))
	return err == nil
}

// gold is a gold graph as GUIDE.md describes it.
type gold struct {
	Entities []struct {
		Key      string          `json:"key"`
		Name     string          `json:"name"`
		Aliases  []string        `json:"aliases"`
		Labels   json.RawMessage `json:"labels"`
		Optional bool            `json:"optional"`
	} `json:"entities"`
	Relations []struct {
		Type         json.RawMessage `json:"type"`
		Source       json.RawMessage `json:"source"`
		Target       json.RawMessage `json:"target"`
		AnyDirection *bool           `json:"any_direction"`
		Optional     bool            `json:"optional"`
	} `json:"relations"`
}

// strs reads a JSON string or list of strings.
func strs(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(raw, &many)
	return many
}

var (
	possessive = regexp.MustCompile(`'s\b`)
	leadingThe = regexp.MustCompile(`^the\s+`)
	nonAlnum   = regexp.MustCompile(`[^a-z0-9]+`)
)

// norm is score.py's norm.
func norm(name string) string {
	name = strings.ReplaceAll(strings.ToLower(name), "’", "'")
	name = possessive.ReplaceAllString(name, "")
	name = leadingThe.ReplaceAllString(name, "")
	name = nonAlnum.ReplaceAllString(name, " ")
	return strings.TrimSpace(name)
}

// label extracts an article and labels its candidate pairs by its gold
// graph.
func label(x *extract.Extractor, path string, sym map[string]bool, bagBase *int) (article, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return article{}, err
	}
	var g gold
	if err := genio.ReadJSON(goldPath(path), &g); err != nil {
		return article{}, err
	}
	graph, cands, err := x.Candidates(context.Background(), extract.Input{Path: path, Text: string(text)})
	if err != nil {
		return article{}, err
	}
	// score.py's matching: an entity matches every gold entity of its label
	// that shares a normalized name or alias
	type gent struct {
		labels []string
		names  map[string]bool
	}
	gents := map[string]gent{}
	for _, e := range g.Entities {
		ge := gent{labels: strs(e.Labels), names: map[string]bool{norm(e.Name): true}}
		for _, a := range e.Aliases {
			ge.names[norm(a)] = true
		}
		gents[e.Key] = ge
	}
	match := map[string][]string{}
	for _, e := range graph.Entities {
		var names []string
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n := norm(n); n != "" {
				names = append(names, n)
			}
		}
		for _, ge := range g.Entities {
			if !slices.Contains(gents[ge.Key].labels, e.Label) {
				continue
			}
			for _, n := range names {
				if gents[ge.Key].names[n] {
					match[e.ID] = append(match[e.ID], ge.Key)
					break
				}
			}
		}
	}
	known := map[string]bool{}
	for _, e := range graph.Entities {
		known[e.ID] = true
	}
	meets := func(a, b []string) bool {
		for _, s := range a {
			if slices.Contains(b, s) {
				return true
			}
		}
		return false
	}
	a := article{path: path, sym: sym}
	bags := map[string]int{}
	defer func() { *bagBase += len(bags) }()
	for _, c := range cands {
		if !known[c.Source] || !known[c.Target] {
			continue // an entity the output does not name: the scorer cannot match it
		}
		var required, any []string
		for _, r := range g.Relations {
			types := strs(r.Type)
			symmetric := false
			for _, t := range types {
				symmetric = symmetric || sym[t]
			}
			if r.AnyDirection != nil {
				symmetric = *r.AnyDirection
			}
			src, tgt := strs(r.Source), strs(r.Target)
			fwd := meets(match[c.Source], src) && meets(match[c.Target], tgt)
			back := symmetric && meets(match[c.Target], src) && meets(match[c.Source], tgt)
			if !fwd && !back {
				continue
			}
			for _, t := range types {
				if !slices.Contains(c.Allowed, t) {
					continue
				}
				any = append(any, t)
				if !r.Optional {
					required = append(required, t)
				}
			}
		}
		if len(any) > 0 && len(required) == 0 {
			continue // only optional gold relations: left out of training
		}
		a.desc = append(a.desc, fmt.Sprintf("%s | %s -> %s | gold %v | %.150q", filepath.Base(path), c.Source, c.Target, any, c.Span.In(string(text))))
		pair := c.Source + "\x00" + c.Target
		if c.Target < c.Source {
			pair = c.Target + "\x00" + c.Source
		}
		if _, ok := bags[pair]; !ok {
			bags[pair] = *bagBase + len(bags)
		}
		a.ex = append(a.ex, extract.PairExample{Feats: c.Feats, Allowed: c.Allowed, Gold: required, Bag: bags[pair]})
		a.keys = append(a.keys, c.Source+"\x00"+c.Target)
		a.hit = append(a.hit, any)
	}
	return a, nil
}

// prediction is a relation the model would add to an article, with its
// margin and whether the gold graph holds it.
type prediction struct {
	desc    string
	typ     string
	margin  float64
	correct bool // the gold graph holds it
	related bool // the gold graph relates the two entities by a type their labels allow
}

// predict scores an article's pairs, one prediction per relation (the
// highest margin of its pairs).
func predict(m *extract.PairModel, a article) []prediction {
	best := map[string]int{}
	var out []prediction
	for i, e := range a.ex {
		typ, margin := m.Predict(e.Feats, e.Allowed)
		if typ == "" {
			continue
		}
		key := typ + "\x00" + a.keys[i]
		if a.sym[typ] {
			st := strings.SplitN(a.keys[i], "\x00", 2)
			if st[1] < st[0] {
				key = typ + "\x00" + st[1] + "\x00" + st[0]
			}
		}
		p := prediction{a.desc[i], typ, margin, slices.Contains(a.hit[i], typ), len(a.hit[i]) > 0}
		if k, ok := best[key]; ok {
			if margin > out[k].margin {
				out[k] = p
			}
			continue
		}
		best[key] = len(out)
		out = append(out, p)
	}
	return out
}

// chooseMargin returns the lowest margin at which the predictions of the
// kept types reach the target precision, and the kept types: first those
// whose predictions the model itself makes (margin above 0) are right at
// least target-0.15 of the time, then, once the margin is chosen, those of
// them whose predictions above it still are. With no margin reaching the
// target, the stage would add nothing: the margin is above every
// prediction.
func chooseMargin(preds []prediction, types []string, target float64) (float64, []string) {
	sort.SliceStable(preds, func(i, j int) bool { return preds[i].margin > preds[j].margin })
	if verbose {
		for _, p := range preds[:min(len(preds), 60)] {
			fmt.Printf("TOP %.1f %s %v %s\n", p.margin, p.typ, p.correct, p.desc)
		}
	}
	curve(preds)
	kept := holding(preds, types, 0, target-0.15)
	margin := 1e9
	for round := range 3 {
		var ps []prediction
		for _, p := range preds {
			if slices.Contains(kept, p.typ) {
				ps = append(ps, p)
			}
		}
		margin = 1e9
		if len(ps) > 0 {
			margin = ps[0].margin + 1
		}
		tp, n := 0, 0
		for i, p := range ps {
			n++
			if p.correct {
				tp++
			}
			if (i+1 == len(ps) || ps[i+1].margin < p.margin) && n >= 5 && float64(tp) >= target*float64(n) {
				margin = p.margin
			}
		}
		next := holding(ps, kept, margin, target-0.15)
		fmt.Printf("trainpairs: round %d, margin %.3f, types %v\n", round+1, margin, next)
		if len(next) == len(kept) {
			break
		}
		kept = next
	}
	return margin, kept
}

// holding returns the types of types whose predictions at or above margin
// are right at least floor of the time (types with none are left out),
// and prints each type's count.
func holding(preds []prediction, types []string, margin, floor float64) []string {
	type count struct{ tp, n int }
	per := map[string]*count{}
	for _, p := range preds {
		if p.margin >= margin {
			if per[p.typ] == nil {
				per[p.typ] = &count{}
			}
			per[p.typ].n++
			if p.correct {
				per[p.typ].tp++
			}
		}
	}
	var out []string
	fmt.Printf("trainpairs: right at margin %.3f:", margin)
	for _, t := range types {
		if c := per[t]; c != nil {
			fmt.Printf(" %s %d/%d", t, c.tp, c.n)
			if c.tp > 0 && float64(c.tp) >= floor*float64(c.n) {
				out = append(out, t)
			}
		}
	}
	fmt.Println()
	return out
}

// curve prints the precision of the top predictions at a few depths,
// typed and untyped, with the margin reached.
func curve(ps []prediction) {
	tp, up := 0, 0
	fmt.Print("trainpairs: precision (typed/untyped) of the folds' top predictions:")
	for i, p := range ps {
		if p.correct {
			tp++
		}
		if p.related {
			up++
		}
		if n := i + 1; n == 5 || n == 10 || n == 20 || n == 40 || n == 80 || n == 160 || n == 320 || n == len(ps) {
			fmt.Printf(" %d:%.2f/%.2f(m%.1f)", n, float64(tp)/float64(n), float64(up)/float64(n), p.margin)
		}
	}
	fmt.Println()
}
