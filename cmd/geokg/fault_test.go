package main

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg/internal/neo4jtest"
)

// These tests take the server away from a running geokg load: through a
// proxy that is killed (the server is gone), and by stopping the tests'
// own server with SIGSTOP (it hangs). They run with the integration tests,
// one at a time under neo4jtest's lock, and take about a minute each.

// startLoad runs geokg load on dir against uri in the background.
func startLoad(t *testing.T, cfg neo4jtest.Config, uri string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(geokgBinary(t), append([]string{"load", "--quiet"}, args...)...)
	cmd.Env = append(os.Environ(), cfg.Env()...)
	cmd.Env = append(cmd.Env, "NEO4J_URI="+uri)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return cmd, &stderr
}

// waitArticles waits until the graph holds at least n Article nodes.
func waitArticles(t *testing.T, driver neo4j.DriverWithContext, db string, n int64) {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		res, err := neo4j.ExecuteQuery(context.Background(), driver, `MATCH (a:Article) RETURN count(a) AS n`, nil,
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err == nil && res.Records[0].Values[0].(int64) >= n {
			return
		}
	}
	t.Fatalf("fewer than %d articles loaded after 3 minutes", n)
}

// exitOf waits for cmd and returns its exit code.
func exitOf(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	err := cmd.Wait()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	t.Fatal(err)
	return -1
}

var stoppedLine = regexp.MustCompile(`^geokg: load: lost Neo4j at \S+ \(NEO4J_URI\): .+; stopped after (\d+) of (\d+) articles \((\d+) not reached\); rerun to continue$`)

// checkStopped checks geokg's last error line: lost server, how far it got.
func checkStopped(t *testing.T, stderr string, total int) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	m := stoppedLine.FindStringSubmatch(lines[len(lines)-1])
	if m == nil {
		t.Fatalf("last stderr line %q, want the stopped-after line", lines[len(lines)-1])
	}
	done, _ := strconv.Atoi(m[1])
	if m[2] != strconv.Itoa(total) || done >= total || m[3] != strconv.Itoa(total-done) {
		t.Errorf("counts in %q, want N of %d with N < %d", lines[len(lines)-1], total, total)
	}
	if len(lines) > 1 {
		t.Errorf("%d lines on stderr, want one:\n%s", len(lines), stderr)
	}
}

// TestLoadServerKilledMidRun kills the server (a proxy in front of it)
// under a running geokg load: exit 2, one line that counts the articles
// not reached; running the same command again completes the graph, which
// is then the graph of one uninterrupted load, dump for dump.
func TestLoadServerKilledMidRun(t *testing.T) {
	driver, cfg := neo4jtest.Clean(t)
	dir := t.TempDir()
	const total = 60
	newsArticles(t, dir, 0, total)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := neo4jtest.StartProxy(t, u.Host)
	cmd, stderr := startLoad(t, cfg, "bolt://"+p.Addr(), "--batch", "3", dir)
	waitArticles(t, driver, cfg.Database, 6)
	p.Kill()
	if code := exitOf(t, cmd); code != exitUsage {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitUsage, stderr)
	}
	checkStopped(t, stderr.String(), total)

	c := newCLI(envOf(cfg), nil)
	if code := c.run(t, "load", "--quiet", dir); code != 0 {
		t.Fatalf("rerun: exit %d: %s", code, c.errb)
	}
	resumed := dump(t, driver, cfg.Database)
	if err := neo4jtest.EmptyDatabase(context.Background(), driver, cfg.Database); err != nil {
		t.Fatal(err)
	}
	c = newCLI(envOf(cfg), nil)
	if code := c.run(t, "load", "--quiet", dir); code != 0 {
		t.Fatalf("clean load: exit %d: %s", code, c.errb)
	}
	compareDumps(t, "one load", dump(t, driver, cfg.Database), "killed then rerun", resumed)
}

// serverPID returns the pid of the tests' server, started by scripts/neo4j
// in cfg.Home.
func serverPID(t *testing.T, cfg neo4jtest.Config) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(cfg.Home, "run", "neo4j.pid"))
	if err != nil {
		t.Fatalf("the hung-server test stops the tests' server, started by scripts/neo4j: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || syscall.Kill(pid, 0) != nil {
		t.Fatalf("no server process %q in %s", b, cfg.Home)
	}
	return pid
}

// TestLoadHungServer stops the tests' server (SIGSTOP) under a running
// geokg load, then while geokg connects: each time geokg gives up within
// its --timeout (plus what the machine needs to notice), exits 2 and says
// so in one line; after SIGCONT the same command completes the job.
func TestLoadHungServer(t *testing.T) {
	driver, cfg := neo4jtest.Clean(t)
	pid := serverPID(t, cfg)
	stopped := false
	resume := func() {
		if stopped {
			_ = syscall.Kill(pid, syscall.SIGCONT)
			stopped = false
		}
	}
	t.Cleanup(resume)
	stop := func() {
		if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
			t.Fatal(err)
		}
		stopped = true
	}
	dir := t.TempDir()
	const total = 60
	newsArticles(t, dir, 0, total)
	// Long enough for a busy machine's first transactions (plans compiled
	// on a cold server), short enough to wait for twice.
	const timeout = 8 * time.Second
	const slack = 10 * time.Second // a loaded 2-core machine's scheduling, process exit

	cmd, stderr := startLoad(t, cfg, cfg.URI, "--batch", "3", "--timeout", timeout.String(), dir)
	waitArticles(t, driver, cfg.Database, 6)
	stop()
	start := time.Now()
	code := exitOf(t, cmd)
	took := time.Since(start)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitUsage, stderr)
	}
	if took > timeout+slack {
		t.Errorf("gave up after %v, want within --timeout %v", took, timeout)
	}
	checkStopped(t, stderr.String(), total)
	if !strings.Contains(stderr.String(), "no answer within "+timeout.String()) {
		t.Errorf("stderr %q does not name the timeout", stderr)
	}

	// Connecting to a hung server.
	cmd, stderr = startLoad(t, cfg, cfg.URI, "--timeout", timeout.String(), dir)
	start = time.Now()
	code = exitOf(t, cmd)
	took = time.Since(start)
	if code != exitUsage || !strings.Contains(stderr.String(), "cannot reach Neo4j") {
		t.Errorf("connect: exit %d, stderr %q; want exit %d, cannot reach", code, stderr, exitUsage)
	}
	if took > timeout+slack {
		t.Errorf("connect gave up after %v, want within --timeout %v", took, timeout)
	}

	resume()
	c := newCLI(envOf(cfg), nil)
	if code := c.run(t, "load", "--quiet", dir); code != 0 {
		t.Fatalf("rerun after SIGCONT: exit %d: %s", code, c.errb)
	}
	if st := statsJSON(t, newCLI(envOf(cfg), nil)); st.Nodes["Article"] != total {
		t.Errorf("%d articles after the rerun, want %d", st.Nodes["Article"], total)
	}
}
