import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError, type LibraryState } from '../../core/api';
import { openDatabase } from '../storage/database';
import { Library } from '../storage/library';

/**
 * Holds the library file the app is working on, and can switch to another. While
 * no library is open, every call that needs one fails with "unavailable" and the
 * reason, which the UI shows with ways forward.
 */
export class LibraryHost {
  private current: Library | null = null;
  private currentState: LibraryState;

  constructor(path: string) {
    this.currentState = this.open(path, true);
  }

  /** What is open now, or why nothing is. */
  state(): LibraryState {
    return this.currentState;
  }

  /** The open library; throws ApiError('unavailable') when there is none. */
  library(): Library {
    if (this.current) return this.current;
    const state = this.currentState;
    throw new ApiError(
      'unavailable',
      state.state === 'unavailable' ? state.message : 'No library is open.',
    );
  }

  /** Switches to an existing library file; the current one stays open if that fails. */
  openExisting(path: string): LibraryState {
    const target = resolve(path);
    const opened = openDatabase(target, { createIfMissing: false });
    if (!opened.ok) return opened.state;
    return this.adopt(new Library(opened.db, target, opened.schemaVersion));
  }

  /** Starts a new, empty library at a path where nothing exists yet. */
  createNew(path: string): LibraryState {
    const target = resolve(path);
    if (existsSync(target)) {
      return {
        state: 'unavailable',
        path: target,
        reason: 'exists',
        message: `A file already exists at ${target}. Choose a new file name for the new library.`,
      };
    }
    const opened = openDatabase(target, { createIfMissing: true });
    if (!opened.ok) return opened.state;
    return this.adopt(new Library(opened.db, target, opened.schemaVersion));
  }

  /** Closes the library file. */
  close(): void {
    this.current?.close();
    this.current = null;
  }

  private open(path: string, createIfMissing: boolean): LibraryState {
    const target = resolve(path);
    const opened = openDatabase(target, { createIfMissing });
    if (!opened.ok) return opened.state;
    this.current = new Library(opened.db, target, opened.schemaVersion);
    return { state: 'open', path: target, schemaVersion: opened.schemaVersion };
  }

  private adopt(library: Library): LibraryState {
    this.current?.close();
    this.current = library;
    this.currentState = { state: 'open', path: library.path, schemaVersion: library.schemaVersion };
    return this.currentState;
  }
}
