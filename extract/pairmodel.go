package extract

// The pair model.
//
// The rules relate two entities of a sentence when a cue, a title, an
// apposition or a preposition they know of links them. Many relations a
// reader finds are stated in sentences whose wording no rule covers: both
// entities are found, but nothing relates them. The pair model is a
// statistical second opinion on those pairs: after the rule stages, every
// ordered pair of distinct entities named in one sentence, whose labels
// some relation type allows and which no rule related anywhere in the
// article, is a candidate; a multiclass averaged perceptron (package
// syntax/perceptron) scores it from classic relation-extraction features
// (Zhou et al. 2005; Mintz et al. 2009): the labels and mention kinds of
// the two, their order and distance, the words and entity labels between
// them, the words just outside them, and the cue types of cues.yaml (and
// the CAMEO cues) whose phrases occur between, before or after them. A
// pair whose best relation type beats NONE by the model's margin becomes
// a relation of that type with the sentence as evidence.
//
// The model is trained by `go run ./extract/internal/trainpairs` on our
// own gold graphs only (eval/train and the dev set), and is embedded as
// pairmodel.gz; its metadata holds the class names, the margin, the types
// it may output and whether the stage is on at all.

import (
	"bufio"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/geokg/geokg/syntax"
	"github.com/geokg/geokg/syntax/perceptron"
)

// PairCandidate is one ordered pair of entities named in one sentence that
// the rules did not relate, with its features.
type PairCandidate struct {
	Source, Target string   // entity ids, as in Graph.Entities
	Span           Span     // the sentence
	Allowed        []string // the relation types the two labels allow, sorted
	Feats          []uint64 // hashed features
	Names          []string // the features as text, for tests and inspection (only when asked)
	si, src, tgt   int      // sentence and mention indexes in the doc
}

// PairModel is a trained pair classifier and its settings.
type PairModel struct {
	Classes   []string `json:"classes"`              // class names; Classes[0] is NONE
	Margin    float64  `json:"margin"`               // how far a type's score must beat NONE's
	Types     []string `json:"types"`                // the types it may output (a subset of Classes)
	Enabled   bool     `json:"enabled"`              // whether extraction runs the stage
	TrainedOn []string `json:"trained_on,omitempty"` // the folders of gold graphs it was trained on
	w         *perceptron.Model
	out       []bool // by class: in Types
}

// PairNone is the class of a pair that states no relation.
const PairNone = "NONE"

// PairExample is one training pair: its features, the types its labels
// allow, the gold types it holds (none: NONE), and its bag: the pairs of
// one article naming the same two entities (in either order) share a bag.
type PairExample struct {
	Feats   []uint64
	Allowed []string
	Gold    []string
	Bag     int
}

