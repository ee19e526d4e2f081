package extract

import (
	"regexp"
	"strings"
	"time"
)

// header is what the first lines of an article say about it.
type header struct {
	title, published, source string
	byline                   int // sentence index of "(Reporting by ...)", or -1
}

var (
	dateDMY  = regexp.MustCompile(`\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b`)
	dateMDY  = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.) (\d{1,2}),? (\d{4})\b`)
	dateISO  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	inParens = regexp.MustCompile(`\(\s*([^()\n]{2,40}?)\s*\)`)
	byline   = regexp.MustCompile(`^\(?\s*(Reporting|Writing|Editing|Additional reporting) by\b`)
)

// readHeader finds the title line, the dateline's date and the source
// agency. The title is the first line when a line break follows it and it
// does not end like a sentence of the body.
func readHeader(d *doc, media set) header {
	h := header{byline: -1}
	if len(d.sents) == 0 {
		return h
	}
	s0 := d.sents[0]
	if s0.To < len(d.toks) && d.toks[s0.To].NewlineBefore && !strings.Contains(d.text[:s0.Start], "\n") {
		h.title = strings.TrimSpace(d.text[s0.Start:s0.End])
	}
	head := d.text
	if len(head) > 600 {
		head = head[:600]
		for len(head) > 0 && head[len(head)-1]&0xC0 == 0x80 {
			head = head[:len(head)-1]
		}
	}
	h.published = findDate(head)
	for _, m := range inParens.FindAllStringSubmatch(head, -1) {
		if media[m[1]] {
			h.source = m[1] // "( Reuters )", "MOSCOW (AP) -": a news organization the lexicon knows
			break
		}
	}
	for si, s := range d.sents {
		if c := d.text[s.Start]; (c == '(' || c == 'R' || c == 'W' || c == 'E' || c == 'A') && byline.MatchString(d.text[s.Start:s.End]) {
			h.byline = si
			if h.source == "" {
				h.source = "Reuters" // "(Reporting by ...; Editing by ...)" is Reuters' house style
			}
		}
	}
	return h
}

// findDate returns the first date in s as YYYY-MM-DD, or "".
func findDate(s string) string {
	type hit struct {
		at   int
		date string
	}
	var best *hit
	try := func(at int, layout, value string) {
		t, err := time.Parse(layout, value)
		if err != nil || best != nil && best.at <= at {
			return
		}
		best = &hit{at, t.Format("2006-01-02")}
	}
	if m := dateDMY.FindStringSubmatchIndex(s); m != nil {
		try(m[0], "2 January 2006", s[m[0]:m[1]])
	}
	if m := dateMDY.FindStringSubmatchIndex(s); m != nil {
		v := strings.NewReplacer("Sept.", "Sep", ".", "", ",", "").Replace(s[m[0]:m[1]])
		for _, layout := range []string{"January 2 2006", "Jan 2 2006"} {
			try(m[0], layout, v)
		}
	}
	if m := dateISO.FindStringSubmatchIndex(s); m != nil {
		try(m[0], "2006-01-02", s[m[0]:m[1]])
	}
	if best == nil {
		return ""
	}
	return best.date
}
