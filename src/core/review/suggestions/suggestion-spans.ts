import type { Mark, Node } from '@tiptap/pm/model';
import type { SuggestionAttrs } from '../../document/marks/suggestion';

/** The two kinds of tracked change, named after their marks. */
export const SUGGESTION_MARKS = ['insertion', 'deletion'] as const;
export type SuggestionMarkName = (typeof SUGGESTION_MARKS)[number];

/** One stretch of a document carrying one suggestion mark. */
export interface SuggestionSpan {
  kind: SuggestionMarkName;
  from: number;
  to: number;
  attrs: SuggestionAttrs;
}

/** The suggestion mark of a kind on an inline node, if any. */
export function suggestionMark(node: Node, kind: SuggestionMarkName): Mark | undefined {
  return node.marks.find((mark) => mark.type.name === kind);
}

/** A suggestion mark's attributes, typed. */
export function suggestionAttrs(mark: Mark): SuggestionAttrs {
  return mark.attrs as SuggestionAttrs;
}

/**
 * Every stretch of suggested content in document order. Adjacent inline nodes
 * with the same suggestion make one span, and so do parts of one suggestion
 * separated only by block boundaries (a suggestion that spans paragraphs),
 * so removing a span also removes the paragraph break it took along.
 */
export function suggestionSpans(doc: Node): SuggestionSpan[] {
  const spans: SuggestionSpan[] = [];
  const open = new Map<string, SuggestionSpan>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const kind of SUGGESTION_MARKS) {
      const mark = suggestionMark(node, kind);
      if (!mark) continue;
      const attrs = suggestionAttrs(mark);
      const key = `${kind}\u0000${attrs.id}`;
      const last = open.get(key);
      if (last && (last.to === pos || onlyBlockBoundaries(doc, last.to, pos))) {
        last.to = pos + node.nodeSize;
      } else {
        const span: SuggestionSpan = { kind, from: pos, to: pos + node.nodeSize, attrs };
        spans.push(span);
        open.set(key, span);
      }
    }
    return false;
  });
  return spans.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Whether nothing but block boundaries (no inline content) lies between two positions. */
export function onlyBlockBoundaries(doc: Node, from: number, to: number): boolean {
  if (to <= from) return to === from;
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  const atBlockEdges =
    $from.parent.isTextblock &&
    $to.parent.isTextblock &&
    $from.parentOffset === $from.parent.content.size &&
    $to.parentOffset === 0;
  if (!atBlockEdges) return false;
  let inline = false;
  doc.nodesBetween(from, to, (node) => {
    if (inline) return false;
    if (node.isInline) inline = true;
    return !inline;
  });
  return !inline;
}
