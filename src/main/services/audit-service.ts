import type { VettedHandlers } from '../../core/api';
import { describeAuditEntry, toCsv } from '../../core/review/audit-text';
import type { ServiceContext } from './context';
import { requireDraft } from './drafts-service';

/** The audit namespace: reading (never changing) a draft's trail, and exporting it as CSV. */
export function auditService(context: ServiceContext): VettedHandlers['audit'] {
  const library = () => context.host.library();
  const entries = (draftId: string) =>
    library()
      .audit.list(draftId)
      .map((entry) => ({ ...entry, summary: describeAuditEntry(entry.action, entry.detail) }));

  return {
    list: ({ draftId }) => {
      requireDraft(library(), draftId);
      return entries(draftId);
    },
    exportCsv: ({ draftId }) => {
      const draft = requireDraft(library(), draftId);
      const rows = entries(draftId).map((entry) => [
        entry.at,
        entry.actor,
        entry.action,
        entry.summary,
        JSON.stringify(entry.detail),
      ]);
      const csv = toCsv([['time', 'who', 'action', 'what', 'detail'], ...rows]);
      const slug = draft.metadata.slug || 'draft';
      return { fileName: `${slug}-audit-trail.csv`, csv };
    },
  };
}
