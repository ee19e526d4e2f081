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
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// MaxClasses is the largest number of classes a model can have.
const MaxClasses = 256

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

// Bytes hashes b like String(string(b)), without allocating.
func Bytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
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
	type qrow struct {
		key uint64
		cls []uint8
		ws  []int16
	}
	var rows []qrow
	nw := 0
	for n, k := range keys {
		r := qrow{key: k}
		for _, e := range avg[n] {
			if q := math.Round(e.w / scale); q != 0 {
				r.cls = append(r.cls, uint8(e.class))
				r.ws = append(r.ws, int16(q))
			}
		}
		if len(r.cls) > 0 {
			rows = append(rows, r)
			nw += len(r.cls)
		}
	}
	m := newModel(t.classes, float32(scale), len(rows), nw)
	for _, r := range rows {
		m.add(r.key, r.cls, r.ws)
	}
	return m
}

// Model is a trained averaged perceptron, read-only and safe for concurrent
// use. Features live in an open-addressing table of 16-byte slots, half
// full (at two thirds, twice as many look-ups leave the home slot, and a
// parse costs a third more); each slot points at the feature's run of (class,
// weight) entries, or holds them itself when there are at most two (most
// features: one memory access instead of two), or, for models of at most
// four classes, holds the weights itself.
//
// The home slot of a key grows with the key (see home) and keys are added
// in ascending order, so linear probing never needs to wrap around: a key
// that finds the slots up to the end taken goes to a tail slot past size.
// The table is thus sorted by key, and it always ends with an empty
// sentinel slot, so a look-up may read a key's home slot and the one after
// without a bounds test, and a probe always ends.
type Model struct {
	classes  int
	scale    float32 // weight = int16 * scale
	size     uint64  // number of slots
	features int
	slots    []slot
	entries  []uint32 // rows of more than two weights, as rowEntry
	weights  int      // number of entries, inline or not
	small    []smallSlot
	last     uint64 // the last key added: keys are added in ascending order
}

const smallClasses = 4

// slot is a feature of a model of many classes. Its entries are
// entries[start:start+count], or, when start has the inline bit, start
// and (if it has the inline bit too) count are the entries themselves.
type slot struct {
	key   uint64 // 0: empty
	start uint32
	count uint32
}

// inline marks an entry held in a slot (entries never use the bit: classes
// are below 256).
const inline = 1 << 31

type smallSlot struct {
	key uint64
	w   [smallClasses]int16
}

// Scores holds one score per class; see Model.Scores.
type Scores [MaxClasses]int32

// newModel returns an empty model sized for n features and nw weights.
func newModel(classes int, scale float32, n, nw int) *Model {
	m := &Model{classes: classes, scale: scale, size: uint64(2*n + 1)}
	// a few tail slots are enough at half load; add grows the table if not
	capacity := m.size + 1 + m.size/64
	if classes <= smallClasses {
		m.small = makeTable[smallSlot](int(m.size+1), int(capacity))
	} else {
		m.slots = makeTable[slot](int(m.size+1), int(capacity))
		m.entries = makeTable[uint32](0, nw)
	}
	return m
}

// home is the first slot to probe for key f: the hash mapped uniformly
// onto [0, size), in the order of the keys.
func (m *Model) home(f uint64) uint64 {
	hi, _ := bits.Mul64(f, m.size)
	return hi
}

// add inserts a feature; keys are non-zero and added in ascending order.
// With linear probing, that order keeps the slots sorted, so a look-up
// stops at the first larger key (see slot) instead of probing to the next
// empty slot.
func (m *Model) add(key uint64, cls []uint8, ws []int16) {
	if key <= m.last {
		panic("perceptron: features added out of order")
	}
	m.last = key
	m.features++
	s := m.home(key)
	if m.small != nil {
		for m.small[s].key != 0 {
			s++
		}
		if s == uint64(len(m.small)-1) {
			m.small = append(m.small, smallSlot{}) // a new sentinel
		}
		m.small[s].key = key
		for i, c := range cls {
			m.small[s].w[c] = ws[i]
		}
		return
	}
	for m.slots[s].key != 0 {
		s++
	}
	if s == uint64(len(m.slots)-1) {
		m.slots = append(m.slots, slot{})
	}
	m.weights += len(cls)
	if len(cls) <= 2 {
		sl := slot{key: key, start: entry(cls[0], ws[0]) | inline}
		if len(cls) == 2 {
			sl.count = entry(cls[1], ws[1]) | inline
		}
		m.slots[s] = sl
		return
	}
	m.slots[s] = slot{key: key, start: uint32(len(m.entries)), count: uint32(len(cls))}
	for i, c := range cls {
		m.entries = append(m.entries, rowEntry(c, ws[i]))
	}
}

