import { z } from 'zod';
import { SOURCE_TYPES } from '../citations/source-form';
import { Source, StudyDesign } from '../citations/source';
import { method } from './define';
import { Id, Timestamp } from './ids';

/** The "Add source" form as typed, validated by the service with per-field messages. */
export const SourceFormInput = z.object({
  type: z.enum(SOURCE_TYPES),
  authors: z.string().max(20_000),
  title: z.string().max(5000),
  journal: z.string().max(1000),
  publisher: z.string().max(1000),
  year: z.string().max(20),
  volume: z.string().max(100),
  issue: z.string().max(100),
  pages: z.string().max(100),
  doi: z.string().max(500),
  pmid: z.string().max(100),
  url: z.string().max(4000),
  accessed: z.string().max(20),
  design: z.union([z.literal(''), StudyDesign]),
  participants: z.string().max(40),
  peerReviewed: z.enum(['yes', 'no', '']),
  retracted: z.boolean(),
});

/** A library source with when it was added and changed. */
export const LibrarySource = Source.extend({ createdAt: Timestamp, updatedAt: Timestamp });
export type LibrarySource = z.infer<typeof LibrarySource>;

/** What importing a reference file did. */
export const SourceImportResult = z.object({
  /** "12 imported, 2 duplicates skipped, 1 entry unreadable: line 40, missing closing brace" */
  summary: z.string(),
  format: z.string().nullable(),
  imported: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
  /** Sources added, merged into, or found as duplicates: the file's sources, now in the library. */
  sources: z.array(LibrarySource),
});
export type SourceImportResult = z.infer<typeof SourceImportResult>;

/** Largest reference file accepted as text (BibTeX libraries can be big). */
export const MAX_IMPORT_TEXT = 20_000_000;

/** The shared reference library. */
export const sourcesContract = {
  search: method({
    summary:
      'Library sources whose authors, title, year, DOI, PMID or key match the query (all when empty).',
    input: z.object({
      query: z.string().max(500).default(''),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: z.array(LibrarySource),
  }),
  get: method({
    summary: 'One library source.',
    input: z.object({ id: Id }),
    output: LibrarySource,
  }),
  create: method({
    summary:
      'Adds a source from the form (and to a draft); refused with "conflict" if it duplicates one.',
    input: z.object({ form: SourceFormInput, draftId: Id.optional() }),
    output: LibrarySource,
  }),
  update: method({
    summary: 'Changes a source from the form; fields the form does not show are kept.',
    input: z.object({ id: Id, form: SourceFormInput }),
    output: LibrarySource,
  }),
  delete: method({
    summary:
      'Deletes a source from the library and every draft; its citations show a missing-source marker.',
    input: z.object({ id: Id }),
    output: z.object({ id: Id, draftsAffected: z.number().int() }),
  }),
  import: method({
    summary:
      'Imports a BibTeX, RIS, MEDLINE or CSL-JSON file; one transaction, bad entries reported, never partial.',
    input: z.object({
      text: z.string().max(MAX_IMPORT_TEXT, 'The file is larger than 20 MB'),
      fileName: z.string().max(500).optional(),
      draftId: Id.optional(),
      duplicates: z.enum(['merge', 'skip']).default('merge'),
    }),
    output: SourceImportResult,
  }),
};

/** The sources a draft uses, in its list order. */
export const draftSourcesContract = {
  list: method({
    summary: "A draft's sources in list order.",
    input: z.object({ draftId: Id }),
    output: z.array(LibrarySource),
  }),
  add: method({
    summary: "Adds library sources to the end of a draft's list (those already there stay put).",
    input: z.object({ draftId: Id, sourceIds: z.array(Id).min(1).max(1000) }),
    output: z.array(LibrarySource),
  }),
  remove: method({
    summary:
      "Removes a source from a draft's list (its citations then show a missing-source marker).",
    input: z.object({ draftId: Id, sourceId: Id }),
    output: z.array(LibrarySource),
  }),
  reorder: method({
    summary: "Sets the order of a draft's list (used when numbering keeps the list order).",
    input: z.object({ draftId: Id, sourceIds: z.array(Id).max(5000) }),
    output: z.array(LibrarySource),
  }),
};
