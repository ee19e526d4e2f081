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
