import { draftsMigration } from './001-drafts';
import { sourcesMigration } from './002-sources';
import { reviewMigration } from './003-review';
import { complianceMigration } from './004-compliance';
import { signaturesMigration } from './006-signatures';
import type { Migration } from './migration';

/** Every migration, in order. A new one goes at the end with the next version number. */
export const migrations: readonly Migration[] = [
  draftsMigration,
  sourcesMigration,
  reviewMigration,
  complianceMigration,
  signaturesMigration,
];

/** The schema version this build of Vetted writes. */
export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

export type { Migration };
