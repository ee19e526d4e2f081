package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Statement is one statement of a Cypher script and the line it starts on.
type Statement struct {
	Text string // without the closing ";"
	Line int    // 1-based
}

// SplitScript splits a Cypher script into statements at each ";" outside
// string literals, backtick-quoted names and comments, as cypher-shell
// does. Comments are kept in the text (the server ignores them); empty
// statements are dropped. A client command (a line starting with ":", such
// as :param) is an error naming its line, as is a literal, name or comment
// that does not end.
func SplitScript(script string) ([]Statement, error) {
	var out []Statement
	line, start, startLine := 1, 0, 1
	blank := true // nothing but spaces and comments since start
	flush := func(end int) {
		if text := strings.TrimSpace(script[start:end]); !blank && text != "" {
			out = append(out, Statement{Text: text, Line: startLine})
		}
	}
	for i := 0; i < len(script); i++ {
		c := script[i]
		switch {
		case c == '\n':
			line++
		case c == ' ' || c == '\t' || c == '\r':
		case c == '/' && i+1 < len(script) && script[i+1] == '/':
			for i < len(script) && script[i] != '\n' {
				i++
			}
			i-- // the newline is counted by the loop
		case c == '/' && i+1 < len(script) && script[i+1] == '*':
			endAt := strings.Index(script[i+2:], "*/")
			if endAt < 0 {
				return nil, fmt.Errorf("line %d: comment does not end", line)
			}
			line += strings.Count(script[i:i+2+endAt+2], "\n")
			i += 2 + endAt + 1
		case c == ';':
			flush(i)
			start, blank = i+1, true
		case c == ':' && blank:
			return nil, fmt.Errorf("line %d: client command %q: only Cypher statements are run", line, firstLine(script[i:]))
		case c == '\'' || c == '"' || c == '`':
			if blank {
				startLine, blank = line, false
			}
			j := i + 1
			for ; j < len(script) && script[j] != c; j++ {
				if script[j] == '\\' && c != '`' {
					j++
				}
			}
			if j >= len(script) {
				return nil, fmt.Errorf("line %d: %s does not end", line, map[byte]string{'\'': "string", '"': "string", '`': "quoted name"}[c])
			}
			line += strings.Count(script[i:j], "\n")
			i = j
		default:
			if blank {
				startLine, blank = line, false
			}
		}
	}
	flush(len(script))
	return out, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(s)
}

// RunScript runs the statements in order, each in its own managed write
// transaction (schema statements cannot share one with writes), with
// params as parameters; nothing is substituted into the text. It stops at
// the first failure, whose error names the statement's line; the
// statements before it stay committed. It returns how many ran.
func (s *Store) RunScript(ctx context.Context, stmts []Statement, params map[string]any) (int, error) {
	for i, st := range stmts {
		if _, err := s.run(ctx, st.Text, params, neo4j.AccessModeWrite); err != nil {
			return i, fmt.Errorf("line %d: statement %d: %w", st.Line, i+1, err)
		}
	}
	return len(stmts), nil
}
