// Package extract turns the text of one news article into a Graph of typed
// entities and relations, each relation with the sentence that supports it.
//
// The pipeline runs small stages over one document, each recording byte
// offsets into the original text (never into a normalized copy): header
// (title, dateline, source), tokens, sentences, mentions (lexicon phrases,
// weapon/program/agreement phrases, unknown names classified by the
// evidence around them), coreference (surnames, pronouns, definite
// descriptions, metonyms), relations (titles, appositions, possessives,
// "X in Y", and the schema's verb and noun cues), and finally one merged
// entity per real thing.
//
// Extraction is offline and deterministic: the same text and schema give
// the same Graph, byte for byte. The package knows nothing of databases.
package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/schema/dict"
	"github.com/geokg/geokg/syntax"
)

// Input is one article to extract. Text is required; the other fields are
// metadata a caller already knows (from an HTML page, say) and override
// what the extractor reads from the text's header.
type Input struct {
	Path      string
	Text      string
	Title     string
	Published string // YYYY-MM-DD
	Source    string
}

// Extractor holds the compiled lexicons. Build one per process with New; it
// is read-only afterwards and safe for concurrent use.
type Extractor struct {
	lex           *lexicon
	cues          cueIndex
	forms         formIndex // each lower-cased form's cues and lexicon patterns, for Token.info
	agreementMods set
	facilityMods  set
	notWeaponMods set
	dict          *dict.Dict     // field-scale actors and places
	parents       parentIndex    // organizations' parents (parent.go)
	parser        *syntax.Parser // dependency parser for cue arguments; nil reads surface heuristics only
	pairs         *PairModel     // the pair model (pairmodel.go); nil: none, or the embedded one switched off
	pairTypeIndex map[[2]string][]string
	// Explain makes every relation carry the mechanism that made it
	// (Relation.Mechanism); off, extraction pays nothing for it.
	Explain bool
}

// New compiles the schema's lexicons into an Extractor, with the embedded
// field-scale dictionaries (package schema/dict).
func New(s *schema.Schema) (*Extractor, error) {
	lx := compile(s)
	p, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	pm, err := enabledPairModel()
	if err != nil {
		return nil, err
	}
	cues := lx.cueIndex()
	return &Extractor{
		pairs:         pm,
		pairTypeIndex: indexPairTypes(lx),
		dict:          dict.Default(),
		parser:        p,
		lex:           lx,
		cues:          cues,
		forms:         newFormIndex(lx, cues),
		agreementMods: newSet(s.Words.AgreementMods, true),
		facilityMods:  newSet(s.Words.FacilityMods, true),
		notWeaponMods: newSet(s.Words.NotWeaponMods, true),
		parents:       compileParents(s, lx.abbrev),
	}, nil
}

// doc is one article on its way through the pipeline.
type doc struct {
	text        string
	words       *wordSets // the lexicon's closed word lists
	toks        []Token
	sents       []Sentence
	mentions    []Mention
	known       map[string]int // names learnt in this article (acronyms, surnames) -> mention index
	rels        []Relation
	seen        map[[3]string]bool
	stated      int               // relations addRel was given that fit their type, new or already seen (cueRelations)
	meetings    [][2]string       // the pairs that met in the sentence being read, new or already seen: MET_WITH, NEGOTIATES_WITH between names (record), a text signed together (signedTogether); read by meetingVisit
	offices     map[string]office // person key -> last title binding
	officeOrder []string          // keys of offices, in order of first binding
	extra       []Mention         // affiliations borrowed from earlier sentences
	bindings    []titleBinding    // people bound to titles by the title stage, in order
	vacancies   []vacancy         // titles held for a state or body, no holder named yet (office.go)
	group       []int             // the last coordinated actors ("X, Y and Z agreed"), for "they"
	groupSent   int
	byKey       map[string]int         // entity key -> first mention, built on first use
	implied     []Mention              // entities only a relation names: a sub-body's parent
	parses      map[int][]syntax.Token // sentence -> its dependency parse, parsed on first use
	nominal     nominalState           // events named by nouns and who claimed them (nominal.go)
	pairsOut    *[]PairCandidate       // where the pair model's stage collects its candidates instead of relating them (Candidates)
	header      header
	home        *homeLines // the states the top lines write the article from, read on first use (office.go homeLinesOf)
}

// Extract reads one article. It returns an error only when ctx is done.
//
// Text longer than segmentSize (no real article is) is read in segments
// cut at paragraph breaks, so that memory stays bounded; coreference then
// does not cross segments.
func (x *Extractor) Extract(ctx context.Context, in Input) (*Graph, error) {
	return x.extract(ctx, in, nil)
}

// extract reads one article; with pairs set, the pair model's stage
// collects its candidates there instead of relating them.
func (x *Extractor) extract(ctx context.Context, in Input, pairs *[]PairCandidate) (*Graph, error) {
	sum := sha256.Sum256([]byte(in.Text))
	g := &Graph{Article: Article{ID: hex.EncodeToString(sum[:8]), Path: in.Path, Bytes: len(in.Text)}}
	var m merger
	for from := 0; from < len(in.Text) || from == 0; {
		to := segmentEnd(in.Text, from)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := x.read(in.Text, from, to, pairs)
		if from == 0 {
			h := d.header
			g.Article.Title, g.Article.Published, g.Article.Source = h.title, h.published, h.source
		}
		m.add(x.build(d))
		if to >= len(in.Text) {
			break
		}
		from = to
	}
	g.Entities, g.Relations = m.entities(), m.relations
	g.Article.Title = first(in.Title, g.Article.Title)
	g.Article.Published = first(in.Published, g.Article.Published)
	g.Article.Source = first(in.Source, g.Article.Source)
	return g, nil
}

// segmentSize is the most text read as one document.
const segmentSize = 256 << 10

// segmentEnd returns where the segment that starts at from ends: the last
// paragraph break before from+segmentSize, or a line or word break.
func segmentEnd(text string, from int) int {
	if len(text)-from <= segmentSize {
		return len(text)
	}
	limit := from + segmentSize
	for _, sep := range []string{"\n\n", "\n", " "} {
		if k := strings.LastIndex(text[from+segmentSize/2:limit], sep); k >= 0 {
			return from + segmentSize/2 + k + len(sep)
		}
	}
	for limit > from && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// read runs the pipeline over text[from:to]; offsets stay those of text.
// pairs is where the pair model's candidates go (Candidates), or nil.
func (x *Extractor) read(text string, from, to int, pairs *[]PairCandidate) *doc {
	d := &doc{text: text, words: &x.lex.sets, known: map[string]int{}, seen: map[[3]string]bool{}, offices: map[string]office{}, groupSent: -100, pairsOut: pairs}
	d.toks, d.sents = x.tokens(text, from, to)
	d.header = readHeader(d, x.lex.sets.media, x.lex.sets.reporterNouns.set, x.lex.sets.serviceWords)
	for si := range d.sents {
		x.findMentions(d, si)
	}
	x.resolve(d)
	x.titleStage(d, d.header.byline)
	x.relationStage(d, d.header.byline)
	return d
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
