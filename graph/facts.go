package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// A fact is one relationship (source, type, target). Its provenance is
// kept in two places so that a new report costs the same however often
// the fact was reported before:
//
//   - the relationship holds a summary of bounded size: the number of
//     reports, the first and last dates, the latest few sentences and the
//     current value of each property with the report it came from;
//   - every report, one per (fact, article), is an Evidence node linked to
//     its Article, holding the article's sentences for the fact.
//
// The summary is a function of the set of reports, not of the order they
// arrive in: counts add up, dates take min and max, and the latest
// sentences and the property values follow one total order of reports,
// their stamp (publication date, then article id). So any load order and
// any number of concurrent loaders give the same relationship.

// Names the loader owns besides Article and MENTIONS.
const (
	evidenceLabel = "Evidence"
	reportsType   = "REPORTS"
)

// recentEvidence is how many of the latest sentences a relationship keeps.
const recentEvidence = 3

// Relationship properties of the summary. The type's own properties
// (title, status, item, …) sit next to them under their own names.
const (
	propReports      = "reports"
	propFirstSeen    = "first_seen"
	propLastSeen     = "last_seen"
	propEvidence     = "evidence"      // the latest sentences, newest first
	propEvidenceFrom = "evidence_from" // their stamps: "date article offset"
	propPropertyFrom = "property_from" // "name date article": where each property's value comes from
	propLock         = "_geokg_lock"   // set and removed in one transaction: takes the write lock
)

// factKey names a fact in one string: "TYPE|source|target".
func factKey(typ, source, target string) string { return typ + "|" + source + "|" + target }

// stamp orders reports totally: by publication date, then article id. An
// undated report sorts before every dated one.
func stamp(date, article string) string { return date + " " + article }

// report is what one article says about one fact: its sentences, in the
// order of the article.
type report struct {
	typ, source, target string
	article, date       string
	sentences           []relRow
}

func (r *report) fact() string  { return factKey(r.typ, r.source, r.target) }
func (r *report) stamp() string { return stamp(r.date, r.article) }

// props merges the properties of the report's sentences; a later sentence
// of the article wins.
func (r *report) props() map[string]string {
	out := map[string]string{}
	for _, s := range r.sentences {
		maps.Copy(out, s.props)
	}
	return out
}

// sentenceStamp orders a report's sentences after its stamp, by offset.
func (r *report) sentenceStamp(s relRow) string {
	start, _, _ := strings.Cut(s.span, "-")
	n, _ := strconv.Atoi(start)
	return fmt.Sprintf("%s %010d", r.stamp(), n)
}

func (r *report) key() string { return r.fact() + "|" + r.article }

// evidence returns the properties of the report's Evidence node. The
// per-sentence lists are parallel, in the order of the article. What has
// no value is absent, so that every writer renders it alike: the date of
// an undated article, a list of only "" or no entries.
//
// Nothing is written twice: the fact key names the type, source and
// target, and (fact, article) the report, so the node holds no separate
// type, source, target or key property (each would cost bytes and, for a
// key, a unique index entry per report; see README "Loading at scale").
func (r *report) evidence() map[string]any {
	var sentences, spans, saidBy, props []string
	states := map[string]bool{}
	for _, s := range r.sentences {
		sentences = append(sentences, s.evidence)
		spans = append(spans, s.span)
		saidBy = append(saidBy, s.saidBy)
		props = append(props, propsJSON(s.props))
		for k := range s.props {
			states[k] = true
		}
	}
	out := map[string]any{"fact": r.fact(), "article": r.article}
	if r.date != "" {
		out["date"] = r.date
	}
	for k, l := range map[string][]string{"evidence": sentences, "spans": spans, "said_by": saidBy,
		"evidence_props": props, "states": slices.Sorted(maps.Keys(states))} {
		if slices.ContainsFunc(l, func(s string) bool { return s != "" }) {
			out[k] = l
		}
	}
	return out
}

// reports groups the relations of articles by fact, then article: one
// report per (fact, article), sorted by type (in schema order), source,
// target, then article id.
func (m *model) reports(arts []*article) []*report {
	byKey := map[[4]string]*report{}
	var out []*report
	for _, a := range arts {
		for _, rel := range a.rels {
			k := [4]string{rel.typ, rel.source, rel.target, a.id}
			r := byKey[k]
			if r == nil {
				r = &report{typ: rel.typ, source: rel.source, target: rel.target, article: a.id, date: a.date}
				byKey[k] = r
				out = append(out, r)
			}
			r.sentences = append(r.sentences, rel)
		}
	}
	slices.SortFunc(out, func(x, y *report) int {
		return cmp.Or(cmp.Compare(m.typeOrder[x.typ], m.typeOrder[y.typ]),
			cmp.Compare(x.source, y.source), cmp.Compare(x.target, y.target), cmp.Compare(x.article, y.article))
	})
	return out
}

