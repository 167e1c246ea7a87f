import type { JSONContent } from '@tiptap/core';
import { miniMarkdown } from './mini-markdown';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferences } from '../../src/core/citations/parse-references';
import type { Source } from '../../src/core/citations/source';
import { emptyMetadata, type ArticleMetadata } from '../../src/core/document/metadata';

const FOLDER = join(import.meta.dirname, '../fixtures/car-t-autoimmune');

/**
 * The reference article as a draft, for tests that run before (or without) the
 * Markdown importer: headings, paragraphs, bullet lists with bold lead-ins, and
 * Pandoc citations turned into citation nodes.
 */
export function referenceArticle(): {
  doc: JSONContent;
  sources: Source[];
  metadata: ArticleMetadata;
} {
  const markdown = readFileSync(join(FOLDER, 'article.md'), 'utf8');
  const parsed = parseReferences(readFileSync(join(FOLDER, 'references.json'), 'utf8'), {
    fileName: 'references.json',
  });
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const field = (name: string) => new RegExp(`^${name}:\\s*"?(.*?)"?$`, 'm').exec(front)?.[1] ?? '';
  const metadata: ArticleMetadata = {
    ...emptyMetadata(field('title')),
    standfirst: field('standfirst'),
    category: field('category'),
    publishedOn: field('date') || null,
    disclaimer: field('disclaimer'),
  };

  return { doc: miniMarkdown(body), sources: parsed.entries, metadata };
}
