import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { isSuggesting, setSuggesting } from '../../core/review/suggestions/suggesting-plugin';

/** Toolbar controls for reviewing: comment on the selection, and the Suggesting toggle. */
export function ReviewTools({ editor, onComment }: { editor: Editor; onComment: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      empty: e.state.selection.empty,
      suggesting: isSuggesting(e.state),
    }),
  });
  return (
    <>
      <button
        type="button"
        disabled={state.empty}
        aria-keyshortcuts="Control+Alt+M"
        title="Comment on the selected text (Ctrl+Alt+M)"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onComment}
      >
        Comment
      </button>
      <button
        type="button"
        aria-pressed={state.suggesting}
        title="Suggesting: your edits are proposed as tracked changes"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          setSuggesting(!state.suggesting)(editor.state, editor.view.dispatch);
          editor.commands.focus();
        }}
      >
        Suggesting
      </button>
    </>
  );
}
