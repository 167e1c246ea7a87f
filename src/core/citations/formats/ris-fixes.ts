import type { CslName } from '../source';

type Tags = ReadonlyMap<string, readonly string[]>;
type Fix = (csl: Record<string, unknown>, tags: Tags) => void;

// "2016/09//" and "2020//": the RIS date form (year/month/day/other), which
// Citation.js sometimes leaves as a raw string.
const RIS_DATE = /^(\d{4})(?:\/(\d{1,2})?(?:\/(\d{1,2})?)?)?/;

// An Embase or Scopus name written "Eloubeidi M.A.": family name, then initials.
const FAMILY_THEN_INITIALS = /^(\S.*?)\s+((?:[A-Z]\.?-?){1,4})$/;

function first(tags: Tags, tag: string): string | undefined {
  return tags.get(tag)?.find((value) => value.trim() !== '');
}

function fixDate(csl: Record<string, unknown>, tags: Tags): void {
  const issued = csl.issued as { 'date-parts'?: unknown } | undefined;
  if (issued?.['date-parts']) return;
  for (const tag of ['PY', 'Y1', 'DA']) {
    const match = RIS_DATE.exec(first(tags, tag)?.trim() ?? '');
    if (!match) continue;
    const parts = match.slice(1).filter(Boolean).map(Number);
    csl.issued = { 'date-parts': [parts] };
    return;
  }
}

// Scopus and Web of Science put an article number in C7 and leave SP empty.
function fixArticleNumber(csl: Record<string, unknown>, tags: Tags): void {
  const articleNumber = first(tags, 'C7')?.trim();
  if (!csl.page && articleNumber) csl.page = articleNumber;
  // A one-page "4-4" is page 4.
  if (typeof csl.page === 'string') {
    const same = /^(\w+)\s*[-\u2010-\u2015]\s*(\w+)$/.exec(csl.page);
    if (same && same[1] === same[2]) csl.page = same[1];
  }
}

// PMIDs hide in U1 ("26957754[pmid]"), Cochrane's C3 ("PUBMED 28697043,EMBASE …")
// and, in PubMed exports through EndNote, a numeric AN.
function fixPmid(csl: Record<string, unknown>, tags: Tags): void {
  if (csl.PMID) return;
  const tagged = [...(tags.get('U1') ?? []), ...(tags.get('C3') ?? [])]
    .map((value) => /(\d{1,8})\s*\[pmid\]/i.exec(value) ?? /\bPUBMED\s+(\d{1,8})\b/i.exec(value))
    .find((match) => match !== null)?.[1];
  const database = first(tags, 'DB') ?? '';
  const accession = first(tags, 'AN')?.trim() ?? '';
  const fromAccession =
    /^\d{1,8}$/.test(accession) && (database === '' || /pubmed|medline/i.test(database))
      ? accession
      : undefined;
  const pmid = tagged ?? fromAccession;
  if (pmid) csl.PMID = pmid;
}

function fixNames(csl: Record<string, unknown>): void {
  for (const role of ['author', 'editor']) {
    const names = csl[role];
    if (!Array.isArray(names)) continue;
    csl[role] = (names as CslName[]).map((name) => {
      // Citation.js keeps a name without a comma whole, as a literal.
      const whole = name.given ? undefined : (name.family ?? name.literal);
      const split = whole ? FAMILY_THEN_INITIALS.exec(whole) : null;
      // "Group WHO" is a group's acronym; initials have dots or follow a single family word.
      if (!split?.[1] || !(split[2]?.includes('.') || !/\s/.test(split[1]))) return name;
      const { literal: _literal, ...rest } = name;
      return { ...rest, family: split[1], given: split[2] };
    });
  }
}

const RIS_FIXES: readonly Fix[] = [fixDate, fixArticleNumber, fixPmid, fixNames];

/** Settles what exporters write outside the RIS specification: dates, article numbers, PMIDs, names. */
export function applyRisFixes(csl: Record<string, unknown>, tags: Tags): void {
  for (const fix of RIS_FIXES) fix(csl, tags);
}
