import type { Database, Statement } from 'better-sqlite3';
import type { Profile } from '../../core/review/profile';

/** A waived finding as stored. */
export interface WaiverRecord {
  id: string;
  draftId: string;
  ruleId: string;
  excerpt: string;
  context: string;
  reason: string;
  waivedBy: Profile;
  waivedAt: string;
}

interface WaiverRow {
  id: string;
  draft_id: string;
  rule_id: string;
  excerpt: string;
  context: string;
  reason: string;
  waived_by: string;
  waived_at: string;
}

/** SQL for library settings and waivers. */
export class ComplianceRepository {
  private readonly getSetting: Statement<[string], { value: string }>;
  private readonly putSetting: Statement<[string, string, string]>;
  private readonly deleteSetting: Statement<[string]>;
  private readonly insertWaiver: Statement;
  private readonly waiversOfDraft: Statement<[string], WaiverRow>;

  constructor(db: Database) {
    this.getSetting = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.putSetting = db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    this.deleteSetting = db.prepare('DELETE FROM settings WHERE key = ?');
    this.insertWaiver = db.prepare(`
      INSERT INTO waivers (id, draft_id, rule_id, excerpt, context, reason, waived_by, waived_at)
      VALUES (@id, @draft_id, @rule_id, @excerpt, @context, @reason, @waived_by, @waived_at)`);
    this.waiversOfDraft = db.prepare(
      'SELECT * FROM waivers WHERE draft_id = ? ORDER BY waived_at, rowid',
    );
  }

  /** A setting's value, or null. */
  setting(key: string): string | null {
    return this.getSetting.get(key)?.value ?? null;
  }

  /** Sets (or, with null, removes) a setting. */
  setSetting(key: string, value: string | null, at: string): void {
    if (value === null) this.deleteSetting.run(key);
    else this.putSetting.run(key, value, at);
  }

  /** Records a waiver. */
  addWaiver(waiver: WaiverRecord): void {
    this.insertWaiver.run({
      id: waiver.id,
      draft_id: waiver.draftId,
      rule_id: waiver.ruleId,
      excerpt: waiver.excerpt,
      context: waiver.context,
      reason: waiver.reason,
      waived_by: JSON.stringify(waiver.waivedBy),
      waived_at: waiver.waivedAt,
    });
  }

  /** A draft's waivers, oldest first. */
  waivers(draftId: string): WaiverRecord[] {
    return this.waiversOfDraft.all(draftId).map((row) => ({
      id: row.id,
      draftId: row.draft_id,
      ruleId: row.rule_id,
      excerpt: row.excerpt,
      context: row.context,
      reason: row.reason,
      waivedBy: JSON.parse(row.waived_by) as Profile,
      waivedAt: row.waived_at,
    }));
  }
}
