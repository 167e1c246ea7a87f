import { z } from 'zod';
import { DocJson } from '../document/doc-json';
import { ArticleMetadata, DraftStatus } from '../document/metadata';
import { method } from './define';
import { Id, Timestamp } from './ids';

/** One row of the library list. */
export const DraftSummary = z.object({
  id: Id,
  title: z.string(),
  category: z.string(),
  status: DraftStatus,
  wordCount: z.number().int(),
  revision: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  trashedAt: Timestamp.nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

/** A whole draft: metadata and body, at a revision. */
export const Draft = DraftSummary.extend({
  metadata: ArticleMetadata,
  doc: DocJson,
});
export type Draft = z.infer<typeof Draft>;

/** A piece of a search snippet; `match` marks the words that matched the query. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

/** A draft found by full-text search, with highlighted title and body excerpt. */
export const SearchHit = z.object({
  draft: DraftSummary,
  title: z.array(SnippetPart),
  snippet: z.array(SnippetPart),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** What a successful save returns: the new revision to base the next save on. */
export const SavedDraft = z.object({
  id: Id,
  revision: z.number().int(),
  updatedAt: Timestamp,
  wordCount: z.number().int(),
});
export type SavedDraft = z.infer<typeof SavedDraft>;

/** Details of a conflict error: the revision the save lost to. */
export const SaveConflict = z.object({
  currentRevision: z.number().int(),
  updatedAt: Timestamp,
});
export type SaveConflict = z.infer<typeof SaveConflict>;

const ByDraft = z.object({ id: Id });

/** Library of drafts: list, search, create, save, trash. */
export const draftsContract = {
  list: method({
    summary: 'Drafts in the library (or in the trash), most recently edited first.',
    input: z.object({ trash: z.boolean().default(false) }),
    output: z.array(DraftSummary),
  }),
  search: method({
    summary: 'Full-text search over titles and bodies, best matches first.',
    input: z.object({
      query: z.string().max(500),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.array(SearchHit),
  }),
  get: method({
    summary: 'A whole draft: metadata and body.',
    input: ByDraft,
    output: Draft,
  }),
  create: method({
    summary: 'Creates a draft, empty or from given metadata and body.',
    input: z.object({
      title: z.string().max(500).default(''),
      metadata: ArticleMetadata.partial().optional(),
      doc: DocJson.optional(),
    }),
    output: Draft,
  }),
  save: method({
    summary: 'Saves metadata and/or body; refused with "conflict" if baseRevision is stale.',
    input: z
      .object({
        id: Id,
        baseRevision: z.number().int().min(0),
        metadata: ArticleMetadata.optional(),
        doc: DocJson.optional(),
      })
      .refine((input) => input.metadata !== undefined || input.doc !== undefined, {
        message: 'Give metadata, doc or both',
      }),
    output: SavedDraft,
  }),
  duplicate: method({
    summary: 'Copies a draft (body, metadata) as a new draft titled "… (copy)".',
    input: ByDraft,
    output: DraftSummary,
  }),
  rename: method({
    summary: 'Changes a draft title (and its slug, unless the slug was edited by hand).',
    input: z.object({ id: Id, title: z.string().max(500) }),
    output: DraftSummary,
  }),
  trash: method({
    summary: 'Moves a draft to the trash.',
    input: ByDraft,
    output: DraftSummary,
  }),
  restore: method({
    summary: 'Brings a draft back from the trash.',
    input: ByDraft,
    output: DraftSummary,
  }),
  deleteForever: method({
    summary: 'Deletes a draft in the trash, with its history. Cannot be undone.',
    input: ByDraft,
    output: z.object({ id: Id }),
  }),
};
