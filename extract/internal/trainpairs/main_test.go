package main

import (
	"slices"
	"testing"
)

// TestNorm checks that norm normalizes names as score.py's norm does (the
// expected values are score.py's).
func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"The U.S.'s Navy":    "u s navy",
		"the United Nations": "united nations",
		"Kim Jong Un’s":      "kim jong un",
		"  Hamas  ":          "hamas",
		"Theater of War":     "theater of war",
		"São Tomé":           "s o tom",
	} {
		if got := norm(in); got != want {
			t.Errorf("norm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestChooseMargin checks that a type whose predictions are mostly wrong
// is dropped, and that the margin is the lowest at which the predictions
// of the others reach the target precision.
func TestChooseMargin(t *testing.T) {
	var preds []prediction
	for i := range 10 {
		preds = append(preds, prediction{typ: "MET_WITH", margin: float64(20 - i), correct: i < 8})
	}
	preds = append(preds, prediction{typ: "SUPPORTS", margin: 30}, prediction{typ: "SUPPORTS", margin: 29})
	margin, kept := chooseMargin(preds, []string{"MET_WITH", "SUPPORTS"}, 0.8)
	if margin != 11 || !slices.Equal(kept, []string{"MET_WITH"}) {
		t.Errorf("margin %v, types %v; want 11 and MET_WITH", margin, kept)
	}
	if margin, _ := chooseMargin(preds[:2], []string{"MET_WITH"}, 0.8); margin <= 20 {
		t.Errorf("two predictions: margin %v, want above them all", margin)
	}
}
