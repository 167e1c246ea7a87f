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
}
