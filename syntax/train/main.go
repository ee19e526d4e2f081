// Command train rebuilds geokg's syntax model from UD English EWT:
//
//	git clone https://github.com/UniversalDependencies/UD_English-EWT
//	go run ./syntax/train --ud UD_English-EWT
//
// It writes syntax/ewt.model.gz and syntax/ewt.model.json (the model's
// accuracy on the dev and test splits and on the vendored testdata), byte
// for byte the same on every run. With --with-dev it trains on train and
// dev (dev is then no longer held out). With --eval FILE it only scores the
// embedded (or --model) model on a CoNLL-U file.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/geokg/geokg/syntax"
)

func main() {
	ud := flag.String("ud", "", "directory of a UD_English-EWT checkout")
	out := flag.String("out", "syntax", "directory to write ewt.model.gz and ewt.model.json")
	eval := flag.String("eval", "", "score the model on this CoNLL-U file and exit")
	model := flag.String("model", "", "model file for --eval (default: the embedded model)")
	tagIt := flag.Int("tag-iterations", syntax.DefaultTrainOptions.TagIterations, "tagger passes")
	parseIt := flag.Int("parse-iterations", syntax.DefaultTrainOptions.ParseIterations, "parser passes")
	testdata := flag.String("testdata", "syntax/testdata/ewt-sample.conllu", "vendored sample whose scores are stored with the model")
	minWeight := flag.Float64("min-weight", syntax.DefaultTrainOptions.MinWeight, "drop features whose averaged weights all stay below this")
	minEntry := flag.Float64("min-entry", syntax.DefaultTrainOptions.MinEntry, "drop the single weights of the tagger and labeler below this")
	prune := flag.Float64("prune", 0, "with --eval: prune the model at this weight first (to choose --min-weight)")
	pruneEntries := flag.Float64("prune-entries", 0, "with --eval: drop the single weights of the tagger and labeler below this first")
	save := flag.String("save", "", "with --eval: also write the (pruned) model to this file")
	withDev := flag.Bool("with-dev", false, "train on train and dev (the shipped model; its dev figures are then not held out)")
	goldTags := flag.Bool("gold-tags", false, "with --eval: parse with the file's gold tags instead of the tagger's (the parser apart from tagging errors)")
	flag.Parse()
	opt := syntax.DefaultTrainOptions
	opt.TagIterations, opt.ParseIterations, opt.MinWeight, opt.MinEntry = *tagIt, *parseIt, *minWeight, *minEntry
	if err := run(*ud, *out, *eval, *model, *testdata, *save, *prune, *pruneEntries, *withDev, *goldTags, opt); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(ud, out, eval, model, testdata, save string, prune, pruneEntries float64, withDev, goldTags bool, opt syntax.TrainOptions) error {
	if eval != "" {
		p, err := loadModel(model)
		if err != nil {
			return err
		}
		if prune > 0 {
			p = p.Prune(prune)
		}
		if pruneEntries > 0 {
			p = p.PruneEntries(pruneEntries)
		}
		fmt.Fprintln(os.Stderr, p.Sizes())
		if save != "" {
			var buf bytes.Buffer
			if err := p.Save(&buf); err != nil {
				return err
			}
			if err := os.WriteFile(save, buf.Bytes(), 0o644); err != nil {
				return err
			}
		}
		gold, err := readFile(eval)
		if err != nil {
			return err
		}
		evaluate := syntax.Evaluate
		if goldTags {
			evaluate = syntax.EvaluateGoldTags
		}
		sc := evaluate(p, gold)
		fmt.Println(sc)
		js, err := json.Marshal(sc)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s\n", js)
		return nil
	}
	if ud == "" {
		return errors.New("--ud PATH/TO/UD_English-EWT is required")
	}
	train, err := split(ud, "train")
	if err != nil {
		return err
	}
	if withDev {
		dev, err := split(ud, "dev")
		if err != nil {
			return err
		}
		train = append(train, dev...)
	}
	p, err := syntax.Train(train, opt, os.Stderr)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "ewt.model.gz"), buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes; %s\n", filepath.Join(out, "ewt.model.gz"), buf.Len(), p.Sizes())
	report := map[string]syntax.Scores{}
	for _, name := range []string{"dev", "test"} {
		gold, err := split(ud, name)
		if err != nil {
			return err
		}
		report[name] = syntax.Evaluate(p, gold)
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, report[name])
	}
	if gold, err := readFile(testdata); err == nil {
		report["testdata"] = syntax.Evaluate(p, gold)
		fmt.Fprintf(os.Stderr, "testdata: %v\n", report["testdata"])
	}
	js, err := json.MarshalIndent(report, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "ewt.model.json"), append(js, '\n'), 0o644)
}

func loadModel(path string) (*syntax.Parser, error) {
	if path == "" {
		return syntax.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := syntax.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

func readFile(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadCoNLLU(f, path)
}

// split reads en_ewt-ud-NAME.conllu from the checkout. When the file is
// missing (a partial clone), it is rebuilt from the corpus sources in
// not-to-release/sources in the order of not-to-release/file-lists/files.NAME,
// which gives the released file.
func split(ud, name string) ([]syntax.Sentence, error) {
	path := filepath.Join(ud, "en_ewt-ud-"+name+".conllu")
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return readFile(path)
	}
	list, err := os.ReadFile(filepath.Join(ud, "not-to-release", "file-lists", "files."+name))
	if err != nil {
		return nil, fmt.Errorf("%s: missing, and no file list to rebuild it: %w", path, err)
	}
	var all bytes.Buffer
	for _, f := range strings.Fields(string(list)) {
		b, err := os.ReadFile(filepath.Join(ud, "not-to-release", "sources", f))
		if err != nil {
			return nil, err
		}
		all.Write(b)
	}
	return syntax.ReadCoNLLU(io.Reader(&all), path+" (rebuilt from sources)")
}
