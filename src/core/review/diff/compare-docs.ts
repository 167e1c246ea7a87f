import type { Node } from '@tiptap/pm/model';
import { diffWordsWithSpace } from 'diff';
import { countWords } from '../../document/word-count';
import { toDocNode, type DocInput } from '../doc-node';
import { alignBlocks } from '../text/align-blocks';
import { flattenBlocks, type FlatBlock } from '../text/flat-blocks';

/** What kind of block a diff entry is, to render it as such. */
export interface DiffBlockInfo {
  /** Node type: paragraph, heading, horizontalRule… */
  type: string;
  /** Heading level, or null. */
  level: number | null;
  /** Types of the nodes around it, outermost first (`['bulletList', 'listItem']`). */
  containers: string[];
}

/** A run of text in a changed block: the same in both versions, only in the new one, or only in the old one. */
export interface DiffPart {
  kind: 'equal' | 'added' | 'removed';
  text: string;
}

/** One block of the comparison, in reading order. */
export type BlockDiff =
  | { kind: 'unchanged'; before: DiffBlockInfo; after: DiffBlockInfo; text: string }
  | { kind: 'added'; after: DiffBlockInfo; text: string }
  | { kind: 'removed'; before: DiffBlockInfo; text: string }
  | { kind: 'changed'; before: DiffBlockInfo; after: DiffBlockInfo; parts: DiffPart[] };

/** Counts for the comparison's header. */
export interface DiffStats {
  blocksAdded: number;
  blocksRemoved: number;
  blocksChanged: number;
  blocksUnchanged: number;
  wordsAdded: number;
  wordsRemoved: number;
}

/** A readable comparison of two versions of a document. */
export interface DocDiff {
  identical: boolean;
  blocks: BlockDiff[];
  stats: DiffStats;
}

/** How inline leaves read in a comparison. */
export interface CompareOptions {
  /** Text of a citation; `[id1; id2]` by default (the UI passes numbers or keys). */
  citationText?: (sourceIds: readonly string[], locator: string | null) => string;
}

const defaultCitationText = (sourceIds: readonly string[], locator: string | null) =>
  `[${sourceIds.join('; ')}${locator ? `, ${locator}` : ''}]`;

/**
 * Compares two versions of a document by block (aligned by content: added,
 * removed, changed, unchanged) and, inside changed blocks, by word. Documents
 * are compared as given: pending suggestions count as text.
 */
export function compareDocs(
  before: DocInput,
  after: DocInput,
  options: CompareOptions = {},
): DocDiff {
  const oldDoc = toDocNode(before);
  const newDoc = toDocNode(after);
  const reserved = new Set([
    ...(oldDoc.textContent.match(PRIVATE_USE) ?? []),
    ...(newDoc.textContent.match(PRIVATE_USE) ?? []),
  ]);
  const citations = new CitationTokens(options.citationText ?? defaultCitationText, reserved);
  const leafText = (node: Node) =>
    node.type.name === 'citation'
      ? citations.token(node)
      : node.type.name === 'hardBreak'
        ? '\n'
        : '';
  const oldBlocks = flattenBlocks(oldDoc, { leafText });
  const newBlocks = flattenBlocks(newDoc, { leafText });
  const pairs = alignBlocks(oldBlocks.map(blockKey), newBlocks.map(blockKey), {
    before: oldBlocks.map((block) => block.text),
    after: newBlocks.map((block) => block.text),
  });
  const stats: DiffStats = {
    blocksAdded: 0,
    blocksRemoved: 0,
    blocksChanged: 0,
    blocksUnchanged: 0,
    wordsAdded: 0,
    wordsRemoved: 0,
  };
  const blocks = pairs.map((pair): BlockDiff => {
    if (pair.kind === 'added') {
      const block = newBlocks[pair.after]!;
      stats.blocksAdded++;
      stats.wordsAdded += countWords(block.text);
      return { kind: 'added', after: info(block), text: citations.expand(block.text) };
    }
    if (pair.kind === 'removed') {
      const block = oldBlocks[pair.before]!;
      stats.blocksRemoved++;
      stats.wordsRemoved += countWords(block.text);
      return { kind: 'removed', before: info(block), text: citations.expand(block.text) };
    }
    const oldBlock = oldBlocks[pair.before]!;
    const newBlock = newBlocks[pair.after]!;
    if (pair.kind === 'equal') {
      stats.blocksUnchanged++;
      return {
        kind: 'unchanged',
        before: info(oldBlock),
        after: info(newBlock),
        text: citations.expand(newBlock.text),
      };
    }
    const parts = wordDiff(oldBlock.text, newBlock.text);
    stats.blocksChanged++;
    for (const part of parts) {
      if (part.kind === 'added') stats.wordsAdded += countWords(part.text);
      if (part.kind === 'removed') stats.wordsRemoved += countWords(part.text);
    }
    const readable = parts.map((part) => ({ ...part, text: citations.expand(part.text) }));
    return { kind: 'changed', before: info(oldBlock), after: info(newBlock), parts: readable };
  });
  return { identical: blocks.every((block) => block.kind === 'unchanged'), blocks, stats };
}

