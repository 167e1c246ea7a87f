import type { CslItem } from './source';

/** A Pandoc-style citation key for an item: first author's family name and year, "muller2024". */
export function makeCitationKey(
  csl: Pick<CslItem, 'author' | 'editor' | 'title' | 'issued'>,
): string {
  const name = csl.author?.[0] ?? csl.editor?.[0];
  const nameWord = name?.family ?? name?.literal?.split(/\s+/)[0] ?? '';
  const titleWord = csl.title?.split(/\s+/).find((word) => /[\p{L}\p{N}]{3,}/u.test(word)) ?? '';
  const base = asciiWord(nameWord) || asciiWord(titleWord) || 'ref';
  return `${base}${issuedYear(csl.issued) ?? ''}`;
}

/**
 * Citation keys in use, handing out unique ones: `key` itself when free, else
 * key+a, key+b … key+z, key-27 …, as reference managers do for same-author-year works.
 */
export class UniqueKeys {
  private readonly used: Set<string>;
  // Next suffix to try per key, so thousands of "smith2020"s stay linear.
  private readonly next = new Map<string, number>();

  constructor(keys: Iterable<string> = []) {
    this.used = new Set(keys);
  }

  /** Whether a key is taken. */
  has(key: string): boolean {
    return this.used.has(key);
  }

  /** A free key based on `key`, now taken. */
  claim(key: string): string {
    let candidate = key;
    let n = this.next.get(key) ?? 0;
    while (this.used.has(candidate)) {
      candidate = n < 26 ? `${key}${String.fromCharCode(97 + n)}` : `${key}-${n + 1}`;
      n += 1;
    }
    this.next.set(key, n);
    this.used.add(candidate);
    return candidate;
  }
}

/** The year an item was issued, from its date parts or raw date, or null. */
export function issuedYear(issued: CslItem['issued']): number | null {
  const part = issued?.['date-parts']?.[0]?.[0];
  const year = typeof part === 'number' ? part : Number.parseInt(String(part ?? ''), 10);
  if (Number.isInteger(year) && year > 0) return year;
  const text = issued?.raw ?? issued?.literal ?? '';
  const match = /\b(1[5-9]\d\d|2[01]\d\d)\b/.exec(text);
  return match ? Number(match[1]) : null;
}

function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 30);
}
