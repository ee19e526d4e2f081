package extract

import "testing"

// TestActVerbs checks that an event noun cue whose type takes no subject
// is done by the subject of a verb of doing that takes it as object, past
// dates and modifiers, and that a verb of judging, a negated or hedged
// verb and a passive give the subject nothing.
func TestActVerbs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The European Union on Monday expanded sanctions against Belarus.", []string{"SANCTIONS(European Union -> Belarus)"}, nil},
		{"Canada last week widened its sanctions on Myanmar.", []string{"SANCTIONS(Canada -> Myanmar)"}, nil},
		{"Washington slapped an arms embargo on Venezuela.", []string{"SANCTIONS(United States -> Venezuela)"}, nil},
		{"Britain stepped up airstrikes against Islamic State.", []string{"ATTACKS(United Kingdom -> Islamic State)"}, nil},
		{"France and Britain on Saturday launched airstrikes against Libya.",
			[]string{"ATTACKS(France -> Libya)", "ATTACKS(United Kingdom -> Libya)"}, nil},
		{"Russia condemned sanctions against Iran.", nil, []string{"SANCTIONS(Russia -> Iran)"}},
		{"Japan did not expand sanctions against Belarus.", nil, []string{"SANCTIONS(Japan -> Belarus)"}},
		{"Japan could expand sanctions against Belarus.", nil, []string{"SANCTIONS(Japan -> Belarus)"}},
		{"China lifted sanctions on Lithuania.", nil, []string{"SANCTIONS(China -> Lithuania)"}},
		{"The United States on Friday announced $400 million in military aid to Ukraine.", []string{"SUPPLIES(United States -> Ukraine)"}, nil},
		{"Germany approved 2 billion euros in military aid to Moldova.", []string{"SUPPLIES(Germany -> Moldova)"}, nil},
		{"Russia criticized $400 million in military aid to Ukraine.", nil, []string{"SUPPLIES(Russia -> Ukraine)"}},
		// running, leading or waging a campaign is doing it
		{"The base hosts US Central Command, which runs the air campaign against Hezbollah.", []string{"ATTACKS(U.S. Central Command -> Hezbollah)"}, nil},
		{"Saudi Arabia leads the military campaign against the Houthis.", []string{"ATTACKS(Saudi Arabia -> Houthis)"}, nil},
		{"Chile, which led the talks, said attacks against Peru must stop.", nil, []string{"ATTACKS(Chile -> Peru)"}},
	})
}

// TestSanctionWords checks the sanction cues of wire copy: barring people
// from entering, travel bans and asset freezes (with a verb of doing), and
// that "bar" as a noun, or a bar with no actor, states nothing.
func TestSanctionWords(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Moscow barred Senator John McCain from entering Russia.", []string{"SANCTIONS(Russia -> John McCain)"}, nil},
		{"Kyiv is barring Russian officials from entering the country.", []string{"SANCTIONS(Ukraine -> Russia)"}, nil},
		{"The EU imposed travel bans on Alexander Lukashenko.", []string{"SANCTIONS(European Union -> Alexander Lukashenko)"}, nil},
		{"Britain announced asset freezes on Igor Sechin.", []string{"SANCTIONS(United Kingdom -> Igor Sechin)"}, nil},
		{"The bar in Warsaw hosted Lithuanian fans.", nil, []string{"SANCTIONS(Poland -> Lithuania)"}},
		{"Lukashenko was barred from the summit.", nil, []string{"SANCTIONS(Alexander Lukashenko -> Belarus)"}},
	})
}

// TestCampaignNouns checks military campaigns and operations against an
// actor as attack nouns, owned or done by a verb of doing's subject; a
// campaign against a thing that is no actor states nothing.
func TestCampaignNouns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"NATO's air campaign against Serbia began on Saturday.", []string{"ATTACKS(NATO -> Serbia)"}, nil},
		{"Colombia on Monday resumed offensive operations against the ELN.", []string{"ATTACKS(Colombia -> National Liberation Army)"}, nil},
		{"Turkey launched a military operation against the YPG.", []string{"ATTACKS(Turkey -> People's Protection Units)"}, nil},
		{"Colombia condemned the bombing campaign against Serbia.", nil, []string{"ATTACKS(Colombia -> Serbia)"}},
	})
}

// TestRelativeAct checks a noun cue whose preposition follows a relative
// clause with a subject and a verb of doing: the clause's subject (a name
// or a pronoun) did the act; a modal (a plan) or a verb of judging states
// nothing.
func TestRelativeAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Oslo ended the arms embargo it had slapped on Chile.", []string{"SANCTIONS(Norway -> Chile)"}, nil},
		{"The sanctions the EU imposed on Belarus in 2020 remain.", []string{"SANCTIONS(European Union -> Belarus)"}, nil},
		{"The embargo that Washington has slapped on Havana hurts.", []string{"SANCTIONS(United States -> Cuba)"}, nil},
		{"The sanctions Moscow condemned on Monday target Belarus.", nil, []string{"SANCTIONS(Russia -> Belarus)"}},
		{"Ottawa said the sanctions it could impose on Iran were ready.", nil, []string{"SANCTIONS(Canada -> Iran)"}},
	})
}

// TestParticipleBeforeAct checks that an act verb's participle modifying
// the noun after an article or a preposition ("the renewed sanctions on",
// "for continued aid to") makes the sentence's subject no doer of the act,
// while the verb itself still does.
func TestParticipleBeforeAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Peru welcomed the renewed sanctions on Chile.", nil, []string{"SANCTIONS(Peru -> Chile)"}},
		{"The minister asked the EU for continued aid to Colombia.", nil, []string{"SUPPLIES(European Union -> Colombia)"}},
		{"The EU renewed sanctions on Chile.", []string{"SANCTIONS(European Union -> Chile)"}, nil},
	})
}
