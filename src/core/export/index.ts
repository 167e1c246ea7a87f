export {
  prepareExport,
  type ExportInput,
  type ExportModel,
  type ExportReference,
} from './export-model';
export {
  toMarkdownArticle,
  pandocBibliography,
  type MarkdownCitations,
  type MarkdownExportOptions,
} from './to-markdown';
export { toHtmlArticle, type HtmlExportOptions } from './to-html';
export { exportArticle, ExportOptions, type ExportedFile } from './export-article';
export { EXPORT_SANITIZE_SCHEMA } from './sanitize-schema';
