import { useRef, useState } from 'react';
import type { ReviewImportResult } from '../../core/api';
import { useApi } from '../api/client';
import { emitAppEvent } from '../app/events';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';

/**
 * "Import review": opens a review package (the reviewer's side) or merges a returned
 * one into its draft (the writer's side), then says what merged and what conflicted.
 */
export function ImportReviewButton({ onOpenDraft }: { onOpenDraft: (id: string) => void }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ReviewImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      // The open draft may be the one the package merges into: save its last edits first.
      await window.__vettedFlush?.();
      const imported = await api.reviewPackages.import({ content: await file.text() });
      emitAppEvent('drafts-changed', { draftId: imported.draftId });
      emitAppEvent('draft-replaced', { draftId: imported.draftId });
      setResult(imported);
      onOpenDraft(imported.draftId);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import review
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Review package file"
        onChange={(event) => void importFile(event.target.files?.[0])}
      />
      <Dialog
        title={problem ? 'The review package was not imported' : 'Review imported'}
        open={result !== null || problem !== null}
        onClose={() => {
          setResult(null);
          setProblem(null);
        }}
        role="alertdialog"
      >
        {problem && <p className="error-text">{problem}</p>}
        {result && (
          <div className="import-report">
            <p role="status">
              <strong>{result.summary}</strong>
            </p>
            {result.merged.length > 0 && (
              <ul aria-label="Merged">
                {result.merged.map((item, index) => (
                  <li key={index}>{item.message}</li>
                ))}
              </ul>
            )}
            {result.conflicts.length > 0 && (
              <>
                <h3>Conflicts</h3>
                <ul aria-label="Conflicts">
                  {result.conflicts.map((item, index) => (
                    <li key={index} className="conflict-item">
                      {item.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setResult(null);
              setProblem(null);
            }}
          >
            OK
          </button>
        </div>
      </Dialog>
    </>
  );
}