// TrainPairModel trains an averaged perceptron over the examples for the
// given number of epochs, visiting the bags in an order fixed by the epoch
// number, so that the same examples give the same model. classes are the
// relation types (NONE is added first).
//
// Gold graphs say which entities are related, not in which sentence: a
// related pair of entities labels every sentence that names both, most of
// which state something else (distant supervision's noise). Training is
// therefore multi-instance (Riedel et al. 2010, "at least one"): a bag
// whose pairs hold gold types trains only its pair and type that score
// best, the sentence most likely to state it, towards that type; the
// other pairs of the bag are left out. The pairs of a bag with no gold
// type each train towards NONE. The model outputs all classes, with
// margin 0 and the stage off, until the caller sets them.
func TrainPairModel(examples []PairExample, classes []string, epochs int) *PairModel {
	names := append([]string{PairNone}, classes...)
	index := map[string]int{}
	for i, c := range names {
		index[c] = i
	}
	var bagIDs []int
	bags := map[int][]int{}
	for i, ex := range examples {
		if _, ok := bags[ex.Bag]; !ok {
			bagIDs = append(bagIDs, ex.Bag)
		}
		bags[ex.Bag] = append(bags[ex.Bag], i)
	}
	t := perceptron.NewTrainer(len(names))
	scores := make([]float32, len(names))
	allowed := make([][]bool, len(examples))
	for i, ex := range examples {
		allowed[i] = make([]bool, len(names))
		allowed[i][0] = true
		for _, a := range ex.Allowed {
			if c, ok := index[a]; ok {
				allowed[i][c] = true
			}
		}
	}
	train := func(n, truth int) {
		ex := &examples[n]
		t.Scores(ex.Feats, scores)
		guess := bestClass(scores, allowed[n])
		t.Tick()
		if guess != truth {
			t.Update(ex.Feats, truth, guess)
		}
	}
	for e := range epochs {
		order := rand.New(rand.NewPCG(uint64(e)+1, 0x9a17)).Perm(len(bagIDs))
		for _, b := range order {
			members := bags[bagIDs[b]]
			positive := false
			for _, n := range members {
				positive = positive || len(examples[n].Gold) > 0
			}
			if !positive {
				for _, n := range members {
					train(n, 0)
				}
				continue
			}
			bestN, bestC := -1, 0
			var bestS float32
			for _, n := range members {
				t.Scores(examples[n].Feats, scores)
				for _, g := range examples[n].Gold {
					if c, ok := index[g]; ok && allowed[n][c] && (bestN < 0 || scores[c] > bestS) {
						bestN, bestC, bestS = n, c, scores[c]
					}
				}
			}
			if bestN >= 0 {
				train(bestN, bestC)
			}
		}
	}
	m := &PairModel{Classes: names, Types: classes, w: t.Model(0.005)}
	m.index()
	return m
}

// bestClass is the allowed class of the highest score, the lower on ties.
func bestClass(scores []float32, allowed []bool) int {
	best := 0
	for c, s := range scores {
		if allowed[c] && s > scores[best] {
			best = c
		}
	}
	return best
}

// index fills the model's look-up of the types it may output.
func (m *PairModel) index() {
	m.out = make([]bool, len(m.Classes))
	for c, name := range m.Classes {
		m.out[c] = c > 0 && slices.Contains(m.Types, name)
	}
}

// Predict returns the type the model gives a pair (among the types its
// labels allow and the model may output) and by how much its score beats
// NONE's; "" when no type is allowed.
func (m *PairModel) Predict(feats []uint64, allowed []string) (string, float64) {
	var scores perceptron.Scores
	m.w.Scores(feats, &scores)
	best := -1
	for c := 1; c < len(m.Classes); c++ {
		if m.out[c] && slices.Contains(allowed, m.Classes[c]) && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return "", 0
	}
	return m.Classes[best], float64(scores[best]-scores[0]) * float64(m.w.Scale())
}

// WriteTo writes the model: gzip of one line of JSON metadata, then the
// perceptron's weights. The same model gives the same bytes.
func (m *PairModel) WriteTo(w io.Writer) (int64, error) {
	meta, err := json.Marshal(m)
	if err != nil {
		return 0, fmt.Errorf("pair model: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("pair model: %w", err)
	}
	if _, err := zw.Write(append(meta, '\n')); err != nil {
		return 0, fmt.Errorf("pair model: %w", err)
	}
	n, err := m.w.WriteTo(zw)
	if err != nil {
		return 0, fmt.Errorf("pair model: %w", err)
	}
	return int64(len(meta)) + 1 + n, zw.Close()
}

// ReadPairModel reads a model written by WriteTo.
func ReadPairModel(r io.Reader) (*PairModel, error) {
	m, br, err := readPairMeta(r)
	if err != nil {
		return nil, err
	}
	if m.w, err = perceptron.Read(br); err != nil {
		return nil, fmt.Errorf("pair model: %w", err)
	}
	if m.w.Classes() != len(m.Classes) {
		return nil, fmt.Errorf("pair model: %d classes named, %d weighted", len(m.Classes), m.w.Classes())
	}
	m.index()
	return m, nil
}

// readPairMeta reads a model's metadata line, not its weights, and
// returns the reader positioned at the weights.
func readPairMeta(r io.Reader) (*PairModel, *bufio.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, nil, fmt.Errorf("pair model: %w", err)
	}
	br := bufio.NewReader(zr)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil, nil, fmt.Errorf("pair model: no metadata: %w", err)
	}
	m := &PairModel{}
	if err := json.Unmarshal(line, m); err != nil {
		return nil, nil, fmt.Errorf("pair model: metadata: %w", err)
	}
	if len(m.Classes) == 0 || m.Classes[0] != PairNone {
		return nil, nil, errors.New("pair model: the first class is not NONE")
	}
	return m, br, nil
}

