import type { Database } from 'better-sqlite3';
import { auditRowHash, GENESIS_HASH } from '../../../core/audit/audit-chain';
import type { Migration } from './migration';

interface LegacyAuditRow {
  id: number;
  draft_id: string | null;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** Links every existing audit row into the hash chain, oldest first. */
function chainExistingRows(db: Database): void {
  const rows = db
    .prepare<[], LegacyAuditRow>(
      'SELECT id, draft_id, at, actor, action, detail FROM audit ORDER BY id',
    )
    .all();
  const update = db.prepare<[string, string, number]>(
    'UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?',
  );
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const hash = auditRowHash(prev, {
      id: row.id,
      draftId: row.draft_id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      detail: row.detail,
    });
    update.run(prev, hash, row.id);
    prev = hash;
  }
}

/**
 * Signatures you can trust: a hash chain over the audit trail, sign-offs bound to a
 * content hash with their meaning and the checks at that moment, and each profile's
 * Ed25519 key pair plus the keys this library trusts (first use, as SSH does).
 */
export const signaturesMigration: Migration = {
  version: 6,
  name: 'audit hash chain, signed sign-offs, profile keys',
  up: (db) => {
    db.exec(`
      ALTER TABLE audit ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit ADD COLUMN hash TEXT;
      DROP TRIGGER audit_no_update;
    `);
    chainExistingRows(db);
    db.exec(`
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
      END;

      ALTER TABLE sign_offs ADD COLUMN meaning TEXT;
      ALTER TABLE sign_offs ADD COLUMN content_hash TEXT;
      ALTER TABLE sign_offs ADD COLUMN evidence TEXT;
      ALTER TABLE sign_offs ADD COLUMN signature TEXT;

      CREATE TABLE profile_keys (
        profile_id   TEXT PRIMARY KEY,
        public_key   TEXT NOT NULL,
        private_key  TEXT NOT NULL,
        created_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE trusted_keys (
        fingerprint  TEXT PRIMARY KEY,
        public_key   TEXT NOT NULL,
        profile_id   TEXT NOT NULL,
        name         TEXT NOT NULL,
        role         TEXT NOT NULL,
        trusted_at   TEXT NOT NULL
      ) STRICT;
    `);
  },
};
