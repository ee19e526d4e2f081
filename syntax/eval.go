package syntax

import "fmt"

// Scores counts a parse's agreement with gold annotation.
type Scores struct {
	Words, UPOS, XPOS, UAS, LAS int
}

// Add accumulates the agreement of one sentence's predicted tokens with the
// gold ones (same words).
func (s *Scores) Add(gold, pred []Token) {
	for i := range gold {
		s.Words++
		if i >= len(pred) {
			continue
		}
		g, p := gold[i], pred[i]
		if g.UPOS == p.UPOS {
			s.UPOS++
		}
		if g.XPOS == p.XPOS {
			s.XPOS++
		}
		if g.Head == p.Head {
			s.UAS++
			if g.Deprel == p.Deprel {
				s.LAS++
			}
		}
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// String formats the scores as percentages.
func (s Scores) String() string {
	return fmt.Sprintf("words %d  UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f", s.Words, pct(s.UPOS, s.Words), pct(s.XPOS, s.Words), pct(s.UAS, s.Words), pct(s.LAS, s.Words))
}

// Evaluate parses the gold sentences' words with p and scores the result
// (the treebank's own tokenization: no splitting).
func Evaluate(p *Parser, gold []Sentence) Scores {
	var sc Scores
	words := []string{}
	for _, s := range gold {
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		sc.Add(s.Tokens, p.ParseUD(words))
	}
	return sc
}

// EvaluateGoldTags parses the gold sentences' words with their gold tags
// instead of the tagger's and scores the parse: the parser's accuracy
// apart from tagging errors, the figure published tools give as "gold
// tokenization and morphology". A gold tag pair the model never saw falls
// back to the tagger's choice.
func EvaluateGoldTags(p *Parser, gold []Sentence) Scores {
	var sc Scores
	index := make(map[tagClass]int, len(p.tags))
	for i, t := range p.tags {
		index[t] = i
	}
	w := p.work()
	defer p.release(w)
	words := []string{}
	for _, g := range gold {
		n := len(g.Tokens)
		if n == 0 || n > MaxWords {
			continue
		}
		words = words[:0]
		for _, t := range g.Tokens {
			words = append(words, t.Text)
		}
		s := &w.sent
		s.reset(words)
		s.setLexicon(lookupIn(p.lex))
		tags := p.tag(s, w)
		for i, t := range g.Tokens {
			if k, ok := index[tagClass{t.UPOS, t.XPOS}]; ok {
				tags[i] = k
			}
		}
		heads, labels := p.parse(s, tags, w)
		pred := make([]Token, n)
		for i := range pred {
			t := p.tags[tags[i]]
			pred[i] = Token{Text: words[i], UPOS: t.UPOS, XPOS: t.XPOS, Head: heads[i+1] - 1, Deprel: p.labels[labels[i+1]]}
		}
		sc.Add(g.Tokens, pred)
	}
	return sc
}
