package extract

import "testing"

// TestArmyIsArmedForces checks that a state's army and its armed forces
// are one body, while its navy stays a body of its own.
func TestArmyIsArmedForces(t *testing.T) {
	g := extractText(t, "The Peruvian army shelled the town. Later the armed forces of Peru withdrew, and the Peruvian navy sailed.")
	if n := countLabel(g, "Organization"); n != 2 {
		t.Errorf("want 2 organizations (armed forces, navy), got %v", keys(entitySet(g)))
	}
}

// TestMilitaryVehicles checks that military vehicles are a generic weapon.
func TestMilitaryVehicles(t *testing.T) {
	checkEntities(t, "Soldiers blocked the road with military vehicles on Sunday.", []string{"WeaponSystem:military vehicles"}, nil)
	checkEntities(t, "Civilian vehicles queued at the border.", nil, []string{"WeaponSystem:military vehicles"})
}
