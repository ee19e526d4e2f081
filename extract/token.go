package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark of the article text.
// Invariant: text[t.Start:t.End()] == t.Text, for the text it was read from.
type Token struct {
	Text  string
	Start int
	lower string    // Text in lower case, computed once
	span  int       // bytes of the text the token covers, when not len(Text): a typographic possessive
	info  *wordInfo // what the lexicons hold for lower, looked up once (Extractor.tokens); nil for a token made elsewhere
	Kind  TokenKind
	// NewlineBefore is set when a line break separates the token from the
	// one before it; Blank when an empty line does.
	NewlineBefore, BlankBefore bool
}

// TokenKind tells words, numbers and punctuation apart.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
)

// End is one past the token's last byte.
func (t Token) End() int {
	if t.span > 0 {
		return t.Start + t.span
	}
	return t.Start + len(t.Text)
}

// Capitalized reports whether the token starts with an upper-case letter.
func (t Token) Capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// tokenize splits text into tokens. Words keep inner hyphens and dots of
// abbreviations ("S-400", "Ki-moon", "U.S."); a possessive "'s" is a token
// of its own; abbrev lists the dotted words ("Gen.", "Jan.") whose dot
// belongs to the word.
func tokenize(text string, abbrev map[string]bool) []Token {
	toks := make([]Token, 0, len(text)/5)
	newline, blank := false, false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if newline {
				blank = true
			}
			newline = true
			i += size
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r):
			i += size
			continue
		}
		start := i
		kind := Punct
		switch {
		case isWordRune(r):
			i, kind = scanWord(text, i, abbrev)
		case r == '\'' || r == '’':
			// possessive 's or s' handled as its own token
			if j := i + size; j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !isWordRune(rune(text[j+1]))) && start > 0 {
				i = j + 1
			} else {
				i += size
			}
		default:
			i += size
		}
		t := Token{Text: text[start:i], Start: start, Kind: kind, NewlineBefore: newline, BlankBefore: blank, lower: lowerCase(text[start:i])}
		if r == '’' && i-start > size {
			// "Chile’s": the possessive reads as "'s", whatever the
			// apostrophe it is typed with
			t.Text, t.lower, t.span = "'"+text[start+size:i], "'s", i-start
		}
		toks = append(toks, t)
		newline, blank = false, false
	}
	return toks
}

// possessiveS reports whether w, a token's text, is the possessive "'s"
// that tokenize splits off ("Chile's"). tokenize writes a curly
// apostrophe's possessive straight too ("Chile’s" gives "'s"), so "’s"
// comes only from text made otherwise; it is accepted as the tests this
// helper replaced each accepted it.
func possessiveS(w string) bool { return w == "'s" || w == "’s" }

// lowerCase returns s in lower case, without allocating when it already is.
func lowerCase(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord reads a word or number starting at i and returns its end.
func scanWord(text string, i int, abbrev map[string]bool) (int, TokenKind) {
	start := i
	digits, letters := 0, 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			letters++
			i += size
			continue
		case unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			digits++
			i += size
			continue
		case r == '-' || r == '–' || r == '.' || r == ',' || r == '\'' || r == '’' || r == '&':
			// joiners: kept only between word characters
			next, nsize := utf8.DecodeRuneInString(text[i+size:])
			if i+size >= len(text) || nsize == 0 {
				break
			}
			if r == ',' || r == '.' && letters == 0 {
				// 3.5 and 10,000 are numbers; "3." ends a sentence
				if digits > 0 && letters == 0 && unicode.IsDigit(next) {
					i += size
					continue
				}
				break
			}
			if r == '.' {
				// U.S., U.N.: single letters joined by dots
				if isInitials(text[start:i]) && unicode.IsLetter(next) {
					i += size
					continue
				}
				break
			}
			if r == '\'' || r == '’' {
				// O'Brien, Côte d'Ivoire; not the possessive 's
				if unicode.IsLetter(next) && !(next == 's' && (i+size+1 >= len(text) || !isWordRune(rune(text[i+size+1])))) {
					i += size
					continue
				}
				break
			}
			if isWordRune(next) {
				i += size
				continue
			}
		}
		break
	}
	// a trailing dot belongs to initials (U.S.) and to known abbreviations
	if i < len(text) && text[i] == '.' {
		w := text[start:i]
		if abbrev[w+"."] || isInitials(w) && len(w) > 1 || middleInitial(text, start, i) || leadingInitial(text, start, i, abbrev) {
			i++
		}
	}
	if letters == 0 {
		return i, Number
	}
	return i, Word
}

