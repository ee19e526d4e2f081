package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Errors that callers tell apart with errors.Is. Every error the package
// returns wraps at most one of them (ErrAuthRateLimited and ErrNoDatabase
// being refinements of ErrAuth and ErrUnavailable), plus the driver's own
// error for detail.
var (
	// ErrUnavailable means Neo4j could not be reached: the server is down,
	// the URI is wrong or the connection was lost mid-way.
	ErrUnavailable = errors.New("neo4j unavailable")
	// ErrAuth means the server refused the credentials.
	ErrAuth = errors.New("neo4j authentication failed")
	// ErrAuthRateLimited is the ErrAuth of a server that refuses every login
	// for a few seconds after too many failed ones, right credentials
	// included: the user must wait, not change the password.
	ErrAuthRateLimited = fmt.Errorf("%w: too many failed logins", ErrAuth)
	// ErrNoDatabase is the ErrUnavailable of a server that answers but has
	// no database of the configured name.
	ErrNoDatabase = fmt.Errorf("%w: no such database", ErrUnavailable)
	// ErrInvalid means an article's extraction cannot be loaded as is: an
	// unknown label or relationship type, a relation whose endpoints are not
	// entities of the article, an entity without id or name.
	ErrInvalid = errors.New("invalid extraction")
	// ErrNotFound means Forget was asked for an article that is not loaded.
	ErrNotFound = errors.New("article not found")
)

// Server error codes that classify tells apart.
const (
	codeRateLimit  = "Neo.ClientError.Security.AuthenticationRateLimit"
	codeNoDatabase = "Neo.ClientError.Database.DatabaseNotFound"
)

// classify wraps err with ErrAuth or ErrUnavailable when the driver's error
// says so, so that errors.Is works on what Open, Load and the others return.
// When the caller's ctx is done, the error wraps ctx.Err() instead: the
// caller gave up, the server is not to blame. Other errors (Cypher,
// constraint, usage) come back unchanged.
func classify(ctx context.Context, err error) error {
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil:
		if errors.Is(err, ctx.Err()) {
			return err
		}
		return fmt.Errorf("%w: %w", ctx.Err(), err)
	case errors.Is(err, ErrAuth), errors.Is(err, ErrUnavailable), errors.Is(err, ErrInvalid):
		return err
	case isAuth(err) && strings.Contains(err.Error(), codeRateLimit):
		return fmt.Errorf("%w: %w", ErrAuthRateLimited, err)
	case isAuth(err):
		return fmt.Errorf("%w: %w", ErrAuth, err)
	case isUnavailable(err) && strings.Contains(err.Error(), codeNoDatabase):
		return fmt.Errorf("%w: %w", ErrNoDatabase, err)
	case isUnavailable(err):
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}

// isAuth reports a refused login. The routing driver wraps the server's
// Neo.ClientError.Security.* error in types without Unwrap, so the code is
// looked for in the text as a last resort.
func isAuth(err error) bool {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && (ne.IsAuthenticationFailed() || ne.HasSecurityCode()) {
		return true
	}
	var ae *neo4j.InvalidAuthenticationError
	if errors.As(err, &ae) {
		return true
	}
	var tel *neo4j.TransactionExecutionLimit
	if errors.As(err, &tel) && len(tel.Errors) > 0 {
		return isAuth(tel.Errors[len(tel.Errors)-1])
	}
	msg := err.Error()
	return strings.Contains(msg, "Neo.ClientError.Security.Unauthorized") ||
		strings.Contains(msg, codeRateLimit)
}

// isUnavailable reports a server that cannot be reached or went away.
func isUnavailable(err error) bool {
	var ce *neo4j.ConnectivityError
	var netErr net.Error
	var tel *neo4j.TransactionExecutionLimit
	switch {
	case errors.As(err, &ce), errors.As(err, &netErr):
		return true
	case errors.As(err, &tel):
		return len(tel.Errors) > 0 && isUnavailable(tel.Errors[len(tel.Errors)-1])
	case errors.Is(err, context.DeadlineExceeded):
		// The connect and acquisition timeouts surface as a deadline.
		return true
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		// A database that is stopped or still starting is unavailable too.
		return ne.Code == "Neo.TransientError.General.DatabaseUnavailable" ||
			ne.Code == codeNoDatabase
	}
	return false
}

// isTxTimeout reports the server aborting a transaction that ran past its
// timeout.
func isTxTimeout(err error) bool {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut")
	}
	return strings.Contains(err.Error(), "Neo.ClientError.Transaction.TransactionTimedOut")
}
