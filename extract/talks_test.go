package extract

import "testing"

// TestQuotedTeller checks that an outlet quotes the one who speaks to it,
// however long the title apposed to a speaker who speaks to it in a
// fronted phrase, and not a person named inside the quoted words or in
// what an unnamed teller says.
func TestQuotedTeller(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Speaking to Radio Tamborí by telephone, the Minister of Foreign Affairs, Mr Luis Vega, who was abroad, said Chile would not pay.",
			[]string{"QUOTES(Radio Tamborí -> Luis Vega)"}, nil},
		{"Speaking to Radio Tamborí, Luis Vega said Chile would not pay.",
			[]string{"QUOTES(Radio Tamborí -> Luis Vega)"}, nil},
		// a name in the quote, the teller unnamed
		{"President Ana Soto left for Lima. \"The army has spent a year punishing Soto, and the region paid,\" a former diplomat told Radio Tamborí.",
			nil, []string{"QUOTES(Radio Tamborí -> Ana Soto)"}},
		{"\"We will not pay,\" Ana Soto told Radio Tamborí.",
			[]string{"QUOTES(Radio Tamborí -> Ana Soto)"}, nil},
		// a name in what unnamed sources tell; a pronoun there is the teller
		{"Government sources told Radio Tamborí that President Ana Soto was in a stable condition.",
			nil, []string{"QUOTES(Radio Tamborí -> Ana Soto)"}},
		{"President Ana Soto told Radio Tamborí that she had acted alone.",
			[]string{"QUOTES(Radio Tamborí -> Ana Soto)"}, nil},
	})
}

// TestOfferedTalks checks that talks a third party offers, wants or
// proposes to host or hold are no meeting of their parties, nor an offer
// a supply, while talks it hosted are.
func TestOfferedTalks(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile offered to host new talks between Peru and Bolivia.",
			nil, []string{"MET_WITH(Peru -> Bolivia)", "MET_WITH(Bolivia -> Peru)"}},
		{"Chilean President Ana Soto wants to convene a meeting between President Luis Vega and President Tavo Rei in Lima.",
			nil, []string{"MET_WITH(Luis Vega -> Tavo Rei)", "MET_WITH(Tavo Rei -> Luis Vega)", "VISITS(Luis Vega -> Lima)"}},
		{"Chile offered to send food to Peru.", nil, []string{"SUPPLIES(Chile -> Peru)"}},
		{"Chile offered weapons to Peru.", []string{"SUPPLIES(Chile -> Peru)"}, nil},
		{"Chile hosted talks between Peru and Bolivia.",
			[]string{"MET_WITH(Bolivia -> Peru)"}, nil},
	})
}

// TestContactVerbs checks that contacting, apologizing and sending
// condolences or concern to someone communicates with them, and that
// the same verbs with no actor after them communicate with no one.
func TestContactVerbs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"President Ana Soto apologized to Luis Vega by telephone on Thursday.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Luis Vega)"}, nil},
		{"Chilean President Ana Soto had also contacted Peru's President Luis Vega and Bolivian President Tavo Rei.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Luis Vega)", "COMMUNICATES_WITH(Ana Soto -> Tavo Rei)"}, nil},
		{"The Chilean government expressed its concern to Peruvian Minister Luis Vega.",
			[]string{"COMMUNICATES_WITH(Chile -> Luis Vega)"}, nil},
		{"Chilean President Ana Soto sent condolences to Mr Luis Vega.",
			[]string{"COMMUNICATES_WITH(Ana Soto -> Luis Vega)"}, nil},
		{"Chile apologized to the families of the victims for the delay in Peru.",
			nil, []string{"COMMUNICATES_WITH(Chile -> Peru)"}},
	})
}
