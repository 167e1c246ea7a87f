import type { Database, Statement } from 'better-sqlite3';
import type { VersionRecord } from './rows';

interface VersionRow {
  id: string;
  draft_id: string;
  kind: string;
  name: string | null;
  revision: number;
  title: string;
  metadata: string;
  doc: string;
  word_count: number;
  created_at: string;
}

/** A version without its content: what the history list shows. */
export type VersionListing = Omit<VersionRecord, 'metadata' | 'doc'>;

/** SQL for a draft's version history. */
export class VersionRepository {
  private readonly insertRow: Statement<VersionRow>;
  private readonly byId: Statement<[string], VersionRow>;
  private readonly byDraft: Statement<[string], VersionRow>;
  private readonly newestOf: Statement<[string], { created_at: string }>;

  constructor(db: Database) {
    this.insertRow = db.prepare(`
      INSERT INTO versions (id, draft_id, kind, name, revision, title, metadata, doc, word_count, created_at)
      VALUES (@id, @draft_id, @kind, @name, @revision, @title, @metadata, @doc, @word_count, @created_at)`);
    this.byId = db.prepare('SELECT * FROM versions WHERE id = ?');
    this.byDraft = db.prepare(`
      SELECT id, draft_id, kind, name, revision, title, word_count, created_at, '' AS metadata, '' AS doc
      FROM versions WHERE draft_id = ? ORDER BY created_at DESC, rowid DESC`);
    this.newestOf = db.prepare(
      "SELECT created_at FROM versions WHERE draft_id = ? AND kind = 'auto' ORDER BY created_at DESC LIMIT 1",
    );
  }

  /** Stores a version. */
  insert(version: VersionRecord): void {
    this.insertRow.run({
      id: version.id,
      draft_id: version.draftId,
      kind: version.kind,
      name: version.name,
      revision: version.revision,
      title: version.title,
      metadata: JSON.stringify(version.metadata),
      doc: JSON.stringify(version.doc),
      word_count: version.wordCount,
      created_at: version.createdAt,
    });
  }

  /** One version with its content, or null. */
  get(id: string): VersionRecord | null {
    const row = this.byId.get(id);
    if (!row) return null;
    return {
      ...toListing(row),
      metadata: JSON.parse(row.metadata) as VersionRecord['metadata'],
      doc: JSON.parse(row.doc) as VersionRecord['doc'],
    };
  }

  /** A draft's versions, newest first, without content. */
  list(draftId: string): VersionListing[] {
    return this.byDraft.all(draftId).map(toListing);
  }

  /** When the draft's last automatic snapshot was taken, or null. */
  lastAutoSnapshotAt(draftId: string): string | null {
    return this.newestOf.get(draftId)?.created_at ?? null;
  }
}

function toListing(row: VersionRow): VersionListing {
  return {
    id: row.id,
    draftId: row.draft_id,
    kind: row.kind as VersionRecord['kind'],
    name: row.name,
    revision: row.revision,
    title: row.title,
    wordCount: row.word_count,
    createdAt: row.created_at,
  };
}
