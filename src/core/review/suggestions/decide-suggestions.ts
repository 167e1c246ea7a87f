import type { JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { toDocNode, type DocInput } from '../doc-node';
import { suggestionSpans, type SuggestionMarkName, type SuggestionSpan } from './suggestion-spans';

/** What to do with a suggestion: keep its change, or drop it. */
export type SuggestionDecision = 'accept' | 'reject';

/** Which suggestions a decision applies to: some ids, or every one in the document. */
export type SuggestionSelector = readonly string[] | 'all';

/**
 * What a decision does to each kind of suggested content: accepting an insertion
 * or rejecting a deletion only drops the mark; the other two remove the content.
 */
const EFFECTS: Record<
  SuggestionDecision,
  Record<SuggestionMarkName, 'drop-mark' | 'remove-content'>
> = {
  accept: { insertion: 'drop-mark', deletion: 'remove-content' },
  reject: { insertion: 'remove-content', deletion: 'drop-mark' },
};

/**
 * Accepts or rejects suggestions, adding the steps to a transform. Content that
 * carries both an insertion and a deletion goes when either decision removes it.
 * A paragraph left empty because all of its content went is removed with it.
 */
export function applySuggestionDecision<T extends Transform>(
  tr: T,
  decision: SuggestionDecision,
  selector: SuggestionSelector,
): T {
  const wanted = selector === 'all' ? null : new Set(selector);
  const spans = suggestionSpans(tr.doc).filter((span) => !wanted || wanted.has(span.attrs.id));
  const removals: SuggestionSpan[] = [];
  for (const span of spans) {
    if (EFFECTS[decision][span.kind] === 'remove-content') removals.push(span);
    else tr.removeMark(span.from, span.to, tr.doc.type.schema.marks[span.kind]);
  }
  const start = tr.steps.length;
  for (const range of mergeRanges(removals).reverse()) {
    const mapping = tr.mapping.slice(start);
    removeContent(tr, mapping.map(range.from, 1), mapping.map(range.to, -1));
  }
  return tr;
}

/** Removes suggested content; a block whose whole content goes is removed with it. */
function removeContent(tr: Transform, from: number, to: number): void {
  if (to <= from) return;
  const $from = tr.doc.resolve(from);
  const $to = tr.doc.resolve(to);
  const wholeBlocks =
    $from.parent.isTextblock &&
    $to.parent.isTextblock &&
    $from.parentOffset === 0 &&
    $to.parentOffset === $to.parent.content.size;
  const blockFrom = wholeBlocks ? $from.before() : from;
  const blockTo = wholeBlocks ? $to.after() : to;
  const wholeDocument = blockFrom <= 0 && blockTo >= tr.doc.content.size;
  if (wholeBlocks && !wholeDocument) tr.deleteRange(blockFrom, blockTo);
  else tr.delete(from, to);
}

/** Overlapping or touching ranges joined, in document order. */
function mergeRanges(spans: readonly SuggestionSpan[]): { from: number; to: number }[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ from: span.from, to: span.to });
  }
  return merged;
}

/** A document with some or all suggestions accepted or rejected. */
export function decideSuggestions(
  doc: DocInput,
  decision: SuggestionDecision,
  selector: SuggestionSelector,
): Node {
  const node = toDocNode(doc);
  return applySuggestionDecision(new Transform(node), decision, selector).doc;
}

/**
 * The document as if every pending suggestion were rejected: what exports are
 * made from, since an export never contains a change nobody accepted.
 */
export function withoutSuggestions(doc: JSONContent): JSONContent {
  return decideSuggestions(doc, 'reject', 'all').toJSON() as JSONContent;
}