// order returns the occupied slots in key order (for encoding).
func (m *Model) order() []uint32 {
	out := make([]uint32, 0, m.features)
	for s := range max(len(m.slots), len(m.small)) {
		if m.key(uint32(s)) != 0 {
			out = append(out, uint32(s))
		}
	}
	slices.SortFunc(out, func(a, b uint32) int { return cmp.Compare(m.key(a), m.key(b)) })
	return out
}

// entry packs a class and its weight, as slots hold them (see inline) and
// row returns them.
func entry(class uint8, w int16) uint32 { return uint32(class)<<16 | uint32(uint16(w)) }

// rowEntry packs a class and its weight as the rows in Model.entries hold
// them: the weight in the high half, so that an arithmetic shift extracts
// it, and the class in the low byte, so that a byte move does; adding a
// row up (most of the work of scoring the tagger and the label model)
// then costs four instructions per weight.
func rowEntry(class uint8, w int16) uint32 { return uint32(uint16(w))<<16 | uint32(class) }

// fromRow converts a rowEntry to an entry.
func fromRow(e uint32) uint32 { return entry(uint8(e), int16(e>>16)) }

// row returns the non-zero weights of the feature in slot s, as entries.
func (m *Model) row(s uint32, buf []uint32) []uint32 {
	buf = buf[:0]
	if m.small == nil {
		sl := m.slots[s]
		if sl.start&inline == 0 {
			for _, e := range m.entries[sl.start : sl.start+sl.count] {
				buf = append(buf, fromRow(e))
			}
			return buf
		}
		buf = append(buf, sl.start&^inline)
		if sl.count&inline != 0 {
			buf = append(buf, sl.count&^inline)
		}
		return buf
	}
	for c, w := range m.small[s].w {
		if w != 0 {
			buf = append(buf, uint32(c)<<16|uint32(uint16(w)))
		}
	}
	return buf
}

func (m *Model) key(s uint32) uint64 {
	if m.small != nil {
		return m.small[s].key
	}
	return m.slots[s].key
}

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features the model kept.
func (m *Model) Features() int { return m.features }

// Scale is the weight of one unit of the quantised scores Scores gives: a
// score times Scale is the averaged perceptron's score, comparable across
// models.
func (m *Model) Scale() float32 { return m.scale }

// Weights is the number of non-zero weights.
func (m *Model) Weights() int {
	if m.small == nil {
		return m.weights
	}
	n := 0
	for _, sl := range m.small {
		for _, w := range sl.w {
			if w != 0 {
				n++
			}
		}
	}
	return n
}

// Scores sets scores[c] to the score of class c for the features, in units
// of the model's quantised weights (compare scores, do not interpret them).
// Only the first Classes() scores are meaningful.
func (m *Model) Scores(feats []uint64, scores *Scores) {
	clear(scores[:m.classes])
	for len(feats) > 0 {
		n := min(len(feats), batch)
		if m.small != nil {
			m.smallScores(feats[:n], scores)
		} else {
			m.batchScores(feats[:n], scores)
		}
		feats = feats[n:]
	}
}

// batch is the number of features whose slots are read together: enough
// for all the features of one call of the parser (40 for a label, 39 for
// a tag; the parser's transitions, up to 84, go through GroupScores), so
// that all their cache misses overlap (batches of 32 were about 5%
// slower).
const batch = 80

// Look-ups land at random in a large table, so their cost is that of the
// cache misses. The features are taken in batches: first the home slot of
// every feature of the batch and the slot after it are copied (independent
// loads, whose misses the processor overlaps; the second slot is nearly
// always in the same or the next cache line), then the batch is scored
// from the copies. Over nine features in ten are found in, or ruled out
// by, these two slots (the table is half full); the others are probed for.

