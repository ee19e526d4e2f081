package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"

	"github.com/geokg/geokg/schema"
)

// Exit codes of geokg, documented in `geokg --help`.
const (
	exitOK          = 0   // everything worked
	exitFailed      = 1   // some articles failed; the others were processed
	exitUsage       = 2   // bad flag or argument, bad configuration, Neo4j unreachable or refusing the credentials
	exitInterrupted = 130 // stopped by SIGINT or SIGTERM after the current article or batch
)

// usageError is a bad flag or argument. Cobra's own flag errors are turned
// into one by the root command's FlagErrorFunc.
type usageError struct{ err error }

// Error returns the message.
func (e *usageError) Error() string { return e.err.Error() }

// Unwrap returns the underlying error.
func (e *usageError) Unwrap() error { return e.err }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// configError is a setting that makes the command unable to start: a schema
// file that cannot be read, a Neo4j server that cannot be reached or that
// refuses the credentials. Setting names where the value came from (a file,
// an environment variable, a flag).
type configError struct {
	Setting string
	Msg     string
	Err     error
}

// Error returns "Msg (Setting): cause".
func (e *configError) Error() string {
	msg := e.Msg
	if e.Setting != "" {
		msg += " (" + e.Setting + ")"
	}
	if e.Err != nil {
		msg += ": " + cause(e.Err)
	}
	return msg
}

// Unwrap returns the underlying error.
func (e *configError) Unwrap() error { return e.Err }

// articleError is the failure of one input: it is reported on one line that
// names the input, counted, and the run goes on with the next input.
type articleError struct {
	Name string // the file, URL or "standard input"
	Err  error
}

// Error returns "name: cause".
func (e *articleError) Error() string { return e.Name + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *articleError) Unwrap() error { return e.Err }

// errBinary is the cause of an articleError for an input that is not text.
var errBinary = errors.New("binary file, not text")

// failedError ends a run in which some articles, or feeds of geokg
// follow, failed. Their errors have already been printed, so it prints
// only the counts.
type failedError struct {
	Failed, Total      int // articles
	FeedsFailed, Feeds int // feeds that could not be read, of those polled
}

// Error returns the counts of what failed: "2 of 9 articles failed", "1 of
// 3 feeds failed", or both.
func (e *failedError) Error() string {
	var parts []string
	if e.FeedsFailed > 0 {
		parts = append(parts, fmt.Sprintf("%d of %d feeds", e.FeedsFailed, e.Feeds))
	}
	if e.Failed > 0 || len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("%d of %d articles", e.Failed, e.Total))
	}
	return strings.Join(parts, " and ") + " failed"
}

// interruptedError ends a run stopped by a signal after Done of Total
// articles (Total is 0 when unknown).
type interruptedError struct {
	Done, Total int
	What        string // what was done to them: "extracted", "loaded"
}

// Error says how far the run got.
func (e *interruptedError) Error() string {
	if e.Total > 0 {
		return fmt.Sprintf("interrupted: %s %d of %d articles", e.What, e.Done, e.Total)
	}
	return fmt.Sprintf("interrupted: %s %d articles", e.What, e.Done)
}

// stoppedError ends a load that lost the server (or its credentials) part
// way: Done of Total articles were processed, the others never reached
// the graph. Nothing is half written, so running the same command again
// completes the job.
type stoppedError struct {
	Done, Total int
	Err         error // what happened, naming the server
}

// Error says why the run stopped and how far it got.
func (e *stoppedError) Error() string {
	return fmt.Sprintf("%s; stopped after %d of %d articles (%d not reached); rerun to continue",
		e.Err, e.Done, e.Total, e.Total-e.Done)
}

// Unwrap returns the cause.
func (e *stoppedError) Unwrap() error { return e.Err }

// exitCode maps an error returned by a command to the process's exit code.
// It is the only place that does so.
func exitCode(err error) int {
	var (
		ue *usageError
		ce *configError
		fe *failedError
		ie *interruptedError
		ae *articleError
		se *stoppedError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ie), errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.As(err, &ue), errors.As(err, &ce), errors.As(err, &se):
		return exitUsage
	case errors.As(err, &fe), errors.As(err, &ae):
		return exitFailed
	default:
		return exitFailed
	}
}

// printError writes err as one line on w: "geokg: " plus the command's
// name when the error is not about one input, plus the message.
func printError(w io.Writer, command string, err error) {
	var ae *articleError
	prefix := "geokg: "
	if command != "" && !errors.As(err, &ae) {
		prefix += command + ": "
	}
	var problems schema.Errors
	if errors.As(err, &problems) {
		for _, p := range problems { // one line each, "file:line:col: message"
			fmt.Fprintln(w, prefix+oneLine(p.String()))
		}
		return
	}
	fmt.Fprintln(w, prefix+oneLine(err.Error()))
}

// oneLine folds a multi-line message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cause returns the most useful short text for a low-level error: the
// system call's message ("connection refused") when there is one, the
// error's own text otherwise.
func cause(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return "no such host " + dnsErr.Name
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err.Error()
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timed out"
	}
	return err.Error()
}
