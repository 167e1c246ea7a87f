import { LineCounter, parseDocument } from 'yaml';
import { yamlToJs } from '../yaml/yaml-to-js';
import { emptyMetadata, IsoDate, slugify, type ArticleMetadata } from '../document/metadata';
import type { NoticeLog } from './import-notice';

/** What an article's YAML front matter says: its metadata and where its bibliography is. */
export interface FrontMatter {
  metadata: ArticleMetadata;
  /** Bibliography file names, relative to the article (Pandoc's `bibliography:`). */
  bibliography: string[];
  /** CSL-JSON items written inline under `references:`, as Pandoc allows. */
  references: unknown[];
}

type FieldReader = (value: unknown, metadata: ArticleMetadata, notices: FieldNotices) => void;
type FieldNotices = (message: string) => void;

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : null;

const names = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) =>
      typeof item === 'object' && item !== null && 'name' in item ? text(item.name) : text(item),
    )
    .filter((item): item is string => Boolean(item));

const date =
  (field: 'publishedOn' | 'lastReviewed'): FieldReader =>
  (value, metadata, notice) => {
    // YAML reads an unquoted 2026-06-17 as a Date.
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : text(value);
    if (!raw) return;
    const parsed = IsoDate.safeParse(raw.slice(0, 10));
    if (parsed.success) metadata[field] = parsed.data;
    else notice(`the date "${raw}" is not a YYYY-MM-DD date and was left out`);
  };

/** Front matter keys Vetted reads, with the spellings other tools use for them. */
const FIELDS: Record<string, FieldReader> = {
  title: (value, metadata) => {
    metadata.title = text(value) ?? metadata.title;
  },
  standfirst: (value, metadata) => {
    metadata.standfirst = text(value) ?? metadata.standfirst;
  },
  description: (value, metadata) => {
    metadata.standfirst ||= text(value) ?? '';
  },
  subtitle: (value, metadata) => {
    metadata.standfirst ||= text(value) ?? '';
  },
  category: (value, metadata) => {
    metadata.category = text(value) ?? metadata.category;
  },
  slug: (value, metadata) => {
    const slug = text(value);
    if (slug) Object.assign(metadata, { slug: slugify(slug), slugLocked: true });
  },
  author: (value, metadata) => {
    metadata.authors = names(value);
  },
  authors: (value, metadata) => {
    metadata.authors = names(value);
  },
  medical_reviewer: (value, metadata) => {
    metadata.medicalReviewer = names(value).join(', ');
  },
  reviewer: (value, metadata) => {
    metadata.medicalReviewer ||= names(value).join(', ');
  },
  date: date('publishedOn'),
  published: date('publishedOn'),
  last_reviewed: date('lastReviewed'),
  reviewed: date('lastReviewed'),
  disclaimer: (value, metadata) => {
    metadata.disclaimer = text(value) ?? metadata.disclaimer;
  },
  citation_style: (value, metadata, notice) => {
    const style = text(value)?.toLowerCase();
    if (style === 'ama' || style === 'vancouver') metadata.citationStyle = style;
    else notice(`citation style "${style}" is not AMA or Vancouver; AMA is used`);
  },
};

/** Keys Vetted knows but does not keep as metadata. */
const KNOWN_ELSEWHERE = new Set(['bibliography', 'references', 'reading_time', 'lang', 'csl']);

/**
 * Reads YAML front matter into article metadata. Unknown keys and unreadable values
 * are reported, never fatal; `line` is the line the YAML starts on.
 */
export function readFrontMatter(yamlText: string, notices: NoticeLog, line = 2): FrontMatter {
  const metadata = { ...emptyMetadata(), disclaimer: '' };
  const result: FrontMatter = { metadata, bibliography: [], references: [] };
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const [problem] = document.errors;
  if (problem) {
    const at = line - 1 + (problem.linePos?.[0]?.line ?? 1);
    const reason = problem.message.split('\n')[0] ?? '';
    notices.lost(`the front matter is not valid YAML and was left out (${reason})`, at);
    return result;
  }
  const expanded = yamlToJs(document, lineCounter);
  if (!expanded.ok) {
    notices.lost(`the front matter was left out: ${expanded.message}`, line - 1 + expanded.line);
    return result;
  }
  const data = expanded.value;
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    notices.lost('the front matter is not a list of "key: value" fields and was left out', line);
    return result;
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const normalizedKey = key.toLowerCase().replace(/[-\s]/g, '_');
    const reader = FIELDS[normalizedKey];
    if (reader) reader(value, metadata, (message) => notices.lost(`${key}: ${message}`, line));
    else if (!KNOWN_ELSEWHERE.has(normalizedKey))
      notices.lost(`the front matter field "${key}" has no place in Vetted and was left out`, line);
  }
  const record = data as Record<string, unknown>;
  result.bibliography = (
    Array.isArray(record.bibliography) ? record.bibliography : [record.bibliography]
  ).filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  if (Array.isArray(record.references)) result.references = record.references;
  if (!metadata.slugLocked) metadata.slug = slugify(metadata.title);
  return result;
}
