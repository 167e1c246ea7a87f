import type { RawEntry } from '../reference-file';

/** A BibTeX entry as read, with the raw text its own fields came from. */
export interface BibtexRead {
  entry: RawEntry;
  text: string;
}

// Fields a biblatex child takes from its crossref parent when it has none itself.
const INHERITED = [
  'author',
  'editor',
  'issued',
  'publisher',
  'publisher-place',
  'volume',
  'ISBN',
  'collection-title',
];

// Parent types whose title becomes a child's container title (booktitle, journaltitle).
const CONTAINER_PARENTS = new Set(['book', 'periodical', 'article-journal', 'paper-conference']);

function rawField(text: string, name: string): string | undefined {
  const match = new RegExp(
    `[,\\s]${name}\\s*=\\s*(?:\\{([^{}]*)\\}|"([^"]*)"|([\\w.:-]+))`,
    'i',
  ).exec(text);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.trim() || undefined;
}

/**
 * Settles an article number where an AMA reference prints it: Scopus's
 * `art_number` and biblatex's `eid` (which Citation.js files under `number`).
 */
export function articleNumberAsPage(csl: Record<string, unknown>, text: string): void {
  if (csl.page) return;
  const articleNumber = rawField(text, 'art_number') ?? rawField(text, 'eid');
  if (!articleNumber) return;
  csl.page = articleNumber;
  if (csl.number === articleNumber) delete csl.number;
}

/** Fills each entry's missing fields from its biblatex `crossref` parent in the same file. */
export function inheritCrossrefs(reads: readonly BibtexRead[]): void {
  const byKey = new Map(reads.map((read) => [read.entry.key?.toLowerCase(), read.entry]));
  for (const read of reads) {
    const parentKey = rawField(read.text, 'crossref')?.toLowerCase();
    const parent = parentKey ? byKey.get(parentKey) : undefined;
    if (!parent || parent === read.entry) continue;
    const child = read.entry.csl;
    for (const field of INHERITED) {
      if (child[field] === undefined && parent.csl[field] !== undefined)
        child[field] = JSON.parse(JSON.stringify(parent.csl[field])) as unknown;
    }
    const parentType = String(parent.csl.type ?? '');
    if (
      child['container-title'] === undefined &&
      typeof parent.csl.title === 'string' &&
      CONTAINER_PARENTS.has(parentType) &&
      child.type !== parentType
    )
      child['container-title'] = parent.csl.title;
  }
}