// middleInitial reports whether text[start:i] is a single capital letter
// between two capitalised words, as in "George W. Bush", the word before
// it a given name of any script's letters, hyphened or accented ("Jóna
// K. Holm", "Anne-Marie T. Lund").
func middleInitial(text string, start, i int) bool {
	if i-start != 1 || text[start] < 'A' || text[start] > 'Z' || start < 2 || text[start-1] != ' ' {
		return false
	}
	if i+2 >= len(text) || text[i+1] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[i+2:]); !unicode.IsUpper(r) {
		return false
	}
	if initialBefore(text, start) {
		return true // the second of two initials: "P. J. Harwood"
	}
	// the word before: letters (and inner hyphens) back to a space or the
	// text's start, opening with a capital, with a lower-case letter
	k := start - 1
	lower := false
	var first rune
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		lower = lower || unicode.IsLower(r)
		first = r
		k -= size
	}
	return k < start-2 && lower && unicode.IsUpper(first)
}

// initialBefore reports whether a single capital initial with its dot and
// a space ("P. ") stands right before start, after a space or the text's
// start: the first of two initials that open a name.
func initialBefore(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' || text[start-2] != '.' || text[start-3] < 'A' || text[start-3] > 'Z' {
		return false
	}
	return start == 3 || text[start-4] == ' '
}

// leadingInitial reports whether text[start:i] is a single capital letter
// that opens a person's name, a given name's initial before two
// capitalised words ("the minister, R. Tovan Singh, said", "met J. Ana
// Ruiz"): the letter follows punctuation, a bracket or a lower-case word
// (after a capitalised word middleInitial decides), and the two words
// after it are capitalised words with lower-case letters. "Plan B. The
// talks" (one capitalised word after it) still ends its sentence. A
// dotted abbreviation before it (abbrev: "Mr.", "Dr.", "Sen.") opens the
// name as a lower-case word does, and one capitalised word after the
// initial is then enough ("Mr. K. Natwar Singh", "Dr. A. C. S. Perera",
// "Mr. T. Varlo"), which middleInitial, asking a word with lower-case
// letters and no dot before the letter, does not.
func leadingInitial(text string, start, i int, abbrev map[string]bool) bool {
	if i-start != 1 || text[start] < 'A' || text[start] > 'Z' || i+2 >= len(text) || text[i+1] != ' ' {
		return false
	}
	styled := false // after "Mr.", "Sen.": one capitalised word is enough ("Mr. T. Varlo said")
	if start > 0 {
		if text[start-1] != ' ' && text[start-1] != '(' {
			return false
		}
		if text[start-1] == ' ' {
			r, _ := utf8.DecodeLastRuneInString(text[:start-1])
			styled = r == '.' && abbreviationBefore(text, start-2, abbrev)
			if !(unicode.IsLower(r) || r == ',' || r == ':' || r == '(' || styled) {
				return false
			}
		}
	}
	k := i + 2
	if k+3 < len(text) && text[k] >= 'A' && text[k] <= 'Z' && text[k+1] == '.' && text[k+2] == ' ' {
		return middleInitial(text, k, k+1) // a second initial: "the envoy, P. J. Harwood, said"
	}
	for w := 0; w < 2; w++ {
		first, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(first) {
			return false
		}
		k += size
		lower := false
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			lower = lower || unicode.IsLower(r)
			k += size
		}
		if !lower || w == 0 && sentenceOpeners[text[i+2:k]] {
			return false
		}
		if w == 0 && styled {
			return true
		}
		if w == 0 {
			if k >= len(text) || text[k] != ' ' {
				return false
			}
			k++
		}
	}
	return true
}

// abbreviationBefore reports whether the word that ends with the dot at
// text[end], after a space, a bracket, a newline or the text's start, is
// a dotted abbreviation of abbrev ("Mr." in "said Mr. K. Singh"; not the
// last word of a sentence, "in Lima. K.").
func abbreviationBefore(text string, end int, abbrev map[string]bool) bool {
	k := end - 1
	for k >= 0 && (text[k] >= 'A' && text[k] <= 'Z' || text[k] >= 'a' && text[k] <= 'z') {
		k--
	}
	if k >= 0 && text[k] != ' ' && text[k] != '(' && text[k] != '\n' {
		return false
	}
	return k+1 < end && abbrev[text[k+1:end+1]]
}

// sentenceOpeners are closed-class words that open a sentence far more
// often than they follow an initial: after "group A." they start the next
// sentence ("in group A. The talks ended"), no name.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "But": true, "And": true, "It": true,
	"He": true, "She": true, "They": true, "We": true, "This": true, "That": true, "These": true, "Those": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"If": true, "As": true, "For": true, "After": true, "When": true, "While": true, "There": true, "So": true, "Yet": true,
}

// isInitials reports whether w looks like "U", "U.S" or "U.N": single
// letters joined by dots.
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for k, r := range w {
		if k%2 == 0 {
			if !unicode.IsLetter(r) || r > unicode.MaxASCII {
				return false
			}
		} else if r != '.' {
			return false
		}
	}
	return true
}

