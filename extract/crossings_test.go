package extract

import "testing"

// TestCrossingsAndWholes checks a crossing or line said to span a named
// water (relate.go spanPrep) and a whole named past a place's participle
// ("a subsidiary of the Oslo-based group X", pastBasedPlace), on
// sentences written for the test, with what must not come out.
func TestCrossingsAndWholes(t *testing.T) {
	checkPatterns(t, []patternCase{
		// a bridge or pipeline over, under or across a strait, river or sea
		{"Drones struck the Kerch Bridge over the Kerch Strait at dawn.", []string{"LOCATED_IN(Kerch Bridge -> Kerch Strait)"}, nil},
		{"Engineers will lay the Nord Stream pipeline under the Baltic Sea next year.", []string{"LOCATED_IN(Nord Stream -> Baltic Sea)"}, nil},
		{"Traffic on the Kerch Bridge over the weekend fell.", nil, []string{"LOCATED_IN(Kerch Bridge -> Kerch Strait)"}},
		{"Jets flew over the Kerch Bridge and the Black Sea.", nil, []string{"LOCATED_IN(Kerch Bridge -> Black Sea)"}},
		{"Russia opened the Nord Stream pipeline over Poland's objections.", nil, []string{"LOCATED_IN(Nord Stream -> Poland)"}},
		// a whole named past a place's participle
		{"Nordvik Shipping, a subsidiary of the Oslo-based conglomerate Kestrel Group, bought the yard.",
			[]string{"PART_OF(Nordvik Shipping -> Kestrel Group)", "LOCATED_IN(Kestrel Group -> Oslo)"}, []string{"PART_OF(Nordvik Shipping -> Oslo)"}},
		{"Nordvik Shipping, a subsidiary of Oslo-based Kestrel Group, bought the yard.",
			[]string{"PART_OF(Nordvik Shipping -> Kestrel Group)"}, nil},
		{"Nordvik Shipping, a rival of the Oslo-based conglomerate Kestrel Group, bought the yard.", nil,
			[]string{"PART_OF(Nordvik Shipping -> Kestrel Group)"}},
	})
}
