package syntax

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/geokg/geokg/syntax/perceptron"
)

// Word is one input token: its text and byte offsets in the original document.
type Word struct {
	Text       string
	Start, End int
}

// Token is a Word with its analysis. Parse returns exactly one Token per
// input Word, in the same order; any internal splitting or normalisation
// ("U.S.-led", "don't") is collapsed back onto the input Word.
type Token struct {
	Text       string
	Start, End int    // byte offsets of the input Word
	UPOS, XPOS string // Universal and Penn tags
	Head       int    // index of the head in the same slice; -1 for the root
	Deprel     string // UD relation with subtype, e.g. "nsubj:pass", "obl", "nmod:poss"
}

// Parser is a loaded model: a part-of-speech tagger and a dependency
// parser. It is read-only and safe for concurrent use.
type Parser struct {
	tags    []tagClass          // tagger classes
	labels  []string            // dependency relations
	lex     map[string]lexEntry // words seen in training: tag dictionary and ambiguity classes
	tagger  *perceptron.Model
	parser  *perceptron.Model // transitions
	labeler *perceptron.Model // labels of new arcs
	// derived at load
	tagHash   []uint64 // per tag class, for features
	rootLabel int
	rootRank  []int8 // per tag class: preference for the root (see finish)
	// works holds *work: memory for the next sentences (a pointer, so
	// that copies of p, see Prune, may share it: a work holds nothing of
	// the model)
	works *sync.Pool
}

// work is the working memory of tagging and parsing one sentence. Parse
// takes one from Parser.works and gives it back, so that parsing a
// sentence allocates little beyond its result: memory fresh from the
// allocator also costs cache misses as it is first written, where the
// last sentence's memory is still in the caches. Nothing in it outlives
// the Parse call.
type work struct {
	sent  sentence
	st    state
	tags  []int
	th    []uint64      // hashed tags, index 1..n (see parse)
	cache []stackScores // see parse
	feats []uint64
	// Parse's: UD words and their input words, their tokens, collapse's
	sub              []string
	group            []int
	toks             []Token
	depth, path, rep []int
}

type tagClass struct{ UPOS, XPOS string }

// embedded is the compressed model, a string so that it stays in the
// binary's read-only data (see releasePages).
//
//go:embed ewt.model.gz
var embedded string

var defaultParser = sync.OnceValues(loadEmbedded)

func loadEmbedded() (*Parser, error) {
	p, err := Load(strings.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model: %w", err)
	}
	// The 12 MB of compressed model are not read again: hand their pages
	// back, or they count in the process's memory as long as it runs.
	releasePages(embedded)
	return p, nil
}

// Default returns the embedded model trained on UD English EWT, decoded once
// per process.
func Default() (*Parser, error) { return defaultParser() }

const modelMagic = "geokg-syntax-2\n"

// Load reads a model written by (*Parser).Save.
func Load(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != modelMagic {
		return nil, errors.New("reading model: not a geokg syntax model")
	}
	strs := func() ([]string, error) {
		var n uint32
		if _, err := fmt.Fscanf(br, "%d\n", &n); err != nil || n > perceptron.MaxClasses {
			return nil, errors.New("reading model: bad class list")
		}
		out := make([]string, n)
		for i := range out {
			s, err := br.ReadString('\n')
			if err != nil {
				return nil, errors.New("reading model: truncated class list")
			}
			out[i] = s[:len(s)-1]
		}
		return out, nil
	}
	tags, err := strs()
	if err != nil {
		return nil, err
	}
	p := &Parser{}
	for _, t := range tags {
		u, x, ok := cut(t)
		if !ok {
			return nil, fmt.Errorf("reading model: bad tag %q", t)
		}
		p.tags = append(p.tags, tagClass{u, x})
	}
	if p.labels, err = strs(); err != nil {
		return nil, err
	}
	if p.lex, err = readLexicon(br, len(p.tags)); err != nil {
		return nil, err
	}
	if p.tagger, err = perceptron.Read(br); err != nil {
		return nil, fmt.Errorf("reading model: tagger: %w", err)
	}
	if p.parser, err = perceptron.Read(br); err != nil {
		return nil, fmt.Errorf("reading model: parser: %w", err)
	}
	if p.labeler, err = perceptron.Read(br); err != nil {
		return nil, fmt.Errorf("reading model: labeler: %w", err)
	}
	if err := p.init(); err != nil {
		return nil, err
	}
	return p, nil
}

// cut splits s at its last space.
func cut(s string) (string, string, bool) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[:i], s[i+1:], true
		}
	}
	return "", "", false
}

