import type { Node } from '@tiptap/pm/model';
import { toDocNode, type DocInput } from '../doc-node';
import { inlineText } from '../text/inline-text';
import { suggestionSpans, type SuggestionSpan } from './suggestion-spans';

/** What a suggestion does: add content, remove content, or both (replace). */
export type SuggestionKind = 'insertion' | 'deletion' | 'replacement';

/** One pending suggestion, as the review panel lists it. */
export interface SuggestionSummary {
  id: string;
  kind: SuggestionKind;
  authorId: string;
  authorName: string;
  createdAt: string;
  /** Text it adds (empty for a deletion); paragraphs separated by a newline. */
  insertedText: string;
  /** Text it removes (empty for an insertion). */
  deletedText: string;
  /** From the start of its first part to the end of its last: where "jump to" goes. */
  from: number;
  to: number;
  /** Each stretch of content it marks, in document order. */
  spans: { kind: 'insertion' | 'deletion'; from: number; to: number }[];
}

/** Every pending suggestion in document order, with its text, kind, author and time. */
export function listSuggestions(doc: DocInput): SuggestionSummary[] {
  const node = toDocNode(doc);
  const byId = new Map<string, SuggestionSpan[]>();
  for (const span of suggestionSpans(node)) {
    const spans = byId.get(span.attrs.id) ?? [];
    spans.push(span);
    byId.set(span.attrs.id, spans);
  }
  return [...byId.values()].map((spans) => summarize(node, spans)).sort((a, b) => a.from - b.from);
}

function summarize(doc: Node, spans: SuggestionSpan[]): SuggestionSummary {
  const first = spans[0]!;
  const inserted = spans.filter((span) => span.kind === 'insertion');
  const deleted = spans.filter((span) => span.kind === 'deletion');
  const kind: SuggestionKind =
    inserted.length && deleted.length ? 'replacement' : inserted.length ? 'insertion' : 'deletion';
  return {
    id: first.attrs.id,
    kind,
    authorId: first.attrs.authorId,
    authorName: first.attrs.authorName,
    createdAt: first.attrs.createdAt,
    insertedText: joinedText(doc, inserted),
    deletedText: joinedText(doc, deleted),
    from: Math.min(...spans.map((span) => span.from)),
    to: Math.max(...spans.map((span) => span.to)),
    spans: spans.map(({ kind: spanKind, from, to }) => ({ kind: spanKind, from, to })),
  };
}

/** Text of spans: parts in one paragraph run together, parts in different ones are separated by a newline. */
function joinedText(doc: Node, spans: readonly SuggestionSpan[]): string {
  let text = '';
  let previousEnd = -1;
  for (const span of spans) {
    if (previousEnd >= 0)
      text += doc.resolve(previousEnd).parent === doc.resolve(span.from).parent ? '' : '\n';
    text += inlineText(doc, span.from, span.to);
    previousEnd = span.to;
  }
  return text;
}
