package extract

// Graph is what extraction yields for one article: the article's metadata,
// one entity per real thing and the typed relations between them. Its JSON
// is the contract of `geokg extract --format json` (../shared/eval/GUIDE.md).
type Graph struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Article is the metadata of one article.
type Article struct {
	ID        string `json:"id"`                  // content hash: the first 16 hex digits of the text's SHA-256
	Title     string `json:"title,omitempty"`     // the title line, if the article has one
	Published string `json:"published,omitempty"` // the dateline as YYYY-MM-DD, if one was found
	Source    string `json:"source,omitempty"`    // the agency or outlet named in the dateline: "Reuters"
	Path      string `json:"path,omitempty"`      // the file or URL it was read from
	Bytes     int    `json:"bytes"`               // length of the text in bytes
}

// Entity is one real thing named in the article.
//
// ID is stable across articles: the same country, lexicon entry or name
// gets the same id everywhere ("country:RUS", "person:vladimir-putin").
// Generic weapon systems ("radar") carry Generic so that a loader can keep
// the radar of one article apart from the radar of another.
type Entity struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"` // other surface forms seen in the article, sorted
	Generic  bool     `json:"generic,omitempty"`
	Mentions int      `json:"mentions"`          // how many times the article mentions it
	Span     Span     `json:"span"`              // the first mention
	Country  string   `json:"country,omitempty"` // alpha-3 of the state it belongs to, when the lexicon says
}

// Relation is a typed, directed relationship with the sentence that
// supports it. For symmetric types Source sorts before Target.
type Relation struct {
	Type       string            `json:"type"`
	Source     string            `json:"source"`
	Target     string            `json:"target"`
	Properties map[string]string `json:"properties"`
	Evidence   string            `json:"evidence"`          // the sentence, verbatim
	Span       Span              `json:"span"`              // byte offsets of Evidence in the article text
	SaidBy     string            `json:"said_by,omitempty"` // entity id of who is reported to have said it
	// Mechanism names the functions of package extract that made the
	// relation, innermost first ("cueTargetRelations<cueRelations<relate"),
	// only when the Extractor's Explain is on (geokg extract --explain): a
	// development aid, empty and absent from the JSON otherwise.
	Mechanism string `json:"mechanism,omitempty"`
}

// Span is a half-open byte range [start, end) of the article text.
type Span [2]int

// Start is the first byte of the span.
func (s Span) Start() int { return s[0] }

// End is one past the last byte of the span.
func (s Span) End() int { return s[1] }

// In returns the text the span covers in src.
func (s Span) In(src string) string { return src[s[0]:s[1]] }
