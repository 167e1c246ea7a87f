import { z } from 'zod';

/** Review workflow states of a draft, in order. */
export const DRAFT_STATUSES = ['draft', 'in-review', 'approved', 'published'] as const;
/** A draft's place in the review workflow. */
export const DraftStatus = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof DraftStatus>;

/** Reference-list styles a draft can be formatted in. */
export const CitationStyle = z.enum(['ama', 'vancouver']);
export type CitationStyle = z.infer<typeof CitationStyle>;

/** How citation numbers are assigned: by first citation (AMA/Vancouver) or by the source list. */
export const CitationOrder = z.enum(['first-citation', 'source-list']);
export type CitationOrder = z.infer<typeof CitationOrder>;

/** An ISO calendar date, YYYY-MM-DD, that really exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'This date does not exist');

/** Everything about an article that is not its body. */
export const ArticleMetadata = z.object({
  title: z.string().max(500),
  standfirst: z.string().max(2000),
  category: z.string().max(200),
  slug: z.string().max(200),
  /** Whether the writer edited the slug by hand; if not, it follows the title. */
  slugLocked: z.boolean(),
  authors: z.array(z.string().min(1).max(200)).max(50),
  medicalReviewer: z.string().max(200),
  lastReviewed: IsoDate.nullable(),
  publishedOn: IsoDate.nullable(),
  disclaimer: z.string().max(5000),
  citationStyle: CitationStyle,
  citationOrder: CitationOrder,
});
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

/** The standard "not medical advice" disclaimer a new draft starts with. */
export const DEFAULT_DISCLAIMER =
  'This article is for general information only and is not medical advice. ' +
  'Talk to your doctor or another qualified health professional about your own situation.';

/** Metadata of a brand-new draft. */
export function emptyMetadata(title = ''): ArticleMetadata {
  return {
    title,
    standfirst: '',
    category: '',
    slug: slugify(title),
    slugLocked: false,
    authors: [],
    medicalReviewer: '',
    lastReviewed: null,
    publishedOn: null,
    disclaimer: DEFAULT_DISCLAIMER,
    citationStyle: 'ama',
    citationOrder: 'first-citation',
  };
}

/** A URL slug for a title: lower case ASCII words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