// sentence is one of a relationship's latest sentences.
type sentence struct{ from, text string }

// summary is the bounded part of a fact that the relationship holds.
type summary struct {
	reports     int
	first, last string            // dates, "" when no report is dated
	recent      []sentence        // newest first, at most recentEvidence
	props       map[string]string // current value of each property
	from        map[string]string // property -> stamp of the report its value comes from
}

// readSummary decodes a relationship's properties (nil for a new one).
func readSummary(p map[string]any) summary {
	s := summary{props: map[string]string{}, from: map[string]string{}}
	n, _ := p[propReports].(int64)
	s.reports = int(n)
	s.first, _ = p[propFirstSeen].(string)
	s.last, _ = p[propLastSeen].(string)
	texts, froms := strings1(p[propEvidence]), strings1(p[propEvidenceFrom])
	for i := range min(len(texts), len(froms)) {
		s.recent = append(s.recent, sentence{from: froms[i], text: texts[i]})
	}
	for _, f := range strings1(p[propPropertyFrom]) {
		name, st, ok := strings.Cut(f, " ")
		if v, isStr := p[name].(string); ok && isStr {
			s.props[name], s.from[name] = v, st
		}
	}
	return s
}

// strings1 converts a list property as the driver returns it.
func strings1(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// add folds one report into the summary. The result does not depend on
// the order reports are added in.
func (s *summary) add(r *report) {
	s.reports++
	if r.date != "" {
		if s.first == "" || r.date < s.first {
			s.first = r.date
		}
		if r.date > s.last {
			s.last = r.date
		}
	}
	st := r.stamp()
	for k, v := range r.props() {
		if f, ok := s.from[k]; !ok || st > f {
			s.props[k], s.from[k] = v, st
		}
	}
	for _, x := range r.sentences {
		s.recent = append(s.recent, sentence{from: r.sentenceStamp(x), text: x.evidence})
	}
	s.trim()
}

// merge folds o, the summary of other reports of the same fact (no
// article's report in both), into s: the summary of all of them, as if
// each had been added to s.
func (s *summary) merge(o summary) {
	s.reports += o.reports
	if o.first != "" && (s.first == "" || o.first < s.first) {
		s.first = o.first
	}
	if o.last > s.last {
		s.last = o.last
	}
	for k, v := range o.props {
		if f, ok := s.from[k]; !ok || o.from[k] > f {
			if s.props == nil {
				s.props, s.from = map[string]string{}, map[string]string{}
			}
			s.props[k], s.from[k] = v, o.from[k]
		}
	}
	s.recent = append(s.recent, o.recent...)
	s.trim()
}

// trim keeps the newest recentEvidence sentences, newest first. Stamps
// are unique per sentence (article and offset), so the order is total.
func (s *summary) trim() {
	slices.SortFunc(s.recent, func(x, y sentence) int { return cmp.Or(cmp.Compare(y.from, x.from), cmp.Compare(x.text, y.text)) })
	s.recent = slices.CompactFunc(s.recent, func(x, y sentence) bool { return x.from == y.from })
	if len(s.recent) > recentEvidence {
		s.recent = s.recent[:recentEvidence]
	}
}

// params returns the relationship's properties to SET (with +=): the
// summary, each type property listed in names (null when no report
// states it), and the lock property removed.
func (s *summary) params(names []string) map[string]any {
	texts, froms := make([]string, len(s.recent)), make([]string, len(s.recent))
	for i, x := range s.recent {
		texts[i], froms[i] = x.text, x.from
	}
	var from []string
	for _, k := range slices.Sorted(maps.Keys(s.from)) {
		from = append(from, k+" "+s.from[k])
	}
	out := map[string]any{
		propReports: int64(s.reports), propEvidence: texts, propEvidenceFrom: froms,
		propPropertyFrom: nilIfNone(from), propFirstSeen: nilIfEmpty(s.first), propLastSeen: nilIfEmpty(s.last),
		propLock: nil,
	}
	for _, n := range names {
		out[n] = nil
	}
	for k, v := range s.props {
		out[k] = v
	}
	return out
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nilIfNone(l []string) any {
	if len(l) == 0 {
		return nil
	}
	return l
}
