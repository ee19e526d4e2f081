package neo4jtest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestReturnOne(t *testing.T) {
	driver := Driver(t)
	cfg := ConfigFromEnv()
	res, err := neo4j.ExecuteQuery(context.Background(), driver, "RETURN 1 AS one", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatalf("RETURN 1: %v", err)
	}
	if len(res.Records) != 1 {
		t.Fatalf("RETURN 1 gave %d records, want 1", len(res.Records))
	}
	if one, _ := res.Records[0].Get("one"); one != int64(1) {
		t.Fatalf("RETURN 1 gave %v (%T), want 1", one, one)
	}
}

func TestWrongPasswordIsRefused(t *testing.T) {
	Driver(t) // skips when no server answers
	cfg := ConfigFromEnv()
	cfg.Password += "-wrong"
	driver, err := Open(context.Background(), cfg)
	if err == nil {
		driver.Close(context.Background())
		t.Fatalf("connected with a wrong password: authentication is off")
	}
	if !IsAuthError(err) {
		t.Fatalf("wrong password: got %v, want a Neo.ClientError.Security error", err)
	}
}

func TestBrowserIsServed(t *testing.T) {
	Driver(t)
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(ConfigFromEnv().BrowserURL())
	if err != nil {
		t.Fatalf("GET /browser/: %v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read /browser/: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /browser/: %s", resp.Status)
	}
	if !strings.Contains(string(body), "<title>Neo4j Browser</title>") {
		t.Fatalf("GET /browser/ is not the Neo4j Browser; body starts %q", firstBytes(body, 200))
	}
}

func firstBytes(b []byte, n int) string {
	if len(b) > n {
		b = b[:n]
	}
	return string(b)
}

func TestEmptyDatabase(t *testing.T) {
	driver, cfg := Clean(t)
	ctx := context.Background()
	for _, q := range []string{
		"CREATE (:Country {name: 'A'})-[:BORDERS]->(:Country {name: 'B'})",
		"CREATE CONSTRAINT country_name IF NOT EXISTS FOR (c:Country) REQUIRE c.name IS UNIQUE",
		"CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
	} {
		if err := run(ctx, driver, cfg.Database, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := EmptyDatabase(ctx, driver, cfg.Database); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int64{
		"MATCH (n) RETURN count(n) AS n":                                      0,
		"SHOW CONSTRAINTS YIELD name RETURN count(*) AS n":                    0,
		"SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(*) AS n": 0,
		"SHOW INDEXES YIELD type WHERE type = 'LOOKUP' RETURN count(*) AS n":  2,
	} {
		res, err := neo4j.ExecuteQuery(ctx, driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if got, _ := res.Records[0].Get("n"); got != want {
			t.Errorf("%s = %v, want %d", q, got, want)
		}
	}
}

// TestListensOnLoopbackOnly checks every listening TCP socket of the tests'
// server, started by scripts/neo4j in its home directory.
func TestListensOnLoopbackOnly(t *testing.T) {
	Driver(t)
	pid, err := scriptPID(ConfigFromEnv().Home)
	if err != nil {
		t.Fatalf("the tests' Neo4j was not started by scripts/neo4j: %v", err)
	}
	inodes, err := socketInodes(pid)
	if err != nil {
		t.Fatalf("sockets of pid %d: %v", pid, err)
	}
	var listening []string
	for _, table := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		socks, err := listeners(table)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		for _, s := range socks {
			if !inodes[s.inode] {
				continue
			}
			listening = append(listening, s.addr.String())
			if !s.addr.Addr().IsLoopback() {
				t.Errorf("Neo4j (pid %d) listens on %s, a non-loopback address", pid, s.addr)
			}
		}
	}
	if len(listening) == 0 {
		t.Fatalf("found no listening socket of pid %d", pid)
	}
	t.Logf("pid %d listens on %v", pid, listening)
}

// scriptPID returns the pid in home/run/neo4j.pid if that process runs the
// server of home.
func scriptPID(home string) (int, error) {
	home, err := filepath.Abs(home)
	if err != nil {
		return 0, err
	}
	raw, err := os.ReadFile(filepath.Join(home, "run", "neo4j.pid"))
	if err != nil {
		return 0, err
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		return 0, fmt.Errorf("pid file: %w", err)
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return 0, fmt.Errorf("pid %d: %w", pid, err)
	}
	if !strings.Contains(string(cmdline), "--home-dir="+home+"\x00") {
		return 0, fmt.Errorf("pid %d is not the server in %s", pid, home)
	}
	return pid, nil
}

// socketInodes returns the inodes of the sockets open in process pid.
func socketInodes(pid int) (map[string]bool, error) {
	dir := fmt.Sprintf("/proc/%d/fd", pid)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	inodes := map[string]bool{}
	for _, e := range entries {
		target, err := os.Readlink(filepath.Join(dir, e.Name()))
		if err != nil {
			continue // fd closed meanwhile
		}
		if ino, ok := strings.CutPrefix(target, "socket:["); ok {
			inodes[strings.TrimSuffix(ino, "]")] = true
		}
	}
	return inodes, nil
}

type listener struct {
	addr  netip.AddrPort
	inode string
}

// listeners parses the LISTEN entries (state 0A) of /proc/net/tcp or tcp6.
func listeners(path string) ([]listener, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil // no IPv6
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []listener
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 10 || fields[3] != "0A" {
			continue
		}
		addr, err := parseProcAddr(fields[1])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", fields[1], err)
		}
		out = append(out, listener{addr: addr, inode: fields[9]})
	}
	return out, sc.Err()
}
