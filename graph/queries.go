package graph

import (
	"fmt"
	"strings"
)

// The query texts. Labels and types are written into the text only by
// nodeQuery and relQuery, from the model (checked by schema.IsIdentifier);
// every value is a parameter.
const (
	articleQuery = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.props, a.loaded_at = datetime(), a._geokg_new = true
WITH a, row, a._geokg_new IS NOT NULL AS created
REMOVE a._geokg_new
RETURN row.id AS id, elementId(a) AS eid, created`

	// nodeBranch MERGEs one label's rows, $rows[i] for the i-th label;
	// nodeQuery joins one branch per label with UNION ALL, so that a
	// transaction writes all its entity nodes in one query and each row
	// goes through its own branch only. Only new aliases are written, so a
	// node that gains nothing is not locked for it.
	nodeBranch = `
  UNWIND $rows[%[2]d] AS row
  MERGE (n:%[1]s {key: row.key})
  ON CREATE SET n += row.props
  RETURN n, row`
	// The articles are new, so CREATE is enough for their MENTIONS.
	nodeQueryTail = `
}
` + addAliases + `
WITH n, row
CALL {
  WITH n, row
  UNWIND row.mentions AS m
  MATCH (a:Article) WHERE elementId(a) = m.a
  CREATE (a)-[:MENTIONS {count: m.count}]->(n)
}
RETURN row.key AS key, elementId(n) AS eid`

	// addAliases adds to node n the names of row that it lacks.
	addAliases = `WITH n, row, [x IN row.names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])] AS extra
FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END |
  SET n.aliases = coalesce(n.aliases, []) + extra)`

	// relBranch MERGEs one type's rows, $rows[i] for the i-th type;
	// relQuery joins them as nodeQuery does, then appends the evidence
	// entries, whatever the type.
	relBranch = `
  UNWIND $rows[%[2]d] AS row
  MATCH (s) WHERE elementId(s) = row.s
  MATCH (t) WHERE elementId(t) = row.t
  MERGE (s)-[r:%[1]s]->(t)
  RETURN r, row`
	relQueryTail = `
}
` + addEvidence
	// addEvidence appends the evidence entries of row to relationship r,
	// those of articles it does not list yet, and updates its properties
	// when row is not older. A list whose entries are all "" (no speaker,
	// no date) is absent; blanks stands for it when entries are added.
	// The Cypher script uses it as Load does.
	addEvidence = `WITH r, row, [e IN row.entries WHERE NOT e.article IN coalesce(r.articles, [])] AS fresh,
  r.last_seen IS NULL OR row.last IS NULL OR row.last >= r.last_seen AS newer,
  [x IN coalesce(r.articles, []) | ''] AS blanks
WHERE size(fresh) > 0
WITH r, row, fresh, newer,
  coalesce(r.evidence, blanks) + [e IN fresh | e.evidence] AS evidence,
  coalesce(r.said_by, blanks) + [e IN fresh | e.said_by] AS saidBy,
  coalesce(r.dates, blanks) + [e IN fresh | e.date] AS dates
SET r += CASE WHEN newer THEN row.props ELSE {} END
SET r.articles = coalesce(r.articles, []) + [e IN fresh | e.article],
  r.spans = coalesce(r.spans, []) + [e IN fresh | e.span],
  r.evidence_props = coalesce(r.evidence_props, []) + [e IN fresh | e.props],
  r.evidence = CASE WHEN any(x IN evidence WHERE x <> '') THEN evidence END,
  r.said_by = CASE WHEN any(x IN saidBy WHERE x <> '') THEN saidBy END,
  r.dates = CASE WHEN any(x IN dates WHERE x <> '') THEN dates END,
  r.first_seen = CASE WHEN row.first IS NOT NULL AND (r.first_seen IS NULL OR row.first < r.first_seen)
    THEN row.first ELSE r.first_seen END,
  r.last_seen = CASE WHEN row.last IS NOT NULL AND (r.last_seen IS NULL OR row.last > r.last_seen)
    THEN row.last ELSE r.last_seen END`
)

// unionQuery builds "CALL {" + one branch per name, joined by UNION ALL,
// + tail. names have passed schema.IsIdentifier, so they cannot break out
// of a label or a type.
func unionQuery(branch, tail string, names []string) string {
	var b strings.Builder
	b.WriteString("CALL {")
	for i, n := range names {
		if i > 0 {
			b.WriteString("\n  UNION ALL")
		}
		fmt.Fprintf(&b, branch, n, i)
	}
	b.WriteString(tail)
	return b.String()
}

// byPosition splits rows into one list per name, in the order of names,
// for the $rows[i] of a union query.
func byPosition(rows []map[string]any, field string, order map[string]int) [][]map[string]any {
	out := make([][]map[string]any, len(order))
	for i := range out {
		out[i] = []map[string]any{}
	}
	for _, r := range rows {
		i := order[r[field].(string)]
		out[i] = append(out[i], r)
	}
	return out
}
