package main

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSIGINTStopsCleanly sends a real SIGINT to a geokg process while it
// fetches its second article, and checks that it stops there, keeps the
// first article's output, says how far it got and exits 130.
func TestSIGINTStopsCleanly(t *testing.T) {
	bin := geokgBinary(t)
	dir := t.TempDir()
	first := writeFile(t, dir, "1.txt", "First.\n")
	last := writeFile(t, dir, "3.txt", "Last.\n")
	fetching := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetching <- struct{}{}
		select {
		case <-r.Context().Done():
		case <-time.After(20 * time.Second):
		}
	}))
	defer srv.Close()

	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "extract", first, srv.URL+"/slow", last)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-fetching:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("geokg never fetched the URL")
	}
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("wait: %v, want exit %d; stderr %q", err, exitInterrupted, stderr.String())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to stop", d)
	}
	if got := strings.TrimSpace(stderr.String()); got != "geokg: extract: interrupted: extracted 1 of 3 articles" {
		t.Errorf("stderr %q", got)
	}
	if gs := decodeGraphs(t, stdout.Bytes()); len(gs) != 1 || gs[0].Article.Path != first {
		t.Errorf("stdout %q", stdout.String())
	}
}
