package perceptron

import (
	"bufio"
	"bytes"
	"slices"
	"testing"
)

// TestLearnAndRoundTrip trains on a separable toy problem, for a small
// (inline) and a large class count, and checks that the encoded model
// decodes to the same scores and bytes.
func TestLearnAndRoundTrip(t *testing.T) {
	for _, classes := range []int{3, 10} {
		tr := NewTrainer(classes)
		// example k has the features k and k+1000 and the class k % classes
		var examples [][]uint64
		for k := range 40 {
			examples = append(examples, []uint64{Hash(1, uint64(k), 0, 0), Hash(1, uint64(k+1000), 0, 0)})
		}
		scores := make([]float32, classes)
		for range 5 {
			for k, f := range examples {
				tr.Scores(f, scores)
				guess := 0
				for c := range scores {
					if scores[c] > scores[guess] {
						guess = c
					}
				}
				tr.Tick()
				tr.Update(f, k%classes, guess)
			}
		}
		m := tr.Model(0)
		var s Scores
		for k, f := range examples {
			m.Scores(f, &s)
			if got := m.Best(&s, nil); got != k%classes {
				t.Errorf("%d classes: example %d gets %d, want %d", classes, k, got, k%classes)
			}
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		enc := bytes.Clone(buf.Bytes())
		m2, err := Read(bufio.NewReader(&buf))
		if err != nil {
			t.Fatal(err)
		}
		var s2 Scores
		for _, f := range examples {
			m.Scores(f, &s)
			m2.Scores(f, &s2)
			if s != s2 {
				t.Fatalf("%d classes: decoded model scores differ", classes)
			}
		}
		var again bytes.Buffer
		if _, err := m2.WriteTo(&again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(enc, again.Bytes()) {
			t.Errorf("%d classes: re-encoding changes the bytes", classes)
		}
		if m.Features() == 0 || m.Features() != m2.Features() || m.Weights() != m2.Weights() {
			t.Errorf("%d classes: %d features and %d weights, decoded %d and %d", classes, m.Features(), m.Weights(), m2.Features(), m2.Weights())
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"", "junk", magic, magic + "\x05\x00\xff"} {
		if _, err := Read(bufio.NewReader(bytes.NewReader([]byte(in)))); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
}

// TestLookup fills tables (inline and with entries) with keys spread over
// the whole range, so that runs wrap around the end of the table, and
// checks that every key is found with its weights and no other key is.
func TestLookup(t *testing.T) {
	for _, classes := range []int{4, 9} {
		const n = 5000
		keys := make([]uint64, 0, n)
		for k := range n {
			keys = append(keys, Hash(7, uint64(k), 0, 0))
		}
		keys = append(keys, ^uint64(0), ^uint64(0)-2) // homes in the last slot
		slices.Sort(keys)
		m := newModel(classes, 1, len(keys), len(keys))
		for i, k := range keys {
			m.add(k, []uint8{uint8(i % classes)}, []int16{int16(i%1000 + 1)})
		}
		var s Scores
		for i, k := range keys {
			m.Scores([]uint64{k}, &s)
			if got := s[i%classes]; got != int32(i%1000+1) {
				t.Fatalf("%d classes: key %d scores %d, want %d", classes, i, got, i%1000+1)
			}
		}
		for k := range n {
			f := Hash(8, uint64(k), 0, 0)
			if _, found := slices.BinarySearch(keys, f); found {
				continue
			}
			m.Scores([]uint64{f, ^uint64(0) - 1}, &s)
			for c := range classes {
				if s[c] != 0 {
					t.Fatalf("%d classes: absent key %x scores %d", classes, f, s[c])
				}
			}
		}
	}
}

func TestPruneEntries(t *testing.T) {
	m := newModel(6, 0.5, 3, 6)
	m.add(1, []uint8{0, 5}, []int16{1, 4})
	m.add(2, []uint8{1}, []int16{1})
	m.add(3, []uint8{2, 3}, []int16{-3, 2})
	q := m.PruneEntries(1) // weights 0.5, 2, 0.5, -1.5, 1
	if q.Features() != 2 || q.Weights() != 3 {
		t.Fatalf("pruned: %d features, %d weights; want 2 and 3", q.Features(), q.Weights())
	}
	var s Scores
	q.Scores([]uint64{1, 2, 3}, &s)
	if want := (Scores{0, 0, -3, 2, 0, 4}); s != want {
		t.Errorf("pruned scores %v, want %v", s[:6], want[:6])
	}
}

// TestHashValues pins Hash to its definition: models store the hashes, so
// a change of value would silently break every trained model.
func TestHashValues(t *testing.T) {
	ref := func(template, a, b, c uint64) uint64 {
		h := template*0x9E3779B97F4A7C15 ^ a
		h = mix(h) ^ b
		h = mix(h) ^ c
		return mix(h) | 1
	}
	x := uint64(0x243F6A8885A308D3)
	for i := range 10000 {
		a, b, c := x, mix(x), mix(mix(x))
		x = mix(x + uint64(i))
		tmpl := uint64(i % 500)
		if got, want := Hash(tmpl, a, b, c), ref(tmpl, a, b, c); got != want {
			t.Fatalf("Hash(%d, %x, %x, %x) = %x, want %x", tmpl, a, b, c, got, want)
		}
		if got, want := Hash(tmpl, a, 0, 0), ref(tmpl, a, 0, 0); got != want {
			t.Fatalf("Hash(%d, %x, 0, 0) = %x, want %x", tmpl, a, got, want)
		}
	}
	if got := Hash(fixedTemplate, 1, 2, 3); got != fixedHash {
		t.Errorf("Hash(%d, 1, 2, 3) = %#x, want %#x", fixedTemplate, got, fixedHash)
	}
}

// A hash computed by the original straight-line Hash (main at cfacb95).
const (
	fixedTemplate = 201
	fixedHash     = uint64(0xf65f34e6df8d1bdb)
)

// TestScoresAgainstMap checks Scores (and GroupScores) against a plain
// map of rows, for small and large models, rows of every length, absent features,
// lists longer than a batch, clustered keys (long probe runs) and keys at
// the end of the table (tail slots).
func TestScoresAgainstMap(t *testing.T) {
	for _, classes := range []int{4, 9, 102} {
		rows := map[uint64]map[uint8]int16{}
		var keys []uint64
		x := uint64(classes)
		next := func() uint64 { x = mix(x + 0x9E3779B97F4A7C15); return x }
		for i := range 3000 {
			k := next() | 1
			switch {
			case i%10 == 0 && len(keys) > 0: // a cluster: keys with the same home
				k = keys[len(keys)-1] + 2
			case i%10 == 1: // the end of the table
				k = ^uint64(0) - uint64(i)
			}
			if _, dup := rows[k]; dup || k == 0 {
				continue
			}
			row := map[uint8]int16{}
			for range 1 + next()%uint64(min(classes, 12)) {
				row[uint8(next()%uint64(classes))] = int16(next()%2001) - 1000
			}
			for c, w := range row {
				if w == 0 {
					delete(row, c)
				}
			}
			if len(row) == 0 {
				continue
			}
			rows[k] = row
			keys = append(keys, k)
		}
		slices.Sort(keys)
		nw := 0
		for _, k := range keys {
			nw += len(rows[k])
		}
		m := newModel(classes, 1, len(keys), nw)
		for _, k := range keys {
			var cls []uint8
			var ws []int16
			for c := range uint8(classes) {
				if w, ok := rows[k][c]; ok {
					cls, ws = append(cls, c), append(ws, w)
				}
			}
			m.add(k, cls, ws)
		}
		want := func(fs []uint64) (s Scores) {
			for _, f := range fs {
				for c, w := range rows[f] {
					s[c] += int32(w)
				}
			}
			return s
		}
		for trial := range 300 {
			fs := make([]uint64, 1+next()%200)
			for i := range fs {
				if next()%3 == 0 {
					fs[i] = next() | 1 // most likely absent
				} else {
					fs[i] = keys[next()%uint64(len(keys))]
				}
			}
			var got Scores
			m.Scores(fs, &got)
			if w := want(fs); got != w {
				t.Fatalf("%d classes, trial %d: Scores = %v, want %v", classes, trial, got[:classes], w[:classes])
			}
			if classes > smallClasses {
				continue
			}
			// GroupScores over random groups, empty ones too
			var ends []int
			for e := 0; e < len(fs); {
				e = min(e+int(next()%40), len(fs))
				ends = append(ends, e)
			}
			out := make([][smallClasses]int32, len(ends))
			m.GroupScores(fs, ends, out)
			start := 0
			for g, e := range ends {
				w := want(fs[start:e])
				if out[g] != [smallClasses]int32(w[:smallClasses]) {
					t.Fatalf("trial %d: GroupScores group %d (%d:%d) = %v, want %v", trial, g, start, e, out[g], w[:smallClasses])
				}
				start = e
			}
		}
	}
}
