package extract

import "testing"

// TestKinAdjective checks that a kinship descriptor ("sister", "brother")
// before a capitalised word that modifies an actor's description noun
// ("a sister African country") names no person, while one before a name
// still does.
func TestKinAdjective(t *testing.T) {
	checkEntities(t, "Peru sent police to help a sister African country, the minister said.", nil, []string{"Person:African"})
	checkEntities(t, "His sister Amina Roe told reporters the army had fired.", []string{"Person:Amina Roe"}, nil)
}
