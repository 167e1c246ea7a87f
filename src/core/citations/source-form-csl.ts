import { issuedYear } from './citation-key';
import { cleanDoi, cleanPmid } from './identifiers';
import type { CslDate, CslItem, CslName, Evidence } from './source';
import {
  SOURCE_TYPES,
  type SourceFormData,
  type SourceFormValues,
  type SourceType,
  emptySourceForm,
} from './source-form';

type TextField =
  'title' | 'journal' | 'publisher' | 'volume' | 'issue' | 'pages' | 'doi' | 'pmid' | 'url';

/** Form fields that hold one CSL text variable each. */
const TEXT_FIELDS: Record<TextField, keyof CslItem> = {
  title: 'title',
  journal: 'container-title',
  publisher: 'publisher',
  volume: 'volume',
  issue: 'issue',
  pages: 'page',
  doi: 'DOI',
  pmid: 'PMID',
  url: 'URL',
};

/** The form showing a stored source, for editing it. */
export function sourceToForm(csl: CslItem, evidence: Evidence): SourceFormValues {
  const form = emptySourceForm(isFormType(csl.type) ? csl.type : 'document');
  for (const [field, variable] of Object.entries(TEXT_FIELDS) as [TextField, keyof CslItem][]) {
    const value = csl[variable];
    form[field] = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
  form.doi = csl.DOI ? (cleanDoi(csl.DOI) ?? csl.DOI) : '';
  form.pmid = csl.PMID ? (cleanPmid(csl.PMID) ?? csl.PMID) : '';
  form.authors = (csl.author ?? []).map(nameToLine).join('\n');
  form.year = String(issuedYear(csl.issued) ?? '');
  form.accessed = isoDate(csl.accessed);
  form.design = evidence.design ?? '';
  form.participants = evidence.participants === null ? '' : String(evidence.participants);
  form.peerReviewed = evidence.peerReviewed === null ? '' : evidence.peerReviewed ? 'yes' : 'no';
  form.retracted = evidence.retracted;
  return form;
}

/**
 * The CSL item and evidence a validated form describes. When editing (`base`
 * given), every field the user left as it was keeps the stored value exactly
 * (name particles, full dates, fields the form does not show), so editing
 * never loses data.
 */
export function formToSource(
  data: SourceFormData,
  options: { id: string; base?: CslItem },
): { csl: CslItem; evidence: Evidence } {
  const base = options.base;
  const before = base
    ? sourceToForm(base, { design: null, participants: null, peerReviewed: null, retracted: false })
    : null;
  const changed = (field: keyof SourceFormValues, value: string) =>
    !before || before[field] !== value;
  const csl: CslItem = base
    ? (JSON.parse(JSON.stringify(base)) as CslItem)
    : { id: options.id, type: data.type };
  csl.id = options.id;

  if (changed('type', data.type) && !(data.type === 'document' && base && !isFormType(base.type)))
    csl.type = data.type;
  for (const [field, variable] of Object.entries(TEXT_FIELDS) as [TextField, keyof CslItem][]) {
    if (changed(field, data[field])) setOrDelete(csl, variable, data[field]);
  }
  if (changed('authors', data.authors)) {
    const names = data.authors
      .split('\n')
      .map(lineToName)
      .filter((name): name is CslName => name !== null);
    if (names.length) csl.author = names;
    else delete csl.author;
  }
  if (changed('year', data.year)) {
    if (data.year) csl.issued = { 'date-parts': [[Number(data.year)]] };
    else delete csl.issued;
  }
  if (changed('accessed', data.accessed)) {
    if (data.accessed) csl.accessed = { 'date-parts': [data.accessed.split('-').map(Number)] };
    else delete csl.accessed;
  }

  const evidence: Evidence = {
    design: data.design || null,
    participants: data.participants,
    peerReviewed: data.peerReviewed === '' ? null : data.peerReviewed === 'yes',
    retracted: data.retracted,
  };
  return { csl, evidence };
}

function isFormType(type: string): type is SourceType {
  return (SOURCE_TYPES as readonly string[]).includes(type);
}

function setOrDelete(csl: CslItem, variable: keyof CslItem, value: string): void {
  const target = csl as Record<string, unknown>;
  if (value) target[variable] = value;
  else delete target[variable];
}

function nameToLine(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return given ? `${family}, ${given}` : family;
}

function lineToName(line: string): CslName | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const comma = trimmed.indexOf(',');
  if (comma === -1) return { literal: trimmed };
  const family = trimmed.slice(0, comma).trim();
  const given = trimmed.slice(comma + 1).trim();
  return given ? { family, given } : { family };
}

function isoDate(date: CslDate | undefined): string {
  const [year, month, day] = date?.['date-parts']?.[0] ?? [];
  if (!year || !month || !day) return '';
  const pad = (part: number | string) => String(part).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}