// batchScores adds the weights of up to batch features of a model of many
// classes. The rows of entries of the features found are reached in the
// same pass as the slots, before any is added up, for the same reason.
func (m *Model) batchScores(fs []uint64, scores *Scores) {
	var pairs [batch][2]slot
	ps := pairs[:len(fs)]
	for i, f := range fs {
		h := m.home(f)
		ps[i] = [2]slot(m.slots[h : h+2])
	}
	var rows [batch]slot
	k := 0
	for i, f := range fs {
		sl := &ps[i][0]
		switch {
		case sl.key == f:
		case sl.key == 0 || sl.key > f:
			continue
		case ps[i][1].key == f:
			sl = &ps[i][1]
		case ps[i][1].key == 0 || ps[i][1].key > f:
			continue
		default:
			if sl = m.slot(f); sl == nil {
				continue
			}
		}
		if sl.start&inline != 0 {
			e := sl.start
			scores[uint8(e>>16)] += int32(int16(uint16(e)))
			if e = sl.count; e&inline != 0 {
				scores[uint8(e>>16)] += int32(int16(uint16(e)))
			}
			continue
		}
		// The row's first weight is added here: its load starts the
		// row's cache miss, overlapped with those of the other rows (a
		// load whose value went unused would be compiled away).
		e := m.entries[sl.start]
		scores[uint8(e)] += int32(e) >> 16
		rows[k] = *sl
		k++
	}
	for _, sl := range rows[:k] {
		addRow(m.entries[sl.start+1:sl.start+sl.count], scores)
	}
}

// addRow adds a row of rowEntry weights to the scores, four at a time
// (fewer loop instructions per weight).
func addRow(es []uint32, scores *Scores) {
	for len(es) >= 4 {
		e0, e1, e2, e3 := es[0], es[1], es[2], es[3]
		scores[uint8(e0)] += int32(e0) >> 16
		scores[uint8(e1)] += int32(e1) >> 16
		scores[uint8(e2)] += int32(e2) >> 16
		scores[uint8(e3)] += int32(e3) >> 16
		es = es[4:]
	}
	for _, e := range es {
		scores[uint8(e)] += int32(e) >> 16
	}
}

// smallScores adds the weights of up to batch features of a small model.
func (m *Model) smallScores(fs []uint64, scores *Scores) {
	var pairs [batch][2]smallSlot
	ps := pairs[:len(fs)]
	for i, f := range fs {
		h := m.home(f)
		ps[i] = [2]smallSlot(m.small[h : h+2])
	}
	var s0, s1, s2, s3 int32
	for i, f := range fs {
		sl := &ps[i][0]
		switch {
		case sl.key == f:
		case sl.key == 0 || sl.key > f:
			continue
		case ps[i][1].key == f:
			sl = &ps[i][1]
		case ps[i][1].key == 0 || ps[i][1].key > f:
			continue
		default:
			if sl = m.smallSlot(f); sl == nil {
				continue
			}
		}
		s0 += int32(sl.w[0])
		s1 += int32(sl.w[1])
		s2 += int32(sl.w[2])
		s3 += int32(sl.w[3])
	}
	scores[0] += s0
	scores[1] += s1
	scores[2] += s2
	scores[3] += s3
}

// GroupScores scores several groups of features of a model of at most
// four classes at once: out[g] gets the scores of the features
// feats[ends[g-1]:ends[g]] (from 0 for the first group; ends ascend and
// the last is len(feats)), as Scores would give them. A caller that keeps
// the scores of a group while its features stay the same scores only the
// groups that changed, and scoring them in one pass overlaps all their
// cache misses, as for one group.
func (m *Model) GroupScores(feats []uint64, ends []int, out [][smallClasses]int32) {
	if m.small == nil {
		panic("perceptron: GroupScores of a model of more than four classes")
	}
	if len(feats) > groupBatch {
		start := 0
		for g, e := range ends {
			var s Scores
			m.Scores(feats[start:e], &s)
			out[g] = [smallClasses]int32(s[:smallClasses])
			start = e
		}
		return
	}
	// Only the home slot's key is copied in the first pass (see batch):
	// copying the two slots, as smallScores does, or the next slot's key
	// too, was about 4% slower over a whole parse (more stores, more
	// cache lines in flight); the second pass finds the home slots in the
	// cache.
	var keys [groupBatch]uint64
	for i, f := range feats {
		keys[i] = m.small[m.home(f)].key
	}
	i := 0
	for g, e := range ends {
		var s0, s1, s2, s3 int32
		for ; i < e; i++ {
			f, k := feats[i], keys[i]
			if k == 0 || k > f {
				continue // the keys from the home slot on are sorted
			}
			h := m.home(f)
			sl := &m.small[h]
			if k != f {
				if sl = m.smallSlotFrom(f, h+1); sl == nil {
					continue
				}
			}
			s0 += int32(sl.w[0])
			s1 += int32(sl.w[1])
			s2 += int32(sl.w[2])
			s3 += int32(sl.w[3])
		}
		out[g] = [smallClasses]int32{s0, s1, s2, s3}
	}
}

