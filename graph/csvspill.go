package graph

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
)

// The CSVWriter's aggregates (one record per entity key, one per fact)
// are kept in memory up to a budget. When the budget is reached, each
// aggregate is written, sorted, to a run file in the output directory
// and memory starts afresh; Close merges the runs and what is left in
// memory, combining the records of one key by the rules the in-memory
// aggregate follows (the entity row of the first article by id, the
// union of names; a fact's summary by summary.merge). Since these rules
// do not depend on the order records are combined in, the files are the
// same whatever the budget.

// DefaultCSVMemory is the CSVWriter's default budget for its aggregates,
// in bytes of estimated memory: with Go's collector the process takes
// about twice as much at most, plus the extraction's.
const DefaultCSVMemory = 128 << 20

// maxRuns is how many run files of one kind are kept: when a spill makes
// that many, they are merged into one. It bounds the files open at once.
const maxRuns = 16

// Estimated bytes of the parts of a record in memory (headers, map
// entries, allocation rounding), on top of the bytes of its strings;
// measured with runtime.MemStats on a generated corpus.
const (
	nodeOverhead   = 450
	nameOverhead   = 48
	propOverhead   = 64
	factOverhead   = 300
	recentOverhead = 64
	factPropsMaps  = 400
)

// size estimates the memory n holds.
func (n *nodeAgg) size() int {
	s := nodeOverhead + 2*len(n.row.Key) + len(n.from)
	for k, v := range n.row.Props {
		s += propOverhead + len(k)
		if v, ok := v.(string); ok {
			s += len(v)
		}
	}
	for name := range n.names {
		s += nameOverhead + len(name)
	}
	return s
}

// size estimates the memory f holds.
func (f *factAgg) size() int {
	s := factOverhead + 2*(len(f.typ)+len(f.source)+len(f.target))
	for _, x := range f.sum.recent {
		s += recentOverhead + len(x.from) + len(x.text)
	}
	if f.sum.props != nil {
		s += factPropsMaps
	}
	for k, v := range f.sum.props {
		s += 2*propOverhead + 2*len(k) + len(v) + len(f.sum.from[k])
	}
	return s
}

// mergeNode folds o, the same entity key's record from other articles,
// into n.
func mergeNode(n, o *nodeAgg) {
	for name := range o.names {
		n.names[name] = true
	}
	if o.from < n.from {
		n.row, n.from = o.row, o.from
	}
}

// mergeFact folds o, the same fact's record from other articles, into f.
func mergeFact(f, o *factAgg) { f.sum.merge(o.sum) }

// aggKind is what the merge needs to know of one kind of aggregate
// record: its order (the order of its run files) and how two records of
// one key combine, are written and are read.
type aggKind[T any] struct {
	name    string // in the run files' names
	cmp     func(x, y T) int
	combine func(into, from T)
	encode  func(*recWriter, T) error
	decode  func(*recReader) T
}

// nodeKind orders entity records by key alone: a key's records meet in
// the merge whatever label each run holds for it.
func nodeKind() aggKind[*nodeAgg] {
	return aggKind[*nodeAgg]{name: "entities", cmp: func(x, y *nodeAgg) int { return cmp.Compare(x.row.Key, y.row.Key) },
		combine: mergeNode, encode: encodeNode, decode: decodeNode}
}

// factKind orders fact records as relationships.csv lists them.
func (m *model) factKind() aggKind[*factAgg] {
	return aggKind[*factAgg]{name: "facts", cmp: func(x, y *factAgg) int {
		return cmp.Or(cmp.Compare(m.typeOrder[x.typ], m.typeOrder[y.typ]),
			cmp.Compare(x.source, y.source), cmp.Compare(x.target, y.target))
	}, combine: mergeFact, encode: encodeFact, decode: decodeFact}
}

// runs are the run files of one kind of record.
type runs[T any] struct {
	kind  aggKind[T]
	dir   string
	files []string
}

