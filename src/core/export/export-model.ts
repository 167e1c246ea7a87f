import type { JSONContent } from '@tiptap/core';
import type { CitationFormatter } from '../citations/formatter';
import { collectCitations, numberCitations, type CitationNumbering } from '../citations/numbering';
import type { Source } from '../citations/source';
import type { ArticleMetadata } from '../document/metadata';
import { countWords, readingTimeLabel } from '../document/word-count';
import { docToPlainText } from '../document/plain-text';
import { withoutSuggestions } from '../review/suggestions/decide-suggestions';

/** One entry of an export's reference list. */
export interface ExportReference {
  number: number;
  source: Source;
  /** The formatted reference as plain text and as citeproc's HTML. */
  text: string;
  html: string;
  /** Index (0-based, in document order) of the first citation of this source, or null. */
  firstCitation: number | null;
}

/** Everything an exporter reads: the article as it will be published. */
export interface ExportModel {
  /** The body with every pending suggestion rejected (exports never contain them). */
  doc: JSONContent;
  metadata: ArticleMetadata;
  numbering: CitationNumbering;
  references: ExportReference[];
  words: number;
  readingTime: string;
}

/** What an export is made from. */
export interface ExportInput {
  doc: JSONContent;
  metadata: ArticleMetadata;
  /** The draft's sources in list order. */
  sources: readonly Source[];
  /** A formatter for the reference style the export uses. */
  formatter: CitationFormatter;
}

/**
 * Prepares a draft for export: pending suggestions rejected, citations numbered by
 * the draft's rule, and the reference list formatted in text and HTML.
 */
export function prepareExport(input: ExportInput): ExportModel {
  const doc = withoutSuggestions(input.doc);
  const citations = collectCitations(doc);
  const numbering = numberCitations(
    citations,
    input.sources.map((source) => source.id),
    input.metadata.citationOrder,
  );
  const byId = new Map(input.sources.map((source) => [source.id, source]));
  const listed = numbering.order
    .map((id) => byId.get(id))
    .filter((source): source is Source => source !== undefined);
  const items = listed.map((source) => source.csl);
  const texts = input.formatter.bibliography(items, 'text');
  const htmls = input.formatter.bibliography(items, 'html');
  const firstCitationOf = new Map<string, number>();
  citations.forEach((citation, index) => {
    for (const id of citation.sourceIds)
      if (!firstCitationOf.has(id)) firstCitationOf.set(id, index);
  });
  const references = listed.map((source, index): ExportReference => ({
    number: index + 1,
    source,
    text: texts[index]?.text ?? '',
    html: htmls[index]?.text ?? '',
    firstCitation: firstCitationOf.get(source.id) ?? null,
  }));
  const words = countWords(docToPlainText(doc));
  return {
    doc,
    metadata: input.metadata,
    numbering,
    references,
    words,
    readingTime: readingTimeLabel(words),
  };
}
