import type { Database, Statement } from 'better-sqlite3';
import {
  auditRowHash,
  GENESIS_HASH,
  verifyAuditChain,
  type ChainedAuditRow,
  type ChainVerdict,
} from '../../core/audit/audit-chain';
import type { AuditRecord } from './rows';

interface AuditRow {
  id: number;
  draft_id: string | null;
  at: string;
  actor: string;
  action: string;
  detail: string;
  prev_hash: string | null;
  hash: string | null;
}

/**
 * The append-only audit trail: rows are added, never changed (the database refuses),
 * and each carries the hash of the one before it, so a change made behind the app's
 * back shows when the chain is verified.
 */
export class AuditRepository {
  private readonly insertRow: Statement<
    [number, string | null, string, string, string, string, string, string]
  >;
  private readonly byDraft: Statement<[string], AuditRow>;
  private readonly lastRow: Statement<[], { hash: string | null }>;
  private readonly lastIssued: Statement<[], { seq: number }>;
  private readonly allRows: Statement<[], AuditRow>;

  constructor(private readonly db: Database) {
    this.insertRow = db.prepare(
      `INSERT INTO audit (id, draft_id, at, actor, action, detail, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byDraft = db.prepare('SELECT * FROM audit WHERE draft_id = ? ORDER BY id');
    this.lastRow = db.prepare('SELECT hash FROM audit ORDER BY id DESC LIMIT 1');
    this.lastIssued = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit'");
    this.allRows = db.prepare('SELECT * FROM audit ORDER BY id');
  }

  /** Adds one entry: who did what, when, to which draft, linked to the row before it. */
  append(entry: Omit<AuditRecord, 'id'>): void {
    // The id is part of the hash, so it is chosen here, inside the same transaction.
    this.db.transaction(() => {
      const id = this.lastIssuedId() + 1;
      const prev = this.lastRow.get()?.hash ?? GENESIS_HASH;
      const row = {
        id,
        draftId: entry.draftId,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        detail: JSON.stringify(entry.detail),
      };
      const hash = auditRowHash(prev, row);
      this.insertRow.run(id, row.draftId, row.at, row.actor, row.action, row.detail, prev, hash);
    })();
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

  /** Checks the whole library's chain: intact, or the first row that breaks it. */
  verify(): ChainVerdict {
    const rows: ChainedAuditRow[] = this.allRows.all().map((row) => ({
      id: row.id,
      draftId: row.draft_id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      detail: row.detail,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
    return verifyAuditChain(rows, this.lastIssuedId());
  }

  private lastIssuedId(): number {
    return this.lastIssued.get()?.seq ?? 0;
  }
}
