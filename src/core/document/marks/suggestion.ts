import { Mark, mergeAttributes } from '@tiptap/core';

interface ElementLike {
  getAttribute(name: string): string | null;
}

/** Who proposed a tracked change, and when (ISO time). */
export interface SuggestionAttrs {
  id: string;
  authorId: string;
  authorName: string;
  createdAt: string;
}

const suggestionAttributes = () => ({
  id: {
    default: null,
    parseHTML: (element: ElementLike) => element.getAttribute('data-suggestion'),
    renderHTML: (attrs: { id?: string | null }) =>
      attrs.id ? { 'data-suggestion': attrs.id } : {},
  },
  authorId: {
    default: null,
    parseHTML: (element: ElementLike) => element.getAttribute('data-author-id'),
    renderHTML: (attrs: { authorId?: string | null }) =>
      attrs.authorId ? { 'data-author-id': attrs.authorId } : {},
  },
  authorName: {
    default: null,
    parseHTML: (element: ElementLike) => element.getAttribute('data-author'),
    renderHTML: (attrs: { authorName?: string | null }) =>
      attrs.authorName ? { 'data-author': attrs.authorName } : {},
  },
  createdAt: {
    default: null,
    parseHTML: (element: ElementLike) => element.getAttribute('data-time'),
    renderHTML: (attrs: { createdAt?: string | null }) =>
      attrs.createdAt ? { 'data-time': attrs.createdAt } : {},
  },
});

/**
 * A tracked insertion: text proposed in suggesting mode, not yet accepted.
 * Insertions and deletions may share text (a reviewer proposing to delete part
 * of another author's insertion), so neither excludes the other; each still
 * excludes itself, so a character belongs to at most one insertion.
 */
export const Insertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  addAttributes: suggestionAttributes,
  parseHTML() {
    return [{ tag: 'ins[data-suggestion]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['ins', mergeAttributes({ class: 'suggestion-insertion' }, HTMLAttributes), 0];
  },
});

/** A tracked deletion: text proposed for removal, kept until accepted or rejected. */
export const Deletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  addAttributes: suggestionAttributes,
  parseHTML() {
    return [{ tag: 'del[data-suggestion]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['del', mergeAttributes({ class: 'suggestion-deletion' }, HTMLAttributes), 0];
  },
});
