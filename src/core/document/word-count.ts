/** Reading speed used for every "N min read": adult reading rate for web health content. */
export const WORDS_PER_MINUTE = 230;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Number of words in a text: runs of letters or digits, keeping "don't", "CAR-T", "3.5" whole. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count += 1;
  return count;
}

/** Whole minutes to read `words` words, at least 1 for any text. */
export function readingMinutes(words: number): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "11 min read" for a word count. */
export function readingTimeLabel(words: number): string {
  return `${readingMinutes(words)} min read`;
}
