import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'style',
  'link',
  'svg',
  'math',
  'template',
  'meta',
  'video',
  'audio',
  'source',
  'details',
  'marquee',
  'isindex',
  'keygen',
  'bgsound',
]);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'data',
  'background',
  'dynsrc',
  'lowsrc',
  'cite',
];
const SAFE_URL = /^(https?:|mailto:|#|$)/i;

/**
 * Everything in an HTML string that could run code: script and active elements
 * (JSON-LD data excepted), event-handler attributes, style attributes, and URLs that
 * are not http, https, mailto or on-page anchors. Empty means safe.
 */
export function executableMarkup(html: string, options: { page?: boolean } = {}): string[] {
  const tree = fromHtml(html, { fragment: !options.page });
  const problems: string[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') check(node);
    for (const child of node.children) visit(child);
  };
  const check = (element: Element): void => {
    const isJsonLd =
      element.tagName === 'script' && element.properties.type === 'application/ld+json';
    const isPageHead = options.page && ['meta', 'style'].includes(element.tagName);
    if (DANGEROUS_ELEMENTS.has(element.tagName) && !isJsonLd && !isPageHead)
      problems.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${name} on <${element.tagName}>`);
      if (name === 'style') problems.push(`style on <${element.tagName}>`);
      if (URL_ATTRIBUTES.includes(name)) {
        // eslint-disable-next-line no-control-regex
        const url = String(value).replace(/[\u0000-\u0020]/g, '');
        if (!SAFE_URL.test(url))
          problems.push(`${name}="${String(value)}" on <${element.tagName}>`);
      }
    }
  };
  visit(tree);
  return problems;
}
