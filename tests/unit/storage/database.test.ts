import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/storage/database';
import { migrations } from '../../../src/main/storage/migrations';
import type { Migration } from '../../../src/main/storage/migrations';

const tempPath = (name = 'library.sqlite') => join(mkdtempSync(join(tmpdir(), 'vetted-db-')), name);

describe('opening a library file', () => {
  it('creates a new library from nothing, migrated to the latest schema, WAL and foreign keys on', () => {
    const path = tempPath();
    const opened = openDatabase(path);
    if (!opened.ok) throw new Error(opened.state.message);
    const { db } = opened;
    expect(opened.schemaVersion).toBe(migrations.at(-1)?.version);
    expect(opened.backupPath).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['drafts', 'drafts_fts', 'versions', 'audit']));
    db.close();
  });

  it('opens an existing library again without migrating or backing up', () => {
    const path = tempPath();
    const first = openDatabase(path);
    if (!first.ok) throw new Error(first.state.message);
    first.db.close();
    const second = openDatabase(path);
    expect(second.ok && second.backupPath).toBe(null);
    if (second.ok) second.db.close();
  });

  it('backs the file up before migrating an older library, and keeps its data', () => {
    const path = tempPath();
    const first = openDatabase(path);
    if (!first.ok) throw new Error(first.state.message);
    first.db
      .prepare(
        "INSERT INTO audit (draft_id, at, actor, action) VALUES (NULL, 'then', 'Ana', 'hello')",
      )
      .run();
    first.db.close();

    const next: Migration = {
      version: (migrations.at(-1)?.version ?? 0) + 1,
      name: 'test step',
      up: (db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY)'),
    };
    const fixed = () => new Date('2026-11-24T10:00:00.000Z');
    const upgraded = openDatabase(path, { migrations: [...migrations, next], now: fixed });
    if (!upgraded.ok) throw new Error(upgraded.state.message);
    expect(upgraded.schemaVersion).toBe(next.version);
    expect(upgraded.backupPath).toBe(
      `${path}.backup-v${next.version - 1}-2026-11-24T10-00-00-000Z`,
    );
    expect(upgraded.db.prepare('SELECT action FROM audit').pluck().get()).toBe('hello');
    upgraded.db.close();

    const backup = new Database(upgraded.backupPath ?? '', { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(next.version - 1);
    expect(backup.prepare('SELECT action FROM audit').pluck().get()).toBe('hello');
    expect(
      backup.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get(),
    ).toBe(0);
    backup.close();
  });

  it('rolls a failing migration back and leaves the library as it was', () => {
    const path = tempPath();
    const first = openDatabase(path);
    if (!first.ok) throw new Error(first.state.message);
    first.db.close();
    const broken: Migration = {
      version: 99,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER)');
        throw new Error('disk full');
      },
    };
    const result = openDatabase(path, { migrations: [...migrations, broken] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.state.message).toMatch(/disk full/);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(
      0,
    );
    db.close();
  });
});

describe('refusing bad files, untouched', () => {
  const refused = (bytes: Buffer, reason: string) => {
    const path = tempPath();
    writeFileSync(path, bytes);
    const result = openDatabase(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.state.reason).toBe(reason);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['library.sqlite']);
    return result;
  };

  it('refuses a file that is not SQLite', () => {
    const result = refused(Buffer.from('%PDF-1.7 this is a PDF, honestly'), 'not-sqlite');
    if (!result.ok)
      expect(result.state.message).toMatch(/not a Vetted library: it is not an SQLite database/);
  });

  it('refuses a truncated or corrupted SQLite file', () => {
    const good = tempPath();
    const opened = openDatabase(good);
    if (!opened.ok) throw new Error(opened.state.message);
    const insert = opened.db.prepare(
      "INSERT INTO audit (draft_id, at, actor, action, detail) VALUES (NULL, 'now', 'A', 'x', ?)",
    );
    for (let i = 0; i < 400; i += 1) insert.run(JSON.stringify({ filler: 'x'.repeat(400) }));
    opened.db.pragma('wal_checkpoint(TRUNCATE)');
    opened.db.close();
    const bytes = readFileSync(good);
    refused(bytes.subarray(0, Math.floor(bytes.length / 2)), 'damaged');
    const scrambled = Buffer.from(bytes);
    for (let offset = 4096; offset < scrambled.length; offset += 97) scrambled[offset] = 0xff;
    refused(scrambled, 'damaged');
  });

  it('refuses another program’s SQLite database and a newer Vetted library', () => {
    const foreign = tempPath();
    const other = new Database(foreign);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const bytes = readFileSync(foreign);
    refused(bytes, 'not-vetted');

    const newer = tempPath();
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.exec('CREATE TABLE future (x)');
    db.close();
    refused(readFileSync(newer), 'too-new');
  });

  it('does not create a missing file when asked to open an existing library', () => {
    const path = tempPath();
    const result = openDatabase(path, { createIfMissing: false });
    expect(result.ok).toBe(false);
    expect(existsSync(path)).toBe(false);
  });
});
