import type { Schema } from 'hast-util-sanitize';
import { ACTIVE_HTML_ELEMENTS } from '../../document/active-html';

/**
 * What imported or pasted HTML may keep before it is mapped onto the article
 * schema: structure, emphasis and http/https/mailto links. Scripts, styles, frames,
 * forms and every attribute but href are removed; unknown elements are unwrapped.
 */
export const IMPORT_SANITIZE_SCHEMA: Schema = {
  strip: [...ACTIVE_HTML_ELEMENTS],
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    'div',
    'p',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    's',
    'strike',
    'del',
    'code',
    'pre',
    'a',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'td',
    'th',
    'img',
    'section',
    'article',
    'main',
    'header',
    'footer',
    'figure',
    'figcaption',
  ],
  attributes: { a: ['href'], img: ['alt'], ol: ['start'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  required: {},
};
