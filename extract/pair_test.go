package extract

import "testing"

// TestPairSubject checks that "both sides" and "the two countries" as a
// subject stand for the two actors last named together, and for no one
// when no two were.
func TestPairSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile and Peru opened a border crossing. Both sides agreed to cut tariffs.",
			[]string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
		{"Ghana and Togo announced a rail link. The two countries also agreed to share data.",
			[]string{"COOPERATES_WITH(Ghana -> Togo)"}, nil},
		{"Kenya and Ethiopia opened the road. Trade rose. Prices fell. The two leaders met in Nairobi.",
			[]string{"MET_WITH(Ethiopia -> Kenya)"}, nil},
		{"Kenya opened the road. Both sides agreed to cut tariffs.", nil, []string{"COOPERATES_WITH(Kenya -> Kenya)"}},
		// a pair after a plural noun cue
		{"Chile and Peru reopened the border. Talks between the two sides resumed.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Ghana and Togo opened a rail link after a meeting of the ministers of both countries.",
			[]string{"MET_WITH(Ghana -> Togo)"}, nil},
		{"Ghana opened a rail link after a meeting of the ministers of both countries.", nil, []string{"MET_WITH(Ghana -> Ghana)"}},
		// a hyphenated pair before a plural noun cue
		{"The Chile-Peru talks resumed in Lima.", []string{"MET_WITH(Chile -> Peru)"}, nil},
		{"Serbian-Kosovar negotiations collapsed.", []string{"NEGOTIATES_WITH(Serbia -> Kosovo)"}, nil},
		{"The Chile talks resumed in Lima.", nil, []string{"MET_WITH(Chile -> Peru)"}},
		{"Mali and Niger closed the border. Senegal said both sides agreed to talks with Guinea.",
			nil, []string{"COOPERATES_WITH(Senegal -> Guinea)"}},
	})
}
