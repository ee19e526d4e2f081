package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"syscall"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// The guide's paths on the --serve server.
const (
	guidePath = "/geokg.html"
	grassPath = "/geokg.grass"
)

// serveGuide serves geokg's Browser guide and GraSS on loopback port
// opts.Port until ctx ends, after printing the link that opens the Browser
// at base with the guide.
func serveGuide(ctx context.Context, f *factory, s *schema.Schema, opts *browserOptions, base, user string) error {
	if opts.Port < 0 || opts.Port > 65535 {
		return &configError{Msg: "invalid guide port", Setting: "--port", Err: fmt.Errorf("%d is not a port number", opts.Port)}
	}
	lns, err := listenLocalhost(opts.Port)
	if err != nil {
		return &configError{Msg: "cannot serve the guide", Setting: "--port", Err: err}
	}
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	// localhost, not 127.0.0.1: the Browser fetches guides and styles only
	// from the hosts of browser.remote_content_hostname_allowlist, which
	// holds localhost by default.
	port := strconv.Itoa(lns[0].Addr().(*net.TCPAddr).Port)
	root := "http://localhost:" + port
	guide, err := graph.BrowserGuide(s, root+grassPath)
	if err != nil {
		return err
	}
	st, err := graph.BrowserStyle(s)
	if err != nil {
		return err
	}
	link, err := graph.GuideURL(base, root+guidePath)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           guideHandler(guide, st.GraSS()),
		ReadHeaderTimeout: 10 * time.Second,
	}
	done := make(chan error, len(lns))
	for _, ln := range lns {
		go func() { done <- srv.Serve(ln) }()
	}

	w := f.IO.Out
	fmt.Fprintf(w, "Neo4j Browser with geokg's guide: %s\n", link)
	fmt.Fprintf(w, "  The guide opens in the sidebar: click ▶ on :server connect and log in as %s.\n", user)
	fmt.Fprintln(w, "  In a Browser already open, run")
	fmt.Fprintf(w, "  :guide %s\n", root+guidePath)
	fmt.Fprintf(w, "Style for Neo4j Desktop or Aura:  :style %s\n", root+grassPath)
	fmt.Fprintf(w, "Serving the guide on localhost:%s until Ctrl+C.\n", port)
	if opts.Ready != nil {
		opts.Ready(root + guidePath)
	}
	openIfDesktop(ctx, f, opts, link)

	select {
	case err := <-done:
		return fmt.Errorf("serving the guide: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("stopping the guide server: %w", err)
	}
	return nil
}

// listenLocalhost listens on port (0: a free one) of 127.0.0.1 and of
// ::1, the two addresses a browser may resolve localhost to (Chromium
// tries ::1 first), and on nothing else. Without IPv6 it listens on
// 127.0.0.1 only.
func listenLocalhost(port int) ([]net.Listener, error) {
	v4, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, err
	}
	port = v4.Addr().(*net.TCPAddr).Port
	v6, err := net.Listen("tcp", net.JoinHostPort("::1", strconv.Itoa(port)))
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			v4.Close()
			return nil, fmt.Errorf("[::1]:%d, where browsers may look for localhost:%d: %w", port, port, err)
		}
		return []net.Listener{v4}, nil // no IPv6 loopback
	}
	return []net.Listener{v4, v6}, nil
}

// guideHandler serves the guide and the GraSS to the Browser, which
// fetches them from its own origin (http://127.0.0.1:7474, or
// https://... for Aura): the responses allow any origin to read them (they
// are public and need no credentials), and the preflight of the request's
// extra headers passes, private network access included.
func guideHandler(guide, grass string) http.Handler {
	files := map[string]struct{ body, contentType string }{
		guidePath: {guide, "text/html; charset=utf-8"},
		grassPath: {grass, "text/plain; charset=utf-8"},
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cache-Control", "no-cache")
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			// Whatever it asks for: Pragma and Cache-Control, and the
			// sentry-trace and baggage headers the Browser's error
			// reporting adds to requests for localhost.
			h.Set("Access-Control-Allow-Headers", r.Header.Get("Access-Control-Request-Headers"))
			h.Set("Access-Control-Max-Age", "600")
			if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
				h.Set("Access-Control-Allow-Private-Network", "true")
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		f, ok := files[r.URL.Path]
		if !ok {
			http.Error(w, "not found; the guide is at "+guidePath, http.StatusNotFound)
			return
		}
		h.Set("Content-Type", f.contentType)
		h.Set("X-Content-Type-Options", "nosniff")
		_, _ = w.Write([]byte(f.body))
	})
}
