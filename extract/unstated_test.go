package extract

import "testing"

// TestUnstated checks that an act only denied, supposed, prevented or
// set on a condition states nothing, while the same act told as news
// still does, and that a threat or plan keeps its own reading.
func TestUnstated(t *testing.T) {
	checkPatterns(t, []patternCase{
		// denials
		{"Moscow denied that its army had shelled Kharkiv.", nil, []string{"ATTACKS(Russia -> Kharkiv)"}},
		{"Minsk denies Belarus attacked Lithuania last week.", nil, []string{"ATTACKS(Belarus -> Lithuania)"}},
		{"Serbia rejected claims that it had expelled Kosovo's diplomats.", nil, []string{"SANCTIONS(Serbia -> Kosovo)", "OPPOSES(Serbia -> Kosovo)"}},
		{"The Kremlin dismissed reports that Russia had sanctioned Georgia.", nil, []string{"SANCTIONS(Russia -> Georgia)", "OPPOSES(Kremlin -> Russia)"}},
		{"Armenia denied the report and attacked Azerbaijan.", []string{"ATTACKS(Armenia -> Azerbaijan)"}, nil},
		{"Estonia denied the report, but Russia attacked Ukraine.", []string{"ATTACKS(Russia -> Ukraine)"}, nil},
		// hypothetical events
		{"Seoul vowed to retaliate against any attack by North Korea.", nil, []string{"ATTACKS(North Korea -> South Korea)"}},
		{"Taiwan is preparing for a possible invasion by China.", nil, []string{"ATTACKS(China -> Taiwan)"}},
		{"Egypt warned against any strike on Sudan.", nil, []string{"ATTACKS(Egypt -> Sudan)"}},
		{"China carried out an attack on Taiwan.", nil, nil},
		{"Ethiopia's strikes on Eritrea killed ten people.", []string{"ATTACKS(Ethiopia -> Eritrea)"}, nil},
		// prevention and conditions
		{"Lithuania moved troops to its border to deter attacks by Belarus.", nil, []string{"ATTACKS(Belarus -> Lithuania)"}},
		{"The embargo aims to prevent Sudan from attacking Chad.", nil, []string{"ATTACKS(Sudan -> Chad)"}},
		{"Finland built the fence in case of an invasion by Russia.", nil, []string{"ATTACKS(Russia -> Finland)"}},
		// a noun cue that opens a reported clause is not the speaker's
		{"Lavrov said talks with Ukraine were impossible.", nil, []string{"NEGOTIATES_WITH(Sergei Lavrov -> Ukraine)", "NEGOTIATES_WITH(Ukraine -> Sergei Lavrov)"}},
		{"Blinken said the alliance with Japan remained strong.", nil, []string{"COOPERATES_WITH(Japan -> Antony Blinken)", "COOPERATES_WITH(Antony Blinken -> Japan)"}},
		{"Lavrov held talks with Ukraine.", []string{"MET_WITH(Ukraine -> Sergei Lavrov)"}, nil},
		// plannable types keep their possibility
		{"Sweden plans to deploy Patriot missiles in Gotland.", []string{"DEPLOYS(Sweden -> Patriot)"}, nil},
	})
}

// TestAsClauseDoer checks that a verb cue in a clause opened by "as" with
// a subject of its own that names no entity is not the act of the main
// clause's subject, and that a named subject in the clause still acts.
func TestAsClauseDoer(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean peacekeepers are to patrol the frontier as crowds storm public offices in Lima.",
			nil, []string{"ATTACKS(Chile -> Lima)"}},
		{"Peru said it was ready to talk as rebels attacked Tacna.", nil, []string{"ATTACKS(Peru -> Tacna)"}},
		{"Peru protested as Chilean troops attacked Tacna.", nil, []string{"ATTACKS(Peru -> Tacna)"}},
		{"Chile, as expected, condemned Peru.", []string{"CRITICIZES(Chile -> Peru)"}, nil},
	})
}
