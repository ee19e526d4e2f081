package graph

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// testReports returns reports of one fact by n articles, some undated,
// some on the same date, stating properties now and then, a few with two
// sentences.
func testReports(n int) []*report {
	var out []*report
	for i := range n {
		r := &report{typ: "DEPLOYS", source: "country:USA", target: "weaponsystem:patriot",
			article: fmt.Sprintf("a%03d", (i*7919)%1000), date: ""}
		if i%5 != 0 {
			r.date = fmt.Sprintf("2007-%02d-%02d", 1+i%3, 1+i%4)
		}
		s := relRow{typ: r.typ, source: r.source, target: r.target, evidence: fmt.Sprintf("sentence %d", i), span: fmt.Sprintf("%d-%d", 10*i, 10*i+9)}
		if i%3 == 0 {
			s.props = map[string]string{"status": fmt.Sprintf("status %d", i)}
		}
		r.sentences = append(r.sentences, s)
		if i%4 == 0 {
			r.sentences = append(r.sentences, relRow{evidence: fmt.Sprintf("second %d", i), span: "5-6",
				props: map[string]string{"quantity": fmt.Sprint(i)}})
		}
		out = append(out, r)
	}
	return out
}

// TestSummaryOrderFree checks that the relationship's summary depends on
// the set of reports only: every order gives the same properties, and the
// values follow the total order of stamps (latest date, then article id).
func TestSummaryOrderFree(t *testing.T) {
	reps := testReports(40)
	fold := func(rs []*report) map[string]any {
		s := readSummary(nil)
		for _, r := range rs {
			s.add(r)
		}
		return s.params([]string{"status", "quantity", "location"})
	}
	want := fold(reps)
	for seed := range uint64(20) {
		rs := append([]*report(nil), reps...)
		rand.New(rand.NewPCG(seed, 0)).Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		if got := fold(rs); !reflect.DeepEqual(got, want) {
			t.Fatalf("order %d: %v\nwant %v", seed, got, want)
		}
	}
	// Folding in two halves, through the relationship's properties as the
	// driver returns them, is the same as folding at once.
	half := readSummary(nil)
	for _, r := range reps[:20] {
		half.add(r)
	}
	again := readSummary(driverValues(half.params(nil)))
	for _, r := range reps[20:] {
		again.add(r)
	}
	if got := again.params([]string{"status", "quantity", "location"}); !reflect.DeepEqual(got, want) {
		t.Errorf("two halves: %v\nwant %v", got, want)
	}

	// Latest dated report stating the property wins, ties by article id:
	// reports 3..39 with i%3==0 state status; dates 2007-0m-0d.
	var best *report
	for _, r := range reps {
		if _, ok := r.props()["status"]; ok && (best == nil || r.stamp() > best.stamp()) {
			best = r
		}
	}
	if want["status"] != best.props()["status"] {
		t.Errorf("status %v, want %v (report %s)", want["status"], best.props()["status"], best.stamp())
	}
	if n := len(want[propEvidence].([]string)); n != recentEvidence {
		t.Errorf("%d recent sentences, want %d", n, recentEvidence)
	}
	if want[propReports] != int64(40) || want[propFirstSeen] != "2007-01-01" || want[propLastSeen] != "2007-03-04" {
		t.Errorf("reports/first/last %v %v %v", want[propReports], want[propFirstSeen], want[propLastSeen])
	}
	if want["location"] != nil {
		t.Errorf("location %v, want nil (no report states it)", want["location"])
	}
}

// driverValues turns SET parameters into what the driver reads back:
// lists as []any, ints as int64, no nulls.
func driverValues(p map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range p {
		switch v := v.(type) {
		case nil:
		case []string:
			l := make([]any, len(v))
			for i, s := range v {
				l[i] = s
			}
			out[k] = l
		default:
			out[k] = v
		}
	}
	return out
}
