import type { Library } from '../storage/library';
import type { DraftRecord } from '../storage/rows';
import type { LibraryHost } from './library-host';

/** What every service needs from its surroundings; tests pass their own clock and ids. */
export interface ServiceContext {
  host: LibraryHost;
  /** The current time. */
  now: () => Date;
  /** A new unique id. */
  newId: () => string;
  /** Display name of whoever is working, for the audit trail. */
  actor: () => string;
  /** Which shell runs the app. */
  hostKind: 'electron' | 'browser';
  /** Vetted's version. */
  appVersion: string;
  /** How many compliance errors of a draft are not waived (the approval gate asks). */
  unwaivedErrors: (library: Library, draft: DraftRecord) => number;
}