// splitCompounds splits hyphenated words made of country names and
// demonyms ("Turkish-Libyan", "Israeli-Cypriot-Greek") into their parts, so
// each part is a mention, and a capitalised word from the compound
// participle after it ("Hezbollah-backed": compound.go); other hyphenated
// words ("Ki-moon"), a language's compounds ("Serbian-language") and
// compounds that open a longer name ("China-Pakistan Economic Corridor")
// stay whole.
func (x *Extractor) splitCompounds(toks []Token) []Token {
	out := make([]Token, 0, len(toks)) // room for every token: a split is rare
	for n, t := range toks {
		if t.Kind != Word || !t.Capitalized() || strings.IndexByte(t.Text, '-') < 0 && !strings.Contains(t.Text, "–") {
			out = append(out, t)
			continue
		}
		if k := strings.LastIndexAny(t.Text, "-–"); k > 0 {
			if _, h := utf8.DecodeRuneInString(t.Text[k:]); x.lex.sets.compounds.participle(t.Text[k+h:]) {
				// "Hezbollah-backed": the party, a hyphen and the participle (compound.go)
				rest, part := t.Text[:k], t.Text[k+h:]
				out = append(out, Token{Text: rest, Start: t.Start, Kind: Word, lower: lowerCase(rest), NewlineBefore: t.NewlineBefore, BlankBefore: t.BlankBefore},
					Token{Text: t.Text[k : k+h], Start: t.Start + k, Kind: Punct, lower: t.Text[k : k+h]},
					Token{Text: part, Start: t.Start + k + h, Kind: Word, lower: part})
				continue
			}
		}
		parts := strings.FieldsFunc(t.Text, func(r rune) bool { return r == '-' || r == '–' })
		if languageCompound(t, x.lex.sets.languageCompounds) {
			out = append(out, t) // "Serbian-language": a language, no state
			continue
		}
		known, capitalUnknown := 0, false
		for _, p := range parts {
			if x.lex.countryWord(p) != nil {
				known++
			} else if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) {
				capitalUnknown = true // "Agence France-Presse" is one name
			}
		}
		opensName := known == len(parts) && n+1 < len(toks) && toks[n+1].Kind == Word && toks[n+1].Capitalized() && !toks[n+1].NewlineBefore
		if known == 0 || known < len(parts)-1 || len(parts) < 2 || opensName || capitalUnknown {
			out = append(out, t) // "China-Pakistan Economic Corridor" stays one name
			continue
		}
		at := t.Start
		for k := 0; k < len(t.Text); {
			r, size := utf8.DecodeRuneInString(t.Text[k:])
			if r == '-' || r == '–' {
				out = append(out, Token{Text: t.Text[k : k+size], Start: at + k, Kind: Punct, lower: t.Text[k : k+size]})
				k += size
				continue
			}
			j := k
			for j < len(t.Text) {
				r, size := utf8.DecodeRuneInString(t.Text[j:])
				if r == '-' || r == '–' {
					break
				}
				j += size
			}
			nt := Token{Text: t.Text[k:j], Start: at + k, Kind: Word, lower: lowerCase(t.Text[k:j])}
			if k == 0 {
				nt.NewlineBefore, nt.BlankBefore = t.NewlineBefore, t.BlankBefore
			}
			out = append(out, nt)
			k = j
		}
	}
	return out
}

// quoteMark says how a token is a quotation mark: whether it may open a
// quotation, close one, and whether it is a double mark (speech is quoted
// with double marks; a single one is as often an apostrophe). A straight
// mark may open or close; a curly one says which. Every rule that reads
// quotation marks asks quoteOf.
type quoteMark struct{ opens, closes, double bool }

func quoteOf(s string) quoteMark {
	switch s {
	case "\"":
		return quoteMark{true, true, true}
	case "\u201c":
		return quoteMark{true, false, true}
	case "\u201d":
		return quoteMark{false, true, true}
	case "'":
		return quoteMark{true, true, false}
	case "\u2018":
		return quoteMark{true, false, false}
	case "\u2019":
		return quoteMark{false, true, false}
	}
	return quoteMark{}
}

// isQuote reports whether s is a quotation mark of either kind or side.
func isQuote(s string) bool {
	q := quoteOf(s)
	return q.opens || q.closes
}

// contraction reports whether w is a word fused with a contracted verb
// ("We're", "They'll", "I'm", "Don't"): quoted speech after a single
// quote, never a name (O'Brien's and D'Alema's apostrophes open no such
// ending).
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "\u2019", "'")
	for _, suf := range []string{"'re", "'ve", "'ll", "'m", "'d", "n't"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// languageCompound reports whether t is a demonym's compound that names a
// language ("Serbian-language", "Russian-speaking", words.yaml
// language_compounds, the set langs): one word, and no name.
func languageCompound(t Token, langs list) bool {
	k := strings.LastIndexAny(t.Text, "-–")
	if k <= 0 || strings.ContainsAny(t.Text[:k], "-–") {
		return false
	}
	_, h := utf8.DecodeRuneInString(t.Text[k:])
	return langs.has(lowerCase(t.Text[k+h:]))
}
