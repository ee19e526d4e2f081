package graph

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/schema"
)

// CSVArrayDelimiter separates the elements of an array field in the CSV
// files: U+001F, the ASCII unit separator, which no text of an article
// holds; neo4j-admin is told with --array-delimiter=U+001F.
const CSVArrayDelimiter = '\x1f'

// CSVFiles returns the files a CSVWriter writes, in the order of the
// import command's --nodes and --relationships options.
func CSVFiles() (nodes, relationships []string) {
	return []string{"articles.csv", "entities.csv", "evidence.csv"},
		[]string{"mentions.csv", "relationships.csv", "reports.csv"}
}

// CSVImportArgs returns the arguments of `neo4j-admin database import
// full` after the database name for the files a CSVWriter wrote in dir.
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

// WriteCSV writes the graph of the articles added so far as a CSVWriter
// would (see there) in dir.
func (x *Export) WriteCSV(dir string) error {
	w, err := newCSVWriter(x.model, dir)
	if err != nil {
		return err
	}
	for _, a := range x.arts {
		if err := w.add(a); err != nil {
			w.abort()
			return err
		}
	}
	return w.Close()
}

// A CSVWriter writes the graph Load would write for a stream of
// extractions as CSV files in a directory, for `neo4j-admin database
// import full` with CSVImportArgs: articles.csv, entities.csv and
// evidence.csv (nodes), mentions.csv, relationships.csv and reports.csv.
//
// Its memory is bounded: what belongs to one article (its Article node,
// MENTIONS, Evidence nodes and REPORTS) is written as the article is
// added; what is merged over articles (per entity key its properties and
// names, per fact the bounded summary the relationship holds, see
// facts.go) is kept in memory up to a budget (SetMemory), then written
// to sorted run files in the directory, which Close merges (see
// csvspill.go). The latest sentences of a summary are kept as places in
// a temporary file of sentences, not as text. The files are the same
// whatever the budget.
//
// Headers are typed (bytes:long, aliases:string[], loaded_at:datetime,
// …) and list every property the files may hold; every string is quoted
// so that an empty string stays one, and an absent property is an empty
// unquoted field. Article ids, entity keys and evidence keys (fact key
// "|" article id, not stored: the Evidence node has no key property) are
// the :ID columns, in the ID spaces Article, Entity and Evidence. loaded_at is
// the time the writer was made.
//
// The files are written under temporary names in the directory and take
// their names only when Close succeeds, so a failed export replaces
// nothing already there; the temporary files are removed either way. A
// list holding U+001F, the array delimiter, cannot be written: the error
// names the article, and the export fails.
type CSVWriter struct {
	model *model
	dir   string
	now   string
	seen  map[string]bool
	files map[string]*csvFile // by file name
	nodes map[string]*nodeAgg // by key
	facts map[string]*factAgg // by fact key
	text  *textSpill          // the sentences the summaries point to
	err   error               // the first error; the export is failed

	budget   int // estimated bytes nodes and facts may hold before a spill
	mem      int // estimated bytes they hold
	nodeRuns runs[*nodeAgg]
	factRuns runs[*factAgg]
}

// nodeAgg is an entity node merged over articles: its properties are the
// first article's (by id), as in Rows, its aliases every name seen but
// its name.
type nodeAgg struct {
	row   NodeRow
	from  string // id of the article row comes from
	names map[string]bool
}

// factAgg is a fact merged over articles: its summary only.
type factAgg struct {
	typ, source, target string
	sum                 summary
}

// NewCSVWriter returns a writer of the files in dir (created if missing)
// for schema s.
func NewCSVWriter(s *schema.Schema, dir string) (*CSVWriter, error) {
	if s == nil {
		return nil, fmt.Errorf("graph: csv: nil schema")
	}
	m, err := newModel(s)
	if err != nil {
		return nil, fmt.Errorf("graph: csv: %w", err)
	}
	return newCSVWriter(m, dir)
}

