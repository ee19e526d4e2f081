package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// TestEachParallelOrder checks that the worker pool hands graphs over in
// input order, with failures counted at their place, whatever the number
// of workers.
func TestEachParallelOrder(t *testing.T) {
	fixtures, err := filepath.Glob("../../fixtures/*.txt")
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	dir := t.TempDir()
	for i := range 24 {
		data, err := os.ReadFile(fixtures[i%len(fixtures)])
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("%02d.txt", i)
		if i == 7 {
			data = []byte("\x00\x01\x02binary") // fails, in the middle
		}
		writeFile(t, dir, name, fmt.Sprintf("Article %d.\n\n%s", i, data))
	}
	s, err := schema.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(s)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := expandInputs([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	run := func(workers int) (string, tally) {
		c := newCLI(nil, nil)
		a := newArticles(c.f, &globalOptions{Quiet: true}, newReader(c.f), srcs, x, "extract")
		var b strings.Builder
		tl, err := a.each(context.Background(), workers, func(g *extract.Graph) error {
			fmt.Fprintf(&b, "%s %d %d\n", filepath.Base(g.Article.Path), len(g.Entities), len(g.Relations))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return b.String(), tl
	}
	want, wt := run(1)
	if wt.Read != 23 || wt.Failed != 1 {
		t.Fatalf("sequential run: %+v, want 23 read and 1 failed", wt)
	}
	for _, w := range []int{2, 4, 7} {
		got, gt := run(w)
		if got != want || gt != wt {
			t.Errorf("%d workers: %+v\n%s\nwant %+v\n%s", w, gt, got, wt, want)
		}
	}
}
