package schema

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"sync"
)

//go:embed data/*.yaml
var defaults embed.FS

// Default returns the embedded default schema, parsed once per process.
func Default() (*Schema, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Schema, error) {
	return FromFS(defaults, "data")
})

// FromFS reads every *.yaml file of dir in fsys, in name order, and merges
// them into one schema.
func FromFS(fsys fs.FS, dir string) (*Schema, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	s, list := load(&Schema{}, names, func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }, false)
	if errs, _ := split(list); len(errs) > 0 {
		return nil, errs
	}
	return s, nil
}

// Load returns the default schema extended by the user's files, in order,
// by the merge rules (see merge.go): an entry with the key of an earlier
// one extends it unless it says "replace: true" or "remove: true". The
// error is an Errors listing every problem of every file, one a line;
// the warnings of a successful load are in the schema's Warnings.
func Load(paths ...string) (*Schema, error) {
	s, list := Check(paths...)
	if errs, _ := split(list); len(errs) > 0 {
		return nil, errs
	}
	return s, nil
}

// Check loads the default schema extended by the files like Load and
// returns every problem found, errors and warnings, in file and line
// order. The schema is nil when there is an error.
func Check(paths ...string) (*Schema, []Problem) {
	base, err := Default()
	if err != nil {
		var errs Errors
		if !errors.As(err, &errs) {
			errs = Errors{{Pos: Pos{File: "defaults"}, Msg: err.Error()}}
		}
		return nil, errs
	}
	if len(paths) == 0 {
		return base, nil
	}
	return load(base, paths, os.ReadFile, true)
}

// load merges the files named into a copy of base, read with read, and
// checks every entry they hold against the result. users marks users'
// files, which get warnings about names that shadow other entries.
func load(base *Schema, names []string, read func(string) ([]byte, error), users bool) (*Schema, []Problem) {
	var ps problems
	s := *base // merge never writes into the slices or maps it is given
	s.Warnings = nil
	var parts []*Schema
	for _, name := range names {
		data, err := read(name)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			ps.errorf(Pos{File: name}, "cannot read the file: %v", err)
			continue
		}
		p := parse(name, data, &ps)
		s.merge(p, &ps)
		parts = append(parts, p)
	}
	c := newChecker(&s, &ps)
	for _, p := range parts {
		c.check(p, users)
	}
	list := ps.sorted(names)
	if errs, warnings := split(list); len(errs) == 0 {
		s.Warnings = warnings
		return &s, list
	}
	return nil, list
}
