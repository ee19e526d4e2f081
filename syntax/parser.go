package syntax

import "github.com/geokg/geokg/syntax/perceptron"

// The parser is a greedy arc-eager transition system (Nivre 2003) scored
// by the averaged perceptron with the features of Zhang and Nivre (2011).
// The transition (shift, reduce, left-arc, right-arc) and the label of a
// new arc are predicted by two models: four classes keep the transition
// model small and fast, and the label model is consulted once per word.

const (
	actShift = iota
	actReduce
	actLeft
	actRight
	numActions
)

// maxLabels bounds the label set (label sets are 64-bit masks).
const maxLabels = 64

// state is a parser configuration over words 1..n (0 is the root).
type state struct {
	n      int
	stack  []int
	b      int // front of the buffer; the buffer is b..n
	head   []int
	label  []int // label of the arc to the word's head, -1 when none
	lc1    []int // leftmost dependent, 0 when none
	lc2    []int // second leftmost
	rc1    []int // rightmost dependent
	rc2    []int
	nl, nr []int    // number of left and right dependents
	sl, sr []uint64 // sets of left and right dependents' labels
	// onStack marks the words on the stack, for the oracle
	onStack []bool
	// memory kept for the next sentence (see reset)
	ints []int
	sets []uint64
}

func newState(n int) *state {
	st := &state{}
	st.reset(n)
	return st
}

// reset makes st the initial configuration of a sentence of n words, in
// the memory of st's previous sentence when it is large enough (see work).
func (st *state) reset(n int) {
	m := n + 1
	st.n, st.b = n, 1
	st.ints = grow(st.ints, 8*m)
	clear(st.ints)
	for k, p := range []*[]int{&st.head, &st.label, &st.lc1, &st.lc2, &st.rc1, &st.rc2, &st.nl, &st.nr} {
		*p = st.ints[k*m : (k+1)*m]
	}
	for i := range m {
		st.head[i] = -1
		st.label[i] = -1
	}
	st.sets = grow(st.sets, 2*m)
	clear(st.sets)
	st.sl, st.sr = st.sets[:m], st.sets[m:]
	st.onStack = grow(st.onStack, m)
	clear(st.onStack)
	st.onStack[0] = true
	st.stack = append(st.stack[:0], 0)
}

func (st *state) done() bool { return st.b > st.n }

func (st *state) top() int { return st.stack[len(st.stack)-1] }

// legal reports whether action a may be applied. The root takes one
// dependent, by right-arc.
func (st *state) legal(a int) bool {
	if st.b > st.n {
		return false
	}
	s := st.top()
	switch a {
	case actShift:
		return true
	case actReduce:
		return s != 0 && st.head[s] >= 0
	case actLeft:
		return s != 0 && st.head[s] < 0
	default:
		return s != 0 || st.nr[0] == 0
	}
}

// apply performs action a; l is the label of the arc it makes.
func (st *state) apply(a, l int) {
	s := st.top()
	switch a {
	case actShift:
		st.push(st.b)
		st.b++
	case actReduce:
		st.pop()
	case actLeft:
		st.arc(st.b, s, l)
		st.pop()
	default:
		st.arc(s, st.b, l)
		st.push(st.b)
		st.b++
	}
}

// arcOf returns the head and dependent of the arc action a would make.
func (st *state) arcOf(a int) (h, d int) {
	if a == actLeft {
		return st.b, st.top()
	}
	return st.top(), st.b
}

func (st *state) push(i int) {
	st.stack = append(st.stack, i)
	st.onStack[i] = true
}

func (st *state) pop() {
	s := st.top()
	st.onStack[s] = false
	st.stack = st.stack[:len(st.stack)-1]
}

