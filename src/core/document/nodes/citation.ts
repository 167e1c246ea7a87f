import { Node, mergeAttributes } from '@tiptap/core';

/** Attributes of a citation node: which sources it cites and an optional locator ("p. 4"). */
export interface CitationAttrs {
  sourceIds: string[];
  locator: string | null;
}

/** The minimal element surface parseHTML needs; core has no DOM types. */
interface ElementLike {
  getAttribute(name: string): string | null;
}

/**
 * An inline atom holding source ids. Its number is never stored: it is derived
 * from the order of first appearance, so moving text renumbers everything.
 */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      sourceIds: {
        default: [],
        parseHTML: (element: ElementLike) =>
          (element.getAttribute('data-sources') ?? '').split(/\s+/).filter(Boolean),
        renderHTML: (attrs: { sourceIds?: string[] }) => ({
          'data-sources': (attrs.sourceIds ?? []).join(' '),
        }),
      },
      locator: {
        default: null,
        parseHTML: (element: ElementLike) => element.getAttribute('data-locator'),
        renderHTML: (attrs: { locator?: string | null }) =>
          attrs.locator ? { 'data-locator': attrs.locator } : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-citation]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-citation': '' }, HTMLAttributes)];
  },
});
