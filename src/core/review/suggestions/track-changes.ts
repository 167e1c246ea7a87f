import { Fragment, Slice, type Mark, type Node } from '@tiptap/pm/model';
import { isHistoryTransaction } from '@tiptap/pm/history';
import {
  AllSelection,
  NodeSelection,
  TextSelection,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';
import { ReplaceStep, StepMap, type Mappable, type Step } from '@tiptap/pm/transform';
import type { SuggestionAttrs } from '../../document/marks/suggestion';
import {
  SUGGESTION_MARKS,
  suggestionAttrs,
  suggestionMark,
  type SuggestionMarkName,
} from './suggestion-spans';

/** The person suggesting, as written on their suggestion marks. */
export interface SuggestionAuthor {
  id: string;
  name: string;
}

/** What tracking needs besides the transactions: who, when, and fresh ids. */
export interface TrackContext {
  author: SuggestionAuthor;
  now: () => string;
  createId: () => string;
}

/** Maps a position of the untracked document to the tracked one. */
type PositionMap = (pos: number, assoc: -1 | 1) => number;

interface AppliedStep {
  step: Step;
  doc: Node;
  track: boolean;
}

/**
 * Turns edits that were just applied into suggestions. The transactions' steps
 * are undone and replayed so that deleted content stays, marked as a deletion
 * (content the same author inserted as a suggestion is really removed), and
 * inserted content carries an insertion mark. Returns the transaction that does
 * this, or null when nothing needs tracking. Paragraph breaks alone (Enter, or
 * joining two paragraphs) and formatting are not tracked.
 */
export function trackChanges(
  transactions: readonly Transaction[],
  newState: EditorState,
  oldState: EditorState,
  context: TrackContext,
  shouldTrack: (tr: Transaction) => boolean,
): Transaction | null {
  const applied: AppliedStep[] = transactions.flatMap((tr) => {
    const track = shouldTrack(tr) && !isProgrammatic(tr);
    return tr.steps.map((step, index) => ({ step, doc: tr.docs[index]!, track }));
  });
  if (!applied.some((entry) => entry.track && changesInlineContent(entry.step, entry.doc)))
    return null;

  const tr = newState.tr;
  for (let index = applied.length - 1; index >= 0; index--) {
    const entry = applied[index]!;
    tr.step(entry.step.invert(entry.doc));
  }
  let toTracked: PositionMap = (pos) => pos;
  for (const entry of applied) {
    toTracked =
      entry.track &&
      entry.step instanceof ReplaceStep &&
      changesInlineContent(entry.step, entry.doc)
        ? trackReplace(tr, entry.step, toTracked, context)
        : replay(tr, entry.step, toTracked);
  }
  tr.setSelection(mapSelection(newState, oldState, tr.doc, toTracked));
  if (newState.storedMarks) tr.setStoredMarks(newState.storedMarks);
  return tr;
}

/**
 * Changes that are not the user's typing: undo and redo, changes kept out of
 * history, and TipTap's `setContent(…, { emitUpdate: false })` (loading a draft).
 */
function isProgrammatic(tr: Transaction): boolean {
  return (
    isHistoryTransaction(tr) ||
    tr.getMeta('addToHistory') === false ||
    tr.getMeta('preventUpdate') === true
  );
}

/** Whether a step removes or adds inline content (text, citations, breaks). */
function changesInlineContent(step: Step, doc: Node): boolean {
  if (!(step instanceof ReplaceStep)) return false;
  let inline = false;
  doc.nodesBetween(step.from, step.to, (node) => {
    if (node.isInline) inline = true;
    return !inline;
  });
  step.slice.content.descendants((node) => {
    if (node.isInline) inline = true;
    return !inline;
  });
  return inline;
}

/** Replays one replace step as a suggestion; returns the position map after it. */
function trackReplace(
  tr: Transaction,
  step: ReplaceStep,
  before: PositionMap,
  context: TrackContext,
): PositionMap {
  const { from, to, slice } = step;
  const start = tr.steps.length;
  const deleteFrom = from < to ? before(from, -1) : before(from, 1);
  const deleteTo = from < to ? before(to, 1) : deleteFrom;
  const deletion = from < to ? markDeleted(tr, deleteFrom, deleteTo, context) : null;
  const insertAt = tr.mapping.slice(start).map(deleteTo, 1);
  let insertStart = insertAt;
  let insertEnd = insertAt;
  if (slice.size > 0) {
    const beforeInsert = tr.steps.length;
    tr.replace(insertAt, insertAt, withoutSuggestionMarks(slice));
    const insertMap = tr.mapping.slice(beforeInsert);
    insertStart = insertMap.map(insertAt, -1);
    insertEnd = insertMap.map(insertAt, 1);
    const attrs = insertionAttrs(tr.doc, insertStart, insertEnd, deletion, context);
    tr.addMark(insertStart, insertEnd, tr.doc.type.schema.marks.insertion!.create(attrs));
  }
  const actions = tr.mapping.slice(start);
  const size = slice.size;
  const removed = to - from;
  return (pos, assoc) => {
    if (size > 0 && pos >= from && pos <= from + size)
      return Math.min(insertStart + (pos - from), insertEnd);
    if (pos < from || (pos === from && assoc < 0)) return actions.map(before(pos, assoc), assoc);
    if (pos === from) return actions.map(before(to, 1), 1);
    return actions.map(before(pos - size + removed, assoc), assoc);
  };
}

/**
 * Marks content in a range as deleted; the author's own pending insertions in
 * it, and content where suggestion marks are not allowed (a code block), are
 * really removed. Returns the deletion's attributes, or null if nothing got a
 * new deletion mark.
 */
function markDeleted(
  tr: Transaction,
  from: number,
  to: number,
  context: TrackContext,
): SuggestionAttrs | null {
  const removable: [number, number][] = [];
  const toMark: [number, number][] = [];
  let others = false;
  const deletionType = tr.doc.type.schema.marks.deletion!;
  tr.doc.nodesBetween(from, to, (node, pos, parent) => {
    if (!node.isInline) return true;
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    if (start >= end) return false;
    const insertion = suggestionMark(node, 'insertion');
    const own = insertion && suggestionAttrs(insertion).authorId === context.author.id;
    if (own || !parent?.type.allowsMarkType(deletionType)) {
      removable.push([start, end]);
    } else {
      others = true;
      if (!suggestionMark(node, 'deletion')) toMark.push([start, end]);
    }
    return false;
  });
  if (!others) {
    tr.delete(from, to);
    return null;
  }
  const attrs =
    toMark.length > 0
      ? (neighbourAttrs(tr.doc, from, to, ['deletion', 'insertion'], context) ??
        freshAttrs(context))
      : null;
  if (attrs) {
    const mark = deletionType.create(attrs);
    for (const [start, end] of toMark) tr.addMark(start, end, mark);
  }
  for (const [start, end] of removable.reverse()) tr.delete(start, end);
  return attrs;
}

/** Attributes for newly inserted content: joins the author's adjacent insertion, or the deletion it replaces. */
function insertionAttrs(
  doc: Node,
  from: number,
  to: number,
  deletion: SuggestionAttrs | null,
  context: TrackContext,
): SuggestionAttrs {
  return (
    neighbourAttrs(doc, from, to, ['insertion'], context) ??
    deletion ??
    neighbourAttrs(doc, from, to, ['deletion'], context) ??
    freshAttrs(context)
  );
}

/** The attributes of a suggestion by the same author right before or after a range, if any. */
function neighbourAttrs(
  doc: Node,
  from: number,
  to: number,
  kinds: readonly SuggestionMarkName[],
  context: TrackContext,
): SuggestionAttrs | null {
  const neighbours = [doc.resolve(from).nodeBefore, doc.resolve(to).nodeAfter];
  for (const kind of kinds) {
    for (const node of neighbours) {
      const mark = node && suggestionMark(node, kind);
      if (mark && suggestionAttrs(mark).authorId === context.author.id)
        return { ...suggestionAttrs(mark) };
    }
  }
  return null;
}

function freshAttrs(context: TrackContext): SuggestionAttrs {
  return {
    id: context.createId(),
    authorId: context.author.id,
    authorName: context.author.name,
    createdAt: context.now(),
  };
}

/** Inserted content loses any suggestion marks it brought along (pasted, or inherited from where it was typed). */
function withoutSuggestionMarks(slice: Slice): Slice {
  const strip = (fragment: Fragment): Fragment => {
    const nodes: Node[] = [];
    fragment.forEach((node) => {
      const marks = node.marks.filter(
        (mark: Mark) => !(SUGGESTION_MARKS as readonly string[]).includes(mark.type.name),
      );
      const content = node.isLeaf ? node.content : strip(node.content);
      nodes.push(node.isText ? node.mark(marks) : node.type.create(node.attrs, content, marks));
    });
    return Fragment.from(nodes);
  };
  return new Slice(strip(slice.content), slice.openStart, slice.openEnd);
}

/** Applies a step that is not tracked at its place in the tracked document. */
function replay(tr: Transaction, step: Step, before: PositionMap): PositionMap {
  const mapped = step.map(asMappable(before));
  const inverse = step.getMap().invert();
  if (mapped && !tr.maybeStep(mapped).failed) {
    const stepMap = mapped.getMap();
    return (pos, assoc) => stepMap.map(before(inverse.map(pos, assoc), assoc), assoc);
  }
  return (pos, assoc) => before(inverse.map(pos, assoc), assoc);
}

function asMappable(map: PositionMap): Mappable {
  return {
    map: (pos, assoc = 1) => map(pos, assoc < 0 ? -1 : 1),
    mapResult: (pos, assoc = 1) => StepMap.empty.mapResult(map(pos, assoc < 0 ? -1 : 1)),
  };
}

/**
 * Where the selection goes in the tracked document. A cursor that moved back
 * (Backspace) lands before the content it marked deleted, so the next Backspace
 * goes on to the previous character; otherwise it lands after it.
 */
function mapSelection(newState: EditorState, oldState: EditorState, doc: Node, map: PositionMap) {
  const selection = newState.selection;
  if (selection instanceof AllSelection) return new AllSelection(doc);
  if (selection instanceof NodeSelection) {
    const pos = map(selection.from, 1);
    const node = doc.nodeAt(pos);
    if (node && NodeSelection.isSelectable(node)) return NodeSelection.create(doc, pos);
    return TextSelection.near(doc.resolve(pos));
  }
  if (selection.empty) {
    const movedBack = oldState.selection.empty && selection.head < oldState.selection.head;
    return TextSelection.near(doc.resolve(map(selection.head, movedBack ? -1 : 1)));
  }
  return TextSelection.between(
    doc.resolve(map(selection.anchor, 1)),
    doc.resolve(map(selection.head, 1)),
  );
}
