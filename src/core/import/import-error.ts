import type { JSONContent } from '@tiptap/core';
import { checkDoc } from '../document/check-doc';

/** A file that cannot be imported at all, with a message a writer can act on. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** The largest text file imported, in characters (a book is about 1 MB). */
export const MAX_IMPORT_CHARS = 20_000_000;

/** Throws an ImportError when `text` is empty, huge or binary; `what` names the expected kind. */
export function assertReadableText(text: string, what: string): void {
  if (!text.trim()) throw new ImportError(`The file is empty: there is no ${what} to import.`);
  if (text.length > MAX_IMPORT_CHARS) {
    const megabytes = Math.round(text.length / 1_000_000);
    throw new ImportError(`The file is too large to import (${megabytes} MB; the limit is 20 MB).`);
  }
  const sample = text.slice(0, 65_536);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.includes('\u0000') || (controls > 8 && controls > sample.length / 100)) {
    throw new ImportError(`This is not a ${what} file: it contains binary data.`);
  }
}

/** Throws an ImportError unless `doc` fits the article schema (a converter bug, said plainly). */
export function assertArticle(doc: JSONContent, what: string): void {
  const check = checkDoc(doc);
  if (!check.ok)
    throw new ImportError(`The ${what} could not be read into an article: ${check.message}`);
}
