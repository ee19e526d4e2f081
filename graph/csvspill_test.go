package graph

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/internal/hostile"
)

// spillCorpus is what the spill tests export: the extractions of the
// fixtures, a generated corpus whose facts and entities recur over
// articles, and small graphs that are dated, undated, with and without
// properties.
func spillCorpus(t *testing.T) []*extract.Graph {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "fixtures", "*.graph.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("fixtures: %v (%d files)", err, len(paths))
	}
	var out []*extract.Graph
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var g extract.Graph
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, &g)
	}
	out = append(out, corpus(testSchema(t), 7, 300, 8)...)
	out = append(out, dated("a1", "2020-01-02", "S-400", ""), dated("a2", "2020-01-01", "S-300", "person:putin"),
		dated("a3", "", "S-500", ""), dated("a4", "2020-01-02", "", ""), hostile.Graph("art1"), hostile.Graph("art2"))
	return out
}

// writeSpilled exports graphs into a new directory with the budget and
// returns the directory and the number of entity and fact run files
// before Close. loaded_at is fixed, so that exports compare byte for
// byte.
func writeSpilled(t *testing.T, budget int, graphs []*extract.Graph) (dir string, nodeRuns, factRuns int) {
	t.Helper()
	dir = t.TempDir()
	w, err := NewCSVWriter(testSchema(t), dir)
	if err != nil {
		t.Fatal(err)
	}
	w.now = "2026-12-05T00:00:00Z"
	w.SetMemory(budget)
	for _, g := range graphs {
		if err := w.Add(g); err != nil {
			t.Fatalf("Add %s: %v", g.Article.ID, err)
		}
	}
	nodeRuns, factRuns = len(w.nodeRuns.files), len(w.factRuns.files)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, nodeRuns, factRuns
}

// TestCSVSpillSameFiles checks that the files do not depend on the
// memory budget: spilling after every article (the runs merged again and
// again as they reach maxRuns), now and then, or never, in either order
// of the articles, gives the same six files, and no temporary file
// stays. The merged files, entities.csv and relationships.csv, are the
// same byte for byte; the others line for line (they are written in the
// order articles come).
func TestCSVSpillSameFiles(t *testing.T) {
	graphs := spillCorpus(t)
	reversed := slices.Clone(graphs)
	slices.Reverse(reversed)
	want, _, factRuns := writeSpilled(t, 1<<40, graphs)
	if factRuns != 0 {
		t.Fatalf("%d fact runs without a budget", factRuns)
	}
	for _, tc := range []struct {
		name     string
		budget   int
		graphs   []*extract.Graph
		minSpill int // fewest run files expected before Close
	}{
		{"every article spills", 1, graphs, 1},
		{"every article spills, reversed", 1, reversed, 1},
		{"a few spills", 200_000, graphs, 1},
		{"a few spills, reversed", 200_000, reversed, 1},
		{"no spill, reversed", 1 << 40, reversed, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, nodeRuns, factRuns := writeSpilled(t, tc.budget, tc.graphs)
			if factRuns < tc.minSpill || nodeRuns < tc.minSpill || factRuns >= maxRuns || nodeRuns >= maxRuns {
				t.Errorf("%d entity and %d fact runs, want %d to %d", nodeRuns, factRuns, tc.minSpill, maxRuns-1)
			}
			entries, _ := os.ReadDir(got)
			if len(entries) != 6 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("files %q, want the six and no temporary file", names)
			}
			nodes, rels := CSVFiles()
			for _, name := range append(nodes, rels...) {
				a, errA := os.ReadFile(filepath.Join(want, name))
				b, errB := os.ReadFile(filepath.Join(got, name))
				if errA != nil || errB != nil {
					t.Fatal(errA, errB)
				}
				la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
				if name != nodes[1] && name != rels[1] {
					// An article's own rows are written as it comes.
					slices.Sort(la)
					slices.Sort(lb)
				}
				if !slices.Equal(la, lb) {
					diffLines(t, name, la, lb)
				}
			}
		})
	}
}