// spill writes recs, sorted, as a new run file; when there are maxRuns
// files, they are merged into one.
func (r *runs[T]) spill(recs []T) error {
	if len(recs) == 0 {
		return nil
	}
	slices.SortFunc(recs, r.kind.cmp)
	if err := r.write(func(emit func(T) error) error {
		for _, x := range recs {
			if err := emit(x); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if len(r.files) < maxRuns {
		return nil
	}
	old := r.files
	r.files = nil
	err := r.write(func(emit func(T) error) error { return mergeRuns(r.kind, old, nil, emit) })
	for _, name := range old {
		_ = os.Remove(name)
	}
	return err
}

// write makes a run file of the records fill emits, in order, and adds
// it to the list.
func (r *runs[T]) write(fill func(emit func(T) error) error) error {
	f, err := os.CreateTemp(r.dir, "."+r.kind.name+".run*.partial")
	if err != nil {
		return err
	}
	r.files = append(r.files, f.Name())
	e := &recWriter{w: bufio.NewWriterSize(f, 1<<16)}
	err = fill(func(x T) error {
		_ = e.w.WriteByte(1)
		return r.kind.encode(e, x)
	})
	if err == nil {
		err = e.w.WriteByte(0)
	}
	if err == nil {
		err = e.w.Flush()
	}
	if err = errors.Join(err, f.Close()); err != nil {
		return fmt.Errorf("%s: %w", f.Name(), err)
	}
	return nil
}

// remove deletes the run files.
func (r *runs[T]) remove() {
	for _, name := range r.files {
		_ = os.Remove(name)
	}
	r.files = nil
}

// mergeRuns emits, in order, one record per key of the run files and of
// mem (sorted), combining the records of each key.
func mergeRuns[T any](k aggKind[T], files []string, mem []T, emit func(T) error) error {
	var srcs []func() (T, bool, error)
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		d := &recReader{r: bufio.NewReaderSize(f, 1<<16)}
		srcs = append(srcs, func() (T, bool, error) {
			var zero T
			b, err := d.r.ReadByte()
			switch {
			case err == io.EOF:
				return zero, false, fmt.Errorf("%s: truncated", name)
			case err != nil:
				return zero, false, fmt.Errorf("%s: %w", name, err)
			case b == 0:
				return zero, false, nil
			case b != 1:
				return zero, false, fmt.Errorf("%s: corrupt record marker %d", name, b)
			}
			x := k.decode(d)
			if d.err != nil {
				return zero, false, fmt.Errorf("%s: %w", name, d.err)
			}
			return x, true, nil
		})
	}
	i := 0
	srcs = append(srcs, func() (T, bool, error) {
		var zero T
		if i == len(mem) {
			return zero, false, nil
		}
		i++
		return mem[i-1], true, nil
	})
	heads := make([]T, len(srcs))
	live := make([]bool, len(srcs))
	for j, next := range srcs {
		var err error
		if heads[j], live[j], err = next(); err != nil {
			return err
		}
	}
	for {
		best := -1
		for j := range srcs {
			if live[j] && (best < 0 || k.cmp(heads[j], heads[best]) < 0) {
				best = j
			}
		}
		if best < 0 {
			return nil
		}
		cur := heads[best]
		for j, next := range srcs { // a run holds each key once
			if !live[j] || (j != best && k.cmp(heads[j], cur) != 0) {
				continue
			}
			if j != best {
				k.combine(cur, heads[j])
			}
			var err error
			if heads[j], live[j], err = next(); err != nil {
				return err
			}
		}
		if err := emit(cur); err != nil {
			return err
		}
	}
}

// recWriter writes the fields of run records: unsigned varints, and
// strings as their length then their bytes. A write error sticks in the
// bufio.Writer and is returned by Flush.
type recWriter struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *recWriter) uint(n int) {
	_, _ = e.w.Write(binary.AppendUvarint(e.buf[:0], uint64(n)))
}

func (e *recWriter) str(s string) {
	e.uint(len(s))
	_, _ = e.w.WriteString(s)
}

// recReader reads what a recWriter wrote; the first error sticks in err.
type recReader struct {
	r   *bufio.Reader
	err error
}

// maxField bounds a string's length, so that a corrupt file fails
// instead of allocating without bound.
const maxField = 1 << 30

func (d *recReader) uint() int {
	if d.err != nil {
		return 0
	}
	n, err := binary.ReadUvarint(d.r)
	if err == nil && n > maxField {
		err = fmt.Errorf("corrupt field length %d", n)
	}
	if err != nil {
		d.err = noEOF(err)
		return 0
	}
	return int(n)
}

func (d *recReader) str() string {
	n := d.uint()
	if d.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = noEOF(err)
		return ""
	}
	return string(b)
}

