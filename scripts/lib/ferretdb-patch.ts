/**
 * Two source changes prepkit applies to FerretDB v1 before building it, so that on its SQLite
 * backend a write costs the same with 20,000 stored jobs as with none (issue 16).
 *
 * 1. The `_id` lookup expression. FerretDB creates each collection's unique `_id` index on
 *    `_ferretdb_sjson->"_id"` but queries, updates and deletes by `_ferretdb_sjson->'$._id'`.
 *    Both name the same JSON member, yet SQLite's planner only uses an expression index for the
 *    expression it was built on, so every lookup by `_id` scanned the whole table
 *    (`EXPLAIN QUERY PLAN`: `SCAN` instead of `SEARCH ... USING INDEX`).
 * 2. `_id` pushdown in filters with more keys. Only a filter that is exactly `{_id: <id>}` was
 *    narrowed to one row; `{_id: <id>, status: 'queued'}` (every compare-and-set state write of a
 *    job) read and decoded every document of the collection. The pushed-down `_id` condition is
 *    a pre-filter: every command handler applies the whole filter to the rows it gets back, as
 *    it already did for `{_id}` alone, so results are unchanged.
 *
 * Each change is a literal replacement that must match exactly once; when a FerretDB version
 * does not contain the expected text, `applyFerretDbPatch` reports it and the caller builds
 * FerretDB unchanged (correct, only slower as collections grow).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Changes the cached binary's name when the patch changes, so it is rebuilt. */
export const FERRETDB_PATCH_ID = 'prepkit-id-pushdown-2';

interface Replacement {
  file: string;
  from: string;
  to: string;
}

const REPLACEMENTS: Replacement[] = [
  {
    file: 'internal/backends/sqlite/metadata/metadata.go',
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->'_id'" // prepkit: the unique _id index's own expression`,
  },
  {
    file: 'internal/backends/sqlite/collection.go',
    from: `	if params.Filter.Len() == 1 {
		v, _ := params.Filter.Get("_id")
		switch v.(type) {
		case string, types.ObjectID:
			whereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
		}
	}

	q += whereClause`,
    to: `	// prepkit: any filter with one top-level _id is narrowed by it (a pre-filter).
	if v, ok := prepkitIDFilterValue(params.Filter); ok {
		switch v.(type) {
		case string, types.ObjectID:
			whereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
		}
	}

	q += whereClause`,
  },
  {
    // The same narrowing in `explain`, so that what it reports is what a query does.
    file: 'internal/backends/sqlite/collection.go',
    from: `	if params.Filter.Len() == 1 {
		v, _ := params.Filter.Get("_id")
		switch v.(type) {
		case string, types.ObjectID:
			filterPushdown = true`,
    to: `	if v, ok := prepkitIDFilterValue(params.Filter); ok {
		switch v.(type) {
		case string, types.ObjectID:
			filterPushdown = true`,
  },
];

const NEW_FILE = {
  file: 'internal/backends/sqlite/prepkit_id_filter.go',
  text: `package sqlite

import "github.com/FerretDB/FerretDB/internal/types"

// prepkitIDFilterValue returns the value of the filter's top-level _id key when it has exactly
// one (added by prepkit's build; see scripts/lib/ferretdb-patch.ts in prepkit).
func prepkitIDFilterValue(filter *types.Document) (any, bool) {
	if filter.Len() == 0 {
		return nil, false
	}

	var v any

	n := 0
	values := filter.Values()

	for i, k := range filter.Keys() {
		if k == "_id" {
			n++
			v = values[i]
		}
	}

	return v, n == 1
}
`,
};

/**
 * Applies the changes to a writable copy of FerretDB's source. Returns null when applied, or why
 * not (nothing is written unless every replacement matches exactly once).
 */
export const applyFerretDbPatch = (srcDir: string): string | null => {
  const edits: Array<{ path: string; text: string }> = [];
  for (const r of REPLACEMENTS) {
    const path = join(srcDir, r.file);
    const text = edits.find((e) => e.path === path)?.text ?? readFileSync(path, 'utf8');
    const count = text.split(r.from).length - 1;
    if (count !== 1) return `${r.file}: expected text found ${count} times`;
    const next = text.replace(r.from, () => r.to);
    const existing = edits.find((e) => e.path === path);
    if (existing) existing.text = next;
    else edits.push({ path, text: next });
  }
  for (const e of edits) writeFileSync(e.path, e.text);
  writeFileSync(join(srcDir, NEW_FILE.file), NEW_FILE.text);
  return null;
};
