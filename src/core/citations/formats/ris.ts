import { evidenceFromKeywords } from '../evidence-reading';
import { findDoi } from '../identifiers';
import type { RawEntry, RawReferences, ReferenceProblem } from '../reference-file';
import { citationJsItems } from './citation-js';
import { applyRisFixes } from './ris-fixes';

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

// Tags where exporters put a DOI when they do not use DO.
const DOI_TAGS = ['DO', 'M3', 'L3', 'N1', 'UR', 'L1', 'L2', 'AN'];

interface RisRecord {
  line: number;
  lines: string[];
  closed: boolean;
}

/**
 * Reads an RIS file record by record (TY … ER) with Citation.js. Lines without a
 * tag continue the field above them. A record without its closing ER line is
 * reported rather than guessed at: its last field may have been cut off.
 */
export function readRis(text: string): RawReferences {
  const entries: RawEntry[] = [];
  const problems: ReferenceProblem[] = [];
  for (const record of splitRecords(text)) {
    if (!record.closed) {
      problems.push({
        line: record.line,
        message: 'record not closed: no "ER  -" line (the file may be truncated)',
      });
      continue;
    }
    const entry = readRecord(record);
    if ('message' in entry) problems.push(entry);
    else entries.push(entry);
  }
  return { entries, problems };
}

function splitRecords(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  for (const [index, line] of text.split('\n').entries()) {
    const tag = TAG_LINE.exec(line)?.[1];
    if (tag === 'TY') {
      if (current) records.push(current);
      current = { line: index + 1, lines: [line], closed: false };
    } else if (current) {
      current.lines.push(line);
      if (tag === 'ER') {
        current.closed = true;
        records.push(current);
        current = null;
      }
    }
  }
  if (current) records.push(current);
  return records;
}

function readRecord(record: RisRecord): RawEntry | ReferenceProblem {
  let items: Record<string, unknown>[];
  try {
    items = citationJsItems(`${tidyRecord(record.lines).join('\n')}\n`, '@ris/file');
  } catch (error) {
    return { line: record.line, message: plainRecordMessage(error) };
  }
  const csl = items[0];
  if (!csl) return { line: record.line, message: 'empty record' };

  const tags = tagValues(record.lines);
  const keywords = tags.get('KW') ?? [];
  if (keywords.length) csl.keyword = keywords.join(', ');
  if (!csl.DOI) {
    const doi = DOI_TAGS.flatMap((tag) => tags.get(tag) ?? [])
      .map(findDoi)
      .find((found) => found !== null);
    if (doi) csl.DOI = doi;
  }
  // EndNote's M3 ("type of work") often holds only the DOI; it is not a genre then.
  if (
    typeof csl.genre === 'string' &&
    findDoi(csl.genre) &&
    /^\s*(?:doi:?\s*)?\S+\s*$/i.test(csl.genre)
  ) {
    delete csl.genre;
  }
  applyRisFixes(csl, tags);
  const accessed = tags.get('Y2')?.[0];
  if (!csl.accessed && accessed) {
    const parts = accessed.split(/[/-]/).map((part) => Number.parseInt(part, 10));
    const dateParts = parts.filter((part) => Number.isInteger(part) && part > 0);
    if (dateParts.length) csl.accessed = { 'date-parts': [dateParts] };
  }
  return {
    line: record.line,
    csl,
    key: tags.get('ID')?.[0]?.trim() || undefined,
    hints: [evidenceFromKeywords(keywords)],
  };
}

// Citation.js names the tags it could not convert ("Failed to convert DA,PY to
// issued"); anything else it throws is an internal failure on odd input.
function plainRecordMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const tags = /Failed to convert ([A-Z0-9,]+) to/.exec(message)?.[1];
  return tags ? `unreadable ${tags.split(',').join('/')} field` : 'unreadable record';
}

// Tags the RIS specification allows once per record; exporters repeat some (two DO,
// three PY from PMC's received/accepted dates), and the first is the record's own.
const SINGLE_TAGS = new Set(
  'TY TI T1 T2 T3 JO JF JA J1 J2 PY Y1 DA VL IS SP EP DO PB CY ET M1 M3 C7 AN LA ST ID'.split(' '),
);

/**
 * The record as Citation.js can read it: canonical tag lines, the first value of a
 * single-valued tag, and no DA that has no year (Web of Science writes "DA - AUG 11",
 * which would otherwise replace the PY year).
 */
function tidyRecord(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    const match = TAG_LINE.exec(line);
    const tag = match?.[1];
    if (!tag) {
      if (!dropping) kept.push(canonicalLine(line));
      continue;
    }
    const value = (match[2] ?? '').trim();
    dropping =
      (SINGLE_TAGS.has(tag) && seen.has(tag)) ||
      (tag === 'DA' && !/\b\d{4}\b/.test(value)) ||
      (tag !== 'ER' && value === '');
    seen.add(tag);
    if (!dropping) kept.push(`${tag}  - ${value}`);
  }
  return kept;
}

// Citation.js reads only the standard "XX  - value" form; some exporters write
// "XX - value" or indent nothing on continued lines.
function canonicalLine(line: string): string {
  const match = TAG_LINE.exec(line);
  if (match?.[1]) return `${match[1]}  - ${match[2] ?? ''}`;
  return line.trim() ? `      ${line.trim()}` : line;
}

// Values per tag, with untagged lines appended to the field above them.
function tagValues(lines: readonly string[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of lines) {
    const match = TAG_LINE.exec(line);
    if (match?.[1]) {
      last = tags.get(match[1]) ?? [];
      tags.set(match[1], last);
      last.push((match[2] ?? '').trim());
    } else if (last && line.trim() && last.length) {
      last[last.length - 1] = `${last[last.length - 1]} ${line.trim()}`;
    }
  }
  return tags;
}
