package graph

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/geokg/geokg/schema"
)

// TestApplySchema protects the schema: one key constraint per entity label
// plus the Article id constraint, a name index per label, the Evidence
// (fact, date) index and no other on Evidence, the entityNames
// full-text index finding entities by alias; applying it twice changes
// nothing, and a schema with a new label rebuilds entityNames over it.
func TestApplySchema(t *testing.T) {
	st, driver, cfg := cleanStore(t)
	ctx := context.Background()
	for range 2 {
		if err := st.ApplySchema(ctx); err != nil {
			t.Fatal(err)
		}
	}
	labels := st.model.labels
	if n := count(t, driver, `SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH "geokg_" RETURN count(*)`); n != len(labels)+1 {
		t.Errorf("%d constraints, want %d", n, len(labels)+1)
	}
	if n := count(t, driver, `SHOW INDEXES YIELD labelsOrTypes WHERE labelsOrTypes = ["Evidence"] RETURN count(*)`); n != 1 {
		t.Errorf("%d indexes on Evidence, want the (fact, date) index only", n)
	}
	if n := count(t, driver, `SHOW INDEXES YIELD name, properties WHERE name = "geokg_evidence_fact" AND properties = ["fact", "date"] RETURN count(*)`); n != 1 {
		t.Errorf("no Evidence (fact, date) index")
	}
	if n := count(t, driver, `SHOW INDEXES YIELD name WHERE name ENDS WITH "_name" AND name STARTS WITH "geokg_" RETURN count(*)`); n != len(labels) {
		t.Errorf("%d name indexes, want %d", n, len(labels))
	}

	mustLoad(t, st, readGraph(t, "supplies-1.json"), readGraph(t, "supplies-2.json"))
	find := func(name string) []string {
		var got []string
		for range 50 { // the index is eventually consistent
			got = nil
			for _, r := range query(t, driver, `CALL db.index.fulltext.queryNodes("entityNames", $q) YIELD node RETURN node.key AS key`,
				map[string]any{"q": `"` + name + `"`}) {
				got = append(got, r["key"].(string))
			}
			if len(got) > 0 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		return got
	}
	for alias, key := range map[string]string{"Tehran": "country:IRN", "Islamic Republic": "country:IRN", "Lavrov": "person:sergei-lavrov"} {
		if got := find(alias); !slices.Contains(got, key) {
			t.Errorf("full-text %q: %v, want %s", alias, got, key)
		}
	}

	// A user schema with one more label.
	ext, err := schema.Load()
	if err != nil {
		t.Fatal(err)
	}
	more := *ext
	more.Labels = append(slices.Clone(ext.Labels), schema.Label{Name: "Vessel"})
	st2, err := Open(ctx, cfg, &more)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close(ctx)
	if err := st2.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	rows := query(t, driver, `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = "entityNames" RETURN labelsOrTypes AS l`, nil)
	if len(rows) != 1 || !slices.Contains(rows[0]["l"].([]any), any("Vessel")) {
		t.Errorf("entityNames after a new label: %v, want it to cover Vessel", rows)
	}
	if got := find("Tehran"); !slices.Contains(got, "country:IRN") {
		t.Errorf("rebuilt index does not find Tehran: %v", got)
	}
}
