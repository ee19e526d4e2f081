package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../fixtures")

// fixtures returns the paths of the fixture articles.
func fixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "fixtures", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return paths
}

// TestGolden extracts every fixture article and compares the JSON with
// NAME.graph.json beside it; -update rewrites them. It also checks the
// span invariants on each.
func TestGolden(t *testing.T) {
	for _, path := range fixtures(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			x, _ := testExtractor()
			g, err := x.Extract(t.Context(), Input{Path: name, Text: string(data)})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, string(data), g)
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(path, ".txt") + ".graph.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the extraction at line %d (go test ./extract -update rewrites it)", golden, firstDiff(got, want))
			}
		})
	}
}

// firstDiff returns the 1-based line at which a and b first differ.
func firstDiff(a, b []byte) int {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range al {
		if i >= len(bl) || al[i] != bl[i] {
			return i + 1
		}
	}
	return len(al) + 1
}

// FuzzExtract feeds arbitrary text to the extractor: it must never panic
// and every graph must keep the span invariants.
func FuzzExtract(f *testing.F) {
	for _, path := range fixtures(f) {
		data, _ := os.ReadFile(path)
		f.Add(string(data[:min(len(data), 600)]))
	}
	for _, s := range []string{"", " ", "\n\n\n", "U.S.", "Mr.", "'s", "( Reuters ) -", "\"\"\"", "George W.", "S-400 S-400 S-",
		"Russia's's", "the the the", "Foreign Minister", "Minister ,", "\xff\xfe", "é\u0301", "A. B. C. D.", "$3.5 billion",
		"Says Peru: \"We condemn Chile's decision.\"",
		"Peru ordered two KT-300", "The KP-3C", // a designator ending the text (lexicon.match past the end)
		// this session's readings with the text ending inside their phrase
		"He met Justice Ana", "the broadcaster Kestrel 24", "The Mail &", "the Prosecutor General's", "They fired an SM-3 Block",
		"two Su-25s and an L-39 and", "the villages of Kessa, Tovar and", "the mission, known as", "the Lesotho Congress for",
		"Peace, Security and", "Ana Soto, whose country"} {
		f.Add(s)
	}
	x, err := testExtractor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		g, err := x.Extract(t.Context(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, text, g)
	})
}

// BenchmarkExtract extracts all fixture articles per iteration and
// reports MB/s and articles/s on one goroutine.
func BenchmarkExtract(b *testing.B) {
	var texts []string
	size := 0
	for _, path := range fixtures(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	x, err := testExtractor()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			if _, err := x.Extract(b.Context(), Input{Text: text}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkNew measures compiling the schema's lexicons, which a process
// does once.
func BenchmarkNew(b *testing.B) {
	s, err := testSchema()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := New(s); err != nil {
			b.Fatal(err)
		}
	}
}
