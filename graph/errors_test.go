package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestClassify protects the CLI's exit codes: driver errors map to
// ErrAuth or ErrUnavailable however they are wrapped, a caller's
// cancellation is not blamed on the server, and other errors pass through.
func TestClassify(t *testing.T) {
	unauthorized := &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "no"}
	lost := &neo4j.ConnectivityError{Inner: io.EOF}
	syntax := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		err  error
		want error // nil: neither ErrAuth nor ErrUnavailable
	}{
		{"unauthorized", context.Background(), unauthorized, ErrAuth},
		{"wrapped unauthorized", context.Background(), fmt.Errorf("x: %w", unauthorized), ErrAuth},
		{"unauthorized inside routing error", context.Background(),
			errors.New("ConnectivityError: Unable to retrieve routing table: Neo4jError: Neo.ClientError.Security.Unauthorized (x)"), ErrAuth},
		{"connection lost", context.Background(), lost, ErrUnavailable},
		{"retries exhausted on a lost connection", context.Background(),
			&neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{syntax, lost}}, ErrUnavailable},
		{"database unavailable", context.Background(),
			&neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}, ErrUnavailable},
		{"syntax error", context.Background(), syntax, nil},
		{"caller canceled", canceled, lost, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classify(tt.ctx, tt.err)
			if !errors.Is(got, tt.err) {
				t.Errorf("classify lost the driver's error: %v", got)
			}
			for _, kind := range []error{ErrAuth, ErrUnavailable, context.Canceled} {
				if errors.Is(got, kind) != (kind == tt.want) {
					t.Errorf("classify(%v) = %v; errors.Is(%v) = %v", tt.err, got, kind, !(kind == tt.want))
				}
			}
		})
	}
	if classify(context.Background(), nil) != nil {
		t.Error("classify(nil) != nil")
	}
}

// TestClassifyRefinements: a login refused for too many failures and a
// database that does not exist get their own errors, still ErrAuth and
// ErrUnavailable, so that the CLI can say what to do.
func TestClassifyRefinements(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		want, kind error
	}{
		{"rate limited", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit", Msg: "wait"},
			ErrAuthRateLimited, ErrAuth},
		{"rate limited inside routing error",
			errors.New("ConnectivityError: routing table: Neo4jError: Neo.ClientError.Security.AuthenticationRateLimit (x)"),
			ErrAuthRateLimited, ErrAuth},
		{"no such database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "news"},
			ErrNoDatabase, ErrUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classify(context.Background(), tt.err)
			if !errors.Is(got, tt.want) || !errors.Is(got, tt.kind) || !errors.Is(got, tt.err) {
				t.Errorf("classify(%v) = %v; want %v, %v and the driver's error", tt.err, got, tt.want, tt.kind)
			}
		})
	}
	for _, err := range []error{
		&neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"},
		&neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"},
	} {
		got := classify(context.Background(), err)
		if errors.Is(got, ErrAuthRateLimited) || errors.Is(got, ErrNoDatabase) {
			t.Errorf("classify(%v) = %v: not a refinement", err, got)
		}
	}
}
