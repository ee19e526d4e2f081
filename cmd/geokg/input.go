package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/geokg/geokg/extract"
)

// maxInputBytes bounds what one input may hold, so that a URL that never
// ends or a stray disk image cannot exhaust memory.
const maxInputBytes = 256 << 20

// articleExts are the extensions taken from a directory. A file named on
// the command line is read whatever its extension.
var articleExts = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true}

// source is one input named on the command line or found in a directory.
// Only its name is held: its content is read when its turn comes.
type source struct {
	Name string // for messages: the path, the URL or "standard input"
	Path string // for extract.Input.Path: the path, the URL or "-"
	kind sourceKind
}

type sourceKind int

const (
	fileSource sourceKind = iota
	stdinSource
	urlSource
)

// expandInputs turns the command line's arguments into the list of
// articles to read, in order: files as given, directories walked
// recursively in lexical order (hidden entries skipped), "-" for standard
// input and http(s) URLs. A path that does not exist stays in the list, so
// that reading it fails as that article's error.
func expandInputs(args []string) ([]source, error) {
	var out []source
	stdin := false
	for _, arg := range args {
		switch {
		case arg == "-":
			if stdin {
				return nil, usagef(`"-" (standard input) given twice`)
			}
			stdin = true
			out = append(out, source{Name: "standard input", Path: "-", kind: stdinSource})
		case isURL(arg):
			out = append(out, source{Name: arg, Path: arg, kind: urlSource})
		default:
			info, err := os.Stat(arg)
			if err != nil || !info.IsDir() {
				out = append(out, source{Name: arg, Path: arg, kind: fileSource})
				continue
			}
			n := len(out)
			err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if !d.IsDir() && articleExts[strings.ToLower(filepath.Ext(p))] && !projectNote(d.Name()) {
					out = append(out, source{Name: p, Path: p, kind: fileSource})
				}
				return nil
			})
			if err != nil {
				return nil, &configError{Msg: "cannot read directory " + arg, Err: err}
			}
			if len(out) == n {
				return nil, usagef("%s: no .txt, .md, .html or .htm files in this directory", arg)
			}
		}
	}
	return out, nil
}

// projectNotes are the base names (lower case, without extension) of the
// Markdown files a directory walk skips: a folder's own notes, not articles.
var projectNotes = map[string]bool{"readme": true, "notes": true, "sources": true,
	"changelog": true, "license": true, "contributing": true}

// projectNote reports whether a file found in a directory is a folder's
// Markdown note (README.md, NOTES.md, ...) rather than an article. A file
// named on the command line is read whatever its name.
func projectNote(name string) bool {
	ext := filepath.Ext(name)
	return strings.EqualFold(ext, ".md") && projectNotes[strings.ToLower(strings.TrimSuffix(name, ext))]
}

// isURL reports whether s is an http or https URL.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// reader reads sources into extract inputs, one at a time.
type reader struct {
	stdin     io.Reader
	client    *http.Client
	userAgent string
}

// newHTTPClient returns the client used for URL inputs.
func newHTTPClient() *http.Client {
	return &http.Client{Timeout: 30 * time.Second}
}

// read returns the article of src, ready for extraction: text decoded to
// UTF-8 and, for an HTML page, reduced to its title, date and body text.
func (r *reader) read(ctx context.Context, src source) (extract.Input, error) {
	var (
		data        []byte
		contentType string
		pageURL     *url.URL
		err         error
	)
	switch src.kind {
	case stdinSource:
		data, err = readAllLimited(r.stdin)
	case urlSource:
		data, contentType, err = r.fetch(ctx, src.Path)
		pageURL, _ = url.Parse(src.Path)
	default:
		data, err = readFile(src.Path)
	}
	if err != nil {
		return extract.Input{}, &articleError{Name: src.Name, Err: err}
	}
	in, err := decode(src, data, contentType, pageURL)
	if err != nil {
		return extract.Input{}, &articleError{Name: src.Name, Err: err}
	}
	return in, nil
}

// readFile reads a file whole, up to maxInputBytes; errors are the bare
// system message ("no such file or directory"): the caller names the file.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, pe.Err
		}
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	return readAllLimited(f)
}

