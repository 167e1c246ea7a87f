import { evidenceFromKeywords } from '../evidence-reading';
import { findDoi } from '../identifiers';
import type { RawEntry, RawReferences, ReferenceProblem } from '../reference-file';
import { citationJsItems } from './citation-js';

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
    items = citationJsItems(`${record.lines.map(canonicalLine).join('\n')}\n`, '@ris/file');
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
