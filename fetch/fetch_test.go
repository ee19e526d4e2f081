package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testClient returns a Client with short delays, for a loopback server.
func testClient() *Client {
	c := New(&http.Client{}, "geokg/test")
	c.Backoff = 10 * time.Millisecond
	c.HostDelay = 0
	c.Timeout = 2 * time.Second
	return c
}

// TestGetSendsIdentity checks the User-Agent and Accept headers.
func TestGetSendsIdentity(t *testing.T) {
	var ua, accept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua, accept = r.UserAgent(), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("hello"))
	}))
	defer srv.Close()
	resp, err := testClient().Get(context.Background(), srv.URL, "text/html", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "hello" || resp.ContentType != "text/plain" || resp.Status != 200 {
		t.Errorf("response = %+v", resp)
	}
	if ua != "geokg/test" || accept != "text/html" {
		t.Errorf("User-Agent %q, Accept %q; want geokg/test, text/html", ua, accept)
	}
}

// TestConditionalGet checks that the validators of a first answer, sent
// back, give a 304 without a body, for ETag and for Last-Modified.
func TestConditionalGet(t *testing.T) {
	const lastMod = "Mon, 02 Jan 2006 15:04:05 GMT"
	for _, tc := range []struct {
		name   string
		header string // the validator the server sends
		want   Validators
	}{
		{"etag", "ETag", Validators{ETag: `"v1"`}},
		{"last-modified", "Last-Modified", Validators{LastModified: lastMod}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var full atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == lastMod {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				full.Add(1)
				if tc.header == "ETag" {
					w.Header().Set("ETag", `"v1"`)
				} else {
					w.Header().Set("Last-Modified", lastMod)
				}
				w.Write([]byte("<rss/>"))
			}))
			defer srv.Close()
			c := testClient()
			first, err := c.Get(context.Background(), srv.URL, "", Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if first.NotModified || first.Validators != tc.want {
				t.Fatalf("first answer: NotModified %v, validators %+v; want false, %+v", first.NotModified, first.Validators, tc.want)
			}
			second, err := c.Get(context.Background(), srv.URL, "", first.Validators)
			if err != nil {
				t.Fatal(err)
			}
			if !second.NotModified || len(second.Body) != 0 || second.Validators != tc.want {
				t.Errorf("second answer: NotModified %v, %d bytes, validators %+v; want a 304 keeping %+v",
					second.NotModified, len(second.Body), second.Validators, tc.want)
			}
			if n := full.Load(); n != 1 {
				t.Errorf("server sent the body %d times, want 1", n)
			}
		})
	}
}

// TestRetries checks which failures are retried and how often.
func TestRetries(t *testing.T) {
	for _, tc := range []struct {
		name      string
		fail      int // answers with status before a 200
		status    int
		wantHits  int32
		wantError string
	}{
		{"503 then ok", 2, 503, 3, ""},
		{"500 always", 10, 500, 3, "HTTP 500 Internal Server Error"},
		{"429 then ok", 1, 429, 2, ""},
		{"404 not retried", 10, 404, 1, "HTTP 404 Not Found"},
		{"403 not retried", 10, 403, 1, "HTTP 403 Forbidden"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var hits atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if int(hits.Add(1)) <= tc.fail {
					w.WriteHeader(tc.status)
					return
				}
				w.Write([]byte("ok"))
			}))
			defer srv.Close()
			resp, err := testClient().Get(context.Background(), srv.URL, "", Validators{})
			if got := hits.Load(); got != tc.wantHits {
				t.Errorf("%d requests, want %d", got, tc.wantHits)
			}
			switch {
			case tc.wantError == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case tc.wantError == "" && string(resp.Body) != "ok":
				t.Errorf("body %q, want ok", resp.Body)
			case tc.wantError != "" && (err == nil || err.Error() != tc.wantError):
				t.Errorf("error %v, want %s", err, tc.wantError)
			}
		})
	}
}

