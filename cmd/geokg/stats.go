package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/spf13/cobra"
)

// statsOptions are the flags of `geokg stats`.
type statsOptions struct {
	Conn connOptions
	JSON bool
}

// newCmdStats builds `geokg stats`.
func newCmdStats(f *factory, g *globalOptions, runF func(context.Context, *statsOptions) error) *cobra.Command {
	opts := &statsOptions{}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Print the counts of nodes by label and relationships by type in Neo4j",
		Example: `  geokg stats
  geokg stats --json | jq .nodes.Country`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return statsRun(cmd.Context(), f, g, opts)
		},
	}
	addConnFlags(cmd, &opts.Conn)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the counts as JSON")
	return cmd
}

// statsRun prints the counts of the graph.
func statsRun(ctx context.Context, f *factory, g *globalOptions, opts *statsOptions) error {
	st, s, err := connect(ctx, f, g, &opts.Conn, 0)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	stats, err := st.Stats(ctx)
	if err != nil {
		return connError(err, opts.Conn.resolve(f.Getenv))
	}
	if opts.JSON {
		enc := json.NewEncoder(f.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(stats)
	}
	// Schema order first (Article leads), then anything else by name.
	var labels, types []string
	for _, l := range s.Labels {
		labels = append(labels, l.Name)
	}
	for _, r := range s.Relations {
		types = append(types, r.Name)
	}
	w := f.IO.Out
	nodeOrder := ordered(append([]string{"Article"}, labels...), stats.Nodes)
	relOrder := ordered(append([]string{"MENTIONS"}, types...), stats.Relationships)
	width := len("total")
	for _, n := range append(slices.Clone(nodeOrder), relOrder...) {
		width = max(width, len(n))
	}
	section := func(title string, names []string, counts map[string]int) {
		total := 0
		fmt.Fprintln(w, title)
		for _, name := range names {
			fmt.Fprintf(w, "  %-*s  %10d\n", width, name, counts[name])
			total += counts[name]
		}
		fmt.Fprintf(w, "  %-*s  %10d\n", width, "total", total)
	}
	section("Nodes", nodeOrder, stats.Nodes)
	section("Relationships", relOrder, stats.Relationships)
	return nil
}

// ordered returns the keys of counts: those in order first, in that order,
// then the others sorted.
func ordered(order []string, counts map[string]int) []string {
	var out []string
	for _, k := range order {
		if _, ok := counts[k]; ok && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for _, k := range sortedKeys(counts) {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
