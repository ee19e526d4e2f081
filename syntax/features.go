package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/syntax/perceptron"
)

// sentence holds the hashed word features of one sentence, computed once.
// Words are numbered from 1; index 0 is the parser's root and the tagger's
// padding sits outside [1, n].
type sentence struct {
	n      int
	words  []string
	form   []uint64 // exact form
	lower  []uint64 // lower case, digits folded to 0
	suf1   []uint64
	suf2   []uint64
	suf3   []uint64
	suf4   []uint64
	pre1   []uint64
	pre3   []uint64
	shape  []uint64
	flags  []uint64 // capitalisation, hyphen, digit
	amb    []uint64 // ambiguity class (see setLexicon)
	lowAmb []uint64 // ambiguity class of the lower-case form of a word with capitals
	dict   []int32  // tag from the tag dictionary or -1, per word (from 0)
	// memory kept for the next sentence (see reset)
	all, lexAll []uint64
	buf         []byte
}

// Padding values for positions outside the sentence.
var (
	hStart = perceptron.String("<s>")
	hEnd   = perceptron.String("</s>")
	hRoot  = perceptron.String("<root>")
	hNone  = perceptron.String("<none>")
)

func newSentence(words []string) *sentence {
	s := &sentence{}
	s.reset(words)
	return s
}

// reset makes s the sentence of words, in the memory of s's previous
// sentence when it is large enough (see work).
func (s *sentence) reset(words []string) {
	n := len(words)
	// two padding slots on each side: index -1,0 -> 0,1 ... handled by at()
	s.n, s.words = n, words
	size := n + 4
	s.all = grow(s.all, 10*size)
	for k, p := range []*[]uint64{&s.form, &s.lower, &s.suf1, &s.suf2, &s.suf3, &s.suf4, &s.pre1, &s.pre3, &s.shape, &s.flags} {
		*p = s.all[k*size : (k+1)*size]
	}
	for i := range 2 {
		for _, p := range []*[]uint64{&s.form, &s.lower, &s.suf1, &s.suf2, &s.suf3, &s.suf4, &s.pre1, &s.pre3, &s.shape, &s.flags} {
			(*p)[i] = hStart
			(*p)[n+2+i] = hEnd
		}
	}
	for i, w := range words {
		j := i + 2
		low := normalize(w, s.buf[:0])
		s.buf = low
		s.form[j] = perceptron.String(w)
		s.lower[j] = perceptron.Bytes(low)
		s.suf1[j] = suffix(low, 1)
		s.suf2[j] = suffix(low, 2)
		s.suf3[j] = suffix(low, 3)
		s.suf4[j] = suffix(low, 4)
		s.pre1[j] = prefix(low, 1)
		s.pre3[j] = prefix(low, 3)
		s.shape[j] = shape(w)
		s.flags[j] = wordFlags(w, i == 0)
	}
}

// grow returns s with n elements, in s's memory when it has room for
// them; the elements are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// at maps a word number (1..n, padding beyond) to a slot of the arrays.
func (s *sentence) at(i int) int {
	if i < 1 {
		return max(i+1, 0)
	}
	if i > s.n {
		return min(i+1, s.n+3)
	}
	return i + 1
}

// normalize lower-cases w and folds every digit to 0, so numbers share
// features.
func normalize(w string, buf []byte) []byte {
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			buf = append(buf, '0')
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

func suffix(b []byte, k int) uint64 {
	if len(b) > k {
		b = b[len(b)-k:]
	}
	return perceptron.Hash(uint64(k), perceptron.Bytes(b), 0, 0)
}

func prefix(b []byte, k int) uint64 {
	if len(b) > k {
		b = b[:k]
	}
	return perceptron.Hash(uint64(10+k), perceptron.Bytes(b), 0, 0)
}

// shape maps letters to X/x and digits to d, collapsing runs longer than
// two: "McCain" -> "XxXx", "1990s" -> "ddx", "U.S." -> "X.X.".
func shape(w string) uint64 {
	var arr [24]byte
	b := arr[:0]
	var last rune
	run := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		b = utf8.AppendRune(b, c)
		if len(b) > 12 {
			break
		}
	}
	return perceptron.Hash(20, perceptron.Bytes(b), 0, 0)
}

func wordFlags(w string, first bool) uint64 {
	var f uint64
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		f |= 1
	}
	if strings.ContainsRune(w, '-') {
		f |= 2
	}
	if strings.ContainsAny(w, "0123456789") {
		f |= 4
	}
	if capitals(w) {
		f |= 8
	}
	if first {
		f |= 16
	}
	return perceptron.Hash(21, f, 0, 0)
}

// capitals reports whether strings.ToUpper(w) == w && strings.ToLower(w)
// != w (w is written in capitals), without building the two strings: a
// word's flags were the parser's most frequent allocations. Both would
// replace an invalid byte, so a word with one is not in capitals.
func capitals(w string) bool {
	lower := false
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		lower = lower || unicode.ToLower(r) != r
		i += size
	}
	return lower
}
