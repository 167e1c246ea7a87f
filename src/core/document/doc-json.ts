import type { JSONContent } from '@tiptap/core';
import { z } from 'zod';

const MarkJson = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** Shape of a document as TipTap JSON; `checkDoc` then checks it against the article schema. */
export const DocJson: z.ZodType<JSONContent> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocJson).optional(),
    marks: z.array(MarkJson).optional(),
    text: z.string().optional(),
  }),
);

/** An empty article: one empty paragraph. */
export function emptyDoc(): JSONContent {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
