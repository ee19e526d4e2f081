package extract

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/geokg/geokg/syntax/perceptron"
)

// candidatesOf reads text and returns its pair candidates with their
// features as text.
func candidatesOf(t *testing.T, text string) []PairCandidate {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var out []PairCandidate
	d := x.read(text, 0, len(text), &out)
	return x.pairCandidates(d, true)
}

func findCandidate(cs []PairCandidate, src, tgt string) *PairCandidate {
	for i := range cs {
		if cs[i].Source == src && cs[i].Target == tgt {
			return &cs[i]
		}
	}
	return nil
}

func TestPairFeatures(t *testing.T) {
	cases := []struct {
		text, src, tgt string
		want           []string // features the pair must have; nil: no such candidate
	}{
		{"Chile and Peru played a friendly football match in Lima on Sunday.", "country:CHL", "country:PER",
			[]string{"labels=Country>Country|", "order=st|Country>Country", "kinds=name>name|st", "dist=1-2|st",
				"short=and|Country>Countryst", "before=<s>|st", "after=play|st", "path=vconj|Country>Country"}},
		{"Chile and Peru played a friendly football match in Lima on Sunday.", "country:PER", "country:CHL",
			[]string{"order=ts|Country>Country", "path=^conj|Country>Country", "srcfirst=no|yes"}},
		{"Chile and Peru played a friendly football match in Lima on Sunday.", "location:lima", "country:PER",
			[]string{"labels=Location>Country|", "verb=play|ts", "bw=match|ts", "first=play|ts", "last=in|ts"}},
		{"The Chilean president spoke warmly of Peru during a dinner in Santiago.", "country:CHL", "country:PER",
			[]string{"kinds=adj>name|st", "verb=speak|st", "first=president|st", "last=of|st", "dist=3-5|st"}},
		{"Chile and Peru met in Lima to sign a fisheries accord.", "country:PER", "location:lima",
			[]string{"cue=MET_WITH|betweenst", "cuelemma=meet|betweenst", "cue=COOPERATES_WITH|afterst"}}, // "met" between, "sign" and "accord" after
		{"Russia attacked Ukraine on Monday.", "country:RUS", "country:UKR", nil}, // the rules relate them: no candidate
		{"Russia attacked Ukraine on Monday.", "country:UKR", "country:RUS", nil},
	}
	for _, c := range cases {
		cs := candidatesOf(t, c.text)
		got := findCandidate(cs, c.src, c.tgt)
		if c.want == nil {
			if got != nil {
				t.Errorf("%q: %s -> %s is a candidate, want none", c.text, c.src, c.tgt)
			}
			continue
		}
		if got == nil {
			t.Errorf("%q: no candidate %s -> %s", c.text, c.src, c.tgt)
			continue
		}
		if len(got.Feats) != len(got.Names) {
			t.Errorf("%q: %d features, %d names", c.text, len(got.Feats), len(got.Names))
		}
		for _, w := range c.want {
			if !slices.Contains(got.Names, w) {
				t.Errorf("%q: %s -> %s lacks feature %q; has %q", c.text, c.src, c.tgt, w, got.Names)
			}
		}
	}
}

// synthetic makes a training pair of the given feature words.
func synthetic(bag int, gold []string, allowed []string, words ...string) PairExample {
	var fs []uint64
	for _, w := range append([]string{"bias"}, words...) {
		fs = append(fs, perceptron.String(w))
	}
	return PairExample{Feats: fs, Allowed: allowed, Gold: gold, Bag: bag}
}

