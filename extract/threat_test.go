package extract

import (
	"slices"
	"testing"
)

// TestThreats checks that an attack or sanction announced by its own doer
// on a condition or as what it would or will do is a THREATENS, and that
// the same act said of someone else, or announced as news, is not.
func TestThreats(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Macron warned that France would strike Syria.", []string{"THREATENS(France -> Syria)"}, []string{"ATTACKS(France -> Syria)"}},
		{"Erdogan vowed that Turkey will attack the YPG.", []string{"THREATENS(Turkey -> People's Protection Units)"}, []string{"ATTACKS(Turkey -> People's Protection Units)"}},
		{"Russia could strike Ukraine, analysts said.", nil, []string{"THREATENS(Russia -> Ukraine)", "ATTACKS(Russia -> Ukraine)"}},
		{"The EU will impose sanctions on Belarus.", []string{"SANCTIONS(European Union -> Belarus)"}, []string{"THREATENS(European Union -> Belarus)"}},
		{"Lukashenko said that if Poland sends troops, Belarus would attack Poland.", []string{"THREATENS(Belarus -> Poland)"}, []string{"ATTACKS(Belarus -> Poland)"}},
		{"Lukashenko said Russia would attack Poland.", nil, []string{"THREATENS(Russia -> Poland)", "ATTACKS(Russia -> Poland)"}},
	})
}

// TestThreatenedAct checks that an act of a type with no threat reading
// in the "to" clause of "threaten" (or a "to" clause coordinated with it)
// is not done: no SUPPLIES for "threatened to buy weapons from"; a "to"
// clause of another verb after it keeps its relation.
func TestThreatenedAct(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile threatened to buy fighter jets from Russia.", nil, []string{"SUPPLIES(Russia -> Chile)"}},
		{"Chile has threatened to leave the talks and to buy fighter jets from Russia.", nil, []string{"SUPPLIES(Russia -> Chile)"}},
		{"Peru threatened Bolivia and decided to buy fighter jets from Russia.", []string{"SUPPLIES(Russia -> Peru)"}, nil},
		{"Chile bought fighter jets from Russia.", []string{"SUPPLIES(Russia -> Chile)"}, nil},
		// a noun cue inside the threatened act's object phrase is not done either
		{"Bolivia threatened to suspend joint military exercises with Chile.", nil, []string{"COOPERATES_WITH(Bolivia -> Chile)"}},
		{"Chile held joint military exercises with Peru.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		// ending exercises with a partner is a measure against it, as suspending them is
		{"Chile ended joint military exercises with Peru.", []string{"SANCTIONS(Chile -> Peru)"}, []string{"COOPERATES_WITH(Chile -> Peru)"}},
	})
}

// TestAnnounceVerbForms checks that every form of a verb of warning or
// vowing makes an announced attack a threat.
func TestAnnounceVerbForms(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia cautioned that it will strike Ukraine.", []string{"THREATENS(Russia -> Ukraine)"}, []string{"ATTACKS(Russia -> Ukraine)"}},
		{"Iran swore that it would attack Israel.", []string{"THREATENS(Iran -> Israel)"}, []string{"ATTACKS(Iran -> Israel)"}},
	})
}

// TestWarnedOwnSide checks that a warning threatens no state or body the
// speaker speaks for: "X's president warned that X would strike Y".
func TestWarnedOwnSide(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean President Jane Roe warned that Chile would strike Peru.",
			[]string{"THREATENS(Chile -> Peru)"}, []string{"THREATENS(Jane Roe -> Chile)"}},
		{"Peruvian Foreign Minister Omar Dalli warned that Peru would respond.", nil,
			[]string{"THREATENS(Omar Dalli -> Peru)"}},
		{"Chilean President Jane Roe warned Peru that it would pay.",
			[]string{"THREATENS(Jane Roe -> Peru)"}, nil},
	})
}

// TestForceKeptOpen checks that force its doer will not rule out threatens
// the actor named after it, and that force ruled out, or a refusal to
// comment, states no stance at all.
func TestForceKeptOpen(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile has refused to rule out military action against Peru.",
			[]string{"THREATENS(Chile -> Peru)"}, []string{"OPPOSES(Chile -> Peru)"}},
		{"Rojas said Chile would not rule out a strike on Peru.", []string{"THREATENS(Chile -> Peru)"}, nil},
		{"Chile refused to rule out the use of force to retake the islands from Peru.", []string{"THREATENS(Chile -> Peru)"}, nil},
		{"Chile ruled out military action against Peru.", nil, []string{"THREATENS(Chile -> Peru)", "OPPOSES(Chile -> Peru)"}},
		{"Chile did not rule out talks with Peru.", nil, []string{"THREATENS(Chile -> Peru)"}},
		{"Chile declined to comment on the dispute with Peru.", nil, []string{"OPPOSES(Chile -> Peru)"}},
		{"Chile declined to say whether it would sanction Peru.", nil, []string{"OPPOSES(Chile -> Peru)"}},
		{"Chile refused to recognize Kosovo.", []string{"OPPOSES(Chile -> Kosovo)"}, nil},
	})
}

