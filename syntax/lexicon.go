package syntax

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/syntax/perceptron"
)

// lexEntry is what training saw of one word form: its tag when the word
// is frequent and unambiguous (the tagger gives it unscored), and its
// ambiguity class, the set of tags it took. The tagger tags left to right,
// so the ambiguity classes of the next words are its only view of their
// tags.
type lexEntry struct {
	tag  int32    // tag class, or -1 when the word is scored
	amb  uint64   // hash of tags
	tags []uint16 // the tags of amb, ascending (for saving)
}

// Lexicon thresholds: a word is in the tag dictionary when seen at least
// dictMinCount times with one tag at least dictShare of the time; its
// ambiguity class lists the tags it took at least ambShare of the time
// when seen at least ambMinCount times.
const (
	dictMinCount = 20
	dictShare    = 0.99
	ambMinCount  = 3
	ambShare     = 0.05
)

// ambiguity hashes a set of tag classes (ascending).
func ambiguity(tags []uint16) uint64 {
	h := perceptron.Hash(31, 0, 0, 0)
	for _, t := range tags {
		h = perceptron.Hash(32, h, uint64(t), 0)
	}
	return h
}

// tagCounts counts the tags of every word form of the examples.
func tagCounts(ex []example, classes int) map[string][]int {
	counts := map[string][]int{}
	for _, e := range ex {
		for i, w := range e.words {
			c := counts[w]
			if c == nil {
				c = make([]int, classes)
				counts[w] = c
			}
			c[e.tags[i]]++
		}
	}
	return counts
}

// lexEntryOf makes the entry of a word from its tag counts; ok is false
// when the word is too rare to have one.
func lexEntryOf(c []int) (e lexEntry, ok bool) {
	total, best := 0, 0
	for t, n := range c {
		total += n
		if n > c[best] {
			best = t
		}
	}
	if total < ambMinCount {
		return lexEntry{}, false
	}
	e.tag = -1
	if total >= dictMinCount && float64(c[best]) >= dictShare*float64(total) {
		e.tag = int32(best)
	}
	for t, n := range c {
		if n > 0 && float64(n) >= ambShare*float64(total) {
			e.tags = append(e.tags, uint16(t))
		}
	}
	e.amb = ambiguity(e.tags)
	return e, true
}

// buildLexicon makes the entries of the words of the tag counts.
func buildLexicon(counts map[string][]int) map[string]lexEntry {
	lex := map[string]lexEntry{}
	for w, c := range counts {
		if strings.ContainsAny(w, "\n") {
			continue
		}
		if e, ok := lexEntryOf(c); ok {
			lex[w] = e
		}
	}
	return lex
}

// heldOutLexicon sets the lexicon information of a training example as if
// the example were not in the training data (leave one out): else every
// rare word's ambiguity class would contain its right tag, and the tagger
// would learn to trust the classes more than it should at run time.
func (e *example) heldOutLexicon(counts map[string][]int) {
	own := map[string][]int{}
	for i, w := range e.words {
		c := own[w]
		if c == nil {
			c = slices.Clone(counts[w])
			own[w] = c
		}
		c[e.tags[i]]--
	}
	e.sent.setLexicon(func(w []byte) (lexEntry, bool) {
		c, ok := own[string(w)]
		if !ok {
			c, ok = counts[string(w)]
		}
		if !ok {
			return lexEntry{}, false
		}
		return lexEntryOf(c)
	})
}

// setLexicon looks every word of s up in the lexicon: its dictionary tag
// and its ambiguity class (unknown words get one per word shape), and the
// ambiguity class of its lower-case form when it has capitals.
// The look-up takes a word's bytes, which it must not keep: the words are
// copied to a buffer of s, so that their look-ups allocate nothing.
func (s *sentence) setLexicon(lookup func([]byte) (lexEntry, bool)) {
	size := s.n + 4
	s.dict = grow(s.dict, s.n)
	s.lexAll = grow(s.lexAll, 2*size)
	s.amb, s.lowAmb = s.lexAll[:size], s.lexAll[size:]
	for i := range 2 {
		s.amb[i], s.amb[s.n+2+i] = hStart, hEnd
		s.lowAmb[i], s.lowAmb[s.n+2+i] = hStart, hEnd
	}
	for i, w := range s.words {
		j := i + 2
		s.lowAmb[j] = hNone
		if hasUpper(w) {
			s.buf = toLower(s.buf[:0], w)
			if e, ok := lookup(s.buf); ok {
				s.lowAmb[j] = e.amb
			} else {
				s.lowAmb[j] = hEnd
			}
		}
		s.buf = append(s.buf[:0], w...)
		e, ok := lookup(s.buf)
		if !ok {
			s.dict[i] = -1
			s.amb[j] = perceptron.Hash(33, s.shape[j], 0, 0)
			continue
		}
		s.dict[i] = e.tag
		s.amb[j] = e.amb
	}
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// toLower appends bytes.ToLower of w to buf (without a copy of w for an
// ASCII word, the usual case).
func toLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(buf, bytes.ToLower([]byte(w))...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// lookupIn returns a look-up function of a lexicon.
func lookupIn(lex map[string]lexEntry) func([]byte) (lexEntry, bool) {
	return func(w []byte) (lexEntry, bool) {
		e, ok := lex[string(w)]
		return e, ok
	}
}

// writeLexicon writes one line per word, sorted: "word tag t1,t2,...".
func writeLexicon(bw *bufio.Writer, lex map[string]lexEntry) {
	words := make([]string, 0, len(lex))
	for w := range lex {
		words = append(words, w)
	}
	slices.Sort(words)
	fmt.Fprintf(bw, "%d\n", len(words))
	var buf []byte
	for _, w := range words {
		e := lex[w]
		buf = append(buf[:0], w...)
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(e.tag), 10)
		buf = append(buf, ' ')
		for i, t := range e.tags {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = strconv.AppendUint(buf, uint64(t), 10)
		}
		buf = append(buf, '\n')
		bw.Write(buf)
	}
}

// readLexicon reads what writeLexicon wrote.
func readLexicon(br *bufio.Reader, classes int) (map[string]lexEntry, error) {
	var n int
	if _, err := fmt.Fscanf(br, "%d\n", &n); err != nil || n < 0 || n > 1<<20 {
		return nil, errors.New("reading model: bad lexicon")
	}
	lex := make(map[string]lexEntry, n)
	for range n {
		line, err := br.ReadString('\n')
		if err != nil {
			return nil, errors.New("reading model: truncated lexicon")
		}
		rest, list, ok1 := cut(line[:len(line)-1])
		w, tag, ok2 := cut(rest)
		t, err := strconv.Atoi(tag)
		if !ok1 || !ok2 || err != nil || t < -1 || t >= classes || list == "" {
			return nil, fmt.Errorf("reading model: bad lexicon entry %q", line)
		}
		e := lexEntry{tag: int32(t)}
		for f := range strings.SplitSeq(list, ",") {
			c, err := strconv.Atoi(f)
			if err != nil || c < 0 || c >= classes || len(e.tags) > 0 && uint16(c) <= e.tags[len(e.tags)-1] {
				return nil, fmt.Errorf("reading model: bad lexicon entry %q", line)
			}
			e.tags = append(e.tags, uint16(c))
		}
		e.amb = ambiguity(e.tags)
		lex[w] = e
	}
	return lex, nil
}
