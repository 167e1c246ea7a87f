import type { JSONContent } from '@tiptap/core';

/** Where each piece of an imported document came from in its file. */
export class SourcePositions {
  private readonly offsets = new WeakMap<JSONContent, number>();
  private entries: { pos: number; offset: number; text: boolean }[] | null = null;
  private lineStarts: number[];

  constructor(fileText: string) {
    this.lineStarts = [0];
    for (let i = 0; i < fileText.length; i += 1)
      if (fileText.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** Remembers that `node` starts at `offset` in the file. */
  note<T extends JSONContent>(node: T, offset: number | undefined): T {
    if (offset !== undefined) this.offsets.set(node, offset);
    return node;
  }

  /** Computes editor positions of the noted nodes; call once the document is final. */
  index(doc: JSONContent): void {
    const entries: { pos: number; offset: number; text: boolean }[] = [];
    const visit = (node: JSONContent, pos: number): number => {
      const offset = this.offsets.get(node);
      if (node.type === 'text') {
        if (offset !== undefined) entries.push({ pos, offset, text: true });
        return (node.text ?? '').length;
      }
      if (offset !== undefined) entries.push({ pos, offset, text: false });
      if (!node.content) return node.type === 'doc' ? 0 : isLeaf(node) ? 1 : 2;
      let inner = node.type === 'doc' ? pos : pos + 1;
      for (const child of node.content) inner += visit(child, inner);
      return node.type === 'doc' ? inner - pos : inner - pos + 1;
    };
    visit(doc, 0);
    entries.sort((a, b) => a.pos - b.pos);
    this.entries = entries;
  }

  /** The 1-based line and column in the file of an editor position (nearest known piece). */
  lineColumnOf(pos: number): { line: number; column: number } {
    const entries = this.entries ?? [];
    let low = 0;
    let high = entries.length - 1;
    let best = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((entries[middle]?.pos ?? 0) <= pos) {
        best = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const entry = entries[best];
    const offset = entry ? entry.offset + (entry.text ? pos - entry.pos : 0) : 0;
    return this.lineColumnOfOffset(offset);
  }

  /** The 1-based line and column of a character offset in the file. */
  lineColumnOfOffset(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }
}

const LEAVES = new Set(['citation', 'hardBreak', 'horizontalRule']);

function isLeaf(node: JSONContent): boolean {
  return LEAVES.has(node.type ?? '');
}
