// Package graph is geokg's graph model, its Neo4j loader and its writers:
// it turns the extractor's output (extract.Graph, one per article) into one
// growing knowledge graph, can take an article back out, and renders the
// same graph as a Cypher script, neo4j-admin CSV or GraphML (Export,
// CSVWriter).
//
// # The model
//
// Entities are nodes labelled with the ontology's labels (Country, Person,
// Organization, Location, Facility, WeaponSystem, Program, Agreement, or
// any label a user schema adds). Each is MERGEd on key, the extractor's
// entity id, with a uniqueness constraint on key per label:
//
//	(:Country {key: "country:RUS", name: "Russia", aliases: ["Kremlin", "Moscow", "Russian"]})
//
// aliases is the union over all articles of the other names seen, sorted;
// absent when there is none. The schema also gets a range index on name
// per label and one full-text index, entityNames, over name and aliases of
// every entity label (eventually consistent, so that Lucene stays off the
// commit path: a search may lag a load by a moment). All of it is created
// (IF NOT EXISTS) before the first write; see ApplySchema.
//
// Generic entities ("radar", "interceptor missiles": Entity.Generic) must
// not collapse across unrelated articles, so their key is scoped:
//
//	weaponsystem:radar@country:USA   the owner: source of DEPLOYS, BUILDS or
//	                                 DEVELOPS in the same article
//	weaponsystem:radar@country:CZE   else the place: target of LOCATED_IN
//	weaponsystem:radar@326f6ed9e07f00b8   else the article itself
//
// They carry generic: true and scope. Named systems (S-400) keep their
// plain key. Two stories about the American radar thus share a node; a
// radar nobody owns stays with its article. The price: an owned radar and
// the same radar mentioned only by place are two nodes.
//
// Each article is a node, linked to every entity it mentions:
//
//	(:Article {id, title, published, source, path, bytes, loaded_at})-[:MENTIONS {count}]->(entity)
//
// id is the extractor's content hash, so the same text is the same article.
//
// # Relationships and their provenance
//
// A fact is ONE relationship per (source, type, target), of the ontology's
// types (HOLDS_OFFICE, SUPPLIES, DEPLOYS, …). Symmetric types (MET_WITH,
// COOPERATES_WITH, …) are stored once, from the smaller key to the larger;
// query them without direction. Its provenance lives in two places, so
// that one more report of a popular fact costs what the first one did:
//
// The relationship keeps a summary of bounded size, what the Browser shows:
//
//	reports         number of articles that state the fact
//	first_seen      earliest and latest publication dates of those articles
//	last_seen
//	evidence        the latest three sentences, newest first
//	evidence_from   where each comes from: "date article-id offset"
//	property_from   where each property's value comes from: "status date article-id"
//
// and the type's properties (title for HOLDS_OFFICE; location, quantity,
// cost, status for DEPLOYS; item for SUPPLIES) holding the value of the
// latest report that states them: latest publication date, ties broken by
// article id. Properties the schema does not list for the type are dropped.
//
// Every report, one per (fact, article), is an Evidence node linked to its
// article, with the article's sentences for the fact:
//
//	(:Article)-[:REPORTS]->(:Evidence {fact, article, date,
//	    evidence, spans, said_by, evidence_props, states})
//
// fact is "TYPE|source-key|target-key", article the article's id: the
// pair is unique, since an Evidence node is created only with its new
// Article, and the node repeats nothing else of its fact (the fact key
// names the type, source and target; see the README on bytes per report).
// evidence, spans ("start-end" byte offsets), said_by (key of who
// is reported to say it, or "") and evidence_props (the sentence's own
// properties as JSON) are parallel lists, one entry per sentence; states
// lists the properties the report states. An index on (fact, date) finds
// a fact's reports in date order.
//
// The summary depends on the set of reports only, not on the order they
// came in, and it is updated under the relationship's write lock (taken
// before it is read); aliases likewise are united under the node's lock
// and kept sorted. So any load order and any number of concurrent loaders
// give the same graph.
//
// A generic entity becomes a node only when a fact of its article joins
// it: "an agreement" that nothing is said about is left out.
//
// A graph loaded by the previous geokg (Evidence nodes with key, type,
// source and target, under a uniqueness constraint on key) is upgraded in
// place by the first Load or ApplySchema: those properties and the
// constraint go. A graph loaded by an older one (evidence in lists on the
// relationship) is refused with ErrOldGraph: load its articles again into
// an empty database.
//
// # Guarantees
//
//   - Loading is idempotent: an article whose id is in the graph is skipped,
//     so loading the same documents again creates nothing.
//   - A second article stating the same fact adds its report (an Evidence
//     node) and updates the relationship's summary (RelsMatched), never a
//     second relationship.
//   - One article is never half-written: its writes commit in one managed
//     transaction (several articles share it, up to Config.BatchSize
//     relations; then they commit together, and after a failure they are
//     retried one by one).
//   - A transaction is five UNWIND queries whatever its size: Article
//     nodes; entity nodes of all labels with their MENTIONS; relationships
//     of all types, locked and read; their new summaries; Evidence nodes.
//     Their text is fixed per schema (one UNION ALL branch per label or
//     type), so the server plans them once.
//   - Concurrent loaders do not duplicate nodes or relationships: nodes are
//     MERGEd under uniqueness constraints, the Article MERGE makes the
//     second loader of an article skip it, rows are sorted by key so that
//     locks are taken in one order, and ExecuteWrite retries deadlocks.
//   - Labels and relationship types are never taken from input: they come
//     from the schema (schema.IsIdentifier), an unknown one makes the
//     article fail with ErrInvalid, and every value is a query parameter.
//   - Forget removes the article, its MENTIONS, its Evidence nodes, every
//     relationship only it supported and every entity no article mentions
//     any more, and updates the summaries of the facts it shared, looking
//     up only what it provided among the other reports: its cost follows
//     the article's facts, not their popularity. Aliases it contributed
//     to entities that stay are kept.
//
// # One model, several writers
//
// An article is checked and turned into rows once (prepare), and the rows
// of a set of articles are merged once (Rows: one node per key, one
// relationship per fact with its summary, one Evidence node per report).
// Load writes those rows; Export renders the same rows as a Cypher script
// (run by geokg cypher, with Load's own clause for aliases) and as GraphML;
// CSVWriter renders the same rows, one article at a time, as CSV for
// neo4j-admin database import (typed headers, lists split by U+001F),
// merging only entities and fact summaries, in memory up to a budget and
// in sorted run files past it.
// A load of some articles, the script of them and the import of their
// CSV give the same graph, property for property (cmd/geokg's
// TestThreeWaysSameGraph compares full dumps).
//
// # Example Cypher
//
// Which articles and sentences support "Russia SUPPLIES Iran":
//
//	MATCH (e:Evidence {fact: "SUPPLIES|country:RUS|country:IRN"})<-[:REPORTS]-(a:Article) RETURN a.id AS article, e.date AS date, e.evidence AS sentences ORDER BY date, article
//
// The same from the relationship, a page of 20 reports at a time, newest
// first (the index on fact and date serves the order):
//
//	MATCH (s:Country {name: "Russia"})-[r:SUPPLIES]->(t:Country {name: "Iran"})
//	MATCH (e:Evidence) WHERE e.fact = type(r) + "|" + s.key + "|" + t.key AND e.date >= ""
//	RETURN e.article, e.date, e.evidence ORDER BY e.date DESC, e.article DESC SKIP 0 LIMIT 20
//
// Find an entity by any of its names (full-text):
//
//	CALL db.index.fulltext.queryNodes("entityNames", "Tehran") YIELD node, score
//	RETURN labels(node), node.name, node.aliases, score
//
// Who held which office, and when it was seen:
//
//	MATCH (p:Person)-[r:HOLDS_OFFICE]->(c)
//	RETURN p.name, r.title, c.name, r.first_seen, r.last_seen ORDER BY r.last_seen DESC
//
// Everything the graph knows from one article:
//
//	MATCH (a:Article {id: $id})-[:REPORTS]->(e:Evidence)
//	RETURN split(e.fact, "|") AS fact, e.evidence
//
// The best-supported facts (symmetric ones appear once):
//
//	MATCH (s)-[r]->(t) WHERE r.reports IS NOT NULL
//	RETURN s.name, type(r), t.name, r.reports ORDER BY r.reports DESC LIMIT 20
//
// # Errors
//
// Open, Load, Forget and Stats wrap ErrUnavailable (server down, wrong URI,
// connection lost) or ErrAuth (credentials refused) when that is the cause,
// so a caller prints one line and picks an exit code with errors.Is. Open
// gives up within Config.Timeout (5s by default) instead of the driver's
// minute. Load returns the articles it did not write in Summary.Failed
// together with a non-nil error; they left nothing behind, and running
// Load again completes the job without doubling anything. (If the server
// dies after committing but before acknowledging, an article may be listed
// as failed yet be in the graph; the next Load skips it.)
package graph
