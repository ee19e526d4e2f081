package extract

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/geokg/geokg/schema"
)

// overlayExtract extracts text with the default schema extended by the
// overlay files of testdata/overlay.
func overlayExtract(t *testing.T, text string, files ...string) *Graph {
	t.Helper()
	for i, f := range files {
		files[i] = filepath.Join("testdata", "overlay", f)
	}
	s, err := schema.Load(files...)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	g, err := x.Extract(context.Background(), Input{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestOverlayRelationType checks that a relation type declared only in
// YAML, with its cues and behaviour fields, works as fully as a built-in
// one: verb, noun with the clause's subject, and possessive forms.
func TestOverlayRelationType(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Qatar funded Hamas for years.", "FUNDS(Qatar -> Hamas)"},
		{"Qatar announced funding for Hamas on Monday.", "FUNDS(Qatar -> Hamas)"},
		{"Iran's funding of Hezbollah worries Israel.", "FUNDS(Iran -> Hezbollah)"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := triples(overlayExtract(t, tt.text, "funds.yaml"))
			if !has(got, tt.want) {
				t.Errorf("relations %v, want %s", got, tt.want)
			}
			if without := triples(extractText(t, tt.text)); has(without, tt.want) {
				t.Errorf("default schema found %s: the test proves nothing", tt.want)
			}
		})
	}
}

// TestOverlaySubjectNouns checks that subject_nouns is what lets a noun
// cue take the clause's subject: without it only a possessor is a source.
func TestOverlaySubjectNouns(t *testing.T) {
	text := "Qatar announced funding for Hamas on Monday."
	if got := triples(overlayExtract(t, text, "funds-possessor.yaml")); has(got, "FUNDS(Qatar -> Hamas)") {
		t.Errorf("relations %v: a noun cue took the subject without subject_nouns", got)
	}
	if got := triples(overlayExtract(t, "Qatar's funding of Hamas", "funds-possessor.yaml")); !has(got, "FUNDS(Qatar -> Hamas)") {
		t.Errorf("relations %v, want the possessor as source", got)
	}
}
