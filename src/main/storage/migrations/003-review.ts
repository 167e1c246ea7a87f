import type { Migration } from './migration';

/**
 * Review: the local profile, comment threads and their comments, sign-offs,
 * decisions on suggestions (so an old package cannot bring a decided one back),
 * and the review packages already imported.
 */
export const reviewMigration: Migration = {
  version: 3,
  name: 'profiles, comments, sign-offs, suggestion decisions, packages',
  up: (db) => {
    db.exec(`
      CREATE TABLE profiles (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        initials    TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('writer', 'reviewer', 'editor')),
        is_self     INTEGER NOT NULL DEFAULT 0,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX profiles_one_self ON profiles (is_self) WHERE is_self = 1;

      CREATE TABLE threads (
        id           TEXT PRIMARY KEY,
        draft_id     TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        quote        TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
        created_by   TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        resolved_by  TEXT,
        resolved_at  TEXT
      ) STRICT;
      CREATE INDEX threads_by_draft ON threads (draft_id, created_at);

      CREATE TABLE comments (
        id          TEXT PRIMARY KEY,
        thread_id   TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        author      TEXT NOT NULL,
        body        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX comments_by_thread ON comments (thread_id, created_at);

      CREATE TABLE sign_offs (
        id          TEXT PRIMARY KEY,
        draft_id    TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        revision    INTEGER NOT NULL,
        signer      TEXT NOT NULL,
        statement   TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sign_offs_by_draft ON sign_offs (draft_id, created_at);

      CREATE TABLE suggestion_decisions (
        draft_id       TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        suggestion_id  TEXT NOT NULL,
        decision       TEXT NOT NULL CHECK (decision IN ('accept', 'reject')),
        decided_by     TEXT NOT NULL,
        decided_at     TEXT NOT NULL,
        PRIMARY KEY (draft_id, suggestion_id)
      ) STRICT;

      CREATE TABLE review_packages (
        package_id   TEXT PRIMARY KEY,
        draft_id     TEXT NOT NULL,
        direction    TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        revision     INTEGER NOT NULL,
        at           TEXT NOT NULL
      ) STRICT;
    `);
  },
};
