import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../core/api';
import { useApi } from '../api/client';
import { errorMessage, formatDayTime } from '../ui/format';
import { downloadText } from './download';

/** Who did what and when to this draft: read-only, exportable as CSV. */
export function AuditPanel({ draftId, refreshKey }: { draftId: string; refreshKey: number }) {
  const api = useApi();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.audit
      .list({ draftId })
      .then((loaded) => current && setEntries(loaded))
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, [api, draftId, refreshKey]);

  const exportCsv = async () => {
    try {
      const { fileName, csv } = await api.audit.exportCsv({ draftId });
      downloadText(fileName, csv, 'text/csv');
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <section className="side-section audit" aria-label="Audit trail">
      <div className="section-title-row">
        <h2>Audit trail</h2>
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      {entries?.length === 0 && (
        <p className="muted">
          Status changes, sign-offs, waivers, exports and restores appear here.
        </p>
      )}
      <ol className="audit-list">
        {[...(entries ?? [])].reverse().map((entry) => (
          <li key={entry.id}>
            <div className="audit-what">{entry.summary}</div>
            <div className="muted small">
              {entry.actor} · <time dateTime={entry.at}>{formatDayTime(entry.at)}</time>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
