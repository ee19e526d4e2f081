package graph

import (
	"fmt"
	"strings"
)

// The query texts. Labels and types are written into the text only by
// nodeQuery and relQuery, from the model (checked by schema.IsIdentifier);
// every value is a parameter.
const (
	// noReplan starts the load's queries. The server plans a query again
	// when the database's statistics have moved far from those of its
	// plan, every few seconds while a first load makes the database grow,
	// and the union queries are large: planning took a quarter of the
	// server's CPU in the first thousands of articles. Their plans do not
	// depend on the statistics (unique-index seeks, element-id seeks,
	// MERGE between bound nodes), so a cached plan is always kept.
	noReplan = "CYPHER replan=skip "

	articleQuery = noReplan + `UNWIND $rows AS row
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
	// Aliases are united under the node's write lock, read after it is
	// taken, and kept sorted, so that concurrent loaders lose none and
	// the order they arrive in does not show. A node whose aliases already
	// hold every name of the row is not locked. The articles are new, so
	// CREATE is enough for their MENTIONS.
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

	// addAliases unites the names of row with the aliases of node n, kept
	// sorted (each new name inserted in its place). A node that gains a
	// name is locked first (the first SET) and its aliases read again
	// after the lock, so a concurrent loader's names are never lost.
	addAliases = `WITH n, row, [x IN row.names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])] AS extra
FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END | SET n._geokg_lock = true)
WITH n, row, size(extra) > 0 AS grow
FOREACH (_ IN CASE WHEN grow THEN [1] ELSE [] END |
  SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.names |
    CASE WHEN x = n.name OR x IN acc THEN acc ELSE [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x] END)
  SET n._geokg_lock = null)`

	// relBranch MERGEs one type's rows, $rows[i] for the i-th type;
	// relQuery joins them as nodeQuery does, takes each relationship's
	// write lock and returns its properties as they are once locked. The
	// loader then folds the new reports in (summary.add) and writes the
	// result with relUpdateQuery, in the same transaction.
	relBranch = `
  UNWIND $rows[%[2]d] AS row
  MATCH (s) WHERE elementId(s) = row.s
  MATCH (t) WHERE elementId(t) = row.t
  MERGE (s)-[r:%[1]s]->(t)
  RETURN r, row`
	relQueryTail = `
}
SET r._geokg_lock = true
WITH r, row
RETURN row.fact AS fact, elementId(r) AS eid, properties(r) AS props`

	// relUpdateBranch writes the new summaries of one type's rows,
	// $rows[i] for the i-th type, and the lock property goes; relUpdateQuery
	// joins the branches as relQuery does. A relationship is found again
	// as relQuery found it, by a MERGE between its two nodes (it exists and
	// is locked, so the MERGE matches it): that plan does not depend on the
	// database's statistics, whereas a lookup by the relationship's element
	// id, planned when the database is still empty, scans every
	// relationship for every row, which is quadratic in the first batch.
	relUpdateBranch = `
  UNWIND $rows[%[2]d] AS row
  MATCH (s) WHERE elementId(s) = row.s
  MATCH (t) WHERE elementId(t) = row.t
  MERGE (s)-[r:%[1]s]->(t)
  SET r += row.props
  RETURN count(*) AS n`
	relUpdateTail = `
}
RETURN sum(n) AS n`

	// relDeleteBranch deletes one type's relationships, $rows[i] for the
	// i-th type, each found between its two nodes as relUpdateBranch finds
	// it (Forget); relDeleteQuery joins the branches with relUpdateTail.
	relDeleteBranch = `
  UNWIND $rows[%[2]d] AS row
  MATCH (s) WHERE elementId(s) = row.s
  MATCH (t) WHERE elementId(t) = row.t
  MATCH (s)-[r:%[1]s]->(t)
  DELETE r
  RETURN count(*) AS n`

	// evidenceQuery writes one Evidence node per (fact, article), linked
	// to its (new) Article.
	evidenceQuery = noReplan + `UNWIND $rows AS row
MATCH (a:Article) WHERE elementId(a) = row.a
CREATE (a)-[:REPORTS]->(e:Evidence)
SET e = row.props`
)

// unionQuery builds noReplan + "CALL {" + one branch per name, joined by UNION ALL,
// + tail. names have passed schema.IsIdentifier, so they cannot break out
// of a label or a type.
func unionQuery(branch, tail string, names []string) string {
	var b strings.Builder
	b.WriteString(noReplan + "CALL {")
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
