import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { LibraryState } from '../../core/api';
import { migrations as allMigrations, type Migration } from './migrations';

type Unavailable = Extract<LibraryState, { state: 'unavailable' }>;

/** A library file opened for work, or the reason it could not be. */
export type OpenedDatabase =
  | { ok: true; db: Database.Database; schemaVersion: number; backupPath: string | null }
  | { ok: false; state: Unavailable };

/** How to treat a path that does not exist yet. */
export interface OpenOptions {
  /** Create a new, empty library when the file does not exist (default true). */
  createIfMissing?: boolean;
  /** Clock for backup file names (tests pass a fixed one). */
  now?: () => Date;
  /** The schema steps to apply (tests pass their own list). */
  migrations?: readonly Migration[];
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (or creates) a library file. A file that is not SQLite, is damaged, belongs
 * to another program or to a newer Vetted is refused before anything writes to it,
 * so it stays byte for byte as it was. Pending migrations run after a backup copy.
 */
export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const exists = existsSync(path);
  if (!exists && options.createIfMissing === false) {
    return refuse(path, 'missing', `There is no library file at ${path}.`);
  }
  const steps = options.migrations ?? allMigrations;
  const latest = steps.at(-1)?.version ?? 0;
  if (exists) {
    const problem = inspectExisting(path, latest);
    if (problem) return { ok: false, state: problem };
  } else {
    mkdirSync(dirname(path), { recursive: true });
  }

  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    return refuse(path, 'unreadable', `Vetted could not open ${path}: ${describe(error)}`);
  }

  try {
    const backupPath = migrate(db, path, steps, options.now ?? (() => new Date()));
    return { ok: true, db, schemaVersion: userVersion(db), backupPath };
  } catch (error) {
    db.close();
    return refuse(
      path,
      'unreadable',
      `Vetted could not update the library at ${path}: ${describe(error)}`,
    );
  }
}

/** Reads only: is this an SQLite file, sound, ours, and not from a newer Vetted? */
function inspectExisting(path: string, latest: number): Unavailable | null {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile())
      return unavailable(path, 'unreadable', `${path} is a folder, not a library file.`);
    size = info.size;
  } catch (error) {
    return unavailable(path, 'unreadable', `Vetted cannot read ${path}: ${describe(error)}`);
  }
  if (size === 0) return null;

  const header = Buffer.alloc(SQLITE_HEADER.length);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unavailable(path, 'unreadable', `Vetted cannot read ${path}: ${describe(error)}`);
  }
  if (!header.equals(SQLITE_HEADER)) {
    return unavailable(
      path,
      'not-sqlite',
      'This file is not a Vetted library: it is not an SQLite database. It may be another kind of file, or badly damaged.',
    );
  }

  // Opening a WAL-mode file, even read-only, makes SQLite create -wal and -shm files.
  // Those we created are removed again when the file is refused, so nothing is left behind.
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  const refusal = probeWithSqlite(path, latest);
  if (refusal) for (const file of sidecars) if (existsSync(file)) unlinkSync(file);
  return refusal;
}

/** Asks SQLite itself, read-only: is the file sound, ours, and not from a newer Vetted? */
function probeWithSqlite(path: string, latest: number): Unavailable | null {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      return unavailable(
        path,
        'damaged',
        `This library file is damaged (SQLite reports: ${String(check).trim()}).`,
      );
    }
    const version = userVersion(probe);
    if (version > latest) {
      return unavailable(
        path,
        'too-new',
        `This library was written by a newer version of Vetted (schema ${version}; this version knows up to ${latest}). Update Vetted to open it.`,
      );
    }
    const foreignTables = probe
      .prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .pluck()
      .get() as number;
    if (version === 0 && foreignTables > 0) {
      return unavailable(
        path,
        'not-vetted',
        'This file is an SQLite database, but not a Vetted library: it belongs to another program.',
      );
    }
    return null;
  } catch (error) {
    return unavailable(path, 'damaged', `This library file is damaged: ${describe(error)}`);
  } finally {
    probe?.close();
  }
}

/** Runs pending migrations, each in its own transaction; backs up a non-empty library first. */
function migrate(
  db: Database.Database,
  path: string,
  steps: readonly Migration[],
  now: () => Date,
): string | null {
  const current = userVersion(db);
  const pending = steps.filter((migration) => migration.version > current);
  if (!pending.length) return null;

  let backupPath: string | null = null;
  if (current > 0) {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    backupPath = `${path}.backup-v${current}-${stamp}`;
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return backupPath;
}

function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function unavailable(path: string, reason: Unavailable['reason'], message: string): Unavailable {
  return { state: 'unavailable', path, reason, message };
}

function refuse(path: string, reason: Unavailable['reason'], message: string): OpenedDatabase {
  return { ok: false, state: unavailable(path, reason, message) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
