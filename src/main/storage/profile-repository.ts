import type { Database, Statement } from 'better-sqlite3';
import type { Profile } from '../../core/review/profile';

interface ProfileRow {
  id: string;
  name: string;
  initials: string;
  role: string;
}

/** SQL for the local profile: who is working on this machine. */
export class ProfileRepository {
  private readonly selfRow: Statement<[], ProfileRow>;
  private readonly clearSelf: Statement<[]>;
  private readonly upsert: Statement;

  constructor(db: Database) {
    this.selfRow = db.prepare('SELECT id, name, initials, role FROM profiles WHERE is_self = 1');
    this.clearSelf = db.prepare('UPDATE profiles SET is_self = 0 WHERE is_self = 1');
    this.upsert = db.prepare(`
      INSERT INTO profiles (id, name, initials, role, is_self, updated_at)
      VALUES (@id, @name, @initials, @role, 1, @updated_at)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, initials = excluded.initials,
        role = excluded.role, is_self = 1, updated_at = excluded.updated_at`);
  }

  /** The profile of whoever uses this library, or null before first start. */
  self(): Profile | null {
    const row = this.selfRow.get();
    return row
      ? { id: row.id, name: row.name, initials: row.initials, role: row.role as Profile['role'] }
      : null;
  }

  /** Sets (or changes) the local profile. */
  setSelf(profile: Profile, at: string): void {
    const current = this.self();
    if (current && current.id !== profile.id) this.clearSelf.run();
    this.upsert.run({ ...profile, updated_at: at });
  }
}
