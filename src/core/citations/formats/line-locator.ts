/** Maps a character offset in a text to its 1-based line number. */
export type LineLocator = (offset: number) => number;

/** A line locator for `text`: built once in O(n), each lookup a binary search. */
export function lineLocator(text: string): LineLocator {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The 1-based line a parser error names ("… at line 3 col 5", "(line 3 column 5)"), or null. */
export function lineInMessage(message: string): number | null {
  const match = /\bline (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}