func newCSVWriter(m *model, dir string) (*CSVWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("csv: %w", err)
	}
	w := &CSVWriter{model: m, dir: dir, now: time.Now().UTC().Format(time.RFC3339Nano),
		seen: map[string]bool{}, files: map[string]*csvFile{},
		nodes: map[string]*nodeAgg{}, facts: map[string]*factAgg{}, budget: DefaultCSVMemory,
		nodeRuns: runs[*nodeAgg]{kind: nodeKind(), dir: dir}, factRuns: runs[*factAgg]{kind: m.factKind(), dir: dir}}
	nodeFiles, relFiles := CSVFiles()
	str, list := "string", "string[]"
	relCols := map[string]string{propReports: "long", propEvidence: list, propEvidenceFrom: list,
		propPropertyFrom: list, propFirstSeen: str, propLastSeen: str}
	for _, t := range m.types {
		for _, p := range m.rels[t].Properties {
			if c, ok := relCols[p]; ok && c != str {
				return nil, fmt.Errorf("csv: %s: property %s is both %s and %s", relFiles[1], p, c, str)
			}
			relCols[p] = str
		}
	}
	specs := []struct {
		name   string
		idCols []string
		idProp string
		types  map[string]string
	}{
		{nodeFiles[0], []string{"id:ID(Article)", ":LABEL"}, "id", map[string]string{"id": str, "title": str,
			"published": str, "source": str, "path": str, "bytes": "long", LoadedAt: "datetime"}},
		{nodeFiles[1], []string{"key:ID(Entity)", ":LABEL"}, "key", map[string]string{"key": str, "name": str,
			"aliases": list, "generic": "boolean", "scope": str, "country": str}},
		// The Evidence key (fact and article) only links reports.csv; an
		// :ID column without a name is not stored as a property.
		{nodeFiles[2], []string{":ID(Evidence)", ":LABEL"}, "", map[string]string{"fact": str,
			"article": str, "date": str, "evidence": list,
			"spans": list, "said_by": list, "evidence_props": list, "states": list}},
		{relFiles[0], []string{":START_ID(Article)", ":END_ID(Entity)", ":TYPE"}, "", map[string]string{"count": "long"}},
		{relFiles[1], []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"}, "", relCols},
		{relFiles[2], []string{":START_ID(Article)", ":END_ID(Evidence)", ":TYPE"}, "", map[string]string{}},
	}
	spill, err := os.CreateTemp(dir, ".sentences.*.partial")
	if err != nil {
		return nil, fmt.Errorf("csv: %w", err)
	}
	w.text = &textSpill{f: spill, w: bufio.NewWriterSize(spill, 1<<16)}
	for _, sp := range specs {
		f, err := newCSVFile(dir, sp.name, sp.idCols, sp.idProp, sp.types)
		if err != nil {
			w.abort()
			return nil, fmt.Errorf("csv: %w", err)
		}
		w.files[sp.name] = f
	}
	return w, nil
}

// SetMemory sets the estimated bytes of memory the entities and facts
// merged over articles may take before they are written to run files
// (DefaultCSVMemory unless set). The process takes about twice as much
// (Go's collector), plus the extraction's. The files do not depend on it.
func (w *CSVWriter) SetMemory(bytes int) { w.budget = bytes }

// Add checks g against the schema as Load does and writes what belongs
// to its article. The error wraps ErrInvalid when g cannot be written;
// nothing of it is written then. An article whose id was added before is
// skipped, as Load skips it. Any other error fails the export: Close
// returns it too.
func (w *CSVWriter) Add(g *extract.Graph) error {
	if w.err != nil {
		return w.err
	}
	a, err := w.model.prepare(g)
	if err != nil {
		return err
	}
	return w.add(a)
}

