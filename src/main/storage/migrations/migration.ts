import type { Database } from 'better-sqlite3';

/** One schema step: `up` runs inside a transaction and moves user_version to `version`. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}