// pairModelData is the embedded model (pairmodel.gz), written by
// extract/internal/trainpairs.
//
//go:embed pairmodel.gz
var pairModelData string

var defaultPairModel = sync.OnceValues(func() (*PairModel, error) {
	if pairModelData == "" {
		return nil, nil // none trained yet
	}
	return ReadPairModel(strings.NewReader(pairModelData))
})

// enabledPairModel returns the embedded pair model when its metadata
// switches the stage on, and nil otherwise: a model switched off costs
// New no decoding of its weights.
var enabledPairModel = sync.OnceValues(func() (*PairModel, error) {
	if pairModelData == "" {
		return nil, nil
	}
	m, _, err := readPairMeta(strings.NewReader(pairModelData))
	if err != nil || !m.Enabled {
		return nil, err
	}
	return defaultPairModel()
})

// SetPairModel replaces the extractor's pair model (nil: none); call it
// before extracting, not during.
func (x *Extractor) SetPairModel(m *PairModel) { x.pairs = m }

// Candidates extracts an article as Extract does, without the pair model's
// relations, and returns the pairs the model would score (the trainer's
// input).
func (x *Extractor) Candidates(ctx context.Context, in Input) (*Graph, []PairCandidate, error) {
	var out []PairCandidate
	g, err := x.extract(ctx, in, &out)
	return g, out, err
}

// pairModel is the pair model's stage: it scores the pairs the rules left
// unrelated and relates each pair (one direction, the better) whose best
// type beats NONE by the model's margin. With d.pairsOut set it only
// collects the candidates.
func (x *Extractor) pairModel(d *doc) {
	if d.pairsOut == nil && (x.pairs == nil || !x.pairs.Enabled) {
		return
	}
	cands := x.pairCandidates(d, false)
	if d.pairsOut != nil {
		*d.pairsOut = append(*d.pairsOut, cands...)
		return
	}
	type choice struct {
		c      *PairCandidate
		typ    string
		margin float64
	}
	var picks []choice
	for i := range cands {
		c := &cands[i]
		typ, margin := x.pairs.Predict(c.Feats, c.Allowed)
		if typ == "" || margin < x.pairs.Margin {
			continue
		}
		if n := len(picks); n > 0 && picks[n-1].c.si == c.si && picks[n-1].c.Source == c.Target && picks[n-1].c.Target == c.Source {
			if margin > picks[n-1].margin {
				picks[n-1] = choice{c, typ, margin} // the other direction of the pair, better
			}
			continue
		}
		picks = append(picks, choice{c, typ, margin})
	}
	for _, p := range picks {
		x.addRel(d, p.c.si, p.typ, "", &d.mentions[p.c.src], &d.mentions[p.c.tgt], nil)
	}
}

// pairTypes returns the relation types whose labels fit a source of label
// a and a target of label b, sorted.
func (x *Extractor) pairTypes(a, b string) []string {
	return x.pairTypeIndex[[2]string{a, b}]
}

// indexPairTypes maps each pair of labels to the types it fits, sorted.
func indexPairTypes(lx *lexicon) map[[2]string][]string {
	out := map[[2]string][]string{}
	names := make([]string, 0, len(lx.relTypes))
	for n := range lx.relTypes {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		rt := lx.relTypes[n]
		for _, s := range rt.Sources {
			for _, t := range rt.Targets {
				out[[2]string{s, t}] = append(out[[2]string{s, t}], n)
			}
		}
	}
	return out
}

