package syntax

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkParse tags and parses the vendored EWT sample (one sentence at
// a time, as geokg does). It reports tokens per second of wall time and per
// second of the process's CPU time; on a busy machine the second is the
// figure to compare (go test -bench Parse -cpu 1 ./syntax).
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
	cpu0 := cpuTime()
	for b.Loop() {
		for _, ws := range sents {
			p.Parse(ws)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tokens/cpu-s")
}

// cpuTime is the CPU time (user + system) the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoad decodes the embedded model (what Default costs once per
// process).
func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}
