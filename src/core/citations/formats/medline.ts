import { evidenceFromPublicationTypes, type EvidenceHints } from '../evidence-reading';
import { cleanDoi } from '../identifiers';
import type { RawEntry, RawReferences, ReferenceProblem } from '../reference-file';
import type { CslName } from '../source';

// "TI  - text", "PMID- 123", "FAU - Müller, Fabian": a tag of up to four characters
// padded to four, then "- ". Continuation lines are indented.
const TAG_LINE = /^([A-Z][A-Z0-9]{0,3}) {0,3}- ?(.*)$/;
const CONTINUATION = /^\s+(\S.*)$/;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// MEDLINE writes languages as three-letter codes; CSL wants BCP 47 tags, and
// citeproc's title-casing depends on recognising English.
const LANGUAGES: Record<string, string> = {
  eng: 'en',
  ger: 'de',
  fre: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  dut: 'nl',
  jpn: 'ja',
  chi: 'zh',
  rus: 'ru',
};

type Field = [tag: string, value: string];

/**
 * Reads PubMed's MEDLINE format (.nbib, .txt): records separated by blank lines,
 * one tagged field a line, long values wrapped onto indented continuation lines.
 * Publication types (PT) become evidence: design, retraction, preprint status.
 */
export function readMedline(text: string): RawReferences {
  const entries: RawEntry[] = [];
  const problems: ReferenceProblem[] = [];
  const records = splitRecords(text);
  // PubMed ends every article record with its SO (source) line; one without it,
  // in a file whose other records have it or that stops mid-line, was cut off.
  const expectSource = records.some(hasSource) || !text.endsWith('\n');
  for (const record of records) {
    if (expectSource && !hasSource(record) && isPubMedArticle(record)) {
      problems.push({
        line: record.line,
        message: 'record incomplete: no SO line (the file may be truncated)',
      });
    } else {
      entries.push({
        line: record.line,
        csl: recordToCsl(record.fields),
        hints: [recordEvidence(record.fields)],
      });
    }
  }
  return { entries, problems };
}

// Bookshelf chapters (BTI, PB) and records from other databases (ERIC, no PMID)
// have no SO line by design; only a PubMed article without one was cut off.
function isPubMedArticle(record: { fields: Field[] }): boolean {
  const tags = new Set(record.fields.map(([tag]) => tag));
  return tags.has('PMID') && !tags.has('BTI') && !tags.has('PB');
}

function hasSource(record: { fields: Field[] }): boolean {
  return record.fields.some(([tag]) => tag === 'SO');
}

function splitRecords(text: string): { line: number; fields: Field[] }[] {
  const records: { line: number; fields: Field[] }[] = [];
  let current: { line: number; fields: Field[] } | null = null;
  for (const [index, line] of text.split('\n').entries()) {
    const tagged = TAG_LINE.exec(line);
    const continued = CONTINUATION.exec(line);
    const lastField = current?.fields[current.fields.length - 1];
    if (!line.trim()) {
      current = null;
    } else if (tagged?.[1] && !(continued && lastField)) {
      if (!current || tagged[1] === 'PMID') {
        current = { line: index + 1, fields: [] };
        records.push(current);
      }
      current.fields.push([tagged[1], (tagged[2] ?? '').trim()]);
    } else if (continued?.[1] && lastField) {
      lastField[1] = `${lastField[1]} ${continued[1].trim()}`;
    }
  }
  return records.filter((record) => record.fields.length > 0);
}

function recordToCsl(fields: Field[]): Record<string, unknown> {
  const all = (tag: string) => fields.filter(([name]) => name === tag).map(([, value]) => value);
  const one = (tag: string) => all(tag)[0];
  const csl: Record<string, unknown> = {};
  const types = all('PT').map((type) => type.toLowerCase());
  const isBook =
    Boolean(one('BTI')) || types.includes('book') || types.includes('books and documents');
  csl.type = isBook ? (one('TI') && one('BTI') ? 'chapter' : 'book') : 'article-journal';

  const title = one('TI') ?? one('BTI');
  if (title) csl.title = title.replace(/\.$/, '');
  if (isBook && one('TI') && one('BTI')) csl['container-title'] = one('BTI');
  const authors = readAuthors(fields);
  if (authors.length) csl.author = authors;
  setText(csl, 'container-title', one('JT'));
  setText(csl, 'container-title-short', one('TA'));
  setText(csl, 'volume', one('VI'));
  setText(csl, 'issue', one('IP'));
  setText(csl, 'page', one('PG'));
  setText(csl, 'PMID', one('PMID'));
  setText(csl, 'PMCID', one('PMC'));
  setText(csl, 'abstract', one('AB'));
  setText(csl, 'publisher', one('PB'));
  setText(csl, 'language', LANGUAGES[one('LA') ?? '']);
  const keywords = all('OT');
  if (keywords.length) csl.keyword = keywords.join(', ');
  const issued = readDate(one('DP') ?? '');
  if (issued) csl.issued = { 'date-parts': [issued] };
  const doi = [...all('AID'), ...all('LID')]
    .filter((value) => /\[doi\]\s*$/i.test(value))
    .map((value) => cleanDoi(value.replace(/\[doi\]\s*$/i, '')))
    .find((found) => found !== null);
  if (doi) csl.DOI = doi;
  return csl;
}

// Full names (FAU) when the record has them, else the short forms (AU);
// group authors (CN) stay in their place in the list.
function readAuthors(fields: Field[]): CslName[] {
  const personTag = fields.some(([tag]) => tag === 'FAU') ? 'FAU' : 'AU';
  return fields
    .filter(([tag]) => tag === personTag || tag === 'CN')
    .map(([tag, value]): CslName => {
      if (tag === 'CN') return { literal: value };
      // ERIC writes its AU lines as full "Family, Given" names.
      if (tag === 'FAU' || value.includes(',')) {
        const comma = value.indexOf(',');
        if (comma === -1) return { literal: value };
        const given = value.slice(comma + 1).trim();
        const family = value.slice(0, comma).trim();
        return given ? { family, given } : { family };
      }
      const words = value.split(/\s+/);
      return words.length > 1
        ? { family: words.slice(0, -1).join(' '), given: words.at(-1) ?? '' }
        : { family: value };
    });
}

// "2024 Feb 22", "2022 Oct", "2022 Sep-Oct", "2023 Winter", "2024".
function readDate(text: string): number[] | null {
  const match = /^(\d{4})(?:\s+([A-Za-z]{3})[A-Za-z]*(?:-[A-Za-z]+)?(?:\s+(\d{1,2}))?)?/.exec(
    text.trim(),
  );
  if (!match?.[1]) return null;
  const parts = [Number(match[1])];
  const month = match[2] ? MONTHS[match[2].toLowerCase()] : undefined;
  if (month) {
    parts.push(month);
    if (match[3]) parts.push(Number(match[3]));
  }
  return parts;
}

function recordEvidence(fields: Field[]): EvidenceHints {
  const types = fields.filter(([tag]) => tag === 'PT').map(([, value]) => value);
  const hints = evidenceFromPublicationTypes(types);
  // RIN ("Retraction in") points at the notice that retracted this article.
  if (fields.some(([tag]) => tag === 'RIN')) hints.retracted = true;
  if (types.some((type) => type.toLowerCase() === 'preprint')) hints.peerReviewed = false;
  return hints;
}

function setText(csl: Record<string, unknown>, field: string, value: string | undefined): void {
  if (value) csl[field] = value;
}
