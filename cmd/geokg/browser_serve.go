package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/schema"
)

// The guide's paths on the --serve server.
const (
	guidePath = "/geokg.html"
	grassPath = "/geokg.grass"
)

// serveGuide serves geokg's Browser guide and GraSS on opts.Listen (a
// loopback address) until ctx ends, after printing the link that opens
// the Browser at base with the guide.
func serveGuide(ctx context.Context, f *factory, s *schema.Schema, opts *browserOptions, base, user string) error {
	if err := checkLoopback(opts.Listen); err != nil {
		return &configError{Msg: "invalid guide address", Setting: "--listen", Err: err}
	}
	ln, err := net.Listen("tcp", opts.Listen)
	if err != nil {
		return &configError{Msg: "cannot serve the guide on " + opts.Listen, Setting: "--listen", Err: err}
	}
	defer ln.Close()
	// localhost, not 127.0.0.1: the Browser fetches guides and styles only
	// from the hosts of browser.remote_content_hostname_allowlist, which
	// holds localhost by default.
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
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
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()

	w := f.IO.Out
	fmt.Fprintf(w, "Neo4j Browser with geokg's guide: %s\n", link)
	fmt.Fprintf(w, "  Connect as %s. The guide opens in the sidebar; in a Browser already open, run\n", user)
	fmt.Fprintf(w, "  :guide %s\n", root+guidePath)
	fmt.Fprintf(w, "Style for Neo4j Desktop or Aura:  :style %s\n", root+grassPath)
	fmt.Fprintf(w, "Serving the guide on %s until Ctrl+C.\n", ln.Addr())
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

// checkLoopback accepts host:port only for a loopback host: the guide
// server is for the user's own browser.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%q is not a loopback address (use 127.0.0.1:PORT)", addr)
	}
	return nil
}

// guideHandler serves the guide and the GraSS to the Browser, which
// fetches them from its own origin (http://127.0.0.1:7474, or
// https://... for Aura): the responses allow any origin to read them, and
// the preflight of its no-cache headers passes, private network access
// included.
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
			h.Set("Access-Control-Allow-Headers", "Pragma, Cache-Control, Content-Type")
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
