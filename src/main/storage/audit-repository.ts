import type { Database, Statement } from 'better-sqlite3';
import type { AuditRecord } from './rows';

interface AuditRow {
  id: number;
  draft_id: string | null;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** The append-only audit trail: rows are added, never changed (the database refuses). */
export class AuditRepository {
  private readonly insertRow: Statement<[string | null, string, string, string, string]>;
  private readonly byDraft: Statement<[string], AuditRow>;

  constructor(db: Database) {
    this.insertRow = db.prepare(
      'INSERT INTO audit (draft_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)',
    );
    this.byDraft = db.prepare('SELECT * FROM audit WHERE draft_id = ? ORDER BY id');
  }

  /** Adds one entry: who did what, when, to which draft. */
  append(entry: Omit<AuditRecord, 'id'>): void {
    this.insertRow.run(
      entry.draftId,
      entry.at,
      entry.actor,
      entry.action,
      JSON.stringify(entry.detail),
    );
  }

  /** A draft's trail, oldest first. */
  list(draftId: string): AuditRecord[] {
    return this.byDraft.all(draftId).map((row) => ({
      id: row.id,
      draftId: row.draft_id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }
}