// add writes a's own rows and folds the rest into the aggregates.
func (w *CSVWriter) add(a *article) error {
	if w.err != nil {
		return w.err
	}
	if w.seen[a.id] {
		return nil
	}
	w.seen[a.id] = true
	rows := w.model.rows([]*article{a})
	nodeFiles, relFiles := CSVFiles()
	var recs []csvOut
	for _, r := range rows.Articles {
		recs = append(recs, csvOut{nodeFiles[0], csvRecord{id: r.ID, label: articleLabel, props: r.Props,
			extra: map[string]csvCell{LoadedAt: {"datetime", w.now}}}})
	}
	for _, r := range rows.Mentions {
		recs = append(recs, csvOut{relFiles[0], csvRecord{start: r.Article, end: r.Key, label: mentionsType,
			props: map[string]any{"count": r.Count}}})
	}
	for _, e := range rows.Evidence {
		recs = append(recs, csvOut{nodeFiles[2], csvRecord{id: e.Key, label: evidenceLabel, props: e.Props}},
			csvOut{relFiles[2], csvRecord{start: e.Article, end: e.Key, label: reportsType}})
	}
	// Every line is formatted before any is written: an article either
	// is in the files whole or fails the export.
	lines := make([]string, len(recs))
	for i, o := range recs {
		l, err := w.files[o.file].line(o.rec)
		if err != nil {
			w.err = fmt.Errorf("csv: article %s: %w", a.id, err)
			return w.err
		}
		lines[i] = l
	}
	for i, o := range recs {
		if _, err := w.files[o.file].w.WriteString(lines[i]); err != nil {
			w.err = fmt.Errorf("csv: %w", err)
			return w.err
		}
	}
	// What is kept is cloned: a string of the extraction may be a slice
	// of the article's text and would keep all of it alive.
	for _, n := range rows.Nodes {
		agg, before := w.nodes[n.Key], 0
		if agg == nil {
			agg = &nodeAgg{names: map[string]bool{}}
			w.nodes[strings.Clone(n.Key)] = agg
		} else {
			before = agg.size()
		}
		for _, name := range n.Names() {
			if !agg.names[name] {
				agg.names[strings.Clone(name)] = true
			}
		}
		if agg.from == "" || a.id < agg.from {
			n.Props = cloneProps(n.Props)
			delete(n.Props, "aliases") // set on Close, from names
			agg.row, agg.from = n, strings.Clone(a.id)
		}
		w.mem += agg.size() - before
	}
	for _, r := range rows.Rels {
		k := factKey(r.Type, r.Source, r.Target)
		agg, before := w.facts[k], 0
		if agg == nil {
			// The property maps are made when a report states one:
			// most facts have none.
			agg = &factAgg{typ: strings.Clone(r.Type), source: strings.Clone(r.Source),
				target: strings.Clone(r.Target)}
			w.facts[k] = agg
		} else {
			before = agg.size()
		}
		for _, rep := range r.reports {
			kept, err := w.text.report(rep)
			if err != nil {
				w.err = fmt.Errorf("csv: %w", err)
				return w.err
			}
			if agg.sum.props == nil && len(kept.props()) > 0 {
				agg.sum.props, agg.sum.from = map[string]string{}, map[string]string{}
			}
			agg.sum.add(kept)
			agg.sum.recent = slices.Clone(agg.sum.recent) // no spare capacity kept
		}
		w.mem += agg.size() - before
	}
	if w.mem > w.budget {
		if err := w.spill(); err != nil {
			w.err = fmt.Errorf("csv: %w", err)
			return w.err
		}
	}
	return nil
}

// spill writes the entities and facts in memory to run files and
// empties memory.
func (w *CSVWriter) spill() error {
	if err := w.nodeRuns.spill(slices.Collect(maps.Values(w.nodes))); err != nil {
		return err
	}
	if err := w.factRuns.spill(slices.Collect(maps.Values(w.facts))); err != nil {
		return err
	}
	w.nodes, w.facts, w.mem = map[string]*nodeAgg{}, map[string]*factAgg{}, 0
	return nil
}

// cloneProps returns a copy of p whose strings share no memory with p's.
func cloneProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if s, ok := v.(string); ok {
			v = strings.Clone(s)
		}
		out[k] = v
	}
	return out
}

// textSpill is a temporary file of sentences. A summary keeps the place
// of each of its sentences in it (a short handle) instead of the text, so
// the summaries of many facts hold no text; Close reads back the few
// sentences each relationship shows.
type textSpill struct {
	f   *os.File
	w   *bufio.Writer
	off int64
}

// report returns a copy of r whose sentences are handles into the file.
// Ordering summaries by handle instead of text changes nothing: a
// sentence's stamp (article and offset) decides the order, and two
// sentences of one stamp are the same sentence.
func (t *textSpill) report(r *report) (*report, error) {
	c := *r
	c.article, c.date = strings.Clone(r.article), strings.Clone(r.date)
	c.sentences = make([]relRow, len(r.sentences))
	for i, s := range r.sentences {
		h, err := t.keep(s.evidence)
		if err != nil {
			return nil, err
		}
		props := make(map[string]string, len(s.props))
		for k, v := range s.props {
			props[strings.Clone(k)] = strings.Clone(v)
		}
		c.sentences[i] = relRow{span: strings.Clone(s.span), evidence: h, props: props}
	}
	return &c, nil
}

// keep appends text to the file and returns its handle, "offset+length".
func (t *textSpill) keep(text string) (string, error) {
	if _, err := t.w.WriteString(text); err != nil {
		return "", err
	}
	h := strconv.FormatInt(t.off, 36) + "+" + strconv.FormatInt(int64(len(text)), 36)
	t.off += int64(len(text))
	return h, nil
}

