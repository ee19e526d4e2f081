// Package graph is geokg's graph model, its Neo4j loader and its writers:
// it turns the extractor's output (extract.Graph, one per article) into one
// growing knowledge graph, can take an article back out, and renders the
// same graph as a Cypher script, neo4j-admin CSV or GraphML (Export).
//
// # The model
//
// Entities are nodes labelled with the ontology's labels (Country, Person,
// Organization, Location, Facility, WeaponSystem, Program, Agreement, or
// any label a user schema adds). Each is MERGEd on key, the extractor's
// entity id, with a uniqueness constraint on key per label:
//
//	(:Country {key: "country:RUS", name: "Russia", aliases: ["Moscow", "Russian", "Kremlin"]})
//
// aliases is the union over all articles of the other names seen: sorted
// within one load, later names appended; absent when there is none. The schema also gets a range index on name
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
// query them without direction. Every sentence that states the fact is an
// evidence entry, kept as parallel lists on the relationship, index i of
// each list describing entry i:
//
//	articles        article ids                 ["326f6ed9e07f00b8", …]
//	evidence        the sentences, verbatim
//	spans           byte offsets "start-end" of the sentence in its article
//	said_by         key of who is reported to say it, or ""
//	dates           the article's published date, or ""
//	evidence_props  the entry's own properties as JSON: {"item":"S-300"}
//
// A list whose entries are all "" (nobody said it, no article is dated) is
// absent rather than a list of empty strings, so that every writer can
// render it: neo4j-admin reads an empty field as no value.
//
// plus first_seen and last_seen (earliest and latest dates) and the type's
// properties (title for HOLDS_OFFICE; location, quantity, cost, status for
// DEPLOYS; item for SUPPLIES) as plain properties holding the value of the
// latest dated entry that states them: the current title, the current
// status. Properties the schema does not list for the type are dropped.
//
// Why lists on the relationship rather than an (:Evidence) node per
// sentence: the Browser shows one edge per fact between two entities, not
// a hairball of evidence nodes, and "what supports this fact" is a read of
// one relationship, while Forget and idempotence stay simple (entries are
// keyed by article id). The cost, lists growing with a very popular fact,
// is small at news-article scale.
//
// # Guarantees
//
//   - Loading is idempotent: an article whose id is in the graph is skipped,
//     so loading the same documents again creates nothing.
//   - A second article stating the same fact adds its evidence entries to
//     the existing relationship (RelsMatched), never a second relationship.
//   - One article is never half-written: its writes commit in one managed
//     transaction (several articles share it, up to Config.BatchSize
//     relations; then they commit together, and after a failure they are
//     retried one by one).
//   - A transaction is three UNWIND queries whatever its size: Article
//     nodes; entity nodes of all labels with their MENTIONS; relationships
//     of all types. Their text is fixed per schema (one UNION ALL branch
//     per label or type), so the server plans them once.
//   - Concurrent loaders do not duplicate nodes or relationships: nodes are
//     MERGEd under uniqueness constraints, the Article MERGE makes the
//     second loader of an article skip it, rows are sorted by key so that
//     locks are taken in one order, and ExecuteWrite retries deadlocks.
//   - Labels and relationship types are never taken from input: they come
//     from the schema (schema.IsIdentifier), an unknown one makes the
//     article fail with ErrInvalid, and every value is a query parameter.
//   - Forget removes the article, its MENTIONS, its evidence entries, every
//     relationship only it supported and every entity no article mentions
//     any more, and recomputes the properties of the facts it shared.
//     Aliases it contributed to entities that stay are kept.
//
// # One model, several writers
//
// An article is checked and turned into rows once (prepare), and the rows
// of a set of articles are merged once (Rows: one node per key, one
// relationship per fact with its lists). Load writes those rows; Export
// renders the same rows as a Cypher script (run by geokg cypher, with
// Load's own clauses for aliases and evidence), as CSV for neo4j-admin
// database import (typed headers, lists split by U+001F) and as GraphML.
// A load of some articles, the script of them and the import of their
// CSV give the same graph, property for property (cmd/geokg's
// TestThreeWaysSameGraph compares full dumps).
//
// # Example Cypher
//
// Which articles and sentences support "Russia SUPPLIES Iran":
//
//	MATCH (:Country {name: "Russia"})-[r:SUPPLIES]->(:Country {name: "Iran"}) UNWIND range(0, size(r.articles) - 1) AS i RETURN r.articles[i] AS article, r.dates[i] AS date, r.evidence[i] AS sentence
//
// The same with the article titles:
//
//	MATCH (:Country {key: "country:RUS"})-[r:SUPPLIES]->(:Country {key: "country:IRN"})
//	UNWIND range(0, size(r.articles) - 1) AS i
//	MATCH (a:Article {id: r.articles[i]})
//	RETURN a.title, a.published, r.evidence[i] AS sentence
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
//	MATCH (a:Article {id: $id})-[:MENTIONS]->(n)-[r]->(m)
//	WHERE a.id IN r.articles
//	RETURN n.name, type(r), m.name
//
// The best-supported facts (symmetric ones appear once):
//
//	MATCH (s)-[r]->(t) WHERE r.articles IS NOT NULL
//	RETURN s.name, type(r), t.name, size(r.articles) AS sentences ORDER BY sentences DESC LIMIT 20
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
