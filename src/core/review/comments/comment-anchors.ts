import type { Node } from '@tiptap/pm/model';
import { toDocNode, type DocInput } from '../doc-node';
import { onlyBlockBoundaries } from '../suggestions/suggestion-spans';
import { inlineText } from '../text/inline-text';
import { MAX_QUOTE_LENGTH, type Thread } from '../thread';

/** Where a comment thread is anchored in a document now. */
export interface CommentAnchor {
  threadId: string;
  /** Each stretch carrying the thread's mark, in document order (edits can split an anchor). */
  ranges: { from: number; to: number }[];
  /** From the start of the first range to the end of the last. */
  from: number;
  to: number;
  /** The anchored text as it reads now. */
  text: string;
}

/** A stored thread with its place in the document, or orphaned when its text is gone. */
export interface AnchoredThread {
  thread: Thread;
  anchor: CommentAnchor | null;
  /** True when the document no longer holds the thread's mark: its text was deleted. */
  orphaned: boolean;
  /** The anchored text now, or the stored quote of an orphaned thread. */
  quote: string;
}

/** Every comment thread anchored in a document, by thread id. */
export function findCommentAnchors(doc: DocInput): Map<string, CommentAnchor> {
  const node = toDocNode(doc);
  const anchors = new Map<string, CommentAnchor>();
  node.descendants((child, pos) => {
    if (!child.isInline) return true;
    for (const mark of child.marks) {
      if (mark.type.name !== 'comment') continue;
      const threadId = (mark.attrs as { threadId: string | null }).threadId;
      if (!threadId) continue;
      const anchor = anchors.get(threadId);
      const end = pos + child.nodeSize;
      if (!anchor) {
        anchors.set(threadId, {
          threadId,
          ranges: [{ from: pos, to: end }],
          from: pos,
          to: end,
          text: '',
        });
        continue;
      }
      const last = anchor.ranges[anchor.ranges.length - 1]!;
      if (last.to === pos) last.to = end;
      else anchor.ranges.push({ from: pos, to: end });
      anchor.to = end;
    }
    return false;
  });
  for (const anchor of anchors.values()) anchor.text = anchorText(node, anchor.ranges);
  return anchors;
}

/**
 * Threads with their anchors, in reading order: anchored threads by position,
 * then orphaned ones (text deleted) by creation time, showing their stored quote.
 */
export function anchorThreads(doc: DocInput, threads: readonly Thread[]): AnchoredThread[] {
  const anchors = findCommentAnchors(doc);
  const result = threads.map((thread): AnchoredThread => {
    const anchor = anchors.get(thread.id) ?? null;
    return {
      thread,
      anchor,
      orphaned: anchor === null,
      quote: anchor ? anchor.text : thread.quote,
    };
  });
  return result.sort((a, b) => {
    if (a.anchor && b.anchor) return a.anchor.from - b.anchor.from || a.anchor.to - b.anchor.to;
    if (a.anchor || b.anchor) return a.anchor ? -1 : 1;
    return Date.parse(a.thread.createdAt) - Date.parse(b.thread.createdAt);
  });
}

/** The text a new thread quotes: what is selected, cut to the longest quote a thread keeps. */
export function commentQuote(doc: DocInput, from: number, to: number): string {
  const text = inlineText(toDocNode(doc), from, to);
  return text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : text;
}

function anchorText(doc: Node, ranges: readonly { from: number; to: number }[]): string {
  let text = '';
  let previous: { from: number; to: number } | undefined;
  for (const range of ranges) {
    if (previous) text += onlyBlockBoundaries(doc, previous.to, range.from) ? '\n' : ' … ';
    text += inlineText(doc, range.from, range.to);
    previous = range;
  }
  return text;
}