// pairCandidates returns the candidate pairs of the document, sentence by
// sentence, and in a sentence by the order of the entities' first
// mentions, each pair in both orders (the first mention's entity as source
// first). With names the features are kept as text too.
func (x *Extractor) pairCandidates(d *doc, names bool) []PairCandidate {
	related := map[[2]string]bool{}
	for _, r := range d.rels {
		related[[2]string{r.Source, r.Target}] = true
		related[[2]string{r.Target, r.Source}] = true
	}
	var out []PairCandidate
	for si := range d.sents {
		if si == d.header.byline {
			continue
		}
		ms := d.sentMentions(si)
		var keys []string
		first := map[string]bool{}
		for _, k := range ms {
			m := &d.mentions[k]
			if m.Key == "" || !entityLabels[m.Label] || m.Kind == mImplied || first[m.Key] {
				continue
			}
			first[m.Key] = true
			keys = append(keys, m.Key)
		}
		if len(keys) < 2 {
			continue
		}
		var cues []cueSpan
		cuesRead := false
		for a := 0; a < len(keys); a++ {
			for b := a + 1; b < len(keys); b++ {
				if related[[2]string{keys[a], keys[b]}] {
					continue
				}
				ma, mb := d.closestMentions(ms, keys[a], keys[b])
				for _, dir := range [2][2]int{{ma, mb}, {mb, ma}} {
					src, tgt := &d.mentions[dir[0]], &d.mentions[dir[1]]
					allowed := x.pairTypes(src.Label, tgt.Label)
					if len(allowed) == 0 {
						continue
					}
					if !cuesRead {
						cues, cuesRead = x.sentenceCues(d, si), true
					}
					f := pairFeats{keep: names}
					x.pairFeatures(d, &f, ms, cues, dir[0], dir[1])
					out = append(out, PairCandidate{Source: src.Key, Target: tgt.Key, Span: d.sents[si].Span(),
						Allowed: allowed, Feats: f.hs, Names: f.names, si: si, src: dir[0], tgt: dir[1]})
				}
			}
		}
	}
	return out
}

// closestMentions returns the mentions of keys a and b in the sentence
// (mention indexes ms) with the fewest tokens between them, the first such
// on ties.
func (d *doc) closestMentions(ms []int, a, b string) (int, int) {
	ba, bb, best := -1, -1, 0
	for _, i := range ms {
		if d.mentions[i].Key != a || d.mentions[i].Kind == mImplied {
			continue
		}
		for _, j := range ms {
			if d.mentions[j].Key != b || d.mentions[j].Kind == mImplied {
				continue
			}
			g := gapBetween(&d.mentions[i], &d.mentions[j])
			if ba < 0 || g < best {
				ba, bb, best = i, j, g
			}
		}
	}
	return ba, bb
}

// gapBetween is the number of tokens between two mentions (0 when they
// touch or overlap).
func gapBetween(a, b *Mention) int {
	if a.From > b.From {
		a, b = b, a
	}
	return max(b.From-a.To, 0)
}

// cueSpan is a cue phrase found in a sentence, literally: the pair model's
// cue features read which cue types occur where, not whether a rule would
// take the cue.
type cueSpan struct {
	from, to int
	typ      string
	lemma    string
}

// sentenceCues returns the cue phrases of sentence si whose words occur
// as written (a verb cue's first word in any inflection), left to right.
func (x *Extractor) sentenceCues(d *doc, si int) []cueSpan {
	s := d.sents[si]
	var out []cueSpan
	for i := s.From; i < s.To; i++ {
		for _, c := range x.cuesOf(d, i) {
			n := len(c.words)
			if i+n > s.To {
				continue
			}
			ok := true
			for k := 1; k < n && ok; k++ {
				ok = d.lw(i+k) == c.words[k]
			}
			if ok {
				out = append(out, cueSpan{from: i, to: i + n, typ: c.Type, lemma: c.words[0]})
			}
		}
	}
	return out
}