// noEOF makes an end of file inside a record the error it is.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// Property value kinds of an entity record.
const (
	kindString = iota
	kindBool
)

func encodeNode(e *recWriter, n *nodeAgg) error {
	e.str(n.row.Key)
	e.str(n.row.Label)
	e.str(n.from)
	keys := slices.Sorted(maps.Keys(n.row.Props))
	e.uint(len(keys))
	for _, k := range keys {
		e.str(k)
		switch v := n.row.Props[k].(type) {
		case string:
			e.uint(kindString)
			e.str(v)
		case bool:
			e.uint(kindBool)
			if v {
				e.uint(1)
			} else {
				e.uint(0)
			}
		default:
			return fmt.Errorf("entity %s: property %s: unexpected value type %T", n.row.Key, k, v)
		}
	}
	e.uint(len(n.names))
	for _, name := range slices.Sorted(maps.Keys(n.names)) {
		e.str(name)
	}
	return nil
}

func decodeNode(d *recReader) *nodeAgg {
	n := &nodeAgg{}
	n.row.Key, n.row.Label, n.from = d.str(), d.str(), d.str()
	np := d.uint()
	n.row.Props = make(map[string]any, min(np, 64))
	for range np {
		k := d.str()
		switch kind := d.uint(); kind {
		case kindString:
			n.row.Props[k] = d.str()
		case kindBool:
			n.row.Props[k] = d.uint() == 1
		default:
			if d.err == nil {
				d.err = fmt.Errorf("entity %s: property %s: unknown value kind %d", n.row.Key, k, kind)
			}
		}
	}
	nn := d.uint()
	n.names = make(map[string]bool, min(nn, 64))
	for range nn {
		n.names[d.str()] = true
	}
	return n
}

func encodeFact(e *recWriter, f *factAgg) error {
	e.str(f.typ)
	e.str(f.source)
	e.str(f.target)
	s := f.sum
	e.uint(s.reports)
	e.str(s.first)
	e.str(s.last)
	e.uint(len(s.recent))
	for _, x := range s.recent {
		e.str(x.from)
		e.str(x.text)
	}
	keys := slices.Sorted(maps.Keys(s.props))
	e.uint(len(keys))
	for _, k := range keys {
		e.str(k)
		e.str(s.props[k])
		e.str(s.from[k])
	}
	return nil
}

func decodeFact(d *recReader) *factAgg {
	f := &factAgg{typ: d.str(), source: d.str(), target: d.str()}
	s := &f.sum
	s.reports = d.uint()
	s.first, s.last = d.str(), d.str()
	if n := d.uint(); n > 0 {
		s.recent = make([]sentence, 0, min(n, recentEvidence))
		for range n {
			s.recent = append(s.recent, sentence{from: d.str(), text: d.str()})
		}
	}
	if n := d.uint(); n > 0 {
		s.props, s.from = map[string]string{}, map[string]string{}
		for range n {
			k := d.str()
			s.props[k], s.from[k] = d.str(), d.str()
		}
	}
	return f
}
