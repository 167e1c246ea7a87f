import { canonicalJson } from '../../core/review/package/canonical-json';
import type { Library } from '../storage/library';
import type { DraftRecord } from '../storage/rows';

/** Statuses whose sign-off an edit leaves behind. */
const SIGNED_STATUSES: ReadonlySet<string> = new Set(['approved', 'published']);

/**
 * Records in the audit that an approved or published draft was changed: once per
 * approval (the first edit says the approval no longer covers the text; later edits
 * of the same lapsed approval add nothing new), with what changed.
 */
export function auditEditAfterApproval(
  library: Library,
  before: DraftRecord,
  after: DraftRecord,
  actor: string,
  at: string,
): void {
  if (!SIGNED_STATUSES.has(before.status)) return;
  const changed = [
    canonicalJson(before.doc) !== canonicalJson(after.doc) ? 'text' : null,
    canonicalJson(before.metadata) !== canonicalJson(after.metadata) ? 'metadata' : null,
  ].filter((part): part is string => part !== null);
  if (!changed.length) return;
  const last = library.audit
    .list(before.id)
    .filter(
      (entry) => entry.action === 'status-changed' || entry.action === 'edited-after-approval',
    )
    .at(-1);
  if (last?.action === 'edited-after-approval') return;
  library.audit.append({
    draftId: before.id,
    at,
    actor,
    action: 'edited-after-approval',
    detail: {
      status: before.status,
      changed,
      fromRevision: before.revision,
      toRevision: after.revision,
    },
  });
}
