import type { Node } from '@tiptap/pm/model';
import { alignBlocks } from './align-blocks';
import {
  blockAt,
  flattenBlocks,
  joinBlocks,
  offsetToPos,
  posToOffset,
  type FlatBlock,
} from './flat-blocks';
import { TextMap } from './text-map';

/** Why a place in one version has no counterpart in the other. */
export type MissReason = 'text-changed' | 'not-found';

/** A range or point carried over, or why it could not be. */
export type Carried<T> = { ok: true; value: T } | { ok: false; reason: MissReason };

interface Partner {
  block: FlatBlock;
  map: TextMap;
}

/**
 * Carries places in one version of a document over to another version that was
 * edited meanwhile: blocks are aligned, edited blocks are compared character by
 * character, and a place carries over only if the text around it is unchanged.
 */
export class DocCorrespondence {
  private readonly sourceBlocks: FlatBlock[];
  private readonly partners = new Map<number, Partner>();

  /**
   * `skip` leaves inline content of the source out, as if it were not there
   * (content to be transplanted), and `joins` are ranges of that content whose
   * paragraph breaks go with it: the blocks they split count as one.
   */
  constructor(
    source: Node,
    target: Node,
    skip?: (node: Node) => boolean,
    joins: readonly { from: number; to: number }[] = [],
  ) {
    this.sourceBlocks = joinBlocks(flattenBlocks(source, skip ? { skip } : {}), joins);
    const targetBlocks = flattenBlocks(target);
    const pairs = alignBlocks(
      this.sourceBlocks.map((block) => block.text),
      targetBlocks.map((block) => block.text),
    );
    for (const pair of pairs) {
      if (pair.kind !== 'equal' && pair.kind !== 'changed') continue;
      const before = this.sourceBlocks[pair.before]!;
      const after = targetBlocks[pair.after]!;
      const map =
        pair.kind === 'equal'
          ? TextMap.identity(before.text)
          : TextMap.between(before.text, after.text);
      this.partners.set(pair.before, { block: after, map });
    }
  }

  /**
   * The target ranges of a source range, one per block it covers (an edit may
   * have put other blocks between them). Fails if any of its text changed.
   */
  carryRange(from: number, to: number): Carried<{ from: number; to: number }[]> {
    const first = blockAt(this.sourceBlocks, from);
    const last = blockAt(this.sourceBlocks, to);
    if (first < 0 || last < 0) return { ok: false, reason: 'not-found' };
    const ranges: { from: number; to: number }[] = [];
    for (let index = first; index <= last; index++) {
      const block = this.sourceBlocks[index]!;
      const start = index === first ? posToOffset(block, from) : 0;
      const end = index === last ? posToOffset(block, to) : block.text.length;
      if (end <= start) continue;
      const partner = this.partners.get(index);
      if (!partner) return { ok: false, reason: 'not-found' };
      const mapped = partner.map.mapRange(start, end);
      if (mapped === null) return { ok: false, reason: 'text-changed' };
      ranges.push({
        from: offsetToPos(partner.block, mapped),
        to: offsetToPos(partner.block, mapped + (end - start)),
      });
    }
    return ranges.length ? { ok: true, value: ranges } : { ok: false, reason: 'not-found' };
  }

  /** The target position of a point between two characters of a source block; fails if a neighbour changed. */
  carryPoint(pos: number): Carried<number> {
    const index = blockAt(this.sourceBlocks, pos);
    const partner = index < 0 ? undefined : this.partners.get(index);
    if (!partner) return { ok: false, reason: 'not-found' };
    const mapped = partner.map.mapPoint(posToOffset(this.sourceBlocks[index]!, pos));
    return mapped === null
      ? { ok: false, reason: 'text-changed' }
      : { ok: true, value: offsetToPos(partner.block, mapped) };
  }

  /** The source block at a position, with whether it has text of its own (not skipped). */
  sourceBlockAt(pos: number): { index: number; hasText: boolean } {
    const index = blockAt(this.sourceBlocks, pos);
    return { index, hasText: index >= 0 && this.sourceBlocks[index]!.text.length > 0 };
  }

  /**
   * Where blocks inserted after a source block go in the target: right after
   * the nearest earlier block that has a counterpart, else before the nearest
   * later one.
   */
  carryBlockBoundary(index: number): Carried<number> {
    for (let earlier = index - 1; earlier >= 0; earlier--) {
      const partner = this.partners.get(earlier);
      if (partner) return { ok: true, value: partner.block.pos + partner.block.node.nodeSize };
    }
    for (let later = index + 1; later < this.sourceBlocks.length; later++) {
      const partner = this.partners.get(later);
      if (partner) return { ok: true, value: partner.block.pos };
    }
    return { ok: false, reason: 'not-found' };
  }
}
