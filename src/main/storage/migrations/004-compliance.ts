import type { Migration } from './migration';

/** Library settings (the custom rule pack) and waived compliance findings. */
export const complianceMigration: Migration = {
  version: 4,
  name: 'settings and waivers',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key         TEXT PRIMARY KEY,
        value       TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      -- A waiver covers one finding: its rule, the text it flagged and the sentence around
      -- it. Edit that sentence and the waiver no longer matches: it lapses, it is not deleted.
      CREATE TABLE waivers (
        id          TEXT PRIMARY KEY,
        draft_id    TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        rule_id     TEXT NOT NULL,
        excerpt     TEXT NOT NULL,
        context     TEXT NOT NULL,
        reason      TEXT NOT NULL,
        waived_by   TEXT NOT NULL,
        waived_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX waivers_by_draft ON waivers (draft_id, rule_id);
    `);
  },
};
