package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/syntax"
)

// parseOptions are the flags and argument of `geokg parse`.
type parseOptions struct {
	Input string // "text" or "conllu"
	Path  string
}

// newCmdParse builds `geokg parse`.
func newCmdParse(f *factory, g *globalOptions) *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse FILE|-",
		Short: "Print the part-of-speech tags and dependency parse of an article as CoNLL-U",
		Long: `Split an article into sentences and words as geokg extract does, tag and
parse every sentence, and print the result as CoNLL-U (one block per
sentence; MISC holds each word's byte range in the input as
TokenRange=START:END).

With --input conllu, FILE is a CoNLL-U file: its own words are re-tagged and
re-parsed (the file's tags and tree are ignored), so that the output can be
scored against the file with the standard CoNLL-U evaluation.`,
		Example: `  # Why did a sentence give no relation? Look at its parse.
  geokg parse article.txt

  # Re-parse a treebank's test split
  geokg parse --input conllu en_ewt-ud-test.conllu > predicted.conllu`,
		Args: exactArgs(1, "one FILE (or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = args[0]
			switch opts.Input {
			case "text", "conllu":
			default:
				return usagef("--input %q: want text or conllu", opts.Input)
			}
			return parseRun(cmd.Context(), f, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Input, "input", "text", "`KIND` of FILE: text (an article: text, Markdown or HTML) or conllu")
	return cmd
}

// parseRun parses the input and writes CoNLL-U to standard output.
func parseRun(ctx context.Context, f *factory, g *globalOptions, opts *parseOptions) error {
	p, err := syntax.Default()
	if err != nil {
		return err
	}
	out := f.IO.Out
	if opts.Input == "conllu" {
		return parseCoNLLU(f, p, opts.Path, out)
	}
	s, err := g.loadSchema()
	if err != nil {
		return err
	}
	x, err := extract.New(s)
	if err != nil {
		return &configError{Msg: "cannot build the extractor from the schema", Setting: "--schema", Err: err}
	}
	srcs, err := expandInputs([]string{opts.Path})
	if err != nil {
		return err
	}
	if len(srcs) != 1 {
		return usagef("%s: want one file, not a directory", opts.Path)
	}
	r := newReader(f)
	in, err := r.read(ctx, srcs[0])
	var fi *feedItems
	if errors.As(err, &fi) {
		return usagef("%s is a feed of %d items; parse one article", opts.Path, len(fi.items))
	}
	if err != nil {
		return err
	}
	for i, words := range x.Sentences(in.Text) {
		toks := p.Parse(words)
		text := in.Text[words[0].Start:words[len(words)-1].End]
		if err := syntax.WriteCoNLLU(out, syntax.Sentence{ID: strconv.Itoa(i + 1), Text: text, Tokens: toks}); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	return nil
}

// parseCoNLLU re-tags and re-parses the words of a CoNLL-U file.
func parseCoNLLU(f *factory, p *syntax.Parser, path string, out io.Writer) error {
	var rd io.Reader = f.IO.In
	name := "standard input"
	if path != "-" {
		fh, err := os.Open(path)
		if err != nil {
			return &articleError{Name: path, Err: withoutPath(err)}
		}
		defer fh.Close()
		rd, name = fh, path
	}
	sents, err := syntax.ReadCoNLLU(rd, name)
	if err != nil {
		return err
	}
	words := []string{}
	for _, s := range sents {
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		s.Tokens = p.ParseUD(words)
		if err := syntax.WriteCoNLLU(out, s); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	return nil
}
