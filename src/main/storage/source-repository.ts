import type { Database, Statement } from 'better-sqlite3';
import { issuedYear } from '../../core/citations/citation-key';
import { doiKey } from '../../core/citations/identifiers';
import type { CslItem, Evidence } from '../../core/citations/source';

/** A stored source. */
export interface SourceRecord {
  id: string;
  key: string;
  csl: CslItem;
  evidence: Evidence;
  createdAt: string;
  updatedAt: string;
}

interface SourceRow {
  id: string;
  key: string;
  csl: string;
  evidence: string;
  created_at: string;
  updated_at: string;
}

/** Folds case and accents so "Müller" is found by "muller". */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The text a library search looks in: key, authors, title, journal, year, DOI, PMID. */
function searchTextOf(source: Pick<SourceRecord, 'key' | 'csl'>): string {
  const csl = source.csl;
  const names = [...(csl.author ?? []), ...(csl.editor ?? [])]
    .map((name) => [name.literal, name.given, name.family].filter(Boolean).join(' '))
    .join(' ');
  return searchable(
    [
      source.key,
      names,
      csl.title,
      csl['container-title'],
      issuedYear(csl.issued),
      csl.DOI,
      csl.PMID,
    ]
      .filter((part) => part !== undefined && part !== null && part !== '')
      .join(' '),
  );
}

/** SQL for the reference library and the drafts' source lists. */
export class SourceRepository {
  private readonly insertRow: Statement;
  private readonly updateRow: Statement;
  private readonly byId: Statement<[string], SourceRow>;
  private readonly all: Statement<[], SourceRow>;
  private readonly deleteRow: Statement<[string]>;
  private readonly ofDraft: Statement<[string], SourceRow>;
  private readonly draftsUsing: Statement<[string], { draft_id: string }>;
  private readonly nextPosition: Statement<[string], { next: number }>;
  private readonly link: Statement<[string, string, number]>;
  private readonly unlink: Statement<[string, string]>;
  private readonly setPosition: Statement<[number, string, string]>;

  constructor(private readonly db: Database) {
    this.insertRow = db.prepare(`
      INSERT INTO sources (id, key, csl, evidence, doi, pmid, search_text, created_at, updated_at)
      VALUES (@id, @key, @csl, @evidence, @doi, @pmid, @search_text, @created_at, @updated_at)`);
    this.updateRow = db.prepare(`
      UPDATE sources SET csl = @csl, evidence = @evidence, doi = @doi, pmid = @pmid,
        search_text = @search_text, updated_at = @updated_at
      WHERE id = @id`);
    this.byId = db.prepare('SELECT * FROM sources WHERE id = ?');
    this.all = db.prepare('SELECT * FROM sources ORDER BY updated_at DESC, rowid DESC');
    this.deleteRow = db.prepare('DELETE FROM sources WHERE id = ?');
    this.ofDraft = db.prepare(`
      SELECT s.* FROM draft_sources ds JOIN sources s ON s.id = ds.source_id
      WHERE ds.draft_id = ? ORDER BY ds.position`);
    this.draftsUsing = db.prepare('SELECT draft_id FROM draft_sources WHERE source_id = ?');
    this.nextPosition = db.prepare(
      'SELECT coalesce(max(position), -1) + 1 AS next FROM draft_sources WHERE draft_id = ?',
    );
    this.link = db.prepare(
      'INSERT OR IGNORE INTO draft_sources (draft_id, source_id, position) VALUES (?, ?, ?)',
    );
    this.unlink = db.prepare('DELETE FROM draft_sources WHERE draft_id = ? AND source_id = ?');
    this.setPosition = db.prepare(
      'UPDATE draft_sources SET position = ? WHERE draft_id = ? AND source_id = ?',
    );
  }

  /** Stores a new source. */
  insert(source: SourceRecord): void {
    this.insertRow.run(toRow(source));
  }

  /** Writes a source's changed CSL and evidence. */
  update(source: SourceRecord): void {
    const { id, csl, evidence, doi, pmid, search_text, updated_at } = toRow(source);
    this.updateRow.run({ id, csl, evidence, doi, pmid, search_text, updated_at });
  }

  /** One source, or null. */
  get(id: string): SourceRecord | null {
    const row = this.byId.get(id);
    return row ? toRecord(row) : null;
  }

  /** Every source in the library, most recently changed first. */
  list(): SourceRecord[] {
    return this.all.all().map(toRecord);
  }

  /** Sources matching every word of the query, most recently changed first. */
  search(query: string, limit: number): SourceRecord[] {
    const words = searchable(query).match(/[\p{L}\p{N}./:-]+/gu) ?? [];
    if (!words.length) return this.all.all().slice(0, limit).map(toRecord);
    const where = words.map(() => 'instr(search_text, ?) > 0').join(' AND ');
    const rows = this.db
      .prepare<unknown[], SourceRow>(
        `SELECT * FROM sources WHERE ${where} ORDER BY updated_at DESC, rowid DESC LIMIT ?`,
      )
      .all(...words, limit);
    return rows.map(toRecord);
  }

  /** Deletes a source; it leaves every draft's list with it. */
  delete(id: string): void {
    this.deleteRow.run(id);
  }

  /** A draft's sources, in list order. */
  listForDraft(draftId: string): SourceRecord[] {
    return this.ofDraft.all(draftId).map(toRecord);
  }

  /** Ids of drafts whose list holds a source. */
  draftsWith(sourceId: string): string[] {
    return this.draftsUsing.all(sourceId).map((row) => row.draft_id);
  }

  /** Appends sources to a draft's list; ones already in it keep their place. */
  addToDraft(draftId: string, sourceIds: readonly string[]): void {
    let position = this.nextPosition.get(draftId)?.next ?? 0;
    for (const id of sourceIds) {
      if (this.link.run(draftId, id, position).changes) position += 1;
    }
  }

  /** Takes a source out of a draft's list. */
  removeFromDraft(draftId: string, sourceId: string): void {
    this.unlink.run(draftId, sourceId);
  }

  /** Puts a draft's list in the given order (ids not in the list are ignored). */
  reorderDraft(draftId: string, sourceIds: readonly string[]): void {
    sourceIds.forEach((id, index) => this.setPosition.run(index, draftId, id));
  }
}

function toRow(source: SourceRecord) {
  return {
    id: source.id,
    key: source.key,
    csl: JSON.stringify(source.csl),
    evidence: JSON.stringify(source.evidence),
    doi: source.csl.DOI ? doiKey(source.csl.DOI) || null : null,
    pmid: source.csl.PMID ?? null,
    search_text: searchTextOf(source),
    created_at: source.createdAt,
    updated_at: source.updatedAt,
  };
}

function toRecord(row: SourceRow): SourceRecord {
  return {
    id: row.id,
    key: row.key,
    csl: JSON.parse(row.csl) as CslItem,
    evidence: JSON.parse(row.evidence) as Evidence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
