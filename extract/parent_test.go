package extract

import (
	"slices"
	"testing"
)

// TestParentRelations checks that an organization's parent: gives
// PART_OF when the article names the parent too, or when the
// organization's own name holds it, and not otherwise.
func TestParentRelations(t *testing.T) {
	const unsc = "PART_OF(United Nations Security Council -> United Nations)"
	tests := []struct {
		name, text, overlay string
		want                []string // PART_OF triples, exactly
	}{
		{"name holds the parent", "The U.N. Security Council met on Monday.", "",
			[]string{unsc}},
		{"full name holds the parent", "The United Nations General Assembly voted on Friday.", "",
			[]string{"PART_OF(United Nations General Assembly -> United Nations)"}},
		{"parent not in the article", "The Security Council met on Monday.", "",
			nil},
		{"parent in another sentence", "The Security Council met on Monday. The United Nations said it would act.", "",
			[]string{unsc}},
		{"parent in the same sentence", "Officials of the United Nations asked the Security Council to act.", "",
			[]string{unsc}},
		{"two parents of two bodies", "The Missile Defense Agency said the Pentagon and the Security Council had been told.", "",
			[]string{"PART_OF(Missile Defense Agency -> Pentagon)"}},
		{"parent from an overlay", "The Blue Harbor Institute published a report. The Blue Harbor Foundation paid for it.", "parent.yaml",
			[]string{"PART_OF(Blue Harbor Institute -> Blue Harbor Foundation)"}},
		{"overlay parent absent", "The Blue Harbor Institute published a report.", "parent.yaml",
			nil},
		{"overlay alias holds the parent", "The BHF Institute published a report.", "parent.yaml",
			[]string{"PART_OF(Blue Harbor Institute -> Blue Harbor Foundation)"}},
		// a lexicon body's name, a subject and a body head
		{"named sub-body with a subject", "The NATO Military Committee met on Monday.", "",
			[]string{"PART_OF(NATO Military Committee -> NATO)"}},
		{"named sub-body of a movement", "Hamas rejected the plan. The Hamas Shura Council met on Monday.", "",
			[]string{"PART_OF(Hamas Shura Council -> Hamas)"}},
		{"a parent named only inside the sub-body's name", "The Hamas Shura Council met on Monday.", "",
			nil},
		{"no body head", "The Hamas Media Office said on Monday it was ready.", "",
			nil},
		{"an adjective for UN peacekeepers names no department", "The UN peacekeeping force UNIFIL patrols the border.", "",
			[]string{"PART_OF(UNIFIL -> United Nations)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g *Graph
			if tt.overlay != "" {
				g = overlayExtract(t, tt.text, tt.overlay)
			} else {
				g = extractText(t, tt.text)
			}
			var got []string
			for _, r := range triples(g) {
				if len(r) > 8 && r[:8] == "PART_OF(" {
					got = append(got, r)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("PART_OF %v, want %v", got, tt.want)
			}
			ids := map[string]bool{}
			for _, e := range g.Entities {
				ids[e.ID] = true
			}
			for _, r := range g.Relations {
				if !ids[r.Source] || !ids[r.Target] {
					t.Errorf("relation %s %s -> %s joins an entity the graph lacks", r.Type, r.Source, r.Target)
				}
			}
		})
	}
}

// TestParentWritten checks that a parent named only inside its part's
// name ("UN" in "the UN Office for ...") is an entity with that written
// form among its names; a parent not written there gets no such name.
func TestParentWritten(t *testing.T) {
	aliases := func(text, name string) []string {
		for _, e := range extractText(t, text).Entities {
			if e.Name == name {
				return append([]string{e.Name}, e.Aliases...)
			}
		}
		return nil
	}
	if got := aliases("The UN Office for the Coordination of Humanitarian Affairs (OCHA) reported food shortages.", "United Nations"); !slices.Contains(got, "UN") {
		t.Errorf("want the United Nations written UN, got %v", got)
	}
	if got := aliases("The UN Office for the Coordination of Humanitarian Affairs (OCHA) reported food shortages.", "United Nations"); slices.Contains(got, "UN Office for the Coordination of Humanitarian Affairs") {
		t.Errorf("the part's name is no name of the parent, got %v", got)
	}
}

// TestPossessedBodyName checks that a state's body written after the
// state's possessive is also named by the words after it, lower-case ones
// too ("Iran's central bank" is the central bank).
func TestPossessedBodyName(t *testing.T) {
	for _, e := range extractText(t, "Canada froze the assets of Iran's central bank.").Entities {
		if e.Label == "Organization" && e.Country == "IRN" {
			if !slices.Contains(e.Aliases, "central bank") && e.Name != "central bank" {
				t.Errorf("want Iran's central bank named central bank too, got %s %v", e.Name, e.Aliases)
			}
			return
		}
	}
	t.Errorf("no Iranian body in %q", "Canada froze the assets of Iran's central bank.")
}
