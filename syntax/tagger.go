package syntax

import "github.com/geokg/geokg/syntax/perceptron"

// Tagger feature templates.
const (
	tBias = 100 + iota
	tForm
	tLower
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre3
	tShape
	tFlags
	tP1
	tP2
	tP1P2
	tP1W
	tWm1
	tSm1
	tWm2
	tWp1
	tSp1
	tWp2
	tShp1
	tWm1W
	tWWp1
	tP1Wp1
	tP1S3
	tWm1Wp1
	tWSp1
	tA0
	tAp1
	tAp2
	tA0Ap1
	tP1Ap1
	tP1A0Ap1
	tWAp1
	tAp1Ap2
	tAm1A0
	tLowA
	tLowAFlags
)

// tagFeatures appends the features of word i (1-based) given the tags of
// the two words before it (class index + 1, 0 before the sentence).
func tagFeatures(f []uint64, s *sentence, i int, p1, p2 uint64) []uint64 {
	j := s.at(i)
	w := s.lower[j]
	h := perceptron.Hash
	return append(f,
		h(tBias, 0, 0, 0),
		h(tForm, s.form[j], 0, 0),
		h(tLower, w, 0, 0),
		h(tSuf1, s.suf1[j], 0, 0),
		h(tSuf2, s.suf2[j], 0, 0),
		h(tSuf3, s.suf3[j], 0, 0),
		h(tSuf4, s.suf4[j], 0, 0),
		h(tPre1, s.pre1[j], 0, 0),
		h(tPre3, s.pre3[j], 0, 0),
		h(tShape, s.shape[j], 0, 0),
		h(tFlags, s.flags[j], 0, 0),
		h(tP1, p1, 0, 0),
		h(tP2, p2, 0, 0),
		h(tP1P2, p1, p2, 0),
		h(tP1W, p1, w, 0),
		h(tWm1, s.lower[j-1], 0, 0),
		h(tSm1, s.suf3[j-1], 0, 0),
		h(tWm2, s.lower[j-2], 0, 0),
		h(tWp1, s.lower[j+1], 0, 0),
		h(tSp1, s.suf3[j+1], 0, 0),
		h(tWp2, s.lower[j+2], 0, 0),
		h(tShp1, s.shape[j+1], 0, 0),
		h(tWm1W, s.lower[j-1], w, 0),
		h(tWWp1, w, s.lower[j+1], 0),
		h(tP1Wp1, p1, s.lower[j+1], 0),
		h(tP1S3, p1, s.suf3[j], 0),
		h(tWm1Wp1, s.lower[j-1], s.lower[j+1], 0),
		h(tWSp1, w, s.suf3[j+1], 0),
		h(tA0, s.amb[j], 0, 0),
		h(tAp1, s.amb[j+1], 0, 0),
		h(tAp2, s.amb[j+2], 0, 0),
		h(tA0Ap1, s.amb[j], s.amb[j+1], 0),
		h(tP1Ap1, p1, s.amb[j+1], 0),
		h(tP1A0Ap1, p1, s.amb[j], s.amb[j+1]),
		h(tWAp1, w, s.amb[j+1], 0),
		h(tAp1Ap2, s.amb[j+1], s.amb[j+2], 0),
		h(tAm1A0, s.amb[j-1], s.amb[j], 0),
		h(tLowA, s.lowAmb[j], 0, 0),
		h(tLowAFlags, s.lowAmb[j], s.flags[j], p1),
	)
}

// tag returns the tag class of every word of s, left to right (greedy).
// The tags are in w's memory (fresh memory when w is nil).
func (p *Parser) tag(s *sentence, w *work) []int {
	if w == nil {
		w = &work{}
	}
	w.tags = grow(w.tags, s.n)
	tags, feats := w.tags, w.feats
	defer func() { w.feats = feats }()
	var scores perceptron.Scores
	var p1, p2 uint64
	for i := range s.n {
		t := int(s.dict[i])
		if t < 0 {
			feats = tagFeatures(feats[:0], s, i+1, p1, p2)
			p.tagger.Scores(feats, &scores)
			t = p.tagger.Best(&scores, nil)
		}
		tags[i] = t
		p2, p1 = p1, uint64(t+1)
	}
	return tags
}
