package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// CSVArrayDelimiter separates the elements of an array field in the CSV
// files: U+001F, the ASCII unit separator, which no text of an article
// holds; neo4j-admin is told with --array-delimiter=U+001F.
const CSVArrayDelimiter = '\x1f'

// CSVFiles returns the files WriteCSV writes, in the order of the import
// command's --nodes and --relationships options.
func CSVFiles() (nodes, relationships []string) {
	return []string{"articles.csv", "entities.csv", "evidence.csv"},
		[]string{"mentions.csv", "relationships.csv", "reports.csv"}
}

// CSVImportArgs returns the arguments of `neo4j-admin database import
// full` after the database name for the files WriteCSV wrote in dir.
func CSVImportArgs(dir string) []string {
	var args []string
	nodeFiles, relFiles := CSVFiles()
	for _, f := range nodeFiles {
		args = append(args, "--nodes="+filepath.Join(dir, f))
	}
	for _, f := range relFiles {
		args = append(args, "--relationships="+filepath.Join(dir, f))
	}
	return append(args, "--array-delimiter=U+001F", "--multiline-fields=true")
}

// WriteCSV writes the graph Load would write as CSV files in dir (created
// if missing) for `neo4j-admin database import full` with CSVImportArgs:
// articles.csv, entities.csv and evidence.csv (nodes), mentions.csv,
// relationships.csv and reports.csv. Headers are typed (bytes:long, aliases:string[],
// loaded_at:datetime, …), every string is quoted so that an empty string
// stays one, and an absent property is an empty unquoted field. Article
// ids, entity keys and evidence keys are the :ID columns, in the ID
// spaces Article, Entity and Evidence. loaded_at is the time of writing.
//
// A list holding U+001F, the array delimiter, cannot be written: the
// error names the article.
func (x *Export) WriteCSV(dir string) error {
	rows := x.Rows()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	var arts, nodes, evidence, mentions, rels, reports []csvRecord
	for _, a := range rows.Articles {
		arts = append(arts, csvRecord{id: a.ID, label: articleLabel, props: a.Props,
			extra: map[string]csvCell{LoadedAt: {"datetime", now}}})
	}
	for _, n := range rows.Nodes {
		nodes = append(nodes, csvRecord{id: n.Key, label: n.Label, props: n.Props})
	}
	for _, mr := range rows.Mentions {
		mentions = append(mentions, csvRecord{start: mr.Article, end: mr.Key, label: mentionsType,
			props: map[string]any{"count": mr.Count}})
	}
	for _, r := range rows.Rels {
		rels = append(rels, csvRecord{start: r.Source, end: r.Target, label: r.Type, props: r.Props})
	}
	for _, e := range rows.Evidence {
		evidence = append(evidence, csvRecord{id: e.Key, label: evidenceLabel, props: e.Props})
		reports = append(reports, csvRecord{start: e.Article, end: e.Key, label: reportsType})
	}
	nodeFiles, relFiles := CSVFiles()
	files := []struct {
		name   string
		recs   []csvRecord
		idCols []string // the header's leading columns
		idProp string   // the property the :ID column holds
	}{
		{nodeFiles[0], arts, []string{"id:ID(Article)", ":LABEL"}, "id"},
		{nodeFiles[1], nodes, []string{"key:ID(Entity)", ":LABEL"}, "key"},
		{relFiles[0], mentions, []string{":START_ID(Article)", ":END_ID(Entity)", ":TYPE"}, ""},
		{relFiles[1], rels, []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"}, ""},
		{nodeFiles[2], evidence, []string{"key:ID(Evidence)", ":LABEL"}, "key"},
		{relFiles[2], reports, []string{":START_ID(Article)", ":END_ID(Evidence)", ":TYPE"}, ""},
	}
	// Every table is typed and checked before any file is written, so a
	// value that cannot be written replaces nothing already in dir.
	tables := make([]csvTable, len(files))
	for i, f := range files {
		t, err := newCSVTable(f.name, f.idCols, f.idProp, f.recs)
		if err != nil {
			return fmt.Errorf("csv: %w", err)
		}
		tables[i] = t
	}
	for i, f := range files {
		if err := tables[i].write(filepath.Join(dir, f.name)); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	return nil
}

// csvRecord is one node (id, label) or relationship (start, end, label
// as type) with its properties.
type csvRecord struct {
	id, start, end, label string
	props                 map[string]any
	extra                 map[string]csvCell // properties already typed and formatted
}

// csvCell is a typed, formatted value.
type csvCell struct{ typ, text string }

// csvCellOf types and formats v; a list element holding the delimiter
// cannot be written.
func csvCellOf(v any) (csvCell, error) {
	switch v := v.(type) {
	case string:
		return csvCell{"string", v}, nil
	case bool:
		return csvCell{"boolean", strconv.FormatBool(v)}, nil
	case int64:
		return csvCell{"long", strconv.FormatInt(v, 10)}, nil
	case []string:
		for _, s := range v {
			if strings.ContainsRune(s, CSVArrayDelimiter) {
				return csvCell{}, fmt.Errorf("value %q holds U+001F, the CSV array delimiter", s)
			}
		}
		return csvCell{"string[]", strings.Join(v, string(CSVArrayDelimiter))}, nil
	}
	return csvCell{}, fmt.Errorf("unexpected value type %T", v)
}

// csvTable is one file's records, typed and checked: a header of idCols
// then one typed column per property name but the :ID column's, sorted.
type csvTable struct {
	idCols []string
	recs   []csvRecord
	cells  []map[string]csvCell
	names  []string          // property columns, sorted
	types  map[string]string // by property name
}

// newCSVTable types the properties of recs for the file name; a value that
// cannot be written, or a property of two types, is an error.
func newCSVTable(name string, idCols []string, idProp string, recs []csvRecord) (csvTable, error) {
	cells := make([]map[string]csvCell, len(recs))
	types := map[string]string{}
	for i, r := range recs {
		cells[i] = map[string]csvCell{}
		for k, v := range r.props {
			c, err := csvCellOf(v)
			if err != nil {
				return csvTable{}, fmt.Errorf("%s: %s %s%s: property %s: %w", name, r.label, r.id, r.start, k, err)
			}
			cells[i][k] = c
		}
		for k, c := range r.extra {
			cells[i][k] = c
		}
		for k, c := range cells[i] {
			if t, ok := types[k]; ok && t != c.typ {
				return csvTable{}, fmt.Errorf("%s: property %s is both %s and %s", name, k, t, c.typ)
			}
			types[k] = c.typ
		}
	}
	names := make([]string, 0, len(types))
	for k := range types {
		if k != idProp {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	return csvTable{idCols: idCols, recs: recs, cells: cells, names: names, types: types}, nil
}

// write writes the table to path.
func (t csvTable) write(path string) error {
	idCols, recs, cells, names, types := t.idCols, t.recs, t.cells, t.names, t.types
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	header := slices.Clone(idCols)
	for _, n := range names {
		header = append(header, n+":"+types[n]) // names are schema identifiers
	}
	fmt.Fprintln(w, strings.Join(header, ","))
	for i, r := range recs {
		var fields []string
		if len(idCols) == 2 {
			fields = append(fields, csvQuote(r.id), csvQuote(r.label))
		} else {
			fields = append(fields, csvQuote(r.start), csvQuote(r.end), csvQuote(r.label))
		}
		for _, n := range names {
			c, ok := cells[i][n]
			if !ok {
				fields = append(fields, "") // absent
				continue
			}
			fields = append(fields, csvQuote(c.text))
		}
		fmt.Fprintln(w, strings.Join(fields, ","))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// csvQuote quotes s for neo4j-admin: in double quotes, inner quotes
// doubled. Line breaks stay (the import runs with --multiline-fields).
func csvQuote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
