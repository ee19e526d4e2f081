package extract

import "testing"

// TestSeatWhere checks a body's seat read from a relative "where" after a
// place and from "whose seat" (located.go seatWhere, seatIn), on
// sentences written for the test, with what must not come out.
func TestSeatWhere(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The envoy spoke in Addis Ababa, where the African Union has its headquarters.", []string{"LOCATED_IN(African Union -> Addis Ababa)"}, nil},
		{"Hamas leaders in Doha, where the group maintains an office, declined to comment.", []string{"LOCATED_IN(Hamas -> Doha)"}, []string{"LOCATED_IN(Hamas -> Qatar)"}},
		{"The envoy flew to Vienna, where the IAEA is based.", []string{"LOCATED_IN(International Atomic Energy Agency -> Vienna)"}, nil},
		{"The African Union, whose seat has been in Addis Ababa since 2002, called a summit.", []string{"LOCATED_IN(African Union -> Addis Ababa)"}, nil},
		// no seat noun, or a negation
		{"The envoy spoke in Addis Ababa, where the African Union has opened talks.", nil, []string{"LOCATED_IN(African Union -> Addis Ababa)"}},
		{"Hamas leaders in Doha, where the group has no office, declined to comment.", nil, []string{"LOCATED_IN(Hamas -> Doha)"}},
		// a description resolved from an earlier sentence places no body
		{"The Arab League met on Monday. The envoy spoke in Cairo, where the bloc keeps its headquarters.", nil, []string{"LOCATED_IN(Arab League -> Cairo)"}},
	})
}

// TestBackedAndDeployedWeapons checks the DEPLOYS that weapons backing a state's
// forces, and owned weapons said to be deployed, state (weaponuse.go
// backedForces, ownedDeployed), with what must not come out.
func TestBackedAndDeployedWeapons(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chadian and Nigerien troops, backed by Gazelle helicopters and AML-90 armoured cars, halted the advance.",
			[]string{"DEPLOYS(Chad -> Gazelle helicopters)", "DEPLOYS(Niger -> Gazelle helicopters)", "DEPLOYS(Chad -> AML-90)"}, nil},
		{"Chadian troops, backed by French-supplied Gazelle helicopters, retook the town.",
			[]string{"DEPLOYS(Chad -> Gazelle helicopters)", "SUPPLIES(France -> Chad)"}, []string{"DEPLOYS(France -> Gazelle helicopters)"}},
		{"Kenyan troops, backed by Ethiopian Mi-24 gunships, took the port.", []string{"DEPLOYS(Ethiopia -> Mi-24)"}, []string{"DEPLOYS(Kenya -> Mi-24)"}},
		// the weapons are no backing of the troops
		{"Chadian troops, backed by France, later bought Gazelle helicopters.", nil, []string{"DEPLOYS(Chad -> Gazelle helicopters)"}},
		{"German Patriot batteries are being deployed near Rzeszow.", []string{"DEPLOYS(Germany -> Patriot)"}, nil},
		{"Turkish F-16 jets have been stationed at Incirlik.", []string{"DEPLOYS(Turkey -> F-16)"}, nil},
		{"German Patriot batteries are not being deployed near Rzeszow.", nil, []string{"DEPLOYS(Germany -> Patriot)"}},
		{"German Patriot batteries are costly to run.", nil, []string{"DEPLOYS(Germany -> Patriot)"}},
	})
}

// TestBodyAfterDescription checks a body named in apposition after its
// state's description of it (located.go bodyAfterDescription), with what
// must not come out.
func TestBodyAfterDescription(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Kenya's state oil company, Kenoil, signed the deal.", []string{"PART_OF(Kenoil -> Kenya)"}, nil},
		{"Kenya's largest shipping firm, Kenline, signed the deal.", []string{"LOCATED_IN(Kenline -> Kenya)"}, []string{"PART_OF(Kenline -> Kenya)"}},
		{"Kenya's president, William Ruto, met the envoy.", nil, []string{"PART_OF(William Ruto -> Kenya)"}},
		{"Kenya's state oil company, Kenoil and Tullow Oil signed the deal.", nil, []string{"PART_OF(Kenoil -> Kenya)"}},
	})
}

// TestEndedTies checks the SANCTIONS that ending ties or freezing aid
// states (cues.yaml), with what must not come out.
func TestEndedTies(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Taiwan terminated diplomatic relations with Panama on Tuesday.", []string{"SANCTIONS(Taiwan -> Panama)"}, nil},
		{"Chile ended its formal diplomatic ties with Peru.", []string{"SANCTIONS(Chile -> Peru)"}, nil},
		{"Norway froze its loans and grants to Sri Lanka.", []string{"SANCTIONS(Norway -> Sri Lanka)"}, nil},
		{"Taiwan did not end ties with Panama.", nil, []string{"SANCTIONS(Taiwan -> Panama)"}},
		{"Chile said the war will end soon, and relations with Iran will improve.", nil, []string{"SANCTIONS(Chile -> Iran)"}},
	})
}
