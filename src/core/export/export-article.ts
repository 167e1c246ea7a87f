import { z } from 'zod';
import type { ExportModel } from './export-model';
import { toHtmlArticle } from './to-html';
import { pandocBibliography, toMarkdownArticle } from './to-markdown';

/** What an editor chooses in the export dialog (and on the command line). */
export const ExportOptions = z.object({
  format: z.enum(['html', 'markdown']),
  /** Markdown only: numbered links into a Sources list, Pandoc [@key], or GFM footnotes. */
  citations: z.enum(['numbered', 'pandoc', 'footnotes']).default('numbered'),
  /** HTML only: a whole page, or the article element for a CMS. */
  standalone: z.boolean().default(true),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

/** One file an export writes. */
export interface ExportedFile {
  name: string;
  mediaType: string;
  content: string;
}

/**
 * The files of an export, named after the article's slug: one HTML page or
 * fragment, or one Markdown file (plus its CSL-JSON bibliography for Pandoc).
 */
export function exportArticle(model: ExportModel, options: ExportOptions): ExportedFile[] {
  const base = model.metadata.slug || 'article';
  if (options.format === 'html') {
    const name = options.standalone ? `${base}.html` : `${base}.fragment.html`;
    return [
      {
        name,
        mediaType: 'text/html',
        content: toHtmlArticle(model, { standalone: options.standalone }),
      },
    ];
  }
  const bibliographyFile = `${base}.json`;
  const markdown: ExportedFile = {
    name: `${base}.md`,
    mediaType: 'text/markdown',
    content: toMarkdownArticle(model, { citations: options.citations, bibliographyFile }),
  };
  if (options.citations !== 'pandoc') return [markdown];
  return [
    markdown,
    { name: bibliographyFile, mediaType: 'application/json', content: pandocBibliography(model) },
  ];
}
