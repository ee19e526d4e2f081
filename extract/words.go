package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// tokens runs the first two stages over text[from:to]: its tokens
// (hyphenated country compounds split), offsets those of text, and its
// sentences.
func (x *Extractor) tokens(text string, from, to int) ([]Token, []Sentence) {
	toks := x.splitCompounds(tokenize(text[from:to], x.lex.abbrev))
	for i := range toks {
		toks[i].Start += from
		toks[i].info = x.forms.of(toks[i].lower)
	}
	return toks, splitSentencesKnowing(toks, x.lex.isAcronymName)
}

// wordInfo is what the lexicons hold for one lower-cased word form. Every
// token of a text carries its form's (Token.info), looked up once when the
// text is tokenized: the readings ask a token's cues and lexicon patterns
// again and again, and a look-up in those large maps each time cost more
// than the tests around it.
type wordInfo struct {
	cues     []*compiledCue // the cues that may start with the form (Extractor.cues)
	patterns []pattern      // the lexicon's patterns whose first word is the form (lexicon.byFirst)
	cased    []casedForm    // the forms with capitals that lower-case to the form and that patterns start with ("US", "Us" for "us")
	lists    listBits       // the word lists the form is in (list.bit)
}

// casedForm is a form with capitals that lexicon patterns start with,
// and those patterns (lexicon.byFirst[form]).
type casedForm struct {
	form     string
	patterns []pattern
}

// A list is a closed word list of lower-case words (words.yaml) that the
// readings ask tokens about: "is token i's form a copula". Besides its set
// of words it has a bit of its own (bit), set in the wordInfo of each of
// its words, so that asking a token (doc.in, Token.in) is one AND where a
// map look-up hashed the form again: the readings ask each token about
// dozens of lists. Any other string is asked with has (the set's).
type list struct {
	set
	bit   int // the list's bit in wordInfo.lists (lexicon.newList)
	opens int // the bit of the first words of its phrases ("claim" of "claim responsibility"), -1 when it has none (see doc.inPair)
}

// listBits holds one bit for each list of the lexicon.
type listBits [5]uint64

// maxLists is the number of lists listBits has room for.
const maxLists = len(listBits{}) * 64

func (b *listBits) add(bit int)      { b[bit/64] |= 1 << (bit % 64) }
func (b *listBits) has(bit int) bool { return b[bit/64]&(1<<(bit%64)) != 0 }

// in reports whether the token's lower-cased form is in l.
func (t *Token) in(l list) bool {
	if t.info == nil { // a token made without Extractor.tokens (tests), or a form with capitals
		return l.set[t.lower]
	}
	return t.info.lists.has(l.bit)
}

// in reports whether token i's lower-cased form is in l (false past
// either end of the text): l[d.lw(i)] without a map look-up.
func (d *doc) in(i int, l list) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].in(l)
}

// inSpan reports whether a word of l stands in toks[i:j].
func (d *doc) inSpan(i, j int, l list) bool {
	for k := i; k < j; k++ {
		if d.in(k, l) {
			return true
		}
	}
	return false
}

// inPair reports whether tokens i and i+1 make a two-word phrase of l
// ("claim responsibility"): l.has(d.lw(i)+" "+d.lw(i+1)), without
// building the pair when no phrase of l opens with token i's form.
func (d *doc) inPair(i int, l list) bool {
	if l.opens < 0 {
		return false // no phrases
	}
	if i >= 0 && i < len(d.toks) && d.toks[i].info != nil && !d.toks[i].info.lists.has(l.opens) {
		return false
	}
	return l.has(d.lw(i) + " " + d.lw(i+1))
}

// A wordMap maps lower-case word forms to what the lexicon holds for them
// ("critics" -> CRITICIZES), and has its keys as a list (see list): the
// readings that ask every token of a sentence for its value (get) look in
// the map only for the few tokens whose form is a key, the others' list
// bit answering first.
type wordMap[V any] struct {
	m    map[string]V
	keys list
}

// wordMapOf makes m, keyed by lower-case word forms, a word map of the
// lexicon (its keys take a bit, see listOf).
func wordMapOf[V any](lx *lexicon, m map[string]V) wordMap[V] {
	keys := set{}
	for w := range m {
		keys[w] = true
	}
	return wordMap[V]{m: m, keys: lx.listOf(keys)}
}

// get returns the value of token i's lower-cased form: m[d.lw(i)].
func (wm wordMap[V]) get(d *doc, i int) V {
	if i >= 0 && i < len(d.toks) && !d.toks[i].in(wm.keys) {
		var none V
		return none
	}
	return wm.m[d.lw(i)]
}

// mayOpen reports whether a word or phrase of l may start at token i: it
// is false when token i's bits say that its form is neither in l nor the
// first word of one of l's phrases (see list.opens).
func (d *doc) mayOpen(i int, l list) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].info == nil {
		return true // no bits to ask
	}
	bits := &d.toks[i].info.lists
	return bits.has(l.bit) || l.opens >= 0 && bits.has(l.opens)
}

