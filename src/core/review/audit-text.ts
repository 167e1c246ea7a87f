import type { DraftStatus } from '../document/metadata';
import { STATUS_LABELS } from './workflow/check-transition';

type Detail = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const status = (value: unknown): string => STATUS_LABELS[value as DraftStatus] ?? text(value);

/** What a decided suggestion did, in words: "the suggestion by Rita to delete “…”". */
function suggestionText(d: Detail): string {
  const by = d.suggestedBy ? ` by ${text(d.suggestedBy)}` : '';
  const inserted = text(d.insertedText);
  const deleted = text(d.deletedText);
  const what =
    inserted && deleted
      ? ` to replace “${deleted}” with “${inserted}”`
      : inserted
        ? ` to insert “${inserted}”`
        : deleted
          ? ` to delete “${deleted}”`
          : '';
  return `the suggestion${by}${what}`;
}

/** Audit action → a readable sentence from its detail. Unknown actions read as their name. */
const SENTENCES: Record<string, (detail: Detail) => string> = {
  'draft-trashed': () => 'Moved the draft to the trash',
  'draft-untrashed': () => 'Restored the draft from the trash',
  'draft-deleted': (d) => `Deleted the draft “${text(d.title)}” for good`,
  'version-restored': (d) =>
    `Restored ${d.versionName ? `the version “${text(d.versionName)}”` : `the version of ${text(d.versionCreatedAt)}`} (revision ${String(d.fromRevision)} → ${String(d.toRevision)})`,
  'status-changed': (d) =>
    `Changed the status from ${status(d.from)} to ${status(d.to)}${d.reason ? `: “${text(d.reason)}”` : ''}`,
  'signed-off': (d) => `Signed off revision ${String(d.revision)}: “${text(d.statement)}”`,
  'review-sent': (d) => `Sent a review package (revision ${String(d.revision)})`,
  'review-opened': (d) => `Opened a review package from ${text(d.sender)}`,
  'review-merged': (d) => `Imported a review package from ${text(d.sender)}: ${text(d.summary)}`,
  'finding-waived': (d) => `Waived “${text(d.ruleId)}” on “${text(d.excerpt)}”: ${text(d.reason)}`,
  'draft-imported': (d) => `Imported the draft from ${text(d.fileName)}`,
  'suggestion-accepted': (d) => `Accepted ${suggestionText(d)}`,
  'suggestion-rejected': (d) => `Rejected ${suggestionText(d)}`,
  'thread-started': (d) => `Commented on “${text(d.quote)}”: ${text(d.body)}`,
  'comment-replied': (d) => `Replied on “${text(d.quote)}”: ${text(d.body)}`,
  'thread-resolved': (d) => `Resolved the comment thread on “${text(d.quote)}”`,
  'thread-reopened': (d) => `Reopened the comment thread on “${text(d.quote)}”`,
  'edited-after-approval': (d) =>
    `Edited the ${Array.isArray(d.changed) ? d.changed.join(' and ') : 'draft'} after it was ${status(d.status).toLowerCase()}: the approval no longer covers it (revision ${String(d.fromRevision)} → ${String(d.toRevision)})`,
  exported: (d) =>
    `Exported as ${text(d.format)}${d.override ? ` despite ${String(d.errors)} compliance ${d.errors === 1 ? 'error' : 'errors'}: “${text(d.override)}”` : ''}`,
};

/** One plain sentence saying what an audit entry records. */
export function describeAuditEntry(action: string, detail: Detail): string {
  return SENTENCES[action]?.(detail) ?? action.replace(/-/g, ' ');
}

/** Cells that a spreadsheet would run as a formula get a leading apostrophe. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as RFC 4180 CSV (CRLF line ends), safe to open in a spreadsheet. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
