import type { Migration } from './migration';

/** Drafts, their versions, full-text search over them, and the append-only audit log. */
export const draftsMigration: Migration = {
  version: 1,
  name: 'drafts, versions, search and audit',
  up: (db) => {
    db.exec(`
      CREATE TABLE drafts (
        id           TEXT PRIMARY KEY,
        revision     INTEGER NOT NULL,
        title        TEXT NOT NULL DEFAULT '',
        category     TEXT NOT NULL DEFAULT '',
        status       TEXT NOT NULL DEFAULT 'draft',
        metadata     TEXT NOT NULL,
        doc          TEXT NOT NULL,
        plain_text   TEXT NOT NULL DEFAULT '',
        word_count   INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        trashed_at   TEXT
      ) STRICT;
      CREATE INDEX drafts_by_update ON drafts (trashed_at, updated_at DESC);

      -- An external-content FTS index: the text lives in drafts, the index beside it.
      CREATE VIRTUAL TABLE drafts_fts USING fts5(
        title, plain_text,
        content='drafts', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2"
      );
      CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts (rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;
      CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, title, plain_text)
          VALUES ('delete', old.rowid, old.title, old.plain_text);
      END;
      CREATE TRIGGER drafts_fts_update AFTER UPDATE OF title, plain_text ON drafts BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, title, plain_text)
          VALUES ('delete', old.rowid, old.title, old.plain_text);
        INSERT INTO drafts_fts (rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;

      CREATE TABLE versions (
        id          TEXT PRIMARY KEY,
        draft_id    TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'restore', 'before-restore')),
        name        TEXT,
        revision    INTEGER NOT NULL,
        title       TEXT NOT NULL,
        metadata    TEXT NOT NULL,
        doc         TEXT NOT NULL,
        word_count  INTEGER NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX versions_by_draft ON versions (draft_id, created_at DESC);

      -- Append-only by construction: no foreign key (rows outlive their draft), and
      -- triggers refuse every UPDATE and DELETE.
      CREATE TABLE audit (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id  TEXT,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        detail    TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX audit_by_draft ON audit (draft_id, id);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
      END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
      END;
    `);
  },
};
