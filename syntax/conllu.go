package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Sentence is one sentence of a CoNLL-U file: its syntactic words with
// their annotation (Start and End are 0: CoNLL-U has no byte offsets).
type Sentence struct {
	ID     string // the "# sent_id" comment, if any
	Text   string // the "# text" comment, if any
	Line   int    // line of the sentence's first word in the file
	Tokens []Token
}

// maxSentenceWords bounds a CoNLL-U sentence, so a broken file cannot make
// the reader hold an unbounded sentence in memory.
const maxSentenceWords = 100000

// ReadCoNLLU reads the sentences of a CoNLL-U file. It keeps the syntactic
// words (lines with an integer ID), skipping multiword-token ranges and
// empty nodes. name is used in errors ("name:line: ...").
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var out []Sentence
	var cur Sentence
	line := 0
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	flush := func() error {
		if len(cur.Tokens) > 0 {
			for i, t := range cur.Tokens {
				if t.Head >= len(cur.Tokens) {
					return fmt.Errorf("%s:%d: word %d has head %d beyond the sentence's %d words", name, cur.Line+i, i+1, t.Head+1, len(cur.Tokens))
				}
			}
			out = append(out, cur)
		}
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if strings.HasPrefix(s, "#") {
			if len(cur.Tokens) == 0 {
				if v, ok := comment(s, "sent_id"); ok {
					cur.ID = v
				} else if v, ok := comment(s, "text"); ok {
					cur.Text = v
				}
			}
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 10 {
			return nil, fail("%d tab-separated fields, want 10", len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token range or empty node
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Tokens)+1 {
			return nil, fail("word ID %q, want %d", f[0], len(cur.Tokens)+1)
		}
		if id > maxSentenceWords {
			return nil, fail("sentence longer than %d words", maxSentenceWords)
		}
		head := -1
		if f[6] != "_" {
			h, err := strconv.Atoi(f[6])
			if err != nil || h < 0 || h > maxSentenceWords {
				return nil, fail("bad HEAD %q", f[6])
			}
			head = h - 1
		}
		if f[1] == "" {
			return nil, fail("empty FORM")
		}
		if len(cur.Tokens) == 0 {
			cur.Line = line
		}
		cur.Tokens = append(cur.Tokens, Token{Text: f[1], UPOS: f[3], XPOS: f[4], Head: head, Deprel: f[7]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func comment(s, key string) (string, bool) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "#"))
	if !strings.HasPrefix(s, key) {
		return "", false
	}
	s = strings.TrimSpace(s[len(key):])
	if !strings.HasPrefix(s, "=") {
		return "", false
	}
	return strings.TrimSpace(s[1:]), true
}

// WriteCoNLLU writes one sentence in CoNLL-U. Tokens with byte offsets
// (End > Start) carry them in MISC as TokenRange=Start:End; empty fields
// are "_".
func WriteCoNLLU(w io.Writer, s Sentence) error {
	bw := bufio.NewWriter(w)
	if s.ID != "" {
		fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
	}
	if s.Text != "" {
		fmt.Fprintf(bw, "# text = %s\n", oneLine(s.Text))
	}
	for i, t := range s.Tokens {
		misc := "_"
		if t.End > t.Start {
			misc = fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End)
		}
		fmt.Fprintf(bw, "%d\t%s\t_\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i+1, field(t.Text), field(t.UPOS), field(t.XPOS), t.Head+1, field(t.Deprel), misc)
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return '_'
		}
		return r
	}, s)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
