package extract

import (
	"strings"
	"testing"
)

// TestUnknownModelName checks that an unknown capitalised name before a
// weapon class noun that names no people or firm is a weapon model
// ("Vela jets", "Tarko helicopters"), that a designator's phrase may end
// before a verb ("jets delivered"), and that "Kestrel fighters", a known
// place's rockets and a sentence's first word are no model.
func TestUnknownModelName(t *testing.T) {
	checkEntities(t, "Chile flies old Vela jets and two Tarko helicopters over the north.",
		[]string{"WeaponSystem:Vela jets", "WeaponSystem:Tarko helicopters"}, nil)
	checkEntities(t, "Peru had sold Chile a batch of Kessor rifles, a radar and spare parts.",
		[]string{"WeaponSystem:Kessor rifles"}, nil)
	checkEntities(t, "The air force struck the camp with Marvo-7 fighter-bombers on Monday.",
		[]string{"WeaponSystem:Marvo-7 fighter-bombers"}, nil)
	checkEntities(t, "Brazil supplies the junta with arms, including VT-9 jets delivered in May.",
		[]string{"WeaponSystem:VT-9 jets"}, nil)
	checkEntities(t, "Kestrel fighters seized the town.", nil, []string{"WeaponSystem:Kestrel fighters"})
	checkEntities(t, "Militants in Chile fired Gaza rockets at the port.", nil, []string{"WeaponSystem:Gaza rockets"})
	checkEntities(t, "Tarko helicopters flew over the city.", nil, []string{"WeaponSystem:Tarko helicopters"})
	checkEntities(t, "The company bought VT-9 jet fuel from Peru.", nil, []string{"WeaponSystem:VT-9 jet"})
}

// TestMakerOfModel checks that a known company's name before a model's
// designator and class noun opens the model's name, no organization of
// its own, and that the designator and its plural later name the model.
func TestMakerOfModel(t *testing.T) {
	g := extractText(t, "Chile struck the camp with Sukhoi Ka-9 fighter-bombers on Monday. Rebels said they downed two Ka-9s.")
	got := entitySet(g)
	if !got["WeaponSystem:Sukhoi Ka-9 fighter-bombers"] || got["Organization:Sukhoi"] {
		t.Errorf("want the maker's model and no maker, got %v", keys(got))
	}
	for _, e := range g.Entities {
		if e.Label == "WeaponSystem" && e.Mentions != 2 {
			t.Errorf("want the plural designator to name the model again, got %d mentions", e.Mentions)
		}
	}
	checkEntities(t, "Sukhoi said it would build a plant in Chile.", []string{"Organization:Sukhoi"}, nil)
}

// TestFarBackCounts checks that a place named with a head its name may
// drop and the bare name in the same article are one place, and that a
// city's name is not its province's; that "the resolution" far after the
// one resolution an article names is that resolution; and that a
// definite program description repeating the end of an earlier one is
// that program however far back.
func TestFarBackCounts(t *testing.T) {
	filler := strings.Repeat("Chile held talks with Brazil. ", 14)
	checkLabelCounts(t, []labelCount{
		{"Troops entered the Tarvosk district of Peru on Monday. Chile said Peru had shelled its posts near Tarvosk.",
			"Location", 1, "one place for the district and its bare name"},
		{"Rebels held Kessorin City. Peru said the rebels had left Kessorin province.",
			"Location", 2, "the city and the province apart"},
		{"Peru backed Resolution 2231 on Monday. " + filler + "Peru said the resolution was clear.",
			"Agreement", 1, "one resolution"},
		{"The deal provides for a regional observer mission in the valley. " + filler + "Peru said the observer mission was ready.",
			"Program", 1, "one mission"},
	})
}

// TestFarBackNotRead checks that far after two named protocols "the
// protocol" is neither, and that a bare head ("the mission") is not read
// as a shorter program name.
func TestFarBackNotRead(t *testing.T) {
	g := extractText(t, "Peru signed the Tarvo Protocol in May and the Vela Protocol in June. "+strings.Repeat("Chile held talks with Brazil. ", 14)+"Chile said the protocol was void.")
	for _, e := range g.Entities {
		if e.Label == "Agreement" && e.Mentions > 1 {
			t.Errorf("want 'the protocol' to name neither of two protocols, got %s with %d mentions", e.Name, e.Mentions)
		}
	}
	if !shorterName("regional observer mission", "observer mission") || shorterName("observer mission", "observer mission") || shorterName("peace mission", "observer mission") {
		t.Errorf("shorterName misreads its phrases")
	}
}
