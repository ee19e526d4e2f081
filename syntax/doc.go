// Package syntax tags and parses English sentences: a part-of-speech tagger
// (Universal and Penn tags) and a labelled dependency parser producing
// Universal Dependencies relations, trained on UD English EWT.
//
// Both are greedy averaged perceptrons over hashed features (package
// perceptron): the tagger reads left to right, taking frequent unambiguous
// words from a tag dictionary and seeing the words ahead through their
// ambiguity classes (the tags each word took in training); the parser is an arc-eager transition
// system with the features of Zhang and Nivre (2011), one model choosing
// the transition and another the label of each new arc, trained with the
// dynamic oracle of Goldberg and Nivre (2012) on jackknifed tags. The model is embedded in the binary (ewt.model.gz,
// CC BY-SA 4.0 like the treebank it derives from; see NOTICE) and decoded
// once per process by Default.
//
// Use:
//
//	p, err := syntax.Default()
//	toks := p.Parse([]syntax.Word{{Text: "Russia", Start: 0, End: 6}, ...})
//	for i, t := range toks { ... t.UPOS, t.Head, t.Deprel ... }
//
// Parse takes one sentence as geokg's tokenizer cut it and returns one
// Token per Word, same order, with the byte offsets of the Word. Words UD
// splits ("U.S.-led", "don't") are split inside the parser and collapsed
// back: the Word takes the analysis of its part whose head lies outside it.
// Head is an index into the same slice, -1 for the root. Deprel is a UD
// relation with its subtype ("nsubj:pass", "obl", "nmod:poss",
// "acl:relcl", "compound", ...). Parse never panics: no words give no
// tokens; a sentence longer than MaxWords gets a flat analysis.
//
// Helpers on a parsed sentence: Children (the dependents of a word), Case
// (the preposition or marker of a word: "of", "on", "by"), Conjuncts (a
// word and the words coordinated with it).
//
// A Parser is read-only and safe for concurrent use. The same input gives
// the same parse on every run.
//
// ReadCoNLLU and WriteCoNLLU read and write treebank files; Train and
// Evaluate build and score models (go run ./syntax/train).
package syntax
