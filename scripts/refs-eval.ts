import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf16 } from '../src/core/citations/decode-utf16';
import { createCitationFormatter } from '../src/core/citations/formatter';
import { parseReferences } from '../src/core/citations/parse-references';
import type { ParsedSource } from '../src/core/citations/reference-file';
import type { CslItem, CslName } from '../src/core/citations/source';
import { findCslDir, loadCslStyles } from '../src/main/resources/csl-styles';

/** The real reference files and the librarian's readings of them, beside the clone. */
export const REFS_CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'references');

const FIELDS = [
  'title',
  'author1',
  'nauthors',
  'year',
  'container',
  'volume',
  'issue',
  'page',
  'DOI',
  'PMID',
  'type',
] as const;
type Field = (typeof FIELDS)[number];
type Expected = string | number | null | (string | number)[];

interface ExpectedFile {
  format?: string | null;
  count?: number | [number, number];
  broken?: boolean;
  toSupport?: boolean;
  entries?: (Partial<Record<Field, Expected>> & { i: number })[];
}

interface ExpectedFormatting {
  file: string;
  title: string;
  ama?: string;
  vancouver?: string;
}

/** Right and total field readings of one group (a format, a field). */
export interface Tally {
  right: number;
  total: number;
}

/** What the evaluation measured over the whole corpus. */
export interface RefsEvalReport {
  fieldAccuracy: number;
  byFormat: Record<string, Tally>;
  byField: Record<string, Tally>;
  counts: { right: number; total: number; wrong: string[] };
  broken: { reported: number; total: number; silent: string[] };
  newFormats: { read: number; total: number; unread: string[] };
  strings: { right: number; total: number; wrong: { style: string; want: string; got: string }[] };
  misses: string[];
}

/** Runs every file of the corpus through `parseReferences` and scores it against expected.json. */
export function evaluateReferences(dir: string = REFS_CORPUS): RefsEvalReport {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    files: Record<string, ExpectedFile>;
    formatting: ExpectedFormatting[];
  };
  const report: RefsEvalReport = {
    fieldAccuracy: 0,
    byFormat: {},
    byField: {},
    counts: { right: 0, total: 0, wrong: [] },
    broken: { reported: 0, total: 0, silent: [] },
    newFormats: { read: 0, total: 0, unread: [] },
    strings: { right: 0, total: 0, wrong: [] },
    misses: [],
  };
  const parsedByFile = new Map<string, ParsedSource[]>();
  const present = new Set(readdirSync(dir));
  for (const [file, spec] of Object.entries(expected.files)) {
    if (!present.has(file)) continue;
    const parsed = parseReferences(readText(join(dir, file)), { fileName: file });
    parsedByFile.set(file, parsed.entries);
    if (spec.broken) {
      report.broken.total += 1;
      if (parsed.problems.length > 0) report.broken.reported += 1;
      else report.broken.silent.push(file);
      continue;
    }
    if (spec.toSupport) {
      report.newFormats.total += 1;
      if (parsed.entries.length > 0) report.newFormats.read += 1;
      else report.newFormats.unread.push(file);
      continue;
    }
    if (spec.count !== undefined) {
      const [min, max] = Array.isArray(spec.count) ? spec.count : [spec.count, spec.count];
      report.counts.total += 1;
      const n = parsed.entries.length;
      if (n >= min && n <= max) report.counts.right += 1;
      else report.counts.wrong.push(`${file}: ${n} entries, expected ${min}–${max}`);
    }
    for (const entry of spec.entries ?? []) {
      const found = findByTitle(parsed.entries, entry.title);
      for (const field of FIELDS) {
        if (!(field in entry)) continue;
        const ok = found !== undefined && fieldMatches(field, entry[field] ?? null, found.csl);
        tally(report.byFormat, spec.format ?? 'unknown', ok);
        tally(report.byField, field, ok);
        if (!ok)
          report.misses.push(
            `${file}#${entry.i} ${field}: want ${JSON.stringify(entry[field])}, got ${
              found ? JSON.stringify(readField(field, found.csl)) : 'no entry'
            }`,
          );
      }
    }
  }
  const all = Object.values(report.byField);
  const right = all.reduce((sum, t) => sum + t.right, 0);
  const total = all.reduce((sum, t) => sum + t.total, 0);
  report.fieldAccuracy = total ? right / total : 0;
  scoreStrings(expected.formatting, parsedByFile, report);
  return report;
}

