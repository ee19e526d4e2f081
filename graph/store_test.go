package graph

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestOpenFailsFastAndClearly protects the CLI's promise: a wrong password,
// a wrong URI, a server that is down or one that accepts connections and
// never answers each give one classified error within a few seconds, not
// the driver's default minute.
func TestOpenFailsFastAndClearly(t *testing.T) {
	neo4jtest.Driver(t) // skips (or fails in CI) when no server answers
	good := storeConfig(neo4jtest.ConfigFromEnv())

	// A port nothing listens on: the server is down.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	downAddr := l.Addr().String()
	l.Close()

	// A port that accepts and then says nothing: a hung server or a firewall.
	mute, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer mute.Close()
	go func() {
		for {
			c, err := mute.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()

	tests := []struct {
		name   string
		mutate func(c *Config)
		want   error
	}{
		{"wrong password", func(c *Config) { c.Password += "-wrong" }, ErrAuth},
		{"wrong password, routing scheme", func(c *Config) {
			c.URI = strings.Replace(c.URI, "bolt://", "neo4j://", 1)
			c.Password += "-wrong"
		}, ErrAuth},
		{"server down", func(c *Config) { c.URI = "bolt://" + downAddr }, ErrUnavailable},
		{"server down, routing scheme", func(c *Config) { c.URI = "neo4j://" + downAddr }, ErrUnavailable},
		{"unknown host", func(c *Config) { c.URI = "neo4j://no-such-host.invalid:7687" }, ErrUnavailable},
		{"wrong scheme", func(c *Config) { c.URI = "http://127.0.0.1:7474" }, ErrUnavailable},
		{"server mute", func(c *Config) { c.URI = "bolt://" + mute.Addr().String(); c.Timeout = 2 * time.Second }, ErrUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := good
			tt.mutate(&cfg)
			start := time.Now()
			st, err := Open(context.Background(), cfg, testSchema(t))
			elapsed := time.Since(start)
			if err == nil {
				st.Close(context.Background())
				t.Fatalf("Open succeeded, want %v", tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Open: %v\nwant an error wrapping %v", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if elapsed > 8*time.Second {
				t.Errorf("took %v, want a few seconds", elapsed)
			}
			t.Logf("%v in %v", err, elapsed.Round(time.Millisecond))
		})
	}
}

// TestOpenGood checks the happy path and the defaults.
func TestOpenGood(t *testing.T) {
	neo4jtest.Driver(t)
	st := openStore(t, storeConfig(neo4jtest.ConfigFromEnv()))
	if st.cfg.BatchSize != DefaultBatchSize || st.cfg.Timeout != DefaultTimeout {
		t.Errorf("defaults not applied: %+v", st.cfg)
	}
}
