import type { JSONContent } from '@tiptap/core';

/**
 * A tiny document-building DSL for tests and fixtures, in the style of
 * prosemirror-test-builder: `doc(h2('Risks'), p('text ', cite('muller2024')))`.
 */
type Child = JSONContent | string;
type Mark = NonNullable<JSONContent['marks']>[number];

const inline = (children: Child[]): JSONContent[] =>
  children.map((child) => (typeof child === 'string' ? { type: 'text', text: child } : child));

const block =
  (type: string, attrs?: Record<string, unknown>) =>
  (...children: Child[]): JSONContent => {
    const node: JSONContent = { type };
    if (attrs) node.attrs = attrs;
    const content = inline(children).filter((child) => child.type !== 'text' || child.text);
    if (content.length) node.content = content;
    return node;
  };

const marked =
  (mark: Mark) =>
  (...children: Child[]): JSONContent[] =>
    inline(children).map((child) => ({ ...child, marks: [...(child.marks ?? []), mark] }));

/** The document root. */
export const doc = (...blocks: JSONContent[]): JSONContent => ({ type: 'doc', content: blocks });
/** A paragraph of text and inline nodes (arrays from mark helpers are flattened). */
export const p = (...children: (Child | JSONContent[])[]): JSONContent =>
  block('paragraph')(...children.flat());
/** Headings H2–H4. */
export const h2 = (...children: Child[]): JSONContent =>
  block('heading', { level: 2 })(...children);
export const h3 = (...children: Child[]): JSONContent =>
  block('heading', { level: 3 })(...children);
export const h4 = (...children: Child[]): JSONContent =>
  block('heading', { level: 4 })(...children);
/** Lists and list items; an item takes blocks, or strings wrapped into one paragraph. */
export const ul = (...items: JSONContent[]): JSONContent => ({
  type: 'bulletList',
  content: items,
});
export const ol = (...items: JSONContent[]): JSONContent => ({
  type: 'orderedList',
  content: items,
});
export const li = (...children: (Child | JSONContent)[]): JSONContent => {
  const blocks = children.every((child) => typeof child !== 'string' && child.type !== 'text');
  return {
    type: 'listItem',
    content: blocks ? (children as JSONContent[]) : [p(...(children as Child[]))],
  };
};
/** A blockquote and a horizontal rule. */
export const quote = (...blocks: JSONContent[]): JSONContent => ({
  type: 'blockquote',
  content: blocks,
});
export const hr = (): JSONContent => ({ type: 'horizontalRule' });
/** Inline marks. */
export const b = (...children: Child[]): JSONContent[] => marked({ type: 'bold' })(...children);
export const i = (...children: Child[]): JSONContent[] => marked({ type: 'italic' })(...children);
export const a = (href: string, ...children: Child[]): JSONContent[] =>
  marked({ type: 'link', attrs: { href } })(...children);
/** A citation of one or more sources, with an optional locator. */
export const cite = (...sourceIds: string[]): JSONContent => ({
  type: 'citation',
  attrs: { sourceIds, locator: null },
});
/** A citation with a locator such as "p. 4". */
export const citeAt = (locator: string, ...sourceIds: string[]): JSONContent => ({
  type: 'citation',
  attrs: { sourceIds, locator },
});
