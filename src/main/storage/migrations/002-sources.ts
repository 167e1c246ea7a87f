import type { Migration } from './migration';

/** The shared reference library (CSL-JSON + evidence) and each draft's list of sources. */
export const sourcesMigration: Migration = {
  version: 2,
  name: 'sources and draft source lists',
  up: (db) => {
    db.exec(`
      CREATE TABLE sources (
        id           TEXT PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        csl          TEXT NOT NULL,
        evidence     TEXT NOT NULL,
        doi          TEXT,
        pmid         TEXT,
        search_text  TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sources_by_doi ON sources (doi) WHERE doi IS NOT NULL;
      CREATE INDEX sources_by_pmid ON sources (pmid) WHERE pmid IS NOT NULL;

      CREATE TABLE draft_sources (
        draft_id   TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        source_id  TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        PRIMARY KEY (draft_id, source_id)
      ) STRICT;
      CREATE INDEX draft_sources_by_source ON draft_sources (source_id);
    `);
  },
};
