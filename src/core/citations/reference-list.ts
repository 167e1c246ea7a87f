import type { CitationFormatter, FormattedReference, ReferenceOutput } from './formatter';
import type { CitationNumbering } from './numbering';
import type { Source } from './source';

/**
 * A draft's reference list: its sources in the numbering's order, formatted by
 * `formatter`, each entry carrying the source's id and its citation number.
 */
export function formatReferenceList(
  numbering: Pick<CitationNumbering, 'order'>,
  sources: readonly Source[],
  formatter: CitationFormatter,
  output: ReferenceOutput = 'text',
): FormattedReference[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const listed = numbering.order
    .map((id) => byId.get(id))
    .filter((source): source is Source => source !== undefined);
  const formatted = formatter.bibliography(
    listed.map((source) => source.csl),
    output,
  );
  return formatted.map((entry, index) => ({ ...entry, id: listed[index]?.id ?? entry.id }));
}

/** A formatted list as numbered plain lines: "1. Müller F, Taubmann J, …". */
export function referenceListText(references: readonly FormattedReference[]): string {
  return references.map((reference) => `${reference.number}. ${reference.text}\n`).join('');
}
