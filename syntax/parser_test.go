package syntax

import (
	"slices"
	"testing"
)

// TestFinish checks the repair of a configuration whose words are left
// without a head: a verb left headless becomes the root and takes the
// root's early dependent; a tree with one root dependent and no headless
// word is left alone.
func TestFinish(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tagOf := func(upos, xpos string) int {
		i := slices.Index(p.tags, tagClass{upos, xpos})
		if i < 0 {
			t.Fatalf("no tag %s %s", upos, xpos)
		}
		return i
	}
	obj := slices.Index(p.labels, "obj")
	words := []string{"Bush", "nominated", "judges", "."}
	tags := []int{tagOf("PROPN", "NNP"), tagOf("VERB", "VBD"), tagOf("NOUN", "NNS"), tagOf("PUNCT", ".")}
	cases := []struct {
		name  string
		arcs  [][2]int // head, dependent (label obj, root for head 0)
		heads []int    // want, words 1..n
	}{
		{"early root, verb headless", [][2]int{{0, 1}, {2, 3}}, []int{2, 0, 2, 2}},
		{"punctuation as root dependent", [][2]int{{0, 4}, {2, 3}}, []int{2, 0, 2, 2}},
		{"complete tree untouched", [][2]int{{0, 1}, {1, 2}, {2, 3}, {1, 4}}, []int{0, 1, 2, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSentence(words)
			st := newState(len(words))
			for _, a := range c.arcs {
				l := obj
				if a[0] == 0 {
					l = p.rootLabel
				}
				st.arc(a[0], a[1], l)
			}
			th := make([]uint64, len(words)+1)
			for i, tg := range tags {
				th[i+1] = p.tagHash[tg]
			}
			p.finish(st, s, th, tags, nil)
			if got := st.head[1:]; !slices.Equal(got, c.heads) {
				t.Errorf("heads %v, want %v", got, c.heads)
			}
			for i := 1; i <= st.n; i++ {
				if (st.head[i] == 0) != (st.label[i] == p.rootLabel) || st.label[i] < 0 {
					t.Errorf("word %d: head %d label %d (root label %d)", i, st.head[i], st.label[i], p.rootLabel)
				}
			}
		})
	}
}
