// Package neo4jtest connects tests to the local Neo4j started by
// scripts/neo4j (or docker-compose.yml) and gives each test an empty graph.
//
// It is meant to be imported from _test.go files only:
//
//	func TestStore(t *testing.T) {
//		driver, cfg := neo4jtest.Clean(t)
//		...
//	}
//
// When no server answers, tests are skipped with a hint to run
// `scripts/neo4j start`, except when CI=true: integration tests never skip
// silently in CI, they fail.
package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Default connection settings; they match scripts/neo4j and docker-compose.yml.
const (
	DefaultURI      = "bolt://127.0.0.1:7687"
	DefaultUsername = "neo4j"
	// DefaultPassword is a local-only development password, never use it
	// for a server reachable from other machines.
	DefaultPassword = "geokg-local-only"
	DefaultDatabase = "neo4j"
)

// connectTimeout bounds how long Driver waits for an unreachable server.
const connectTimeout = 5 * time.Second

// LockTimeout bounds how long Clean waits for other tests to release the
// database when the test has no deadline. With a deadline (go test -timeout,
// 10m by default) Clean waits until a minute before it, so the test fails
// with a clear message rather than a timeout panic.
var LockTimeout = 10 * time.Minute

// lockBudget is how long Clean may wait for the lock in test t.
func lockBudget(t testing.TB) time.Duration {
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if deadline, ok := d.Deadline(); ok {
			return max(time.Until(deadline)-time.Minute, 10*time.Second)
		}
	}
	return LockTimeout
}

// Config holds the connection settings of the test server, so tests can pass
// them on, e.g. to a geokg binary they run.
type Config struct {
	URI      string // Bolt URI, env NEO4J_URI
	Username string // env NEO4J_USERNAME
	Password string // env NEO4J_PASSWORD
	Database string // env NEO4J_DATABASE
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// NEO4J_DATABASE, falling back to the Default* constants.
func ConfigFromEnv() Config {
	return Config{
		URI:      getenv("NEO4J_URI", DefaultURI),
		Username: getenv("NEO4J_USERNAME", DefaultUsername),
		Password: getenv("NEO4J_PASSWORD", DefaultPassword),
		Database: getenv("NEO4J_DATABASE", DefaultDatabase),
	}
}

// Env returns the settings as NEO4J_*=value entries for exec.Cmd.Env.
func (c Config) Env() []string {
	return []string{
		"NEO4J_URI=" + c.URI,
		"NEO4J_USERNAME=" + c.Username,
		"NEO4J_PASSWORD=" + c.Password,
		"NEO4J_DATABASE=" + c.Database,
	}
}

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// InCI reports whether the environment variable CI is "true".
func InCI() bool { return strings.EqualFold(os.Getenv("CI"), "true") }

// Open creates a driver for cfg and verifies within a few seconds that the
// server answers and accepts the credentials. The caller closes the driver.
func Open(ctx context.Context, cfg Config) (neo4j.DriverWithContext, error) {
	driver, err := neo4j.NewDriverWithContext(cfg.URI,
		neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = connectTimeout
			c.ConnectionAcquisitionTimeout = connectTimeout
		})
	if err != nil {
		return nil, fmt.Errorf("neo4j driver for %s: %w", cfg.URI, err)
	}
	ctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	if err := driver.VerifyConnectivity(ctx); err != nil {
		_ = driver.Close(context.Background())
		return nil, fmt.Errorf("neo4j at %s as %s: %w", cfg.URI, cfg.Username, err)
	}
	return driver, nil
}

// IsAuthError reports whether err is Neo4j refusing the credentials.
func IsAuthError(err error) bool {
	var nerr *neo4j.Neo4jError
	return errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Security.")
}

// Driver connects to the test server described by ConfigFromEnv and closes
// the driver when the test ends. An unreachable server skips the test
// (fails it when CI=true); refused credentials always fail it.
func Driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	driver, _ := open(t)
	return driver
}

func open(t testing.TB) (neo4j.DriverWithContext, Config) {
	t.Helper()
	cfg := ConfigFromEnv()
	driver, err := Open(context.Background(), cfg)
	switch {
	case err == nil:
	case IsAuthError(err):
		t.Fatalf("%v\n(set NEO4J_PASSWORD to the server's password)", err)
	case InCI():
		t.Fatalf("CI=true and no Neo4j answers: %v\n(.ci/run starts one with scripts/neo4j start)", err)
	default:
		t.Skipf("no Neo4j answers (%v); start one with scripts/neo4j start", err)
	}
	t.Cleanup(func() {
		if err := driver.Close(context.Background()); err != nil {
			t.Errorf("close neo4j driver: %v", err)
		}
	})
	return driver, cfg
}

// Clean gives the test exclusive use of the test server with an empty graph:
// it takes a cross-process lock (Neo4j Community has a single user database
// and `go test ./...` runs test binaries in parallel), held until the test
// ends, then deletes all nodes and relationships and drops all constraints
// and indexes except the built-in token lookup indexes.
//
// Tests that call Clean must not call t.Parallel, and a test must not call
// Clean twice: the second call would wait for the first one's lock until
// the test's deadline (see LockTimeout) and then fail.
func Clean(t testing.TB) (neo4j.DriverWithContext, Config) {
	t.Helper()
	// Lock before connecting: while we wait, scripts/neo4j-selftest may
	// restart the server.
	unlock, err := lock(lockBudget(t), func() {
		t.Logf("neo4jtest: waiting for %s (another test uses the database)", LockFile)
	})
	if err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	t.Cleanup(unlock) // runs after the driver's Close, registered below
	driver, cfg := open(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := EmptyDatabase(ctx, driver, cfg.Database); err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	return driver, cfg
}

// EmptyDatabase deletes every node and relationship of database db and drops
// its constraints and its indexes, keeping the token lookup indexes.
// It takes no lock; see Clean.
func EmptyDatabase(ctx context.Context, driver neo4j.DriverWithContext, db string) error {
	if err := run(ctx, driver, db, "MATCH (n) DETACH DELETE n"); err != nil {
		return fmt.Errorf("delete all nodes: %w", err)
	}
	if err := dropAll(ctx, driver, db, "SHOW CONSTRAINTS YIELD name", "DROP CONSTRAINT %s IF EXISTS"); err != nil {
		return fmt.Errorf("drop constraints: %w", err)
	}
	if err := dropAll(ctx, driver, db, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", "DROP INDEX %s IF EXISTS"); err != nil {
		return fmt.Errorf("drop indexes: %w", err)
	}
	return nil
}

func dropAll(ctx context.Context, driver neo4j.DriverWithContext, db, show, drop string) error {
	res, err := neo4j.ExecuteQuery(ctx, driver, show, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		return fmt.Errorf("%s: %w", show, err)
	}
	for _, rec := range res.Records {
		name, _ := rec.Get("name")
		s, ok := name.(string)
		if !ok {
			return fmt.Errorf("%s: name is %T, want string", show, name)
		}
		if err := run(ctx, driver, db, fmt.Sprintf(drop, quoteName(s))); err != nil {
			return err
		}
	}
	return nil
}

func run(ctx context.Context, driver neo4j.DriverWithContext, db, query string) error {
	_, err := neo4j.ExecuteQuery(ctx, driver, query, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		return fmt.Errorf("%s: %w", query, err)
	}
	return nil
}

// quoteName quotes a schema name as a Cypher identifier.
func quoteName(name string) string {
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}
