import type { JSONContent } from '@tiptap/core';
import { ApiError } from '../../core/api';
import { checkDoc } from '../../core/document/check-doc';
import { slugify, type ArticleMetadata } from '../../core/document/metadata';
import { docToPlainText } from '../../core/document/plain-text';
import { countWords } from '../../core/document/word-count';

/** A body that passed the schema, with what is derived from it on save. */
export interface CheckedContent {
  doc: JSONContent;
  plainText: string;
  wordCount: number;
}

/** Validates a body against the article schema and derives its text and word count. */
export function checkContent(doc: JSONContent): CheckedContent {
  const check = checkDoc(doc);
  if (!check.ok) throw new ApiError('invalid_input', check.message, { path: ['doc'] });
  const plainText = docToPlainText(doc);
  return { doc, plainText, wordCount: countWords(plainText) };
}

/** Metadata as stored: the slug follows the title unless the writer edited it. */
export function normalizeMetadata(metadata: ArticleMetadata): ArticleMetadata {
  return metadata.slugLocked ? metadata : { ...metadata, slug: slugify(metadata.title) };
}
