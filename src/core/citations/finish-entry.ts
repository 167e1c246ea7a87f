import { makeCitationKey, type UniqueKeys } from './citation-key';
import { combineEvidence, evidenceFromKeywords, evidenceFromNote } from './evidence-reading';
import { cleanDoi, cleanPmid, findDoi } from './identifiers';
import type { ParsedSource, RawEntry, ReferenceProblem } from './reference-file';
import { CslItem } from './source';

// CSL fields that are text; files often write them as numbers ("page": 12).
const TEXT_FIELDS = [
  'title',
  'container-title',
  'container-title-short',
  'publisher',
  'publisher-place',
  'page',
  'DOI',
  'PMID',
  'PMCID',
  'ISBN',
  'URL',
  'note',
  'keyword',
  'genre',
];

// Where reference managers leave a DOI when they have no DOI field for it.
const DOI_HIDING_PLACES = ['URL', 'note', 'genre', 'number', 'archive_location', 'source'];

const FIELD_PROBLEMS: Record<string, string> = {
  author: 'the author field is not a list of names',
  editor: 'the editor field is not a list of names',
  issued: 'the issued date is not a CSL date',
  accessed: 'the accessed date is not a CSL date',
};

/**
 * Checks one entry and settles its citation key (unique among `usedKeys`), DOI,
 * PMID and evidence; an entry without a title is a problem, not a source.
 */
export function finishEntry(raw: RawEntry, usedKeys: UniqueKeys): ParsedSource | ReferenceProblem {
  const fields: Record<string, unknown> = { ...raw.csl };
  for (const field of TEXT_FIELDS) {
    const value = fields[field];
    // Repeated tags (several RIS N1 notes) arrive as lists; one text keeps them all.
    if (Array.isArray(value) && value.every((part) => typeof part === 'string'))
      fields[field] = value.join(field === 'note' ? '\n' : '; ');
    if (typeof value === 'number') fields[field] = String(value);
    if (typeof fields[field] === 'string') fields[field] = (fields[field] as string).trim();
    if (fields[field] === '') delete fields[field];
  }
  if (typeof fields.title !== 'string') return { line: raw.line, message: 'no title' };

  settleDoi(fields);
  for (const role of ['author', 'editor']) {
    if (Array.isArray(fields[role]))
      fields[role] = (fields[role] as unknown[]).map(organisationAsLiteral);
  }
  if (typeof fields.PMID === 'string') {
    const pmid = cleanPmid(fields.PMID);
    if (pmid) fields.PMID = pmid;
    else delete fields.PMID;
  }
  if (typeof fields.type !== 'string' || !fields.type) fields.type = 'document';
  delete fields['citation-key'];

  const fileKey =
    raw.key ??
    (typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : '');
  fields.id = fileKey.trim() || 'pending';
  const checked = CslItem.safeParse(fields);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    return {
      line: raw.line,
      message: FIELD_PROBLEMS[field] ?? fieldProblem(field, issue?.message ?? ''),
    };
  }

  const csl = checked.data;
  const key = usedKeys.claim(fileKey.trim() || makeCitationKey(csl));
  csl.id = key;
  const keywords = typeof csl.keyword === 'string' ? csl.keyword.split(/[,;]/) : [];
  const evidence = combineEvidence(
    ...(raw.hints ?? []),
    evidenceFromNote(csl.note ?? ''),
    evidenceFromKeywords(keywords),
  );
  return { id: key, key, csl, evidence, line: raw.line };
}

// zod's "Invalid input: expected string, received array" → "(expected string, received array)".
function fieldProblem(field: string, zodMessage: string): string {
  const detail = zodMessage.replace(/^Invalid input:?\s*/, '');
  return detail ? `the ${field} field is not valid (${detail})` : `the ${field} field is not valid`;
}

/** Whether a finished entry is a problem rather than a source. */
export function isProblem(result: ParsedSource | ReferenceProblem): result is ReferenceProblem {
  return 'message' in result;
}

// BibTeX writes an organisation as a brace-protected family name with no given
// name ("{World Health Organization}"); CSL calls that a literal name.
function organisationAsLiteral(name: unknown): unknown {
  if (typeof name !== 'object' || name === null) return name;
  const { family, ...rest } = name as Record<string, unknown>;
  if (typeof family === 'string' && /\s/.test(family.trim()) && !rest.given && !rest.literal) {
    return { ...rest, literal: family.trim() };
  }
  return name;
}

function settleDoi(fields: Record<string, unknown>): void {
  const written = typeof fields.DOI === 'string' ? fields.DOI : '';
  const doi =
    (written ? (cleanDoi(written) ?? findDoi(written)) : null) ??
    DOI_HIDING_PLACES.map((field) => fields[field])
      .filter((value): value is string => typeof value === 'string')
      .map(findDoi)
      .find((found) => found !== null) ??
    null;
  if (doi) fields.DOI = doi;
  else delete fields.DOI;
}