func (p *Parser) init() error {
	if len(p.tags) == 0 || p.tagger.Classes() != len(p.tags) {
		return errors.New("model: tagger classes do not match the tag list")
	}
	if len(p.labels) == 0 || len(p.labels) > maxLabels || p.labeler != nil && p.labeler.Classes() != len(p.labels) {
		return errors.New("model: labeler classes do not match the label list")
	}
	if p.parser != nil && p.parser.Classes() != numActions {
		return errors.New("model: parser classes are not the transitions")
	}
	p.works = &sync.Pool{}
	p.tagHash = make([]uint64, len(p.tags))
	for i, t := range p.tags {
		p.tagHash[i] = perceptron.String(t.UPOS + " " + t.XPOS)
	}
	p.rootLabel = -1
	for i, l := range p.labels {
		if l == "root" {
			p.rootLabel = i
		}
	}
	p.rootRank = make([]int8, len(p.tags))
	for i, t := range p.tags {
		switch t.UPOS {
		case "VERB":
			p.rootRank[i] = 2
		case "PUNCT", "SYM", "X":
		default:
			p.rootRank[i] = 1
		}
	}
	if p.rootLabel < 0 {
		return errors.New("model: no root relation")
	}
	return nil
}

// Save writes the model, gzip-compressed; the same model always gives the
// same bytes.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	fmt.Fprintf(bw, "%d\n", len(p.tags))
	for _, t := range p.tags {
		fmt.Fprintf(bw, "%s %s\n", t.UPOS, t.XPOS)
	}
	fmt.Fprintf(bw, "%d\n", len(p.labels))
	for _, l := range p.labels {
		fmt.Fprintf(bw, "%s\n", l)
	}
	writeLexicon(bw, p.lex)
	if _, err := p.tagger.WriteTo(bw); err != nil {
		return err
	}
	if _, err := p.parser.WriteTo(bw); err != nil {
		return err
	}
	if _, err := p.labeler.WriteTo(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Parse tags and parses one sentence. It never panics: empty input gives
// empty output, and a sentence longer than MaxWords is parsed as a flat
// chain of tagged words attached to its first word.
func (p *Parser) Parse(words []Word) []Token {
	if len(words) == 0 {
		return nil
	}
	w := p.work()
	defer p.release(w)
	w.sub, w.group = splitWords(words, w.sub[:0], w.group[:0])
	w.toks = p.parseUD(w, w.sub, grow(w.toks, len(w.sub)))
	return collapse(words, w.toks, w.group, w)
}

// ParseUD tags and parses words that already follow UD's tokenization (for
// example a treebank's own words); no splitting or collapsing is done.
func (p *Parser) ParseUD(words []string) []Token {
	w := p.work()
	defer p.release(w)
	toks := p.parseUD(w, words, make([]Token, len(words)))
	for i := range toks {
		toks[i].Start, toks[i].End = 0, 0
	}
	return toks
}

// work returns working memory for one sentence, to give back with release.
func (p *Parser) work() *work {
	if p.works != nil {
		if w, ok := p.works.Get().(*work); ok {
			return w
		}
	}
	return &work{}
}

// release gives w back for the next sentences (without the caller's
// words).
func (p *Parser) release(w *work) {
	w.sent.words = nil
	clear(w.sub)
	clear(w.toks)
	if p.works != nil {
		p.works.Put(w)
	}
}

// MaxWords is the longest sentence the parser analyses fully; longer ones
// are tagged and attached flat (linear time, bounded memory).
const MaxWords = 500

// parseUD tags and parses words into toks (one per word), with w's memory.
func (p *Parser) parseUD(w *work, words []string, toks []Token) []Token {
	n := len(words)
	if n == 0 {
		return nil
	}
	s := &w.sent
	s.reset(words)
	s.setLexicon(lookupIn(p.lex))
	tags := p.tag(s, w)
	for i, w := range words {
		t := p.tags[tags[i]]
		toks[i] = Token{Text: w, UPOS: t.UPOS, XPOS: t.XPOS}
	}
	if n > MaxWords {
		for i := range toks {
			toks[i].Head, toks[i].Deprel = 0, "dep"
		}
		toks[0].Head, toks[0].Deprel = -1, "root"
		return toks
	}
	heads, labels := p.parse(s, tags, w)
	for i := range toks {
		toks[i].Head = heads[i+1] - 1
		toks[i].Deprel = p.labels[labels[i+1]]
	}
	return toks
}
