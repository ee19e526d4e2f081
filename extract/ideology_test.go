package extract

import "testing"

// TestIdeologyBeforeActor checks that a capitalised "-ist" word between
// a determiner and an actor's description noun ("the Islamist movement")
// is no organization named by the word, and that the description stands
// for the group in view; a name whose next word is capitalised ("the
// Communist Party") is still read whole.
func TestIdeologyBeforeActor(t *testing.T) {
	checkEntities(t, "A Kestrel Front gunman shot a guard in Tacna. Lima blamed the Salafist movement for the attack.",
		nil, []string{"Organization:Salafist"})
	checkPatterns(t, []patternCase{
		{"Hamas gunmen attacked a checkpoint near Jenin. Netanyahu blamed the Islamist movement and sealed the border.",
			[]string{"CRITICIZES(Benjamin Netanyahu -> Hamas)"}, []string{"CRITICIZES(Benjamin Netanyahu -> Islamist)"}},
	})
	checkEntities(t, "The Socialist Party of Peru criticised the government.", []string{"Organization:Socialist Party of Peru"}, nil)
}
