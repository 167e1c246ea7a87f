import type { Schema } from 'hast-util-sanitize';
import { ACTIVE_HTML_ELEMENTS } from '../document/active-html';

/**
 * What an exported article may contain: the elements the serializers write and
 * nothing else; links only to http, https, mailto or anchors on the page. Applied
 * to everything that goes into an export, including citeproc's formatted references.
 */
export const EXPORT_SANITIZE_SCHEMA: Schema = {
  strip: [...ACTIVE_HTML_ELEMENTS],
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    'article',
    'header',
    'footer',
    'section',
    'div',
    'span',
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    's',
    'code',
    'pre',
    'a',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'sup',
    'sub',
    'time',
    'small',
  ],
  attributes: {
    '*': ['id', 'className'],
    a: ['href', 'ariaLabel'],
    ol: ['start'],
    time: ['dateTime'],
    section: ['ariaLabelledBy'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
};
