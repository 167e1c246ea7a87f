/** A word of a sentence with its offsets in the block text. */
export interface Word {
  text: string;
  lower: string;
  from: number;
  to: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** The words of a range of text, with their block offsets. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match; match = WORD.exec(slice)) {
    const value = match[0];
    words.push({
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      from: from + match.index,
      to: from + match.index + value.length,
    });
  }
  return words;
}

/** Syllables in an English word, by the usual vowel-group heuristic (for readability scores). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}