// formIndex maps the forms the cues are keyed by, the lower-case forms
// the lexicon's patterns are, and the words of the lexicon's lists, to
// their wordInfo.
type formIndex map[string]*wordInfo

// noInfo is the wordInfo of a form that no cue or pattern starts with
// and no list holds.
var noInfo = &wordInfo{}

func newFormIndex(lx *lexicon, cues cueIndex) formIndex {
	idx := formIndex{}
	for w := range cues {
		idx[w] = &wordInfo{}
	}
	var cased []string
	for w := range lx.byFirst {
		if w == lowerCase(w) {
			idx[w] = &wordInfo{}
		} else {
			cased = append(cased, w) // never a token's lower form: its own form's wordInfo holds it
		}
	}
	for _, w := range cased {
		if idx[lowerCase(w)] == nil {
			idx[lowerCase(w)] = &wordInfo{}
		}
	}
	for _, l := range lx.lists {
		for w := range l.set {
			if idx[w] == nil {
				idx[w] = &wordInfo{}
			}
		}
	}
	for _, l := range lx.lists {
		for w := range l.set {
			if k := strings.IndexByte(w, ' '); k >= 0 && idx[w[:k]] == nil {
				idx[w[:k]] = &wordInfo{}
			}
		}
	}
	for w, info := range idx {
		info.cues, info.patterns = cues[w], lx.byFirst[w]
	}
	slices.Sort(cased)
	for _, w := range cased {
		info := idx[lowerCase(w)]
		info.cased = append(info.cased, casedForm{w, lx.byFirst[w]})
	}
	for _, l := range lx.lists {
		for w := range l.set {
			idx[w].lists.add(l.bit)
			if k := strings.IndexByte(w, ' '); k >= 0 {
				idx[w[:k]].lists.add(l.opens)
			}
		}
	}
	return idx
}

// of returns the wordInfo of a token's lower-cased form w; nil for a form
// with capitals (a part split off a compound keeps its own), which the
// maps themselves answer for.
func (idx formIndex) of(w string) *wordInfo {
	if info := idx[w]; info != nil {
		return info
	}
	if w != lowerCase(w) {
		return nil
	}
	return noInfo
}

// cuesOf returns the cues that may start at token i (none past either end
// of the text): x.cues of its lower-cased form.
func (x *Extractor) cuesOf(d *doc, i int) []*compiledCue {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	if info := d.toks[i].info; info != nil {
		return info.cues
	}
	return x.cues[d.toks[i].lower] // a token made without Extractor.tokens (tests)
}

// Sentences returns the sentences of text as the extractor reads them,
// each token with its byte offsets in text. geokg parse feeds them to the
// parser.
func (x *Extractor) Sentences(text string) [][]syntax.Word {
	toks, sents := x.tokens(text, 0, len(text))
	out := make([][]syntax.Word, len(sents))
	for i, s := range sents {
		out[i] = sentenceWords(toks[s.From:s.To])
	}
	return out
}

// sentenceWords is the parser's input for a sentence's tokens.
func sentenceWords(toks []Token) []syntax.Word {
	words := make([]syntax.Word, len(toks))
	for i, t := range toks {
		words[i] = syntax.Word{Text: t.Text, Start: t.Start, End: t.End()}
	}
	return words
}

// adverbialSince reports whether toks[i] is "since" as an adverb, between
// a form of "have" and a lower-case word ("has since criticized"), not a
// subordinator opening a clause of its own.
func adverbialSince(toks []Token, i int) bool {
	return toks[i].lower == "since" && i > 0 && i+1 < len(toks) && haveForms[toks[i-1].lower] && toks[i+1].Kind == Word && !toks[i+1].Capitalized()
}

// haveForms are the forms of "have" before an adverbial "since".
var haveForms = map[string]bool{"has": true, "have": true, "had": true, "'ve": true, "having": true}

// newList makes the words (lower-cased) a list of the lexicon.
func (lx *lexicon) newList(words []string) list { return lx.listOf(newSet(words, true)) }

// listOf makes the lower-case words of s a list of the lexicon: gives it
// the next bit, and the one after to the first words of its phrases when
// it has some. The list must not change after the extractor is made
// (newFormIndex copies its bits).
func (lx *lexicon) listOf(s set) list {
	l := list{set: s, bit: lx.bits, opens: -1}
	lx.bits++
	for w := range s {
		if strings.Contains(w, " ") {
			l.opens = lx.bits
			lx.bits++
			break
		}
	}
	if lx.bits > maxLists {
		panic("extract: more word lists than listBits holds")
	}
	lx.lists = append(lx.lists, l)
	return l
}
