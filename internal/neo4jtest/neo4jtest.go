// Package neo4jtest connects integration tests to their own Neo4j, the one
// scripts/test starts in .neo4j-test/ on its own ports, and gives each test
// an empty graph. It never reads NEO4J_URI or the other settings of the
// server a user works with: a test that empties the database must not be
// able to reach the user's graph.
//
// It is meant to be imported from _test.go files only:
//
//	func TestStore(t *testing.T) {
//		driver, cfg := neo4jtest.Clean(t)
//		...
//	}
//
// Integration tests run only when GEOKG_INTEGRATION=1 (scripts/test sets it)
// or CI=true; otherwise they skip, so `go test ./...` runs the unit tests
// anywhere. When they run, a server that does not answer fails them.
package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// The environment of the tests' server, set by scripts/test.
const (
	EnvSwitch   = "GEOKG_INTEGRATION"          // "1" runs the integration tests
	EnvURI      = "GEOKG_TEST_NEO4J_URI"       // Bolt URI
	EnvPassword = "GEOKG_TEST_NEO4J_PASSWORD"  // password of user neo4j
	EnvHTTPPort = "GEOKG_TEST_NEO4J_HTTP_PORT" // HTTP port of the Browser
	EnvHome     = "GEOKG_TEST_NEO4J_HOME"      // the server's directory (jars in lib/)
)

// Defaults of the tests' server; they match scripts/test. They differ from
// the user's server (7687, 7474, geokg-local-only), so a test run without
// scripts/test cannot log in to it.
const (
	DefaultURI      = "bolt://127.0.0.1:17687"
	DefaultHTTPPort = "17474"
	DefaultUsername = "neo4j"
	// DefaultPassword is the test server's password, local-only.
	DefaultPassword = "geokg-test-only"
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
	URI      string // Bolt URI, env GEOKG_TEST_NEO4J_URI
	Username string
	Password string // env GEOKG_TEST_NEO4J_PASSWORD
	Database string
	HTTPPort string // env GEOKG_TEST_NEO4J_HTTP_PORT
	Home     string // env GEOKG_TEST_NEO4J_HOME, default .neo4j-test at the repo root
}

// ConfigFromEnv reads the GEOKG_TEST_NEO4J_* settings, falling back to the
// Default* constants.
func ConfigFromEnv() Config {
	home := os.Getenv(EnvHome)
	if home == "" {
		home = filepath.Join(repoRoot(), ".neo4j-test")
	}
	return Config{
		URI:      getenv(EnvURI, DefaultURI),
		Username: DefaultUsername,
		Password: getenv(EnvPassword, DefaultPassword),
		Database: DefaultDatabase,
		HTTPPort: getenv(EnvHTTPPort, DefaultHTTPPort),
		Home:     home,
	}
}

// repoRoot is the directory of go.mod above the working directory (a test
// runs in its package's directory), or "." if there is none.
func repoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return "."
		}
	}
}

// Env returns the settings as NEO4J_*=value entries for exec.Cmd.Env, for
// a geokg process that should use the test server.
func (c Config) Env() []string {
	return []string{
		"NEO4J_URI=" + c.URI,
		"NEO4J_USERNAME=" + c.Username,
		"NEO4J_PASSWORD=" + c.Password,
		"NEO4J_DATABASE=" + c.Database,
	}
}

// BrowserURL is the address of the test server's Neo4j Browser, on the
// Bolt URI's host.
func (c Config) BrowserURL() string {
	host := "127.0.0.1"
	if u, err := url.Parse(c.URI); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	return "http://" + net.JoinHostPort(host, c.HTTPPort) + "/browser/"
}

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// InCI reports whether the environment variable CI is "true".
func InCI() bool { return strings.EqualFold(os.Getenv("CI"), "true") }

// Enabled reports whether integration tests run: GEOKG_INTEGRATION=1 or
// CI=true.
func Enabled() bool { return os.Getenv(EnvSwitch) == "1" || InCI() }

// Require skips t unless integration tests are enabled (see Enabled). Tests
// that need the test server without calling Driver or Clean (e.g. for its
// jars) call it first.
func Require(t testing.TB) {
	t.Helper()
	if !Enabled() {
		t.Skipf("integration test: runs with %s=1 (scripts/test starts the tests' Neo4j and sets it)", EnvSwitch)
	}
}

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
// the driver when the test ends. Without the switch (see Require) the test
// is skipped; with it, an unreachable server or refused credentials fail it.
func Driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	driver, _ := open(t)
	return driver
}

func open(t testing.TB) (neo4j.DriverWithContext, Config) {
	t.Helper()
	Require(t)
	cfg := ConfigFromEnv()
	driver, err := Open(context.Background(), cfg)
	switch {
	case err == nil:
	case IsAuthError(err):
		t.Fatalf("%v\n(set %s to the test server's password)", err, EnvPassword)
	default:
		t.Fatalf("the tests' Neo4j does not answer: %v\n(run the tests with scripts/test, which starts it)", err)
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
	Require(t)
	// Lock before connecting: while we wait, scripts/neo4j-selftest may
	// restart the server.
	lockFile := LockFile(ConfigFromEnv().URI)
	unlock, err := lock(lockFile, lockBudget(t), func() {
		t.Logf("neo4jtest: waiting for %s (another test uses the database)", lockFile)
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
	// In transactions of a bounded size, relationships first: a test's
	// graph may be larger than one transaction can delete (the server's
	// transaction memory limit), and a popular node has many relationships.
	for _, q := range []string{
		"MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS deleted",
		"MATCH (n) WITH n LIMIT 10000 DELETE n RETURN count(*) AS deleted",
	} {
		for {
			res, err := neo4j.ExecuteQuery(ctx, driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
			if err != nil {
				return fmt.Errorf("empty the database: %w", err)
			}
			if n, _ := res.Records[0].Get("deleted"); n == int64(0) {
				break
			}
		}
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

// LockFile is the file whose flock serializes the tests that use the server
// at uri, across test binaries and with scripts/neo4j-selftest (which names
// it the same way): one file per Bolt port.
func LockFile(uri string) string {
	port := "7687"
	if u, err := url.Parse(uri); err == nil && u.Port() != "" {
		port = u.Port()
	}
	return filepath.Join(os.TempDir(), "geokg-neo4j-test-"+port+".lock")
}
