import type { Database, Statement } from 'better-sqlite3';
import { MATCH_END, MATCH_START, splitHighlighted, toFtsQuery } from './fts-query';
import type { DraftRecord } from './rows';

interface DraftRow {
  id: string;
  revision: number;
  title: string;
  category: string;
  status: string;
  metadata: string;
  doc: string;
  plain_text: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
}

/** A draft without its body: what lists show. */
export type DraftListing = Omit<DraftRecord, 'doc' | 'plainText' | 'metadata'>;

/** A search hit: the draft and its highlighted title and body excerpt. */
export interface DraftSearchHit {
  draft: DraftListing;
  title: { text: string; match: boolean }[];
  snippet: { text: string; match: boolean }[];
}

const LISTING_COLUMNS =
  'id, revision, title, category, status, word_count, created_at, updated_at, trashed_at';

/** SQL for the drafts table and its full-text index. */
export class DraftRepository {
  private readonly byId: Statement<[string], DraftRow>;
  private readonly insertRow: Statement<DraftRow>;
  private readonly updateContent: Statement;
  private readonly listActive: Statement<[], DraftRow>;
  private readonly listTrashed: Statement<[], DraftRow>;
  private readonly setTrashedAt: Statement<[string | null, string]>;
  private readonly deleteRow: Statement<[string]>;
  private readonly setStatusRow: Statement<[string, string]>;
  private readonly searchRows: Statement<
    [string, string, string, string, string, string, number],
    DraftRow & { title_hl: string; body_hl: string }
  >;

  constructor(private readonly db: Database) {
    this.byId = db.prepare('SELECT * FROM drafts WHERE id = ?');
    this.insertRow = db.prepare(`
      INSERT INTO drafts (id, revision, title, category, status, metadata, doc, plain_text, word_count, created_at, updated_at, trashed_at)
      VALUES (@id, @revision, @title, @category, @status, @metadata, @doc, @plain_text, @word_count, @created_at, @updated_at, @trashed_at)`);
    this.updateContent = db.prepare(`
      UPDATE drafts SET revision = @revision, title = @title, category = @category, metadata = @metadata,
        doc = @doc, plain_text = @plain_text, word_count = @word_count, updated_at = @updated_at
      WHERE id = @id`);
    this.listActive = db.prepare(
      `SELECT ${LISTING_COLUMNS} FROM drafts WHERE trashed_at IS NULL ORDER BY updated_at DESC, rowid DESC`,
    );
    this.listTrashed = db.prepare(
      `SELECT ${LISTING_COLUMNS} FROM drafts WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, rowid DESC`,
    );
    this.setTrashedAt = db.prepare('UPDATE drafts SET trashed_at = ? WHERE id = ?');
    this.deleteRow = db.prepare('DELETE FROM drafts WHERE id = ?');
    this.setStatusRow = db.prepare('UPDATE drafts SET status = ? WHERE id = ?');
    this.searchRows = db.prepare(`
      SELECT ${LISTING_COLUMNS.split(', ')
        .map((column) => `d.${column}`)
        .join(', ')},
        highlight(drafts_fts, 0, ?, ?) AS title_hl,
        snippet(drafts_fts, 1, ?, ?, ?, 24) AS body_hl
      FROM drafts_fts JOIN drafts d ON d.rowid = drafts_fts.rowid
      WHERE drafts_fts MATCH ? AND d.trashed_at IS NULL
      ORDER BY bm25(drafts_fts, 8.0, 1.0)
      LIMIT ?`);
  }

  /** One draft with its body, or null. */
  get(id: string): DraftRecord | null {
    const row = this.byId.get(id);
    return row ? toRecord(row) : null;
  }

  /** Stores a new draft. */
  insert(draft: DraftRecord): void {
    this.insertRow.run(toRow(draft));
  }

  /** Writes a new revision of a draft's content and metadata. */
  update(draft: DraftRecord): void {
    const row = toRow(draft);
    this.updateContent.run({
      id: row.id,
      revision: row.revision,
      title: row.title,
      category: row.category,
      metadata: row.metadata,
      doc: row.doc,
      plain_text: row.plain_text,
      word_count: row.word_count,
      updated_at: row.updated_at,
    });
  }

  /** Drafts in the library (newest edit first) or in the trash (latest trashed first). */
  list(trash: boolean): DraftListing[] {
    return (trash ? this.listTrashed : this.listActive).all().map(toListing);
  }

  /** Moves a draft to the trash (a time) or back (null). */
  setTrashed(id: string, at: string | null): void {
    this.setTrashedAt.run(at, id);
  }

  /** Sets a draft's place in the review workflow. */
  setStatus(id: string, status: DraftRecord['status']): void {
    this.setStatusRow.run(status, id);
  }

  /** Deletes a draft and, by cascade, its versions. */
  delete(id: string): void {
    this.deleteRow.run(id);
  }

  /** Full-text search over titles and bodies, best first; [] for an empty query. */
  search(text: string, limit: number): DraftSearchHit[] {
    const query = toFtsQuery(text);
    if (!query) return [];
    return this.searchRows
      .all(MATCH_START, MATCH_END, MATCH_START, MATCH_END, '…', query, limit)
      .map((row) => ({
        draft: toListing(row),
        title: splitHighlighted(row.title_hl ?? ''),
        snippet: splitHighlighted(row.body_hl ?? ''),
      }));
  }
}

function toListing(row: Pick<DraftRow, keyof DraftRow>): DraftListing {
  return {
    id: row.id,
    revision: row.revision,
    title: row.title,
    category: row.category,
    status: row.status as DraftRecord['status'],
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}

function toRecord(row: DraftRow): DraftRecord {
  return {
    ...toListing(row),
    metadata: JSON.parse(row.metadata) as DraftRecord['metadata'],
    doc: JSON.parse(row.doc) as DraftRecord['doc'],
    plainText: row.plain_text,
  };
}

function toRow(draft: DraftRecord): DraftRow {
  return {
    id: draft.id,
    revision: draft.revision,
    title: draft.title,
    category: draft.category,
    status: draft.status,
    metadata: JSON.stringify(draft.metadata),
    doc: JSON.stringify(draft.doc),
    plain_text: draft.plainText,
    word_count: draft.wordCount,
    created_at: draft.createdAt,
    updated_at: draft.updatedAt,
    trashed_at: draft.trashedAt,
  };
}
