import type { JSONContent } from '@tiptap/core';
import { articleSchema } from './schema';

/** Result of checking a document against the article schema. */
export type DocCheck = { ok: true } | { ok: false; message: string };

/** Whether JSON is a valid article under the schema (node types, marks, nesting). */
export function checkDoc(json: JSONContent): DocCheck {
  if (json.type !== 'doc') return { ok: false, message: 'The document root must be "doc".' };
  try {
    articleSchema().nodeFromJSON(json).check();
    return { ok: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The document does not fit the article schema: ${detail}` };
  }
}