// TestSummaryMerge checks that merging the summaries of two parts of a
// fact's reports gives the summary of all of them, however they are
// split: counts add up, dates take min and max, the latest sentences and
// each property's value follow the reports' stamps.
func TestSummaryMerge(t *testing.T) {
	rep := func(article, date string, props map[string]string, offsets ...int) *report {
		r := &report{typ: "SUPPLIES", source: "country:RUS", target: "country:IRN", article: article, date: date}
		for _, o := range offsets {
			r.sentences = append(r.sentences, relRow{span: fmt.Sprintf("%d-%d", 100*o, 100*o+50),
				evidence: fmt.Sprintf("%s sentence %d", article, o), props: props})
		}
		return r
	}
	item := func(v string) map[string]string { return map[string]string{"item": v} }
	reports := []*report{
		rep("a", "2007-03-01", item("S-300"), 1, 2),
		rep("b", "2007-01-01", nil, 1),
		rep("c", "", item("S-400"), 3),
		rep("d", "2007-03-01", map[string]string{"item": "Tor", "quantity": "two"}, 4),
		rep("e", "2006-12-31", item("Buk"), 5, 6, 7),
		rep("f", "", nil, 1),
	}
	sum := func(rs []*report) summary {
		s := summary{}
		for _, r := range rs {
			if s.props == nil && len(r.props()) > 0 {
				s.props, s.from = map[string]string{}, map[string]string{}
			}
			s.add(r)
		}
		return s
	}
	want := sum(reports)
	for _, tc := range []struct {
		name  string
		split []int // the reports of the second part, by index
	}{
		{"nothing in the second part", nil},
		{"everything in the second part", []int{0, 1, 2, 3, 4, 5}},
		{"the newest report apart", []int{3}},
		{"the undated apart", []int{2, 5}},
		{"alternate", []int{1, 3, 5}},
		{"the property reports apart", []int{0, 2, 3, 4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var one, two []*report
			for i, r := range reports {
				if slices.Contains(tc.split, i) {
					two = append(two, r)
				} else {
					one = append(one, r)
				}
			}
			for _, order := range [][2][]*report{{one, two}, {two, one}} {
				got := sum(order[0])
				got.merge(sum(order[1]))
				gb, wb := fmt.Sprintf("%+v", summaryView(got)), fmt.Sprintf("%+v", summaryView(want))
				if gb != wb {
					t.Errorf("merged %s\nwant   %s", gb, wb)
				}
			}
		})
	}
	if want.reports != 6 || want.first != "2006-12-31" || want.last != "2007-03-01" || want.props["item"] != "Tor" ||
		want.from["quantity"] != "2007-03-01 d" || len(want.recent) != recentEvidence || want.recent[0].text != "d sentence 4" {
		t.Errorf("summary %+v", want)
	}
}

// summaryView is s with its unexported fields, for comparing.
func summaryView(s summary) map[string]any {
	if len(s.props) == 0 {
		s.props, s.from = nil, nil
	}
	return map[string]any{"reports": s.reports, "first": s.first, "last": s.last, "recent": s.recent,
		"props": s.props, "from": s.from}
}

// TestCSVSpillErrors checks that a run file that cannot be read back
// fails Close with an error naming it, and that nothing is left in the
// directory.
func TestCSVSpillErrors(t *testing.T) {
	dir := t.TempDir()
	w, err := NewCSVWriter(testSchema(t), dir)
	if err != nil {
		t.Fatal(err)
	}
	w.SetMemory(1)
	for _, g := range corpus(testSchema(t), 3, 5, 4) {
		if err := w.Add(g); err != nil {
			t.Fatal(err)
		}
	}
	run := w.factRuns.files[0]
	info, err := os.Stat(run)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(run, info.Size()/2); err != nil {
		t.Fatal(err)
	}
	err = w.Close()
	if err == nil || !strings.Contains(err.Error(), filepath.Base(run)) {
		t.Errorf("Close after a run file was cut short: %v, want an error naming %s", err, run)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed export left %d files", len(entries))
	}
}
