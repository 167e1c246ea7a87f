import { stringify } from 'yaml';
import type { ExportModel } from './export-model';

/**
 * The YAML front matter of a Markdown export: fields in a fixed order, empty ones
 * left out, so the same draft always gives the same bytes.
 */
export function frontMatterYaml(model: ExportModel, extra: Record<string, string> = {}): string {
  const { metadata } = model;
  const fields: [string, unknown][] = [
    ['title', metadata.title],
    ['standfirst', metadata.standfirst],
    ['category', metadata.category],
    ['slug', metadata.slug],
    ['date', metadata.publishedOn],
    ['authors', metadata.authors.length ? metadata.authors : null],
    ['medical_reviewer', metadata.medicalReviewer],
    ['last_reviewed', metadata.lastReviewed],
    ['reading_time', model.readingTime],
    ['disclaimer', metadata.disclaimer],
    ...Object.entries(extra),
  ];
  const data = Object.fromEntries(fields.filter(([, value]) => value !== null && value !== ''));
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}