func (st *state) arc(h, d, l int) {
	st.head[d], st.label[d] = h, l
	if d < h {
		st.nl[h]++
		st.sl[h] |= 1 << uint(l)
		if st.lc1[h] == 0 || d < st.lc1[h] {
			st.lc2[h] = st.lc1[h]
			st.lc1[h] = d
		} else if st.lc2[h] == 0 || d < st.lc2[h] {
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		st.sr[h] |= 1 << uint(l)
		if d > st.rc1[h] {
			st.rc2[h] = st.rc1[h]
			st.rc1[h] = d
		} else if d > st.rc2[h] {
			st.rc2[h] = d
		}
	}
}

// finish makes a tree of the final configuration when words are left
// without a head (the buffer ran out with them on the stack). Of them and
// the root's dependent, the first verb (else the first word that is not
// punctuation or a symbol, else the first) becomes the root: the root's
// single right-arc is often taken early, for a subject or a fronted
// phrase, and the verb then stays headless. The others are attached to it
// with the label the label model gives them.
func (p *Parser) finish(st *state, s *sentence, th []uint64, tags []int, feats []uint64) {
	top := -1
	for i := 1; i <= st.n; i++ {
		if st.head[i] <= 0 && (top < 0 || p.rootRank[tags[i-1]] > p.rootRank[tags[top-1]]) {
			top = i
		}
	}
	if st.head[top] == 0 && st.nr[0] == 1 && st.rc1[0] == top {
		headless := false
		for i := 1; i <= st.n && !headless; i++ {
			headless = st.head[i] < 0
		}
		if !headless {
			return
		}
	}
	st.head[top], st.label[top] = 0, p.rootLabel
	var scores perceptron.Scores
	for i := 1; i <= st.n; i++ {
		if i == top || st.head[i] > 0 {
			continue
		}
		feats = labelFeatures(feats[:0], st, s, th, top, i)
		p.labeler.Scores(feats, &scores)
		l := -1
		for c := range len(p.labels) {
			if c != p.rootLabel && (l < 0 || scores[c] > scores[l]) {
				l = c
			}
		}
		st.head[i], st.label[i] = top, l
	}
}

// Parser feature templates.
const (
	fS0wp = 200 + iota
	fS0w
	fS0p
	fN0wp
	fN0w
	fN0p
	fN1wp
	fN1w
	fN1p
	fN2wp
	fN2w
	fN2p
	fS0wpN0wp
	fS0wpN0w
	fS0wN0wp
	fS0wpN0p
	fS0pN0wp
	fS0wN0w
	fS0pN0p
	fN0pN1p
	fN0pN1pN2p
	fS0pN0pN1p
	fS0hpS0pN0p
	fS0pS0lpN0p
	fS0pS0rpN0p
	fS0pN0pN0lp
	fS0wd
	fS0pd
	fN0wd
	fN0pd
	fS0wN0wd
	fS0pN0pd
	fS0wvr
	fS0pvr
	fS0wvl
	fS0pvl
	fN0wvl
	fN0pvl
	fS0hw
	fS0hp
	fS0l
	fS0lw
	fS0lp
	fS0ll
	fS0rw
	fS0rp
	fS0rl
	fN0lw
	fN0lp
	fN0ll
	fS0h2w
	fS0h2p
	fS0hl
	fS0l2w
	fS0l2p
	fS0l2l
	fS0r2w
	fS0r2p
	fS0r2l
	fN0l2w
	fN0l2p
	fN0l2l
	fS0pS0lpS0l2p
	fS0pS0rpS0r2p
	fS0pS0hpS0h2p
	fN0pN0lpN0l2p
	fS0wsr
	fS0psr
	fS0wsl
	fS0psl
	fN0wsl
	fN0psl
	fS1w
	fS1p
	fS1pS0pN0p
	fS1wS0wN0p
	fS0sN0s
	fN0sN1s
	fBias
	fN0wN1w
	fN0wpN1p
	fS0wS1w
	fS0wN0pN1p
	fS0pN0wN1p
)

// node describes one word of the configuration for the features.
type node struct {
	w, p, l uint64
}

// none is the node of a missing word.
var none = node{hNone, hNone, hNone}

// nodeOf describes word i of the configuration: -1 is no word, 0 the root.
func nodeOf(st *state, s *sentence, tags []uint64, i int) node {
	switch {
	case i < 0:
		return none
	case i == 0:
		return node{hRoot, hRoot, hNone}
	}
	l := hNone
	if st.label[i] >= 0 {
		l = uint64(st.label[i] + 1)
	}
	return node{s.lower[s.at(i)], tags[i], l}
}

// parseFeatures appends the features of the configuration. tags holds
// the hashed tag of every word (index 1..n; 0 is the root). The stack is
// never empty (the root is never popped).
//
// The features come in groups by what they depend on, so that the parser
// can score each group only when its part of the configuration changed
// (see parse); the order of the features does not matter, to scoring or
// to training (whose weights are whole numbers, so sums are exact).
func parseFeatures(f []uint64, st *state, s *sentence, tags []uint64) []uint64 {
	f = bufferFeatures(f, st, s, tags)
	f = n0Features(f, st, s, tags)
	f = s0Features(f, st, s, tags)
	f = s0RightFeatures(f, st, s, tags)
	return pairFeatures(f, st, s, tags)
}

// bufferFeatures appends the features that depend only on the front of
// the buffer (its words have no head and no dependents to its right yet):
// they stay the same from one transition to the next until a shift or a
// right-arc, so the parser scores them once per buffer position.
func bufferFeatures(f []uint64, st *state, s *sentence, tags []uint64) []uint64 {
	node := func(i int) node {
		if i > st.n {
			return none
		}
		return node{s.lower[s.at(i)], tags[i], hNone}
	}
	b := st.b
	N0, N1, N2 := node(b), node(b+1), node(b+2)
	n0i, n1i := b, b+1
	if n0i > st.n {
		n0i = -1
	}
	if n1i > st.n {
		n1i = -1
	}
	h := perceptron.Hash
	return append(f,
		h(fBias, 0, 0, 0),
		h(fN0wp, N0.w, N0.p, 0),
		h(fN0w, N0.w, 0, 0),
		h(fN0p, N0.p, 0, 0),
		h(fN1wp, N1.w, N1.p, 0),
		h(fN1w, N1.w, 0, 0),
		h(fN1p, N1.p, 0, 0),
		h(fN2wp, N2.w, N2.p, 0),
		h(fN2w, N2.w, 0, 0),
		h(fN2p, N2.p, 0, 0),
		h(fN0pN1p, N0.p, N1.p, 0),
		h(fN0pN1pN2p, N0.p, N1.p, N2.p),
		h(fN0sN1s, suffixOf(s, n0i), suffixOf(s, n1i), 0),
		h(fN0wN1w, N0.w, N1.w, 0),
		h(fN0wpN1p, N0.w, N0.p, N1.p),
	)
}

// front returns the front of the buffer, -1 when it is empty.
func (st *state) front() int {
	if st.b > st.n {
		return -1
	}
	return st.b
}

// n0Features appends the features of the front of the buffer N0 with its
// left dependents: they change with a shift, a right-arc (a new front) or
// a left-arc (a new left dependent).
func n0Features(f []uint64, st *state, s *sentence, tags []uint64) []uint64 {
	n0 := st.front()
	N0 := nodeOf(st, s, tags, n0)
	N0l, N0l2 := none, none
	var nvl, nsl uint64
	if n0 >= 0 {
		nvl, nsl = uint64(st.nl[n0]), st.sl[n0]
		N0l, N0l2 = nodeOf(st, s, tags, opt0(st.lc1[n0])), nodeOf(st, s, tags, opt0(st.lc2[n0]))
	}
	h := perceptron.Hash
	return append(f,
		h(fN0wvl, N0.w, nvl, 0),
		h(fN0pvl, N0.p, nvl, 0),
		h(fN0lw, N0l.w, 0, 0),
		h(fN0lp, N0l.p, 0, 0),
		h(fN0ll, N0l.l, 0, 0),
		h(fN0l2w, N0l2.w, 0, 0),
		h(fN0l2p, N0l2.p, 0, 0),
		h(fN0l2l, N0l2.l, 0, 0),
		h(fN0pN0lpN0l2p, N0.p, N0l.p, N0l2.p),
		h(fN0wsl, N0.w, nsl, 0),
		h(fN0psl, N0.p, nsl, 0),
	)
}

// s0Features appends the features of the stack top S0 that stay the same
// as long as it is on the stack: its word, tag and label, its head and
// the head's head, its left dependents and the word below it (S1). A word
// has its head when it is pushed (by a right-arc) or gets it as it is
// popped (by a left-arc); its left dependents all come while it is the
// front of the buffer; the words below it only change once it is popped.
// Every word is pushed once, so the parser scores these once per word.
func s0Features(f []uint64, st *state, s *sentence, tags []uint64) []uint64 {
	s0, s1 := st.top(), -1
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	S0, S1 := nodeOf(st, s, tags, s0), nodeOf(st, s, tags, s1)
	h1, h2 := st.head[s0], -1
	if h1 >= 0 {
		h2 = st.head[h1]
	}
	S0h, S0h2 := nodeOf(st, s, tags, h1), nodeOf(st, s, tags, h2)
	S0l, S0l2 := nodeOf(st, s, tags, opt0(st.lc1[s0])), nodeOf(st, s, tags, opt0(st.lc2[s0]))
	vl, ssl := uint64(st.nl[s0]), st.sl[s0]
	h := perceptron.Hash
	return append(f,
		h(fS0wp, S0.w, S0.p, 0),
		h(fS0w, S0.w, 0, 0),
		h(fS0p, S0.p, 0, 0),
		h(fS0wvl, S0.w, vl, 0),
		h(fS0pvl, S0.p, vl, 0),
		h(fS0hw, S0h.w, 0, 0),
		h(fS0hp, S0h.p, 0, 0),
		h(fS0l, S0.l, 0, 0),
		h(fS0lw, S0l.w, 0, 0),
		h(fS0lp, S0l.p, 0, 0),
		h(fS0ll, S0l.l, 0, 0),
		h(fS0h2w, S0h2.w, 0, 0),
		h(fS0h2p, S0h2.p, 0, 0),
		h(fS0hl, S0h.l, 0, 0),
		h(fS0l2w, S0l2.w, 0, 0),
		h(fS0l2p, S0l2.p, 0, 0),
		h(fS0l2l, S0l2.l, 0, 0),
		h(fS0pS0lpS0l2p, S0.p, S0l.p, S0l2.p),
		h(fS0pS0hpS0h2p, S0.p, S0h.p, S0h2.p),
		h(fS0wsl, S0.w, ssl, 0),
		h(fS0psl, S0.p, ssl, 0),
		h(fS1w, S1.w, 0, 0),
		h(fS1p, S1.p, 0, 0),
		h(fS0wS1w, S0.w, S1.w, 0),
	)
}

// s0RightFeatures appends the features of the stack top with its right
// dependents: they change when it gets one (by a right-arc, which pushes
// the dependent on it: the top is then the same again after a reduce).
func s0RightFeatures(f []uint64, st *state, s *sentence, tags []uint64) []uint64 {
	s0 := st.top()
	S0 := nodeOf(st, s, tags, s0)
	S0r, S0r2 := nodeOf(st, s, tags, opt0(st.rc1[s0])), nodeOf(st, s, tags, opt0(st.rc2[s0]))
	vr, ssr := uint64(st.nr[s0]), st.sr[s0]
	h := perceptron.Hash
	return append(f,
		h(fS0wvr, S0.w, vr, 0),
		h(fS0pvr, S0.p, vr, 0),
		h(fS0rw, S0r.w, 0, 0),
		h(fS0rp, S0r.p, 0, 0),
		h(fS0rl, S0r.l, 0, 0),
		h(fS0r2w, S0r2.w, 0, 0),
		h(fS0r2p, S0r2.p, 0, 0),
		h(fS0r2l, S0r2.l, 0, 0),
		h(fS0pS0rpS0r2p, S0.p, S0r.p, S0r2.p),
		h(fS0wsr, S0.w, ssr, 0),
		h(fS0psr, S0.p, ssr, 0),
	)
}

// pairFeatures appends the features that join the stack (S0, S1) and the
// buffer (N0, N1): no two transitions share their values, so the parser
// scores them at every transition.
func pairFeatures(f []uint64, st *state, s *sentence, tags []uint64) []uint64 {
	s0, n0, n1 := st.top(), st.front(), -1
	s1 := -1
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	if st.b+1 <= st.n {
		n1 = st.b + 1
	}
	S0, S1 := nodeOf(st, s, tags, s0), nodeOf(st, s, tags, s1)
	N0, N1 := nodeOf(st, s, tags, n0), nodeOf(st, s, tags, n1)
	S0hp, S0lp, S0rp, N0lp := hNone, hNone, hNone, hNone
	if h1 := st.head[s0]; h1 >= 0 {
		S0hp = nodeOf(st, s, tags, h1).p
	}
	if l := st.lc1[s0]; l > 0 {
		S0lp = tags[l]
	}
	if r := st.rc1[s0]; r > 0 {
		S0rp = tags[r]
	}
	var d uint64
	if n0 >= 0 {
		if l := st.lc1[n0]; l > 0 {
			N0lp = tags[l]
		}
		d = uint64(min(n0-s0, 5))
		if n0-s0 >= 10 {
			d = 10
		}
	}
	h := perceptron.Hash
	return append(f,
		h(fS0wpN0wp, h(0, S0.w, S0.p, 0), N0.w, N0.p),
		h(fS0wpN0w, S0.w, S0.p, N0.w),
		h(fS0wN0wp, S0.w, N0.w, N0.p),
		h(fS0wpN0p, S0.w, S0.p, N0.p),
		h(fS0pN0wp, S0.p, N0.w, N0.p),
		h(fS0wN0w, S0.w, N0.w, 0),
		h(fS0pN0p, S0.p, N0.p, 0),
		h(fS0pN0pN1p, S0.p, N0.p, N1.p),
		h(fS0hpS0pN0p, S0hp, S0.p, N0.p),
		h(fS0pS0lpN0p, S0.p, S0lp, N0.p),
		h(fS0pS0rpN0p, S0.p, S0rp, N0.p),
		h(fS0pN0pN0lp, S0.p, N0.p, N0lp),
		h(fS0wd, S0.w, d, 0),
		h(fS0pd, S0.p, d, 0),
		h(fN0wd, N0.w, d, 0),
		h(fN0pd, N0.p, d, 0),
		h(fS0wN0wd, S0.w, N0.w, d),
		h(fS0pN0pd, S0.p, N0.p, d),
		h(fS1pS0pN0p, S1.p, S0.p, N0.p),
		h(fS1wS0wN0p, S1.w, S0.w, N0.p),
		h(fS0sN0s, suffixOf(s, s0), suffixOf(s, n0), 0),
		h(fS0wN0pN1p, S0.w, N0.p, N1.p),
		h(fS0pN0wN1p, S0.p, N0.w, N1.p),
	)
}

// opt0 maps "no word" (0 in the dependent arrays) to -1.
func opt0(i int) int {
	if i == 0 {
		return -1
	}
	return i
}

func suffixOf(s *sentence, i int) uint64 {
	if i < 1 {
		return hNone
	}
	return s.suf3[s.at(i)]
}

// Label feature templates.
const (
	lBias = 400 + iota
	lDw
	lDp
	lHw
	lHp
	lDwHp
	lDpHw
	lDpHp
	lDirDpHp
	lDistDpHp
	lDs
	lDsHp
	lDform
	lDl1
	lDr1
	lDl1Dp
	lDlsDp
	lHlsDp
	lHrsDp
	lHlHpDp
	lHhp
	lDprevDp
	lDnextDp
	lDprevDnextDp
	lHnextHp
	lDwDir
	lDvDp
	lDpN1p
	lDl1wHp
	lDl1wDp
	lDl2wDp
	lDr1wDp
	lDwHw
	lDistDirDpHp
	lSibDp
	lDflagsDp
	lHhwHpDp
	lHl1wDp
	lDsHw
	lHsDp
)

// labelFeatures appends the features for the label of the arc h -> d.
func labelFeatures(f []uint64, st *state, s *sentence, tags []uint64, h, d int) []uint64 {
	w := func(i int) uint64 {
		if i == 0 {
			return hRoot
		}
		if i < 0 || i > st.n {
			return hNone
		}
		return s.lower[s.at(i)]
	}
	p := func(i int) uint64 {
		if i < 0 || i > st.n {
			return hNone
		}
		return tags[i]
	}
	l := func(i int) uint64 {
		if i <= 0 || st.label[i] < 0 {
			return hNone
		}
		return uint64(st.label[i] + 1)
	}
	dir := uint64(0)
	if d < h {
		dir = 1
	}
	dist := uint64(min(max(h-d, d-h), 6))
	dw, dp, hw, hp := w(d), p(d), w(h), p(h)
	ds := s.suf3[s.at(d)]
	hh := -1
	if h > 0 {
		hh = st.head[h]
	}
	// the head's previous dependent on the same side
	sib := st.rc1[h]
	if dir == 1 {
		sib = st.lc1[h]
	}
	bh := perceptron.Hash
	return append(f,
		bh(lBias, dir, 0, 0),
		bh(lDw, dw, 0, 0),
		bh(lDp, dp, 0, 0),
		bh(lHw, hw, 0, 0),
		bh(lHp, hp, 0, 0),
		bh(lDwHp, dw, hp, dir),
		bh(lDpHw, dp, hw, dir),
		bh(lDpHp, dp, hp, 0),
		bh(lDirDpHp, dir, dp, hp),
		bh(lDistDpHp, dist, dp, hp),
		bh(lDs, ds, 0, 0),
		bh(lDsHp, ds, hp, dir),
		bh(lDform, s.form[s.at(d)], 0, 0),
		bh(lDl1, l(st.lc1[d]), 0, 0),
		bh(lDr1, l(st.rc1[d]), 0, 0),
		bh(lDl1Dp, l(st.lc1[d]), dp, 0),
		bh(lDlsDp, st.sl[d], dp, 0),
		bh(lHlsDp, st.sl[h], dp, dir),
		bh(lHrsDp, st.sr[h], dp, dir),
		bh(lHlHpDp, l(h), hp, dp),
		bh(lHhp, p(hh), hp, dp),
		bh(lDprevDp, p(d-1), dp, 0),
		bh(lDnextDp, p(d+1), dp, 0),
		bh(lDprevDnextDp, p(d-1), p(d+1), dp),
		bh(lHnextHp, p(h+1), hp, dir),
		bh(lDwDir, dw, dir, 0),
		bh(lDvDp, uint64(st.nl[d]), uint64(st.nr[d]), dp),
		bh(lDpN1p, dp, p(st.b+1), dir),
		bh(lDl1wHp, w(opt0(st.lc1[d])), hp, dir),
		bh(lDl1wDp, w(opt0(st.lc1[d])), dp, 0),
		bh(lDl2wDp, w(opt0(st.lc2[d])), dp, 0),
		bh(lDr1wDp, w(opt0(st.rc1[d])), dp, 0),
		bh(lDwHw, dw, hw, dir),
		bh(lDistDirDpHp, dist<<1|dir, dp, hp),
		bh(lSibDp, l(sib), dp, hp),
		bh(lDflagsDp, s.flags[s.at(d)], dp, dir),
		bh(lHhwHpDp, w(hh), hp, dp),
		bh(lHl1wDp, w(opt0(st.lc1[h])), dp, dir),
		bh(lDsHw, ds, hw, dir),
		bh(lHsDp, suffixOf(s, h), dp, dir),
	)
}

// legalLabel reports whether label l may go on the arc h -> d: the root
// relation exactly on the root's arc.
func (p *Parser) legalLabel(h, l int) bool {
	return (h == 0) == (l == p.rootLabel)
}

// actionScores is the part of the transition scores that one group of
// features gives (see parseFeatures).
type actionScores = [numActions]int32

// stackScores caches the transition scores of a word's groups of features
// as the stack top, for when it is the top again after a pop.
type stackScores struct {
	fixed   actionScores // s0Features
	right   actionScores // s0RightFeatures
	scored  bool         // fixed is set
	rightAt int          // right dependents when right was set, -1 before
}

// The groups of transition features (see parseFeatures).
const (
	gPair = iota
	gBuffer
	gN0
	gFixed
	gRight
	numGroups
)

// parse returns the head (0 for the root) and label of words 1..n.
//
// Each group of transition features (see parseFeatures) is scored only
// when the part of the configuration it depends on changed, and the
// transition's scores are the sums of the groups' (whole numbers: the
// same as scoring all the features at once). On the EWT sample a
// transition then looks up 60 features instead of 77 (a word 114
// instead of 146), and the groups it does score are scored in one pass
// (see perceptron.Model.GroupScores).
//
// The results are in w's memory.
func (p *Parser) parse(s *sentence, tags []int, w *work) (heads, labels []int) {
	w.th = grow(w.th, s.n+1)
	th := w.th
	th[0] = hRoot
	for i, t := range tags {
		th[i+1] = p.tagHash[t]
	}
	st := &w.st
	st.reset(s.n)
	feats := w.feats
	defer func() { w.feats = feats }()
	var scores perceptron.Scores
	w.cache = grow(w.cache, s.n+1)
	cache := w.cache
	for i := range cache {
		cache[i] = stackScores{rightAt: -1}
	}
	var buf, n0 actionScores
	bufAt, n0At, n0Left := -1, -1, -1
	var (
		ends  [numGroups]int
		which [numGroups]int
		out   [numGroups]actionScores
	)
	for !st.done() {
		top := st.top()
		c := &cache[top]
		feats = pairFeatures(feats[:0], st, s, th)
		ends[0], which[0] = len(feats), gPair
		ng := 1
		if st.b != bufAt {
			feats = bufferFeatures(feats, st, s, th)
			ends[ng], which[ng] = len(feats), gBuffer
			ng++
		}
		if st.b != n0At || st.nl[st.b] != n0Left {
			feats = n0Features(feats, st, s, th)
			ends[ng], which[ng] = len(feats), gN0
			ng++
		}
		if !c.scored {
			feats = s0Features(feats, st, s, th)
			ends[ng], which[ng] = len(feats), gFixed
			ng++
		}
		if c.rightAt != st.nr[top] {
			feats = s0RightFeatures(feats, st, s, th)
			ends[ng], which[ng] = len(feats), gRight
			ng++
		}
		p.parser.GroupScores(feats, ends[:ng], out[:ng])
		for g := 1; g < ng; g++ {
			switch which[g] {
			case gBuffer:
				buf, bufAt = out[g], st.b
			case gN0:
				n0, n0At, n0Left = out[g], st.b, st.nl[st.b]
			case gFixed:
				c.fixed, c.scored = out[g], true
			case gRight:
				c.right, c.rightAt = out[g], st.nr[top]
			}
		}
		total := out[0]
		for k := range numActions {
			total[k] += buf[k] + n0[k] + c.fixed[k] + c.right[k]
		}
		a := -1
		for k := range numActions {
			if (a < 0 || total[k] > total[a]) && st.legal(k) {
				a = k
			}
		}
		l := 0
		if a == actLeft || a == actRight {
			// the root's arc takes the root relation: nothing to score
			h, d := st.arcOf(a)
			if h == 0 {
				l = p.rootLabel
			} else {
				feats = labelFeatures(feats[:0], st, s, th, h, d)
				p.labeler.Scores(feats, &scores)
				l = -1
				for c := range len(p.labels) {
					if c != p.rootLabel && (l < 0 || scores[c] > scores[l]) {
						l = c
					}
				}
			}
		}
		st.apply(a, l)
	}
	p.finish(st, s, th, tags, feats)
	return st.head, st.label
}