// readAllLimited reads rd whole, failing past maxInputBytes.
func readAllLimited(rd io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, maxInputBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInputBytes {
		return nil, fmt.Errorf("larger than %d MiB", maxInputBytes>>20)
	}
	return data, nil
}

// fetch gets a URL's body and content type.
func (r *reader) fetch(ctx context.Context, rawURL string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", r.userAgent)
	req.Header.Set("Accept", "text/html, text/plain;q=0.9, */*;q=0.1")
	resp, err := r.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, "", ctx.Err()
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			return nil, "", errors.New(cause(ue.Err))
		}
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, "", fmt.Errorf("HTTP %s", resp.Status)
	}
	data, err := readAllLimited(resp.Body)
	if err != nil {
		return nil, "", err
	}
	return data, resp.Header.Get("Content-Type"), nil
}

// decode turns raw bytes into an extract.Input.
func decode(src source, data []byte, contentType string, pageURL *url.URL) (extract.Input, error) {
	data, err := fromBOM(data)
	if err != nil {
		return extract.Input{}, err
	}
	if looksBinary(data) {
		return extract.Input{}, errBinary
	}
	if isHTML(src.Path, contentType, data) {
		return fromHTML(src, data, contentType, pageURL)
	}
	text, err := toUTF8(data)
	if err != nil {
		return extract.Input{}, err
	}
	return extract.Input{Path: src.Path, Text: text}, nil
}

// fromBOM strips a UTF-8 byte order mark and decodes UTF-16 text that
// starts with one; other data is returned as it is.
func fromBOM(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("bad UTF-16: %w", err)
		}
		return out, nil
	}
	return data, nil
}

// looksBinary reports whether data is not text: it holds a NUL byte, or
// more than a tenth of its first 8 KiB are control characters other than
// the usual whitespace.
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	sample := data[:min(len(data), 8<<10)]
	ctrl := 0
	for _, c := range sample {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f {
			ctrl++
		}
	}
	return ctrl*10 > len(sample)
}

// toUTF8 returns data as a string, decoding it from Windows-1252 (a
// superset of Latin-1) when it is not valid UTF-8.
func toUTF8(data []byte) (string, error) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("neither UTF-8 nor Windows-1252: %w", err)
	}
	return string(out), nil
}

// isHTML reports whether an input is an HTML page: by its extension, its
// Content-Type or its first bytes.
func isHTML(path, contentType string, data []byte) bool {
	if contentType != "" {
		mt, _, _ := mime.ParseMediaType(contentType)
		switch mt {
		case "text/html", "application/xhtml+xml":
			return true
		}
	}
	if !isURL(path) {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".html", ".htm":
			return true
		}
	}
	head := bytes.TrimLeft(data[:min(len(data), 512)], " \t\r\n\f")
	head = bytes.ToLower(head[:min(len(head), 14)])
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// fromHTML reduces a page to its article with readability: the title, the
// publication date and the body's text. The source (news agency) is left
// to the extractor, which reads it from the dateline: the site that
// published the page is often not the agency that wrote the story.
func fromHTML(src source, data []byte, contentType string, pageURL *url.URL) (extract.Input, error) {
	if !utf8.Valid(data) {
		enc, _, _ := charset.DetermineEncoding(data, contentType)
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			data = out
		}
	}
	art, err := readability.FromReader(bytes.NewReader(data), pageURL)
	if err != nil {
		return extract.Input{}, fmt.Errorf("cannot read HTML: %w", err)
	}
	in := extract.Input{
		Path:  src.Path,
		Title: strings.TrimSpace(art.Title()),
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		in.Published = t.Format(time.DateOnly)
	}
	if art.Node != nil {
		var b strings.Builder
		if err := art.RenderText(&b); err != nil {
			return extract.Input{}, fmt.Errorf("cannot read HTML: %w", err)
		}
		in.Text = strings.TrimSpace(b.String()) + "\n"
		if strings.TrimSpace(in.Text) == "" {
			in.Text = ""
		}
	}
	return in, nil
}
