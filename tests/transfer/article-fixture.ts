import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createCitationFormatter,
  type CitationFormatter,
} from '../../src/core/citations/formatter';
import type { CitationStyle } from '../../src/core/document/metadata';
import { prepareExport, type ExportModel } from '../../src/core/export';
import { importMarkdownArticle, type ImportedArticle } from '../../src/core/import';
import { findCslDir, loadCslStyles } from '../../src/main/resources/csl-styles';

/** The reference article's folder (a copy of the shared example, so tests read nothing outside). */
export const REFERENCE_FOLDER = join(import.meta.dirname, '../fixtures/car-t-autoimmune');

/** The reference article imported with its references.json. */
export function importReferenceArticle(): ImportedArticle {
  return importMarkdownArticle(readFileSync(join(REFERENCE_FOLDER, 'article.md'), 'utf8'), [
    {
      name: 'references.json',
      text: readFileSync(join(REFERENCE_FOLDER, 'references.json'), 'utf8'),
    },
  ]);
}

const formatters = new Map<CitationStyle, CitationFormatter>();

/** A CSL formatter for a style, built once per test file. */
export function formatterFor(style: CitationStyle = 'ama'): CitationFormatter {
  let formatter = formatters.get(style);
  if (!formatter) {
    formatter = createCitationFormatter(loadCslStyles(findCslDir())[style]);
    formatters.set(style, formatter);
  }
  return formatter;
}

/** The export model of an imported article. */
export function modelOf(article: ImportedArticle, style: CitationStyle = 'ama'): ExportModel {
  return prepareExport({
    doc: article.doc,
    metadata: article.metadata,
    sources: article.sources,
    formatter: formatterFor(style),
  });
}
