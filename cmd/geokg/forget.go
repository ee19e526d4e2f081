package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/geokg/geokg/graph"
)

// forgetOptions are the flags and argument of `geokg forget`.
type forgetOptions struct {
	Conn      connOptions
	ArticleID string
}

// newCmdForget builds `geokg forget`.
func newCmdForget(f *factory, g *globalOptions, runF func(context.Context, *forgetOptions) error) *cobra.Command {
	opts := &forgetOptions{}
	cmd := &cobra.Command{
		Use:   "forget ARTICLE_ID",
		Short: "Remove an article and what only it supported from Neo4j",
		Long: `Remove an article from the graph: its Article node, its evidence on every
relationship, the relationships only it supported and the entities no other
article mentions. ARTICLE_ID is the article's id as printed by geokg
extract (article.id).`,
		Example: `  id=$(geokg extract article.txt | jq -r .article.id)
  geokg forget "$id"`,
		Args: exactArgs(1, "one ARTICLE_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ArticleID = args[0]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return forgetRun(cmd.Context(), f, g, opts)
		},
	}
	addConnFlags(cmd, &opts.Conn)
	return cmd
}

// forgetRun removes one article from Neo4j.
func forgetRun(ctx context.Context, f *factory, g *globalOptions, opts *forgetOptions) error {
	st, _, err := connect(ctx, f, g, &opts.Conn, 0)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	sum, err := st.Forget(ctx, opts.ArticleID)
	switch {
	case errors.Is(err, graph.ErrNotFound):
		return &articleError{Name: "article " + opts.ArticleID, Err: errors.New("not in the graph")}
	case err != nil:
		return connError(err, opts.Conn.resolve(f.Getenv))
	}
	if !g.Quiet {
		// Entity nodes and facts, the Article node and MENTIONS apart, as
		// geokg load counts them.
		fmt.Fprintf(f.IO.Out, "Forgot article %s: %d entity nodes and %d facts deleted, %d facts kept with less evidence (plus its Article node and MENTIONS)\n",
			opts.ArticleID, sum.NodesDeleted, sum.RelsDeleted, sum.RelsMatched)
	}
	return nil
}
