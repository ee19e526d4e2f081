package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// header is what the first lines of an article say about it.
type header struct {
	title, published, source string
	byline                   int          // sentence index of "(Reporting by ...)", or -1
	credits                  map[int]bool // sentences that only credit writers ("By Jane Roe", "Ann Lee | Tom Berg") or note the print edition
	titleCased               bool         // the title is written in Title Case, where capitals tell no names
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
func readHeader(d *doc, media, reporters, service set) header {
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
	h.titleCased = h.title != "" && titleCased(d, s0)
	for si := 1; si < len(d.sents) && si < 6; si++ {
		if creditLine(d, d.sents[si], reporters) || serviceLine(d, d.sents[si], service) {
			if h.credits == nil {
				h.credits = map[int]bool{}
			}
			h.credits[si] = true
		}
	}
	for si, s := range d.sents {
		if printNote(d.text[s.Start:s.End]) {
			if h.credits == nil {
				h.credits = map[int]bool{}
			}
			h.credits[si] = true // the paper's own note: no actors, no places
		}
		if c := d.text[s.Start]; (c == '(' || c == 'R' || c == 'W' || c == 'E' || c == 'A') && byline.MatchString(d.text[s.Start:s.End]) {
			h.byline = si
			if h.source == "" {
				h.source = "Reuters" // "(Reporting by ...; Editing by ...)" is Reuters' house style
			}
		}
	}
	return h
}

// titleCased reports whether sentence s capitalises most of its longer
// words, as Title Case headlines do ("Council Extends Mission, Adopting
// Resolution by 13 Votes in Favour").
func titleCased(d *doc, s Sentence) bool {
	long, upper := 0, 0
	for _, t := range d.toks[s.From:s.To] {
		if t.Kind != Word || len(t.Text) < 4 {
			continue
		}
		long++
		if t.Capitalized() {
			upper++
		}
	}
	return long >= 4 && upper*4 >= long*3
}

// creditLine reports whether sentence s, near the top, only credits the
// writers: "By Jane Roe and John Smith", "Ann Lee | Tom Berg". It holds
// capitalised words, "by", "and" and separators, opens with "By" or
// holds a "|"; a line opening with "By" may name the writer's beat and
// where he writes from ("By Andean correspondent Ana Rojas in Lima":
// words.yaml reporter_nouns, "in", "from").
func creditLine(d *doc, s Sentence, reporters set) bool {
	toks := d.toks[s.From:s.To]
	if len(toks) < 2 {
		return false
	}
	bar, names := false, 0
	for _, t := range toks {
		switch {
		case t.Text == "|":
			bar = true
		case t.Kind == Punct && (t.Text == "," || t.Text == "/" || t.Text == "&" || t.Text == "." || t.Text == ";"):
		case t.Kind == Word && (t.lower == "and" || t.lower == "by"):
		case toks[0].Text == "By" && (t.Kind == Word && (reporters[t.lower] || t.lower == "in" || t.lower == "from") || t.Text == "-"):
		case t.Kind == Word && t.Capitalized():
			names++
		default:
			return false
		}
	}
	return names >= 2 && (bar || toks[0].Text == "By")
}

// serviceLine reports whether sentence s, near the top, is a masthead
// line naming a wire's or a broadcaster's service or desk: a line of its
// own, cut by a bar, whose first part is two words or more of a service
// (words.yaml service_words) and "and", and whose rest holds a number (a
// date or a time): "Overseas News Desk | Regional | Tuesday, March 4,
// 1997 08:15", "World Service | 03-11-88 | 0900 hrs". It names no
// actor; "Tuoi Tre News | 05/08/2014" is the outlet's own name.
func serviceLine(d *doc, s Sentence, service set) bool {
	toks := d.toks[s.From:s.To]
	if len(toks) < 3 || !toks[0].NewlineBefore && s.From > 0 || s.To < len(d.toks) && !d.toks[s.To].NewlineBefore {
		return false
	}
	bar := slices.IndexFunc(toks, func(t Token) bool { return t.Text == "|" })
	if bar < 2 || slices.ContainsFunc(toks[:bar], func(t Token) bool { return !service[t.Text] && t.lower != "and" }) {
		return false
	}
	return slices.ContainsFunc(toks[bar:], func(t Token) bool { return t.Kind == Number })
}

// printNote reports whether a sentence is an outlet's note on where the
// article itself appeared in print: "A version of this article appears in
// print on May 2, 2019, on Page A6 of the Chicago edition", "This article
// appeared in the Asia section of the print edition under the headline
// ...". The places it names are editions and sections of the paper.
func printNote(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "this article") && (strings.Contains(l, "in print") || strings.Contains(l, "print edition"))
}

