import { Mark, mergeAttributes } from '@tiptap/core';

interface ElementLike {
  getAttribute(name: string): string | null;
}

/**
 * Anchors a comment thread to a range of text. The thread itself lives in the
 * database; the mark only carries its id, so it follows the text through edits.
 * `excludes: ''` lets threads overlap.
 */
export const Comment = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  spanning: true,

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element: ElementLike) => element.getAttribute('data-thread'),
        renderHTML: (attrs: { threadId?: string | null }) =>
          attrs.threadId ? { 'data-thread': attrs.threadId } : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-thread]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'comment-anchor' }, HTMLAttributes), 0];
  },
});
