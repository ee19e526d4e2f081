package extract

import "slices"

// askedObject returns the actors a verb cue of asking asks to act, when
// they stand inside its phrase: the cue "call on to join" matches "called
// on Italy and Egypt to join the project", whose targets are Italy and
// Egypt, not what follows the phrase. Only phrases with an infinitive
// ("... to join") hold their object so; nil for other cues.
func (x *Extractor) askedObject(d *doc, ms []int, cm cueMatch, fits func(*Mention) bool) []int {
	c := cm.c
	k := slices.Index(c.words, "to")
	if !c.verb || k < 1 || k == len(c.words)-1 {
		return nil
	}
	p := cm.to - (len(c.words) - k) // the phrase's "to", when the words after it follow on
	if p <= cm.from || d.lw(p) != "to" {
		return nil
	}
	n := d.rightArg(ms, cm.from+1, p-cm.from-1, fits)
	if n < 0 {
		return nil
	}
	return slices.DeleteFunc(d.coordinated(ms, n, fits), func(t int) bool { return d.mentions[t].To > p })
}
