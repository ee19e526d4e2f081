package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
)

// extractOptions are the flags and arguments of `geokg extract`.
type extractOptions struct {
	Format string
	Out    string
	// CSVMemory is --csv-memory, in MB; 0 means graph.DefaultCSVMemory.
	CSVMemory int
	// Explain is --explain: each relation names the mechanism that made
	// it (a development aid; json and jsonl only).
	Explain bool
	Inputs  []string
}

// formats are the values of extract's --format.
var formats = []string{"json", "jsonl", "cypher", "graphml", "csv"}

// validate checks the combination of --format and --out.
func (o *extractOptions) validate() error {
	switch o.Format {
	case "json", "jsonl", "cypher", "graphml":
		if o.Out != "" {
			return usagef("--out is only for --format csv; redirect standard output instead")
		}
	case "csv":
		if o.Out == "" {
			return usagef("--format csv writes six files (articles, entities, evidence, mentions, relationships, reports): give their directory with --out DIR")
		}
	default:
		return usagef("--format %q: want one of %s", o.Format, strings.Join(formats, ", "))
	}
	switch {
	case o.CSVMemory < 0:
		return usagef("--csv-memory %d: want a number of MB, at least 1", o.CSVMemory)
	case o.CSVMemory > 0 && o.Format != "csv":
		return usagef("--csv-memory is only for --format csv")
	case o.Explain && o.Format != "json" && o.Format != "jsonl":
		return usagef("--explain is only for --format json or jsonl")
	}
	return nil
}

// newCmdExtract builds `geokg extract`. runF replaces the run in tests of
// flag parsing.
func newCmdExtract(f *factory, g *globalOptions, runF func(context.Context, *extractOptions) error) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the entities and relations of articles, without a database",
		Long: `Extract entities and relations from each article and print them.

PATH is a file (.txt, .md, .html, .htm or any text), a directory (read
recursively, in name order), an http(s) URL, or "-" for standard input.
HTML is reduced to the article's title, date and text first. In a
directory, README.md, NOTES.md and similar notes are not articles. A feed
(RSS, Atom or JSON Feed, told by its content) stands for its items: each
is one article, with the feed's title, link and date.

Formats:
  json     one indented document for one file (the JSON contract); several
           articles or a directory give JSON Lines, one compact document
           per line
  jsonl    JSON Lines, even for one article
  cypher   a Cypher script of MERGE statements that builds the graph
           geokg load writes; run it with geokg cypher FILE; all values
           are escaped literals
  graphml  a GraphML document of that graph for Gephi, yEd or networkx
  csv      that graph as CSV files in --out DIR (articles.csv,
           entities.csv, evidence.csv, mentions.csv, relationships.csv,
           reports.csv) for neo4j-admin database import, typed headers
The cypher and graphml formats merge facts over all articles, so they are
written at the end; json and jsonl are streamed article by article; csv
streams each article's rows and writes the merged entities and facts at
the end; past --csv-memory they wait in sorted files in --out, merged at
the end, so its memory stays flat however large the corpus.`,
		Example: `  # One article as JSON
  geokg extract article.txt

  # A saved web page, and a page fetched over HTTP
  geokg extract page.html
  geokg extract https://example.com/news/2007/04/23/gates-moscow

  # The items of a news feed, as JSON Lines
  geokg extract https://example.com/world/rss.xml

  # Standard input
  cat article.txt | geokg extract -

  # A directory as JSON Lines, then as a Cypher script run by geokg cypher
  geokg extract articles/ > graph.jsonl
  geokg extract --format cypher articles/ | geokg cypher -

  # Which rule made each relation (a "mechanism" field; for development)
  geokg extract --explain article.txt

  # GraphML for Gephi
  geokg extract --format graphml articles/ > graph.graphml

  # CSV for an offline bulk import into a stopped server (see README)
  geokg extract --format csv --out import/ articles/
  scripts/neo4j admin database import full neo4j --overwrite-destination \
    --nodes=import/articles.csv --nodes=import/entities.csv \
    --relationships=import/mentions.csv --relationships=import/relationships.csv \
    --array-delimiter=U+001F --multiline-fields=true`,
		Args: minArgs(1, "at least one PATH (a file, directory, URL or -)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return extractRun(cmd.Context(), f, g, opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Format, "format", "f", "json", "output `FORMAT`: "+strings.Join(formats, ", "))
	fl.StringVarP(&opts.Out, "out", "o", "", "`DIR` for the files of --format csv (created if missing)")
	fl.BoolVar(&opts.Explain, "explain", false, "add to each relation the extraction rule that made it (\"mechanism\": the Go functions, innermost first); json and jsonl only")
	fl.IntVar(&opts.CSVMemory, "csv-memory", 0, fmt.Sprintf("estimated `MB` the entities and facts of --format csv may take before they spill to sorted files in --out (default %d; the process takes about twice as much)", graph.DefaultCSVMemory>>20))
	return cmd
}

// isDir reports whether path is a directory.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// extractRun extracts every input and writes each graph as soon as it is
// made.
func extractRun(ctx context.Context, f *factory, g *globalOptions, opts *extractOptions) error {
	s, err := g.loadSchema()
	if err != nil {
		return err
	}
	sources, err := expandInputs(opts.Inputs)
	if err != nil {
		return err
	}
	x, err := extract.New(s)
	if err != nil {
		return &configError{Msg: "cannot build the extractor from the schema", Setting: "--schema", Err: err}
	}
	x.Explain = opts.Explain
	format := opts.Format
	if format == "json" && (len(sources) > 1 || isDir(opts.Inputs[0])) {
		format = "jsonl" // a stream of documents, however many files a directory holds
	}
	w, err := newGraphWriter(format, f.IO.Out, opts.Out, opts.CSVMemory<<20, s)
	if err != nil {
		return err
	}
	a := newArticles(f, g, newReader(f), sources, x, "extract")
	p := a.progress
	write := w.Write
	if jw, ok := w.(*jsonWriter); ok && format == "json" {
		// One input may be a feed, read as its items: several articles
		// give JSON Lines. A feed is replaced by its items before the
		// first of them is written.
		write = func(g *extract.Graph) error {
			jw.indent = a.count() == 1
			return jw.Write(g)
		}
	}
	t, err := a.each(ctx, 0, write)
	p.Finish()
	if cerr := w.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("write output: %w", cerr)
	}
	var ie *interruptedError
	if errors.As(err, &ie) {
		ie.What = "extracted"
	}
	if err != nil {
		return err
	}
	if t.Failed > 0 {
		return &failedError{Failed: t.Failed, Total: a.count()}
	}
	return nil
}
