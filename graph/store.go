package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/geokg/geokg/schema"
)

// Defaults of Config.
const (
	DefaultURI       = "neo4j://localhost:7687"
	DefaultUsername  = "neo4j"
	DefaultDatabase  = "neo4j"
	DefaultBatchSize = 5000
	DefaultTimeout   = 5 * time.Second
	DefaultTxTimeout = 60 * time.Second
)

// retryTime bounds how long ExecuteWrite keeps retrying a transaction that
// failed with a transient error (deadlock, lost leader, dropped connection).
const retryTime = 15 * time.Second

// Config says where Neo4j is and how to write to it. Zero fields take the
// defaults above; the zero Password stays empty.
type Config struct {
	URI      string // Bolt URI, neo4j:// or bolt:// (+s, +ssc for TLS)
	Username string
	Password string
	Database string
	// BatchSize is the number of relations above which Load starts a new
	// transaction; an article's entities come with it, and an article is
	// never split. Bigger batches mean fewer commits: faster, but a
	// failure costs more work to redo.
	BatchSize int
	// Timeout bounds connecting and acquiring a connection, so that a dead
	// server or a wrong URI fails within seconds.
	Timeout time.Duration
	// TxTimeout bounds each transaction, the driver's retries included;
	// the server is asked to abort it past that time too. A server that
	// hangs (stopped, swapping) costs at most this long: the transaction
	// fails with ErrUnavailable.
	TxTimeout time.Duration

	retryTime time.Duration // how long ExecuteWrite retries; tests shorten it
}

func (c Config) withDefaults() Config {
	if c.URI == "" {
		c.URI = DefaultURI
	}
	if c.Username == "" {
		c.Username = DefaultUsername
	}
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.TxTimeout <= 0 {
		c.TxTimeout = DefaultTxTimeout
	}
	if c.retryTime <= 0 {
		c.retryTime = retryTime
	}
	return c
}

// txMeta tags every transaction so that the server's query log and
// SHOW TRANSACTIONS tell geokg's work apart.
func txMeta(c *neo4j.TransactionConfig) {
	c.Metadata = map[string]any{"app": "geokg"}
}

// Store is a connection to one Neo4j database that writes the graph model
// of this package. It is safe for concurrent use; Close it when done.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	model  *model

	mu            sync.Mutex
	schemaApplied bool
}

// Open connects to Neo4j and checks, within cfg.Timeout, that the server
// answers and accepts the credentials. The error wraps ErrUnavailable or
// ErrAuth when that is what went wrong.
func Open(ctx context.Context, cfg Config, s *schema.Schema) (*Store, error) {
	cfg = cfg.withDefaults()
	if s == nil {
		return nil, errors.New("graph: open: nil schema")
	}
	m, err := newModel(s)
	if err != nil {
		return nil, fmt.Errorf("graph: open: %w", err)
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI,
		neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = cfg.Timeout
			c.ConnectionAcquisitionTimeout = cfg.Timeout
			c.MaxTransactionRetryTime = cfg.retryTime
			c.UserAgent = "geokg"
		})
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w: %w", cfg.URI, ErrUnavailable, err)
	}
	vctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		_ = driver.Close(ctx)
		if ctx.Err() != nil {
			return nil, fmt.Errorf("graph: open %s: %w", cfg.URI, ctx.Err())
		}
		return nil, fmt.Errorf("graph: open %s: %w", cfg.URI, classify(ctx, err))
	}
	return &Store{driver: driver, cfg: cfg, model: m}, nil
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("graph: close: %w", err)
	}
	return nil
}

// session opens a session on the configured database. Results are fetched
// whole: the loader reads every record of its queries anyway, and one
// PULL saves a round trip per thousand records.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName: s.cfg.Database, AccessMode: mode, FetchSize: neo4j.FetchAll,
	})
}

// execute runs work in one managed transaction of sess, retried by the
// driver on transient errors, within Config.TxTimeout: past it the
// transaction is abandoned (and the server told to abort it) and the error
// wraps ErrUnavailable. work gets the bounded context; errors are
// classified.
func (s *Store) execute(ctx context.Context, sess neo4j.SessionWithContext, mode neo4j.AccessMode,
	work func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	tctx, cancel := context.WithTimeout(ctx, s.cfg.TxTimeout)
	defer cancel()
	tw := func(tx neo4j.ManagedTransaction) (any, error) { return work(tctx, tx) }
	conf := func(c *neo4j.TransactionConfig) {
		txMeta(c)
		c.Timeout = s.cfg.TxTimeout
	}
	var out any
	var err error
	if mode == neo4j.AccessModeRead {
		out, err = sess.ExecuteRead(tctx, tw, conf)
	} else {
		out, err = sess.ExecuteWrite(tctx, tw, conf)
	}
	switch {
	case err == nil:
		return out, nil
	case ctx.Err() == nil && (tctx.Err() != nil || isTxTimeout(err)):
		return nil, fmt.Errorf("%w: no answer within %s (the transaction timeout)", ErrUnavailable, s.cfg.TxTimeout)
	}
	return nil, classify(ctx, err)
}

// run executes one statement in its own managed transaction and returns
// its records.
func (s *Store) run(ctx context.Context, cypher string, params map[string]any, mode neo4j.AccessMode) ([]*neo4j.Record, error) {
	sess := s.session(ctx, mode)
	defer sess.Close(ctx)
	out, err := s.execute(ctx, sess, mode, func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	})
	if err != nil {
		return nil, err
	}
	return out.([]*neo4j.Record), nil
}