// pairFeats collects hashed features, and their text when keep is set.
type pairFeats struct {
	hs    []uint64
	names []string
	keep  bool
}

// Feature templates: each feature is a template and up to two values.
const (
	ftBias = iota + 1
	ftLabels
	ftKinds
	ftOrder
	ftDist
	ftBetweenCount
	ftBetweenWord
	ftFirstBetween
	ftLastBetween
	ftShortBetween
	ftBefore
	ftAfter
	ftCue
	ftCueLemma
	ftCueLabels
	ftNested
	ftSourceFirst
	ftWordLabels
	ftPath
	ftPathTop
	ftPathWord
	ftPathLen
	ftVerbBetween
)

var ftNames = [...]string{ftBias: "bias", ftLabels: "labels", ftKinds: "kinds", ftOrder: "order", ftDist: "dist",
	ftBetweenCount: "between#", ftBetweenWord: "bw", ftFirstBetween: "first", ftLastBetween: "last",
	ftShortBetween: "short", ftBefore: "before", ftAfter: "after", ftCue: "cue", ftCueLemma: "cuelemma",
	ftCueLabels: "cuelabels", ftNested: "nested", ftSourceFirst: "srcfirst", ftWordLabels: "bwlabels",
	ftPath: "path", ftPathTop: "pathtop", ftPathWord: "pathword", ftPathLen: "pathlen", ftVerbBetween: "verb"}

// add adds the feature of template t and values a and b.
func (f *pairFeats) add(t uint64, a, b string) {
	f.hs = append(f.hs, perceptron.Hash(t, perceptron.String(a), perceptron.String(b), 0))
	if f.keep {
		f.names = append(f.names, ftNames[t]+"="+a+"|"+b)
	}
}

var kindNames = [...]string{mName: "name", mAdjective: "adj", mTitle: "title", mPronoun: "pron", mDescription: "desc", mImplied: "implied"}

// distBucket buckets a token distance.
func distBucket(n int) string {
	switch {
	case n == 0:
		return "0"
	case n <= 2:
		return "1-2"
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	case n <= 20:
		return "11-20"
	}
	return "21+"
}

// pairWord is the pair model's form of token i: a cue verb's lemma, the
// lower-cased word, or "<num>".
func (x *Extractor) pairWord(d *doc, i int) string {
	if d.toks[i].Kind == Number {
		return "<num>"
	}
	w := d.lw(i)
	if l, ok := x.lex.verbs[w]; ok {
		return l
	}
	return w
}

