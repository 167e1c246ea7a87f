import type { Node, ResolvedPos, Slice } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { listSuggestions, type SuggestionSummary } from '../suggestions/list-suggestions';
import {
  suggestionAttrs,
  suggestionMark,
  suggestionSpans,
  type SuggestionSpan,
} from '../suggestions/suggestion-spans';
import { DocCorrespondence, type Carried, type MissReason } from '../text/doc-correspondence';

/** Suggestions carried from a reviewer's copy into the writer's draft, and those that could not be. */
export interface TransplantResult {
  doc: Node;
  applied: SuggestionSummary[];
  conflicts: { suggestion: SuggestionSummary; reason: MissReason }[];
}

type Operation =
  | { kind: 'mark-deleted'; ranges: { from: number; to: number }[]; span: SuggestionSpan }
  | { kind: 'insert'; at: number; slice: Slice };

/**
 * Copies suggestions (insertion and deletion marks) from the reviewer's copy of
 * a draft into the writer's current draft, placing each at the same text. The
 * writer's text is never removed or changed. A suggestion whose text (or the
 * text around an insertion) changed meanwhile is not applied but reported; a
 * suggestion is applied whole or not at all.
 */
export function transplantSuggestions(
  source: Node,
  target: Node,
  ids: ReadonlySet<string>,
): TransplantResult {
  const suggestions = listSuggestions(source).filter((suggestion) => ids.has(suggestion.id));
  const spans = suggestionSpans(source).filter((span) => ids.has(span.attrs.id));
  const insertedIds = new Set(
    spans.flatMap((span) => (span.kind === 'insertion' ? [span.attrs.id] : [])),
  );
  const isNewInsertion = (node: Node) => {
    const mark = suggestionMark(node, 'insertion');
    return mark !== undefined && insertedIds.has(suggestionAttrs(mark).id);
  };
  const insertions = spans.filter((span) => span.kind === 'insertion');
  const correspondence = new DocCorrespondence(source, target, isNewInsertion, insertions);

  const applied: SuggestionSummary[] = [];
  const conflicts: TransplantResult['conflicts'] = [];
  const operations: Operation[] = [];
  for (const suggestion of suggestions) {
    const planned: Operation[] = [];
    let failure: MissReason | null = null;
    for (const span of spans.filter((candidate) => candidate.attrs.id === suggestion.id)) {
      const operation =
        span.kind === 'deletion'
          ? planDeletion(correspondence, span)
          : planInsertion(correspondence, source, span);
      if (!operation.ok) {
        failure = operation.reason;
        break;
      }
      planned.push(operation.value);
    }
    if (failure) {
      conflicts.push({ suggestion, reason: failure });
    } else {
      applied.push(suggestion);
      operations.push(...planned);
    }
  }
  return { doc: applyOperations(target, operations), applied, conflicts };
}

function planDeletion(correspondence: DocCorrespondence, span: SuggestionSpan): Carried<Operation> {
  const ranges = correspondence.carryRange(span.from, span.to);
  return ranges.ok
    ? { ok: true, value: { kind: 'mark-deleted', ranges: ranges.value, span } }
    : ranges;
}

/**
 * An insertion is placed by the text it was typed into: the point where it
 * starts, or where it ends if it starts a paragraph of its own; whole inserted
 * paragraphs go after the paragraph they followed.
 */
function planInsertion(
  correspondence: DocCorrespondence,
  source: Node,
  span: SuggestionSpan,
): Carried<Operation> {
  const start = correspondence.sourceBlockAt(span.from);
  const end = correspondence.sourceBlockAt(span.to);
  const slice = source.slice(span.from, span.to);
  if (start.hasText) return withPoint(correspondence.carryPoint(span.from), slice);
  if (end.hasText) return withPoint(correspondence.carryPoint(span.to), slice);
  const blocks = wholeBlocks(source.resolve(span.from), source.resolve(span.to));
  return withPoint(
    correspondence.carryBlockBoundary(start.index),
    source.slice(blocks.from, blocks.to),
  );
}

function withPoint(point: Carried<number>, slice: Slice): Carried<Operation> {
  return point.ok ? { ok: true, value: { kind: 'insert', at: point.value, slice } } : point;
}

/** The range of whole nodes holding only the inserted blocks: a new list item moves as a list item. */
function wholeBlocks($from: ResolvedPos, $to: ResolvedPos): { from: number; to: number } {
  let depth = Math.min($from.depth, $to.depth);
  let from = $from.before(depth);
  let to = $to.after(depth);
  while (depth > 1 && $from.node(depth - 1) === $to.node(depth - 1)) {
    const covered = $from.start(depth - 1) === from && $from.end(depth - 1) === to;
    if (!covered) break;
    depth--;
    from = $from.before(depth);
    to = $to.after(depth);
  }
  return { from, to };
}

function applyOperations(target: Node, operations: readonly Operation[]): Node {
  const tr = new Transform(target);
  const deletion = target.type.schema.marks.deletion!;
  for (const operation of operations) {
    if (operation.kind !== 'mark-deleted') continue;
    const mark = deletion.create(operation.span.attrs);
    for (const range of operation.ranges) {
      tr.doc.nodesBetween(range.from, range.to, (node, pos) => {
        if (!node.isInline) return true;
        if (!suggestionMark(node, 'deletion')) {
          tr.addMark(Math.max(pos, range.from), Math.min(pos + node.nodeSize, range.to), mark);
        }
        return false;
      });
    }
  }
  const start = tr.steps.length;
  for (const operation of operations) {
    if (operation.kind !== 'insert') continue;
    const at = tr.mapping.slice(start).map(operation.at, 1);
    tr.replace(at, at, operation.slice);
  }
  return tr.doc;
}
