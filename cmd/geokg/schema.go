package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/geokg/geokg/schema"
)

// newCmdSchema builds `geokg schema` and its subcommands.
func newCmdSchema(f *factory, g *globalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema <command>",
		Short: "Show or check the schema, or create its constraints and indexes in Neo4j",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newCmdSchemaShow(f, g, nil), newCmdSchemaCheck(f, g), newCmdSchemaApply(f, g, nil))
	return cmd
}

// newCmdSchemaShow builds `geokg schema show`.
func newCmdSchemaShow(f *factory, g *globalOptions, runF func(context.Context) error) *cobra.Command {
	var only, find string
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the effective schema (defaults plus --schema files) as YAML",
		Long: `Print the schema geokg works with, as YAML: the built-in ontology and
lexicons extended by every --schema file, in order. The output is itself a
valid --schema file.

--only prints one section (` + strings.Join(schema.Sections(), ", ") + `);
--find prints the entries a name, code, alias, adjective, title form or
cue word names, ignoring case, each with a comment saying in which file
and line it was written and extended: a start for an overlay.`,
		Example: `  geokg schema show
  geokg schema show --only countries
  geokg schema show --find Greece
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
			if s, err = s.Select(only, find); err != nil {
				return &usageError{fmt.Errorf("--only: %w", err)}
			}
			if find != "" && s.Empty() {
				return fmt.Errorf("no entry is named %q", find)
			}
			var out any = s
			if find != "" {
				if out, err = s.Annotated(); err != nil { // where each entry was written
					return fmt.Errorf("write schema: %w", err)
				}
			}
			enc := yaml.NewEncoder(f.IO.Out)
			enc.SetIndent(2)
			if err := enc.Encode(out); err != nil {
				return fmt.Errorf("write schema: %w", err)
			}
			return enc.Close()
		},
	}
	cmd.Flags().StringVar(&only, "only", "", "print only this `SECTION`: countries, organizations, relations, cues, ...")
	cmd.Flags().StringVar(&find, "find", "", "print only the entries this `NAME` (or code, alias, cue word) names")
	return cmd
}

// newCmdSchemaCheck builds `geokg schema check`.
func newCmdSchemaCheck(f *factory, g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Check schema files without extracting anything",
		Long: `Load the default schema extended by the --schema files and the FILEs, in
order, as extract and load would, and print every problem found, one a
line as FILE:LINE:COL: message, with the valid choices where there are
few. Warnings (an alias that already names another entry, a parent that
names nothing) do not fail the check. Exit status 2 when there is an error.`,
		Example: `  geokg schema check my-lexicon.yaml
  geokg schema check base.yaml team.yaml`,
		Args: minArgs(1, "at least one schema FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			files := append(slices.Clone(g.SchemaFiles), args...)
			_, problems := schema.Check(files...)
			errs, warnings := 0, 0
			for _, p := range problems {
				if p.Warning {
					warnings++
					if g.Quiet {
						continue
					}
				} else {
					errs++
				}
				fmt.Fprintln(f.IO.Out, p.String())
			}
			summary := fmt.Sprintf("%s, %s in %s", count(errs, "error"), count(warnings, "warning"), strings.Join(files, ", "))
			if errs > 0 {
				return &configError{Msg: summary}
			}
			if !g.Quiet {
				fmt.Fprintln(f.IO.ErrOut, "geokg: schema check: "+summary)
			}
			return nil
		},
	}
}

// count returns "1 error", "2 errors", "no errors".
func count(n int, what string) string {
	switch n {
	case 0:
		return "no " + what + "s"
	case 1:
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// newCmdSchemaApply builds `geokg schema apply`.
func newCmdSchemaApply(f *factory, g *globalOptions, runF func(context.Context, *connOptions) error) *cobra.Command {
	opts := &connOptions{}
	cmd := &cobra.Command{
		Use:   "apply",
		Short: "Create the constraints and indexes of the schema in Neo4j",
		Long: `Create, if missing, a uniqueness constraint and a name index for every
label of the schema and the full-text index over names and aliases. It is
safe to run any number of times; geokg load runs it too. A graph loaded by
the previous geokg (Evidence nodes with a key, type, source and target) is
upgraded in place first.`,
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
