// Package perceptron is a multi-class averaged perceptron over hashed
// features: a Trainer learns the weights, a Model is the compact read-only
// result that scores feature sets at run time.
//
// Features are uint64 hashes (see Hash); the caller decides what they mean.
// A Model stores, for each feature it kept, the classes with a non-zero
// weight, quantised to int16, so scoring costs one table look-up per feature
// and a few additions. Training and encoding are deterministic: no map is
// ever iterated in an order that reaches the output.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// MaxClasses is the largest number of classes a model can have.
const MaxClasses = 255

// Hash mixes a feature template number with up to three values into one
// feature; the caller hashes strings once (String) and combines them here.
func Hash(template uint64, a, b, c uint64) uint64 {
	h := template*0x9E3779B97F4A7C15 ^ a
	h = mix(h) ^ b
	h = mix(h) ^ c
	return mix(h) | 1 // never 0: 0 marks an empty slot
}

// String hashes a string (FNV-1a, then mixed).
func String(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Trainer accumulates the weights of an averaged perceptron. It is not safe
// for concurrent use.
type Trainer struct {
	classes int
	index   map[uint64]int32 // feature -> row in rows
	rows    [][]weight
	step    int32 // examples seen
}

type weight struct {
	class int32
	ts    int32 // step of the last change of w
	w     float32
	tot   float64 // sum of w over the steps before ts
}

// NewTrainer returns a trainer for the given number of classes.
func NewTrainer(classes int) *Trainer {
	if classes < 1 || classes > MaxClasses {
		panic(fmt.Sprintf("perceptron: %d classes (1..%d)", classes, MaxClasses))
	}
	return &Trainer{classes: classes, index: make(map[uint64]int32)}
}

// Classes is the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Scores sets scores[c] to the current score of class c for the features.
func (t *Trainer) Scores(feats []uint64, scores []float32) {
	clear(scores[:t.classes])
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, w := range t.rows[r] {
			scores[w.class] += w.w
		}
	}
}

// Tick counts one training example; call it once per prediction made,
// whether or not an update follows, so that the average is over examples.
func (t *Trainer) Tick() { t.step++ }

// Update moves the weights towards truth and away from guess.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		t.add(r, truth, 1)
		t.add(r, guess, -1)
	}
}

func (t *Trainer) add(r int32, class int, d float32) {
	row := t.rows[r]
	for i := range row {
		if row[i].class == int32(class) {
			w := &row[i]
			w.tot += float64(t.step-w.ts) * float64(w.w)
			w.ts = t.step
			w.w += d
			return
		}
	}
	t.rows[r] = append(row, weight{class: int32(class), ts: t.step, w: d})
}

