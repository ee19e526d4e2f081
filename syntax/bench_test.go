package syntax

import (
	"testing"
)

// BenchmarkParse tags and parses the vendored EWT sample; tokens/s is the
// figure the README reports (one core: go test -bench Parse -cpu 1).
func BenchmarkParse(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]Word
	n := 0
	for _, s := range sample(b) {
		var ws []Word
		for _, t := range s.Tokens {
			ws = append(ws, Word{Text: t.Text})
		}
		sents = append(sents, ws)
		n += len(ws)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, ws := range sents {
			p.Parse(ws)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad decodes the embedded model (what Default costs once per
// process).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
