import type { JSONContent } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { articleSchema } from '../document/schema';

/** A document as a ProseMirror node or as the TipTap JSON it is stored as. */
export type DocInput = Node | JSONContent;

/** The document as a ProseMirror node of the article schema (throws on JSON that does not fit it). */
export function toDocNode(doc: DocInput): Node {
  return doc instanceof Node ? doc : articleSchema().nodeFromJSON(doc);
}
