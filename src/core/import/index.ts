export { ImportError, MAX_IMPORT_CHARS, assertReadableText } from './import-error';
export { NoticeLog, describeNotices, type ImportNotice } from './import-notice';
export { readFrontMatter, type FrontMatter } from './front-matter';
export { SourcePositions } from './source-positions';
export {
  importMarkdown,
  citationKeysOf,
  type MarkdownImport,
  type MarkdownOptions,
} from './markdown/from-markdown';
export { splitPandocCitations, type CitationPiece } from './markdown/pandoc-citations';
export {
  importMarkdownArticle,
  type BibliographyFile,
  type BibliographyProblem,
  type ImportedArticle,
} from './markdown-article';
export { importHtml, cleanPastedHtml, cleanHtmlTree, type HtmlImport } from './html/from-html';
