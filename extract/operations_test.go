package extract

import "testing"

// TestOrderedOperation checks that a named operation ordered, conducted or
// carried on is developed by who does so, as one launched is, and that
// "conduct" as a noun develops nothing.
func TestOrderedOperation(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile ordered Operation Blue Sky to protect its citizens.", []string{"DEVELOPS(Chile -> Operation Blue Sky)"}, nil},
		{"Peru conducted Operation Condor Azul in the north.", []string{"DEVELOPS(Peru -> Operation Condor Azul)"}, nil},
		{"Chile will continue Operation Blue Sky until the last intruder is gone.", []string{"DEVELOPS(Chile -> Operation Blue Sky)"}, nil},
		{"Peru criticized the conduct of Operation Blue Sky.", nil, []string{"DEVELOPS(Peru -> Operation Blue Sky)"}},
	})
}

// TestContinuedAttack checks that an attack noun carried on ("continued
// strikes on", "pressed a campaign against") is its subject's attack, that
// pressing for a measure is none, and that a label-narrowed verb cue
// followed by an infinitive ("continuing to press Peru on its missile
// programme") takes the infinitive's object as none of its own.
func TestContinuedAttack(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean Air Force continued strikes on Tacna.", []string{"ATTACKS(Chilean Air Force -> Tacna)"}, nil},
		{"Chilean forces pressed an air and naval campaign against the Kestrel Front.", []string{"ATTACKS(Chile -> Kestrel Front)"}, nil},
		{"Peru pressed for new sanctions on Chile.", nil, []string{"SANCTIONS(Peru -> Chile)"}},
		{"Chile will ease sanctions while continuing to press Peru on its missile programme.", nil, []string{"DEVELOPS(Chile -> Peru's missile programme)"}},
	})
}
