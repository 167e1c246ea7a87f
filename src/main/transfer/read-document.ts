import type { JSONContent } from '@tiptap/core';
import type { ImportFormat } from '../../core/api';
import type { ParsedSource } from '../../core/citations/reference-file';
import type { ArticleMetadata } from '../../core/document/metadata';
import {
  describeNotices,
  importHtml,
  importMarkdownArticle,
  ImportError,
  NoticeLog,
} from '../../core/import';
import { docxToHtml } from './docx-to-html';

/** A file read into an article, before anything is stored. */
export interface ReadDocument {
  format: ImportFormat;
  doc: JSONContent;
  metadata: ArticleMetadata;
  /** Cited sources; citation nodes hold their keys until they are stored. */
  sources: ParsedSource[];
  notices: string[];
}

const EXTENSIONS: Record<string, ImportFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  txt: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

const REFUSED: Record<string, string> = {
  doc: 'Old Word .doc files cannot be read. Open it in Word and save it as .docx.',
  pdf: 'PDF files cannot be imported. Copy the text into a new draft, or import the original Word or HTML file.',
  rtf: 'RTF files cannot be imported. Save it as .docx and try again.',
  odt: 'OpenDocument files cannot be imported. Save it as .docx and try again.',
};

/** The format of a file, from its name and then its first bytes; refuses formats Vetted cannot read. */
export function detectImportFormat(fileName: string, bytes: Buffer): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const refused = REFUSED[extension];
  if (refused) throw new ImportError(refused);
  const byName = EXTENSIONS[extension];
  if (byName) return byName;
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return 'docx';
  const head = bytes.subarray(0, 2048).toString('utf8').trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<body|<article|<p[\s>]|<div[\s>]|<h[1-6][\s>])/.test(head))
    return 'html';
  if (head.startsWith('%pdf')) throw new ImportError(REFUSED.pdf);
  return 'markdown';
}

/** Reads an uploaded file (and, for Markdown, its bibliographies) into an article. */
export async function readDocument(
  fileName: string,
  bytes: Buffer,
  bibliographies: readonly { fileName: string; text: string }[],
): Promise<ReadDocument> {
  const format = detectImportFormat(fileName, bytes);
  if (format === 'markdown') {
    const article = importMarkdownArticle(
      bytes.toString('utf8'),
      bibliographies.map((file) => ({ name: file.fileName, text: file.text })),
    );
    const notices = describeNotices(article.notices);
    for (const problem of article.bibliographyProblems)
      notices.push(`${problem.file}, line ${problem.line}: ${problem.message}`);
    if (article.missingKeys.length && !bibliographies.length && article.bibliography.length)
      notices.push(
        `the bibliography ${article.bibliography.join(', ')} was not given with the article`,
      );
    return {
      format,
      doc: article.doc,
      metadata: article.metadata,
      sources: article.sources,
      notices,
    };
  }
  const log = new NoticeLog();
  let html: string;
  if (format === 'docx') {
    const converted = await docxToHtml(bytes);
    converted.warnings.forEach((warning) => log.lost(warning));
    html = converted.html;
  } else html = bytes.toString('utf8');
  const imported = importHtml(html, { notices: log });
  if (!imported.metadata.title) imported.metadata.title = fileName.replace(/\.[a-z0-9]+$/i, '');
  return {
    format,
    doc: imported.doc,
    metadata: { ...imported.metadata, slug: '' },
    sources: [],
    notices: [...new Set(describeNotices(imported.notices))],
  };
}
