import type { Command } from '@tiptap/pm/state';
import type { Transform } from '@tiptap/pm/transform';

/**
 * Anchors a thread to a range by adding its comment mark. Threads may overlap:
 * marks of other threads on the same text stay.
 */
export function addCommentMark<T extends Transform>(
  tr: T,
  from: number,
  to: number,
  threadId: string,
): T {
  if (to <= from) return tr;
  return tr.addMark(from, to, tr.doc.type.schema.marks.comment!.create({ threadId }));
}

/** Removes a thread's anchor wherever it is (when the thread itself is deleted). */
export function removeCommentMarks<T extends Transform>(tr: T, threadId: string): T {
  const type = tr.doc.type.schema.marks.comment!;
  const ranges: [number, number][] = [];
  tr.doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    if (node.marks.some((mark) => mark.type === type && mark.attrs.threadId === threadId)) {
      ranges.push([pos, pos + node.nodeSize]);
    }
    return false;
  });
  for (const [from, to] of ranges) tr.removeMark(from, to, type.create({ threadId }));
  return tr;
}

/** Command: anchors a thread to the selected text; false when nothing is selected. */
export function setComment(threadId: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || !state.doc.textBetween(from, to, '', '\uFFFC').length) return false;
    dispatch?.(addCommentMark(state.tr, from, to, threadId));
    return true;
  };
}

/** Command: removes a thread's anchor from the document. */
export function unsetComment(threadId: string): Command {
  return (state, dispatch) => {
    const tr = removeCommentMarks(state.tr, threadId);
    if (!tr.docChanged) return false;
    dispatch?.(tr);
    return true;
  };
}
