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
// cue take the clause's subject: without it only a possessor is a source
// (or the subject of a verb of doing, act_verbs: "Qatar announced funding
// for Hamas", actverb.go), not the subject of any verb.
func TestOverlaySubjectNouns(t *testing.T) {
	text := "Qatar discussed funding for Hamas on Monday."
	if got := triples(overlayExtract(t, text, "funds-possessor.yaml")); has(got, "FUNDS(Qatar -> Hamas)") {
		t.Errorf("relations %v: a noun cue took the subject without subject_nouns", got)
	}
	if got := triples(overlayExtract(t, "Qatar's funding of Hamas", "funds-possessor.yaml")); !has(got, "FUNDS(Qatar -> Hamas)") {
		t.Errorf("relations %v, want the possessor as source", got)
	}
}

// TestOverlayExtendsCountry checks that an overlay entry with the key of a
// built-in one extends it: Greece gains an alias and keeps its adjective
// and its capital (a metonym for the government).
func TestOverlayExtendsCountry(t *testing.T) {
	text := "Ellada protested on Monday. Hellas is angry. Greek officials met the envoy. Athens rejected the demand from Ankara."
	g := overlayExtract(t, text, "grc.yaml")
	forms := map[string]string{} // surface form -> entity id
	for _, e := range g.Entities {
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			forms[f] = e.ID
		}
	}
	for _, f := range []string{"Ellada", "Hellas", "Greek", "Athens"} {
		if forms[f] != "country:GRC" {
			t.Errorf("%q is %q, want country:GRC (forms %v)", f, forms[f], forms)
		}
	}
}
