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
	MinWeight       float64 // features whose averaged weights all stay below this are dropped
	JackknifeFolds  int     // train the parser on tags predicted by taggers trained on the other folds (0: gold tags)
}

// DefaultTrainOptions are the settings of the shipped model.
var DefaultTrainOptions = TrainOptions{TagIterations: 8, ParseIterations: 12, Seed: 1, Explore: 0.9, MinWeight: 0.05, JackknifeFolds: 0}

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
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	fmt.Fprintf(log, "training on %d sentences: %d tag pairs, %d relations\n", len(ex), len(p.tags), len(p.labels))
	p.tagger = trainTagger(ex, len(p.tags), opt, rng, log)
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
			q := &Parser{tags: p.tags, tagger: m}
			for i, e := range ex {
				if i%k == f {
					predicted[i] = q.tag(e.sent)
				}
			}
		}
	} else {
		for i, e := range ex {
			predicted[i] = e.tags
		}
	}
	p.parser = trainParser(p, ex, predicted, opt, rng, log)
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
				feats = tagFeatures(feats[:0], e.sent, i+1, p1, p2)
				tr.Scores(feats, scores)
				guess := bestFloat(scores, nil)
				tr.Tick()
				tr.Update(feats, e.tags[i], guess)
				if guess == e.tags[i] {
					right++
				}
				total++
				p2, p1 = p1, uint64(guess+1)
			}
		}
		fmt.Fprintf(log, "tagger pass %d: %.2f%% on training data\n", it+1, 100*float64(right)/float64(total))
	}
	return tr.Model(opt.MinWeight)
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

func trainParser(p *Parser, ex []example, predicted [][]int, opt TrainOptions, rng *rand.Rand, log io.Writer) *perceptron.Model {
	L := len(p.labels)
	classes := 2 + 2*L
	tr := perceptron.NewTrainer(classes)
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, classes)
	costs := make([]int, classes)
	var feats []uint64
	for it := range opt.ParseIterations {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		right, total := 0, 0
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
				tr.Scores(feats, scores)
				legal := func(c int) bool { return st.legal(c, L, p.rootLabel) }
				guess := bestFloat(scores, legal)
				minCost := oracleCosts(st, e.heads, e.labels, L, p.rootLabel, costs)
				gold := bestFloat(scores, func(c int) bool { return legal(c) && costs[c] == minCost })
				tr.Tick()
				tr.Update(feats, gold, guess)
				next := gold
				if costs[guess] == minCost {
					next = guess
					right++
				} else if it > 0 && rng.Float64() < opt.Explore {
					next = guess
				}
				total++
				st.apply(next, L)
			}
		}
		fmt.Fprintf(log, "parser pass %d: %.2f%% of transitions optimal\n", it+1, 100*float64(right)/float64(total))
	}
	return tr.Model(opt.MinWeight)
}

// oracleCosts sets costs[c] to the number of gold arcs that transition c
// makes unreachable (the dynamic oracle of Goldberg and Nivre 2012 for the
// arc-eager system, counting a wrong label as one lost arc), and returns the
// lowest cost of a legal transition. Illegal transitions get a high cost.
func oracleCosts(st *state, gh, gl []int, L, root int, costs []int) int {
	const illegal = 1 << 30
	s, b, n := st.top(), st.b, st.n
	// gold arcs between s or b and the rest of the configuration
	sDepsInBuf, sHeadInBuf := 0, false // dependents of s in b..n; head of s in b+1..n
	for k := b; k <= n; k++ {
		if gh[k] == s {
			sDepsInBuf++
		}
	}
	if s != 0 && gh[s] > b {
		sHeadInBuf = true
	}
	bHeadOnStack := st.onStack[max(gh[b], 0)] && gh[b] >= 0
	bDepsOnStack := 0 // headless stack words whose gold head is b
	for _, k := range st.stack {
		if k != 0 && st.head[k] < 0 && gh[k] == b {
			bDepsOnStack++
		}
	}
	minCost := illegal
	for c := range costs {
		if !st.legal(c, L, root) {
			costs[c] = illegal
			continue
		}
		cost := 0
		switch {
		case c == actShift:
			if bHeadOnStack {
				cost++
			}
			cost += bDepsOnStack
		case c == actReduce:
			cost = sDepsInBuf
		case c < actLeft+L:
			// s <- b: s loses its other possible heads and its dependents in the buffer
			if sHeadInBuf {
				cost++
			}
			cost += sDepsInBuf
			if gh[s] == b && gl[s] != c-actLeft {
				cost++
			}
		default:
			// s -> b: b loses its other heads (on the stack or later) and its dependents on the stack
			if gh[b] != s && (gh[b] > b || gh[b] >= 0 && st.onStack[gh[b]]) {
				cost++
			}
			cost += bDepsOnStack
			if gh[b] == s && gl[b] != c-actLeft-L {
				cost++
			}
		}
		costs[c] = cost
		minCost = min(minCost, cost)
	}
	return minCost
}
