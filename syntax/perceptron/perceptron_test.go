package perceptron

import (
	"bufio"
	"bytes"
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
