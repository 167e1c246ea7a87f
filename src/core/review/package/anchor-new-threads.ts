import type { Node } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { addCommentMark } from '../comments/comment-commands';
import { findCommentAnchors } from '../comments/comment-anchors';
import { DocCorrespondence, type MissReason } from '../text/doc-correspondence';

/** The document with new threads anchored, and the threads that could not be. */
export interface ThreadAnchoring {
  doc: Node;
  anchored: Set<string>;
  conflicts: Map<string, MissReason>;
}

/**
 * Anchors threads from the reviewer's copy in the writer's document at the
 * same text. A thread whose text changed meanwhile is not anchored (it shows
 * as orphaned, with its quote); a thread orphaned in the reviewer's copy too
 * has nothing to anchor and is neither anchored nor a conflict.
 */
export function anchorNewThreads(
  source: Node,
  target: Node,
  threadIds: readonly string[],
): ThreadAnchoring {
  const anchors = findCommentAnchors(source);
  const wanted = threadIds.filter((id) => anchors.has(id));
  const result: ThreadAnchoring = { doc: target, anchored: new Set(), conflicts: new Map() };
  if (!wanted.length) return result;
  const correspondence = new DocCorrespondence(source, target);
  const tr = new Transform(target);
  for (const threadId of wanted) {
    const ranges = [];
    let miss: MissReason | null = null;
    for (const range of anchors.get(threadId)!.ranges) {
      const carried = correspondence.carryRange(range.from, range.to);
      if (!carried.ok) {
        miss = carried.reason;
        break;
      }
      ranges.push(...carried.value);
    }
    if (miss) {
      result.conflicts.set(threadId, miss);
      continue;
    }
    for (const range of ranges) addCommentMark(tr, range.from, range.to, threadId);
    result.anchored.add(threadId);
  }
  result.doc = tr.doc;
  return result;
}