// groupBatch is the most features GroupScores reads the slots of together
// (all of a transition's, see batch); longer lists are scored group by
// group.
const groupBatch = 96

// slot returns the slot of feature f, or nil. The keys between f's home
// slot and f were all added before f, so are smaller (see add): the first
// larger key, like an empty slot, ends the search.
func (m *Model) slot(f uint64) *slot {
	for s := m.home(f); ; s++ {
		sl := &m.slots[s]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 || sl.key > f {
			return nil
		}
	}
}

// smallSlot returns the slot of feature f in a small model, or nil.
func (m *Model) smallSlot(f uint64) *smallSlot { return m.smallSlotFrom(f, m.home(f)) }

// smallSlotFrom returns the slot of feature f in a small model, or nil,
// looking from slot s on (s is f's home slot or a slot after it with a
// smaller key before it).
func (m *Model) smallSlotFrom(f uint64, s uint64) *smallSlot {
	for ; ; s++ {
		sl := &m.small[s]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 || sl.key > f {
			return nil
		}
	}
}

// Best returns the class with the highest score among the model's classes
// that allowed reports true for (all when allowed is nil); ties go to the
// lower class. It returns -1 when no class is allowed.
func (m *Model) Best(scores *Scores, allowed func(int) bool) int {
	best := -1
	for c, s := range scores[:m.classes] {
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
	put(uint64(m.features))
	put(uint64(m.Weights()))
	prev := uint64(0)
	var rowBuf []uint32
	for _, o := range m.order() {
		key := m.key(o)
		put(key - prev)
		prev = key
		row := m.row(o, rowBuf)
		put(uint64(len(row)))
		pc := 0
		for _, e := range row {
			c := int(e >> 16)
			put(uint64(c - pc))
			pc = c
			put(uint64(uint16(e)))
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
	scale := math.Float32frombits(uint32(get()))
	n, nw := get(), get()
	if n > 1<<26 || nw > 1<<28 {
		return nil, errBadModel
	}
	m = newModel(classes, scale, int(n), int(nw))
	prev := uint64(0)
	var cls []uint8
	var ws []int16
	for range n {
		k := prev + get()
		if k == 0 || k <= prev && prev != 0 {
			return nil, errBadModel // keys are distinct, ascending and non-zero
		}
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
		m.add(k, cls, ws)
	}
	return m, nil
}

// Prune returns a copy of the model without the features whose weights all
// stay below minWeight in absolute value (in the units of Trainer.Model).
func (m *Model) Prune(minWeight float64) *Model {
	var kept []uint32
	nw := 0
	var buf []uint32
	for _, o := range m.order() {
		row := m.row(o, buf)
		for _, e := range row {
			if math.Abs(float64(int16(uint16(e)))*float64(m.scale)) >= minWeight {
				kept = append(kept, o)
				nw += len(row)
				break
			}
		}
	}
	return m.copyRows(kept, nw, 0)
}

// PruneEntries returns a copy of the model without the single weights
// below minWeight in absolute value (features left without weights are
// dropped). A model of many classes scores a feature by adding its
// weights one by one, so its small weights cost time for little effect.
// Models of at most four classes hold their weights inline and are
// returned as they are.
func (m *Model) PruneEntries(minWeight float64) *Model {
	if m.small != nil || minWeight <= 0 {
		return m
	}
	var kept []uint32
	nw := 0
	var buf []uint32
	for _, o := range m.order() {
		n := 0
		for _, e := range m.row(o, buf) {
			if m.entryKept(e, minWeight) {
				n++
			}
		}
		if n > 0 {
			kept = append(kept, o)
			nw += n
		}
	}
	return m.copyRows(kept, nw, minWeight)
}

func (m *Model) entryKept(e uint32, minWeight float64) bool {
	return math.Abs(float64(int16(uint16(e)))*float64(m.scale)) >= minWeight
}

// copyRows makes a model of the rows in the given slots (in key order)
// with their weights of at least minWeight.
func (m *Model) copyRows(kept []uint32, nw int, minWeight float64) *Model {
	q := newModel(m.classes, m.scale, len(kept), nw)
	var cls []uint8
	var ws []int16
	var buf []uint32
	for _, o := range kept {
		cls, ws = cls[:0], ws[:0]
		for _, e := range m.row(o, buf) {
			if m.entryKept(e, minWeight) {
				cls = append(cls, uint8(e>>16))
				ws = append(ws, int16(uint16(e)))
			}
		}
		q.add(m.key(o), cls, ws)
	}
	return q
}
