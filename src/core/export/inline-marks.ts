import type { JSONContent } from '@tiptap/core';

/** A mark as JSON. */
export type JsonMark = NonNullable<JSONContent['marks']>[number];

/** Inline content as a tree: a leaf node, or a mark wrapping a run of children. */
export type MarkTree = { leaf: JSONContent } | { mark: JsonMark; children: MarkTree[] };

/** Marks that describe the page; comments and suggestions are review furniture. */
const PUBLISHED_MARKS = new Set(['bold', 'italic', 'strike', 'code', 'link']);

const sameMark = (a: JsonMark, b: JsonMark): boolean =>
  a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});

/**
 * Nests a paragraph's inline nodes under their marks so that a run of nodes sharing
 * a mark is wrapped once: "**a _b_ c**" stays one strong, not three. The mark that
 * runs longest is outermost; the code mark is always innermost (code spans hold text only).
 */
export function markTree(inline: readonly JSONContent[]): MarkTree[] {
  const items = inline.map((node) => ({
    node,
    marks: (node.marks ?? []).filter((mark) => PUBLISHED_MARKS.has(mark.type)),
  }));
  // A line break inside emphasis carries no marks of its own; let it share its neighbours'
  // so "*a<br>b*" stays one emphasis.
  items.forEach((item, index) => {
    if (item.node.type !== 'hardBreak') return;
    const before = items[index - 1]?.marks ?? [];
    const after = items[index + 1]?.marks ?? [];
    item.marks = before.filter(
      (mark) => mark.type !== 'code' && after.some((other) => sameMark(mark, other)),
    );
  });
  return group(items);
}

// Among marks covering the same run, the order CommonMark writes "***x***" and "**[x](u)**" in.
const TIE_ORDER = ['italic', 'bold', 'strike', 'link', 'code'];
const tieRank = (mark: JsonMark): number => TIE_ORDER.indexOf(mark.type);

/** How many items from `start` on carry `mark`. */
function runLength(items: readonly { marks: JsonMark[] }[], start: number, mark: JsonMark): number {
  let end = start;
  while (items[end]?.marks.some((other) => sameMark(other, mark))) end += 1;
  return end - start;
}

function group(items: { node: JSONContent; marks: JsonMark[] }[]): MarkTree[] {
  const trees: MarkTree[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (!item) break;
    // The outermost mark is the one that runs longest from here; code always innermost.
    const candidates = item.marks.filter((mark) => mark.type !== 'code' || item.marks.length === 1);
    let outer: JsonMark | undefined;
    let longest = 0;
    for (const mark of candidates) {
      const length = runLength(items, index, mark);
      if (length > longest || (length === longest && outer && tieRank(mark) < tieRank(outer))) {
        outer = mark;
        longest = length;
      }
    }
    if (!outer) {
      trees.push({ leaf: item.node });
      index += 1;
      continue;
    }
    const wrapper = outer;
    const run = items.slice(index, index + longest).map((entry) => ({
      node: entry.node,
      marks: entry.marks.filter((mark) => !sameMark(mark, wrapper)),
    }));
    index += longest;
    trees.push({ mark: wrapper, children: group(run) });
  }
  return trees;
}
