package extract

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestExplain: with Explain on, every relation names the function that
// made it (the title reading for a title, the cue reading for a verb);
// with it off the relations carry no mechanism and their JSON has no such
// field, and the relations are otherwise the same.
func TestExplain(t *testing.T) {
	text := "U.S. Defense Secretary Robert Gates met Vladimir Putin in Moscow on Monday. " +
		"Peru condemned Chile for the raid."
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := x.Extract(context.Background(), Input{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	ex := *x // the shared extractor stays as it is
	ex.Explain = true
	explained, err := ex.Extract(context.Background(), Input{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"HOLDS_OFFICE(Robert Gates -> United States)": "offices",
		"MET_WITH(Robert Gates -> Vladimir Putin)":    "cueTargetRelations<cueRelation",
		"CRITICIZES(Peru -> Chile)":                   "cueTargetRelations<cueRelation",
	}
	ts := triples(explained)
	for i, r := range explained.Relations {
		if r.Mechanism == "" || strings.Contains(r.Mechanism, "addRel") || strings.Contains(r.Mechanism, "relate") {
			t.Errorf("%s: mechanism %q, want the rule's own functions", ts[i], r.Mechanism)
		}
		if w, ok := want[ts[i]]; ok && !strings.HasPrefix(r.Mechanism, w) {
			t.Errorf("%s: mechanism %q, want it to start with %q", ts[i], r.Mechanism, w)
		}
		delete(want, ts[i])
	}
	for rel := range want {
		t.Errorf("missing %s; got %v", rel, ts)
	}
	out, err := json.Marshal(plain)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), `"mechanism"`) {
		t.Errorf("JSON without Explain has a mechanism field: %s", out)
	}
	for i := range explained.Relations {
		explained.Relations[i].Mechanism = ""
	}
	if !reflect.DeepEqual(plain.Relations, explained.Relations) {
		t.Errorf("explaining changed the relations:\n%v\n%v", triples(plain), triples(explained))
	}
}

// TestFuncName: a function's plain name from the runtime's spelling.
func TestFuncName(t *testing.T) {
	for in, want := range map[string]string{
		"(*Extractor).relate":          "relate",
		"(*Extractor).relate.func2":    "relate",
		"(*doc).lw":                    "lw",
		"dropMemberCooperation":        "dropMemberCooperation",
		"(*Extractor).stances.func1.1": "stances",
		"(*Extractor).funcNamed":       "funcNamed",
	} {
		if got := funcName(in); got != want {
			t.Errorf("funcName(%q) = %q, want %q", in, got, want)
		}
	}
}