// TestNetworkErrorRetried checks that a refused connection is retried and
// then reported with the system's words.
func TestNetworkErrorRetried(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c := testClient()
	c.Backoff = 50 * time.Millisecond
	start := time.Now()
	_, err = c.Get(context.Background(), "http://"+addr+"/feed", "", Validators{})
	if err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("error %v, want connection refused", err)
	}
	// Two retries, after 50ms and 100ms.
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("gave up after %s: want two retries with backoff (>= 150ms)", d)
	}
}

// TestSizeCap checks that a body past MaxBytes is refused, whether or not
// the server announces its length.
func TestSizeCap(t *testing.T) {
	big := strings.Repeat("x", 2048)
	for _, announce := range []bool{true, false} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !announce {
				w.(http.Flusher).Flush() // chunked: no Content-Length
			}
			w.Write([]byte(big))
		}))
		c := testClient()
		c.MaxBytes = 1024
		_, err := c.Get(context.Background(), srv.URL, "", Validators{})
		var tl *TooLargeError
		if !errors.As(err, &tl) || err.Error() != "larger than the 1 KiB limit" {
			t.Errorf("Content-Length %v: error %v, want larger than the 1 KiB limit", announce, err)
		}
		c.MaxBytes = 2048
		if resp, err := c.Get(context.Background(), srv.URL, "", Validators{}); err != nil || len(resp.Body) != 2048 {
			t.Errorf("Content-Length %v: a body of exactly MaxBytes: %v", announce, err)
		}
		srv.Close()
	}
}

// TestTimeout checks that a slow server gives a TimeoutError, once: a
// timeout is not retried.
func TestTimeout(t *testing.T) {
	var hits atomic.Int32
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := testClient()
	c.Timeout = 200 * time.Millisecond
	start := time.Now()
	_, err := c.Get(context.Background(), srv.URL, "", Validators{})
	var te *TimeoutError
	if !errors.As(err, &te) || err.Error() != "timed out after 200ms" {
		t.Fatalf("error %v, want timed out after 200ms", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %s for a 200ms timeout", d)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("%d requests, want 1 (no retry after a timeout)", n)
	}
}

// TestCancel checks that the caller's context ends a Get at once with
// its own error.
func TestCancel(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := testClient().Get(ctx, srv.URL, "", Validators{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

// TestOneRequestPerHost checks that concurrent Gets to one host are made
// one at a time, HostDelay apart, while another host is not held up.
func TestOneRequestPerHost(t *testing.T) {
	var (
		mu        sync.Mutex
		inFlight  int
		maxFlight int
		starts    []time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		maxFlight = max(maxFlight, inFlight)
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
	}))
	defer srv.Close()
	c := testClient()
	c.HostDelay = 50 * time.Millisecond
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Get(context.Background(), srv.URL, "", Validators{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if maxFlight != 1 {
		t.Errorf("%d requests at once to one host, want 1", maxFlight)
	}
	for i := 1; i < len(starts); i++ {
		// Each request takes 20ms, then the host rests 50ms.
		if gap := starts[i].Sub(starts[i-1]); gap < 65*time.Millisecond {
			t.Errorf("request %d began %s after the one before, want >= 70ms", i, gap)
		}
	}

	// Another host (another port of loopback) is not held up by
	// a slow one.
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(500 * time.Millisecond)
	}))
	defer slow.Close()
	go c.Get(context.Background(), slow.URL, "", Validators{})
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	if _, err := c.Get(context.Background(), srv.URL, "", Validators{}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 300*time.Millisecond {
		t.Errorf("a request to a free host waited %s for a slow other host", d)
	}
}

// TestNotHTTP checks that other schemes are refused.
func TestNotHTTP(t *testing.T) {
	_, err := testClient().Get(context.Background(), "file:///etc/passwd", "", Validators{})
	if err == nil || !strings.Contains(err.Error(), "not an http(s) URL") {
		t.Errorf("error %v, want not an http(s) URL", err)
	}
}
