/** A run of text, or a Pandoc citation found in it. */
export type CitationPiece =
  | { kind: 'text'; text: string; offset: number }
  | { kind: 'citation'; keys: string[]; locator: string | null; offset: number; source: string };

// One bracketed group containing at least one @key: [@a], [see @a, p. 4; @b].
const GROUP = /\[([^[\]]*@[^[\]]*)\]/g;
// One item of a group: optional prefix ending in a space, optional "-" (suppress author),
// the key (Pandoc's key characters, not ending in punctuation), optional ", locator".
const ITEM =
  /^\s*(?:(.*?)\s)?-?@([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?)\s*(?:,\s*(.*?))?\s*$/u;

/**
 * Splits text at Pandoc citations (`[@key]`, `[@a; @b]`, `[@key, p. 4]`), keeping each
 * piece's offset in the text. Brackets that are not citations stay text.
 * Prefixes such as "see" are dropped and reported through `onPrefix`.
 */
export function splitPandocCitations(
  text: string,
  onPrefix: (prefix: string) => void = () => {},
): CitationPiece[] {
  const pieces: CitationPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(GROUP)) {
    const items = (match[1] ?? '').split(';').map((part) => ITEM.exec(part));
    if (items.some((item) => item === null)) continue;
    const index = match.index;
    if (index > last) pieces.push({ kind: 'text', text: text.slice(last, index), offset: last });
    const keys: string[] = [];
    const locators: string[] = [];
    for (const item of items) {
      if (!item) continue;
      if (item[1]?.trim()) onPrefix(item[1].trim());
      keys.push(item[2] ?? '');
      if (item[3]?.trim()) locators.push(item[3].trim());
    }
    pieces.push({
      kind: 'citation',
      keys,
      locator: locators.length ? locators.join('; ') : null,
      offset: index,
      source: match[0],
    });
    last = index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last), offset: last });
  return pieces;
}
