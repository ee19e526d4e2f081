package main

import "testing"

// TestFailedErrorMessage checks that the last line of a run with failures
// counts what failed as what it is: articles, or feeds of geokg follow.
func TestFailedErrorMessage(t *testing.T) {
	tests := []struct {
		err  failedError
		want string
	}{
		{failedError{Failed: 2, Total: 9}, "2 of 9 articles failed"},
		{failedError{FeedsFailed: 1, Feeds: 3}, "1 of 3 feeds failed"},
		{failedError{Failed: 1, Total: 4, FeedsFailed: 1, Feeds: 2}, "1 of 2 feeds and 1 of 4 articles failed"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.err, got, tt.want)
		}
		if code := exitCode(&tt.err); code != exitFailed {
			t.Errorf("%+v: exit %d, want %d", tt.err, code, exitFailed)
		}
	}
}
