import type { Database } from 'better-sqlite3';
import { AuditRepository } from './audit-repository';
import { ComplianceRepository } from './compliance-repository';
import { DraftRepository } from './draft-repository';
import { ProfileRepository } from './profile-repository';
import { ReviewRepository } from './review-repository';
import { SourceRepository } from './source-repository';
import { VersionRepository } from './version-repository';

/** An open library file and the repositories over it. */
export class Library {
  readonly drafts: DraftRepository;
  readonly versions: VersionRepository;
  readonly audit: AuditRepository;
  readonly sources: SourceRepository;
  readonly profiles: ProfileRepository;
  readonly review: ReviewRepository;
  readonly compliance: ComplianceRepository;

  constructor(
    readonly db: Database,
    readonly path: string,
    readonly schemaVersion: number,
  ) {
    this.drafts = new DraftRepository(db);
    this.versions = new VersionRepository(db);
    this.audit = new AuditRepository(db);
    this.sources = new SourceRepository(db);
    this.profiles = new ProfileRepository(db);
    this.review = new ReviewRepository(db);
    this.compliance = new ComplianceRepository(db);
  }

  /** Runs `work` as one transaction: all of its writes land, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Checkpoints the WAL and closes the file. */
  close(): void {
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
