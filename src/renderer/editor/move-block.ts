import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Alt-↑ / Alt-↓ move the block the cursor is in (a paragraph, a heading, a whole
 * list) past its neighbour, keeping the cursor in it: the quick way to reorder an
 * article, and citations renumber as the text moves.
 */
export const MoveBlock = Extension.create({
  name: 'moveBlock',
  // Ahead of ProseMirror's base keymap, which binds the same keys to joinUp/joinDown.
  priority: 1000,
  addKeyboardShortcuts() {
    const move = (direction: -1 | 1) => () => {
      // A click moves the DOM selection before ProseMirror's selectionchange handler has
      // run; read it now so Alt-↑ right after a click moves the block that was clicked.
      (
        this.editor.view as unknown as { domObserver?: { flush?: () => void } }
      ).domObserver?.flush?.();
      const tr = moveBlock(this.editor.state, direction);
      if (!tr) return false;
      this.editor.view.dispatch(tr.scrollIntoView());
      return true;
    };
    return { 'Alt-ArrowUp': move(-1), 'Alt-ArrowDown': move(1) };
  },
});

/** The transaction moving the top-level block at the cursor one place up or down, or null at an edge. */
export function moveBlock(state: EditorState, direction: -1 | 1): Transaction | null {
  const { $from } = state.selection;
  if ($from.depth < 1) return null;
  const index = $from.index(0);
  const target = index + direction;
  if (target < 0 || target >= state.doc.childCount) return null;
  const block = state.doc.child(index);
  const neighbour = state.doc.child(target);
  const start = $from.before(1);
  const offsetInBlock = state.selection.from - start;
  const tr = state.tr.delete(start, start + block.nodeSize);
  const insertAt = direction === -1 ? start - neighbour.nodeSize : start + neighbour.nodeSize;
  tr.insert(insertAt, block);
  const cursor = Math.min(insertAt + offsetInBlock, tr.doc.content.size);
  return tr.setSelection(TextSelection.near(tr.doc.resolve(cursor)));
}
