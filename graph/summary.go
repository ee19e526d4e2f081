package graph

import "time"

// Summary is what Load or Forget did.
//
// NodesCreated and NodesMatched count entity nodes (an entity of two
// articles loaded together counts once); Article nodes are counted by
// Articles. RelsCreated and RelsMatched count ontology relationships, one
// per (source, type, target); MENTIONS are counted apart, by
// MentionsCreated. So on an empty graph, Articles + NodesCreated and
// RelsCreated + MentionsCreated are the totals of Stats.
type Summary struct {
	Articles     int `json:"articles"`      // articles written (Load) or removed (Forget)
	Skipped      int `json:"skipped"`       // articles already in the graph, or repeated in the input
	NodesCreated int `json:"nodes_created"` // entity nodes created
	NodesMatched int `json:"nodes_matched"` // entity nodes that already existed
	NodesDeleted int `json:"nodes_deleted,omitempty"`
	RelsCreated  int `json:"rels_created"` // relationships created
	RelsMatched  int `json:"rels_matched"` // relationships that existed and gained evidence (Forget: lost some)
	RelsDeleted  int `json:"rels_deleted,omitempty"`
	// MentionsCreated counts the MENTIONS relationships written (Load).
	MentionsCreated int             `json:"mentions_created"`
	Failed          []FailedArticle `json:"failed,omitempty"` // articles NOT written
	Elapsed         time.Duration   `json:"elapsed_ns"`
}

// FailedArticle is an article Load did not write, and why. Nothing of it
// is in the graph: loading it again later is safe.
type FailedArticle struct {
	ID    string `json:"id"`
	Path  string `json:"path,omitempty"`
	Error string `json:"error"`
	Err   error  `json:"-"` // the error itself, for errors.Is
}

func (s *Summary) add(o Summary) {
	s.Articles += o.Articles
	s.Skipped += o.Skipped
	s.NodesCreated += o.NodesCreated
	s.NodesMatched += o.NodesMatched
	s.NodesDeleted += o.NodesDeleted
	s.RelsCreated += o.RelsCreated
	s.RelsMatched += o.RelsMatched
	s.RelsDeleted += o.RelsDeleted
	s.MentionsCreated += o.MentionsCreated
}

func (s *Summary) fail(id, path string, err error) {
	s.Failed = append(s.Failed, FailedArticle{ID: id, Path: path, Error: err.Error(), Err: err})
}