func TestTrainPairModel(t *testing.T) {
	both := []string{"ATTACKS", "MET_WITH"}
	var ex []PairExample
	for i := range 30 {
		noise := []string{"a", "b", "c", "d", "e"}[i%5]
		ex = append(ex,
			synthetic(4*i, []string{"ATTACKS"}, both, "struck", noise),
			synthetic(4*i+1, []string{"MET_WITH"}, both, "met", noise),
			synthetic(4*i+2, nil, both, "near", noise),
			// a bag of two sentences naming one pair: only the one that
			// states the attack is trained on, the other is left out
			synthetic(4*i+3, []string{"ATTACKS"}, both, "struck", noise),
			synthetic(4*i+3, []string{"ATTACKS"}, both, "near", "met", noise))
	}
	m := TrainPairModel(ex, both, 5)
	cases := []struct {
		words    []string
		allowed  []string
		want     string
		positive bool // the margin over NONE
	}{
		{[]string{"struck", "a"}, both, "ATTACKS", true},
		{[]string{"met", "b"}, both, "MET_WITH", true},
		{[]string{"near", "c"}, both, "", false},
		{[]string{"near", "met", "d"}, both, "", false}, // left out of its bag's training, and "near" is NONE
	}
	for _, c := range cases {
		typ, margin := m.Predict(synthetic(0, nil, nil, c.words...).Feats, c.allowed)
		if c.want != "" && typ != c.want {
			t.Errorf("%v: predicted %s, want %s", c.words, typ, c.want)
		}
		if (margin > 0) != c.positive {
			t.Errorf("%v: margin %.2f, want positive %v", c.words, margin, c.positive)
		}
	}
	if typ, _ := m.Predict(synthetic(0, nil, nil, "struck").Feats, []string{"MET_WITH"}); typ != "MET_WITH" {
		t.Errorf("labels allowing MET_WITH only: predicted %s", typ) // the labels allow no attack
	}
	// deterministic, and the written model reads back the same
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := TrainPairModel(ex, both, 5).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training twice gave different models")
	}
	r, err := ReadPairModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	f := synthetic(0, nil, nil, "struck", "a").Feats
	t1, m1 := m.Predict(f, both)
	t2, m2 := r.Predict(f, both)
	if t1 != t2 || m1 != m2 {
		t.Errorf("read back: %s %.3f, written %s %.3f", t2, m2, t1, m1)
	}
	if _, err := ReadPairModel(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("a broken model read without error")
	}
}

func TestPairModelStage(t *testing.T) {
	if _, err := defaultPairModel(); err != nil {
		t.Fatalf("the embedded pair model: %v", err)
	}
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	// a model that learnt "A and B played ... match" as cooperation
	const text = "Chile and Peru played a friendly football match in Lima on Sunday."
	var ex []PairExample
	for i, c := range candidatesOf(t, text) {
		var gold []string
		if c.Source == "country:CHL" && c.Target == "country:PER" {
			gold = []string{"COOPERATES_WITH"}
		}
		ex = append(ex, PairExample{Feats: c.Feats, Allowed: c.Allowed, Gold: gold, Bag: i})
	}
	m := TrainPairModel(ex, []string{"COOPERATES_WITH", "LOCATED_IN"}, 3)
	c := findCandidate(candidatesOf(t, text), "country:CHL", "country:PER")
	typ, margin := m.Predict(c.Feats, c.Allowed)
	if typ != "COOPERATES_WITH" || margin <= 0 {
		t.Fatalf("trained model: %s %.2f, want COOPERATES_WITH above 0", typ, margin)
	}
	run := func(margin float64, enabled bool) []Relation {
		m.Margin, m.Enabled = margin, enabled
		y := *x
		y.SetPairModel(m)
		y.Explain = true
		g, err := y.Extract(context.Background(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		var out []Relation
		for _, r := range g.Relations {
			if r.Mechanism == "pairModel" {
				out = append(out, r)
			}
		}
		return out
	}
	if got := run(margin-1, true); len(got) != 1 || got[0].Type != "COOPERATES_WITH" ||
		got[0].Source != "country:CHL" || got[0].Target != "country:PER" || got[0].Evidence != text {
		t.Errorf("above the margin: %+v, want COOPERATES_WITH(country:CHL -> country:PER)", got)
	}
	if got := run(margin+1, true); len(got) != 0 {
		t.Errorf("below the margin: %+v, want nothing", got)
	}
	if got := run(margin-1, false); len(got) != 0 {
		t.Errorf("stage off: %+v, want nothing", got)
	}
}
