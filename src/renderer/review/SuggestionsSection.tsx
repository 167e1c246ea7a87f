import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { useState } from 'react';
import {
  listSuggestions,
  type SuggestionSummary,
} from '../../core/review/suggestions/list-suggestions';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  rejectAllSuggestions,
  rejectSuggestion,
} from '../../core/review/suggestions/suggestion-commands';
import { useApi } from '../api/client';
import { errorMessage, formatDayTime } from '../ui/format';

type Decision = 'accept' | 'reject';

/** Suggested edits in reading order, each with Accept and Reject, and both for all at once. */
export function SuggestionsSection({
  editor,
  doc,
  draftId,
}: {
  editor: Editor;
  doc: PMNode;
  draftId: string;
}) {
  const api = useApi();
  const [problem, setProblem] = useState<string | null>(null);
  const suggestions = listSuggestions(doc);

  const decide = (decision: Decision, ids: string[] | 'all') => {
    const chosen = ids === 'all' ? listSuggestions(editor.state.doc).map((item) => item.id) : ids;
    if (!chosen.length) return;
    const described = listSuggestions(editor.state.doc)
      .filter((item) => chosen.includes(item.id))
      .map(({ id, kind, insertedText, deletedText, authorName }) => ({
        id,
        kind,
        insertedText,
        deletedText,
        authorName,
      }));
    const command =
      ids === 'all'
        ? decision === 'accept'
          ? acceptAllSuggestions()
          : rejectAllSuggestions()
        : decision === 'accept'
          ? acceptSuggestion(chosen[0] ?? '')
          : rejectSuggestion(chosen[0] ?? '');
    command(editor.state, editor.view.dispatch);
    setProblem(null);
    api.suggestions
      .recordDecision({ draftId, suggestionIds: chosen, decision, described })
      .catch((error: unknown) => setProblem(errorMessage(error)));
  };

  const reveal = (item: SuggestionSummary) => {
    const to = Math.min(item.to, editor.state.doc.content.size);
    editor.view.dispatch(
      editor.state.tr
        .setSelection(TextSelection.create(editor.state.doc, item.from, to))
        .scrollIntoView(),
    );
    editor.commands.focus();
  };

  return (
    <section className="side-section suggestions" aria-label="Suggestions">
      <div className="section-title-row">
        <h2>Suggestions</h2>
        <div className="button-row">
          <button
            type="button"
            disabled={!suggestions.length}
            onClick={() => decide('accept', 'all')}
          >
            Accept all
          </button>
          <button
            type="button"
            disabled={!suggestions.length}
            onClick={() => decide('reject', 'all')}
          >
            Reject all
          </button>
        </div>
      </div>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      {suggestions.length === 0 && (
        <p className="muted">No suggested edits. Turn on “Suggesting” to propose changes.</p>
      )}
      <ol className="suggestion-list">
        {suggestions.map((item) => (
          <li
            key={item.id}
            className={`suggestion ${item.kind}`}
            aria-label={`Suggestion by ${item.authorName}`}
          >
            <button
              type="button"
              className="suggestion-text quote-button"
              onClick={() => reveal(item)}
              title="Show in the text"
            >
              {item.kind !== 'insertion' && <del>{item.deletedText}</del>}
              {item.kind !== 'deletion' && <ins>{item.insertedText}</ins>}
            </button>
            <div className="muted small">
              {item.authorName} · {formatDayTime(item.createdAt)}
            </div>
            <div className="button-row">
              <button type="button" onClick={() => decide('accept', [item.id])}>
                Accept
              </button>
              <button type="button" onClick={() => decide('reject', [item.id])}>
                Reject
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
