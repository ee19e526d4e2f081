package perceptron

import (
	"slices"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func mkModel(n int) *Model {
	m := newModel(4, 1, n, n*4)
	var ks []uint64
	for k := range n {
		ks = append(ks, Hash(1, uint64(k), 0, 0))
	}
	slices.Sort(ks)
	for _, k := range ks {
		m.add(k, []uint8{0, 1, 2, 3}, []int16{1, 2, 3, 4})
	}
	return m
}

func BenchmarkZZSmall(b *testing.B) {
	const n = 560000
	m := mkModel(n)
	// 1000 configurations of 80 features, 83% known
	var sets [][]uint64
	x := uint64(1)
	for range 1000 {
		var f []uint64
		for range 80 {
			x = mix(x + 7)
			k := x % (n * 6 / 5)
			f = append(f, Hash(1, k, 0, 0))
		}
		sets = append(sets, f)
	}
	var s Scores
	b.ResetTimer()
	c0 := cpuTime()
	for b.Loop() {
		for _, f := range sets {
			m.Scores(f, &s)
		}
	}
	b.ReportMetric(float64((cpuTime()-c0).Nanoseconds())/float64(b.N*80000), "cpu-ns/lookup")
}

func BenchmarkZZRaw(b *testing.B) {
	const n = 560000
	m := mkModel(n)
	var fs []uint64
	x := uint64(1)
	for range 80000 {
		x = mix(x + 7)
		fs = append(fs, Hash(1, x%(n*6/5), 0, 0))
	}
	var sum uint64
	b.ResetTimer()
	for b.Loop() {
		for _, f := range fs {
			sum += m.small[m.home(f)].key
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*80000), "ns/lookup")
	_ = sum
}
