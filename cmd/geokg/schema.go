package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"
)

// newCmdSchema builds `geokg schema` and its subcommands.
func newCmdSchema(f *factory, g *globalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema <command>",
		Short: "Show the effective schema, or create its constraints and indexes in Neo4j",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newCmdSchemaShow(f, g, nil), newCmdSchemaApply(f, g, nil))
	return cmd
}

// newCmdSchemaShow builds `geokg schema show`.
func newCmdSchemaShow(f *factory, g *globalOptions, runF func(context.Context) error) *cobra.Command {
	return &cobra.Command{
		Use:   "show",
		Short: "Print the effective schema (defaults plus --schema files) as YAML",
		Long: `Print the schema geokg works with, as YAML: the built-in ontology and
lexicons extended by every --schema file, in order. The output is itself a
valid --schema file.`,
		Example: `  geokg schema show
  geokg schema show --schema my-lexicon.yaml > effective.yaml`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context())
			}
			s, err := g.loadSchema()
			if err != nil {
				return err
			}
			enc := yaml.NewEncoder(f.IO.Out)
			enc.SetIndent(2)
			if err := enc.Encode(s); err != nil {
				return fmt.Errorf("write schema: %w", err)
			}
			return enc.Close()
		},
	}
}

// newCmdSchemaApply builds `geokg schema apply`.
func newCmdSchemaApply(f *factory, g *globalOptions, runF func(context.Context, *connOptions) error) *cobra.Command {
	opts := &connOptions{}
	cmd := &cobra.Command{
		Use:   "apply",
		Short: "Create the constraints and indexes of the schema in Neo4j",
		Long: `Create, if missing, a uniqueness constraint and a name index for every
label of the schema and the full-text index over names and aliases. It is
safe to run any number of times; geokg load runs it too.`,
		Example: `  NEO4J_PASSWORD=secret geokg schema apply
  geokg schema apply --uri bolt://db:7687 --schema my-lexicon.yaml`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			st, _, err := connect(cmd.Context(), f, g, opts, 0)
			if err != nil {
				return err
			}
			defer st.Close(context.WithoutCancel(cmd.Context()))
			if err := st.ApplySchema(cmd.Context()); err != nil {
				return connError(err, opts.resolve(f.Getenv))
			}
			if !g.Quiet {
				fmt.Fprintf(f.IO.Out, "Constraints and indexes are in place in %s\n", opts.resolve(f.Getenv)["uri"].value)
			}
			return nil
		},
	}
	addConnFlags(cmd, opts)
	return cmd
}
