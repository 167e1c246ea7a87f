import { issuedYear } from '../../core/citations/citation-key';
import type { CslItem, CslName } from '../../core/citations/source';

/** "Müller F" or "National Cancer Institute". */
export function nameText(name: CslName | undefined): string {
  if (!name) return '';
  if (name.literal) return name.literal;
  const initials = (name.given ?? '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part[0])
    .join('');
  return [name.family, initials].filter(Boolean).join(' ');
}

/** A short human label for a source: "Müller F et al., 2024". */
export function shortCitation(csl: CslItem): string {
  const authors = (csl.author ?? csl.editor ?? []).filter((name) => name.literal !== 'et al.');
  const first = nameText(authors[0]);
  const more =
    authors.length > 1 || (csl.author ?? []).some((name) => name.literal === 'et al.')
      ? ' et al.'
      : '';
  const year = issuedYear(csl.issued);
  return [first ? `${first}${more}` : (csl['container-title'] ?? ''), year ? String(year) : 'n.d.']
    .filter(Boolean)
    .join(', ');
}

/** Folded text a picker query is matched against: key, authors, title, year, DOI, PMID. */
export function sourceSearchText(key: string, csl: CslItem): string {
  const names = (csl.author ?? [])
    .map((name) => [name.literal, name.given, name.family].join(' '))
    .join(' ');
  return [key, names, csl.title, csl['container-title'], issuedYear(csl.issued), csl.DOI, csl.PMID]
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Whether every word of the query occurs in the text. */
export function matchesQuery(text: string, query: string): boolean {
  const words = query
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  return words.every((word) => text.includes(word));
}
