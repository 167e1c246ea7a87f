import { useCallback, useEffect, useState } from 'react';
import type { JSONContent } from '@tiptap/core';
import type { Draft, Version, VersionSummary } from '../../core/api';
import { useApi } from '../api/client';
import { errorMessage, formatDayTime, formatWords } from '../ui/format';
import { CompareVersions } from './CompareVersions';
import { describeVersion } from './describeVersion';
import { ReadOnlyDoc } from './ReadOnlyDoc';

interface HistoryPanelProps {
  draftId: string;
  /** Changes whenever a save or a new version happened, so the list refreshes. */
  refreshKey: number;
  /** Saves pending edits and returns the revision to base the restore on. */
  prepareRestore: () => Promise<number>;
  onRestored: (draft: Draft) => void;
}

/** The draft's versions, newest first; preview one read-only and restore it. */
export function HistoryPanel({
  draftId,
  refreshKey,
  prepareRestore,
  onRestored,
}: HistoryPanelProps) {
  const api = useApi();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [preview, setPreview] = useState<Version | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [comparing, setComparing] = useState(false);

  const currentDoc = useCallback(async () => {
    await prepareRestore();
    return (await api.drafts.get({ id: draftId })).doc as JSONContent;
  }, [api, draftId, prepareRestore]);

  const load = useCallback(() => {
    api.versions
      .list({ draftId })
      .then(setVersions)
      .catch((error: unknown) => setProblem(errorMessage(error)));
  }, [api, draftId]);

  useEffect(load, [load, refreshKey]);

  const open = async (id: string) => {
    setProblem(null);
    try {
      setPreview(await api.versions.get({ id }));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const restore = async () => {
    if (!preview) return;
    setBusy(true);
    setProblem(null);
    try {
      const baseRevision = await prepareRestore();
      const draft = await api.versions.restore({ id: preview.id, baseRevision });
      setPreview(null);
      onRestored(draft);
      load();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="side-section history" aria-label="Version history">
      <h2>History</h2>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      {preview ? (
        <div className="version-preview">
          <div className="version-preview-header">
            <button type="button" onClick={() => setPreview(null)}>
              ← All versions
            </button>
            <button type="button" className="primary" onClick={restore} disabled={busy}>
              Restore
            </button>
          </div>
          <p className="muted">
            {describeVersion(preview)} · {formatDayTime(preview.createdAt)} ·{' '}
            {formatWords(preview.wordCount)}
          </p>
          <p className="muted small">
            Restoring makes this the current text. What you have now is kept as a version first, so
            nothing is lost.
          </p>
          <h3 className="preview-title">{preview.metadata.title || 'Untitled draft'}</h3>
          <ReadOnlyDoc doc={preview.doc} label="Version preview" />
        </div>
      ) : (
        <>
          {versions?.length === 0 && (
            <p className="muted">
              No versions yet. Vetted keeps a snapshot every 10 minutes of editing; use “Save
              version” to keep one now.
            </p>
          )}
          {versions && versions.length > 0 && (
            <button type="button" className="compare-button" onClick={() => setComparing(true)}>
              Compare versions
            </button>
          )}
          {comparing && versions && (
            <CompareVersions
              draftId={draftId}
              versions={versions}
              open={comparing}
              onClose={() => setComparing(false)}
              currentDoc={currentDoc}
            />
          )}
          <ol className="version-list">
            {versions?.map((version) => (
              <li key={version.id}>
                <button
                  type="button"
                  className="version-item"
                  onClick={() => void open(version.id)}
                >
                  <span className="version-name">{describeVersion(version)}</span>
                  <span className="muted small">
                    {formatDayTime(version.createdAt)} · {formatWords(version.wordCount)}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
