import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { citationAnchor, referenceAnchor } from './citation-links';
import { longDate } from './dates';
import { EXPORT_CSS } from './export-css';
import type { ExportModel } from './export-model';
import { blockElement, element, text } from './hast-builders';
import { htmlBody } from './html-body';
import { medicalWebPageJsonLd } from './json-ld';
import { linkifyReference } from './linkify';
import { EXPORT_SANITIZE_SCHEMA } from './sanitize-schema';

/** Options of an HTML export. */
export interface HtmlExportOptions {
  /** A whole page (head, CSS, JSON-LD) or the article element alone, for a CMS. */
  standalone: boolean;
}

/** The policy of an exported page: it runs nothing and loads nothing. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function timeElement(isoDate: string): Element {
  return element('time', { dateTime: isoDate }, [longDate(isoDate)]);
}

function header(model: ExportModel): Element {
  const { metadata } = model;
  const meta: ElementContent[] = [];
  if (metadata.publishedOn) meta.push(timeElement(metadata.publishedOn), text(' · '));
  meta.push(text(model.readingTime));
  const byline: ElementContent[] = [];
  const add = (...parts: ElementContent[]) =>
    byline.push(...(byline.length ? [text(' · ')] : []), ...parts);
  if (metadata.authors.length) add(text(`By ${metadata.authors.join(', ')}`));
  if (metadata.medicalReviewer) add(text(`Medically reviewed by ${metadata.medicalReviewer}`));
  if (metadata.lastReviewed) add(text('Last reviewed '), timeElement(metadata.lastReviewed));
  return blockElement('header', {}, [
    metadata.category ? element('p', { className: ['category'] }, [metadata.category]) : null,
    element('h1', {}, [metadata.title || 'Untitled']),
    metadata.standfirst ? element('p', { className: ['standfirst'] }, [metadata.standfirst]) : null,
    element('p', { className: ['meta'] }, meta),
    byline.length ? element('p', { className: ['byline'] }, byline) : null,
  ]);
}

function sources(model: ExportModel): Element | null {
  if (!model.references.length) return null;
  return blockElement('section', { className: ['sources'], ariaLabelledBy: ['sources'] }, [
    element('h2', { id: 'sources' }, ['Sources']),
    blockElement(
      'ol',
      {},
      model.references.map((reference) =>
        element('li', { id: referenceAnchor(reference.number) }, [
          ...linkifyHast(fromHtml(reference.html, { fragment: true }).children as ElementContent[]),
          reference.firstCitation === null ? null : text(' '),
          reference.firstCitation === null
            ? null
            : element(
                'a',
                {
                  href: `#${citationAnchor(reference.firstCitation)}`,
                  className: ['backlink'],
                  ariaLabel: 'Back to the text',
                },
                ['↩'],
              ),
        ]),
      ),
    ),
  ]);
}

/** Citeproc's reference HTML with its web addresses and DOIs made links. */
function linkifyHast(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text')
      return linkifyReference(node.value).map((piece) =>
        piece.href ? element('a', { href: piece.href }, [piece.text]) : text(piece.text),
      );
    if (node.type === 'element' && node.tagName !== 'a')
      return [{ ...node, children: linkifyHast(node.children) }];
    return [node];
  });
}

/** The article element: header, body, sources and disclaimer, sanitized. */
function article(model: ExportModel): Element {
  const tree: Root = {
    type: 'root',
    children: [
      blockElement('article', {}, [
        header(model),
        blockElement('div', { className: ['article-body'] }, htmlBody(model)),
        sources(model),
        model.metadata.disclaimer
          ? element('footer', {}, [
              element('p', { className: ['disclaimer'] }, [model.metadata.disclaimer]),
            ])
          : null,
      ]),
    ],
  };
  const clean = sanitize(tree, EXPORT_SANITIZE_SCHEMA) as Root;
  return clean.children[0] as Element;
}

function jsonLdScript(model: ExportModel): Element {
  // Built after sanitizing: the one script an export carries is data, not code.
  return element('script', { type: 'application/ld+json' }, [medicalWebPageJsonLd(model)]);
}

/**
 * The article as HTML: a standalone page (print-friendly CSS, meta description,
 * schema.org MedicalWebPage JSON-LD, a policy that runs nothing) or an article
 * fragment for a CMS. Deterministic: the same draft always gives the same bytes.
 */
export function toHtmlArticle(model: ExportModel, options: HtmlExportOptions): string {
  const body = article(model);
  if (!options.standalone) return `${toHtml([jsonLdScript(model), text('\n'), body])}\n`;
  const { metadata } = model;
  const head = blockElement('head', {}, [
    element('meta', { charSet: 'utf-8' }),
    element('meta', { httpEquiv: ['Content-Security-Policy'], content: PAGE_CSP }),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('title', {}, [metadata.title || 'Untitled']),
    metadata.standfirst
      ? element('meta', { name: 'description', content: metadata.standfirst })
      : null,
    element('style', {}, [`\n${EXPORT_CSS}\n`]),
    jsonLdScript(model),
  ]);
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      text('\n'),
      blockElement('html', { lang: 'en' }, [head, blockElement('body', {}, [body])]),
    ],
  };
  return `${toHtml(page)}\n`;
}