// read returns the text of handle h; the file must be flushed.
func (t *textSpill) read(h string) (string, error) {
	o, n, _ := strings.Cut(h, "+")
	off, err1 := strconv.ParseInt(o, 36, 64)
	size, err2 := strconv.ParseInt(n, 36, 64)
	if err := errors.Join(err1, err2); err != nil {
		return "", fmt.Errorf("sentence handle %q: %w", h, err)
	}
	b := make([]byte, size)
	if _, err := t.f.ReadAt(b, off); err != nil {
		return "", err
	}
	return string(b), nil
}

// remove closes and deletes the file.
func (t *textSpill) remove() {
	_ = t.f.Close()
	_ = os.Remove(t.f.Name())
}

// csvOut is a record for one of the files.
type csvOut struct {
	file string
	rec  csvRecord
}

// Close writes the merged entity nodes and relationships, then gives
// every file its name. After an error nothing in the directory is
// replaced and the temporary files are removed.
func (w *CSVWriter) Close() error {
	if w.err != nil {
		w.abort()
		return w.err
	}
	err := w.writeMerged()
	w.text.remove()
	w.nodeRuns.remove()
	w.factRuns.remove()
	if err != nil {
		w.abort()
		return err
	}
	for _, f := range w.files {
		if err := f.close(); err != nil {
			w.abort()
			return fmt.Errorf("csv: %w", err)
		}
	}
	for _, f := range w.files {
		if err := os.Rename(f.tmp, filepath.Join(w.dir, f.name)); err != nil {
			w.abort()
			return fmt.Errorf("csv: %w", err)
		}
	}
	return nil
}

// writeMerged writes entities.csv and relationships.csv, sorted as Rows
// sorts them, merging the run files and what is in memory.
func (w *CSVWriter) writeMerged() error {
	if err := w.writeEntities(); err != nil {
		return err
	}
	return w.writeFacts()
}

// writeEntities writes entities.csv. The merge gives the entities in
// key order; each label's lines go to a file of their own, joined in
// label order at the end.
func (w *CSVWriter) writeEntities() error {
	nodeFiles, _ := CSVFiles()
	nf := w.files[nodeFiles[1]]
	parts := map[string]*csvPart{}
	defer func() {
		for _, p := range parts {
			p.remove()
		}
	}()
	mem := slices.Collect(maps.Values(w.nodes))
	slices.SortFunc(mem, w.nodeRuns.kind.cmp)
	err := mergeRuns(w.nodeRuns.kind, w.nodeRuns.files, mem, func(n *nodeAgg) error {
		delete(n.names, n.row.Props["name"].(string))
		if len(n.names) > 0 {
			n.row.Props["aliases"] = slices.Sorted(maps.Keys(n.names))
		}
		l, err := nf.line(csvRecord{id: n.row.Key, label: n.row.Label, props: n.row.Props})
		if err != nil {
			return err
		}
		p := parts[n.row.Label]
		if p == nil {
			if p, err = newCSVPart(w.dir, nf.name+"."+n.row.Label); err != nil {
				return err
			}
			parts[n.row.Label] = p
		}
		return p.write(l)
	})
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	for _, label := range w.model.labels {
		if p := parts[label]; p != nil {
			if err := p.copyTo(nf.w); err != nil {
				return fmt.Errorf("csv: %w", err)
			}
		}
	}
	return nil
}

