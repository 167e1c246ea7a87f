import { z } from 'zod';
import { IsoDate } from '../document/metadata';
import { cleanDoi, cleanPmid } from './identifiers';
import { parseCount } from './evidence-reading';
import { StudyDesign } from './source';

/** Source types the "Add source" form offers (CSL types), most used first. */
export const SOURCE_TYPES = [
  'article-journal',
  'webpage',
  'book',
  'chapter',
  'report',
  'article-newspaper',
  'article-magazine',
  'paper-conference',
  'thesis',
  'dataset',
  'document',
] as const;
/** A CSL type the form offers. */
export const SourceType = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceType>;

/** Labels of source types for the form's menu. */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'article-journal': 'Journal article',
  webpage: 'Web page',
  book: 'Book',
  chapter: 'Book chapter',
  report: 'Report',
  'article-newspaper': 'Newspaper article',
  'article-magazine': 'Magazine article',
  'paper-conference': 'Conference paper',
  thesis: 'Thesis',
  dataset: 'Dataset',
  document: 'Other document',
};

const MESSAGES = {
  title: 'Enter the title',
  year: 'Enter the year as four digits, e.g. 2024',
  doi: 'A DOI looks like 10.1056/NEJMoa2308917 (a https://doi.org/ link works too)',
  pmid: 'A PMID is digits only, e.g. 38381673',
  url: 'Enter a full web address starting with https:// or http://',
  webpageUrl: 'A web page needs its address (URL)',
  participants: 'Enter the number of participants as a whole number, e.g. 1204',
  tooLong: 'This is too long',
};

const text = (max: number) => z.string().trim().max(max, MESSAGES.tooLong);
const optional = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal(''), schema]);

/**
 * The "Add source" form as the UI holds it: every field a string (or a checkbox),
 * so a half-typed value is representable. `SourceForm` validates and normalises it.
 */
export interface SourceFormValues {
  type: SourceType;
  /** One author a line: "Family, Given"; a line without a comma is an organisation. */
  authors: string;
  title: string;
  /** Journal, or the website's name for a web page. */
  journal: string;
  publisher: string;
  year: string;
  volume: string;
  issue: string;
  pages: string;
  doi: string;
  pmid: string;
  url: string;
  /** YYYY-MM-DD, or ''. */
  accessed: string;
  design: StudyDesign | '';
  participants: string;
  peerReviewed: 'yes' | 'no' | '';
  retracted: boolean;
}

/** The form's schema: clear messages per field, values normalised (bare DOI, PMID digits, numbers). */
export const SourceForm = z
  .object({
    type: SourceType,
    authors: text(20_000),
    title: z.string().trim().min(1, MESSAGES.title).max(2000, MESSAGES.tooLong),
    journal: text(500),
    publisher: text(500),
    year: optional(
      z
        .string()
        .trim()
        .regex(/^\d{4}$/, MESSAGES.year)
        .refine((year) => Number(year) >= 1450 && Number(year) <= 2100, MESSAGES.year),
    ),
    volume: text(50),
    issue: text(50),
    pages: text(50),
    doi: z
      .string()
      .trim()
      .transform((value, context) => {
        if (!value) return '';
        const doi = cleanDoi(value);
        if (!doi) context.addIssue({ code: 'custom', message: MESSAGES.doi });
        return doi ?? '';
      }),
    pmid: z
      .string()
      .trim()
      .transform((value, context) => {
        if (!value) return '';
        const pmid = cleanPmid(value);
        if (!pmid) context.addIssue({ code: 'custom', message: MESSAGES.pmid });
        return pmid ?? '';
      }),
    url: optional(
      z
        .string()
        .trim()
        .max(2000, MESSAGES.tooLong)
        .pipe(z.url({ protocol: /^https?$/, message: MESSAGES.url })),
    ),
    accessed: optional(IsoDate),
    design: z.union([z.literal(''), StudyDesign]),
    participants: z
      .string()
      .trim()
      .transform((value, context) => {
        if (!value) return null;
        const count = parseCount(value);
        if (count === null || !/^[\d,\s\u00a0\u202f]+$/.test(value)) {
          context.addIssue({ code: 'custom', message: MESSAGES.participants });
          return null;
        }
        return count;
      }),
    peerReviewed: z.enum(['yes', 'no', '']),
    retracted: z.boolean(),
  })
  .superRefine((form, context) => {
    if (form.type === 'webpage' && !form.url) {
      context.addIssue({ code: 'custom', path: ['url'], message: MESSAGES.webpageUrl });
    }
  });
/** Form values after validation. */
export type SourceFormData = z.output<typeof SourceForm>;

/** Field name → first message, for showing errors beside the fields. */
export type SourceFormErrors = Partial<Record<keyof SourceFormValues, string>>;

/** Validates the form: the normalised data, or one message per field that is wrong. */
export function validateSourceForm(
  values: SourceFormValues,
): { ok: true; data: SourceFormData } | { ok: false; errors: SourceFormErrors } {
  const result = SourceForm.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: SourceFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof SourceFormValues | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** An empty form for a new source. */
export function emptySourceForm(type: SourceType = 'article-journal'): SourceFormValues {
  return {
    type,
    authors: '',
    title: '',
    journal: '',
    publisher: '',
    year: '',
    volume: '',
    issue: '',
    pages: '',
    doi: '',
    pmid: '',
    url: '',
    accessed: '',
    design: '',
    participants: '',
    peerReviewed: '',
    retracted: false,
  };
}
