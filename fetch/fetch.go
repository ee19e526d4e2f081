// Package fetch gets web pages and feeds the way a polite, robust crawler
// does: one request at a time per host with a pause between two, a
// User-Agent that names the program, conditional requests (ETag and
// Last-Modified) so that an unchanged feed costs a 304 and no body, a
// timeout and a size cap on every request, and retries with exponential
// backoff when a server fails (5xx, 429) or the network does.
//
// A Client is safe for concurrent use; the per-host limits hold across
// all the goroutines that share it, so a program makes one per run.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults of a Client made by New.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultMaxBytes  = 16 << 20
	DefaultRetries   = 2
	DefaultBackoff   = time.Second
	DefaultHostDelay = 500 * time.Millisecond
	// maxRetryAfter bounds how long a server's Retry-After may hold a run.
	maxRetryAfter = time.Minute
)

// Client gets URLs. Make one with New; the fields may be changed before
// the first Get (tests shorten the delays).
type Client struct {
	HTTP      *http.Client  // does the requests; redirects are followed
	UserAgent string        // sent with every request
	Accept    string        // default Accept header
	Timeout   time.Duration // per attempt, reading the body included
	MaxBytes  int64         // largest body read; a larger one is an error
	Retries   int           // further attempts after a 5xx, 429 or network error
	Backoff   time.Duration // wait before the first retry, doubled for each next one
	HostDelay time.Duration // pause between the end of one request to a host and the next

	mu    sync.Mutex
	hosts map[string]*host
}

// host serializes the requests to one host.
type host struct {
	slot chan struct{} // holds one token while a request is under way
	next time.Time     // no request before this time
}

// New returns a Client over hc (http.DefaultClient when nil) that names
// itself userAgent, with the default limits.
func New(hc *http.Client, userAgent string) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{
		HTTP:      hc,
		UserAgent: userAgent,
		Accept:    "*/*",
		Timeout:   DefaultTimeout,
		MaxBytes:  DefaultMaxBytes,
		Retries:   DefaultRetries,
		Backoff:   DefaultBackoff,
		HostDelay: DefaultHostDelay,
	}
}

// Validators are what a server said about a resource's version; sent back
// with the next request for it, they let the server answer 304 Not
// Modified instead of the body.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a successful answer.
type Response struct {
	URL         string // after redirects
	Status      int    // 200..299, or 304 when NotModified
	NotModified bool   // the resource has not changed since Validators; Body is empty
	Body        []byte
	ContentType string
	Validators  Validators // to send with the next request for the same URL
}

// StatusError is an answer other than 2xx or 304.
type StatusError struct {
	Code   int
	Status string // "404 Not Found"
}

// Error returns "HTTP 404 Not Found".
func (e *StatusError) Error() string { return "HTTP " + e.Status }

// TooLargeError is a body past Client.MaxBytes.
type TooLargeError struct{ Max int64 }

// Error says the limit.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("larger than the %s limit", size(e.Max))
}

// TimeoutError is an attempt that took longer than Client.Timeout.
type TimeoutError struct{ After time.Duration }

// Error says the limit.
func (e *TimeoutError) Error() string { return fmt.Sprintf("timed out after %s", e.After) }

// Get fetches rawURL, with v as the validators of a copy the caller
// already has (the zero Validators for none), and accept as the Accept
// header (the Client's when empty). It retries what may succeed later and
// returns the last error otherwise: a *StatusError, *TooLargeError,
// *TimeoutError, the context's error when ctx ends, or a network error.
func (c *Client) Get(ctx context.Context, rawURL, accept string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("not an http(s) URL: %s", rawURL)
	}
	h := c.host(u.Host)
	wait := c.Backoff
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := c.attempt(ctx, h, rawURL, accept, v)
		if err == nil || attempt >= c.Retries || !retryable(ctx, err) {
			return resp, err
		}
		if err := sleep(ctx, max(wait, retryAfter)); err != nil {
			return nil, err
		}
		wait *= 2
	}
}

// host returns the limiter of one host, making it on first use.
func (c *Client) host(name string) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hosts == nil {
		c.hosts = map[string]*host{}
	}
	h := c.hosts[name]
	if h == nil {
		h = &host{slot: make(chan struct{}, 1)}
		c.hosts[name] = h
	}
	return h
}

// attempt makes one request while holding the host's slot, and returns
// the response, how long the server asked to wait before a retry, and the
// error.
func (c *Client) attempt(ctx context.Context, h *host, rawURL, accept string, v Validators) (*Response, time.Duration, error) {
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return nil, 0, ctx.Err()
	}
	defer func() {
		h.next = time.Now().Add(c.HostDelay)
		<-h.slot
	}()
	if err := sleep(ctx, time.Until(h.next)); err != nil {
		return nil, 0, err
	}

	actx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, 0, err
	}
	if accept == "" {
		accept = c.Accept
	}
	req.Header.Set("User-Agent", c.UserAgent)
	req.Header.Set("Accept", accept)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, 0, c.failure(ctx, actx, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:         resp.Request.URL.String(),
		Status:      resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.Validators == (Validators{}) {
			out.Validators = v
		}
		return out, 0, nil
	case resp.StatusCode/100 != 2:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		return nil, retryAfter(resp.Header.Get("Retry-After")), &StatusError{Code: resp.StatusCode, Status: resp.Status}
	case resp.ContentLength > c.MaxBytes:
		return nil, 0, &TooLargeError{Max: c.MaxBytes}
	}
	out.Body, err = io.ReadAll(io.LimitReader(resp.Body, c.MaxBytes+1))
	if err != nil {
		return nil, 0, c.failure(ctx, actx, err)
	}
	if int64(len(out.Body)) > c.MaxBytes {
		return nil, 0, &TooLargeError{Max: c.MaxBytes}
	}
	return out, 0, nil
}

// failure turns an error of the transport into the caller's context
// error, a TimeoutError, or the bare network error ("connection refused").
func (c *Client) failure(ctx, actx context.Context, err error) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case actx.Err() != nil:
		return &TimeoutError{After: c.Timeout}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// retryable reports whether a failed attempt may succeed later: a server
// error, a 429, or a network error other than a timeout (a slow server is
// not made faster by asking again).
func retryable(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var (
		se *StatusError
		te *TooLargeError
		to *TimeoutError
	)
	switch {
	case errors.As(err, &se):
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests
	case errors.As(err, &te), errors.As(err, &to):
		return false
	}
	return true
}

// retryAfter reads a Retry-After header given in seconds, capped.
func retryAfter(s string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 {
		return 0
	}
	return min(time.Duration(n)*time.Second, maxRetryAfter)
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// size formats a byte count: "16 MiB", "512 KiB", "100 bytes".
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
