import { issuedYear } from './citation-key';
import { cleanPmid, doiKey } from './identifiers';
import type { CslItem } from './source';

/** Why two sources are taken to be the same work. */
export type DuplicateReason = 'doi' | 'pmid' | 'title-year';

/** Anything with CSL data: a stored source, or an entry read from a file. */
export interface HasCsl {
  csl: CslItem;
}

/** A stored source that a candidate duplicates, and why. */
export interface DuplicateMatch<S extends HasCsl> {
  source: S;
  reason: DuplicateReason;
}

/** How reasons read in messages: "same DOI". */
export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  doi: 'same DOI',
  pmid: 'same PMID',
  'title-year': 'same title and year',
};

/** A title reduced for comparison: no markup, accents, case, punctuation or extra spaces. */
export function normaliseTitle(title: string): string {
  return title
    .replace(/<[^>]+>/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Finds duplicates quickly among many sources: same DOI (any case, with or without
 * https://doi.org/), same PMID, or same normalised title and year. Title and year
 * count only when the two do not carry different DOIs or PMIDs (an erratum has its
 * article's title but its own DOI).
 */
export class DuplicateIndex<S extends HasCsl> {
  private readonly byDoi = new Map<string, S>();
  private readonly byPmid = new Map<string, S>();
  private readonly byTitleYear = new Map<string, S[]>();

  constructor(sources: Iterable<S> = []) {
    for (const source of sources) this.add(source);
  }

  /** Adds a source; an earlier source with the same identifiers stays the match. */
  add(source: S): void {
    const { doi, pmid, titleYear } = identity(source.csl);
    if (doi && !this.byDoi.has(doi)) this.byDoi.set(doi, source);
    if (pmid && !this.byPmid.has(pmid)) this.byPmid.set(pmid, source);
    if (titleYear)
      this.byTitleYear.set(titleYear, [...(this.byTitleYear.get(titleYear) ?? []), source]);
  }

  /** The first stored source the candidate duplicates, or null. */
  find(candidate: HasCsl): DuplicateMatch<S> | null {
    const { doi, pmid, titleYear } = identity(candidate.csl);
    const sameDoi = doi ? this.byDoi.get(doi) : undefined;
    if (sameDoi) return { source: sameDoi, reason: 'doi' };
    const samePmid = pmid ? this.byPmid.get(pmid) : undefined;
    if (samePmid) return { source: samePmid, reason: 'pmid' };
    const sameTitle = titleYear
      ? this.byTitleYear
          .get(titleYear)
          ?.find((source) => !conflicting(identity(source.csl), { doi, pmid }))
      : undefined;
    return sameTitle ? { source: sameTitle, reason: 'title-year' } : null;
  }
}

/** The stored source a candidate duplicates (see `DuplicateIndex`), or null. */
export function findDuplicate<S extends HasCsl>(
  candidate: HasCsl,
  existing: readonly S[],
): DuplicateMatch<S> | null {
  return new DuplicateIndex(existing).find(candidate);
}

interface Identity {
  doi: string;
  pmid: string;
  titleYear: string;
}

function identity(csl: CslItem): Identity {
  const title = normaliseTitle(csl.title ?? '');
  // A missing year matches only a missing year.
  const year = issuedYear(csl.issued) ?? '';
  return {
    doi: doiKey(csl.DOI),
    pmid: csl.PMID ? (cleanPmid(csl.PMID) ?? '') : '',
    titleYear: title ? `${title}\u0000${year}` : '',
  };
}

function conflicting(
  stored: Pick<Identity, 'doi' | 'pmid'>,
  candidate: Pick<Identity, 'doi' | 'pmid'>,
): boolean {
  return Boolean(
    (stored.doi && candidate.doi && stored.doi !== candidate.doi) ||
    (stored.pmid && candidate.pmid && stored.pmid !== candidate.pmid),
  );
}
