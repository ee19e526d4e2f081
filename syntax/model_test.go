package syntax

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"
)

// TestEmbeddedModelAccuracy checks that the embedded model parses the
// vendored EWT sample exactly as well as when it was shipped (figures in
// ewt.model.json, written by go run ./syntax/train).
func TestEmbeddedModelAccuracy(t *testing.T) {
	data, err := os.ReadFile("ewt.model.json")
	if err != nil {
		t.Fatal(err)
	}
	var shipped map[string]Scores
	if err := json.Unmarshal(data, &shipped); err != nil {
		t.Fatal(err)
	}
	want, ok := shipped["testdata"]
	if !ok {
		t.Fatal("ewt.model.json has no testdata figures: retrain with go run ./syntax/train")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := Evaluate(p, sample(t))
	if got != want {
		t.Errorf("embedded model on testdata: %v\nshipped with:                %v", got, want)
	}
	t.Logf("testdata: %v", got)
}

// TestEvaluateGoldTags checks the parser-only evaluation: with the gold
// tags given, the tags agree with gold (every pair the model knows) and
// the parse is at least as good as with the tagger's own tags, as it is
// on EWT (README: the parser apart from tagging errors).
func TestEvaluateGoldTags(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := sample(t)
	tagged, gold := Evaluate(p, s), EvaluateGoldTags(p, s)
	t.Logf("tagger's tags: %v\ngold tags:     %v", tagged, gold)
	if gold.Words != tagged.Words {
		t.Fatalf("gold-tag evaluation scored %d words, the other %d", gold.Words, tagged.Words)
	}
	if pct(gold.UPOS, gold.Words) < 99.9 || pct(gold.XPOS, gold.Words) < 99.9 {
		t.Errorf("gold tags not used: %v", gold)
	}
	if gold.UAS <= tagged.UAS || gold.LAS <= tagged.LAS {
		t.Errorf("parsing with gold tags (%v) is no better than with predicted ones (%v)", gold, tagged)
	}
}

// TestTrainSmall trains on part of the vendored sample and scores the rest:
// training learns something, is reproducible byte for byte, and a saved
// model loads back to the same parser.
func TestTrainSmall(t *testing.T) {
	sents := sample(t)
	train, held := sents[:220], sents[220:]
	opt := TrainOptions{TagIterations: 4, ParseIterations: 4, Seed: 7, Explore: 0.9, JackknifeFolds: 2}
	p, err := Train(train, opt, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	sc := Evaluate(p, held)
	t.Logf("trained on %d sentences, held out %d: %v", len(train), len(held), sc)
	if pct(sc.UPOS, sc.Words) < 75 || pct(sc.UAS, sc.Words) < 50 || pct(sc.LAS, sc.Words) < 40 {
		t.Errorf("held-out scores too low: %v", sc)
	}
	var a, b bytes.Buffer
	if err := p.Save(&a); err != nil {
		t.Fatal(err)
	}
	q, err := Train(train, opt, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same data and options gave different models")
	}
	r, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := Evaluate(r, held); got != sc {
		t.Errorf("loaded model scores %v, the trained one %v", got, sc)
	}
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Save(&good); err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": good.Bytes()[:good.Len()/2],
	} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
