import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { applySuggestion } from './finding-actions';
import type { ShownFinding } from './useCompliance';

interface Hovered {
  index: number;
  top: number;
  left: number;
}

/** The message of an underlined finding under the pointer, with Apply and Waive…. */
export function FindingHoverCard({
  editor,
  open,
  onWaive,
}: {
  editor: Editor;
  open: ShownFinding[];
  onWaive: (finding: ShownFinding) => void;
}) {
  const [hovered, setHovered] = useState<Hovered | null>(null);

  useEffect(() => {
    const frame = editor.view.dom.closest('.editor-frame');
    if (!frame) return;
    let hide: ReturnType<typeof setTimeout> | undefined;
    const onOver = (event: Event) => {
      const target = (event.target as HTMLElement).closest?.('[data-finding]');
      const card = (event.target as HTMLElement).closest?.('.finding-card');
      if (card) {
        clearTimeout(hide);
        return;
      }
      if (!(target instanceof HTMLElement)) return;
      clearTimeout(hide);
      const box = frame.getBoundingClientRect();
      const rect = target.getBoundingClientRect();
      setHovered({
        index: Number(target.dataset.finding),
        top: rect.bottom - box.top + 4,
        left: Math.max(0, rect.left - box.left),
      });
    };
    const onOut = (event: Event) => {
      const from = event.target as HTMLElement;
      if (from.closest?.('[data-finding]') || from.closest?.('.finding-card')) {
        clearTimeout(hide);
        hide = setTimeout(() => setHovered(null), 400);
      }
    };
    // The card is for reading while pointing; clicking into the text or typing puts it away,
    // so it never sits over the line the writer is working on.
    const dismiss = (event: Event) => {
      if ((event.target as HTMLElement).closest?.('.finding-card')) return;
      clearTimeout(hide);
      setHovered(null);
    };
    frame.addEventListener('mouseover', onOver);
    frame.addEventListener('mouseout', onOut);
    frame.addEventListener('mousedown', dismiss);
    frame.addEventListener('keydown', dismiss);
    return () => {
      clearTimeout(hide);
      frame.removeEventListener('mouseover', onOver);
      frame.removeEventListener('mouseout', onOut);
      frame.removeEventListener('mousedown', dismiss);
      frame.removeEventListener('keydown', dismiss);
    };
  }, [editor]);

  const finding = hovered ? open[hovered.index] : undefined;
  if (!hovered || !finding) return null;
  return (
    <div
      className={`finding-card severity-${finding.severity}`}
      role="tooltip"
      style={{ top: hovered.top, left: hovered.left }}
    >
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
              applySuggestion(editor, finding);
              setHovered(null);
            }}
          >
            Apply
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            setHovered(null);
            onWaive(finding);
          }}
        >
          Waive…
        </button>
      </div>
    </div>
  );
}
