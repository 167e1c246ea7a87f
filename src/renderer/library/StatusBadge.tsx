import type { DraftStatus } from '../../core/document/metadata';

const LABELS: Record<DraftStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
};

/** A draft's workflow status as a small coloured label. */
export function StatusBadge({ status }: { status: DraftStatus }) {
  return <span className={`status-badge status-${status}`}>{LABELS[status]}</span>;
}

/** Human name of a status. */
export function statusLabel(status: DraftStatus): string {
  return LABELS[status];
}
