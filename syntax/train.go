package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/geokg/geokg/syntax/perceptron"
)

// TrainOptions control training. The zero value is not useful; start from
// DefaultTrainOptions.
type TrainOptions struct {
	TagIterations   int     // passes over the data for the tagger
	ParseIterations int     // passes for the parser
	Seed            uint64  // shuffling and exploration; fixed for reproducible models
	Explore         float64 // probability of following the model's own (wrong) transition, from the second pass
	MinWeight       float64 // features whose averaged weights all stay below this are dropped from the models (see Prune)
	MinEntry        float64 // single weights below this are dropped from the tagger and the label model (see PruneEntries)
	JackknifeFolds  int     // train the parser on tags predicted by taggers trained on the other folds (0: gold tags)
}

// DefaultTrainOptions are the settings of the shipped model.
var DefaultTrainOptions = TrainOptions{TagIterations: 8, ParseIterations: 12, Seed: 1, Explore: 0.9, MinWeight: 1, MinEntry: 0.75, JackknifeFolds: 4}

// Train trains a tagger and a parser on the sentences; progress goes to log.
// The same sentences and options always give the same model.
func Train(sents []Sentence, opt TrainOptions, log io.Writer) (*Parser, error) {
	p := &Parser{}
	tagIndex := map[tagClass]int{}
	labelIndex := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			tagIndex[tagClass{t.UPOS, t.XPOS}] = 0
			labelIndex[t.Deprel] = 0
		}
	}
	for t := range tagIndex {
		p.tags = append(p.tags, t)
	}
	slices.SortFunc(p.tags, func(a, b tagClass) int {
		return strings.Compare(a.UPOS+" "+a.XPOS, b.UPOS+" "+b.XPOS)
	})
	for i, t := range p.tags {
		if strings.ContainsAny(t.UPOS+t.XPOS, " \n") || t.UPOS == "" || t.XPOS == "" {
			return nil, fmt.Errorf("training data: bad tag pair %q %q", t.UPOS, t.XPOS)
		}
		tagIndex[t] = i
	}
	for l := range labelIndex {
		p.labels = append(p.labels, l)
	}
	slices.Sort(p.labels)
	for i, l := range p.labels {
		if strings.ContainsAny(l, "\n") || l == "" {
			return nil, fmt.Errorf("training data: bad relation %q", l)
		}
		labelIndex[l] = i
	}
	if len(p.tags) > perceptron.MaxClasses || len(p.labels) > maxLabels {
		return nil, fmt.Errorf("training data: %d tag pairs, %d relations: too many", len(p.tags), len(p.labels))
	}
	ex := make([]example, 0, len(sents))
	for _, s := range sents {
		e := example{words: make([]string, len(s.Tokens)), tags: make([]int, len(s.Tokens)), heads: make([]int, len(s.Tokens)+1), labels: make([]int, len(s.Tokens)+1)}
		ok := true
		for i, t := range s.Tokens {
			e.words[i] = t.Text
			e.tags[i] = tagIndex[tagClass{t.UPOS, t.XPOS}]
			e.heads[i+1] = t.Head + 1
			e.labels[i+1] = labelIndex[t.Deprel]
			if t.Head < -1 || t.Head >= len(s.Tokens) {
				ok = false
			}
		}
		e.heads[0] = -1
		if ok && len(s.Tokens) <= MaxWords {
			e.sent = newSentence(e.words)
			ex = append(ex, e)
		}
	}
	if len(ex) == 0 {
		return nil, fmt.Errorf("training data: no sentences")
	}
	counts := tagCounts(ex, len(p.tags))
	p.lex = buildLexicon(counts)
	for i := range ex {
		ex[i].heldOutLexicon(counts)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	fmt.Fprintf(log, "training on %d sentences: %d tag pairs, %d relations\n", len(ex), len(p.tags), len(p.labels))
	p.tagger = trainTagger(ex, len(p.tags), opt, rng, log).Prune(opt.MinWeight).PruneEntries(opt.MinEntry)
	if err := p.init(); err != nil {
		return nil, err
	}
	// the parser learns on the tags it will see at run time
	predicted := make([][]int, len(ex))
	if opt.JackknifeFolds > 1 {
		k := opt.JackknifeFolds
		for f := range k {
			var part []example
			for i, e := range ex {
				if i%k != f {
					part = append(part, e)
				}
			}
			fmt.Fprintf(log, "jackknife fold %d/%d\n", f+1, k)
			m := trainTagger(part, len(p.tags), opt, rng, io.Discard)
			q := &Parser{tags: p.tags, tagger: m, lex: p.lex}
			for i, e := range ex {
				if i%k == f {
					predicted[i] = q.tag(e.sent, nil)
				}
			}
		}
	} else {
		for i, e := range ex {
			predicted[i] = e.tags
		}
	}
	p.parser, p.labeler = trainParser(p, ex, predicted, opt, rng, log)
	p.parser, p.labeler = p.parser.Prune(opt.MinWeight), p.labeler.Prune(opt.MinWeight).PruneEntries(opt.MinEntry)
	return p, p.init()
}

type example struct {
	words  []string
	tags   []int
	heads  []int // 1-based, index 0 unused
	labels []int
	sent   *sentence
}