/**
 * Citations stand in the compared text as one private-use character per
 * distinct label, so the word diff treats a citation as one token ("[1]" →
 * "[2]" is one replacement, not a changed digit); labels go back in after.
 */
class CitationTokens {
  private readonly tokens = new Map<string, string>();
  private readonly labels = new Map<string, string>();
  private next = PRIVATE_USE_START;

  /** `reserved`: private-use characters the documents themselves contain, never used as tokens. */
  constructor(
    private readonly label: NonNullable<CompareOptions['citationText']>,
    private readonly reserved: ReadonlySet<string>,
  ) {}

  token(node: Node): string {
    const label = this.label(node.attrs.sourceIds as string[], node.attrs.locator as string | null);
    const known = this.tokens.get(label);
    if (known) return known;
    while (this.next <= PRIVATE_USE_END && this.reserved.has(String.fromCharCode(this.next)))
      this.next++;
    if (this.next > PRIVATE_USE_END) return label;
    const token = String.fromCharCode(this.next++);
    this.tokens.set(label, token);
    this.labels.set(token, label);
    return token;
  }

  expand(text: string): string {
    return this.labels.size
      ? text.replace(PRIVATE_USE, (token) => this.labels.get(token) ?? token)
      : text;
  }
}

/**
 * Characters of both versions per token edit allowed in a word diff: a token is
 * a word or a space (about 3 characters), and replacing a word costs 2 edits,
 * so 12 lets about half of a block's words change.
 */
const REWRITE_RATIO = 12;
/** Short blocks may always be diffed word by word. */
const MIN_EDIT_LENGTH = 16;

const PRIVATE_USE_START = 0xe000;
const PRIVATE_USE_END = 0xf8ff;
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

/** Blocks match only if their text and kind (type, level, where they sit) are the same. */
function blockKey(block: FlatBlock): string {
  const { type, level, containers } = info(block);
  return `${containers.join('>')}>${type}${level ?? ''}\u0000${block.text}`;
}

function info(block: FlatBlock): DiffBlockInfo {
  const level = block.node.attrs.level;
  return {
    type: block.node.type.name,
    level: typeof level === 'number' ? level : null,
    containers: block.containers,
  };
}

/**
 * A word diff, cleaned up for reading: a space alone between two changes joins
 * them, so "the quick" → "a slow" reads as one replacement, not two. A block
 * rewritten through and through (about half of its words or more) reads better
 * as old text then new text, and that also bounds the time a diff takes.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const maxEditLength = Math.max(
    MIN_EDIT_LENGTH,
    Math.ceil((before.length + after.length) / REWRITE_RATIO),
  );
  const changes = diffWordsWithSpace(before, after, { maxEditLength });
  if (!changes)
    return regroup([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  const raw: DiffPart[] = changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'equal',
    text: change.value,
  }));
  const folded: DiffPart[] = [];
  for (let index = 0; index < raw.length; index++) {
    const part = raw[index]!;
    const previous = folded[folded.length - 1];
    const next = raw[index + 1];
    if (
      part.kind === 'equal' &&
      /^[ \t]+$/.test(part.text) &&
      previous &&
      previous.kind !== 'equal' &&
      next &&
      next.kind !== 'equal'
    ) {
      folded.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
    } else {
      folded.push({ ...part });
    }
  }
  return regroup(folded);
}

/** Within each run of changes, all removed text first, then all added text; equal parts stay. */
function regroup(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push({ kind: 'removed', text: removed });
    if (added) result.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const part of parts) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      const last = result[result.length - 1];
      if (last?.kind === 'equal') last.text += part.text;
      else result.push({ ...part });
    }
  }
  flush();
  return result;
}
