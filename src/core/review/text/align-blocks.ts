import { diffArrays } from 'diff';

/** How a block of one text list corresponds to the other. */
export type BlockPair =
  | { kind: 'equal'; before: number; after: number }
  | { kind: 'changed'; before: number; after: number }
  | { kind: 'removed'; before: number }
  | { kind: 'added'; after: number };

/** Blocks this far apart in a run of changes are not tried as a pair: keeps big rewrites linear. */
const PAIRING_WINDOW = 8;
/** Share of words two blocks must have in common to count as one block edited. */
const SIMILARITY_THRESHOLD = 0.4;

/**
 * Aligns two lists of blocks by their keys: equal keys match (longest common
 * subsequence), and in between, a removed block is paired with an added one
 * when enough of their words agree ("changed"), else they stay removed/added.
 * Words are taken from `texts` when keys carry more than the text.
 */
export function alignBlocks(
  before: readonly string[],
  after: readonly string[],
  texts: { before: readonly string[]; after: readonly string[] } = { before, after },
): BlockPair[] {
  const pairs: BlockPair[] = [];
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    pairs.push(...pairRun(removed, added, texts.before, texts.after));
    removed = [];
    added = [];
  };
  for (const change of diffArrays([...before], [...after])) {
    const count = change.value.length;
    if (change.removed) {
      for (let k = 0; k < count; k++) removed.push(i++);
    } else if (change.added) {
      for (let k = 0; k < count; k++) added.push(j++);
    } else {
      flush();
      for (let k = 0; k < count; k++) pairs.push({ kind: 'equal', before: i++, after: j++ });
    }
  }
  flush();
  return pairs;
}

function pairRun(
  removed: number[],
  added: number[],
  before: readonly string[],
  after: readonly string[],
): BlockPair[] {
  const pairs: BlockPair[] = [];
  const words = new Map<string, Set<string>>();
  const wordsOf = (text: string) => {
    let set = words.get(text);
    if (!set) {
      set = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      words.set(text, set);
    }
    return set;
  };
  const similar = (a: number, b: number) =>
    similarity(wordsOf(before[a]!), wordsOf(after[b]!)) >= SIMILARITY_THRESHOLD;
  let r = 0;
  let a = 0;
  while (r < removed.length && a < added.length) {
    const oldBlock = removed[r]!;
    const newBlock = added[a]!;
    if (similar(oldBlock, newBlock)) {
      pairs.push({ kind: 'changed', before: oldBlock, after: newBlock });
      r++;
      a++;
      continue;
    }
    const laterAdded = added.slice(a + 1, a + 1 + PAIRING_WINDOW).some((b) => similar(oldBlock, b));
    if (laterAdded) {
      pairs.push({ kind: 'added', after: newBlock });
      a++;
    } else {
      pairs.push({ kind: 'removed', before: oldBlock });
      r++;
    }
  }
  for (; r < removed.length; r++) pairs.push({ kind: 'removed', before: removed[r]! });
  for (; a < added.length; a++) pairs.push({ kind: 'added', after: added[a]! });
  return pairs;
}

/** Dice coefficient of two word sets; two empty blocks are alike. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}