// writeFacts writes relationships.csv.
func (w *CSVWriter) writeFacts() error {
	m := w.model
	_, relFiles := CSVFiles()
	if err := w.text.w.Flush(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	rf := w.files[relFiles[1]]
	mem := slices.Collect(maps.Values(w.facts))
	slices.SortFunc(mem, w.factRuns.kind.cmp)
	err := mergeRuns(w.factRuns.kind, w.factRuns.files, mem, func(f *factAgg) error {
		props := m.relProps(f.typ, f.sum)
		if hs, ok := props[propEvidence].([]string); ok {
			texts := make([]string, len(hs))
			for i, h := range hs {
				t, err := w.text.read(h)
				if err != nil {
					return fmt.Errorf("%s: %w", w.text.f.Name(), err)
				}
				texts[i] = t
			}
			props[propEvidence] = texts
		}
		return rf.put(csvRecord{start: f.source, end: f.target, label: f.typ, props: props})
	})
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// csvPart is a temporary file of lines of a CSV file.
type csvPart struct {
	f *os.File
	w *bufio.Writer
}

func newCSVPart(dir, name string) (*csvPart, error) {
	f, err := os.CreateTemp(dir, "."+name+".*.partial")
	if err != nil {
		return nil, err
	}
	return &csvPart{f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func (p *csvPart) write(line string) error {
	if _, err := p.w.WriteString(line); err != nil {
		return fmt.Errorf("%s: %w", p.f.Name(), err)
	}
	return nil
}

// copyTo appends the part's lines to w.
func (p *csvPart) copyTo(w io.Writer) error {
	err := p.w.Flush()
	if err == nil {
		_, err = p.f.Seek(0, io.SeekStart)
	}
	if err == nil {
		_, err = io.Copy(w, p.f)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", p.f.Name(), err)
	}
	return nil
}

// remove closes and deletes the file.
func (p *csvPart) remove() {
	_ = p.f.Close()
	_ = os.Remove(p.f.Name())
}

// abort closes and removes the temporary files.
func (w *CSVWriter) abort() {
	if w.text != nil {
		w.text.remove()
	}
	w.nodeRuns.remove()
	w.factRuns.remove()
	for _, f := range w.files {
		_ = f.f.Close()
		_ = os.Remove(f.tmp)
	}
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

// csvFile is one of the files being written, under a temporary name: a
// header of idCols then one typed column per property the file may hold
// but the :ID column's, sorted.
type csvFile struct {
	name, tmp string
	f         *os.File
	w         *bufio.Writer
	idCols    []string
	names     []string          // property columns, sorted
	types     map[string]string // by property name, the :ID column's included
}

// newCSVFile creates the temporary file for name in dir and writes its
// header.
func newCSVFile(dir, name string, idCols []string, idProp string, types map[string]string) (*csvFile, error) {
	f, err := os.CreateTemp(dir, "."+name+".*.partial")
	if err != nil {
		return nil, err
	}
	c := &csvFile{name: name, tmp: f.Name(), f: f, w: bufio.NewWriterSize(f, 1<<16), idCols: idCols, types: types}
	for k := range types {
		if k != idProp {
			c.names = append(c.names, k)
		}
	}
	slices.Sort(c.names)
	header := slices.Clone(idCols)
	for _, n := range c.names {
		header = append(header, n+":"+types[n]) // names are schema identifiers
	}
	if _, err := c.w.WriteString(strings.Join(header, ",") + "\n"); err != nil {
		_ = f.Close()
		_ = os.Remove(c.tmp)
		return nil, err
	}
	return c, nil
}

// line formats r as a line of the file; a value that cannot be written,
// or a property the header has not with its type, is an error.
func (c *csvFile) line(r csvRecord) (string, error) {
	cells := make(map[string]csvCell, len(r.props)+len(r.extra))
	for k, v := range r.props {
		cell, err := csvCellOf(v)
		if err != nil {
			return "", fmt.Errorf("%s: %s %s%s: property %s: %w", c.name, r.label, r.id, r.start, k, err)
		}
		cells[k] = cell
	}
	maps.Copy(cells, r.extra)
	for k, cell := range cells {
		if t, ok := c.types[k]; !ok || t != cell.typ {
			return "", fmt.Errorf("%s: property %s is %s, the header has %q", c.name, k, cell.typ, t)
		}
	}
	var b strings.Builder
	if len(c.idCols) == 2 {
		b.WriteString(csvQuote(r.id) + "," + csvQuote(r.label))
	} else {
		b.WriteString(csvQuote(r.start) + "," + csvQuote(r.end) + "," + csvQuote(r.label))
	}
	for _, n := range c.names {
		b.WriteByte(',')
		if cell, ok := cells[n]; ok {
			b.WriteString(csvQuote(cell.text))
		} // else absent: an empty field
	}
	b.WriteByte('\n')
	return b.String(), nil
}

// put writes r.
func (c *csvFile) put(r csvRecord) error {
	l, err := c.line(r)
	if err != nil {
		return err
	}
	_, err = c.w.WriteString(l)
	return err
}

// close flushes and closes the file, readable by all as os.Create would
// leave it (CreateTemp makes it private).
func (c *csvFile) close() error {
	return errors.Join(c.w.Flush(), c.f.Chmod(0o644), c.f.Close())
}

// csvQuote quotes s for neo4j-admin: in double quotes, inner quotes
// doubled. Line breaks stay (the import runs with --multiline-fields).
func csvQuote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
