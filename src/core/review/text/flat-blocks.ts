import type { Node } from '@tiptap/pm/model';

/** A stretch of a block's text that came from one inline node. */
export interface FlatSegment {
  /** Offset of the stretch in the block text. */
  offset: number;
  /** Document position of the inline node. */
  pos: number;
  /** Length of the stretch in the block text. */
  length: number;
  /** Size of the inline node in the document. */
  size: number;
}

/** One block of a document as plain text, with the way back to document positions. */
export interface FlatBlock {
  node: Node;
  /** Position before the block node. */
  pos: number;
  /** Position where the block's content starts. */
  start: number;
  /** Position where the block's content ends. */
  end: number;
  text: string;
  segments: FlatSegment[];
  /** Types of the nodes the block sits in, outermost first (`['bulletList', 'listItem']`). */
  containers: string[];
}

/** How inline content becomes text. */
export interface FlattenOptions {
  /** Leaves an inline node out of the text (its content is as if absent). */
  skip?: (node: Node) => boolean;
  /** Text of an inline leaf such as a citation; one U+FFFC per node by default, so offsets stay positions. */
  leafText?: (node: Node) => string;
  /** Text of a block leaf such as a horizontal rule; empty by default. */
  blockLeafText?: (node: Node) => string;
}

/** The object replacement character: one document position of an inline leaf. */
export const LEAF_CHAR = '\uFFFC';

/** Every textblock (and block leaf) of a document as text, in document order. */
export function flattenBlocks(doc: Node, options: FlattenOptions = {}): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  const containers: string[] = [];
  const visit = (node: Node, pos: number): void => {
    if (node.isTextblock) {
      blocks.push(flattenTextblock(node, pos, [...containers], options));
      return;
    }
    if (node.isBlock && node.isLeaf) {
      const text = options.blockLeafText?.(node) ?? '';
      blocks.push({
        node,
        pos,
        start: pos,
        end: pos,
        text,
        segments: [],
        containers: [...containers],
      });
      return;
    }
    if (node.type.name !== 'doc') containers.push(node.type.name);
    node.forEach((child, offset) => visit(child, pos + 1 + offset));
    if (node.type.name !== 'doc') containers.pop();
  };
  visit(doc, -1);
  return blocks;
}

function flattenTextblock(
  node: Node,
  pos: number,
  containers: string[],
  options: FlattenOptions,
): FlatBlock {
  const start = pos + 1;
  const segments: FlatSegment[] = [];
  let text = '';
  node.forEach((child, offset) => {
    if (options.skip?.(child)) return;
    const piece = child.isText ? (child.text ?? '') : (options.leafText?.(child) ?? LEAF_CHAR);
    segments.push({
      offset: text.length,
      pos: start + offset,
      length: piece.length,
      size: child.nodeSize,
    });
    text += piece;
  });
  return { node, pos, start, end: start + node.content.size, text, segments, containers };
}

/** The document position of a text offset in a block (at a skipped node: before it). */
export function offsetToPos(block: FlatBlock, offset: number): number {
  for (const segment of block.segments) {
    if (offset > segment.offset + segment.length) continue;
    if (segment.size === segment.length) return segment.pos + Math.max(0, offset - segment.offset);
    return offset <= segment.offset ? segment.pos : segment.pos + segment.size;
  }
  const last = block.segments[block.segments.length - 1];
  return last ? last.pos + last.size : block.start;
}

/** The text offset in a block of a document position inside it (skipped content maps to where it sits). */
export function posToOffset(block: FlatBlock, pos: number): number {
  let offset = 0;
  for (const segment of block.segments) {
    if (pos < segment.pos) return offset;
    if (pos <= segment.pos + segment.size) {
      if (segment.size === segment.length) return segment.offset + (pos - segment.pos);
      return pos === segment.pos ? segment.offset : segment.offset + segment.length;
    }
    offset = segment.offset + segment.length;
  }
  return offset;
}

/** The block whose content holds a document position, by binary search. */
export function blockAt(blocks: readonly FlatBlock[], pos: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle]!;
    if (pos < block.start) high = middle - 1;
    else if (pos > block.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * Blocks with the blocks each range touches run together into one, as if the
 * boundaries inside the ranges were not there (they belong to content that is
 * left out, such as pasted paragraphs about to be transplanted).
 */
export function joinBlocks(
  blocks: readonly FlatBlock[],
  ranges: readonly { from: number; to: number }[],
): FlatBlock[] {
  const joinWithNext = new Set<number>();
  for (const range of ranges) {
    const first = blockAt(blocks, range.from);
    const last = blockAt(blocks, range.to);
    for (let index = first; index >= 0 && index < last; index++) joinWithNext.add(index);
  }
  const joined: FlatBlock[] = [];
  let current: FlatBlock | null = null;
  blocks.forEach((block, index) => {
    if (!current) current = { ...block, segments: [...block.segments] };
    else {
      const offset = current.text.length;
      current.text += block.text;
      current.segments.push(
        ...block.segments.map((segment) => ({ ...segment, offset: segment.offset + offset })),
      );
      current.end = block.end;
    }
    if (!joinWithNext.has(index)) {
      joined.push(current);
      current = null;
    }
  });
  return joined;
}
