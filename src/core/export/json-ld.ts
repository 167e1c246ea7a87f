import { issuedYear } from '../citations/citation-key';
import type { ExportModel } from './export-model';

/** A reference as schema.org sees it. */
function citationOf(reference: ExportModel['references'][number]): Record<string, unknown> {
  const { csl } = reference.source;
  const doi = csl.DOI ? `https://doi.org/${csl.DOI}` : undefined;
  const year = issuedYear(csl.issued);
  return {
    '@type': csl.type === 'article-journal' ? 'ScholarlyArticle' : 'CreativeWork',
    name: csl.title ?? reference.text,
    ...(doi || csl.URL ? { url: doi ?? csl.URL } : {}),
    ...(year ? { datePublished: String(year) } : {}),
  };
}

const person = (name: string) => ({ '@type': 'Person', name });

/**
 * schema.org MedicalWebPage JSON-LD for the page, written so it is safe inside a
 * script element ("<" escaped) and the same on every run (fixed key order).
 */
export function medicalWebPageJsonLd(model: ExportModel): string {
  const { metadata } = model;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: metadata.title,
    ...(metadata.standfirst ? { description: metadata.standfirst } : {}),
    ...(metadata.publishedOn ? { datePublished: metadata.publishedOn } : {}),
    ...(metadata.lastReviewed ? { lastReviewed: metadata.lastReviewed } : {}),
    ...(metadata.authors.length ? { author: metadata.authors.map(person) } : {}),
    ...(metadata.medicalReviewer ? { reviewedBy: person(metadata.medicalReviewer) } : {}),
    ...(model.references.length ? { citation: model.references.map(citationOf) } : {}),
  };
  return JSON.stringify(data, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
