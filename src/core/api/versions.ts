import { z } from 'zod';
import { DocJson } from '../document/doc-json';
import { ArticleMetadata } from '../document/metadata';
import { Draft } from './drafts';
import { method } from './define';
import { Id, Timestamp } from './ids';

/** Why a version exists. */
export const VersionKind = z.enum(['auto', 'named', 'restore', 'before-restore']);
export type VersionKind = z.infer<typeof VersionKind>;

/** One entry of a draft's history. */
export const VersionSummary = z.object({
  id: Id,
  draftId: Id,
  kind: VersionKind,
  name: z.string().nullable(),
  revision: z.number().int(),
  wordCount: z.number().int(),
  title: z.string(),
  createdAt: Timestamp,
});
export type VersionSummary = z.infer<typeof VersionSummary>;

/** A stored version with its content, for read-only preview. */
export const Version = VersionSummary.extend({ metadata: ArticleMetadata, doc: DocJson });
export type Version = z.infer<typeof Version>;

/** Version history: automatic snapshots, named versions, restore. */
export const versionsContract = {
  list: method({
    summary: "A draft's versions, newest first.",
    input: z.object({ draftId: Id }),
    output: z.array(VersionSummary),
  }),
  get: method({
    summary: 'One version with its metadata and body.',
    input: z.object({ id: Id }),
    output: Version,
  }),
  create: method({
    summary: 'Saves the current state of a draft as a named version.',
    input: z.object({
      draftId: Id,
      name: z.string().trim().min(1, 'Give the version a name').max(200),
    }),
    output: VersionSummary,
  }),
  restore: method({
    summary: 'Makes a version the current draft; the state it replaces is kept as a version first.',
    input: z.object({ id: Id, baseRevision: z.number().int().min(0) }),
    output: Draft,
  }),
};
