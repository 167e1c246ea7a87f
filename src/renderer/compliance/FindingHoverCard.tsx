import type { Editor } from '@tiptap/core';
import { applySuggestion } from './finding-actions';
import type { ShownFinding } from './useCompliance';

/** What a finding's card shows: severity, rule, message, and Apply / Waive…. */
export function FindingCardContent({
  editor,
  finding,
  onWaive,
  onDone,
}: {
  editor: Editor;
  finding: ShownFinding;
  onWaive: (finding: ShownFinding) => void;
  /** Closes the card once an action was taken. */
  onDone: () => void;
}) {
  return (
    <>
      <div className="finding-card-rule">
        {finding.severity} · {finding.ruleId}
      </div>
      <p>{finding.message}</p>
      {finding.suggestion !== undefined && (
        <p className="muted small">Suggestion: “{finding.suggestion}”</p>
      )}
      <div className="button-row">
        {finding.suggestion !== undefined && (
          <button
            type="button"
            onClick={() => {
              onDone();
              applySuggestion(editor, finding);
            }}
          >
            Apply
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            onDone();
            onWaive(finding);
          }}
        >
          Waive…
        </button>
      </div>
    </>
  );
}
