import { z } from 'zod';
import { CitationStyle } from '../document/metadata';
import { ExportOptions } from '../export/export-article';
import { CheckedFinding } from './compliance';
import { method } from './define';
import { DraftSummary } from './drafts';
import { Id } from './ids';

/** Formats a file can be imported from. */
export const ImportFormat = z.enum(['markdown', 'html', 'docx']);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** A bibliography sent with a Markdown article. */
export const BibliographyUpload = z.object({
  fileName: z.string().min(1).max(500),
  text: z.string().max(50_000_000, 'The bibliography is larger than 50 MB'),
});

/** What an import did, for the summary the writer reads. */
export const ImportResult = z.object({
  draft: DraftSummary,
  format: ImportFormat,
  citations: z.number().int(),
  sourcesAdded: z.number().int(),
  sourcesReused: z.number().int(),
  /** Things the article could not represent, as sentences ("line 12: a table was kept as text"). */
  notices: z.array(z.string()),
  /** One paragraph: "Imported “Title”: 14 citations, 4 sources added. 1 thing could not be kept: …". */
  summary: z.string(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** One file of an export. */
export const ExportedFileSchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  content: z.string(),
});

/** The export dialog's choices. */
export const ExportRequest = z.object({
  draftId: Id,
  options: ExportOptions,
  /** Reference style for this export; the draft's own style when left out. */
  style: CitationStyle.optional(),
});

/** What stands between a draft and an export. */
export const Preflight = z.object({
  /** Compliance errors nobody waived: they block the export unless an editor overrides. */
  errors: z.array(CheckedFinding),
  /** Whether the current profile may override (editors only). */
  canOverride: z.boolean(),
  /** Whether exporting now would publish the draft (an editor exporting an approved draft). */
  canPublish: z.boolean(),
});
export type Preflight = z.infer<typeof Preflight>;

/** Importing files as drafts, and exporting drafts as publish-ready files. */
export const transferContract = {
  importDocument: method({
    summary:
      'Imports a Markdown (with front matter and Pandoc citations), HTML or Word file as a new draft; bad files are refused and nothing changes.',
    input: z.object({
      fileName: z.string().min(1).max(500),
      /** The file's bytes in base64 (Word files are binary). */
      dataBase64: z.string().max(70_000_000, 'The file is larger than 50 MB'),
      bibliographies: z.array(BibliographyUpload).max(20).default([]),
    }),
    output: ImportResult,
  }),
  preflight: method({
    summary:
      'The compliance errors that block exporting a draft, and whether this profile may override or publish.',
    input: z.object({ draftId: Id }),
    output: Preflight,
  }),
  preview: method({
    summary: 'The files an export would write, without exporting (the dialog shows them).',
    input: ExportRequest,
    output: z.array(ExportedFileSchema),
  }),
  exportDraft: method({
    summary:
      'Exports a draft: blocked by unwaived compliance errors unless an editor gives a reason; recorded in the audit trail; publishes an approved draft when asked by an editor.',
    input: ExportRequest.extend({
      overrideReason: z.string().trim().max(2000).optional(),
      publish: z.boolean().default(false),
      /** Where the result goes, for the audit trail. */
      destination: z.enum(['file', 'clipboard']).default('file'),
    }),
    output: z.object({ files: z.array(ExportedFileSchema), published: z.boolean() }),
  }),
};