// TestPricePaid checks that a price its payer will pay for its act, in a
// named speaker's words, is the speaker's threat, and that a price for
// goods, a negated one and one the speaker's own side pays are not.
func TestPricePaid(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile said Peru would pay a heavy price for the attack.", []string{"THREATENS(Chile -> Peru)"}, nil},
		{"Chilean President Ana Rojas said Peru had attacked Chile and that it would \"pay a price commensurate with the raid.\"",
			[]string{"THREATENS(Ana Rojas -> Peru)"}, nil},
		{"Peru will pay a high price for gas this winter, analysts said.", nil, []string{"THREATENS(Peru -> Peru)"}},
		{"Chile said Peru would pay a high price for gas this winter.", nil, []string{"THREATENS(Chile -> Peru)"}},
		{"Chile said Peru would not pay a price for the attack.", nil, []string{"THREATENS(Chile -> Peru)"}},
	})
}

// TestWarnedTitled checks that a warning to a person written with a title
// ("warned President Jane Roe that ...") threatens the person past the
// title, also in a verb conjoined to an earlier one; a warning of nothing
// to come threatens no one.
func TestWarnedTitled(t *testing.T) {
	w := []string{"THREATENS(Ana Ruiz -> Jane Roe)"}
	checkPatterns(t, []patternCase{
		{"Ana Ruiz warned President Jane Roe that any incursion would mean war.", w, nil},
		{"Ana Ruiz warned President Jane Roe of Peru that any incursion into Chile would be a cause for war.", w, nil},
		{"In a radio address, Ana Ruiz ordered the army to the border and warned President Jane Roe of Peru that any incursion would mean war.", w, nil},
		{"Ana Ruiz warned President Jane Roe about the floods.", nil, w},
	})
}

// TestThreatenedActAfterNegated checks that negated takes a cue right
// after a form of "threaten" and "to" ("threatened to buy"): findCues
// asks it before threatenedAct, which so reads only a later "to"
// coordinated with the first ("threatened to cancel the talks and to
// buy").
func TestThreatenedActAfterNegated(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, cue           string
		negated, threatened bool
	}{
		{"Chile threatened to buy jets from Peru.", "buy", true, false},
		{"Chile threatens to expel the envoy.", "expel", true, false},
		{"Chile threatened to cancel the talks and to buy jets from Peru.", "buy", false, true},
	}
	for _, tt := range tests {
		d := &doc{text: tt.text, words: &x.lex.sets}
		d.toks = tokenize(tt.text, x.lex.abbrev)
		i := slices.IndexFunc(d.toks, func(tk Token) bool { return tk.Text == tt.cue })
		if got := negated(d, 0, i); got != tt.negated {
			t.Errorf("%q: negated at %q = %v, want %v", tt.text, tt.cue, got, tt.negated)
		}
		if got := threatenedAct(d, 0, i); got != tt.threatened {
			t.Errorf("%q: threatenedAct at %q = %v, want %v", tt.text, tt.cue, got, tt.threatened)
		}
	}
}

// TestAttackFacedFrom checks that an attack its target faces, suffers or
// comes under "from" a side is that side's (as a threat faced is), also
// with the attack noun quoted, and that "came under fire from" stays
// criticism.
func TestAttackFacedFrom(t *testing.T) {
	w := []string{"ATTACKS(Peru -> Chile)"}
	checkPatterns(t, []patternCase{
		{`Chile was facing "a hybrid attack" from Lima, its minister said.`, w, []string{"ATTACKS(Chile -> Peru)"}},
		{"Chile came under attack from Peruvian forces on Monday.", w, []string{"ATTACKS(Chile -> Peru)"}},
		{"Chile suffered a cyber attack from Peru last week.", w, []string{"ATTACKS(Chile -> Peru)"}},
		{"Chile came under fire from Peru over the new law.", nil, []string{"ATTACKS(Peru -> Chile)", "ATTACKS(Chile -> Peru)"}},
	})
}