// pairFeatures adds the features of the pair of mentions src -> tgt.
func (x *Extractor) pairFeatures(d *doc, f *pairFeats, ms []int, cues []cueSpan, src, tgt int) {
	s, t := &d.mentions[src], &d.mentions[tgt]
	labels := s.Label + ">" + t.Label
	order := "st"
	l, r := s, t
	if t.From < s.From {
		order, l, r = "ts", t, s
	}
	f.add(ftBias, "", "")
	f.add(ftLabels, labels, "")
	f.add(ftKinds, kindNames[s.Kind]+">"+kindNames[t.Kind], order)
	f.add(ftOrder, order, labels)
	gap := gapBetween(s, t)
	f.add(ftDist, distBucket(gap), order)
	if l.To > r.From {
		f.add(ftNested, order, labels)
	}
	sent := d.sents[s.sent]
	for _, k := range ms {
		if m := &d.mentions[k]; m.Key != "" && entityLabels[m.Label] {
			f.add(ftSourceFirst, yesNo(k == src), yesNo(k == tgt))
			break
		}
	}
	// the words between, an entity mention between read as its label
	var between []string
	others := 0
	for i := l.To; i < r.From; i++ {
		w := ""
		for _, k := range ms {
			if m := &d.mentions[k]; k != src && k != tgt && m.From == i && m.Key != "" && entityLabels[m.Label] {
				w = "<" + m.Label + ">"
				i = m.To - 1
				others++
				break
			}
		}
		if w == "" {
			w = x.pairWord(d, i)
		}
		between = append(between, w)
	}
	f.add(ftBetweenCount, distBucket(others), order)
	for _, w := range between {
		f.add(ftBetweenWord, w, order)
		f.add(ftWordLabels, w, labels+order)
	}
	if len(between) > 0 {
		f.add(ftFirstBetween, between[0], order)
		f.add(ftLastBetween, between[len(between)-1], order)
	}
	if len(between) <= 4 {
		f.add(ftShortBetween, strings.Join(between, " "), labels+order)
	}
	before, after := "<s>", "</s>"
	if l.From > sent.From {
		before = x.pairWord(d, l.From-1)
	}
	if r.To < sent.To {
		after = x.pairWord(d, r.To)
	}
	f.add(ftBefore, before, order)
	f.add(ftAfter, after, order)
	x.pathFeatures(d, f, s, t, labels, order)
	for _, c := range cues {
		where := "in"
		switch {
		case c.from >= l.To && c.to <= r.From:
			where = "between"
		case c.to <= l.From:
			where = "before"
		case c.from >= r.To:
			where = "after"
		}
		f.add(ftCue, c.typ, where+order)
		f.add(ftCueLemma, c.lemma, where+order)
		if where == "between" {
			f.add(ftCueLabels, c.typ, labels+order)
		}
	}
}

// yesNo spells a boolean feature value.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// pathFeatures adds the features of the dependency path between the heads
// of the two mentions: the relations on it with their directions ("^" up
// from the source's head, "v" down to the target's), the word at its top,
// its length, and the verbs between the mentions.
func (x *Extractor) pathFeatures(d *doc, f *pairFeats, s, t *Mention, labels, order string) {
	p := x.parseOf(d, s.sent)
	if p == nil {
		return
	}
	from := d.sents[s.sent].From
	l, r := min(s.To, t.To), max(s.From, t.From)
	for i := l; i < r; i++ {
		if k := i - from; k < len(p) && p[k].UPOS == "VERB" {
			f.add(ftVerbBetween, x.pairWord(d, i), order)
		}
	}
	hs, ht := mentionHead(p, s.From-from, s.To-from), mentionHead(p, t.From-from, t.To-from)
	if hs < 0 || ht < 0 || hs == ht {
		return
	}
	// the heads' ancestors, and the lowest common one
	depth := map[int]int{}
	for k, n := hs, 0; k >= 0 && n < len(p); k, n = p[k].Head, n+1 {
		depth[k] = n
	}
	var down []string
	top := -1
	for k, n := ht, 0; k >= 0 && n < len(p); k, n = p[k].Head, n+1 {
		if _, ok := depth[k]; ok {
			top = k
			break
		}
		down = append(down, "v"+p[k].Deprel)
	}
	if top < 0 {
		return
	}
	var up []string
	for k := hs; k != top; k = p[k].Head {
		up = append(up, "^"+p[k].Deprel)
	}
	slices.Reverse(down)
	path := strings.Join(append(up, down...), " ")
	n := len(up) + len(down)
	f.add(ftPathLen, distBucket(n), order)
	word := x.pairWord(d, from+top)
	if top == hs || top == ht {
		word = "<end>"
	}
	if n <= 6 {
		f.add(ftPath, path, labels)
		f.add(ftPathWord, path, word)
	}
	f.add(ftPathTop, word, labels)
}

// mentionHead returns the parse index of the head of the words [from, to)
// of a parse: the first whose head lies outside them; -1 if none.
func mentionHead(p []syntax.Token, from, to int) int {
	for k := from; k < to && k < len(p); k++ {
		if k >= 0 && (p[k].Head < from || p[k].Head >= to) {
			return k
		}
	}
	return -1
}