// dateSpan is the most bytes a date of dateMDY or dateISO spans, with the
// byte after it that the closing \b reads.
const dateSpan = len("September 30, 2024") + 1

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
	// A later pattern's date counts only if it starts before the date
	// found: it is looked for up to there (and a date's span beyond).
	before := func() string {
		if best == nil {
			return s
		}
		return s[:min(len(s), best.at+dateSpan)]
	}
	// Each pattern is searched from the first place a date of it may
	// start (see dateStarts), if any.
	if m := searchFrom(dateDMY, s, dmyStart(s)); m != nil {
		try(m[0], "2 January 2006", s[m[0]:m[1]])
	}
	b := before()
	if m := searchFrom(dateMDY, b, mdyStart(b)); m != nil {
		v := strings.NewReplacer("Sept.", "Sep", ".", "", ",", "").Replace(s[m[0]:m[1]])
		for _, layout := range []string{"January 2 2006", "Jan 2 2006"} {
			try(m[0], layout, v)
		}
	}
	b = before()
	if m := searchFrom(dateISO, b, isoStart(b)); m != nil {
		try(m[0], "2006-01-02", s[m[0]:m[1]])
	}
	if best == nil {
		return ""
	}
	return best.date
}

// dateStarts: the date patterns search the first 600 bytes of an article,
// and the regexp engine tries a match at every byte, where a date can only
// start at a few: where a month's name stands with a number beside it, or
// four digits and a hyphen. dmyStart, mdyStart and isoStart return the
// first such place in s for dateDMY, dateMDY and dateISO (-1 when there
// is none), and searchFrom searches from there. Every match of a pattern
// starts at such a place, at a word boundary (the patterns open with
// \b), so the search finds the match a search of all of s would.
var (
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthWords = append(monthNames[:len(monthNames):len(monthNames)], "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.") // dateMDY's
)

// searchFrom returns the first match of re in s (as FindStringSubmatchIndex)
// searching from byte from, a word boundary of s before which no match
// starts; nil when from is -1.
func searchFrom(re *regexp.Regexp, s string, from int) []int {
	if from < 0 {
		return nil
	}
	m := re.FindStringSubmatchIndex(s[from:])
	for k := range m {
		if m[k] >= 0 {
			m[k] += from
		}
	}
	return m
}

// dmyStart returns the first start in s of one or two digits, a space and
// a month's name ("5 May"), at a word boundary; -1 if none.
func dmyStart(s string) int {
	return firstStart(s, monthNames, func(k int, _ string) int {
		j := k - 1 // the space
		if j < 1 || s[j] != ' ' || !isDigit(s[j-1]) {
			return -1
		}
		for j > 0 && isDigit(s[j-1]) {
			j--
		}
		if k-1-j > 2 || j > 0 && isWordByte(s[j-1]) {
			return -1
		}
		return j
	})
}

// mdyStart returns the first start in s of a month's name or abbreviation
// followed by a space and a digit ("May 5"), at a word boundary; -1 if
// none.
func mdyStart(s string) int {
	return firstStart(s, monthWords, func(k int, month string) int {
		e := k + len(month)
		if e+1 >= len(s) || s[e] != ' ' || !isDigit(s[e+1]) || k > 0 && isWordByte(s[k-1]) {
			return -1
		}
		return k
	})
}

// firstStart returns the smallest start(k, w) that is not -1 over the
// places k where one of words w stands in s, or -1. The starts of one
// word's places ascend with them.
func firstStart(s string, words []string, start func(k int, w string) int) int {
	first := -1
	for _, w := range words {
		for at := 0; ; {
			k := strings.Index(s[at:], w)
			if k < 0 {
				break
			}
			k += at
			if j := start(k, w); j >= 0 {
				if first < 0 || j < first {
					first = j
				}
				break
			}
			at = k + len(w)
		}
	}
	return first
}

// isoStart returns the first start in s of four digits and a hyphen
// ("2024-"), at a word boundary; -1 if none.
func isoStart(s string) int {
	for at := 0; ; {
		h := strings.IndexByte(s[at:], '-')
		if h < 0 {
			return -1
		}
		h += at
		at = h + 1
		if j := h - 4; j >= 0 && isDigit(s[j]) && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j == 0 || !isWordByte(s[j-1])) {
			return j
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports whether c is a word character of the regexp
// package's \b (ASCII letters, digits and the underscore).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_'
}
