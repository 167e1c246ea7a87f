import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { articleExtensions } from './extensions';

let cached: Schema | undefined;

/** The ProseMirror schema of an article, built once from `articleExtensions`. */
export function articleSchema(): Schema {
  cached ??= getSchema(articleExtensions);
  return cached;
}
