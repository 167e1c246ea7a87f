import type { Node as PMNode } from '@tiptap/pm/model';

/** The character a citation occupies in block text: one position, no words. */
export const CITATION_CHAR = '\ufffc';

/** A citation inside a block. */
export interface BlockCitation {
  /** Offset in the block's text (where CITATION_CHAR stands). */
  offset: number;
  sourceIds: string[];
  locator: string | null;
}

/** A link inside a block: its text range and target. */
export interface BlockLink {
  from: number;
  to: number;
  href: string;
  text: string;
}

/** What kind of block this is, for rules that care (headings, list items, quotes). */
export type BlockKind = 'paragraph' | 'heading' | 'code';

/**
 * A textblock as plain text the rules can read. Every inline node takes exactly
 * as many positions as it has characters here (text: its length; a citation or a
 * hard break: one), so `start + offset` is always the editor position of an offset.
 */
export interface TextBlock {
  index: number;
  kind: BlockKind;
  /** Heading level (2–4) for headings. */
  level: number | null;
  /** Texts of the headings above this block, outermost first. */
  headingPath: string[];
  inList: boolean;
  inQuote: boolean;
  /** Whether it is the last textblock of its list item or the last of a run of paragraphs. */
  text: string;
  /** Document position where the block's text starts. */
  start: number;
  citations: BlockCitation[];
  links: BlockLink[];
  /** Text spans the reading leaves out (proposed deletions, or proposed insertions when strict): rules ignore them. */
  deleted: { from: number; to: number }[];
  /** Stable identity of the block's content and context, for caching findings. */
  key: string;
}

/**
 * How pending suggestions are read: `accepted` as if every suggestion were accepted
 * (what the draft becomes), `strict` as if none were (what an export contains).
 */
export type SuggestionReading = 'accepted' | 'strict';

/** The suggestion mark whose text each reading leaves out. */
const LEFT_OUT_MARK: Record<SuggestionReading, string> = {
  accepted: 'deletion',
  strict: 'insertion',
};

/** Every textblock of a document in reading order, with the context rules need. */
export function extractBlocks(doc: PMNode, reading: SuggestionReading = 'accepted'): TextBlock[] {
  const leftOut = LEFT_OUT_MARK[reading];
  const blocks: TextBlock[] = [];
  const headings: { level: number; text: string }[] = [];

  const visit = (node: PMNode, pos: number, inList: boolean, inQuote: boolean): void => {
    if (node.isTextblock) {
      const block = readTextblock(node, pos + 1, blocks.length, inList, inQuote, headings, leftOut);
      blocks.push(block);
      if (block.kind === 'heading' && block.level !== null) {
        while (headings.length && (headings.at(-1)?.level ?? 0) >= block.level) headings.pop();
        headings.push({ level: block.level, text: block.text.trim() });
      }
      return;
    }
    const list = inList || node.type.name === 'listItem';
    const quote = inQuote || node.type.name === 'blockquote';
    node.forEach((child, offset) => visit(child, pos + 1 + offset, list, quote));
  };
  doc.forEach((child, offset) => visit(child, offset, false, false));
  return blocks;
}

function readTextblock(
  node: PMNode,
  start: number,
  index: number,
  inList: boolean,
  inQuote: boolean,
  headings: readonly { level: number; text: string }[],
  leftOut: string,
): TextBlock {
  let text = '';
  const citations: BlockCitation[] = [];
  const links: BlockLink[] = [];
  const deleted: { from: number; to: number }[] = [];
  node.forEach((child) => {
    const from = text.length;
    if (child.isText) {
      text += child.text ?? '';
      const link = child.marks.find((mark) => mark.type.name === 'link');
      if (link) {
        const last = links.at(-1);
        const href = String(link.attrs.href ?? '');
        // Adjacent text nodes of one link (split by bold, say) are one link.
        if (last && last.to === from && last.href === href) {
          last.to = text.length;
          last.text += child.text ?? '';
        } else links.push({ from, to: text.length, href, text: child.text ?? '' });
      }
      if (child.marks.some((mark) => mark.type.name === leftOut))
        deleted.push({ from, to: text.length });
    } else if (child.type.name === 'citation') {
      text += CITATION_CHAR;
      const ids = Array.isArray(child.attrs.sourceIds)
        ? (child.attrs.sourceIds as unknown[]).map(String)
        : [];
      citations.push({
        offset: from,
        sourceIds: ids,
        locator: (child.attrs.locator as string | null) ?? null,
      });
    } else {
      // Hard breaks and any other inline leaf: one position, read as a line break.
      text += '\n';
    }
  });
  const kind: BlockKind =
    node.type.name === 'heading'
      ? 'heading'
      : node.type.name === 'codeBlock'
        ? 'code'
        : 'paragraph';
  const level = kind === 'heading' ? Number(node.attrs.level ?? 2) : null;
  const headingPath = headings.map((heading) => heading.text);
  const citeKey = citations.map((c) => `${c.offset}:${c.sourceIds.join(',')}`).join(';');
  const linkKey = links.map((l) => `${l.from}-${l.to}:${l.href}`).join(';');
  const deletedKey = deleted.map((d) => `${d.from}-${d.to}`).join(';');
  const key = [
    kind,
    level,
    inList ? 'L' : '',
    inQuote ? 'Q' : '',
    headingPath.join('>'),
    text,
    citeKey,
    linkKey,
    deletedKey,
  ].join('\u0000');
  return {
    index,
    kind,
    level,
    headingPath,
    inList,
    inQuote,
    text,
    start,
    citations,
    links,
    deleted,
    key,
  };
}
