/**
 * Turns what a writer typed into a safe FTS5 query: every word becomes a quoted
 * term (so quotes, AND, NEAR, * or column filters in user text are just words),
 * all terms must match, and the last one matches as a prefix because results
 * appear as the writer types. Returns null when nothing searchable was typed.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words
    .slice(0, 32)
    .map((word, index, all) => `"${word}"${index === all.length - 1 ? '*' : ''}`)
    .join(' ');
}

/** Marker characters FTS5 wraps matches in; control characters never occur in drafts. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** Splits FTS5 highlight() output into plain and matched parts. */
export function splitHighlighted(text: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let rest = text;
  while (rest.length) {
    const start = rest.indexOf(MATCH_START);
    if (start === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MATCH_END, start);
    const stop = end === -1 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}
