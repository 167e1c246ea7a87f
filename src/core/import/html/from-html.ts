import type { JSONContent } from '@tiptap/core';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { emptyMetadata, type ArticleMetadata } from '../../document/metadata';
import { assertArticle, assertReadableText } from '../import-error';
import { NoticeLog, type ImportNotice } from '../import-notice';
import { blocks } from './hast-to-doc';
import { IMPORT_SANITIZE_SCHEMA } from './import-schema';
import { normalizeHtml } from './normalize-html';

/** An HTML document read into the article schema. */
export interface HtmlImport {
  doc: JSONContent;
  metadata: ArticleMetadata;
  notices: ImportNotice[];
}

/** Sanitized, normalized HTML as a hast tree: nothing executable is left in it. */
export function cleanHtmlTree(html: string, fragment: boolean): Root {
  const tree = fromHtml(html, { fragment });
  return sanitize(normalizeHtml(tree), IMPORT_SANITIZE_SCHEMA) as Root;
}

/**
 * Pasted HTML made safe and plain before the editor parses it: headings, lists,
 * bold, italic and links survive; scripts, handlers, styles and the rest do not.
 */
export function cleanPastedHtml(html: string): string {
  return toHtml(cleanHtmlTree(html, true));
}

/**
 * Reads an HTML file (a saved web page, a CMS export, Word's or mammoth's HTML)
 * into article JSON. The page title, or a leading H1, becomes the title.
 */
export function importHtml(input: string, options: { notices?: NoticeLog } = {}): HtmlImport {
  assertReadableText(input, 'HTML');
  const notices = options.notices ?? new NoticeLog();
  const raw = fromHtml(input);
  const metadata = { ...emptyMetadata(), disclaimer: '' };
  const title = findElement(raw, 'title');
  const description = findElement(raw, 'meta', (node) => node.properties.name === 'description');
  // A leading <h1> is the article's title; taken before normalizing turns it into an H2.
  const h1 = findElement(raw, 'h1');
  const h1Text = h1 ? textOf(h1).trim() : '';
  if (h1) h1.children = [];
  metadata.title = h1Text || (title ? textOf(title).trim() : '');
  metadata.standfirst = String(description?.properties.content ?? '').trim();
  const clean = sanitize(normalizeHtml(raw), IMPORT_SANITIZE_SCHEMA) as Root;
  const content = blocks(clean.children as ElementContent[], notices);
  const doc: JSONContent = {
    type: 'doc',
    content: content.length ? content : [{ type: 'paragraph' }],
  };
  assertArticle(doc, 'HTML');
  return {
    doc,
    metadata: { ...metadata, slug: emptyMetadata(metadata.title).slug },
    notices: notices.notices,
  };
}

function findElement(
  node: Root | Element,
  tagName: string,
  test: (node: Element) => boolean = () => true,
): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName && test(child)) return child;
    const found = findElement(child, tagName, test);
    if (found) return found;
  }
  return null;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