// Model returns the averaged weights. A feature is dropped when none of its
// averaged weights reaches minWeight in absolute value; weights are
// quantised to int16.
func (t *Trainer) Model(minWeight float64) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	type entry struct {
		class int32
		w     float64
	}
	var maxAbs float64
	avg := make([][]entry, len(keys))
	for n, k := range keys {
		var row []entry
		keep := false
		for _, w := range t.rows[t.index[k]] {
			a := (w.tot + float64(t.step-w.ts)*float64(w.w)) / float64(max(t.step, 1))
			if a == 0 {
				continue
			}
			row = append(row, entry{w.class, a})
			if math.Abs(a) >= minWeight {
				keep = true
			}
			maxAbs = max(maxAbs, math.Abs(a))
		}
		if keep {
			slices.SortFunc(row, func(a, b entry) int { return int(a.class - b.class) })
			avg[n] = row
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	b := newBuilder(t.classes, float32(scale))
	for n, k := range keys {
		if avg[n] == nil {
			continue
		}
		var cls []uint8
		var ws []int16
		for _, e := range avg[n] {
			q := math.Round(e.w / scale)
			if q == 0 {
				continue
			}
			cls = append(cls, uint8(e.class))
			ws = append(ws, int16(q))
		}
		if len(cls) > 0 {
			b.add(k, cls, ws)
		}
	}
	return b.build()
}

// Model is a trained averaged perceptron, read-only and safe for concurrent
// use.
type Model struct {
	classes int
	scale   float32 // weight = int16 * scale
	mask    uint64
	keys    []uint64 // open addressing; 0 is empty
	start   []uint32 // per slot: first entry
	count   []uint8  // per slot: number of entries
	class   []uint8
	w       []int16
	sorted  []uint64 // keys in order of insertion (sorted), for encoding
	slots   []uint32 // slot of sorted[i]
}

type builder struct {
	m *Model
}

func newBuilder(classes int, scale float32) *builder {
	return &builder{m: &Model{classes: classes, scale: scale}}
}

func (b *builder) add(key uint64, cls []uint8, ws []int16) {
	b.m.sorted = append(b.m.sorted, key)
	b.m.start = append(b.m.start, uint32(len(b.m.class)))
	b.m.count = append(b.m.count, uint8(len(cls)))
	b.m.class = append(b.m.class, cls...)
	b.m.w = append(b.m.w, ws...)
}

// build lays the features out in an open-addressing table.
func (b *builder) build() *Model {
	m := b.m
	n := len(m.sorted)
	size := 1
	for size < n+n/2+1 {
		size *= 2
	}
	m.mask = uint64(size - 1)
	keys := make([]uint64, size)
	start := make([]uint32, size)
	count := make([]uint8, size)
	m.slots = make([]uint32, n)
	for i, k := range m.sorted {
		s := k & m.mask
		for keys[s] != 0 {
			s = (s + 1) & m.mask
		}
		keys[s], start[s], count[s] = k, m.start[i], m.count[i]
		m.slots[i] = uint32(s)
	}
	m.keys, m.start, m.count = keys, start, count
	return m
}

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features the model kept.
func (m *Model) Features() int { return len(m.sorted) }

// Weights is the number of non-zero weights.
func (m *Model) Weights() int { return len(m.w) }

// Scores adds the score of every class for the features to scores, in units
// of the model's quantised weights (compare scores, do not interpret them).
// scores must have at least Classes() elements and is cleared first.
func (m *Model) Scores(feats []uint64, scores []int32) {
	scores = scores[:m.classes]
	clear(scores)
	for _, f := range feats {
		s := f & m.mask
		for {
			k := m.keys[s]
			if k == f {
				st := m.start[s]
				n := uint32(m.count[s])
				cls, ws := m.class[st:st+n], m.w[st:st+n]
				for i, c := range cls {
					scores[c] += int32(ws[i])
				}
				break
			}
			if k == 0 {
				break
			}
			s = (s + 1) & m.mask
		}
	}
}

// Best returns the class with the highest score among those allowed reports
// true for (all classes when allowed is nil); ties go to the lower class.
// It returns -1 when no class is allowed.
func Best(scores []int32, allowed func(int) bool) int {
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

const magic = "geokg-perceptron-1\n"

// WriteTo encodes the model; the same model always gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		k := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:k])
		n += int64(k)
	}
	bw.WriteString(magic)
	n += int64(len(magic))
	put(uint64(m.classes))
	put(uint64(math.Float32bits(m.scale)))
	put(uint64(len(m.sorted)))
	prev := uint64(0)
	for i, k := range m.sorted {
		put(k - prev)
		prev = k
		s := m.slots[i]
		st, c := m.start[s], uint32(m.count[s])
		put(uint64(c))
		pc := 0
		for j := st; j < st+c; j++ {
			put(uint64(int(m.class[j]) - pc))
			pc = int(m.class[j])
			put(uint64(uint16(m.w[j])))
		}
	}
	return n, bw.Flush()
}

// Read decodes a model written by WriteTo.
func Read(r io.ByteReader) (*Model, error) {
	for i := 0; i < len(magic); i++ {
		c, err := r.ReadByte()
		if err != nil || c != magic[i] {
			return nil, errors.New("perceptron: not a model (bad header)")
		}
	}
	get := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			panic(errBadModel)
		}
		return v
	}
	return readModel(get)
}

var errBadModel = errors.New("perceptron: truncated or corrupt model")

func readModel(get func() uint64) (m *Model, err error) {
	defer func() {
		if e := recover(); e != nil {
			if e != errBadModel {
				panic(e)
			}
			m, err = nil, errBadModel
		}
	}()
	classes := int(get())
	if classes < 1 || classes > MaxClasses {
		return nil, errBadModel
	}
	b := newBuilder(classes, math.Float32frombits(uint32(get())))
	n := get()
	if n > 1<<28 {
		return nil, errBadModel
	}
	b.m.sorted = make([]uint64, 0, n)
	prev := uint64(0)
	var cls []uint8
	var ws []int16
	for range n {
		k := prev + get()
		prev = k
		c := get()
		if c == 0 || c > uint64(classes) {
			return nil, errBadModel
		}
		cls, ws = cls[:0], ws[:0]
		pc := uint64(0)
		for range c {
			pc += get()
			if pc >= uint64(classes) {
				return nil, errBadModel
			}
			cls = append(cls, uint8(pc))
			ws = append(ws, int16(uint16(get())))
		}
		b.add(k, cls, ws)
	}
	return b.build(), nil
}
