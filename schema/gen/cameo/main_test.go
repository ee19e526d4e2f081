package main

import (
	"strings"
	"testing"
)

const sample = `# header
####### SYNONYM SETS #######
&AUXVERB1_
+WAS

####### VERB PATTERNS #######

---  DENOUNCE   [111]  ---
CRITICIZE
LAMBASTE
TEND [074]
- * (FOR VIOLATING)                                   [1122]        # CRITICIZE

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
- * (IN +)                                            [044]         # MEET

---  IMPOSE   [170]  ---
IMPOSE
LEVY {LEVYING LEVIED LEVIES }
- * SANCTIONS                                         [163]         # IMPOSE
- $ * CURFEW                                          [1723]        # IMPOSE
`

func TestGenerate(t *testing.T) {
	d, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	m := &Mapping{
		Codes:   map[string]string{"111": "CRITICIZES", "163": "SANCTIONS", "044": "MET_WITH", "074": "SUPPORTS"},
		Types:   map[string]Option{"CRITICIZES": {Fallback: "OPPOSES"}},
		Generic: []string{"tend"},
	}
	cues, irr := generate(d, m)
	got := map[string]string{}
	for _, c := range cues {
		for _, v := range c.Verbs {
			got[v] = c.Type + " " + c.Cameo + " " + c.Fallback
		}
	}
	want := map[string]string{
		"criticize":        "CRITICIZES 111 OPPOSES",
		"lambaste":         "CRITICIZES 111 OPPOSES",
		"impose sanctions": "SANCTIONS 163 ",
		"meet in":          "MET_WITH 044 ",
	}
	for v, w := range want {
		if got[v] != w {
			t.Errorf("%q: got %q, want %q", v, got[v], w)
		}
	}
	for _, v := range []string{"tend", "impose", "meet with", "impose curfew", "criticize for violating"} {
		if _, ok := got[v]; ok {
			t.Errorf("%q should be dropped (generic, unmapped code, or not a plain phrase)", v)
		}
	}
	if _, ok := irr["levy"]; ok {
		t.Errorf("irregular forms of an unused verb are kept: %v", irr)
	}
	data, err := render(cues, irr)
	if err != nil || !strings.Contains(string(data), `cameo: "111"`) {
		t.Errorf("render: %v\n%s", err, data)
	}
}
