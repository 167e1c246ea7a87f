import { z } from 'zod';

/** Study designs a writer can record for a source, strongest evidence first. */
export const STUDY_DESIGNS = [
  'guideline',
  'systematic-review',
  'rct',
  'cohort',
  'case-control',
  'case-series',
  'narrative-review',
  'expert-opinion',
  'agency',
  'other',
] as const;
export const StudyDesign = z.enum(STUDY_DESIGNS);
export type StudyDesign = z.infer<typeof StudyDesign>;

/** Human labels of study designs, as shown in badges and menus. */
export const STUDY_DESIGN_LABELS: Record<StudyDesign, string> = {
  guideline: 'Guideline',
  'systematic-review': 'Systematic review/meta-analysis',
  rct: 'Randomised controlled trial',
  cohort: 'Cohort study',
  'case-control': 'Case-control study',
  'case-series': 'Case series/report',
  'narrative-review': 'Narrative review',
  'expert-opinion': 'Expert opinion',
  agency: 'Regulator or agency page',
  other: 'Other',
};

/** Evidence metadata that matters in medicine, kept beside the CSL data. */
export const Evidence = z.object({
  design: StudyDesign.nullable(),
  participants: z.number().int().min(0).max(100_000_000).nullable(),
  peerReviewed: z.boolean().nullable(),
  retracted: z.boolean(),
});
export type Evidence = z.infer<typeof Evidence>;

/** Evidence of a source nobody has assessed yet. */
export function unknownEvidence(): Evidence {
  return { design: null, participants: null, peerReviewed: null, retracted: false };
}

/** A CSL-JSON name: family/given, or a literal ("National Cancer Institute"). */
export const CslName = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  suffix: z.string().optional(),
  'non-dropping-particle': z.string().optional(),
  'dropping-particle': z.string().optional(),
});
export type CslName = z.infer<typeof CslName>;

/** A CSL-JSON date: date-parts, or a raw/literal string. */
export const CslDate = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(),
  raw: z.string().optional(),
  literal: z.string().optional(),
});
export type CslDate = z.infer<typeof CslDate>;

/**
 * A CSL-JSON item as citeproc consumes it. Only the fields Vetted reads are
 * typed; everything else a reference manager put there is kept as is.
 */
export const CslItem = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  title: z.string().optional(),
  author: z.array(CslName).optional(),
  editor: z.array(CslName).optional(),
  issued: CslDate.optional(),
  accessed: CslDate.optional(),
  'container-title': z.string().optional(),
  'container-title-short': z.string().optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  volume: z.union([z.string(), z.number()]).optional(),
  issue: z.union([z.string(), z.number()]).optional(),
  page: z.string().optional(),
  edition: z.union([z.string(), z.number()]).optional(),
  DOI: z.string().optional(),
  PMID: z.string().optional(),
  PMCID: z.string().optional(),
  ISBN: z.string().optional(),
  URL: z.string().optional(),
  note: z.string().optional(),
});
export type CslItem = z.infer<typeof CslItem>;

/**
 * A source in the library. `id` is the library's opaque id (what citation nodes hold);
 * `key` is the human citation key (`muller2024`) used by Pandoc `[@key]` syntax.
 */
export const Source = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  csl: CslItem,
  evidence: Evidence,
});
export type Source = z.infer<typeof Source>;