func trainTagger(ex []example, classes int, opt TrainOptions, rng *rand.Rand, log io.Writer) *perceptron.Model {
	tr := perceptron.NewTrainer(classes)
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, classes)
	var feats []uint64
	for it := range opt.TagIterations {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		right, total := 0, 0
		for _, k := range order {
			e := ex[k]
			var p1, p2 uint64
			for i := range e.words {
				guess := int(e.sent.dict[i])
				if guess < 0 {
					feats = tagFeatures(feats[:0], e.sent, i+1, p1, p2)
					tr.Scores(feats, scores)
					guess = bestFloat(scores, nil)
					tr.Tick()
					tr.Update(feats, e.tags[i], guess)
				}
				if guess == e.tags[i] {
					right++
				}
				total++
				p2, p1 = p1, uint64(guess+1)
			}
		}
		fmt.Fprintf(log, "tagger pass %d: %.2f%% on training data\n", it+1, 100*float64(right)/float64(total))
	}
	return tr.Model(0)
}

func bestFloat(scores []float32, allowed func(int) bool) int {
	best := -1
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}

func trainParser(p *Parser, ex []example, predicted [][]int, opt TrainOptions, rng *rand.Rand, log io.Writer) (*perceptron.Model, *perceptron.Model) {
	L := len(p.labels)
	acts := perceptron.NewTrainer(numActions)
	labs := perceptron.NewTrainer(L)
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, max(numActions, L))
	var costs [numActions]int
	var feats []uint64
	for it := range opt.ParseIterations {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		right, total, lright, ltotal := 0, 0, 0, 0
		for _, k := range order {
			e := ex[k]
			th := make([]uint64, len(e.words)+1)
			th[0] = hRoot
			for i, t := range predicted[k] {
				th[i+1] = p.tagHash[t]
			}
			st := newState(len(e.words))
			for !st.done() {
				feats = parseFeatures(feats[:0], st, e.sent, th)
				acts.Scores(feats, scores)
				guess := bestFloat(scores[:numActions], st.legal)
				minCost := oracleCosts(st, e.heads, costs[:])
				gold := bestFloat(scores[:numActions], func(a int) bool { return st.legal(a) && costs[a] == minCost })
				acts.Tick()
				acts.Update(feats, gold, guess)
				next := gold
				if costs[guess] == minCost {
					next = guess
					right++
				} else if it > 0 && rng.Float64() < opt.Explore {
					next = guess
				}
				total++
				l := 0
				if next == actLeft || next == actRight {
					h, d := st.arcOf(next)
					feats = labelFeatures(feats[:0], st, e.sent, th, h, d)
					labs.Scores(feats, scores)
					l = bestFloat(scores[:L], func(l int) bool { return p.legalLabel(h, l) })
					if e.heads[d] == h {
						labs.Tick()
						labs.Update(feats, e.labels[d], l)
						ltotal++
						if l == e.labels[d] {
							lright++
						}
					}
				}
				st.apply(next, l)
			}
		}
		fmt.Fprintf(log, "parser pass %d: %.2f%% of transitions optimal, %.2f%% of labels right\n", it+1, 100*float64(right)/float64(total), 100*float64(lright)/float64(max(ltotal, 1)))
	}
	return acts.Model(0), labs.Model(0)
}

// oracleCosts sets costs[a] to the number of gold arcs that action a makes
// unreachable (the dynamic oracle of Goldberg and Nivre 2012 for the
// arc-eager system), and returns the lowest cost of a legal action.
// Illegal actions get a high cost.
func oracleCosts(st *state, gh []int, costs []int) int {
	const illegal = 1 << 30
	s, b, n := st.top(), st.b, st.n
	sDeps := 0 // dependents of s in the buffer
	for k := b; k <= n; k++ {
		if gh[k] == s {
			sDeps++
		}
	}
	sHeadLater := s != 0 && gh[s] > b // head of s in the buffer after b
	bHeadOnStack := gh[b] >= 0 && st.onStack[gh[b]]
	bDeps := 0 // headless stack words whose gold head is b
	for _, k := range st.stack {
		if k != 0 && st.head[k] < 0 && gh[k] == b {
			bDeps++
		}
	}
	minCost := illegal
	for a := range costs {
		if !st.legal(a) {
			costs[a] = illegal
			continue
		}
		cost := 0
		switch a {
		case actShift:
			cost = bDeps
			if bHeadOnStack {
				cost++
			}
		case actReduce:
			cost = sDeps
		case actLeft:
			// s <- b: s loses a head later in the buffer and its dependents there
			cost = sDeps
			if sHeadLater {
				cost++
			}
		default:
			// s -> b: b loses other heads (on the stack or later) and its dependents on the stack
			cost = bDeps
			if gh[b] != s && (gh[b] > b || gh[b] >= 0 && st.onStack[gh[b]]) {
				cost++
			}
		}
		costs[a] = cost
		minCost = min(minCost, cost)
	}
	return minCost
}

// Prune returns a copy of p without the features whose weights all stay
// below minWeight (see TrainOptions.MinWeight): a smaller, faster model.
func (p *Parser) Prune(minWeight float64) *Parser {
	q := *p
	q.tagger, q.parser, q.labeler = p.tagger.Prune(minWeight), p.parser.Prune(minWeight), p.labeler.Prune(minWeight)
	return &q
}

// PruneEntries returns a copy of p without the single weights of the
// tagger and the label model below minWeight (see perceptron.PruneEntries).
func (p *Parser) PruneEntries(minWeight float64) *Parser {
	q := *p
	q.tagger, q.labeler = p.tagger.PruneEntries(minWeight), p.labeler.PruneEntries(minWeight)
	return &q
}

// Sizes reports the number of features and weights of the tagger, the
// transition model and the label model.
func (p *Parser) Sizes() string {
	return fmt.Sprintf("tagger %d features %d weights, transitions %d/%d, labels %d/%d, lexicon %d words",
		p.tagger.Features(), p.tagger.Weights(), p.parser.Features(), p.parser.Weights(), p.labeler.Features(), p.labeler.Weights(), len(p.lex))
}