function scoreStrings(
  formatting: ExpectedFormatting[],
  parsedByFile: Map<string, ParsedSource[]>,
  report: RefsEvalReport,
): void {
  const styles = loadCslStyles(findCslDir());
  const formatters = {
    ama: createCitationFormatter(styles.ama),
    vancouver: createCitationFormatter(styles.vancouver),
  };
  for (const item of formatting) {
    const found = findByTitle(parsedByFile.get(item.file) ?? [], item.title);
    for (const style of ['ama', 'vancouver'] as const) {
      const want = item[style];
      // Some entries carry only one style's string.
      if (want === undefined) continue;
      report.strings.total += 1;
      const got = found ? formatters[style].reference(found.csl) : '(no entry)';
      if (got === want) report.strings.right += 1;
      else report.strings.wrong.push({ style: `${style} ${item.file}`, want, got });
    }
  }
}

// As `vetted refs` reads a file: UTF-16 when it has the byte order mark, else UTF-8.
function readText(path: string): string {
  const bytes = readFileSync(path);
  return decodeUtf16(bytes) ?? bytes.toString('utf8');
}

function tally(groups: Record<string, Tally>, key: string, ok: boolean): void {
  const group = (groups[key] ??= { right: 0, total: 0 });
  group.total += 1;
  if (ok) group.right += 1;
}

function normTitle(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/<[^>]+>/g, '')
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}

function findByTitle(
  entries: ParsedSource[],
  title: Expected | undefined,
): ParsedSource | undefined {
  const wanted = (Array.isArray(title) ? title : [title]).map((t) =>
    normTitle(String(t ?? '')).toLowerCase(),
  );
  const titleOf = (entry: ParsedSource): string => normTitle(entry.csl.title ?? '').toLowerCase();
  return (
    entries.find((entry) => wanted.includes(titleOf(entry))) ??
    entries.find((entry) => wanted.some((w) => w && titleOf(entry).startsWith(w)))
  );
}

function familyOf(name: CslName | undefined): string[] {
  if (!name) return [];
  if (name.literal) return [name.literal];
  const particle = name['non-dropping-particle'] ?? name['dropping-particle'];
  const family = name.family ?? '';
  return particle ? [family, `${particle} ${family}`] : [family];
}

function readField(field: Field, csl: CslItem): unknown {
  const table: Record<Field, () => unknown> = {
    title: () => csl.title,
    author1: () => familyOf(csl.author?.[0])[0] ?? null,
    nauthors: () => csl.author?.length ?? 0,
    year: () => csl.issued?.['date-parts']?.[0]?.[0] ?? null,
    container: () => csl['container-title'],
    volume: () => csl.volume,
    issue: () => csl.issue,
    page: () => csl.page,
    DOI: () => csl.DOI,
    PMID: () => csl.PMID,
    type: () => csl.type,
  };
  return table[field]();
}

// Elided ranges (823-8) are the same pages as full ones (823-828).
function normPage(value: string): string {
  const range = /^\s*([A-Za-z]?)(\d+)\s*[-\u2010-\u2015]+\s*[A-Za-z]?(\d+)\s*$/.exec(value);
  if (!range) return value.replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, '');
  const [, prefix = '', start = '', end = ''] = range;
  const full = end.length < start.length ? start.slice(0, start.length - end.length) + end : end;
  return `${prefix}${start}-${full}`;
}

const COMPARE: Record<Field, (want: string, got: CslItem) => boolean> = {
  title: (want, csl) => normTitle(csl.title ?? '') === normTitle(want),
  author1: (want, csl) =>
    familyOf(csl.author?.[0]).some(
      (f) => normTitle(f).toLowerCase() === normTitle(want).toLowerCase(),
    ),
  nauthors: (want, csl) => (csl.author?.length ?? 0) === Number(want),
  year: (want, csl) => String(csl.issued?.['date-parts']?.[0]?.[0] ?? '') === want,
  container: (want, csl) =>
    (csl['container-title'] ?? '').replace(/\s+/g, ' ').trim().toLowerCase() ===
    want.replace(/\s+/g, ' ').trim().toLowerCase(),
  volume: (want, csl) => String(csl.volume ?? '').trim() === want,
  issue: (want, csl) => String(csl.issue ?? '').trim() === want,
  page: (want, csl) => normPage(csl.page ?? '') === normPage(want),
  DOI: (want, csl) => cleanDoiText(csl.DOI ?? '') === cleanDoiText(want),
  PMID: (want, csl) => String(csl.PMID ?? '').trim() === want,
  type: (want, csl) => csl.type === want,
};

function cleanDoiText(value: string): string {
  return value
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .toLowerCase();
}

function fieldMatches(field: Field, want: Expected, csl: CslItem): boolean {
  if (want === null) {
    const got = readField(field, csl);
    return got === undefined || got === null || got === '' || (field === 'nauthors' && got === 0);
  }
  const options = Array.isArray(want) ? want : [want];
  return options.some((option) => COMPARE[field](String(option), csl));
}
